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


@pytest.mark.parametrize(("sentence", "trigger"), [
    # rates cut are a policy, no aid cut
    ("The United States cut student loan interest rates on Monday.", "cut"),
    # a job in a campaign supports no party
    ("Senator Jeff Sessions joined Donald Trump's presidential campaign in February.", "joined"),
    ("Senator Jeff Sessions joined Donald Trump's campaign team in February.", "joined"),
    # running against a rival is no disapproval
    ("Hillary Clinton challenged Bernie Sanders in the Democratic election.", "challenged"),
])
def test_no_event(code_text: Callable[..., CodedArticle], sentence: str, trigger: str) -> None:
    assert cameos(code_text(sentence, published="2025-04-08"), trigger) == []


@pytest.mark.parametrize("sentence", [
    "The US government issued a red flag warning for California on Monday.",
    "The Chinese government issued yellow fog warnings for Beijing on Monday.",
])
def test_a_weather_warning_threatens_no_one(code_text: Callable[..., CodedArticle], sentence: str) -> None:
    # negative.tsv, the verb's pattern and the noun the light verb "issue" would carry
    assert [e.cameo for e in code_text(sentence, published="2025-04-08").events] == []


def test_a_warning_to_a_country_stays_a_threat(code_text: Callable[..., CodedArticle]) -> None:
    assert cameos(code_text("Iran issued a warning to Israel on Monday.", published="2025-04-08"), "issued") == ["130"]


def test_a_bombing_campaign_is_an_air_attack(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("NATO began a bombing campaign against Serbia in March.", published="1999-04-08")
    assert cameos(coded, "campaign") == ["195"]


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("China wrote off Zambia's debt on Monday.", "wrote", "071"),
    ("The UN airlifted food to South Sudan on Monday.", "airlifted", "073"),
    ("Japan shipped aid to Pakistan on Monday.", "shipped", "070"),
])
def test_debt_written_off_and_food_airlifted_are_aid(code_text: Callable[..., CodedArticle], sentence: str,
                                                      trigger: str, cameo: str) -> None:
    assert cameos(code_text(sentence, published="2025-04-08"), trigger) == [cameo]
