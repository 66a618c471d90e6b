"""A title or body after "the" and a modifier that names no one ("the top officials"), or after
the story's own country as possessor ("the country's military-run government"), refers as "the
government" does: coreference gives it the country the story is about. "The army" after
"Chadian troops" in a story of two countries is those troops (rules.toml `kind_reference_heads`).
"The junta" is an agent noun (petrarch_agents.tsv) that refers back the same way. Issue 12, after
wire misses of half A; sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def actor_codes(coded: CodedArticle) -> list[tuple[str, str | None]]:
    return [(a.text, a.cameo) for a in coded.actors]


def test_the_countrys_government_is_the_story_countrys(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Aid workers returned to Laos this week. Laos was hit by floods. "
                      "Last month the country's military-run government expelled the workers.")
    assert ("military-run government", "LAOGOV") in actor_codes(coded)


def test_the_top_officials_are_the_story_countrys(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Floods hit Laos this week. Laos asked for help. The top officials met donors.")
    assert ("officials", "LAOGOV") in actor_codes(coded)


def test_the_army_after_named_troops_is_those_troops(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Chadian troops on Monday shelled a Sudanese village near Darfur, the army said. "
                      "Sudan protested.")
    assert [cameo for text, cameo in actor_codes(coded) if text == "army"] == ["TCDMIL"]


def test_the_junta_is_the_story_countrys_government(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Aid workers returned to Laos this week. Laos was hit by floods. "
                      "The junta expelled the workers in May.")
    assert ("junta", "LAOGOV") in actor_codes(coded)


def test_a_junta_without_article_is_nobody(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Aid workers returned to Laos this week. Laos was hit by floods. "
                      "A junta elsewhere expelled the workers in May.")
    assert [cameo for text, cameo in actor_codes(coded) if text == "junta"] == []
