"""The REST API through httpx's ASGI transport, on a real DuckDB file coded from examples/."""

from __future__ import annotations

import asyncio
import csv
import io
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest
from web_seed import EMBASSY_ID, HOSTILE, HOSTILE_ID, SECOND_ID

from communique.web.app import create_app


def get(db: str, path: str, **params: Any) -> httpx.Response:
    """GET `path` from the app over `db`, in-process (no socket)."""

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get(path, params=params)

    return asyncio.run(fetch())


def test_events_are_listed_newest_first_with_their_outlet(web_db: str) -> None:
    body = get(web_db, "/api/events").json()
    dates = [e["date"] for e in body["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert body["total"] == len(body["items"])
    talks = next(e for e in body["items"] if e["article_id"] == EMBASSY_ID and e["event_type"] == "AGREE")
    assert talks["location"] == "Istanbul" and talks["outlet"] == "The Moscow Times"


def test_filters_narrow_the_events(web_db: str) -> None:
    everything = get(web_db, "/api/events").json()["total"]
    russian = get(web_db, "/api/events", actor="rus").json()
    assert 0 < russian["total"] < everything
    assert all("RUS" in e["actor"] for e in russian["items"])
    in_turkey = get(web_db, "/api/events", country="TUR").json()["items"]
    assert {e["location"] for e in in_turkey} == {"Istanbul"}
    february = get(web_db, "/api/events", since="2025-02", until="2025-02").json()["items"]
    assert {e["date"] for e in february} == {"2025-02-18", "2025-02-27"}
    consult_root = get(web_db, "/api/events", cameo="04").json()["items"]
    assert consult_root and all(e["cameo"].startswith("04") for e in consult_root)



def test_codes_match_as_on_the_command_line(web_db: str) -> None:
    # whole CAMEO segments: "RUS" finds RUSGOV, "RU" is no code, "RU*" is a pattern
    assert get(web_db, "/api/events", actor="RUS").json()["total"] > 0
    assert get(web_db, "/api/events", actor="RU").json()["total"] == 0
    assert get(web_db, "/api/events", actor="RU*").json()["total"] == get(web_db, "/api/events",
                                                                           actor="RUS").json()["total"]


def test_pages_follow_the_cursor_to_the_end(web_db: str) -> None:
    total = get(web_db, "/api/events").json()["total"]
    seen: list[tuple[str, int]] = []
    cursor = None
    while True:
        page = get(web_db, "/api/events", limit=2, **({"cursor": cursor} if cursor else {})).json()
        seen += [(e["article_id"], e["idx"]) for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == total


def test_csv_has_a_header_and_a_row_per_event(web_db: str) -> None:
    response = get(web_db, "/api/events", format="csv", actor="RUS")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and all("RUS" in r["actor"] for r in rows)


def test_dyads_have_the_us_russia_pair_with_its_mean_goldstein(web_db: str) -> None:
    dyads = get(web_db, "/api/dyads").json()["items"]
    pair = next(d for d in dyads if (d["actor"], d["recipient"]) == ("USA", "RUS"))
    assert pair["events"] >= 1 and pair["goldstein"] is not None
    by_code = get(web_db, "/api/dyads", level="code").json()["items"]
    assert ("USAGOV", "RUSGOV") in {(d["actor"], d["recipient"]) for d in by_code}


def test_timeline_counts_the_seed_events_by_month(web_db: str) -> None:
    items = get(web_db, "/api/timeline", interval="month").json()["items"]
    counts = {(i["period"], i["key"]): i["events"] for i in items}
    assert counts[("2025-02", 1)] == 3  # the two meetings, one reported twice: verbal cooperation
    weekly = get(web_db, "/api/timeline", interval="week", by="event_type").json()["items"]
    assert {"period": "2025-04-07", "key": "AGREE", "events": 1} in weekly  # Thursday 10 April's talks


def test_the_timeline_counts_incidents_too(web_db: str) -> None:
    body = get(web_db, "/api/timeline", of="incidents", interval="month").json()
    assert body["by"] == "event_type"
    counts = {(i["period"], i["key"]): i["incidents"] for i in body["items"]}
    assert counts[("2025-04", "AGREE")] == 1  # the planned talks in Istanbul
    assert get(web_db, "/api/timeline", of="incidents", by="quad_class").status_code == 400


def test_locations_put_the_seed_events_in_istanbul_and_saudi_arabia(web_db: str) -> None:
    places = {p["location"]: p for p in get(web_db, "/api/locations").json()["items"]}
    assert places["Istanbul"]["events"] == 3 and places["Istanbul"]["country"] == "TUR"  # one meeting twice
    assert places["Saudi Arabia"]["country"] == "SAU"


def test_an_article_comes_with_every_span(web_db: str) -> None:
    body = get(web_db, f"/api/articles/{EMBASSY_ID}").json()
    text = body["article"]["text"]
    kinds = {s["kind"] for s in body["spans"]}
    assert {"event", "timex", "place", "actor", "quote"} <= kinds
    assert all(text[s["start"]:s["end"]] == s["text"] for s in body["spans"])
    assert all("incident" in e for e in body["events"])


def test_incidents_are_listed_and_lead_to_their_reports(web_db: str) -> None:
    body = get(web_db, "/api/incidents", actor="RUS").json()
    assert body["items"] and all("RUS" in i["actor"] for i in body["items"])
    met = get(web_db, f"/api/articles/{SECOND_ID}").json()["events"][0]
    reports = get(web_db, "/api/events", incident=met["incident"]).json()["items"]
    assert {(e["article_id"], e["date"]) for e in reports} == {(SECOND_ID, "2025-02-27"), (EMBASSY_ID, "2025-02-27")}


def test_quotes_actors_and_places_are_paged(web_db: str) -> None:
    first = get(web_db, "/api/quotes", limit=1).json()
    second = get(web_db, "/api/quotes", limit=1, cursor=first["next_cursor"]).json()
    assert first["items"] != second["items"]
    actors = get(web_db, "/api/actors", by="code").json()["items"]
    assert "RUS" in {a["code"] for a in actors}
    places = get(web_db, "/api/places", role="location").json()["items"]
    assert "Istanbul" in {p["name"] for p in places}


@pytest.mark.parametrize(("path", "params", "problem"), [
    ("/api/events", {"since": "2025-13-01"}, "since"),
    ("/api/events", {"until": "yesterday"}, "until"),
    ("/api/events", {"type": "PARTY"}, "type"),
    ("/api/events", {"status": "rumoured"}, "status"),
    ("/api/events", {"limit": "100000"}, "limit"),
    ("/api/events", {"cursor": "not-ours"}, "cursor"),
    ("/api/events", {"actor": "RUS'; DROP TABLE events; --"}, "actor"),
    ("/api/events", {"since": "2025-05-01", "until": "2025-04-01"}, "since"),
    ("/api/incidents", {"outlet": "Xinhua"}, "outlet"),
    ("/api/timeline", {"interval": "decade"}, "interval"),
    ("/api/dyads", {"level": "galaxy"}, "level"),
    ("/api/quotes", {"kind": "shouted"}, "kind"),
])
def test_a_bad_parameter_is_a_400_with_a_code_and_message(web_db: str, path: str, params: dict, problem: str) -> None:
    response = get(web_db, path, **params)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "E950" and body["message"].startswith(problem)


def test_a_missing_article_is_a_404_and_writes_are_refused(web_db: str) -> None:
    missing = get(web_db, "/api/articles/no-such-article")
    assert missing.status_code == 404 and missing.json()["code"] == "E951"

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(web_db))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.post("/api/events", json={"event_type": "AGREE"})

    assert asyncio.run(post()).status_code == 405


def test_the_openapi_document_lists_every_endpoint(web_db: str) -> None:
    spec = get(web_db, "/openapi.json").json()
    assert {"/api/events", "/api/incidents", "/api/articles/{article_id}", "/api/quotes", "/api/actors",
            "/api/places", "/api/dyads", "/api/timeline"} <= set(spec["paths"])
    since = next(x for x in spec["paths"]["/api/events"]["get"]["parameters"] if x["name"] == "since")
    assert since["schema"]["type"] == "string"
    docs = get(web_db, "/docs")
    assert docs.status_code == 200 and "/api/dyads" in docs.text


def test_markup_in_an_article_comes_back_as_text(web_db: str) -> None:
    api = get(web_db, f"/api/articles/{HOSTILE_ID}").json()
    assert api["article"]["text"] == HOSTILE["text"]  # JSON carries it verbatim
    page = get(web_db, f"/evidence/{HOSTILE_ID}")
    assert page.status_code == 200
    assert "<script>window" not in page.text and "<img" not in page.text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page.text
    assert "&lt;img src=x onerror=" in page.text
    assert 'href="javascript:' not in page.text  # a source link only for http(s) URLs
    table = get(web_db, "/table", outlet="Wire")
    assert "<b>Wire</b>" not in table.text and "&lt;b&gt;Wire&lt;/b&gt;" in table.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_each_page_renders(web_db: str) -> None:
    for path in ("/timeline", "/dyads", "/map", "/table", "/table?view=incidents", f"/evidence/{EMBASSY_ID}"):
        response = get(web_db, path)
        assert response.status_code == 200, path
        assert "<nav>" in response.text
    bad = get(web_db, "/table", since="2025-99")
    assert bad.status_code == 400 and "E950" in bad.text


def test_the_table_page_counts_what_the_filter_selects(web_db: str) -> None:
    everything = get(web_db, "/table").text
    russian = get(web_db, "/table", actor="RUS").text
    total = get(web_db, "/api/events").json()["total"]
    assert f'<span id="total">{total}</span>' in everything
    assert f'<span id="total">{get(web_db, "/api/events", actor="RUS").json()["total"]}</span>' in russian


def hold_for_writing(db: str) -> subprocess.Popen:
    """Another process with the database open for writing, as `communique code` has it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; from communique.store import DuckDBStore; "
         f"s = DuckDBStore({db!r}); print('open', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    return holder


def test_a_request_while_a_writer_holds_the_file_is_a_503_then_answers_again(web_db: str) -> None:
    holder = hold_for_writing(web_db)
    try:
        busy = get(web_db, "/api/events")
        assert busy.status_code == 503 and busy.json()["code"] == "E952"
    finally:
        holder.kill()
        holder.wait()
    assert get(web_db, "/api/events").status_code == 200


def test_the_server_sees_what_is_stored_after_it_started(web_db: str, tmp_path) -> None:  # noqa: ANN001
    import shutil

    from communique.model import Article, CodedArticle
    from communique.store import DuckDBStore

    db = str(tmp_path / "copy.duckdb")
    shutil.copy(web_db, db)
    app_before = get(db, "/api/events").json()["total"]
    with DuckDBStore(db) as store:  # a writer between two requests: the next one sees its batch
        store.write([CodedArticle(article=Article(id="later", text="Nothing happened."))])
    time.sleep(0.1)
    assert get(db, "/api/articles/later").status_code == 200
    assert get(db, "/api/events").json()["total"] == app_before
