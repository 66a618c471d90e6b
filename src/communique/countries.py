"""The one country table (`data/countries.tsv`) that the geo and actors stages both read.

Each row is a country or territory; the gazetteer columns make it a place (geo), the actor
columns make it an actor (actors). The file's header explains every column. Read once per
process.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import cache

from .errors import E_DATA_BAD_ROW, DataFileError
from .resources import read_table, split_list

COUNTRIES_FILE = "countries.tsv"
LIST_COLUMNS = frozenset({"aliases", "actor_aliases", "demonyms", "people", "seats", "actor_capitals"})


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One row of countries.tsv; list columns split on "|", every cell stripped."""

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
    source: str  # "path:line", for error messages

    @property
    def in_gazetteer(self) -> bool:
        return bool(self.iso2)

    @property
    def is_actor(self) -> bool:
        return bool(self.actor_name)


@cache
def country_rows() -> tuple[CountryRow, ...]:
    """Every row of countries.tsv, in file order."""
    found = []
    columns = [f.name for f in fields(CountryRow) if f.name != "source"]
    for where, row in read_table(COUNTRIES_FILE):
        if list(row) != columns:
            raise DataFileError(f"{where}: the header must name the columns {', '.join(columns)} [{E_DATA_BAD_ROW}]")
        if not row["iso3"].strip():
            raise DataFileError(f"{where}: a row needs an iso3 code [{E_DATA_BAD_ROW}]")
        values = {column: (tuple(split_list(cell)) if column in LIST_COLUMNS else cell.strip())
                  for column, cell in row.items()}
        found.append(CountryRow(**values, source=where))  # type: ignore[arg-type]  # columns checked above
    return tuple(found)


def gazetteer_countries() -> Iterator[CountryRow]:
    """The rows the geo stage makes places of."""
    return (row for row in country_rows() if row.in_gazetteer)


def actor_countries() -> Iterator[CountryRow]:
    """The rows the actors stage makes actors of."""
    return (row for row in country_rows() if row.is_actor)
