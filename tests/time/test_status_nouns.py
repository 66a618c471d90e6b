"""The status an event noun's own words give it (issue 12, from a hand read of corpus events):
a "possible meeting" is hypothetical (status.toml `hypothetical_modifiers`), the infinitive of a
"plan" or "proposal" is planned (`planning_nouns`); the same act told as done stays asserted.
Sentences written for the test, after Xinhua (2006-11-13) and Politico (2015-11-11) sentences."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def statuses(coded: CodedArticle) -> list[tuple[str, str]]:
    return [(e.event_type, e.status) for e in coded.events]


def test_a_possible_meeting_is_hypothetical(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The EU prepared the ground for a possible meeting in Helsinki between Cyprus and Turkey.")
    assert statuses(coded) == [("CONSULT", "hypothetical")]


def test_the_infinitive_of_a_plan_is_planned(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2015-11-11 (PolNeAR corpus)
    coded = code_text("Hillary Clinton has a word for Donald Trump's plan to deport 11 million people from the "
                      "country: No.")
    assert ("COERCE", "planned") in statuses(coded)


def test_a_deportation_told_as_done_is_asserted(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Israel deported 11 people on Monday.")
    assert statuses(coded) == [("COERCE", "asserted")]
