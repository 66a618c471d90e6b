"""`communique serve`: the web interface and REST API over a database, read-only."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from ..errors import E_CANNOT_LISTEN, E_STORE_MISSING
from .common import db_option, err


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--query-seconds", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Time limit of each request's queries.")
def serve(db: str, host: str, port: int, query_seconds: float) -> None:
    """Serve the web interface (timeline, dyads, map, evidence, table) and the REST API.

    The database is opened read-only for each request, so `communique code` may keep storing
    into it meanwhile (a request arriving while a batch is written is answered 503: try again).
    The API is documented at /docs.

    \b
    Example:
      communique serve --db communique.duckdb      # then open http://127.0.0.1:8000/
    """
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database; code some articles first [{E_STORE_MISSING}]")
    check_can_listen(host, port)
    import uvicorn  # here: the other commands need not load the server

    from ..web.app import create_app

    err.print(f"Serving {db} on http://{host}:{port}/ (read-only; Ctrl+C stops)")
    uvicorn.run(create_app(db, query_seconds=query_seconds), host=host, port=port, log_level="warning")


def check_can_listen(host: str, port: int) -> None:
    """Bind the address once before starting, so an unknown host or a port in use is one coded
    line rather than the server's own log lines."""
    try:
        family, kind, _, _, address = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except (OSError, UnicodeError) as e:
        raise click.ClickException(f"cannot listen on {host}:{port}: {e} [{E_CANNOT_LISTEN}]") from e


COMMANDS = [serve]
