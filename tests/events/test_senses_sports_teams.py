"""A sports team meeting, facing or hosting another is a game (senses.toml, the [[frame]] of
`@teams` with a `@team_sports` compound): no meeting or fight of parties. Its neighbours stay:
a leader meeting a sports official, and gunmen attacking a team. Short excerpts of corpus
articles (credited) or sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_a_football_team_meeting_a_country_is_a_game(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-11 (corpus articles 1001-1300, hand read of ev-senses11)
    article = code_text("The Uruguayan national football team will meet Australia in Montevideo on Saturday.",
                        published="2005-11-11")
    assert coded(article, "meet") == []


def test_a_country_facing_a_cricket_side_is_a_game(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("India will host the Pakistani cricket team in Delhi on Sunday.", published="2005-11-11")
    assert coded(article, "host") == []


def test_a_leader_meeting_a_sports_official_is_still_a_meeting(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("IOC president Jacques Rogge met Chinese President Hu Jintao ahead of the Olympics "
                        "on Saturday.", published="2005-11-11")
    assert coded(article, "met") != []


def test_gunmen_attacking_a_cricket_team_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # after AFP, 2009-03-03 (the attack on the Sri Lankan team in Lahore)
    article = code_text("Gunmen attacked the Sri Lankan cricket team in Lahore on Tuesday.", published="2009-03-03")
    assert coded(article, "attacked") == ["ASSAULT"]
