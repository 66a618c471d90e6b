"""Writing batches while the caller goes on coding: a `BatchWriter` whose batches a thread of
its own writes, so that a long run parses the next batch while DuckDB stores the last one (its
inserts and the commit's wait for the disk release the interpreter lock).

One thread writes the batches in the order they were filled, each in one transaction as
`BatchWriter` writes it: what is stored, and in which transactions, is the same as without the
thread. At most one batch is written while the next one fills, so memory stays flat and a
failed write stops the run at the next batch (`add` or `flush` raises its error).
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

from ..model import CodedArticle
from .base import BatchWriter, Store


class BackgroundWriter:
    """`BatchWriter(store, size)`, its batches written by a thread: `add`, `flush`, then `stop`."""

    def __init__(self, store: Store, size: int) -> None:
        self.store = store
        self.size = size
        self.pending: list[CodedArticle] = []
        self.writing: deque[Future[None]] = deque()
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="communique-store")

    def add(self, coded: CodedArticle) -> None:
        self.pending.append(coded)
        if len(self.pending) >= self.size:
            self.hand_over()
            while len(self.writing) > 1:  # the batch before the one just handed over must be stored
                self.writing.popleft().result()

    def flush(self) -> None:
        """Write what is left and wait until every batch is stored (raising a write's error)."""
        if self.pending:
            self.hand_over()
        while self.writing:
            self.writing.popleft().result()

    def stop(self) -> None:
        """Wait for the batches being written and end the thread, before the store closes. Errors
        are left to `flush`: `stop` runs on the way out of a run that may be failing already."""
        for future in self.writing:
            future.exception()
        self.writing.clear()
        self.thread.shutdown()

    def hand_over(self) -> None:
        batch, self.pending = self.pending, []
        self.writing.append(self.thread.submit(write_batch, self.store, batch))


def write_batch(store: Store, batch: list[CodedArticle]) -> None:
    writer = BatchWriter(store, len(batch))
    writer.pending = batch
    writer.flush()
