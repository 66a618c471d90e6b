"""Hostile JSONL lines: each is rejected with its line number or cleaned, never a crash."""

from __future__ import annotations

import json
import logging

import pytest

from communique.errors import ArticleRejected
from communique.model import Article
from communique.read import read_source
from communique.read.clean import MAX_ID_CHARS, clean_field, clean_id, clean_text
from communique.read.outlets import outlet_for_url
from communique.read.sources import Source

GOOD = json.dumps({"id": "good", "text": "Ministers met in Paris on Monday.", "published": "2020-01-01"})


def read_bytes(data: bytes, name: str = "feed.jsonl") -> list:
    return list(read_source(Source(name, data)))


def test_cr_only_line_ends_are_lines():
    lines = GOOD + "\r" + GOOD.replace('"good"', '"two"') + "\r\n" + GOOD.replace('"good"', '"3"')
    results = read_bytes(lines.encode())
    assert [r.id for r in results] == ["good", "two", "3"] and results[1].path == "feed.jsonl:2"


def test_a_bom_before_the_first_line_is_dropped():
    (article,) = read_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert article.id == "good"


def test_json_nested_thousands_deep_is_one_rejection():
    deep = '{"id": "x", "text": "t", "extra": ' + "[" * 5000 + "]" * 5000 + "}"
    rejected, good = read_bytes(f"{deep}\n{GOOD}".encode())
    assert rejected.code == "E007" and "nested" in rejected.reason and good.id == "good"


def test_lone_surrogates_are_replaced_keeping_offsets(caplog):
    line = '{"id": "a\\ud800", "text": "Talks \\udc00 began.", "title": "T\\ud800"}'
    (article,) = read_bytes(line.encode())
    assert article.text == "Talks \ufffd began." and len(article.text) == len("Talks x began.")
    assert article.title == "T\ufffd" and article.id == "a\ufffd"
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")  # printable now
    assert "W004" in caplog.text


@pytest.mark.parametrize(("field", "value"), [
    ("id", ["a", "list"]), ("id", {"an": "object"}), ("id", True), ("title", [1, 2]), ("url", 42),
    ("outlet", {"x": 1}), ("language", None), ("url", "http://[::1/broken"), ("url", "https://ex ample.org/\na"),
])
def test_fields_of_the_wrong_type_or_shape_are_cleaned_not_rejected(field, value):
    record = {"id": "r", "text": "Ministers met.", field: value}
    (article,) = read_bytes(json.dumps(record).encode())
    assert isinstance(article, Article) and article.text == "Ministers met."
    assert isinstance(article.id, str) and article.id


def test_an_overlong_id_is_hashed_stably(caplog):
    with caplog.at_level(logging.WARNING):
        first, second = read_bytes((json.dumps({"id": "x" * 130_000, "text": "A."}) + "\n"
                                    + json.dumps({"id": "x" * 130_000, "text": "B."})).encode())
    assert first.id == second.id and first.id.startswith("id-") and len(first.id) < MAX_ID_CHARS
    assert "feed.jsonl:1" in caplog.text and "W004" in caplog.text


def test_clean_functions():
    assert clean_text("a\x00b") == "a\ufffdb"
    assert clean_field("  Talks\n\tin\u200b Paris ") == "Talks in Paris"
    assert clean_field(["x"]) is None and clean_field(12) == "12"
    assert clean_id("id\nwith newline") == ("id with newline", clean_id("id\nwith newline")[1])
    assert clean_id(None) == (None, None)


def test_a_malformed_ipv6_url_has_no_outlet():
    assert outlet_for_url("http://[::1/x") is None


def test_wrong_types_reject_only_the_line():
    lines = [json.dumps({"id": "a", "text": 5}), json.dumps({"text": ["x"]}), "null", '"text"', GOOD]
    results = read_bytes("\n".join(lines).encode())
    assert [r.code if isinstance(r, ArticleRejected) else r.id for r in results] == [
        "E008", "E008", "E007", "E007", "good"]
