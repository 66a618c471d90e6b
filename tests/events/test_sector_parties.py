"""A state body or group named by its role alone, in an article that names no party with a
country ("The government lifted the ban", "Police arrested ...", "Rebels attacked ..."), is still
the doer, by its sector with no country (PETRARCH/Phoenix ---GOV, ---COP): never a guessed
country. Not a named person whose title the KB lacks, one person's title, nor a word for people or
a company. Sentences made up for these tests after the ConfliBERT-style single sentences that
coded nothing (ev-sector, half A of the ConfliBERT dev set)."""

from __future__ import annotations

import pytest


def parties(article, trigger: str) -> list[tuple[list[tuple[str | None, str | None]], list[str | None]]]:  # noqa: ANN001
    """(code, sector) of each doer and the text of each recipient of the events of `trigger`."""
    return [([(a.code, a.sector) for a in e.actor], [r.text for r in e.recipient])
            for e in article.events if e.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    ("The government lifted the ban on rallies on Monday.", "lifted", "GOV"),
    ("Police arrested five men on Sunday.", "arrested", "COP"),
    ("The army shelled the town on Monday.", "shelled", "MIL"),
    ("Rebels attacked the village on Sunday.", "attacked", "REB"),
    ("Teachers went on strike on Monday.", "went", "EDU"),
])
def test_role_alone_is_a_party_by_its_sector(code_text, text: str, trigger: str, sector: str) -> None:  # noqa: ANN001
    article = code_text(text, published="2025-04-08")
    found = parties(article, trigger)
    assert len(found) == 1
    assert found[0][0] == [(None, sector)]


def test_arrested_men_are_the_recipient(code_text) -> None:  # noqa: ANN001
    article = code_text("Police arrested five men on Sunday.", published="2025-04-08")
    assert parties(article, "arrested")[0][1] == ["five men"]


@pytest.mark.parametrize("text", [
    "The company condemned the decision on Monday.",
    "People protested the decision on Monday.",
    "He condemned the attack on Monday.",
    # one person's title, in the singular: most often its country is told elsewhere
    "Lawmaker urges retaliation on Monday.",
])
def test_no_party_without_a_sector_of_a_body_or_group(code_text, text: str) -> None:  # noqa: ANN001
    assert code_text(text, published="2025-04-08").events == []


def test_an_article_naming_a_country_codes_no_party_without_one(code_text) -> None:  # noqa: ANN001
    # the government is then most often that country's, though the parse did not tie it
    article = code_text("Russia condemned the attack on Sunday. The government lifted the ban on rallies on Monday.",
                        published="2025-04-08")
    assert all(a.code is not None for e in article.events for a in e.actor)
    assert parties(article, "condemned")
