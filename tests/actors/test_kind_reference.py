"""A definite body named by its kind refers back to the last body of that sector: "the network"
after CNN, "the company" after Gazprom (issue 12). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_the_network_is_the_network_named_before(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("CNN aired the debate on Monday. Trump asked the network to donate the proceeds.",
                      published="2016-05-01")
    (event,) = [e for e in coded.events if e.event_type == "REQUEST"]
    assert [(r.text, r.cameo) for r in event.recipient] == [("network", "USAMED")]


def test_the_company_is_the_company_named_before(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Gazprom cut gas to Ukraine. Kiev accused the company of blackmail.", published="2016-05-01")
    (event,) = [e for e in coded.events if e.event_type == "ACCUSE"]
    assert [r.cameo for r in event.recipient] == ["RUSBUS"]


def test_a_kind_with_nothing_before_it_is_no_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Trump criticized the network. CNN aired the debate.", published="2016-05-01")
    assert [a.text for a in coded.actors if a.text.endswith("network")] == []


def test_an_organisation_named_with_the_kind_decides(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Police dismantled a Hezbollah network in Germany.", published="2016-05-01")
    assert [a.cameo for a in coded.actors if a.text.endswith("network")] == ["LBNREB"]


def test_a_title_refers_back_to_a_person_the_story_placed(code_text: Callable[..., CodedArticle]) -> None:
    # Congressman Hollander has no country of his own until the story gives him one (U.S.); "the
    # congressman" is still he, so his slamming has no recipient of its own
    coded = code_text("U.S. officials said Congressman Jim Hollander slammed a lawsuit alleging that the congressman "
                      "violated the law.", published="2015-11-23")
    hollander = [a for a in coded.actors if "ongressman" in a.text]
    assert [(a.cameo, a.entity) for a in hollander] == [("USALEG", hollander[0].entity)] * 2
    (event,) = [e for e in coded.events if e.event_type == "ACCUSE"]
    assert [r.text for r in event.recipient] == []
