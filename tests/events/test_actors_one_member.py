"""A strong person title counted as one by the number "one" ("One anti-war activist accused the
Greek government of ...", the task brief's ConfliBERT dev example) is one member of its sector, as "an
activist" is; a plural counted by a number, or a bare plural, is not (issue 12). Sentences made up
for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_one_activist_accusing_a_government_is_an_event(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("One anti-war activist accused the Greek government of lying.", published="2016-06-04")
    assert [(e.event_type, [r.cameo for r in e.recipient]) for e in coded.events] == [("ACCUSE", ["GRCGOV"])]
    assert [a.text for a in coded.events[0].actor] == ["activist"]


def test_one_activist_saying_something_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("One activist said the weather was fine.", published="2016-06-04")
    assert coded.events == []


def test_activists_in_general_accusing_is_no_member(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Two activists often accuse governments of lying.", published="2016-06-04")
    assert [e.event_type for e in coded.events] == []
