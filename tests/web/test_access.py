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


def test_serve_on_an_address_it_cannot_listen_on_is_one_coded_line(web_db: str) -> None:
    import socket

    from click.testing import CliRunner

    from communique.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        for host, at in (("no-such-host.invalid", "8000"), ("127.0.0.1", port)):
            result = CliRunner().invoke(main, ["serve", "--db", web_db, "--host", host, "--port", at])
            lines = [line for line in result.stderr.splitlines() if line.strip()]
            assert result.exit_code != 0 and len(lines) == 1 and lines[0].endswith("[E908]"), result.stderr
