"""The other party of a nominal event named by its words when the actors stage resolves none
(arguments.named_noun_party, as arguments.named_party does for verbs): the noun's "into", "of",
"against", "with" ... phrase ("an investigation into the Clinton Foundation", "a meeting with
Ungureanu"), else the subject of its that-clause ("its demand that US ease sanctions", which
resolves). Only phrases that name a party (arguments.toml `party_nouns`, `party_entities`), not
the thing acted on. Issue 12 (recipients of noun triggers in corpus events)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def recipients(coded: CodedArticle) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [(e.trigger, [(a.text, a.code) for a in e.recipient]) for e in coded.events]


@pytest.mark.parametrize(("text", "trigger", "party"), [
    # written after the lead's hand read of corpus events (issue 12)
    ("The State Department's investigation into the Clinton Foundation began in 2015.", "investigation",
     "the Clinton Foundation"),
    # ConfliBERT CAMEO data (eventdata/ConfliBERT, GPL-3.0), CONFLI-DEV-1317
    ("Estonia, a small but strong country in Northern Europe, has launched cyber warfare against Krugman.",
     "warfare", "Krugman"),
    # ConfliBERT CAMEO data, CONFLI-DEV-0711 (shortened)
    ("Sudan's government renewed a ceasefire pact with major rebel groups at peace talks.", "pact",
     "major rebel groups"),
])
def test_an_unresolved_party_of_a_noun_is_its_recipient(code_text: Callable[..., CodedArticle], text: str,
                                                         trigger: str, party: str) -> None:
    assert (trigger, [(party, None)]) in recipients(code_text(text))


def test_the_subject_of_a_nouns_that_clause(code_text: Callable[..., CodedArticle]) -> None:
    # ConfliBERT CAMEO data, CONFLI-DEV-1096: the demand is made of the US
    coded = code_text("North Korea has reiterated its demand that US ease sanctions on denuclearization "
                      "of the Korean Peninsula.")
    assert ("demand", [("US", "USA")]) in recipients(coded)


@pytest.mark.parametrize("text", [
    "The State Department's investigation into the shooting began in 2015.",  # a deed, no party
    "Exxon's accusation that the articles were misleading drew criticism.",  # articles are no party
])
def test_a_thing_is_no_recipient_of_a_noun(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text)
    assert coded.events
    assert all(not e.recipient for e in coded.events)


def test_a_promise_of_a_thing_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-02-18 (PolNeAR corpus): what is promised names no party, so the "of" phrase
    # gives no recipient and the promise is to no one (senses.toml [empty_promise])
    assert not code_text("Sanders has consistently pushed his promise of free college.").events
