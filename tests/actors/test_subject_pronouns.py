"""A subject "it" or "they" opening a sentence is the last subject actor of the sentence before.

Sentences written for the test in the manner of wire copy; no corpus text is shipped.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "cameo"), [
    ("Russia rejected the proposal on Monday. It accused Ukraine of shelling the plant.", "accused", "RUS"),
    ("The United Nations criticised the blockade. It urged Israel to open the crossings.", "urged", "IGOUNO"),
    ("Houthi rebels seized a ship on Monday. They later attacked a tanker in the Red Sea.", "attacked", "YEMREB"),
])
def test_a_subject_pronoun_is_the_subject_before(code_text, text: str, trigger: str, cameo: str) -> None:
    coded = code_text(text)
    (event,) = [e for e in coded.events if e.trigger == trigger]
    assert [a.cameo for a in event.actor] == [cameo]
    pronoun = next(a for a in coded.actors if a.text.lower() in ("it", "they"))
    first = next(a for a in coded.actors if a.cameo == cameo and a.start < pronoun.start)
    assert pronoun.entity == first.entity


def test_a_group_pronoun_does_not_take_a_country(code_text) -> None:
    coded = code_text("Russia rejected the proposal on Monday. They accused Ukraine of shelling the plant.")
    assert not any(a.text == "They" for a in coded.actors), coded.actors


def test_an_expletive_or_same_sentence_it_gets_no_actor_of_its_own(code_text) -> None:
    coded = code_text("It is expected that Russia will reject the plan. Iraq said it would allow inspectors.")
    assert not any(a.text.lower() == "it" for a in coded.actors), coded.actors
