"""The bare plural of a strong person title that does a deed is a group of its sector, as
"rebels" and "lawmakers" are (roles.tsv): "Prosecutors charged three men" (JUD), "Senators
rejected the treaty" (LEG), "Judges have condemned the misconduct" (after a sentence of an Orange
County opinion piece in the corpus, GWN:197). A generic or habitual statement about such people stays no
event. Sentences made up for the test (ev-groups, issue 12)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def doers(coded: CodedArticle) -> list[tuple[str | None, list[str | None]]]:
    return [(e.event_type, [a.cameo or a.sector for a in e.actor]) for e in coded.events]


def test_prosecutors_charging_men_are_judiciary(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Prosecutors charged three men with fraud.", published="2016-06-04")
    assert doers(coded) == [("ACCUSE", ["JUD"])]


def test_senators_rejecting_a_treaty_are_legislature(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Senators rejected the treaty.", published="2016-06-04")
    assert doers(coded) == [("REJECT", ["LEG"])]


def test_judges_condemning_misconduct_are_judiciary(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Judges have condemned the misconduct of the sheriff.", published="2016-06-04")
    assert [sectors for _, sectors in doers(coded)] == [["JUD"]]


def test_judges_accused_are_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Kenyan minister accused judges of working with the opposition.", published="2016-06-04")
    assert [[r.cameo or r.sector for r in e.recipient] for e in coded.events] == [["KENJUD"]]


def test_what_prosecutors_often_say_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Prosecutors often say the courts are too lenient.", published="2016-06-04")
    assert coded.events == []


def test_what_judges_should_do_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Judges should reject such appeals.", published="2016-06-04")
    assert coded.events == []
