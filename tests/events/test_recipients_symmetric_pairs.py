"""A symmetric act ("met", "held talks", "hold a meeting": arguments.toml `symmetric_acts`) whose
subject names two countries' parties and which names no party of its own is a dyad: the first
named the actor, the other the recipient (arguments.doers_pair), also when one phrase names both
("South Korean and Japanese foreign ministers": arguments.co_named). The class is the brief's
(Xinhua, 2005-11-13: KORGOV,JPNGOV with no recipient); the sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def dyads(coded: CodedArticle) -> list[tuple[list[str], list[str]]]:
    return [([(a.code or "") for a in e.actor], [(a.code or "") for a in e.recipient]) for e in coded.events]


def test_conjoined_countries_that_hold_talks(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia and China held talks in Beijing.")
    assert dyads(coded) == [(["RUS"], ["CHN"])]


def test_one_phrase_naming_both_sides(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("South Korean and Japanese foreign ministers are to hold a bilateral meeting on Monday.")
    assert dyads(coded) == [(["KOR"], ["JPN"])]


def test_a_party_met_keeps_both_doers(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia and China met with Iran.")
    assert dyads(coded) == [(["RUS", "CHN"], ["IRN"])]


def test_an_act_not_done_together_keeps_both_doers(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia and China condemned the attack.")
    assert [a for a, _ in dyads(coded)] == [["RUS", "CHN"]]
