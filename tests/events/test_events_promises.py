"""A promise told to someone (issue 12, class 1): "assured X that Y will ..." is the promise,
asserted and dated where it was made, aimed at the one assured (the verb's object), not the
planned content; the subject of the that-clause is only what was promised about. Sentences
written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_assuring_someone_is_a_promise_to_them(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The French foreign minister on Monday assured Nigerian President Olusegun Obasanjo "
                      "that France will send doctors.", published="2004-03-10")
    (event,) = coded.events
    assert (event.event_type, event.status, [a.cameo for a in event.actor], [r.code for r in event.recipient]) \
        == ("AGREE", "asserted", ["FRAGOV"], ["NGA"])
    assert event.date == "2004-03-08"


def test_the_one_promised_is_no_party_named_in_the_promise(code_text: Callable[..., CodedArticle]) -> None:
    # "Jean Dubreuil" is no actor the KB knows; Germany is only what the promise is about
    coded = code_text("The French president promised Jean Dubreuil that Germany would buy the wheat.",
                      published="2004-03-10")
    (event,) = [e for e in coded.events if e.event_type == "AGREE"]
    # the one promised is named by its words only (arguments.named_party), with no code
    assert [(r.text, r.code) for r in event.recipient] == [("Jean Dubreuil", None)]
