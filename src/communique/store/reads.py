"""The store's read methods, written once for every backend.

`SqlReads` implements the reading part of `base.Store` over two things a backend gives: its
`query(sql, params)` (rows as dicts, `?` placeholders) and its `queries` (queries.py's builders
in the backend's dialect). The embedded DuckDB store and the PostgreSQL store inherit it, so
the same filter gives the same rows on both; what only a backend can do (its writes, exports,
stopping a running query) stays in its own class.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import E_STORE_QUERY_TIMEOUT, CommuniqueError
from ..model import RECORD_KINDS, CodedArticle, coded_from_dict
from . import views  # the web's queries
from .base import Row
from .filters import (
    ActorFilter,
    ArticleFilter,
    DyadLevel,
    EventFilter,
    EventGrouping,
    EventQuery,
    IncidentFilter,
    Page,
    PlaceFilter,
    QuoteFilter,
    QuoteGrouping,
    TimelineInterval,
    TimelineKey,
)
from .queries import Queries
from .rows import TABLES, check_table

# The columns of `incidents` rows that hold JSON text (the sides and context of the event record).
INCIDENT_JSON_COLUMNS = ("actor_parties", "recipient_parties", "context")


def as_json(value: Any) -> Any:
    """A JSON column's value parsed (a driver may give the text, or have parsed it already)."""
    return json.loads(value) if isinstance(value, str | bytes) else value


