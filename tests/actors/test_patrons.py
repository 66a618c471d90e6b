"""A party hyphened to a leading participle gives the noun after it its country ("Vietnamese-led
forces": VNM); one hyphened to a backing participle is a patron, neither the noun's country nor
an actor, nor a place that says where the story is ("US-backed Kurdish forces" are no US forces,
"the U.N.-backed government in Tripoli" no UN body). rules.toml `leading_participles`,
`backing_participles`. Issue 12, class 1: "Vietnamese-led forces have retaken a strategic
village in Western Cambodia" (PLOVER GSR dev, half A, coded KHMMIL before); the others are
written for the test after ConfliBERT dev phrases ("the U.N.-backed government in Libya",
"Iranian-backed Houthis", "US-backed forces")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def actor_cameos(coded: CodedArticle) -> list[list[str | None]]:
    return [[a.cameo for a in e.actor] for e in coded.events]


def test_the_leader_gives_the_forces_their_country(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Vietnamese-led forces have retaken a strategic village in Western Cambodia, Thai military "
                      "sources said today.", published="1985-03-05")
    assert actor_cameos(coded)[:1] == [["VNMMIL"]]


def test_a_backed_government_is_not_its_patron(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The U.N.-backed government in Tripoli condemned the attack by Haftar's forces.",
                      published="2019-04-10")
    assert [a.cameo for a in coded.actors if "government" in a.text] == ["LBYGOV"]
    assert not [a for a in coded.actors if a.code == "UNO"]


@pytest.mark.parametrize("text", [
    "US-backed Kurdish forces captured the town from Islamic State fighters.",
    "Russia-backed separatists attacked Ukrainian troops near Donetsk on Monday.",
])
def test_the_patron_is_no_actor(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text, published="2017-06-10")
    assert all(cameo not in ("USA", "USAMIL", "RUS", "RUSMIL") for side in actor_cameos(coded) for cameo in side)


def test_the_separatists_still_take_their_place(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia-backed separatists attacked Ukrainian troops near Donetsk on Monday.",
                      published="2017-06-10")
    assert actor_cameos(coded) == [["UKRREB"]]


def test_a_written_country_without_a_hyphen_is_still_the_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia backed the separatists in eastern Ukraine on Monday.", published="2017-06-10")
    assert any(a.code == "RUS" for a in coded.actors)
