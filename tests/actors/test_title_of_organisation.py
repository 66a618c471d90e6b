"""A title "of" an organisation takes the organisation's full code, as a title before it does
("Hamas spokesman"): "the head of the RNC's powerful rules committee" is the party's (USAPTY),
not the government's, and "the leader of Hamas" the group's. A strong title still decides its
sector, and a country after "of" gives only the country ("President of France"), but a strong title of a
party, union or company is that body's ("the vice-president of the Front National": FRAPTY). Issue 12
(wrong actor; hand read seed 5222 #21: Politico, 2016-04-17, PolNeAR corpus)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


@pytest.mark.parametrize(("text", "cameo"), [
    ("The head of the RNC accused the party leadership of a breach of trust.", "USAPTY"),
    ("The leader of Hamas criticized Israel.", "PSEREBHMS"),
    ("The President of France criticized Israel.", "FRAGOV"),
    ("The Secretary General of NATO criticized Russia.", "IGOWSTNAT"),
    # a strong title of a party is the party's, not the state's (hand read seed 5351 #11: HuffPost,
    # 2016-08-03, "Le Pen's niece Marion, the vice-president of the Front National")
    ("The vice-president of the Front National criticized Hollande.", "FRAPTY"),
])
def test_a_title_of_an_organisation(code_text: Callable[..., CodedArticle], text: str, cameo: str) -> None:
    assert code_text(text).actors[0].cameo == cameo
