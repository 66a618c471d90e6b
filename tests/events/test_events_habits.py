"""Events the hand read of corpus articles (seed 1206) found coded from words that report no
single event: a habit or a rule in the present, a share of those polled, agreeing with an
opinion (issue 12, class 3). Sentences are written for these tests, after the kinds seen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def types_of(coded: CodedArticle) -> list[str]:
    return [e.event_type for e in coded.events]


@pytest.mark.parametrize("text", [
    "Kenyan police always arrest opposition leaders before an election.",
    "Kenyan protesters picket every session of parliament.",
])
def test_a_habit_in_the_present_is_no_event(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert types_of(code_text(text)) == []


@pytest.mark.parametrize("text", [
    "Kenyan police arrested opposition leaders on Monday.",
    "Kenyan police always arrested opposition leaders before an election.",  # the past is left alone
    "The Kenyan Red Cross is providing food assistance to Somalia every month.",  # under way
])
def test_a_single_past_or_ongoing_act_stays(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert types_of(code_text(text)) != []


def test_a_share_of_those_polled_is_no_party(code_text: Callable[..., CodedArticle]) -> None:
    # without the rule this is coded SUPPORT by Kenya
    assert types_of(code_text("Nineteen percent of Kenyan voters support Odinga.")) == []


def test_agreeing_with_an_analysis_is_an_opinion(code_text: Callable[..., CodedArticle]) -> None:
    assert types_of(code_text("Former Kenyan President Moi agreed with the analysis.")) == []
    assert types_of(code_text("Kenya agreed with Uganda on a new border crossing.")) == ["AGREE"]


def test_helping_someone_understand_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Kenyan museum can help American visitors understand the pain of the protesters.")
    assert types_of(coded) == []
    assert types_of(code_text("The United States helped Haiti rebuild its ports.")) == ["AID"]


@pytest.mark.parametrize("text", [
    "Ms. Warren has often been on the receiving side of Mr. Trump's Twitter attacks.",
    "Clinton insists Sanders is mounting a phony attack.",
    "The comment answered Sanders's attacks on her willingness to accept Wall Street donations.",
])
def test_an_attack_of_words_is_criticism(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert types_of(code_text(text, published="2016-04-14")) == ["ACCUSE"]


def test_an_attack_on_an_army_post_stays_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    assert types_of(code_text("Hamas fighters mounted an attack on an Israeli army post.")) == ["ASSAULT"]
