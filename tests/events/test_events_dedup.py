"""Within-article deduplication, on the embassy-talks article of examples/ (The Moscow Times, 2025-04-08)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle, Event


def codes(refs: list) -> set[str]:
    return {r.code for r in refs if r.code}


def planned_talks(coded: CodedArticle) -> list[Event]:
    return [e for e in coded.events if e.event_type == "AGREE" and e.status == "planned"
            and codes(e.actor) | codes(e.recipient) >= {"RUS", "USA"}]


def test_embassy_talks_are_one_event_with_four_mentions(embassy_coded: CodedArticle) -> None:
    # the title, the first sentence, "confirmed the meeting" and "the talks would go ahead"
    (talks,) = planned_talks(embassy_coded)
    assert talks.mentions == 4
    assert talks.cameo == "036"
    assert talks.location is not None and talks.location.name == "Istanbul"


def test_embassy_talks_take_the_richest_date(embassy_coded: CodedArticle) -> None:
    (talks,) = planned_talks(embassy_coded)
    assert (talks.date, talks.date_precision) == ("2025-04-10", "day")


def test_two_meetings_on_different_days_stay_apart(embassy_coded: CodedArticle) -> None:
    meetings = [e for e in embassy_coded.events if e.event_type == "CONSULT" and e.trigger == "met"]
    assert sorted((m.date, m.status) for m in meetings) == [("2025-02-18", "asserted"), ("2025-02-27", "asserted")]
    assert {m.location.name for m in meetings if m.location} == {"Istanbul", "Saudi Arabia"}


def test_past_invasion_keeps_its_own_year(embassy_coded: CodedArticle) -> None:
    # "since Russia invaded Ukraine in 2022": dated by the text, not by the publication date
    invasion = [e for e in embassy_coded.events if e.event_type == "COERCE"]
    assert [(e.date, e.date_precision, e.status) for e in invasion] == [("2022", "year", "asserted")]


def test_the_denial_is_no_event(embassy_coded: CodedArticle) -> None:
    # "Ukraine is not — absolutely not — on the agenda"
    assert not [e for e in embassy_coded.events if e.status != "negated"
                and "UKR" in codes(e.actor) | codes(e.recipient) and "agenda" in e.evidence]


def test_repeats_in_one_text_are_merged(code_text: Callable[..., CodedArticle]) -> None:
    # a definite nominal mention reported by "confirmed" repeats the event (Moscow Times, 2025-04-08)
    coded = code_text("The second round of U.S.-Russia talks will take place Thursday in Istanbul, the Kremlin said. "
                      "Later on Tuesday, the U.S. State Department confirmed the talks would go ahead in Istanbul.")
    (talks,) = planned_talks(coded)
    assert talks.mentions == 2
