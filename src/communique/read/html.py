"""HTML pages (plain or gzip-compressed) through trafilatura: main text and metadata.

trafilatura finds the article body among navigation, comments and boilerplate, and reads the
title, date, site name, author and canonical URL from the page's markup and metadata.
"""

from __future__ import annotations

import trafilatura

from ..errors import E_NO_ARTICLE, ArticleRejected
from ..model import Article
from .clean import clean_field, clean_text, clean_url
from .outlets import outlet_for_url
from .sources import Source
from .text import assemble, check_length, join_split_paragraphs, stable_id

# Fewer words than this is a menu, a login box or an error page, not an article.
MIN_ARTICLE_WORDS = 8


def extract(data: bytes | str) -> dict | None:
    """trafilatura's reading of a page as a dict, or None when it finds no main text."""
    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False)
    if document is None:
        return None
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def read(source: Source, *, max_chars: int) -> Article:
    found = extract(source.data)
    if not found or len((found.get("text") or "").split()) < MIN_ARTICLE_WORDS:
        raise ArticleRejected(source.name, "no article text found in this HTML page", E_NO_ARTICLE)
    title = clean(found.get("title"))
    lines = [line.strip() for line in found["text"].split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # trafilatura may repeat the headline as the first line
    text, paragraphs = assemble(join_split_paragraphs([clean_text(line) for line in lines]))
    check_length(source.name, text, max_chars)
    url = clean_url(found.get("url"))
    return Article(
        id=stable_id(url=url, text=text), text=text, path=source.name, url=url, title=title,
        published=clean(found.get("date")), outlet=clean(found.get("sitename")) or outlet_for_url(url),
        byline=clean(found.get("author")), language=clean(found.get("language")) or "en",
        paragraphs=paragraphs,
    )


def clean(value: object) -> str | None:
    return clean_field(value)
