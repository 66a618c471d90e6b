"""The time stage on real sentences: recognition and TIMEX3 values against the publication date.

Sentences marked "embassy" are from The Moscow Times, "U.S.-Russia Embassy Talks Set for
Thursday in Istanbul, Moscow Says", 2025-04-08 (examples/embassy-talks-istanbul.md). The others
are short wire-style sentences written for these tests, each exercising one rule of the grammar.
"""

from __future__ import annotations

import pytest

EMBASSY = "2025-04-08"  # a Tuesday


def values(coded) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in coded.timexes if t.source == "text"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # embassy: the coming Thursday, and the Tuesday of publication
    ("The second round of U.S.-Russia talks on restoring diplomatic missions will take place Thursday "
     "in Istanbul, the Kremlin said Tuesday.", EMBASSY, [("Thursday", "2025-04-10"), ("Tuesday", "2025-04-08")]),
    # embassy: a month-day in an April story is this year's February; "years" is a duration
    ("Darchiyev and Coulter last met in Istanbul on Feb. 27 to discuss normalizing the operations of their "
     "diplomatic missions following years of tit-for-tat staff expulsions and strained relations.", EMBASSY,
     [("Feb. 27", "2025-02-27"), ("years", "PXY")]),
    # embassy: a modifier without TIMEX3 mod stays outside the expression
    ("Later on Tuesday, the U.S. State Department confirmed the talks would go ahead in Istanbul.", EMBASSY,
     [("Tuesday", "2025-04-08")]),
    # embassy: a year, and a month alone read as the past
    ("Lavrov and Rubio met in Saudi Arabia on Feb. 18, the first high-level meeting between the two countries "
     "since Russia invaded Ukraine in 2022.", EMBASSY, [("Feb. 18", "2025-02-18"), ("2022", "2022")]),
    ("Trump has pushed to reset relations with Moscow since taking office in January.", EMBASSY,
     [("January", "2025-01")]),
    # relative expressions
    ("The minister resigned yesterday after talks broke down last week.", EMBASSY,
     [("yesterday", "2025-04-07"), ("last week", "2025-W14")]),
    ("The ceasefire collapsed two days ago.", EMBASSY, [("two days ago", "2025-04-06")]),
    ("Parliament will vote next year on the treaty signed earlier this month.", EMBASSY,
     [("next year", "2026"), ("earlier this month", "2025-04")]),
    ("Elections are due in early December.", EMBASSY, [("early December", "2025-12")]),
    # anchored on the date in focus
    ("The envoy arrived on March 3 and left two days later.", EMBASSY,
     [("March 3", "2025-03-03"), ("two days later", "2025-03-05")]),
    # durations and sets
    ("The blockade has lasted the past several months.", EMBASSY, [("the past several months", "PXM")]),
    ("Talks have stalled for a decade.", EMBASSY, [("a decade", "P10Y")]),
    ("Inspectors visit the plant weekly.", EMBASSY, [("weekly", "P1W")]),
    ("Protesters gather every Friday outside the embassy.", EMBASSY, [("every Friday", "XXXX-WXX-5")]),
    # now and the past
    ("The border is now closed.", EMBASSY, [("now", "PRESENT_REF")]),
    # explicit dates and quarters
    ("The accord was signed on 27 February 2014 in Minsk.", EMBASSY, [("27 February 2014", "2014-02-27")]),
    ("Exports fell in the third quarter.", "1989-10-26", [("the third quarter", "1989-Q3")]),
    ("The deal should be signed by the end of the year.", EMBASSY, [("the end of the year", "2025")]),
    ("Fighting resumed this spring.", EMBASSY, [("this spring", "2025-SP")]),
    ("Floods return each winter.", EMBASSY, [("each winter", "XXXX-WI")]),
    ("Officials met on Monday; the next day, talks collapsed.", EMBASSY,
     [("Monday", "2025-04-07"), ("the next day", "2025-04-08")]),
    ("Polls close at 8 p.m. Tuesday.", EMBASSY, [("8 p.m. Tuesday", "2025-04-08T20:00")]),
    ("The offensive began in the first half of 2024.", EMBASSY, [("the first half of 2024", "2024-H1")]),
    ("The 1995 accord ended the war.", EMBASSY, [("1995", "1995")]),
    ("The ceasefire was signed last Oct. 23 in Doha.", "1998-10-26", [("Oct. 23", "1998-10-23")]),
    # negatives: numbers that are not years, words that are not dates
    ("The army deployed 2000 troops and spent $1990 on fuel.", EMBASSY, []),
    ("Officials may march on the capital.", EMBASSY, []),
    ("Jan Kowalski, a 6-year-old boy, was rescued.", EMBASSY, []),
    ("The second round of talks opened.", EMBASSY, []),
])
def test_expressions_and_values(code_text, text, published, expected):
    assert values(code_text(text, published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the tense of the clause picks the Thursday: after a Tuesday publication, or before it
    ("The delegations will meet Thursday.", "2025-04-10"),
    ("The delegations met Thursday.", "2025-04-03"),
    ("The summit is scheduled for Friday.", "2025-04-11"),
])
def test_weekday_follows_tense(code_text, text, expected):
    (timex,) = code_text(text).timexes
    assert timex.value == expected


def test_no_publication_date_leaves_relative_values_unresolved(code_text):
    coded = code_text("The envoy arrived Thursday and left in 2019.", published=None)
    assert values(coded) == [("Thursday", "XXXX-WXX-4"), ("2019", "2019")]


def test_offsets_sentences_and_text_order(code_text):
    text = "Talks opened Monday. They will resume on June 3."
    coded = code_text(text)
    assert [(t.text, t.sentence) for t in coded.timexes] == [("Monday", 0), ("June 3", 1)]
    assert all(text[t.start:t.end] == t.text for t in coded.timexes)


def test_spans_are_put_on_the_doc(nlp):
    from communique.model import Article, CodedArticle
    from communique.time import extract

    doc = nlp("The talks resume Thursday.")
    extract(doc, CodedArticle(article=Article(id="t", text=doc.text, published=EMBASSY)))
    assert [(span.text, span.label_) for span in doc.spans["communique_timex"]] == [("Thursday", "DATE")]


def test_embassy_article_timexes(embassy_coded):
    found = {(t.text, t.value) for t in embassy_coded.timexes}
    assert found >= {("April 08, 2025", "2025-04-08"), ("Thursday", "2025-04-10"), ("Tuesday", "2025-04-08"),
                     ("Feb. 27", "2025-02-27"), ("Feb. 18", "2025-02-18"), ("2022", "2022"),
                     ("January", "2025-01"), ("years", "PXY")}


def test_dateline_is_a_timex_that_points_nowhere_in_the_body(embassy_coded):
    line = embassy_coded.timexes[0]
    assert (line.text, line.source, line.start, line.end) == ("April 08, 2025", "dateline", 0, 0)
    assert all(t.source == "text" for t in embassy_coded.timexes[1:])
