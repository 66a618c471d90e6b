"""Own dates: an undated event is fresh news (the coder dates it to the publication day) or
background (no date); a "since" clause of the event's clause dates it.

Sentences, each credited where it is used: Reuters via The Huffington Post, "U.S. Flexes
Muscles As Asia Worries About South China Sea Row", 2016-06-04; The New York Times, "China
rebuts American criticism on overcapacity", 2016-06-07; The Washington Post, "Senator from
Vermont steps off campaign trail to stop by White House", 2016-01-28, and "Verizon, striking
unions reach four-year deal", 2016-05-29; The Moscow Times, "U.S.-Russia Embassy Talks Set for
Thursday in Istanbul, Moscow Says", 2025-04-08 (examples/); AFP, "Deadly violence flares after
disappointing Israeli-US peace summit", 1997-04-08.
"""

from __future__ import annotations

import pytest

from communique.events.coder import PUBLICATION_DATE_RULE
from communique.time import event_date
from conftest import word_token

HUFFPOST = "2016-06-04"
NYT = "2016-06-07"


@pytest.mark.parametrize(("text", "published", "trigger", "reason"), [
    # HuffPost/Reuters 2016-06-04: a relative clause in the perfect
    ("The Shangri-La Dialogue is being held ahead of a significant ruling expected in coming weeks on a case "
     "filed by the Philippines in the International Court of Arbitration challenging China’s South China Sea "
     "claims, which Beijing has vowed to ignore.", HUFFPOST, "vowed", "subordinate:relcl"),
    # Washington Post 2016-01-28: the perfect in a main clause
    ("Obama has met previously with Clinton.", "2016-01-28", "met", "perfect"),
    # NYT 2016-06-07: the present of a state or habit
    ("''The United States supports efforts to reduce excess capacity and leverage in the economy,'' Mr. Lou said.",
     NYT, "supports", "present"),
    # NYT 2016-06-07: a clause of time ("when" parsed as a wh-adverb)
    ("Washington did not complain when China's spending helped global growth, a Chinese official said.",
     NYT, "helped", "subordinate:advcl"),
    # HuffPost/Reuters 2016-06-04: a purpose, not a deed
    ("The United States has been lobbying Asian and other countries to back the judges’ statement that their "
     "ruling must be binding, a call echoed by Japan on Saturday.", HUFFPOST, "back", "infinitive"),
    # AFP 1997-04-08: the content of a saying in a clause of time is background too
    ("The violence began when two Israeli settlers killed a Palestinian in Hebron's central market after they "
     "said the man attacked them with tear gas spray, police said.", "1997-04-08", "attacked",
     "subordinate:advcl:content"),
    # HuffPost/Reuters 2016-06-04: "for decades"
    ("Carter said that for decades some critics had been predicting an impending U.S. withdrawal from the region.",
     HUFFPOST, "predicting", "phrase:for decade"),
])
def test_background_events_are_left_undated(own_date, text, published, trigger, reason):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision, dated.background) == (None, "none", True)
    assert dated.rule == f"time:background({reason})"


@pytest.mark.parametrize(("text", "published", "title", "trigger"), [
    # HuffPost/Reuters 2016-06-04: the simple past of a main clause is the day's news
    ("Defense Secretary Ash Carter said the U.S. approach to the Asia-Pacific remained “one of commitment, "
     "strength and inclusion”, but he also warned China against provocative behavior in the South China Sea.",
     HUFFPOST, None, "warned"),
    # Washington Post 2016-05-29: a headline's present tells the news
    ("Verizon, striking unions reach four-year deal.", "2016-05-29", "Verizon, striking unions reach four-year deal",
     "reach"),
])
def test_fresh_news_keeps_the_publication_day(nlp, code_text, text, published, title, trigger):
    coded = code_text(text, published=published, title=title)
    dated = event_date(word_token(nlp(text), trigger), coded)
    assert (dated.value, dated.background, dated.rule) == (None, False, "time:no-date-in-text")
    coded_events = [e for e in coded.events if e.trigger == trigger]
    assert coded_events, f"no event coded on {trigger!r}"
    assert (coded_events[0].date, coded_events[0].date_precision) == (published, "day")
    assert PUBLICATION_DATE_RULE in coded_events[0].rule


