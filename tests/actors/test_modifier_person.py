"""A person named in full only as the modifier of another mention ("the Hillary Clinton campaign")
is the one a later bare surname names (issue 12: "surnames only when the full mention
resolved"). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_a_surname_after_a_campaign_named_for_the_person(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Officials from the Hillary Clinton campaign met Senator Bernie Sanders. "
                      "Sanders praised Clinton.",
                      published="2016-06-11")
    clinton = [a for a in coded.actors if a.text == "Clinton"]
    assert [(a.code, a.name) for a in clinton] == [("USA", "Hillary Clinton")]
    assert [[r.text for r in e.recipient] for e in coded.events if e.event_type == "SUPPORT"] == [["Clinton"]]


def test_a_surname_nobody_introduced_is_still_no_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Officials from the Hillary Clinton campaign met Senator Bernie Sanders. "
                      "Sanders praised Johnson.",
                      published="2016-06-11")
    assert [a.text for a in coded.actors if a.text == "Johnson"] == []
