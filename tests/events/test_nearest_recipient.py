"""The recipient the grammar does not mark is the actor nearest the verb in its own clause
(arguments.nearest_in_clause), but not a party of an adverbial clause that tells another event
(after, because, while ...: arguments.toml `narrative_marks`); a condition's party still is
("unless Damascus released ..."), and an "as" clause still places an unnamed killer.
Sentences written for the test, after the kinds of the corpus and ConfliBERT development
sentences ("does not recognize the zones because they are not in UN Security Council resolutions",
an Iraqi statement reported by the corpus; "clashed with police ... after the Supreme Court
ordered", ConfliBERT dev)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def dyads(coded: CodedArticle) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event_type, [a.cameo for a in e.actor], [a.cameo for a in e.recipient]) for e in coded.events]


def test_no_recipient_from_a_because_clause(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Iraq does not recognize the zones because they are not in UN Security Council resolutions.")
    assert ("SUPPORT", ["IRQ"], []) in dyads(coded)


def test_no_recipient_from_an_after_clause(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Serbia rejected the plan after Russia criticized it.")
    assert [(t, r) for t, a, r in dyads(coded) if a == ["SRB"]] == [("REJECT", [])]


def test_a_condition_names_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Syrian rebels threatened to shell the army bases unless Damascus released the prisoners.")
    assert ("THREATEN", ["SYRREB"], ["SYRGOV"]) in dyads(coded)


def test_an_as_clause_still_places_an_unnamed_killer(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("At least 20 civilians were killed on Monday as government forces shelled a town near Mosul.")
    assert [a for t, a, _ in dyads(coded) if t == "ASSAULT"] == [["IRQ"]]
