"""The occasion of an act is no recipient of it (issue 12, class 4): a party named in a "during"
phrase belongs to the event of the occasion, so the nearest-in-clause fallback leaves it out.
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_whom_the_occasion_is_for_is_not_the_one_criticized(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Former president Jimmy Carter criticized the tax plan as a disaster during a rally "
                      "in Atlanta for Senator Jon Ossoff.", published="2017-06-01")
    (event,) = [e for e in coded.events if e.event_type == "ACCUSE"]
    assert [r.text for r in event.recipient] == []
