"""Constructions that change which words report an event: an event beside another, not its
content. A participle after a comma is a second act of the same doer ("carried out air strikes,
killing several dozen fighters"), and an active participle on a noun that is no trigger is what
that noun's referent does ("fired tear gas at demonstrators protesting the arrests"); the coder
would otherwise absorb both into the event above them. The word lists are in
`data/events/constructions.toml`.

Raising words ("is expected to meet") are read where doers are found (arguments.py) and the
planned reading where the clause's grammar is read (modality.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import Actor
from ..resources import load_toml, word_sets

CONSTRUCTIONS_FILE = "events/constructions.toml"


@dataclass(frozen=True, slots=True)
class Constructions:
    accompanying_tags: frozenset[str]
    accompanying_deps: frozenset[str]
    acting_participle_tags: frozenset[str]
    object_control_verbs: frozenset[str]
    deed_adjectives: frozenset[str]
    receiving_verbs: frozenset[str]
    received_types: frozenset[str]
    giver_prepositions: frozenset[str]
    inherited_doer_types: frozenset[str]
    sequel_prepositions: frozenset[str]
    partner_prepositions: frozenset[str]
    object_predicate_prepositions: frozenset[str]


@cache
def constructions() -> Constructions:
    return word_sets(Constructions, load_toml(CONSTRUCTIONS_FILE), CONSTRUCTIONS_FILE)


@cache
def inherited_doer_window() -> int:
    """How many sentences back the doer of an agentless passive may be found (see `DoerMemory`)."""
    return int(load_toml(CONSTRUCTIONS_FILE)["inherited_doer_window"])


class DoerMemory:
    """The doers of an article's coercive acts, so that an agentless passive of the same type may
    take the last one: "Israeli troops demolished a home in Surif ... The HAMAS radicals were
    arrested on suspicion of ..." (AFP, 1997-04-17): wire stories name the arresting or ruling
    power once and tell its next acts in the passive; the annotators (and ICEWS) give those acts to
    that power. Only types of `inherited_doer_types` (acts of a ruling power: arrest, curfew,
    demolition), never an attack ("three were killed in a bombing" is no act of whoever arrested
    someone before), and only within `inherited_doer_window` sentences."""

    def __init__(self) -> None:
        self.last: dict[str, tuple[int, list[Actor], str]] = {}

    def remember(self, plover: str, sentence: int, actors: list[Actor], trigger: str) -> None:
        if actors and plover in constructions().inherited_doer_types:
            self.last[plover] = (sentence, list(actors), trigger)

    def recall(self, plover: str, sentence: int) -> tuple[list[Actor], str] | None:
        """The doers of the last act of `plover` told at most the window's sentences before
        `sentence` (or earlier in it), and that act's trigger word."""
        found = self.last.get(plover)
        if found is None or not 0 <= sentence - found[0] <= inherited_doer_window():
            return None
        return found[1], found[2]


def controller_deps(verb: Token) -> tuple[str, ...]:
    """The dependencies, on the governing verb, of the doer of an infinitive under an object-control
    verb: its object ("helped Kurdish forces to retake"), or in the passive its subject ("was forced
    to step down"); () when `verb` is no such infinitive."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i == verb.i \
            or governor.lemma_.lower() not in constructions().object_control_verbs:
        return ()
    if any(c.dep_ == "auxpass" for c in governor.children):
        return ("nsubjpass",)
    return ("dobj",)


def deed_adjective_clause(verb: Token) -> Token | None:
    """"The army was guilty of violating the truce", "the cartel has been responsible for mass
    killings": the copula whose subject did the deed of a gerund or event noun after one of
    `deed_adjectives` and its preposition, else None."""
    preposition = verb.head
    adjective = preposition.head
    if verb.dep_ not in ("pcomp", "pobj") or preposition.dep_ != "prep" or adjective.dep_ != "acomp" \
            or adjective.lemma_.lower() not in constructions().deed_adjectives:
        return None
    return adjective.head


def after_comma(clause: Token) -> bool:
    """The clause opens right after a comma: "..., killing two"."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def accompanies(child: Token) -> bool:
    """"raided the village, killing two": a participle after a comma with no mark of its own is a
    second act of the doer of the clause it hangs on, not that event's content."""
    c = constructions()
    return child.dep_ in c.accompanying_deps and child.tag_ in c.accompanying_tags and after_comma(child) \
        and child.i > child.head.i and not any(m.dep_ == "mark" for m in child.children)


def acts_for_its_noun(child: Token, coded_tokens: set[int]) -> bool:
    """"demonstrators protesting the arrests": an active participle on a noun that is no coded
    trigger says what the noun's referent does, an event of its own."""
    return child.dep_ == "acl" and child.tag_ in constructions().acting_participle_tags \
        and child.head.pos_ in ("NOUN", "PROPN") and child.head.i not in coded_tokens


def stands_apart(child: Token, coded_tokens: set[int]) -> bool:
    """Whether the step from `child` to its head leaves the event of `child` outside the events
    above it (see `accompanies` and `acts_for_its_noun`)."""
    return accompanies(child) or acts_for_its_noun(child, coded_tokens)


def sequel_verb(noun: Token) -> Token | None:
    """"Vranitzky said after talks in Rome with Italian Foreign Minister Lamberto Dini" (AFP,
    1997-04-02): the verb whose act follows a meeting noun in one of `sequel_prepositions` that
    names its partner ("with ..."); its subject took part in the talks. None when the noun names
    no partner ("told reporters after the meeting" need not have sat in it). The caller checks
    the noun's type and the verb's voice, as for the participants of `arguments.participant_verb`."""
    preposition = noun.head
    c = constructions()
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in c.sequel_prepositions:
        return None
    if not any(p.dep_ == "prep" and p.lower_ in c.partner_prepositions for p in noun.children):
        return None
    return preposition.head


def receiving_verb(noun: Token) -> Token | None:
    """The verb whose subject receives the act a noun trigger names ("Kenya received aid from
    Japan", "won the endorsement of the Times", "has 31 endorsements"): the subject is the
    recipient, the giver is the noun's own doer or its "from"/"of" phrase. None when the noun is
    no direct object of one of `receiving_verbs`."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i == noun.i or verb.lemma_.lower() not in constructions().receiving_verbs:
        return None
    return verb


def giver_objects(noun: Token, verb: Token) -> list[tuple[str, Token]]:
    """The "from"/"of"/"by" phrases, on the noun or on the receiving verb, that name the giver."""
    preps = constructions().giver_prepositions
    return [(f"prep:{p.lower_}", g) for owner in (noun, verb) for p in owner.children
            if p.dep_ in ("prep", "agent") and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]
