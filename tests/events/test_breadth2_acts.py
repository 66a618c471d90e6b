"""Rows of triggers.tsv that code the act where PETRARCH's imported pattern coded an intent or an
appeal campaign (ConfliBERT dev half A error classes): training another's forces, taking in
refugees, mediating, calling for an inquiry, abandoning one's own policy. Sentences are written
for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


@pytest.mark.parametrize(("text", "cameo"), [
    # the import's "train +pilot" is 0312, an intent to cooperate militarily
    ("The French army trains Malian soldiers at a base near Bamako.", "062"),
    # the import's "accept +refugee" is 0333, an intent to provide humanitarian aid
    ("Canada accepted 2,000 Syrian refugees in March.", "075"),
    # the import's "launch +effort" is 020, an appeal campaign
    ("Qatar launched a mediation effort between Sudan and Chad on Monday.", "045"),
    ("Norway mediated talks between Colombia and the rebels.", "045"),
    # the import's "call for +inquiry" is 090, as if the caller investigated
    ("Germany called for an independent inquiry into the shooting.", "0214"),
    # the import's "abandon +policy" is 100, a demand
    ("Japan abandoned its policy of taxing foreign ships.", "080"),
])
def test_the_act_is_coded(code_text: Callable[..., CodedArticle], text: str, cameo: str) -> None:
    assert [e.cameo for e in code_text(text).events] == [cameo]


def test_a_planned_mediation_keeps_its_intent_code(code_text: Callable[..., CodedArticle]) -> None:
    # plover.toml [future_cameo] reads a mediation ahead as 039, "express intent to mediate"
    coded = code_text("Norway will mediate talks between Colombia and the rebels next week.")
    assert [e.cameo for e in coded.events] == ["039"]
