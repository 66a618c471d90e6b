"""Speed report for `make bench`: what a user waits for, next to bare spaCy, in the same run.

Times whole processes (wall clock, and the peak resident memory of the largest process of each
run, from wait4): bare `spacy.load` + `nlp.pipe(texts, batch_size=16)` over the sample's texts,
and `communique code SAMPLE --db FILE --format jsonl` (store and output included) with 1 and 2
workers. Each configuration runs `--repeat` times, interleaved, so that a busy machine slows
them alike; ratios are taken within a round. The one-worker run is broken down by the CLI's
own timers (COMMUNIQUE_TIMINGS, see communique/timings.py) into parts that add up to its wall
time. Then the start-up of `--help` and of a query command. With `--long`, one ~200,000-character
article (corpus texts joined) is timed the same way, and each stage's CPU time is measured on
articles of 50k to 400k characters to show which grow faster than linearly. With `--stage-cpu
PASSES`, only the CPU seconds of parse and of each stage over the sample in one process (a busy
machine inflates wall time far more than CPU time: compare before and after with this); `--warm
N` codes N other articles first, so that the stages' per-process memos are full as in a long run.

This is a report, not a test: nothing here asserts a speed. The sample is written to a
temporary directory and removed afterwards.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from rich.console import Console
from rich.table import Table

BIN = Path(sys.executable).parent
COMMUNIQUE = str(BIN / "communique")
TIMINGS_PREFIX = "communique-timings "

# The bare reference: what a user with only spaCy would run over the same texts.
BARE = """
import json, sys
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def run(command: list[str], *, env: dict[str, str] | None = None, stdout: str = os.devnull) -> dict:
    """Wall seconds, peak RSS (MiB, largest process of the tree) and stderr of one process."""
    with open(stdout, "w") as out, tempfile.TemporaryFile("w+") as err:
        started = time.time()
        process = subprocess.Popen(command, stdout=out, stderr=err, env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.time() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "stderr": stderr, "started": started,
            "ended": started + wall}


def timings(result: dict) -> dict[str, float]:
    """The CLI's parts for one run, plus what came after its report (exit) and what no timer saw."""
    line = next(ln for ln in result["stderr"].splitlines() if ln.startswith(TIMINGS_PREFIX))
    data = json.loads(line[len(TIMINGS_PREFIX):])
    parts = dict(data["seconds"])
    parts["exit (after the last timer)"] = result["ended"] - data["reported_at"]
    parts["other (untimed)"] = result["wall"] - sum(parts.values())
    return parts


def bare(sample: Path, model: str) -> dict:
    return run([sys.executable, "-c", BARE, str(sample), model])


def code(sample: Path, workers: int, tmp: Path, *, timed: bool = False) -> dict:
    db = tmp / f"bench-{workers}-{time.time_ns()}.duckdb"
    env = {"COMMUNIQUE_TIMINGS": repr(time.time())} if timed else {}
    result = run([COMMUNIQUE, "code", str(sample), "--db", str(db), "--format", "jsonl", "--workers", str(workers)],
                 env=env, stdout=str(tmp / "coded.jsonl"))
    result["db"] = str(db)
    return result


def write_sample(corpus: str, size: int, path: Path) -> tuple[int, int]:
    """The first `size` lines of the corpus, as they are; (articles, words) of their texts."""
    with open(corpus, encoding="utf-8") as source:
        lines = list(islice(source, size))
    path.write_text("".join(lines), encoding="utf-8")
    texts = [json.loads(line)["text"] for line in lines]
    return len(texts), sum(len(t.split()) for t in texts)


def long_text(corpus: str, chars: int) -> str:
    """Corpus texts joined by paragraph breaks up to about `chars` characters."""
    texts: list[str] = []
    with open(corpus, encoding="utf-8") as source:
        for line in source:
            texts.append(json.loads(line)["text"])
            if sum(map(len, texts)) + 2 * len(texts) >= chars:
                break
    return "\n\n".join(texts)[:chars]


