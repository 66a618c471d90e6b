"""Public figures of the 2015-2016 news and two long-lived leaders added to people.tsv (issue 12:
hand read seed 5350 found "Ginsburg" coded as a Costa Rican minister of the Phoenix dictionaries and
"Pinochet" unresolved; corpus articles named McConnell, Grassley and Garland by surname alone).
Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def codes(coded: CodedArticle) -> dict[str, str | None]:
    return {a.text: a.cameo for a in coded.actors}


def test_a_surname_alone_is_the_justice(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Ginsburg criticized Trump on Tuesday.", published="2016-07-13")
    assert codes(coded).get("Ginsburg") == "USAJUD"


def test_senators_by_surname(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("McConnell and Grassley refused to meet Merrick Garland.", published="2016-03-18")
    assert [codes(coded).get(n) for n in ("McConnell", "Grassley", "Merrick Garland")] == ["USALEG", "USALEG", "USAJUD"]


def test_pinochet_by_his_dated_role(code_text: Callable[..., CodedArticle]) -> None:
    assert codes(code_text("Pinochet met the cardinal.", published="1985-06-01")).get("Pinochet") == "CHLGOV"
    assert codes(code_text("A court released Pinochet on bail.", published="2006-12-04")).get("Pinochet") == "CHLELI"


def test_kabila_is_the_one_of_the_day(code_text: Callable[..., CodedArticle]) -> None:
    assert codes(code_text("Kabila rejected the offer.", published="1997-04-10")).get("Kabila") == "CODREB"
    assert codes(code_text("Kabila rejected the offer.", published="2005-04-10")).get("Kabila") == "CODGOV"


def test_the_wires_spellings_of_phoenix_people(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-01: "Prime Minister Haneya"; the Phoenix rows spell "Haniya", "Mikheil"
    coded = code_text("Prime Minister Ismail Haneya met President Mikhail Saakashvili.", published="2006-11-20")
    assert [codes(coded).get(n) for n in ("Prime Minister Ismail Haneya", "President Mikhail Saakashvili")] \
        == ["PSEGOV", "GEOGOV"]


def test_the_city_of_garland_is_no_judge(code_text: Callable[..., CodedArticle]) -> None:
    # written for the test (review of ev-dyad's rows): Garland, Texas, the scene of the May 2015 attack
    coded = code_text("Two gunmen attacked a cartoon contest in Garland, Texas, on Sunday.", published="2015-05-04")
    assert "USAJUD" not in {a.cameo for a in coded.actors}
