"""`communique quotes`: the stored quotations, filtered by speaker, country, date and words."""

from __future__ import annotations

import click

from ..model import QUOTE_KINDS, QuoteKind
from ..store import QUOTE_SORTS, QuoteFilter
from .common import check_codes, db_option, format_option, limit_option, opened, print_rows, sort_option
from .tables import with_short_ids


@click.command()
@db_option
@click.option("--speaker", help="Speaker name or the words naming them, or part of either: Peskov, Kremlin.")
@click.option("--country", help="Speaker's code: RUS matches RUS, RUSGOV, ...; IGO* is a pattern.")
@click.option("--since", help="Quotes from articles published on or after this date: 2006, 2006-12, 2006-12-01.")
@click.option("--until", help="Quotes from articles published on or before this date (2006 runs to 2006-12-31).")
@click.option("--text", "words", help="Words the quote contains (case-insensitive).")
@click.option("--kind", type=click.Choice(QUOTE_KINDS), help="Only direct, partial or indirect (reported) quotes.")
@sort_option(QUOTE_SORTS, "-published")
@limit_option(100)
@format_option
def quotes(db: str, speaker: str | None, country: str | None, since: str | None, until: str | None,
           words: str | None, kind: QuoteKind | None, sort: str | None, limit: int, fmt: str) -> None:
    """List stored quotes (who said what), newest article first.

    \b
    Example:
      communique quotes --speaker Peskov
      communique quotes --country RUS --since 2025-01-01 --kind direct
      communique quotes --text agenda --format jsonl
    """
    with opened(db) as store:
        check_codes(store, country=country)
        rows = store.quotes(QuoteFilter(speaker=speaker, country=country, since=since, until=until, text=words,
                                        kind=kind, sort=sort, limit=limit))
        if fmt == "table":
            rows = with_short_ids(store, rows, "article_id", "article")
    print_rows(rows, fmt, ["article", "published", "speaker", "speaker_code", "kind", "cue", "text"],
               title=f"{len(rows)} quote(s)", widths={"text": 70, "speaker": 28}, drop=["cue", "kind", "published"])


COMMANDS = [quotes]
