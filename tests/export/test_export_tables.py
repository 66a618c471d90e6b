"""Flat exports keep the fields: each side's names, codes and sectors as columns, context,
mentions, the location's geonameid, the outlet; codes stay text; negated events in or out by
the same flag as `communique events`."""

from __future__ import annotations

import csv
import io

import duckdb
import pytest

from communique.errors import CommuniqueError
from communique.export import ExportRequest, output_format
from communique.export.tables import EVENT_COLUMNS
from communique.model import ActorRef, Article, CodedArticle, Event, Location
from communique.store import open_store


def event(status: str) -> Event:
    russia = ActorRef(text="Russian officials", code="RUS", sector="GOV", cameo="RUSGOV", name="Russia")
    usa = ActorRef(text="U.S.", code="USA", sector="GOV", cameo="USAGOV", name="United States")
    ukraine = ActorRef(text="Kyiv", code="UKR", sector=None, cameo="UKR", name="Ukraine")
    return Event(id=f"e-{status}", event_type="AGREE", cameo="036", actor=[russia, usa], recipient=[ukraine],
                 context=["diplomatic"], mentions=3, date="2025-04-10", date_precision="day", status=status,
                 location=Location(name="Istanbul", geonameid=745044, country="TUR", lat=41.01, lon=28.95),
                 sentence=0, start=0, end=5, evidence="Talks will take place", trigger="Talks")


@pytest.fixture
def store(tmp_path):
    article = Article(id="a1", title="Talks", published="2025-04-08", outlet="The Moscow Times",
                      url="https://example.org/talks", text="Talks will take place Thursday in Istanbul.")
    with open_store(str(tmp_path / "flat.duckdb")) as opened:
        opened.write([CodedArticle(article=article, events=[event("planned"), event("negated")])])
        yield opened


def csv_rows(store, **request) -> list[dict[str, str]]:
    stdout = io.StringIO()
    output_format("csv").write(store, ExportRequest(stdout=stdout, table="events", **request))
    return list(csv.DictReader(io.StringIO(stdout.getvalue())))


def test_events_csv_has_each_side_and_the_location_as_columns(store):
    (row,) = csv_rows(store)
    assert list(row) == list(EVENT_COLUMNS)
    assert (row["actor"], row["actor_name"], row["actor_code"], row["actor_sector"]) == (
        "RUSGOV+USAGOV", "Russia", "RUSGOV", "GOV")
    assert row["actor_names"] == '["Russia", "United States"]' and row["actor_sectors"] == '["GOV", "GOV"]'
    assert (row["recipient_name"], row["recipient_code"], row["recipient_sector"]) == ("Ukraine", "UKR", "")
    assert row["context"] == '["diplomatic"]' and row["mentions"] == "3"
    assert (row["location_country"], row["geonameid"]) == ("TUR", "745044")
    assert (row["outlet"], row["published"], row["url"]) == ("The Moscow Times", "2025-04-08",
                                                            "https://example.org/talks")


def test_codes_are_quoted_text_in_csv_and_numbers_bare(store, tmp_path):
    path = tmp_path / "events.csv"
    output_format("csv").write(store, ExportRequest(stdout=io.StringIO(), table="events", path=str(path)))
    written = path.read_text(encoding="utf-8")
    assert ',"036",' in written and ',"RUSGOV",' in written and ",745044," in written
    (cameo, geonameid) = duckdb.sql(f"SELECT cameo, geonameid FROM read_csv('{path}')").fetchone()
    assert (cameo, geonameid) == ("036", 745044)


def test_negated_events_are_in_or_out_by_one_flag_in_every_format(store, tmp_path):
    assert [r["status"] for r in csv_rows(store)] == ["planned"]
    assert [r["status"] for r in csv_rows(store, include_negated=True)] == ["planned", "negated"]
    path = str(tmp_path / "e.parquet")
    for negated, statuses in ((False, ["planned"]), (True, ["planned", "negated"])):
        output_format("parquet").write(store, ExportRequest(stdout=io.StringIO(), table="events", path=path,
                                                             include_negated=negated))
        parquet = duckdb.sql(f"SELECT status, cameo, actor_codes FROM '{path}' ORDER BY idx").fetchall()
        assert [r[0] for r in parquet] == statuses and parquet[0][1:] == ("036", ["RUSGOV", "USAGOV"])
    jsonl = io.StringIO()
    output_format("jsonl").write(store, ExportRequest(stdout=jsonl))
    assert '"negated"' not in jsonl.getvalue() and '"planned"' in jsonl.getvalue()


def test_an_unwritable_output_is_a_coded_error(store):
    for fmt in ("csv", "parquet", "jsonl"):
        with pytest.raises(CommuniqueError, match=r"cannot write the output file.*\[E905\]"):
            output_format(fmt).write(store, ExportRequest(stdout=io.StringIO(), table="events",
                                                          path="/no/such/folder/out." + fmt))
