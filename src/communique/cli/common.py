"""What every command shares: the consoles, the --db option, opening the store to read."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console

from ..errors import CommuniqueError
from ..render import table
from ..store import DEFAULT_DB, Store, open_store

# A terminal sets its own width; a pipe or a file gets wide tables rather than folded ones.
PIPE_WIDTH = 160
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else PIPE_WIDTH)
err = Console(stderr=True)


def db_option(func: Callable) -> Callable:
    return click.option("--db", default=DEFAULT_DB, show_default=True, envvar="COMMUNIQUE_DB",
                        help="DuckDB file, or postgresql://user@host/dbname, to store into or read from.")(func)


@contextmanager
def opened(db: str) -> Iterator[Store]:
    """The store at `db`, read-only, with a clear message when it does not exist."""
    try:
        store = open_store(db, read_only=True)
    except CommuniqueError as e:
        raise click.ClickException(str(e)) from e
    try:
        yield store
    finally:
        store.close()


def print_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], *, title: str,
               widths: dict[str, int] | None = None) -> None:
    """Query results as a readable table, or as one JSON object per row (`fmt == "jsonl"`)."""
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, default=str, ensure_ascii=False))
        return
    out.print(table(rows, columns, title=title, widths=widths))

