"""The mood the event coder reads off a trigger's clause (events/modality.py), on real parses.

Sentences are short excerpts of real news, credited in a comment.
"""

from __future__ import annotations

from communique.events.modality import no_event_frame, reading


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


# Clauses that report no event at all (modality.no_event_frame). Each test has a control that the
# sentence was read (its doer found) or a sibling sentence that is still coded.

def test_an_event_in_a_condition_is_no_event(code_text) -> None:  # noqa: ANN001
    # USA Today, 2016-08-22: Obama has not withdrawn the nomination; "if" makes it a condition
    coded = code_text("Assuming that Clinton remains a prohibitive favorite to win the general election and would "
                      "get to make her own appointment to the Supreme Court, she might renominate Garland if Obama "
                      "withdraws him from consideration.", published="2016-08-22")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "withdraws"]


def test_a_question_is_no_event(nlp) -> None:  # noqa: ANN001
    # Breitbart, 2016-09-30, quoting a Trump tweet: a question, no help given
    token = trigger(nlp, "In one tweet, Trump said: \u201cDid Crooked Hillary help disgusting (check out sex tape "
                         "and past) Alicia M become a U.S. citizen so she could use her in the debate?\u201d", "help")
    assert no_event_frame(token) == "a question, not an event"


def test_a_wish_for_another_partys_act_is_not_that_partys_act(code_text) -> None:  # noqa: ANN001
    # AFP, 2005-12-07: China hopes France will offer; France has promised nothing
    coded = code_text("\u201cChina hopes that France will offer more attractive conditions on technology transfer "
                      "as well as price so that Franco-Chinese cooperation in this field can develop,\u201d he said "
                      "just before visiting the ITER site.", published="2005-12-07")
    assert {a.code for a in coded.actors} >= {"CHN", "FRA"}
    assert not [e for e in coded.events if e.trigger == "offer"]


def test_the_content_of_a_possibility_or_fear_is_no_event(code_text) -> None:  # noqa: ANN001
    # Xinhua, 2006-11-22: a speculation, not Israel's threat
    coded = code_text("There are considerable speculations about the possibility that Israel might attack Iranian "
                      "nuclear facilities if Iran insists on developing its nuclear program.", published="2006-11-22")
    assert "ISR" in {a.code for a in coded.actors}
    assert not coded.events
    # AFP, 2005-12-21: feared strikes by extremists are no attack, nor a threat by them
    coded = code_text("Members of a Muslim group notorious for its anti-vice raids on nightclubs will help safeguard "
                      "churches over Christmas in Indonesia amid fears that extremists may strike, a report said "
                      "Wednesday.", published="2005-12-21")
    assert not [e for e in coded.events if e.trigger == "strike"]


def test_an_option_weighed_is_no_event(nlp) -> None:  # noqa: ANN001
    # Politico, 2016-02-11: she has not attacked yet, she weighs how to
    token = trigger(nlp, "Clinton faces a conundrum as she considers how to attack Sanders.", "attack")
    assert "an option weighed" in (no_event_frame(token) or "")


def test_agreeing_on_a_view_is_no_agreement_but_agreeing_on_an_act_is(nlp, code_text) -> None:  # noqa: ANN001
    # The Huffington Post, 2016-02-01: the analyst shares a view, no AGREE event
    token = trigger(nlp, "Political analyst David Bositis agreed that the shift was a matter of geography and "
                         "experience.", "agreed")
    assert "states a view" in (no_event_frame(token) or "")
    # Xinhua, 2005-11-13: what the officials will do together is an agreement
    coded = code_text("The APEC officials also agreed that member economies will come up with a model for the "
                      "establishment of a free trade agreement by 2008, he added.", published="2005-11-13")
    assert [e.event_type for e in coded.events if e.trigger == "agreed"] == ["AGREE"]


def test_a_modal_on_a_copula_states_a_view_not_a_demand(code_text) -> None:  # noqa: ANN001
    # AFP, 2005-12-13 (first and fifth paragraphs): Talabani on what the presidency ought to be
    coded = code_text("Iraq's first Kurdish head of state Jalal Talabani said Tuesday that he would not seek a second "
                      "presidential mandate if the post remained largely ceremonial following this week's watershed "
                      "general election.\n\n\u201cThe president of the republic must be a real president, active in "
                      "the leadership of the state, for the simple reason that Iraqis expect a lot from him,\u201d "
                      "said Talabani.", published="2005-12-13")
    assert "IRQ" in {a.code for a in coded.actors}
    assert not [e for e in coded.events if e.cameo == "100"]
    # Xinhua, 2005-11-12: a demand of an act stays a demand
    coded = code_text("US Trade Representative Rob Portman Saturday said India must help in solving the standoff in "
                      "farm talks to conclude the current round of global trade negotiations, Indo-Asian News "
                      "Service reported.", published="2005-11-12")
    assert [(e.cameo, [a.code for a in e.recipient]) for e in coded.events if e.cameo == "100"] == [("100", ["IND"])]


