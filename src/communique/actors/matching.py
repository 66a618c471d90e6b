"""Finding knowledge-base names and person names in a parsed article.

The text is cut into pieces: spaCy tokens, with hyphenated tokens split at the hyphen
("U.S.-Russia" is "U.S.", "-", "Russia"). At each piece whose first word starts some KB name,
the longest run of pieces (up to the longest KB name) whose text is a KB key wins. spaCy's
PERSON entities add the people the KB does not know.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc

from ..docfacts import entities, token_table
from .kb import AGENT, DEMONYM, MEMO_LIMIT, PERSON, ROLE, KbEntry, KnowledgeBase, Pattern, text_key

FIRST_WORD_RE = re.compile(r"[\w.]+")
UPPER_RE = re.compile(r"[A-Z\u00c0-\u00de]")
HYPHEN_SPLIT_RE = re.compile(r"(-)")


class Piece(NamedTuple):
    """A token, or the part of a hyphenated token between hyphens. A named tuple: one is made for
    every token of every article, and a frozen dataclass took several times as long to make."""

    start: int
    end: int
    token: int
    text: str


@dataclass(slots=True)
class Item:
    """A run of pieces that names something: KB entries, or a person the KB does not know."""

    first: int  # piece index, inclusive
    last: int  # piece index, inclusive
    start: int  # char offsets, half-open
    end: int
    text: str
    entries: list[KbEntry] = field(default_factory=list)  # empty: an unknown person (NER)

    @property
    def kind(self) -> str:
        return self.entries[0].kind if self.entries else PERSON

    @property
    def entry(self) -> KbEntry | None:
        return self.entries[0] if self.entries else None


def pieces_of(doc: Doc) -> list[Piece]:
    """The pieces of the Doc, in order (whitespace tokens left out). Read from the Doc's token
    columns, with each distinct word's pieces worked out once per process (`word_shape`): a
    Token object made and read per token was most of this function's time."""
    pieces: list[Piece] = []
    append = pieces.append
    table = token_table(doc)
    strings = doc.vocab.strings
    shapes = WORD_SHAPES
    for i, (idx, orth) in enumerate(zip(table.idx, table.orth, strict=True)):
        shape = shapes.get(orth, NOT_SEEN)
        if shape is NOT_SEEN:
            if len(shapes) >= MEMO_LIMIT:
                shapes.clear()
            shape = shapes[orth] = word_shape(strings[orth])
        if shape is None:
            continue
        text, parts = shape
        if parts is None:
            append(new_piece(Piece, (idx, idx + len(text), i, text)))
        else:
            for start, end, part in parts:
                append(new_piece(Piece, (idx + start, idx + end, i, part)))
    return pieces


# A token's text -> None for whitespace, else (text, None), or for a hyphenated word
# (text, ((start, end, part) of each part and hyphen, offsets within the word)); by the hash of
# the text (the same in every Doc of one vocabulary), bounded like the KB's memos.
WordShape = tuple[str, tuple[tuple[int, int, str], ...] | None] | None
WORD_SHAPES: dict[int, WordShape] = {}
NOT_SEEN: WordShape = ("", None)  # a sentinel: compared by identity
# A Piece made without NamedTuple's own __new__ (a Python function call per piece).
new_piece = tuple.__new__


def word_shape(text: str) -> WordShape:
    if text.isspace():  # spaCy's IS_SPACE
        return None
    if "-" in text.strip("-") and len(text) > 2:
        parts = []
        offset = 0
        for part in HYPHEN_SPLIT_RE.split(text):
            if part:
                parts.append((offset, offset + len(part), part))
            offset += len(part)
        return text, tuple(parts)
    return text, None


def written_as_name(pattern: Pattern, text: str, kb: KnowledgeBase) -> bool:
    """Whether `text` is written the way the pattern's entry may be: short or word-like names
    exactly as in the KB, other names capitalised (in their last word), roles any way."""
    if pattern.exact is not None:
        return text.replace("\u2019", "'") == pattern.exact
    if pattern.entry.kind in (ROLE, AGENT):
        return True
    words = text.split()
    if UPPER_RE.search(words[-1]):
        return True
    # "Congress party" where the KB writes it so (a form with a common word last), with the
    # name's first word capitalised as there: not "congress party" in running text; and not when
    # the last word names a group ("Houthi rebels", "Israeli troops"), which the name and the
    # group's word make up as a collective (mentions.compose)
    return pattern.lower_tail and bool(UPPER_RE.match(words[0])) and not names_group(kb, words[-1])


def names_group(kb: KnowledgeBase, word: str) -> bool:
    """A role word of a group that acts together ("rebels", "troops")."""
    return any(p.entry.kind == ROLE and p.entry.role_kind == "group" for p in kb.lookup(text_key(word)))


