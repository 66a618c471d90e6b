"""The shared store: a PostgreSQL database, for a team (`--db postgresql://user@host/dbname`).

Same tables, columns and named migrations as the DuckDB file (schema.postgres.sql), the same
read queries (queries.py, run by reads.SqlReads), the same guarantees, and several writers at once:

- A batch is one transaction. Its articles are locked first (transaction-scoped advisory locks
  on the article ids, taken in id order so two writers never deadlock), their old rows
  deleted, the new rows sent with `COPY`. Two writers of one article take turns; neither
  sees the other's half, and no row is lost or doubled. A writer killed mid-batch never
  commits: PostgreSQL rolls its transaction back.
- Readers run in autocommit, each query on a snapshot (MVCC): they never wait for a writer,
  and a writer never waits for them.
- Incidents (incidents.py) are a function of every stored event, so linking takes one lock
  per database and runs the linker's own SQL, unchanged, in an in-memory DuckDB copy of the
  incident tables (`IncidentMirror`); what the batch changed is written back in the same
  transaction. The copy is kept between batches; when other writers have linked since (a
  version number in `incident_sync`), it catches up from their log (`incident_log`: the
  articles each linking wrote and the groups it rewrote), or is loaded again whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..errors import E_STORE_MISSING, E_STORE_SERVER, E_TEAM_NOT_INSTALLED, CommuniqueError
from ..model import RECORD_KINDS, CodedArticle
from .base import Row, TableFormat
from .bulk import insert_sql, quote_ident, row_structure, rows_json
from .embedded import DuckDBStore, migrations
from .incidents import link_articles
from .queries import POSTGRES, Queries
from .reads import SqlReads
from .rows import TABLES, batch_rows, check_table

if TYPE_CHECKING:
    import psycopg

SCHEMA_FILE = "schema.postgres.sql"
INCIDENT_TABLES = ("incident_events", "incident_blocks", "incident_reports", "incidents")
# The raw tables the linker's features are computed from (incidents.features_sql).
LINKER_INPUTS = ("articles", "events", "places")
# Advisory lock keys, per schema: one schema is one store, so tests and teams can share a server.
ARTICLE_LOCKS = "SELECT pg_advisory_xact_lock(hashtext(current_schema()), hashtext(k)) FROM " \
                "(SELECT k FROM unnest(%s::text[]) AS k ORDER BY k OFFSET 0) AS ordered"
LINK_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':incidents', 0))"
MIGRATE_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':migrate', 0))"
FETCH_ROWS = 20_000  # rows per JSON chunk when copying a table into DuckDB
LOG_KEPT = 10_000  # linkings remembered: a copy further behind than this is loaded again whole


def import_optional(module: str, extra: str = "team") -> ModuleType:
    """An optional dependency (psycopg, dask), or a clear error naming what to install."""
    try:
        return import_module(module)
    except ImportError as e:
        raise CommuniqueError(f"{module} is not installed: pip install 'communique[{extra}]' "
                              f"[{E_TEAM_NOT_INSTALLED}]") from e


def placeholders(sql: str, params: Sequence[Any] | None) -> tuple[str, Sequence[Any] | None]:
    """The shared queries' `?` placeholders as psycopg's `%s` (and a literal % doubled)."""
    if not params:
        return sql, None
    return sql.replace("%", "%%").replace("?", "%s"), params


class PostgresStore(SqlReads):
    """Coded articles in a PostgreSQL database: writes, queries, exports (implements `base.Store`;
    its read queries are reads.SqlReads', shared with the DuckDB store)."""

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.psycopg = import_optional("psycopg")
        self.url = url
        try:
            self.con: psycopg.Connection[Any] = self.psycopg.connect(url, autocommit=True)
        except self.psycopg.Error as e:
            raise CommuniqueError(f"{redacted(url)}: cannot connect: {str(e).strip()} [{E_STORE_SERVER}]") from e
        self.mirror: IncidentMirror | None = None
        if read_only:
            if self.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                           "AND table_name = 'migrations'") == 0:
                self.con.close()
                raise CommuniqueError(f"{redacted(url)}: no store in this database; code some articles first "
                                      f"[{E_STORE_MISSING}]")
            self.con.execute("SET default_transaction_read_only = on")
        else:
            self.migrate()
        self._queries = Queries(POSTGRES, {t: self.column_names(t) for t in TABLES})
        self.interrupts = (self.psycopg.errors.QueryCanceled,)  # what a query stopped by `cancel` raises

    def close(self) -> None:
        self.con.close()
        if self.mirror is not None:
            self.mirror.close()
            self.mirror = None

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> None:
        """Apply the migrations not yet applied; one writer at a time (others wait, then see them)."""
        with self.con.transaction():
            self.con.execute(MIGRATE_LOCK)
            self.con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied TIMESTAMP)")
            # bookkeeping of the linker's copies, as `migrations` is of the schema: not a table of the store
            self.con.execute("CREATE TABLE IF NOT EXISTS incident_sync (version BIGINT NOT NULL)")
            self.con.execute("INSERT INTO incident_sync SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM incident_sync)")
            # what each linking changed, so that another writer's copy catches up without a reload
            self.con.execute("CREATE TABLE IF NOT EXISTS incident_log (version BIGINT PRIMARY KEY, "
                             "article_ids TEXT[] NOT NULL, components NUMERIC(20, 0)[] NOT NULL)")
            done = {row[0] for row in self.con.execute("SELECT name FROM migrations").fetchall()}
            for name, sql in migrations(SCHEMA_FILE):
                if name not in done:
                    self.con.execute(sql.encode())  # several statements: sent as one simple query
                    self.con.execute("INSERT INTO migrations VALUES (%s, now())", [name])

    def column_names(self, table: str) -> list[str]:
        rows = self.con.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                "current_schema() AND table_name = %s ORDER BY ordinal_position", [table]).fetchall()
        return [r[0] for r in rows]

    # -- writing ---------------------------------------------------------------------------

    def write(self, batch: Iterable[CodedArticle]) -> int:
        """Store a batch in one transaction, replacing what each article had before."""
        ids, by_table = batch_rows(batch)
        if not ids:
            return 0
        try:
            with self.con.transaction():
                self.con.execute(ARTICLE_LOCKS, [ids])
                for table in RECORD_KINDS:
                    self.con.execute(f"DELETE FROM {table} WHERE article_id = ANY(%s)", [ids])
                self.con.execute("DELETE FROM articles WHERE id = ANY(%s)", [ids])
                for table, rows in by_table.items():
                    if rows:
                        columns = list(rows[0])
                        self.copy_in(table, columns, ([row[c] for c in columns] for row in rows))
                self.link(ids, by_table)
        except BaseException:
            self.drop_mirror()  # it may hold what the rolled-back transaction did
            raise
        return len(ids)

    def replace_article(self, coded: CodedArticle) -> None:
        self.write([coded])

    def copy_in(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        names = ", ".join(quote_ident(c) for c in columns)
        with self.con.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def link(self, ids: list[str], by_table: dict[str, list[Row]]) -> None:
        """Re-link the incidents the batch touches (inside the write's transaction)."""
        self.con.execute(LINK_LOCK)
        version = self.scalar("SELECT version FROM incident_sync")
        if self.mirror is not None and self.mirror.version != version and not self.mirror.catch_up(self, version):
            self.drop_mirror()
        if self.mirror is None:
            self.mirror = IncidentMirror.load(self)
        change = self.mirror.link(ids, {t: by_table[t] for t in LINKER_INPUTS})
        self.con.execute("DELETE FROM incident_blocks WHERE eid IN "
                         "(SELECT eid FROM incident_events WHERE article_id = ANY(%s))", [ids])
        self.con.execute("DELETE FROM incident_events WHERE article_id = ANY(%s)", [ids])
        if change.gone_reports:
            self.con.execute("DELETE FROM incident_reports WHERE (article_id, idx) IN "
                             "(SELECT * FROM unnest(%s::text[], %s::int[]))",
                             [[a for a, _ in change.gone_reports], [i for _, i in change.gone_reports]])
        if change.gone_incidents:
            self.con.execute("DELETE FROM incidents WHERE id = ANY(%s)", [change.gone_incidents])
        for table, (columns, rows) in change.new_rows.items():
            if rows:
                self.copy_in(table, columns, rows)
        self.con.execute("INSERT INTO incident_log VALUES (%s, %s, %s::text[]::numeric[])",
                         [version + 1, ids, [str(c) for c in change.components]])
        self.con.execute("DELETE FROM incident_log WHERE version <= %s", [version + 1 - LOG_KEPT])
        self.con.execute("UPDATE incident_sync SET version = version + 1")
        self.mirror.version = version + 1

    def drop_mirror(self) -> None:
        if self.mirror is not None:
            self.mirror.close()
            self.mirror = None

    # -- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
        """Rows of a SELECT with `?` placeholders, as dicts (inside this backend only)."""
        cursor = self.con.execute(*placeholders(sql, params))
        names = [d.name for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @property
    def queries(self) -> Queries:
        return self._queries

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> int:
        row = self.con.execute(*placeholders(sql, params)).fetchone()
        assert row is not None  # an aggregate always gives a row
        return int(row[0])

    # -- exporting -------------------------------------------------------------------------

    def export_table(self, table: str, path: str, fmt: TableFormat) -> int:
        """One table (without the JSON record column) to CSV, by COPY, or Parquet, through DuckDB."""
        select = self.queries.table_rows(check_table(table))[0]
        if fmt == "csv":
            with open(path, "wb") as f, self.con.cursor() as cursor, \
                    cursor.copy(f"COPY ({select}) TO STDOUT WITH (FORMAT csv, HEADER true)") as copy:
                for chunk in copy:
                    f.write(chunk)
            return self.scalar(f"SELECT count(*) FROM {table}")
        with DuckDBStore(":memory:") as scratch:
            columns = [c for c in self._queries.columns[table] if c != "record"]
            scratch.con.execute(f"ALTER TABLE {table} ALTER COLUMN record DROP NOT NULL")  # not exported
            copied = copy_into_duckdb(self, scratch, table, columns)
            target = path.replace("'", "''")
            scratch.con.execute(f"COPY (SELECT {', '.join(quote_ident(c) for c in columns)} FROM {table}) "
                                f"TO '{target}' (FORMAT parquet)")
        return copied

    def cancel(self) -> None:
        """Stop the query running now (from another thread): the server ends it, and it raises
        QueryCanceled; the connection stays usable."""
        self.con.cancel_safe()


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, credentials = head.partition("//")
    return f"{scheme}//{credentials.split(':', 1)[0]}:***@{tail}"


def copy_into_duckdb(source: PostgresStore, target: DuckDBStore, table: str, columns: Sequence[str] | None = None,
                     where: str = "TRUE", params: Sequence[Any] | None = None) -> int:
    """The rows of a PostgreSQL table (those `where` selects, with psycopg `params`) into the
    same table of a DuckDB store, as JSON chunks turned into rows against DuckDB's column types
    (bulk.py); the number of rows copied."""
    columns = list(columns or target.column_types(table))
    structure = row_structure(columns, target.column_types(table))
    names = ", ".join(quote_ident(c) for c in columns)
    copied = 0
    with source.con.cursor() as cursor:
        cursor.execute(f"SELECT row_to_json(t)::text FROM (SELECT {names} FROM {table} WHERE {where}) AS t", params)
        while chunk := cursor.fetchmany(FETCH_ROWS):
            target.con.execute(insert_sql(table, columns), ["[" + ",".join(r[0] for r in chunk) + "]", structure])
            copied += len(chunk)
    return copied


class IncidentChange:
    """What a batch's linking changed in the incident tables: rows to delete, rows to insert."""

    def __init__(self) -> None:
        self.gone_reports: list[tuple[str, int]] = []
        self.gone_incidents: list[str] = []
        self.components: list[int] = []  # the groups the linking rewrote, as they were and as they are
        self.new_rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}


class IncidentMirror:
    """The incident tables of a PostgreSQL store, copied into an in-memory DuckDB store, where
    incidents.link_articles runs as it does on a DuckDB file."""

    def __init__(self, store: DuckDBStore, version: int) -> None:
        self.store = store
        self.version = version

    @classmethod
    def load(cls, source: PostgresStore) -> IncidentMirror:
        version = source.scalar("SELECT version FROM incident_sync")
        mirror = DuckDBStore(":memory:")
        for table in INCIDENT_TABLES:
            copy_into_duckdb(source, mirror, table)
        return cls(mirror, version)

    def close(self) -> None:
        self.store.close()

    def catch_up(self, source: PostgresStore, version: int) -> bool:
        """Bring the copy up to `version` from the log of the linkings since its own: the rows
        of the articles they wrote and of the groups they rewrote, read again. False when the
        log no longer reaches back to this copy's version (it is then loaded again whole)."""
        logged = source.con.execute("SELECT article_ids, components::text[] FROM incident_log "
                                    "WHERE version > %s AND version <= %s", [self.version, version]).fetchall()
        if len(logged) != version - self.version:
            return False
        ids = sorted({a for row in logged for a in row[0]})
        components = sorted({c for row in logged for c in row[1]})
        con = self.store.con
        listed = {"ids": ids, "c": [int(c) for c in components]}
        con.execute("DELETE FROM incident_blocks WHERE eid IN (SELECT eid FROM incident_events "
                    "WHERE article_id IN (SELECT unnest($ids)))", {"ids": ids})
        con.execute("DELETE FROM incident_events WHERE article_id IN (SELECT unnest($ids))", {"ids": ids})
        con.execute("DELETE FROM incident_reports WHERE component IN (SELECT unnest($c)) "
                    "OR article_id IN (SELECT unnest($ids))", listed)
        con.execute("DELETE FROM incidents WHERE component IN (SELECT unnest($c))", {"c": listed["c"]})
        by_ids = ("article_id = ANY(%s)", [ids])
        in_groups = ("component = ANY(%s::text[]::numeric[])", [components])
        copy_into_duckdb(source, self.store, "incident_events", where=by_ids[0], params=by_ids[1])
        copy_into_duckdb(source, self.store, "incident_blocks", where="eid IN (SELECT eid FROM incident_events "
                         "WHERE article_id = ANY(%s))", params=[ids])
        copy_into_duckdb(source, self.store, "incident_reports", where=f"{in_groups[0]} OR {by_ids[0]}",
                         params=[components, ids])
        copy_into_duckdb(source, self.store, "incidents", where=in_groups[0], params=in_groups[1])
        self.version = version
        return True

    def link(self, ids: list[str], inputs: dict[str, list[Row]]) -> IncidentChange:
        """Link the batch in the copy; what changed, for the PostgreSQL side."""
        con = self.store.con
        for table in ("incident_reports", "incidents"):
            con.execute(f"CREATE OR REPLACE TEMP TABLE _before_{table} AS SELECT * FROM {table}")
        for table, rows in inputs.items():
            if rows:
                columns = list(rows[0])
                con.execute(insert_sql(table, columns), [rows_json(rows, columns),
                                                         row_structure(columns, self.store.column_types(table))])
        link_articles(con, ids)
        change = IncidentChange()
        listed = {"ids": ids}
        change.gone_reports = [(a, int(i)) for a, i in con.execute(
            "SELECT article_id, idx FROM (SELECT * FROM _before_incident_reports EXCEPT "
            "SELECT * FROM incident_reports)").fetchall()]
        change.gone_incidents = [r[0] for r in con.execute(
            "SELECT id FROM (SELECT * FROM _before_incidents EXCEPT SELECT * FROM incidents)").fetchall()]
        differences = [f"SELECT component FROM (SELECT * FROM {x} EXCEPT SELECT * FROM {y})"
                       for t in ("incident_reports", "incidents")
                       for x, y in ((f"_before_{t}", t), (t, f"_before_{t}"))]
        change.components = [int(r[0]) for r in con.execute(" UNION ".join(differences)).fetchall()]
        selects = {
            "incident_events": "SELECT * FROM incident_events WHERE article_id IN (SELECT unnest($ids))",
            "incident_blocks": "SELECT b.* FROM incident_blocks b WHERE b.eid IN "
                               "(SELECT eid FROM incident_events WHERE article_id IN (SELECT unnest($ids)))",
            "incident_reports": "SELECT * FROM incident_reports EXCEPT SELECT * FROM _before_incident_reports",
            "incidents": "SELECT * FROM incidents EXCEPT SELECT * FROM _before_incidents",
        }
        for table, sql in selects.items():
            cursor = con.execute(sql, listed if "$ids" in sql else None)
            change.new_rows[table] = ([d[0] for d in cursor.description or []], cursor.fetchall())
        for table in LINKER_INPUTS:  # the copy keeps only the incident tables
            con.execute(f"DELETE FROM {table}")
        return change
