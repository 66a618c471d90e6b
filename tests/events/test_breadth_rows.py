"""ev-breadth's rows of triggers.tsv: verbs we had, with objects or particles we lacked, and
military drills as exercises. Made-up sentences in the style of wire copy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def cameos(coded: CodedArticle, trigger: str) -> list[str]:
    return [e.cameo for e in coded.events if e.trigger == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    # teams sent to help are humanitarian aid, not force posture (bare "deploy" 154)
    ("The United States deployed search-and-rescue teams to Turkey on Tuesday.", "deployed", "073"),
    ("Japan dispatched a medical team to Nepal on Monday.", "dispatched", "073"),
    # a tax suspended is eased (bare "suspend" 160)
    ("France suspended a digital tax on American technology companies.", "suspended", "085"),
    # tariffs and export controls imposed are sanctions
    ("The United States imposed tariffs on Chinese steel on Friday.", "imposed", "163"),
    ("China imposed export controls on gallium on Monday.", "imposed", "163"),
    # arms sales halted cut military assistance
    ("Norway halted arms sales to Turkey on Thursday.", "halted", "1622"),
    ("Ukraine and Russia swapped prisoners on Sunday.", "swapped", "0841"),
    ("Kenya reopened its embassy in Somalia on Monday.", "reopened", "054"),
    ("The rebels in Colombia laid down their arms on Sunday.", "laid", "0871"),
    ("Beijing lashed out at Washington over the visit on Monday.", "lashed", "111"),
    ("Saudi Arabia beheaded a Yemeni man on Tuesday.", "beheaded", "186"),
])
def test_verb_with_its_object(code_text: Callable[..., CodedArticle], sentence: str, trigger: str,
                              cameo: str) -> None:
    assert cameos(code_text(sentence, published="2025-04-08"), trigger) == [cameo]


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("China conducted military drills around Taiwan on Saturday.", "drills", "154"),
    ("Russia staged military manoeuvres near the border on Monday.", "manoeuvres", "154"),
])
def test_military_drills_are_exercises(code_text: Callable[..., CodedArticle], sentence: str, trigger: str,
                                       cameo: str) -> None:
    assert cameos(code_text(sentence, published="2025-04-08"), trigger) == [cameo]


def test_a_fire_drill_is_no_exercise(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Students in Ohio held a fire drill on Monday.", published="2025-04-08")
    assert cameos(coded, "drill") == []
