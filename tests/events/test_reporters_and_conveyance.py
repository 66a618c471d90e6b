"""A reviewer's findings on the argument rules (issue 12): a past-tense conjunct of a reported
present goes on the reporting verb only when it reports too, and a conveyance verb's object is
what is sent, not whom it goes to. The sentences are the reviewer's own, checked to give the
parses tested."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def dyads(coded: CodedArticle) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.trigger, [a.cameo for a in e.actor], [a.cameo for a in e.recipient]) for e in coded.events]


def doers(coded: CodedArticle, trigger: str) -> list[list[str | None]]:
    return [actor for word, actor, _ in dyads(coded) if word == trigger]


def test_a_past_deed_after_a_reported_present_stays_with_the_reported_subject(
        code_text: Callable[..., CodedArticle]) -> None:
    # "supplied" is no speech: Russia supplied, not the Pentagon that reported it
    coded = code_text("The Pentagon said Russia backs the rebels and supplied them with missiles last month.",
                      published="2016-09-20")
    assert doers(coded, "supplied") == [["RUS"]]


def test_a_reporter_without_a_subject_leaves_the_shared_subject(code_text: Callable[..., CodedArticle]) -> None:
    # "Officials" resolves to no actor: the supplying is still Russia's, not lost
    coded = code_text("Officials said Russia backs the rebels and supplied them with missiles last month.",
                      published="2016-09-20")
    assert doers(coded, "supplied") == [["RUS"]]


def test_the_troops_a_state_sends_are_not_its_recipient(code_text: Callable[..., CodedArticle]) -> None:
    # the object of "sent" is what is sent; "into Ukraine" says whom the act is aimed at
    coded = code_text("Russia sent Russian troops into Ukraine.", published="2016-09-20")
    assert [(actor, recipient) for word, actor, recipient in dyads(coded) if word == "sent"] == [(["RUS"], ["UKR"])]
