"""Accuracy on the development gold sets, for `make eval`.

Codes the example article and each development set of ../shared/gold with `communique code
--format jsonl`, scores the output with ../shared/eval/score.py, and prints a summary table of
the headline figures (the full JSON reports are kept in eval-results/). Also runs the HTML
extraction benchmark. Needs ../shared: the package itself never reads it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
COMMUNIQUE = [sys.executable, "-m", "communique"]

# (name, input to code, scorer command, gold file, extra scorer args, figures to show)
RUNS = [
    ("article: embassy talks", "examples/embassy-talks-istanbul.md", "article",
     "examples/embassy-talks-istanbul.gold.json", [], []),
    ("timex: TempEval-3 train", "gold/timex_tempeval3_train.jsonl", "timex", "gold/timex_tempeval3_train.jsonl", [],
     ["span.f1", "value.precision", "value.recall", "value.f1"]),
    ("events: PLOVER GSR dev", "gold/plover_gsr_dev.jsonl", "events", "gold/plover_gsr_dev.jsonl", [],
     ["plover:type.f1", "plover:type+dyad.f1"]),
    ("events: ConfliBERT dev (penta)", "gold/events_confli_dev.jsonl", "penta", "gold/events_confli_dev.jsonl", [],
     ["penta.f1", "penta+args.f1", "penta+args.precision", "penta+args.recall"]),
    ("events: wire dev (whole articles)", "gold/events_wire_dev.jsonl", "events", "gold/events_wire_dev.jsonl", [],
     ["plover:type.f1", "plover:type+dyad.f1", "plover:type+dyad.precision", "plover:type+dyad.recall",
      "plover:date_accuracy_of_matched", "plover:date_compatible_accuracy_of_matched"]),
    ("quotes: PolNeAR dev (direct)", "gold/quotes_polnear_dev.jsonl", "quotes", "gold/quotes_polnear_dev.jsonl",
     ["--kind", "direct"], ["quote.f1", "quote+speaker.precision", "quote+speaker.recall", "quote+speaker.f1"]),
    ("quotes: PolNeAR dev (all)", "gold/quotes_polnear_dev.jsonl", "quotes", "gold/quotes_polnear_dev.jsonl", [],
     ["quote.f1", "quote+speaker.f1"]),
    ("places: GeoWebNews dev", "gold/geo_geowebnews_dev.jsonl", "places", "gold/geo_geowebnews_dev.jsonl", [],
     ["span.f1", "found_acc_at_161km", "acc_at_161km", "geonameid_accuracy", "country_accuracy"]),
    ("places: GeoVirus dev", "gold/geo_geovirus_dev.jsonl", "places", "gold/geo_geovirus_dev.jsonl", [],
     ["span.f1", "found_acc_at_161km", "acc_at_161km", "geonameid_accuracy", "country_accuracy"]),
    ("places: GeoWebNews dev (all roles)", "gold/geo_geowebnews_dev.jsonl", "places", "gold/geo_geowebnews_dev.jsonl",
     ["--all-roles"], ["span.precision", "span.recall", "span.f1", "found_acc_at_161km", "acc_at_161km",
                       "geonameid_accuracy", "country_accuracy"]),
    ("places: GeoVirus dev (all roles)", "gold/geo_geovirus_dev.jsonl", "places", "gold/geo_geovirus_dev.jsonl",
     ["--all-roles"], ["span.precision", "span.recall", "span.f1", "found_acc_at_161km", "acc_at_161km",
                       "geonameid_accuracy", "country_accuracy"]),
]


def pick(report: dict, dotted: str) -> object:
    """A figure by dotted key; the scorer's own keys may hold a dot-free colon ('plover:type')."""
    value: object = report
    for key in dotted.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


# Against fitting to single records: every gold set is also scored on two halves split by a hash of
# the record id, so that error classes can be found on one half and checked on the other.
HALVES = ("A", "B")


def half_of(record_id: object) -> str:
    return HALVES[hashlib.sha1(str(record_id).encode("utf-8")).digest()[0] % 2]


def split_gold(gold: Path, into: Path) -> dict[str, Path]:
    """The gold JSONL file's records in two files by `half_of` their id (a .json gold is not split)."""
    if gold.suffix != ".jsonl":
        return {}
    lines: dict[str, list[str]] = {h: [] for h in HALVES}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            lines[half_of(json.loads(line).get("id"))].append(line)
    paths = {}
    for half, rows in lines.items():
        paths[half] = into / f"{gold.stem}.half-{half}.jsonl"
        paths[half].write_text("\n".join(rows) + "\n", encoding="utf-8")
    return paths


def flatten_figures(report: dict, prefix: str = "") -> dict[str, object]:
    """Every f1/accuracy-like number of a report, by dotted key (for reports we show whole)."""
    figures: dict[str, object] = {}
    for key, value in report.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            figures.update(flatten_figures(value, f"{name}."))
        elif isinstance(value, float) and ("f1" in key or "acc" in key):
            figures[name] = value
    return figures


def code(source: Path, output: Path) -> None:
    with output.open("w", encoding="utf-8") as out:
        subprocess.run([*COMMUNIQUE, "code", str(source), "--format", "jsonl", "--no-store"], stdout=out,
                       check=False, cwd=ROOT)


def score(shared: Path, what: str, gold: Path, output: Path, extra: list[str]) -> dict:
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), what, str(gold), str(output), *extra,
                             "--details"], capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--only", help="run only the evaluations whose name contains this")
    parser.add_argument("--halves", action="store_true", help="also score each gold set's halves A and B (split by id)")
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    if not (shared / "eval" / "score.py").is_file():
        sys.exit(f"eval: {shared}/eval/score.py not found; `make eval` needs the shared development data")
    results = ROOT / "eval-results"
    results.mkdir(exist_ok=True)
    console = Console(width=140)
    summary = Table(title="Development-set accuracy (../shared/eval/score.py)", header_style="bold")
    summary.add_column("evaluation")
    summary.add_column("figures")
    coded: dict[str, Path] = {}
    for name, source, what, gold, extra, keys in RUNS:
        if args.only and args.only not in name:
            continue
        source_path = shared / source if not source.startswith("examples/") else ROOT / source
        if source not in coded:
            console.print(f"coding {source} ...")
            coded[source] = results / (Path(source).stem + ".out.jsonl")
            code(source_path, coded[source])
        slug = name.split(":")[0] + "-" + Path(gold).stem + ("-direct" if extra else "")
        golds = {"": shared / gold}
        if args.halves:
            golds |= {f" half {h}": path for h, path in split_gold(shared / gold, results).items()}
        for label, gold_path in golds.items():
            report = score(shared, what, gold_path, coded[source], extra)
            suffix = label.replace(" ", "-")
            (results / f"{slug}{suffix}.score.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
            figures = {k: pick(report, k) for k in keys} if keys else flatten_figures(
                {k: v for k, v in report.items() if k != "misses"})
            summary.add_row(name + label, "  ".join(f"{k}={v}" for k, v in figures.items()))
    console.print(summary)
    html = subprocess.run([sys.executable, str(ROOT / "scripts" / "html_benchmark.py"), "--bench",
                           str(shared / "gold" / "html")], capture_output=True, text=True, check=True)
    console.print("HTML main-text extraction (181 pages):", json.loads(html.stdout))
    console.print(f"full reports in {results}/")


if __name__ == "__main__":
    main()
