"""The OpenAPI 3.1 document of the REST API (/openapi.json), built from the same parameter
lists the handlers read (params.py), and its page at /docs (rendered here: no CDN)."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..errors import E_STORE_QUERY_TIMEOUT, E_WEB_BAD_PARAMETER, E_WEB_BUSY, E_WEB_NOT_FOUND
from . import params as p

ERROR = {"$ref": "#/components/schemas/Error"}
PAGE = {"$ref": "#/components/schemas/Page"}

# (path, summary, parameters, what the 200 answer holds)
ENDPOINTS: tuple[tuple[str, str, tuple[p.Param, ...], str], ...] = (
    ("/api/events", "Events, filtered, sorted and paged", (*p.EVENT_PARAMS, p.EVENT_SORT_PARAM, *p.PAGE_PARAMS),
     "a page of events: `items`, `total`, `next_cursor`"),
    ("/api/incidents", "Incidents (one real event, all its reports), filtered on their own values",
     (*p.INCIDENT_PARAMS, p.INCIDENT_SORT_PARAM, *p.PAGE_PARAMS),
     "a page of incidents; `status` is asserted, reported or planned"),
    ("/api/articles/{article_id}", "One article: its text, every record, and every span with its kind and offsets",
     (), "the article in the output contract, plus `spans` and each event's `incident`"),
    ("/api/quotes", "Quotes, newest article first", p.QUOTE_PARAMS, "a page of quotes"),
    ("/api/actors", "Actor mentions counted by name, CAMEO code or country", p.ACTOR_PARAMS, "a page of counts"),
    ("/api/places", "Places with mention counts", p.PLACE_PARAMS, "a page of counts"),
    ("/api/dyads", "Events and mean Goldstein score per actor -> recipient pair", (*p.EVENT_PARAMS, *p.DYAD_PARAMS),
     "`items`: actor, recipient, events, goldstein, cooperation, conflict"),
    ("/api/timeline", "Events per day, week or month, by QuadClass or PLOVER type",
     (*p.EVENT_PARAMS, *p.TIMELINE_PARAMS, p.PAGE_PARAMS[2]), "`items`: period, key, events"),
    ("/api/locations", "Located events per place (the map's markers)",
     (*p.EVENT_PARAMS, p.Param("limit", f"places, 1 to {p.MAX_LIMIT}", kind="integer"), p.PAGE_PARAMS[2]),
     "`items`: location, country, lat, lon, events"),
)


def parameter(param: p.Param, where: str = "query") -> dict[str, Any]:
    return {"name": param.name, "in": where, "required": where == "path", "description": param.description,
            "schema": param.schema()}


def operation(path: str, summary: str, parameters: tuple[p.Param, ...], answer: str) -> dict[str, Any]:
    listed = [parameter(x) for x in parameters]
    if "{article_id}" in path:
        listed.insert(0, parameter(p.Param("article_id", "the article's id, the start of it, or its path"), "path"))
    responses: dict[str, Any] = {
        "200": {"description": answer, "content": {"application/json": {"schema": PAGE if "items" in answer or
                                                                           "page" in answer else {"type": "object"}}}},
        "400": {"description": f"a parameter of the wrong form ({E_WEB_BAD_PARAMETER})",
                "content": {"application/json": {"schema": ERROR}}},
        "503": {"description": (f"the database is held by a writer ({E_WEB_BUSY}), "
                                f"or the query ran over its time limit ({E_STORE_QUERY_TIMEOUT})"),
                "content": {"application/json": {"schema": ERROR}}},
    }
    if "{article_id}" in path:
        responses["404"] = {"description": f"no such article ({E_WEB_NOT_FOUND})",
                            "content": {"application/json": {"schema": ERROR}}}
    return {"get": {"summary": summary, "parameters": listed, "responses": responses}}


def document() -> dict[str, Any]:
    """The OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Communiqué", "version": __version__,
                 "description": "Read-only access to coded political events, their articles and evidence."},
        "paths": {path: operation(path, summary, params, answer) for path, summary, params, answer in ENDPOINTS},
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["code", "message"],
                      "properties": {"code": {"type": "string", "example": E_WEB_BAD_PARAMETER},
                                     "message": {"type": "string",
                                                 "example": "since: '2025-13' is not a calendar date"}}},
            "Page": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"type": "object"}},
                "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"},
                "next_cursor": {"type": ["string", "null"]}}},
        }},
    }
