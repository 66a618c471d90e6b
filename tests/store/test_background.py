"""The background writer: batches stored by a thread while the caller goes on, same result."""

from __future__ import annotations

import pytest

from communique.errors import CommuniqueError
from communique.model import Article, CodedArticle
from communique.store import open_store
from communique.store.background import BackgroundWriter


def article(article_id: str) -> CodedArticle:
    return CodedArticle(article=Article(id=article_id, text="Talks will take place Thursday in Istanbul."))


def test_every_batch_is_stored_by_the_time_flush_returns(tmp_path):
    with open_store(str(tmp_path / "background.duckdb")) as store:
        writer = BackgroundWriter(store, 2)
        for n in range(5):
            writer.add(article(f"a{n}"))
        writer.add(article("a1"))  # the same id again in a later batch: replaced, not doubled
        writer.flush()
        writer.stop()
        assert store.counts()["articles"] == 5
        assert sorted(r["id"] for r in store.articles()) == [f"a{n}" for n in range(5)]


def test_a_failed_write_stops_the_run(tmp_path):
    path = tmp_path / "gone.duckdb"
    store = open_store(str(path))
    store.close()
    path.unlink()
    path.mkdir()  # the store reopens its file for a write: now a folder, so every write fails
    writer = BackgroundWriter(store, 1)
    with pytest.raises(CommuniqueError, match="E301|E302"):
        writer.add(article("a1"))
        writer.add(article("a2"))  # waits for the first batch, whose error it raises
        writer.flush()
    writer.stop()
