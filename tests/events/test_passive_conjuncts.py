"""A bare past participle coordinated with a passive shares its voice: in "Petraeus was indicted
and convicted" he was convicted, so his is no act of convicting (an event with him as its doer
was coded). An active conjunct still shares the subject.

Sentences: The Western Journal, "The FBI just made an even bigger ...", 2015-11-12 (shortened);
the others are made up in the manner of wire copy.
"""

from __future__ import annotations


def doers(coded, trigger: str) -> list[str | None]:  # noqa: ANN001
    return [a.code for e in coded.events if e.trigger == trigger for a in e.actor]


def test_a_passive_conjunct_has_no_doer_from_the_shared_subject(code_text) -> None:  # noqa: ANN001
    coded = code_text("Former CIA director Gen. David Petraeus was indicted and convicted for a far lesser breach.",
                      published="2015-11-12")
    assert doers(coded, "convicted") == []


def test_the_agent_of_the_first_passive_still_does_its_act(code_text) -> None:  # noqa: ANN001
    coded = code_text("Thai protesters were arrested by police on Monday and charged with rioting.",
                      published="2015-11-12")
    assert doers(coded, "arrested") == ["THA"]
    assert doers(coded, "charged") == []


def test_an_active_conjunct_shares_the_subject(code_text) -> None:  # noqa: ANN001
    coded = code_text("Thai police arrested the protesters on Monday and charged them with rioting.",
                      published="2015-11-12")
    assert doers(coded, "charged") == ["THA"]
