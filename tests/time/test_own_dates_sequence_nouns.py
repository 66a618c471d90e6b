"""A date of another event noun that the trigger's clause puts the event before or after is that
noun's: "The meeting comes ahead of a summit on Friday" (the meeting is not on Friday), "Putin met
Hu a week after the talks on Monday" (a week after that Monday). The class is the one the lead saw
in Xinhua, 2005-11-14 (the Ban-Aso meeting "comes ahead of a summit meeting between South Korean
President Roh Moo-hyun and Koizumi on Friday"), where the parser hangs "on Friday" on the verb; the
sentences here, made up, have it on the noun, which is where this rule reads it.
"""

from __future__ import annotations

import pytest


def test_a_date_of_a_later_noun_does_not_date_the_event(own_date):
    text = ("The meeting between Chinese Foreign Minister Li Zhaoxing and Japanese Foreign Minister Taro Aso comes "
            "ahead of a summit on Friday between President Hu Jintao and Koizumi.")
    dated = own_date(text, "2005-11-13", "meeting")
    assert dated.value is None


@pytest.mark.parametrize(("text", "trigger", "value", "rule"), [
    ("Russian President Vladimir Putin met Chinese President Hu Jintao in Moscow, a week after the talks on Monday "
     "between Putin and Bush.", "met", "2005-11-14", "time:sequence-noun:Monday(+1W)"),
    ("The rebels attacked the town, two days before the vote on Sunday.", "attacked", "2005-11-11",
     "time:sequence-noun:Sunday(-2D)"),
])
def test_a_measured_sequence_moves_the_nouns_date(own_date, text, trigger, value, rule):
    dated = own_date(text, "2005-11-13", trigger)
    assert (dated.value, dated.precision, dated.rule) == (value, "day", rule)


def test_the_events_own_date_comes_first(own_date):
    text = "The rebels attacked the town on Thursday, two days before the vote on Sunday."
    assert own_date(text, "2005-11-13", "attacked").value == "2005-11-10"


def test_a_date_that_is_the_object_stays_the_clauses(own_date):
    # "before Friday" is the clause's time: no other noun holds it
    text = "The rebels attacked the town before Friday."
    dated = own_date(text, "2005-11-13", "attacked")
    assert (dated.value, dated.rule) == ("2005-11-11", "time:same-clause:Friday")
