"""What is particular to the DuckDB store, in a real file: its bulk inserts and its schema (the
promises every backend keeps are tested on each in test_store.py)."""

from __future__ import annotations

import csv

import duckdb
import pytest

from communique.errors import CommuniqueError
from communique.model import Actor, Place
from communique.store import (
    ActorFilter,
    ArticleFilter,
    DuckDBStore,
    EventFilter,
    PlaceFilter,
    QuoteFilter,
    open_store,
)
from communique.store.rows import TABLES, rows_for

from .store_samples import coded


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "test.duckdb")


def test_bulk_write_stores_what_row_by_row_inserts_did(db_path):
    """Every column of every table as a plain parameterised INSERT stores it (the old path)."""
    batch = [coded("a1", events=3), coded("a2", date="2025-02")]
    batch[0].places = [Place(text="Istanbul", name="Istanbul", geonameid=745044, country="TUR", lat=41.01,
                             lon=28.95, role="event", sentence=0, start=35, end=43)]
    with open_store(db_path) as store:
        store.write(batch)
        stored = {t: store.query(f"SELECT * FROM {t} ORDER BY ALL") for t in TABLES}
    reference = DuckDBStore(db_path + ".ref").con  # the same schema, filled row by row
    for coded_article in batch:
        for table, rows in rows_for(coded_article).items():
            for row in rows:
                names = ", ".join(f'"{c}"' for c in row)
                reference.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in row)})",
                                  list(row.values()))
    for table, rows in stored.items():
        cursor = reference.execute(f"SELECT * FROM {table} ORDER BY ALL")
        names = [d[0] for d in cursor.description]
        assert [dict(zip(names, r, strict=True)) for r in cursor.fetchall()] == rows, table


def test_event_filters(db_path):
    with open_store(db_path) as store:
        store.write([coded("a1", date="2025-04-10"), coded("a2", date="2025-02"),
                     coded("a3", date="2022", status="negated")])
        dates = lambda **kw: [r["date"] for r in store.events(EventFilter(**kw))]  # noqa: E731
        assert dates() == ["2025-04-10", "2025-02"]  # negated left out
        assert dates(status="negated") == ["2022"]
        assert dates(since="2025-03-01") == ["2025-04-10"]
        assert dates(until="2025-02-28") == ["2025-02"]
        assert dates(actor="RUS", recipient="USA", event_type="agree") == ["2025-04-10", "2025-02"]
        assert dates(actor="CHN") == []


