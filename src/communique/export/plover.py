"""`--format plover`: one PLOVER JSON record a line per incident (PLOVER manual, "Data Fields";
the field names are in data/export/plover_fields.toml), with our own fields beside them:
status, date_precision, evidence, incident (the real event it counts in), counts of reports.

A date known only to the month or year is written as the span it covers (`date` its first
day, `enddate` its last), with `date_precision` saying so; an undated incident has `date` null.
"""

from __future__ import annotations

import calendar
import json
from typing import Any, TextIO

from .. import __version__
from ..store import IncidentFilter, Row, Store
from . import ExportRequest, output_stream, register_output_format


def date_span(value: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """(date, enddate) in YYYY-MM-DD for an own date at its precision."""
    if not value:
        return None, None
    if precision == "day" and len(value) == 10:
        return value, None
    if precision == "month" and len(value) >= 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value[:7]}-01", f"{value[:7]}-{calendar.monthrange(year, month)[1]:02d}"
    if precision == "year" and len(value) >= 4:
        return f"{value[:4]}-01-01", f"{value[:4]}-12-31"
    return None, None


def entity(part: dict[str, Any]) -> dict[str, Any]:
    return {"code": part.get("code"), "sector": part.get("sector"), "entity_text": part.get("text"),
            "identifier_text": part.get("name")}


def location(row: Row) -> dict[str, Any] | None:
    if row.get("location") is None:
        return None
    return {"resolved_place": row["location"], "geonameid": row.get("geonameid"), "lat": row.get("lat"),
            "lon": row.get("lon"), "country_code": row.get("country")}


def plover_record(row: Row) -> dict[str, Any]:
    start, end = date_span(row.get("date"), row.get("date_precision"))
    record: dict[str, Any] = {
        "id": row["id"], "date": start, "enddate": end,
        "actor": [entity(p) for p in row.get("actor_parties") or []],
        "recipient": [entity(p) for p in row.get("recipient_parties") or []],
        "event": [row["event_type"]] if row.get("event_type") else [],
        "event_type": row.get("event_type"), "mode": [row["mode"]] if row.get("mode") else [],
        "context": list(row.get("context") or []), "event_loc": location(row),
        "event_text": [row["evidence"]] if row.get("evidence") else [],
        "quad_code": row.get("quad_class"), "event_scale": row.get("goldstein"),
        "text_info": {"sequence": row.get("evidence_sentence")},
        "cite_info": {"citation": row.get("first_article_id"), "url": row.get("first_url"),
                      "coder": f"communique {__version__}"},
        "coder": f"communique {__version__}",
        "cameo": row.get("cameo"), "status": row.get("status"), "date_precision": row.get("date_precision"),
        "evidence": row.get("evidence"), "incident": row.get("fulfilled_by") or row["id"],
        "fulfilled_by": row.get("fulfilled_by"), "num_articles": row.get("num_articles"),
        "num_sources": row.get("num_sources"), "num_mentions": row.get("num_mentions"),
        "first_report": str(row["first_report"]) if row.get("first_report") else None,
        "last_report": str(row["last_report"]) if row.get("last_report") else None,
    }
    return record


@register_output_format("plover", help="one PLOVER JSON record a line per incident, with status, evidence, counts")
def write_plover(store: Store, request: ExportRequest) -> int | None:
    rows = store.incidents(IncidentFilter(sort="date"))
    with output_stream(request) as stream:
        write_records(rows, stream)
    return None if request.path is None else len(rows)


def write_records(rows: list[Row], stream: TextIO) -> None:
    for row in rows:
        stream.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
