"""Own dates: a past of no measure ("weeks ago", "some time ago") says an event is not the news of
the day without saying when, so the event gets no date rather than the publication day; and a bare
participle adjunct ("..., asking them to draft a speech") is dated by its verb's clause; and a
date after "since" ("the first elections since 1990") opens a period, it dates no event.

Sentences: The Washington Post, "Beyond plagiarism, a bigger issue ...", 2016-07-20 (the second
and third cases change its time phrase to show the rule); the last test credits its own.
"""

from __future__ import annotations

import pytest

WASH_POST = "2016-07-20"
REACHED_OUT = ("Trump's representatives reached out {when} to John McConnell and Matthew Scully, two respected "
               "speechwriters, asking them to draft a speech for Melania Trump.")


@pytest.mark.parametrize(("when", "value", "background", "rule"), [
    ("weeks ago", None, True, "time:background(vague-past:weeks ago)"),
    ("some time ago", None, True, "time:background(vague-past:some time ago)"),
    ("on Monday", "2016-07-18", False, "time:participle-verb:Monday"),
])
def test_participle_takes_its_verbs_date_or_vague_past(own_date, when, value, background, rule):
    dated = own_date(REACHED_OUT.format(when=when), WASH_POST, "asking")
    assert (dated.value, dated.background, dated.rule) == (value, background, rule)


def test_vague_past_of_the_verb_itself(own_date):
    dated = own_date(REACHED_OUT.format(when="a while ago"), WASH_POST, "reached")
    assert (dated.value, dated.precision, dated.background) == (None, "none", True)


@pytest.mark.parametrize("phrase", ["some time ago", "a long time ago", "a while ago", "weeks ago"])
def test_vague_ago_is_a_past_reference(code_text, phrase):
    coded = code_text(f"They met {phrase}.", published=WASH_POST)
    assert [(t.text, t.value) for t in coded.timexes] == [(phrase, "PAST_REF")]


def test_a_date_after_since_opens_a_period_and_is_no_days_date(own_date):
    # The Washington Post, "Opposition appears to win landslide ...", 2015-11-10
    text = "Millions in Burma voted peacefully in the country's first democratic elections since 1990."
    dated = own_date(text, "2015-11-10", "voted")
    assert dated.value is None and dated.timex is None


def test_an_implicative_verbs_infinitive_is_done_in_its_tense(own_date):
    # USA Today, "Clinton takes Pa., Md. and Del. ...", 2016-04-27
    text = ("Following Sanders on MSNBC, Clinton seemed to implore Sanders to let up on his critiques by "
            "referencing her own role in rallying her supporters behind then-senator Barack Obama in 2008.")
    # fresh news of no date of its own: the coder gives it the publication day
    assert own_date(text, "2016-04-27", "implore").rule == "time:no-date-in-text"
    # a purpose or plan infinitive stays undated: it is not a deed
    plan = "Clinton hopes to implore Sanders to let up on his critiques."
    assert own_date(plan, "2016-04-27", "implore").value is None


def test_a_date_on_the_cause_does_not_date_its_consequence(own_date):
    # Xinhua, 2006-11-06 (wire dev set excerpt)
    text = "The DPRK nuclear test early last month sparked U.N. condemnations and sanctions."
    assert own_date(text, "2006-11-06", "condemnations").value is None
    # a date before the subject is the clause's, and a doer's verb is no verb of consequence
    assert own_date("On Monday, the raid prompted protests in the capital.", "2016-09-06", "protests").value \
        == "2016-09-05"
    assert own_date("On Monday, Kerry led talks with Lavrov in Geneva.", "2016-09-06", "talks").value == "2016-09-05"
    # the cause itself keeps its date
    assert own_date(text, "2006-11-06", "test").value == "2006-10"


@pytest.mark.parametrize(("text", "trigger", "done"), [
    # The New York Times, "Ryan calls Trump line racist ...", 2016-06-09
    ("On Tuesday, Senator Kelly Ayotte used a closed-door luncheon to complain that Mr. Trump's comments "
     "were obscuring the party's economic message.", "complain", True),
    # The Huffington Post, 2016-07-18 (its time phrase added)
    ("On Tuesday, the GOP candidate took to Twitter to call out protestors.", "call", True),
    # a habit ("used to"), and steps taken toward an act, are not the act
    ("On Tuesday, Israel used to demand unconditional release of the soldier.", "demand", False),
    ("On Tuesday, Trump took steps to attack Clinton.", "attack", False),
])
def test_the_infinitive_of_taking_an_occasion_is_done(own_date, text, trigger, done):
    assert (own_date(text, "2016-06-09", trigger).value == "2016-06-07") is done


@pytest.mark.parametrize("phrase", ["In the coming months", "In the following weeks"])
def test_the_months_after_another_time_are_no_story_day(own_date, phrase):
    # The Huffington Post, "So long, Grand Old Party ...", 2016-07-18 (the second phrase changed)
    text = f"{phrase}, he vowed to ban Muslims from entering the United States as a response to terrorist attacks."
    dated = own_date(text, "2016-07-18", "vowed")
    assert (dated.value, dated.background) == (None, True)


def test_a_date_after_the_story_is_no_day_of_an_act_told_in_the_past(own_date):
    # AFP, 2006-12-18, on the Palestinian territories
    text = ("Arab League chief Amr Mussa called the situation in the Palestinian territories \"extremely "
            "dangerous\" and called for an emergency meeting of foreign ministers next Sunday.")
    assert own_date(text, "2006-12-18", "called", nth=1).rule == "time:no-date-in-text"
    # the meeting itself is planned for that Sunday, and an infinitive keeps its own day ahead
    assert own_date(text, "2006-12-18", "meeting").value == "2006-12-24"
    assert own_date("Russia and Ukraine agreed to meet next week.", "2016-09-06", "meet").value == "2016-09"
