"""`communique places` (stored places with counts) and `communique gazetteer NAME` (what a name may mean)."""

from __future__ import annotations

import click

from ..model import PLACE_ROLES, PlaceRole
from ..render import table
from ..store import PLACE_GROUPINGS, PlaceFilter, PlaceGrouping
from .common import db_option, format_option, limit_option, opened, out, print_rows


@click.command()
@db_option
@click.option("--role", type=click.Choice(PLACE_ROLES), help="Only locations, or only metonyms (actors).")
@click.option("--country", help="Only places in this country (ISO 3166-1 alpha-3): SYR, USA.")
@click.option("--by", type=click.Choice(PLACE_GROUPINGS), default="place", show_default=True,
              help="Count by gazetteer entry, by country, or by role.")
@limit_option(50)
@format_option
def places(db: str, role: PlaceRole | None, country: str | None, by: PlaceGrouping, limit: int, fmt: str) -> None:
    """List the stored places with how often they are mentioned.

    \b
    Example: communique places --role location --country SYR
    """
    with opened(db) as store:
        rows = store.place_counts(PlaceFilter(role=role, country=country, by=by, limit=limit))
    keys = {"place": ["name", "country", "geonameid", "role"], "country": ["country"], "role": ["role"]}[by]
    print_rows(rows, fmt, [*keys, "mentions", "articles", *(["lat", "lon"] if by == "place" else [])],
               title=f"{len(rows)} place(s)")


@click.command()
@click.argument("names", nargs=-1, required=True)
def gazetteer(names: tuple[str, ...]) -> None:
    """Show the gazetteer entries a place name may mean, most likely first (before context).

    \b
    Example: communique gazetteer Georgia "Paris" Kiev
    """
    from ..geo.gazetteer import load_gazetteer  # the geo package loads spaCy: not for every command
    from ..geo.resolve import prior

    gaz = load_gazetteer()
    for name in names:
        candidates = sorted(gaz.lookup(name), key=lambda c: (-prior(c), -c.entry.population))
        rows = [{"name": c.entry.name, "kind": c.entry.kind, "country": c.entry.country,
                 "geonameid": c.entry.geonameid, "lat": c.entry.lat, "lon": c.entry.lon,
                 "population": c.entry.population or None, "prior": round(prior(c), 2),
                 "by": "alternate name" if c.alternate else "name"} for c in candidates[:15]]
        title = f"{name!r}: {len(candidates)} entries" if candidates else f"{name!r}: not in the gazetteer"
        out.print(table(rows, ["name", "kind", "country", "geonameid", "lat", "lon", "population", "prior", "by"],
                        title=title))


COMMANDS = [places, gazetteer]
