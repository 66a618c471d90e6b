"""'Not only did X ...' asserts X: a negation word followed by a focus particle (status.toml
`focus_particles`) denies nothing; a plain 'did not' still does (issue 12, from a hand read of
corpus events: a State Department refusal coded as negated). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def statuses(coded: CodedArticle) -> list[tuple[str, str]]:
    return [(e.event_type, e.status) for e in coded.events]


def test_not_only_asserts(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Not only did the State Department turn down requests for additional security, it "
                      "actually reduced the personnel available.", published="2016-05-02")
    assert statuses(coded) == [("REJECT", "asserted")]


def test_did_not_still_negates(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The State Department did not turn down the requests.", published="2016-05-02")
    assert statuses(coded) == [("REJECT", "negated")]
