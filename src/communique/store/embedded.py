"""The embedded store: one DuckDB file (`./communique.duckdb` by default)."""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import (
    E_OUTPUT_UNWRITABLE,
    E_STORE_FULL,
    E_STORE_LOCKED,
    E_STORE_MISSING,
    E_STORE_NEWER,
    E_STORE_READ_ONLY,
    E_STORE_UNOPENABLE,
    E_STORE_WRITE_FAILED,
    CommuniqueError,
)
from ..model import RECORD_KINDS, CodedArticle
from .base import Row, TableFormat
from .bulk import JSON_STRINGS, insert_sql, row_structure, rows_json
from .incidents import link_articles
from .queries import DUCKDB, Queries
from .reads import SqlReads
from .rows import TABLES, batch_rows, check_table

MIGRATION_HEADER = re.compile(r"^-- migration: (\S+)\s*$", re.MULTILINE)


# Settings of every connection: DuckDB would otherwise download an extension when a file (a
# SQLite database given as --db) or a function asks for one; Communiqué runs offline.
CONNECTION_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# The threads DuckDB runs a long writer's statements on (`hold=False`, `communique code`): its
# batches are small, and it writes in the background while the process parses, so more threads
# only compete with the parser for the cores: with DuckDB's default (one per core, 2 here)
# storing 400 articles took 2.3-2.6 s of CPU, with one 2.0-2.1 s (under load, 3 rounds).
WRITER_THREADS = 1
# Seconds a command waits for another process's hold on the database to end (`code` holds it
# while it writes a batch), and between tries.
LOCK_WAIT = float(os.environ.get("COMMUNIQUE_LOCK_WAIT", "30"))
LOCK_RETRY = 0.2
OTHER_CONFIG = re.compile(r"different configuration", re.IGNORECASE)
LOCK_HELD = re.compile(r"Could not set lock on file|Conflicting lock is held", re.IGNORECASE)


# Every DuckDB file has these bytes at offset 8 (its main header's magic).
DUCKDB_MAGIC = b"DUCK"


def check_duckdb_file(path: str) -> None:
    """A file that is there but is no DuckDB database (a SQLite file, a text file) is refused
    before DuckDB sees it: DuckDB would look for an extension to read it."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return  # a new database
    except OSError as e:
        raise store_error(path, e) from e
    if head and head[8:12] != DUCKDB_MAGIC:
        kind = "a SQLite database" if head.startswith(b"SQLite format 3") else "not a DuckDB file"
        raise CommuniqueError(f"{path}: {kind}, not a Communiqué database; give another --db [{E_STORE_UNOPENABLE}]")


def connect(path: str, *, read_only: bool, wait: float, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the file, waiting up to `wait` seconds for another process's lock;
    `threads`, when given, is how many threads DuckDB may use (else one per core)."""
    check_duckdb_file(path)
    remember_pandas_missing()
    config: dict[str, Any] = {**CONNECTION_CONFIG, **({"threads": threads} if threads else {})}
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=config)
        except duckdb.Error as e:
            if config != CONNECTION_CONFIG and OTHER_CONFIG.search(str(e)):
                # this process has the file open already with the default settings (a reader
                # in the same process): DuckDB allows no other, so this connection takes them
                config = CONNECTION_CONFIG
                continue
            if not LOCK_HELD.search(str(e)):
                raise store_error(path, e) from e
            if time.monotonic() >= deadline:
                holder = re.search(r"PID (\d+)", str(e))
                raise CommuniqueError(
                    f"{path}: the database is in use by another process"
                    + (f" (PID {holder[1]})" if holder else "")
                    + f", still after waiting {wait:g} s; try again when it is done, or wait longer with "
                      f"COMMUNIQUE_LOCK_WAIT=SECONDS [{E_STORE_LOCKED}]") from e
            time.sleep(LOCK_RETRY)


