"""Classes of errors found by reading the time stage's output on news from outside the TimeBank
development set, on real sentences.

Sentences are short excerpts of AFP and Xinhua wire stories (1997-2006) and of U.S. outlets
(USA Today, The Washington Post, HuffPost; 2016), each coded as published on its story's date.
"""

from __future__ import annotations

import pytest


def values(coded) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in coded.timexes if t.source == "text"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # an infinitive on a noun is still to come  -- AFP, 2006-12-03 (a Sunday)
    ('The unrest in Iraq is "much worse" than a civil war, United Nations Secretary General Kofi Annan told '
     "the BBC in an interview to be broadcast Monday.", "2006-12-03", [("Monday", "2006-12-04")]),
    ("Following is the competition schedule of the 2005 Artistic Gymnastics World Championships to kick off "
     "here on Tuesday:", "2005-11-19", [("Tuesday", "2005-11-22")]),
    # ... but not on a ranked noun ("the first ... to visit")
    ("He was the first leader to visit Havana on Monday.", "2006-12-06", [("Monday", "2006-12-04")]),
    # a simple present dated on its verb is a timetable  -- AFP, 2005-12-16; USA Today, 2016-02-18;
    # Xinhua, 2005-11-22; HuffPost, 2016-09-27
    ("The Civil Partnership Act comes into force on Monday in Northern Ireland.", "2005-12-16",
     [("Monday", "2005-12-19")]),
    ("The Silver State holds its Democratic caucuses on Saturday.", "2016-02-18", [("Saturday", "2016-02-20")]),
    ("The tournament starts on June 9.", "2005-11-22", [("June 9", "2006-06-09")]),
    ("It may not make it in time for the justices to hear it during the court term that begins next Monday "
     "and ends in June.", "2016-09-27", [("next Monday", "2016-10-03"), ("June", "2017-06")]),
    # a date on a noun marked as planned looks ahead, whatever the clause's tense  -- Politico, 2016-01-27
    ("She noted a planned Cruz rally on Saturday in Sioux City.", "2016-01-27", [("Saturday", "2016-01-30")]),
    # a plan made before another past moment may lie either side  -- WSJ, 1989-10-30 (a Monday)
    ("The offer, previously had been scheduled to expire at midnight Friday.", "1989-10-30",
     [("midnight Friday", "1989-10-27T24:00")]),
    # ... not a state, a report, or a headline's past
    ("Stocks close higher on Monday as oil rebounds.", "2016-05-11", [("Monday", "2016-05-09")]),
    ("The figures as of Monday are the latest.", "2016-02-18", [("Monday", "2016-02-15")]),
    # "since" before a determiner still looks back  -- AFP, 1997-04-13
    ("Property stocks suffered the largest one-day fall since the May curbs.", "1997-04-13",
     [("one-day", "P1D"), ("May", "1996-05")]),
    # the sentence's full stop is no part of the date: its head may be another clause's verb
    # -- AFP, 2006-12-18 (a Monday)
    ("Dexia bank, a big shareholder in pan-European stock market operator Euronext, will vote against a merger "
     "between the operator and the New York Stock Exchange, chief "
     "executive Axel Miller said on Tuesday.\n\nHe told the French financial newspaper Les Echos: \"We will vote "
     "against the trans-Atlantic merger project.\"", "2006-12-18", [("Tuesday", "2006-12-12")]),
])
def test_tense_classes(code_text, text, published, expected):
    assert values(code_text(text, published=published)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a word of time inside a name  -- AFP, 1997-04-13; USA Today, 2016-09-22; Washington Post, 2016-06-29
    ("Chan Hiap Kong, senior director of the property consultancy Colliers Jardine, told the Sunday Times.",
     "1997-04-13", []),
    ("The haul topped $1 billion through the end of August, a USA TODAY analysis of newly filed "
     "campaign-finance reports shows.", "2016-09-22", [("the end of August", "2016-08")]),
    ("Cynthia Pellegrini, senior vice president of public policy at the March of Dimes, signed the letter.",
     "2016-06-29", []),
    ("Sales rose in March on Wall Street.", "2016-06-29", [("March", "2016-03")]),
    # ... but a weekday the parser took into the name of the medium told is the saying's day, unless the
    # name is one ending in a weekday  -- made up, after Xinhua 2005-11-04 ("told Xinhua Wednesday")
    ("A local official told Xinhua Wednesday that two soldiers were killed.", "2006-11-08",
     [("Wednesday", "2006-11-08")]),
    ("The report on Bloody Sunday was published.", "2006-11-08", []),
    ("The vote is scheduled for June on Capitol Hill.", "2016-05-10", [("June", "2016-06")]),
    # a newspaper is no frequency  -- AFP, 1997-04-20
    ("The daily said the three Japanese companies would introduce the semiconductor.", "1997-04-20", []),
    # a one-word holiday naming a kind of thing; a surname  -- NYT, Washington Post 2016; AFP 2006
    ("The company retaliated against Christmas trees from Oregon.", "2016-09-28", []),
    ("Protesters wore Halloween masks.", "2015-11-08", []),
    ("Reading led after Jermaine Easter's goal.", "2006-12-20", []),
    ("Sales rose before Christmas.", "2016-09-28", [("Christmas", "2015-12-25")]),
    # ... a named day keeps its date before a noun  -- USA Today, 2016
    ("He won on Super Tuesday and in Super Tuesday states.", "2016-09-28",
     [("Super Tuesday", "2016-03-01"), ("Super Tuesday", "2016-03-01")]),
    # a share is no number of quarters  -- Xinhua, 2005; NYT, 2016
    ("The central bank raised rates by one quarter percentage point.", "2005-11-01", []),
    ("They represent one-quarter to one-third of his union's workers.", "2016-01-30", []),
    ("Rallies are held almost daily.", "1997-04-20", [("almost daily", "P1D")]),
    # an adjective "future" names no time  -- AFP, 1997-04-15
    ("The delegation signed two agreements pertaining to the future Special Administrative Region of Hong Kong.",
     "1997-04-15", []),
])
def test_names_and_senses(code_text, text, published, expected):
    assert values(code_text(text, published=published)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day with "last year" is one expression  -- Xinhua, 2006-11-24
    ("The nitrobenzene fractionating tower of a chemical plant exploded on Nov. 13 last year.", "2006-11-24",
     [("Nov. 13 last year", "2005-11-13")]),
    # no space after an abbreviated month  -- Xinhua, 2006-11-02
    ("The Third China-ASEAN Expo was held here from Oct. 31 to Nov.3.", "2006-11-02",
     [("Oct. 31", "2006-10-31"), ("Nov.3", "2006-11-03")]),
    # ranges: both ends, the end in the year of the start  -- AFP, 2006-12-29; Politico, 2016-04-06;
    # AFP, 2006-12-03
    ("Failures of the July 12-August 14 Lebanon war have been the subject of an inquiry.", "2006-12-29",
     [("July 12", "2006-07-12"), ("August 14", "2006-08-14")]),
    ("The poll was conducted from March 30-April 4.", "2016-04-06",
     [("March 30", "2016-03-30"), ("April 4", "2016-04-04")]),
    ("Pinochet was accused of abuses during his 1973-1990 regime.", "2006-12-03", [("1973", "1973"), ("1990", "1990")]),
    ("The holiday break lasts from Dec. 28 to Jan. 3.", "2005-12-20",
     [("Dec. 28", "2005-12-28"), ("Jan. 3", "2006-01-03")]),
    # ... not what is no range, nor a season's second year, nor a span of numbers
    ("The vote was moved from May 10 to April 30.", "2016-05-10",
     [("May 10", "2016-05-10"), ("April 30", "2016-04-30")]),
    ("The 2015-16 season was his best.", "2016-05-10", []),
    ("The trial will take 2-3 days.", "2016-05-10", [("days", "PXD")]),
    # thousands separators  -- AFP, 2006-12-18
    ("The team is trawling through 10,000 hours of CCTV footage.", "2006-12-18", [("10,000 hours", "PT10000H")]),
    # a duration before a noun leaves the noun's article out  -- AFP, 2006-12-18
    ("Owens signed a three-year, 25 million dollar contract.", "2006-12-18", [("three-year", "P3Y")]),
    # "days a week" is a frequency  -- AFP, 2005-12-06
    ("He has been watching football for 20 years, five days a week.", "2005-12-06",
     [("20 years", "P20Y"), ("five days a week", "P1W")]),
    # "that November" is of the year in focus; "that" opening a clause is no determiner
    ("In 1972, he ran for the Senate. He lost that November.", "2016-01-10",
     [("1972", "1972"), ("that November", "1972-11")]),
    ("He said that May was the worst month.", "2016-01-10", [("May", "2015-05")]),
    # decimal seconds  -- Xinhua, 2006
    ("Liu won the 110m hurdles in 13.78 seconds.", "2006-11-27", [("13.78 seconds", "PT13.78S")]),
    # "following" with no "the" is a preposition  -- AFP, 2006
    ("The jury retired following two weeks of testimony.", "2006-12-20", [("two weeks", "P2W")]),
    # "come November" looks ahead; "last summer" said in July is last year's; "the coming
    # weekend" said on a weekday is this week's  -- Politico, NYT, 2016
    ("She has the backers she will need come November.", "2016-03-23", [("November", "2016-11")]),
    ("Trump announced his candidacy last summer.", "2016-07-05", [("last summer", "2015-SU")]),
    ("Rallies are planned for the coming weekend.", "2016-06-14", [("the coming weekend", "2016-W24-WE")]),
    # "this weekend" said on a Monday in the past tense is the weekend just past  -- NYT, 2016-08-01
    ("His wife has joined him on the trail this weekend.", "2016-08-01", [("this weekend", "2016-W30-WE")]),
    ("He will travel to Ohio this weekend.", "2016-08-01", [("this weekend", "2016-W31-WE")]),
    # a possessive is no part of the expression (TimeML)  -- Politico, 2016
    ("Trump said it in Saturday's call.", "2016-08-17", [("Saturday", "2016-08-13")]),
    # holidays, fixed and movable
    ("It is a major theme of our campaign from now to Election Day.", "1998-10-26",
     [("now", "PRESENT_REF"), ("Election Day", "1998-11-03")]),
    ("They will meet on Valentine's Day and again on Good Friday.", "2025-01-10",
     [("Valentine's Day", "2025-02-14"), ("Good Friday", "2025-04-18")]),
])
def test_expression_classes(code_text, text, published, expected):
    assert values(code_text(text, published=published)) == expected


