"""Every user error is one coded line: each command run with bad arguments through the real
`communique` executable (a fresh process, as a user runs it), never a traceback."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.store import open_store
from conftest import EXAMPLES

CODED_LINE = re.compile(r"^communique: .+ \[[EW]\d{3}\]$")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("errors") / "examples.duckdb")
    result = CliRunner().invoke(main, ["code", str(EXAMPLES), "--db", path, "--format", "none"])
    assert result.exit_code == 0, result.output
    return path


def communique_executable() -> str:
    """The installed `communique` script of this environment (next to its python)."""
    found = Path(sys.executable).parent / "communique"
    return str(found) if found.exists() else str(shutil.which("communique"))


def communique(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The command run as a user runs it; in `cwd` (default a fresh temporary folder), so that
    nothing it may write (a default communique.duckdb) lands in the repository."""
    with tempfile.TemporaryDirectory() as fresh:
        return subprocess.run([communique_executable(), *args], capture_output=True, text=True, timeout=120,
                              cwd=cwd or fresh, env={"PATH": "/usr/bin:/bin", "COLUMNS": "100", "HOME": "/nonexistent"})


BAD_ARGUMENTS = [
    (["events", "--since", "2006-13"], "E902"),
    (["events", "--since", "bad"], "E902"),
    (["events", "--until", "2006-02-30"], "E902"),
    (["events", "--since", "2007", "--until", "2006"], "E903"),
    (["events", "--type", "FIGHT"], "E904"),
    (["events", "--actor", "IR"], "E904"),
    (["events", "--either", "%"], "E904"),
    (["events", "--sort", "nonsense"], "E904"),
    (["events", "--limit", "99999999999999999999"], "E901"),
    (["events", "--limit", "0"], "E901"),
    (["events", "--status", "maybe"], "E901"),
    (["events", "--no-such-option"], "E901"),
    (["quotes", "--since", "yesterday"], "E902"),
    (["quotes", "--country", "R"], "E904"),
    (["articles", "--sort", "colour"], "E904"),
    (["count", "events", "--by", "weather"], "E901"),
    (["count", "events", "--sort", "date"], "E904"),
    (["count", "quotes", "--until", "2006-1"], "E902"),
    (["show", "XIN"], "E906"),
    (["show", "no-such-article"], "E907"),
    (["export", "--format", "csv", "-o", "/no/such/folder/e.csv"], "E905"),
    (["export", "--format", "jsonl", "-o", "/no/such/folder/e.jsonl"], "E905"),
    (["export", "--format", "parquet", "-o", "/no/such/folder/e.parquet"], "E905"),
    (["export", "--format", "csv", "--table", "nope"], "E303"),
    (["places", "--limit", "-1"], "E901"),
    (["actors", "--by", "hat"], "E901"),
    (["incidents", "--since", "2006-00"], "E902"),
]


@pytest.mark.parametrize(("args", "code"), BAD_ARGUMENTS, ids=[" ".join(a) for a, _ in BAD_ARGUMENTS])
def test_a_bad_argument_is_one_coded_line(db, args, code):
    done = communique(*args, "--db", db)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and CODED_LINE.match(lines[0]), done.stderr
    assert lines[0].endswith(f"[{code}]")


CODE_ERRORS = [
    (["code"], "E901"),
    (["code", "x.md", "--workers", "0"], "E901"),
    (["code", "x.md", "--batch-size", "99999999999999999999999"], "E901"),
    (["code", "x.md", "--max-chars", "99999999999999999999999"], "E901"),
    (["code", "x.md", "--workers", "100000"], "E901"),
    (["incidents", "--min-articles", "99999999999999999999"], "E901"),
    (["code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--db", "/no/such/folder/x.duckdb"], "E307"),
    (["code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--db", "/"], "E302"),
    (["events", "--db", "/"], "E302"),
    (["events", "--db", "/no/such/folder/x.duckdb"], "E301"),
]


