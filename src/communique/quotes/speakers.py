"""Who speaks: the subject of a cue verb, the phrase that names it, and the actor it is.

A speaker is found in the parse (the subject of "told", the agent of "was written by", the
object of "according to"), written out as the phrase the article uses ("Kremlin spokesman
Dmitry Peskov"), and linked to the actor the actors stage resolved for it when that stage
ran. Pronouns ("she added") are resolved to the last named speaker they can refer to.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..docfacts import entities
from ..model import Actor, ActorRef, CodedArticle
from ..nlp import entity_of
from .lexicon import Lexicon

# Dependency labels of a verb that shares its subject with its head: "confirmed ..., saying",
# "confirmed ... but emphasized", "went on to discuss".
SUBJECT_SHARING = frozenset({"advcl", "conj", "xcomp", "pcomp", "dep"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


@dataclass(frozen=True, slots=True)
class ActorLinks:
    """What the actors stage offers the quotes stage (handed over in the StageContext)."""

    actor_at: Callable[[Token, CodedArticle], Actor | None]  # the actor resolved at a token
    as_ref: Callable[[Actor], ActorRef]  # that actor as a quote's speaker


def subject_of(cue: Token) -> Token | None:
    """The token naming who speaks through the verb `cue`, or None (an agentless passive)."""
    verb = cue
    for _ in range(4):
        agent = None
        for child in verb.children:
            if child.dep_ == "nsubj":
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head  # "Trump, who said ..."
                return child
            if child.dep_ == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
        if agent is not None:
            return agent  # "was written by Springsteen"
        if any(child.dep_ == "nsubjpass" for child in verb.children):
            return None  # "it was said": no speaker
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "a statement saying ..."
        if verb.dep_ in SUBJECT_SHARING and verb.head is not verb:
            verb = verb.head
            if verb.dep_ == "prep" and verb.head is not verb:  # "sings ... before asking her"
                verb = verb.head
            continue
        break
    return inverted_subject(cue)


def inverted_subject(cue: Token) -> Token | None:
    """'... said Caddell' parsed with the name as an object: the proper noun right after the verb."""
    for child in cue.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ == "PROPN" and child.i <= cue.i + 4:
            return child
    return None


def according_source(according: Token) -> Token | None:
    """The source of 'according to X': X's head noun."""
    for to in according.children:
        if to.lower_ == "to":
            return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


def mention_bounds(head: Token, inside_quote: bytearray, max_tokens: int) -> tuple[int, int]:
    """Token bounds of the phrase naming the speaker headed by `head`: its subtree, kept out of
    quotations and cut to the name when it runs long."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    # Stay on the head's side of any quotation mark or quoted text.
    for i in range(head.i - 1, left - 1, -1):
        if inside_quote[i] or doc[i].is_quote:
            left = i + 1
            break
    for i in range(head.i + 1, right + 1):
        if inside_quote[i] or doc[i].is_quote:
            right = i - 1
            break
    if right - left + 1 > max_tokens:
        left, right = name_bounds(head)
    while left < head.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].is_space) and doc[right].text != ")":
        right -= 1
    return left, right


def name_bounds(head: Token) -> tuple[int, int]:
    """The head with its compounds and determiners: "the U.S. State Department"."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("compound", "det", "amod", "poss", "nmod") and child.i < left:
            left = child.left_edge.i
    return left, head.i


def is_person(head: Token) -> bool:
    """Whether the speaker headed by `head` reads as a person (for 'he'/'she')."""
    if head.ent_type_ == "PERSON":
        return True
    return head.pos_ == "PROPN" and head.ent_type_ not in NOT_PERSON_LABELS


def role_from_parse(mention: Span, name: Span | None) -> str | None:
    """A title written before the name ("Kremlin spokesman Dmitry Peskov") or in apposition
    ("Alexander Darchiyev, Russia's ambassador"), as written."""
    if name is not None and name.label_ == "PERSON" and name.start > mention.start:
        words = [t for t in mention.doc[mention.start:name.start] if not (t.is_punct or t.dep_ == "det")]
        if words:
            return mention.doc[words[0].i:words[-1].i + 1].text
    head = mention.root
    for child in head.rights:
        if child.dep_ == "appos" and child.i <= mention.end:
            return mention.doc[child.left_edge.i:min(child.right_edge.i, mention.end - 1) + 1].text
    return None


class SpeakerResolver:
    """Turns speaker head tokens into ActorRefs, in text order, remembering named speakers so a
    later pronoun can be resolved to the last one it can refer to."""

    def __init__(self, doc: Doc, coded: CodedArticle, lex: Lexicon, inside_quote: bytearray,
                 actors: ActorLinks | None) -> None:
        self.doc = doc
        self.coded = coded
        self.actors = actors
        self.lex = lex
        self.inside_quote = inside_quote
        self.named: list[tuple[ActorRef, bool]] = []  # (speaker, is a person), in text order
        self.person_ents = [e for e in entities(doc) if e.label_ == "PERSON"]
        self.person_starts = [e.start for e in self.person_ents]

    def actor_covering(self, head: Token) -> Actor | None:
        """The actor the actors stage resolved at `head`, if it ran and found one."""
        return self.actors.actor_at(head, self.coded) if self.actors is not None else None

    def ref(self, bounds: tuple[int, int]) -> ActorRef:
        """The speaker named by the tokens `bounds` (first, last)."""
        mention = self.doc[bounds[0]:bounds[1] + 1]
        head = mention.root
        pronoun = head.lower_
        if head.pos_ == "PRON" and (pronoun in self.lex.person_pronouns or pronoun in self.lex.group_pronouns):
            return self.pronoun_ref(head, mention.text)
        actor = self.actor_covering(head)
        entity = entity_of(head)
        name_span = entity if entity is not None and entity.label_ in NAME_LABELS else None
        role = role_from_parse(mention, name_span)
        if actor is not None and self.actors is not None:
            ref = self.actors.as_ref(actor)
            ref = replace(ref, text=mention.text, name=ref.name or (name_span.text if name_span else mention.text),
                          role=ref.role or role)
        else:
            ref = ActorRef(text=mention.text, name=name_span.text if name_span is not None else mention.text,
                           role=role)
        self.named.append((ref, is_person(head)))
        return ref

    def pronoun_ref(self, head: Token, text: str) -> ActorRef:
        """'she' as the last named person who spoke (else the last person named before it);
        'it'/'they' as the last named speaker that is not a person."""
        actor = self.actor_covering(head)
        if actor is not None and self.actors is not None:
            return replace(self.actors.as_ref(actor), text=text)
        wants_person = head.lower_ in self.lex.person_pronouns
        for ref, person in reversed(self.named):
            if person == wants_person:
                return replace(ref, text=text)
        if wants_person:
            k = bisect_right(self.person_starts, head.i) - 1
            if k >= 0:
                entity = self.person_ents[k]
                return ActorRef(text=text, name=entity.text)
        return ActorRef(text=text)


def cue_phrase(doc: Doc, cue: Token) -> str:
    """The cue as written: "said", "according to"."""
    if cue.lower_ == "according" and cue.i + 1 < len(doc):
        return doc[cue.i:cue.i + 2].text
    return cue.text
