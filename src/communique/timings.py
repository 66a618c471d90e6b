"""Where a run's time goes: seconds per part (parse, stages, store, ...), for `make bench`.

Parts are timed always (a clock read per batch or per article costs nothing next to a parse)
and printed only when COMMUNIQUE_TIMINGS is set: it holds the wall-clock time (`time.time()`)
at which the benchmark started the process, so that the start-up before `main` (interpreter,
imports) is counted too. Worker processes keep their own totals, which are not reported: with
--workers the parent's own parts plus its wait for the workers make up its time.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO, TypeVar

from .errors import E_TIMINGS_VALUE, CommuniqueError

TIMINGS_ENV = "COMMUNIQUE_TIMINGS"
# The line on standard error the benchmark reads the parts from.
TIMINGS_PREFIX = "communique-timings "

SECONDS: defaultdict[str, float] = defaultdict(float)

T = TypeVar("T")


@contextmanager
def timed(part: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        SECONDS[part] += time.perf_counter() - started


def timed_items(part: str, items: Iterable[T]) -> Iterator[T]:
    """`items`, with the time spent producing them (reading files) added to `part`."""
    iterator = iter(items)
    while True:
        with timed(part):
            item = next(iterator, StopIteration)
        if item is StopIteration:
            return
        yield item  # type: ignore[misc]


def launched_at() -> float | None:
    """When the benchmark started this process, if it asked for timings."""
    value = os.environ.get(TIMINGS_ENV)
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise CommuniqueError(f"{TIMINGS_ENV}={value!r}: give the launch time in seconds since the epoch "
                              f"(date +%s.%N), or leave it unset [{E_TIMINGS_VALUE}]") from None


def mark_started(part: str = "start-up") -> None:
    """Count the time from the process's launch to now as `part` (interpreter and imports)."""
    launched = launched_at()
    if launched is not None:
        SECONDS[part] += time.time() - launched


def report(stream: TextIO) -> None:
    """The parts as one JSON line on `stream`, with the wall-clock time of the report, when asked for."""
    if launched_at() is not None:
        stream.write(TIMINGS_PREFIX + json.dumps({"seconds": dict(SECONDS), "reported_at": time.time()}) + "\n")
        stream.flush()
