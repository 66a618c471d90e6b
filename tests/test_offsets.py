"""Finding records by character offset: the index answers as a scan of the whole list would."""

from __future__ import annotations

import random
from dataclasses import dataclass

from communique.offsets import ByOffset, indexed


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def random_spans(rng: random.Random, count: int) -> list[Span]:
    """Spans of 1-30 characters anywhere in 0..500, overlapping and nested ones among them."""
    spans = []
    for _ in range(count):
        start = rng.randrange(500)
        spans.append(Span(start, start + rng.randrange(1, 30)))
    return spans


def test_answers_equal_a_scan_in_list_order() -> None:
    rng = random.Random(17)
    for _ in range(50):
        spans = random_spans(rng, rng.randrange(0, 40))
        index = ByOffset(spans)
        for _ in range(40):
            start = rng.randrange(-5, 520)
            end = start + rng.randrange(0, 60)
            assert index.overlapping(start, end) == [s for s in spans if s.start < end and start < s.end]
            assert index.within(start, end) == [s for s in spans if start <= s.start and s.end <= end]
            assert index.starting_in(start, end) == [s for s in spans if start <= s.start < end]


def test_a_list_is_indexed_once_until_it_grows() -> None:
    spans = [Span(0, 5), Span(10, 20)]
    assert indexed(spans) is indexed(spans)
    spans.append(Span(12, 14))
    assert indexed(spans).overlapping(13, 14) == [Span(10, 20), Span(12, 14)]
    assert indexed(list(spans)) is not indexed(spans)  # an equal list is another list
