"""Three kinds of date that belong to a word beside the event rather than to its own clause
(data/time/dating.toml [dating]):
- a relative clause in the simple past on a dated noun happened at the noun's date ("a 1975 coup
  in which ... was killed"), and a dated race or primary is an occasion the clause is set at;
- a participle on the object of an enacting verb takes that verb's date ("issued an injunction
  blocking a bill"), and a range opened by "from" and closed by "to" spreads an event over years.

Sentences, each credited where it is used: AFP, AFP_ENG_20061201.0308, 2006-12-01; AFP,
AFP_ENG_19970421.0048 ("Trial of alleged Bangladesh 1975 coup plotters to open"), 1997-04-21;
The Washington Post, "Judge blocks Mississippi's religious freedom law",
2016-07-02; AFP, AFP_ENG_19970422.0319, 1997-04-22; Xinhua, XIN_ENG_20051103.0341, 2005-11-03.
Sentences without a credit are made up for the test.
"""

from __future__ import annotations

import pytest

GIBRALTAR = ("However, turnout was modest at around 60 percent -- 28 percentage points less than in a 2002 "
             "referendum where residents overwhelmingly rejected a proposal that Spain and Britain should share "
             "sovereignty over Gibraltar.")
COUP = ("The trial of the alleged plotters of a 1975 coup in which Bangladesh's founding leader Sheikh Mujibur "
        "Rahman was killed was set to open Monday in a tightly guarded court.")


@pytest.mark.parametrize(("text", "published", "trigger", "value"), [
    (GIBRALTAR, "2006-12-01", "rejected", "2002"),  # AFP 2006-12-01
    (COUP, "1997-04-21", "killed", "1975"),  # AFP 1997-04-21
    ("At Tuesday's rally, where he attacked Clinton, Trump said he would win.", "2016-07-01", "attacked",
     "2016-06-28"),
])
def test_a_past_relative_clause_on_a_dated_noun_takes_its_date(own_date, text, published, trigger, value):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.rule) == (value, f"time:relative-noun:{dated.timex.text}")


def test_a_perfect_relative_clause_is_no_act_at_the_nouns_date(own_date):
    dated = own_date("The 1990 law, which has since been amended, banned protests.", "2016-07-01", "amended")
    assert dated.value is None


def test_a_dated_primary_is_an_occasion_of_the_clause(own_date):
    dated = own_date("In Tuesday's primary, Clinton defeated Sanders by ten points.", "2016-07-01", "defeated")
    assert (dated.value, dated.rule) == ("2016-06-28", "time:same-clause:Tuesday")


@pytest.mark.parametrize(("text", "published", "trigger", "value"), [
    # The Washington Post 2016-07-02, a Saturday: the injunction was issued late on Thursday
    ("JACKSON, Miss. - U.S. District Judge Carlton W. Reeves late Thursday night issued an injunction blocking a "
     "bill by the Mississippi legislature that would have allowed private citizens to deny services to gays and "
     "lesbians.", "2016-07-02", "blocking", "2016-06-30"),
    # AFP 1997-04-22: the law passed last week allows from then on
    ("Last week, the Japanse parliament passed legislation allowing the US military to keep using land in "
     "Okinawa amid protest from landowners and their supporters.", "1997-04-22", "allowing", "1997-04"),
])
def test_a_participle_on_an_enacted_object_takes_the_enacting_date(own_date, text, published, trigger, value):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.rule.split(":")[:2]) == (value, ["time", "enacting-verb"])


def test_the_object_of_another_verb_keeps_its_own_time(own_date):
    dated = own_date("On Monday, Trump criticized a law banning protests in the capital.", "2016-07-01", "banning")
    assert dated.value is None


@pytest.mark.parametrize("text", [
    # Xinhua 2005-11-03
    "From 1879 to 1883, Chile fought the War of Pacific against Peru and Bolivia, winning Bolivia's only sea "
    "outlet Antofagasta.",
    "Chile fought a war against Peru and Bolivia from 1879 until 1883.",
])
def test_a_range_from_one_year_to_another_gives_no_date(own_date, text):
    dated = own_date(text, "2005-11-03", "fought")
    assert (dated.value, dated.background, dated.rule.split("(")[0]) == (None, True, "time:background")
