"""A name after "anti-" or "pro-" is a stance, not whose the noun is (rules.toml
`stance_prefixes`, mentions.stance_at): "A prominent anti-Syria journalist has been killed in a
car bomb explosion in a residential sector of mostly Christian eastern Beirut" (PLOVER GSR dev
half A) was coded as a Syrian journalist. The corpus has some 290 such prefixes ("anti-Syrian
parliamentary majority", "pro-Russian separatists", "anti-Trump delegates"); the sentences
below are written for the test after them."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def dyads(coded: CodedArticle) -> list[tuple[list[str | None], list[str | None]]]:
    return [([a.cameo for a in e.actor], [a.cameo for a in e.recipient]) for e in coded.events]


def test_anti_syrian_lawmakers_in_beirut_are_lebanese(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Anti-Syrian lawmakers in Beirut criticized the government on Monday.", published="2006-01-09")
    assert dyads(coded) == [(["LBNLEG"], ["LBNGOV"])]


def test_pro_russian_separatists_are_not_russian(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Pro-Russian separatists attacked Ukrainian troops near Donetsk on Monday.",
                      published="2015-01-12")
    assert dyads(coded) == [(["UKRREB"], ["UKRMIL"])]


def test_the_journalist_is_not_syrian(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("A prominent anti-Syria journalist has been killed in a car bomb explosion in eastern Beirut.",
                      published="2005-12-12")
    assert not [a for a in coded.actors if a.code == "SYR"]


def test_a_country_written_plainly_is_still_the_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Syrian government criticized anti-Syrian lawmakers on Monday.", published="2006-01-09")
    assert [actor for actor, _ in dyads(coded)] == [["SYRGOV"]]
