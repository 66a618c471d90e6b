"""A measure on "after" or "before" moves the event it ties from the time of the clause it hangs
on: in "The rally came a day after a Clinton endorsement" the endorsement is a day before the
rally, and "day after" dates neither (it is a distance, not a date). Error class from the lead's
hand read of corpus events (issue 12, class 5; seed 4801). Sentences written for these tests."""

from __future__ import annotations


def test_a_day_after_puts_the_event_a_day_before_its_clause(own_date):
    dated = own_date("Protests broke out in Cairo on Friday, a day after the Israeli raid on the camp.",
                     "2016-07-16", "raid")
    assert (dated.value, dated.precision) == ("2016-07-14", "day")
    assert dated.rule.startswith("time:anchored(after -1D):time:same-clause:Friday")


def test_the_measure_is_no_date_of_the_clause_or_the_event(own_date):
    # undated fresh news: the rally is of the publication day, the endorsement a day earlier
    text = "The rally came a day after a Clinton endorsement by Bernie Sanders."
    assert own_date(text, "2016-07-13", "endorsement").value == "2016-07-12"


def test_weeks_before_put_the_event_later(own_date):
    dated = own_date("Obama met Putin in Beijing on Monday, two weeks before the talks with Xi Jinping.",
                     "2016-07-13", "talks")
    assert (dated.value, dated.precision) == ("2016-07-25", "day")


def test_months_after_leave_a_month(own_date):
    dated = own_date("The army withdrew on March 3, 2016, two months after the attack on the base.",
                     "2016-07-13", "attack")
    assert (dated.value, dated.precision) == ("2016-01", "month")


def test_hours_after_is_the_same_day(own_date):
    dated = own_date("Israel struck Gaza on Monday, hours after the rocket attack on Sderot.", "2016-07-13", "attack")
    assert dated.value == "2016-07-11"


def test_a_measure_without_a_count_moves_nothing(own_date):
    # "days after": how many is not said; the event keeps the clause's date as before
    dated = own_date("Protests broke out in Cairo on Friday, days after the Israeli raid on the camp.",
                     "2016-07-16", "raid")
    assert not dated.rule.startswith("time:anchored(after -")
