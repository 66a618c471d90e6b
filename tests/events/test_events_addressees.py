"""Recipients of requests and of events that refer back (issue 12, class 1): the one asked is the
recipient even when it cannot be resolved, never what it is asked to act on; a definite "the
network" is the network named before it. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def request(coded: CodedArticle) -> tuple[str, list[str | None]]:
    (event,) = [e for e in coded.events if e.event_type == "REQUEST"]
    return event.event_type, [r.cameo for r in event.recipient]


def test_what_the_asked_party_should_act_on_is_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    # "superdelegates" is no actor the KB knows; Ukraine is only what they are called on to back
    coded = code_text("Putin called on superdelegates to back Ukraine.", published="2016-05-01")
    assert request(coded) == ("REQUEST", [])


def test_an_unresolved_pronoun_object_keeps_the_infinitive_object_out(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia urged them to attack Ukraine.", published="2016-05-01")
    assert request(coded) == ("REQUEST", [])


def test_a_known_object_is_still_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia urged Syrian rebels to accept the truce with Turkey.", published="2016-05-01")
    assert request(coded) == ("REQUEST", ["SYRREB"])


def test_a_verb_with_no_object_still_reaches_into_its_infinitive(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia agreed to provide aid for Romania.", published="2016-05-01")
    assert [[r.cameo for r in e.recipient] for e in coded.events] == [["ROU"]]


def test_a_description_of_the_actor_is_not_its_recipient(code_text: Callable[..., CodedArticle]) -> None:
    # "the minister" refers back to Lavrov: nobody is both sides of an event
    coded = code_text("Russian Foreign Minister Sergei Lavrov slammed a lawsuit alleging that the minister "
                      "violated the law.", published="2016-06-11")
    (event,) = [e for e in coded.events if e.event_type == "ACCUSE"]
    assert [a.cameo for a in event.actor] == ["RUSGOV"]
    assert [r.text for r in event.recipient] == []
