"""The time grammar, compiled once per process from data/time/grammar.toml and lexicon.toml.

A rule's pattern names lexicon tables and fragments in braces; this module expands them into
one compiled regular expression per rule, and offers the lexicon lookups the normalizer needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import E_TIME_BAD_HOLIDAY, E_TIME_BAD_RULE, DataFileError
from ..model import TIMEX_TYPES, TimexType
from ..resources import load_toml
from .calendar import is_holiday_spec
from .first_chars import first_char_lookahead, word_start_guard

GRAMMAR_FILE = "time/grammar.toml"
LEXICON_FILE = "time/lexicon.toml"

# A match starts a word: not after a letter, digit, "$" or "/", nor after a hyphen, except the
# hyphen of "post-" and "pre-" ("the post-1959 politics" names 1959; TimeML tags the year) and
# the hyphen of a range after a number, before a month or a year ("July 12-August 14",
# "1973-1990"; not "2-3 days").
NOT_INSIDE_A_WORD = r"(?<![\w$/])(?:(?<=\bpost-)|(?<=\bpre-)|(?<=[0-9]-)(?=(?-i:[A-Z])|[0-9]{4})|(?<!-))"
# ... and ends one: not before a letter, digit or "/", nor before a hyphen and a small letter
# ("Monday-morning quarterbacks"); a range goes on after it ("Feb. 27-28", "July 12-August 14").
NOT_BEFORE_A_WORD = r"(?!\w|-(?-i:[a-z])|/\w)"

PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?::(\w+))?\}")


@dataclass(frozen=True, slots=True)
class Rule:
    """One grammar rule: its compiled pattern, TIMEX3 type and normalizer name."""

    name: str
    type: TimexType
    norm: str
    regex: re.Pattern[str]
    check: str | None = None
    needs: frozenset[str] = frozenset()  # keyword classes one of which every match contains


@cache
def lexicon() -> dict[str, Any]:
    lex = load_toml(LEXICON_FILE)
    for name, spec in lex.get("holiday", {}).items():
        if not isinstance(spec, str) or not is_holiday_spec(spec):
            raise DataFileError(f"{LEXICON_FILE}: holiday {name!r} has day {spec!r}, not one of the forms "
                                f"the [holiday] table explains [{E_TIME_BAD_HOLIDAY}]")
    return lex


def lookup(table: str, word: str) -> Any:
    """The meaning of `word` in lexicon `table` (case and a trailing '.' ignored), or None."""
    key = " ".join(word.lower().rstrip(".").replace("\u2019", "'").split())
    return lexicon()[table].get(key)


def table_alternation(table: str) -> str:
    """A regex alternation of a lexicon table's words, longest first so that 'a few' beats 'a'."""
    words = sorted(lexicon()[table], key=len, reverse=True)
    if table in lexicon().get("case_sensitive", []):
        # "Valentine's Day": each word capitalized (str.title would give "Valentine'S")
        variants = [v for w in words for v in (w.capitalize(), w.upper(), capitalize_words(w))]
        variants = list(dict.fromkeys(variants))
        return "(?-i:" + word_alternation(variants, ignore_case=False) + ")"
    return "(?:" + word_alternation(words, ignore_case=True) + ")"


def capitalize_words(phrase: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in phrase.split(" "))


def _word_regex(word: str) -> str:
    """A lexicon word as a regex: spaces match any whitespace, an apostrophe either kind."""
    return "".join(_word_units(word))


def _word_units(word: str) -> list[str]:
    """The regex of each character of a lexicon word (a run of spaces is one unit, \\s+)."""
    units: list[str] = []
    for n, part in enumerate(word.split()):
        if n:
            units.append(r"\s+")
        units.extend("['\u2019]" if ch == "'" else re.escape(ch) for ch in part)
    return units


def word_alternation(words: list[str], *, ignore_case: bool) -> str:
    """`words` as one regex alternation that tries them in the given order, written as a trie
    ("end of|early|the end of|the early" -> "e(?:nd\\s+of|arly)|the\\s+(?:end\\s+of|early)").

    A plain alternation of fifty words tries every one of them at every place a rule is tried,
    and the time rules are tried at most places of most windows; in the trie a place whose
    character starts no word fails after one comparison. The match is the plain alternation's:
    words whose first characters differ never both match at one place, so grouping them by it
    keeps, at every place, the order in which the words that can match there are tried (each
    word matches in at most one way: a space run is followed by a non-space character). Only for
    ASCII words, whose characters match the same set under either case exactly when their lower
    cases are equal; other words are left as a plain alternation."""
    if not all(word.isascii() for word in words):
        return "|".join(_word_regex(w) for w in words)
    return "|".join(_trie([_word_units(w) for w in words], ignore_case))


