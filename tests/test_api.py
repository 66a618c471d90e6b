"""The notebook API, run as the README shows it: the README's example is executed here."""

from __future__ import annotations

import importlib.util
import re

import pytest

import communique
from communique.errors import ArticleRejected
from conftest import ROOT


def readme_notebook_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### In a notebook", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL)[1]


def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(readme_notebook_example(), namespace)  # noqa: S102 (the README's own code, as a reader runs it)
    assert capsys.readouterr().out.strip() == "CONSULT 2025-04-10 Istanbul"  # what its comment says
    events, by_dyad = namespace["events"], namespace["by_dyad"]
    if importlib.util.find_spec("pandas") is None:  # rows without pandas
        assert isinstance(events, list) and events[0]["event_type"] == "CONSULT"
        assert by_dyad[0]["events"] == 1
    else:
        assert list(events["event_type"]) == ["CONSULT"]
    assert (tmp_path / "notebook.duckdb").exists()


def test_code_takes_records_and_lists_and_dates_what_lacks_a_date():
    coded = communique.code([{"text": "Russia invaded Ukraine in 2022.", "id": "r1"},
                             {"text": "China and Vietnam signed a trade agreement on Monday.", "id": "r2",
                              "published": "Nov. 1, 2005"}], published="2025-04-08")
    assert [c.article.id for c in coded] == ["r1", "r2"]
    assert coded[0].article.published == "2025-04-08" and coded[1].article.published == "2005-11-01"
    assert coded[0].events[0].event_type == "COERCE"


def test_a_record_that_cannot_be_read_raises_its_rejection():
    with pytest.raises(ArticleRejected, match=r"\[E008\]"):
        communique.code({"title": "no text"})
