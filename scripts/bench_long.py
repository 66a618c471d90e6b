"""How each stage's cost grows with article length: CPU seconds per stage at 50k to 400k characters.

    python scripts/bench_long.py                      # the table (one child process per length)
    python scripts/bench_long.py --save before.json   # ... and keep the figures
    python scripts/bench_long.py --against before.json  # ... next to figures saved earlier
    python scripts/bench_long.py --profile 200000 --stage quotes  # cProfile of one stage

Each length is one article made of corpus texts joined by paragraph breaks (as `bench.py --long`),
parsed and coded in a fresh child process (with the model and tables loaded and frozen out of the
garbage collector's sight, as `communique code` loads them), so that each child's peak resident
memory (getrusage maxrss) is that length's alone. Times are CPU seconds of the process (time.process_time), which a
machine loaded by other work disturbs less than the wall clock; a stage that grows linearly
costs 8x at 400k what it costs at 50k.

This is a report, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench import stage_seconds  # scripts/ is on the path when a script runs

DEFAULT_CORPUS = str(Path(__file__).parents[1] / "../shared/corpus/news.jsonl")
SIZES = (50_000, 100_000, 200_000, 400_000)


def measure(corpus: str, chars: int, profile_stage: str | None = None) -> dict[str, float]:
    """In this process: CPU seconds of the parse and of each stage for one article of `chars`.
    The model and tables are loaded first as `communique code` loads them (bench.stage_seconds
    calls pipeline.load, which also moves them out of the garbage collector's sight): unfrozen,
    every full collection during a stage walks the whole model, which doubled the actors stage
    on a long article."""
    seconds = stage_seconds(corpus, chars, time.process_time, profile_stage)
    seconds["stages (sum)"] = sum(v for k, v in seconds.items() if k != "parse")
    seconds["peak MiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return seconds


def table(figures: dict[int, dict[str, float]], before: dict[int, dict[str, float]] | None) -> str:
    sizes = sorted(figures)
    rows = [["part", *(f"{s // 1000}k" for s in sizes), f"growth x{sizes[-1] // sizes[0]}"]]
    if before:
        rows[0] += [f"before {s // 1000}k" for s in sizes] + ["growth before"]
    for part in figures[sizes[0]]:
        values = [figures[s][part] for s in sizes]
        row = [part, *(fmt(part, v) for v in values), growth(values)]
        if before:
            old = [before[s][part] if part in before.get(s, {}) else float("nan") for s in sizes]
            row += [fmt(part, v) for v in old] + [growth(old)]
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(r, widths, strict=True))) for r in rows)


def fmt(part: str, value: float) -> str:
    return f"{value:.0f}" if part == "peak MiB" else f"{value:.3f}"


def growth(values: list[float]) -> str:
    return f"{values[-1] / values[0]:.1f}" if values[0] else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="article lengths, comma-separated")
    parser.add_argument("--save", help="write the figures to this JSON file")
    parser.add_argument("--against", help="show figures saved earlier beside these")
    parser.add_argument("--profile", type=int, metavar="CHARS", help="only this length, in this process, profiled")
    parser.add_argument("--stage", help="with --profile: the stages to profile, comma-separated (cProfile to stderr)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child or args.profile:
        print(json.dumps(measure(args.corpus, args.child or args.profile, args.stage)))
        return
    if not Path(args.corpus).is_file():
        sys.exit(f"bench_long: corpus {args.corpus} not found (pass --corpus PATH)")
    figures: dict[int, dict[str, float]] = {}
    for chars in (int(s) for s in args.sizes.split(",")):
        child = subprocess.run([sys.executable, __file__, "--corpus", args.corpus, "--child", str(chars)],
                               check=True, capture_output=True, text=True)
        figures[chars] = json.loads(child.stdout)
        print(f"{chars:>7} chars: " + ", ".join(f"{k} {v:.2f}" for k, v in figures[chars].items()), flush=True)
    before = None
    if args.against:
        before = {int(k): v for k, v in json.loads(Path(args.against).read_text()).items()}
    print(table(figures, before))
    if args.save:
        Path(args.save).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
