"""The event coder on real sentences: argument patterns, statuses, reciprocity, negation, passives.

Sentences are short excerpts of real news, credited in a comment: AFP and Xinhua wire copy
(1997-2006) and The Moscow Times (2025-04-08, the example article of examples/).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle, Event


def countries(refs: list) -> set[str]:
    return {r.code for r in refs if r.code}


def counted(coded: CodedArticle) -> list[Event]:
    return [e for e in coded.events if e.status != "negated"]


def find(coded: CodedArticle, event_type: str) -> Event:
    found = [e for e in coded.events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.trigger) for e in coded.events]}"
    return found[0]


# (text, PLOVER type, actor countries, recipient countries): the argument patterns of the parse
ARGUMENT_CASES = [
    # subject -> actor, object -> recipient (AFP, 1997-04-05)
    ("On Thursday Turkish Interior Minister Meral Aksener accused Germany of trying to burn Turks out of the "
     "country.", "ACCUSE", {"TUR"}, {"DEU"}),
    # subject and direct object (Moscow Times, 2025-04-08)
    ("Russia invaded Ukraine in 2022.", "COERCE", {"RUS"}, {"UKR"}),
    # light verb: "held talks" carries a CONSULT; "with" -> recipient (AFP, 1997-04-08)
    ("US Secretary Treasury Robert Rubin held talks Tuesday with Vietnamese communist party chief Do Muoi.",
     "CONSULT", {"USA"}, {"VNM"}),
    # "call on": the object of the particle is the recipient (AFP, 1997-04-08)
    ("Japan's consul general here called on China Tuesday to be more transparent in its military strategy.",
     "REQUEST", {"JPN"}, {"CHN"}),
    # light verb with "on" (AFP, 1997-04-28)
    ("The United Nations imposed sanctions on Iraq after it invaded Kuwait in 1990.", "SANCTION", {"IGO"}, {"IRQ"}),
    # passive: the "by" phrase is the actor (AFP, 1997-04-03)
    ("But calls to reduce the number of troops in the island have been rejected by the United States.",
     "REJECT", {"USA"}, set()),
    # "pull out of" (AFP, 2006-12-18)
    ("North Korea pulled out of the talks in November last year.", "RETREAT", {"PRK"}, set()),
]


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), ARGUMENT_CASES)
def test_arguments(code_text: Callable[..., CodedArticle], text: str, event_type: str, actor: set[str],
                   recipient: set[str]) -> None:
    event = find(code_text(text), event_type)
    assert (countries(event.actor), countries(event.recipient)) == (actor, recipient)


def test_reciprocal_actors_are_all_on_the_actor_side(code_text: Callable[..., CodedArticle]) -> None:
    # coordinated subjects of a symmetric verb (Moscow Times, 2025-04-08)
    coded = code_text("Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio met in "
                      "Saudi Arabia on Feb. 18.")
    event = find(coded, "CONSULT")
    assert countries(event.actor) | countries(event.recipient) == {"RUS", "USA"}


def test_compound_dyad_on_a_noun(code_text: Callable[..., CodedArticle]) -> None:
    # "U.S.-Russia talks": both parties from the pre-modifier (Moscow Times, 2025-04-08)
    coded = code_text("The second round of U.S.-Russia talks on restoring diplomatic missions will take place "
                      "Thursday in Istanbul, the Kremlin said Tuesday.")
    event = find(coded, "AGREE")
    assert {"RUS", "USA"} <= countries(event.actor) | countries(event.recipient)


@pytest.mark.parametrize(("text", "event_type", "cameo", "status"), [
    # future cooperation: PLOVER AGREE, CAMEO 036, status planned (Moscow Times, 2025-04-08)
    ("The second round of U.S.-Russia talks on restoring diplomatic missions will take place Thursday in "
     "Istanbul, the Kremlin said Tuesday.", "AGREE", "036", "planned"),
    # past meeting: CONSULT, asserted (Moscow Times, 2025-04-08)
    ("Lavrov and Rubio met in Saudi Arabia on Feb. 18.", "CONSULT", "040", "asserted"),
    # "call for" (AFP, 1997-04-11)
    ("A Malaysian opposition leader Friday called for the resignation of a high-ranking Malaysian politician.",
     "REQUEST", None, "asserted"),
])
def test_codes_and_status(code_text: Callable[..., CodedArticle], text: str, event_type: str, cameo: str | None,
                          status: str) -> None:
    event = find(code_text(text), event_type)
    assert event.status == status
    if cameo:
        assert event.cameo == cameo
    assert event.goldstein is not None and event.quad_class in (1, 2, 3, 4)


@pytest.mark.parametrize(("text", "published", "coded"), [
    # AFP, 2006-12-21: a present tense dated after the publication day tells a plan
    ("The visit comes as Cuba's national legislature opens its annual meeting here Friday.", "2006-12-21",
     ("AGREE", "036", "planned", "2006-12-22")),
    # AFP, 2006-12-31: a sanction announced for a day to come is PLOVER's threat; done, it is a sanction
    ("Ukraine said Russia is cutting off gas supplies to Belarus from 0700 GMT Monday.", "2006-12-31",
     ("THREATEN", "1311", "planned", "2007-01-01")),
    ("Ukraine said Russia cut off gas supplies to Belarus on Monday.", "2006-12-31",
     ("SANCTION", "162", "asserted", "2006-12-25")),
])
def test_an_event_dated_after_the_story_is_planned(code_text: Callable[..., CodedArticle], text: str,
                                                   published: str, coded: tuple[str, str, str, str]) -> None:
    [event] = code_text(text, published=published).events
    assert (event.event_type, event.cameo, event.status, event.date) == coded


def test_a_planned_meeting_noun_is_an_intent_to_meet(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2005-12-12: talks dated after the publication day are planned, and PLOVER reads a planned
    # meeting as AGREE (CAMEO 036) whether the plan is told by "will" or by the date alone
    text = ("Iranian Foreign Minister Manouchehr Mottaki's visit to Pakistan comes ahead of December 21 talks "
            "between Iran and Britain, France and Germany on its disputed nuclear programme.")
    talks = [e for e in code_text(text, published="2005-12-12").events if e.trigger == "talks"]
    assert [(e.event_type, e.cameo, e.status, e.date) for e in talks] == [("AGREE", "036", "planned", "2005-12-21")]


def test_hypothetical(code_text: Callable[..., CodedArticle]) -> None:
    # a possible attack is a threat, never an assault that happened (Xinhua, 2006-11-22)
    coded = code_text("Israel might attack Iranian nuclear facilities if Iran insists on developing its nuclear "
                      "program.")
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]
    assert coded.events and all(e.status in ("hypothetical", "planned") for e in coded.events)


def test_negated_event_is_not_counted(code_text: Callable[..., CodedArticle]) -> None:
    # (AFP, 1997-04-15, with the leaders named)
    coded = code_text("The presidents of Russia and Chechnya have not met since October 1994.")
    assert coded.events and all(e.status == "negated" for e in coded.events)


@pytest.mark.parametrize("text", [
    # a denial: no event between Ukraine and anyone (Moscow Times, 2025-04-08)
    "There are no political or security issues on the agenda, and Ukraine is not — absolutely not — on the agenda.",
    # negative pattern: a heart attack is not an assault (AFP, 1997-04-05)
    "Turkes, leader of the Nationalist Action Party, died here on early Saturday after a heart attack.",
    # negative pattern: meeting a demand is not a meeting (Xinhua, 2005-11-14)
    "Nanjing has ordered air shipments of the stuffed toys from Beijing to meet the demands of anxious buyers.",
    # no actor: animals do not invade (AFP, 1997-04-09)
    "More than a thousand tonnes of crayfish have invaded Elands bay since the weekend.",
])
def test_no_event(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert counted(code_text(text)) == []


def test_content_of_an_event_is_not_a_second_event(code_text: Callable[..., CodedArticle]) -> None:
    # "agreed to provide aid": one AGREE, not an AGREE and an AID (AFP, 1997-04-15)
    coded = code_text("China has also agreed to provide aid totalling five million yuan to Mauritius.")
    assert [e.event_type for e in counted(coded)] == ["AGREE"]
    assert "MUS" in countries(coded.events[0].recipient)


def test_reported_speech_keeps_the_speaker_apart(code_text: Callable[..., CodedArticle]) -> None:
    # the minister reports; Cairo seeks the extradition (AFP, 1997-04-02)
    coded = code_text("Egyptian Interior Minister Hassan al-Alfi said Tuesday that Cairo is seeking the extradition "
                      "of an Islamic militant arrested recently in Pakistan.")
    event = find(coded, "REQUEST")
    assert [r.text for r in event.actor] == ["Cairo"]


def test_event_records_evidence_and_rule(code_text: Callable[..., CodedArticle]) -> None:
    text = "Russia invaded Ukraine in 2022."
    event = find(code_text(text), "COERCE")
    assert text[event.start:event.end] == event.evidence
    assert event.trigger == "invaded"
    assert "invade" in event.rule
    assert event.confidence == 0.85  # a verb with both sides named: 0.5 + 0.2 + 0.15


def test_a_refused_future_cooperation_is_a_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # "would not support": a refusal that happened, not a negated support (AFP, 1997-04-01)
    coded = code_text("France last weekend announced it would not support the annual resolution condemning "
                      "China's human rights record.")
    event = find(coded, "REJECT")
    assert (countries(event.actor), event.status) == ({"FRA"}, "asserted")
    assert "refusal" in event.rule


def test_a_demand_in_reported_speech(code_text: Callable[..., CodedArticle]) -> None:
    # "X said Y must ...": a demand by the speaker to the subject (Washington Post, 2016-04-07)
    coded = code_text("Arturo Sarukhan, Mexico's ambassador to the United States from 2007 to 2013, said Mexico must "
                      "rebut Trump's claims.")
    event = find(coded, "REQUEST")
    assert (countries(event.actor), countries(event.recipient), event.status) == ({"MEX"}, {"MEX"}, "asserted")


# Recipients the grammar marks only loosely. These sentences are written for the tests in wire
# style about real, widely reported events (not verbatim quotations of a source).
LOOSE_RECIPIENT_CASES = [
    # an on-the-ground action with no named target: the country of the place in its clause
    # (Mosul car bombings, 2005)
    ("Iraqi insurgents detonated a car bomb in Mosul on Sunday.", "ASSAULT", {"IRQ"}, {"IRQ"}),
    # the party named on the object of a nominal event (the Falklands war, 1982)
    ("Britain announced the suspension of military ties with Argentina.", "SANCTION", {"GBR"}, {"ARG"}),
    # a generic noun before "to COUNTRY" is no posting: the country is the recipient (US aid, 2022)
    ("The United States is supplying weapons and intelligence to Ukraine.", "AID", {"USA"}, {"UKR"}),
    # a capital as the direct object stands for its country (the siege of Sarajevo, 1992-1995)
    ("Serbian forces shelled Sarajevo on Tuesday.", "ASSAULT", {"SRB"}, {"BIH"}),
    # a trigger noun before "operation", "effort" ... is the event, with the parties of the whole
    # phrase (written for the test in wire style about the UN's Darfur aid operations, 2004)
    ("The United Nations began an aid operation for Sudan.", "AID", {"IGO"}, {"SDN"}),
    # a particle changes the code: rallying behind someone is support, not a demonstration (AFP, 2006-12-19)
    ("Washington also rallied behind the Palestinian president on Monday.", "SUPPORT", {"USA"}, {"PSE"}),
    # what is set up in a country is set up with it (the reopening of the British embassy, 2015)
    ("Britain agreed to reopen its embassy in Tehran.", "AGREE", {"GBR"}, {"IRN"}),
]


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), LOOSE_RECIPIENT_CASES)
def test_loose_recipients(code_text: Callable[..., CodedArticle], text: str, event_type: str, actor: set[str],
                          recipient: set[str]) -> None:
    event = find(code_text(text, published="2005-06-05"), event_type)
    assert (countries(event.actor), countries(event.recipient)) == (actor, recipient)


@pytest.mark.parametrize(("text", "event_type"), [
    # where the parties met is not whom the meeting was aimed at (the embassy talks, 2025)
    ("Russian and American diplomats met in Istanbul on Thursday.", "CONSULT"),
    # nor where an agreement was signed (the Dayton agreement was signed in Paris, 1995)
    ("Serbia and Croatia signed an agreement in Paris on Thursday.", "SUPPORT"),
])
def test_a_meeting_place_is_no_recipient(code_text: Callable[..., CodedArticle], text: str, event_type: str) -> None:
    event = find(code_text(text, published="2005-06-05"), event_type)
    assert "TUR" not in countries(event.recipient) and "FRA" not in countries(event.recipient)
    assert "place-in-clause" not in event.rule


def test_the_source_of_a_report_is_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    # "according to ... by Hamas" names who reports, not whom the act was aimed at (written for the
    # test in wire style about the demolitions reported in Gaza, 2004)
    event = find(code_text("Israeli soldiers demolished three houses, according to a statement by Hamas."), "COERCE")
    assert countries(event.actor) == {"ISR"}
    assert "PSE" not in countries(event.recipient)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # an agentless passive: the victims are known, the doer is placed where it happened (written for
    # the test in wire style about the Baghdad car bombings of 2005)
    ("At least five Iraqi policemen have been killed in a car bombing in Baghdad.", {"IRQ"}, {"IRQ"}),
    # an attack as the subject, no place: the actor stays empty
    ("A roadside bomb killed two U.S. soldiers.", set(), {"USA"}),
])
def test_an_attack_with_no_named_doer(code_text: Callable[..., CodedArticle], text: str, actor: set[str],
                                      recipient: set[str]) -> None:
    event = find(code_text(text, published="2005-06-05"), "ASSAULT")
    assert (countries(event.actor), countries(event.recipient)) == (actor, recipient)
    assert "unnamed doer" in event.rule


@pytest.mark.parametrize("text", [
    # a named doer the KB cannot resolve blocks the victim-only reading (written for the test)
    "Unknown assailants killed two Pakistani policemen.",
    # no victim resolved: nothing to code
    "Two people were killed in an explosion.",
])
def test_no_victim_only_event(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text, published="2005-06-05")
    assert not any("unnamed doer" in e.rule for e in coded.events)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # a common-noun doer is placed where it acts, as ICEWS's "Protester (Hong Kong)"; "in defiance
    # of" names the target ahead of the object (written for the test in wire style about the Hong
    # Kong marches of 2019)
    ("Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.",
     "PROTEST", {"HKG"}, {"CHN"}),
    # (written for the test about the Dili riots of 2006)
    ("Prisoners rioted at a jail in Dili on Monday.", "PROTEST", {"TLS"}, set()),
])
def test_a_common_noun_doer_is_placed_where_it_acts(code_text: Callable[..., CodedArticle], text: str,
                                                    event_type: str, actor: set[str], recipient: set[str]) -> None:
    event = find(code_text(text, published="2005-06-05"), event_type)
    assert (countries(event.actor), countries(event.recipient)) == (actor, recipient)
    assert "located doer" in event.rule


@pytest.mark.parametrize("text", [
    # a meeting place says nothing about whose diplomats met (the embassy talks, 2025)
    "Diplomats met in Istanbul on Thursday.",
    # a nationality on the victim is no place of the doer (written for the test)
    "Gunmen killed two U.S. soldiers.",
    # soldiers often act abroad; a place inside the object is not where the doer acted (written for
    # the test about the West Bank raids of 2006 and the Gaza disengagement debate of 2005)
    "Soldiers arrested three Palestinian militants in the West Bank town of Jenin.",
    "But critics attacked Israel's withdrawal plan for Gaza.",
])
def test_no_located_doer(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text, published="2005-06-05")
    assert not any("located doer" in e.rule for e in coded.events)


def test_a_group_affiliated_with_an_organisation_acts_for_it(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-23
    coded = code_text("The official teachers' union, affiliated with Arafat's Palestine Liberation Organization, has "
                      "condemned the strike.", published="1997-04-23")
    assert countries(find(coded, "ACCUSE").actor) == {"PSE"}


def test_a_promised_concession_is_agree(code_text: Callable[..., CodedArticle]) -> None:
    # a future withdrawal is a promise: AGREE with the CAMEO code of an intent to de-escalate (035x),
    # status planned (written for the test in wire style about the Gaza disengagement, 2005)
    event = find(code_text("Israel will withdraw its troops from the Gaza Strip.", published="2005-06-05"), "AGREE")
    assert event.cameo.startswith("035") and event.status == "planned"
    assert countries(event.actor) == {"ISR"}


# The opening of a sport report (Xinhua, 2006-11-15, "Turkey faces Italy test in Bergamo")
SPORT_REPORT = (
    "Turkey will be seeking its first win in history against world champion Italy at a friendly in Bergamo "
    "Wednesday night, Turkish Daily News reported.\n\n"
    "The game will be played in honor of Giacinto Facchetti, former skipper of the Italian national team, who "
    "died in September.\n\n"
    "In the past 12 matches against the Azzurri, three of them with B teams, Turkey has lost nine and drawn three, "
    "scoring seven goals and conceding 22.\n\n"
    "Their last clash was a friendly in Pescara four years ago, where midfielder Emre Belozoglu and striker "
    "Christian Vieri scored one each in a 1-1 draw.")


def test_a_sport_report_has_no_events(code_text: Callable[..., CodedArticle]) -> None:
    # its first sentence alone reads as a request by Turkey to Italy
    assert code_text(SPORT_REPORT.split("\n\n")[0], published="2006-11-15").events != []
    assert code_text(SPORT_REPORT, published="2006-11-15").events == []


def test_sport_words_in_political_news_block_nothing(code_text: Callable[..., CodedArticle]) -> None:
    # "team" and "final" in a political story (written for the test about the 2005 nuclear talks)
    coded = code_text("Iran's negotiating team presented its final offer to the European Union.",
                      published="2005-08-01")
    assert coded.events != []


def test_a_market_closing_is_no_sanction(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-20
    coded = code_text("TAIPEI -- Share prices on the Taiwan Stock Exchange closed higher Monday, with the weighted "
                      "index moving up 1.94 points to close at 7,261.48.", published="2006-11-20")
    assert coded.events == []


def test_a_trigger_word_inside_a_name_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # "Cooperation" names the forum; the meeting is the event (Xinhua, 2005-11-15, the end of the
    # sentence left out)
    coded = code_text("Foreign and trade ministers of the Asia-Pacific Economic Cooperation (APEC) began their "
                      "meeting Tuesday in the South Korean coastal city of Busan.", published="2005-11-15")
    assert "Cooperation" not in {e.trigger for e in coded.events}
    assert "CONSULT" in {e.event_type for e in coded.events}


def test_a_closed_border_is_still_a_sanction(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test in wire style about the 2006 Gaza crossings closures
    event = find(code_text("Israel closed the border crossings with Gaza on Monday.", published="2006-12-11"),
                 "COERCE")
    assert countries(event.actor) == {"ISR"}


def test_one_mention_is_never_both_sides(code_text: Callable[..., CodedArticle]) -> None:
    # "Iraq" names the war's place and its party, not also its target (Xinhua, 2005, examples/)
    coded = code_text("The US death toll for the Iraq war just broke the 2,000 mark last week.",
                      published="2005-10-26")
    assert all(not (countries(e.actor) & countries(e.recipient)) for e in coded.events)


def test_deaths_in_an_accident_are_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-21: the cause is a gas explosion, which negative.tsv marks as no attack
    coded = code_text("At least eight Polish miners were killed in a methane gas explosion in a coal mine in "
                      "southern Poland on Tuesday evening.", published="2006-11-21")
    assert coded.events == []


def test_a_negated_copula_negates_its_event(code_text: Callable[..., CodedArticle]) -> None:
    # "was not ready": the negation follows the copula (written for the test in wire style)
    coded = code_text("Israel is not willing to negotiate with Hamas.", published="2006-11-21")
    assert coded.events and all(e.status == "negated" for e in coded.events)


def test_a_falling_figure_is_no_refusal(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-09; "declined to attend" stays a refusal, while "declined to comment" is
    # CAMEO 011 (decline comment), a statement, which is not coded (negative.tsv)
    coded = code_text("The U.S. trade deficit declined by 6.8 percent to 64.3 billion U.S. dollars in September, a "
                      "Commerce Department report said on Thursday.", published="2006-11-09")
    assert coded.events == []
    assert find(code_text("Iran declined to attend the talks.", published="2006-11-09"), "REJECT")
    assert code_text("Iran declined to comment on the report.", published="2006-11-09").events == []


def test_hosting_refugees_is_aid_to_them(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2005-12-12
    event = find(code_text("Tanzania hosts some 400,000 Burundian and Congolese refugees.", published="2005-12-12"),
                 "AID")
    assert (countries(event.actor), countries(event.recipient)) == ({"TZA"}, {"BDI", "COD"})


def test_a_fronted_participle_is_passive(code_text: Callable[..., CodedArticle]) -> None:
    # "Asked ..." opening a sentence: the speaker was asked, nobody made a request; "Backed by
    # Russia" is no party of the rejection (written for the test in wire style)
    coded = code_text("Asked whether Russia would retaliate, Kremlin spokesman Dmitry Peskov said no decision had "
                      "been made.", published="2006-10-03")
    assert not [e for e in coded.events if e.event_type == "REQUEST"]
    event = find(code_text("Backed by Russia, Serbia rejected the plan.", published="2006-10-03"), "REJECT")
    assert (countries(event.actor), countries(event.recipient)) == ({"SRB"}, set())


def test_a_moving_figure_is_no_party(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-23: stocks ease, they make no concession
    coded = code_text("Greek stocks eased slightly on Wednesday as investors took profits after the Athens Stock "
                      "Exchange hit new five-year highs on Tuesday, traders here said.", published="2005-11-23")
    assert coded.events == []


def test_a_currency_is_no_party(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-20: "U.S. dollars" names a currency, Kazakhstan is the other party
    event = find(code_text("Egypt Monday signed a contract worth some 29 million U.S. dollars with Kazakhstan to "
                           "import 120,000 tons of wheat from the central Asian nation.", published="2006-11-20"),
                 "SUPPORT")
    assert (countries(event.actor), countries(event.recipient)) == ({"EGY"}, {"KAZ"})


def test_the_for_clause_of_a_demand_is_its_content_not_an_event(code_text) -> None:  # noqa: ANN001
    # Breitbart (AP), 2016-07-13: Trump demands; Ginsburg has not resigned
    coded = code_text("WASHINGTON (AP) \u2014 Donald Trump called Wednesday for Supreme Court Justice Ruth Bader "
                      "Ginsburg to resign for saying publicly that she feels he is unfit to be president.",
                      published="2016-07-13")
    assert [e.event_type for e in coded.events] == ["REQUEST"]