class SqlReads(ABC):
    """Every read query of the Store protocol, over the backend's `query` and `queries`."""

    # What the driver raises in a query that `cancel` stopped.
    interrupts: tuple[type[BaseException], ...] = ()

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
        """Rows of a SELECT with `?` placeholders, as dicts."""

    @property
    @abstractmethod
    def queries(self) -> Queries:
        """The query builders, in this backend's dialect and with its tables' columns."""

    def counts(self) -> dict[str, int]:
        return {t: int(self.query(*self.queries.count(t))[0]["n"]) for t in TABLES}

    # -- articles --------------------------------------------------------------------------

    def articles(self, where: ArticleFilter | None = None) -> list[Row]:
        """Stored articles with the number of records of each kind."""
        return self.query(*self.queries.articles(where))

    def article_ids(self, key: str | None = None, limit: int | None = None) -> list[str]:
        """Stored article ids in order; with `key`, the article whose id or path is `key`, else
        those whose id starts with it (an ambiguous prefix gives several)."""
        if key is None:
            return [r["id"] for r in self.query(*self.queries.article_ids())]
        exact = self.query(*self.queries.article_by_key(key))
        if exact:
            return [exact[0]["id"]]
        return [r["id"] for r in self.query(*self.queries.article_ids_starting(key, limit))]

    def find_article_id(self, key: str) -> str | None:
        """The id of the article whose id is `key`, or starts with it, or whose path is `key`."""
        rows = self.query(*self.queries.find_article_id(key))
        return rows[0]["id"] if rows else None

    def coded(self, article_id: str) -> CodedArticle | None:
        """A stored article with all its records, as the pipeline produced it."""
        rows = self.query(*self.queries.article_record(article_id))
        if not rows:
            return None
        data: dict[str, Any] = {"article": as_json(rows[0]["record"])}
        for table in RECORD_KINDS:
            data[table] = [as_json(r["record"]) for r in self.query(*self.queries.records(table, article_id))]
        return coded_from_dict(data)

    def iter_coded(self) -> Iterator[CodedArticle]:
        for article_id in self.article_ids():
            coded = self.coded(article_id)
            if coded is not None:
                yield coded

    # -- events and incidents --------------------------------------------------------------

    def event_incidents(self, article_id: str) -> dict[int, str]:
        return {int(r["idx"]): str(r["incident"]) for r in self.query(*self.queries.event_incidents(article_id))}

    def events(self, where: EventFilter | None = None) -> list[Row]:
        """Events matching the filter, newest first (or by `where.sort`), with their article's
        outlet and date and the incident each reports."""
        return self.query(*self.queries.events(where))

    def event_counts(self, where: EventFilter | None = None, by: EventGrouping = "dyad",
                     sort: str | None = None) -> list[Row]:
        """Events matching the filter counted by `by`, most first (`sort` "key" orders by the
        key): the key columns, `events`, and `articles`, how many articles report them."""
        return self.query(*self.queries.event_counts(where, by, sort))

    def incidents(self, where: IncidentFilter | None = None) -> list[Row]:
        """Incidents matching the filter, with their best report's codes and first report's URL."""
        rows = self.query(*self.queries.incidents(where))
        for row in rows:  # the sides and context as the events' records have them
            for key in INCIDENT_JSON_COLUMNS:
                row[key] = as_json(row[key]) if row[key] else []
        return rows

    def incident_reports(self, incident_id: str) -> list[Row]:
        """Every report of one incident (and of the planned incidents it carried out), first first."""
        return self.query(*self.queries.incident_reports(incident_id))

    # -- quotes, actors, places ------------------------------------------------------------

    def quotes(self, where: QuoteFilter | None = None) -> list[Row]:
        """Quotes matching every given filter, newest article first (or by `where.sort`)."""
        return self.query(*self.queries.quotes(where))

    def quote_counts(self, where: QuoteFilter | None = None, by: QuoteGrouping = "speaker",
                     sort: str | None = None) -> list[Row]:
        """Quotes matching the filter counted by `by`, most first: the key columns, `quotes`, `articles`."""
        return self.query(*self.queries.quote_counts(where, by, sort))

    def actor_codes(self) -> list[str]:
        """Every actor code stored (CAMEO codes and country codes, of actors, speakers and event
        sides), sorted."""
        rows = self.query(*self.queries.actor_codes())
        return sorted({code for row in rows for code in row["code"].split("+")})  # event sides: "RUSGOV+USAGOV"

    def actor_counts(self, where: ActorFilter | None = None) -> list[Row]:
        """Stored actor mentions counted by name, cameo or code, most mentioned first."""
        return self.query(*self.queries.actor_counts(where))

    def place_counts(self, where: PlaceFilter | None = None) -> list[Row]:
        """Stored places grouped by gazetteer entry and role (or `where.by`), most mentioned first."""
        return self.query(*self.queries.place_counts(where))

    def table_rows(self, table: str) -> list[Row]:
        """Every row of one table, without the JSON record column."""
        return self.query(*self.queries.table_rows(check_table(table)))

    # -- the web's queries (web/): standard SQL from views.py, the same text for every backend --

    def view_rows(self, built: tuple[str, list[Any]]) -> list[Row]:
        """Rows of one of views.py's queries; a query stopped by `cancel` is a CommuniqueError."""
        try:
            return self.query(*built)
        except self.interrupts as e:
            raise CommuniqueError(f"the query was stopped: it ran over its time limit [{E_STORE_QUERY_TIMEOUT}]") from e

    def event_page(self, where: EventQuery, page: Page) -> list[Row]:
        return self.view_rows(views.event_page_sql(where, page))

    def event_total(self, where: EventQuery) -> int:
        return int(self.view_rows(views.event_total_sql(where))[0]["events"])

    def incident_page(self, where: EventQuery, page: Page) -> list[Row]:
        return self.view_rows(views.incident_page_sql(where, page))

    def incident_total(self, where: EventQuery) -> int:
        return int(self.view_rows(views.incident_total_sql(where))[0]["incidents"])

    def timeline(self, where: EventQuery, interval: TimelineInterval, key: TimelineKey) -> list[Row]:
        return views.timeline_rows(self.view_rows(views.timeline_sql(where, interval, key)), interval)

    def incident_timeline(self, where: EventQuery, interval: TimelineInterval) -> list[Row]:
        return views.timeline_rows(self.view_rows(views.incident_timeline_sql(where, interval)), interval, "incidents")

    def dyads(self, where: EventQuery, level: DyadLevel, limit: int) -> list[Row]:
        return views.dyad_rows(self.view_rows(views.dyads_sql(where)), level, limit)

    def event_locations(self, where: EventQuery, limit: int) -> list[Row]:
        return self.view_rows(views.event_locations_sql(where, limit))
