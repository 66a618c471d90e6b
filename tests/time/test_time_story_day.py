"""The story's day: an undated fresh-news event of a story printed a day or two after its news has
the day its lede dates, not the publication day; "earlier in the day" is that day, not background.

Sentences, each credited where it is used: The New York Times, "Jeb Bush, helped by George, goes
after Trump", 2016-02-17; Politico, "Rep. Gwen Graham slams Trump, praises Clinton as 'work horse,
not show horse'", 2016-07-22; AFP, "Pressure mounts on Mobutu to quit", 1997-04-10; Xinhua, "4 Vietnamese traffickers
arrested", 2005-11-18.
"""

from __future__ import annotations

import pytest

from communique.events.coder import PUBLICATION_DATE_RULE
from communique.time import event_date
from communique.time.dating import story_day
from conftest import word_token

# NYT 2016-02-17: the lede dates the clash to Monday, two days before the paper
BUSH_LEDE = ("The Bush family, a dynasty that defined Republicanism for decades, clashed on Monday with the new "
             "and irreverent face of the party, Donald J. Trump.")
BUSH_FOLLOWING = "Jeb Bush and his older brother, meanwhile, offered the waving, smiling feel of a reunion tour."


def test_undated_news_takes_the_day_the_lede_gives(nlp, code_text):
    text = f"{BUSH_LEDE}\n\n{BUSH_FOLLOWING}"
    coded = code_text(text, published="2016-02-17", title="Jeb Bush, helped by George, goes after Trump")
    dated = event_date(word_token(nlp(text), "offered"), coded)
    assert (dated.value, dated.precision, dated.rule) == ("2016-02-15", "day", "time:story-day:Monday")
    offered = [e for e in coded.events if e.trigger == "offered"]
    assert offered and (offered[0].date, offered[0].date_precision) == ("2016-02-15", "day")


def test_a_lede_of_the_publication_day_leaves_the_publication_day(nlp, code_text):
    # the same story printed on the Monday itself: nothing to move
    text = f"{BUSH_LEDE}\n\n{BUSH_FOLLOWING}"
    coded = code_text(text, published="2016-02-15", title="Jeb Bush, helped by George, goes after Trump")
    assert event_date(word_token(nlp(text), "offered"), coded).rule == "time:no-date-in-text"
    offered = [e for e in coded.events if e.trigger == "offered"]
    assert offered and offered[0].date == "2016-02-15" and PUBLICATION_DATE_RULE in offered[0].rule


@pytest.mark.parametrize(("published", "day"), [("2005-11-18", "2005-11-16"), ("2005-11-25", None)])
def test_a_lede_of_more_than_three_days_before_is_no_story_day(nlp, code_text, published, day):
    # Xinhua, "4 Vietnamese traffickers arrested", 2005-11-18: two days before the wire, a story
    # day; the same lede printed nine days after is a recollection, not the story's day
    text = ("The police arrested the three middle-aged men from the capital city's rural districts on Nov. 16 "
            "after detecting the drugs hidden in their car, newspaper Young People said.")
    found = story_day(nlp(text)[0], code_text(text, published=published))
    assert (found.value if found is not None else None) == day


def test_a_section_label_after_the_headline_is_not_the_lede(nlp, code_text):
    # NYT archive text: headline, "ABSTRACT.", then the lede
    text = f"Jeb Bush, helped by George, goes after Trump.\n\nABSTRACT.\n\n{BUSH_LEDE}\n\n{BUSH_FOLLOWING}"
    coded = code_text(text, published="2016-02-17", title="Jeb Bush, helped by George, goes after Trump")
    assert event_date(word_token(nlp(text), "offered"), coded).value == "2016-02-15"


def test_earlier_in_the_day_is_the_story_day_not_background(nlp, code_text):
    # Politico 2016-07-22
    text = "Earlier in the day, Clinton held a roundtable meeting with Orlando community leaders."
    coded = code_text(text, published="2016-07-22")
    dated = event_date(word_token(nlp(text), "held"), coded)
    assert (dated.value, dated.background, dated.rule) == (None, False, "time:no-date-in-text")


def test_recently_stays_background(nlp, code_text):
    # AFP 1997-04-10: "recently" alone puts the event before the story (a past of no measure)
    text = "Former French defence minister Francois Leotard recently strongly condemned French African policy."
    coded = code_text(text, published="1997-04-10")
    dated = event_date(word_token(nlp(text), "condemned"), coded)
    assert (dated.value, dated.background, dated.rule) == (None, True, "time:background(vague-past:recently)")