def _trie(sequences: list[list[str]], ignore_case: bool) -> list[str]:
    """The branches of an alternation of unit sequences, tried in the order given, with shared
    first units written once."""
    branches: list[str] = []
    groups: dict[str, list[list[str]]] = {}
    for n, units in enumerate([*sequences, None]):
        if units:
            groups.setdefault(units[0].lower() if ignore_case else units[0], []).append(units)
            continue
        # A word that ends here matches wherever a longer one does, so the words before it and
        # those after it are grouped apart and its place in the order is kept.
        for members in groups.values():
            if len(members) == 1:
                branches.append("".join(members[0]))
            else:  # the unit as the first member writes it (under ignore_case "A" and "a" match alike)
                rest = _trie([m[1:] for m in members], ignore_case)
                branches.append(members[0][0] + (rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})"))
        groups = {}
        if n < len(sequences):
            branches.append("")
    return branches


def expand(pattern: str, fragments: dict[str, str], *, capture: bool) -> str:
    """Replace {table}, {table:alias} and {fragment} placeholders with their regexes."""

    def replace(m: re.Match[str]) -> str:
        name, alias = m.group(1), m.group(2)
        if name in fragments:
            body = expand(fragments[name], fragments, capture=False)
        elif name in lexicon() and isinstance(lexicon()[name], dict):
            body = table_alternation(name)
        else:
            raise DataFileError(f"{GRAMMAR_FILE}: unknown table or fragment {{{name}}} [{E_TIME_BAD_RULE}]")
        return f"(?P<{alias or name}>{body})" if capture else f"(?:{body})"

    return PLACEHOLDER.sub(replace, pattern)


def modifier_prefix() -> str:
    """The optional modifier every rule may start with ("early", "the end of", "nearly")."""
    return rf"(?:(?P<mod>{table_alternation('modifier')})[\s-]+)?"


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule of the grammar, compiled, in the file's order (earlier wins ties)."""
    grammar = load_toml(GRAMMAR_FILE)
    fragments: dict[str, str] = grammar.get("fragments", {})
    prefix = modifier_prefix()
    compiled = []
    for spec in grammar["rule"]:
        body = expand(spec["pattern"], fragments, capture=True)
        pattern = rf"{NOT_INSIDE_A_WORD}{prefix}(?:{body}){NOT_BEFORE_A_WORD}"
        try:
            # led by the characters a match can start with: most places of a window fail there
            # (and, when a match always starts a word, by a word boundary, which fails sooner still)
            guard = word_start_guard(pattern, re.IGNORECASE) + first_char_lookahead(pattern, re.IGNORECASE)
            regex = re.compile(guard + pattern, re.IGNORECASE)
        except re.error as e:
            raise DataFileError(
                f"{GRAMMAR_FILE}: rule {spec.get('name')!r} does not compile: {e} [{E_TIME_BAD_RULE}]") from e
        if spec["type"] not in TIMEX_TYPES:
            raise DataFileError(f"{GRAMMAR_FILE}: rule {spec.get('name')!r} has type {spec['type']!r}, "
                                f"not one of {', '.join(TIMEX_TYPES)} [{E_TIME_BAD_RULE}]")
        needs = frozenset(word.lower() for word in spec.get("needs", []))
        compiled.append(Rule(spec["name"], spec["type"], spec["norm"], regex, spec.get("check"), needs))
    return tuple(compiled)


DIGITS = "{digits}"
WORD_PARTS = re.compile(r"[-/]")


@cache
def keyword_index() -> dict[str, frozenset[str]]:
    """Each word of each lexicon table -> the table classes ("{month}") it belongs to."""
    index: dict[str, set[str]] = {}
    for table, entries in lexicon().items():
        if not isinstance(entries, dict):
            continue
        for entry in entries:
            # a phrase is found by its longest word: "the day before yesterday" by "yesterday"
            word = max(entry.lower().replace("\u2019", "'").removesuffix("'s").split(), key=len)
            index.setdefault(word.removesuffix("'s"), set()).add("{" + table + "}")
    return {word: frozenset(classes) for word, classes in index.items()}


@cache
def keyword_classes(token_lower: str) -> frozenset[str]:
    """The keyword classes of a token: its lexicon tables, itself, and {digits} if it has any.
    Rules declare in `needs` which of these must occur near a match (a speed filter)."""
    index = keyword_index()
    variants = {token_lower, token_lower.rstrip("."), *WORD_PARTS.split(token_lower)}
    variants |= {v[:-1] for v in variants if v.endswith("s")}
    classes: set[str] = set(variants)
    for variant in variants:
        classes |= index.get(variant, frozenset())
    if any(map(str.isdigit, token_lower)):  # each new word of a run: map costs no generator frame
        classes.add(DIGITS)
    return frozenset(classes) & needed_classes()


@cache
def needed_classes() -> frozenset[str]:
    """Every keyword class some rule needs."""
    return frozenset().union(*(rule.needs for rule in rules()))
