"""The news agency credited in a dateline tells where the agency is, not the story (actors.coref
dominant_country, is_credit): in a short wire item the credit "(AFP)" (FRAMED) would tie with the
dateline's Iraq and leave "the government" without a country. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def codes(coded: CodedArticle) -> dict[str, str | None]:
    return {a.text: a.cameo for a in coded.actors}


def test_a_body_takes_the_datelines_country_not_the_agencys(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("BAGHDAD, April 8 (AFP) - The government lifted a curfew on Monday.", published="2025-04-08")
    assert codes(coded)["government"] == "IRQGOV"
    assert [a.cameo for e in coded.events for a in e.actor] == ["IRQGOV"]


def test_an_agency_named_in_the_story_still_counts(code_text: Callable[..., CodedArticle]) -> None:
    # not in parentheses: "AFP reported" is a party of the story, and its France alone leads it
    coded = code_text("AFP reported that the government lifted a curfew.", published="2025-04-08")
    assert codes(coded).get("government") == "FRAGOV"
