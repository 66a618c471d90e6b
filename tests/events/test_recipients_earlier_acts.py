"""A definite object naming an act told before ("rejected the appeal", "accepted the offer") is
aimed at that act's doer (arguments.earlier_act_doer, arguments.toml `act_anaphor_families`). The
class is a wire dev miss of half A (AFP, 2006-12-15: "The aid agency also sought the junta's
permission ..., but military officials rejected the appeal"); the sentences here are made up."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def rejections(coded: CodedArticle) -> list[list[str | None]]:
    return [[a.code for a in e.recipient] for e in coded.events if e.event_type == "REJECT"]


def test_a_request_rejected_is_aimed_at_who_asked(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia asked Japan to lift the sanctions, but Japanese officials rejected the request.")
    assert rejections(coded) == [["RUS"]]


def test_an_offer_told_in_the_sentence_before(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Iran offered talks on its nuclear program. On Monday, Washington rejected the offer.")
    assert rejections(coded) == [["IRN"]]


def test_no_earlier_act_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Washington rejected the offer.")
    assert rejections(coded) == [[]]


def test_an_act_of_another_family_is_not_the_one_named(code_text: Callable[..., CodedArticle]) -> None:
    # Iran asked, nobody offered: "the offer" names no act told here
    coded = code_text("Iran asked for talks on its nuclear program. On Monday, Washington rejected the offer.")
    assert rejections(coded) == [[]]
