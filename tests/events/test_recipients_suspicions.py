"""A party named only inside a participle that tells what the object's people are suspected or
accused of is no recipient (arguments.tells_suspicion, arguments.toml `suspicion_participles`): in
"Police arrested five men suspected of involvement in the bombing of the US embassy" the embassy was
bombed, not arrested; the men are. A known leftover of the hand reads; the sentences are made up
after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


@pytest.mark.parametrize("text", [
    "Kenyan police arrested five men suspected of involvement in the bombing of the US embassy.",
    "Kenyan police detained two men accused of plotting attacks on the Israeli embassy.",
])
def test_the_target_of_the_deed_suspected_is_no_recipient(code_text: Callable[..., CodedArticle],
                                                          text: str) -> None:
    coded = code_text(text)
    arrests = [e for e in coded.events if e.event_type == "COERCE"]
    assert arrests
    assert all(a.code is None for e in arrests for a in e.recipient)
    assert all(e.recipient for e in arrests)  # the men, named by their words


def test_a_place_the_object_is_in_still_counts(code_text: Callable[..., CodedArticle]) -> None:
    # not a participle of suspicion: the soldiers' country is whom the attack is aimed at
    coded = code_text("Rebels attacked a convoy carrying Ugandan soldiers.")
    assert [(a.code or "")[:3] for e in coded.events for a in e.recipient] == ["UGA"]
