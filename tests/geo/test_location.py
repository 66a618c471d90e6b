"""The event location API: the place that governs an event trigger.

Sentences from the Moscow Times embassy-talks article (2025-04-08) and the AFP 1997 Zaire excerpt
of examples/.
"""

from __future__ import annotations

import pytest

from communique.geo import event_location, extract
from communique.model import Article, CodedArticle


def coded_doc(nlp, text: str):
    doc = nlp(text)
    coded = CodedArticle(article=Article(id="test", text=text))
    coded.places = extract(doc, coded)
    return doc, coded


def trigger(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "name"), [
    ("The second round of U.S.-Russia talks on restoring diplomatic missions will take place Thursday in "
     "Istanbul, the Kremlin said Tuesday.", "talks", "Istanbul"),
    ("Darchiyev and Coulter last met in Istanbul on Feb. 27 to discuss normalizing the operations of their "
     "diplomatic missions.", "met", "Istanbul"),
    ("Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio met in Saudi Arabia on "
     "Feb. 18.", "met", "Saudi Arabia"),
    ("The first face-to-face peace talks between Zaire's warring parties officially opened in Pretoria "
     "Saturday.", "opened", "Pretoria"),
])
def test_location_from_the_tree(nlp, text, word, name):
    doc, coded = coded_doc(nlp, text)
    location = event_location(trigger(doc, word), coded)
    assert location is not None and location.name == name and location.geonameid


@pytest.mark.parametrize(("text", "word"), [
    # Moscow is an actor here, never the place of the talks
    ("U.S. President Donald Trump has pushed to reset relations with Moscow and has initiated several rounds "
     "of talks with Russian officials.", "talks"),
    ("These talks are solely focused on our embassy operations.", "talks"),
])
def test_no_location(nlp, text, word):
    doc, coded = coded_doc(nlp, text)
    assert event_location(trigger(doc, word), coded) is None


def test_dateline_is_the_last_resort(nlp):
    doc, coded = coded_doc(nlp, "PRETORIA (AFP) - The talks opened on Saturday.\n\nBoth sides met again later.")
    location = event_location(trigger(doc, "met"), coded)
    assert location is not None and location.country == "ZAF"


def test_embassy_article(embassy_coded, nlp):
    """Istanbul and Saudi Arabia are the event locations of the article; Moscow is an actor."""
    by_text = {}
    for place in embassy_coded.places:
        by_text.setdefault(place.text, []).append(place)
    assert {p.role for p in by_text["Moscow"]} == {"actor"}
    assert all(p.role == "location" and p.geonameid == 745044 for p in by_text["Istanbul"])
    assert [p.geonameid for p in by_text["Saudi Arabia"]] == [102358]
    doc = nlp(embassy_coded.article.text)
    met = [t for t in doc if t.text == "met"]
    names = [event_location(t, embassy_coded).name for t in met]
    assert names == ["Istanbul", "Saudi Arabia"]


def test_a_place_of_another_verb_is_not_taken(nlp):
    # Moscow Times, 2025-04-08: Saudi Arabia is where Lavrov and Rubio met, not where Russia invaded Ukraine
    doc, coded = coded_doc(nlp, "Lavrov and Rubio met in Saudi Arabia on Feb. 18 \u2014 the first high-level meeting "
                                "between the two countries since Russia invaded Ukraine in 2022.")
    assert event_location(trigger(doc, "invaded"), coded) is None
    assert event_location(trigger(doc, "met"), coded).name == "Saudi Arabia"


@pytest.mark.parametrize(("text", "word", "name"), [
    # AFP, 1997-04-01: no locative phrase, but the sentence names where it is
    ("Cuba was always ready to champion \"exotic\" rights, but was never ready to move forward on basic human "
     "rights -- freedom of speech or assembly for example, he said.", "champion", "Cuba"),
    # AFP, 1997-04-02: the town whose police acted
    ("Shanghai police have raided the home of a second underground Catholic priest.", "raided", "Shanghai"),
])
def test_location_from_the_sentence_without_a_preposition(nlp, text, word, name):
    doc, coded = coded_doc(nlp, text)
    location = event_location(trigger(doc, word), coded)
    assert location is not None and location.name == name


def test_a_demonym_is_no_event_location(nlp):
    # AFP, 1997-04-30
    doc, coded = coded_doc(nlp, "The Chechens, who declared independence in 1991, drove out Russian troops.")
    assert event_location(trigger(doc, "drove"), coded) is None


def test_a_legislators_party_and_state_label_is_no_event_location(nlp) -> None:
    # Written for this test, in the way U.S. papers label legislators (The Huffington Post,
    # 2016-06-22: "House Minority Leader Nancy Pelosi (D-Calif.)"): the label is no meeting place
    doc, coded = coded_doc(nlp, "Clinton met House Minority Leader Nancy Pelosi (D-Calif.) on Tuesday.")
    assert any(p.name == "California" for p in coded.places)
    assert event_location(trigger(doc, "met"), coded) is None
