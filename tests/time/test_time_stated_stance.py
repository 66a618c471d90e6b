"""A stance stated in the present ("is willing to sit down") is taken at its dated saying, and a
week dates it to the month (the wire gold's convention).

Error class from a hand read of corpus events (issue 12, class 5): The Western Journal,
2016-05-05 ("FBI makes final preparations ..."): "Clinton stated earlier this week that she is
willing to sit down with the investigators" left the offer undated (a present read as a state).
The other sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "published", "trigger", "value", "precision"), [
    # The Western Journal, 2016-05-05
    ("Clinton stated earlier this week that she is willing to sit down with the investigators.", "2016-05-05",
     "willing", "2016-05", "month"),
    ("The rebels said on Monday that they are ready to resume talks with the government.", "2006-11-08",
     "ready", "2006-11-06", "day"),
    ("The minister said last week that Greece is prepared to send more troops.", "2005-11-15", "prepared",
     "2005-11", "month"),
])
def test_a_stated_stance_takes_the_date_of_its_saying(own_date, text, published, trigger, value, precision):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision) == (value, precision)
    assert dated.rule.startswith("time:stated-stance:")


@pytest.mark.parametrize(("text", "published", "trigger"), [
    # an undated saying gives no date to the stance
    ("Clinton has said that she is willing to sit down with the investigators.", "2016-05-05", "willing"),
    # a state that is no stance stays background
    ("The rebels said on Monday that the talks are difficult.", "2006-11-08", "are"),
])
def test_no_stance_or_no_dated_saying_gives_no_stance_date(own_date, text, published, trigger):
    dated = own_date(text, published, trigger)
    assert not dated.rule.startswith("time:stated-stance")
