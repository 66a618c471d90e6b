"""Every backend of the store (a DuckDB file, a PostgreSQL schema: conftest.py's `location`)
keeps the same promises: replace-on-write, round trips, all-or-nothing batches, the same
answers to the same queries, and exports."""

from __future__ import annotations

import csv
import json
import threading
import time

import duckdb
import pytest

from communique.errors import E_STORE_QUERY_TIMEOUT, CommuniqueError
from communique.model import Actor, Place
from communique.store import (
    ActorFilter,
    ArticleFilter,
    EventFilter,
    IncidentFilter,
    PlaceFilter,
    QuoteFilter,
    open_store,
)
from communique.store.filters import EventQuery

from .store_samples import coded


def test_round_trip_keeps_every_field(location):
    original = coded("a1")
    with open_store(location) as store:
        store.write([original])
    with open_store(location, read_only=True) as store:
        assert store.coded("a1").to_dict() == original.to_dict()
        assert [c.article.id for c in store.iter_coded()] == ["a1"]


def test_rewriting_an_article_replaces_its_records(location):
    with open_store(location) as store:
        store.write([coded("a1", events=3), coded("a2")])
        store.write([coded("a1", events=1)])
        assert store.counts() == {"articles": 2, "events": 2, "quotes": 2, "timexes": 2, "places": 0, "actors": 0}


def test_rerun_changes_nothing(location):
    with open_store(location) as store:
        store.write([coded("a1"), coded("a2")])
        before = json.dumps([store.coded(i).to_dict() for i in ("a1", "a2")])
        store.write([coded("a1"), coded("a2")])
        after = json.dumps([store.coded(i).to_dict() for i in ("a1", "a2")])
    assert before == after


def test_failed_batch_leaves_stored_articles_intact(location, write_errors):
    with open_store(location) as store:
        store.write([coded("a1")])
        broken = coded("a2")
        broken.events[0].quad_class = "not a number"  # the insert fails inside the transaction
        with pytest.raises(write_errors):
            store.write([coded("a1", events=5), broken])
        assert store.counts()["events"] == 1  # a1 as before, a2 not half-written
        assert store.coded("a2") is None
        store.write([coded("a3")])  # and the store goes on taking batches
        assert store.counts()["articles"] == 2


@pytest.mark.parametrize("spoil", [
    lambda c: setattr(c.article, "published", "not a date"),  # the first table of the batch
    lambda c: setattr(c.timexes[0], "sentence", "first"),     # a table after others were inserted
    lambda c: setattr(c.events[0], "goldstein", float("nan")),  # NaN is no JSON value
])
def test_a_bad_value_fails_the_whole_batch_and_is_never_stored_as_null(location, write_errors, spoil):
    broken = coded("a2")
    spoil(broken)
    with open_store(location) as store:
        store.write([coded("a1")])
        before = store.counts()
        with pytest.raises(write_errors):
            store.write([coded("a3"), broken])  # bulk inserts: a bad value must not become NULL
        assert store.counts() == before
        assert store.coded("a3") is None and store.coded("a2") is None


def test_event_filters(location):
    with open_store(location) as store:
        store.write([coded("a1", date="2025-04-10"), coded("a2", date="2025-02"),
                     coded("a3", date="2022", status="negated")])
        dates = lambda **kw: [r["date"] for r in store.events(EventFilter(**kw))]  # noqa: E731
        assert dates() == ["2025-04-10", "2025-02"]  # negated left out
        assert dates(status="negated") == ["2022"]
        assert dates(since="2025-03-01") == ["2025-04-10"]
        assert dates(until="2025-02-28") == ["2025-02"]
        assert dates(actor="RUS", recipient="USA", event_type="agree") == ["2025-04-10", "2025-02"]
        assert dates(actor="CHN") == []
        assert dates(limit=1) == ["2025-04-10"]
        row = store.events(EventFilter(limit=1))[0]
        assert row["outlet"] == "The Moscow Times" and "record" not in row and row["location"] == "Istanbul"


