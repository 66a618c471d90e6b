"""Crash safety and concurrency of `communique code`: killed with SIGKILL at several points of a
batch, the database opens with every stored article whole, and re-running gives the counts of
an uninterrupted run; queries read the file while `code` runs; a second writer waits.

The input is the bundled examples (credited in examples/) with the Xinhua JSONL excerpts
repeated under new ids, so that a run stores many small batches."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.errors import CommuniqueError
from communique.store import DuckDBStore, open_store
from conftest import EXAMPLES

COPIES = 40  # 84 articles in batches of 2: enough that every kill point lands while the run goes on
RECORD_KINDS = ("events", "quotes", "actors", "places", "timexes")


def communique_executable() -> str:
    return str(Path(sys.executable).parent / "communique")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("kill")
    records = [json.loads(line) for line in (EXAMPLES / "xinhua-2005-excerpts.jsonl").read_text().splitlines()]
    copies = folder / "copies.jsonl"
    copies.write_text("".join(json.dumps({**r, "id": f"{r['id']}-copy{n}"}) + "\n"
                              for n in range(COPIES) for r in records))
    return [str(EXAMPLES), str(copies)]


def code(inputs: list[str], db: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen([communique_executable(), "code", *inputs, "--db", str(db), "--batch-size", "2",
                             "--store-batch", "2", "--format", "none"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(db.parent), **env})


def record_counts(db: Path) -> dict[str, tuple[int, ...]]:
    """Each stored article's number of records of each kind."""
    with open_store(str(db), read_only=True) as store:
        return {row["id"]: tuple(row[k] for k in RECORD_KINDS) for row in store.articles()}


def stored(db: Path) -> int:
    """How many articles are stored now (0 while there is no file, or while the writer holds it),
    read while `code` runs. It does not wait for the writer's hold, as a query would: waiting
    could let the run finish before the kill."""
    try:
        with DuckDBStore(str(db), read_only=True, wait=0) as store:
            return store.counts()["articles"]
    except CommuniqueError:
        return 0


@pytest.fixture(scope="module")
def uninterrupted(inputs, tmp_path_factory) -> dict[str, tuple[int, ...]]:
    db = tmp_path_factory.mktemp("reference") / "reference.duckdb"
    run = code(inputs, db)
    assert run.wait(timeout=300) == 0, run.stderr.read() if run.stderr else ""
    counts = record_counts(db)
    assert len(counts) == 4 + 2 * COPIES
    return counts


def killed_run(inputs: list[str], folder: Path, after: int) -> tuple[int, Path]:
    """Start `code`, SIGKILL it once `after` articles are stored; its return code. On a loaded
    machine the writer can hold the file for the rest of a short run (its batches grow), so a
    run that ends before the kill is tried again, on a fresh file, up to three times. The
    return code of the last try, and its database."""
    for attempt in range(3):
        db = folder / f"killed{attempt}.duckdb"
        run = code(inputs, db)
        deadline = time.monotonic() + 240
        while after and stored(db) < after and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # queries read the file between the writer's batches
        time.sleep(0.1 * (after % 3))  # land at different moments of the next batch
        run.send_signal(signal.SIGKILL)
        run.wait()
        if run.returncode == -signal.SIGKILL:
            break
    return run.returncode, db


@pytest.mark.parametrize("after", [0, 2, 7, 12])
def test_a_killed_run_leaves_whole_articles_and_a_rerun_completes_it(inputs, uninterrupted, tmp_path, after):
    returncode, db = killed_run(inputs, tmp_path, after)
    assert returncode == -signal.SIGKILL, "every run ended before the kill: nothing was tested"
    if db.exists():
        partial = record_counts(db)  # it opens, and what is there is whole
        assert after <= len(partial) <= len(uninterrupted)
        assert all(uninterrupted[article] == counts for article, counts in partial.items())
    rerun = code(inputs, db)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read() if rerun.stderr else ""
    assert record_counts(db) == uninterrupted


def test_a_second_writer_waits_for_the_first(inputs, uninterrupted, tmp_path):
    db = tmp_path / "shared.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(3)", str(db)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    waiting = code(inputs, db, COMMUNIQUE_LOCK_WAIT="60")
    assert waiting.wait(timeout=300) == 0, waiting.stderr.read() if waiting.stderr else ""
    holder.wait()
    assert record_counts(db) == uninterrupted


def test_a_writer_that_cannot_wait_long_enough_fails_in_one_line(inputs, tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        busy = code(inputs, db, COMMUNIQUE_LOCK_WAIT="0.5")
        _, errors = busy.communicate(timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert busy.returncode == 1 and "Traceback" not in errors
    (line,) = [ln for ln in errors.splitlines() if ln.startswith("communique: ")]
    assert line.endswith("[E306]")
