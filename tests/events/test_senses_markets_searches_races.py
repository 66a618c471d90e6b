"""Classes of false events of issue 12 read off corpus events (ev-senses8), each with a neighbour
that must still be coded, so a row that cuts the class cannot silently eat real events. Sentences
are short excerpts of corpus articles (credited) or written for the test.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded

# ---- a market's demand for a commodity is no request (senses.toml: N demand)


def test_demand_for_energy_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-17
    article = code_text("China's demand for energy has somewhat increased due to its steady economic growth.",
                        published="2005-11-17")
    assert coded(article, "demand") == []


def test_energy_demand_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-29
    article = code_text("China's increasing energy demand poses no threat to world market.", published="2005-11-29")
    assert coded(article, "demand") == []


def test_a_demand_on_a_party_is_still_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Palestinian demand for the release of prisoners angered Israel.", published="2005-11-29")
    assert coded(article, "demand") == ["REQUEST"]


def test_a_demand_for_gas_payments_is_still_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia's demand for gas payments from Ukraine angered Kiev.", published="2005-11-29")
    assert coded(article, "demand") == ["REQUEST"]


# ---- a search for victims coerces no one (senses.toml: search)


def test_a_search_for_trapped_miners_is_no_coercion(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-28
    article = code_text("Chinese rescuers continued to search for the miners trapped beneath the coal mine shaft "
                        "after the blast.", published="2005-11-28")
    assert coded(article, "search") == []


def test_a_police_search_of_offices_is_still_coercion(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iraqi police searched the offices of the opposition party.", published="2005-11-28")
    assert coded(article, "searched") == ["COERCE"]


def test_a_search_for_attackers_is_still_coercion(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iraqi police searched for the attackers in Baghdad.", published="2005-11-28")
    assert coded(article, "searched") == ["COERCE"]


# ---- a candidate who captures a state wins its primary (senses.toml: capture)


def test_capturing_a_state_is_an_election_win(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-03-01
    article = code_text("Ted Cruz has captured Texas and Oklahoma.", published="2016-03-01")
    assert coded(article, "captured") == []


def test_capturing_two_states_is_an_election_win(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-03-01
    article = code_text("Cruz captured two states during the string of contests known as Super Tuesday.",
                        published="2016-03-01")
    assert coded(article, "captured") == []


def test_capturing_a_capital_is_still_coercion(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Taliban fighters captured Kabul in September 1996.", published="2016-03-01")
    assert coded(article, "captured") == ["COERCE"]


# ---- agreeing with a view while praising is an opinion (senses.toml: agree)


def test_agreed_praising_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2016-08-31 (hand read seed 5202 #4)
    article = code_text("Huckabee agreed, praising Trump's stance on trade.", published="2016-08-31")
    assert coded(article, "agreed") == []


def test_agreeing_to_a_proposal_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran agreed to the proposal, praising it as fair.", published="2016-08-31")
    assert coded(article, "agreed") == ["AGREE"]


def test_a_bare_agreement_with_a_statement_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran agreed, saying the talks would resume on Monday.", published="2016-08-31")
    assert coded(article, "agreed") == ["AGREE"]


# ---- readiness for a fight against a policy is no intent to cooperate (senses.toml: be)


def test_ready_for_the_fight_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # The Western Journal, 2016-01-04
    article = code_text("Texas Governor Greg Abbott said he is ready for the fight against legal guns.",
                        published="2016-01-04")
    assert coded(article, "is") == []


def test_ready_to_participate_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia is ready to actively participate in the implementation of the initiative.",
                        published="2016-01-04")
    assert coded(article, "is") == ["AGREE"]


# ---- a forecast lifted eases nothing (negative.tsv: lift +forecast)


def test_lifting_a_forecast_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The International Monetary Fund lifted its growth forecast for India.", published="2016-01-04")
    assert coded(article, "lifted") == []


def test_lifting_a_curfew_is_still_a_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Israeli government lifted the curfew in Hebron.", published="2016-01-04")
    assert coded(article, "lifted") == ["CONCEDE"]


# ---- a plea in court is no request (senses.toml: plead)


def test_pleading_guilty_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-28
    article = code_text("A US congressman pleaded guilty Monday to taking bribes.", published="2005-11-28")
    assert coded(article, "pleaded") == []


def test_pleading_with_a_party_is_still_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Kurdish rebels pleaded with Turkey to stop the shelling.", published="2005-11-28")
    assert coded(article, "pleaded") == ["REQUEST"]


# ---- a source asking for anonymity asks nothing of a party (negative.tsv: request +anonymity)


def test_requesting_anonymity_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2015-12-04
    article = code_text("An Iraqi official, who requested anonymity to discuss a private conversation, said the "
                        "talks had stalled.", published="2015-12-04")
    assert coded(article, "requested") == []


def test_requesting_aid_is_still_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Iraqi government requested international aid for the flood victims.",
                        published="2015-12-04")
    assert coded(article, "requested") == ["REQUEST"]


# ---- a race for a seat or a place is no fight (senses.toml: fight, battle)


def test_battling_a_rival_for_second_place_is_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-02-20
    article = code_text("Cruz was battling with Florida Sen. Marco Rubio for second place in South Carolina.",
                        published="2016-02-20")
    assert coded(article, "battling") == []


def test_battling_troops_for_a_city_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Syrian rebels battled government troops for control of Aleppo.", published="2016-02-20")
    assert coded(article, "battled") == ["ASSAULT"]


def test_capturing_a_list_of_states_is_an_election_win(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-03-01 (the parse makes "Virginia" a modifier, not the object)
    article = code_text("His rival, Hillary Clinton, captured Virginia, Georgia, Arkansas, Alabama, Texas and "
                        "Tennessee.", published="2016-03-01")
    assert coded(article, "captured") == []


# ---- a capture dated "on Monday" is no picture taken (senses.toml: capture, prep:on)


def test_a_capture_on_a_day_is_still_an_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israeli troops captured Gaza City on Monday.", published="2016-03-01")
    assert coded(article, "captured") == ["ASSAULT"]


def test_captured_on_video_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Israeli attack on the village was captured on video.", published="2016-03-01")
    assert coded(article, "captured") == []
