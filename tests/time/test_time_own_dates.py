"""Own dates of events, by class: the report's date in a lede, a time tied by "after" or "during",
a date in a planned event's complement, a coordinated verb, a saying adjunct, and dates that
belong to another noun.

Sentences, each credited where it is used: AFP, 1997-04-18 ("On diplomatic tightrope, Clinton
meets Hong Kong democrat Lee") and 1997-04-19 ("Singaporean office project agreed in Ho Chi Minh
City"), 2006-12-01 (Hong Kong's Catholics and the Vatican) and 2006-12-04 ("Violence would derail
Kosovo status process, US warns"); Xinhua, 2006-11-06 (public security incidents decline),
2006-11-23 ("U.S. Carter Center to observe Nepal Constituent Assembly polls") and 2005-11-14
(Ban-Aso meeting at APEC); Politico, "Congress set to dump No Child Left Behind", 2015-11-30;
Breitbart, "Clinton swipes at Trump over Brexit", 2016-06-26, and "Trump's investments include
companies he bashed", 2016-05-18; The Washington Post, "Sanders's supporters not giving up the
fight", 2016-05-19; AFP, 1997-04-07 (a French minister in China); Xinhua, "Palestinian election
gets Danish aid", 2005-11-14.
"""

from __future__ import annotations

import pytest

from communique.time import event_date
from conftest import word_token


@pytest.mark.parametrize(("text", "published", "trigger", "value"), [
    # AFP 1997-04-19: the present perfect of a lede is the news the dated report gives
    ("A Singaporean firm has signed a deal to build a 10 million-dollar office complex in Ho Chi Minh City, "
     "a report said Saturday.", "1997-04-19", "signed", "1997-04-19"),
    # Xinhua 2006-11-23: reported on Thursday
    ("The U.S. Carter Center (CC) has accepted the invitation of the Nepali government to observe the "
     "Constituent Assembly (CA) elections, local eKantipur.com reported on Thursday.", "2006-11-24",
     "accepted", "2006-11-23"),
    # Xinhua 2005-11-14: a lede's present is the news of the report
    ("The Danish minister of foreign affairs promises an aid package to help Palestinians carry out their "
     "January parliamentary election, Ritzau news bureau reported on Monday.", "2005-11-14", "promises",
     "2005-11-14"),
])
def test_a_lede_event_takes_the_date_of_its_report(own_date, text, published, trigger, value):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision) == (value, "day")
    assert dated.rule.startswith("time:lede-report:")


def test_the_perfect_outside_the_lede_stays_background(own_date):
    # the AFP 1997-04-19 lede after another sentence: no longer the news of the report
    text = ("The city is booming. A Singaporean firm has signed a deal to build an office complex in Ho Chi "
            "Minh City, a report said Saturday.")
    dated = own_date(text, "1997-04-19", "signed")
    assert (dated.value, dated.background, dated.rule) == (None, True, "time:background(perfect)")


def test_a_plan_in_the_lede_keeps_its_own_time(own_date):
    # AFP 1997-04-18 style: the assurance is dated, what will be done is not
    text = ("President Bill Clinton Friday assured Martin Lee that the United States will defend democratic "
            "freedoms in the territory.")
    dated = own_date(text, "1997-04-18", "defend")
    assert dated.value is None and not dated.rule.startswith("time:lede-report")


@pytest.mark.parametrize(("text", "published", "trigger", "rule"), [
    # AFP 2006-12-04: statements made after a meeting: the meeting is the day's news too
    ("DiCarlo and Lehne made the statements after meeting with Kosovo Albanian leaders and their negotiating "
     "team.", "2006-12-04", "meeting", "time:anchored(after):"),
    # Xinhua 2006-11-06: a saying at a meeting
    ("Police have been taking preventive measures against possible security incidents, he said at a meeting "
     "of the Central Committee for Comprehensive Management of Public Security.", "2006-11-06", "meeting",
     "time:anchored(at):"),
])
def test_an_event_tied_to_an_undated_fresh_verb_takes_the_publication_day(own_date, text, published, trigger, rule):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision) == (published, "day")
    assert dated.rule.startswith(rule) and dated.rule.endswith("publication date")


def test_an_event_tied_to_a_dated_verb_takes_its_date(own_date):
    # the AFP 2006-12-04 sentence with the statements dated
    text = "DiCarlo and Lehne made the statements on Sunday after meeting with Kosovo Albanian leaders."
    dated = own_date(text, "2006-12-04", "meeting")
    assert (dated.value, dated.rule) == ("2006-12-03", "time:anchored(after):time:same-clause:Sunday")


