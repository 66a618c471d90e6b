"""The possessor of a noun of a harm or constraint done to someone, with no "of" phrase, is the
one it was done to, never the doer (arguments.patient_possessor, arguments.toml
`patient_possessor_nouns`): hand read 5411 coded "Rafik Hariri's assassination" (Xinhua,
2006-11-15) with Hariri as the killer. The sentences here are made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


@pytest.mark.parametrize("text", [
    "The tribunal will try those behind former Lebanese Prime Minister Rafik Hariri's assassination.",
    "Protests followed Russian opposition leader Alexei Navalny's arrest.",
])
def test_the_possessor_is_never_the_doer(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text)
    victims = ("Hariri", "Navalny")
    assert not [e for e in coded.events if any(v in a.text for a in e.actor for v in victims)]


def test_with_an_of_phrase_the_possessor_is_the_doer(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Israel's killing of the Hamas leader drew protests.")
    assert [([a.code for a in e.actor], [a.code for a in e.recipient]) for e in coded.events
            if e.event_type == "ASSAULT"] == [(["ISR"], ["PSE"])]


def test_a_governments_plural_harms_are_its_own(code_text: Callable[..., CodedArticle]) -> None:
    # from the review: only a person's singular arrest or assassination names the victim
    coded = code_text("The Syrian government's killings drew condemnation from the United Nations.")
    assert ["SYRGOV"] in [[a.cameo for a in e.actor] for e in coded.events if e.event_type == "ASSAULT"]
