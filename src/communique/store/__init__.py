"""The store: coded articles in a database, queries over them, and exports.

`open_store(path)` gives the embedded DuckDB store (`embedded.DuckDBStore`). Writing an
article replaces everything stored for it in one transaction, so re-running on the same input
changes nothing and a crash never leaves an article half-written.
"""

from __future__ import annotations

from .embedded import DuckDBStore, EventFilter

DEFAULT_DB = "communique.duckdb"


def open_store(path: str = DEFAULT_DB, *, read_only: bool = False) -> DuckDBStore:
    return DuckDBStore(path, read_only=read_only)


__all__ = ["DEFAULT_DB", "DuckDBStore", "EventFilter", "open_store"]
