"""Speed of `communique serve` on a large store (not a test): p50/p95 of the timeline, the dyads
and a filtered events page, over HTTP against a real uvicorn process.

The store: the first --articles articles of the corpus coded by `communique code`, then their
events (and articles, without their text) replicated into copies with their own ids until the
events table holds --events rows; each copy's day-precise dates move by a few days so that the
timeline spreads. Building copies is the benchmark's own business, so it writes SQL to DuckDB
here; the server reads the file only through the Store protocol.

    python scripts/bench_web.py --corpus ../shared/corpus/news.jsonl --events 1000000

Prints wall times seen by the client, and the server process's CPU time (the machine may be
shared: wall time under load says little alone).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

import duckdb

REQUESTS = {
    "timeline (month, by QuadClass)": "/api/timeline?interval=month&by=quad_class",
    "timeline (week, by type, actor=USA)": "/api/timeline?interval=week&by=event_type&actor=USA",
    "dyads (country level)": "/api/dyads?level=country&limit=150",
    "events page (actor=RUS, since 1998, 50 rows)": "/api/events?actor=RUS&since=1998-01-01&limit=50",
    "events page (type=CONSULT, page 3)": "/api/events?type=CONSULT&limit=50&cursor=bzoxMDA",
    "map locations": "/api/locations?limit=500",
}


def code_sample(corpus: Path, articles: int, db: Path) -> None:
    sample = db.with_suffix(".sample.jsonl")
    with corpus.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= articles:
                break
            out.write(line)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "communique", "code", str(sample), "--db", str(db), "--format", "none"],
                   check=True)
    print(f"coded {articles} articles in {time.perf_counter() - started:.0f} s")


def replicate(db: Path, events: int) -> int:
    """Copies of the coded events and their articles until `events` rows; the rows reached."""
    con = duckdb.connect(str(db))
    base = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
    copies = max(0, -(-events // base) - 1)
    started = time.perf_counter()
    con.execute("CREATE TEMP TABLE copies AS SELECT range AS n FROM range(1, ?)", [copies + 1])
    con.execute("BEGIN")
    con.execute("""
        INSERT INTO articles (id, path, url, title, published, outlet, byline, credits, language, text, record)
        SELECT a.id || '~' || c.n, a.path, a.url, a.title, a.published + CAST(c.n % 700 AS INTEGER), a.outlet,
               a.byline, a.credits, a.language, '', '{}'
        FROM articles a, copies c""")
    con.execute("""
        INSERT INTO events
        SELECT e.article_id || '~' || c.n, e.idx, e.id || '~' || c.n, e.event_type, e.mode, e.cameo, e.quad_class,
               e.goldstein, e.actor, e.recipient,
               CASE WHEN e.date_precision = 'day' AND TRY_CAST(e.date AS DATE) IS NOT NULL
                    THEN strftime(CAST(e.date AS DATE) + CAST(c.n % 700 AS INTEGER), '%Y-%m-%d') ELSE e.date END,
               e.date_precision, e.status, e.location, e.country, e.lat, e.lon, e.sentence, e.start, e."end",
               e.evidence, e.trigger, e.rule, e.confidence, '{}'
        FROM events e, copies c""")
    con.execute("COMMIT")
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
    con.execute("CHECKPOINT")
    con.close()
    print(f"replicated {base} events x {copies + 1} = {total} rows in {time.perf_counter() - started:.0f} s")
    return int(total)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(db: Path, repeats: int) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(db), "--port", str(port),
                               "--query-seconds", "60"])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urlopen(base + "/openapi.json", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        print(f"{'request':48} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'server CPU ms/req':>18}  rows")
        for name, path in REQUESTS.items():
            json.loads(urlopen(base + path).read())  # warm: the file's pages in the OS cache
            walls = []
            cpu_before = cpu_seconds(server.pid)
            for _ in range(repeats):
                started = time.perf_counter()
                body = json.loads(urlopen(base + path).read())
                walls.append((time.perf_counter() - started) * 1000)
            cpu = (cpu_seconds(server.pid) - cpu_before) * 1000 / repeats
            walls.sort()
            p95 = walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))]
            print(f"{name:48} {statistics.median(walls):8.1f} {p95:8.1f} {walls[-1]:8.1f} {cpu:18.1f}  "
                  f"{len(body['items'])}")
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/news.jsonl"))
    parser.add_argument("--articles", type=int, default=300, help="corpus articles to code")
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the store")
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--db", type=Path, help="reuse (or keep) this store instead of a temporary one")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="communique-bench-web-")
    db = args.db or Path(folder) / "bench.duckdb"
    if not db.exists():
        code_sample(args.corpus, args.articles, db)
        replicate(db, args.events)
    con = duckdb.connect(str(db), read_only=True)
    counts = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)").fetchone()
    con.close()
    print(f"store: {db} ({db.stat().st_size / 1e6:.0f} MB), {counts[0]} events, {counts[1]} articles; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    measure(db, args.repeats)


if __name__ == "__main__":
    main()
