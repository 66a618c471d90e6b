"""Matching lexicon patterns on the parse: one token is tried against every pattern of its
lemma (most specific first), reading its children once for all of them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.events.lexicon import load_lexicon
from communique.events.matcher import Context, match_token, pattern_matches


def token_of(nlp: Language, text: str, word: str):  # noqa: ANN201
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word", "pattern"), [
    ("The minister called for a ceasefire in Gaza.", "called", "call for +ceasefire"),
    ("The minister called on Friday for talks with Hamas.", "called", "call for +talk"),
    ("The minister called for calm.", "called", "call for"),
    ("Qatar halted mediation efforts between the two sides.", "halted", "halt +mediation"),
    ("The prisoners began a hunger strike.", "strike", "hunger strike"),
])
def test_the_most_specific_pattern_wins(nlp: Language, text: str, word: str, pattern: str) -> None:
    match = match_token(token_of(nlp, text, word), load_lexicon())
    assert match is not None and match.trigger is not None
    assert match.trigger.pattern.text == pattern


def test_a_word_without_triggers_is_no_match(nlp: Language) -> None:
    assert match_token(token_of(nlp, "The minister walked home.", "home"), load_lexicon()) is None


def test_one_context_answers_every_pattern_as_a_fresh_one_does(nlp: Language) -> None:
    verb = token_of(nlp, "The minister called on Friday for talks and a ceasefire.", "called")
    context = Context(verb)
    patterns = [t.pattern for t in load_lexicon().triggers_for("V", "call")]
    assert len(patterns) > 3
    answers = [pattern_matches(p, context) for p in patterns]
    assert answers == [pattern_matches(p, verb) for p in patterns]
    assert any(answers) and not all(answers)


def test_tried_lists_the_patterns_of_the_lemma_up_to_the_winner(nlp: Language) -> None:
    # `tried` is written only when `explain` asks for it: it must still be every pattern considered, in order
    lexicon = load_lexicon()
    match = match_token(token_of(nlp, "The minister called for calm.", "called"), lexicon)
    assert match is not None and match.trigger is not None
    triggers = lexicon.triggers_for("V", "call")
    winner = triggers.index(match.trigger)
    assert winner > 0
    assert match.tried == tuple(f"V {t.pattern.text}" for t in triggers[:winner + 1])
    assert match.tried[-1] == "V call for"
