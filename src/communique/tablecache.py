"""Loaded tables kept on disk between runs, so that a process starts without rebuilding them.

Building the actor knowledge base and the event lexicon from their data files takes about half
a second per process; unpickling what an earlier run built takes a third of that. A cached
table is valid for exactly the files it could have been built from: the file's name holds a
digest of the contents (and names, relative to their directory) of every data file (the
packaged ones and those of COMMUNIQUE_DATA_DIR, which may override any of them), of every
module of this package (the code that builds the table), and of the Python version. Editing
any of them makes a new file name. Several checkouts (or a branch switched back and forth)
share one cache directory, so a table keeps up to KEPT entries, the least recently used
removed first; two checkouts with the same files share their entries.

Hashing the contents costs more than a process may spend starting (22 MB of data files), so
each set of files, as named by their paths, sizes and modification times, is hashed once and
its digest kept in a small index file (`index/`): a process then only stats the files, as
before. The directory is COMMUNIQUE_CACHE_DIR, else $XDG_CACHE_HOME/communique, else
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
# Bumped when the layout of a cache file changes (2: entries named by content).
FORMAT = "2"
# Entries kept per table, and index files (one per set of files seen: tiny) in all.
KEPT = 6
INDEX_KEPT = 256

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


def files_under(root: Path, pattern: str) -> list[Path]:
    """The files matching `pattern` under `root`, in a fixed order."""
    return sorted(path for path in root.rglob(pattern) if path.is_file())


def stat_lines(files: list[Path]) -> Iterator[str]:
    """"path size mtime" of each file: what names a set of files without reading them."""
    for path in files:
        with suppress(OSError):
            status = path.stat()
            yield f"{path} {status.st_size} {status.st_mtime_ns}"


def content_lines(root: Path, files: list[Path]) -> Iterator[str]:
    """"relative path digest" of each file: the same for the same files in another checkout."""
    for path in files:
        with suppress(OSError):
            yield f"{path.relative_to(root).as_posix()} {hashlib.sha256(path.read_bytes()).hexdigest()}"


@cache
def code_files() -> list[Path]:
    """The modules of this package (listed once per process: code does not change under a
    running process, and this walks a hundred files)."""
    return files_under(PACKAGE_DIR, "*.py")


@cache
def code_fingerprint() -> str:
    """The modules' contents, hashed once per process (only on an index miss: see fingerprint)."""
    return "\n".join(content_lines(PACKAGE_DIR, code_files()))


def fingerprint(name: str, directory: Path | None = None) -> str:
    """A digest of the contents of everything a table named `name` may be built from (see the
    module's doc). The data files are stat'ed on every call (a test or a user may edit them
    between calls); their contents are read only when that set of stats is not in the index
    under `directory`."""
    user_dir = os.environ.get(USER_DATA_ENV)
    roots = [(PACKAGE_DIR, code_files()), (PACKAGE_DIR / "data", files_under(PACKAGE_DIR / "data", "*"))]
    if user_dir:
        roots.append((Path(user_dir), files_under(Path(user_dir), "*")))
    stats = [FORMAT, name, sys.version, f"user data: {user_dir}",
             *(line for _, files in roots for line in stat_lines(files))]
    index = directory / "index" / digest(stats) if directory is not None else None
    if index is not None:
        with suppress(OSError, UnicodeDecodeError):
            known = index.read_text(encoding="ascii").strip()
            if len(known) == DIGEST_CHARS:
                return known
    parts = [FORMAT, name, sys.version, code_fingerprint(),
             *content_lines(*roots[1]),
             f"user data: {bool(user_dir)}", *(content_lines(*roots[2]) if user_dir else ())]
    found = digest(parts)
    if index is not None:
        write_atomically(index, found.encode("ascii"))
        prune(index.parent, "*", INDEX_KEPT)
    return found


DIGEST_CHARS = 24


def digest(parts: list[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:DIGEST_CHARS]


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
    path = directory / f"{name}-{fingerprint(name, directory)}.pickle"
    try:
        with path.open("rb") as f, collector_paused():
            table: T = pickle.load(f)
        with suppress(OSError):
            os.utime(path)  # used now: the last to be evicted (see prune)
        return table
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 (a truncated or foreign file: build the table as without a cache)
        pass
    table = build()
    store(directory, name, path, table)
    return table


def write_atomically(path: Path, data: bytes) -> bool:
    """Write a file so that a concurrent reader sees all of it or none; False if it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    except OSError:
        return False
    try:
        with os.fdopen(descriptor, "wb") as f:
            f.write(data)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            os.unlink(temporary)
        return False
    return True


def prune(directory: Path, pattern: str, kept: int) -> None:
    """Remove all but the `kept` most recently used files matching `pattern` (by modification
    time, which a read of an entry renews)."""
    def used(path: Path) -> int:
        try:
            return path.stat().st_mtime_ns
        except OSError:
            return 0

    for old in sorted(directory.glob(pattern), key=used, reverse=True)[kept:]:
        with suppress(OSError):
            old.unlink()


def store(directory: Path, name: str, path: Path, table: object) -> None:
    """Write the entry atomically and remove the least recently used entries of the same table
    past KEPT; a directory that cannot be written, or a table that cannot be pickled, is passed over."""
    try:
        data = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    if write_atomically(path, data):
        prune(directory, f"{name}-*.pickle", KEPT)
