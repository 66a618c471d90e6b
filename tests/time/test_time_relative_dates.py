"""A relative clause on a date itself, opened by "when", is that date's event: in "The crisis
began on March 30, when the Congress party withdrew its support" the withdrawal is of March 30,
not background. Error class from the lead's hand read of corpus events (issue 12, class 5; seed
4801, an AFP story of 1997-04-05). Sentences written for these tests."""

from __future__ import annotations


def test_a_when_clause_on_a_date_is_of_that_date(own_date):
    text = "The crisis began on March 30, when the Congress party withdrew its support to the government."
    dated = own_date(text, "1997-04-05", "withdrew")
    assert (dated.value, dated.precision) == ("1997-03-30", "day")
    assert dated.rule == "time:relative-noun:March 30"


def test_a_when_clause_on_a_month_is_of_that_month(own_date):
    text = "Turnout fell in January, when 107 soldiers were killed in the capital."
    assert own_date(text, "2005-11-01", "killed").value == "2005-01"


def test_a_when_clause_of_a_habit_is_not_dated(own_date):
    # only the simple past tells an act at that time; "march" every year is a habit
    text = "Unions hold rallies every year on May 1, when workers march against the government."
    assert own_date(text, "2005-11-01", "march").value is None
