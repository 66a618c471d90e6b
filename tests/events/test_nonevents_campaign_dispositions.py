"""Two classes of not-events found coding corpus lines 2401-2600 and in the hand reads of seeds
5400-5403 (ev-nonevent): a readiness for an act that is no act with anyone ("ready to riff",
senses.toml `cooperative_acts`), and what a candidate would do once elected (modality.toml
`office_marks`, events/modality.py `if_in_office`). Sentences are short credited excerpts of
corpus articles, or written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_readiness_for_an_act_with_no_one_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-08-10 (hand read seed 5400 #26)
    article = code_text("Hillary Clinton seemed to be ready to riff on the incident in Iowa.", published="2016-08-10")
    assert coded(article, "be") == []


def test_being_prepared_to_deal_or_fight_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test after "been less prepared to deal with our national security than Donald
    # Trump" (Breitbart, 2016-08-15, corpus lines 2401-2600)
    article = code_text("Hillary Clinton is prepared to deal with our national security. Donald Trump is ready to "
                        "fight for the American people.", published="2016-08-15")
    assert coded(article, "is") == []


def test_readiness_to_negotiate_or_send_troops_stays(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test: the "to" clause is an act with another party
    article = code_text("Iran is ready to negotiate with the United States. Syria is prepared to send troops to "
                        "Lebanon.", published="2016-08-15")
    assert coded(article, "is") == ["AGREE", "AGREE"]


def test_what_a_candidate_would_do_if_elected_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Western Journal (corpus lines 2401-2600); Huffington Post (corpus lines 2401-2600)
    article = code_text("Donald Trump has made it pretty clear that if he is elected president he will seek the "
                        "prosecution of Bill, Hillary, and Chelsea. Bill Clinton announced he will step down from "
                        "running the Clinton Foundation if his wife wins the presidency.", published="2016-08-20")
    assert coded(article, "seek") == []
    assert coded(article, "step") == []


def test_a_promise_on_taking_office_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test after hand read seed 5401 #1 ("promised immigration reform if he and
    # Clinton take office in January") and the brief's "would impose tariffs if elected"
    article = code_text("Kaine promised immigration reform if he and Clinton take office in January. Trump would "
                        "impose tariffs on China if elected.", published="2016-08-20")
    assert coded(article, "promised") == []
    assert coded(article, "impose") == []


def test_a_condition_that_is_no_election_keeps_the_event(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test: a conditional offer or threat of a state is coded
    article = code_text("The United States threatened sanctions if Iran does not comply. Russia would send troops "
                        "if asked by Syria.", published="2016-08-20")
    assert coded(article, "threatened") == ["THREATEN"]
    assert coded(article, "send") == ["AGREE"]


def test_readiness_for_an_office_or_for_nothing_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # corpus lines 2401-2600 ("Rubio isn't ready for the White House"); The New York Times (hand
    # read seed 5403 #12)
    article = code_text("Christie said Rubio isn't ready for the White House. Mr. Christie gloated: 'I told you he "
                        "wouldn't be ready.'", published="2016-02-08")
    assert coded(article, "is") == []
    assert coded(article, "be") == []


def test_readiness_for_talks_stays(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test
    article = code_text("North Korea is ready for talks with Seoul.", published="2016-02-08")
    assert coded(article, "is") == ["AGREE"]


def test_what_a_party_would_or_can_do_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-05-04 and 2016-03-02; Breitbart, 2016-03-15 (corpus lines 2401-2600)
    article = code_text("It is strange that Trump would denounce self-deportation. \"I am ashamed that Christie "
                        "would endorse anyone who has employed the kind of hate mongering that Trump has,\" she "
                        "said. Rubio can ask them to support another candidate, but they don't have to.",
                        published="2016-05-04")
    assert coded(article, "denounce") == []
    assert coded(article, "endorse") == []
    assert coded(article, "ask") == []


def test_a_relative_clause_of_ability_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-02-20 (corpus lines 2401-2600)
    article = code_text("Hillary Clinton is far ahead in the delegate count because of early endorsements from "
                        "superdelegates, the party leaders who can support the candidate of their choice.",
                        published="2016-02-20")
    assert coded(article, "support") == []


def test_a_reported_would_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test after ConfliBERT dev's "The EU would step up its peace efforts and would
    # hold talks with the Palestinian president" (the future of a report) and "announced he would meet"
    article = code_text("Donald Trump announced on Wednesday he would meet with the National Rifle Association. "
                        "The EU would hold talks with the Palestinian president, Mahmoud Abbas, next month.",
                        published="2016-06-15")
    assert coded(article, "meet") == ["AGREE"]
    assert coded(article, "hold") == ["AGREE"]
