"""A commitment to one's own deed is a stance, no support of a party (senses.toml, the frame on
remain/stay + committed to + a gerund). After "remains committed to" in ev-precision's hand read of
corpus events; sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_committed_to_closing_a_prison_is_no_support(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("President Obama remains committed to closing the prison at Guantanamo Bay.",
                        published="2016-03-21")
    assert coded(article, "remains") == []


def test_committed_to_staying_in_the_race_is_no_support(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Senator Bernie Sanders remains committed to staying in the race until the convention.",
                        published="2016-03-21")
    assert coded(article, "remains") == []


def test_committed_to_a_states_security_stays_support(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The United States remains committed to Israel's security.", published="2016-03-21")
    assert coded(article, "remains") == ["SUPPORT"]
