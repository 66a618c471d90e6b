"""The one country table (`data/countries.tsv`) that the geo and actors stages both read.

Each row is a country or territory; the gazetteer columns make it a place (geo), the actor
columns make it an actor (actors). The file's header explains every column. Read once per
process.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .errors import E_DATA_BAD_ROW, DataFileError
from .resources import data_path

COUNTRIES_FILE = "countries.tsv"


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One line of countries.tsv; list columns split on "|", every cell stripped."""

    iso2: str  # empty: not a gazetteer entry
    iso3: str
    geonameid: str
    name: str
    lat: str
    lon: str
    population: str
    capital: str
    aliases: tuple[str, ...]
    actor_name: str  # empty: not an actor the actors stage codes
    actor_aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    people: tuple[str, ...]
    seats: tuple[str, ...]
    actor_capitals: tuple[str, ...]
    source: str  # "countries.tsv:LINE", for error messages

    @property
    def in_gazetteer(self) -> bool:
        return bool(self.iso2)

    @property
    def is_actor(self) -> bool:
        return bool(self.actor_name)


LIST_COLUMNS = frozenset({"aliases", "actor_aliases", "demonyms", "people", "seats", "actor_capitals"})


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def table_lines(relative: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a data table, without comments and blank lines."""
    path = data_path(relative)
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if line.strip() and not line.startswith("#"):
                yield number, line.rstrip("\n")


@cache
def country_rows() -> tuple[CountryRow, ...]:
    """Every row of countries.tsv, in file order."""
    lines = table_lines(COUNTRIES_FILE)
    _, header_line = next(lines)
    header = header_line.split("\t")
    found = []
    for number, line in lines:
        cells = line.split("\t")
        where = f"{COUNTRIES_FILE}:{number}"
        if len(cells) != len(header) or not cells[header.index("iso3")].strip():
            raise DataFileError(f"{where}: a row needs all {len(header)} columns and an iso3 code [{E_DATA_BAD_ROW}]")
        values = {column: (split_list(cell) if column in LIST_COLUMNS else cell.strip())
                  for column, cell in zip(header, cells, strict=True)}
        found.append(CountryRow(**values, source=where))
    return tuple(found)


def gazetteer_countries() -> Iterator[CountryRow]:
    """The rows the geo stage makes places of."""
    return (row for row in country_rows() if row.in_gazetteer)


def actor_countries() -> Iterator[CountryRow]:
    """The rows the actors stage makes actors of."""
    return (row for row in country_rows() if row.is_actor)
