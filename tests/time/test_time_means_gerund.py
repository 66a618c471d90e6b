"""The means of an act ("by rejecting a treaty") is done at the act's time, and a relative time at
the head of the sentence ("Two weeks earlier") dates both.

Error class from a hand read of corpus events (issue 12, class 5): USA Today, 2016-04-29
("Right-wing parties threaten to jam EU's mainstream"): "Two weeks earlier, Dutch voters dealt a
blow to European Union foreign policy by rejecting a treaty" left the rejection undated (a gerund
after a preposition was read as background). The other sentences are written for these tests.
"""

from __future__ import annotations


def test_a_means_gerund_takes_the_date_of_its_verb(own_date):
    text = ("Two weeks earlier, Dutch voters dealt a blow to European Union foreign policy by rejecting a "
            "treaty favored by the mainstream parties.")
    dated = own_date(text, "2016-04-29", "rejecting")
    # two weeks before the week of publication: dated by the week's month (README convention)
    assert (dated.value, dated.precision) == ("2016-04", "month")
    assert dated.rule.startswith("time:anchored(by):time:same-clause:Two weeks earlier")


def test_a_day_before_the_verb_dates_its_means(own_date):
    text = "Three days ago, the rebels broke the truce by shelling the town."
    dated = own_date(text, "2016-04-29", "shelling")
    assert (dated.value, dated.precision) == ("2016-04-26", "day")


def test_a_means_gerund_of_a_background_act_stays_undated(own_date):
    text = "The party has angered Brussels for years by rejecting its treaties."
    dated = own_date(text, "2016-04-29", "rejecting")
    assert dated.value is None and dated.background


def test_by_before_a_date_is_no_means(own_date):
    # "by Friday" is a deadline, not a gerund: the plan keeps its own time
    text = "The rebels will withdraw by Friday, the army said."
    dated = own_date(text, "2016-04-26", "withdraw")
    assert not dated.rule.startswith("time:anchored(by)")
