"""Classes of false events from the hand read of seed 5121 (corpus articles outside the dev sets),
each with a neighbour that must still be coded, so a row that cuts the class cannot silently eat
real events. Sentences are short excerpts of corpus articles (credited) or written for the test.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded

# ---- a promise made in a campaign is rhetoric (negative.tsv: N campaign promise)


def test_a_campaign_promise_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-07-18
    article = code_text("Trump tweaked his now-familiar campaign promise Saturday when he formally announced his "
                        "running mate.", published="2016-07-18")
    assert coded(article, "promise") == []


def test_a_promise_to_a_party_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel promised the Palestinians to release prisoners.", published="2016-07-18")
    assert coded(article, "promised") == ["AGREE"]


# ---- seeing a fact or a need is no recognition (senses.toml: recognize)


def test_recognizing_a_need_is_no_recognition(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Iranian foreign minister recognized the need for reform.", published="2016-07-02")
    assert coded(article, "recognized") == []


def test_recognizing_the_importance_of_talks_is_no_recognition(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("The Iranian foreign minister recognized the importance of the talks.", published="2016-07-02")
    assert coded(article, "recognized") == []


def test_recognizing_a_government_is_still_support(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Sweden recognized the new government of Libya on Thursday.", published="2016-07-02")
    assert coded(article, "recognized") == ["SUPPORT"]


# ---- a trouble or a difficulty in doing tells the act undone (modality.toml failure_nouns)


def test_trouble_accepting_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2015-12-10
    article = code_text("Many Americans have more trouble accepting atheists than Muslims.", published="2015-12-10")
    assert coded(article, "accepting") == []


def test_difficulty_accepting_a_proposal_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran had difficulty accepting the proposal.", published="2015-12-10")
    assert coded(article, "accepting") == []


def test_accepting_a_proposal_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran accepted the proposal on Monday.", published="2015-12-10")
    assert coded(article, "accepted") == ["AGREE"]


# ---- "agreed that X could have ...": a modal of the perfect weighs, no intention (modality.py stated_view)


def test_agreeing_that_hosts_could_not_have_asked_is_a_view(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2005-12-10
    article = code_text("The German media all agreed Saturday that the 2006 World Cup hosts could not have asked "
                        "for a kinder finals draw.", published="2005-12-10")
    assert coded(article, "agreed") == []


# ---- what an act made possible is no act of its own (senses.toml: result-participle)


def test_allowing_skills_to_shine_is_no_concession(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2015-11-23
    article = code_text("The New Jersey governor has moved beyond Bridgegate, allowing his natural skills as a "
                        "candidate to shine through.", published="2015-11-23")
    assert coded(article, "allowing") == []


def test_allowing_aid_trucks_in_is_still_a_concession(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel allowed aid trucks to enter Gaza on Monday.", published="2015-11-23")
    assert coded(article, "allowed") == ["CONCEDE"]


# ---- promising to be something is a prospect (senses.toml: promise, xcomp:be)


def test_promising_to_be_an_upstart_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # AFP (corpus lines 401-1500)
    article = code_text("At 39, British opposition leader David Cameron promises to be the upstart that Blair was when "
                        "he became Labour leader.", published="2005-12-07")
    assert coded(article, "promises") == []


def test_promising_to_attend_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran promised to attend the talks in Geneva.", published="2005-12-07")
    assert coded(article, "promised") == ["AGREE"]


# ---- a promise noun of nothing to no one (senses.toml: N promise, pledge)


def test_a_promise_of_nothing_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Voters cheered Mr. Trump's grievance-driven promise.", published="2016-03-01")
    assert coded(article, "promise") == []


def test_a_pledge_to_add_soldiers_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Germany's pledge to add almost 7,000 soldiers to its military came on Monday.",
                        published="2016-06-01")
    assert coded(article, "pledge") == ["AGREE"]


# ---- a rank held is no territory seized (senses.toml: occupy)


def test_occupying_a_tier_is_no_seizure(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Senator Marco Rubio of Florida and Jeb Bush occupied a third tier in the Iowa poll.",
                        published="2015-12-01")
    assert coded(article, "occupied") == []


def test_occupying_a_town_is_still_coercion(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israeli troops occupied the town of Beit Hanoun on Monday.", published="2006-11-07")
    assert coded(article, "occupied") == ["COERCE"]


# ---- answering a reporter (negative.tsv: return +message)


def test_not_returning_a_message_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("A spokeswoman for Mr. Trump did not return a message for comment.", published="2016-03-01")
    assert coded(article, "return") == []


def test_returning_bodies_is_still_an_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel returned the bodies of two soldiers to Lebanon on Monday.", published="2016-03-01")
    assert coded(article, "returned") == ["RETREAT"]


# ---- an economy pulling out of a slump (senses.toml: pull out of +slump)


def test_pulling_out_of_a_slump_is_no_withdrawal(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Russia would pull out of its current slump within two years, the minister said.",
                        published="2016-03-01")
    assert coded(article, "pull") == []


def test_pulling_out_of_talks_is_still_a_withdrawal(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia pulled out of the talks on Monday.", published="2016-03-01")
    assert coded(article, "pulled") == ["RETREAT"]


# ---- a company's own meeting, work taken, the electorate rallied, encouragement offered


def test_a_board_meeting_is_no_consultation(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text('Trump said "We had a board meeting" at Trump Tower.', published="2016-03-01")
    assert coded(article, "meeting") == []


def test_accepting_gigs_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Trump hasn't accepted any new gigs since announcing his candidacy.", published="2016-03-01")
    assert coded(article, "accepted") == []


def test_mobilizing_delegate_candidates_is_no_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    # Politico (corpus, PolNeAR)
    article = code_text("The Trump campaign moved to mobilize grass-roots delegate candidates with an email blast.",
                        published="2016-03-01")
    assert coded(article, "mobilize") == []


def test_mobilizing_troops_is_still_a_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Russia mobilized 20,000 troops on the border with Ukraine on Monday.", published="2016-03-01")
    assert coded(article, "mobilized") == ["MOBILIZE"]


def test_offering_encouragement_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Vice President Mike Pence flew to Ohio to offer encouragement to Republican candidates.",
                        published="2016-03-01")
    assert coded(article, "offer") == []


def test_recognizing_daylight_between_positions_is_no_recognition(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Recognizing the daylight between the candidate's positions and the GOP platform, Trump spoke.",
                        published="2016-03-01")
    assert coded(article, "Recognizing") == []


# ---- meeting the press (negative.tsv: hold +news conference); norms rejected (REJECT abstract objects)


def test_holding_a_news_conference_is_no_consultation(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Mr. Trump, who has been leading in polls here, held a news conference nearby in which he "
                        "continued his assault on Mr. Bush.", published="2016-03-01")
    assert coded(article, "held") == []


def test_rejecting_norms_of_discourse_is_no_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Mr. Obama rejects the norms of Washington discourse.", published="2016-03-01")
    assert coded(article, "rejects") == []


def test_rejecting_a_proposal_is_still_a_rejection(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran rejected the European proposal on Monday.", published="2016-03-01")
    assert coded(article, "rejected") == ["REJECT"]


# ---- marching toward a date, election observers sent, a race quit (senses.toml: march, deploy, quit)


def test_marching_toward_november_is_no_protest(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Hillary Clinton is marching toward November.", published="2016-03-01")
    assert coded(article, "marching") == []


def test_protesters_marching_toward_parliament_still_protest(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Thousands of Egyptian protesters marched toward parliament on Monday.", published="2016-03-01")
    assert coded(article, "marched") == ["PROTEST"]


def test_deploying_election_observers_is_no_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("For decades, the United States has deployed observers for elections in developing countries.",
                        published="2016-03-01")
    assert coded(article, "deployed") == []


def test_quitting_the_race_is_no_resignation(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Ohio Governor John Kasich quit the race on Wednesday.", published="2016-05-05")
    assert coded(article, "quit") == []


def test_a_prime_minister_quitting_still_resigns(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Pakistani Prime Minister Nawaz Sharif quit on Monday.", published="2016-03-01")
    assert coded(article, "quit") == ["RETREAT"]


# ---- the topic of an attack in words is no weapon (senses.py: violent_outside_topics, person_dyad)


def test_hitting_a_rival_on_guns_is_criticism(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times (corpus, PolNeAR)
    article = code_text("Hillary Clinton on Monday hit Bernie Sanders on immigration, she hit him on guns.",
                        published="2016-03-01")
    assert "ASSAULT" not in coded(article, "hit")
    assert "ACCUSE" in coded(article, "hit")


def test_attacking_a_rival_over_gun_control_is_criticism(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Hillary Clinton attacked Bernie Sanders over gun control on Monday.", published="2016-03-01")
    assert coded(article, "attacked") == ["ACCUSE"]


def test_gunmen_attacking_a_police_station_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Gunmen attacked a police station in Kabul on Monday.", published="2016-03-01")
    assert coded(article, "attacked") == ["ASSAULT"]


def test_a_long_shot_campaign_is_no_gunfire(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2016-04-11
    article = code_text("Hillary Clinton on Monday hit Bernie Sanders on immigration, she hit him on guns, and she "
                        "claimed that there's a \"growing level of anxiety\" in the Vermont senator's "
                        "not-quite-so-long-shot campaign for the White House.", published="2016-04-11")
    assert coded(article, "hit") == ["ACCUSE"]


# ---- hand read seed 5122: a bid launched, insisting on being oneself, approaches offered


def test_launching_a_bid_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2015-12-15
    article = code_text("Donald Trump netted hundreds of thousands of dollars per speech before launching his bid.",
                        published="2015-12-15")
    assert coded(article, "launching") == []


def test_insisting_on_being_oneself_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-09-29
    article = code_text("No matter the setting, Donald Trump will insist on being Donald Trump.",
                        published="2016-09-29")
    assert coded(article, "insist") == []


def test_insisting_on_talks_is_still_a_demand(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Iran insisted on holding talks with the European Union.", published="2016-09-29")
    assert coded(article, "insisted") == ["REQUEST"]


def test_offering_voters_approaches_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-01-26
    article = code_text("During a town hall event broadcast by CNN, Democrats Hillary Clinton and Bernie Sanders "
                        "offered Iowa voters different approaches to the presidency.", published="2016-01-26")
    assert coded(article, "offered") == []
