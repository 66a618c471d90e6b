"""The one told or asked to act does the act when the act names a party of its own
(events.arguments.told_doer): "Mr. Obama said he had instructed Mr. Kerry to continue negotiating
with the Russians" is Kerry's negotiating (The New York Times, 2016-09-06, PolNeAR). An act that
names no party of its own, or only a place, stays the orderer's (arguments.ordered_party): "the
military regime ordered the Red Cross to close the five offices" (AFP, 2006-12-15).
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle

KERRY = ("Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva on Friday. "
         "Mr. Obama said he had instructed Mr. Kerry to continue negotiating with the Russians over the coming days.")


def events(coded: CodedArticle, trigger: str) -> list[tuple[list[str], list[str | None], str]]:
    return [([a.text for a in e.actor], [r.cameo for r in e.recipient], e.status)
            for e in coded.events if e.trigger == trigger]


def test_the_one_instructed_negotiates(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text(KERRY, published="2016-09-06")
    assert events(coded, "negotiating") == [(["Kerry"], ["RUS"], "hypothetical")]


def test_an_order_naming_no_other_party_stays_the_orderers(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("In October, the military regime ordered the Red Cross to close the five offices in Mandalay.",
                      published="2006-12-15")
    closing = [e for e in coded.events if e.trigger == "close"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in closing] == [(["MMR"], ["NGO"])]


def test_a_place_gone_from_is_no_party_of_the_one_ordered(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Iraqi government ordered Turkish troops to withdraw from Mosul.", published="2016-10-10")
    assert all(a.code != "TUR" for e in coded.events for a in e.actor)


def test_the_party_of_the_object_counts(code_text: Callable[..., CodedArticle]) -> None:
    # written after the Kerry sentence: the talks name their own party through the object
    coded = code_text("Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva on Friday. "
                      "Mr. Obama said he had instructed Mr. Kerry to hold talks with the Russians.",
                      published="2016-09-06")
    assert events(coded, "hold") == [(["Kerry"], ["RUS"], "hypothetical")]
