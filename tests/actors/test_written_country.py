"""A country written with an institution overrides the institution's default country.

"Congress" alone is the U.S. legislature (institutions.tsv), but "Peru's Congress" is Peru's.
Sentences written for the test in the manner of wire copy (Reuters-style reports of the Peruvian
Congress, 2020-11-09, and of the Pentagon, public reporting); no corpus text is shipped.
"""

from __future__ import annotations

import pytest


def cameos(coded) -> list[tuple[str, str | None]]:
    return [(a.text, a.cameo) for a in coded.actors]


@pytest.mark.parametrize(("text", "mention", "cameo"), [
    # a possessive country beats the default
    ("Peru's Congress voted on Monday to remove President Martin Vizcarra.", "Congress", "PERLEG"),
    # an adjective (demonym) country beats the default
    ("The Peruvian Congress voted on Monday to remove President Martin Vizcarra.", "Congress", "PERLEG"),
])
def test_a_written_country_overrides_the_default(code_text, text: str, mention: str, cameo: str) -> None:
    got = cameos(code_text(text, published="2020-11-09"))
    assert any(mention in t and c == cameo for t, c in got), got


def test_the_default_holds_when_no_country_is_written(code_text) -> None:
    got = cameos(code_text("Congress voted on Monday to approve the budget.", published="2020-11-09"))
    assert any("Congress" in t and c == "USALEG" for t, c in got), got


def test_an_international_organisation_keeps_its_code(code_text) -> None:
    got = cameos(code_text("Syria's UN envoy criticised the Security Council on Monday.", published="2020-11-09"))
    assert not any(c and c.startswith("SYRIGO") for _, c in got), got
    assert any("Security Council" in t and c == "IGOUNO" for t, c in got), got


@pytest.mark.parametrize(("published", "cameo"), [("2006-12-21", "NGOHRIMED"), ("2024-06-01", "SDNREB")])
def test_an_abbreviation_shared_by_two_organisations_goes_by_their_dates(code_text, published: str, cameo: str) -> None:
    # after an AFP line of 2006-12-21 ("RSF calls on Turkmen transitional authorities to free journalists")
    got = cameos(code_text("RSF called on the authorities to free journalists.", published=published))
    assert any(t == "RSF" and c == cameo for t, c in got), got


@pytest.mark.parametrize(("text", "mention", "cameo"), [
    # "INSTITUTION of COUNTRY" says whose, as "Peru's Congress" does
    ("The Congress of Peru voted on Monday to remove President Martin Vizcarra.", "Congress of Peru", "PERLEG"),
    # a country written with its article ("the Philippines") is still one country
    ("The Congress of the Philippines approved the budget on Monday.", "Congress of the Philippines", "PHLLEG"),
])
def test_an_of_country_overrides_the_default(code_text, text: str, mention: str, cameo: str) -> None:
    got = cameos(code_text(text, published="2020-11-09"))
    assert (mention, cameo) in got, got
    assert not any(c == "USALEG" for _, c in got), got


def test_an_of_phrase_with_two_countries_names_no_one_legislature(code_text) -> None:
    got = cameos(code_text("The Congress of Peru and Chile met on Monday.", published="2020-11-09"))
    assert not any(c in ("PERLEG", "CHLLEG") for _, c in got), got


@pytest.mark.parametrize("first", ["The Congress of Peru met on Monday.", "Peru's Congress met on Monday."])
def test_a_later_bare_institution_takes_the_country_written_before(code_text, first: str) -> None:
    coded = code_text(first + " On Tuesday, Congress voted to impeach the president.", published="2020-11-09")
    bare = [a for a in coded.actors if a.text == "Congress"]
    assert bare and all(a.cameo == "PERLEG" for a in bare), cameos(coded)
    composed = next(a for a in coded.actors if a.text != "Congress" and a.cameo == "PERLEG")
    assert bare[0].entity == composed.entity


def test_a_later_bare_parliament_is_the_one_named_before(code_text) -> None:
    coded = code_text("The parliament of Kenya approved the budget on Tuesday. Parliament later rejected a tax bill.")
    assert ("Parliament", "KENLEG") in cameos(coded), cameos(coded)
    (event,) = [e for e in coded.events if e.trigger == "rejected"]
    assert [a.cameo for a in event.actor] == ["KENLEG"]


def test_plural_bodies_are_no_one_body(code_text) -> None:
    coded = code_text("Parliaments across Europe condemned the attack.")
    assert not any(a.text == "Parliaments" for a in coded.actors), cameos(coded)


@pytest.mark.parametrize(("text", "mention", "cameo"), [
    # "the Tigers" of the news are Sri Lanka's LTTE, not the Swazi group PETRARCH files under the word
    ("The army said the Liberation Tigers attacked a base near Jaffna.", "Liberation Tigers", "LKAREB"),
    # the longest name from "the" is Hamas's, not Hezbollah's "The Islamic Resistance"
    ("He was a member of the Islamic Resistance Movement, Israeli officials said.", "the Islamic Resistance Movement",
     "PSEREBHMS"),
])
def test_an_own_row_beats_a_wrong_petrarch_name(code_text, text: str, mention: str, cameo: str) -> None:
    got = cameos(code_text(text, published="1997-04-17"))
    assert (mention, cameo) in got, got


@pytest.mark.parametrize(("text", "mention", "cameo"), [
    # a noun naming the title's field stands between the country and the title
    ("Austria's immigration authorities deported 40 people on Monday.", "Austria's immigration authorities", "AUTGOV"),
    ("US wildlife authorities launched an investigation on Monday.", "US wildlife authorities", "USAGOV"),
])
def test_a_noun_compound_keeps_country_and_title_together(code_text, text: str, mention: str, cameo: str) -> None:
    got = cameos(code_text(text, published="2019-01-01"))
    assert (mention, cameo) in got, got


def test_a_noun_that_modifies_something_else_is_no_glue(code_text) -> None:
    # "oil" modifies "exports", not "officials": Russia is named on its own
    got = cameos(code_text("Russia cut oil exports to Ukraine, officials said.", published="2019-01-01"))
    assert ("Russia", "RUS") in got, got
