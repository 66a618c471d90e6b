"""How the server reads the database: per request, read-only, within a time limit."""

from __future__ import annotations

import time

import pytest

from communique.store import DuckDBStore
from communique.store.filters import EventQuery
from communique.web.access import StoreAccess, StoreUnavailable


def test_a_request_over_its_time_limit_is_stopped(web_db: str) -> None:
    access = StoreAccess(web_db, query_seconds=0.2)

    def endless(store: DuckDBStore) -> None:  # queries for as long as it is let
        while True:
            store.dyads(EventQuery(), "code", 100)

    started = time.perf_counter()
    with pytest.raises(StoreUnavailable) as stopped:
        access.read(endless)  # type: ignore[arg-type]
    assert stopped.value.code == "E320"
    assert time.perf_counter() - started < 5


def test_a_request_within_its_limit_answers_and_leaves_the_file_free(web_db: str) -> None:
    access = StoreAccess(web_db, query_seconds=5)
    assert access.read(lambda s: s.event_total(EventQuery())) > 0
    with DuckDBStore(web_db) as writer:  # the server holds nothing between requests: a writer may open it
        assert writer.counts()["events"] > 0