def test_export_csv_and_parquet(location, tmp_path):
    with open_store(location) as store:
        store.write([coded("a1", events=2)])
        assert store.export_table("events", str(tmp_path / "e.csv"), "csv") == 2
        assert store.export_table("events", str(tmp_path / "e.parquet"), "parquet") == 2
        assert len(store.table_rows("events")) == 2 and "record" not in store.table_rows("articles")[0]
    rows = list(csv.DictReader((tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()))
    assert [r["actor"] for r in rows] == ["RUSGOV", "RUSGOV"] and rows[0]["location"] == "Istanbul"
    parquet = duckdb.sql(f"SELECT count(*), min(cameo) FROM '{tmp_path / 'e.parquet'}'").fetchone()
    assert parquet == (2, "036")


def test_reading_a_store_that_was_never_written_is_a_clear_error(location):
    with pytest.raises(CommuniqueError, match="no such database|no store in this database"):
        open_store(location, read_only=True)


def test_quote_filters(location):
    with open_store(location) as store:
        store.write([coded("a1"), coded("a2")])
        cues = lambda **kw: [r["cue"] for r in store.quotes(QuoteFilter(**kw))]  # noqa: E731
        assert cues() == ["said", "said"]
        assert cues(speaker="russ", country="rus", kind="indirect", since="2025-04-08",
                    text="talks") == ["said", "said"]
        assert cues(country="RU") == [] and cues(country="RU*") == ["said", "said"]  # exact unless a pattern
        assert cues(limit=1) == ["said"]
        assert cues(kind="direct") == [] and cues(until="2025-04-07") == [] and cues(country="USA") == []
        assert store.quotes()[0]["mention"] == "Russia"


def test_actor_and_place_counts(location):
    article = coded("a1")
    article.actors = [Actor(text="Moscow", start=0, end=6, name="Russia", code="RUS", sector="GOV", cameo="RUSGOV"),
                      Actor(text="Kremlin", start=7, end=14, name="Russia", code="RUS", sector="GOV", cameo="RUSGOV"),
                      Actor(text="Ankara", start=15, end=21, name="Turkey", code="TUR", sector="GOV", cameo="TURGOV")]
    article.places = [Place(text="Istanbul", start=22, end=30, name="Istanbul", country="TUR", role="location")]
    with open_store(location) as store:
        store.write([article])
        assert [(r["name"], r["mentions"]) for r in store.actor_counts()] == [("Russia", 2), ("Turkey", 1)]
        assert [r["cameo"] for r in store.actor_counts(ActorFilter(by="cameo", code="tur"))] == ["TURGOV"]
        assert store.actor_counts(ActorFilter(by="code", limit=1))[0] == {"code": "RUS", "cameos": 1, "mentions": 2,
                                                                          "articles": 1}
        assert [r["name"] for r in store.place_counts(PlaceFilter(country="tur"))] == ["Istanbul"]
        assert store.place_counts(PlaceFilter(role="actor")) == []


def test_articles_lists_record_counts(location):
    with open_store(location) as store:
        store.write([coded("a1", events=2), coded("a2")])
        rows = store.articles(ArticleFilter(limit=1))
        assert len(rows) == 1 and rows[0]["events"] in (1, 2) and rows[0]["quotes"] == 1
        assert store.find_article_id("a1") == "a1" and store.find_article_id("a2.md") == "a2"
        assert store.find_article_id("a") in ("a1", "a2") and store.find_article_id("zz") is None


def test_events_are_linked_to_incidents_on_every_backend(location):
    """Two articles reporting the same planned talks: one incident, both events reported by it."""
    with open_store(location) as store:
        store.write([coded("a1"), coded("a2")])
        one, two = store.event_incidents("a1"), store.event_incidents("a2")
        assert one and one == two
        store.write([coded("a2", date="2024-01-01")])  # re-coded: no longer the same talks
        assert store.event_incidents("a1") != store.event_incidents("a2")


def test_incidents_filter_and_report_on_every_backend(location):
    with open_store(location) as store:
        store.write([coded("a1"), coded("a2"), coded("a3", date="2024-01-01")])
        incidents = store.incidents()
        assert [i["num_articles"] for i in incidents] == [2, 1]  # most articles first
        talks = incidents[0]
        assert talks["first_article_id"] == "a1" and talks["evidence_sentence"] == 0
        assert {r["article_id"] for r in store.incident_reports(talks["id"])} == {"a1", "a2"}
        assert [i["id"] for i in store.incidents(IncidentFilter(min_articles=2))] == [talks["id"]]
        assert [i["date"] for i in store.incidents(IncidentFilter(since="2025", actor="RUS"))] == ["2025-04-10"]
        assert store.incidents(IncidentFilter(actor="RU")) == []  # codes match exactly
        assert [i["date"] for i in store.incidents(IncidentFilter(sort="date"))] == ["2025-04-10", "2024-01-01"]
        assert store.incidents(IncidentFilter(ids=())) == []
        by_incident = {r["article_id"]: r["incident"] for r in store.events()}
        assert by_incident["a1"] == by_incident["a2"] == talks["id"] != by_incident["a3"]
        assert [r["article_id"] for r in store.events(EventFilter(incident=talks["id"], sort="article_id"))] \
            == ["a1", "a2"]


def test_codes_match_exactly_on_either_side_and_percent_is_literal(location):
    with open_store(location) as store:
        store.write([coded("a1")])  # RUSGOV -> USAGOV
        found = lambda **kw: len(store.events(EventFilter(**kw)))  # noqa: E731
        assert found(actor="RUS") == 1 and found(actor="RUSGOV") == 1 and found(actor="RU") == 0
        assert found(actor="RU*") == 1 and found(actor="%") == 0 and found(actor="_USGOV") == 0
        assert found(either="USA") == 1 and found(either="RUS") == 1 and found(either="CHN") == 0
        assert found(recipient="RUS") == 0
        assert store.actor_codes() == ["RUS", "RUSGOV", "USAGOV"]  # the speaker's code and the event's sides


def test_event_counts_by_each_grouping(location):
    with open_store(location) as store:
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
        (month,) = store.quote_counts(QuoteFilter(), "month")
        assert month == {"month": "2025-04", "quotes": 2, "articles": 2}


def test_events_sort_by_any_key_either_way(location):
    with open_store(location) as store:
        store.write([coded("a1", date="2025-04-10"), coded("a2", date="2022"), coded("a3", date="2025-02")])
        assert [r["date"] for r in store.events(EventFilter(sort="date"))] == ["2022", "2025-02", "2025-04-10"]
        assert [r["article_id"] for r in store.events(EventFilter(sort="-article_id"))] == ["a3", "a2", "a1"]
        assert [r["date"] for r in store.events(EventFilter(since="2022", until="2022"))] == ["2022"]
        assert [r["id"] for r in store.articles(ArticleFilter(sort="id"))] == ["a1", "a2", "a3"]


def test_an_id_prefix_finds_one_article_or_every_candidate(location):
    with open_store(location) as store:
        store.write([coded("XIN_1"), coded("XIN_2"), coded("AFP_1")])
        assert store.article_ids("XIN") == ["XIN_1", "XIN_2"]
        assert store.article_ids("XIN_2") == ["XIN_2"] and store.article_ids("AFP_1.md") == ["AFP_1"]
        assert store.article_ids("X%") == [] and store.article_ids() == ["AFP_1", "XIN_1", "XIN_2"]
        assert store.article_ids("XIN", limit=1) == ["XIN_1"]


def test_cancel_stops_the_running_query_as_a_coded_error(location):
    """The web's time limit: `cancel` from another thread stops a view query, which raises E320."""
    with open_store(location, read_only=False) as store:
        store.write([coded("a1", events=3)])
        done = threading.Event()

        def keep_cancelling() -> None:  # as web/access.py's watchdog does once a request is late
            while not done.wait(0.005):
                store.cancel()

        watchdog = threading.Thread(target=keep_cancelling, daemon=True)
        watchdog.start()
        deadline = time.monotonic() + 30
        try:
            with pytest.raises(CommuniqueError, match=E_STORE_QUERY_TIMEOUT):
                while time.monotonic() < deadline:  # queries for as long as it is let
                    store.dyads(EventQuery(), "code", 10)
        finally:
            done.set()
            watchdog.join()
        assert store.event_total(EventQuery()) == 3  # the store answers again after
