"""Dates at the door: `published` read leniently, its year completed from elsewhere, and what
cannot be read coded without a date (a W-code warning), never rejected.

The record is a short excerpt of an AFP story of 1997-04-01 (Gigaword AFP_ENG_19970401.0099, as
in the TempEval-3 silver corpus), with its date written the ways local news feeds write theirs.
"""

from __future__ import annotations

import json
import logging

import pytest

from communique.model import Article
from communique.pipeline import code_article
from communique.read import read_source
from communique.read.dates import nearest, read_date, read_published, url_date
from communique.read.sources import Source

EXCERPT = ("Beijing warned the United States Tuesday against interfering in Taiwan after US House "
           "Speaker Newt Gingrich said Washington would defend the island if it were attacked.")
URL = "https://example.org/news/1997/04/01/china-warns-us"


def record(**fields: object) -> str:
    return json.dumps({"id": "AFP_ENG_19970401.0099", "text": EXCERPT, **fields})


def read_lines(*lines: str) -> list:
    return list(read_source(Source("local.jsonl", "\n".join(lines).encode())))


@pytest.mark.parametrize("published", [
    "1997-04-01", "1997-04-01T12:01:00Z", "Apr. 1, 1997 12:01 PM", "April 1, 1997", "4/1/97", "04/01/1997",
    "Tue, 01 Apr 1997 12:01:00 +0000", "Tuesday, April 1, 1997 - 12:01", "1 April 1997", "19970401",
    859896060, "859896060", 859896060000, "Posted: Apr 1, 1997, 12:01 pm",
])
def test_news_forms_of_a_date(published):
    (article,) = read_lines(record(published=published))
    assert article.published == "1997-04-01"


@pytest.mark.parametrize(("fields", "where"), [
    ({"date": "1997-04-01 12:01"}, 'the "date" field'),
    ({"year": 1997}, 'the "year" field'),
    ({"url": URL}, "the URL"),
])
def test_a_date_without_its_year_takes_it_from_the_record(fields, where, caplog):
    with caplog.at_level(logging.WARNING):
        (article,) = read_lines(record(published="April 1", **fields))
    assert article.published == "1997-04-01"
    assert f"1997 taken from {where}" in caplog.text and "W002" in caplog.text and "local.jsonl:1" in caplog.text


def test_a_date_without_its_year_takes_it_from_the_files_other_records(caplog):
    with caplog.at_level(logging.WARNING):
        first, second, third = read_lines(record(published="1997-03-31"), record(published="December 7"),
                                          record(published="1997-04-02"))
    assert second.published == "1997-12-07"
    assert "the file's other records" in caplog.text and "local.jsonl:2" in caplog.text


@pytest.mark.parametrize("published", ["12:01 PM,", "yesterday", "last Tuesday", "December", "soon", [1997, 4],
                                       {"y": 1997}, True])
def test_what_cannot_be_read_is_coded_without_a_date_and_one_warning(published, caplog):
    good = record(published="1997-04-01").replace("0099", "good")
    with caplog.at_level(logging.WARNING):
        unreadable, article = read_lines(record(published=published), good)
    assert isinstance(unreadable, Article) and unreadable.published is None
    assert article.published == "1997-04-01"
    lines = caplog.text.strip().splitlines()
    assert len(lines) == 1 and "W001" in lines[0] and "local.jsonl:1" in lines[0]


def test_a_date_without_a_year_found_anywhere_is_left_out(caplog):
    with caplog.at_level(logging.WARNING):
        (article,) = read_lines(record(published="December 7", url="https://example.org/a"))
    assert article.published is None and "W001" in caplog.text and "no year" in caplog.text


def test_the_time_stage_copes_without_a_publication_date(nlp):
    (article,) = read_lines(record(published="12:01 PM,"))
    coded = code_article(article)
    assert ("Tuesday", "XXXX-WXX-2") in [(t.text, t.value) for t in coded.timexes]


def test_the_nearest_year_is_chosen_around_a_reference_date():
    from datetime import date
    assert nearest(12, 7, date(2017, 1, 2)) == date(2016, 12, 7)
    assert nearest(2, 29, 2017) is None
    assert url_date("https://x.org/2016/12/07/story") == date(2016, 12, 7)
    assert url_date("https://x.org/news/20161207-story") == date(2016, 12, 7)
    assert url_date("https://x.org/2016/story") == 2016 and url_date("https://x.org/a") is None


def test_readings_of_odd_values():
    assert read_date("0001-01-01").day is None  # out of range: a misreading, not a date
    assert read_date("December 7").month_day == (12, 7)
    assert read_date(float("nan")).day is None and read_date(10**30).day is None
    assert read_published("x" * 10_000).value is None
