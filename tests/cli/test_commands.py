"""The `communique` command, end to end through click, on the bundled examples and a real DuckDB file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.render import CodingSummary
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("cli") / "examples.duckdb")
    result = CliRunner().invoke(main, ["code", str(EXAMPLES), "--db", db, "--format", "none"])
    assert result.exit_code == 0, result.output
    return db


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Example" in (command.help or ""), f"`communique {name} --help` has no example"


def test_code_jsonl_gives_the_output_contract():
    result = run("code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--format", "jsonl", "--no-store")
    assert result.exit_code == 0
    (line,) = [ln for ln in result.stdout.splitlines() if ln.startswith("{")]
    data = json.loads(line)
    assert data["article"]["title"] == "U.S.-Russia Embassy Talks Set for Thursday in Istanbul, Moscow Says"
    assert data["article"]["published"] == "2025-04-08" and data["article"]["credits"] == ["AFP"]
    assert set(data) == {"article", "events", "quotes", "timexes", "places", "actors"}


def test_code_table_summarises_each_article_and_event(embassy_coded):
    summary = CodingSummary()
    summary.add(embassy_coded)
    (row,) = summary.articles
    assert row["article"] == embassy_coded.article.id and row["events"] == len(embassy_coded.events) > 0
    assert len(summary.events) == len(embassy_coded.events)
    assert [t.title for t in summary.tables()] == ["coded articles", "events"]
    result = run("code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--format", "table", "--no-store")
    assert result.exit_code == 0 and "coded articles" in result.stdout and embassy_coded.article.id in result.stdout


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.md").write_text("")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Ministers met.", "published": "2020-01-01"}\n{oops\n')
    db = str(tmp_path / "t.duckdb")
    result = CliRunner().invoke(main, ["code", str(tmp_path / "empty.md"), str(bad), str(tmp_path / "none.md"),
                                       "--db", db, "--format", "none"])
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("communique: ")]
    assert len(errors) == 3
    assert any("empty.md: file is empty [E003]" in e for e in errors)
    assert any("bad.jsonl:2: not JSON" in e for e in errors)
    assert any("none.md: no such file or directory [E001]" in e for e in errors)
    assert "1 article(s) coded, 3 rejected" in result.stderr
    listed = run("articles", "--db", db)
    assert "ok" in listed.stdout


def test_articles_show_events_export(coded_db, tmp_path):
    listed = run("articles", "--db", coded_db)
    # ids are shown as the shortest prefix no other id starts with, which `show` takes
    assert "4 article(s)" in listed.stdout and "XIN_ENG_20051101.002 " in listed.stdout
    shown = run("show", "XIN_ENG_20051101.002", "--db", coded_db)
    assert "Hu says Sino-Vietnamese friendship" in shown.stdout and "published: 2005-11-01" in shown.stdout
    assert run("events", "--db", coded_db).exit_code == 0
    exported = run("export", "--format", "jsonl", "--db", coded_db)
    assert sorted(json.loads(ln)["article"]["id"] for ln in exported.stdout.splitlines())[0] == "XIN_ENG_20051101.0011"
    out = tmp_path / "articles.parquet"
    assert run("export", "--format", "parquet", "--table", "articles", "-o", str(out), "--db", coded_db).exit_code == 0
    assert out.stat().st_size > 0


def test_show_unknown_article_is_a_clear_error(coded_db):
    result = CliRunner().invoke(main, ["show", "no-such-article", "--db", coded_db])
    assert result.exit_code == 1 and "no stored article matches 'no-such-article'" in result.output


def test_a_stage_without_what_it_requires_is_an_error(monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_STAGES", "")  # `code` sets it: put back as it was afterwards
    result = CliRunner().invoke(main, ["code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--no-store",
                                       "--format", "jsonl", "--stages", "events"])
    assert result.exit_code != 0 and "E022" in result.output and '"events"' not in result.output
