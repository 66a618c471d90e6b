"""`communique incidents`, `events --incident` and the incidents `show` lists, end to end through
click on a real DuckDB file holding two real reports of one event.

Excerpts: AFP, 17 December 2006 (AFP_ENG_20061216.0438 and AFP_ENG_20061216.0460), each telling
Abbas's call for early elections.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.model import CodedArticle
from communique.store import open_store
from conftest import ABBAS_0438, ABBAS_0460


@pytest.fixture(scope="module")
def db(tmp_path_factory, code_text: Callable[..., CodedArticle]) -> str:
    path = str(tmp_path_factory.mktemp("cli-incidents") / "x.duckdb")
    with open_store(path) as store:
        store.write([code_text(ABBAS_0438, published="2006-12-17", id="afp-0438", outlet="AFP"),
                     code_text(ABBAS_0460, published="2006-12-17", id="afp-0460", outlet="AFP")])
    return path


def run(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_incidents_lists_the_call_once_with_both_reports(db):
    (call,) = run("incidents", "--db", db, "--min-articles", "2", "--type", "REQUEST", "--format", "jsonl")
    assert call["num_articles"] == 2 and call["date"] == "2006-12-16"
    assert {r["article_id"] for r in call["reports"]} == {"afp-0438", "afp-0460"}
    assert run("incidents", "--db", db, "--min-articles", "3", "--format", "jsonl") == []
    everything = run("incidents", "--db", db, "--sort", "articles", "--format", "jsonl")
    assert everything[0]["id"] == call["id"], "most reported first"
    assert [r["num_articles"] for r in everything] == sorted((r["num_articles"] for r in everything), reverse=True)


def test_events_by_incident_are_its_reports(db):
    (call,) = run("incidents", "--db", db, "--min-articles", "2", "--type", "REQUEST", "--format", "jsonl")
    reports = run("events", "--db", db, "--incident", call["id"][:12], "--format", "jsonl")
    assert {r["article_id"] for r in reports} == {"afp-0438", "afp-0460"}
    assert all(r["incident"] == call["id"] for r in reports)
    assert all("incident" in r for r in run("events", "--db", db, "--format", "jsonl"))


def test_show_lists_each_events_incident(db):
    (call,) = run("incidents", "--db", db, "--min-articles", "2", "--type", "REQUEST", "--format", "jsonl")
    result = CliRunner().invoke(main, ["show", "afp-0438", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0
    assert "incidents" in result.stdout and call["id"] in result.stdout
