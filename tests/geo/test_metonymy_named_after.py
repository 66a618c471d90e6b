"""A capital compounded to an agreement or a meeting names where it was made or held, not a
party ("the Paris agreement", "the Minsk talks"); a country so compounded is a party ("the Iran
deal"); a capital before a title gives only its country ("Jakarta police" are police). Issue 12
actors, from a hand read of corpus events; sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


@pytest.mark.parametrize(("text", "city"), [
    ("Senator Ted Cruz has criticized the Paris agreement.", "Paris"),
    ("The Kremlin praised the Minsk talks on Monday.", "Minsk"),
])
def test_a_city_naming_an_agreement_or_meeting_is_no_party(code_text: Callable[..., CodedArticle],
                                                           text: str, city: str) -> None:
    coded = code_text(text)
    assert [p.role for p in coded.places if p.text == city] == ["location"]
    assert all(city not in a.text for a in coded.actors)


def test_a_country_naming_a_deal_is_a_party(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Moscow criticized the Iran deal on Monday.")
    assert ("Iran", "IRN") in [(a.text, a.cameo) for a in coded.actors]


def test_a_capitals_police_are_police(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Jakarta police said they will deploy 18,000 officers across the capital.")
    assert [(a.text, a.cameo) for a in coded.actors] == [("Jakarta police", "IDNCOP")]
