"""An event dated by a decade or a century ("in the early 1980s") gets no date: the contract's
precisions are day, month and year, and the publication day would be wrong (issue 12 own dates,
from a hand read of corpus events: AFP, 1997-04-30, dated its 1980s event by the paper's day).
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def dates(coded: CodedArticle) -> list[tuple[str | None, str]]:
    return [(e.date, e.date_precision) for e in coded.events]


def test_a_decade_gives_no_date_not_the_publication_day(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("In the 1990s Russia invaded Chechnya.", published="1997-04-30")
    assert dates(coded) == [(None, "none")]


def test_a_year_still_dates_the_event(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia invaded Chechnya in 1994.", published="1997-04-30")
    assert dates(coded) == [("1994", "year")]
