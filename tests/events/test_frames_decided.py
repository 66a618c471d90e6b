"""A past decision to do a material act is coded as the act (events/modality.py `decided_act`,
events/coder.py): CAMEO and the ConfliBERT gold code "has decided to ease restrictions" as the
easing, not as an intent to ease. Sentences are made up unless credited.
"""

from __future__ import annotations


def events_of(coded, word: str):  # noqa: ANN001, ANN201
    return [e for e in coded.events if e.trigger == word]


def test_a_past_decision_to_lift_sanctions_is_the_lifting(code_text) -> None:  # noqa: ANN001
    coded = code_text("Japan has decided to partially lift economic sanctions on India.", published="2025-04-08")
    (event,) = events_of(coded, "lift")
    assert event.event_type == "RETREAT"
    assert event.status == "asserted"


def test_a_past_decision_to_release_prisoners_is_the_release(code_text) -> None:  # noqa: ANN001
    coded = code_text("The government decided to release 200 prisoners.", published="2025-04-08")
    (event,) = events_of(coded, "release")
    assert event.event_type != "AGREE"


def test_a_future_decision_stays_an_intent(code_text) -> None:  # noqa: ANN001
    coded = code_text("The government will decide to release 200 prisoners.", published="2025-04-08")
    assert [e.event_type for e in events_of(coded, "release")] == ["AGREE"]


def test_a_decision_to_talk_stays_an_intent(code_text) -> None:  # noqa: ANN001
    # a decision to speak is no material act: PLOVER's planned meeting is AGREE
    coded = code_text("Russia decided to hold talks with Ukraine.", published="2025-04-08")
    assert "CONSULT" not in [e.event_type for e in coded.events]
