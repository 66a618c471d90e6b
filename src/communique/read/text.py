"""What the readers share: decoding, paragraphs with offsets, repairs and stable ids (dates: dates.py)."""

from __future__ import annotations

import hashlib
import re

from ..errors import E_EMPTY, E_ENCODING, E_TOO_LARGE, ArticleRejected
from ..model import Paragraph

PARAGRAPH_SEPARATOR = "\n\n"
# A paragraph that ends without closing punctuation, followed by one that starts in lower case,
# is one paragraph split by the page layout ("the operations of / their diplomatic missions").
SENTENCE_END_MARKS = frozenset(".!?:;\"'\u201d\u2019)]\u2014")
CONTINUATION_START = re.compile(r"^[a-z]")


def decode_text(name: str, data: bytes) -> str:
    """UTF-8 text of a source (a BOM is dropped); anything else is rejected, not guessed."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleRejected(name, f"not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})",
                              E_ENCODING) from e
    return text.replace("\r\n", "\n").replace("\r", "\n")


def join_split_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join paragraphs that the layout broke in the middle of a sentence. Linear: only the last
    piece is looked at, and the pieces of a joined paragraph are concatenated once, at the end."""
    joined: list[list[str]] = []
    for para in paragraphs:
        if joined and not ends_sentence(joined[-1][-1]) and CONTINUATION_START.match(para):
            joined[-1].append(para)
        else:
            joined.append([para])
    return [" ".join(pieces) for pieces in joined]


def ends_sentence(paragraph: str) -> bool:
    return paragraph.rstrip()[-1:] in SENTENCE_END_MARKS


def assemble(paragraphs: list[str]) -> tuple[str, list[Paragraph]]:
    """The body text (paragraphs separated by a blank line) and each paragraph's offsets."""
    text_parts: list[str] = []
    offsets: list[Paragraph] = []
    position = 0
    for para in paragraphs:
        if text_parts:
            position += len(PARAGRAPH_SEPARATOR)
        offsets.append(Paragraph(position, position + len(para)))
        text_parts.append(para)
        position += len(para)
    return PARAGRAPH_SEPARATOR.join(text_parts), offsets


def paragraph_offsets(text: str) -> list[Paragraph]:
    """Paragraphs of a text given as is (JSONL): runs of non-blank lines, offsets into `text`."""
    return [Paragraph(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]


def check_length(name: str, text: str, max_chars: int) -> str:
    if not text.strip():
        raise ArticleRejected(name, "no article text", E_EMPTY)
    if len(text) > max_chars:
        raise ArticleRejected(
            name, f"article text has {len(text):,} characters, more than the limit of {max_chars:,} "
            "(raise it with --max-chars)", E_TOO_LARGE)
    return text


def stable_id(*, given: object = None, url: str | None = None, text: str = "") -> str:
    """The article id: the one given, else derived from the URL, else from the content."""
    if given not in (None, ""):
        return str(given)
    if url:
        return "url-" + hashlib.sha256(url.strip().encode()).hexdigest()[:16]
    return "sha-" + hashlib.sha256(text.encode()).hexdigest()[:16]
