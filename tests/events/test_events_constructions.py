"""Constructions that hide an event's doer: raising words ("is expected to meet") and meetings
or visits named in an adjunct of another verb ("arrived here for a visit").

Sentences are short excerpts of real wire copy (AFP 1997, Xinhua 2005), credited in a comment.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def countries(refs: list) -> set[str]:
    return {r.code for r in refs if r.code}


def test_a_raised_subject_is_the_doer_of_the_infinitive(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-19: "Klein is expected to meet Tudjman": Klein (UN) meets, and only plans to
    coded = code_text("UN administrator Jacques Klein is expected to meet Croatian President Franjo Tudjman later "
                      "Saturday to discuss the elections, Chizik said.", published="1997-04-19")
    meetings = [e for e in coded.events if e.trigger == "meet"]
    assert len(meetings) == 1
    assert (countries(meetings[0].actor), countries(meetings[0].recipient)) == ({"IGO"}, {"HRV"}) \
        or ({a.cameo for a in meetings[0].actor}, countries(meetings[0].recipient)) == ({"IGOUNO"}, {"HRV"})
    assert meetings[0].status == "planned"


def test_a_visit_in_an_adjunct_has_the_verbs_subject_as_visitor(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-01
    coded = code_text("The Chinese president, also general secretary of the Central Committee of the Communist "
                      "Party of China (CPC), arrived here earlier Monday for a three-day official goodwill visit.",
                      published="2005-11-01")
    # the visit is coded on "visit", or on "arrived" by the imported PETRARCH pattern 'arrive for +visit'
    visits = [e for e in coded.events if e.trigger in ("visit", "arrived")]
    assert [(e.event_type, countries(e.actor)) for e in visits] == [("CONSULT", {"CHN"})]


def test_dying_in_an_attack_does_not_make_the_dead_the_attacker(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-03: the subject of "died" is a victim; only meetings and visits pass their
    # carrying verb's subject on
    coded = code_text("Abdullah died in an attack on a group of Iraqi civilians in al- Ferkah, 60 miles north of "
                      "Basra.", published="2005-11-03")
    assert not [e for e in coded.events if e.actor and any(a.text == "Abdullah" for a in e.actor)]


def test_the_topic_of_a_meeting_is_no_participant(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-22: the meeting is between Clinton and Hashimoto; North Korea is its topic
    coded = code_text("North Korea's food crisis will be a key topic at a meeting here Friday between Clinton and "
                      "Japanese Prime Minister Ryutaro Hashimoto at the White House.", published="1997-04-22")
    assert not [e for e in coded.events if "PRK" in countries(e.actor)]


def test_a_participle_on_a_noun_that_made_no_event_is_coded_itself(code_text: Callable[..., CodedArticle]) -> None:
    # written for this test in the form of wire copy ("X issued a statement calling on Y to ..."):
    # issuing a statement makes no event, so the call on the statement's noun is the event, with
    # the issuer as the one who asks
    coded = code_text("Amnesty International issued a statement calling on the Belarusian authorities to free the "
                      "prisoners.", published="2019-10-16")
    requests = [e for e in coded.events if e.trigger == "calling"]
    assert [(e.event_type, countries(e.recipient)) for e in requests] == [("REQUEST", {"BLR"})]


def test_a_participle_beside_a_coded_event_is_no_second_event(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2018: the storming is coded; the killing after the comma repeats it, one event
    coded = code_text("Taliban militants stormed an Afghan military base in the western province of Herat, killing "
                      "at least 17 soldiers, officials said.", published="2018-10-14")
    assert [e.trigger for e in coded.events] == ["stormed"]
