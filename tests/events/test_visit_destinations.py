"""A visit goes to a place: with no party named, the country of the place it goes to is the
recipient, also when the place hangs on the visit noun a verb carries ("paid a visit to Mexico
City": MEX), and never the visitor's own country (issue 12). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def sides(coded: CodedArticle) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event_type, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in coded.events]


def test_a_city_on_the_visit_noun_gives_the_destination(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Chancellor Olaf Scholz paid a visit to Mexico City on Monday.", published="2023-05-08")
    assert sides(coded) == [("CONSULT", ["DEU"], ["MEX"])]


def test_a_visit_at_home_has_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Chancellor Olaf Scholz paid a visit to Hamburg on Monday.", published="2023-05-08")
    assert sides(coded) == [("CONSULT", ["DEU"], [])]
