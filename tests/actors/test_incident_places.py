"""A capital compounded to an attack or other incident noun names where it happened, not the
government that did it (rules.toml `incident_nouns`, actors.capital_checker). Issue 12, class 1:
"... a curfew is in force in connection with last month's Tel Aviv suicide bombing, the army
said" (AFP, 17 April 1997, wire dev half A: the bombing was coded ISRGOV's). The others are
written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_the_city_of_a_bombing_is_not_its_doer(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Israeli troops demolished a home in the village of Surif on the West Bank where a curfew is "
                      "in force in connection with last month's Tel Aviv suicide bombing, the army said.",
                      published="1997-04-17")
    assert not [e for e in coded.events if e.trigger == "bombing" and any(a.code == "ISR" for a in e.actor)]
    assert not [a for a in coded.actors if a.text == "Tel Aviv"]


def test_a_capital_possessor_is_still_the_doer(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Ankara's attack on Kurdish positions drew protests from Baghdad.", published="2019-10-10")
    assert any(a.cameo == "TURGOV" for a in coded.actors)


def test_a_capital_compounded_to_a_body_is_still_its_government(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Kabul government accused Pakistan of sheltering the militants.", published="2019-10-10")
    assert [[a.code for a in e.actor] for e in coded.events] == [["AFG"]]
