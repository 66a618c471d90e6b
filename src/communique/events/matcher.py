"""Matching lexicon patterns against the dependency parse of one token.

A verb matches `V call for +ceasefire` when its lemma is "call", "for" hangs on it as a particle or
preposition, and "ceasefire" is its object (direct object, passive subject, clausal complement, or
the object of one of its particles). A noun matches `N hunger strike` when "hunger" modifies it.
The most specific matching trigger wins, unless a negative pattern at least as specific matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice

from spacy.tokens import Token

from ..nlp import entity_of
from ..resources import load_toml
from .arguments import QUANTITY_HEADS
from .constructions import constructions
from .lexicon import Lexicon, Pattern, Trigger
from .modality import lemma

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "agent", "dative"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "attr", "oprd", "ccomp", "acomp"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod"})


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger found on a token; `blocked_by` names the negative pattern that vetoed it."""

    token: Token
    trigger: Trigger | None
    # The triggers of the token's keys, in the order tried, and how many of them were tried: the
    # "tried ..." strings are wanted only by `explain`, and writing one per trigger tried on every
    # token was about a fifth of `match_token`'s time, so `tried` slices them from labels written once.
    candidates: tuple[list[Trigger], ...]
    count: int
    blocked_by: Pattern | None = None

    @property
    def tried(self) -> tuple[str, ...]:
        """The patterns considered, for `explain`."""
        if len(self.candidates) == 1:
            return labels_of(self.candidates[0])[:self.count]
        return tuple(islice(chain.from_iterable(labels_of(triggers) for triggers in self.candidates), self.count))


# The "V call for +ceasefire" label of each trigger of a lexicon list, written once per list:
# keyed by the list's id and holding the list, so that the id cannot be reused while it is kept.
LABELS: dict[int, tuple[list[Trigger], tuple[str, ...]]] = {}


def labels_of(triggers: list[Trigger]) -> tuple[str, ...]:
    held = LABELS.get(id(triggers))
    if held is None or held[0] is not triggers or len(held[1]) != len(triggers):
        held = LABELS[id(triggers)] = (triggers, tuple(f"{t.pattern.pos} {t.pattern.text}" for t in triggers))
    return held[1]


def hyphen_lemma(token: Token) -> str | None:
    """'cease-fire' is three tokens; the lemma of the whole word, read from the head's side."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
            and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{lemma(token)}"
    return None


class Context:
    """What the patterns of one token ask of its parse, each read once: a token may be tried
    against dozens of patterns of its lemma (the PETRARCH verbs), and walking its children for
    each pattern again was most of the events stage's time."""

    __slots__ = ("token", "children", "_particles", "_modifiers", "_has_dobj", "_objects", "_object_words",
                 "_any_object_words")

    def __init__(self, token: Token) -> None:
        self.token = token
        self.children = list(token.children)
        self._particles: set[str] | None = None
        self._modifiers: set[str] | None = None
        self._has_dobj: bool | None = None
        self._objects: dict[tuple[str, ...], list[tuple[str, set[str], Token]]] = {}
        self._object_words: dict[tuple[str, ...], set[str]] = {}
        self._any_object_words: set[str] | None = None

    def particles(self) -> set[str]:
        """Lemmas of the particles and prepositions on the verb (see `particles_of`)."""
        if self._particles is None:
            self._particles = particles_of(self.token, self.children)
        return self._particles

    def modifiers(self) -> set[str]:
        if self._modifiers is None:
            self._modifiers = modifiers_of(self.token, self.children)
        return self._modifiers

    def has_dobj(self) -> bool:
        if self._has_dobj is None:
            self._has_dobj = any(c.dep_ == "dobj" for c in self.children)
        return self._has_dobj

    def objects(self, particles: tuple[str, ...]) -> list[tuple[str, set[str], Token]]:
        """(lemma, lemmas of its compounds, token) of each object head (see `object_heads`)."""
        found = self._objects.get(particles)
        if found is None:
            found = self._objects[particles] = [
                (lemma(head), {lemma(c) for c in head.children if c.dep_ == "compound"}, head)
                for head in object_heads(self.token, particles, self.children)]
        return found

    def object_words(self, particles: tuple[str, ...]) -> set[str]:
        """The lemmas of the object heads and of their compounds: a pattern whose object word is
        none of them cannot match (see `object_matches`), and most of a verb's patterns are such."""
        found = self._object_words.get(particles)
        if found is None:
            found = self._object_words[particles] = {
                word for head_lemma, compounds, _ in self.objects(particles) for word in (head_lemma, *compounds)}
        return found

    def any_object_words(self) -> set[str]:
        """`object_words` for every particle on the token at once: a superset of the object words
        of any pattern's particles (more particles only add objects), for `tried_positions`."""
        if self._any_object_words is None:
            every = tuple({lemma(c) for c in self.children if c.dep_ in PARTICLE_DEPS}
                          | {lemma(p) for p in object_predicates(self.children)})
            heads = object_heads(self.token, every, self.children)
            self._any_object_words = {lemma(head) for head in heads} | {
                lemma(c) for head in heads for c in head.children if c.dep_ == "compound"}
        return self._any_object_words


