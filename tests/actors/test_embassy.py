"""The actors of the Moscow Times embassy-talks article (examples/embassy-talks-istanbul.md):
every actor a careful analyst lists, with its country and sector, and the later mentions that
refer back to them."""

from __future__ import annotations

import pytest

from communique.model import CodedArticle

# (mention, cameo) as an analyst codes them (the example's gold file)
ANALYST_ACTORS = [
    ("Alexander Darchiyev", "RUSGOV"),
    ("Sonata Coulter", "USAGOV"),
    ("Dmitry Peskov", "RUSGOV"),
    ("Tammy Bruce", "USAGOV"),
    ("Sergei Lavrov", "RUSGOV"),
    ("Marco Rubio", "USAGOV"),
    ("Donald Trump", "USAGOV"),
    ("Kremlin", "RUSGOV"),
    ("Russia\u2019s Foreign Ministry", "RUSGOV"),
    ("U.S. State Department", "USAGOV"),
    ("TASS", "RUSMED"),
    ("Moscow", "RUSGOV"),
    ("Ukraine", "UKR"),
]


@pytest.mark.parametrize(("mention", "cameo"), ANALYST_ACTORS)
def test_analyst_actor(embassy_coded: CodedArticle, mention: str, cameo: str) -> None:
    assert any(mention in a.text and a.cameo == cameo for a in embassy_coded.actors), \
        [(a.text, a.cameo) for a in embassy_coded.actors]


def entity_of(coded: CodedArticle, text: str) -> int | None:
    return next(a.entity for a in coded.actors if a.text == text)


@pytest.mark.parametrize(("later", "first"), [
    ("Darchiyev", "Russia\u2019s newly appointed ambassador to the United States, Alexander Darchiyev"),
    ("ministry", "Russia\u2019s Foreign Ministry"),
    ("Foreign Ministry", "Russia\u2019s Foreign Ministry"),  # named in a quote before the story names it
])
def test_later_mentions_are_the_same_entity(embassy_coded: CodedArticle, later: str, first: str) -> None:
    assert entity_of(embassy_coded, later) == entity_of(embassy_coded, first)


def test_later_surname_gets_the_country(embassy_coded: CodedArticle) -> None:
    coulter = [a for a in embassy_coded.actors if a.text == "Coulter"]
    assert coulter and coulter[0].cameo == "USAGOV" and coulter[0].name == "Sonata Coulter"


def test_istanbul_is_no_actor(embassy_coded: CodedArticle) -> None:
    assert not any("Istanbul" in a.text for a in embassy_coded.actors)
