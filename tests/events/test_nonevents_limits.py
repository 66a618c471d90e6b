"""Where the not-event rules of this session stop (a review of them found each of these sentences
wrongly dropped; all made up): a "'d" that is "had", a refusal or a threat with "can", a condition
of someone else's election or of a bill's course, a guest named at a sports-time hosting, and a
crime that is the object of "call" rather than what something is called."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def types(coded: CodedArticle) -> list[tuple[str, str]]:
    return [(e.event_type, e.status) for e in coded.events]


def test_had_contracted_is_no_modal(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Police arrested the militants who'd attacked the embassy in Kabul.")
    assert ("ASSAULT", "asserted") in types(coded)


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran cannot accept the European proposal.", ("AGREE", "negated")),
    ("The United States can strike North Korea at any moment.", ("ASSAULT", "hypothetical")),
])
def test_can_in_the_main_clause_leaves_refusals_and_threats(code_text: Callable[..., CodedArticle],
                                                            text: str, expected: tuple[str, str]) -> None:
    assert expected in types(code_text(text))


@pytest.mark.parametrize("text", [
    "The rebels will attack the capital unless the opposition wins the election.",
    "The rebels will attack the capital if the opposition wins the election.",
    "Hamas will fire rockets at Israel if Netanyahu returns to power.",
    "President Obama will veto the bill if it reaches the Senate.",
])
def test_a_condition_of_someone_elses_office_is_no_campaign_talk(code_text: Callable[..., CodedArticle],
                                                                 text: str) -> None:
    assert code_text(text).events


def test_a_candidates_own_election_still_is(code_text: Callable[..., CodedArticle]) -> None:
    assert not code_text("Trump said he will impose tariffs on China if elected.").events


def test_a_guest_named_is_a_reception_in_a_games_sentence(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Japan hosted Chinese President Xi Jinping in Tokyo before the Olympic Games.")
    assert [e.event_type for e in coded.events] == ["CONSULT"]


def test_a_crime_called_a_tragedy_is_no_criticism(code_text: Callable[..., CodedArticle]) -> None:
    assert not code_text("Police called the crime a tragedy.").events
