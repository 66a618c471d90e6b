"""Two own-date classes from a hand read of sampled corpus events (seed 5430, helper ev-date):

- a date between a noun and its relative clause is in the noun's phrase, and dates the clause's
  simple past as a date on the noun does: AFP, 2006-12-15 (Solana on the Rafah crossing), "deplored
  the deadly violence at the Rafah crossing between Egypt and Gaza on Thursday in which one of
  Palestinian Prime Minister Ismail Haniya's bodyguards was killed" (the parser hangs "on Thursday"
  on "deplored");
- a clause of the same time ("as", "when") on the infinitive of a past act dates the act:
  Breitbart, 2016-07-26 (Wasserman Schultz in Philadelphia), "refused to speak to reporters as she
  left the breakfast on Monday".
Other sentences are made up.
"""

from __future__ import annotations


def test_a_date_between_a_noun_and_its_relative_clause_dates_the_clause(own_date):
    text = ("EU foreign policy chief Javier Solana deplored the deadly violence at the Rafah crossing between Egypt "
            "and Gaza on Thursday in which one of Palestinian Prime Minister Ismail Haniya's bodyguards was killed "
            "and his son and political adviser hurt.")
    dated = own_date(text, "2006-12-15", "killed")
    assert (dated.value, dated.precision, dated.rule) == ("2006-12-14", "day", "time:relative-noun:Thursday")


def test_a_date_after_the_relative_clause_is_not_in_the_nouns_phrase(own_date):
    # made up: the relative clause comes first; "on Thursday" is the deploring's
    text = "Solana deplored the violence in which a bodyguard was killed on the border, speaking on Thursday."
    assert own_date(text, "2006-12-15", "killed").rule != "time:relative-noun:Thursday"


def test_a_date_right_after_the_noun_is_the_verbs_not_the_relative_clauses(own_date):
    # made up (from the review of this rule): "on Monday" is the arrest's day, not the attack's
    text = "Police arrested a man on Monday who attacked a police station in Kabul."
    assert own_date(text, "2025-04-10", "attacked").rule != "time:relative-noun:Monday"


def test_a_same_time_clause_on_a_past_acts_infinitive_dates_the_act(own_date):
    text = ("In Philadelphia, Wasserman Schultz refused to speak to reporters as she left the breakfast on Monday "
            "and watched the night's speakers from a private suite filled with donors inside the convention hall.")
    dated = own_date(text, "2016-07-26", "refused")
    assert (dated.value, dated.precision, dated.rule) == ("2016-07-25", "day", "time:when-clause:Monday")


def test_a_same_time_clause_of_a_plan_stays_the_plans(own_date):
    # made up: the meeting is to come; its time is not the agreement's
    text = "The minister agreed to meet the rebels when he visits the region next week."
    assert own_date(text, "2016-07-26", "agreed").value is None
