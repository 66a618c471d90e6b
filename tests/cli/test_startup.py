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


def test_the_command_does_not_load_pandas_for_duckdb(tmp_path):
    # duckdb imports pandas, when installed, on its first bound value: half a second of start-up
    db = str(tmp_path / "one.duckdb")
    open_store(db).close()
    probe = ("import sys, atexit\n"
             "atexit.register(lambda: print('PANDAS', sys.modules.get('pandas') is not None, file=sys.stderr))\n"
             "sys.argv = ['communique', 'events', '--db', sys.argv[1]]\n"
             "import runpy; runpy.run_module('communique', run_name='__main__')\n")
    done = subprocess.run([sys.executable, "-c", probe, db], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "PANDAS False"
