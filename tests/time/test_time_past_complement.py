"""A past date in the infinitive a past act governs dates that act: "refused to give up key
information ... in 2014".

Error class from a hand read of corpus events (issue 12, class 5): The Western Journal,
2016-04-26 (Judicial Watch on a State Department email): "Now we know the Obama administration
consciously refused to give up key information about Hillary Clinton's email in 2014" was given
the publication day. The other sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "published", "trigger", "value", "precision"), [
    # The Western Journal, 2016-04-26 (quote)
    ("\u201cNow we know the Obama administration consciously refused to give up key information about "
     "Hillary Clinton\u2019s email in 2014.", "2016-04-26", "refused", "2014", "year"),
    ("The government declined to release the documents in March 2015, the group said.", "2016-04-26",
     "declined", "2015-03", "month"),
    ("The rebels refused to hand over their weapons on Oct. 3, the army said.", "2006-11-09", "refused",
     "2006-10-03", "day"),
])
def test_a_past_date_in_the_infinitive_dates_the_act(own_date, text, published, trigger, value, precision):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision) == (value, precision)
    assert dated.rule.startswith("time:past-complement:")


@pytest.mark.parametrize(("text", "published", "trigger"), [
    # a date to come is the infinitive's: the plan's, not the agreement's
    ("The two sides agreed to meet again next week.", "2006-11-09", "agreed"),
    # a period that holds the publication day reaches into what is to come
    ("He also urged Clinton to extend China's trade status again this year.", "1997-04-18", "urged"),
    # an object's infinitive is that object's act, to come
    ("The minister urged the rebels to lay down their arms by 2005.", "2006-11-09", "urged"),
])
def test_dates_of_what_is_to_come_stay_the_infinitives(own_date, text, published, trigger):
    dated = own_date(text, published, trigger)
    assert not dated.rule.startswith("time:past-complement")
