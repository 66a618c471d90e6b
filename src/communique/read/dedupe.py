"""One article per id in a batch: the last one read wins, with a W003 warning for each dropped.

Two articles share an id when the same file is named twice, when a folder holds two copies, or
when two records without an id have identical text (the id is then derived from the text,
`sha-...`, or from the same URL, `url-...`): storing both in one transaction broke the store's
key. `unique_ids` does this for a stream, within a look-ahead window; `resolve_duplicates` does
it for one list, for whoever gathers a batch (the store's writer) and wants the guarantee for
batches of any size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from ..errors import W_DUPLICATE_ID, ArticleRejected
from ..model import Article
from .warn import warn

T = TypeVar("T")
# Articles held back to catch a later duplicate; larger than any usual batch (--batch-size 16),
# so that no batch the pipeline or the store forms from the stream holds one id twice.
WINDOW = 256


def why_same(article_id: str) -> str:
    if article_id.startswith("sha-"):
        return " (identical text and no id given: the id is derived from the text)"
    if article_id.startswith("url-"):
        return " (the same URL and no id given: the id is derived from the URL)"
    return ""


def report(dropped: Article, kept: Article, stored_already: bool = False) -> None:
    outcome = ("it replaces the earlier one in the store" if stored_already
               else "the later one is coded, this one is not")
    warn(dropped.path or dropped.id, f"id {dropped.id[:80]!r} appears again at {kept.path or kept.id}"
         f"{why_same(dropped.id)}; {outcome}", W_DUPLICATE_ID)


def unique_ids(items: Iterable[Article | ArticleRejected], window: int = WINDOW) -> Iterator[Article | ArticleRejected]:
    """`items` in order, each article held back for `window` items: a later article with the same
    id replaces the held one (W003). A duplicate further apart than the window passes, with a
    warning: it falls in a later batch, and its store write replaces the earlier one."""
    held: dict[int, Article | ArticleRejected] = {}  # position -> item, in order
    held_at: dict[str, int] = {}  # id -> position of the held article
    passed: set[str] = set()  # ids already let through
    for position, item in enumerate(items):
        if isinstance(item, Article):
            if (earlier := held_at.pop(item.id, None)) is not None:
                dropped = held.pop(earlier)
                assert isinstance(dropped, Article)
                report(dropped, item)
            elif item.id in passed:
                report(item, item, stored_already=True)
            held_at[item.id] = position
        held[position] = item
        while len(held) > window:
            first = next(iter(held))
            out = held.pop(first)
            if isinstance(out, Article):
                del held_at[out.id]
                passed.add(out.id)
            yield out
    yield from held.values()


def resolve_duplicates(batch: Sequence[T], key: Callable[[T], str | None],
                       article: Callable[[T], Article] | None = None) -> list[T]:
    """`batch` keeping only the last item of each key, in order (items whose key is None, such
    as rejections, are all kept), with a W003 warning for each one dropped. `article` gives an
    item's Article for the warning (for a CodedArticle: `lambda c: c.article`)."""
    last: dict[str, int] = {}
    for i, item in enumerate(batch):
        if (k := key(item)) is not None:
            last[k] = i
    kept: list[T] = []
    for i, item in enumerate(batch):
        k = key(item)
        if k is None or last[k] == i:
            kept.append(item)
        elif article is not None:
            report(article(item), article(batch[last[k]]))
    return kept
