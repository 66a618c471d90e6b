"""The mood the event coder reads off a trigger's clause (events/modality.py), on real parses.

Sentences are short excerpts of real news, credited in a comment.
"""

from __future__ import annotations

from communique.events.modality import reading


def trigger(nlp, text: str, word: str):  # noqa: ANN001, ANN201
    return next(t for t in nlp(text) if t.text == word)


def test_an_attempt_is_no_plan(nlp) -> None:  # noqa: ANN001
    # The Washington Post, 2015-11-10: the officers did try; the arrest is no threat ahead
    token = trigger(nlp, "She remembers when military officers showed up at her family's door and tried to arrest "
                         "her sister, who had given speeches criticizing the government.", "arrest")
    assert reading(token)[0] == "asserted"


def test_a_plan_is_still_a_plan(nlp) -> None:  # noqa: ANN001
    # AFP, 1997-04-19
    token = trigger(nlp, "UN administrator Jacques Klein is expected to meet Croatian President Franjo Tudjman later "
                         "Saturday to discuss the elections, Chizik said.", "meet")
    assert reading(token)[0] == "planned"


def test_an_avoided_action_is_negated_and_no_event(nlp, code_text) -> None:  # noqa: ANN001
    # Politico, 2016-07-06: Trump did not criticise Comey; "avoid" denies its complement as "refuse" does
    text = ("Trump has avoided directly criticizing Comey, a Republican appointed as deputy attorney general by "
            "President George W. Bush.")
    assert reading(trigger(nlp, text, "criticizing"))[0] == "negated"
    coded = code_text(text, published="2016-07-06")
    assert not [e for e in coded.events if e.trigger == "criticizing" and e.status != "negated"]


def test_a_modal_on_a_speech_verb_is_a_way_of_speaking_not_a_demand(code_text) -> None:  # noqa: ANN001
    # Politico, 2016-09-17: Trump on the Chelsea explosion; "I must tell you" demands nothing
    coded = code_text("\u201cI must tell you that just before I got off the plane a bomb went off in New York and "
                      "nobody knows exactly what\u2019s going on,\u201d Trump said.", published="2016-09-17")
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.cameo == "100"]


def test_a_campaign_meeting_resistance_is_no_meeting(code_text) -> None:  # noqa: ANN001
    # The Washington Post, 2016-01-07: "meet" with an abstract object, as "meet a deadline"
    coded = code_text("The German campaign, perhaps not surprisingly, is meeting stiff resistance from far-right "
                      "groups.", published="2016-01-07")
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.event_type == "CONSULT"]
