"""An indirect question with a to-infinitive names a way or an option, no act (modality.toml
`question_words`, events/modality.py `question_infinitive`); rallying to a side or a cause backs
it, no protest (senses.toml, the [[frame]] on "rally"). Found in hand reads of corpus events
(seed 5343) and 60 PolNeAR corpus articles of ev-precision; sentences are short excerpts, credited,
or written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_learning_how_to_shoot_is_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    # after The Huffington Post, 2016-07-27
    article = code_text("Hillary Clinton, the Democratic nominee, learned how to shoot a gun as a child in Arkansas.",
                        published="2016-07-27")
    assert coded(article, "shoot") == []


def test_knowing_how_to_attack_is_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia knows how to attack Ukraine.", published="2025-04-08")
    assert coded(article, "attack") == []


def test_an_infinitive_without_a_question_word_stays_an_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia tried to attack Ukraine on Monday.", published="2025-04-08")
    assert coded(article, "attack") == ["ASSAULT"]


def test_rallying_to_a_candidates_side_is_no_protest(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-02-17 (hand read seed 5343)
    article = code_text("Senator Bernie Sanders's supporters rallied to his side on Monday in Iowa.",
                        published="2016-02-17")
    assert coded(article, "rallied") == []


def test_rallying_against_a_president_stays_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Thousands of opposition supporters rallied in Nairobi on Monday against President Kibaki.",
                        published="2005-11-20")
    assert coded(article, "rallied") == ["PROTEST"]


def test_rallying_to_a_leaders_call_stays_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-precision): the usual wire wording for turning out
    article = code_text("Supporters of the opposition rallied to the call of Raila Odinga in Nairobi against "
                        "President Kibaki.", published="2025-04-08")
    assert coded(article, "rallied") == ["PROTEST"]
