"""The grammar data files: every rule compiles, names a normalizer, and says what it needs."""

from __future__ import annotations

import re

import pytest

from communique.time import grammar
from communique.time.grammar import _word_regex, keyword_classes, lexicon, rules, word_alternation
from communique.time.normalize import NORMALIZERS


def test_every_rule_has_a_normalizer_and_keywords():
    for rule in rules():
        assert rule.norm in NORMALIZERS, rule.name
        assert rule.needs, rule.name
        assert rule.type in {"DATE", "TIME", "DURATION", "SET"}, rule.name


def test_keyword_classes():
    assert "{month}" in keyword_classes("feb.")
    assert "{weekday}" in keyword_classes("fridays")
    assert "{digits}" in keyword_classes("mid-1996")
    assert keyword_classes("embassy") == frozenset()


def plain_alternation(words: list[str]) -> str:
    """What `word_alternation` replaces: every word tried in turn."""
    return "|".join(_word_regex(word) for word in words)


def test_word_alternation_writes_shared_beginnings_once():
    written = word_alternation(["the end of", "the early", "end of", "early"], ignore_case=True)
    assert written == r"the\s+e(?:nd\s+of|arly)|e(?:nd\s+of|arly)"


def test_word_alternation_keeps_the_place_of_a_word_that_others_extend():
    # "a" is tried after "ab" and before "ac", as in the plain alternation: on "ac" the word is "a"
    words = ["ab", "a", "ac"]
    assert word_alternation(words, ignore_case=True) == "a(?:b||c)"
    written = re.compile(rf"({word_alternation(words, ignore_case=True)})(c?)$", re.IGNORECASE)
    plain = re.compile(rf"({plain_alternation(words)})(c?)$", re.IGNORECASE)
    for text in ("ac", "ab", "abc", "a", "Ac", "acc"):
        found, expected = written.match(text), plain.match(text)
        assert (found and found.groups()) == (expected and expected.groups()), text
    assert written.match("ac").groups() == ("a", "c")


def test_every_table_matches_as_its_plain_alternation():
    """Each lexicon table's words (and their case and apostrophe variants) are matched exactly
    as the plain alternation of the same words matches them, at every place of a text made of them."""
    lex = lexicon()
    for table, entries in lex.items():
        if not isinstance(entries, dict):
            continue
        words = sorted(entries, key=len, reverse=True)
        flags = 0 if table in lex.get("case_sensitive", []) else re.IGNORECASE
        written = re.compile(f"(?:{word_alternation(words, ignore_case=bool(flags))})", flags)
        plain = re.compile(f"(?:{plain_alternation(words)})", flags)
        samples = [v for w in words for v in (w, w.upper(), w.capitalize(), w.replace("'", "\u2019"),
                                               w.replace(" ", "  "), w[:-1])]
        text = " ".join(samples) + " " + "".join(samples)
        for at in range(len(text)):
            found, expected = written.match(text, at), plain.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), (table, text[at:at + 30])


def test_the_rules_match_as_with_plain_alternations(monkeypatch: pytest.MonkeyPatch):
    """The compiled rules, tables written as tries, find what they found with plain alternations."""
    text = ("Early December, the end of the year and the middle of next week; at least two years. "
            "On Nov. 27 or Tuesday, Dec. 3, 2024, at 4:30 p.m.; Christmas Eve and New Year's Day, "
            "in the late 1990s, mid-August, three-quarters of an hour, twice a month.")
    written = [[(m.span(), m.groupdict()) for m in rule.regex.finditer(text)] for rule in rules()]
    assert sum(map(len, written)) >= 15
    monkeypatch.setattr(grammar, "word_alternation", lambda words, ignore_case: plain_alternation(words))
    rules.cache_clear()
    try:
        plain = [[(m.span(), m.groupdict()) for m in rule.regex.finditer(text)] for rule in rules()]
    finally:
        monkeypatch.undo()
        rules.cache_clear()
    assert plain == written


def test_keyword_positions_are_the_tokens_of_each_class(nlp):
    """Where each keyword class stands, by character offsets; a word met in an earlier Doc is
    looked up in the process's table by its hash, and gives the same classes."""
    from communique.time.recognize import classes_by_hash, keyword_positions

    first = nlp.make_doc("Talks resume in Feb. after two weeks, on Monday.")
    positions = keyword_positions(first)
    assert positions["{month}"] == [(16, 20)]
    assert positions["{unit}"] == [(31, 36)]
    assert positions["{weekday}"] == [(41, 47)]
    assert "{digits}" not in positions
    assert classes_by_hash(first.vocab.strings)[first.vocab.strings["monday"]] == keyword_classes("monday")
    again = nlp.make_doc("MONDAY: 3 weeks")
    assert keyword_positions(again) == {"{weekday}": [(0, 6)], "{digits}": [(8, 9)], "{unit}": [(10, 15)]}