def particles_of(verb: Token, children: list[Token] | None = None) -> set[str]:
    children = list(verb.children) if children is None else children
    found = {lemma(c) for c in children if c.dep_ in PARTICLE_DEPS and not is_time_adjunct(c)}
    found |= {lemma(p) for p in object_predicates(children)}  # "hold families as human shields"
    # "called on Friday for Britain to stay": the "for" of a for-to clause on the verb
    found |= {lemma(m) for c in children if c.dep_ in ("advcl", "ccomp", "xcomp")
              for m in c.children if m.dep_ == "mark" and m.lower_ == "for"}
    return found


def object_predicates(children: list[Token]) -> list[Token]:
    """Prepositions on the verb's direct object that say what the verb makes of it ("held several
    hundred families as human shields": the parse hangs "as" on "families"), read as the verb's
    own (constructions.toml `object_predicate_prepositions`)."""
    wanted = constructions().object_predicate_prepositions
    return [p for c in children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and lemma(p) in wanted]


@cache
def time_labels() -> frozenset[str]:
    return frozenset(load_toml("events/names.toml")["time_labels"])


def is_time_adjunct(preposition: Token) -> bool:
    """"on Monday", "in March": a preposition whose objects are all times is no particle."""
    objects = [g for g in preposition.children if g.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in time_labels() for o in objects)