def stage_seconds(corpus: str, chars: int, clock: Callable[[], float] = time.perf_counter,
                  profile: str | None = None) -> dict:
    """In this process: seconds by `clock` to parse one article of `chars` characters and for
    each stage; the stages named in `profile` (comma-separated) are profiled onto stderr. The
    model and tables are loaded here once, as `communique code` loads them (pipeline.load, which
    also freezes them out of the collector's sight): callers must not load them first."""
    from communique.model import Article, CodedArticle
    from communique.pipeline import load, parse, prepared_nlp, selected_stages, stage_context

    load(None)
    nlp = prepared_nlp(None)  # the same cache key as load's: `prepared_nlp()` is another
    article = Article(id=f"long-{chars}", text=long_text(corpus, chars), published="2025-01-06")
    started = clock()
    (doc,) = parse([article.text], nlp)
    seconds = {"parse": clock() - started}
    coded = CodedArticle(article=article)
    context = stage_context()
    for stage in selected_stages():
        profiler = cProfile.Profile() if stage.name in (profile or "").split(",") else None
        if profiler is not None:
            profiler.enable()
        started = clock()
        setattr(coded, stage.assigns, list(stage.extract(doc, coded, context)))
        seconds[stage.name] = clock() - started
        if profiler is not None:
            profiler.disable()
            print(f"==== {stage.name}", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return seconds


def stage_cpu(corpus: str, articles: int, rounds: int, warm: int = 0) -> dict[str, list[float]]:
    """In this process: CPU seconds (`time.process_time`, which a busy machine inflates far less
    than wall time) to parse the first `articles` articles, and of each stage over them, for
    each of `rounds` passes. Every pass codes fresh copies of the parsed Docs (made from their
    DocBin bytes, untimed), so that what the stages keep on a Doc (docfacts) is worked out in
    every pass and only what they keep per process carries over: the first pass pays the
    stages' first-use costs, as a `communique code` run does, and the later ones show what is
    left without them. With `warm`, the `warm` articles after the sample are parsed and coded
    first, untimed: pass 1 is then the cost in a long run, where the per-process memos are full."""
    from spacy.tokens import DocBin

    from communique.model import CodedArticle
    from communique.pipeline import load, parse, prepared_nlp, selected_stages, stage_context
    from communique.read.jsonl import parse_line

    with open(corpus, "rb") as source:
        lines = list(islice(source, articles + warm))
    found = [parse_line(f"{corpus}:{i + 1}", line, max_chars=10**9) for i, line in enumerate(lines)]
    found, warming = found[:articles], found[articles:]
    load(None)
    nlp = prepared_nlp(None)
    context = stage_context()
    if warming:
        for doc, article in zip(parse([a.text for a in warming], nlp), warming, strict=True):
            one = CodedArticle(article=article)
            for stage in selected_stages():
                setattr(one, stage.assigns, list(stage.extract(doc, one, context)))
    started = time.process_time()
    docs = parse([a.text for a in found], nlp)
    seconds: dict[str, list[float]] = {"parse": [time.process_time() - started]}
    parsed = DocBin(store_user_data=False, docs=docs).to_bytes()
    del docs
    for _ in range(rounds):
        fresh = list(DocBin().from_bytes(parsed).get_docs(nlp.vocab))
        coded = [CodedArticle(article=a) for a in found]
        for stage in selected_stages():
            started = time.process_time()
            for doc, one in zip(fresh, coded, strict=True):
                setattr(one, stage.assigns, list(stage.extract(doc, one, context)))
            seconds.setdefault(stage.name, []).append(time.process_time() - started)
    return seconds


def stage_cpu_table(seconds: dict[str, list[float]], articles: int) -> Table:
    rounds = len(next(v for k, v in seconds.items() if k != "parse"))
    table = Table(title=f"CPU seconds in one process, {articles} articles (stages: pass 1 .. {rounds})",
                  header_style="bold")
    table.add_column("part")
    for i in range(rounds):
        table.add_column(f"pass {i + 1}", justify="right")
        table.add_column("of parse", justify="right")
    parse_s = seconds["parse"][0]
    table.add_row("parse", f"{parse_s:.2f}", *([""] * (2 * rounds - 1)))
    stages = {k: v for k, v in seconds.items() if k != "parse"}
    for name, values in [*stages.items(), ("stages", [sum(v[i] for v in stages.values()) for i in range(rounds)])]:
        table.add_row(name, *(cell for v in values for cell in (f"{v:.2f}", f"{100 * v / parse_s:.1f} %")))
    return table


def throughput_table(rounds: list[dict], articles: int, words: int, workers: list[int]) -> Table:
    table = Table(title=f"Whole processes, {articles} articles, {words:,} words (best of {len(rounds)})",
                  header_style="bold")
    for column in ("run", "wall s", "cpu s", "words/s", "ratio to bare (each round)", "cpu ratio", "peak MiB"):
        table.add_column(column, justify="left" if column == "run" else "right")
    names = ["bare spaCy"] + [f"communique code, {n} worker(s)" for n in workers]
    for name in names:
        walls = [r[name]["wall"] for r in rounds]
        ratios = [r["bare spaCy"]["wall"] / r[name]["wall"] for r in rounds]
        cpus = [r[name]["cpu"] for r in rounds]
        cpu_ratios = [r["bare spaCy"]["cpu"] / r[name]["cpu"] for r in rounds]
        table.add_row(name, f"{min(walls):.1f}", f"{min(cpus):.1f}", f"{words / min(walls):,.0f}",
                      " ".join(f"{x:.2f}" for x in ratios), " ".join(f"{x:.2f}" for x in cpu_ratios),
                      f"{max(r[name]['peak_mb'] for r in rounds):.0f}")
    return table


def breakdown_table(parts: dict[str, float], wall: float) -> Table:
    table = Table(title="One worker, where the wall time goes (CLI timers)", header_style="bold")
    for column in ("part", "seconds", "share"):
        table.add_column(column, justify="left" if column == "part" else "right")
    for part, seconds in parts.items():
        table.add_row(part, f"{seconds:.2f}", f"{100 * seconds / wall:.1f} %")
    table.add_row("total = wall", f"{sum(parts.values()):.2f}", "100 %")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(Path(__file__).parents[1] / "../shared/corpus/news.jsonl"))
    parser.add_argument("--articles", type=int, default=400,
                        help="articles in the sample (the first N lines); 0 to time only --long")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of every configuration")
    parser.add_argument("--workers", default="1,2", help="worker counts to time, comma-separated")
    parser.add_argument("--long", action="store_true", help="also a ~200k-character article and 50k-400k scaling")
    parser.add_argument("--stage-seconds", type=int, help=argparse.SUPPRESS)  # child mode of --long
    parser.add_argument("--stage-cpu", type=int, metavar="PASSES",
                        help="only: CPU seconds of parse and of each stage over the sample, in one process, "
                             "the stages run PASSES times over fresh copies of the same Docs (for before/after "
                             "on a busy machine)")
    parser.add_argument("--warm", type=int, default=0, metavar="N",
                        help="with --stage-cpu: first code the N articles after the sample, untimed, so that "
                             "pass 1 shows a long run's cost (the per-process memos full)")
    args = parser.parse_args()
    if args.stage_cpu:
        Console(width=130).print(f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        seconds = stage_cpu(args.corpus, args.articles, args.stage_cpu, args.warm)
        Console(width=130).print(stage_cpu_table(seconds, args.articles))
        return
    if args.stage_seconds:
        # CPU seconds, with the model and tables loaded and frozen as `communique code` loads them
        # (stage_seconds does, as for scripts/bench_long.py): wall seconds on a busy machine made a
        # stage look 20-30x dearer at 400k than at 50k, and an unfrozen model doubled the actors stage
        print(json.dumps(stage_seconds(args.corpus, args.stage_seconds, time.process_time)))
        return
    if not Path(args.corpus).is_file():
        sys.exit(f"bench: corpus {args.corpus} not found (pass --corpus PATH to a JSONL file of articles)")
    from communique.nlp import model_name

    model = model_name(None)
    workers = [int(n) for n in args.workers.split(",")]
    console = Console(width=130)
    console.print(f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: "
                  "compare ratios within a run, not seconds across runs")
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp_name:
        tmp = Path(tmp_name)
        sample = tmp / "sample.jsonl"
        articles, words = write_sample(args.corpus, args.articles, sample)
        rounds = []
        for i in range(args.repeat if articles else 0):  # --articles 0: only --long
            console.print(f"round {i + 1}/{args.repeat} ...")
            results = {"bare spaCy": bare(sample, model)}
            for n in workers:
                results[f"communique code, {n} worker(s)"] = code(sample, n, tmp, timed=n == 1)
            rounds.append(results)
        if rounds:
            console.print(throughput_table(rounds, articles, words, workers))
        if rounds and 1 in workers:
            best = min((r["communique code, 1 worker(s)"] for r in rounds), key=lambda r: r["wall"])
            console.print(breakdown_table(timings(best), best["wall"]))
            startup(console, best["db"])
        if args.long:
            long_article(console, args.corpus, tmp, model)


def startup(console: Console, db: str) -> None:
    table = Table(title="Start-up (seconds, two runs each)", header_style="bold")
    table.add_column("command")
    table.add_column("wall s", justify="right")
    commands = {"python -c pass": [sys.executable, "-c", "pass"], "communique --help": [COMMUNIQUE, "--help"],
                "communique events": [COMMUNIQUE, "events", "--db", db],
                "communique articles": [COMMUNIQUE, "articles", "--db", db, "--limit", "5"],
                "communique quotes": [COMMUNIQUE, "quotes", "--db", db, "--limit", "5"]}
    for name, command in commands.items():
        table.add_row(name, " ".join(f"{run(command)['wall']:.2f}" for _ in range(2)))
    console.print(table)


def long_article(console: Console, corpus: str, tmp: Path, model: str) -> None:
    text = long_text(corpus, 200_000)
    sample = tmp / "long.jsonl"
    sample.write_text(json.dumps({"id": "long-200k", "published": "2025-01-06", "text": text}) + "\n",
                      encoding="utf-8")
    table = Table(title=f"One article of {len(text):,} characters, {len(text.split()):,} words", header_style="bold")
    for column in ("run", "wall s", "cpu s", "peak MiB"):
        table.add_column(column, justify="left" if column == "run" else "right")
    reference = bare(sample, model)
    ours = code(sample, 1, tmp)
    for name, result in (("bare spaCy", reference), ("communique code, 1 worker", ours)):
        table.add_row(name, f"{result['wall']:.1f}", f"{result['cpu']:.1f}", f"{result['peak_mb']:.0f}")
    console.print(table)
    sizes = (50_000, 100_000, 200_000, 400_000)
    scaling = {}
    for chars in sizes:
        child = run([sys.executable, __file__, "--corpus", corpus, "--stage-seconds", str(chars)],
                    stdout=str(tmp / "scaling.json"))
        scaling[chars] = {**json.loads((tmp / "scaling.json").read_text()), "peak MiB": child["peak_mb"]}
    table = Table(title="CPU seconds per stage by article length (growth 50k->400k: 8.0 is linear)",
                  header_style="bold")
    table.add_column("part")
    for chars in sizes:
        table.add_column(f"{chars // 1000}k", justify="right")
    table.add_column("growth", justify="right")
    for part in scaling[sizes[0]]:
        values = [scaling[c][part] for c in sizes]
        growth = values[-1] / values[0] if values[0] else float("nan")
        table.add_row(part, *(f"{v:.2f}" if part != "peak MiB" else f"{v:.0f}" for v in values), f"{growth:.1f}")
    console.print(table)


if __name__ == "__main__":
    main()
