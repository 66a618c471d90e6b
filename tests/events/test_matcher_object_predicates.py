"""A preposition hung on the verb's direct object that says what the verb makes of it is read as the
verb's particle (constructions.toml `object_predicate_prepositions`): the parser hangs "as human
shields" on "families" in "hold several hundred families as human shields" (ConfliBERT dev wording,
CONFLI-DEV-1322 of half A; the test sentence is made up), and `hold as +shield` must still match."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from communique.events.lexicon import parse_pattern
from communique.events.matcher import Context, object_predicates, pattern_matches
from communique.model import CodedArticle

SENTENCE = "The militants are holding several hundred families as human shields in Mosul."


def test_the_parse_hangs_the_predicate_on_the_object(nlp: Language) -> None:
    verb = next(t for t in nlp(SENTENCE) if t.lemma_ == "hold")
    assert [p.text for p in object_predicates(list(verb.children))] == ["as"]
    assert pattern_matches(parse_pattern("V", "hold as +shield", ""), Context(verb))


def test_an_object_held_as_a_shield_is_coded(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Islamic State militants are holding several hundred families as human shields in Mosul.",
                      published="2016-06-01")
    assert [e.cameo for e in coded.events if e.trigger == "holding"] == ["184"]


def test_a_bare_verb_does_not_take_the_predicate(nlp: Language) -> None:
    verb = next(t for t in nlp("The rebels held talks as planned.") if t.lemma_ == "hold")
    assert not pattern_matches(parse_pattern("V", "hold as +shield", ""), Context(verb))
