"""Finding KB names in text: the longest name wins, a run of pieces stops where no name goes on."""

from __future__ import annotations

import spacy

from communique.actors.kb import ORGANISATION, KbEntry, KnowledgeBase
from communique.actors.matching import kb_items, key_ends, pieces_of


def small_kb(*names: str) -> KnowledgeBase:
    kb = KnowledgeBase()
    for name in names:
        kb.add(name, KbEntry(ORGANISATION, name, "IGOUNO"))
    return kb


def test_continues_is_true_only_for_the_start_of_a_longer_key() -> None:
    kb = small_kb("United Nations", "United Nations Security Council")
    assert kb.continues("united")
    assert kb.continues("united nations")
    assert kb.continues("unit")  # a key's prefix need not end at a word
    assert not kb.continues("united nations security council")
    assert not kb.continues("united states")


def test_a_key_added_later_is_seen_by_continues() -> None:
    kb = small_kb("United Nations")
    assert not kb.continues("united nations")
    kb.add("United Nations Security Council", KbEntry(ORGANISATION, "UNSC", "IGOUNO"))
    assert kb.continues("united nations")


def test_the_longest_name_wins_and_names_stop_at_a_line_break() -> None:
    kb = small_kb("United Nations", "United Nations Security Council", "Security Council")
    text = "The United Nations Security Council met.\nThe United Nations\nSecurity Council did not."
    doc = spacy.blank("en")(text)
    items = kb_items(pieces_of(doc), kb, text)
    assert [it.text for it in items] == ["United Nations Security Council", "United Nations", "Security Council"]


def test_key_ends_lists_every_key_from_a_piece_shortest_first() -> None:
    kb = small_kb("United Nations", "United Nations Security Council")
    text = "United Nations Security Council"
    pieces = pieces_of(spacy.blank("en")(text))
    assert [(j, span) for j, span, _ in key_ends(pieces, 0, kb, text)] == [
        (1, "United Nations"), (3, "United Nations Security Council")]
    assert key_ends(pieces, 2, kb, text) == []  # "Security" starts no name of this KB
