"""Finding quotations by their marks: which quotation mark opens, which closes, and where.

Works on the raw text, before any parse: straight (") and curly (“ ”) double quotes, mixed as
careless typing mixes them. A paragraph that ends inside a quotation is the newspaper
convention for a quote that goes on in the next paragraph (which then opens with a mark of
its own); any other unclosed mark is ambiguous and is left out rather than paired wrongly.
Single quotes are not used: they are apostrophes far more often than quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_MARK = re.compile("[\"\u201c\u201d]")
OPEN_CURLY, CLOSE_CURLY = "\u201c", "\u201d"
# Characters after which a mark opens a quotation rather than closes one.
OPENING_CONTEXT = frozenset(" \t\n([{\u2014\u2013-/\u00a0")


@dataclass(frozen=True, slots=True)
class Quotation:
    """Quoted text between two marks: `text[open]` is the opening mark, the content is
    `text[open + 1:close]`. `closed` is False when the paragraph ends inside the quote and
    the quote goes on in the next paragraph; `close` is then the paragraph's end."""

    open: int
    close: int
    closed: bool = True

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: news bodies put one paragraph per line."""
    bounds, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            bounds.append((start, end))
        start = end + 1
    return bounds


def opens_here(text: str, pos: int) -> bool:
    """Whether the mark at `pos` stands where a quotation would open (after a space or a
    bracket, before a word)."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before in OPENING_CONTEXT and not after.isspace()


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in `text`, in order, paired paragraph by paragraph."""
    found: list[Quotation] = []
    paragraphs = paragraph_bounds(text)
    for index, (para_start, para_end) in enumerate(paragraphs):
        open_at: int | None = None
        nested = False  # inside a curly quotation within a straight one ("... “...” ...")
        for match in QUOTE_MARK.finditer(text, para_start, para_end):
            pos, mark = match.start(), match.group()
            if open_at is None:
                # A closing curly mark opens only when it stands where an opening mark would.
                if mark != CLOSE_CURLY or opens_here(text, pos):
                    open_at = pos
            elif nested and mark != '"':
                nested = mark == OPEN_CURLY  # the inner quotation closes (or a new one opens)
            elif mark == OPEN_CURLY and text[open_at] == '"':
                nested = True
            elif mark == OPEN_CURLY or (mark == '"' and opens_here(text, pos) and not closes_here(text, pos)):
                open_at = pos  # two openings in a row: the first was never closed, start again
            else:
                found.append(Quotation(open_at, pos))
                open_at, nested = None, False
        if open_at is not None and continues_in_next(text, paragraphs, index):
            found.append(Quotation(open_at, para_start + len(text[para_start:para_end].rstrip()), closed=False))
    return [q for q in found if text[q.start:q.end].strip()]


def closes_here(text: str, pos: int) -> bool:
    """Whether the mark at `pos` stands where a quotation would close (after a word, before a
    space or punctuation)."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def continues_in_next(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the paragraph after `index` opens with a quotation mark (a continued quote)."""
    if index + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[index + 1]
    head = text[start:end].lstrip()
    return bool(head) and head[0] in ('"', OPEN_CURLY)
