"""Incident linking at scale (a benchmark, not a test): 10k, 100k and 1M events.

Codes a slice of the corpus once (`--slice-db` keeps it), then for each size builds a DuckDB
file holding that many events: the slice's articles, events and places copied again and again,
each copy with its own article ids and every date (publication and event, at its precision)
shifted by `--stride` days more than the last. Times `link_all` on each file (features, blocks,
candidate pairs, grouping, writing the incidents) and prints the rate, the CPU time and the peak
memory (RSS high-water mark, which includes DuckDB's buffers), and how the time grew from one
size to the next. `--phases` adds, per size, the wall and CPU time of each phase of link_all
(features and blocks, the windows, candidate pairs, scoring, components, grouping, writing), to
see where the time goes before making a phase cheaper. Building a file and linking it each run
in a process of their own, so the peak printed for the linking is the linking's alone (a
store's build is not part of link_all and peaks higher than it; its own peak is printed beside).
DuckDB runs with `--memory-limit` (spilling to `--temp-dir` beyond it) and `--threads`;
link_all itself works in the bounded batches of incidents.toml.

    .venv/bin/python scripts/bench_incidents.py --corpus ../shared/corpus/news.jsonl \
        [--articles 150] [--sizes 10000,100000,1000000] [--slice-db /tmp/slice.duckdb]
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMUNIQUE = [sys.executable, "-m", "communique"]


def code_slice(corpus: Path, n: int, db: Path, tmp: Path) -> None:
    """The first `n` corpus articles that have a publication date, coded into `db`."""
    lines = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and json.loads(line).get("published"):
                lines.append(line.rstrip("\n"))
            if len(lines) >= n:
                break
    src = tmp / "slice.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run([*COMMUNIQUE, "code", str(src), "--db", str(db), "--format", "none"], check=True)


# One copy's date shifted by `k * stride` days, kept at its precision ("2006-12", "2006").
SHIFTED = """CASE
    WHEN date_precision = 'day' AND TRY_CAST(date AS DATE) IS NOT NULL
        THEN strftime(CAST(date AS DATE) + $shift, '%Y-%m-%d')
    WHEN date_precision = 'month' AND TRY_CAST(date || '-01' AS DATE) IS NOT NULL
        THEN strftime(CAST(date || '-01' AS DATE) + $shift, '%Y-%m')
    WHEN date_precision = 'year' AND TRY_CAST(date || '-01-01' AS DATE) IS NOT NULL
        THEN strftime(CAST(date || '-07-01' AS DATE) + $shift, '%Y')
    ELSE date END"""


def build(slice_db: Path, db: Path, size: int, stride: int) -> int:
    """A store of about `size` events made of shifted copies of the slice; the event count."""
    from communique.store import open_store

    with open_store(str(db)) as store:
        con = store.con
        con.execute(f"ATTACH '{slice_db}' AS src (READ_ONLY)")
        per_copy = con.execute("SELECT count(*) FROM src.events").fetchone()[0]
        copies = -(-size // per_copy)
        con.execute("CREATE TEMP TABLE k AS SELECT range AS k FROM range($n)", {"n": copies})
        con.execute("INSERT INTO articles SELECT a.* REPLACE (a.id || '~' || k.k AS id, "
                    "a.published + CAST(k.k * $s AS INTEGER) AS published) FROM src.articles a, k", {"s": stride})
        con.execute(f"INSERT INTO events SELECT e.* REPLACE (e.article_id || '~' || k.k AS article_id, "
                    f"e.id || '~' || k.k AS id, {SHIFTED.replace('$shift', 'CAST(k.k * $s AS INTEGER)')} AS date) "
                    "FROM src.events e, k", {"s": stride})
        con.execute("INSERT INTO places SELECT p.* REPLACE (p.article_id || '~' || k.k AS article_id) "
                    "FROM src.places p, k")
        con.execute("DETACH src")
        con.execute("CHECKPOINT")
        return con.execute("SELECT count(*) FROM events").fetchone()[0]


def cpu_seconds() -> float:
    """CPU time of this process, DuckDB's threads included: on a shared machine the wall clock
    also counts the time other jobs held the cores."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mib() -> float:
    """This process's RSS high-water mark (Linux reports it in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# link_all's statements by what they do, for --phases (the temporary tables score_all makes)
STATEMENT_PHASES = (("pairs", re.compile(r"TEMP TABLE _inc_pairs\b")),
                    ("scoring", re.compile(r"^INSERT INTO _inc_links\b")),
                    ("windows", re.compile(r"TEMP TABLE _inc_w(indow|blocks)\b")))


class Phases:
    """Wall and CPU seconds spent in each phase of link_all: its steps (functions of the module,
    wrapped) and, inside score_all, its statements (through a connection that times them)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.inner: list[str] = []  # the phases running now, innermost last

    def add(self, phase: str, wall: float, cpu: float) -> None:
        self.wall[phase] = self.wall.get(phase, 0.0) + wall
        self.cpu[phase] = self.cpu.get(phase, 0.0) + cpu
        for outer in self.inner[:-1]:  # an outer phase counts only what its inner ones did not
            self.wall[outer] = self.wall.get(outer, 0.0) - wall
            self.cpu[outer] = self.cpu.get(outer, 0.0) - cpu

    def timed(self, phase: str, fn):  # noqa: ANN001, ANN201
        @functools.wraps(fn)
        def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self.inner.append(phase)
            started, cpu_started = time.perf_counter(), cpu_seconds()
            try:
                return fn(*args, **kwargs)
            finally:
                self.add(phase, time.perf_counter() - started, cpu_seconds() - cpu_started)
                self.inner.pop()
        return run


