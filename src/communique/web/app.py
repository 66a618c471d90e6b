"""The ASGI application `communique serve` runs: the REST API (api.py), the pages (pages.py),
the vendored scripts and styles (static/), read-only over one database.

Only GET (and HEAD) exist: no endpoint writes. Answers carry a Content-Security-Policy that
lets a page load nothing from anywhere but this server, and run no inline script.
"""

from __future__ import annotations

from importlib import resources

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import E_WEB_BAD_PARAMETER, E_WEB_FAILED, E_WEB_NOT_FOUND
from . import api, pages
from .access import StoreAccess, StoreUnavailable
from .api import DataResponse, NotFound
from .openapi import document
from .params import BadParameter

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                 b"script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                                 b"form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def error_answer(request: Request, status: int, code: str, message: str) -> Response:
    """JSON {code, message} for the API, an HTML page for a page."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return DataResponse({"code": code, "message": message}, status_code=status)
    return pages.error_page(request, status, code, message)


async def bad_parameter(request: Request, error: Exception) -> Response:
    assert isinstance(error, BadParameter)
    return error_answer(request, 400, error.code, error.detail)


async def not_found(request: Request, error: Exception) -> Response:
    assert isinstance(error, NotFound)
    return error_answer(request, 404, error.code, error.detail)


async def unavailable(request: Request, error: Exception) -> Response:
    assert isinstance(error, StoreUnavailable)
    return error_answer(request, 503, error.code, error.detail)


async def http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    code = E_WEB_NOT_FOUND if error.status_code == 404 else E_WEB_BAD_PARAMETER
    message = "no such page" if error.status_code == 404 else str(error.detail)
    return error_answer(request, error.status_code, code, message)


async def failed(request: Request, error: Exception) -> Response:
    """Anything else is a bug; the answer still has the API's shape, without a traceback."""
    return error_answer(request, 500, E_WEB_FAILED, f"the server failed answering: {type(error).__name__}")


async def openapi(request: Request) -> Response:
    return DataResponse(document())


def create_app(db: str, *, query_seconds: float = 10.0) -> Starlette:
    """The application over the database file `db` (opened read-only for each request)."""
    static = StaticFiles(directory=str(resources.files("communique.web") / "static"))
    routes = [*api.ROUTES, Route("/openapi.json", openapi), *pages.ROUTES, Mount("/static", static, name="static")]
    app = Starlette(
        routes=routes, middleware=[Middleware(SecurityHeaders)],
        exception_handlers={BadParameter: bad_parameter, NotFound: not_found, StoreUnavailable: unavailable,
                            HTTPException: http_error, Exception: failed})
    app.state.access = StoreAccess(db, query_seconds)
    return app
