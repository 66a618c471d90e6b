"""A rally a candidate, a campaign or a party holds with a light verb is a campaign event, no
PROTEST (events/coder.py `campaign_subject`, senses.toml `campaign_subject_nouns`; hand read of
corpus events, this session, not the dev sets). Sentences are made up for the test.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_a_rally_the_ruling_party_stages_is_no_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The ruling party staged a rally in Lagos on Monday.")
    assert coded(article, "staged") == []


def test_rallies_the_ruling_party_is_to_hold_are_no_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The ruling party is expected to hold rallies in Lagos on Monday.")
    assert coded(article, "hold") == []


def test_a_rally_of_opposition_supporters_stays_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Opposition supporters held a rally in Caracas against Maduro.")
    assert coded(article, "held") == ["PROTEST"]


def test_a_rally_of_protesters_stays_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Protesters held a rally in Ohio.")
    assert coded(article, "held") == ["PROTEST"]
