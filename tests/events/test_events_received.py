"""Acts received (constructions.toml `receiving_verbs`): the subject of "received", "won", "has"
took the act the noun names; the giver is the noun's own doer or its "from"/"of" phrase, and with
no giver there is no event. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def dyads(coded: CodedArticle) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event_type, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in coded.events]


def test_aid_received_from_a_country_is_that_country_s_aid(code_text: Callable[..., CodedArticle]) -> None:
    assert dyads(code_text("Kenya received aid from Japan.")) == [("AID", ["JPN"], ["KEN"])]


def test_an_endorsement_won_is_the_endorser_s(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Hillary Clinton won the endorsement of the New York Times.", published="2016-09-25")
    assert dyads(coded) == [("SUPPORT", ["USA"], ["USA"])]
    assert [a.cameo for a in coded.events[0].actor] == ["USAMED"]


def test_endorsements_held_with_no_giver_are_no_event(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Hillary Clinton has 31 endorsements in the United States Senate.", published="2015-11-09")
    assert dyads(coded) == []


def test_talks_had_stay_a_meeting_of_the_subject(code_text: Callable[..., CodedArticle]) -> None:
    assert dyads(code_text("Kenya had talks with Uganda on Monday.")) == [("CONSULT", ["KEN"], ["UGA"])]
