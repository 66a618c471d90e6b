"""Turning coded articles into table rows: the one mapping every store backend uses.

Each function returns one row as a dict keyed by the columns of its table in `schema.sql`,
in the table's column order, with the whole record as JSON in `record`; a backend inserts
the keys it is given, so the columns are named here once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..errors import E_STORE_NO_TABLE, CommuniqueError
from ..model import RECORD_KINDS, Actor, Article, CodedArticle, Event, Place, Quote, TimeExpr, plain, side_label

Row = dict[str, Any]

# The store's tables: one for articles, one per kind of record.
TABLES: tuple[str, ...] = ("articles", *RECORD_KINDS)


def check_table(name: str) -> str:
    """`name` if it is a table of the store, else a clear error."""
    if name not in TABLES:
        raise CommuniqueError(f"no table {name!r}; choose one of {', '.join(TABLES)} [{E_STORE_NO_TABLE}]")
    return name


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def article_row(a: Article) -> Row:
    return {"id": a.id, "path": a.path, "url": a.url, "title": a.title, "published": a.published,
            "outlet": a.outlet, "byline": a.byline, "credits": a.credits, "language": a.language, "text": a.text,
            "record": to_json(a.to_dict())}


def event_row(article_id: str, idx: int, e: Event) -> Row:
    loc = e.location
    return {"article_id": article_id, "idx": idx, "id": e.id, "event_type": e.event_type, "mode": e.mode,
            "cameo": e.cameo, "quad_class": e.quad_class, "goldstein": e.goldstein, "actor": side_label(e.actor),
            "recipient": side_label(e.recipient), "date": e.date, "date_precision": e.date_precision,
            "status": e.status, "location": loc.name if loc else None, "country": loc.country if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None, "sentence": e.sentence,
            "start": e.start, "end": e.end, "evidence": e.evidence, "trigger": e.trigger, "rule": e.rule,
            "confidence": e.confidence, "record": to_json(plain(e))}


def quote_row(article_id: str, idx: int, q: Quote) -> Row:
    speaker = q.speaker
    return {"article_id": article_id, "idx": idx, "kind": q.kind, "cue": q.cue,
            "speaker": (speaker.name or speaker.text) if speaker else None,
            "speaker_code": speaker.code if speaker else None, "sentence": q.sentence, "start": q.start,
            "end": q.end, "text": q.text, "record": to_json(plain(q))}


def timex_row(article_id: str, idx: int, t: TimeExpr) -> Row:
    return {"article_id": article_id, "idx": idx, "type": t.type, "value": t.value, "sentence": t.sentence,
            "start": t.start, "end": t.end, "text": t.text, "record": to_json(plain(t))}


def place_row(article_id: str, idx: int, p: Place) -> Row:
    return {"article_id": article_id, "idx": idx, "name": p.name, "geonameid": p.geonameid, "country": p.country,
            "lat": p.lat, "lon": p.lon, "role": p.role, "sentence": p.sentence, "start": p.start, "end": p.end,
            "text": p.text, "record": to_json(plain(p))}


def actor_row(article_id: str, idx: int, r: Actor) -> Row:
    return {"article_id": article_id, "idx": idx, "name": r.name, "code": r.code, "sector": r.sector,
            "cameo": r.cameo, "role": r.role, "entity": r.entity, "sentence": r.sentence, "start": r.start,
            "end": r.end, "text": r.text, "record": to_json(plain(r))}


def rows_for(coded: CodedArticle) -> dict[str, list[Row]]:
    """Every row one coded article contributes, by table (every table present, maybe empty)."""
    article_id = coded.article.id
    return {
        "articles": [article_row(coded.article)],
        "events": [event_row(article_id, i, e) for i, e in enumerate(coded.events)],
        "quotes": [quote_row(article_id, i, q) for i, q in enumerate(coded.quotes)],
        "timexes": [timex_row(article_id, i, t) for i, t in enumerate(coded.timexes)],
        "places": [place_row(article_id, i, p) for i, p in enumerate(coded.places)],
        "actors": [actor_row(article_id, i, r) for i, r in enumerate(coded.actors)],
    }


def batch_rows(batch: Iterable[CodedArticle]) -> tuple[list[str], dict[str, list[Row]]]:
    """The article ids of a batch, and every row it contributes, by table (every table present)."""
    by_table: dict[str, list[Row]] = {table: [] for table in TABLES}
    ids: list[str] = []
    for coded in batch:
        ids.append(coded.article.id)
        for table, rows in rows_for(coded).items():
            by_table[table].extend(rows)
    return ids, by_table
