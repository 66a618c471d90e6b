"""What a system or a constitution allows is a rule, no concession; "her own medicine" given is a
figure of speech, no aid (senses.toml frames on allow/let/permit ... and give/provide ...). Found on
corpus lines 2301-2600 and ev-precision's hand reads of corpus events; sentences are short
excerpts, credited, or written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_what_a_political_system_allows_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2016-03-21 (corpus lines 2301-2600), shortened
    article = code_text("Switzerland's political system allows for anyone to bring an issue to referendum.",
                        published="2016-03-21")
    assert coded(article, "allows") == []


def test_what_a_constitution_allows_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran's constitution allows the supreme leader to dismiss the president.",
                        published="2016-03-21")
    assert coded(article, "allows") == []


def test_a_state_allowing_inspectors_stays_a_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran allowed UN inspectors to visit the Parchin site on Monday.", published="2016-03-21")
    assert coded(article, "allowed") == ["CONCEDE"]


def test_her_own_medicine_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Donald Trump gave Hillary Clinton some of her own medicine on Tuesday.",
                        published="2016-03-21")
    assert coded(article, "gave") == []


def test_medicine_given_to_a_state_stays_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The United States gave Jordan some medicine and food.", published="2016-03-21")
    assert coded(article, "gave") == ["AID"]


def test_food_for_thought_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-breadth's `give +food` row)
    article = code_text("The Chinese report gave Washington food for thought.", published="2025-04-08")
    assert coded(article, "gave") == []


def test_food_given_stays_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("China gave Pakistan food and medicine on Monday.", published="2025-04-08")
    assert coded(article, "gave") == ["AID"]
