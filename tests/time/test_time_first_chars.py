"""The first-character lookahead that leads each time rule: it may only ever admit more places."""

from __future__ import annotations

import re

from communique.time.first_chars import first_char_lookahead, word_start_guard
from communique.time.grammar import rules


def test_the_lookahead_names_the_characters_a_match_starts_with():
    assert first_char_lookahead(r"(?<!\w)(?:early\s+)?(?:19|20)\d\d") == r"(?=[\u0065\u0031\u0032])"
    assert first_char_lookahead(r"\bx*[ab]") == r"(?=[\u0078\u0061\u0062])"
    assert first_char_lookahead(r"(?:\d+|\s)y") == r"(?=[\d\s])"


def test_no_lookahead_where_any_character_may_start_a_match():
    assert first_char_lookahead(r"[^a]b") == ""  # a negated class
    assert first_char_lookahead(r"(a)?\1") == ""  # a back-reference
    assert first_char_lookahead(r"a?") == ""  # the empty string matches
    assert first_char_lookahead(r".b") == ""


def test_a_pattern_with_its_lookahead_matches_as_without_it():
    text = "Early 2024, mid-1990s, the end of May; post-1959 politics at 4:30 p.m. $2000 on 12/25/2024."
    for pattern in (r"(?<![\w$/])(?:(?:early|mid|the\s+end\s+of)[\s-]+)?(?:1[6-9]|20)\d\d(?:s)?",
                    r"(?-i:May|June)|[0-9]{1,2}:[0-5][0-9]\s*(?:a|p)\.m\.", r"\d+/\d+/\d+"):
        led = re.compile(first_char_lookahead(pattern, re.IGNORECASE) + pattern, re.IGNORECASE)
        assert led.pattern.startswith("(?=[")
        plain = re.compile(pattern, re.IGNORECASE)
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in plain.finditer(text)]


def test_every_rule_is_led_by_its_first_characters():
    """Each rule of the grammar gets a lookahead (a rule that could start anywhere would scan slower)."""
    for rule in rules():
        led = rule.regex.pattern.removeprefix(r"\b")  # a word boundary may come first (word_start_guard)
        assert led.startswith("(?=["), rule.name
        pattern = led[led.index("])") + 2:]
        assert word_start_guard(pattern, re.IGNORECASE) + first_char_lookahead(pattern, re.IGNORECASE) + pattern \
            == rule.regex.pattern


def test_a_word_boundary_guards_a_pattern_whose_matches_start_words():
    assert word_start_guard(r"(?<!\w)(?:early\s+)?(?:19|20)\d\d") == r"\b"
    assert word_start_guard(r"(?<![\w$/])(?:mid-?)?[a-z]+") == r"\b"
    assert word_start_guard(r"(?<!\w)['a]b") == ""  # may start with an apostrophe, no word character
    assert word_start_guard(r"(?:19|20)\d\d") == ""  # may start inside a word
    assert word_start_guard(r"(?<!\w)\s*x") == ""  # may start with white space


def test_the_guarded_rules_find_what_they_found_unguarded():
    """Every compiled rule, with and without its guard, over a text of dates inside and outside
    words (made up)."""
    text = ("On Monday, 12 March 2024 (the '90s), mid-2023 and Q3 2019x at 9:30 a.m.; re-2020, "
            "x1990, post-war 1990s, early 2025, the 1980s-era plan, week of May 5, 2025-04-08.")
    guarded = [r for r in rules() if r.regex.pattern.startswith(r"\b")]
    assert len(guarded) > len(rules()) // 2
    for rule in guarded:
        bare = re.compile(rule.regex.pattern[2:], rule.regex.flags)
        assert [m.span() for m in rule.regex.finditer(text)] == [m.span() for m in bare.finditer(text)]
        for lo in range(0, len(text), 7):  # windows of the text, as recognize searches them
            assert [m.span() for m in rule.regex.finditer(text, lo, lo + 40)] == \
                [m.span() for m in bare.finditer(text, lo, lo + 40)]
