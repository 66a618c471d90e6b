"""Classes of false events of campaign politics and public rhetoric, with their neighbours that
still report an event (hand reads of corpus events, seeds 4802 and 5001, issue 12; not the dev
sets). Sentences are written for the test or are short excerpts of corpus articles, credited.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded

# ---- attack words between persons, with no word of armed conflict, are words


def test_attacks_by_a_person_on_a_person_are_criticism(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-09-30
    article = code_text("Donald Trump is doubling down on his attacks on a former Miss Universe.",
                        published="2016-09-30")
    assert [(e.event_type, e.cameo) for e in article.events if e.trigger == "attacks"] == [("ACCUSE", "111")]


def test_an_attack_for_doing_something_is_criticism(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Chris Christie attacked Rubio for not answering the question.", published="2016-02-07")
    assert coded(article, "attacked") == ["ACCUSE"]


def test_a_retort_after_its_words_is_criticism(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text('"Jeb wants to be a tough guy tonight," Trump shot back.', published="2016-02-07")
    assert coded(article, "shot") == ["ACCUSE"]


def test_a_battle_between_candidates_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("At the heart of the battle between Rubio and Chris Christie is the question of experience.",
                        published="2016-02-07")
    assert coded(article, "battle") == []


def test_an_attack_on_a_country_or_with_gunmen_stays_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Israel attacked Gaza on Friday.", published="2016-02-07")
    assert coded(article, "attacked") == ["ASSAULT"]
    article = code_text("Gunmen loyal to Haftar attacked Serraj outside his office in Tripoli on Friday.",
                        published="2016-02-07")
    assert coded(article, "attacked") == ["ASSAULT"]


# ---- campaign finance, petitions, elections, shows


def test_an_ad_funded_by_a_pac_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2016-01-19
    article = code_text("The group responded to an ad that attacks Clinton and is funded by Karl Rove's PAC, "
                        "American Crossroads.", published="2016-01-19")
    assert coded(article, "funded") == []
    article = code_text("Japan funded the new hospital in Kabul.", published="2016-01-19")
    assert coded(article, "funded") == ["AID"]


def test_citizens_voting_in_an_election_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2015-11-10
    article = code_text("Millions in Burma voted peacefully in the country's first democratic elections since 1990.",
                        published="2015-11-10")
    assert coded(article, "voted") == []


def test_an_invitation_to_sit_in_the_audience_is_no_meeting(code_text: Callable[..., CodedArticle]) -> None:
    article = code_text("Trump invited Gennifer Flowers to sit in the front row.", published="2016-09-25")
    assert coded(article, "invited") == []
    article = code_text("Obama invited Putin to attend the summit in Washington.", published="2016-09-25")
    assert coded(article, "invited") == ["AGREE"]


def test_failing_to_reach_a_person_is_no_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-09-16
    article = code_text("Iraq War veteran Tom Young lay down on train tracks after failing to reach someone at the VA "
                        "hotline.", published="2016-09-16")
    assert coded(article, "failing") == []


def test_a_keynote_address_provided_is_no_aid(code_text: Callable[..., CodedArticle]) -> None:
    # after Xinhua, 2006-11-01
    article = code_text("Secretary of State John Kerry will provide the keynote address at the dinner.",
                        published="2006-11-01")
    assert coded(article, "provide") == []


# ---- rhetoric rejected, statements dismissed


def test_rejecting_a_politics_of_cynicism_is_rhetoric(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-07-29
    article = code_text("It was Mr. Obama's rejection of a politics of cynicism that dazzled a national audience.",
                        published="2016-07-29")
    assert coded(article, "rejection") == []


def test_dismissing_the_idea_that_something_is_so_is_a_statement(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2006-12-17 and 2006-12-03
    article = code_text("British Prime Minister Tony Blair angrily dismissed the idea that the 2003 invasion of Iraq "
                        "had triggered the chaos.", published="2006-12-17")
    assert coded(article, "dismissed") == []
    article = code_text("But Iraqi President Jalal Talabani on Sunday rejected the idea of an international "
                        "conference.", published="2006-12-03")
    assert coded(article, "rejected") == ["REJECT"]


# ---- advice and views told with a demand modal, and habits in the perfect


def test_advice_to_voters_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, 2016-01-26
    article = code_text("Cruz said GOP voters should go with him because he has the more conservative record.",
                        published="2016-01-26")
    assert coded(article, "said") == []
    article = code_text("Russia said Sudan must return the helicopter.", published="2016-01-26")
    assert coded(article, "said") == ["REQUEST"]


def test_a_view_told_with_a_modal_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2016-03-23; AFP, 2006-12-19
    article = code_text("Senate Democratic leader Harry Reid said the party should brace for how unpredictable this "
                        "election could be.", published="2016-03-23")
    assert coded(article, "said") == []
    article = code_text("UNICEF spokesman Michael Bociurkiw said Kenya should be seen as a no-go zone for sexual "
                        "exploitation of children.", published="2006-12-19")
    assert coded(article, "said") == []


def test_a_habit_in_the_present_perfect_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2005-12-07
    article = code_text("Israeli Prime Minister Ariel Sharon has always fought mercilessly against terrorism.",
                        published="2005-12-07")
    assert coded(article, "fought") == []
    article = code_text("Merkel has met Putin in Moscow.", published="2005-12-07")
    assert coded(article, "met") == ["CONSULT"]


# ---- a work's plot, and bills backed with no party


def test_the_plot_of_a_film_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Western Journal, 2016-01-12
    article = code_text("The film will tell the story of six American security operators who risked their lives to "
                        "defend the compound in Benghazi.", published="2016-01-12")
    assert coded(article, "defend") == []


def test_supporting_legislation_with_no_party_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-01-18
    article = code_text("Senator Bernie Sanders supported legislation to repeal the bill.", published="2016-01-18")
    assert coded(article, "supported") == []
    article = code_text("Senator Bernie Sanders supported Hillary Clinton on Tuesday.", published="2016-01-18")
    assert coded(article, "supported") == ["SUPPORT"]


# ---- suicides and campaign surrogates (hand read seed 5002)


def test_a_suicide_is_no_assault(code_text: Callable[..., CodedArticle]) -> None:
    # after USA Today, 2016-09-16
    article = code_text("Iraq War veteran Tom Young shot himself in the parking lot of a veterans hospital last month.",
                        published="2016-09-16")
    assert coded(article, "shot") == []
    article = code_text("Police shot the gunman in Kabul on Monday.", published="2016-09-16")
    assert coded(article, "shot") == ["ASSAULT"]


def test_a_campaign_surrogate_deployed_is_no_mobilization(code_text: Callable[..., CodedArticle]) -> None:
    # after The New York Times, 2016-01-12
    article = code_text("Senator Ted Cruz deployed his father, Rafael Cruz, as a surrogate in Iowa.",
                        published="2016-01-12")
    assert coded(article, "deployed") == []
    article = code_text("Russia deployed troops to the border on Monday.", published="2016-01-12")
    assert coded(article, "deployed") == ["MOBILIZE"]
