"""Object control: the infinitive after "force", "help", "allow" ... is done by the verb's object,
or in the passive by its subject (constructions.toml `object_control_verbs`), not by the verb's
subject. Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def cameos(refs: list) -> set[str]:
    return {r.cameo for r in refs if r.cameo}


def test_the_one_forced_to_resign_resigns(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Iraqi prime minister was forced to resign on Monday.", published="2012-01-01")
    resignations = [e for e in coded.events if e.trigger == "resign"]
    assert [(e.event_type, cameos(e.actor), e.status) for e in resignations] == [("RETREAT", {"IRQGOV"}, "asserted")]


def test_an_ordered_withdrawal_is_not_given_to_the_ordered_troops(code_text: Callable[..., CodedArticle]) -> None:
    # "order" is no control verb of the list: the ordered act stays the orderer's, as event coders
    # code it, and the troops are not made the doer
    coded = code_text("The Iraqi government ordered Turkish troops to withdraw from Mosul.", published="2012-01-01")
    assert not [e for e in coded.events if "TURMIL" in cameos(e.actor) or "TUR" in cameos(e.actor)]
