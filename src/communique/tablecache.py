"""Loaded tables kept on disk between runs, so that a process starts without rebuilding them.

Building the actor knowledge base and the event lexicon from their data files takes about half
a second per process; unpickling what an earlier run built takes a third of that. A cached
table is valid for exactly the files it could have been built from: the file's name holds a
digest of the name, size and modification time of every data file (the packaged ones and those
of COMMUNIQUE_DATA_DIR, which may override any of them), of every module of this package (the
code that builds the table), and of the Python version. Editing any of them makes a new file
name: the old entry is never read again (and is removed when the new one is written).

The directory is COMMUNIQUE_CACHE_DIR, else $XDG_CACHE_HOME/communique, else
~/.cache/communique; COMMUNIQUE_CACHE_DIR=off turns the cache off. A cache that cannot be
read or written is passed over: the table is built as without it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import TypeVar

from .resources import USER_DATA_ENV

CACHE_ENV = "COMMUNIQUE_CACHE_DIR"
CACHE_OFF = "off"
PACKAGE_DIR = Path(__file__).parent
# Bumped when the layout of a cache file changes.
FORMAT = "1"

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where the tables are kept, or None when the cache is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured == CACHE_OFF:
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "communique"


def files_under(root: Path, pattern: str) -> Iterator[str]:
    """"path size mtime" of each file matching `pattern` under `root`, in a fixed order."""
    for path in sorted(root.rglob(pattern)):
        with suppress(OSError):
            status = path.stat()
            if path.is_file():
                yield f"{path} {status.st_size} {status.st_mtime_ns}"


@cache
def code_fingerprint() -> str:
    """The modules of this package as they are on disk (read once per process: code does not
    change under a running process, and this stats a hundred files)."""
    return "\n".join(files_under(PACKAGE_DIR, "*.py"))


def fingerprint(name: str) -> str:
    """A digest of everything a table named `name` may be built from (see the module's doc).
    The data files are stat'ed on every call: a test or a user may edit them between calls."""
    user_dir = os.environ.get(USER_DATA_ENV)
    parts = [FORMAT, name, sys.version, code_fingerprint(), *files_under(PACKAGE_DIR / "data", "*"),
             f"user data: {user_dir}", *(files_under(Path(user_dir), "*") if user_dir else ())]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:24]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector off while a table is unpickled: the hundreds of thousands of
    objects it makes would set off collections that cost more than the unpickling itself.

    Off by its threshold as well as by `gc.disable`: importing an extension module built by
    Cython turns the collector on again (the type set-up does gc.enable()), and spaCy imports
    some while its pipeline loads; a threshold of 0 stops automatic collections all the same."""
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()
        else:
            gc.disable()


def cached(name: str, build: Callable[[], T]) -> T:
    """The table `build()` makes, from the cache when an entry for the current files is there,
    else built and then stored (for the next process)."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = directory / f"{name}-{fingerprint(name)}.pickle"
    try:
        with path.open("rb") as f, collector_paused():
            table: T = pickle.load(f)
        return table
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 (a truncated or foreign file: build the table as without a cache)
        pass
    table = build()
    store(directory, name, path, table)
    return table


def store(directory: Path, name: str, path: Path, table: object) -> None:
    """Write the entry atomically (a concurrent reader sees the whole file or none) and remove
    the older entries of the same table; a directory that cannot be written is passed over."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=f".{name}-")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        with suppress(OSError):
            os.unlink(temporary)
        return
    for old in directory.glob(f"{name}-*.pickle"):
        if old != path:
            with suppress(OSError):
                old.unlink()
