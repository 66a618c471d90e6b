"""A condition on a verb is a condition on the act its to-infinitive names (events/modality.py
`condition_mark`): "If they continue to back Clinton" (Breitbart, 2016-02-18, hand read seed 5341)
and "unless it wants to release all its investigations" (USA Today, 2016-09-08, hand read seed
5343) report no support and no release. Found in hand reads of corpus events (ev-precision); the
sentences below are short excerpts, credited, or written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_the_infinitive_of_a_conditional_verb_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-20 (corpus line 1400s, 200-article read of ev-precision)
    article = code_text("If the Bangladeshi government fails to arrest the suspects, the World Bank will not "
                        "come up with assistance.", published="2005-11-20")
    assert coded(article, "arrest") == []


def test_an_act_wanted_under_unless_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-09-08 (hand read seed 5343)
    article = code_text("The FBI needs to stay out of this election process now unless it wants to release all its "
                        "investigations.", published="2016-09-08")
    assert coded(article, "release") == []


def test_an_infinitive_of_a_main_verb_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    # the condition is a clause of its own; the threat is made
    article = code_text("The Bangladeshi government threatened to arrest the opposition leaders if the strike went "
                        "ahead.", published="2005-11-20")
    assert coded(article, "threatened") == ["THREATEN"]
