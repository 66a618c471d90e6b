"""Deaths when, as or after a thing explodes, collapses, crashes, capsizes or catches fire are an
accident, no ASSAULT, unless a word of an attack is in the sentence (events/coder.py
`is_mishap_clause`, senses.toml `accident_verbs`, `attack_words`; hand read of corpus events, this
session, not the dev sets). The first sentence is after Xinhua, 2006-11-16; the others are made up.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_killed_when_a_tank_exploded_is_an_accident(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Thirteen workers were killed in Iraq when the oil tank they were painting exploded.")
    assert coded(article, "killed") == []


def test_killed_when_a_factory_collapsed_is_an_accident(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("At least 12 people were killed in Dhaka when a garment factory collapsed.")
    assert coded(article, "killed") == []


def test_killed_after_a_cylinder_exploded_is_an_accident(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Ten people were killed in Pakistan after a gas cylinder exploded in a restaurant.")
    assert coded(article, "killed") == []


def test_killed_when_a_bomb_exploded_stays_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Five people were killed in Baghdad when a bomb exploded in a market.")
    assert coded(article, "killed") == ["ASSAULT"]


def test_a_collapse_after_an_airstrike_stays_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Six people were killed in Syria when a building collapsed after an Israeli airstrike.")
    assert "ASSAULT" in coded(article, "killed")
