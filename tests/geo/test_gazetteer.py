"""The gazetteer tables: they load, every curated alias names an entry, and lookups behave."""

from __future__ import annotations

import pytest

from communique.geo.gazetteer import load_gazetteer, name_key


@pytest.mark.parametrize(("name", "kind", "country", "geonameid"), [
    ("U.S.", "country", "USA", 6252001),
    ("the United States", "country", "USA", 6252001),
    ("Türkiye", "country", "TUR", 298795),
    ("Ivory Coast", "country", "CIV", 2287781),
    ("Kiev", "city", "UKR", 703448),
    ("D.C.", "city", "USA", 4140963),
    ("NYC", "city", "USA", 5128581),
    ("Kyiv", "city", "UKR", 703448),
    ("Istanbul", "city", "TUR", 745044),
    ("Saudi Arabia", "country", "SAU", 102358),
    ("Kremlin", "seat", "RUS", 524901),
    ("Calif.", "admin1", "USA", 5332921),
    ("Middle East", "region", None, 6269133),
])
def test_name_has_a_main_entry(name, kind, country, geonameid):
    entries = [c.entry for c in load_gazetteer().lookup(name)]
    assert any(e.kind == kind and e.country == country and e.geonameid == geonameid for e in entries)


def test_georgia_is_a_country_and_a_us_state():
    entries = {(c.entry.kind, c.entry.country) for c in load_gazetteer().lookup("Georgia")}
    assert {("country", "GEO"), ("admin1", "USA")} <= entries


@pytest.mark.parametrize("abbreviation", ["EU", "WA"])
def test_short_capitals_never_name_a_town(abbreviation):
    # "EU" is also the French town of Eu, "WA" the Ghanaian town of Wa: not what news means.
    assert any(c.entry.kind == "city" for c in load_gazetteer().candidates(name_key(abbreviation)))
    assert all(c.entry.kind != "city" for c in load_gazetteer().lookup(abbreviation))


@pytest.mark.parametrize("name", ["Stalingrad Pizza", "the", ""])
def test_unknown_names_have_no_candidates(name):
    assert not load_gazetteer().lookup(name)


@pytest.mark.parametrize(("text", "key"), [
    ("The Hague", "hague"), ("Russia\u2019s", "russia"), ("  New   York ", "new york"), ("U.S.", "u.s."),
])
def test_name_key(text, key):
    assert name_key(text) == key


def test_every_country_has_a_point_and_an_id():
    for entry in load_gazetteer().countries.values():
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180
        assert entry.geonameid


def test_every_division_knows_its_geonames_admin1_code():
    # the code comes from the division's seat city; containment ("Springfield, Illinois") needs it
    divisions = {c.entry for candidates in load_gazetteer().names.values() for c in candidates
                 if c.entry.kind == "admin1"}
    assert divisions and all(d.admin1 for d in divisions)


@pytest.mark.parametrize(("text", "found"), [("ACT", True), ("Act", False), ("NSW", True), ("Nsw", False)])
def test_abbreviations_match_only_in_capitals(text, found):
    assert any(c.entry.kind == "admin1" for c in load_gazetteer().lookup(text)) is found
