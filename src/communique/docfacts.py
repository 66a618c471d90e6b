"""Facts of a parsed article that more than one stage reads, each worked out once per Doc and
kept on it as a Doc extension, so no stage recomputes (or imports) another's:

    doc._.quotations       the paired quotation marks (marks.find_quotations): time and quotes
    doc._.sport_article    whether the article reports sport (sport.is_sport_article): time and events
    doc._.sentence_starts  each sentence's first character offset, for a record's sentence index

Read them through the functions below, which work a fact out on first use. `text` is the
Doc's text when the caller has it at hand (spaCy rebuilds `doc.text` token by token).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .marks import Quotation, find_quotations

EXTENSIONS = ("quotations", "sport_article", "sentence_starts")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def quotations(doc: Doc, text: str | None = None) -> list[Quotation]:
    """The article's quotations, by their marks (shared: do not modify the list)."""
    if doc._.quotations is None:
        doc._.quotations = find_quotations(doc.text if text is None else text)
    found: list[Quotation] = doc._.quotations
    return found


def sentence_starts(doc: Doc) -> list[int]:
    """The character offset where each sentence starts, in order (shared: do not modify)."""
    if doc._.sentence_starts is None:
        doc._.sentence_starts = [sent.start_char for sent in doc.sents]
    starts: list[int] = doc._.sentence_starts
    return starts
