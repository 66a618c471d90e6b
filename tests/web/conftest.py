"""The web tests' store: a real DuckDB file coded by `communique code` from examples/ and a
hostile article (markup in its title and text, written for these tests)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from web_seed import EXAMPLES, HOSTILE, SECOND

from communique.cli import main


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The database path: the three example files, the hostile article and a second report, coded and stored."""
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n" + json.dumps(SECOND) + "\n", encoding="utf-8")
    db = str(folder / "web.duckdb")
    result = CliRunner().invoke(main, ["code", str(EXAMPLES), str(hostile), "--db", db, "--format", "none"])
    assert result.exit_code == 0, result.output
    return db
