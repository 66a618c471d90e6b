"""How often the gold actor and recipient countries of an event gold set appear among the
resolved actors of the same record (issue 4's actor measure).

    python scripts/actor_coverage.py ../shared/gold/plover_gsr_dev.jsonl eval-results/plover_gsr_dev.out.jsonl

Codes are compared by their country part (first three letters), with the CAMEO-era country
codes of ../shared/eval/score.py mapped to ISO alpha-3 (plus ITL, which that table lacks).
"""

from __future__ import annotations

import json
import sys

LEGACY = {"JAP": "JPN", "UK": "GBR", "UKG": "GBR", "GMY": "DEU", "GER": "DEU", "FRN": "FRA", "ROM": "ROU",
          "RUM": "ROU", "ZAI": "COD", "SER": "SRB", "YUG": "SRB", "BUL": "BGR", "ITL": "ITA"}


def country(code: str | None) -> str:
    code = (code or "").upper()
    return LEGACY.get(code[:3], LEGACY.get(code, code[:3]))


def main(gold_path: str, output_path: str) -> None:
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    with open(output_path, encoding="utf-8") as f:
        coded = {str(o["article"]["id"]): o for o in map(json.loads, f)}
    found = {"actor": 0, "recipient": 0}
    total = {"actor": 0, "recipient": 0}
    for record in gold:
        resolved = {country(a.get("code")) for a in coded.get(str(record["id"]), {}).get("actors", [])
                    if a.get("code")}
        wanted = {(side, country(c)) for event in record.get("events", [])
                  for side in ("actor", "recipient") for c in event.get(side) or []}
        for side, code in wanted:
            total[side] += 1
            found[side] += code in resolved
    report = {side: f"{found[side]}/{total[side]} = {found[side] / total[side]:.3f}" for side in total}
    both_found, both_total = sum(found.values()), sum(total.values())
    report["both"] = f"{both_found}/{both_total} = {both_found / both_total:.3f}"
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:3])
