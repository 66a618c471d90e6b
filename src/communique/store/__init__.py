"""The store: coded articles in a database, queries over them, and exports.

Callers go through the `Store` protocol (base.py) with the filters of filters.py, never SQL.
`open_store(location)` gives the embedded DuckDB store (`embedded.DuckDBStore`) for a file path,
or the shared PostgreSQL store (`postgres.PostgresStore`) for a `postgresql://` URL. Writing an
article replaces everything stored for it in one transaction, so re-running on the same input
changes nothing and a crash never leaves an article half-written.
"""

from __future__ import annotations

from pathlib import Path

from .base import BatchWriter, Row, Store, TableFormat
from .embedded import DuckDBStore
from .filters import ACTOR_GROUPINGS, ActorFilter, ActorGrouping, ArticleFilter, EventFilter, PlaceFilter, QuoteFilter
from .rows import TABLES


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


DEFAULT_DB = "communique.duckdb"


def open_store(location: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """The store at `location`: a `postgresql://user@host/dbname` URL, else a DuckDB file path."""
    if is_postgres_url(str(location)):
        from .postgres import PostgresStore  # psycopg is needed only by those who use it

        return PostgresStore(str(location), read_only=read_only)
    return DuckDBStore(location, read_only=read_only)


__all__ = ["ACTOR_GROUPINGS", "DEFAULT_DB", "TABLES", "ActorFilter", "ActorGrouping", "ArticleFilter",
           "BatchWriter", "DuckDBStore", "EventFilter", "PlaceFilter", "QuoteFilter", "Row", "Store", "TableFormat",
           "is_postgres_url", "open_store"]
