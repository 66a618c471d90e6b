"""A deed another act answers or objects to (time/clause.py `is_answered_deed`, time/status.toml
`response_frames` and `objection_frames`): "vowed to retaliate for the Israeli air
strikes", "protest the occupation of Laos by Vietnamese troops" tell a deed that happened, an
event of its own with its own doer, not the content of the act above it. Content stays absorbed:
"vowed revenge", "called for talks".

The first sentence is a short excerpt of real wire copy (AFP, 1997-04-16), credited in a comment;
the others are written in the style of wire copy.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def coded_by(coded: CodedArticle, trigger: str) -> list[tuple[str, set[str], set[str]]]:
    """The type and the dyad's countries (the first three letters of the codes) of `trigger`'s events."""
    return [(e.event_type, {(a.code or "")[:3] for a in e.actor}, {(a.code or "")[:3] for a in e.recipient})
            for e in coded.events if e.trigger == trigger]


def test_the_occupation_a_demonstration_protests_is_coded(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-16
    coded = code_text("More than 50 Polish and Laotian students demonstrated in front of the US embassy here "
                      "Wednesday to protest the \"occupation of Laos by Vietnamese troops,\" reported the news "
                      "agency PAP.", published="1997-04-16")
    assert coded_by(coded, "occupation") == [("COERCE", {"VNM"}, {"LAO"})]


def test_the_strikes_a_threat_answers_are_their_doers_act(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Hamas threatened on Tuesday to retaliate for the Israeli air strikes on Gaza.",
                      published="2024-04-02")
    assert coded_by(coded, "strikes") == [("ASSAULT", {"ISR"}, {"PSE"})]
    assert [e.status for e in coded.events if e.trigger == "strikes"] == ["asserted"]
    assert coded_by(coded, "threatened")  # the threat itself is still coded


def test_a_condemned_killing_is_coded(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Egypt on Sunday condemned the killing of three Palestinian civilians by Israeli soldiers.",
                      published="2024-04-02")
    assert coded_by(coded, "killing") == [("ASSAULT", {"ISR"}, {"PSE"})]


def test_content_nouns_stay_absorbed(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Iran vowed revenge. Egypt called for talks with Israel. The two sides agreed to a ceasefire.",
                      published="2024-04-02")
    triggers = [e.trigger for e in coded.events]
    assert "revenge" not in triggers and "talks" not in triggers and "ceasefire" not in triggers


def test_a_deed_a_planned_condemnation_objects_to_happened(code_text: Callable[..., CodedArticle]) -> None:
    # the condemnation lies ahead, the killing it objects to does not: no planned attack (THREATEN)
    coded = code_text("Ankara will condemn the killing of two soldiers by PKK militants, the ministry said.",
                      published="2024-04-02")
    assert [(e.event_type, e.status) for e in coded.events if e.trigger == "killing"] == [("ASSAULT", "asserted")]


def test_condemning_any_attack_names_no_deed(code_text: Callable[..., CodedArticle]) -> None:
    # "any" names no deed yet: the attack has a doer (Israeli) but is no event of its own
    coded = code_text("Egypt will condemn any Israeli attack on Gaza.", published="2024-04-02")
    assert [e.trigger for e in coded.events if e.trigger == "attack"] == []
