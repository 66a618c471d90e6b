"""Draw coded events for a hand read: one event from each of N corpus articles, from as many outlets as possible.

    python scripts/sample_events.py --shared ../shared --seed 20261202 -n 30 > sample.md

Articles of the development gold sets are left out. Outlets are drawn at random, each giving one article
(among its articles with a political keyword); the articles are coded with `communique code`, and
one of each article's events is drawn at random. The listing shows the sentence, the event's fields
and its rule, for a reader to judge: type right? actor, recipient, date, status, place right?
Needs ../shared (the corpus): a development tool, not part of the package.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLITICAL = re.compile(r"\b(minister|president|talks|troops|attack|killed|sanction|accus|protest|arrest|meet|"
                       r"visit|agree|negotiat|military|rebel|police|ambassador|warn|threat|urge|condemn)", re.I)


def outlet_of(record: dict) -> str:
    return str(record.get("outlet") or str(record.get("id", "")).split("_")[0])


def dev_ids(shared: Path) -> set[str]:
    """Ids of every record of the development gold sets (kept out of the sample)."""
    ids: set[str] = set()
    for path in (shared / "gold").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line).get("id")))
    for path in (shared / "gold" / "wire").glob("*.gold.json"):
        ids.add(str(json.loads(path.read_text(encoding="utf-8")).get("id")))
    return ids


def draw_articles(shared: Path, rng: random.Random, count: int) -> list[dict]:
    """`count` articles from as many different outlets as there are, drawn at random: every outlet
    gives one article before any gives a second."""
    excluded = dev_ids(shared)
    by_outlet: dict[str, list[dict]] = {}
    for line in (shared / "corpus" / "news.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if str(record.get("id")) not in excluded and POLITICAL.search(record.get("text") or ""):
            by_outlet.setdefault(outlet_of(record), []).append(record)
    for records in by_outlet.values():
        rng.shuffle(records)
    outlets = sorted(by_outlet)
    rng.shuffle(outlets)
    rounds = (records[i] for i in range(max(map(len, by_outlet.values()))) for o in outlets
              if i < len(records := by_outlet[o]))
    return list(itertools.islice(rounds, count))


def code(records: list[dict]) -> list[dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    out = subprocess.run([sys.executable, "-m", "communique", "code", f.name, "--format", "jsonl", "--no-store"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    Path(f.name).unlink()
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def side(parties: list[dict]) -> str:
    return ", ".join(f"{p.get('text')} ({p.get('cameo') or p.get('code')})" for p in parties or []) or "-"


def listing(number: int, coded: dict, event: dict) -> str:
    article = coded["article"]
    text = article["text"]
    sentence_start = text.rfind("\n", 0, event["start"]) + 1
    sentence_end = text.find("\n", event["end"])
    place = (event.get("location") or {}).get("name") or "-"
    return (f"### {number}. {article['id']} ({article.get('outlet') or '?'}, published {article.get('published')})\n"
            f"> {text[sentence_start:sentence_end if sentence_end >= 0 else None].strip()[:700]}\n\n"
            f"- {event['event_type']} / CAMEO {event['cameo']} · trigger `{event['trigger']}`"
            f" · status {event['status']}\n"
            f"- actor: {side(event['actor'])} · recipient: {side(event['recipient'])}\n"
            f"- date: {event['date']} ({event['date_precision']}) · location: {place}\n"
            f"- rule: {event['rule']}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("-n", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    coded = [c for c in code(draw_articles(Path(args.shared), rng, 4 * args.n)) if c.get("events")]
    for number, article in enumerate(coded[: args.n], start=1):
        print(listing(number, article, rng.choice(article["events"])))
    outlets = {outlet_of(c["article"]) for c in coded[: args.n]}
    print(f"{min(args.n, len(coded))} events from {len(outlets)} outlets (seed {args.seed})")

if __name__ == "__main__":
    main()
