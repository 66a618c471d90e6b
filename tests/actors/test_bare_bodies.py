"""State bodies named the way news names them: bare ("Police arrested ...", "Authorities in
Wyoming ...") or after the name of their place ("an Istanbul court", "Nassau County police").
They get the country of that place; with no place and no story country they stay no actor, and
as the object of a sending verb ("send troops") they are no party (issue 12). Sentences written
for the test, after the kinds of ConfliBERT's development sentences."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def actor_codes(coded: CodedArticle) -> list[tuple[str, str | None]]:
    return [(a.text, a.cameo) for a in coded.actors]


def test_bare_police_in_a_city_are_that_countrys_police(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Police in Los Angeles arrested two men on Monday.")
    (event,) = coded.events
    assert (event.event_type, [a.cameo for a in event.actor]) == ("COERCE", ["USACOP"])


def test_bare_authorities_of_a_state_act_for_its_country(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Authorities in Wyoming have launched an investigation.")
    assert ("Authorities", "USAGOV") in actor_codes(coded)


def test_a_court_after_its_city_is_that_countrys_court(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("An Istanbul court charged the journalist with terrorism on Monday.")
    (event,) = coded.events
    assert (event.event_type, [a.cameo for a in event.actor]) == ("ACCUSE", ["TURJUD"])


def test_a_capital_inside_a_longer_place_name_is_not_that_capital(code_text: Callable[..., CodedArticle]) -> None:
    # "Nassau" alone is the Bahamas' capital; "Nassau County" is in New York
    coded = code_text("Nassau County police removed the candidate from the debate venue.")
    assert actor_codes(coded) == [("Nassau County police", "USACOP")]


def test_bare_police_with_no_place_and_no_story_country_have_no_country(
        code_text: Callable[..., CodedArticle]) -> None:
    # a party by its sector alone (rules.toml uncoded_party_sectors), never a guessed country
    police = [a for a in code_text("Police arrested two men on Monday.").actors if a.text == "Police"]
    assert [(a.code, a.sector) for a in police] == [(None, "COP")]


def test_troops_sent_are_no_party(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("President Obama has offered to send troops to Uganda.")
    (event,) = coded.events
    assert [r.text for r in event.recipient] == ["Uganda"]


def test_one_member_of_a_sector_is_that_sectors_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("A female rebel commander surrendered to Colombian forces on Monday.")
    (event,) = coded.events
    assert (event.event_type, [a.cameo for a in event.actor]) == ("RETREAT", ["COLREB"])


def test_one_member_with_no_place_and_no_story_country_is_no_actor(code_text: Callable[..., CodedArticle]) -> None:
    assert code_text("A judge ruled on Monday that the law stands.").actors == []
