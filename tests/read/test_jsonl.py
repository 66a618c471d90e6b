"""The JSONL reader: one article per line, bad lines rejected with their line number."""

from __future__ import annotations

import json

import pytest

from communique.errors import ArticleRejected
from communique.model import Article
from communique.read import read_articles, read_source
from communique.read.sources import Source
from conftest import EXAMPLES


def read_lines(*lines: str) -> list:
    return list(read_source(Source("batch.jsonl", "\n".join(lines).encode())))


def test_example_file():
    articles = list(read_articles([str(EXAMPLES / "xinhua-2005-excerpts.jsonl")]))
    assert [a.id for a in articles] == ["XIN_ENG_20051101.0021", "XIN_ENG_20051101.0011"]
    assert articles[0].path.endswith("xinhua-2005-excerpts.jsonl:1")
    assert articles[1].path.endswith(":2")
    assert articles[0].published == "2005-11-01" and articles[0].outlet == "Xinhua"


def test_text_is_kept_verbatim_for_offsets():
    text = "\nLeading newline and  double  spaces.\n\nSecond paragraph."
    (article,) = read_lines(json.dumps({"id": "x", "text": text, "published": "2020-01-02"}))
    assert article.text == text
    assert [text[p.start:p.end] for p in article.paragraphs] == ["Leading newline and  double  spaces.",
                                                                 "Second paragraph."]


@pytest.mark.parametrize(("published", "expected"), [
    ("2025-04-08", "2025-04-08"),
    ("2025-04-08T10:30:00Z", "2025-04-08"),
    ("2025-04-08 10:30:00+02:00", "2025-04-08"),
])
def test_published_forms(published, expected):
    (article,) = read_lines(json.dumps({"id": "x", "text": "Talks.", "published": published}))
    assert article.published == expected


@pytest.mark.parametrize(("line", "code", "message"), [
    ("{not json", "E007", "not JSON"),
    ("[1, 2]", "E007", "not an object"),
    (json.dumps({"id": "a", "published": "2020-01-01"}), "E008", '"text"'),
    (json.dumps({"id": "a", "text": "   ", "published": "2020-01-01"}), "E003", "no article text"),
])
def test_bad_lines_are_rejected_and_the_rest_read(line, code, message):
    good = json.dumps({"id": "good", "text": "Ministers met.", "published": "2020-01-01"})
    results = read_lines(good, line, good.replace("good", "good2"))
    assert [type(r) for r in results] == [Article, ArticleRejected, Article]
    rejected = results[1]
    assert rejected.code == code and message in rejected.reason
    assert str(rejected).startswith("batch.jsonl:2: ")


def test_missing_publication_date_is_allowed():
    absent, null = read_lines(json.dumps({"id": "a", "text": "Talks."}),
                              json.dumps({"id": "b", "text": "Talks.", "published": None}))
    assert absent.published is None and null.published is None


def test_missing_id_is_derived_from_url_then_content():
    with_url, without = read_lines(
        json.dumps({"text": "A.", "published": "2020-01-01", "url": "https://example.org/a"}),
        json.dumps({"text": "B.", "published": "2020-01-01"}))
    assert with_url.id.startswith("url-") and without.id.startswith("sha-")
