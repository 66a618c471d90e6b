"""Facts of a parsed article that more than one stage reads, each worked out once per Doc and
kept on it, so no stage recomputes (or imports) another's:

    doc._.quotations       the paired quotation marks (marks.find_quotations): time and quotes
    doc._.sport_article    whether the article reports sport (sport.is_sport_article): time and events
    sentence_starts(doc)   each sentence's first character offset, for a record's sentence index
    entities(doc)          the named entities (doc.ents, which spaCy rebuilds on each access,
                           making a Span per entity): places, actors and quotes
    token_table(doc)       columns of token attributes (offsets, lower case, POS, entity type ...)
                           as plain lists, read with one `doc.to_array`: time, places and quotes
    doc_text(doc)          `doc.text`, joined once (spaCy joins every token on each access)
    sentence_of(token)     `token.sent`, from the Doc's sentences made once (`token.sent` walks the
                           sentence's tokens and makes a Span on every access)

The first two are Doc extensions; the others are kept in `doc.user_data` (one dict look-up, where
each `doc._` access makes an object: token_table is read dozens of times per article). Read them
through the functions below, which work a fact out on first use. `text` is the Doc's text when
the caller has it at hand (spaCy rebuilds `doc.text` token by token).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from spacy.attrs import ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from .marks import Quotation, find_quotations

EXTENSIONS = ("quotations", "sport_article")
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
    starts: list[int] | None = doc.user_data.get(SENTENCE_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[SENTENCE_STARTS_KEY] = [sent.start_char for sent in sentences(doc)]
    return starts


# `sentence_of`, `doc_text` and the token table are asked for thousands of times per article: what they read is kept
# in `doc.user_data` under these keys, one dict look-up, where `doc._` makes an object on each access.
SENTENCES_KEY = "communique.docfacts.sentences"
TEXT_KEY = "communique.docfacts.text"
SENTENCE_STARTS_KEY = "communique.docfacts.sentence_starts"
ENTITIES_KEY = "communique.docfacts.entities"
TABLE_KEY = "communique.docfacts.token_table"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (kept in `doc.user_data`, like the sentences below)."""
    joined: str | None = doc.user_data.get(TEXT_KEY)
    if joined is None:
        joined = doc.user_data[TEXT_KEY] = doc.text
    return joined


def know_text(doc: Doc, text: str) -> None:
    """Keep `text` as the Doc's text for `doc_text`, when a stage has it at hand and it is
    `doc.text` (the article's text, by the pipeline's contract, checked here by its length):
    joining the tokens again for `doc_text` cost the events stage ~2 % of its time."""
    if TEXT_KEY not in doc.user_data and len(text) == text_length(doc):
        doc.user_data[TEXT_KEY] = text


def text_length(doc: Doc) -> int:
    """The length of `doc.text`, from the last token, without joining the text."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def sentence_table(doc: Doc) -> tuple[list[int], list[Span]]:
    """The first token of each sentence, and the sentence Spans (`list(doc.sents)`), made once."""
    held: tuple[list[int], list[Span]] | None = doc.user_data.get(SENTENCES_KEY)
    if held is None:
        spans = list(doc.sents)
        held = doc.user_data[SENTENCES_KEY] = ([sent.start for sent in spans], spans)
    return held


def sentences(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, made once per Doc (shared: do not modify the list or its Spans)."""
    return sentence_table(doc)[1]


def sentence_of(token: Token) -> Span:
    """`token.sent`: the sentence the token is in, one of `sentences(doc)` (the same Span for every
    token of a sentence)."""
    starts, spans = sentence_table(token.doc)
    return spans[bisect_right(starts, token.i) - 1]


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per Doc (shared: the entities must not be changed after the parse)."""
    found: tuple[Span, ...] | None = doc.user_data.get(ENTITIES_KEY)
    if found is None:
        found = doc.user_data[ENTITIES_KEY] = tuple(doc.ents)
    return found


@dataclass(frozen=True, slots=True)
class TokenTable:
    """One column per token attribute, token i at index i: string-store hashes for the texts
    (compare with `doc.vocab.strings[word]`), spaCy's ids for POS. A loop over these lists costs
    a fraction of a loop over Token objects, each of which spaCy builds on access."""

    idx: list[int]  # the character offset where the token starts
    length: list[int]  # its length in characters
    orth: list[int]  # its text
    lower: list[int]  # its lower case
    lemma: list[int]
    pos: list[int]  # spacy.parts_of_speech ids (PROPN, VERB ...)
    ent_type: list[int]  # 0 outside an entity
    head: list[int]  # its head, relative to it (0 for a sentence's root)


TABLE_ATTRS = (IDX, LENGTH, ORTH, LOWER, LEMMA, POS, ENT_TYPE)


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token columns, read once (shared: do not modify the lists)."""
    table: TokenTable | None = doc.user_data.get(TABLE_KEY)
    if table is None:
        columns = doc.to_array(list(TABLE_ATTRS)).T.tolist() if len(doc) else [[] for _ in TABLE_ATTRS]
        # spaCy gives the relative heads as unsigned integers: read them as signed
        heads: list[int] = doc.to_array(HEAD).view(np.int64).tolist() if len(doc) else []
        idx, length, orth, lower, lemma, pos, ent_type = columns
        table = doc.user_data[TABLE_KEY] = TokenTable(idx, length, orth, lower, lemma, pos, ent_type, heads)
    return table


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
UNKNOWN = object()  # not yet worked out (None is an answer)


def remembered(known: dict[K, V], key: K, work_out: Callable[[], V]) -> V:
    """`known[key]`, worked out and kept on first ask: the memos the stages keep per Doc (in
    `doc.user_data`) or per article, for answers asked again and again of the same token."""
    found = known.get(key, UNKNOWN)
    if found is UNKNOWN:
        found = known[key] = work_out()
    return found  # type: ignore[return-value]
