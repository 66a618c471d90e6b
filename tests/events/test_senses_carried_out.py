"""Trigger words whose object or complement makes them no event, or another event (hand read of
coded corpus events, seeds 4501 and 4502, not the dev sets): each class has a negative and a
neighbour that must still be coded. Sentences are written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def cameos(coded_article: CodedArticle, trigger: str) -> list[str | None]:
    return [e.cameo for e in coded_article.events if e.trigger.lower() == trigger.lower()]


# ---- executing a plan, a deal or an order kills no one (senses.toml [[frame]] execute)


def test_executing_a_plan_is_no_killing(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Senator Cruz executed the plan flawlessly during the bus tour."), "executed") == []
    assert coded(code_text("Iran executed the strategy without a hitch."), "executed") == []


def test_executing_people_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Iran executed two Kurdish activists on Monday."), "executed") == ["ASSAULT"]


# ---- what two parties trade gives the event (triggers.tsv trade +barb ..., negative.tsv trade +lead ...)


def test_trading_the_lead_is_no_cooperation(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Clinton and Sanders traded the lead throughout the night."), "traded") == []
    assert coded(code_text("Britain and Ireland traded places in the ranking."), "traded") == []


def test_trading_barbs_is_criticism_and_trading_fire_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    assert cameos(code_text("Obama and Putin traded barbs over the border dispute."), "traded") == ["111"]
    assert coded(code_text("India and Pakistan traded fire across the border on Monday."), "traded") == ["ASSAULT"]


# ---- cricket's players and play are sport words (senses.toml [sport_context])


def test_an_attacking_spinner_is_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("England decided against playing attacking finger-spinner Panesar on the Adelaide pitch.")
    assert coded(article, "attacking") == []


def test_gunmen_attacking_a_spinner_is_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # "Pakistan" named too: gunmen take the country the story's places lead with, and Lahore
    # alone ties with the one Sri Lankan, which leaves them no country and no event
    article = code_text("Gunmen attacked the bus of the Sri Lankan spinner in Lahore, Pakistan, killing six policemen.")
    assert coded(article, "attacked") == ["ASSAULT"]


# ---- helping someone win, compete or make a thing is no aid (senses.toml [[frame]] help)


def test_helping_a_candidate_win_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Obama helped Clinton win the nomination."), "helped") == []
    assert coded(code_text("WikiLeaks and Snowden handled the data they helped make public."), "helped") == []


def test_helping_a_country_rebuild_is_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("The United States helped Iraq rebuild its army."), "helped") == ["AID"]


# ---- demonstrating that something is so shows it (senses.toml [[frame]] demonstrate)


def test_demonstrating_a_clause_is_no_protest(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Now Trump needs to demonstrate that he is willing to change."), "demonstrate") == []
    assert coded(code_text("Moscow demonstrated how little it cared about the sanctions."), "demonstrated") == []


def test_demonstrating_against_a_government_is_a_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Thousands of Egyptians demonstrated against the government in Cairo.")
    assert coded(article, "demonstrated") == ["PROTEST"]


# ---- providing an opinion is no aid (senses.toml [[frame]] provide)


def test_providing_an_opinion_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The European Parliament should provide an opinion on the legality of the expulsions.")
    assert coded(article, "provide") == []


def test_providing_food_is_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Japan provided food to North Korea in March."), "provided") == ["AID"]


# ---- an attack told by a participle of speech is words (senses.toml [[figurative]] speech_participles)


def test_an_attack_with_a_speech_participle_is_criticism(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Obama attacked Putin on Tuesday, calling his plan for Syria a fraud.")
    assert cameos(article, "attacked") == ["111"]


def test_an_attack_with_a_killing_participle_is_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel attacked Hamas positions in Gaza on Tuesday, killing five militants.")
    assert coded(article, "attacked") == ["ASSAULT"]


# ---- a passive's doer that is trade or the economy is no party (senses.toml non_party_subjects)


def test_hit_by_imports_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Voters in districts hardest hit by Chinese imports chose extreme lawmakers.")
    assert coded(article, "hit") == []


def test_hit_by_missiles_is_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Two villages in Gaza were hit by Israeli missiles on Monday.")
    assert coded(article, "hit") == ["ASSAULT"]


# ---- a person shut down is silenced in words (negative.tsv shut down +she ...)


def test_shutting_a_person_down_is_no_coercion(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Obama shut him down in the debate."), "shut") == []


def test_shutting_down_a_newspaper_is_coercion(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("China shut down the newspaper in March."), "shut") == ["COERCE"]


# ---- a bid or a campaign for office is a candidacy (senses.toml [[frame]] launch ...)


def test_launching_a_bid_for_office_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Cruz launched a bid for the Republican nomination."), "launched") == []
    assert coded(code_text("Senator Cruz launched his presidential campaign in Virginia."), "launched") == []
    article = code_text("A Virginia state senator is launching a bid to be the state's next governor.")
    assert coded(article, "launching") == []


def test_launching_a_campaign_against_a_party_is_still_coded(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Israel launched a campaign against Hamas in Gaza."), "launched") != []


# ---- publishing taxes, names or information is no release (senses.toml [[frame]] release)


def test_releasing_taxes_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Trump said he wants to release his taxes after the audit."), "release") == []


def test_releasing_prisoners_is_a_retreat(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Israel released 20 Palestinian prisoners."), "released") == ["RETREAT"]


# ---- money for a campaign is campaign finance (senses.toml [[frame]] lend, give, fund ...)


def test_money_for_a_campaign_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Trump lent his campaign 50 million dollars."), "lent") == []
    assert coded(code_text("Sheldon Adelson gave $5 million to the super PAC."), "gave") == []


def test_money_for_a_country_is_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Japan lent Indonesia 50 million dollars."), "lent") == ["AID"]
    assert coded(code_text("Japan gave 10 million dollars to Haiti."), "gave") == ["AID"]


# ---- a request to someone in the audience (senses.toml [[frame]] ask ...)


def test_asking_a_woman_in_the_audience_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Sanders asked the woman to raise her voice."), "asked") == []


def test_asking_a_leader_is_a_request(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Obama asked Putin to withdraw his troops."), "asked") == ["REQUEST"]


# ---- a disposition to go further names no act (senses.toml [[frame]] be)


def test_prepared_to_go_further_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("China was prepared to go further, the ministry said."), "was") == []


def test_prepared_to_negotiate_is_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("China was prepared to negotiate with Japan, the ministry said.")
    assert coded(article, "was") == ["AGREE"]


# ---- an outcome hailed with no party (senses.toml [[abstract_object]] success ...)


def test_hailing_a_success_with_no_party_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Chinese police have hailed the success of the campaign launched this month.")
    assert coded(article, "hailed") == []


def test_hailing_a_partys_success_is_support(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Obama hailed the success of Egypt's elections."), "hailed") == ["SUPPORT"]


# ---- a document, a result or a base provided is no aid (senses.toml [[frame]] provide)


def test_providing_a_list_or_reports_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Iranian government is providing the public with regular reports of its decisions.")
    assert coded(article, "providing") == []
    assert coded(code_text("The Thai defense minister would later provide the list of provinces."), "provide") == []


def test_providing_information_to_a_country_is_still_coded(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Pakistan provided information about the attackers to India.")
    assert coded(article, "provided") != []


# ---- causing or creating a thing is no aid (senses.toml [[frame]] help)


def test_helping_incite_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("The Sanders campaign helped incite everything that happened."), "helped") == []


# ---- courting voters or donors is campaigning (senses.toml [[frame]] ask ...)


def test_asking_voters_or_donors_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Trump will ask voters in Ohio to back him."), "ask") == []
    article = code_text("The DNC has asked coal companies for donations to the presidential campaign.")
    assert coded(article, "asked") == []


def test_asking_congress_for_money_is_a_request(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Obama asked Congress for money to fight Ebola."), "asked") == ["REQUEST"]


# ---- an offered testimony or warning promises nothing (senses.toml [[frame]] offer)


def test_offering_a_testimony_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Obama offered a potent testimony about his rival."), "offered") == []


# ---- a rule or a provision is no party (senses.toml non_party_subjects)


def test_a_rule_allowing_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("EU rules do not allow a minimum VAT rate of less than 15 percent.")
    assert coded(article, "allow") == []


# ---- running for an office is no request (negative.tsv seek +nomination ...)


def test_seeking_a_nomination_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Cruz is seeking the GOP nomination."), "seeking") == []


def test_seeking_an_extradition_is_a_request(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Britain is seeking the extradition of the suspect from Spain.")
    assert coded(article, "seeking") == ["REQUEST"]


# ---- a first-person "must" states the speaker's resolve (modality.toml self_subjects)


def test_we_should_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text('"We should get rid of superdelegates entirely," Obama said.'), "said") == []
    assert coded(code_text("The Chinese president said we must strengthen the party."), "said") == []


def test_a_country_must_is_a_demand(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Netanyahu said Iran must stop enriching uranium."), "said") == ["REQUEST"]


# ---- a lead or momentum won back is no capture (senses.toml [[frame]] recapture ...)


def test_retaking_the_lead_is_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    assert coded(code_text("Sanders hopes to retake the lead in Ohio."), "retake") == []


def test_recapturing_a_town_is_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Syrian troops recaptured the town of Palmyra from Islamic State.")
    assert coded(article, "recaptured") == ["ASSAULT"]