def test_at_is_no_time_outside_a_saying(own_date):
    # Xinhua 2005-11-14: "hinted at canceling" is no occasion
    text = "South Korean Foreign Minister Ban initially hinted at canceling his planned visit to Tokyo."
    dated = own_date(text, "2005-11-14", "canceling")
    assert "anchored" not in dated.rule


def test_a_planned_event_is_dated_in_its_complement(own_date):
    # Politico 2015-11-30: what is expected is dated by the end of the year
    text = "The White House is expected to sign the measure, potentially teeing up a new law by the end of the year."
    dated = own_date(text, "2015-11-30", "sign")
    assert (dated.value, dated.precision) == ("2015", "year")
    assert dated.rule.startswith("time:planned-complement:")


def test_a_past_event_is_not_dated_by_its_complement(own_date):
    # the same shape in the simple past: the agreement is not dated by what was agreed
    text = "The ministers agreed to hold talks next week."
    dated = own_date(text, "2015-11-30", "agreed")
    assert not dated.rule.startswith("time:planned-complement")


def test_a_coordinated_verb_shares_the_first_conjuncts_date(own_date):
    # AFP 2006-12-01
    text = ("The leader of Hong Kong's Catholics Friday condemned China for ordaining a bishop without papal "
            "approval and urged Beijing to work towards restoring ties with the Vatican.")
    dated = own_date(text, "2006-12-02", "urged")
    assert (dated.value, dated.rule) == ("2006-12-01", "time:conjunct:Friday")


def test_a_conjunct_tagged_otherwise_still_shares_the_date(own_date):
    # Breitbart 2016-05-18: the tagger may take "called" for a participle; both are simple pasts
    text = ("In April, Trump called Ford's plans to open a $1.6 billion assembly plant in Mexico \"an absolute "
            "disgrace,\" and threatened to impose a 35 percent tax on imported Ford vehicles.")
    dated = own_date(text, "2016-05-18", "threatened")
    assert (dated.value, dated.precision, dated.rule) == ("2016-04", "month", "time:conjunct:April")


def test_a_saying_adjunct_dates_the_words_it_reports(own_date):
    # Breitbart 2016-06-26: the hailing is what he told reporters on Friday
    text = ("Trump has hailed Britain's vote to leave the European Union as \"fantastic,\" telling reporters "
            "during a visit to Scotland on Friday that he thinks the Brexit is \"a great thing.\"")
    dated = own_date(text, "2016-06-26", "hailed")
    assert (dated.value, dated.rule) == ("2016-06-24", "time:saying-adjunct:Friday")


def test_a_date_on_another_noun_is_not_the_events(own_date):
    # AFP 1997-04-18: July 1 is the takeover's date, not the protests'
    text = ("China views Lee's visit as an attempt to win Washington's sympathies to his protests over the "
            "July 1 takeover of Hong Kong.")
    dated = own_date(text, "1997-04-18", "protests")
    assert dated.value is None


def test_a_dated_occasion_dates_the_verb_set_at_it(own_date):
    # Washington Post 2016-05-19: the rally is where he said it
    text = "\"Bernie Sanders should not drop out,\" he said at Tuesday's rally."
    dated = own_date(text, "2016-05-19", "said")
    assert (dated.value, dated.rule) == ("2016-05-17", "time:same-clause:Tuesday")


def test_a_noun_trigger_keeps_its_own_relative_clause_date(own_date):
    # Xinhua 2005-11-14: the meeting's own date, not the summit's
    text = ("The Ban-Aso meeting, to be held at the BEXCO center on late Monday afternoon, comes ahead of a "
            "summit meeting between South Korean President Roh Moo-hyun and Koizumi on Friday.")
    dated = own_date(text, "2005-11-14", "meeting")
    assert dated.value == "2005-11-14"


def test_a_ranked_event_is_not_dated_by_a_since_clause(nlp, code_text):
    # AFP, 1997-04-07 (a French minister's visit to China): the visits are compared since 1989
    text = ("Millon's landmark visit is one of the highest-level French visits since the PLA stormed Tiananmen "
            "Square on June 4, 1989 and fired on unarmed demonstrators, killing hundreds.")
    coded = code_text(text, published="1997-04-07")
    doc = nlp(text)
    assert event_date(word_token(doc, "visits"), coded).value is None
    assert event_date(word_token(doc, "stormed"), coded).value == "1989-06-04"
