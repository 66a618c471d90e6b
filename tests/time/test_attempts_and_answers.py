"""An attempt and an answer, classes of the lead's hand read of corpus events (issue 12, seed 5188;
sentences of the kind seen, written for these tests):

- the infinitive of an attempt ("tried to", "attempted to", like "managed to") is done at the
  attempt's time and in its tense (status.toml `implicative_verbs`): "who in 2010 tried to
  detonate a car bomb" is dated 2010, "will try to storm the town on Friday" is planned for the
  coming Friday;
- an infinitive under a verb that lies ahead lies ahead too ("will seek to meet on Friday");
- a particular deed that an act answers ("sought to retaliate for U.S. drone strikes") happened,
  whatever the answer's status (status.toml `response_frames`); "any attack" or "future strikes"
  is no deed yet."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def coded_as(coded: CodedArticle, trigger: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.event_type, e.status, e.date) for e in coded.events if e.trigger == trigger]


def test_an_attempt_is_dated_by_its_trying(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("He cited the case of a U.S. citizen who in 2010 tried to detonate a car bomb in "
                      "New York's Times Square.", published="2016-06-13")
    assert coded_as(coded, "detonate") == [("ASSAULT", "asserted", "2010")]


@pytest.mark.parametrize(("text", "expected"), [
    # published on a Monday: "will try" looks ahead to the coming Friday, "tried" back to the last
    ("Syrian troops will try to storm the town on Friday.", ("ASSAULT", "planned", "2016-06-17")),
    ("Syrian troops tried to storm the town on Friday.", ("ASSAULT", "asserted", "2016-06-10")),
    ("Syrian troops attempted to storm the town on Friday.", ("ASSAULT", "asserted", "2016-06-10")),
])
def test_an_attempt_has_the_tense_of_its_trying(code_text: Callable[..., CodedArticle], text: str,
                                                expected: tuple[str, str, str]) -> None:
    coded = code_text(text, published="2016-06-13")
    assert coded_as(coded, "storm") == [expected]


def test_an_infinitive_under_a_future_verb_lies_ahead(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia will seek to meet U.S. officials on Friday.", published="2016-06-13")
    assert [e.date for e in coded.events if e.trigger == "meet"] == ["2016-06-17"]


def test_an_infinitive_under_a_past_agreement_keeps_its_own_reading(code_text: Callable[..., CodedArticle]) -> None:
    # "agreed to meet on Friday": not an attempt, not ahead by its governor; the date stays as read
    coded = code_text("Russia agreed to meet U.S. officials on Friday.", published="2016-06-13")
    dates = [e.date for e in coded.events if e.trigger == "agreed"]
    assert dates and "2016-06-17" not in dates


@pytest.mark.parametrize(("text", "trigger"), [
    ("He claimed he sought to retaliate for U.S. drone strikes in Pakistan.", "strikes"),
    ("Pakistan sought to retaliate for the Indian air strikes on Balakot.", "strikes"),
])
def test_a_deed_an_act_answers_happened(code_text: Callable[..., CodedArticle], text: str, trigger: str) -> None:
    coded = code_text(text, published="2016-06-13")
    assert [(e.event_type, e.status) for e in coded.events if e.trigger == trigger] == [("ASSAULT", "asserted")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Israel will respond to any attack by Hezbollah.", "attack"),  # no deed yet: "any"
    ("Pakistan sought to retaliate for possible Indian air strikes on Balakot.", "strikes"),  # "possible"
])
def test_an_answer_to_no_deed_yet_asserts_nothing(code_text: Callable[..., CodedArticle], text: str,
                                                  trigger: str) -> None:
    coded = code_text(text, published="2016-06-13")
    statuses = [e.status for e in coded.events if e.trigger == trigger]
    assert statuses and "asserted" not in statuses
