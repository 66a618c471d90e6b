"""Metonymy: when a country, a capital or a seat of government stands for its government.

"Moscow says", "the Kremlin said", "Russia invaded Ukraine", "relations with Moscow" and
"Russia's Foreign Ministry" name an actor, not a location; "talks in Istanbul", "met in Saudi
Arabia" name locations. The decision reads the dependency parse around the mention against the
word lists of `data/geo/metonymy.toml`. Only countries, national capitals and seats of government
can be actors here; a mention in a conjunction ("Russia and China agreed") takes the syntactic
role of the first conjunct.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ..model import PlaceRole
from ..resources import load_toml, word_sets
from .gazetteer import Entry

ACTOR: PlaceRole = "actor"
LOCATION: PlaceRole = "location"
SUBJECT_DEPS = frozenset({"nsubj"})
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class MetonymyLexicon:
    subject_not_agent_verbs: frozenset[str]
    agent_object_verbs: frozenset[str]
    relation_words: frozenset[str]
    relation_prepositions: frozenset[str]
    agent_nouns: frozenset[str]
    named_after_city: frozenset[str]


@cache
def lexicon() -> MetonymyLexicon:
    return word_sets(MetonymyLexicon, load_toml("geo/metonymy.toml"))


@cache
def modifier_nouns(words: MetonymyLexicon) -> frozenset[str]:
    """Nouns after which a modifying country acts ("U.S. officials", "Russia-Ukraine talks")."""
    return words.agent_nouns | words.relation_words


def can_stand_for_state(entry: Entry) -> bool:
    return entry.kind in ("country", "seat") or (entry.kind == "city" and entry.capital)


def role(span: Span, entry: Entry) -> PlaceRole:
    """"actor" when the mention stands for the government, else "location"."""
    if not can_stand_for_state(entry):
        return LOCATION
    words = lexicon()
    if entry.kind == "city" and named_after_city(span.root, words):
        return LOCATION
    return ACTOR if joined_party(span, words) or acts(span, words) else LOCATION


def joined_party(span: Span, words: MetonymyLexicon) -> bool:
    """ "U.S.-Russia talks", "Russia-Ukraine war": a hyphenated pair before a relation noun."""
    if "-" not in span.text or span.end >= len(span.doc):
        return False
    following = span.doc[span.end]
    return following.lemma_.lower() in words.relation_words or following.lower_ in words.relation_words


def acts(span: Span, words: MetonymyLexicon) -> bool:
    token = first_conjunct(span.root)
    head = token.head
    dep = token.dep_
    if dep in SUBJECT_DEPS:
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in words.subject_not_agent_verbs
    if dep == "dobj":
        return head.lemma_.lower() in words.agent_object_verbs
    if dep == "pobj":
        return party_of_relation(head, words)
    if dep in MODIFIER_DEPS:
        return modifies_agent(span, token, words)
    return False


def first_conjunct(token: Token) -> Token:
    """The first of "Russia and China": its dependency is the one the whole conjunction has."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def party_of_relation(preposition: Token, words: MetonymyLexicon) -> bool:
    """ "with Moscow" after relations/talks, "between Russia and ...", passive "by Washington"."""
    if preposition.dep_ == "agent":
        return True
    if preposition.lower_ not in words.relation_prepositions:
        return False
    governor = preposition.head
    return governor.lemma_.lower() in words.relation_words


def modifies_agent(span: Span, token: Token, words: MetonymyLexicon) -> bool:
    """ "Russia's Foreign Ministry", "U.S. officials", "U.S. President Donald Trump": an agent
    noun follows the mention within the phrase it modifies."""
    head = token.head
    if head.i < span.end:
        return False
    between = span.doc[span.end:head.i + 1]
    nouns = modifier_nouns(words)
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in between)


def named_after_city(token: Token, words: MetonymyLexicon) -> bool:
    """"the Paris agreement", "the Minsk talks": a city compounded to an agreement or meeting names
    where it was made or held (`named_after_city`), not a party."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in words.named_after_city:
            return True
    return False
