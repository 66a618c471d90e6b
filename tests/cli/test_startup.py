"""Start-up: `--help` and the query commands never import spaCy or trafilatura (seconds of imports)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from communique import cli, pipeline
from communique.store import open_store

HEAVY = ("spacy", "trafilatura", "thinc")

# Runs a command in a fresh interpreter and prints the heavy modules it imported.
PROBE = """
import sys
from communique.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print("IMPORTED", *sorted({m.split('.')[0] for m in sys.modules} & set(HEAVY)), file=sys.stderr)
""".replace("HEAVY", repr(HEAVY))


@pytest.mark.parametrize("args", [["--help"], ["events"], ["articles"], ["quotes"], ["export", "--format", "jsonl"]])
def test_query_commands_do_not_import_spacy(tmp_path, args):
    db = str(tmp_path / "empty.duckdb")
    open_store(db).close()  # a real, empty store to query
    extra = [] if args == ["--help"] else ["--db", db]
    done = subprocess.run([sys.executable, "-c", PROBE, *args, *extra], capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == "IMPORTED"


def test_the_cli_names_the_pipelines_stage_variable():
    assert cli.STAGES_ENV == pipeline.STAGES_ENV
