"""More recipient classes (the dev sets' half A, type right and recipient missing): each with a
negative where no recipient may be given. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def sides(coded: CodedArticle, plover: str) -> tuple[list[str | None], list[str | None]]:
    (event,) = [e for e in coded.events if e.event_type == plover]
    return [a.code for a in event.actor], [r.code for r in event.recipient]


# Class 1: an infinitive of purpose is aimed at whom the act it serves goes to.

def test_a_purpose_takes_the_to_phrase_of_the_act_it_serves(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Japan sent two hundred engineers to Kenya to help with the reconstruction.")
    assert sides(coded, "AID") == (["JPN"], ["KEN"])


def test_a_purpose_takes_where_the_doer_arrived(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Doctors from Cuba arrived in Haiti to help after the storm.")
    assert sides(coded, "AID") == (["CUB"], ["HTI"])


def test_a_purpose_takes_no_ally_of_the_act_it_serves(code_text: Callable[..., CodedArticle]) -> None:
    # China joins Russia: it is no target of the blocking
    coded = code_text("Russia joined with China to block the resolution.")
    assert sides(coded, "REJECT") == (["RUS"], [])
