"""Campaign words that are no political event: rallying one's own supporters is no protest, and
a place that says where a politician is from is not where the event happened.

Sentences are short excerpts of corpus news, credited where used: The Huffington Post, "Bernie
Sanders is fundraising for ...", 2016-05-24; The New York Times, "From failed hopefuls, bold
ideas ...", 2016-07-11; AFP, 1997-04-17 (a protest in Hebron).
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle

HUFF_POST = "2016-05-24"
SENTENCE = ("While Sanders, the independent senator from Vermont, has set grassroots fundraising records for his "
            "own candidacy, Clinton’s campaign has criticized him for not doing more to help raise the profile of "
            "progressive candidates for federal and state offices as he rallies his supporters.")


def test_rallying_ones_supporters_is_no_protest(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2016-05-24
    coded = code_text(SENTENCE, published=HUFF_POST)
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.event_type == "PROTEST"]


def test_a_senator_of_a_state_does_not_place_the_event(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-07-11: Florida says whose senator; the proposal was not made there
    coded = code_text("Two years ago, Senator Marco Rubio of Florida proposed that everyone in America ought to be "
                      "able to invest through the United States government's retirement program, which is called "
                      "the Thrift Savings Plan.", published="2016-07-11")
    proposals = [e for e in coded.events if e.trigger == "proposed"]
    assert proposals, "the proposal is coded"
    assert all(e.location is None or e.location.name != "Florida" for e in proposals)


def test_protesters_rallying_in_a_town_still_protest(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Thousands of Palestinians rallied in Hebron on Thursday to protest against the Israeli "
                      "occupation.", published="1997-04-17")
    assert [e for e in coded.events if e.event_type == "PROTEST"]


def test_signing_a_law_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, "Obama order opens door for outsiders ...", 2016-05-12
    coded = code_text("Under the Presidential Transitions Improvement Act, which Obama signed into law in March, the "
                      "president must establish a transition plan no later than six months before the election.",
                      published="2016-05-12")
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.trigger == "signed"]


def test_signing_an_agreement_is_still_one(code_text: Callable[..., CodedArticle]) -> None:
    # written for this test (no source): two governments sign a deal
    coded = code_text("Russia and Ukraine signed a gas supply agreement in Moscow on Wednesday.",
                      published="2005-12-15")
    assert [e for e in coded.events if e.trigger == "signed" and e.cameo == "057"]