class TimedConnection:
    """A DuckDB connection whose statements of STATEMENT_PHASES are timed into `phases`."""

    def __init__(self, con, phases: Phases) -> None:  # noqa: ANN001
        self.con, self.phases = con, phases

    def execute(self, sql: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        phase = next((name for name, pattern in STATEMENT_PHASES if pattern.search(sql.strip())), None)
        if phase is None:
            return self.con.execute(sql, *args, **kwargs)
        return self.phases.timed(phase, self.con.execute)(sql, *args, **kwargs)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.con, name)


def with_phases(phases: Phases) -> None:
    """Time the steps link_all calls (module globals, so wrapping them here is enough)."""
    from communique.store import incidents

    for phase, name in (("unlink", "unlink_all"), ("features+blocks", "refresh_features"), ("score_all", "score_all"),
                        ("components", "label_components"), ("grouping", "assigned_table"),
                        ("write", "write_incidents")):
        setattr(incidents, name, phases.timed(phase, getattr(incidents, name)))


def link(db: Path, memory_limit: str, threads: int, temp_dir: str, phases: bool = False) -> dict:
    """`link_all` on the store `db`, timed: what the child process reports."""
    from communique.store import incidents, open_store

    with open_store(str(db)) as store:
        store.con.execute(f"SET memory_limit = '{memory_limit}'")
        store.con.execute(f"SET threads = {int(threads)}")
        store.con.execute(f"SET temp_directory = '{temp_dir}'")
        store.con.execute("SET preserve_insertion_order = false")
        events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        # a full recompute, statement by statement: inside one transaction DuckDB has no
        # statistics on the rows it just wrote and plans the joins worse
        timer = Phases()
        con = store.con
        if phases:
            with_phases(timer)
            con = TimedConnection(store.con, timer)
        started, cpu_started = time.perf_counter(), cpu_seconds()
        incidents.link_all(con)
        took, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
        found, linked = store.con.execute(
            "SELECT count(*), count(*) FILTER (WHERE num_articles > 1) FROM incidents").fetchone()
    return {"events": events, "seconds": took, "cpu": cpu, "incidents": found, "linked": linked,
            "peak_mib": peak_mib(), "phases": {k: [timer.wall[k], timer.cpu[k]] for k in timer.wall}}


def in_child(*args: str) -> dict[str, float]:
    """Run this script's `--child` step in a process of its own; its measurements (one JSON line)."""
    done = subprocess.run([sys.executable, __file__, "--child", *args], check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/news.jsonl"))
    ap.add_argument("--articles", type=int, default=150, help="articles of the corpus to code for the slice")
    ap.add_argument("--slice-db", type=Path, default=None, help="keep the coded slice here (reused if it exists)")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--stride", type=int, default=2, help="days between one copy and the next")
    ap.add_argument("--memory-limit", default="1GB", help="DuckDB memory_limit (it spills to --temp-dir beyond)")
    ap.add_argument("--threads", type=int, default=2, help="DuckDB threads")
    ap.add_argument("--temp-dir", default=None, help="DuckDB temp_directory (default: beside the files)")
    ap.add_argument("--phases", action="store_true", help="also print the wall and CPU time of each phase")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)  # build DB SLICE SIZE | link DB: one step
    a = ap.parse_args()
    if a.child:
        step, db, *rest = a.child
        if step == "build":
            started = time.perf_counter()
            events = build(Path(rest[0]), Path(db), int(rest[1]), a.stride)
            result = {"events": events, "seconds": time.perf_counter() - started, "peak_mib": peak_mib()}
        else:
            result = link(Path(db), a.memory_limit, a.threads, a.temp_dir, a.phases)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        slice_db = a.slice_db or Path(tmp) / "slice.duckdb"
        if not slice_db.exists():
            code_slice(a.corpus, a.articles, slice_db, Path(tmp))
        previous: tuple[int, float] | None = None
        for size in (int(s) for s in a.sizes.split(",")):
            db = Path(tmp) / f"bench-{size}.duckdb"
            built = in_child("build", str(db), str(slice_db), str(size), "--stride", str(a.stride))
            r = in_child("link", str(db), "--memory-limit", a.memory_limit, "--threads", str(a.threads),
                         "--temp-dir", a.temp_dir or str(Path(tmp) / "spill"), *(["--phases"] if a.phases else []))
            events, took = int(r["events"]), r["seconds"]
            print(f"{events:>9,} events: linked in {took:7.1f} s ({events / took:,.0f} events/s), {r['cpu']:7.1f} s "
                  f"of CPU on all threads; {int(r['incidents']):,} incidents, {int(r['linked']):,} with several "
                  f"articles; peak RSS of the linking {r['peak_mib']:,.0f} MiB (of the store's build, a process "
                  f"of its own: {built['peak_mib']:,.0f} MiB)"
                  + (f"; x{events / previous[0]:.1f} events, x{took / previous[1]:.1f} time" if previous else ""),
                  flush=True)
            if a.phases:
                print("    " + "; ".join(f"{k} {w:.1f} s ({c:.1f} s CPU)" for k, (w, c) in r["phases"].items()),
                      flush=True)
            previous = (events, took)
            db.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
