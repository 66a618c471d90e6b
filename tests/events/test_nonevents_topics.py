"""Cooperation told about is no act of cooperation, and what an investigation said is no investigation
(senses.toml, the [[frame]] tables on "cooperation" and "investigation";
events/senses.py `subject_of`, `object_of`). Found in 200 corpus articles (news.jsonl lines
1301-1500, Xinhua 2005) of ev-precision; sentences are short excerpts, credited, or written for
the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_cooperation_as_the_subject_of_a_comment_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-15
    article = code_text("Russia-India military cooperation contributes to maintaining global stability, the "
                        "minister said.", published="2005-11-15")
    assert coded(article, "cooperation") == []


def test_cooperation_had_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-19
    article = code_text("The United States and China do have good cooperation on trade.", published="2005-11-19")
    assert coded(article, "cooperation") == []


def test_cooperation_that_began_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Military cooperation between Russia and India began in 2001.", published="2005-11-15")
    assert coded(article, "cooperation") == ["COOPERATE"]


def test_cooperation_improved_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran has improved its cooperation with the IAEA.", published="2005-11-18")
    assert coded(article, "cooperation") == ["COOPERATE"]


def test_what_an_investigation_said_is_no_investigation(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-07-19 (hand read seed 5342)
    article = code_text("Mukasey, the Republican attorney general under former President George W. Bush, criticized "
                        "Clinton's email use, which an FBI investigation said was \"extremely careless\" but did not "
                        "warrant criminal charges.", published="2016-07-19")
    assert coded(article, "investigation") == []


def test_an_investigation_that_began_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The FBI investigation into Clinton's emails began in July 2015.", published="2016-07-19")
    assert coded(article, "investigation") == ["ACCUSE"]


def test_cooperation_that_continued_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-precision): cooperation going on is cooperation done
    article = code_text("Security cooperation between Israel and the Palestinian Authority continued despite the "
                        "violence.", published="2025-04-08")
    assert coded(article, "cooperation") == ["COOPERATE"]
