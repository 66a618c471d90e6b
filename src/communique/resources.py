"""Loading the data files that hold Communiqué's knowledge (lexicons, tables, KB, layouts).

Packaged files live under `communique/data/`. A user extends or corrects them without touching
the package by pointing `COMMUNIQUE_DATA_DIR` at a folder with the same layout: a file there
is used instead of the packaged one.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Iterator
from dataclasses import fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import E_DATA_BAD_ROW, E_DATA_MISSING, E_DATA_NO_LIST, E_DATA_SYNTAX, DataFileError

USER_DATA_ENV = "COMMUNIQUE_DATA_DIR"


def data_path(relative: str) -> Path:
    """The file to read for `relative` (e.g. "read/markdown.toml"): the user's copy, else ours."""
    user_dir = os.environ.get(USER_DATA_ENV)
    if user_dir and (Path(user_dir) / relative).is_file():
        return Path(user_dir) / relative
    packaged = Path(str(resources.files("communique"))) / "data" / relative
    if not packaged.is_file():
        raise DataFileError(f"data file {relative!r} not found in {packaged.parent} [{E_DATA_MISSING}]")
    return packaged


@cache
def load_toml(relative: str) -> dict[str, Any]:
    path = data_path(relative)
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise DataFileError(f"{path}: not valid TOML: {e} [{E_DATA_SYNTAX}]") from e


@cache
def load_json(relative: str) -> Any:
    path = data_path(relative)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataFileError(f"{path}: not valid JSON: {e} [{E_DATA_SYNTAX}]") from e


def read_table(relative: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, row) for the rows of a tab-separated data file whose header is its first line not
    starting with #; `where` is "path:line" for error messages."""
    path = data_path(relative)
    header: list[str] | None = None
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise DataFileError(f"{path}:{number}: {len(cells)} columns, the header names {len(header)} "
                                    f"[{E_DATA_BAD_ROW}]")
            yield f"{path}:{number}", dict(zip(header, cells, strict=True))


def split_list(cell: str) -> list[str]:
    """The items of a list cell of a table: "Kyiv|Kiev" -> ["Kyiv", "Kiev"]."""
    return [item.strip() for item in cell.split("|") if item.strip()]


WordSets = TypeVar("WordSets")


def word_sets(cls: type[WordSets], table: dict[str, Any], source: str = "a data file") -> WordSets:
    """A dataclass whose fields are word sets, filled from the lists of the same names in
    `table` (a loaded data file, named by `source` in errors); a list the file lacks is an
    error, not an empty set that would quietly match nothing."""
    missing = [f.name for f in fields(cls) if f.name not in table]  # type: ignore[arg-type]
    if missing:
        raise DataFileError(f"{source}: no list {', '.join(missing)} (wanted for {cls.__name__}) [{E_DATA_NO_LIST}]")
    return cls(**{f.name: frozenset(table[f.name]) for f in fields(cls)})  # type: ignore[arg-type]


def word_list(relative: str, key: str) -> tuple[str, ...]:
    """The list `key` of the TOML data file `relative`, in the file's order (an order may be a
    preference: the first preposition that names a party wins), else a coded error."""
    table = load_toml(relative)
    if key not in table:
        raise DataFileError(f"{data_path(relative)}: no list {key!r} [{E_DATA_NO_LIST}]")
    return tuple(str(word) for word in table[key])
