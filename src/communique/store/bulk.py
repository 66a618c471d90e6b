"""Bulk inserts for the DuckDB store: each table's rows of a batch sent as one JSON value.

`executemany` runs one INSERT per row, and duckdb 1.3 tries `import pandas` for every parameter
value (a failed import is not cached), so storing was 40 % of a run. Here a table's rows go
to DuckDB as a single JSON array, turned back into rows by `from_json_strict` against the
table's own column types: one statement per table per batch. Strict, because plain `from_json`
stores NULL for a value that does not fit its column; strict fails the statement instead, and
the batch's transaction rolls back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

Row = dict[str, Any]

# JSON columns are sent as the string the row holds (already serialised by rows.py), so that
# the stored text stays byte for byte what it was; reading it as JSON would re-serialise it.
SENT_AS = {"JSON": "VARCHAR"}
# A list of strings bound as one JSON array parameter (`json.dumps(strings)`), in SQL.
JSON_STRINGS = """from_json_strict(?, '["VARCHAR"]')"""


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def json_type(sql_type: str) -> Any:
    """A column's type in the structure `from_json_strict` expects: "VARCHAR[]" -> ["VARCHAR"]."""
    if sql_type.endswith("[]"):
        return [json_type(sql_type[:-2])]
    return SENT_AS.get(sql_type, sql_type)


def row_structure(columns: Sequence[str], types: dict[str, str]) -> str:
    """The `from_json_strict` structure of a JSON array of rows with these columns."""
    return json.dumps([{c: json_type(types[c]) for c in columns}])


def insert_sql(table: str, columns: Sequence[str]) -> str:
    """INSERT of the rows in a JSON array (parameter 1) shaped by a structure (parameter 2)."""
    names = ", ".join(quote_ident(c) for c in columns)
    fields = ", ".join(f"r.{quote_ident(c)}" for c in columns)
    return f"INSERT INTO {table} ({names}) SELECT {fields} FROM (SELECT unnest(from_json_strict(?, ?)) AS r)"


def rows_json(rows: Sequence[Row], columns: Sequence[str]) -> str:
    """The rows as one JSON array of objects, every object with exactly `columns`."""
    # allow_nan=False: NaN is not JSON, and a row must fail here rather than be stored wrong
    return json.dumps([{c: row[c] for c in columns} for row in rows], ensure_ascii=False, allow_nan=False)
