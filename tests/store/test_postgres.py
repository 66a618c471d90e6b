"""What is particular to the PostgreSQL store, on a real server (COMMUNIQUE_TEST_PG): the
schema is DuckDB's in another dialect, several writers at once, a writer killed mid-batch, a
reader during a write, and incidents linked as on a DuckDB file.

The AFP excerpts are from the shared corpus: AFP, 17 December 2006 (AFP_ENG_20061216.0438 and
AFP_ENG_20061216.0460).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from communique.model import CodedArticle
from communique.store import DuckDBStore, open_store
from communique.store.embedded import migrations
from communique.store.postgres import INCIDENT_TABLES, LINK_LOCK, SCHEMA_FILE, IncidentMirror, PostgresStore

from .store_samples import coded

ABBAS_0438 = ("Fatah-backed Palestinian president Mahmud Abbas called Saturday for early elections to resolve the "
              "political standoff in the Palestinian territories, but Hamas rejected the move as a \"coup d'etat\".")
ABBAS_0460 = ("Political tension gripped the Palestinian territories Sunday after president Mahmud Abbas called for "
              "early elections, dramatically raising the stakes in a long-running power struggle with the ruling "
              "Hamas party.")
SUNDAY_0438 = ("A member of the Palestinian presidential guard was killed and several others injured Sunday in a clash "
               "with supporters of the Palestinian ruling party Hamas, medical and security officials said.")
SATURDAY_0460 = ("A Palestinian boy was shot dead and at least 18 others wounded late Saturday as thousands of armed "
                 "loyalists of the two rivals, some of them masked, took to the streets of Gaza after Hamas denounced "
                 "Abbas's move as tantamount to a coup.")

SRC = str(Path(__file__).resolve().parents[2] / "src")


@pytest.fixture
def url(new_postgres_store: Callable[[], str]) -> str:
    return new_postgres_store()


def held_link_lock(url: str):  # noqa: ANN201
    """A connection in a transaction holding the store's linking lock: every writer stops there,
    mid-batch, its records already sent, until the transaction ends."""
    import psycopg

    con = psycopg.connect(url)
    con.execute(LINK_LOCK)
    return con


def wait_for_waiting_writer(con, timeout: float = 60.0) -> int:
    """The backend pid of a writer waiting for an advisory lock held by `con`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = con.execute("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                          "AND pid <> pg_backend_pid() LIMIT 1").fetchone()
        if row:
            return int(row[0])
        time.sleep(0.05)
    raise AssertionError("no writer reached the linking lock")


def test_schema_is_duckdbs_in_postgres_dialect(url):
    assert [n for n, _ in migrations(SCHEMA_FILE)] == [n for n, _ in migrations()]
    with PostgresStore(url) as pg, DuckDBStore(":memory:") as embedded:
        tables = [r[0] for r in embedded.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_name <> 'migrations' ORDER BY 1").fetchall()]
        assert "incident_events" in tables and "articles" in tables
        for table in tables:
            assert pg.column_names(table) == list(embedded.column_types(table)), table


def test_two_writers_at_once_lose_and_double_nothing(url):
    """Two processes' worth of writers (threads, each with its own connection) write batches that
    overlap, at the same moment, many times: every article once, with one whole version."""
    with PostgresStore(url):
        pass  # migrated once, so both writers start on the same schema
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def writer(events: int) -> None:
        try:
            with open_store(url) as store:
                start.wait()
                for round_ in range(6):
                    store.write([coded(f"shared-{i}", events=events) for i in range(round_, round_ + 4)]
                                + [coded(f"own-{events}-{round_}", events=events)])
        except BaseException as e:  # reported below: a thread's exception is otherwise lost
            failures.append(e)

    threads = [threading.Thread(target=writer, args=(n,)) for n in (2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    with open_store(url, read_only=True) as store:
        articles = store.articles()
        assert len(articles) == 9 + 12  # shared-0..8 once each, and each writer's own six
        assert {a["id"] for a in articles if a["id"].startswith("own-2")} == {f"own-2-{r}" for r in range(6)}
        for a in articles:  # one writer's version whole, never a mix or a sum
            assert a["events"] in (2, 3) and a["quotes"] == 1 and a["timexes"] == 1, a
        reports = store.query("SELECT count(*) AS n, count(DISTINCT (article_id, idx)) AS d FROM incident_reports")
        assert reports == [{"n": store.counts()["events"], "d": store.counts()["events"]}]


def test_a_writer_killed_mid_batch_leaves_no_half_article(url):
    with open_store(url) as store:
        store.write([coded("a1", events=1)])
    lock = held_link_lock(url)
    script = textwrap.dedent(f"""
        import sys; sys.path[:0] = [{SRC!r}, {str(Path(__file__).parent)!r}]
        from store_samples import coded
        from communique.store import open_store
        with open_store({url!r}) as store:
            store.write([coded("a1", events=5), coded("a9", events=2)])
    """)
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        backend = wait_for_waiting_writer(lock)  # the child has deleted a1 and sent its new rows
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        lock.rollback()
        lock.close()
    assert child.returncode == -signal.SIGKILL
    with open_store(url) as store:
        deadline = time.monotonic() + 30
        while store.scalar("SELECT count(*) FROM pg_stat_activity WHERE pid = ?", [backend]) and \
                time.monotonic() < deadline:
            time.sleep(0.05)  # the server notices the dead client and rolls its transaction back
        assert store.counts()["articles"] == 1 and store.counts()["events"] == 1
        assert store.coded("a9") is None and len(store.coded("a1").events) == 1
        store.write([coded("a9")])  # the locks died with it
        assert store.counts()["articles"] == 2


def test_a_reader_during_a_write_sees_the_last_commit_without_waiting(url):
    with open_store(url) as store:
        store.write([coded("a1", events=1)])
    lock = held_link_lock(url)
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with open_store(url) as store:
                store.write([coded("a1", events=4), coded("a2")])
        except BaseException as e:
            failures.append(e)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        wait_for_waiting_writer(lock)
        # a reader that had to wait for the writer would fail here, not hang
        with open_store(url, read_only=True) as reader:
            reader.con.execute("SET statement_timeout = 5000")
            assert reader.counts()["articles"] == 1 and len(reader.coded("a1").events) == 1
            assert [r["id"] for r in reader.articles()] == ["a1"]
    finally:
        lock.rollback()
        lock.close()
    writer.join(timeout=60)
    assert not failures and not writer.is_alive()
    with open_store(url, read_only=True) as reader:
        assert reader.counts()["articles"] == 2 and len(reader.coded("a1").events) == 4


def snapshot(store) -> tuple[list, list]:
    """Incidents and their reports in a fixed order, on either backend."""
    columns = ("id, status, fulfilled_by, event_type, cameo, actor, recipient, date, date_precision, location, "
               "country, lat, lon, num_mentions, num_articles, num_sources, first_report, last_report, evidence, "
               "evidence_article_id")
    incidents = store.query(f"SELECT {columns} FROM incidents ORDER BY id")
    reports = store.query("SELECT incident_id, article_id, idx, event_id FROM incident_reports "
                          "ORDER BY article_id, idx")
    return incidents, reports


@pytest.fixture(scope="module")
def afp(code_text: Callable[..., CodedArticle]) -> list[CodedArticle]:
    texts = {"abbas-a": ABBAS_0438, "abbas-b": ABBAS_0460, "sunday": SUNDAY_0438, "saturday": SATURDAY_0460}
    return [code_text(text, published="2006-12-17", id=key, outlet="AFP") for key, text in texts.items()]


def test_incidents_are_linked_as_on_a_duckdb_file(new_postgres_store, tmp_path, afp):
    with open_store(tmp_path / "x.duckdb") as embedded:
        embedded.write(afp)
        expected = snapshot(embedded)
    assert len(expected[0]) < len(expected[1]), "something was linked"
    for order in (afp, afp[::-1]):
        with open_store(new_postgres_store()) as store:
            for article in order:  # one batch each: the linking is incremental, across batches
                store.write([article])
            assert snapshot(store) == expected
            store.write(afp)  # re-running changes nothing
            assert snapshot(store) == expected
            assert store.event_incidents("abbas-a") == DuckDBStore(tmp_path / "x.duckdb",
                                                                   read_only=True).event_incidents("abbas-a")


def test_another_writers_linking_is_seen_by_the_next_batch(url, tmp_path, afp):
    """Each store keeps its copy of the incident tables; a batch linked by another writer in
    between makes it reload, so incidents still span both writers' articles."""
    with open_store(tmp_path / "x.duckdb") as embedded:
        embedded.write(afp[:3])
        expected = snapshot(embedded)
    with open_store(url) as first, open_store(url) as second:
        first.write([afp[0]])
        second.write([afp[1]])  # links abbas-b to abbas-a, which `first`'s copy has not seen
        first.write([afp[1], afp[2]])  # abbas-b again, as `second` stored it: its reports are replaced
        assert snapshot(first) == expected
        second.write([afp[3]])
        first.write([afp[0]])  # `first` catches up from the log of `second`'s linkings
        caught_up = {t: mirror_rows(first.mirror, t) for t in INCIDENT_TABLES}
        fresh = IncidentMirror.load(first)
        assert caught_up == {t: mirror_rows(fresh, t) for t in INCIDENT_TABLES}, "the same as a copy made anew"
        fresh.close()


def mirror_rows(mirror: IncidentMirror, table: str) -> list[tuple]:
    return sorted(mirror.store.con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def test_parquet_export_is_read_back_by_duckdb(url, tmp_path):
    with open_store(url) as store:
        store.write([coded("a1", events=3)])
        assert store.export_table("articles", str(tmp_path / "a.parquet"), "parquet") == 1
    assert duckdb.sql(f"SELECT credits FROM '{tmp_path / 'a.parquet'}'").fetchone() == (["AFP"],)


def test_the_commands_read_a_postgres_store_and_never_print_its_password(url):
    from click.testing import CliRunner

    from communique.cli import main

    with open_store(url) as store:
        store.write([coded("a1"), coded("a2")])
    password = url.split("//", 1)[1].split("@", 1)[0].split(":", 1)[1]
    for command in (["articles"], ["events"], ["incidents"], ["count", "events", "--by", "type"]):
        result = CliRunner().invoke(main, [*command, "--db", url])
        assert result.exit_code == 0, result.output
        assert f":{password}@" not in result.output, command
    assert "a1" in CliRunner().invoke(main, ["articles", "--db", url]).output
