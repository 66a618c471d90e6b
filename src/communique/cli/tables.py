"""Query results for a person or a program: tables fitted to the terminal, JSONL, CSV.

Every query command (`events`, `quotes`, `articles`, `actors`, `places`, `count`, `incidents`)
prints through `print_rows`. A table keeps each code, date and id whole and gives the width
that is left to the free-text columns (evidence, text, title), which wrap; when the terminal is
too narrow for everything, the columns named in `drop` go first, in that order, then the
others from the right. Article ids are shown as their shortest unique prefix (`short_ids`),
which `communique show` accepts.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import click
from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..export.tables import write_csv_rows
from ..render import cell
from ..store.base import Store

# The formats every query command offers with --format.
ROW_FORMATS = ("table", "jsonl", "csv")
# A pipe or a file, and no COLUMNS, gets wide tables rather than folded ones.
PIPE_WIDTH = 160
# Characters between two columns: the padding, the (blank) rule.
COLUMN_GAP = 2
# The narrowest a wrapping column gets before other columns are dropped for it: this many
# characters, or a share of the width on a wide terminal.
MIN_WRAP = 20
WRAP_SHARE = 0.25
# The shortest article id prefix shown: readable, and unlikely to stop being unique soon.
MIN_ID_PREFIX = 8


def terminal_width() -> int:
    """The width to draw for: COLUMNS if set, the terminal's, or PIPE_WIDTH for a pipe."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return PIPE_WIDTH


@dataclass(frozen=True, slots=True)
class Layout:
    """The columns a table shows at a width, and the width of each that does not wrap."""

    shown: list[str]
    fixed: dict[str, int]


# Shorter headers for long column names, in tables only (JSONL and CSV keep the field names).
HEADERS = {"event_type": "type", "speaker_code": "code", "num_articles": "articles", "num_sources": "sources",
           "num_mentions": "mentions", "first_report": "first"}


def header(column: str) -> str:
    return HEADERS.get(column, column)


def natural_width(rows: Sequence[dict[str, Any]], column: str) -> int:
    return max([len(header(column)), *(len(cell(row.get(column))) for row in rows)])


def fit(rows: Sequence[dict[str, Any]], columns: Sequence[str], wrap: Sequence[str], width: int,
        drop: Sequence[str] = ()) -> Layout:
    """Which columns fit in `width`: every non-wrapping one at its natural width, every
    wrapping one at MIN_WRAP at least; columns of `drop`, then the rightmost, go first."""
    shown = list(columns)
    fixed = {c: natural_width(rows, c) for c in columns if c not in wrap}
    order = [c for c in drop if c in shown] + [c for c in reversed(shown) if c not in drop and c not in wrap]

    least = max(MIN_WRAP, int(width * WRAP_SHARE))

    def needed() -> int:
        return sum(fixed[c] if c in fixed else min(least, natural_width(rows, c)) for c in shown) \
            + COLUMN_GAP * (len(shown) - 1)

    while needed() > width and len(order) > 1:
        shown.remove(order.pop(0))
    return Layout(shown, {c: w for c, w in fixed.items() if c in shown})


def fitted_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, title: str | None, width: int,
                 wrap: Sequence[str] = (), drop: Sequence[str] = ()) -> Table:
    """A table of `rows` that fits `width`, free text (`wrap`) wrapped in what is left."""
    layout = fit(rows, columns, wrap, width, drop)
    out = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                padding=(0, 1, 0, 0), header_style="bold")
    for column in layout.shown:
        if column in layout.fixed:
            out.add_column(header(column), no_wrap=True, min_width=layout.fixed[column])
        else:
            out.add_column(header(column), overflow="fold", min_width=min(MIN_WRAP, natural_width(rows, column)))
    for row in rows:
        out.add_row(*(cell(row.get(c)) for c in layout.shown))
    return out


def print_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], *, title: str,
               widths: dict[str, int] | None = None, drop: Sequence[str] = (), console: Console | None = None) -> None:
    """Query results as a table fitted to the terminal (the columns of `widths` wrap), as one
    JSON object per row (`jsonl`, every field), or as CSV (`csv`, every field, codes as text)."""
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, default=str, ensure_ascii=False))
    elif fmt == "csv":
        write_csv(rows, sys.stdout)
    else:
        width = terminal_width()
        target = console or Console(soft_wrap=False, width=width)
        target.print(title, style="italic", highlight=False, markup=False)  # above the table: a title never wraps
        target.print(fitted_table(rows, columns, title=None, width=width, wrap=list(widths or {}), drop=drop))


def terminal_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, title: str | None = None,
                   widths: dict[str, int] | None = None) -> Group:
    """A titled table fitted to the terminal, with the signature of `render.table` (for the
    views of render.py, such as `communique show`)."""
    table = fitted_table(rows, columns, title=None, width=terminal_width(), wrap=list(widths or {}))
    return Group(Text(title or "", style="italic"), table) if title else Group(table)


def write_csv(rows: Sequence[dict[str, Any]], stream: Any) -> None:
    """Rows as CSV, text quoted (export/tables.py: the one CSV writer)."""
    write_csv_rows(rows, stream)


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def short_ids(every_id: Sequence[str], minimum: int = MIN_ID_PREFIX) -> dict[str, str]:
    """Each id's shortest prefix that no other id starts with (at least `minimum` characters,
    or the whole id): what `communique show` needs to find it."""
    ordered = sorted(every_id)
    found: dict[str, str] = {}
    for i, article_id in enumerate(ordered):
        shared = max(common_prefix(article_id, ordered[i - 1]) if i else 0,
                     common_prefix(article_id, ordered[i + 1]) if i + 1 < len(ordered) else 0)
        found[article_id] = article_id[:max(minimum, shared + 1)]
    return found


def with_short_ids(store: Store, rows: list[dict], column: str, shown: str | None = None) -> list[dict]:
    """Rows with `shown` (default `column`) holding the shortest unique prefix of the article id."""
    prefixes = short_ids(store.article_ids())
    return [{**row, shown or column: prefixes.get(row[column], row[column])} for row in rows]
