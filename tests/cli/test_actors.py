"""`communique actors`: the stored actors with counts."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from communique.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_actors_lists_stored_actors_with_counts(tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    coded = runner.invoke(main, ["code", str(ROOT / "examples" / "embassy-talks-istanbul.md"), "--db", db,
                                 "--format", "none"])
    assert coded.exit_code == 0, coded.output
    result = runner.invoke(main, ["actors", "--db", db, "--by", "cameo", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    by_cameo = {r["cameo"]: r for r in rows}
    assert by_cameo["RUSGOV"]["mentions"] >= 5 and by_cameo["RUSGOV"]["articles"] == 1
    table = runner.invoke(main, ["actors", "--db", db, "--code", "usa"])
    assert table.exit_code == 0 and "Marco Rubio" in table.output
