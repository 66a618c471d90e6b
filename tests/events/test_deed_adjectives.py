"""An adjective that says its subject did a deed ("guilty of", "responsible for"; constructions.toml
`deed_adjectives`): the copula's subject is the doer of the gerund or event noun after it; an
adjective of ability is no deed (issue 12 constructions). Sentences written for the test, after the
kinds of ConfliBERT's development sentences."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def doers(coded: CodedArticle) -> list[tuple[str, list[str | None]]]:
    return [(e.event_type, [a.cameo for a in e.actor]) for e in coded.events]


def test_the_subject_of_guilty_did_the_gerund(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Syrian army was guilty of shelling the village on Monday.")
    assert ("ASSAULT", ["SYRMIL"]) in doers(coded)


def test_the_subject_of_responsible_did_the_event_noun(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Hamas was responsible for the attack on the convoy.")
    assert [t for t, codes in doers(coded) if codes and codes[0].startswith("PSE")] == ["ASSAULT"]


def test_an_adjective_of_ability_is_no_deed(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Syrian army is capable of shelling the village.")
    assert ("ASSAULT", ["SYRMIL"]) not in doers(coded)
