"""An event dated by a range or a coordination of years or months ("between 1975 and 1980", "in
her 2000 and 2006 Senate races") is spread over time: no one date, and no publication day; a
date of its own beside such a span keeps it, and a span of days is one occasion.

Sentences, each credited where it is used: AFP, AFP_ENG_20061221.0533 (headed "ATTENTION -
ADDS press conference details"), 2006-12-21; USA Today, "Ready for Trump vs.
Clinton?", 2016-09-23; Xinhua, XIN_ENG_20051130.0226 (by Li Xuejun), 2005-11-30.
"""

from __future__ import annotations

import pytest

from communique.time import event_date
from conftest import word_token

RIPPER = ("The cases have triggered comparisons with the \"Yorkshire Ripper\" Peter Sutcliffe, convicted of the "
          "murders of 13 women between 1975 and 1980, and Jack the Ripper, who killed five east London "
          "prostitutes in 1888.")
DEBATES = ("And while Monday's debate in New York will be Trump's first against a single opponent, Clinton went up "
           "against Bernie Sanders five times, debated Barack Obama four times in 2008, and met her Republican "
           "opponents one-on-one several times in her 2000 and 2006 Senate races in New York.")


@pytest.mark.parametrize(("text", "published", "trigger", "rule"), [
    (RIPPER, "2006-12-21", "murders", "time:background(span:1980/1975)"),
    (DEBATES, "2016-09-23", "met", "time:background(span:2006/2000)"),
])
def test_a_span_of_years_gives_no_date(own_date, text, published, trigger, rule):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision, dated.background, dated.rule) == (None, "none", True, rule)


@pytest.mark.parametrize(("text", "published", "trigger", "value"), [
    (RIPPER, "2006-12-21", "killed", "1888"),  # the other Ripper's year is his own
    (DEBATES, "2016-09-23", "debated", "2008"),
    # Xinhua 2005-11-30: a visit of two days is dated by its first
    ("With the visit to the United States by German Foreign Minister Frank-Walter Steinmeier on Monday and "
     "Tuesday and the expected visits to Germany by US Secretary of State Condoleezza Rice, relations between "
     "the United States and Germany are showing signs of warming up after new German Chancellor Angela Merkel "
     "took office.", "2005-11-30", "visit", "2005-11-28"),
])
def test_a_date_of_its_own_is_kept(nlp, code_text, text, published, trigger, value):
    coded = code_text(text, published=published)
    assert event_date(word_token(nlp(text), trigger), coded).value == value
