"""The doer when the parser hangs the subject in the wrong place (issue 12 constructions): on
the auxiliary ("... however have opposed"), on a root it took for a noun ("rejects and
condemns"), or on a sentence read as a noun phrase with a relative clause ("X and Y on Thursday
condemned ..."). Sentences written for the test, after the kinds of ConfliBERT's development
sentences; each parse was checked to be the misparse it tests."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def doers(coded: CodedArticle) -> list[tuple[str, list[str | None]]]:
    return [(e.event_type, [a.code for a in e.actor]) for e in coded.events]


def test_a_subject_hung_on_the_auxiliary(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The United Kingdom and France however have opposed resolutions in the United Nations "
                      "on depleted uranium weapons.")
    assert ("REJECT", ["GBR", "FRA"]) in doers(coded)


def test_a_verb_coordinated_with_a_root_misread_as_a_noun(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Palestinian government, thus, rejects and condemns the US administration's decision.")
    assert ("ACCUSE", ["PSE"]) in doers(coded)


def test_a_sentence_misread_as_a_noun_with_a_relative_clause(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Afghan government, a number of political parties and the Taliban on Thursday "
                      "condemned US President Donald Trump's decision to recognize Jerusalem as Israel's capital.")
    assert ("ACCUSE", ["AFG"]) in [(t, codes[:1]) for t, codes in doers(coded)]

