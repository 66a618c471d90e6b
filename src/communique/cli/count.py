"""`communique count`: how many events, quotes or places there are, grouped by one key
(which dyads have the most events, who is quoted most, which months are busiest)."""

from __future__ import annotations

from typing import Any

import click

from ..model import QUOTE_KINDS, QuoteKind
from ..store import COUNT_SORTS, EVENT_GROUPINGS, PLACE_GROUPINGS, QUOTE_GROUPINGS, PlaceFilter, QuoteFilter
from . import event_filter, event_options
from .common import check_codes, db_option, format_option, limit_option, opened, print_rows, sort_option

# The key columns each grouping shows, before its counts.
EVENT_KEYS = {"dyad": ["actor", "recipient"], "type": ["event_type"], "cameo": ["cameo", "event_type"],
              "actor": ["actor"], "recipient": ["recipient"], "month": ["month"]}
QUOTE_KEYS = {"speaker": ["speaker", "speaker_code"], "country": ["speaker_code"], "month": ["month"],
              "kind": ["kind"]}
PLACE_KEYS = {"place": ["name", "country", "geonameid", "role"], "country": ["country"], "role": ["role"]}


@click.group()
def count() -> None:
    """Count stored events, quotes or places grouped by one key, most first.

    \b
    Example:
      communique count events --by dyad --type CONSULT
      communique count quotes --by speaker --since 2025
      communique count places --by country
    """


@count.command("events")
@db_option
@click.option("--by", type=click.Choice(EVENT_GROUPINGS), default="dyad", show_default=True,
              help="Group by actor and recipient, PLOVER type, CAMEO code, one side, or month.")
@event_options
@sort_option(COUNT_SORTS, "-count")
@limit_option(50)
@format_option
def count_events(db: str, by: str, sort: str | None, limit: int, fmt: str, **options: Any) -> None:
    """Count events (with the filters of `communique events`) grouped by --by.

    \b
    Example:
      communique count events --by dyad --either RUS
      communique count events --by month --type ASSAULT --since 2006
    """
    with opened(db) as store:
        rows = store.event_counts(event_filter(store, options, limit=limit), by, sort)  # type: ignore[arg-type]
    print_rows(rows, fmt, [*EVENT_KEYS[by], "events", "articles"], title=f"events by {by}: {len(rows)} row(s)")


@count.command("quotes")
@db_option
@click.option("--by", type=click.Choice(QUOTE_GROUPINGS), default="speaker", show_default=True,
              help="Group by speaker, speaker's code, month of publication, or kind.")
@click.option("--speaker", help="Speaker name or the words naming them, or part of either.")
@click.option("--country", help="Speaker's code: RUS matches RUS, RUSGOV, ...; IGO* is a pattern.")
@click.option("--since", help="Articles published on or after this date: 2006, 2006-12, 2006-12-01.")
@click.option("--until", help="Articles published on or before this date.")
@click.option("--kind", type=click.Choice(QUOTE_KINDS))
@sort_option(COUNT_SORTS, "-count")
@limit_option(50)
@format_option
def count_quotes(db: str, by: str, speaker: str | None, country: str | None, since: str | None, until: str | None,
                 kind: QuoteKind | None, sort: str | None, limit: int, fmt: str) -> None:
    """Count quotes grouped by --by.

    \b
    Example:
      communique count quotes --by speaker --country RUS
    """
    with opened(db) as store:
        check_codes(store, country=country)
        where = QuoteFilter(speaker=speaker, country=country, since=since, until=until, kind=kind, limit=limit)
        rows = store.quote_counts(where, by, sort)  # type: ignore[arg-type]
    print_rows(rows, fmt, [*QUOTE_KEYS[by], "quotes", "articles"], title=f"quotes by {by}: {len(rows)} row(s)")


@count.command("places")
@db_option
@click.option("--by", type=click.Choice(PLACE_GROUPINGS), default="place", show_default=True,
              help="Group by gazetteer entry, country, or role.")
@click.option("--role", type=click.Choice(["location", "actor"]), help="Only locations, or only metonyms.")
@click.option("--country", help="Only places in this country (ISO 3166-1 alpha-3): SYR, USA.")
@limit_option(50)
@format_option
def count_places(db: str, by: str, role: str | None, country: str | None, limit: int, fmt: str) -> None:
    """Count place mentions grouped by --by.

    \b
    Example:
      communique count places --by country --role location
    """
    with opened(db) as store:
        rows = store.place_counts(PlaceFilter(role=role, country=country, by=by, limit=limit))  # type: ignore[arg-type]
    print_rows(rows, fmt, [*PLACE_KEYS[by], "mentions", "articles"], title=f"places by {by}: {len(rows)} row(s)")


COMMANDS = [count]
