"""Terminal rendering: tables of records, and an article with its extracted spans highlighted.

Pure functions from records to rich renderables; only the CLI prints them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .model import CodedArticle, side_label

# What each kind of span looks like in `communique show`; later entries are drawn on top.
SPAN_STYLES: dict[str, str] = {
    "quotes": "italic magenta",
    "actors": "bold yellow",
    "places": "bold green",
    "timexes": "bold cyan",
    "events": "underline red",
}


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, title: str | None = None,
          widths: dict[str, int] | None = None) -> Table:
    """A readable table of `rows` showing `columns` (long values wrap within `widths`)."""
    out = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for column in columns:
        width = (widths or {}).get(column)  # long free text wraps; codes, ids and dates never do
        out.add_column(column, max_width=width, overflow="fold", no_wrap=width is None)
    for row in rows:
        out.add_row(*(cell(row.get(c)) for c in columns))
    return out


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return str(value)


def highlighted_text(coded: CodedArticle) -> Text:
    """The article body with every record's span styled by its kind."""
    text = Text(coded.article.text)
    for kind, style in SPAN_STYLES.items():
        for record in getattr(coded, kind):
            if 0 <= record.start < record.end <= len(coded.article.text):
                text.stylize(style, record.start, record.end)
    return text


def legend() -> Text:
    out = Text("spans: ")
    for kind, style in SPAN_STYLES.items():
        out.append(kind, style=style)
        out.append("  ")
    return out


# How a view makes each of its tables: `table` here, or a caller's that fits a terminal's width.
TableMaker = Callable[..., Any]


def article_view(coded: CodedArticle, make_table: TableMaker | None = None) -> Group:
    """`communique show`: metadata, the highlighted body, then each kind of record as a table
    (made by `make_table(rows, columns, title=..., widths=...)`, default `table`)."""
    make = make_table or table
    a = coded.article
    header = Text()
    header.append(f"{a.title or '(no title)'}\n", style="bold")
    for label, value in (("id", a.id), ("published", a.published), ("outlet", a.outlet), ("url", a.url),
                         ("credits", ", ".join(a.credits) or None), ("path", a.path)):
        if value:
            header.append(f"{label}: ", style="dim")
            header.append(f"{value}\n")
    parts: list[Any] = [header, legend(), Text(""), highlighted_text(coded), Text("")]
    if coded.events:
        parts.append(make([event_row(e) for e in coded.events],
                           ["date", "status", "type", "cameo", "actor", "recipient", "location", "trigger",
                            "evidence"], title="events", widths={"evidence": 50, "actor": 20, "recipient": 20}))
    if coded.quotes:
        parts.append(make([{"kind": q.kind, "speaker": (q.speaker.name or q.speaker.text) if q.speaker else "",
                             "cue": q.cue, "text": q.text} for q in coded.quotes],
                           ["kind", "speaker", "cue", "text"], title="quotes", widths={"text": 70}))
    if coded.actors:
        parts.append(make([{"text": r.text, "name": r.name, "cameo": r.cameo, "role": r.role}
                            for r in coded.actors], ["text", "name", "cameo", "role"], title="actors",
                           widths={"text": 40, "name": 28, "role": 34}))
    if coded.places:
        parts.append(make([{"text": p.text, "role": p.role, "country": p.country, "geonameid": p.geonameid,
                             "lat": p.lat, "lon": p.lon} for p in coded.places],
                           ["text", "role", "country", "geonameid", "lat", "lon"], title="places"))
    if coded.timexes:
        parts.append(make([{"text": t.text, "type": t.type, "value": t.value} for t in coded.timexes],
                           ["text", "type", "value"], title="time expressions"))
    if not any((coded.events, coded.quotes, coded.actors, coded.places, coded.timexes)):
        parts.append(Text("no records extracted from this article", style="dim"))
    return Group(*parts)


def event_row(event: Any) -> dict[str, Any]:
    """A row for the events table from an Event record."""
    return {"date": event.date, "status": event.status, "type": event.event_type, "cameo": event.cameo,
            "actor": side_label(event.actor), "recipient": side_label(event.recipient),
            "location": event.location.name if event.location else None, "trigger": event.trigger,
            "evidence": event.evidence}


SUMMARY_ARTICLE_COLUMNS = ("article", "published", "title", "events", "quotes", "actors", "places", "timexes")
SUMMARY_EVENT_COLUMNS = ("date", "status", "type", "cameo", "actor", "recipient", "location", "evidence")


@dataclass(slots=True)
class CodingSummary:
    """What `communique code --format table` prints at the end, gathered as articles are coded:
    the counts of each article and the shown columns of each event, not the coded articles
    themselves (their text and records would all stay in memory until the batch ends)."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def add(self, coded: CodedArticle) -> None:
        a = coded.article
        self.articles.append({"article": a.id, "published": a.published, "title": a.title,
                              "events": len(coded.events), "quotes": len(coded.quotes),
                              "actors": len(coded.actors), "places": len(coded.places),
                              "timexes": len(coded.timexes)})
        for event in coded.events:
            row = event_row(event)
            self.events.append({column: row[column] for column in SUMMARY_EVENT_COLUMNS})

    def tables(self) -> list[Table]:
        """The table of coded articles, and the table of their events if there are any."""
        found = [table(self.articles, SUMMARY_ARTICLE_COLUMNS, title="coded articles",
                       widths={"title": 50, "article": 24})]
        if self.events:
            found.append(table(self.events, SUMMARY_EVENT_COLUMNS, title="events", widths={"evidence": 60}))
        return found
