"""A noun's "between" pair with no doer of its own: the party named first does the act with the
other (events.arguments.between_pair), as coders write the dyad of a reciprocal noun: "discussions
between Beijing and the Vatican aimed at normalising bilateral relations" (AFP, 2006-12-02).
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def dyads(coded: CodedArticle, trigger: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in coded.events if e.trigger == trigger]


def test_the_first_of_a_between_pair_is_the_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("This was despite discussions between Beijing and the Vatican aimed at normalising bilateral "
                      "relations.", published="2006-12-02")
    assert dyads(coded, "discussions") == [(["CHN"], ["VAT"])]


def test_a_named_doer_keeps_the_pair_as_its_recipient(code_text: Callable[..., CodedArticle]) -> None:
    # the doer is named, so the "between" pair is not split into a dyad of its own
    coded = code_text("China held discussions between Beijing and the Vatican on Monday.", published="2006-12-02")
    assert all(a.code == "CHN" for e in coded.events if e.trigger == "discussions" for a in e.actor)


def test_a_mediator_is_no_party_of_the_pair(code_text: Callable[..., CodedArticle]) -> None:
    # after Xinhua, 2006-11-12 ("his keenness to mediate between Sudan and Chad"): the pair is
    # mediated for, and with no mediator named there is no event
    coded = code_text("Qatar mediated between Hamas and Fatah on Monday.", published="2006-11-12")
    mediated = [e for e in coded.events if e.trigger == "mediated"]
    assert [sorted(r.code or "" for r in e.recipient) for e in mediated] == [["PSE", "PSE"]]
    unnamed = code_text("A mediation between Sudan and Chad is planned.", published="2006-11-12")
    assert [e for e in unnamed.events if e.trigger == "mediation"] == []
