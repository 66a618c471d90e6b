"""A sports event hosted and a visit on holiday are no reception and no consultation
(senses.toml, ev-nonevent; hand reads of corpus events, seeds 5402 and 5403). Sentences are short
credited excerpts of corpus articles, or written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_hosting_a_world_cup_is_no_reception(code_text: Callable[..., CodedArticle]) -> None:
    # corpus article (hand read seed 5403 #24)
    article = code_text("New Zealand hosted - and won - the first World Cup in 1987, with the event taking place in "
                        "South Africa eight years later, when the Springboks were victorious.",
                        published="2015-10-10")
    assert coded(article, "hosted") == []


def test_a_visit_on_vacation_is_private(code_text: Callable[..., CodedArticle]) -> None:
    # corpus article (hand read seed 5402 #18)
    article = code_text("Maryam Violet, an Iranian journalist visiting Nice on vacation, told the Guardian that she "
                        "saw the truck running into people.", published="2016-07-15")
    assert coded(article, "visiting") == []


def test_a_summit_hosted_and_a_state_visit_stay(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test
    article = code_text("Egypt hosted the summit on Gaza. Obama visited Cuba on Monday.", published="2016-03-22")
    assert coded(article, "hosted") == ["CONSULT"]
    assert coded(article, "visited") == ["CONSULT"]