def test_present_outside_the_headline_is_background(nlp, code_text):
    # the same Washington Post headline sentence, in a story with another title
    text = "Verizon, striking unions reach four-year deal."
    coded = code_text(text, published="2016-05-29", title="Strike ends")
    assert event_date(word_token(nlp(text), "reach"), coded).rule == "time:background(present)"


def test_background_event_coded_without_date(code_text):
    # NYT 2016-06-07
    coded = code_text("''The United States supports efforts to reduce excess capacity and leverage in the economy,'' "
                      "Mr. Lou said.", published=NYT)
    supports = [e for e in coded.events if e.trigger == "supports"]
    assert supports and (supports[0].date, supports[0].date_precision) == (None, "none")
    assert "time:background(present)" in supports[0].rule


def test_since_clause_dates_the_coordinated_event(embassy_doc, embassy_coded):
    # "Trump has pushed to reset relations with Moscow since taking office in January and has
    # initiated several rounds of talks with Russian officials"
    dated = event_date(word_token(embassy_doc, "talks", 4), embassy_coded)
    assert (dated.value, dated.precision, dated.rule) == ("2025-01", "month", "time:since-clause:January")


def test_since_clause_of_another_event_is_not_taken(embassy_doc, embassy_coded):
    # "... met in Saudi Arabia on Feb. 18 — the first high-level meeting between the two countries
    # since Russia invaded Ukraine in 2022": the meeting is not dated by the invasion
    dated = event_date(word_token(embassy_doc, "meeting", 1), embassy_coded)
    assert dated.value != "2022"


@pytest.fixture(scope="module")
def embassy_doc(nlp, embassy_article):
    return nlp(embassy_article.text)


def test_the_past_perfect_progressive_is_background(nlp, code_text):
    # The Huffington Post, "The rise of Switzerland's Trump", 2016-03-21: under way before the news
    text = ("Given the expected international fallout and questions of legality, the government had been "
            "stalling on implementation.")
    coded = code_text(text, published="2016-03-21")
    dated = event_date(word_token(nlp(text), "stalling"), coded)
    assert (dated.value, dated.background, dated.rule) == (None, True, "time:background(perfect)")


def test_the_simple_past_is_still_fresh_news(own_date):
    # The same article's shape, in the simple past: the publication day stands for it
    text = "The government stalled on implementation."
    dated = own_date(text, "2016-03-21", "stalled")
    assert dated.background is False


def test_the_content_of_a_main_clause_saying_is_not_background(own_date):
    # AFP 1997-04-08, the content of the sentence above reported by a main clause's saying
    text = "Police said the man attacked two Israeli settlers with tear gas spray."
    dated = own_date(text, "1997-04-08", "attacked")
    assert (dated.value, dated.background, dated.rule) == (None, False, "time:no-date-in-text")


def test_a_bare_participle_adjunct_shares_its_verbs_tense(own_date):
    # "accusing" has no subject, mark or auxiliary of its own: done when "has campaigned" was, in
    # its perfect, so background (the lead's hand read, seed 4801: "Trump has tried to use the ad
    # against Clinton, accusing her ..."); sentences written for the test
    text = ("Voters go to the polls on Sunday. "
            "The opposition has campaigned for months, accusing the government of fraud.")
    dated = own_date(text, "2016-05-24", "accusing")
    assert dated.background and dated.rule == "time:background(perfect)"


def test_a_participle_adjunct_of_a_past_verb_is_still_news(own_date):
    text = "Voters go to the polls on Sunday. The opposition rallied in the capital, accusing the government of fraud."
    assert not own_date(text, "2016-05-24", "accusing").background


def test_an_act_after_a_dated_past_event_is_background(own_date):
    # "following the 1973 coup": some time after 1973, not the story's news (the lead's read of
    # publication-day dates in corpus events); sentences written for the test
    text = ("Voters go to the polls on Sunday. "
            "Thousands were tortured and executed following the 1973 coup against the president.")
    dated = own_date(text, "2006-12-03", "tortured")
    assert dated.background and dated.rule == "time:background(after:1973)"


def test_an_act_after_an_event_of_the_story_days_stays_news(own_date):
    text = "Voters go to the polls on Sunday. Police arrested 20 people after Friday's riots in the capital."
    assert not own_date(text, "2006-12-03", "arrested").background