@pytest.mark.parametrize(("args", "code"), CODE_ERRORS, ids=[" ".join(a[:1] + a[2:]) for a, _ in CODE_ERRORS])
def test_code_and_a_bad_database_path_are_one_coded_line(args, code):
    done = communique(*args)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    lines = [ln for ln in done.stderr.strip().splitlines() if ln.startswith("communique: ")]
    assert len(lines) == 1 and CODED_LINE.match(lines[0]) and lines[0].endswith(f"[{code}]"), done.stderr


def test_an_unknown_code_lists_the_stored_codes_it_may_mean(db):
    line = communique("events", "--actor", "IR", "--db", db).stderr
    assert "IRQ" in line and "IR*" in line
    assert communique("events", "--actor", "IR*", "--db", db).returncode == 0


def test_a_database_that_is_not_duckdb_is_one_line_and_downloads_nothing(tmp_path):
    text_file = tmp_path / "notes.duckdb"
    text_file.write_text("not a database\n")
    sqlite_file = tmp_path / "other.db"
    with sqlite3.connect(sqlite_file) as con:
        con.execute("CREATE TABLE t (a)")
    for path in (text_file, sqlite_file):
        for command in (["events"], ["code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--format", "none"]):
            done = communique(*command, "--db", str(path))
            assert "Traceback" not in done.stderr and done.returncode != 0
            (line,) = [ln for ln in done.stderr.splitlines() if ln.startswith("communique: ")]
            assert line.endswith("[E302]"), line
            assert "http" not in line  # no attempt to install the sqlite extension


def test_a_database_of_a_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "future.duckdb")
    open_store(path).close()
    import duckdb

    with duckdb.connect(path) as con:
        con.execute("INSERT INTO migrations VALUES ('999_from_the_future', now())")
    for command in (["events"], ["code", str(EXAMPLES / "embassy-talks-istanbul.md"), "--format", "none"]):
        done = communique(*command, "--db", path)
        lines = [ln for ln in done.stderr.splitlines() if ln.startswith("communique: ")]
        assert "Traceback" not in done.stderr and len(lines) == 1 and lines[0].endswith("[E309]"), done.stderr


def test_a_locked_database_waits_then_fails_cleanly(db, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(30)", db], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        done = subprocess.run([communique_executable(), "events", "--db", db], capture_output=True,
                              text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "COMMUNIQUE_LOCK_WAIT": "1"})
    finally:
        holder.kill()
        holder.wait()
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.endswith("[E306]") and "in use by another process" in line and f"PID {holder.pid}" in line


HOSTILE_VALUES = ["%", "*", "'; DROP TABLE events; --", "9" * 30, "-1", "", "ü\u202e", "2006-02-29", "IR", "\\"]


def query_commands() -> list[tuple[list[str], click.Command]]:
    """Every command that reads the store (`--db`), subcommands included, but `code` and `serve`
    (which, given good values, runs until stopped: tests/web/test_access.py tries its bad ones)."""
    found: list[tuple[list[str], click.Command]] = []
    for name, command in main.commands.items():
        subcommands = getattr(command, "commands", None)
        for path, each in ([([name, sub], c) for sub, c in subcommands.items()] if subcommands
                           else [([name], command)]):
            if path not in (["code"], ["serve"]) and any(p.name == "db" for p in each.params):
                found.append((path, each))
    return found


def test_every_option_of_every_query_command_takes_hostile_values_without_a_traceback(db, tmp_path,
                                                                                       monkeypatch):
    monkeypatch.chdir(tmp_path)  # `export -o VALUE` writes a file named VALUE: here, not in the repository
    runs = 0
    for path, command in query_commands():
        options = [p for p in command.params if isinstance(p, click.Option) and not p.is_flag and p.name != "db"]
        for option in options:
            for value in HOSTILE_VALUES:
                result = CliRunner().invoke(main, [*path, option.opts[0], value, "--db", db])
                runs += 1
                assert not result.exception or isinstance(result.exception, SystemExit), (path, option.name, value)
                errors = [ln for ln in result.stderr.splitlines() if ln.strip()]
                assert result.exit_code == 0 or (len(errors) == 1 and CODED_LINE.match(errors[0])), \
                    (path, option.name, value, result.stderr)
    assert runs > 250
