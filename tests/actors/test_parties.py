"""Political parties of frequently reported countries are actors of their country's party sector
(data/actors/parties.tsv): "Likud" is ISRPTY, "the BJP" INDPTY, "Congress (I)" India's Congress,
not the U.S. Congress (issue 12, class 1: bodies missing from the knowledge base; the lead's read
of unresolved names in corpus articles). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def actor_codes(coded: CodedArticle) -> list[str | None]:
    return [a.cameo for a in coded.actors]


@pytest.mark.parametrize(("name", "cameo"), [("Likud", "ISRPTY"), ("The BJP", "INDPTY"), ("The ANC", "ZAFPTY"),
                                             ("ZANU-PF", "ZWEPTY"), ("The Tories", "GBRPTY"), ("The AKP", "TURPTY")])
def test_a_party_is_its_countrys_party(code_text: Callable[..., CodedArticle], name: str, cameo: str) -> None:
    assert actor_codes(code_text(f"{name} criticized the plan on Monday.", published="2016-01-10")) == [cameo]


def test_indias_congress_is_not_the_us_congress(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Congress (I) party withdrew its support to the government.", published="1997-04-05")
    assert actor_codes(coded)[0] == "INDPTY" and "USALEG" not in actor_codes(coded)


def test_a_party_is_an_actor_only_while_it_exists(code_text: Callable[..., CodedArticle]) -> None:
    # the UMP became Les Republicains in May 2015
    assert actor_codes(code_text("The UMP criticized the plan on Monday.", published="2016-01-10")) == []
    assert actor_codes(code_text("The UMP criticized the plan on Monday.", published="2010-01-10")) == ["FRAPTY"]
