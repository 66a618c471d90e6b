"""Senses and types found by a hand read of randomly drawn corpus events (issue 12, seed 4701).

The sentences are written for these tests, after the kinds of phrase that were miscoded.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_attacks_carried_by_a_verb_told_with_a_speech_participle_are_words(
        code_text: Callable[..., CodedArticle]) -> None:
    # the noun "attacks" is the object of "escalated", and "saying" tells what the attacks were
    article = code_text("Donald Trump escalated his attacks on Friday, saying in a tweet that more lawsuits would "
                        "be filed over Ted Cruz's eligibility.", published="2016-01-10")
    assert coded(article, "attacks") == ["ACCUSE"]


def test_attacks_carried_by_a_verb_with_a_killing_stay_assaults(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russian forces stepped up their attacks on Monday, killing ten civilians in Aleppo.",
                        published="2016-01-10")
    assert coded(article, "attacks") == ["ASSAULT"]


def test_supplying_reasons_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's foreign minister has supplied plenty of reasons to doubt his judgment.",
                        published="2016-01-10")
    assert coded(article, "supplied") == []


def test_supplying_weapons_stays_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran supplied rockets to Hezbollah.", published="2016-01-10")
    assert coded(article, "supplied") == ["AID"]


def test_meeting_the_press_is_no_consultation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's foreign minister met with reporters in Nairobi on Monday.", published="2016-01-12")
    assert coded(article, "met") == []


def test_meeting_a_minister_stays_a_consultation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's foreign minister met Uganda's president in Nairobi on Monday.",
                        published="2016-01-12")
    assert coded(article, "met") == ["CONSULT"]


def test_evacuating_a_base_is_a_withdrawal(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("American troops evacuated the army base near Kandahar at dawn on Monday.",
                        published="2016-01-12")
    assert coded(article, "evacuated") == ["RETREAT"]


def test_evacuating_civilians_stays_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Red Cross evacuated 300 civilians from Aleppo on Monday.", published="2016-01-12")
    assert coded(article, "evacuated") == ["AID"]


def test_discussing_a_link_to_something_consults_no_one(code_text: Callable[..., CodedArticle]) -> None:
    # the parse hangs the noun's "to" phrase on the verb
    article = code_text("Kenya's president will discuss a new link to last week's embassy bombing.",
                        published="2016-01-12")
    assert coded(article, "discuss") == []
    article = code_text("Kenya's president discussed his ties to Somalia.", published="2016-01-12")
    assert coded(article, "discussed") == []


def test_discussing_with_a_partner_stays_a_consultation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's foreign minister discussed the border with Uganda's president.",
                        published="2016-01-12")
    assert coded(article, "discussed") == ["CONSULT"]


def statuses(article: CodedArticle, trigger: str) -> list[str]:
    return [e.status for e in article.events if e.trigger.lower() == trigger.lower()]


def test_the_infinitive_of_a_negated_verb_is_negated(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("President Obama has not bothered to ask for advice from the Kenyan government.",
                        published="2016-01-12")
    assert statuses(article, "ask") == ["negated"]
    article = code_text("Kenya's president did not try to meet Uganda's president.", published="2016-01-12")
    assert statuses(article, "meet") == ["negated"]


def test_a_negated_hesitation_asserts_its_infinitive(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel did not hesitate to attack Hamas positions in Gaza on Monday.",
                        published="2016-01-12")
    assert statuses(article, "attack") == ["asserted"]


def test_the_infinitive_of_a_verb_with_a_modal_is_only_possible(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The reform may make it easier for Iran to attack Israel.", published="2016-01-12")
    assert statuses(article, "attack") == ["hypothetical"]
    article = code_text("The vote would force Israel to withdraw from Gaza.", published="2016-01-12")
    assert statuses(article, "withdraw") == ["hypothetical"]


def test_the_infinitive_of_a_verb_without_a_modal_stays_asserted(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The vote forced Israel to withdraw from Gaza on Monday.", published="2016-01-12")
    assert statuses(article, "withdraw") == ["asserted"]


def test_what_ought_to_befall_someone_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's attorney general said the governor should face no criminal charges.",
                        published="2016-01-12")
    assert coded(article, "said") == []


def test_what_someone_ought_to_do_stays_a_demand(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's attorney general said the governor should return the money.",
                        published="2016-01-12")
    assert coded(article, "said") == ["REQUEST"]


def test_a_need_to_act_is_only_possible(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel needs to withdraw from Gaza.", published="2016-01-12")
    assert statuses(article, "withdraw") == ["hypothetical"]


def test_a_place_named_by_its_occupier_is_no_occupation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The referendum will be held in the territory occupied by Morocco.", published="2016-01-12")
    assert coded(article, "occupied") == []


def test_a_dated_occupation_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenyan police said the village occupied by the rebels on Monday was empty.",
                        published="2016-01-12")
    assert coded(article, "occupied") == ["COERCE"]


def test_hitting_singles_is_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's president is trying to hit singles and doubles in the campaign.",
                        published="2016-01-12")
    assert coded(article, "hit") == []


def test_hitting_positions_stays_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israeli troops hit Hamas targets in Gaza on Monday.", published="2016-01-12")
    assert coded(article, "hit") == ["ASSAULT"]


def test_easing_credit_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Japan and China are easing credit.", published="2016-01-12")
    assert coded(article, "easing") == []


def test_easing_a_policy_toward_a_party_stays_a_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("China eased its policy toward Taiwan on Monday.", published="2016-01-12")
    assert coded(article, "eased") == ["CONCEDE"]


def test_deploying_a_technology_is_no_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The encryption deployed by Safaricom thwarts Kenyan police.", published="2016-01-12")
    assert coded(article, "deployed") == []


def test_deploying_missiles_stays_a_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia deployed missiles in Kaliningrad on Monday.", published="2016-01-12")
    assert coded(article, "deployed") == ["MOBILIZE"]


def test_granting_a_motion_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("A Kenyan judge granted the opposition a right to discovery in February.",
                        published="2016-03-12")
    assert coded(article, "granted") == []


def test_granting_a_loan_stays_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya granted Somalia a loan on Monday.", published="2016-01-12")
    assert coded(article, "granted") == ["AID"]


def test_a_conjunct_of_a_suggested_act_is_only_suggested(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's president suggested that Uganda's president leave the race or even moderate his "
                        "attacks.", published="2016-01-12")
    assert statuses(article, "attacks") == ["hypothetical"]


def test_a_conjunct_of_a_reported_act_stays_asserted(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenyan police said the Somali rebels left the town and attacked a Kenyan army base on "
                        "Monday.", published="2016-01-12")
    assert statuses(article, "attacked") == ["asserted"]


def test_leaving_a_debate_or_a_race_is_no_withdrawal(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Republican Party pulled out of an NBC debate on Monday.", published="2016-01-12")
    assert coded(article, "pulled") == []
    article = code_text("Kenyan senator John Mbadi withdrew from the race for governor.", published="2016-01-12")
    assert coded(article, "withdrew") == []


def test_leaving_a_country_or_talks_stays_a_withdrawal(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenyan troops pulled out of Somalia on Monday.", published="2016-01-12")
    assert coded(article, "pulled") == ["RETREAT"]


def test_a_plea_in_court_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Kenyan general pleaded guilty to corruption charges on Monday.", published="2016-01-12")
    assert coded(article, "pleaded") == []


def test_pleading_for_help_stays_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's president pleaded for international help on Monday.", published="2016-01-12")
    assert coded(article, "pleaded") == ["REQUEST"]


def test_visiting_ones_family_is_no_consultation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's foreign minister was traveling to Cairo to visit her daughter.",
                        published="2016-01-12")
    assert coded(article, "visit") == []


def test_visiting_a_capital_stays_a_consultation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's foreign minister visited Cairo on Monday.", published="2016-01-12")
    assert coded(article, "visited") == ["CONSULT"]


def test_letting_someone_think_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("In 1998, Kenya's president allowed the public to think that he was healthy.",
                        published="2016-01-12")
    assert coded(article, "allowed") == []


def test_allowing_inspectors_stays_a_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya allowed UN inspectors to see the site on Monday.", published="2016-01-12")
    assert coded(article, "allowed") == ["CONCEDE"]


def test_being_ready_to_hold_an_office_names_no_act(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's president will be ready to be commander-in-chief.", published="2016-01-12")
    assert [e for e in article.events if e.event_type == "AGREE"] == []


def test_being_ready_to_negotiate_stays_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya is ready to negotiate with Uganda.", published="2016-01-12")
    assert [e.event_type for e in article.events] == ["AGREE"]


def test_watching_figures_or_news_investigates_no_one(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's government is closely monitoring developments in Somalia.", published="2016-01-12")
    assert coded(article, "monitoring") == []


def test_monitoring_elections_stays_an_investigation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenyan observers monitored the elections in Uganda.", published="2016-01-12")
    assert coded(article, "monitored") == ["ACCUSE"]


def test_blocking_a_release_or_a_nomination_is_a_refusal(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenya's attorney general blocked the release of several prisoners.", published="2016-01-12")
    assert coded(article, "blocked") == ["REJECT"]
    article = code_text("Kenyan senators blocked the nomination of the new police chief on Monday.",
                        published="2016-01-12")
    assert coded(article, "blocked") == ["REJECT"]


def test_protesters_blocking_a_road_stay_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Kenyan protesters blocked the main road to the airport on Monday.", published="2016-01-12")
    assert coded(article, "blocked") == ["PROTEST"]
