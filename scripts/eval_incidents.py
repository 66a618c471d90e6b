"""Cross-article incidents on the development gold (not a test): code, export, score.

Takes the `articles` of ../shared/gold/incidents_dev.json from ../shared/corpus/news.jsonl,
codes them with `communique code` into a temporary DuckDB file, exports it with `communique
export --format jsonl` (each event carrying `incident`) and runs `score.py incidents` on it.
`--db FILE --reuse` keeps the coded file between runs and only re-links it (coding is the slow
part); `--no-link` scores the store with every incident dropped (the baseline); `--halves`
adds recall_of_found on the odd and the even gold incident ids apart (classes of errors are
looked for on one half, the other tells whether a fix generalises); `--naive` scores the naive
baseline instead: every event's incident is its PLOVER type and pair of countries.
Needs ../shared: the package itself never reads it.

    .venv/bin/python scripts/eval_incidents.py [--shared ../shared] [--db /tmp/inc.duckdb --reuse]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

COMMUNIQUE = [sys.executable, "-m", "communique"]


def gold_articles(shared: Path) -> list[str]:
    gold = json.loads((shared / "gold" / "incidents_dev.json").read_text(encoding="utf-8"))
    return [str(a) for a in gold["articles"]]


def corpus_lines(shared: Path, ids: set[str]) -> list[str]:
    """The corpus records whose id is one of `ids`, as JSONL lines."""
    lines = []
    with (shared / "corpus" / "news.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and str(json.loads(line).get("id")) in ids:
                lines.append(line.rstrip("\n"))
    return lines


def relink(db: Path, *, drop: bool) -> None:
    """Recompute every incident of the store (or drop them all, for the baseline)."""
    from communique.store import open_store
    from communique.store.incidents import link_all, unlink_all

    with open_store(str(db)) as store:
        if drop:
            unlink_all(store.con)
        else:
            link_all(store.con)


def naive_incidents(export: Path) -> None:
    """Rewrite the export so that each linked event's incident is its type and country pair."""
    records = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in records:
        for e in record["events"]:
            if e.get("incident") is not None:
                sides = sorted("+".join(sorted({p.get("code") or "" for p in e[k]})) for k in ("actor", "recipient"))
                e["incident"] = f"{e['event_type']}|{'|'.join(sides)}"
    export.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def print_halves(shared: Path, export: Path) -> None:
    """recall_of_found over the odd and the even gold incident ids, by the scorer's own matching."""
    sys.path.insert(0, str(shared / "eval"))
    import score  # type: ignore[import-not-found]  # ../shared/eval/score.py

    gold = json.loads((shared / "gold" / "incidents_dev.json").read_text(encoding="utf-8"))
    out = score.by_id(score.load_jsonl(str(export)))
    tally = {"odd": [0, 0], "even": [0, 0]}
    for inc in gold["incidents"]:
        g = {**inc, "actor": inc.get("actor") or [], "recipient": inc.get("recipient") or []}
        ids: dict[str, set[str]] = {}
        for rep in inc["reports"]:
            events = (out.get(str(rep["article"])) or {}).get("events", [])
            matching = [e for e in events if e.get("status") != "negated" and score.type_match(g, e, "plover", "type")
                        and score.dyad_match(g, e)]
            if matching:
                ids[str(rep["article"])] = {str(e["incident"]) for e in matching if e.get("incident")}
        half = tally["odd" if int(inc["id"].lstrip("I")) % 2 else "even"]
        found = sorted(ids)
        for i, x in enumerate(found):
            for y in found[i + 1:]:
                half[1] += 1
                half[0] += bool(ids[x] & ids[y])
    for name, (linked, pairs) in tally.items():
        print(f"{name} half: recall_of_found {linked}/{pairs} = {linked / pairs if pairs else 0:.3f}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--db", type=Path, default=None, help="DuckDB file to code into (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="the --db file is already coded: only re-link it")
    ap.add_argument("--no-link", action="store_true", help="score with no incidents at all (the baseline)")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--halves", action="store_true", help="recall_of_found on odd and even gold ids apart")
    ap.add_argument("--naive", action="store_true", help="score the type + country-pair baseline")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or Path(tmp) / "incidents.duckdb"
        if not (a.reuse and db.exists()):
            db.unlink(missing_ok=True)
            ids = gold_articles(a.shared)
            lines = corpus_lines(a.shared, set(ids))
            if len(lines) != len(ids):
                print(f"warning: {len(ids) - len(lines)} gold article(s) not in the corpus", file=sys.stderr)
            src = Path(tmp) / "articles.jsonl"
            src.write_text("\n".join(lines) + "\n", encoding="utf-8")
            subprocess.run([*COMMUNIQUE, "code", str(src), "--db", str(db), "--format", "none"], check=True)
        relink(db, drop=a.no_link)
        export = Path(tmp) / "export.jsonl"
        subprocess.run([*COMMUNIQUE, "export", "--db", str(db), "--format", "jsonl", "-o", str(export)], check=True)
        if a.naive:
            naive_incidents(export)
        if a.halves:
            print_halves(a.shared, export)
        score = [sys.executable, str(a.shared / "eval" / "score.py"), "incidents",
                 str(a.shared / "gold" / "incidents_dev.json"), str(export)] + (["--details"] if a.details else [])
        return subprocess.run(score, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
