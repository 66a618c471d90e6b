"""A veto of a bill with no other party named is aimed at the legislature of the vetoing country,
which passed it (arguments.legislature_vetoed, arguments.toml `veto_verbs`, `bill_nouns`). Issue 12;
the sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def recipients(coded: CodedArticle) -> list[list[str | None]]:
    return [[a.cameo for a in e.recipient] for e in coded.events]


def test_a_bill_vetoed_is_aimed_at_the_legislature(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Russian government vetoed the bill on Wednesday.")
    assert recipients(coded) == [["RUSLEG"]]


def test_a_un_resolution_vetoed_is_no_bill(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia vetoed the resolution.")
    assert recipients(coded) == [[]]


def test_a_legislature_vetoing_is_not_its_own_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Russian parliament vetoed the bill.")
    assert recipients(coded) and all("RUSLEG" not in r for r in recipients(coded))


def test_a_country_named_bare_vetoes_at_the_un(code_text: Callable[..., CodedArticle]) -> None:
    # from the review: a Security Council draft is no bill a legislature passed
    coded = code_text("Russia vetoed the draft measure.")
    assert recipients(coded) == [[]]
