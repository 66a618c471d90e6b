"""Sentences that report no political event, and their neighbours that still report one.

Each class of false positives found in hand reads of coded corpus events (seeds 4101-4107, not
the dev sets) has a negative (no event expected) and a positive that must still be coded, so a
rule that suppresses the class cannot silently eat real events. Sentences are written for the
test or are short excerpts of corpus articles, credited in a comment.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def coded(coded_article: CodedArticle, trigger: str) -> list[str]:
    """The PLOVER types of the events whose trigger is `trigger` (any case)."""
    return [e.event_type for e in coded_article.events if e.trigger.lower() == trigger.lower()]


# ---- games: an attack, a defeat or a clash in a sentence about a game is play


def test_an_attack_in_a_cricket_match_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2006-12-15 (a cricket report)
    article = code_text("Laxman and Ganguly put on 46 for the fifth wicket before Ntini was called back into the "
                        "South African attack late in the day.", published="2006-12-15")
    assert coded(article, "attack") == []


def test_a_defeat_in_a_tournament_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Australia beat Japan 3-1 in the semifinal of the tournament on Sunday.",
                        published="2025-04-08")
    assert coded(article, "beat") == []


def test_players_attacking_a_goal_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Japanese players attacked the Australian goal in the semifinal on Sunday.",
                        published="2025-04-08")
    assert coded(article, "attacked") == []


def test_gunmen_attacking_football_fans_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # a word of armed conflict ("gunmen") keeps the attack an attack, game or not
    article = code_text("Gunmen attacked football fans outside the stadium in Kano on Sunday.", published="2025-04-08")
    assert coded(article, "attacked") == ["ASSAULT"]


def test_rebels_attacking_a_base_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Congolese rebels attacked an army base near Goma on Sunday.", published="2025-04-08")
    assert coded(article, "attacked") == ["ASSAULT"]
