"""JSONL: one article per line, `{"id", "text", "published"}`, `title`, `url`, `outlet` optional.

The text is kept exactly as given, so that offsets in gold data and in the output agree. A bad
line is rejected with its line number; the other lines are read. Only `text` is indispensable:
a record without an id gets one derived from its URL or content (see `text.stable_id`), and one
without `published` is coded with no publication date (relative dates then stay unresolved);
a `published` that is not a date is rejected.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import (
    E_BAD_JSON,
    E_ENCODING,
    E_NO_TEXT,
    ArticleRejected,
)
from ..model import Article
from .outlets import outlet_for_url
from .sources import Source
from .text import check_length, paragraph_offsets, parse_published, stable_id


def read(source: Source, *, max_chars: int) -> Iterator[Article | ArticleRejected]:
    for number, raw in enumerate(source.data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        where = f"{source.name}:{number}"
        try:
            yield parse_line(where, raw, max_chars=max_chars)
        except ArticleRejected as rejected:
            yield rejected


def parse_line(where: str, raw: bytes, *, max_chars: int) -> Article:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ArticleRejected(where, "line is not UTF-8", E_ENCODING) from e
    except json.JSONDecodeError as e:
        raise ArticleRejected(where, f"not JSON ({e.msg}, column {e.colno})", E_BAD_JSON) from e
    if not isinstance(record, dict):
        raise ArticleRejected(where, "line is JSON but not an object", E_BAD_JSON)
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleRejected(where, 'record has no "text" string', E_NO_TEXT)
    check_length(where, text, max_chars)
    # Without a publication date the article is still coded; relative dates then stay unresolved.
    published = parse_published(where, record["published"]) if record.get("published") not in (None, "") else None
    url = optional_str(record.get("url"))
    return Article(
        id=stable_id(given=record.get("id"), url=url, text=text), text=text, path=where, url=url,
        title=optional_str(record.get("title")), published=published,
        outlet=optional_str(record.get("outlet")) or outlet_for_url(url),
        byline=optional_str(record.get("byline")), language=optional_str(record.get("language")) or "en",
        paragraphs=paragraph_offsets(text),
    )


def optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
