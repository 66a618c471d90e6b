"""Records found by character offset without a pass over all of them: an article's places or
actors indexed by start once, so that asking which of them cover a token, overlap a span or lie
inside a phrase costs a bisection (plus the records found), not a scan per question. On a long
article a stage asks such questions for every token it reads, and scanning made it quadratic.

    index = indexed(coded.places)      # built on first use, kept while the list is unchanged
    index.overlapping(start, end)      # the records with r.start < end and start < r.end
    index.within(start, end)           # the records with start <= r.start and r.end <= end
    index.starting_in(start, end)      # the records with start <= r.start < end

Answers are in the order of the list, as the scans they replace returned them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, Protocol, TypeVar


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


class ByOffset(Generic[S]):
    """`records` sorted by start, with the furthest end reached up to each of them."""

    def __init__(self, records: Sequence[S]) -> None:
        self.records = records
        self.order = sorted(range(len(records)), key=lambda i: records[i].start)
        self.starts = [records[i].start for i in self.order]
        self.ends = [records[i].end for i in self.order]
        self.furthest_end = list(accumulate(self.ends, max))

    def overlapping(self, start: int, end: int) -> list[S]:
        """The records with r.start < end and start < r.end, in list order."""
        found = []
        k = bisect_left(self.starts, end) - 1  # the last record starting before `end`
        # back from there while some record at or before k still reaches past `start`
        while k >= 0 and self.furthest_end[k] > start:
            if self.ends[k] > start:
                found.append(self.order[k])
            k -= 1
        return [self.records[i] for i in sorted(found)]

    def within(self, start: int, end: int) -> list[S]:
        """The records with start <= r.start and r.end <= end, in list order."""
        first, stop = bisect_left(self.starts, start), bisect_right(self.starts, end)
        found = [self.order[k] for k in range(first, stop) if self.ends[k] <= end]
        return [self.records[i] for i in sorted(found)]


    def starting_in(self, start: int, end: int) -> list[S]:
        """The records with start <= r.start < end, in list order."""
        found = self.order[bisect_left(self.starts, start):bisect_left(self.starts, end)]
        return [self.records[i] for i in sorted(found)]


# The last lists indexed, by identity: a list is indexed once while its length is unchanged (the
# stages assign each record list whole and never edit it in place).
_INDEXED: dict[int, tuple[Sequence[Spanned], int, ByOffset]] = {}
_KEEP = 8


def indexed(records: Sequence[S]) -> ByOffset[S]:
    """The index of `records`, built on first use and reused while the list is unchanged."""
    cached = _INDEXED.get(id(records))
    if cached is not None and cached[0] is records and cached[1] == len(records):
        return cached[2]
    if len(_INDEXED) >= _KEEP:
        _INDEXED.clear()
    index = ByOffset(records)
    _INDEXED[id(records)] = (records, len(records), index)
    return index
