"""Breadth of triggers.tsv (issue 12, class 4): verbs we knew, but not with this object.

Giving something back, giving money and easing sanctions or tariffs are material cooperation
(CAMEO 07 and 08). Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def codes_of(coded: CodedArticle) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.cameo, e.actor[0].code if e.actor else None, e.recipient[0].code if e.recipient else None)
            for e in coded.events]


def test_returning_an_object_to_a_country_is_a_return(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Italy returned two stolen paintings to the government of Egypt.")
    assert codes_of(coded) == [("084", "ITA", "EGY")]


@pytest.mark.parametrize("text", [
    "The Italian minister returned to Rome on Monday.",
    "The Italian minister returned home on Monday.",
    "The Italian minister returned the favor on Monday.",
])
def test_returning_somewhere_or_a_favor_is_no_event(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert codes_of(code_text(text)) == []


def test_a_named_object_beats_any_object_of_the_same_rank(code_text: Callable[..., CodedArticle]) -> None:
    # "return +fire" (PETRARCH, 190) and "return +*" (084) pin the verb down equally
    coded = code_text("Israeli troops returned fire at Hamas gunmen.")
    assert [e.cameo for e in coded.events] == ["190"]


@pytest.mark.parametrize("text", [
    "Germany gave 50 million euros to Ethiopia.",
    "Japan granted $20 million to Kenya.",
    "Norway allocated funds to Somalia.",
])
def test_money_given_is_economic_aid(code_text: Callable[..., CodedArticle], text: str) -> None:
    cameos = [e.cameo for e in code_text(text).events]
    assert cameos and cameos[0] == "071"


@pytest.mark.parametrize(("text", "cameo"), [
    ("The United States removed sanctions on Cuban shipping companies.", "085"),
    ("Washington rolled back tariffs on Chinese goods.", "085"),
    ("Jordan relaxed the curfew in Amman.", "0813"),
])
def test_easing_sanctions_tariffs_or_curfews_is_coded(code_text: Callable[..., CodedArticle], text: str,
                                                      cameo: str) -> None:
    assert [e.cameo for e in code_text(text).events] == [cameo]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Greek ministers broke off negotiations with Turkey.", "164"),
    ("The Norwegian envoy ended mediation efforts between Sudan and the rebels.", "165"),
    ("Greece called off talks with Turkey.", "164"),
])
def test_halting_negotiations_or_mediation_is_coded(code_text: Callable[..., CodedArticle], text: str,
                                                    cameo: str) -> None:
    assert [e.cameo for e in code_text(text).events][:1] == [cameo]


def test_a_promised_attack_is_a_threat(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Iran promised a fresh attack against Israel.")
    assert [(e.event_type, e.cameo) for e in coded.events] == [("THREATEN", "138")]


def test_promised_aid_stays_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Japan pledged more aid to Kenya.")
    assert [e.event_type for e in coded.events] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Kenyan police arrested three journalists in Nairobi.",
    "Kenyan police arrested protesters during the demonstration.",
])
def test_an_arrest_is_coercion_whoever_is_arrested(code_text: Callable[..., CodedArticle], text: str) -> None:
    # PETRARCH's rows code these as violent repression (175, an ASSAULT); ours win
    assert [(e.event_type, e.cameo) for e in code_text(text).events][:1] == [("COERCE", "173")]


def test_blowing_oneself_up_is_a_suicide_bombing(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("A Syrian man blew himself up outside a German concert hall.")
    assert [(e.event_type, e.cameo) for e in coded.events] == [("ASSAULT", "1831")]


def test_ground_captured_in_fighting_is_military_force(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Congolese rebels have captured more than half the country.")
    assert [(e.event_type, e.cameo) for e in coded.events] == [("ASSAULT", "190")]
