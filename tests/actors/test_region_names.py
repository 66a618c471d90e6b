"""Country words inside longer names (issue 12 actors): a region of no one country ("South
America", "Latin American") gives no country, and a nationality the recogniser swallowed into
a PERSON name ("Sri Lankan Tamil rebels") still gives its own. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def cameos(coded: CodedArticle) -> list[tuple[str, str | None]]:
    return [(a.text, a.cameo) for a in coded.actors]


def test_america_inside_south_america_is_not_the_united_states(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The surrender was a fresh blow to South America's last big insurgency.")
    assert not any(cameo and cameo.startswith("USA") for _, cameo in cameos(coded))


def test_latin_american_leaders_are_of_no_one_country(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Latin American leaders met in Lima on Monday.")
    assert not any(cameo and cameo.startswith("USA") for _, cameo in cameos(coded))


def test_a_country_inside_a_place_of_another_country_is_that_country(
        code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Protesters marched in Northern Ireland on Monday.")
    assert ("Protesters", "GBRCVL") in cameos(coded)


def test_a_nationality_read_into_a_person_name_still_counts(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Sri Lankan Tamil rebels have said that they will release two homeguards on Monday.")
    assert ("Sri Lankan Tamil rebels", "LKAREB") in cameos(coded)
