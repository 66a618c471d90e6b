"""Rows of triggers.tsv where a pattern imported from PETRARCH gave a code that the CAMEO and
PLOVER definitions do not (ConfliBERT dev half A error classes, issue 12 class 4). Sentences
marked ConfliBERT are short excerpts of ConfliBERT's CAMEO data (eventdata/ConfliBERT, GPL-3.0),
quoted to test the reading; the others are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def codes(coded: CodedArticle) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.trigger) for e in coded.events if e.status != "negated"]


@pytest.mark.parametrize(("text", "cameo", "trigger"), [
    # ConfliBERT: PETRARCH's "step up +&FIGHT" is 138, a threat of force
    ("Afghan has faced a series of large-scale attacks as the Taliban stepped up their war against the "
     "Kabul government.", "190", "stepped"),
    ("The Syrian army resumed its offensive against the rebels in Idlib on Monday.", "190", "resumed"),
    # PETRARCH's "join +protest" is 110, "launch +&NEGOTIATION" 036
    ("Thousands of students joined the protest against the government in Dhaka.", "141", "joined"),
    ("Israel and the Palestinians launched negotiations in Washington on Tuesday.", "046", "launched"),
])
def test_the_act_is_coded_by_its_definition(code_text: Callable[..., CodedArticle], text: str, cameo: str,
                                            trigger: str) -> None:
    assert (cameo, trigger) in codes(code_text(text))


@pytest.mark.parametrize("text", [
    # no fight: the object is no war, fighting or battle
    "Pakistan stepped up security at its embassies in Europe on Monday.",
    # joining talks is no protest
    "Thousands of students joined the talks with the government in Dhaka.",
])
def test_the_rows_stay_with_their_objects(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert not {c for c, _ in codes(code_text(text))} & {"190", "141"}


def test_negotiations_launched_ahead_are_an_intent(code_text: Callable[..., CodedArticle]) -> None:
    # plover.toml's future reading of 046 is 036, the code PETRARCH gave every use
    coded = code_text("Israel and the Palestinians will launch negotiations in Washington next week.")
    assert [(e.cameo, e.status) for e in coded.events] == [("036", "planned")]


@pytest.mark.parametrize(("text", "want"), [
    # PETRARCH's "take +part" (030) coded every use an intent to cooperate; our light verb "take
    # part in" codes the event of what is taken part in. An excerpt of Xinhua 2005-11-11 (Angola
    # talks), and two sentences shortened from AFP 2005-12-21 and 2006-12-11 (English Gigaword)
    ("Representatives of the Brazilian, Mozambican and East Timorese presidents, who are not attending the "
     "Angolan festivities, also took part in the talks that ended without any public statement.",
     [("046", "talks")]),
    ("Israel is determined to prevent any attack, especially as Hamas is taking part in the election.", []),
    ("Chinese soldiers took part in a folk dancing display.", []),
])
def test_taking_part_codes_what_is_taken_part_in(code_text: Callable[..., CodedArticle], text: str,
                                                  want: list[tuple[str, str]]) -> None:
    assert codes(code_text(text)) == want


def test_an_imported_object_that_is_a_light_verb_word_is_left_out() -> None:
    from communique.events.petrarch_verbs import is_light_verb_word, pattern_key

    ours = {pattern_key("L", "take part in"): "", pattern_key("V", "take +control"): "192"}
    assert is_light_verb_word(pattern_key("V", "take +part"), ours)
    assert not is_light_verb_word(pattern_key("V", "take +step"), ours)  # no light verb says it
    assert not is_light_verb_word(pattern_key("V", "take to +part"), ours)  # a preposition's object
