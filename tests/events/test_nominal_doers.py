"""A nominal event's "by" phrase names its doer, and the party marked before the noun is then the
one it is about: in "an Obama endorsement by Vladimir Putin" Putin endorses Obama (issue 12,
hand read of corpus events, seed 4801: "an influential Trump endorsement by Marine Le Pen" was
Trump's endorsement of nobody). Without a "by" phrase the possessor or pre-modifier stays the
doer. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import sides


def test_the_by_phrase_is_the_doer_and_the_premodifier_the_one_endorsed(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The praise came after an Obama endorsement by Vladimir Putin in Moscow.", published="2016-07-13")
    assert sides(coded, "endorsement") == [(["RUSGOV"], ["USAGOV"])]


def test_without_a_by_phrase_the_possessor_is_the_doer(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia's endorsement of the plan came on Monday.", published="2016-07-13")
    assert sides(coded, "endorsement") == [(["RUS"], [])]
