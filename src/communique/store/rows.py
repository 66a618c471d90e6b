"""Turning coded articles into table rows: the one mapping every store backend uses.

Each function returns the values for the columns of its table in `schema.sql`, in order,
with the whole record as JSON in the last column.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..errors import E_STORE_NO_TABLE, CommuniqueError
from ..model import CodedArticle, side_label

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "path", "url", "title", "published", "outlet", "byline", "credits", "language",
                 "text", "record"),
    "events": ("article_id", "idx", "id", "event_type", "mode", "cameo", "quad_class", "goldstein", "actor",
               "recipient", "date", "date_precision", "status", "location", "country", "lat", "lon",
               "sentence", "start", "end", "evidence", "trigger", "rule", "confidence", "record"),
    "quotes": ("article_id", "idx", "kind", "cue", "speaker", "speaker_code", "sentence", "start", "end",
               "text", "record"),
    "timexes": ("article_id", "idx", "type", "value", "sentence", "start", "end", "text", "record"),
    "places": ("article_id", "idx", "name", "geonameid", "country", "lat", "lon", "role", "sentence",
               "start", "end", "text", "record"),
    "actors": ("article_id", "idx", "name", "code", "sector", "cameo", "role", "entity", "sentence",
               "start", "end", "text", "record"),
}


def check_table(name: str) -> str:
    """`name` if it is a table of the store, else a clear error."""
    if name not in TABLE_COLUMNS:
        raise CommuniqueError(f"no table {name!r}; choose one of {', '.join(TABLE_COLUMNS)} [{E_STORE_NO_TABLE}]")
    return name


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def rows_for(coded: CodedArticle) -> dict[str, list[tuple]]:
    """Every row one coded article contributes, by table."""
    a = coded.article
    article_id = a.id
    rows: dict[str, list[tuple]] = {
        "articles": [(a.id, a.path, a.url, a.title, a.published, a.outlet, a.byline, a.credits, a.language,
                      a.text, to_json(a.to_dict()))],
        "events": [],
        "quotes": [],
        "timexes": [],
        "places": [],
        "actors": [],
    }
    for i, e in enumerate(coded.events):
        loc = e.location
        rows["events"].append((
            article_id, i, e.id, e.event_type, e.mode, e.cameo, e.quad_class, e.goldstein, side_label(e.actor),
            side_label(e.recipient), e.date, e.date_precision, e.status, loc.name if loc else None,
            loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None, e.sentence,
            e.start, e.end, e.evidence, e.trigger, e.rule, e.confidence, to_json(asdict(e))))
    for i, q in enumerate(coded.quotes):
        speaker = q.speaker
        rows["quotes"].append((
            article_id, i, q.kind, q.cue, (speaker.name or speaker.text) if speaker else None,
            speaker.code if speaker else None, q.sentence, q.start, q.end, q.text, to_json(asdict(q))))
    for i, t in enumerate(coded.timexes):
        rows["timexes"].append((article_id, i, t.type, t.value, t.sentence, t.start, t.end, t.text,
                                to_json(asdict(t))))
    for i, p in enumerate(coded.places):
        rows["places"].append((article_id, i, p.name, p.geonameid, p.country, p.lat, p.lon, p.role, p.sentence,
                               p.start, p.end, p.text, to_json(asdict(p))))
    for i, r in enumerate(coded.actors):
        rows["actors"].append((article_id, i, r.name, r.code, r.sector, r.cameo, r.role, r.entity, r.sentence,
                               r.start, r.end, r.text, to_json(asdict(r))))
    return rows
