"""An official with a title and no country ("Governor X", "Authorities") is of the country the
story is about, counting the places it names and not only its actors: "Governor X threatened a
curfew in Recife" (BRA). Civilians are not placed so: they often act where they are not from
(issue 12). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_an_unknown_governor_takes_the_country_of_the_places_named(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Governor Maria Lopes threatened to impose a curfew in Recife after two nights of riots.")
    assert [(e.event_type, [a.cameo for a in e.actor]) for e in coded.events] == [("THREATEN", ["BRAGOV"])]


def test_places_of_two_countries_place_no_one(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Governor Maria Lopes threatened to impose a curfew in Recife and in Lima.")
    assert [a.code for a in coded.actors if "Lopes" in a.text] == [None]
