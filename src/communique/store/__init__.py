"""The store: coded articles in a database, queries over them, and exports.

Callers go through the `Store` protocol (base.py) with the filters of filters.py, never SQL.
`open_store(path)` gives the embedded DuckDB store (`embedded.DuckDBStore`). Writing an
article replaces everything stored for it in one transaction, so re-running on the same input
changes nothing and a crash never leaves an article half-written.
"""

from __future__ import annotations

from .base import BatchWriter, Row, Store, TableFormat
from .embedded import DuckDBStore
from .filters import (
    ACTOR_GROUPINGS,
    INCIDENT_SORTS,
    ActorFilter,
    ActorGrouping,
    ArticleFilter,
    EventFilter,
    IncidentFilter,
    IncidentSort,
    PlaceFilter,
    QuoteFilter,
)
from .rows import TABLES

DEFAULT_DB = "communique.duckdb"


def open_store(path: str = DEFAULT_DB, *, read_only: bool = False) -> Store:
    return DuckDBStore(path, read_only=read_only)


__all__ = ["ACTOR_GROUPINGS", "DEFAULT_DB", "INCIDENT_SORTS", "TABLES", "ActorFilter", "ActorGrouping",
           "ArticleFilter", "BatchWriter", "DuckDBStore", "EventFilter", "IncidentFilter", "IncidentSort",
           "PlaceFilter", "QuoteFilter", "Row", "Store", "TableFormat", "open_store"]
