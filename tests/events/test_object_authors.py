"""A thing rejected or opposed is aimed at whoever made it, named by a relative clause on the
object: "rejected the plan, which was proposed by Norway", "opposed the proposal that Norway
made" (NOR); not a clause that tells another event ("an attack in which ... stormed"), issue 12.
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def recipients(coded: CodedArticle, trigger: str) -> list[list[str | None]]:
    return [[r.code for r in e.recipient] for e in coded.events if e.trigger == trigger]


def test_the_by_phrase_of_a_passive_relative_clause(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Sweden rejected the plan, which was proposed by Norway.")
    assert recipients(coded, "rejected") == [["NOR"]]


def test_the_subject_of_a_relative_clause_whose_object_is_the_thing(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Sweden rejected the proposal that Norway made on Monday.")
    assert recipients(coded, "rejected") == [["NOR"]]


def test_a_clause_telling_another_event_names_no_author(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Sweden rejected the proposal in which Norway asked for talks.")
    assert recipients(coded, "rejected") == [[]]
