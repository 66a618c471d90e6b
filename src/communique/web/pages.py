"""The pages: server-rendered HTML (Jinja2, every value escaped), with small scripts that draw
from the API. Filters live in the URL, so a view can be shared, and every view's link carries them.

Timeline, Dyads and Map are drawn in the browser from /api/timeline, /api/dyads and
/api/locations; Table and Evidence are rendered here from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..model import STATUSES, side_label
from ..store import Row, Store
from . import params as p
from .api import SPAN_KINDS, NotFound, access, article_body, read_article
from .evidence import pieces
from .openapi import document

NAV = (("timeline", "Timeline"), ("dyads", "Dyads"), ("map", "Map"), ("table", "Table"))
FILTER_NAMES = tuple(x.name for x in p.EVENT_PARAMS)
TEXT_FILTERS = (("actor", "actor"), ("recipient", "recipient"), ("either", "either side"), ("country", "country"),
                ("text", "words"))
# Parameters of one view that are not filters: kept by its filter form, not carried to other views.
VIEW_PARAMS = ("interval", "by", "level", "view", "sort", "of")
EVENT_COLUMNS = (("date", "date"), ("status", "status"), ("event_type", "type"), ("cameo", "cameo"),
                 ("actor", "actor"), ("recipient", "recipient"), ("location", "location"))
INCIDENT_COLUMNS = (("date", "date"), ("status", "status"), ("event_type", "type"), ("cameo", "cameo"),
                    ("actor", "actor"), ("recipient", "recipient"), ("location", "location"),
                    ("articles", "articles"))


@cache
def templates() -> Environment:
    return Environment(loader=PackageLoader("communique.web", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def filters_of(query: Mapping[str, str]) -> dict[str, str]:
    return {name: query[name] for name in FILTER_NAMES if query.get(name)}


def query_string(values: Mapping[str, str]) -> str:
    kept = {k: v for k, v in values.items() if v}
    return "?" + urlencode(kept) if kept else ""


def page_context(request: Request, view: str, title: str, *, show_filters: bool = True) -> dict[str, Any]:
    query = request.query_params
    filters = filters_of(query)
    own = {name: query[name] for name in VIEW_PARAMS if query.get(name)}

    def with_param(name: str, value: str) -> str:
        return request.url.path + query_string({**filters, **own, name: value})

    return {"view": view, "title": title, "nav": NAV, "qs": query_string(filters), "filters": filters,
            "text_filters": TEXT_FILTERS, "event_types": p.plover_types(), "statuses": STATUSES,
            "hidden": [(k, v) for k, v in own.items() if k != "sort"], "show_filters": show_filters,
            "with_param": with_param}


def render(name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return HTMLResponse(templates().get_template(name).render(**context), status_code=status)


async def home(request: Request) -> Response:
    return RedirectResponse("/timeline" + ("?" + request.url.query if request.url.query else ""), status_code=307)


async def timeline(request: Request) -> Response:
    of = p.choice(request.query_params, p.TIMELINE_PARAMS[2], "events")
    p.event_query(request.query_params, incidents=of == "incidents")  # a bad filter is a 400 here, not a broken chart
    context = page_context(request, "timeline", "Timeline")
    context["interval"] = p.choice(request.query_params, p.TIMELINE_PARAMS[0], "month")
    context["of"] = of
    context["by"] = "event_type" if of == "incidents" else p.choice(request.query_params, p.TIMELINE_PARAMS[1],
                                                                     "quad_class")
    return render("timeline.html", context)


async def dyads(request: Request) -> Response:
    p.event_query(request.query_params)
    context = page_context(request, "dyads", "Dyads")
    context["level"] = p.choice(request.query_params, p.DYAD_PARAMS[0], "country")
    return render("dyads.html", context)


async def world_map(request: Request) -> Response:
    p.event_query(request.query_params)
    return render("map.html", page_context(request, "map", "Map"))


def table_rows(store: Store, request: Request, incidents: bool) -> tuple[list[Row], int, Any]:
    q = request.query_params
    if incidents:
        where = p.event_query(q, incidents=True)
        page = p.page(q, p.INCIDENT_SORT_PARAM, "-articles")
        rows, total = store.incident_page(where, page), store.incident_total(where)
        for row in rows:
            row["articles"] = row.get("num_articles")
        return rows, total, page
    where = p.event_query(q)
    page = p.page(q, p.EVENT_SORT_PARAM, "-date")
    return store.event_page(where, page), store.event_total(where), page


async def table(request: Request) -> Response:
    incidents = request.query_params.get("view") == "incidents"
    if incidents:
        p.event_query(request.query_params, incidents=True)
    else:
        p.event_query(request.query_params)
    rows, total, page = await access(request).run(lambda s: table_rows(s, request, incidents))
    context = page_context(request, "table", "Incidents" if incidents else "Events")
    base = {**context["filters"], **({"view": "incidents"} if incidents else {})}
    sort = request.query_params.get("sort") or ("-articles" if incidents else "-date")

    def link(**extra: str) -> str:
        return "/table" + query_string({**base, "sort": sort, "limit": str(page.limit), **extra})

    def sort_link(key: str) -> str:
        return "/table" + query_string({**base, "sort": key if sort == "-" + key else "-" + key})

    more = page.offset + len(rows) < total
    context.update(
        rows=rows, total=total, offset=page.offset, incidents=incidents, sort=sort, sort_link=sort_link,
        columns=INCIDENT_COLUMNS if incidents else EVENT_COLUMNS,
        next_link=link(cursor=p.next_cursor(page.offset + page.limit)) if more else None,
        prev_link=(link(cursor=p.next_cursor(max(0, page.offset - page.limit))) if page.offset else None),
        csv_link=("/api/incidents" if incidents else "/api/events") + query_string({**context["filters"],
                                                                                   "format": "csv"}))
    return render("table.html", context)


async def evidence(request: Request) -> Response:
    key = request.path_params["article_id"]
    found = await access(request).run(lambda s: read_article(s, key))
    if found is None:
        raise NotFound(f"no stored article has the id {key!r}")
    coded, incident_of = found
    body = article_body(coded, incident_of)
    for event, record in zip(body["events"], coded.events, strict=True):
        event["actor_label"], event["recipient_label"] = side_label(record.actor), side_label(record.recipient)
    selected = request.query_params.get("event")
    context = page_context(request, "evidence", coded.article.title or coded.article.id, show_filters=False)
    context.update(article=body["article"], events=body["events"], quotes=body["quotes"],
                   pieces=pieces(coded.article.text, body["spans"]),
                   selected=int(selected) if selected and selected.isdigit() else None, span_kinds=SPAN_KINDS)
    return render("evidence.html", context)


async def docs(request: Request) -> Response:
    context = page_context(request, "docs", "API", show_filters=False)
    context["spec"] = document()
    return render("docs.html", context)


def error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    context = page_context(request, "error", str(status), show_filters=False)
    context.update(status=status, code=code, message=message)
    return render("error.html", context, status)


PageHandler = Callable[[Request], Any]
ROUTES = [
    Route("/", home),
    Route("/timeline", timeline),
    Route("/dyads", dyads),
    Route("/map", world_map),
    Route("/table", table),
    Route("/evidence/{article_id:path}", evidence),
    Route("/docs", docs),
]
