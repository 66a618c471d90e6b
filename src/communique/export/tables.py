"""`--format csv` and `--format parquet`: one table of the store (without its JSON record column)."""

from __future__ import annotations

import csv
from typing import TextIO

from ..store import Row, Store
from . import ExportRequest, register_output_format


@register_output_format("csv", help="one table (--table) as CSV")
def write_csv(store: Store, request: ExportRequest) -> int | None:
    if request.path is not None:
        return store.export_table(request.table, request.path, "csv")
    write_csv_rows(store.table_rows(request.table), request.stdout)
    return None


@register_output_format("parquet", help="one table (--table) as Parquet", needs_file=True)
def write_parquet(store: Store, request: ExportRequest) -> int | None:
    assert request.path is not None  # needs_file: the CLI asks for -o first
    return store.export_table(request.table, request.path, "parquet")


def write_csv_rows(rows: list[Row], stream: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
