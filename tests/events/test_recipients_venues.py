"""A venue is no recipient (arguments.toml `venue_phrases`): in "will hold a bilateral meeting with
Bush on the sidelines of the APEC forum" the forum is where the meeting happens, not whom it is
aimed at. Issue 12; the class is a wire dev miss (Xinhua, 2005-11-13: recipient IGO); the sentences
here are made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


@pytest.mark.parametrize("text", [
    "South Korean President Roh Moo-hyun will hold a meeting on the sidelines of the APEC forum.",
    "Chinese Foreign Minister Li Zhaoxing held talks on the margins of the United Nations summit.",
])
def test_a_forum_on_whose_sidelines_an_act_happens_is_no_recipient(code_text: Callable[..., CodedArticle],
                                                                   text: str) -> None:
    coded = code_text(text)
    assert coded.events
    assert all(a.code is None or not a.code.startswith("IGO") for e in coded.events for a in e.recipient)


def test_the_party_met_outranks_the_venue(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Japanese Prime Minister Shinzo Abe will hold a meeting with Russian President Vladimir "
                      "Putin on the sidelines of the APEC forum.")
    assert [(a.code or "")[:3] for e in coded.events for a in e.recipient] == ["RUS"]


def test_a_meeting_struck_is_still_a_party(code_text: Callable[..., CodedArticle]) -> None:
    # "on" a gathering is not a venue: the strike is aimed at whose meeting it was
    coded = code_text("Israel launched air strikes on a meeting of Hamas leaders.")
    assert [(a.code or "")[:3] for e in coded.events for a in e.recipient] == ["PSE"]