def kb_items(pieces: list[Piece], kb: KnowledgeBase, text: str) -> list[Item]:
    """Longest KB names, left to right, never across a line break. `text` is `doc.text`."""
    items: list[Item] = []
    i, n = 0, len(pieces)
    name_starts = kb.name_starts
    while i < n:
        piece_text = pieces[i].text
        starts = name_starts.get(piece_text)
        if starts is None:  # most pieces are words met before: their answer is kept (kb.MEMO_LIMIT)
            if len(name_starts) >= MEMO_LIMIT:
                name_starts.clear()
            first_word = FIRST_WORD_RE.match(text_key(piece_text))
            starts = name_starts[piece_text] = first_word is not None and first_word.group() in kb.first_words
        if not starts:
            i += 1
            continue
        found = None
        for j, span_text, key in reversed(key_ends(pieces, i, kb, text)):
            entries = written_entries(kb, span_text, key)
            if entries:
                found = Item(i, j, pieces[i].start, pieces[j].end, span_text, list(entries))
                break
        if found is None:
            i += 1
            continue
        items.append(found)
        i = found.last + 1
    return items


def written_entries(kb: KnowledgeBase, span_text: str, key: str) -> tuple[KbEntry, ...]:
    """The entries of `key` (the key of `span_text`) whose patterns may be written as
    `span_text` is, kept by text in `kb.written` (the same names recur in every article)."""
    entries = kb.written.get(span_text)
    if entries is None:
        if len(kb.written) >= MEMO_LIMIT:
            kb.written.clear()
        entries = kb.written[span_text] = tuple(p.entry for p in kb.lookup(key) if written_as_name(p, span_text, kb))
    return entries


def key_ends(pieces: list[Piece], i: int, kb: KnowledgeBase, text: str) -> list[tuple[int, str, str]]:
    """(j, text, key) for each run of pieces i..j (at most `kb.max_pieces`, no line break) whose
    text is a KB key, shortest first. The run grows only while some key starts with its text,
    so a piece that starts no name costs one or two look-ups, not one per possible length.
    What a run's text says (its key, whether that is a key, whether a key goes on) is kept by
    the text in `kb.runs`: the same runs recur in every article, and working them out again
    (`text_key`, then `continues`) was most of this function's time."""
    ends: list[tuple[int, str, str]] = []
    start = pieces[i].start
    runs = kb.runs
    for j in range(i, min(len(pieces), i + kb.max_pieces)):
        span_text = text[start:pieces[j].end]
        if "\n" in span_text:
            break
        facts = runs.get(span_text)
        if facts is None:
            if len(runs) >= MEMO_LIMIT:
                runs.clear()
            key = text_key(span_text)
            facts = runs[span_text] = (key, key in kb.index, kb.continues(key))
        key, is_key, goes_on = facts
        if is_key:
            ends.append((j, span_text, key))
        if not goes_on:
            break
    return ends


def piece_index(pieces: list[Piece]) -> dict[int, int]:
    """Char offset of each piece's start -> piece index."""
    return {p.start: k for k, p in enumerate(pieces)}


def person_items(doc: Doc, pieces: list[Piece], items: list[Item], text: str) -> list[Item]:
    """Items for PERSON entities: a KB match inside a person's name (Jordan in "Michael Jordan")
    is dropped unless it is the person; names the KB does not know become unknown persons."""
    starts = piece_index(pieces)
    ends = {p.end: k for k, p in enumerate(pieces)}
    # `items` run left to right without overlapping (kb_items), and so do the PERSON entities: the
    # items an entity may touch are found by bisection, and an item an entity replaces lies inside
    # it, so no later entity meets it (nor the person item put in its place).
    item_starts = [it.start for it in items]
    item_ends = [it.end for it in items]
    dropped: set[int] = set()  # indices into `items`
    added: list[Item] = []
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start_char, ent.end_char
        if start not in starts or end not in ends:
            continue
        near = range(bisect_right(item_ends, start), bisect_left(item_starts, end))  # it.end > start, it.start < end
        inside = [items[k] for k in near if start <= items[k].start and items[k].end <= end]
        if len(inside) < len(near) or any(it.kind == PERSON for it in inside):
            continue  # an item overlaps the entity: the KB knows better where the name is
        if inside and inside[0].start == start and inside[-1].end == end:
            continue  # "Sri Lanka" tagged PERSON: the KB names all of it
        if inside and inside[0].start == start and inside[0].kind == DEMONYM:
            continue  # "Sri Lankan Tamil (rebels)" tagged PERSON: no name starts with a nationality
        roles = [it for it in inside if it.kind in (ROLE, AGENT)]
        first = starts[start]
        if roles:  # "President Trump" as one entity: the name is what follows the title
            first = roles[-1].last + 1
            if first > ends[end]:
                continue
        name_start = pieces[first].start
        dropped.update(k for k in near if name_start <= items[k].start and items[k].end <= end)
        added.append(Item(first, ends[end], name_start, end, text[name_start:end]))
    kept = [it for k, it in enumerate(items) if k not in dropped] + added
    return sorted(kept, key=lambda it: it.start)
