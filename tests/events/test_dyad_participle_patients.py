"""A passive participle with its doer tells of the noun it hangs on (events.arguments
participle_patient): in "the dissident, detained by Chinese police", the dissident is whom the act
is aimed at. Sentences made up after the kinds seen in a hand read (seed 5350: "a college professor,
accused by the Turkish government of coordinating the coup") and in corpus events (Xinhua,
2006-11-22: "oil workers taken hostage by gunmen")."""

from __future__ import annotations

from conftest import sides


def test_the_participles_noun_is_the_recipient(code_text) -> None:  # noqa: ANN001
    article = code_text("The dissident, detained by Chinese police last week, is a lawyer.", published="2016-08-24")
    assert sides(article, "detained") == [(["CHNCOP"], ["CHNOPP"])]


def test_no_doer_no_participle_patient(code_text) -> None:  # noqa: ANN001
    # without a "by" phrase the participle names no doer: its noun is not made a recipient by this rule
    article = code_text("The dissident, detained last week, is a lawyer.", published="2016-08-24")
    assert all(recipient != ["CHNOPP"] for _, recipient in sides(article, "detained"))
