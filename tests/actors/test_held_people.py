"""People held (prisoners, detainees, hostages) are the recipient of what is done to them, and get
a country only when one is written: they are often held where they are not from (issue 12).
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_freed_prisoners_are_the_recipient_not_a_deeper_noun(code_text: Callable[..., CodedArticle]) -> None:
    # before: the U.S. inside the "including" phrase was taken for the recipient
    coded = code_text("Libya freed 37 prisoners on Tuesday, including a former detainee at the U.S. prison at "
                      "Guantanamo Bay.", published="2016-06-11")
    (event,) = coded.events
    assert [(r.text, r.code) for r in event.recipient] == [("prisoners", None)]


def test_prisoners_are_not_placed_in_the_country_where_they_are_held(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Israel will not release prisoners who acted against the laws of war.", published="2016-06-11")
    assert [(a.text, a.code) for a in coded.actors if a.text == "prisoners"] == [("prisoners", None)]


def test_a_written_nationality_still_counts(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Israel freed 20 Palestinian prisoners on Monday.", published="2016-06-11")
    assert [a.cameo for a in coded.actors if "prisoners" in a.text] == ["PSECVL"]
