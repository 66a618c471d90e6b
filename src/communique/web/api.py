"""The REST API: JSON (or CSV with ?format=csv) over the store's queries, read-only.

Every handler reads its parameters through params.py into the store's filter dataclasses and
asks the store (access.py opens it per request); no SQL here. Listings are paged: `limit` rows,
and `next_cursor` to pass as `cursor` for the next page (null on the last one).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..errors import E_WEB_NOT_FOUND
from ..model import CodedArticle, PlaceRole, QuoteKind
from ..store import ActorFilter, PlaceFilter, QuoteFilter, Row, Store
from ..store.filters import ActorGrouping, DyadLevel, TimelineInterval, TimelineKey
from . import params as p
from .access import StoreAccess


class NotFound(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.code = E_WEB_NOT_FOUND
        self.detail = message


def plain(value: Any) -> Any:
    """A value JSON can hold: dates as ISO text."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


class DataResponse(JSONResponse):
    """JSON with dates as ISO text, not ASCII-escaped."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, default=plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def csv_response(rows: Sequence[Row], name: str) -> Response:
    """Rows as CSV; a list or object in a cell as JSON text."""
    buffer = io.StringIO()
    columns = list(rows[0]) if rows else []
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([json.dumps(v, default=plain) if isinstance(v, list | dict) else
                         "" if v is None else plain(v) if isinstance(v, date) else v for v in row.values()])
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def listing(request: Request, rows: list[Row], name: str, *, offset: int, limit: int,
            more: bool, total: int | None = None) -> Response:
    """One page of rows as JSON (`items`, `next_cursor`, `total` when known) or CSV."""
    if p.output_format(request.query_params) == "csv":
        return csv_response(rows, name)
    body: dict[str, Any] = {"items": rows, "limit": limit, "offset": offset,
                            "next_cursor": p.next_cursor(offset + limit) if more else None}
    if total is not None:
        body["total"] = total
    return DataResponse(body)


def access(request: Request) -> StoreAccess:
    store_access: StoreAccess = request.app.state.access
    return store_access


async def events(request: Request) -> Response:
    where = p.event_query(request.query_params)
    page = p.page(request.query_params, p.EVENT_SORT_PARAM, "-date")
    rows, total = await access(request).run(lambda s: (s.event_page(where, page), s.event_total(where)))
    return listing(request, rows, "events", offset=page.offset, limit=page.limit,
                   more=page.offset + len(rows) < total, total=total)


async def incidents(request: Request) -> Response:
    where = p.event_query(request.query_params, incidents=True)
    page = p.page(request.query_params, p.INCIDENT_SORT_PARAM, "-articles")
    rows, total = await access(request).run(lambda s: (s.incident_page(where, page), s.incident_total(where)))
    return listing(request, rows, "incidents", offset=page.offset, limit=page.limit,
                   more=page.offset + len(rows) < total, total=total)


# The kinds of span an article has, each with the text of a record: where the evidence view
# highlights them.
SPAN_KINDS = ("timexes", "places", "actors", "quotes", "events")


def article_body(coded: CodedArticle, incident_of: dict[int, str]) -> dict[str, Any]:
    """The article, its records, and every span with its kind, index and offsets into `text`."""
    body = coded.to_dict()
    spans = []
    for kind in SPAN_KINDS:
        for index, record in enumerate(getattr(coded, kind)):
            if record.end > record.start:
                spans.append({"kind": kind[:-1] if kind != "timexes" else "timex", "index": index,
                              "start": record.start, "end": record.end,
                              "text": coded.article.text[record.start:record.end]})
    body["spans"] = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    for index, event in enumerate(body["events"]):
        event["incident"] = incident_of.get(index)
    return body


def read_article(store: Store, key: str) -> tuple[CodedArticle, dict[int, str]] | None:
    article_id = store.find_article_id(key)
    coded = store.coded(article_id) if article_id else None
    if coded is None:
        return None
    return coded, store.event_incidents(coded.article.id)


async def article(request: Request) -> Response:
    key = request.path_params["article_id"]
    found = await access(request).run(lambda s: read_article(s, key))
    if found is None:
        raise NotFound(f"no stored article has the id {key!r}")
    return DataResponse(article_body(*found))


def small_listing(request: Request, fetch: Callable[[Store, int], list[Row]], name: str) -> Callable:
    """A listing whose store query takes only a limit: the page is cut from the first offset + limit + 1 rows."""
    page = p.page(request.query_params, p.Param("sort", "", choices=("date", "-date")), "-date")

    async def answer() -> Response:
        rows = await access(request).run(lambda s: fetch(s, page.offset + page.limit + 1))
        chunk = rows[page.offset:page.offset + page.limit]
        return listing(request, chunk, name, offset=page.offset, limit=page.limit,
                       more=len(rows) > page.offset + page.limit)

    return answer


async def quotes(request: Request) -> Response:
    q = request.query_params
    since, until = p.date_range(q)
    given_kind = p.given(q, "kind")
    kind: QuoteKind | None = p.checked(p.QUOTE_PARAMS[5], given_kind) if given_kind else None  # type: ignore[assignment]
    speaker, country, text = p.given(q, "speaker"), p.given(q, "country"), p.given(q, "text")
    return await small_listing(request, lambda s, n: s.quotes(QuoteFilter(
        speaker=speaker, country=country, since=since, until=until, text=text, kind=kind, limit=n)), "quotes")()


async def actors(request: Request) -> Response:
    q = request.query_params
    by: ActorGrouping = p.choice(q, p.ACTOR_PARAMS[0], "name")  # type: ignore[assignment]
    code, sector = p.given(q, "code"), p.given(q, "sector")
    return await small_listing(
        request, lambda s, n: s.actor_counts(ActorFilter(by=by, code=code, sector=sector, limit=n)), "actors")()


async def places(request: Request) -> Response:
    q = request.query_params
    role = p.given(q, "role")
    checked_role: PlaceRole | None = p.checked(p.PLACE_PARAMS[0], role) if role else None  # type: ignore[assignment]
    country = p.given(q, "country")
    return await small_listing(
        request, lambda s, n: s.place_counts(PlaceFilter(role=checked_role, country=country, limit=n)), "places")()


async def dyads(request: Request) -> Response:
    q = request.query_params
    where = p.event_query(q)
    level: DyadLevel = p.choice(q, p.DYAD_PARAMS[0], "country")  # type: ignore[assignment]
    limit = p.integer("limit", p.given(q, "limit"), 100, 1, p.MAX_LIMIT)
    rows = await access(request).run(lambda s: s.dyads(where, level, limit))
    if p.output_format(q) == "csv":
        return csv_response(rows, "dyads")
    return DataResponse({"items": rows, "level": level})


async def timeline(request: Request) -> Response:
    q = request.query_params
    of = p.choice(q, p.TIMELINE_PARAMS[2], "events")
    interval: TimelineInterval = p.choice(q, p.TIMELINE_PARAMS[0], "month")  # type: ignore[assignment]
    if of == "incidents":
        where = p.event_query(q, incidents=True)
        if p.choice(q, p.TIMELINE_PARAMS[1], "event_type") != "event_type":
            raise p.BadParameter("by", "incidents are counted by event_type only")
        rows = await access(request).run(lambda s: s.incident_timeline(where, interval))
        key: TimelineKey = "event_type"
    else:
        where = p.event_query(q)
        key = p.choice(q, p.TIMELINE_PARAMS[1], "quad_class")  # type: ignore[assignment]
        rows = await access(request).run(lambda s: s.timeline(where, interval, key))
    if p.output_format(q) == "csv":
        return csv_response(rows, "timeline")
    return DataResponse({"items": rows, "interval": interval, "by": key, "of": of})


async def locations(request: Request) -> Response:
    q = request.query_params
    where = p.event_query(q)
    limit = p.integer("limit", p.given(q, "limit"), p.MAX_LIMIT, 1, p.MAX_LIMIT)
    rows = await access(request).run(lambda s: s.event_locations(where, limit))
    if p.output_format(q) == "csv":
        return csv_response(rows, "locations")
    return DataResponse({"items": rows})


ROUTES = [
    Route("/api/events", events),
    Route("/api/incidents", incidents),
    Route("/api/articles/{article_id:path}", article),
    Route("/api/quotes", quotes),
    Route("/api/actors", actors),
    Route("/api/places", places),
    Route("/api/dyads", dyads),
    Route("/api/timeline", timeline),
    Route("/api/locations", locations),
]
