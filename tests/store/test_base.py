"""The store interface (store/base.py): what every backend offers, and batched writing, on each
backend (conftest.py's `location`)."""

from __future__ import annotations

import pytest

from communique.model import Article, CodedArticle
from communique.store import BatchWriter, DuckDBStore, Store, open_store


def article(article_id: str) -> CodedArticle:
    return CodedArticle(article=Article(id=article_id, text="Talks will take place Thursday in Istanbul."))


def test_batch_writer_writes_whole_batches_then_the_rest(location):
    with open_store(location) as store:
        writer = BatchWriter(store, 2)
        writer.add(article("a1"))
        assert store.counts()["articles"] == 0  # gathered, not yet written
        writer.add(article("a2"))
        assert store.counts()["articles"] == 2
        writer.add(article("a3"))
        writer.flush()
        assert store.counts()["articles"] == 3


def test_replace_article_is_a_batch_of_one(location):
    with open_store(location) as store:
        store.replace_article(article("a1"))
        store.replace_article(article("a1"))
        assert store.counts()["articles"] == 1


@pytest.mark.parametrize("backend_class", ["duckdb", "postgres"])
def test_every_backend_offers_every_method_of_the_protocol(backend_class):
    from communique.store.postgres import PostgresStore

    wanted = {name for name in vars(Store) if not name.startswith("_") or name in ("__enter__", "__exit__")}
    assert {"write", "replace_article", "events", "quotes", "actor_counts", "place_counts", "export_table"} <= wanted
    assert wanted <= set(dir({"duckdb": DuckDBStore, "postgres": PostgresStore}[backend_class]))
