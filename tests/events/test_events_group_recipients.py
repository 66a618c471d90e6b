"""A group the knowledge base gives no country ("refugees", "protesters") is still the recipient of
an event a known party does to it; it is never enough for an event with no named doer. A group
fleeing a place comes from it.

Sentences are short excerpts of real news, credited in a comment; those adapted say so.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_a_group_with_no_country_is_the_recipient_of_a_known_party(code_text: Callable[..., CodedArticle]) -> None:
    # adapted from The Washington Post, 2015-11-15 ("... the United States should also close its
    # borders to Syrian refugees"): without "Syrian", the refugees have no country, but they are
    # still whom the borders were closed to
    coded = code_text("Germany closed its borders to refugees on Sunday.", published="2015-11-15")
    (event,) = coded.events
    assert [a.code for a in event.actor] == ["DEU"]
    assert [(a.text, a.code, a.sector) for a in event.recipient] == [("refugees", None, "REF")]


def test_an_unplaced_victim_alone_makes_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # adapted from AFP, 1997-04-18 ("the killings of seven local villagers"): no doer is named and
    # the villagers have no country, so nothing here can be coded
    coded = code_text("Two villagers were shot dead on Sunday.", published="1997-04-18")
    assert coded.events == []


def test_refugees_fleeing_a_war_in_a_country_come_from_it(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2015-12-20
    coded = code_text("Before the Paris attacks, Rubio seemed hopeful that the United States could accept more "
                      "refugees fleeing chaos and war in Syria.", published="2015-12-20")
    refugees = [a for a in coded.actors if a.text.endswith("refugees")]
    assert [(a.code, a.sector) for a in refugees] == [("SYR", "REF")]
