"""A doer the parser lends a conjunct inside a reported clause is no doer when the conjunct's own
object pronoun may stand for it: a pronoun object is never its clause's subject ("him" is not
"himself"). In the New York Times (2016-08-01, "Pressure rises on Trump ..."), "Ms. Khan said Mr.
Trump was ''ignorant'' of Islam and criticized him", the parser reads "criticized" as a conjunct of
"was", lending it Trump; the critic is Ms. Khan (hand read 5250: a wrong actor). Sentences but the
first written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_the_lent_doer_its_object_pronoun_names_is_dropped(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Ms. Khan said Mr. Trump was ignorant of Islam and criticized him for saying he had "
                      "sacrificed for his country.", published="2016-08-01")
    assert [[a.cameo for a in e.actor] for e in coded.events if e.event_type == "ACCUSE"] == []


def test_a_named_object_keeps_the_lent_doer(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Clinton said Trump was unfit and criticized Cruz on Monday.", published="2016-03-01")
    assert [[a.cameo for a in e.actor] for e in coded.events if e.event_type == "ACCUSE"] == [["USAPTY"]]


def test_outside_a_reported_clause_the_conjunct_keeps_its_doer(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Obama met Putin in Paris and criticized him for the annexation.", published="2016-03-01")
    assert [([a.cameo for a in e.actor], [a.cameo for a in e.recipient])
            for e in coded.events if e.event_type == "ACCUSE"] == [(["USAGOV"], ["RUSGOV"])]


def test_the_reporter_given_back_to_a_misattached_conjunct_stays(code_text: Callable[..., CodedArticle]) -> None:
    # the parse's own fix gives the reporter back ("nsubj<conj<ccomp"): no lent doer to doubt
    coded = code_text("Bernie Sanders said Donald Trump is unfit and criticized him on Monday.", published="2016-06-13")
    assert [[a.text for a in e.actor] for e in coded.events if e.event_type == "ACCUSE"] == [["Bernie Sanders"]]