def test_periods_of_a_match_are_no_calendar_periods(code_text):
    # a sport report (AFP, 2006-12-20): "the first half" is the match's; a business story's is the year's
    report = ("Reading shocked Premiership side Charlton in the Cup on Tuesday. The striker scored in the first "
              "half. The goalkeeper kept a clean sheet and the team held on through the second half. The "
              "midfielder was the best player in the tournament.")
    assert values(code_text(report, published="2006-12-20")) == [("Tuesday", "2006-12-19")]
    assert values(code_text("Sales rose in the first half, the company said.", published="2006-12-20")) == [
        ("the first half", "2006-H1")]


def test_a_clock_time_is_on_the_day_just_named(code_text):
    # Washington Post, 2016-02-10: "8 p.m." is Tuesday's, though "eight years ago" came between
    text = ("Sen. Bernie Sanders scored a decisive victory in Tuesday's New Hampshire presidential primary, "
            "embarrassing Hillary Clinton in a state she won eight years ago. Sanders's victory, which Clinton "
            "conceded when polls closed at 8 p.m., confirmed the strength of his campaign.")
    assert values(code_text(text, published="2016-02-10")) == [
        ("Tuesday", "2016-02-09"), ("eight years ago", "2008"), ("8 p.m.", "2016-02-09T20:00")]


