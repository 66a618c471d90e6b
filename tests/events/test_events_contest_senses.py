"""A contest for office told in the words of fighting: "he can't beat her" of a nomination race is
no assault, campaign "attacks" are criticism; violence in a campaign stays violence. Candidates and
campaign staff are party actors, not government.

Sentences are short excerpts of corpus news, credited where used: The Washington Post, "Democratic
primaries turn into a ...", 2016-04-05; AFP, 2005-12-15 (Iraqi election campaign); The New York
Times, "Visa screening missed attacker's ...", 2015-12-14.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.events.senses import NOT_AN_EVENT, contest_cameo
from communique.model import CodedArticle

WASH_POST = "2016-04-05"


def test_beating_a_rival_for_the_nomination_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-04-05
    coded = code_text("Sanders therefore can disrupt and annoy Clinton on her way to the nomination, but he can't "
                      "beat her.", published=WASH_POST)
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]


def test_campaign_attacks_are_criticism(nlp) -> None:  # noqa: ANN001
    # The Washington Post, 2016-04-05
    doc = nlp("He has stepped up his attacks on Clinton's positions, but his parries, particularly compared with "
              "those in the Republican race, are gentle.")
    attacks = next(t for t in doc if t.text == "attacks")
    assert contest_cameo(attacks, "ASSAULT") == "111"


def test_violence_during_a_campaign_stays_an_assault(nlp) -> None:  # noqa: ANN001
    # AFP, 2005-12-15: "killed" says it was violence, though the sentence is about a campaign
    doc = nlp("The leading secular Shiite candidate, former prime minister Iyad Allawi, complained however that "
              "his supporters had been attacked and killed during the campaign.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert contest_cameo(attacked, "ASSAULT") is None


def test_a_contest_verb_outside_an_election_is_left_alone(nlp) -> None:  # noqa: ANN001
    doc = nlp("Sanders therefore can disrupt and annoy Clinton on her way to the nomination, but he can't beat her.")
    beat = next(t for t in doc if t.text == "beat")
    assert contest_cameo(beat, "ASSAULT") == NOT_AN_EVENT
    assert contest_cameo(beat, "COERCE") is None  # only the types senses.toml lists


def test_a_presidential_candidate_is_a_party_actor(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2015-12-14: Trump held no office in 2015
    coded = code_text("Donald J. Trump, the Republican presidential candidate, has said there should be a "
                      "temporary ban on Muslims' entering the country.", published="2015-12-14")
    trump = [a for a in coded.actors if a.text.endswith("Trump")]
    assert trump and {(a.code, a.sector) for a in trump} == {("USA", "PTY")}



def test_abbreviated_us_titles_make_actors(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, "Lawmaker urges retaliation on Russia", 2016-09-08: "Rep." before a name
    coded = code_text("Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President "
                      "Obama to retaliate against Russia for interference in the presidential election.",
                      published="2016-09-08")
    assert [(a.text, a.cameo) for a in coded.actors if "Schiff" in a.text] == [("Rep. Adam Schiff", "USALEG")]


def test_a_front_runner_denounces_the_gop(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, "Most oppose defunding Planned Parenthood", 2015-12-08: a candidate and a party
    coded = code_text("In the presidential race, Democratic front-runner Hillary Clinton has denounced GOP efforts to "
                      "defund the group, which provides contraception and health services for millions of women.",
                      published="2015-12-08")
    denounced = [e for e in coded.events if e.trigger == "denounced"]
    assert [([a.cameo for a in e.actor], [a.cameo for a in e.recipient]) for e in denounced] == [
        (["USAPTY"], ["USAPTY"])]


def test_a_nomination_battle_is_no_event(code_text: Callable[..., CodedArticle]) -> None:
    # USA Today, "Super PAC ad attack coming in Iowa ...", 2015-11-27: the battle is the contest itself
    coded = code_text("About 70% of the candidate-focused ads reserved in December and January in the two states that "
                      "lead off the GOP nomination battle come from super PACs or other candidate-aligned political "
                      "groups that can raise unlimited sums.", published="2015-11-27")
    assert coded.actors  # the sentence was read: its doer was found, only the event is not
    assert not [e for e in coded.events if e.trigger == "battle"]
