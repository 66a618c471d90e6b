"""The grammar data files: every rule compiles, names a normalizer, and says what it needs."""

from __future__ import annotations

from communique.time.grammar import keyword_classes, rules
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
