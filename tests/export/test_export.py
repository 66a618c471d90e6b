"""Output formats registered by name, over a real DuckDB file (records built by hand: this tests
the exporters, not the stages)."""

from __future__ import annotations

import io
import json

import pytest

from communique.errors import CommuniqueError
from communique.export import REGISTRY, ExportRequest, output_format, output_formats, register_output_format
from communique.model import Article, CodedArticle, TimeExpr
from communique.store import Store, open_store


@pytest.fixture
def store(tmp_path):
    article = Article(id="a1", title="Talks", published="2025-04-08", text="Talks will take place Thursday.")
    coded = CodedArticle(article=article, timexes=[TimeExpr(text="Thursday", start=22, end=30, type="DATE",
                                                            value="2025-04-10", sentence=0)])
    with open_store(str(tmp_path / "export.duckdb")) as opened:
        opened.write([coded])
        yield opened


def test_the_packaged_formats_are_registered():
    assert {"jsonl", "csv", "parquet", "gdelt", "plover"} <= set(output_formats())
    assert output_format("parquet").needs_file and not output_format("csv").needs_file


def test_jsonl_writes_the_output_contract(store):
    stdout = io.StringIO()
    assert output_format("jsonl").write(store, ExportRequest(stdout=stdout)) is None
    (line,) = stdout.getvalue().splitlines()
    assert json.loads(line)["timexes"][0]["value"] == "2025-04-10"


def test_csv_to_standard_output_and_to_a_file(store, tmp_path):
    stdout = io.StringIO()
    output_format("csv").write(store, ExportRequest(stdout=stdout, table="timexes"))
    assert stdout.getvalue().splitlines()[0].startswith('"article_id","idx","type","value"')  # text quoted
    path = str(tmp_path / "t.csv")
    assert output_format("csv").write(store, ExportRequest(stdout=stdout, table="timexes", path=path)) == 1


def test_an_unknown_format_or_table_is_a_clear_error(store):
    with pytest.raises(CommuniqueError, match=r"no output format 'gdelt1'.*\[E305\]"):
        output_format("gdelt1")
    with pytest.raises(CommuniqueError, match="no table 'nope'"):
        output_format("csv").write(store, ExportRequest(stdout=io.StringIO(), table="nope"))


def test_a_registered_function_becomes_a_format(store):
    @register_output_format("article-count", help="how many articles")
    def count(store: Store, request: ExportRequest) -> int:
        request.stdout.write(f"{store.counts()['articles']}\n")
        return 1

    try:
        stdout = io.StringIO()
        assert output_format("article-count").write(store, ExportRequest(stdout=stdout)) == 1
        assert stdout.getvalue() == "1\n"
    finally:
        del REGISTRY["article-count"]
