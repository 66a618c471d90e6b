"""`communique quotes`: the stored quotations, filtered by speaker, country, date and words."""

from __future__ import annotations

import click

from .common import db_option, opened, print_rows, where_clause

QUOTE_KINDS = ("direct", "partial", "indirect")


def quotes_sql(*, speaker: str | None, country: str | None, since: str | None, until: str | None,
               text: str | None, kind: str | None) -> tuple[str, list]:
    """The SELECT of stored quotes matching every given filter, newest article first."""
    conditions, params = [], []
    if speaker:
        # the resolved name (column `speaker`) or the words the article uses ("she", "the Kremlin")
        conditions.append("(q.speaker ILIKE ? OR (q.record->>'$.speaker.text') ILIKE ?)")
        params += [f"%{speaker}%", f"%{speaker}%"]
    if country:
        conditions.append("upper(q.speaker_code) LIKE ?")
        params.append(country.upper() + "%")
    if since:
        conditions.append("a.published >= CAST(? AS DATE)")
        params.append(since)
    if until:
        conditions.append("a.published <= CAST(? AS DATE)")
        params.append(until)
    if text:
        conditions.append("q.text ILIKE ?")
        params.append(f"%{text}%")
    if kind:
        conditions.append("q.kind = ?")
        params.append(kind)
    where = where_clause(conditions)
    sql = ("SELECT a.published, q.article_id, q.kind, q.speaker, q.speaker_code, "
           "q.record->>'$.speaker.text' AS mention, q.cue, q.text, q.start, q.\"end\" "
           f"FROM quotes q JOIN articles a ON a.id = q.article_id {where} "
           "ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx LIMIT ?")
    return sql, params


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
           words: str | None, kind: str | None, limit: int, fmt: str) -> None:
    """List stored quotes (who said what), newest article first.

    \b
    Example:
      communique quotes --speaker Peskov
      communique quotes --country RUS --since 2025-01-01 --kind direct
      communique quotes --text agenda --format jsonl
    """
    sql, params = quotes_sql(speaker=speaker, country=country, since=since, until=until, text=words, kind=kind)
    with opened(db) as store:
        rows = store.query(sql, [*params, limit])
    print_rows(rows, fmt, ["published", "speaker", "speaker_code", "kind", "cue", "text"],
               title=f"{len(rows)} quote(s)", widths={"text": 70, "speaker": 28})


COMMANDS = [quotes]
