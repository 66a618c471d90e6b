"""Output formats of `communique export`, registered by name (as Datasette's output renderers).

An output format is a function `(store, request) -> int | None` registered with
`@register_output_format("name", help=...)`: it writes the stored data to `request.path`, or to
`request.stdout` when no path is given, and returns the number of rows written to a file (for
the CLI to report), or None when there is nothing to report. Every module of this package is
imported when the registry is first read, so a new format (gdelt, plover) is one new file here.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TextIO

from ..errors import E_EXPORT_UNKNOWN_FORMAT, E_OUTPUT_UNWRITABLE, CommuniqueError
from ..store import Store


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export and where: `table` for the one-table formats, `path` None for standard output."""

    stdout: TextIO
    table: str = "events"
    path: str | None = None
    include_negated: bool = False  # negated events are left out unless asked for, as in `events`


Writer = Callable[[Store, ExportRequest], "int | None"]


@contextmanager
def output_stream(request: ExportRequest) -> Iterator[TextIO]:
    """Where a text format writes: standard output, or `request.path` opened for writing. A path
    that cannot be written (no such folder, permissions, a full disk) is one coded line."""
    if request.path is None:
        yield request.stdout
        return
    try:
        with open(request.path, "w", encoding="utf-8", newline="") as f:
            yield f
    except OSError as e:
        raise CommuniqueError(f"{request.path}: cannot write the output file: {e.strerror} "
                              f"[{E_OUTPUT_UNWRITABLE}]") from e


@dataclass(frozen=True, slots=True)
class OutputFormat:
    name: str
    write: Writer
    help: str
    needs_file: bool = False  # a binary format (parquet) cannot go to a terminal


REGISTRY: dict[str, OutputFormat] = {}


def register_output_format(name: str, *, help: str, needs_file: bool = False) -> Callable[[Writer], Writer]:  # noqa: A002 (click's word)
    """Register the decorated function as the output format `name`."""

    def register(write: Writer) -> Writer:
        REGISTRY[name] = OutputFormat(name, write, help, needs_file)
        return write

    return register


@cache
def output_formats() -> dict[str, OutputFormat]:
    """Every registered format by name, the modules of this package imported first (in name order)."""
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}")
    return REGISTRY


def output_format(name: str) -> OutputFormat:
    """The format registered as `name`, else a clear error naming the known ones."""
    formats = output_formats()
    if name not in formats:
        raise CommuniqueError(f"no output format {name!r}; choose one of {', '.join(formats)} "
                              f"[{E_EXPORT_UNKNOWN_FORMAT}]")
    return formats[name]
