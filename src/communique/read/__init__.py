"""Article readers: turn files, directories, globs and standard input into `Article`s.

`read_articles(inputs)` yields an `Article` for each article found and an `ArticleRejected`
for each input that cannot be one; it never raises for bad input, so one broken file never
stops a batch. One module per format: `markdown`, `html`, `jsonl`; `sources` finds and loads
the inputs, `text` holds what the formats share. Two articles with one id never come out within
`dedupe.WINDOW` articles of each other: the later one wins (`dedupe.unique_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import E_READER_FAILED, ArticleRejected
from ..model import Article
from . import html, jsonl, markdown
from .dedupe import resolve_duplicates, unique_ids
from .sources import Source, iter_sources, sniff_format

READERS = {"markdown": markdown.read, "html": html.read}


def read_articles(inputs: Iterable[str], *, max_chars: int = 1_000_000) -> Iterator[Article | ArticleRejected]:
    """Read every article in `inputs` (paths, directories, globs, "-" for standard input)."""
    return unique_ids(read_all(inputs, max_chars=max_chars))


def read_all(inputs: Iterable[str], *, max_chars: int = 1_000_000) -> Iterator[Article | ArticleRejected]:
    """Every article read, duplicates included."""
    for source in iter_sources(inputs):
        if isinstance(source, ArticleRejected):
            yield source
            continue
        yield from read_source(source, max_chars=max_chars)


def read_source(source: Source, *, max_chars: int = 1_000_000) -> Iterator[Article | ArticleRejected]:
    """The articles of one loaded source: many for JSONL, one (or a rejection) otherwise."""
    fmt = sniff_format(source)
    if fmt == "jsonl":
        yield from jsonl.read(source, max_chars=max_chars)
        return
    try:
        yield READERS[fmt](source, max_chars=max_chars)
    except ArticleRejected as rejected:
        yield rejected
    except Exception as e:  # noqa: BLE001 (a parser bug on one page must not stop the batch)
        yield ArticleRejected(source.name, f"could not be read as {fmt}: {type(e).__name__}: {e}", E_READER_FAILED)


__all__ = ["read_articles", "read_all", "read_source", "resolve_duplicates", "unique_ids", "Source"]
