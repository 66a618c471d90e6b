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
    # PETRARCH's "declare +support", "express +solidarity" (051) are left out with the speech verbs
    ("France reaffirmed its support for Ukraine on Monday.", "051"),
    ("Jordan expressed solidarity with Egypt after the attack.", "051"),
])
def test_the_act_is_coded(code_text: Callable[..., CodedArticle], text: str, cameo: str) -> None:
    assert [e.cameo for e in code_text(text).events] == [cameo]


def test_a_planned_mediation_keeps_its_intent_code(code_text: Callable[..., CodedArticle]) -> None:
    # plover.toml [future_cameo] reads a mediation ahead as 039, "express intent to mediate"
    coded = code_text("Norway will mediate talks between Colombia and the rebels next week.")
    assert [e.cameo for e in coded.events] == ["039"]


def test_an_imported_intent_of_a_deed_verb_is_read_as_the_deed() -> None:
    from communique.events.petrarch_verbs import deed_code, intent_deeds

    deeds = intent_deeds({"072": "0332", "07": "033", "057": "030"})
    assert deed_code("0332", "070", deeds) == "072"  # our bare "supply" is 070: a deed of root 07
    assert deed_code("0332", "030", deeds) == "0332"  # "offer", "pledge": a promise keeps the intent
    assert deed_code("0332", None, deeds) == "0332"  # no bare row of ours: nothing says it is a deed
    assert deed_code("0332", "154", deeds) == "0332"  # another root: no reading of ours to follow
    assert deed_code("030", "057", deeds) == "030"  # the generic intent names no one deed


@pytest.mark.parametrize(("text", "cameo", "status"), [
    # PETRARCH's "supply +fighter jet" is 0332, our "supply" 070
    ("The United States supplied fighter jets to Pakistan last year.", "072", "asserted"),
    ("The United States will supply fighter jets to Pakistan next year.", "0332", "planned"),
    ("Japan sent 300 peacekeepers to South Sudan in 2012.", "074", "asserted"),
])
def test_supplying_and_sending_are_deeds(code_text: Callable[..., CodedArticle], text: str, cameo: str,
                                          status: str) -> None:
    assert [(e.cameo, e.status) for e in code_text(text).events] == [(cameo, status)]
