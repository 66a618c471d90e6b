"""The PETRARCH/Phoenix dictionary import, on short verbatim excerpts of the real files
(fixtures/petrarch/, MIT licence, Open Event Data Alliance)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.actors.petrarch import (
    convert_dictionaries,
    iso_date,
    load_legacy_codes,
    parse_code,
    read_actor_dictionary,
    read_agent_dictionary,
)
from communique.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "petrarch"


@pytest.fixture(scope="module")
def legacy() -> dict[str, str]:
    return load_legacy_codes()


@pytest.mark.parametrize(("raw", "expected"), [
    ("080507", "2008-05-07"),
    ("700101", "1970-01-01"),
    ("20000507", "2000-05-07"),
    ("19270101", "1927-01-01"),
    ("2004017", None),  # a typo in the International dictionary: not a date
    ("081399", None),
])
def test_iso_date(raw: str, expected: str | None) -> None:
    assert iso_date(raw) == expected


@pytest.mark.parametrize(("bracket", "expected"), [
    ("RUSGOV 20000507-", ("RUSGOV", "2000-05-07", None)),
    ("RUSGOV >080508", ("RUSGOV", "2008-05-08", None)),
    ("HTIOPPMED <061231", ("HTIOPPMED", None, "2006-12-31")),
    ("RUSGOV 991231-080507", ("RUSGOV", "1999-12-31", "2008-05-07")),
    ("KSVGOV > 110222", ("KOSGOV", "2011-02-22", None)),  # legacy country code rewritten
    ("RUSELI", ("RUSELI", None, None)),
    ("---", None),
])
def test_parse_code(bracket: str, expected: tuple | None, legacy: dict[str, str]) -> None:
    tenure = parse_code(bracket, legacy)
    assert (None if tenure is None else (tenure.code, tenure.start, tenure.end)) == expected


def test_putin_block_keeps_every_dated_code(legacy: dict[str, str]) -> None:
    lines = (FIXTURES / "Phoenix.Countries.actors.txt").read_text(encoding="utf-8").splitlines()
    entries = {e.phrases[0]: e for e in read_actor_dictionary(lines, legacy)}
    putin = entries["VLADIMIR PUTIN"]
    assert "PRESIDENT VLADIMIR PUTIN" in putin.phrases
    assert [t.as_text() for t in putin.tenures] == [
        "RUSELI 1970-01-01/1999-08-09", "RUSGOV 1999-12-31/2008-05-07", "RUSGOV 1999-08-09/2000-05-07",
        "RUSGOV 2008-05-08/", "RUSELI"]
    assert entries["KREMLIN"].phrases == ["KREMLIN", "RUSSIAN WHITE HOUSE"]


def test_name_lines_without_codes_join_the_next_entry(legacy: dict[str, str]) -> None:
    lines = (FIXTURES / "Phoenix.International.actors.txt").read_text(encoding="utf-8").splitlines()
    entries = list(read_actor_dictionary(lines, legacy))
    un = next(e for e in entries if e.phrases[0] == "U.N.")
    assert "UN SECRETARY GENERAL" in un.phrases and [t.code for t in un.tenures] == ["IGOUNO"]


def test_agents_expand_macros_and_plurals() -> None:
    lines = (FIXTURES / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines()
    agents = {phrase: sector for phrase, sector, _ in read_agent_dictionary(lines)}
    assert agents["policemen"] == "COP"
    assert agents["chambers of commerce"] == "BUS"
    assert agents["civil defense ministry"] == "GOVMIL"


def test_convert_writes_kb_files(tmp_path: Path, legacy: dict[str, str]) -> None:
    written = convert_dictionaries(FIXTURES, tmp_path, legacy)
    assert set(written) == {"petrarch_countries.tsv", "petrarch_international.tsv", "petrarch_nonstate.tsv",
                            "petrarch_agents.tsv"}
    countries = (tmp_path / "petrarch_countries.tsv").read_text(encoding="utf-8")
    assert "MIT License" in countries and (tmp_path / "LICENSE-petrarch.txt").is_file()
    putin = next(line for line in countries.splitlines() if line.startswith("Vladimir Putin\t"))
    assert "RUSGOV 2008-05-08/" in putin.split("\t")[1]
    nonstate = (tmp_path / "petrarch_nonstate.tsv").read_text(encoding="utf-8")
    assert "Sheikh Ahmed Yassin\tPSEREBHMS 1987-01-01/2004-03-22\t" in nonstate


def test_cli_import_petrarch(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["kb", "import-petrarch", str(FIXTURES), "-o", str(tmp_path / "kb")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kb" / "petrarch_international.tsv").is_file()


def test_cli_import_petrarch_refuses_a_folder_without_dictionaries(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["kb", "import-petrarch", str(tmp_path), "-o", str(tmp_path / "kb")])
    assert result.exit_code != 0 and "E403" in result.output
