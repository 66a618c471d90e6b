"""Every store test runs on both backends: a DuckDB file, and a schema of its own in the
PostgreSQL server named by COMMUNIQUE_TEST_PG (`.ci/run` starts one and sets it).

Locally, without COMMUNIQUE_TEST_PG, the PostgreSQL runs are skipped; in CI (`CI` set) they
fail instead, so they can never be skipped there without anyone noticing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from urllib.parse import quote

import pytest

PG_ENV = "COMMUNIQUE_TEST_PG"


def postgres_server() -> str:
    """The test server's URL, or a skip (locally) / a failure (in CI) when there is none."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set in CI: .ci/run must start PostgreSQL and export it")
        pytest.skip(f"{PG_ENV} is not set (a postgresql:// URL of a test server)")
    return url


def with_schema(url: str, schema: str) -> str:
    """The URL with the search path set to `schema`: one schema is one store."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def new_postgres_store() -> Iterator[Callable[[], str]]:
    """A factory of URLs of empty PostgreSQL stores (fresh schemas), dropped after the test."""
    import psycopg

    server = postgres_server()
    made: list[str] = []

    def make() -> str:
        schema = f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(server, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        return with_schema(server, schema)

    yield make
    with psycopg.connect(server, autocommit=True) as con:
        for schema in made:
            con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["duckdb", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def new_store(backend: str, tmp_path, request: pytest.FixtureRequest) -> Callable[[], str]:
    """A factory of locations of empty stores of the test's backend (a DuckDB path or a URL)."""
    if backend == "postgres":
        return request.getfixturevalue("new_postgres_store")
    counter = iter(range(1_000_000))
    return lambda: str(tmp_path / f"store-{next(counter)}.duckdb")


@pytest.fixture
def location(new_store: Callable[[], str]) -> str:
    """The location of one empty store of the test's backend."""
    return new_store()


@pytest.fixture
def write_errors(backend: str) -> tuple[type[BaseException], ...]:
    """What a write that the database refuses raises, by backend."""
    if backend == "postgres":
        import psycopg

        return (psycopg.Error, ValueError)
    import duckdb

    return (duckdb.Error, ValueError)
