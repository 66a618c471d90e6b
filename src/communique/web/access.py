"""How the web reads the store: a fresh read-only connection for every request, with a time limit.

Why reopen per request rather than hold one connection: DuckDB lets one process write a file
or several read it, never both at once. A server that kept the file open would stop
`communique code` from storing anything for as long as it runs. Opened per request, the file
is held only while a request is answered; each answer sees every batch committed before it
(a batch is one transaction, so never half of one), and while a writer holds the file the
request is answered 503 (E952, "try again") instead of waiting.

Every request's queries run in a worker thread; a watchdog cancels the store's running query
once the request has taken `query_seconds` (E320, answered 503).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from starlette.concurrency import run_in_threadpool

from ..errors import E_STORE_QUERY_TIMEOUT, E_WEB_BUSY, CommuniqueError
from ..store import Store, open_store

T = TypeVar("T")


class StoreUnavailable(CommuniqueError):
    """The database cannot be read now (a writer holds it, or the query ran over its limit): a 503."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code
        self.detail = message


@dataclass(frozen=True, slots=True)
class StoreAccess:
    """The database a server reads, and the time each request's queries may take."""

    db: str
    query_seconds: float = 10.0

    def read(self, work: Callable[[Store], T]) -> T:
        """`work(store)` on a store opened read-only for it alone, in this thread."""
        try:
            store = open_store(self.db, read_only=True)
        except CommuniqueError as e:
            raise StoreUnavailable(f"the database cannot be opened now: {e}", E_WEB_BUSY) from e
        done = threading.Event()
        watchdog = threading.Thread(target=self.stop_when_late, args=(store, done), daemon=True)
        watchdog.start()
        try:
            return work(store)
        except CommuniqueError as e:
            if E_STORE_QUERY_TIMEOUT in str(e):
                raise StoreUnavailable(str(e), E_STORE_QUERY_TIMEOUT) from e
            raise
        finally:
            done.set()
            watchdog.join()
            store.close()

    def stop_when_late(self, store: Store, done: threading.Event) -> None:
        """Once the time is up, cancel the running query, and again every 50 ms: a cancel that
        falls between two of the request's queries stops nothing."""
        if done.wait(self.query_seconds):
            return
        while not done.is_set():
            store.cancel()
            done.wait(0.05)

    async def run(self, work: Callable[[Store], T]) -> T:
        """`read(work)` in a worker thread, so that the server answers other requests meanwhile."""
        return await run_in_threadpool(self.read, work)
