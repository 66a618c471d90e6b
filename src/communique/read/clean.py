"""Cleaning metadata fields that arrive with odd types or characters, instead of rejecting
the article: ids, titles, URLs, names. Each function is pure and returns the clean value and,
when it had to change something worth telling, a short note for the warning line.

The body text is cleaned without changing its length (a NUL or a lone surrogate becomes
U+FFFD), so offsets into the text given still point at the same characters.
"""

from __future__ import annotations

import hashlib
import re

# Characters no output can carry: lone surrogates (from "\ud800" escapes in JSON) and NUL.
UNPRINTABLE = re.compile(r"[\ud800-\udfff\x00]")
# Control characters, and runs of whitespace, inside a one-line field.
FIELD_SPACE = re.compile(r"[\s\x00-\x1f\x7f\u200b-\u200d\u2028\u2029\ufeff]+")
MAX_ID_CHARS = 200  # longer ids are hashed: a store key, a file name, a command-line argument
MAX_FIELD_CHARS = 1000  # a title or an outlet name longer than this is not one
MAX_URL_CHARS = 4000
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """The text with every NUL and lone surrogate replaced by U+FFFD: same length, same offsets."""
    return UNPRINTABLE.sub(REPLACEMENT, text) if UNPRINTABLE.search(text) else text


def scalar(value: object) -> str | None:
    """A field's value as text: strings as they are, numbers written out, anything else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def clean_field(value: object, limit: int = MAX_FIELD_CHARS) -> str | None:
    """A one-line field (title, outlet, byline): whitespace and control characters collapsed to
    one space, unprintable characters replaced, cut to `limit`; None when nothing is left."""
    text = scalar(value)
    if text is None:
        return None
    text = FIELD_SPACE.sub(" ", clean_text(text)).strip()[:limit].strip()
    return text or None


def clean_id(value: object) -> tuple[str | None, str | None]:
    """The given id made safe, and a note when it was changed; (None, note) when it is of a type
    that cannot be an id (a list, an object), so one is derived instead."""
    if value is None or value == "":
        return None, None
    text = scalar(value)
    if text is None:
        return None, f'"id" is a {type(value).__name__}, not a string: an id was derived instead'
    cleaned = clean_field(text, limit=len(text))
    if not cleaned:
        return None, '"id" is blank: an id was derived instead'
    if len(cleaned) > MAX_ID_CHARS:
        hashed = "id-" + hashlib.sha256(cleaned.encode()).hexdigest()[:16]
        return hashed, f'"id" has {len(cleaned):,} characters, more than {MAX_ID_CHARS}: replaced by {hashed}'
    if cleaned != text:
        return cleaned, f'"id" had control characters or odd spaces: read as {cleaned[:60]!r}'
    return cleaned, None


def clean_url(value: object) -> str | None:
    """A URL without surrounding or embedded whitespace and control characters, or None. It is
    kept even when it does not parse (an unclosed IPv6 bracket): it still identifies the page."""
    text = scalar(value)
    if text is None:
        return None
    text = FIELD_SPACE.sub("", clean_text(text))[:MAX_URL_CHARS]
    return text or None
