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


def test_a_name_added_later_is_found_in_words_met_before() -> None:
    # kb_items keeps, per piece text, whether its first word starts a key: adding a key must reset that
    kb = small_kb("Security Council")
    text = "The United Nations met."
    doc = spacy.blank("en")(text)
    assert kb_items(pieces_of(doc), kb, text) == []
    kb.add("United Nations", KbEntry(ORGANISATION, "United Nations", "IGOUNO"))
    assert [it.text for it in kb_items(pieces_of(doc), kb, text)] == ["United Nations"]


def test_pieces_split_hyphenated_tokens_and_leave_out_whitespace() -> None:
    doc = spacy.blank("en")("U.S.-Russia  talks\n\nend")
    pieces = pieces_of(doc)
    assert [(p.text, p.start, p.end) for p in pieces] == [
        ("U.S.", 0, 4), ("-", 4, 5), ("Russia", 5, 11), ("talks", 13, 18), ("end", 20, 23)]
    assert all(doc.text[p.start:p.end] == p.text and p.start >= doc[p.token].idx for p in pieces)