def test_weekday_with_a_part_of_day_is_a_time(code_text):
    # AFP, 1997-04-14
    coded = code_text("Talks resumed Monday afternoon in Geneva.", published="1997-04-14")
    assert [(t.text, t.type, t.value) for t in coded.timexes] == [("Monday afternoon", "TIME", "1997-04-14TAF")]


def test_over_a_span_of_years_is_no_more_than(code_text):
    # HuffPost, 2016: "over" as a preposition means across, not "more than"
    coded = code_text("The company is offering $30 billion over 10 years.", published="2016-09-27")
    assert [(t.text, t.value, t.mod) for t in coded.timexes] == [("10 years", "P10Y", None)]
    coded = code_text("He has lived there for over 10 years.", published="2016-09-27")
    assert [(t.text, t.value, t.mod) for t in coded.timexes] == [("over 10 years", "P10Y", "MORE_THAN")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # words counting from the moment of speaking count from the day the quotation was spoken
    # -- Politico, 2016-08-31 (a Wednesday); Washington Post, 2016-02-09 (a Tuesday)
    ('"I know who won the debate tonight," Hannity said Tuesday night.', "2016-08-31",
     [("tonight", "2016-08-30TNI"), ("Tuesday night", "2016-08-30TNI")]),
    ('Trump said Monday: "We will vote tomorrow."', "2016-02-09",
     [("Monday", "2016-02-08"), ("tomorrow", "2016-02-09")]),
    # ... from publication when the speech has no other day, or the day is not the speech verb's
    ('"We will vote tomorrow," Trump said.', "2016-02-09", [("tomorrow", "2016-02-10")]),
    ('"Tonight we celebrate," he said after Tuesday\'s vote.', "2016-08-31",
     [("Tonight", "2016-08-31TNI"), ("Tuesday", "2016-08-30")]),
])
def test_quotations_count_from_the_day_they_were_spoken(code_text, text, published, expected):
    assert values(code_text(text, published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # written for this test, published on a Wednesday (2016-02-03): the weekday of the week named
    ("Obama met Xi on Tuesday last week.", [("Tuesday last week", "2016-01-26")]),
    ("The talks resume on Friday of next week.", [("Friday of next week", "2016-02-12")]),
    # ... and a weekday alone is still the nearest one
    ("Obama met Xi on Tuesday.", [("Tuesday", "2016-02-02")]),
])
def test_a_weekday_of_last_or_next_week(code_text, text, expected):
    assert values(code_text(text, published="2016-02-03")) == expected
