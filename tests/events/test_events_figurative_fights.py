"""A fight with no opponent, no place and no word of armed conflict around it is a figure of
speech (senses.toml, the `[[frame]]` of fight/battle/struggle and `[fight_context]`): "fighting
to defend the Constitution" is no assault; militants fighting for independence are.

Sentences are short excerpts of corpus articles, credited in a comment.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def fights(coded: CodedArticle) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in coded.events if e.trigger.lower().startswith(("fight", "fought"))]


def test_fighting_to_defend_the_constitution_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-02-17
    coded = code_text("Cruz added that he was the only to spend their entire life \u201cfighting to defend the "
                      "Constitution and the Bill of Rights.\u201d", published="2016-02-17")
    assert fights(coded) == []


def test_fighting_harder_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-08-18
    coded = code_text("Giuliani, the former mayor of New York City who has become a close Trump adviser, has also "
                      "urged the candidate to dig in and prepare to fight harder, and in a more focused way.",
                      published="2016-08-18")
    assert fights(coded) == []


def test_militants_fighting_for_independence_is_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-07: words of armed conflict around the fight
    coded = code_text("Moslem militants are fighting for Kashmnir's independence from India.", published="1997-04-07")
    assert fights(coded) == [("ASSAULT", "fighting")]


def test_the_drug_war_is_a_policy_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-07-26
    coded = code_text("A mix of Sanders supporters, opponents of the U.S. drug war and anti-media activists joined in "
                      "a thunderous chant of \"Feel the Bern!\"", published="2016-07-26")
    assert [e for e in coded.events if e.trigger == "war"] == []


def test_a_war_against_a_party_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-20: wars between states stay violence
    coded = code_text("India and Pakistan have fought three wars since independence from British colonial rule in "
                      "1947.", published="1997-04-20")
    assert "ASSAULT" in [e.event_type for e in coded.events]


def test_fighting_to_do_something_is_an_effort(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2015-12-08; The Washington Post, 2015-11-23 (hand read seed 5192)
    for sentence in ["In the past, the White House has fought hard to defend both the Cadillac tax and medical "
                     "device tax.",
                     "Christie still needs a stumble or two, but he has fought his way back to respectability."]:
        assert fights(code_text(sentence, published="2015-12-08")) == [], sentence


def test_fighting_to_take_a_city_stays_a_fight(code_text: Callable[..., CodedArticle]) -> None:
    for sentence in ["Rebels fought to take the city of Goma on Monday.",
                     "Kurdish forces fought their way into the town on Monday."]:
        assert fights(code_text(sentence, published="2025-04-08")) == [("ASSAULT", "fought")], sentence
