"""News media are parties too: the KB knows national outlets by name (institutions.tsv), so an
event with one of them for object has its recipient. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_a_network_named_in_the_object_is_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Hillary Clinton has rejected a Fox News proposal for one final debate.", published="2016-05-24")
    assert [(e.event_type, [r.cameo for r in e.recipient]) for e in coded.events] == [("REJECT", ["USAMED"])]


def test_outlets_of_several_countries(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Reuters and CNN interviewed Haaretz editors.", published="2016-05-24")
    assert {a.text: a.cameo for a in coded.actors} == {"Reuters": "GBRMED", "CNN": "USAMED", "Haaretz": "ISRMED"}
