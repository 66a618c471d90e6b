"""One person named in different ways within an article (issue 12, class 5): a name word spelled
another way ("Hussein" after "Karim Osman Hussain") and a given name the press names a well-known person
by alone ("Saddam" after "Saddam Hussein") are the person named in full before
(data/actors/name_variants.toml). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def codes_of(coded: CodedArticle, text: str) -> list[str | None]:
    return [a.cameo for a in coded.actors if a.text == text]


def test_a_given_name_alone_is_the_person_named_in_full(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Iraqi President Saddam Hussein met the envoy on Monday. Later Saddam accused Kuwait.",
                      published="2002-11-04")
    assert codes_of(coded, "Saddam") == ["IRQGOV"]


def test_a_surname_spelled_another_way_is_the_person_named_in_full(
        code_text: Callable[..., CodedArticle]) -> None:
    # a minister the KB does not know: only the full name before says who "Hussein" is
    coded = code_text("Sudanese minister Karim Osman Hussain met the envoy on Monday. Later Hussein accused Chad.",
                      published="2002-11-04")
    assert codes_of(coded, "Hussein") == ["SDNGOV"]


def test_a_common_given_name_alone_is_nobody(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Egyptian minister Mohamed Salem met the envoy on Monday. Later Mohamed accused Israel.",
                      published="2002-11-04")
    assert codes_of(coded, "Mohamed") == []
