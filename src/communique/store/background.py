"""Writing batches while the caller goes on coding: a `BatchWriter` whose batches a thread of
its own writes, so that a long run parses the next batch while DuckDB stores the last one (its
inserts and the commit's wait for the disk release the interpreter lock).

One thread writes the batches in the order they were filled, each in one transaction as
`BatchWriter` writes it: what is stored, and in which transactions, is the same as without the
thread. At most one batch is written while the next one fills, so memory stays flat and a
failed write stops the run at the next batch (`add` or `flush` raises its error).

A write costs a fixed part that grows with the database (DuckDB's checkpoint when the file
closes: 0.15 s on a new file, 1.5 s at 11,000 articles), so a fixed batch size would make a
long run's store time grow with the square of its length. The batch grows instead, so that
writing takes at most `BUSY_SHARE` of the time coding takes (`next_batch_size`).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait

from ..model import CodedArticle
from .base import Store, write_batch

# The share of the coding time the store may take; and the largest batch (memory, and what a
# killed run loses), in multiples of the smallest.
BUSY_SHARE = 0.1
MAX_GROWTH = 16


def next_batch_size(size: int, smallest: int, write_seconds: float, fill_seconds: float) -> int:
    """The next batch's size, after a batch of `size` took `write_seconds` to store and
    `fill_seconds` to code: grown so that writing stays under BUSY_SHARE of coding, never
    below `smallest` nor above MAX_GROWTH times it, and never shrunk (the cost only grows)."""
    if fill_seconds <= 0 or write_seconds <= BUSY_SHARE * fill_seconds:
        return size
    wanted = math.ceil(size * write_seconds / (BUSY_SHARE * fill_seconds))
    return max(size, smallest, min(wanted, smallest * MAX_GROWTH))


class BackgroundWriter:
    """`BatchWriter(store, size)`, its batches written by a thread: `add`, `flush`, then `stop`.
    `size` is the smallest batch; batches grow as writes get slower (`grow`, next_batch_size
    unless a caller or test gives another with its signature).

    Every batch is handed over in one place, `hand_over`; `stored` is the Future of the batch
    being filled, settled by the thread once that batch is written (after its write time has
    grown `size`) or has failed. It is settled whatever fails on the thread, the write or a
    step after it: an unsettled Future would leave `flush`, `stop` and a partition waiting
    forever."""

    def __init__(self, store: Store, size: int,
                 grow: Callable[[int, int, float, float], int] = next_batch_size) -> None:
        self.store = store
        self.smallest = self.size = size
        self.grow = grow
        self.pending: list[CodedArticle] = []
        self.stored: Future[float] = Future()
        self.writing: deque[Future[float]] = deque()  # batches handed over and not yet waited for, oldest first
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="communique-store")
        self.filled_at = time.monotonic()  # when the last batch was handed over

    def add(self, coded: CodedArticle) -> None:
        self.pending.append(coded)
        if len(self.pending) >= self.size:
            self.hand_over(keep=1)

    def hand_over_early(self) -> None:
        """Hand what is pending to the thread now, short of a full batch (near the end of the
        input, so that the last batch, whose write the run waits for, is short; or at the end
        of a cluster partition with no later one to fill the batch)."""
        self.hand_over(keep=1)

    def flush(self) -> None:
        """Write what is left and wait until every batch is stored (raising a write's error)."""
        self.hand_over(keep=0)

    def stop(self) -> None:
        """Wait for the batches being written and end the thread, before the store closes. Errors
        are left to `flush`: `stop` runs on the way out of a run that may be failing already."""
        for stored in self.writing:
            stored.exception()
        self.writing.clear()
        self.thread.shutdown()

    def hand_over(self, keep: int) -> None:
        """What is pending (if anything) handed to the thread as one batch; then wait until at
        most `keep` batches are still being written (`settled`). One batch written while the
        next fills keeps memory flat, and a failed write is seen at the next hand-over."""
        if self.pending:
            batch, self.pending = self.pending, []
            stored, self.stored = self.stored, Future()
            now = time.monotonic()
            fill_seconds, self.filled_at = now - self.filled_at, now
            try:
                self.thread.submit(self.write, batch, stored, fill_seconds)
            except BaseException as e:  # the thread has ended (the store is closing): nobody will write it
                stored.set_exception(e)
                raise
            self.writing.append(stored)
        while len(self.writing) > keep:
            self.settled(self.writing.popleft())

    def settled(self, stored: Future[float]) -> None:
        """Wait for a batch handed over; its write's error stops the run here."""
        stored.result()

    def write(self, batch: list[CodedArticle], stored: Future[float], fill_seconds: float) -> None:
        """On the thread: `batch` stored in one transaction, the next batches' size grown from
        its write time, then `stored` settled (so that whoever waits for it sees the new size).

        Every step is inside the `try`, so `stored` is settled on every path: with the error
        of whichever step failed, the batch then counting as failed even if its transaction
        committed (its partitions are retried and store their articles again, replacing them
        by id; a transaction is never half an article)."""
        try:
            seconds = timed_write(self.store, batch)
            self.size = max(self.size, self.grow(len(batch), self.smallest, seconds, fill_seconds))
        except BaseException as e:  # noqa: BLE001 (the waiters raise it)
            stored.set_exception(e)
        else:
            stored.set_result(seconds)


class SharedBatchWriter(BackgroundWriter):
    """A BackgroundWriter that the partitions a cluster worker codes one after another fill
    together (cluster.code_partition), so that its transactions are as large as one process's
    (a batch's write has a fixed part: 400 articles stored 32 at a time took twice the CPU
    time they took 256 at a time, PostgreSQL and DuckDB alike).

    A partition's task must not end before its articles are stored: it keeps `stored`, the
    Future of the batch being filled, for every article it adds and waits for them at its end.
    A batch is handed over when full, or by the partition that ends with no later one started
    on the worker (`hand_over_early`). A failed write fails the partitions whose articles it
    held (each is retried), not the one that happens to be adding: the writer only waits for an
    older batch to end (`settled`), and leaves its error to the Futures of its partitions.
    Only one partition at a time adds (the worker's stage turn); the Futures are waited for
    from any thread."""

    def settled(self, stored: Future[float]) -> None:
        wait([stored])

    def take_back(self, added: list[CodedArticle]) -> None:
        """The articles of `added` not yet handed over, out of the batch (a failed partition's:
        its retry codes them again)."""
        mine = {id(coded) for coded in added}
        self.pending = [coded for coded in self.pending if id(coded) not in mine]

    def stop(self) -> None:
        super().stop()
        if self.pending:  # nobody handed them over (the worker is closing): their partitions fail
            self.pending.clear()
            self.stored.set_exception(RuntimeError("the worker closed before this batch was stored"))


def timed_write(store: Store, batch: list[CodedArticle]) -> float:
    """Store `batch` in one transaction (base.write_batch); the seconds it took."""
    started = time.monotonic()
    write_batch(store, batch)
    return time.monotonic() - started
