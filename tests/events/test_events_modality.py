"""The mood the event coder reads off a trigger's clause (events/modality.py), on real parses.

Sentences are short excerpts of real news, credited in a comment.
"""

from __future__ import annotations

from communique.events.modality import reading


def trigger(nlp, text: str, word: str):  # noqa: ANN001, ANN201
    return next(t for t in nlp(text) if t.text == word)


def test_an_attempt_is_no_plan(nlp) -> None:  # noqa: ANN001
    # The Washington Post, 2015-11-10: the officers did try; the arrest is no threat ahead
    token = trigger(nlp, "She remembers when military officers showed up at her family's door and tried to arrest "
                         "her sister, who had given speeches criticizing the government.", "arrest")
    assert reading(token)[0] == "asserted"


def test_a_plan_is_still_a_plan(nlp) -> None:  # noqa: ANN001
    # AFP, 1997-04-19
    token = trigger(nlp, "UN administrator Jacques Klein is expected to meet Croatian President Franjo Tudjman later "
                         "Saturday to discuss the elections, Chizik said.", "meet")
    assert reading(token)[0] == "planned"