def store_error(path: str, error: duckdb.Error | OSError) -> CommuniqueError:
    """A DuckDB (or OS) error on the database file as one coded line, the real cause kept."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    full = isinstance(error, OSError) and error.errno == errno.ENOSPC
    if full or re.search(r"No space left|disk is full", text, re.I):
        return CommuniqueError(f"{path}: the disk is full; the batch being written was rolled back: {text} "
                               f"[{E_STORE_FULL}]")
    if isinstance(error, IsADirectoryError) or "Is a directory" in text:
        return CommuniqueError(f"{path}: a directory, not a database file; give a file name [{E_STORE_UNOPENABLE}]")
    if re.search(r"Cannot open file .*No such file or directory", text):
        return CommuniqueError(f"{path}: the database cannot be created: its folder does not exist "
                               f"[{E_STORE_READ_ONLY}]")
    if re.search(r"Permission denied|Read-only file system|read-only mode", text, re.I):
        return CommuniqueError(f"{path}: the database cannot be written (permissions or a read-only disk): {text} "
                               f"[{E_STORE_READ_ONLY}]")
    if re.search(r"not a valid DuckDB database|extension|created with an? (?:newer|older)|version", text, re.I):
        return CommuniqueError(f"{path}: not a Communiqué database (DuckDB cannot read it: {text}) "
                               f"[{E_STORE_UNOPENABLE}]")
    return CommuniqueError(f"{path}: the database failed: {text} [{E_STORE_WRITE_FAILED}]")


def remember_pandas_missing() -> None:
    """duckdb 1.3's Python layer tries `import pandas` for each parameter value it binds; without
    pandas installed every try searches sys.path again (a failed import is not cached), about 500
    searches per stored batch. Recording the absence in sys.modules makes each try fail at once;
    with pandas installed nothing changes."""
    if "pandas" not in sys.modules and importlib.util.find_spec("pandas") is None:
        sys.modules["pandas"] = None  # type: ignore[assignment]  # `import pandas` now raises ImportError at once


def migrations(schema: str = "schema.sql") -> list[tuple[str, str]]:
    """(name, SQL) of each migration in a schema file of this package, in order."""
    sql = (resources.files("communique.store") / schema).read_text(encoding="utf-8")
    parts = MIGRATION_HEADER.split(sql)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2)]


class DuckDBStore(SqlReads):
    """Coded articles in a DuckDB file: writes, queries, exports (implements `base.Store`; the
    read queries are reads.SqlReads', shared with the PostgreSQL store)."""

    interrupts = (duckdb.InterruptException,)  # what a query stopped by `cancel` raises

    def __init__(self, path: str | Path, *, read_only: bool = False, wait: float = LOCK_WAIT,
                 hold: bool = True) -> None:
        """`hold=False` (a long writer such as `communique code`): the file is opened for each
        batch written and closed after it, so that other processes can read between batches;
        closing also checkpoints the write-ahead log into the file (see the README)."""
        self.path = str(path)
        self.read_only = read_only
        self.wait = wait
        self.hold = hold
        self.threads = None if hold else WRITER_THREADS
        self.types: dict[str, dict[str, str]] = {}  # column types by table, for bulk inserts
        self._queries: Queries | None = None
        if read_only and not Path(self.path).exists():
            raise CommuniqueError(f"{self.path}: no such database; code some articles first [{E_STORE_MISSING}]")
        self.connection: duckdb.DuckDBPyConnection | None = connect(self.path, read_only=read_only, wait=wait,
                                                                     threads=self.threads)
        try:
            self.check_version()
            if not read_only:
                self.migrate()
        except duckdb.Error as e:
            self.close()
            raise store_error(self.path, e) from e
        except CommuniqueError:
            self.close()
            raise
        if not hold:
            self.close()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The open connection, opened again (waiting for other holders) after a release."""
        if self.connection is None:
            self.connection = connect(self.path, read_only=self.read_only, wait=self.wait, threads=self.threads)
        return self.connection

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_version(self) -> None:
        """A database a newer Communiqué migrated (a migration this one does not know) is not
        read or written: its tables may mean something else."""
        known = {name for name, _ in migrations()}
        has_table = self.con.execute("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_schema = current_schema() AND table_name = 'migrations'").fetchone()
        if not has_table or not has_table[0]:
            return
        unknown = sorted(r[0] for r in self.con.execute("SELECT name FROM migrations").fetchall() if r[0] not in known)
        if unknown:
            raise CommuniqueError(f"{self.path}: written by a newer Communiqué (schema {unknown[-1]}, this one knows "
                                  f"up to {max(known)}); upgrade, or use another --db [{E_STORE_NEWER}]")

    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied TIMESTAMP)")
        done = {row[0] for row in self.con.execute("SELECT name FROM migrations").fetchall()}
        for name, sql in migrations():
            if name in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(sql)
            self.con.execute("INSERT INTO migrations VALUES (?, now())", [name])
            self.con.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def write(self, batch: Iterable[CodedArticle]) -> int:
        """Store a batch of coded articles in one transaction, replacing what each had before."""
        ids, by_table = batch_rows(batch)
        if not ids:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            # The ids as one JSON value too: a Python list parameter costs duckdb 1.3 an import attempt per item
            listed = [json.dumps(ids)]
            for table in RECORD_KINDS:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest({JSON_STRINGS}))", listed)
            self.con.execute(f"DELETE FROM articles WHERE id IN (SELECT unnest({JSON_STRINGS}))", listed)
            for table, rows in by_table.items():
                if rows:  # one statement per table: the batch's rows as one JSON value (bulk.py)
                    columns = list(rows[0])
                    self.con.execute(insert_sql(table, columns),
                                     [rows_json(rows, columns), row_structure(columns, self.column_types(table))])
            link_articles(self.con, ids)  # incidents: re-link what the batch touches, in its transaction
            self.con.execute("COMMIT")
        except (duckdb.IOException, duckdb.PermissionException, duckdb.FatalException,
                duckdb.TransactionException) as e:
            self.roll_back()  # a failed COMMIT (disk full) may have ended the transaction already
            raise store_error(self.path, e) from e
        except BaseException:
            self.roll_back()
            raise
        finally:
            if not self.hold:
                self.close()  # let readers in until the next batch
        return len(ids)

    def roll_back(self) -> None:
        """Undo the open transaction; the error that caused it, not a failed rollback, is what
        the caller reports (on a full disk DuckDB says "cannot rollback" and hides the cause)."""
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")

    def replace_article(self, coded: CodedArticle) -> None:
        self.write([coded])

    def column_types(self, table: str) -> dict[str, str]:
        """Each column's SQL type ("VARCHAR", "VARCHAR[]", ...), read from the file once per table."""
        if table not in self.types:
            self.types[table] = dict(self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                [table]).fetchall())
        return self.types[table]

    # -- reading (the queries themselves: reads.SqlReads, shared with PostgresStore) ------

    def scalar(self, sql: str) -> int:
        row = self.con.execute(sql).fetchone()
        assert row is not None  # an aggregate always gives a row
        return int(row[0])

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
        """Rows of a SELECT as dicts (inside this backend only: callers use the methods)."""
        cursor = self.con.execute(sql, list(params or []))
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @property
    def queries(self) -> Queries:
        """The shared query builders (queries.py), given this file's columns, read once."""
        if self._queries is None:
            self._queries = Queries(DUCKDB, {t: list(self.column_types(t)) for t in TABLES})
        return self._queries

    # -- exporting -------------------------------------------------------------------------

    def export_table(self, table: str, path: str, fmt: TableFormat) -> int:
        """Write one table (without the JSON record column) to a CSV or Parquet file."""
        check_table(table)
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
        target = path.replace("'", "''")
        try:
            self.con.execute(f"COPY (SELECT * EXCLUDE (record) FROM {table}) TO '{target}' ({options})")
        except duckdb.IOException as e:
            raise CommuniqueError(f"{path}: cannot write the output file: {str(e).splitlines()[0]} "
                                  f"[{E_OUTPUT_UNWRITABLE}]") from e
        return self.scalar(f"SELECT count(*) FROM {table}")

    def cancel(self) -> None:
        """Stop the query running now (from another thread): it raises duckdb.InterruptException."""
        self.con.interrupt()
