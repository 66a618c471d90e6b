"""Verbs of sending or moving people and goods (arguments.toml `conveyance_verbs`): the direct
object is what is sent, the one it goes to the "to" phrase. So the "to" phrase is asked before
the object ("The United States deployed 3,000 soldiers to Poland"), and an unresolved object is
no words-only party (arguments.named_party: "has deployed 24,000 police and troops" has no
recipient). Issue 12, corpus events (Xinhua, 2005-11-27, XIN_ENG_20051127.0142 and .0170; Xinhua,
2005-11-04, XIN_ENG_20051104.0292), where the forces sent were read as the recipient."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


@pytest.mark.parametrize("text", [
    "Iraq's Interior Ministry has deployed 24,000 police and troops.",
    "The Argentine authorities have mobilized some 35,000 policemen and government troops.",
])
def test_the_forces_sent_are_no_recipient(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text)
    assert coded.events
    assert all(not e.recipient for e in coded.events)


def test_the_to_phrase_is_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The United States deployed 3,000 soldiers to Poland.")
    assert [[a.code for a in e.recipient] for e in coded.events] == [["POL"]]


def test_another_verbs_unresolved_object_still_names_a_party(code_text: Callable[..., CodedArticle]) -> None:
    # not a verb of sending: the freed children are the party acted on (test_named_parties)
    coded = code_text("Sri Lanka's army freed four children on Sunday.")
    assert [[a.text for a in e.recipient] for e in coded.events] == [["four children"]]


def test_the_to_phrase_outranks_a_resolved_object(code_text: Callable[..., CodedArticle]) -> None:
    # the Russian troops are what is sent, Syria where they go
    coded = code_text("Russia sent Russian troops to Syria on Monday.")
    assert [[a.code for a in e.recipient] for e in coded.events] == [["SYR"]]
