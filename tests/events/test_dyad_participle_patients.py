"""A passive participle with its doer tells of the noun it hangs on (events.arguments
participle_patient): in "the dissident, detained by Chinese police", the dissident is whom the act
is aimed at. Sentences made up after the kinds seen in a hand read (seed 5350: "a college professor,
accused by the Turkish government of coordinating the coup") and in corpus events (Xinhua,
2006-11-22: "oil workers taken hostage by gunmen")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from communique.events.arguments import participle_patient
from communique.model import CodedArticle
from conftest import sides, word_token


def test_the_participles_noun_is_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The dissident, detained by Chinese police last week, is a lawyer.", published="2016-08-24")
    assert sides(article, "detained") == [(["CHNCOP"], ["CHNOPP"])]


def test_no_doer_no_participle_patient(nlp: Language) -> None:
    # without a "by" phrase the participle names no doer ("three soldiers wounded in the attack"),
    # so the noun it hangs on is not made whom an act is aimed at; with one, it is
    without = nlp("The dissident, detained last week, is a lawyer.")
    with_doer = nlp("The dissident, detained by the police last week, is a lawyer.")
    assert participle_patient(word_token(without, "detained")) is None
    assert participle_patient(word_token(with_doer, "detained")).text == "dissident"