def test_export_csv_and_parquet(db_path, tmp_path):
    with open_store(db_path) as store:
        store.write([coded("a1", events=2)])
        assert store.export_table("events", str(tmp_path / "e.csv"), "csv") == 2
        assert store.export_table("events", str(tmp_path / "e.parquet"), "parquet") == 2
    rows = list(csv.DictReader((tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()))
    assert [r["actor"] for r in rows] == ["RUSGOV", "RUSGOV"] and rows[0]["location"] == "Istanbul"
    parquet = duckdb.sql(f"SELECT count(*), min(cameo) FROM '{tmp_path / 'e.parquet'}'").fetchone()
    assert parquet == (2, "036")


def test_reading_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(Exception, match="no such database"):
        open_store(str(tmp_path / "absent.duckdb"), read_only=True)


def test_quote_filters(db_path):
    with open_store(db_path) as store:
        store.write([coded("a1"), coded("a2")])
        cues = lambda **kw: [r["cue"] for r in store.quotes(QuoteFilter(**kw))]  # noqa: E731
        assert cues() == ["said", "said"]
        assert cues(speaker="russ", country="rus", kind="indirect", since="2025-04-08",
                    text="talks") == ["said", "said"]
        assert cues(country="RU") == [] and cues(country="RU*") == ["said", "said"]  # exact unless a pattern
        assert cues(limit=1) == ["said"]
        assert cues(kind="direct") == [] and cues(until="2025-04-07") == [] and cues(country="USA") == []
        assert store.quotes()[0]["mention"] == "Russia"


def test_actor_and_place_counts(db_path):
    article = coded("a1")
    article.actors = [Actor(text="Moscow", start=0, end=6, name="Russia", code="RUS", sector="GOV", cameo="RUSGOV"),
                      Actor(text="Kremlin", start=7, end=14, name="Russia", code="RUS", sector="GOV", cameo="RUSGOV"),
                      Actor(text="Ankara", start=15, end=21, name="Turkey", code="TUR", sector="GOV", cameo="TURGOV")]
    article.places = [Place(text="Istanbul", start=22, end=30, name="Istanbul", country="TUR", role="location")]
    with open_store(db_path) as store:
        store.write([article])
        assert [(r["name"], r["mentions"]) for r in store.actor_counts()] == [("Russia", 2), ("Turkey", 1)]
        assert [r["cameo"] for r in store.actor_counts(ActorFilter(by="cameo", code="tur"))] == ["TURGOV"]
        assert store.actor_counts(ActorFilter(by="code", limit=1))[0] == {"code": "RUS", "cameos": 1, "mentions": 2,
                                                                          "articles": 1}
        assert [r["name"] for r in store.place_counts(PlaceFilter(country="tur"))] == ["Istanbul"]
        assert store.place_counts(PlaceFilter(role="actor")) == []


def test_articles_lists_record_counts(db_path):
    with open_store(db_path) as store:
        store.write([coded("a1", events=2), coded("a2")])
        rows = store.articles(ArticleFilter(limit=1))
    assert len(rows) == 1 and rows[0]["events"] in (1, 2) and rows[0]["quotes"] == 1


def test_rows_name_every_column_of_the_schema(db_path):
    with DuckDBStore(db_path) as store:  # the backend itself: the check reads its schema in SQL
        article = coded("a1")
        article.actors = [Actor(text="Moscow", start=0, end=6)]
        article.places = [Place(text="Istanbul", start=22, end=30)]
        for table, rows in rows_for(article).items():
            assert rows, f"give this test's article a record of {table}"
            schema = [d["column_name"] for d in store.query(f"DESCRIBE {table}")]
            assert list(rows[0]) == schema, table



def test_codes_match_exactly_on_either_side_and_percent_is_literal(db_path):
    with open_store(db_path) as store:
        store.write([coded("a1")])  # RUSGOV -> USAGOV
        found = lambda **kw: len(store.events(EventFilter(**kw)))  # noqa: E731
        assert found(actor="RUS") == 1 and found(actor="RUSGOV") == 1 and found(actor="RU") == 0
        assert found(actor="RU*") == 1 and found(actor="%") == 0 and found(actor="_USGOV") == 0
        assert found(either="USA") == 1 and found(either="RUS") == 1 and found(either="CHN") == 0
        assert found(recipient="RUS") == 0
        assert store.actor_codes() == ["RUS", "RUSGOV", "USAGOV"]  # the speaker's code and the event's sides


def test_event_counts_by_each_grouping(db_path):
    with open_store(db_path) as store:
        store.write([coded("a1", events=2, date="2025-04-10"), coded("a2", date="2025-02")])
        (dyad,) = store.event_counts(EventFilter(), "dyad")
        assert dyad == {"actor": "RUSGOV", "recipient": "USAGOV", "events": 3, "articles": 2}
        months = store.event_counts(EventFilter(), "month")
        assert [(r["month"], r["events"]) for r in months] == [("2025-04", 2), ("2025-02", 1)]
        assert [r["month"] for r in store.event_counts(EventFilter(), "month", "key")] == ["2025-02", "2025-04"]
        assert store.event_counts(EventFilter(since="2025-03"), "type") == [
            {"event_type": "AGREE", "events": 2, "articles": 1}]
        (speaker,) = store.quote_counts(QuoteFilter(), "speaker")
        assert speaker["speaker"] == "Russia" and speaker["quotes"] == 2


def test_events_sort_by_any_key_either_way(db_path):
    with open_store(db_path) as store:
        store.write([coded("a1", date="2025-04-10"), coded("a2", date="2022"), coded("a3", date="2025-02")])
        assert [r["date"] for r in store.events(EventFilter(sort="date"))] == ["2022", "2025-02", "2025-04-10"]
        assert [r["article_id"] for r in store.events(EventFilter(sort="-article_id"))] == ["a3", "a2", "a1"]
        assert [r["date"] for r in store.events(EventFilter(since="2022", until="2022"))] == ["2022"]


def test_an_id_prefix_finds_one_article_or_every_candidate(db_path):
    with open_store(db_path) as store:
        store.write([coded("XIN_1"), coded("XIN_2"), coded("AFP_1")])
        assert store.article_ids("XIN") == ["XIN_1", "XIN_2"]
        assert store.article_ids("XIN_2") == ["XIN_2"] and store.article_ids("AFP_1.md") == ["AFP_1"]
        assert store.article_ids("X%") == [] and store.article_ids() == ["AFP_1", "XIN_1", "XIN_2"]


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB file system of its own (tmpfs), where the test can fill the disk or make it
    read-only; skipped where mounting is not allowed (not root, no CAP_SYS_ADMIN)."""
    import subprocess

    folder = tmp_path / "small"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_a_full_disk_is_named_and_what_was_stored_stays(small_disk):
    path = str(small_disk / "full.duckdb")
    store = open_store(path)
    store.write([coded("a1")])
    large = [coded(f"b{i}") for i in range(30)]
    for article in large:
        article.article.text = "x" * 600_000
    with pytest.raises(CommuniqueError, match=r"the disk is full.*No space left on device.*\[E308\]"):
        store.write(large)
    store.close()
    with open_store(path, read_only=True) as reopened:
        assert reopened.counts()["articles"] == 1 and reopened.coded("a1") is not None


def test_a_read_only_disk_is_named(small_disk):
    import subprocess

    path = str(small_disk / "ro.duckdb")
    open_store(path).close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(CommuniqueError, match=r"cannot be written.*\[E307\]"):
        open_store(path)
    with open_store(path, read_only=True) as reading:  # reading it still works
        assert reading.counts()["articles"] == 0
