"""An undated act in the simple past that a dated saying reports was done by the saying's day, in
the lede or after it: Xinhua, 2006-11-15 (gunmen raid Iraq's higher education ministry), "The
state-run television reported Tuesday that gunmen wearing Iraqi police commando uniform stormed
the ministry's Research Directorate building", a story published on Wednesday (hand read of corpus
events, helper ev-date). Other sentences are made up.
"""

from __future__ import annotations

LEDE = "Gunmen kidnapped scores of employees of the Iraqi higher education ministry in Baghdad."


def test_a_reported_act_after_the_lede_takes_the_reports_date(own_date):
    text = (f"{LEDE} The state-run television reported Tuesday that gunmen wearing Iraqi police commando uniform "
            "stormed the ministry's Research Directorate building in the Nidhal Street in Karradah district.")
    dated = own_date(text, "2006-11-15", "stormed")
    assert (dated.value, dated.precision, dated.rule) == ("2006-11-14", "day", "time:report:Tuesday")


def test_a_reported_act_with_a_date_of_its_own_keeps_it(own_date):
    text = f"{LEDE} The television reported Tuesday that gunmen stormed the building on Sunday."
    assert own_date(text, "2006-11-15", "stormed").value == "2006-11-12"


def test_a_reported_plan_keeps_its_own_time(own_date):
    text = f"{LEDE} The television reported Tuesday that the minister will visit the building."
    assert own_date(text, "2006-11-15", "visit").value is None


def test_the_story_day_comes_before_the_reports_date(own_date):
    # made up, after Politico, 2016-09-08: the act was done at the story's forum, the night before
    text = ("Donald Trump said on Wednesday night that the generals have been reduced to rubble. Robby Mook said in "
            "an interview earlier Thursday morning that Trump lashed out at the generals.")
    dated = own_date(text, "2016-09-08", "lashed")
    assert dated.value == "2016-09-07" and not dated.rule.startswith("time:report")
