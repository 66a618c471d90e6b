"""A third-person pronoun inside a quotation is someone the speaker talks about, never the
speaker: in '"He attacked me," Trump said' the attacker is not Trump, and in '"His invasion was
illegal," Obama said' after "Obama criticized Putin" the invasion is Putin's (issue 12). "We"
stays the speaker's side. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import sides


def test_a_quoted_he_is_not_the_speaker(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text('Donald Trump said: "He attacked me unfairly."', published="2016-02-22")
    assert sides(coded, "attacked") == []


def test_a_quoted_his_is_the_person_named_before(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text('Barack Obama criticized Vladimir Putin. "His invasion of Crimea was illegal," Obama said.',
                      published="2016-02-22")
    assert sides(coded, "invasion") == [(["RUSGOV"], ["UKR"])]


def test_a_quoted_we_is_still_the_speaker(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text('"We reject the offer," Vladimir Putin said.', published="2016-02-22")
    assert sides(coded, "reject") == [(["RUSGOV"], [])]


def test_a_quoted_pronoun_whose_clause_has_a_quoted_subject_is_coded(code_text: Callable[..., CodedArticle]) -> None:
    # the speakers' clause has the quoted "it" among its subjects: asking who that "it" is
    # once looped back to this pronoun until the recursion limit, and the article was rejected
    coded = code_text('"If it does not have the means to threaten its neighbours yet, it will soon," said John Smith, '
                      'a physicist who works at a think tank.', published="2016-02-22")
    assert sides(coded, "threaten") == []  # coded, and the quoted "it" is nobody the story names
