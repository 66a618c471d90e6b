"""An object "him" or "her" is never its own clause's subject (that would be "himself").

Sentences written for the test in the manner of wire copy; no corpus text is shipped.
"""

from __future__ import annotations

import pytest

JOHNSON = "Prime Minister Boris Johnson arrived in Beijing on Monday. "


@pytest.mark.parametrize(("second", "trigger"), [
    # the pronoun hangs on a noun under the verb: its clause's subject is still the verb's
    ("President Xi Jinping held talks with him on Tuesday.", "held"),
    # the clause's subject is itself a pronoun standing for Xi
    ("Xi Jinping said he would meet him soon.", "meet"),
    ("President Xi Jinping criticized him for his remarks.", "criticized"),
])
def test_an_object_pronoun_is_the_person_named_before(code_text, second: str, trigger: str) -> None:
    coded = code_text(JOHNSON + second)
    (event,) = [e for e in coded.events if e.trigger == trigger]
    assert [a.cameo for a in event.actor] == ["CHNGOV"]
    assert [a.code for a in event.recipient] == ["GBR"], event.recipient


def test_an_object_pronoun_with_nobody_before_stays_unresolved(code_text) -> None:
    coded = code_text("Xi Jinping held talks with him on Tuesday.")
    (event,) = [e for e in coded.events if e.trigger == "held"]
    assert event.recipient == []
