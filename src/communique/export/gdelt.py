"""`--format gdelt`: one row per incident in the GDELT 2.0 event table's 61 tab-separated columns.

The columns, their order and SQL types are in `data/export/gdelt_columns.tsv`, with what we write
in each and why the others stay empty (docs/exports.md is made from it). Like GDELT's own
files, there is no header line: load it with the codebook's header (the TSV's names). Only
incidents of real events are written: a planned incident that was carried out is counted in
the one that carried it out, and one still only planned is not an event GDELT would list.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, TextIO

from ..resources import load_toml, read_table
from ..store import IncidentFilter, Row, Store
from . import ExportRequest, output_stream, register_output_format

COLUMNS_FILE = "export/gdelt_columns.tsv"
RULES_FILE = "export/gdelt.toml"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql_type: str
    filled: str  # what we write there; empty: nothing
    empty_because: str


@cache
def columns() -> tuple[Column, ...]:
    return tuple(Column(r["name"], r["type"], r["filled"], r["empty_because"]) for _, r in read_table(COLUMNS_FILE))


def own_date(row: Row) -> tuple[date | None, str | None, str | None]:
    """(the day, YYYYMM, YYYY) the incident's own date gives, each None when not known so finely."""
    value, precision = row.get("date") or "", row.get("date_precision")
    day = date.fromisoformat(value) if precision == "day" and len(value) == 10 else None
    month = value[:7].replace("-", "") if precision in ("day", "month") and len(value) >= 7 else None
    year = value[:4] if precision in ("day", "month", "year") and len(value) >= 4 else None
    return day, month, year


def party(row: Row, side: str) -> dict[str, Any]:
    """The first coded part of one side: GDELT has one actor per slot."""
    parts = [p for p in row.get(f"{side}_parties") or [] if p.get("code")]
    return parts[0] if parts else {}


def geo_type(row: Row) -> int | None:
    rules = load_toml(RULES_FILE)
    kind, kinds, codes = row.get("place_kind"), rules["kinds"], rules["geo_type"]
    us = row.get("country") == kinds["us_country"]
    if kind in kinds["country"]:
        return int(codes["country"])
    if kind in kinds["state"]:
        return int(codes["us_state" if us else "world_state"])
    if kind in kinds["city"]:
        return int(codes["us_city" if us else "world_city"])
    return None


def global_event_id(incident_id: str) -> int:
    """inc-HEX as a number, in 63 bits: GDELT's ids are signed 64-bit integers."""
    return int(incident_id.removeprefix("inc-"), 16) & (2**63 - 1)


def fraction_date(day: date | None) -> str | None:
    return f"{day.year + day.timetuple().tm_yday / 365:.4f}" if day else None


def side_cells(n: str, side: str) -> dict[str, Callable[[Row], Any]]:
    return {f"Actor{n}Code": lambda r: party(r, side).get("cameo"),
            f"Actor{n}Name": lambda r: (party(r, side).get("name") or party(r, side).get("text") or "").upper() or None,
            f"Actor{n}CountryCode": lambda r: party(r, side).get("code"),
            f"Actor{n}Type1Code": lambda r: party(r, side).get("sector")}


# How each filled column is computed from an incident row (Store.incidents).
CELLS: dict[str, Callable[[Row], Any]] = {
    "GLOBALEVENTID": lambda r: global_event_id(r["id"]),
    "SQLDATE": lambda r: own_date(r)[0].strftime("%Y%m%d") if own_date(r)[0] else None,  # type: ignore[union-attr]
    "MonthYear": lambda r: own_date(r)[1],
    "Year": lambda r: own_date(r)[2],
    "FractionDate": lambda r: fraction_date(own_date(r)[0]),
    **side_cells("1", "actor"), **side_cells("2", "recipient"),
    "IsRootEvent": lambda r: int(r.get("evidence_sentence") == 0),
    "EventCode": lambda r: r.get("cameo"),
    "EventBaseCode": lambda r: (r.get("cameo") or "")[:3] or None,
    "EventRootCode": lambda r: (r.get("cameo") or "")[:2] or None,
    "QuadClass": lambda r: r.get("quad_class"),
    "GoldsteinScale": lambda r: r.get("goldstein"),
    "NumMentions": lambda r: r.get("num_mentions"),
    "NumSources": lambda r: r.get("num_sources"),
    "NumArticles": lambda r: r.get("num_articles"),
    "ActionGeo_Type": geo_type,
    "ActionGeo_FullName": lambda r: r.get("location"),
    "ActionGeo_Lat": lambda r: r.get("lat"),
    "ActionGeo_Long": lambda r: r.get("lon"),
    "DATEADDED": lambda r: r["first_report"].strftime("%Y%m%d000000") if r.get("first_report") else None,
    "SOURCEURL": lambda r: r.get("first_url") or r.get("first_article_id"),
}


def gdelt_row(row: Row) -> list[str]:
    """The 61 cells of one incident, empty where we have nothing (or fill nothing)."""
    cells = []
    for column in columns():
        value = CELLS[column.name](row) if column.name in CELLS else None
        cells.append("" if value is None else str(value))
    return cells


def real_incidents(store: Store) -> list[Row]:
    return [r for r in store.incidents(IncidentFilter(sort="date")) if r["status"] != "planned"]


@register_output_format("gdelt", help="one row per incident, the GDELT 2.0 event table's 61 columns, tab-separated")
def write_gdelt(store: Store, request: ExportRequest) -> int | None:
    rows = real_incidents(store)
    with output_stream(request) as stream:
        write_rows(rows, stream)
    return None if request.path is None else len(rows)


def write_rows(rows: list[Row], stream: TextIO) -> None:
    # GDELT's files quote nothing; a tab or newline inside a name would break a row, so none is kept
    writer = csv.writer(stream, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None, lineterminator="\n")
    for row in rows:
        writer.writerow([c.replace("\t", " ").replace("\n", " ").replace("\r", " ") for c in gdelt_row(row)])
