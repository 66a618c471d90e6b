"""`communique gazetteer` and `communique places`, through click, on the bundled embassy-talks example."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from communique.cli import main
from conftest import EXAMPLES


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize(("name", "expected"), [
    ("Georgia", ["614540", "4197000"]),  # the country and the US state
    ("Kiev", ["Kyiv", "703448"]),
    ("Stalingrad Pizza", ["not in the gazetteer"]),
])
def test_gazetteer_command(name, expected):
    result = run("gazetteer", name)
    assert result.exit_code == 0
    assert all(word in result.output for word in expected)


def test_places_command_counts_stored_places(tmp_path):
    db = str(tmp_path / "embassy.duckdb")
    coded = run("code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--db", db, "--format", "none")
    assert coded.exit_code == 0, coded.output
    locations = run("places", "--db", db, "--role", "location", "--country", "TUR")
    assert "Istanbul" in locations.output and "745044" in locations.output
    actors = run("places", "--db", db, "--role", "actor")
    assert "Moscow" in actors.output
