"""Aid told by what is given: money contributed to an appeal is a grant (CAMEO 071), a unit of
soldiers sent abroad is military aid (074), as triggers.tsv's `give +money` and `send +troop` rows
already code them. The sentences are written in the style of wire copy."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def cameos(coded: CodedArticle, trigger: str) -> list[str]:
    return [e.cameo for e in coded.events if e.trigger == trigger]


def test_money_contributed_to_an_appeal_is_a_grant(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Japan has contributed $90 million to the U.N. appeal for Pakistan, the ministry said.",
                      published="2005-10-20")
    assert cameos(coded, "contributed") == ["071"]


def test_a_platoon_sent_abroad_is_military_aid(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Kosovo is sending a military platoon to Kuwait, the government said on Monday.",
                      published="2005-10-20")
    assert cameos(coded, "sending") == ["074"]


def test_an_opinion_contributed_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The minister contributed an article to the newspaper on Monday.", published="2005-10-20")
    assert cameos(coded, "contributed") == []
