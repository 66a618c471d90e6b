"""Two articles with one id in a batch: the later one wins, with one W003 line for the other."""

from __future__ import annotations

import json
import logging

from communique.errors import ArticleRejected
from communique.model import Article, CodedArticle
from communique.read import read_articles, resolve_duplicates, unique_ids

TEXT = "Ministers met in Paris on Monday."


def test_the_same_file_named_twice_is_read_once(tmp_path, caplog):
    path = tmp_path / "a.md"
    path.write_text(TEXT)
    with caplog.at_level(logging.WARNING):
        results = list(read_articles([str(path), str(path)]))
    assert len(results) == 1 and "W003" in caplog.text


def test_two_copies_in_a_folder_share_the_id_derived_from_their_text(tmp_path, caplog):
    (tmp_path / "a.md").write_text(TEXT)
    (tmp_path / "b.md").write_text(TEXT)
    with caplog.at_level(logging.WARNING):
        (article,) = read_articles([str(tmp_path)])
    assert article.path.endswith("b.md") and article.id.startswith("sha-")
    assert "identical text" in caplog.text and "a.md" in caplog.text


def test_the_later_record_with_an_id_wins_and_order_is_kept(tmp_path, caplog):
    lines = [{"id": "x", "text": "First."}, {"id": "y", "text": "Other."}, {"id": "x", "text": "Second."}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n{broken")
    with caplog.at_level(logging.WARNING):
        results = list(read_articles([str(path)]))
    assert [(r.id, r.text) if isinstance(r, Article) else r.code for r in results] == [
        ("y", "Other."), ("x", "Second."), "E007"]
    assert "feed.jsonl:1" in caplog.text and "feed.jsonl:3" in caplog.text


def test_duplicates_beyond_the_window_pass_with_a_warning(caplog):
    articles = [Article(id="a", text="A.", path="1"), Article(id="b", text="B.", path="2"),
                Article(id="a", text="A again.", path="3")]
    with caplog.at_level(logging.WARNING):
        out = list(unique_ids(articles, window=1))
    assert [a.path for a in out] == ["1", "2", "3"] and "replaces the earlier one in the store" in caplog.text


def test_resolve_duplicates_in_a_batch_of_coded_articles(caplog):
    batch = [CodedArticle(Article(id="a", path="1")), ArticleRejected("r", "bad", "E003"),
             CodedArticle(Article(id="a", path="2")), CodedArticle(Article(id="b", path="3"))]
    with caplog.at_level(logging.WARNING):
        kept = resolve_duplicates(batch, key=lambda c: c.article.id if isinstance(c, CodedArticle) else None,
                                  article=lambda c: c.article)
    assert [getattr(k, "article", k).path if isinstance(k, CodedArticle) else k.code for k in kept] == [
        "E003", "2", "3"]
    assert caplog.text.count("W003") == 1
