"""Rules of ev-senses7/8 that blocked real events (a reviewer's sentences, written for the test and
checked with `communique explain`): each must code again while the rule's own corpus cases stay
blocked (their tests are in test_senses_empty_promises.py and test_senses_markets_searches_races.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle
from conftest import coded

DATE = "2016-09-20"


# ---- senses.toml [[abstract_object]] of domestic policy: a state's stance on restrictions, cuts
# or an expansion is diplomacy, no position of domestic politics
@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Iran rejected any restrictions on its nuclear programme.", "rejected"),
    ("Greece rejected the spending cuts.", "rejected"),
    ("Saudi Arabia rejected output cuts.", "rejected"),
    ("China opposes the expansion of the alliance.", "opposes"),
    ("North Korea rejected the increase in troops on the border.", "rejected"),
])
def test_a_state_rejecting_a_policy_is_an_event(code_text: Callable[..., CodedArticle], sentence: str,
                                                trigger: str) -> None:
    assert coded(code_text(sentence, published=DATE), trigger) != []


# ---- senses.toml [[abstract_object]] REJECT with gerunds: a state opposing an act is an event
@pytest.mark.parametrize(("sentence", "trigger"), [
    ("China rejected holding talks under UN auspices.", "rejected"),
    ("The United States opposed imposing new sanctions.", "opposed"),
])
def test_a_state_rejecting_an_act_is_an_event(code_text: Callable[..., CodedArticle], sentence: str,
                                              trigger: str) -> None:
    assert coded(code_text(sentence, published=DATE), trigger) != []


# ---- senses.toml [[frame]] decline/refuse to speak: refusing to answer a party is a rejection
@pytest.mark.parametrize("sentence", [
    "Iran refused to address the concerns of the IAEA.",
    "North Korea refused to respond to the UN ultimatum.",
    "Iran refused to answer questions from IAEA inspectors.",
])
def test_refusing_to_answer_a_party_is_a_rejection(code_text: Callable[..., CodedArticle], sentence: str) -> None:
    assert coded(code_text(sentence, published=DATE), "refused") != []


def test_a_campaign_declining_a_newspapers_questions_is_still_no_rejection(
        code_text: Callable[..., CodedArticle]) -> None:
    # a name in the infinitive's phrase is no test of a rejection: the newspaper asks, no party
    article = code_text("A spokesman for Trump declined to respond to questions from The Washington Post.",
                        published=DATE)
    assert coded(article, "declined") == []


# ---- senses.toml [[frame]] agree with: agreeing with a proposal or a plan accepts it
@pytest.mark.parametrize("sentence", [
    "Israel agreed with the Egyptian proposal for a ceasefire in Gaza.",
    "Israel agreed with Kerry's proposal for a ceasefire in Gaza.",  # a state agrees with a person's plan
    "Syria agreed with the UN plan.",
])
def test_agreeing_with_a_proposal_is_an_agreement(code_text: Callable[..., CodedArticle], sentence: str) -> None:
    assert coded(code_text(sentence, published=DATE), "agreed") != []


def test_agreeing_with_a_persons_plan_is_still_an_opinion(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Sanders agreed with Clinton's plan to raise the minimum wage.", published=DATE)
    assert coded(article, "agreed") == []


# ---- senses.toml [empty_promise]: a security commitment is a promise to other states
@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Iran promised to reduce its stockpile of enriched uranium.", "promised"),
    ("North Korea vowed to strengthen its nuclear deterrent.", "vowed"),
    ("Russia vowed to retaliate.", "vowed"),
])
def test_a_security_commitment_is_no_empty_promise(code_text: Callable[..., CodedArticle], sentence: str,
                                                   trigger: str) -> None:
    assert coded(code_text(sentence, published=DATE), trigger) != []


# ---- triggers.tsv "reinforce +position" (narrowed by a senses.toml [[frame]]): a market position
# is no troop build-up; a position held by fighters still is
def test_reinforcing_a_market_position_is_no_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("China reinforced its position as the world's largest exporter.", published=DATE)
    assert "MOBILIZE" not in coded(article, "reinforced")


def test_reinforcing_a_held_position_is_still_a_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Rebels reinforced their positions around Aleppo.", published=DATE)
    assert coded(article, "reinforced") == ["MOBILIZE"]
