"""The event-dating API: each event trigger's own date and status.

Sentences are from The Moscow Times, "U.S.-Russia Embassy Talks Set for Thursday in Istanbul,
Moscow Says", 2025-04-08 (examples/embassy-talks-istanbul.md), unless marked "wire-style":
short sentences written for these tests.
"""

from __future__ import annotations

import pytest

from communique.time import event_date, event_status
from conftest import word_token


@pytest.fixture(scope="module")
def embassy_doc(nlp, embassy_article):
    return nlp(embassy_article.text)


@pytest.mark.parametrize(("trigger", "nth", "value", "precision", "status"), [
    ("talks", 0, "2025-04-10", "day", "planned"),  # "talks ... will take place Thursday"
    ("met", 0, "2025-02-27", "day", "asserted"),  # "Darchiyev and Coulter last met ... on Feb. 27"
    ("met", 1, "2025-02-18", "day", "asserted"),  # "Lavrov and Rubio met in Saudi Arabia on Feb. 18"
    ("invaded", 0, "2022", "year", "asserted"),  # "since Russia invaded Ukraine in 2022"
])
def test_embassy_event_dates(embassy_doc, embassy_coded, trigger, nth, value, precision, status):
    tok = word_token(embassy_doc, trigger, nth)
    dated = event_date(tok, embassy_coded)
    assert (dated.value, dated.precision) == (value, precision)
    assert dated.timex is not None and dated.rule.startswith("time:same-clause")
    assert event_status(tok) == status


def test_date_of_another_clause_is_never_taken(embassy_doc, embassy_coded):
    # "the Kremlin said Tuesday": Tuesday dates the saying; "confirmed" in the Foreign Ministry
    # sentence has no date of its own
    said = word_token(embassy_doc, "said", 0)
    assert event_date(said, embassy_coded).value == "2025-04-08"
    confirmed = word_token(embassy_doc, "confirmed", 0)
    dated = event_date(confirmed, embassy_coded)
    assert (dated.value, dated.precision, dated.timex) == (None, "none", None)
    assert dated.rule == "time:no-date-in-text"


def test_noun_trigger_dated_through_its_verb(nlp, code_text):
    text = "Talks between the two sides will take place Thursday in Geneva."  # wire-style
    coded = code_text(text)
    doc = nlp(text)
    dated = event_date(word_token(doc, "Talks"), coded)
    assert (dated.value, dated.precision) == ("2025-04-10", "day")


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # wire-style sentences
    ("The talks will take place Thursday in Istanbul.", "talks", "planned"),
    ("The ministry plans to hold talks next week.", "hold", "planned"),
    ("The talks are set for Thursday.", "talks", "planned"),
    ("Russia did not invade the country.", "invade", "negated"),
    ("The government denied that troops had crossed the border.", "crossed", "negated"),
    ("The rebels threatened to attack the city.", "attack", "hypothetical"),
    ("If the talks fail, sanctions could follow.", "follow", "hypothetical"),
    ("The opposition claimed that police attacked protesters.", "attacked", "reported"),
    ("Police reportedly arrested dozens of protesters.", "arrested", "reported"),
    ("Police arrested dozens of protesters on Monday.", "arrested", "asserted"),
    ("Darchiyev and Coulter last met in Istanbul on Feb. 27.", "met", "asserted"),  # embassy
])
def test_event_status(nlp, text, trigger, status):
    assert event_status(word_token(nlp(text), trigger)) == status


SCHIFF = ("Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to "
          "retaliate against Russia for interference in the presidential election.")


def called(doc):  # noqa: ANN001, ANN201
    return next(t for t in doc if t.text == "called")


def test_the_next_sentence_saying_dates_an_undated_appeal(nlp, code_text):
    # USA Today, "Lawmaker urges retaliation on Russia", 2016-09-08 (the interview was on Wednesday)
    text = (SCHIFF + " \"What makes this new and troubling is not just the intelligence-gathering of hacking into "
            "a political party,\" Schiff told Capital Download on Wednesday.")
    dated = event_date(called(nlp(text)), code_text(text, published="2016-09-08"))
    assert (dated.value, dated.precision) == ("2016-09-07", "day")
    assert dated.rule.startswith("time:next-sentence-saying")


def test_another_speakers_saying_does_not_date_the_event(nlp, code_text):
    # The same lead with a different speaker after it: no date of its own (the coder gives it the
    # publication day)
    text = SCHIFF + " President Vladimir Putin said on Tuesday that Russia had nothing to do with it."
    dated = event_date(called(nlp(text)), code_text(text, published="2016-09-08"))
    assert (dated.value, dated.background) == (None, False)
