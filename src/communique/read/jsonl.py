"""JSONL: one article per line, `{"id", "text", "published"}`, `title`, `url`, `outlet` optional.

The text is kept exactly as given, so that offsets in gold data and in the output agree (only a
NUL or a lone surrogate, which no output can carry, becomes U+FFFD, of the same length). A bad
line is rejected with its line number; the other lines are read. Lines end at LF, CRLF or a
lone CR. Only `text` is indispensable: a record without an id gets one derived from its URL or
content (see `text.stable_id`), and one without `published` is coded with no publication date
(relative dates then stay unresolved), and so is one whose `published` cannot be read as a date
(see `dates.py`), with a warning. Fields of the wrong type or with odd characters are cleaned
(see `clean.py`), with a warning.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache

from ..errors import (
    E_BAD_JSON,
    E_BINARY,
    E_ENCODING,
    E_NO_TEXT,
    W_FIELD_CLEANED,
    ArticleRejected,
)
from ..model import Article
from .clean import clean_field, clean_id, clean_text, clean_url
from .dates import file_year_of, published_strings, read_published
from .outlets import outlet_for_url
from .sources import Source
from .text import check_length, paragraph_offsets, stable_id
from .warn import warn

UTF8_BOM = b"\xef\xbb\xbf"


def read(source: Source, *, max_chars: int, lines: tuple[int, int] | None = None,
         first_line: int = 1) -> Iterator[Article | ArticleRejected]:
    """The file's articles. For a cluster partition: with `lines` = (first, end), those of lines
    first..end-1 only; with `first_line`, `source` holds a run of the file's lines that starts
    at that line (line numbers in paths and messages are then still the whole file's)."""
    file_year = cache(lambda: file_year_of(published_strings(source.data)))  # only if a date lacks its year
    # splitlines() on bytes ends lines at \n, \r\n and \r only; JSON never has a raw CR inside a string
    for number, raw in enumerate(source.data.splitlines(), start=first_line):
        if lines is not None and not lines[0] <= number < lines[1]:
            continue
        if number == 1:
            raw = raw.removeprefix(UTF8_BOM)
        if not raw.strip():
            continue
        where = f"{source.name}:{number}"
        try:
            yield parse_line(where, raw, max_chars=max_chars, file_year=file_year)
        except ArticleRejected as rejected:
            yield rejected


def parse_line(where: str, raw: bytes, *, max_chars: int,
               file_year: Callable[[], int | None] = lambda: None) -> Article:
    record = load_record(where, raw)
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleRejected(where, 'record has no "text" string', E_NO_TEXT)
    text = clean_text(text)
    check_length(where, text, max_chars)
    url = clean_url(record.get("url"))
    # Without a publication date the article is still coded; relative dates then stay unresolved.
    published = None
    if record.get("published") not in (None, ""):
        reading = read_published(record["published"], record=record, url=url, file_year=file_year)
        if reading.note and reading.code:
            warn(where, reading.note, reading.code)
        published = reading.value
    given, note = clean_id(record.get("id"))
    if note:
        warn(where, note, W_FIELD_CLEANED)
    return Article(
        id=stable_id(given=given, url=url, text=text), text=text, path=where, url=url,
        title=clean_field(record.get("title")), published=published,
        outlet=clean_field(record.get("outlet")) or outlet_for_url(url),
        byline=clean_field(record.get("byline")), language=clean_field(record.get("language"), 20) or "en",
        paragraphs=paragraph_offsets(text),
    )


def load_record(where: str, raw: bytes) -> dict:
    """The JSON object of one line, or the rejection saying why it is not one."""
    if b"\x00" in raw:
        raise ArticleRejected(where, "line has NUL bytes (binary data, not JSON)", E_BINARY)
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ArticleRejected(where, "line is not UTF-8", E_ENCODING) from e
    except json.JSONDecodeError as e:
        raise ArticleRejected(where, f"not JSON ({e.msg}, column {e.colno})", E_BAD_JSON) from e
    except RecursionError as e:  # arrays or objects nested thousands deep
        raise ArticleRejected(where, "JSON nested too deeply to read", E_BAD_JSON) from e
    if not isinstance(record, dict):
        raise ArticleRejected(where, "line is JSON but not an object", E_BAD_JSON)
    return record
