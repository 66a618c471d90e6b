"""Non-events of the lead's hand reads (seeds 5185-5187, corpus articles outside the dev sets), by
class, each with a neighbour that must still be coded, so a rule that cuts the class cannot
silently eat real events. Sentences are short excerpts of corpus articles (credited) or written
for the test.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded

# ---- a rally of prices is no protest (senses.toml [market_context], frame "market-sentence")


def test_a_market_rally_is_no_protest(code_text: Callable[..., CodedArticle]) -> None:
    # hand read seed 5185 #8 (a Malaysian market report)
    article = code_text("The US rally had little impact on the Malaysian market.", published="2016-05-01")
    assert coded(article, "rally") == []


def test_a_rally_against_prices_is_still_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Thousands rallied in Jakarta against rising fuel prices.", published="2016-05-01")
    assert coded(article, "rallied") == ["PROTEST"]


def test_a_protest_rally_is_still_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Thousands of Nigerians held a rally in Lagos to protest the rights violations.",
                        published="2016-05-01")
    assert [e.event_type for e in article.events] == ["PROTEST"]


def test_a_rally_for_better_prices_is_still_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    # "prices" fills protests too: no word of a market itself, so no market sentence
    article = code_text("Kenyan farmers rallied in Nairobi demanding better prices for their crops.",
                        published="2016-05-01")
    assert coded(article, "rallied") == ["PROTEST"]


# ---- a war on a social ill stepped up is a policy (senses.toml frame: V step ... against drug)


def test_stepping_up_the_fight_against_drug_trafficking_is_no_threat(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-02-12 (hand read seed 5185 #2)
    article = code_text("Iranian authorities have stepped up the fight against drug trafficking in recent years.",
                        published="1997-02-12")
    assert coded(article, "stepped") == []


def test_stepping_up_a_war_against_a_government_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Taliban stepped up their war against the Kabul government.", published="2016-05-01")
    assert coded(article, "stepped") == ["ASSAULT"]


# ---- a surname the parse takes for a plural is one party (senses.py joint_subject): the promise of
# a candidate to no one stays an empty promise


def test_a_candidates_promise_of_bold_action_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2015-11-09 (hand read seed 5185 #3)
    article = code_text("Sanders promised to take bold action should he win the presidency.",
                        published="2015-11-09")
    assert coded(article, "promised") == []


def test_a_promise_to_a_party_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Sanders promised Mexico to take bold action on trade.", published="2015-11-09")
    assert coded(article, "promised") == ["AGREE"]


# ---- a modal on an idea or a focus is a view, no demand (modality.toml thing_subjects)


def test_a_notion_that_should_sound_an_alarm_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-06-28 (hand read seed 5187 #18)
    article = code_text("Bernie Sanders wrote in The New York Times on Tuesday. \u201cThe notion that Donald Trump "
                        "could benefit from the same forces should sound an alarm for the Democratic Party,\u201d "
                        "Sanders wrote.", published="2016-06-28")
    assert coded(article, "wrote") == []


def test_a_party_that_must_act_is_still_a_demand(code_text: Callable[..., CodedArticle]) -> None:
    # ConfliBERT-style sentence, written for the test
    article = code_text("Russia said on Monday that Israel must end its attacks on Syria.", published="2016-06-28")
    assert coded(article, "said") == ["REQUEST"]


# ---- a call for a domestic policy to no one is a policy proposal (senses.toml abstract_object REQUEST)


def test_a_call_for_regulation_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2015-11-17 (hand read seed 5260 #28)
    article = code_text("Hillary Clinton has called for increased regulation of the shadow banking that occurs at "
                        "hedge funds.", published="2015-11-17")
    assert coded(article, "called") == []


def test_a_call_for_taxes_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Hillary Clinton has called for higher taxes on profits earned by fund managers.",
                        published="2015-11-17")
    assert coded(article, "called") == []


def test_a_call_on_a_party_is_still_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Bernie Sanders called on Congress to raise the minimum wage.", published="2015-11-17")
    assert coded(article, "called") == ["REQUEST"]


def test_a_states_call_for_spending_is_still_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Greece called for more spending by its European partners.", published="2015-11-17")
    assert coded(article, "called") == ["REQUEST"]


# ---- a candidate's own event called off is a change of schedule (senses.toml frame: V cancel)


def test_cancelling_a_campaign_event_is_no_sanction(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-03-30 (hand read seed 5261 #2)
    article = code_text("Republican presidential candidate Donald Trump spoke in Ohio. Earlier this month, Trump "
                        "abruptly canceled an event in Chicago out of safety concerns after hundreds of protesters "
                        "filled the arena where he was scheduled to speak.", published="2016-03-30")
    assert coded(article, "canceled") == []


def test_cancelling_a_visit_is_still_a_sanction(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Chinese president cancelled a planned visit to Washington in March.",
                        published="2016-03-30")
    assert coded(article, "cancelled") == ["SANCTION"]


def test_an_issue_that_should_be_dealt_with_is_still_a_demand(code_text: Callable[..., CodedArticle]) -> None:
    # a passive subject is acted on: the demand is of the parties (corpus, GWN, Wang Yi in Russia)
    article = code_text("The Korean Peninsula nuclear issue should be dealt with stage by stage with concerted "
                        "efforts from all parties, Chinese Foreign Minister Wang Yi said.", published="2019-04-09")
    assert coded(article, "said") == ["REQUEST"]
