"""The store interface: what the CLI (and later the web layer) may ask of any backend.

`Store` is a `typing.Protocol`: a backend (the embedded DuckDB file in embedded.py, later
PostgreSQL) implements these methods and nothing else is assumed of it; callers never send SQL.
Rows come back as plain dicts keyed by column, the columns of `schema.sql` (without the
JSON `record` column) plus those a query adds (`outlet`, `mentions`, ...).

Writes: `write` stores a batch in one transaction, replacing everything each article had
before, so re-running changes nothing and a failed batch leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Literal, Protocol, Self

from ..model import CodedArticle
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

Row = dict[str, Any]
# Formats `export_table` writes to a file.
TableFormat = Literal["csv", "parquet"]


class Store(Protocol):
    """Coded articles kept somewhere: writes, queries, exports."""

    # -- writing ---------------------------------------------------------------------------

    def write(self, batch: Iterable[CodedArticle]) -> int:
        """Store a batch in one transaction, replacing each article's records; how many stored."""
        ...

    def replace_article(self, coded: CodedArticle) -> None:
        """Replace one article and all its records (a batch of one)."""
        ...

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, quotes, timexes, places, actors."""
        ...

    def articles(self, where: ArticleFilter | None = None) -> list[Row]:
        """Stored articles, newest first, with the number of records of each kind."""
        ...

    def find_article_id(self, key: str) -> str | None:
        """The id of the article whose id is `key`, or starts with it, or whose path is `key`."""
        ...

    def article_ids(self, key: str | None = None, limit: int | None = None) -> list[str]:
        """Every stored id in order; with `key`, the article whose id or path is `key`, else the
        ids that start with it (more than one: an ambiguous prefix)."""
        ...

    def actor_codes(self) -> list[str]:
        """Every actor code stored (CAMEO codes, country codes, speakers' codes), sorted."""
        ...

    def coded(self, article_id: str) -> CodedArticle | None:
        """A stored article with all its records, as the pipeline produced it."""
        ...

    def iter_coded(self) -> Iterator[CodedArticle]:
        """Every stored article with its records, by id."""
        ...

    def event_incidents(self, article_id: str) -> dict[int, str]:
        """{event index: the id of the real event it reports, across articles} for one article."""
        ...

    def events(self, where: EventFilter | None = None) -> list[Row]:
        """Events by their own date, newest first, with their article's outlet and date and the
        `incident` they report (a planned event: the incident that carried it out, if any)."""
        ...

    def incidents(self, where: IncidentFilter | None = None) -> list[Row]:
        """Incidents (the columns of `incidents`), with their best report's `mode`, `quad_class`,
        `goldstein`, `actor_parties`, `recipient_parties` and `context` (as in the event record),
        `evidence_idx` and `evidence_sentence`, the place's `geonameid` and `place_kind`, and the
        first report's `first_url` and `first_article_id`."""
        ...

    def incident_reports(self, incident_id: str) -> list[Row]:
        """Every report of one incident, and of the planned incidents it carried out, first first:
        article id, idx, sentence, evidence, mentions, published, outlet, url, title."""
        ...

    def event_counts(self, where: EventFilter | None = None, by: EventGrouping = "dyad",
                     sort: str | None = None) -> list[Row]:
        """Events counted by dyad, type, cameo, actor, recipient or month: the key columns,
        `events` and `articles`; most first, or by `sort` (COUNT_SORTS)."""
        ...

    def quotes(self, where: QuoteFilter | None = None) -> list[Row]:
        """Quotes, newest article first, with the words naming the speaker (`mention`)."""
        ...

    def quote_counts(self, where: QuoteFilter | None = None, by: QuoteGrouping = "speaker",
                     sort: str | None = None) -> list[Row]:
        """Quotes counted by speaker, country, month or kind: the key columns, `quotes`, `articles`."""
        ...

    def actor_counts(self, where: ActorFilter | None = None) -> list[Row]:
        """Actor mentions grouped by `where.by`, with `mentions` and `articles` counts."""
        ...

    def place_counts(self, where: PlaceFilter | None = None) -> list[Row]:
        """Places grouped by entry and role, with `mentions` and `articles` counts."""
        ...

    # -- exporting -------------------------------------------------------------------------

    def table_rows(self, table: str) -> list[Row]:
        """Every row of one table (without the JSON record column)."""
        ...

    def export_table(self, table: str, path: str, fmt: TableFormat) -> int:
        """Write one table to a CSV or Parquet file; the number of rows written."""
        ...

    # -- the web's queries (web/; the SQL is store/views.py, shared by every backend) ---------

    def event_page(self, where: EventQuery, page: Page) -> list[Row]:
        """One page of the events `where` selects, sorted by `page.sort`, with the article's
        outlet, published and title."""
        ...

    def event_total(self, where: EventQuery) -> int:
        """How many events `where` selects."""
        ...

    def incident_page(self, where: EventQuery, page: Page) -> list[Row]:
        """One page of incidents (the columns of `incidents`), filtered on their own values."""
        ...

    def incident_total(self, where: EventQuery) -> int:
        ...

    def timeline(self, where: EventQuery, interval: TimelineInterval, key: TimelineKey) -> list[Row]:
        """Events per period and key: `period` (a day, a week's Monday, a month "2025-04"), `key`,
        `events`, by period. Only events dated that precisely count."""
        ...

    def incident_timeline(self, where: EventQuery, interval: TimelineInterval) -> list[Row]:
        """Incidents per period and PLOVER type: `period`, `key`, `incidents`, by period."""
        ...

    def dyads(self, where: EventQuery, level: DyadLevel, limit: int) -> list[Row]:
        """Directed actor -> recipient pairs with `events`, mean `goldstein`, `cooperation` and
        `conflict` counts, most events first."""
        ...

    def event_locations(self, where: EventQuery, limit: int) -> list[Row]:
        """Located events by place: `location`, `country`, `lat`, `lon`, `events`."""
        ...

    def cancel(self) -> None:
        """Stop the query running now (from another thread): the web's time limit."""
        ...

    # -- lifetime --------------------------------------------------------------------------

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None: ...


class BatchWriter:
    """Coded articles gathered and written `size` at a time, each batch in one transaction;
    `flush` writes what is left. The batching every long run (CLI, a worker) needs."""

    def __init__(self, store: Store, size: int) -> None:
        self.store = store
        self.size = size
        self.pending: list[CodedArticle] = []

    def add(self, coded: CodedArticle) -> None:
        self.pending.append(coded)
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            write_batch(self.store, self.pending)
            self.pending.clear()


def write_batch(store: Store, batch: list[CodedArticle]) -> int:
    """Store `batch` in one transaction; the number of articles stored."""
    from ..read.dedupe import resolve_duplicates  # here: the read package imports trafilatura

    # One id twice in one transaction would break the articles key: the later one wins (W003).
    return store.write(resolve_duplicates(batch, key=lambda c: c.article.id, article=lambda c: c.article))
