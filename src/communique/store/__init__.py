"""The store: coded articles in a database, queries over them, and exports.

Callers go through the `Store` protocol (base.py) with the filters of filters.py, never SQL.
`open_store(location)` gives the embedded DuckDB store (`embedded.DuckDBStore`) for a file path,
or the shared PostgreSQL store (`postgres.PostgresStore`) for a `postgresql://` URL. Writing an
article replaces everything stored for it in one transaction, so re-running on the same input
changes nothing and a crash never leaves an article half-written.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from .base import BatchWriter, Row, Store, TableFormat
from .embedded import DuckDBStore
from .filters import (
    ACTOR_GROUPINGS,
    ARTICLE_SORTS,
    COUNT_SORTS,
    EVENT_GROUPINGS,
    EVENT_SORTS,
    INCIDENT_SORTS,
    PLACE_GROUPINGS,
    QUOTE_GROUPINGS,
    QUOTE_SORTS,
    ActorFilter,
    ActorGrouping,
    ArticleFilter,
    EventFilter,
    EventGrouping,
    IncidentFilter,
    IncidentSort,
    PlaceFilter,
    PlaceGrouping,
    QuoteFilter,
    QuoteGrouping,
    code_matches,
)
from .rows import TABLES


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


DEFAULT_DB = "communique.duckdb"
# Errors a backend's driver may raise that the store did not turn into a CommuniqueError: the
# CLI still prints them as one line.
BACKEND_ERRORS: tuple[type[Exception], ...] = (duckdb.Error,)


def open_store(location: str | Path = DEFAULT_DB, *, read_only: bool = False, hold: bool = True) -> Store:
    """The store at `location`: a `postgresql://user@host/dbname` URL, else a DuckDB file path.
    `hold=False` for a long writer into a DuckDB file: the file is opened per batch written, so
    that queries can read it in between (a PostgreSQL server serves both at once anyway)."""
    if is_postgres_url(str(location)):
        from .postgres import PostgresStore  # psycopg is needed only by those who use it

        return PostgresStore(str(location), read_only=read_only)
    return DuckDBStore(location, read_only=read_only, hold=hold)


__all__ = ["ACTOR_GROUPINGS", "ARTICLE_SORTS", "BACKEND_ERRORS", "COUNT_SORTS", "DEFAULT_DB", "EVENT_GROUPINGS",
           "EVENT_SORTS", "INCIDENT_SORTS", "PLACE_GROUPINGS", "QUOTE_GROUPINGS", "QUOTE_SORTS", "TABLES",
           "ActorFilter", "ActorGrouping", "ArticleFilter", "BatchWriter", "DuckDBStore", "EventFilter",
           "EventGrouping", "IncidentFilter", "IncidentSort", "PlaceFilter", "PlaceGrouping", "QuoteFilter",
           "QuoteGrouping", "Row", "Store", "TableFormat", "code_matches", "is_postgres_url", "open_store"]
