"""Senses of trigger words: a time adjunct is no particle, a for-to clause is the particle "for",
and an attack on an idea, or one told in a speech, is criticism, not violence.

Sentences are short excerpts of real news, credited in a comment (AFP, Reuters, The Western
Journal).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def countries(refs: list) -> set[str]:
    return {r.code for r in refs if r.code}


def test_a_time_adjunct_is_not_the_particle_of_fire_on(code_text: Callable[..., CodedArticle]) -> None:
    # Reuters, 2017-02-12: a missile test; "on Sunday" is when, not "fire on" someone
    coded = code_text("North Korea fired a ballistic missile into the sea off its east coast on Sunday, South Korea "
                      "said.", published="2017-02-12")
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]


def test_fire_on_a_crowd_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-22: the particle has a real object
    coded = code_text("Four people were killed and three others injured when Indian police fired on a rampaging "
                      "mob, the United News of India reported Tuesday.", published="1997-04-22")
    assert any(e.event_type == "ASSAULT" and countries(e.actor) == {"IND"} for e in coded.events)


def test_the_for_of_a_for_to_clause_makes_call_for(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-20
    coded = code_text("Opposition Labor Party leader Shimon Peres called Sunday for Israeli Prime Minister Benjamin "
                      "Netanyahu to resign because of continuing suspicions over his role in the scandal.",
                      published="1997-04-20")
    requests = [e for e in coded.events if e.event_type == "REQUEST" and e.trigger == "called"]
    assert [(countries(e.actor), countries(e.recipient)) for e in requests] == [({"ISR"}, {"ISR"})]


def test_an_attack_on_an_amendment_is_criticism(code_text: Callable[..., CodedArticle]) -> None:
    # The Western Journal, 2016-01-04
    coded = code_text("Finally, preparing itself for Obama's attack on the Second Amendment, the National Rifle "
                      "Association has put out a new video ad ripping Hillary Clinton for her anti-gun agenda.",
                      published="2016-01-04")
    attacks = [e for e in coded.events if e.trigger == "attack"]
    assert [(e.event_type, e.cameo) for e in attacks] == [("ACCUSE", "111")]


def test_an_assault_on_a_treaty_system_is_criticism(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-30 (corpus, not a dev set), shortened
    coded = code_text("In the early 1980s Malaysia launched an assault on the treaty system.", published="1997-04-30")
    assert [(e.event_type, e.cameo) for e in coded.events] == [("ACCUSE", "111")]


def test_an_attack_against_a_government_stays_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2006-12-29: a concrete target, no speech
    coded = code_text("Somalia has been embroiled in heavy fighting since Islamist fighters launched an attack "
                      "against the government near their base in Baidoa.", published="2006-12-29")
    assert not [e for e in coded.events if e.cameo == "111"]


def test_a_retort_told_in_a_statement_is_no_shooting(code_text) -> None:  # noqa: ANN001
    # Breitbart, 2016-05-24 (corpus): "shot back" in a statement is words
    coded = code_text("Trump shot back in a statement, saying he has made a lot of money in down markets.",
                      published="2016-05-24")
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]


def test_a_campaign_rally_is_no_protest(code_text) -> None:  # noqa: ANN001
    # Western Journal, 2016-01-08 (corpus): a candidate's rally is no demonstration
    coded = code_text("Donald Trump gave those attending a Jan. 7 campaign rally in Burlington, Vt., some free "
                      "investing advice.", published="2016-01-08")
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.event_type == "PROTEST"]


# Selectional restrictions (senses.missing_frame, the [[frame]] tables of senses.toml)

def test_talking_about_something_with_nobody_is_no_consultation(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-18 (first and fourth paragraphs): the talks are one CONSULT; Sultanov
    # talking about an initiative during them is no second one
    coded = code_text("Jordanian Foreign Minister Abdul Ilah al-Khatib held talks on Saturday with visiting Russian "
                      "Deputy Foreign Minister Alexander Sultanov, stressing the importance of supporting efforts to "
                      "settle the Palestinian issue, the official Petra news agency reported.\n\nDuring the meeting, "
                      "Sultanov talked about Putin's initiative to hold an international conference to settle the "
                      "Palestinian issue.", published="2006-11-18")
    assert [(e.trigger, countries(e.actor), countries(e.recipient)) for e in coded.events
            if e.event_type == "CONSULT"] == [("held", {"JOR"}, {"RUS"})]


def test_a_question_asked_is_no_request_but_asking_someone_to_act_is(nlp, code_text) -> None:  # noqa: ANN001
    from communique.events.senses import missing_frame
    # The Huffington Post, 2016-02-07
    doc = nlp("When asked about New Hampshire's opioid crisis, Ted Cruz said he knows the tragic consequences "
              "of opioid addiction firsthand.")
    asked = next(t for t in doc if t.text == "asked")
    assert "asking a question is no request" in (missing_frame(asked) or "")
    # Xinhua, 2005-11-29: a request to Malaysia
    coded = code_text("China has asked Malaysia to conduct immediate investigation into and punish offenders involved "
                      "in the assault and humiliation of Chinese citizens in Malaysia, a Foreign Ministry spokesman "
                      "said here Tuesday.", published="2005-11-29")
    assert [(countries(e.actor), countries(e.recipient)) for e in coded.events
            if e.trigger == "asked"] == [({"CHN"}, {"MYS"})]


def test_an_appeal_for_nothing_is_a_candidates_pull_not_a_request(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-09-30
    coded = code_text("They may also illustrate the decline in newspapers' power to shape opinions and the strength "
                      "of Trump's anti-establishment appeal.", published="2016-09-30")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "appeal"]


def test_a_thing_as_subject_reports_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-03-17: the candidacy helped nobody; it drew voters to the polls
    coded = code_text("The polarizing nature of Trump's candidacy has helped drive GOP voters to the polls, said "
                      "Steven Taylor, a chairman of the political science department at Troy University in Alabama.",
                      published="2016-03-17")
    assert coded.actors
    assert not [e for e in coded.events if e.event_type == "AID"]


def test_a_strike_with_an_object_is_an_assault_a_strike_without_one_a_protest(
        code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-09: tank shells struck houses
    coded = code_text("Only one day after Israel announced the end of the operation, the Israeli tank shells struck "
                      "houses in the northern Gaza town of Beit Hanoun on Wednesday, killing at least 18 civilians and "
                      "wounding dozens of others.", published="2006-11-09")
    struck = [e for e in coded.events if e.trigger == "struck"]
    assert [(e.event_type, countries(e.actor)) for e in struck] == [("ASSAULT", {"ISR"})]


def test_publishing_a_document_is_no_release(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-09: a squad list released by the football association
    coded = code_text("According to the list released here Wednesday by Football Association of Zambia (FAZ) Patrick "
                      "Phiri has blended experience and new talent in his team, bringing in players from both the "
                      "Under 20 and Under 23.", published="2006-11-09")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "released"]


def test_a_hazard_warning_and_a_view_of_a_threat_threaten_nobody(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-15: the meteorological agency's tsunami warning
    coded = code_text("An earthquake with a preliminary magnitude of 6.9 jolted extensive areas on the Pacific side "
                      "of north and east Japan Tuesday morning, with the Japan Meteorological Agency issuing a "
                      "tsunami warning.", published="2005-11-15")
    assert coded.actors
    assert not [e for e in coded.events if e.event_type == "THREATEN"]
    # AFP, 2006-12-28: Addis Ababa's view of the Islamists; Washington's accusation is an event
    coded = code_text("The Islamists, who had seized Mogadishu and most of Somalia from US-backed warlords, are "
                      "perceived as a direct threat by Addis Ababa and are accused by Washington of having links with "
                      "al-Qaeda.", published="2006-12-28")
    assert not [e for e in coded.events if e.event_type == "THREATEN"]
    assert [countries(e.actor) for e in coded.events if e.event_type == "ACCUSE"] == [{"USA"}]


def test_campaign_rallies_captures_and_clashes_are_no_protest_arrest_or_fight(nlp) -> None:  # noqa: ANN001
    from communique.events.senses import NOT_AN_EVENT, figurative_cameo

    def word(text: str, found: str):  # noqa: ANN202
        return next(t for t in nlp(text) if t.text == found)
    # The Washington Post, 2016-07-03: a rally of the candidate's campaign
    rallies = word("The candidate has mocked a disabled newspaper reporter, referred to undocumented immigrants from "
                   "Mexico as \"rapists\" and recently pointed to a black man in the crowd at one of his rallies and "
                   "called him \"my African American.\"", "rallies")
    assert figurative_cameo(rallies, "PROTEST") == NOT_AN_EVENT
    # The Huffington Post, 2016-04-27: delegates captured in primaries
    captured = word("Clinton had captured 1,944 delegates heading into Tuesday's primaries, a number that includes "
                    "superdelegates, compared to Sanders' 1,192.", "captured")
    assert figurative_cameo(captured, "COERCE") == NOT_AN_EVENT
    # The New York Times, 2016-02-01: a clash with a debate moderator is words
    clash = word("Republicans are watching a billionaire populist, Donald Trump, clash with Megyn Kelly, a star "
                 "anchor at Fox News who questioned his respect for women in a debate.", "clash")
    assert figurative_cameo(clash, "ASSAULT") == "111"
    # AFP, 1997-04-11: environmentalists rallying at an embassy protest
    rallied = word("Swedish environmentalists rallied outside the Dutch embassy here on Friday to urge the "
                   "Netherlands to release the founder of their group, Paul Watson.", "rallied")
    assert figurative_cameo(rallied, "PROTEST") is None


def test_deaths_in_an_accident_are_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-26: a road accident; Uganda attacked nobody
    coded = code_text("Seven people have been killed in a road accident in southern Uganda, according to a local "
                      "report on Saturday.", published="2005-11-26")
    assert "UGA" in {a.code for a in coded.actors}
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]


def test_a_picture_captured_is_no_capture(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2015-12-15: the White House photographer takes a portrait
    coded = code_text("Guests are given color-coded, timed tickets telling them when to join the queue, and military "
                      "social aides are on hand to move them speedily through, take their names and announce the "
                      "guests when it is their turn for a portrait, captured by the official White House "
                      "photographer.", published="2015-12-15")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "captured"]


def test_campaign_contests_beaten_by_points_and_battles_against_rivals_are_no_events(
        code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-05-18: a primary result given in percent
    coded = code_text("Clinton, during a town hall meeting in Columbus, Ohio, said she was \"going to put a lot of "
                      "coal miners and coal companies out of business,\" while trying to explain her plan to sink $30 "
                      "billion into Appalachia to rebuild the economy. Her opponents seized on those words, which "
                      "appear to have harmed her. Sanders beat her 51% to 36% in West Virginia.",
                      published="2016-05-18")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "beat"]
    # The Washington Post, 2016-04-10: "her battle against Sanders" is the nomination contest itself
    coded = code_text("NEW YORK - The Democratic presidential nominating contest has become a discussion about "
                      "momentum, not mathematics, and that's become a major problem for front-runner Hillary Clinton "
                      "in her battle against Sen. Bernie Sanders.", published="2016-04-10")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "battle"]


def test_suspending_a_campaign_sanctions_nobody(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-02-11
    coded = code_text("\"It just was never meant to be,\" said Monmouth University political scientist Patrick Murray "
                      "of Christie, who opted to suspend his campaign after a sixth-place finish in the New Hampshire "
                      "primary.", published="2016-02-11")
    assert coded.actors
    assert not [e for e in coded.events if e.event_type == "SANCTION"]


def test_a_denied_charge_and_a_quoted_question_are_no_rejection_or_request(
        code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-08-11
    coded = code_text("The documents raised new questions about whether the charitable foundation worked to reward "
                      "its donors with access and influence at the State Department, a charge that Mrs. Clinton has "
                      "faced in the past and has always denied.", published="2016-08-11")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "denied"]
    # The Western Journal, 2016-08-25
    coded = code_text("\u201cThe ones who have been here 20 years,\u201d Trump asked. \u201cDo we throw them out or "
                      "work with them?\u201d", published="2016-08-25")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "asked"]


def test_a_meeting_with_leaders_is_a_consultation(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-04: PETRARCH's "meet with +leader" 036 is the intent to meet; this meeting happened
    coded = code_text("Secretary of State Madeleine Albright on Friday met with three leaders of the Serbian "
                      "opposition, in a further US effort to distance itself from Serbian President Slobodan "
                      "Milosevic.", published="1997-04-04")
    assert [(e.event_type, e.cameo) for e in coded.events if e.trigger == "met"] == [("CONSULT", "040")]


def test_a_war_on_a_social_ill_and_declining_to_give_details_are_no_events(nlp) -> None:  # noqa: ANN001
    from communique.events.senses import missing_frame

    def word(text: str, found: str):  # noqa: ANN202
        return next(t for t in nlp(text) if t.text == found)
    # AFP, 2005-12-14: the war on terrorism is a policy's name
    war = word("The US military is mounting a 300 million dollar psychological operations campaign to sway "
               "international opinion of the US war on terrorism through messages placed in foreign media, officials "
               "said Wednesday.", "war")
    assert "a war on a social ill is a policy" in (missing_frame(war) or "")
    # AFP, 1997-04-07: a comment declined, no rejection
    declined = word("Clinton declined to give details on the substance of his meeting with Netanyahu.", "declined")
    assert "declining to give details" in (missing_frame(declined) or "")
    # The Western Journal, 2016-04-26: withholding the information asked for stays a refusal
    refused = word("\u201cNow we know the Obama administration consciously refused to give up key information about "
                   "Hillary Clinton\u2019s email in 2014.", "refused")
    assert missing_frame(refused) is None


def test_dismissing_an_issue_is_a_statement_not_a_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-01-31
    coded = code_text("Sanders appeared to dismiss the email issue in October, when he told Clinton at a debate that "
                      "Americans were \"sick and tired of hearing about your damn emails.\"", published="2016-01-31")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "dismiss"]


def test_offering_an_abstract_thing_promises_nothing(nlp) -> None:  # noqa: ANN001
    from communique.events.senses import missing_frame
    # Politico, 2016-02-19
    doc = nlp("After Deputy Secretary of State Tom Nides chimed in with an attaboy for Biden, Clinton offered a "
              "somewhat more reserved response about the man who considered challenging her for the Democratic "
              "presidential nomination in 2016 but ultimately stepped aside.")
    offered = next(t for t in doc if t.text == "offered")
    assert "promises nothing" in (missing_frame(offered) or "")


def test_a_planned_talk_of_two_leaders_is_a_consultation(nlp) -> None:  # noqa: ANN001
    from communique.events.senses import missing_frame
    # Xinhua, 2006-11-21: the subject of "are to talk" is both leaders
    talk = next(t for t in nlp("Singh and Abe are to talk about a bilateral free trade agreement and are expected "
                               "to discuss a strategic dialogue framework to strengthen ties on security, energy and "
                               "economic issues, Japanese Foreign Ministry spokesman said on a press conference.")
                if t.text == "talk")
    assert missing_frame(talk) is None
    # AFP, 2005-12-12: the "with" phrase may hang on the topic discussed
    discuss = next(t for t in nlp("Mottaki was also expected to discuss Iran's controversial nuclear programme with "
                                  "Pakistani officials, she said.") if t.text == "discuss")
    assert missing_frame(discuss) is None


def test_a_rally_of_a_candidate_is_a_campaign_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Western Journal, 2016-02-17
    coded = code_text("To Sharp, Trump is the \"kind-hearted and caring\" man who saved her family's farm back in 1986 "
                      "in the wake of her father's suicide. On Tuesday, she attended a Trump rally in North Augusta, "
                      "S.C., and reconnected with Trump.", published="2016-02-17")
    assert coded.actors
    assert not [e for e in coded.events if e.event_type == "PROTEST"]


@pytest.mark.parametrize(("text", "protests"), [
    # The Huffington Post, 2016-07-18 (hand read seed 5186): the candidate holds the rallies
    ("When Trump held rallies all over the southwest he was received by waves of anti-Trump protestors.", 0),
    # an opposition's rally stays a protest
    ("Opposition supporters held a rally in Kiev against the government.", 1),
])
def test_a_rally_a_candidate_holds_is_a_campaign_event(code_text: Callable[..., CodedArticle], text: str,
                                                       protests: int) -> None:
    coded = code_text(text, published="2016-07-18")
    assert len([e for e in coded.events if e.event_type == "PROTEST"]) == protests


def test_a_win_helps_nobody(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart (AP), 2016-03-15: a victory as subject is no party giving aid
    coded = code_text("8:08 p.m.  Donald Trump's big win in the Florida primary is helping him stretch his lead in the "
                      "race for delegates.", published="2016-03-15")
    assert coded.actors
    assert not [e for e in coded.events if e.event_type == "AID"]


def test_a_quoted_view_agreed_with_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2006-12-01
    coded = code_text("The pope's words and gestures about Muslims \"turned the page on the sorry episode of "
                      "Ravensburg,\" agreed Algerian academic and thinker Mustapha Cherif, who had a private audience "
                      "with the pope on November 11.", published="2006-12-01")
    assert coded.actors
    assert not [e for e in coded.events if e.trigger == "agreed"]


def test_warning_of_a_danger_is_no_threat(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2016-08-03: the denunciation is an event, the warning of implications none
    coded = code_text("Hollande denounced Trump's remarks as \"hurtful and humiliating\" and warned of the global "
                      "implications a Trump presidency would have.", published="2016-08-03")
    assert [e.event_type for e in coded.events] == ["ACCUSE"]


def test_offering_no_leave_offers_nothing(nlp) -> None:  # noqa: ANN001
    from communique.events.modality import no_event_frame
    # The Washington Post, 2016-08-09
    doc = nlp("However, five past and current employees separately told The Post that the company offers no paid "
              "parental leave.")
    assert no_event_frame(next(t for t in doc if t.text == "offers")) == "its object is 'no ...': nothing done"


def test_striking_back_is_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-09-22
    coded = code_text("After the 9/11 attacks, President George W. Bush kept the homeland safe for the rest of his "
                      "presidency by striking back decisively.", published="2016-09-22")
    assert [e.event_type for e in coded.events if e.trigger == "striking"] == ["ASSAULT"]