def object_heads(verb: Token, particles: tuple[str, ...], children: list[Token] | None = None) -> list[Token]:
    """Tokens that can fill a pattern's "+object": objects, complements, objects of its particles."""
    children = list(verb.children) if children is None else children
    heads = [c for c in children if c.dep_ in OBJECT_DEPS]
    for child in [*children, *object_predicates(children)]:
        if child.dep_ in PARTICLE_DEPS and lemma(child) in particles:
            heads.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
    heads.extend(conj for h in list(heads) for conj in h.conjuncts)
    for head in list(heads):  # "captured part of a stronghold": the object is the "of" phrase
        if head.lemma_.lower() in QUANTITY_HEADS:
            heads.extend(g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj")
    return heads


def modifiers_of(noun: Token, children: list[Token] | None = None) -> set[str]:
    children = list(noun.children) if children is None else children
    found = {lemma(c) for c in children if c.dep_ in MODIFIER_DEPS}
    if noun.i > 0:  # parses of headlines and hyphenated names often attach modifiers loosely
        found.add(lemma(noun.doc[noun.i - 1]))
    return found


def object_matches(pattern: Pattern, context: Context) -> bool:
    if pattern.obj == "*":  # any direct object: "demonstrated a dignified attitude" is no demonstration
        return context.has_dobj()
    head, mods, particles = pattern.obj_head, pattern.obj_modifiers, pattern.particles
    # both ways to match below need the head word among the objects' or their compounds' lemmas
    if head not in context.object_words(particles):
        return False
    for head_lemma, compounds, token in context.objects(particles):
        if head_lemma == head and (not mods or modifiers_of(token).issuperset(mods)):
            return True
        # "halt +mediation" also fits "halted mediation efforts", "reduce +supply" "food supplies"
        if not mods and head in compounds:
            return True
    return False


def pattern_matches(pattern: Pattern, token: Token | Context) -> bool:
    context = token if isinstance(token, Context) else Context(token)
    if pattern.pos == "N":
        return not pattern.modifiers or context.modifiers().issuperset(pattern.modifiers)
    if pattern.particles and not context.particles().issuperset(pattern.particles):
        return False
    return pattern.obj is None or object_matches(pattern, context)


def noun_keys(token: Token) -> list[str]:
    keys = [lemma(token)]
    hyphen = hyphen_lemma(token)
    if hyphen:
        keys.insert(0, hyphen)
    if token.pos_ == "PROPN" and token.lower_.endswith("s"):  # "Talks" in a headline: no lemma for it
        keys.append(token.lower_[:-1])
    return keys


@cache
def name_labels() -> frozenset[str]:
    return frozenset(load_toml("events/names.toml")["name_labels"])


def in_a_name(token: Token) -> bool:
    """A proper noun inside a multi-word name ("Economic Cooperation" in APEC's, "Treaty" in the NPT's)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in name_labels():
        return False
    entity = entity_of(token)
    return entity is not None and len(entity) > 1


@dataclass(frozen=True, slots=True)
class Screen:
    """The positions in one lexicon list of the triggers a token's objects leave to try."""

    open: tuple[int, ...]  # the triggers with no object word to find (none, or "*" for any)
    by_word: dict[str, tuple[int, ...]]  # the triggers whose object's head is this word


# Lists shorter than this are tried trigger by trigger: screening them costs more than it saves.
SCREEN_MIN = 8
# The screen of each long lexicon list, kept like LABELS: keyed by the list's id, holding the list.
SCREENS: dict[int, tuple[list[Trigger], int, Screen]] = {}


def screen_of(triggers: list[Trigger]) -> Screen:
    held = SCREENS.get(id(triggers))
    if held is None or held[0] is not triggers or held[1] != len(triggers):
        opened: list[int] = []
        by_word: dict[str, list[int]] = {}
        for k, trigger in enumerate(triggers):
            pattern = trigger.pattern
            if pattern.obj is None or pattern.obj == "*" or pattern.obj_head is None:
                opened.append(k)
            else:
                by_word.setdefault(pattern.obj_head, []).append(k)
        held = SCREENS[id(triggers)] = (triggers, len(triggers),
                                        Screen(tuple(opened), {w: tuple(ks) for w, ks in by_word.items()}))
    return held[2]


def tried_positions(triggers: list[Trigger], context: Context) -> Sequence[int]:
    """The positions of the triggers that may match, in order: a trigger whose object's head is
    no object word of the token (for any of its particles) cannot (see `object_matches`). A
    PETRARCH verb has up to 240 patterns, nearly all with an object, and most tokens few objects."""
    if len(triggers) < SCREEN_MIN:
        return range(len(triggers))
    screen = screen_of(triggers)
    picked = list(screen.open)
    for word in context.any_object_words():
        if (positions := screen.by_word.get(word)) is not None:
            picked.extend(positions)
    picked.sort()
    return picked


def match_token(token: Token, lexicon: Lexicon) -> Match | None:
    """The trigger this token carries, if any (None when it is no trigger word at all)."""
    tag = token.pos_  # read once: each read is a look-up in the string store
    if tag in VERB_POS or (tag == "AUX" and token.dep_ in ("ROOT", "ccomp", "conj", "xcomp")):
        keys, pos = [lemma(token)], "V"  # "is ready to contribute": the copula carries the pattern
    elif tag in NOUN_POS:
        keys, pos = noun_keys(token), "N"
    else:
        return None
    found = [(key, triggers) for key in keys if (triggers := lexicon.triggers_for(pos, key))]
    if not found or (pos == "N" and in_a_name(token)):
        return None
    candidates = tuple(triggers for _, triggers in found)
    tried = 0  # the triggers of the keys before: `count` is the position of the one that matches
    context = Context(token)
    for key, triggers in found:
        for k in tried_positions(triggers, context):
            trigger = triggers[k]
            if not pattern_matches(trigger.pattern, context):
                continue
            count = tried + k + 1
            for negative in lexicon.negatives_for(pos, key):
                if negative.specificity >= trigger.pattern.specificity and pattern_matches(negative, context):
                    return Match(token, None, candidates, count, blocked_by=negative)
            return Match(token, trigger, candidates, count)
        tried += len(triggers)
    return Match(token, None, candidates, tried) if tried else None


def light_verb(verb: Token, lexicon: Lexicon) -> Pattern | None:
    """The light-verb pattern ("hold", "carry out") this verb matches, if any."""
    patterns = lexicon.light_verbs.get(lemma(verb))
    if not patterns:
        return None
    context = Context(verb)
    for pattern in patterns:
        if pattern_matches(pattern, context):
            return pattern
    return None
