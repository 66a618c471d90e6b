"""A deed someone owns that another noun is about ("turmoil over his attacks on a judge") happened,
whatever the clause around it plans, so it is asserted and keeps its own type, not the future
reading a planned attack gets (a threat). Class from the lead's hand read of corpus events (issue
12, seed 4801: 'will seek to move past days of turmoil over his attacks on a federal judge' was a
hypothetical event). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def kinds(coded: CodedArticle, trigger: str) -> list[tuple[str | None, str]]:
    return [(e.event_type, e.status) for e in coded.events if e.trigger == trigger]


def test_a_deed_the_clause_is_about_is_asserted(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Trump will seek to move past days of turmoil over his attacks on a federal judge.",
                      published="2016-06-09")
    assert kinds(coded, "attacks") == [("ASSAULT", "asserted")]


def test_a_planned_deed_after_another_stays_planned(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Obama will travel to Paris after his visit to Moscow.", published="2016-06-09")
    assert kinds(coded, "visit") == [("AGREE", "planned")]


def test_a_planned_attack_is_still_a_threat(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Iran will attack Israel on Monday.", published="2016-06-09")
    assert kinds(coded, "attack") == [("THREATEN", "planned")]
