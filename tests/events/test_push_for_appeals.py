"""An appeal and a demand apart (CAMEO 02 and 10): "pushed for" a policy urges it, "pushing hard
for" presses it (ConfliBERT dev half A error class: policy pushes coded as demands). Sentences are
written for these tests, of the kind seen (no dev-set item is a fixture).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def codes(coded: CodedArticle) -> list[tuple[str, str | None, str]]:
    return [(e.cameo, e.trigger, e.event_type) for e in coded.events if e.status != "negated"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("President Putin has pushed for changes to Russia's constitution.", "pushed"),
    ("Japan's prime minister has pushed for the electoral law to be revised by next year.", "pushed"),
    ("Germany pushed for new rules on migration at the European Union summit in Brussels.", "pushed"),
])
def test_pushing_for_a_policy_is_an_appeal(code_text: Callable[..., CodedArticle], text: str,
                                          trigger: str) -> None:
    assert ("020", trigger, "REQUEST") in codes(code_text(text))


@pytest.mark.parametrize(("text", "trigger"), [
    # the intensifier makes it a demand
    ("The U.S. is pushing hard for a negotiated settlement between Israel and the Palestinians.", "pushing"),
    # "press for" stays a demand (PETRARCH's PRESS, CAMEO 100)
    ("France pressed for a negotiated settlement with Iran on Monday.", "pressed"),
])
def test_pushing_hard_is_a_demand(code_text: Callable[..., CodedArticle], text: str, trigger: str) -> None:
    assert ("100", trigger, "REQUEST") in codes(code_text(text))


def test_a_push_that_moves_things_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # "push" without "for" is no appeal: the row asks for the particle
    coded = code_text("Police pushed the crowd back from the parliament building in Kyiv on Monday.")
    assert not [c for c in codes(coded) if c[0] in ("020", "100")]
