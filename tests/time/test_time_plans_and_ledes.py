"""Own dates of planned events, of coordinated participles and of a lede's news (issue 12, class 5).

Sentences, each credited where it is used: USA Today, "Clinton to call for wider effort to cure
Alzheimer's", 2015-12-22 (shortened); AFP, "India will have new government by Monday: spokesman",
1997-04-18; AFP, "Senior South Korean politicians summoned over Hanbo scandal", 1997-04-11; AFP,
"Vietnam president warns against dangers of individualism", 1997-04-02; AFP, "Mali's nomadic
election campaign hits the home stretch", 1997-04-07; Xinhua, bus collision in western Nepal,
2005-11-16.
"""

from __future__ import annotations

from communique.events.coder import PUBLICATION_DATE_RULE
from communique.time import event_date
from conftest import word_token


def test_a_plan_is_dated_in_the_clause_of_its_scheduling_verb(own_date):
    # USA Today, 2015-12-22 (a Tuesday): the call is planned for that Tuesday
    text = ("Tuesday, in her last campaign speech before the Christmas holiday, Clinton plans to call for a dramatic "
            "increase in federal spending to find a cure, the campaign told USA TODAY.")
    dated = own_date(text, "2015-12-22", "call")
    assert (dated.value, dated.precision, dated.rule) == ("2015-12-22", "day", "time:planned-governor:Tuesday")


def test_a_vow_keeps_its_date_for_itself(own_date):
    # AFP, 1997-04-18: Friday is the day of the vow, not of the return to power ("by Monday")
    text = "A centre-left Indian coalition, toppled a week ago, vowed Friday to return to power after making up."
    dated = own_date(text, "1997-04-18", "return")
    assert dated.value != "1997-04-18"


def test_a_coordinated_participle_shares_the_perfect(own_date):
    # AFP, 1997-04-11: "jailed" has no auxiliary of its own: it is in the perfect of "have been arrested"
    text = "Hanbo collapsed in January. Eleven people, including four lawmakers, have been arrested and jailed."
    dated = own_date(text, "1997-04-11", "jailed")
    assert (dated.value, dated.background, dated.rule) == (None, True, "time:background(perfect)")


def test_a_coordinated_finite_verb_keeps_its_own_tense(own_date):
    # AFP, 1997-04-02: "threatens" is a present of its own (a state), however the parser attaches it
    text = ("President Le Duc Anh opened Vietnam's National Assembly Wednesday with an attack on individualism, "
            "calling it a danger which strikes at the heart of communism and threatens development and national "
            "security.")
    dated = own_date(text, "1997-04-02", "threatens")
    assert (dated.value, dated.background) == (None, True)


MALI = ("Mali's political parties are hitting the dusty roads in the run-up to Sunday's legislative elections, "
        "wooing voters with \"victory caravans.\"")


def test_a_ledes_present_progressive_is_the_news_of_the_day(nlp, code_text):
    # AFP, 1997-04-07: the lede, with no saying to date it
    coded = code_text(MALI, published="1997-04-07")
    dated = event_date(word_token(nlp(MALI), "hitting"), coded)
    assert (dated.value, dated.background, dated.rule) == (None, False, "time:lede-news(present)")
    # "hitting the roads" is no event (negative.tsv), so the coded lede is one of the same form,
    # written for this test
    lede = ("Malian soldiers are attacking rebel camps in the dusty north in the run-up to Sunday's legislative "
            "elections.")
    attacking = [e for e in code_text(lede, published="1997-04-07").events if e.trigger == "attacking"]
    assert attacking and (attacking[0].date, attacking[0].date_precision) == ("1997-04-07", "day")
    assert PUBLICATION_DATE_RULE in attacking[0].rule


def test_the_same_present_progressive_after_the_lede_is_background(own_date):
    text = "The campaign ends on Friday. " + MALI
    dated = own_date(text, "1997-04-07", "hitting")
    assert (dated.value, dated.background, dated.rule) == (None, True, "time:background(present)")


NEPAL = ("At least six people were killed and nearly 36 others were injured when three passenger buses collided in "
         "mid-western Nepal on Tuesday, local police office said Wednesday.")


def test_a_when_clause_dates_its_undated_main_clause(nlp, code_text):
    # Xinhua, 2005-11-16: the deaths were on Tuesday, the report on Wednesday
    dated = event_date(word_token(nlp(NEPAL), "killed"), code_text(NEPAL, published="2005-11-16"))
    assert (dated.value, dated.precision, dated.rule) == ("2005-11-15", "day", "time:when-clause:Tuesday")


def test_an_after_clause_does_not_date_its_main_clause(own_date):
    # the same sentence with "after" (written for this test): the collision came before the deaths
    text = NEPAL.replace(" when ", " after ")
    dated = own_date(text, "2005-11-16", "killed")
    assert not dated.rule.startswith("time:when-clause")
