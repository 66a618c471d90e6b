"""An undated act in the simple past goes on the day the sentence before it, in the same
paragraph, dates its news: "Leaders offered condolences on Monday. Merkel condemned the attack" are
Monday's words, not the publication day's. Error class from a hand read of corpus events (issue
12, class 5; NYT 2016-06-15, seed 4701 #11). Sentences written for these tests."""

from __future__ import annotations


def test_an_undated_past_act_takes_the_day_of_the_sentence_before(own_date):
    text = ("Voters go to the polls in France next month.\n\n"
            "European leaders offered condolences on Monday. Chancellor Angela Merkel condemned the attack.")
    dated = own_date(text, "2016-06-15", "condemned")
    assert (dated.value, dated.precision) == ("2016-06-13", "day")
    assert dated.rule == "time:previous-sentence:Monday"


def test_a_new_paragraph_does_not_carry_the_day(own_date):
    text = ("Voters go to the polls in France next month.\n\n"
            "European leaders offered condolences on Monday.\n\nChancellor Angela Merkel condemned the attack.")
    assert not own_date(text, "2016-06-15", "condemned").rule.startswith("time:previous-sentence")


def test_a_present_perfect_does_not_take_the_day(own_date):
    text = ("Voters go to the polls in France next month.\n\n"
            "European leaders offered condolences on Monday. Chancellor Angela Merkel has condemned the attack.")
    assert not own_date(text, "2016-06-15", "condemned").rule.startswith("time:previous-sentence")
