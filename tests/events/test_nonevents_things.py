"""Looking into an accident or an illness investigates no one, a search for the missing is a rescue,
a contest surrendered yields nothing to a party, and a law or a loophole that allows
something allows as a thing does (senses.toml: the [[frame]] tables on investigations of the list
`accidents`, `non_party_subjects`; events/senses.py `antecedent`, the "governor>" part). Found in
200 corpus articles (news.jsonl lines 1301-1500) and hand reads of corpus events (seeds
5340-5343) of ev-precision; sentences are short excerpts, credited, or written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_police_investigating_an_accident_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-19
    article = code_text("BEIJING, Nov. 19 (Xinhua) -- Chinese police are investigating the cause of the accident.",
                        published="2005-11-19")
    assert coded(article, "investigating") == []


def test_an_investigation_into_an_accident_hung_on_its_verb_is_no_event(
        code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-23: the parse hangs "into the accident" on "conducting"
    article = code_text("CARACAS, Nov. 23 (Xinhua) -- Venezuelan police are conducting further investigation into "
                        "the accident.", published="2005-11-23")
    assert coded(article, "investigation") == []


def test_probing_pneumonia_cases_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-17 (hand read seed 5342)
    article = code_text("A joint expert team of WHO arrived in Hunan on Monday to probe three suspicious pneumonia "
                        "cases.", published="2005-11-17")
    assert coded(article, "probe") == []


def test_investigating_a_bombing_stays_an_investigation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Chinese police are investigating the cause of the bombing.", published="2005-11-19")
    assert coded(article, "investigating") == ["ACCUSE"]


def test_investigating_a_fire_or_a_collapse_stays_an_investigation(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-precision): a fire, a crash or a collapse investigated is
    # often a crime or an act of war, so only mishaps and illnesses are no one's (senses.toml `mishaps`)
    for sentence, trigger in [
            ("Turkish police are investigating the fire at the Kurdish party office.", "investigating"),
            ("U.S. prosecutors are investigating the collapse of Lehman Brothers.", "investigating"),
            ("The EU launched an investigation into the outbreak of violence in Kosovo.", "launched")]:
        assert coded(code_text(sentence, published="2025-04-08"), trigger) == ["ACCUSE"], sentence


def test_a_law_that_allows_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-23
    article = code_text("Britain's new licensing laws which allow pubs to apply for 24-hour drinking in some areas "
                        "come into force at midnight Wednesday.", published="2005-11-23")
    assert coded(article, "allow") == []


def test_a_loophole_that_allowed_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2016-07-28 (hand read seed 5343)
    article = code_text("She also referenced the Charleston loophole, a flaw in the FBI's system that allowed Roof "
                        "to legally purchase a firearm.", published="2016-07-28")
    assert coded(article, "allowed") == []


def test_a_party_named_by_a_relative_pronoun_still_acts(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel, which opposed the deal, attacked Gaza on Monday.", published="2025-04-08")
    assert coded(article, "opposed") == ["REJECT"]


def test_a_search_for_the_missing_is_no_raid(code_text: Callable[..., CodedArticle]) -> None:
    # after Xinhua, 2006-11-15 (hand read seed 5343)
    article = code_text("WELLINGTON, Nov. 15 (Xinhua) -- New Zealand police continue to search the numerous airstrips "
                        "in the area for any sign of the missing glider.", published="2006-11-15")
    assert coded(article, "search") == []


def test_a_search_for_militants_or_attackers_stays_a_raid(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-precision): terrain searched may hide anyone
    for sentence, trigger in [("Indian troops searched the forest for militants on Monday.", "searched"),
                              ("Kenyan police said they were searching for the people who carried out the attack.",
                               "searching")]:
        assert coded(code_text(sentence, published="2025-04-08"), trigger) == ["COERCE"], sentence


def test_a_search_for_weapons_stays_a_raid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israeli troops searched the house for weapons on Monday.", published="2025-04-08")
    assert coded(article, "searched") == ["COERCE"]


def test_a_contest_surrendered_is_no_retreat(code_text: Callable[..., CodedArticle]) -> None:
    # after The Western Journal, 2016-04-15 (hand read seed 5342)
    article = code_text("The Trump campaign effectively surrendered the Wyoming contest to Sen. Ted Cruz on Saturday.",
                        published="2016-04-15")
    assert coded(article, "surrendered") == []


def test_weapons_surrendered_stay_a_retreat(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Two hundred rebels surrendered their weapons to the Philippine army on Monday.",
                        published="2025-04-08")
    assert coded(article, "surrendered") == ["RETREAT"]
