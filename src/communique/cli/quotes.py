"""`communique quotes`: the stored quotations, filtered by speaker, country, date and words."""

from __future__ import annotations

import click

from ..model import QUOTE_KINDS, QuoteKind
from ..store import QuoteFilter
from .common import db_option, opened, print_rows


@click.command()
@db_option
@click.option("--speaker", help="Speaker name or the words naming them, or part of either: Peskov, Kremlin.")
@click.option("--country", help="Speaker's country or organisation code (or its start): RUS, USA, IGO.")
@click.option("--since", help="Quotes from articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Quotes from articles published on or before this date (YYYY-MM-DD).")
@click.option("--text", "words", help="Words the quote contains (case-insensitive).")
@click.option("--kind", type=click.Choice(QUOTE_KINDS), help="Only direct, partial or indirect (reported) quotes.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def quotes(db: str, speaker: str | None, country: str | None, since: str | None, until: str | None,
           words: str | None, kind: QuoteKind | None, limit: int, fmt: str) -> None:
    """List stored quotes (who said what), newest article first.

    \b
    Example:
      communique quotes --speaker Peskov
      communique quotes --country RUS --since 2025-01-01 --kind direct
      communique quotes --text agenda --format jsonl
    """
    where = QuoteFilter(speaker=speaker, country=country, since=since, until=until, text=words, kind=kind,
                        limit=limit)
    with opened(db) as store:
        rows = store.quotes(where)
    print_rows(rows, fmt, ["published", "speaker", "speaker_code", "kind", "cue", "text"],
               title=f"{len(rows)} quote(s)", widths={"text": 70, "speaker": 28})


COMMANDS = [quotes]
