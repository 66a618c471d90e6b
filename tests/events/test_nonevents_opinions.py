"""A "should" or "must" said of anyone at all, of a deed or of "it" is an opinion, no demand of a
party (modality.toml generic_pronouns, generic_determiners, generic_people, thing_subjects;
events/modality.py `opines_on_anyone`, `anyones_duty`, `opines_on_it`, `names_a_state`). Found on
corpus events (ev-precision's hand reads; corpus lines 2301-2600); sentences are short excerpts,
credited, or written for the test after the kinds seen."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_a_should_said_of_women_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # after the kind in ev-precision's hand read of corpus events ("said women should be punished")
    article = code_text("Donald Trump said women should be punished for having abortions.", published="2016-03-30")
    assert coded(article, "said") == []


def test_a_must_said_of_a_president_in_general_is_no_act(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-03-15 (corpus lines 2301-2600), shortened: neither a demand nor a readiness
    article = code_text("Hillary Clinton says a president must be ready to start making decisions immediately "
                        "upon assuming office.", published="2016-03-15")
    assert [e.event_type for e in article.events] == []


def test_a_should_said_to_you_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Secretary of State John Kerry said you should never negotiate with terrorists.",
                        published="2016-03-15")
    assert coded(article, "said") == []


def test_every_country_should_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Chinese Foreign Minister Wang Yi said every country should respect the sovereignty of "
                        "Syria.", published="2016-03-15")
    assert coded(article, "said") == []


def test_a_deed_judged_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # UPI in Breitbart, 2016-07-19 (corpus lines 2301-2600)
    article = code_text("Former Attorney General Michael Mukasey told delegates that Hillary Clinton's use of a "
                        "private email server should disqualify her from becoming president.",
                        published="2016-07-19")
    assert coded(article, "told") == []


def test_it_should_shock_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2016-05-12 (corpus lines 2301-2600), shortened
    article = code_text("\"It should shock the conscience of every decent American that this man is selling his "
                        "weapon,\" Representative Hakeem Jeffries said.", published="2016-05-12")
    assert coded(article, "said") == []


def test_should_be_in_prison_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # after The Huffington Post, 2016-05-12 (corpus lines 2301-2600)
    article = code_text("Representative Hakeem Jeffries said the killer should be in prison.", published="2016-05-12")
    assert coded(article, "said") == []


def test_a_should_said_of_a_state_stays_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russian Foreign Minister Sergei Lavrov said Kiev should stop the shelling of Donetsk.",
                        published="2016-05-12")
    assert coded(article, "said") == ["REQUEST"]


def test_a_should_said_of_named_women_stays_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Donald Trump said the women must be released by Hamas.", published="2016-05-12")
    assert coded(article, "said") == ["REQUEST"]


def test_a_state_ready_to_meet_stays_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iraq must be ready to meet the leaders of Russia.", published="2016-05-12")
    assert coded(article, "be") == ["AGREE"]


def test_the_writers_should_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-09-28 (an opinion piece; hand read seed 5375 #18), shortened
    article = code_text("And together with Canada, Mexico should sue in every court to resist Mr. Trump's "
                        "protectionist agenda.", published="2016-09-28")
    assert coded(article, "sue") == []


def test_a_party_the_writer_advises_to_meet_is_no_meeting(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Obama should meet Putin next week.", published="2016-09-28")
    assert coded(article, "meet") == []


def test_talks_that_should_start_stay_planned(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The talks between Iran and the European Union should start next week in Geneva.",
                        published="2016-09-28")
    assert coded(article, "talks") == ["AGREE"]


def test_the_speakers_own_duty_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    # after The Western Journal, 2016-03-03 (hand read seed 5191): a regret, not a demand of anyone
    article = code_text("Trump responded first by saying he should not have called Rubio a lightweight.",
                        published="2016-03-03")
    assert coded(article, "saying") == []


def test_a_duty_said_of_another_party_stays_a_demand(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia said Sudan must return the helicopter.", published="2025-04-08")
    assert coded(article, "said") == ["REQUEST"]


def test_a_named_body_with_a_or_an_stays_asked(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-generic): "a UN team", "an independent inquiry" are parties
    # asked to act, not anyone at all
    for sentence in ["Russia said a UN team must investigate the chemical attack.",
                     "Obama said an independent inquiry should examine the shooting."]:
        assert coded(code_text(sentence, published="2025-04-08"), "said") == ["REQUEST"], sentence


def test_a_role_said_of_anyone_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-03-15 (corpus lines 2301-2600): the duty of whoever is president
    article = code_text("Clinton says a president must be ready to start making decisions.", published="2016-03-15")
    assert coded(article, "says") == []
