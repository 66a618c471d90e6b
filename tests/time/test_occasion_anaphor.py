"""An event set at a definite occasion of no date of its own ("During the meeting, Chirac and
Talabani are to discuss ...") is dated by the nearest earlier mention of that occasion that has
one: a verb of its event ("met ... Thursday afternoon") or the noun with its date ("a meeting last
week"); not a mention only named in another occasion's phrase, nor one beyond the reach.

Text: Xinhua, "Chirac meets with Talabani in Presidential Palace", 2006-11-02.
"""

from __future__ import annotations

MET = ("French President Jacques Chirac met with his Iraqi counterpart Jalal Talabani {when} in the "
       "Presidential palace l'Elysee.\n\n")
DURING = ("During the meeting, Chirac and Talabani are to discuss the situation in Iraq, the French Presidential "
          "office said.")


def test_the_meeting_takes_the_date_of_the_earlier_mention(own_date):
    dated = own_date(MET.format(when="Thursday afternoon") + DURING, "2006-11-02", "discuss")
    assert (dated.value, dated.rule) == ("2006-11-02", "time:occasion-anaphor:Thursday afternoon")


def test_an_undated_earlier_mention_gives_no_date(own_date):
    dated = own_date(MET.format(when="again") + DURING, "2006-11-02", "discuss")
    assert "occasion-anaphor" not in dated.rule


def test_a_mention_in_another_occasions_phrase_is_not_its_date(own_date):
    text = "Preparatory meetings for the summit were held earlier this week.\n\nMorales will speak at the summit."
    assert "occasion-anaphor" not in own_date(text, "2005-11-02", "speak").rule


def test_a_reported_conjunct_shares_the_occasion_its_first_clause_is_set_at(own_date):
    # AFP, on the Red Cross in Myanmar, 2006-12-15 (wire dev set excerpt): "during the meeting" hangs
    # on "visits", and "rejected" is a second complement of "said", not a conjunct of "sought"
    text = ("The agreement came from a meeting last week between junta officials and the representative of "
            "the Red Cross in Myanmar, Ribaux said.\n\nThe aid agency also sought the junta's permission to "
            "resume its prison visits during the meeting, but military officials rejected the appeal, he said.")
    for trigger in ("sought", "rejected"):
        assert own_date(text, "2006-12-15", trigger).rule == "time:occasion-anaphor:last week"


def test_a_mention_dates_its_occasion_only_by_a_verb_of_holding_it(own_date):
    # made-up sentences in the wire's manner
    held = "The meeting was held on Monday.\n\nAt the meeting, Kerry criticized Russia."
    assert own_date(held, "2016-09-06", "criticized").rule == "time:occasion-anaphor:Monday"
    proposed = "Russia proposed the meeting on Monday.\n\nAt the meeting, Kerry will criticize Russia."
    assert "occasion-anaphor" not in own_date(proposed, "2016-09-06", "criticize").rule


def test_a_span_of_time_is_no_occasion_to_be_set_at(own_date):
    text = "Trump launched his campaign in June 2015.\n\nIn the campaign, Trump attacked Mexico."
    assert "occasion-anaphor" not in own_date(text, "2016-09-06", "attacked").rule
