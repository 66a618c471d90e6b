"""The notebook API: code text in a line, and read a store as data frames.

    import communique

    coded = communique.code("Russian and U.S. diplomats met in Istanbul on Thursday.", published="2025-04-11")
    with communique.open_store("communique.duckdb") as store:
        events = store.events(actor="RUS", since="2025")

`code` takes what a notebook has at hand: one text, one record (a dict with the fields of a
JSONL line: `text`, and `published`, `id`, `title`, `url`, `outlet` if known), or a list of
either; records are read exactly as `communique code` reads a JSONL line (lenient dates, ids,
cleaning). `open_store(path).events(...)` and the other queries take the filters of
`communique events` as keyword arguments and return a pandas DataFrame when pandas is
installed, or else the list of rows (one dict per row): Communiqué does not depend on pandas.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

from .errors import ArticleRejected
from .model import CodedArticle
from .store import ArticleFilter, EventFilter, QuoteFilter, Store
from .store import open_store as open_backend

Record = str | Mapping[str, Any]


def code(text_or_records: Record | Iterable[Record], published: str | None = None, *,
         model: str | None = None) -> list[CodedArticle]:
    """Code one text, one record, or many, in order. `published` is the publication date of
    every text or record that does not give its own ("2025-04-11", "Dec. 7, 2016", ...).
    A record that cannot be read raises its `ArticleRejected` (with the code `code` prints)."""
    from .pipeline import code_articles  # spaCy: loaded by the first call, not by `import communique`
    from .read.jsonl import parse_line

    items = [text_or_records] if isinstance(text_or_records, str | Mapping) else list(text_or_records)
    articles = []
    for number, item in enumerate(items, start=1):
        record = dict({"text": item} if isinstance(item, str) else item)
        if published is not None and not record.get("published"):
            record["published"] = published
        articles.append(parse_line(f"<record {number}>", json.dumps(record, ensure_ascii=False).encode("utf-8"),
                                   max_chars=1_000_000))
    coded: list[CodedArticle] = []
    for result in code_articles(articles, model=model):
        if isinstance(result, ArticleRejected):
            raise result
        coded.append(result)
    return coded


def frame(rows: list[dict[str, Any]]) -> Any:
    """The rows as a pandas DataFrame if pandas is installed, else the rows themselves."""
    try:
        pandas = importlib.import_module("pandas")  # optional: only when the notebook has it
    except ImportError:
        return rows
    return pandas.DataFrame.from_records(rows)


class NotebookStore:
    """A store opened from a notebook: the queries of the CLI with keyword filters, each giving
    a DataFrame (or a list of rows without pandas); `write` stores coded articles."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def events(self, **filters: Any) -> Any:
        """Events, as `communique events` (actor, recipient, either, event_type, status, since,
        until, include_negated, sort, limit)."""
        return frame(self.store.events(EventFilter(**filters)))

    def event_counts(self, by: str = "dyad", **filters: Any) -> Any:
        """Events counted by dyad, type, cameo, actor, recipient or month."""
        return frame(self.store.event_counts(EventFilter(**filters), by))  # type: ignore[arg-type]

    def quotes(self, **filters: Any) -> Any:
        """Quotes, as `communique quotes` (speaker, country, since, until, text, kind, sort, limit)."""
        return frame(self.store.quotes(QuoteFilter(**filters)))

    def articles(self, **filters: Any) -> Any:
        """Stored articles with their record counts (sort, limit)."""
        return frame(self.store.articles(ArticleFilter(**filters)))

    def coded(self, article_id: str) -> CodedArticle | None:
        """One stored article with all its records."""
        return self.store.coded(article_id)

    def write(self, coded: Iterable[CodedArticle]) -> int:
        """Store coded articles (one transaction), replacing what each had; how many stored."""
        return self.store.write(coded)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> NotebookStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def open_store(path: str = "communique.duckdb", *, read_only: bool = False) -> NotebookStore:
    """The store at `path` for a notebook (created if missing unless `read_only`)."""
    return NotebookStore(open_backend(path, read_only=read_only))
