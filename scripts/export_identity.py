"""Check that a change did not change what is stored: code a sample, export it, compare.

    python scripts/export_identity.py --save before.jsonl     # on the branch before the change
    python scripts/export_identity.py --against before.jsonl  # after it: exit 1 on any difference

Codes the first `--articles` lines of the corpus into a fresh DuckDB file with `communique code`
(`--workers` as given, so worker runs are checked too), then `communique export --format jsonl`,
and compares the export byte for byte, naming the first article that differs.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path

COMMUNIQUE = str(Path(sys.executable).parent / "communique")


def coded_export(corpus: str, articles: int, workers: int, sample: Path) -> bytes:
    """`communique export --format jsonl` of a fresh store coded from the corpus's first lines,
    written to `sample` (a fixed path: each article's stored `path` names the file it came from)."""
    with tempfile.TemporaryDirectory(prefix="communique-identity-") as tmp:
        db = str(Path(tmp) / "store.duckdb")
        with open(corpus, encoding="utf-8") as source:
            sample.write_text("".join(islice(source, articles)), encoding="utf-8")
        subprocess.run([COMMUNIQUE, "code", str(sample), "--db", db, "--format", "none", "--workers", str(workers)],
                       check=True, stderr=subprocess.DEVNULL)
        return subprocess.run([COMMUNIQUE, "export", "--db", db, "--format", "jsonl"], check=True,
                              capture_output=True).stdout


def first_difference(a: bytes, b: bytes) -> str | None:
    """Where two exports first differ (line number and the start of each line), or None."""
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), start=1):
        if x != y:
            return f"line {number}:\n  saved: {x[:200]!r}\n  now:   {y[:200]!r}"
    if a != b:
        return f"lengths differ: {len(a.splitlines())} saved lines, {len(b.splitlines())} now"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(Path(__file__).parents[1] / "../shared/corpus/news.jsonl"))
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--sample", default="/tmp/communique-identity-sample.jsonl",
                        help="where to write the sample (the same path before and after: it is stored)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", help="write the export here")
    action.add_argument("--against", help="compare the export with this saved one")
    args = parser.parse_args()
    export = coded_export(args.corpus, args.articles, args.workers, Path(args.sample))
    digest = hashlib.sha256(export).hexdigest()[:16]
    if args.save:
        Path(args.save).write_bytes(export)
        print(f"saved {len(export.splitlines())} articles to {args.save} (sha256 {digest})")
        return
    difference = first_difference(Path(args.against).read_bytes(), export)
    if difference:
        sys.exit(f"export differs from {args.against}: {difference}")
    print(f"identical: {len(export.splitlines())} articles, sha256 {digest}, {args.workers} worker(s)")


if __name__ == "__main__":
    main()
