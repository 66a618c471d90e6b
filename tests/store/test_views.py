"""The web's queries (store/views.py) on every backend (a real DuckDB file, a PostgreSQL schema:
conftest.py's `location`): every filter, the timeline's periods, the dyads' split sides, the
map's places. Records are built by hand: this tests the store, not the stages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from communique.model import ActorRef, Article, CodedArticle, Event, Location
from communique.store import Store, open_store
from communique.store.filters import EventQuery, Page
from communique.store.views import dyad_rows, side_codes, timeline_rows

RUS = ActorRef(text="Moscow", code="RUS", sector="GOV", cameo="RUSGOV", name="Russia")
USA = ActorRef(text="Washington", code="USA", sector="GOV", cameo="USAGOV", name="United States")
GBR = ActorRef(text="London", code="GBR", cameo="GBR", name="United Kingdom")
UKR = ActorRef(text="Ukraine", code="UKR", cameo="UKR", name="Ukraine")
ISTANBUL = Location(name="Istanbul", geonameid=745044, country="TUR", lat=41.01, lon=28.95)


def event(n: int, kind: str, cameo: str, quad: int, goldstein: float, actor: list, recipient: list, date: str,
          precision: str = "day", status: str = "asserted", location: Location | None = None,
          evidence: str = "They met.") -> Event:
    return Event(id=f"e{n}", event_type=kind, cameo=cameo, quad_class=quad, goldstein=goldstein, actor=actor,
                 recipient=recipient, date=date, date_precision=precision, status=status,  # type: ignore[arg-type]
                 location=location, evidence=evidence, start=0, end=3)


@pytest.fixture
def store(location: str) -> Iterator[Store]:
    text = "They met. They fought."
    one = CodedArticle(article=Article(id="a1", text=text, published="2025-04-08", outlet="Wire One"), events=[
        event(1, "CONSULT", "040", 1, 1.0, [USA, GBR], [RUS], "2025-04-07", location=ISTANBUL),  # a Monday
        event(2, "CONSULT", "042", 1, 1.9, [USA], [RUS], "2025-04-13", location=ISTANBUL),  # the Sunday after
        event(3, "ASSAULT", "190", 4, -10.0, [RUS], [UKR], "2025-03", "month", evidence="100% of them fought."),
    ])
    two = CodedArticle(article=Article(id="a2", text=text, published="2024-01-02", outlet="Other Press"), events=[
        event(4, "ACCUSE", "112", 3, -2.0, [RUS], [USA], "2023", "year"),
        event(5, "ASSAULT", "190", 4, -10.0, [RUS], [UKR], "2024-01-01", status="negated"),
    ])
    with open_store(location) as s:
        s.write([one, two])
        yield s


@pytest.mark.parametrize(("where", "expected"), [
    (EventQuery(), {"e1", "e2", "e3", "e4"}),  # the negated one left out
    (EventQuery(include_negated=True), {"e1", "e2", "e3", "e4", "e5"}),
    (EventQuery(actor="usa"), {"e1", "e2"}),
    (EventQuery(recipient="RUS"), {"e1", "e2"}),
    (EventQuery(either="USA"), {"e1", "e2", "e4"}),
    (EventQuery(event_type="consult"), {"e1", "e2"}),
    (EventQuery(cameo="04"), {"e1", "e2"}),
    (EventQuery(cameo="042"), {"e2"}),
    (EventQuery(quad_class=4), {"e3"}),
    (EventQuery(since="2025-03-01"), {"e1", "e2", "e3"}),  # a month counts from its first day
    (EventQuery(since="2023-01-01", until="2023-12-31"), {"e4"}),  # a year too
    (EventQuery(until="2025-04-07"), {"e1", "e3", "e4"}),
    (EventQuery(since="2025-03-02"), {"e1", "e2"}),  # March read as its first day: before the 2nd
    (EventQuery(since="2023-01-02", until="2025-03-31"), {"e3"}),
    (EventQuery(country="tur"), {"e1", "e2"}),
    (EventQuery(outlet="other"), {"e4"}),
    (EventQuery(text="100%"), {"e3"}),  # % is a character here, not a wildcard
    (EventQuery(text="1_0"), set()),  # and _ too
    (EventQuery(article_id="a2", include_negated=True), {"e4", "e5"}),
])
def test_each_filter_selects_its_events(store: Store, where: EventQuery, expected: set[str]) -> None:
    rows = store.event_page(where, Page(limit=100))
    assert {r["id"] for r in rows} == expected
    assert store.event_total(where) == len(expected)


def test_pages_are_sorted_and_cut(store: Store) -> None:
    ascending = store.event_page(EventQuery(), Page(limit=2, offset=0, sort="goldstein", descending=False))
    assert [r["id"] for r in ascending] == ["e3", "e4"]
    second = store.event_page(EventQuery(), Page(limit=2, offset=2, sort="goldstein", descending=False))
    assert [r["id"] for r in second] == ["e1", "e2"]
    assert second[0]["outlet"] == "Wire One"


def test_the_timeline_counts_only_events_dated_precisely_enough(store: Store) -> None:
    months = store.timeline(EventQuery(), "month", "quad_class")
    assert months == [{"period": "2025-03", "key": 4, "events": 1}, {"period": "2025-04", "key": 1, "events": 2}]
    weeks = store.timeline(EventQuery(), "week", "event_type")
    assert weeks == [{"period": "2025-04-07", "key": "CONSULT", "events": 2}]  # Monday and Sunday: one ISO week
    days = store.timeline(EventQuery(actor="USA"), "day", "event_type")
    assert [d["period"] for d in days] == ["2025-04-07", "2025-04-13"]


def test_dyads_split_joint_sides_and_average_goldstein(store: Store) -> None:
    dyads = {(d["actor"], d["recipient"]): d for d in store.dyads(EventQuery(), "country", 10)}
    assert dyads[("USA", "RUS")]["events"] == 2 and dyads[("USA", "RUS")]["goldstein"] == pytest.approx(1.45)
    assert dyads[("GBR", "RUS")]["events"] == 1  # USA+GBR -> RUS counts for each of its parts
    assert dyads[("RUS", "UKR")]["conflict"] == 1
    by_code = {(d["actor"], d["recipient"]) for d in store.dyads(EventQuery(), "code", 10)}
    assert ("USAGOV", "RUSGOV") in by_code


def test_locations_group_events_by_place(store: Store) -> None:
    assert store.event_locations(EventQuery(), 10) == [
        {"location": "Istanbul", "country": "TUR", "lat": 41.01, "lon": 28.95, "events": 2}]


def test_rollups_of_grouped_rows() -> None:
    assert side_codes("USAGOV+GBR+USAMIL", "country") == ["USA", "GBR"]
    rows = [{"period": "2025-04-07", "key": 1, "events": 2}, {"period": "2025-04-09", "key": 1, "events": 1},
            {"period": "2025-XX-XX", "key": 1, "events": 5}]
    assert timeline_rows(rows, "week") == [{"period": "2025-04-07", "key": 1, "events": 3}]
    pair = [{"actor": "RUSGOV", "recipient": "RUSMIL", "events": 3, "goldstein_sum": 3.0, "scored": 3,
             "cooperation": 3, "conflict": 0}]
    assert dyad_rows(pair, "country", 10) == []  # one country with itself is no dyad


def test_a_page_sorted_by_the_article_joins_before_cutting(store: Store) -> None:
    by_outlet = store.event_page(EventQuery(), Page(limit=1, sort="outlet", descending=False))
    assert by_outlet[0]["outlet"] == "Other Press"
    by_published = store.event_page(EventQuery(), Page(limit=3, sort="published", descending=True))
    assert [r["outlet"] for r in by_published] == ["Wire One"] * 3


def test_incidents_are_counted_over_time_by_their_own_date(store: Store) -> None:
    months = store.incident_timeline(EventQuery(), "month")
    assert sum(m["incidents"] for m in months) == store.incident_total(EventQuery(since="2025-03-01"))
    assert {m["key"] for m in months} <= {"CONSULT", "ASSAULT"}
