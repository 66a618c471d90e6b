"""Statuses from the lead's hand read of corpus events (issue 12, seed 5185; sentences of the kind
seen, written for these tests):

- a subject that names no one negates its verb ("Neither Speaker Ryan nor anyone on his team has
  ever asked for Donald Trump's endorsement" was an asserted request; status.toml
  `negative_subject_words`, `negative_determiners`);
- a refusal told in a complement clause has its governor's status ("has been considering
  announcing that he will not endorse" was an asserted rejection; events.coder.refusal_status);
- a deed owned by someone that is a cause or a concession ("because of his calls for banning
  Muslims") happened, whatever its clause denies (status.toml presupposed deed prepositions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def statuses(coded: CodedArticle, trigger: str) -> list[tuple[str | None, str]]:
    return [(e.event_type, e.status) for e in coded.events if e.trigger == trigger]


def test_a_subject_naming_no_one_negates(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Neither Speaker Ryan nor anyone on his team has ever asked Trump for an endorsement.",
                      published="2016-08-05")
    assert statuses(coded, "asked") == [("REQUEST", "negated")]


@pytest.mark.parametrize("text", [
    "Neither Israel nor Egypt has accused Hamas of the attack.",
    "No Israeli official has accused Hamas of the attack.",
    "Nobody in the Israeli government has accused Hamas of the attack.",
])
def test_a_subject_with_no_or_neither_negates(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert statuses(code_text(text, published="2016-08-05"), "accused") == [("ACCUSE", "negated")]


def test_a_named_subject_still_asserts(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Speaker Ryan has asked Trump for an endorsement.", published="2016-08-05")
    assert statuses(coded, "asked") == [("REQUEST", "asserted")]


def test_a_refusal_only_considered_is_hypothetical(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Jeb Bush has been considering announcing that he will not endorse Donald Trump.",
                      published="2015-12-16")
    assert statuses(coded, "endorse") == [("REJECT", "hypothetical")]


@pytest.mark.parametrize("text", [
    "Jeb Bush said that he will not endorse Donald Trump.",
    "Jeb Bush will not endorse Donald Trump.",
])
def test_a_refusal_said_or_stated_is_asserted(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert statuses(code_text(text, published="2015-12-16"), "endorse") == [("REJECT", "asserted")]


def test_a_cause_owned_by_someone_happened(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Ryan said Congress would not work with Trump because of his calls for a ban on Muslims.",
                      published="2016-09-06")
    assert statuses(coded, "calls") == [("REQUEST", "asserted")]


@pytest.mark.parametrize("text", [
    "President Obama instructed Secretary of State John Kerry to continue negotiating with the Russians.",
    "President Obama ordered the Pentagon to send troops to Iraq.",
])
def test_an_act_told_to_someone_is_only_asked(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text, published="2016-09-20")
    assert [e.status for e in coded.events if e.trigger in ("negotiating", "send")] == ["hypothetical"]


def test_an_act_told_in_a_that_clause_keeps_its_status(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("President Putin told reporters that Russia had attacked rebel positions in Syria.",
                      published="2016-09-20")
    assert statuses(coded, "attacked") == [("ASSAULT", "asserted")]
