"""The public a verb of telling or asking is aimed at (issue 12, class 3): "warned people that",
"urged people to stay indoors" name the people of the story's country, though a bare "people" is
otherwise no actor (rules.toml `counted_only`, `addressing_verbs`). Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_the_people_warned_are_the_story_countrys_civilians(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Floods hit Bangladesh on Monday. The Bangladeshi government warned people that more "
                      "rain would come.", published="2013-12-10")
    (event,) = [e for e in coded.events if e.event_type == "THREATEN"]
    assert [r.cameo for r in event.recipient] == ["BGDCVL"]


def test_people_who_are_only_talked_about_stay_nobody(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Floods hit Bangladesh on Monday. People need food, the Bangladeshi government said.",
                      published="2013-12-10")
    assert [a.text for a in coded.actors if a.text == "People"] == []
