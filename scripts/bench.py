"""Speed report for `make bench`: the whole pipeline next to bare spaCy parsing, 1 and 2 workers.

Codes a fixed sample of a JSONL corpus (default: the first 400 articles of
../shared/corpus/news.jsonl) and prints, for each configuration, articles/s, words/s, the ratio
to bare `nlp.pipe` over the same texts, and peak memory; then each stage's share of the time.
Each configuration runs in a fresh process so that its peak memory is its own. This is a
report, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

from rich.console import Console
from rich.table import Table


def load_sample(corpus: str, size: int) -> list:
    from communique.model import Article
    from communique.read import read_articles

    return [a for a in islice(read_articles([corpus]), size) if isinstance(a, Article)]


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # Linux reports KiB; children: the largest child


def measure(mode: str, workers: int, corpus: str, size: int) -> dict:
    """One configuration, in this process: seconds for `size` articles."""
    from communique.pipeline import code_articles, prepared_nlp, warm_up

    articles = load_sample(corpus, size)
    t0 = time.perf_counter()
    nlp = prepared_nlp()
    t1 = time.perf_counter()
    warm_up()  # load the stages' tables before timing: a one-off cost per process
    load = {"model_seconds": t1 - t0, "tables_seconds": time.perf_counter() - t1}
    started = time.perf_counter()
    if mode == "spacy":
        for _ in nlp.pipe((a.text for a in articles), batch_size=16, n_process=workers):
            pass
    else:
        for _ in code_articles(articles, workers=workers, batch_size=16):
            pass
    seconds = time.perf_counter() - started
    words = sum(len(a.text.split()) for a in articles)
    return {"mode": mode, "workers": workers, "articles": len(articles), "words": words, "seconds": seconds,
            "peak_mb": peak_mb(), **load}


def stage_shares(corpus: str, size: int) -> list[dict]:
    """Seconds spent in parsing and in each stage, one process, over the sample."""
    from communique.model import CodedArticle
    from communique.pipeline import prepared_nlp, selected_stages, stage_context, warm_up

    articles = load_sample(corpus, size)
    nlp = prepared_nlp()
    warm_up()
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    parse_seconds = time.perf_counter() - started
    seconds = {stage.name: 0.0 for stage in selected_stages()}
    context = stage_context()
    for doc, article in zip(docs, articles, strict=True):
        coded = CodedArticle(article=article)
        for stage in selected_stages():
            t0 = time.perf_counter()
            setattr(coded, stage.assigns, list(stage.extract(doc, coded, context)))
            seconds[stage.name] += time.perf_counter() - t0
    rows = [{"part": "spaCy parse (nlp.pipe)", "seconds": parse_seconds, "share": 1.0}]
    rows += [{"part": f"stage {name}", "seconds": s, "share": s / parse_seconds} for name, s in seconds.items()]
    return rows


def run_in_subprocess(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(Path(__file__).parents[1] / "../shared/corpus/news.jsonl"))
    parser.add_argument("--size", type=int, default=400, help="articles in the sample (the first N)")
    parser.add_argument("--one", nargs=2, metavar=("MODE", "WORKERS"), help=argparse.SUPPRESS)
    parser.add_argument("--stages", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]), args.corpus, args.size)))
        return
    if args.stages:
        print(json.dumps(stage_shares(args.corpus, args.size)))
        return
    if not Path(args.corpus).is_file():
        sys.exit(f"bench: corpus {args.corpus} not found (pass --corpus PATH to a JSONL file of articles)")
    console = Console(width=120)
    console.print(f"sample: first {args.size} articles of {args.corpus}")
    results = {}
    for workers in (1, 2):
        for mode in ("spacy", "pipeline"):
            console.print(f"  measuring {mode}, {workers} worker(s) ...")
            results[mode, workers] = run_in_subprocess(["--one", mode, str(workers), "--corpus", args.corpus,
                                                        "--size", str(args.size)])
    table = Table(title="Throughput", header_style="bold")
    for column in ("run", "workers", "articles", "seconds", "articles/s", "words/s", "time vs bare spaCy",
                   "peak MB"):
        table.add_column(column, justify="right" if column != "run" else "left")
    for (mode, workers), r in results.items():
        base = results["spacy", workers]["seconds"]
        table.add_row("bare nlp.pipe" if mode == "spacy" else "communique pipeline", str(workers),
                      str(r["articles"]), f"{r['seconds']:.1f}", f"{r['articles'] / r['seconds']:.1f}",
                      f"{r['words'] / r['seconds']:,.0f}", f"{r['seconds'] / base:.2f}x", f"{r['peak_mb']:.0f}")
    console.print(table)
    first = results["pipeline", 1]
    console.print(f"start-up, once per process: spaCy model {first['model_seconds']:.1f} s, "
                  f"stage tables (gazetteer, actor KB, lexicons) {first['tables_seconds']:.1f} s")
    shares = json.loads(subprocess.run([sys.executable, __file__, "--stages", "--corpus", args.corpus, "--size",
                                        str(args.size)], check=True, capture_output=True,
                                       text=True).stdout.strip().splitlines()[-1])
    stage_table = Table(title="Time by stage (1 process)", header_style="bold")
    for column in ("part", "seconds", "share of parse time"):
        stage_table.add_column(column, justify="right" if column != "part" else "left")
    for row in shares:
        stage_table.add_row(row["part"], f"{row['seconds']:.2f}", f"{100 * row['share']:.1f} %")
    console.print(stage_table)


if __name__ == "__main__":
    main()
