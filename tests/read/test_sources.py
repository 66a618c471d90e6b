"""Finding inputs (paths, directories, globs, stdin) and rejecting what cannot be read."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest

from communique.errors import ArticleRejected
from communique.model import Article
from communique.read import read_articles
from conftest import EXAMPLES


def test_directory_is_read_recursively_in_order():
    results = list(read_articles([str(EXAMPLES)]))
    assert all(isinstance(r, Article) for r in results)
    assert [r.path.rsplit("/", 1)[-1] for r in results] == [
        "afp-1997-zaire-talks.html", "embassy-talks-istanbul.md",
        "xinhua-2005-excerpts.jsonl:1", "xinhua-2005-excerpts.jsonl:2"]


def test_glob_pattern():
    results = list(read_articles([str(EXAMPLES / "*.md")]))
    assert len(results) == 1 and results[0].title.startswith("U.S.-Russia Embassy Talks")


def test_standard_input(monkeypatch):
    line = json.dumps({"id": "stdin-1", "text": "Talks began.", "published": "2024-01-01"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode())))
    (article,) = read_articles(["-"])
    assert article.id == "stdin-1" and article.path == "-:1"


def bad_files(tmp_path) -> dict[str, tuple[str, str]]:
    """Each bad input, with the rejection code and a word of the message it must get."""
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.md").write_bytes("Les n\xe9gociations ont repris.".encode("latin-1"))
    (tmp_path / "huge.md").write_text("Talks resumed. " * 400_000)  # 6 MB
    locked = tmp_path / "locked.md"
    locked.write_text("Talks.")
    locked.chmod(0)
    return {
        str(tmp_path / "missing.md"): ("E001", "no such file"),
        str(tmp_path / "nothing-*.md"): ("E001", "no file matches"),
        str(tmp_path / "empty.md"): ("E003", "empty"),
        str(tmp_path / "binary.md"): ("E004", "binary"),
        str(tmp_path / "latin1.md"): ("E005", "not UTF-8"),
        str(tmp_path / "huge.md"): ("E010", "more than the limit"),
        str(locked): ("E002", "permission denied"),
    }


def test_each_bad_input_gets_one_clear_rejection(tmp_path):
    cases = bad_files(tmp_path)
    if os.geteuid() == 0:  # root reads any file: the permission case cannot happen
        cases = {k: v for k, v in cases.items() if v[0] != "E002"}
    good = str(EXAMPLES / "embassy-talks-istanbul.md")
    results = list(read_articles([*cases, good]))
    rejected = {r.source: r for r in results if isinstance(r, ArticleRejected)}
    assert set(rejected) == set(cases)
    for source, (code, words) in cases.items():
        assert rejected[source].code == code
        assert words in str(rejected[source]) and source in str(rejected[source])
        assert "\n" not in str(rejected[source])
    assert isinstance(results[-1], Article)  # the batch went on


@pytest.mark.parametrize("name", ["notes.md", "page.html", "feed.jsonl"])
def test_unknown_names_are_sniffed(tmp_path, name):
    content = {"notes.md": "Ministers met.", "page.html": "Ministers met.",
               "feed.jsonl": json.dumps({"id": "s", "text": "Ministers met.", "published": "2020-01-01"})}[name]
    path = tmp_path / "input"
    path.write_text(content)
    (article,) = read_articles([str(path)])
    assert article.text == "Ministers met."
