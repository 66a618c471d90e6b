"""Tables for a person: fitted to the terminal's width, codes and ids whole, evidence wrapped
and kept; short id prefixes that `show` takes; the same rows as JSONL or CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.cli.tables import short_ids
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("tables") / "examples.duckdb")
    result = CliRunner().invoke(main, ["code", str(EXAMPLES), "--db", path, "--format", "none"])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str, columns: int = 100) -> str:
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("columns", [80, 100, 150])
def test_events_fit_the_width_with_every_code_whole_and_the_evidence_kept(db, columns):
    shown = run("events", "--db", db, columns=columns)
    lines = shown.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= columns
    header = lines[1].split()
    assert {"article", "date", "type", "actor", "evidence"} <= set(header)
    events = json.loads("[" + ",".join(run("events", "--db", db, "--format", "jsonl").splitlines()) + "]")
    for event in events:  # dates and codes whole; every word of the evidence somewhere in the table
        assert event["date"] is None or event["date"] in shown
        assert event["actor"] is None or event["actor"] in shown
        assert set(words(event["evidence"])) <= set(words(shown))
    if columns >= 100:
        assert "recipient" in header
    if columns >= 150:
        assert {"cameo", "status", "location"} <= set(header)


def test_the_short_ids_of_a_table_open_the_article(db):
    listed = run("articles", "--db", db)
    ids = [line.split()[0] for line in listed.splitlines()[3:] if line.strip() and not line.startswith(" ")]
    assert len(ids) == 4 and all(len(i) < 21 for i in ids)
    for prefix in ids:
        assert "published:" in run("show", prefix, "--db", db)


def test_short_ids_are_the_shortest_unique_prefixes():
    found = short_ids(["XIN_ENG_20051101.0011", "XIN_ENG_20051101.0021", "url-199dce25cb3df721", "url-1a"])
    assert found == {"XIN_ENG_20051101.0011": "XIN_ENG_20051101.001", "XIN_ENG_20051101.0021": "XIN_ENG_20051101.002",
                     "url-199dce25cb3df721": "url-199d", "url-1a": "url-1a"}


def test_count_events_by_dyad_and_month(db):
    by_dyad = run("count", "events", "--by", "dyad", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(by_dyad)))
    assert rows[0] == {"actor": "RUSGOV+USAGOV", "recipient": "", "events": "2", "articles": "1"}
    by_month = run("count", "events", "--by", "month", "--sort", "key", "--db", db)
    assert by_month.index("2005-10") < by_month.index("2025-04")
    assert "USA" in run("count", "quotes", "--by", "country", "--db", db)
    assert "TUR" in run("count", "places", "--by", "country", "--db", db)


def test_every_query_command_gives_csv_and_jsonl(db):
    for command in (["events"], ["quotes"], ["articles"], ["actors"], ["places"], ["incidents"],
                    ["count", "events"]):
        as_csv = list(csv.reader(io.StringIO(run(*command, "--db", db, "--format", "csv"))))
        as_jsonl = run(*command, "--db", db, "--format", "jsonl").splitlines()
        assert len(as_csv) == len(as_jsonl) + 1 > 1, command  # a header, then a row per JSON object
        assert set(as_csv[0]) <= set(json.loads(as_jsonl[0])), command  # jsonl of incidents adds the reports


def test_either_finds_a_code_on_both_sides(db):
    either = json.loads("[" + ",".join(run("events", "--either", "RUS", "--db", db, "--format", "jsonl")
                                       .splitlines()) + "]")
    assert {(e["actor"], e["recipient"]) for e in either} >= {("RUS", "UKR"), ("USAGOV", "RUSGOV")}


@pytest.mark.parametrize("columns", [80, 100])
def test_show_and_the_code_summary_fit_the_width_with_codes_whole(db, columns):
    shown = run("show", "url-199d", "--db", db, columns=columns)
    summary = run("code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--no-store", columns=columns)
    for text in (shown, summary):
        assert max(len(line.rstrip()) for line in text.splitlines()) <= columns
        assert "RUSGOV+USAGOV" in text and "2025-04-10" in text  # never folded into a 1-character column
    assert "url-199dce25cb3df721" in summary.splitlines()[3]  # the article row, its id whole
