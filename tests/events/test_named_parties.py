"""A recipient the actors stage gives no record or country is still named by the words of the
verb's object when that object names a party (arguments.named_party, arguments.toml
`party_nouns`, `party_entities`): it carries no code, and is asked for only when no resolved
recipient was found. Not the thing acted on ("imposed a curfew", "provided aid").
Sentences written for the test, after the kinds of the ConfliBERT development sentences whose
target the system left empty on half A ("has freed on bail two ex-ministers", "deported a
95-year-old man", "outlawed the Northern Branch of the Islamic Movement", "will release two
homeguards held captive": CONFLI-DEV-0032, 1235, 1250, 0898, ConfliBERT CAMEO data)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def recipients(coded: CodedArticle) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [(e.cameo, [(a.text, a.code) for a in e.recipient]) for e in coded.events]


@pytest.mark.parametrize(("text", "cameo", "party"), [
    ("A court in Harare freed on bail two ex-ministers on Tuesday.", "0841", "ministers"),
    ("Canadian authorities deported a 72-year-old man on Friday.", "174", "a 72-year-old man"),
    ("Israel outlawed the Northern Branch of the Islamic Movement in 2015.", "1722",
     "the Northern Branch of the Islamic Movement"),
    ("Sri Lanka's army freed four children on Sunday.", "0841", "four children"),
    # the party named in the object's own phrase ("sanctions on ...", "an ultimatum to ...")
    ("Washington lifted sanctions on a dozen shipping companies on Friday.", "085", "a dozen shipping companies"),
    ("France issued an ultimatum to tribal leaders on Monday.", "139", "tribal leaders"),
])
def test_an_unresolved_party_object_is_the_recipient(code_text: Callable[..., CodedArticle], text: str,
                                                     cameo: str, party: str) -> None:
    assert (cameo, [(party, None)]) in recipients(code_text(text))


@pytest.mark.parametrize("text", [
    "India imposed a curfew on Monday.",  # the curfew is what is imposed, no party
    "Japan provided aid on Monday.",
])
def test_a_thing_acted_on_is_no_recipient(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text)
    assert coded.events
    assert all(not e.recipient for e in coded.events)


def test_a_resolved_recipient_wins(code_text: Callable[..., CodedArticle]) -> None:
    # the Iranian diplomats resolve to Iran: no words-only party is asked for
    coded = code_text("France freed two Iranian diplomats on Tuesday.")
    assert [[a.code for a in e.recipient] for e in coded.events] == [["IRN"]]


@pytest.mark.parametrize(("text", "party"), [
    # the owner of the thing searched, seized or condemned is the party acted on (issue 12, the
    # lead's hand read of corpus events: "police searching Javadov's offices"; corpus event
    # XIN_ENG_20051116.0126, Xinhua 2005-11-16: "Hamas condemned the PNA's approval of the agreement")
    ("Azerbaijani police searched Javadov's offices on Tuesday.", "Javadov"),
    ("Hamas condemned the PNA's approval of the agreement.", "the PNA"),
    # ... but a person named by whose they are is that person (corpus event XIN_ENG_20051116.0150,
    # Xinhua 2005-11-16: "to conduct a phone talks with Zhou's brother")
    ("Chinese officials held talks with Zhou's brother on Monday.", "Zhou's brother"),
])
def test_the_owner_of_the_object(code_text: Callable[..., CodedArticle], text: str, party: str) -> None:
    assert [[a.text for a in e.recipient] for e in code_text(text).events] == [[party]]


def test_a_thing_with_no_named_owner_is_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Azerbaijani police searched the offices on Tuesday.")
    assert coded.events and all(not e.recipient for e in coded.events)


def test_the_owner_inside_the_objects_phrase_is_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2005-12-15 (corpus AFP_ENG_20051215.0315): Hydara is the victim of the murder the
    # report is into, not the one the condemnation is aimed at
    coded = code_text("Reporters Without Borders issued a statement condemning an official report into "
                      "Hydara's murder.")
    assert [e.recipient for e in coded.events if e.trigger == "condemning"] == [[]]
