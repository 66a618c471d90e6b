"""A call for a policy, a mood or an outcome asked of no one is a policy proposal, no request
(senses.toml, the [[abstract_object]] table of REQUEST: tariff, funding, tolerance, overhaul;
not "change" nor "progress", which are asked of a legislature or of the parties to talks). Found
in hand reads of corpus events (seeds 5341, 5343) and 200 corpus articles of ev-precision;
sentences are short excerpts, credited, or written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_a_call_for_tariffs_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-03-21 (hand read seed 5343)
    article = code_text("Mr. Trump has repudiated decades of Republican support for free trade, calling for heavy "
                        "tariffs on Mexican-made goods from the likes of Carrier.", published="2016-03-21")
    assert coded(article, "calling") == []


def test_a_push_for_funding_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-06-29 (hand read seed 5341)
    article = code_text("Florida Sens. Marco Rubio (R), who is seeking reelection, and Bill Nelson (D) have both "
                        "pushed for Zika funding.", published="2016-06-29")
    assert coded(article, "pushed") == []


def test_a_call_on_a_party_for_tariffs_stays_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Donald Trump called on Congress to pass new tariffs on Chinese goods.", published="2016-03-21")
    assert coded(article, "called") == ["REQUEST"]


def test_a_states_call_for_restraint_stays_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Indonesia called for restraint after the clashes on Monday.", published="2025-04-08")
    assert coded(article, "called") == ["REQUEST"]


def test_a_call_for_progress_in_talks_stays_a_request(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-precision): progress in talks is asked of their parties
    article = code_text("The UN called for progress in talks between Israel and Hamas.", published="2025-04-08")
    assert coded(article, "called") == ["REQUEST"]
