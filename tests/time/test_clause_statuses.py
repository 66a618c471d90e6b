"""Statuses from the lead's hand read of corpus events (issue 12, seed 5185; sentences of the kind
seen, written for these tests):

- a subject that names no one negates its verb ("Neither Speaker Ryan nor anyone on his team has
  ever asked for Donald Trump's endorsement" was an asserted request; status.toml
  `negative_subject_words`, `negative_determiners`);
- a refusal told in a complement clause has its governor's status ("has been considering
  announcing that he will not endorse" was an asserted rejection; events.coder.refusal_status);
- a deed owned by someone that is a cause or a concession ("because of his calls for banning
  Muslims") happened, whatever its clause denies (status.toml presupposed deed prepositions);
- "suggest" and "insist" with an indicative complement report a claim; with a bare or modal one
  they ask (status.toml `claim_or_demand_verbs`), and a deed in what a finding says ("evidence
  suggested the United States abducted ...", wire dev gold: no date) is no news of the day
  (dating.toml `finding_nouns`);
- a forecast ("is likely to veto") is hypothetical, an imminent act ("is poised to veto") planned
  (status.toml `forecast_adjectives`, `planning_verbs`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle


def statuses(coded: CodedArticle, trigger: str) -> list[tuple[str | None, str]]:
    return [(e.event_type, e.status) for e in coded.events if e.trigger == trigger]


def test_a_subject_naming_no_one_negates(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Neither Speaker Ryan nor anyone on his team has ever asked Trump for an endorsement.",
                      published="2016-08-05")
    assert statuses(coded, "asked") == [("REQUEST", "negated")]


@pytest.mark.parametrize("text", [
    "Neither Israel nor Egypt has accused Hamas of the attack.",
    "No Israeli official has accused Hamas of the attack.",
    "Nobody in the Israeli government has accused Hamas of the attack.",
])
def test_a_subject_with_no_or_neither_negates(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert statuses(code_text(text, published="2016-08-05"), "accused") == [("ACCUSE", "negated")]


def test_a_named_subject_still_asserts(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Speaker Ryan has asked Trump for an endorsement.", published="2016-08-05")
    assert statuses(coded, "asked") == [("REQUEST", "asserted")]


def test_a_refusal_only_considered_is_hypothetical(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Jeb Bush has been considering announcing that he will not endorse Donald Trump.",
                      published="2015-12-16")
    assert statuses(coded, "endorse") == [("REJECT", "hypothetical")]


@pytest.mark.parametrize("text", [
    "Jeb Bush said that he will not endorse Donald Trump.",
    "Jeb Bush will not endorse Donald Trump.",
])
def test_a_refusal_said_or_stated_is_asserted(code_text: Callable[..., CodedArticle], text: str) -> None:
    assert statuses(code_text(text, published="2015-12-16"), "endorse") == [("REJECT", "asserted")]


def test_a_cause_owned_by_someone_happened(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Ryan said Congress would not work with Trump because of his calls for a ban on Muslims.",
                      published="2016-09-06")
    assert statuses(coded, "calls") == [("REQUEST", "asserted")]


@pytest.mark.parametrize("text", [
    "President Obama instructed Secretary of State John Kerry to continue negotiating with the Russians.",
    "President Obama ordered the Pentagon to send troops to Iraq.",
])
def test_an_act_told_to_someone_is_only_asked(code_text: Callable[..., CodedArticle], text: str) -> None:
    coded = code_text(text, published="2016-09-20")
    assert [e.status for e in coded.events if e.trigger in ("negotiating", "send")] == ["hypothetical"]


def test_an_act_told_in_a_that_clause_keeps_its_status(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("President Putin told reporters that Russia had attacked rebel positions in Syria.",
                      published="2016-09-20")
    assert statuses(coded, "attacked") == [("ASSAULT", "asserted")]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # AFP, 2005-12-14 (wire dev gold reads it as reported)
    ("A probe concluded that preliminary evidence suggested the United States illegally abducted and "
     "detained individuals.", "abducted", "reported"),
    ("President Trump insisted that Russia had attacked Ukraine.", "attacked", "reported"),
    ("President Obama suggested that Israel withdraw from the West Bank.", "withdraw", "hypothetical"),
    ("Chancellor Merkel suggested that Russia should withdraw its troops from Ukraine.", "withdraw", "hypothetical"),
    # a plural present is as often a subjunctive (Xinhua, 2006-11-18)
    ("The Japanese prime minister suggested that China and Japan hold a ministerial meeting soon.", "hold",
     "hypothetical"),
])
def test_suggest_and_insist_claim_in_the_indicative(code_text: Callable[..., CodedArticle], text: str,
                                                     trigger: str, status: str) -> None:
    coded = code_text(text, published="2016-09-20")
    assert [e.status for e in coded.events if e.trigger == trigger] == [status]


@pytest.mark.parametrize(("text", "date"), [
    ("A UN investigation found Syrian troops attacked civilians in Aleppo.", None),  # found out, not the news
    ("A UN investigation found Syrian troops attacked civilians in Aleppo on Monday.", "2016-09-19"),
    ("Syrian troops attacked civilians in Aleppo, the report said.", "2016-09-20"),  # a news agency's report
    ("Police said Taliban gunmen killed 20 villagers.", "2016-09-20"),  # a saying's content is the news
])
def test_a_finding_tells_no_news_of_the_day(code_text: Callable[..., CodedArticle], text: str,
                                           date: str | None) -> None:
    coded = code_text(text, published="2016-09-20")
    assert [e.date for e in coded.events if e.event_type == "ASSAULT"] == [date]


@pytest.mark.parametrize(("text", "status"), [
    ("Russia is likely to veto the resolution on Syria.", "hypothetical"),  # a forecast
    ("Russia is unlikely to veto the resolution on Syria.", "hypothetical"),
    ("Russia was poised to veto the resolution on Syria.", "planned"),
    ("Russia vetoed the resolution on Syria.", "asserted"),
])
def test_forecasts_and_imminent_acts(code_text: Callable[..., CodedArticle], text: str, status: str) -> None:
    coded = code_text(text, published="2016-03-10")
    assert [e.status for e in coded.events if e.trigger.startswith("veto")] == [status]


def test_an_imminent_meeting_is_planned(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("President Obama is poised to meet Raul Castro in Havana.", published="2016-03-10")
    assert [(e.event_type, e.status) for e in coded.events] == [("AGREE", "planned")]


def test_looks_to_have_is_no_plan(code_text: Callable[..., CodedArticle]) -> None:
    # the reviewer's case: "look" is no planning verb
    coded = code_text("Russia looks to have bombed the hospital in Aleppo.", published="2016-09-20")
    assert [(e.event_type, e.status) for e in coded.events] == [("ASSAULT", "asserted")]


def test_what_evidence_forces_is_no_finding(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The evidence forced Israel to release the Palestinian prisoners.", published="2016-09-20")
    assert coded.events
    assert all("finding" not in e.rule for e in coded.events)


def test_an_act_prompted_happened(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The attack prompted the United States to close its embassy in Syria.", published="2016-09-20")
    assert [e.status for e in coded.events] == ["asserted"]
