"""`communique quotes` through click, over a real DuckDB file coded from the embassy example."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def embassy_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("quotes") / "embassy.duckdb")
    result = CliRunner().invoke(main, ["code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--db", db,
                                       "--format", "none"])
    assert result.exit_code == 0, result.output
    return db


def quotes_jsonl(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["quotes", "--db", db, "--format", "jsonl", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(("args", "expected_cues"), [
    (("--speaker", "tammy bruce"), ["told", "added"]),
    (("--speaker", "Kremlin", "--kind", "indirect"), ["said"]),
    (("--text", "absolutely not"), ["told"]),
    (("--since", "2025-04-08", "--until", "2025-04-08", "--speaker", "Peskov"), ["told"]),
    (("--since", "2025-04-09",), []),
    (("--speaker", "nobody of that name",), []),
])
def test_filters(embassy_db: str, args: tuple[str, ...], expected_cues: list[str]) -> None:
    assert [row["cue"] for row in quotes_jsonl(embassy_db, *args)] == expected_cues


def test_filter_by_country_uses_the_resolved_actor(embassy_db: str) -> None:
    assert any(row["speaker_code"] for row in quotes_jsonl(embassy_db))
    usa = quotes_jsonl(embassy_db, "--country", "usa", "--kind", "direct")
    assert {row["speaker"] for row in usa} == {"Tammy Bruce"}


def test_table_output(embassy_db: str) -> None:
    result = CliRunner().invoke(main, ["quotes", "--db", embassy_db, "--speaker", "Peskov"], catch_exceptions=False)
    assert result.exit_code == 0 and "Peskov" in result.stdout and "1 quote(s)" in result.stdout
