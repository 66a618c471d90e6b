"""U.S. federal agencies the news names by acronym or short name (institutions.tsv; issue 12
actors: ConfliBERT sentences of both halves missed them). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_border_and_immigration_agencies_are_us_government(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("CBP and Immigration and Customs Enforcement returned the fossils to the Chinese government.")
    assert [(a.text, a.cameo) for a in coded.actors][:2] == [("CBP", "USAGOV"),
                                                             ("Immigration and Customs Enforcement", "USAGOV")]


def test_ice_in_lower_case_is_no_agency(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The ice on the river melted early this year.")
    assert coded.actors == []