def test_a_promise_of_a_conflictual_act_is_a_threat(code_text) -> None:  # noqa: ANN001
    # The Washington Post, 2016-09-10: the Security Council pledged more sanctions (PLOVER THREATEN)
    coded = code_text("The United Nations Security Council on Friday made a strong condemnation of North Korea's "
                      "latest nuclear test and pledged to impose further sanctions as a deterrence.",
                      published="2016-09-10")
    assert [e.event_type for e in coded.events if e.trigger == "pledged"] == ["THREATEN"]
    # Xinhua, 2005-11-04: a pledge of cooperation stays an agreement
    coded = code_text("China and Russia pledged to deepen long-term cooperative relations in the space sector, with "
                      "focus on joint development of large projects, which will bring about mutual benefits and "
                      "win-win results, said the space experts.", published="2005-11-04")
    assert [e.event_type for e in coded.events if e.trigger == "pledged"] == ["AGREE"]


def test_a_counterfactual_is_no_event(code_text) -> None:  # noqa: ANN001
    # The Washington Post, 2016-03-04: Romney did not beat Obama
    coded = code_text("\u201cWell look, he was a failed candidate,\u201d Trump said of Romney. \u201cHe should have "
                      "beaten President Obama very easy. He failed miserably, and it was an embarrassment to "
                      "everybody, including the Republican Party.\u201d", published="2016-03-04")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "beaten"]


def test_what_one_party_asks_another_to_do_is_not_done(code_text) -> None:  # noqa: ANN001
    # The Western Journal, 2016-07-01: the giants were solicited; nobody supported Clinton yet
    coded = code_text("Bernie Sanders often attacked Clinton during the primaries for her close ties to Wall Street, "
                      "so it may come as a surprise to Sanders\u2019 supporters the very same DNC which sponsored "
                      "Sanders\u2019 presidential run has solicited the financial giants to support Clinton.",
                      published="2016-07-01")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "support"]


def test_insisting_on_a_view_is_no_demand(code_text) -> None:  # noqa: ANN001
    # Xinhua, 2005-11-30: Germany states a view; the US accusation is an event
    coded = code_text("On Iran's nuclear issue, Germany has insisted that Iran has the right for civilian nuclear "
                      "power, but the United States has accused Iran of developing nuclear weapons under the "
                      "civilian cover.", published="2005-11-30")
    assert not [e for e in coded.events if e.trigger == "insisted"]
    assert [(e.event_type, [a.code for a in e.actor]) for e in coded.events] == [("ACCUSE", ["USA"])]


def test_the_content_of_a_claim_is_no_event(code_text) -> None:  # noqa: ANN001
    # The Huffington Post, 2016-08-11: a false claim; Trump did not oppose the invasion
    coded = code_text("\u201cI was totally against going into Iraq,\u201d Trump said, repeating a false claim that he "
                      "opposed the 2003 invasion.", published="2016-08-11")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "opposed"]
    # The New York Times, 2016-07-05: an allegation, not a reported rape
    coded = code_text("The biggest bombshell was an allegation from his first wife, Ivana Trump, that Mr. Trump had "
                      "raped her -- a claim that originated in a deposition she gave during their divorce "
                      "proceedings.", published="2016-07-05")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "raped"]


def test_a_prevented_attempt_and_a_failure_to_act_are_no_events(code_text) -> None:  # noqa: ANN001
    # AFP, 1997-04-12: the police foiled the attempt; nobody was killed, least of all by the police
    coded = code_text("Police in Sarajevo on Saturday foiled an apparent attempt to kill Pope John Paul II, "
                      "discovering 23 landmines wired to explode under a bridge the pope was set to cross later in "
                      "the day.", published="1997-04-12")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "kill"]
    # USA Today, 2016-03-02: Trump did not denounce them
    coded = code_text("They were spurred by Trump's initial failure to denounce white supremacist groups embracing "
                      "his candidacy.", published="2016-03-02")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "denounce"]


def test_an_option_mentioned_is_no_event(nlp) -> None:  # noqa: ANN001
    # issue 12 (corpus article outside the dev sets): no forcing has happened, it was mentioned
    token = trigger(nlp, "He has mentioned forcing universities to spend more of their endowments.", "forcing")
    assert "an option weighed" in (no_event_frame(token) or "")


def test_the_complement_of_a_counterfactual_is_no_event(nlp) -> None:  # noqa: ANN001
    # The Washington Post, 2016-07-02: the bill was blocked, no one was allowed to deny anything
    text = ("Judge Carlton W. Reeves issued an injunction blocking a bill that would have allowed private "
            "citizens to deny services to gays and lesbians.")
    assert "counterfactual" in (no_event_frame(trigger(nlp, text, "deny")) or "")
    assert no_event_frame(trigger(nlp, "The bill allowed private citizens to deny services.", "deny")) is None
