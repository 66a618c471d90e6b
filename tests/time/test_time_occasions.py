"""A date on the noun of an occasion the event is set at dates the event: "at" or "during" any
noun, "in" only an occasion noun (an interview, an accord: data/time/dating.toml), not "in the
Sept. 11, 2001, attacks".

Sentences, each credited where it is used: USA Today, "Carson on defense, attacking critics as
scrutiny heats up", 2015-11-09; Xinhua, "Indonesia to withdraw over 5,000 troops from Aceh",
2005-11-15; Politico, "EXCLUSIVE: In memo to Congress, Saudis insist they're fighting terror",
2016-05-19.
"""

from __future__ import annotations

import pytest

from communique.time import event_date
from conftest import word_token


@pytest.mark.parametrize(("text", "published", "trigger", "value"), [
    # USA Today 2015-11-09, a Monday: the criticism was made in Sunday's interviews
    ("In his Sunday interviews, Carson again criticized the news media, though he added that the negative "
     "coverage has helped his campaign raise more money from supporters.", "2015-11-09", "criticized",
     "2015-11-08"),
    # Xinhua 2005-11-15: the pullout was agreed in the August accord, not on the day of the saying
    ("The Indonesian Military will withdraw 5,556 troops from Aceh in the further phase of military pullout "
     "agreed in the Aug. 15 Helsinki peace accord between the government and the Free Aceh Movement (GAM), "
     "a high-ranking officer said Tuesday.", "2005-11-15", "agreed", "2005-08-15"),
])
def test_a_dated_occasion_dates_the_event(own_date, text, published, trigger, value):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision) == (value, "day")
    assert dated.rule.startswith("time:same-clause:")


def test_a_dated_noun_that_is_no_occasion_does_not_date_the_event(nlp, code_text):
    # Politico 2016-05-19: the denial is not of 2001
    text = ("Although 15 of the 19 hijackers were Saudis, the government in Riyadh has vigorously denied any role "
            "in the Sept. 11, 2001, attacks.")
    coded = code_text(text, published="2016-05-19")
    assert event_date(word_token(nlp(text), "denied"), coded).value is None
