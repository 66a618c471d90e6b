"""A "he" or "she" reported by a person who is no actor record stands for that person, never for
an earlier, different person: in "Mr. Manafort said he agreed with Mr. Cruz" the one agreeing is
Manafort, so the event has no known doer rather than a Mr. Trump named in an earlier sentence.
A "they" stands for a group or several, not for the one person whose clause reports it.

The sentences were written for these tests, after constructions found in hand reads of corpus
events (campaign coverage, wire stories), except the one credited where it is used.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def doers(coded: CodedArticle, trigger: str) -> list[list[str | None]]:
    return [[a.name for a in e.actor] for e in coded.events if e.trigger == trigger]


def test_unknown_speaker_is_not_an_earlier_person(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Donald Trump won the primary in Indiana on Tuesday. Mr. Manafort said he agreed with "
                      "Mr. Cruz on the delegates.", published="2016-05-04")
    assert all("Donald Trump" not in names for names in doers(coded, "agreed"))


def test_unknown_speaker_with_a_title_is_not_an_earlier_person(code_text: Callable[..., CodedArticle]) -> None:
    # the pronoun is an object: the one asked is the voter who says so, not Hillary Clinton
    coded = code_text("Hillary Clinton held a town hall in Derry on Wednesday. Heather Johnston, a 26-year-old "
                      "benefits manager, said that CNN asked her to pose a question about student debt.",
                      published="2016-02-04")
    asks = [e for e in coded.events if e.trigger == "asked"]
    assert all(a.name != "Hillary Clinton" for e in asks for a in e.recipient)


def test_unknown_last_subject_is_the_next_sentence_he(code_text: Callable[..., CodedArticle]) -> None:
    # "He" goes on about the last subject, Mr. Jensen, who is no actor; Mr. Trump is only an object
    coded = code_text("Mr. Jensen has mounted a public campaign to condemn Donald Trump. He has asked Republican "
                      "leaders to disavow Mr. Trump.", published="2016-08-01")
    assert all("Donald Trump" not in names for names in doers(coded, "asked"))


def test_a_bare_name_misread_by_the_tagger_is_still_a_person(code_text: Callable[..., CodedArticle]) -> None:
    # "Cordisco" alone may be tagged an organization; it is the John Cordisco named before
    coded = code_text("John Cordisco, the Democratic chairman of Bucks County, recalled a visit Bill Clinton made "
                      "to the area in 2006. Earlier this year, Cordisco said he visited Clinton's headquarters in "
                      "Brooklyn for a meeting with an aide.", published="2016-08-08")
    assert all("Bill Clinton" not in names for names in doers(coded, "visited"))


def test_a_bare_name_of_a_known_person_still_resolves(code_text: Callable[..., CodedArticle]) -> None:
    # "Hu" is the President Hu Jintao named before (the family name first, which the coreference
    # does not link), a known person, so "he" still reaches him
    coded = code_text("President Hu Jintao arrived in Hanoi on Friday for a state visit to Vietnam. \"The ties are "
                      "now at a crucial juncture,\" Hu said when he met Japanese Prime Minister Shinzo Abe.",
                      published="2006-11-18")
    assert ["Hu Jintao"] in doers(coded, "met")


def test_a_speaker_of_the_other_gender_is_passed_over(code_text: Callable[..., CodedArticle]) -> None:
    # "Mrs. Jensen" cannot be "he": the pronoun goes on to the man named before, as without the rule
    coded = code_text("Donald Trump spoke in Ohio on Monday. Mrs. Jensen said he would meet Ted Cruz next week.",
                      published="2016-05-02")
    assert ["Donald Trump"] in doers(coded, "meet")


def test_a_quoted_he_is_not_the_unknown_speaker(code_text: Callable[..., CodedArticle]) -> None:
    # inside the quotation "He" is someone Mr. Jensen talks about (he would say "I"): Ted Cruz
    coded = code_text("\u201cWe met Ted Cruz in Iowa,\u201d Mr. Jensen said. \u201cHe attacked Donald Trump every "
                      "day.\u201d", published="2016-02-02")
    assert ["Ted Cruz"] in doers(coded, "attacked")


def test_they_is_not_the_one_person_reporting_it(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, "Trump questions the fairness of ...", 2016-09-23 (shortened): "they" are the
    # critics, not Trump
    coded = code_text("Donald Trump spoke in Ohio. Trump told Fox that \"they hit Matt because they said he should "
                      "have been much tougher.\"", published="2016-09-23")
    assert all("Donald Trump" not in names for names in doers(coded, "hit"))


def test_they_after_several_people_is_all_of_them(code_text: Callable[..., CodedArticle]) -> None:
    # written for this test: two people named as the subject may be "they"
    coded = code_text("Donald Trump and Ted Cruz said they would meet in Texas.", published="2016-05-01")
    assert ["Donald Trump", "Ted Cruz"] in doers(coded, "meet")


def test_he_is_not_a_country_reported_by_a_person(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-07 (shortened): "he" who met Netanyahu is Clinton, not the United States
    coded = code_text("President Bill Clinton said Monday the United States would talk next with the Palestinians "
                      "after he met Israeli Prime Minister Benjamin Netanyahu.", published="1997-04-07")
    assert ["Bill Clinton"] in doers(coded, "met")
