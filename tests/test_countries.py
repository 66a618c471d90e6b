"""The shared country table: one row per country, read by the gazetteer and the actor KB alike."""

from __future__ import annotations

import pytest

from communique.actors import load_kb
from communique.countries import actor_countries, country_rows, gazetteer_countries
from communique.geo.gazetteer import load_gazetteer


def test_one_row_per_country() -> None:
    codes = [row.iso3 for row in country_rows()]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(("iso3", "in_gazetteer", "is_actor"), [
    ("RUS", True, True),
    ("ABW", True, False),  # Aruba: a place, not a state the actors stage codes
])
def test_each_stage_reads_its_rows(iso3: str, in_gazetteer: bool, is_actor: bool) -> None:
    assert (iso3 in {r.iso3 for r in gazetteer_countries()}) is in_gazetteer
    assert (iso3 in {r.iso3 for r in actor_countries()}) is is_actor
    assert (iso3 in load_gazetteer().countries) is in_gazetteer
    assert (iso3 in load_kb().countries) is is_actor


def test_kosovo_has_one_code_for_places_and_actors() -> None:
    # KOS (PLOVER/CAMEO); the gazetteer's entry comes from geo/corrections.toml
    assert "KOS" in load_gazetteer().countries and "KOS" in load_kb().countries
    assert "XKX" not in load_gazetteer().countries


def test_actor_name_may_differ_from_the_gazetteer_name() -> None:
    row = next(r for r in country_rows() if r.iso3 == "CZE")
    assert (row.name, row.actor_name) == ("Czechia", "Czech Republic")
    assert load_gazetteer().countries["CZE"].name == "Czechia"
    assert load_kb().countries["CZE"].name == "Czech Republic"
