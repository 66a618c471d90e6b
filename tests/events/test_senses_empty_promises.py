"""A promise to no one (senses.toml [empty_promise], issue 12): a promise, a pledge or a proposal
coded as a bare intent to cooperate (AGREE 030), whose content names no party, no act and no
cooperation, is a domestic policy outcome promised, no event. Each class has a neighbour that
must stay: a promise naming a party, a cooperation, an act, or made by a joint subject.
Sentences are short excerpts of corpus articles (credited) or written for the test.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle
from conftest import coded


def test_a_promise_of_a_domestic_policy_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # after Xinhua, 2005-11-24 ("In the strategy, the government promises to invest in renewable
    # energy sources, save energy and reduce greenhouse gas emissions")
    article = code_text("In the strategy, the Finnish government promises to invest in renewable energy sources, "
                        "save energy and reduce greenhouse gas emissions.", published="2005-11-24")
    assert coded(article, "promises") == []


def test_a_campaign_vow_with_no_party_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-01-18 ("Trump vowing to protect Christianity")
    article = code_text("Donald Trump has been vowing to protect Christianity.", published="2016-01-18")
    assert coded(article, "vowing") == []


def test_a_pledge_of_cooperation_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-16: no recipient, but the pledge names a cooperation
    article = code_text("The Australian minister pledged to intensify regional cooperation to deny a safe haven "
                        "to officials guilty of corruption.", published="2005-11-16")
    assert coded(article, "pledged") == ["AGREE"]


def test_a_vow_naming_a_party_is_still_an_event(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-12: the party is in the vow
    article = code_text("Southern Sudan's autonomous government vowed on Saturday that it would try all means to "
                        "wipe out Ugandan rebel forces from the soil.", published="2005-11-12")
    assert coded(article, "vowed") != []


def test_a_promise_of_an_act_is_still_an_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Western Journal, 2016-09-23: a promised veto threatens Congress, no promise to no one
    article = code_text("Over the past few days, the Obama administration has promised a veto.",
                        published="2016-09-23")
    assert coded(article, "promised") != []


# ---- declining to speak or to be interviewed is a statement, no rejection (senses.toml [[frame]] decline)


def test_declining_an_interview_is_no_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-07-27
    article = code_text("Fed governor Lael Brainard declined to be interviewed for this article.",
                        published="2016-07-27")
    assert coded(article, "declined") == []


def test_declining_an_interview_request_is_no_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # Politico, 2016-07-24
    article = code_text("Earlier Sunday, Al Gore declined an interview request from POLITICO.", published="2016-07-24")
    assert coded(article, "declined") == []


def test_refusing_to_discuss_with_a_party_is_still_a_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test: the talks refused are with a party
    article = code_text("Iran refused to discuss its nuclear programme with the European Union.",
                        published="2005-11-20")
    assert coded(article, "refused") == ["REJECT"]


# ---- a stance on an issue of domestic policy, with no party, is a position (senses.toml [[abstract_object]])


def test_opposing_an_issue_is_no_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2015-12-20
    article = code_text("Marco Rubio personally opposes same-sex marriage.", published="2015-12-20")
    assert coded(article, "opposes") == []


def test_opposing_a_policy_act_is_no_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2015-11-13
    article = code_text("Marco Rubio had opposed adding provisions to the bill that would have strengthened border "
                        "security.", published="2015-11-13")
    assert coded(article, "opposed") == []


def test_supporting_research_is_no_support(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-04-01
    article = code_text("Bernie Sanders has supported stem cell research in the Senate.", published="2016-04-01")
    assert coded(article, "supported") == []


def test_opposing_a_partys_deployment_is_still_a_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test: the object names a party
    article = code_text("Russia opposes the deployment of US missiles in Poland.", published="2016-02-12")
    assert coded(article, "opposes") == ["REJECT"]


def test_rejecting_talks_with_a_party_is_still_a_rejection(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test: a gerund of an act with a party
    article = code_text("Israel rejected negotiating with Hamas.", published="2016-02-12")
    assert coded(article, "rejected") == ["REJECT"]


# ---- an attack by a person on a person is words, also when the parse names neither a person
# (senses.person_dyad with the coder's actor records: "Trump" is often an ORG, "Cruz" nothing)


def test_attacks_on_a_rival_the_parse_calls_an_org_are_criticism(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-02-12 (headline); ASSAULT before the actor records were asked
    article = code_text("Cruz reboots his attacks on Trump.", published="2016-02-12")
    assert coded(article, "attacks") == ["ACCUSE"]


def test_troops_attacking_militants_is_still_an_assault(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test
    article = code_text("Israeli troops attacked Hamas militants in Gaza.", published="2016-02-12")
    assert coded(article, "attacked") == ["ASSAULT"]


# ---- asking a question, or a reporter asking for an interview, is no request (senses.toml [[frame]] ask)


def test_asking_a_question_is_no_request(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart, 2016-02-16
    article = code_text("Donald Trump praised Breitbart's Matthew Boyle when Boyle asked him a question.",
                        published="2016-02-16")
    assert coded(article, "asked") == []


def test_asking_a_country_for_aid_is_still_a_request(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test
    article = code_text("Kenya asked Japan for aid.", published="2016-02-16")
    assert coded(article, "asked") == ["REQUEST"]


# ---- agreeing with someone or a view, words offered, pledged delegates (senses.toml [[frame]])


def test_agreeing_with_someone_is_no_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # The Huffington Post, 2016-07-27
    article = code_text("The American Medical Association agrees with Howard Dean.", published="2016-07-27")
    assert coded(article, "agrees") == []


def test_agreeing_with_a_party_to_act_is_still_an_agreement(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test
    article = code_text("Iran agreed with the European Union to suspend enrichment.", published="2005-11-20")
    assert coded(article, "agreed") == ["AGREE"]


def test_kind_words_offered_are_no_offer(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-02-22
    article = code_text("Donald Trump even offered some kind words about Jeb Bush.", published="2016-02-22")
    assert coded(article, "offered") == []


def test_offering_aid_is_still_an_offer(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test
    article = code_text("Japan offered aid to Indonesia.", published="2005-11-20")
    assert coded(article, "offered") == ["AGREE"]

