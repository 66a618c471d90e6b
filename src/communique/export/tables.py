"""`--format csv` and `--format parquet`: one table of the store, flat, for a spreadsheet or a
data frame.

The events table is built from the stored records rather than copied from the store's
columns, so that what lives only inside the JSON record gets its own column: each side's first
party (`actor_name`, `actor_code`, `actor_sector`, and the same for the recipient) with every
party in list columns (`actor_names`, ...), `context`, `mentions`, the location's `geonameid`
and `location_country` (the events table's `country` is the location's, not an actor's), and
the article's `outlet`, `published` and `url`. The other tables are the store's columns
(without the JSON record column).

Types: codes (`cameo`, `actor_code`, `country`, ...) are text everywhere: VARCHAR in Parquet,
quoted in CSV (pandas still guesses a quoted "036" to be 36: the README says to pass `dtype`). List columns are
Parquet lists, and JSON arrays in CSV. Negated events are left out unless
`request.include_negated`, as `communique events` does.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

import duckdb

from ..errors import E_OUTPUT_UNWRITABLE, CommuniqueError
from ..model import ActorRef, CodedArticle, Event, side_label
from ..store import Row, Store
from . import ExportRequest, output_stream, register_output_format

# The flat events table: each column and its type (the Parquet type; CSV writes text for VARCHAR).
EVENT_COLUMNS: dict[str, str] = {
    "article_id": "VARCHAR", "idx": "INTEGER", "id": "VARCHAR", "event_type": "VARCHAR", "mode": "VARCHAR",
    "cameo": "VARCHAR", "quad_class": "INTEGER", "goldstein": "DOUBLE", "status": "VARCHAR",
    "date": "VARCHAR", "date_precision": "VARCHAR",
    "actor": "VARCHAR", "actor_name": "VARCHAR", "actor_code": "VARCHAR", "actor_sector": "VARCHAR",
    "actor_names": "VARCHAR[]", "actor_codes": "VARCHAR[]", "actor_sectors": "VARCHAR[]",
    "recipient": "VARCHAR", "recipient_name": "VARCHAR", "recipient_code": "VARCHAR", "recipient_sector": "VARCHAR",
    "recipient_names": "VARCHAR[]", "recipient_codes": "VARCHAR[]", "recipient_sectors": "VARCHAR[]",
    "context": "VARCHAR[]", "location": "VARCHAR", "location_country": "VARCHAR", "geonameid": "BIGINT",
    "lat": "DOUBLE", "lon": "DOUBLE", "sentence": "INTEGER", "start": "INTEGER", "end": "INTEGER",
    "evidence": "VARCHAR", "trigger": "VARCHAR", "mentions": "INTEGER", "rule": "VARCHAR", "confidence": "DOUBLE",
    "outlet": "VARCHAR", "published": "VARCHAR", "url": "VARCHAR",
}


def side_columns(prefix: str, side: list[ActorRef]) -> Row:
    """One side of an event as columns: its label, its first party, and every party as lists."""
    first = side[0] if side else None
    return {prefix: side_label(side), f"{prefix}_name": (first.name or first.text) if first else None,
            f"{prefix}_code": (first.cameo or first.code) if first else None,
            f"{prefix}_sector": first.sector if first else None,
            f"{prefix}_names": [p.name or p.text for p in side], f"{prefix}_codes": [p.cameo or p.code for p in side],
            f"{prefix}_sectors": [p.sector for p in side]}


def event_columns(coded: CodedArticle, idx: int, event: Event) -> Row:
    loc = event.location
    article = coded.article
    return {"article_id": article.id, "idx": idx, "id": event.id, "event_type": event.event_type,
            "mode": event.mode, "cameo": event.cameo, "quad_class": event.quad_class, "goldstein": event.goldstein,
            "status": event.status, "date": event.date, "date_precision": event.date_precision,
            **side_columns("actor", event.actor), **side_columns("recipient", event.recipient),
            "context": list(event.context), "location": loc.name if loc else None,
            "location_country": loc.country if loc else None, "geonameid": loc.geonameid if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None, "sentence": event.sentence,
            "start": event.start, "end": event.end, "evidence": event.evidence, "trigger": event.trigger,
            "mentions": event.mentions, "rule": event.rule, "confidence": event.confidence,
            "outlet": article.outlet, "published": article.published, "url": article.url}


def flat_events(store: Store, include_negated: bool) -> Iterator[Row]:
    """Every stored event as a flat row, by article id and index."""
    for coded in store.iter_coded():
        for idx, event in enumerate(coded.events):
            if include_negated or event.status != "negated":
                yield event_columns(coded, idx, event)


def table_rows(store: Store, request: ExportRequest) -> list[Row]:
    if request.table == "events":
        return list(flat_events(store, request.include_negated))
    return store.table_rows(request.table)


@register_output_format("csv", help="one table (--table) as CSV, codes quoted as text")
def write_csv(store: Store, request: ExportRequest) -> int | None:
    rows = table_rows(store, request)
    names = list(EVENT_COLUMNS) if request.table == "events" else None
    with output_stream(request) as stream:
        write_csv_rows(rows, stream, names)
    return None if request.path is None else len(rows)


@register_output_format("parquet", help="one table (--table) as Parquet", needs_file=True)
def write_parquet(store: Store, request: ExportRequest) -> int | None:
    assert request.path is not None  # needs_file: the CLI asks for -o first
    if request.table != "events":
        return store.export_table(request.table, request.path, "parquet")
    rows = list(flat_events(store, request.include_negated))
    write_parquet_rows(rows, EVENT_COLUMNS, request.path)
    return len(rows)


def write_parquet_rows(rows: list[Row], types: dict[str, str], path: str) -> None:
    """Rows written to a Parquet file with the given column types, by an in-memory DuckDB."""
    structure = json.dumps({name: [t[:-2]] if t.endswith("[]") else t for name, t in types.items()})
    names = ", ".join(f'r."{name}" AS "{name}"' for name in types)
    target = path.replace("'", "''")
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        con.execute("CREATE TABLE flat AS SELECT " + names + " FROM (SELECT unnest(from_json_strict(?, ?)) AS r)",
                    [json.dumps([{n: row[n] for n in types} for row in rows], ensure_ascii=False),
                     f"[{structure}]"])
        con.execute(f"COPY flat TO '{target}' (FORMAT parquet)")
    except duckdb.IOException as e:
        raise CommuniqueError(f"{path}: cannot write the output file: {str(e).splitlines()[0]} "
                              f"[{E_OUTPUT_UNWRITABLE}]") from e
    finally:
        con.close()


def csv_value(value: Any) -> Any:
    """A cell for CSV: lists and records as JSON, nothing as an empty cell."""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else value


def write_csv_rows(rows: Sequence[Row], stream: TextIO, names: Sequence[str] | None = None) -> None:
    """Rows as CSV with a header, every text value quoted (a code such as "036" marked as text),
    numbers bare."""
    names = list(names or (rows[0] if rows else []))
    if not names:
        return
    writer = csv.writer(stream, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([csv_value(row.get(n)) for n in names])
