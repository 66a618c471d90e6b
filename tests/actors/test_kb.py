"""The actor knowledge base: names, case rules and dated roles."""

from __future__ import annotations

import pytest

from communique.actors.kb import (
    COUNTRY,
    DEMONYM,
    PERSON,
    SEAT,
    load_kb,
    parse_tenures,
    person_by_surname,
    text_key,
)
from communique.errors import DataFileError


@pytest.mark.parametrize(("written", "kind", "cameo"), [
    ("Russia", COUNTRY, "RUS"),
    ("Türkiye", COUNTRY, "TUR"),
    ("Ivory Coast", COUNTRY, "CIV"),
    ("U.S.", COUNTRY, "USA"),
    ("Saudi", DEMONYM, "SAU"),
    ("Kremlin", SEAT, "RUSGOV"),
    ("Downing Street", SEAT, "GBRGOV"),
    ("Elysee", SEAT, "FRAGOV"),
])
def test_names(written: str, kind: str, cameo: str) -> None:
    entries = [p.entry for p in load_kb().lookup(text_key(written))]
    assert any(e.kind == kind and e.cameo_on("2025-04-08") == cameo for e in entries)


@pytest.mark.parametrize(("written", "found"), [
    ("US", True), ("us", False), ("WHO", True), ("who", False), ("UN", True), ("un", False),
])
def test_short_names_match_only_as_written(written: str, found: bool) -> None:
    from communique.actors.matching import written_as_name

    kb = load_kb()
    assert any(written_as_name(p, written, kb) for p in kb.lookup(text_key(written))) is found


@pytest.mark.parametrize(("name", "date", "cameo"), [
    ("Donald Trump", "2019-06-01", "USAGOV"),
    ("Donald Trump", "2023-06-01", "USAELI"),
    ("Donald Trump", "2025-04-08", "USAGOV"),
    ("Marco Rubio", "2024-06-01", "USALEG"),
    ("Marco Rubio", "2025-04-08", "USAGOV"),
    ("Bashar al-Assad", "2025-04-08", "SYRELI"),
    ("Vladimir Putin", "2025-04-08", "RUSGOV"),  # people.tsv
    ("Kofi Annan", "2000-01-05", "IGOUNO"),  # the Phoenix International dictionary
])
def test_a_role_valid_on_the_date_wins(name: str, date: str, cameo: str) -> None:
    entries = [p.entry for p in load_kb().lookup(text_key(name)) if p.entry.kind == PERSON]
    assert entries[0].cameo_on(date) == cameo


def test_surname_of_the_one_holder_on_the_date() -> None:
    kb = load_kb()
    assert person_by_surname(kb, "Mugabe", "2000-01-05").name == "Robert Mugabe"
    assert person_by_surname(kb, "Smith", "2000-01-05") is None  # many Smiths: nobody


def test_a_bad_date_is_a_coded_error() -> None:
    with pytest.raises(DataFileError, match="E402"):
        parse_tenures("USAGOV 2025-13/", "people.tsv:9")
