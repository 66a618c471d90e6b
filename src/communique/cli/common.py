"""What every command shares: the consoles, the --db, --format, --sort and --limit options,
opening the store to read, and one coded line for every user error (`CommandLine`)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console

from ..errors import E_STORE_WRITE_FAILED, E_UNKNOWN_VALUE, E_USAGE, CommuniqueError
from ..store import BACKEND_ERRORS, DEFAULT_DB, Store, code_matches, open_store
from .tables import PIPE_WIDTH, ROW_FORMATS, print_rows, terminal_width

__all__ = ["PIPE_WIDTH", "CommandLine", "check_codes", "db_option", "err", "format_option", "limit_option",
           "opened", "out", "print_rows", "screen", "sort_option", "terminal_width"]

out = Console(soft_wrap=False, width=terminal_width())


def screen() -> Console:
    """Standard output at the width of now: COLUMNS if set, else the terminal's, else
    PIPE_WIDTH for a pipe (`out` keeps the width it had when the CLI was imported)."""
    return Console(soft_wrap=False, width=terminal_width())
err = Console(stderr=True)
# The largest --limit: a database counts rows in a signed 64-bit integer.
MAX_LIMIT = 2**63 - 1


def db_option(func: Callable) -> Callable:
    return click.option("--db", default=DEFAULT_DB, show_default=True, envvar="COMMUNIQUE_DB",
                        help="DuckDB file, or postgresql://user@host/dbname, to store into or read from.")(func)


def format_option(func: Callable) -> Callable:
    return click.option("--format", "fmt", type=click.Choice(ROW_FORMATS), default="table", show_default=True,
                        help="A table fitted to the terminal, one JSON object a row, or CSV (every field).")(func)


def limit_option(default: int | None) -> Callable[[Callable], Callable]:
    return click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=default, show_default=True,
                        help="Show at most this many rows.")


def sort_option(keys: Sequence[str], default: str) -> Callable[[Callable], Callable]:
    return click.option("--sort", default=None, metavar="KEY",
                        help=f"Order by {', '.join(keys)}; a leading - for descending (default {default}).")


@contextmanager
def opened(db: str) -> Iterator[Store]:
    """The store at `db`, read-only; a missing, locked or foreign file is one coded line."""
    try:
        store = open_store(db, read_only=True)
    except CommuniqueError as e:
        raise click.ClickException(str(e)) from e
    try:
        yield store
    finally:
        store.close()


def check_codes(store: Store, **options: str | None) -> None:
    """An actor code option (`--actor IR`) that matches no stored code is an error listing the
    stored codes it may have meant, rather than an empty table."""
    values = {name: value for name, value in options.items() if value}
    if not values:
        return
    codes = store.actor_codes()
    if not codes:
        return  # an empty store: nothing to compare with, and an empty table says as much
    for name, value in values.items():
        if "*" in value or any(code_matches(value, code) for code in codes):
            continue
        wanted = value.strip().upper()
        near = [c for c in codes if c.startswith(wanted[:2])] or [c for c in codes if c.startswith(wanted[:1])]
        hint = f"stored codes like it: {', '.join(near[:12])}" if near else "see `communique actors --by cameo`"
        raise CommuniqueError(f"--{name.replace('_', '-')} {value!r}: no stored actor code matches ({hint}; "
                              f"a pattern: {wanted[:2]}*) [{E_UNKNOWN_VALUE}]")


def one_line(message: str) -> str:
    """An error as one line: click's and DuckDB's messages may span several."""
    return " ".join(part.strip() for part in message.strip().splitlines() if part.strip())


class CommandLine(click.Group):
    """The `communique` group: every error a user can cause is printed as one line,
    `communique: MESSAGE [CODE]`, never as a traceback or click's three-line usage block."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("standalone_mode", True):
            return super().main(*args, **kwargs)  # a caller that handles errors itself (tests, probes)
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.UsageError as e:
            command = " ".join(["communique", *(e.ctx.command_path.split()[1:] if e.ctx is not None else [])])
            fail(f"{one_line(e.format_message())} (see `{command} --help`) [{E_USAGE}]", 2)
        except click.ClickException as e:
            fail(one_line(e.format_message()), e.exit_code)
        except CommuniqueError as e:
            fail(one_line(str(e)), 1)
        except BACKEND_ERRORS as e:  # a database error the store did not foresee: still one line
            fail(f"the database failed: {one_line(str(e))} [{E_STORE_WRITE_FAILED}]", 1)
        except click.Abort:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(0)  # `communique events | head`: the reader has all it wants
        sys.exit(result if isinstance(result, int) else 0)


def fail(message: str, status: int) -> None:
    err.print(f"communique: {message}", markup=False, highlight=False, soft_wrap=True)
    sys.exit(status)
