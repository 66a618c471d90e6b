"""Breadth: verbs we know, with objects that make them aid of a kind or a ceasefire (triggers.tsv
rows per verb and object). Sentences are written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def cameos(coded_article: CodedArticle, trigger: str) -> list[str | None]:
    return [e.cameo for e in coded_article.events if e.trigger.lower() == trigger.lower()]


def test_goods_given_sent_or_shipped_are_aid_of_their_kind(code_text: Callable[..., CodedArticle]) -> None:
    assert cameos(code_text("The U.S. military gave medical equipment to Nicaragua."), "gave") == ["070"]
    assert cameos(code_text("Japan sent tents and blankets to Pakistan."), "sent") == ["073"]
    assert cameos(code_text("India shipped rice to Sri Lanka."), "shipped") == ["073"]
    assert cameos(code_text("Russia gave two helicopters to Mali."), "gave") == ["072"]


def test_jets_sent_are_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert "072" not in cameos(code_text("Russia sent jets to Syria."), "sent")


def test_a_declared_cessation_of_hostilities_is_a_ceasefire(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Sudanese government declared a cessation of hostilities in Darfur.")
    assert cameos(article, "declared") == ["0871"]


def test_military_build_up_bombardment_and_cyber_warfare(code_text: Callable[..., CodedArticle]) -> None:
    assert cameos(code_text("Russia has strengthened its forces in Crimea."), "strengthened") == ["154"]
    article = code_text("The Syrian army intensified its bombardment of the Palestinian neighborhood.")
    assert cameos(article, "bombardment") == ["194"]
    assert cameos(code_text("Israel has launched cyber warfare against Iran."), "warfare") == ["172"]
    article = code_text("The Thai government extended the curfew in Bangkok on Monday.")
    assert cameos(article, "extended") == ["1723"]
