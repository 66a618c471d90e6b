"""`--format gdelt` and `--format plover`: incidents of real article excerpts, coded by the real
pipeline into a real DuckDB file, exported, and read back as an analyst would: the GDELT file
loaded into DuckDB and into pandas with the codebook's header and types, the PLOVER records
checked against the manual's field list (shipped as data/export/plover_fields.toml, its source
credited there).

Excerpts: AFP, 17 December 2006 (AFP_ENG_20061216.0438 "ADDS identity of victim" and
AFP_ENG_20061216.0460 "UPDATES with new clash"), two reports of Abbas's call for early elections.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import duckdb
import pandas as pd
import pytest

from communique.errors import CommuniqueError
from communique.export import ExportRequest, output_format
from communique.export.gdelt import columns, global_event_id
from communique.model import CodedArticle
from communique.resources import load_toml
from communique.store import IncidentFilter, Store, open_store
from conftest import ABBAS_0438, ABBAS_0460


@pytest.fixture(scope="module")
def store(tmp_path_factory, code_text: Callable[..., CodedArticle]):
    path = tmp_path_factory.mktemp("exports") / "x.duckdb"
    batch = [code_text(ABBAS_0438, published="2006-12-17", id="afp-0438", outlet="AFP", url="https://example.org/0438"),
             code_text(ABBAS_0460, published="2006-12-17", id="afp-0460", outlet="AFP")]
    with open_store(str(path)) as opened:
        opened.write(batch)
        yield opened


def the_call(store: Store) -> dict:
    (row,) = [r for r in store.incidents(IncidentFilter(min_articles=2)) if r["event_type"] == "REQUEST"]
    return row


@pytest.fixture(scope="module")
def gdelt_file(store, tmp_path_factory) -> tuple[str, int]:
    """The GDELT export of the store: its path and the rows written."""
    path = tmp_path_factory.mktemp("gdelt") / "events.tsv"
    written = output_format("gdelt").write(store, ExportRequest(stdout=io.StringIO(), path=str(path)))
    assert written and written >= 1
    return str(path), written


def test_gdelt_loads_with_the_official_header_and_types(store, gdelt_file):
    path, written = gdelt_file
    cols = columns()
    assert len(cols) == 61 and cols[0].name == "GLOBALEVENTID" and cols[-1].name == "SOURCEURL"
    spec = "{" + ", ".join(f"'{c.name}': '{c.sql_type}'" for c in cols) + "}"
    con = duckdb.connect()
    con.execute(f"CREATE TABLE g AS SELECT * FROM read_csv('{path}', delim = '\\t', header = false, "
                f"quote = '', columns = {spec})")
    described = con.execute("DESCRIBE g").fetchall()
    assert [d[0] for d in described] == [c.name for c in cols]
    assert [d[1] for d in described] == [c.sql_type for c in cols]
    assert con.execute("SELECT count(*) FROM g").fetchone()[0] == written
    call = the_call(store)
    row = con.execute("SELECT SQLDATE, MonthYear, EventRootCode, Actor1CountryCode, NumArticles, NumSources, "
                      "NumMentions, SOURCEURL, AvgTone, DATEADDED FROM g WHERE GLOBALEVENTID = ?",
                      [global_event_id(call["id"])]).fetchone()
    # "called Saturday" in a report published Sunday 17 December: the call was on the 16th
    assert row[:6] == (20061216, 200612, "02", "PSE", 2, 1)  # CAMEO 02: appeal
    assert row[6] >= 2 and row[7] == "https://example.org/0438" and row[8] is None
    assert row[9] == 20061217000000


# The codebook's SQL types as pandas reads them: integers nullable (a date known only to the
# month leaves SQLDATE empty), text as strings, not objects.
PANDAS_TYPES = {"BIGINT": "Int64", "INTEGER": "Int32", "DOUBLE": "float64", "VARCHAR": "string"}


def test_gdelt_loads_into_pandas_with_the_official_header_and_types(store, gdelt_file):
    path, written = gdelt_file
    cols = columns()
    frame = pd.read_csv(path, sep="\t", header=None, names=[c.name for c in cols], quoting=csv.QUOTE_NONE,
                        dtype={c.name: PANDAS_TYPES[c.sql_type] for c in cols}, keep_default_na=False,
                        na_values=[""])
    # one column per codebook field, nothing shifted: a stray tab in a cell would make a 62nd
    assert frame.shape == (written, 61)
    assert list(frame.columns) == [c.name for c in cols]
    assert [str(t) for t in frame.dtypes] == [PANDAS_TYPES[c.sql_type] for c in cols]
    assert frame["GLOBALEVENTID"].is_unique and frame["GLOBALEVENTID"].notna().all()
    (call,) = frame[frame["GLOBALEVENTID"] == global_event_id(the_call(store)["id"])].to_dict("records")
    # the same row as DuckDB reads: the call of Saturday 16 December, reported by two AFP stories
    assert (call["SQLDATE"], call["MonthYear"], call["Year"]) == (20061216, 200612, 2006)
    assert (call["EventRootCode"], call["Actor1CountryCode"], call["NumArticles"], call["NumSources"]) == (
        "02", "PSE", 2, 1)
    assert call["NumMentions"] >= 2 and call["SOURCEURL"] == "https://example.org/0438"
    assert pd.isna(call["AvgTone"]) and call["DATEADDED"] == 20061217000000
    assert abs(call["FractionDate"] - (2006 + 350 / 365)) < 1e-3  # 16 December is day 350


def test_every_empty_gdelt_column_says_why():
    for column in columns():
        assert bool(column.filled) != bool(column.empty_because), column.name


def test_plover_records_use_the_manuals_fields(store):
    fields = load_toml("export/plover_fields.toml")
    allowed = set(fields["record"]["required"]) | set(fields["record"]["optional"]) | set(fields["extra"]["fields"])
    stdout = io.StringIO()
    output_format("plover").write(store, ExportRequest(stdout=stdout))
    records = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert records
    for record in records:
        assert set(fields["record"]["required"]) <= set(record), record
        assert set(record) <= allowed, set(record) - allowed
        for part in record["actor"] + record["recipient"]:
            assert set(part) <= set(fields["entity"]["fields"])
        if record["event_loc"]:
            assert set(record["event_loc"]) <= set(fields["location"]["fields"])
        assert set(record["cite_info"]) <= set(fields["citation"]["fields"])
        assert set(record["text_info"]) <= set(fields["text"]["fields"])
    call = next(r for r in records if r["id"] == the_call(store)["id"])
    assert call["event"] == ["REQUEST"] and call["date"] == "2006-12-16" and call["num_articles"] == 2
    assert call["incident"] == call["id"] and call["status"] == "asserted" and call["date_precision"] == "day"
    assert any(p["code"] == "PSE" for p in call["actor"]) and "Abbas" in call["evidence"]


def test_the_docs_table_is_the_data_file():
    from pathlib import Path

    docs = (Path(__file__).parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")
    for i, c in enumerate(columns(), 1):
        assert f"| {i} | {c.name} | {c.sql_type} | {c.filled} | {c.empty_because} |" in docs


@pytest.mark.parametrize("name", ["gdelt", "plover"])
def test_an_unwritable_output_file_is_one_coded_error(store, tmp_path, name):
    request = ExportRequest(stdout=io.StringIO(), path=str(tmp_path / "no-such-folder" / "out"))
    with pytest.raises(CommuniqueError, match=r"cannot write the output file.*\[E905\]"):
        output_format(name).write(store, request)
