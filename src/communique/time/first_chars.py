"""The characters a regular expression's match can start with, as a lookahead to put first.

A time rule is tried at every place of the windows around its keywords. Its pattern opens with
lookbehinds (a match starts a word) and an optional modifier ("early", "the end of"), which the
regex engine works through at every place before it reaches the rule's own words. A lookahead
of one character class, `(?=[...])`, fails at once at the places where no match can start, and
where one can, it changes nothing: the match found is the same, only found sooner.

The class is read from the pattern's parse tree and errs only on the wide side: a part it does
not understand (a back-reference, a negated class) means any character, and then no lookahead
is written. Zero-width parts (lookarounds, word boundaries) are passed over, since the first
character is what follows them; case-insensitive letters are widened by the flag of the pattern
the lookahead goes into.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The standard library's regex parser (`sre_parse` before Python 3.11, whose name is deprecated).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
              _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})


class AnyCharacter(Exception):
    """A part of the pattern may start with any character (or is not understood here)."""


def first_char_lookahead(pattern: str, flags: int = 0) -> str:
    """`(?=[...])` of the characters a match of `pattern` can start with, or "" when that may be
    any character or the pattern can match the empty string."""
    try:
        items, nullable = _first(_parser.parse(pattern, flags).data)
    except AnyCharacter:
        return ""
    if nullable or not items:
        return ""
    return "(?=[" + "".join(dict.fromkeys(items)) + "])"


def word_start_guard(pattern: str, flags: int = 0) -> str:
    """`\\b` when every match of `pattern` starts a word: the pattern opens with a lookbehind that
    no word character may pass and its first character is always a word character. A word
    boundary is one step of the regex engine where that lookbehind is several, and it fails at
    once inside a word, where most places of a window are; else "". Case-insensitive variants
    of a word character are word characters, so `flags` does not change the answer."""
    if not pattern.startswith(WORD_START_LOOKBEHINDS):
        return ""
    try:
        items, nullable = _first(_parser.parse(pattern, flags).data)
    except AnyCharacter:
        return ""
    return r"\b" if items and not nullable and all(map(_only_word_characters, items)) else ""


# Lookbehinds that fail after any word character (time.grammar's NOT_INSIDE_A_WORD is the first).
WORD_START_LOOKBEHINDS = (r"(?<![\w$/])", r"(?<!\w)")
WORD = re.compile(r"\w")


def _only_word_characters(item: str) -> bool:
    """Whether a class item written by `_class_items`/`_char` matches only word characters."""
    if item in (r"\d", r"\w"):
        return True
    if item.startswith("\\") and item[1] in "dwsDWS":
        return False
    low, _, high = item.partition("-")
    first, last = _code(low), _code(high) if high else _code(low)
    return last - first < 0x1000 and all(WORD.match(chr(c)) for c in range(first, last + 1))


def _code(written: str) -> int:
    return int(written[2:], 16)  # "\\u0041" or "\\U0001f600"


def _first(sequence: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """The class items a sequence can start with, and whether it can match the empty string."""
    items: list[str] = []
    for op, av in sequence:
        if op in ZERO_WIDTH:
            continue
        found, nullable = _first_of(op, av)
        items += found
        if not nullable:
            return items, False
    return items, True


def _first_of(op: Any, av: Any) -> tuple[list[str], bool]:
    if op is _c.LITERAL:
        return [_char(av)], False
    if op is _c.IN:
        return _class_items(av), False
    if op is _c.SUBPATTERN:
        return _first(av[-1].data)
    if op is _c.ATOMIC_GROUP:
        return _first(av.data)
    if op is _c.BRANCH:
        items: list[str] = []
        nullable = False
        for branch in av[1]:
            found, empty = _first(branch.data)
            items += found
            nullable = nullable or empty
        return items, nullable
    if op in REPEATS:
        low, _, body = av
        found, empty = _first(body.data)
        return found, empty or low == 0
    raise AnyCharacter(op)


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    written = []
    for op, av in items:
        if op is _c.LITERAL:
            written.append(_char(av))
        elif op is _c.RANGE:
            written.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in CATEGORIES:
            written.append(CATEGORIES[av])
        else:  # a negated class, or a category with no escape here
            raise AnyCharacter(op)
    return written


def _char(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
