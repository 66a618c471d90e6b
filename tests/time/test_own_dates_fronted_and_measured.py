"""Two own-date classes from a hand read of corpus events (Xinhua, lines 1801-1900 of the shared
corpus, helper ev-date):

- a date before a to-infinitive is the clause's the infinitive hangs on, though the parser hangs
  it on the infinitive: Xinhua, 2006-11-08 (Ecuador protests Chavez's "interference"), "said he
  had summoned Venezuelan Ambassador to Ecuador, Oscar Navas, on Wednesday morning to lodge a
  complaint";
- a measured adverbial clause ("three days after militants abducted ...") is that far from the
  time of the clause it hangs on: Xinhua, 2006-11-11 (two years after Arafat's death), "Israel
  restored its military operation in the Gaza Strip on June 28, three days after three Palestinian
  militant groups ... abducted Israeli Corporal Gilad Shalit".
Other sentences are made up.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "published", "trigger", "value"), [
    ("Ecuadorean Foreign Minister Francisco Carrion said he had summoned Venezuelan Ambassador to Ecuador, "
     "Oscar Navas, on Wednesday morning to lodge a complaint about Chavez's comments.", "2006-11-08",
     "summoned", "2006-11-08"),
    # made up: a simple past, and a calendar date
    ("The ministry called in the French ambassador on March 3 to protest against the cartoons.",
     "2006-03-10", "called", "2006-03-03"),
])
def test_a_date_before_an_infinitive_dates_the_verb_it_hangs_on(own_date, text, published, trigger, value):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision) == (value, "day")
    assert dated.rule.startswith("time:same-clause:")


def test_a_date_after_the_to_stays_the_infinitives(own_date):
    # made up: "on Friday" follows the "to" and is the visit's; the vow is undated background
    text = "The minister has vowed to visit Beijing on Friday."
    assert own_date(text, "2006-03-06", "vowed").value is None


@pytest.mark.parametrize(("text", "published", "trigger", "value"), [
    ("Furthermore, Israel restored its military operation in the Gaza Strip on June 28, three days after three "
     "Palestinian militant groups, headed by a Hamas armed wing, abducted Israeli Corporal Gilad Shalit in a "
     "cross-border raid on an Israeli post in southern Gaza Strip.", "2006-11-11", "abducted", "2006-06-25"),
    # the measure on the clause's verb, not on its mark, as the parser may have it
    ("Israel restored its military operation in the Gaza Strip on June 28, three days after Palestinian "
     "militants abducted Israeli Corporal Gilad Shalit in a cross-border raid.", "2006-11-11", "abducted",
     "2006-06-25"),
    # made up: "before" counts forward
    ("The rebels attacked the town on Monday, two days before the president visited the region.",
     "2006-11-10", "visited", "2006-11-08"),
])
def test_a_measured_clause_lies_that_far_from_its_verb(own_date, text, published, trigger, value):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision) == (value, "day")
    assert dated.rule.startswith("time:anchored(")


def test_an_unmeasured_after_clause_stays_background(own_date):
    # made up: no measure, no distance: a subordinate clause, undated
    text = "Israel restored its military operation in the Gaza Strip on June 28 after militants abducted a soldier."
    dated = own_date(text, "2006-11-11", "abducted")
    assert dated.value is None and dated.background
