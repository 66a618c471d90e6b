"""Selectional restrictions of cooperative triggers (senses.toml `[[abstract_object]]`): backing,
defending or committing to an idea, a position or money, with no party for recipient, is no
political event; backing a party, or a cooperative act with an act or an accord for object, is.

Sentences are short excerpts of corpus articles, credited in a comment.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def types_of(coded: CodedArticle) -> list[str]:
    return [e.event_type for e in coded.events]


def test_defending_ones_own_call_is_no_support(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2015-11-15
    coded = code_text("WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage "
                      "to $15 an hour, saying the positives in economic stimulus would outweigh the potential in job "
                      "losses.", published="2015-11-15")
    assert "SUPPORT" not in types_of(coded)


def test_backing_a_mandate_is_no_support(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2015-11-24
    coded = code_text("Shaw said that Clinton already has clearly differentiated herself from President Obama on the "
                      "renewable fuel standard, as have her Democratic rivals, Bernie Sanders and Martin O'Malley, who "
                      "both back a strong ethanol mandate.", published="2015-11-24")
    assert "SUPPORT" not in types_of(coded)


def test_endorsing_a_gerund_is_no_support(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2015-12-14
    coded = code_text("Lawmakers have endorsed making it harder for people to enter the United States if they have "
                      "recently been in Iraq or Syria.", published="2015-12-14")
    assert "SUPPORT" not in types_of(coded)


def test_committing_to_a_strategy_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2016-08-01
    coded = code_text("Podesta reiterated that approach in his interview last week, saying Clinton was committed to a "
                      "50-state strategy.", published="2016-08-01")
    assert "AGREE" not in types_of(coded)


def test_supporting_a_government_is_support(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2006-12-23: a party for object
    coded = code_text("Ethiopia is supporting Somalia's weakened government against the Islamist forces, which "
                      "control Mogadishu and much of the rest of the war-ravaged Horn of Africa nation.",
                      published="2006-12-23")
    supports = [e for e in coded.events if e.event_type == "SUPPORT"]
    assert [({a.code for a in e.actor}, {a.code[:3] for a in e.recipient if a.code}) for e in supports] \
        == [({"ETH"}, {"SOM"})]


def test_agreeing_to_reach_an_understanding_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-06: one-sided in form, an act for complement and no abstract object
    coded = code_text("The Chechen and Moscow authorities have agreed to reach an understanding on the status of "
                      "Chechnya by 2001.", published="1997-04-06")
    assert "AGREE" in types_of(coded)


def test_welcoming_the_resumption_of_talks_is_still_support(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-29: an act for object
    coded = code_text("UN Secretary-General Kofi Annan on Tuesday welcomed the resumption of peace talks in Nigeria "
                      "between the Sudanese government and rebel groups in western Sudan's Darfur region.",
                      published="2005-11-29")
    assert "SUPPORT" in types_of(coded)
