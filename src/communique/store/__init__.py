"""The store: coded articles in a database, queries over them, and exports.

Callers go through the `Store` protocol (base.py) with the filters of filters.py, never SQL.
`open_store(path)` gives the embedded DuckDB store (`embedded.DuckDBStore`). Writing an
article replaces everything stored for it in one transaction, so re-running on the same input
changes nothing and a crash never leaves an article half-written.
"""

from __future__ import annotations

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

DEFAULT_DB = "communique.duckdb"
# Errors a backend's driver may raise that the store did not turn into a CommuniqueError: the
# CLI still prints them as one line.
BACKEND_ERRORS: tuple[type[Exception], ...] = (duckdb.Error,)


def open_store(path: str = DEFAULT_DB, *, read_only: bool = False, hold: bool = True) -> Store:
    """The store at `path`. `hold=False` for a long writer: the database is opened per batch
    written, so that queries can read it in between."""
    return DuckDBStore(path, read_only=read_only, hold=hold)


__all__ = ["ACTOR_GROUPINGS", "ARTICLE_SORTS", "BACKEND_ERRORS", "COUNT_SORTS", "DEFAULT_DB", "EVENT_GROUPINGS",
           "EVENT_SORTS",
           "INCIDENT_SORTS", "PLACE_GROUPINGS", "QUOTE_GROUPINGS", "QUOTE_SORTS", "TABLES", "ActorFilter",
           "ActorGrouping", "ArticleFilter", "BatchWriter", "DuckDBStore", "EventFilter", "EventGrouping",
           "IncidentFilter", "IncidentSort", "PlaceFilter", "PlaceGrouping", "QuoteFilter", "QuoteGrouping", "Row",
           "Store", "TableFormat", "code_matches", "open_store"]
