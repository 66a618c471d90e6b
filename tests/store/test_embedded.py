"""What is particular to the DuckDB store, in a real file: its bulk inserts and its schema (the
promises every backend keeps are tested on each in test_store.py)."""

from __future__ import annotations

import pytest

from communique.errors import CommuniqueError
from communique.model import Actor, Place
from communique.store import (
    DuckDBStore,
    open_store,
)
from communique.store.rows import TABLES, rows_for

from .store_samples import coded


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "test.duckdb")


def test_bulk_write_stores_what_row_by_row_inserts_did(db_path):
    """Every column of every table as a plain parameterised INSERT stores it (the old path)."""
    batch = [coded("a1", events=3), coded("a2", date="2025-02")]
    batch[0].places = [Place(text="Istanbul", name="Istanbul", geonameid=745044, country="TUR", lat=41.01,
                             lon=28.95, role="event", sentence=0, start=35, end=43)]
    with open_store(db_path) as store:
        store.write(batch)
        stored = {t: store.query(f"SELECT * FROM {t} ORDER BY ALL") for t in TABLES}
    reference = DuckDBStore(db_path + ".ref").con  # the same schema, filled row by row
    for coded_article in batch:
        for table, rows in rows_for(coded_article).items():
            for row in rows:
                names = ", ".join(f'"{c}"' for c in row)
                reference.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in row)})",
                                  list(row.values()))
    for table, rows in stored.items():
        cursor = reference.execute(f"SELECT * FROM {table} ORDER BY ALL")
        names = [d[0] for d in cursor.description]
        assert [dict(zip(names, r, strict=True)) for r in cursor.fetchall()] == rows, table


def test_rows_name_every_column_of_the_schema(db_path):
    with DuckDBStore(db_path) as store:  # the backend itself: the check reads its schema in SQL
        article = coded("a1")
        article.actors = [Actor(text="Moscow", start=0, end=6)]
        article.places = [Place(text="Istanbul", start=22, end=30)]
        for table, rows in rows_for(article).items():
            assert rows, f"give this test's article a record of {table}"
            schema = [d["column_name"] for d in store.query(f"DESCRIBE {table}")]
            assert list(rows[0]) == schema, table



@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB file system of its own (tmpfs), where the test can fill the disk or make it
    read-only; skipped where mounting is not allowed (not root, no CAP_SYS_ADMIN)."""
    import subprocess

    folder = tmp_path / "small"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_a_full_disk_is_named_and_what_was_stored_stays(small_disk):
    path = str(small_disk / "full.duckdb")
    store = open_store(path)
    store.write([coded("a1")])
    large = [coded(f"b{i}") for i in range(30)]
    for article in large:
        article.article.text = "x" * 600_000
    with pytest.raises(CommuniqueError, match=r"the disk is full.*No space left on device.*\[E308\]"):
        store.write(large)
    store.close()
    with open_store(path, read_only=True) as reopened:
        assert reopened.counts()["articles"] == 1 and reopened.coded("a1") is not None


def test_a_read_only_disk_is_named(small_disk):
    import subprocess

    path = str(small_disk / "ro.duckdb")
    open_store(path).close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(CommuniqueError, match=r"cannot be written.*\[E307\]"):
        open_store(path)
    with open_store(path, read_only=True) as reading:  # reading it still works
        assert reading.counts()["articles"] == 0


def test_a_writer_runs_duckdb_on_one_thread_and_beside_a_reader_of_this_process(db_path):
    """`communique code`'s writer (hold=False) asks DuckDB for WRITER_THREADS threads; DuckDB
    refuses a second connection to a file with other settings than the first, so beside a
    reader this process holds open it takes the reader's settings and still writes."""
    from communique.store.embedded import WRITER_THREADS

    writer = open_store(db_path, hold=False)
    assert writer.con.execute("SELECT current_setting('threads')").fetchone() == (WRITER_THREADS,)
    writer.close()
    with open_store(db_path) as reader:
        beside = open_store(db_path, hold=False)
        beside.write([coded("a1", events=1)])
        assert reader.scalar("SELECT count(*) FROM articles") == 1
