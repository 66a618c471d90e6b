"""A national or local office with no country written ("a federal judge", "state prosecutors") is
one of the country the story is about; with no clear country it is no actor (issue 12).
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_a_federal_judge_in_a_us_story_is_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Trump renewed his attacks on a federal judge.", published="2016-06-04")
    assert [(e.event_type, [r.cameo for r in e.recipient]) for e in coded.events] == [("ASSAULT", ["USAJUD"])]


def test_a_federal_judge_with_no_country_in_the_lead_is_no_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Putin met Obama. Critics attacked a federal judge.", published="2016-06-04")
    assert [a.text for a in coded.actors if "judge" in a.text] == []
