"""Actor recognition and resolution on real sentences, through the whole pipeline.

Sources: the Moscow Times article of examples/embassy-talks-istanbul.md (2025-04-08), the
Xinhua excerpts of examples/xinhua-2005-excerpts.jsonl, the AFP story of
examples/afp-1997-zaire-talks.html (1997-04-05).
"""

from __future__ import annotations

import pytest

from communique.actors import actor_at, as_ref
from communique.model import CodedArticle

MT = "2025-04-08"

CASES = [
    # metonymy: the Kremlin is the government; a hyphenated pair is two countries; Istanbul is a place
    ("The second round of U.S.-Russia talks on restoring diplomatic missions will take place Thursday in "
     "Istanbul, the Kremlin said Tuesday.", MT,
     [("U.S.", "USA"), ("Russia", "RUS"), ("Kremlin", "RUSGOV")], ["Istanbul"]),
    # a seat of government before a weak title decides the sector
    ("\u201cOur side will be represented by the Foreign Ministry, so wait for their announcement,\u201d Kremlin "
     "spokesman Dmitry Peskov told reporters.", MT,
     [("Kremlin spokesman Dmitry Peskov", "RUSGOV")], []),
    # nationality from the possessive, not from the posting; apposition; an unknown name after a title
    ("Russia\u2019s newly appointed ambassador to the United States, Alexander Darchiyev, and U.S. Deputy "
     "Assistant Secretary of State for Russia and Central Europe Sonata Coulter will lead their respective "
     "delegations, the ministry said.", MT,
     [("Alexander Darchiyev", "RUSGOV"), ("Sonata Coulter", "USAGOV")], ["United States"]),
    # titles alone, on a date before the KB's roles for these people begin
    ("The decision to launch the embassy talks came after Russian Foreign Minister Sergei Lavrov and U.S. "
     "Secretary of State Marco Rubio met in Saudi Arabia on Feb. 18.", "1990-01-01",
     [("Sergei Lavrov", "RUSGOV"), ("Marco Rubio", "USAGOV")], []),
    # a capital governed by "with" is the government; a demonym-modified group
    ("U.S. President Donald Trump has pushed to reset relations with Moscow since taking office in January "
     "and has initiated several rounds of talks with Russian officials.", MT,
     [("Donald Trump", "USAGOV"), ("Moscow", "RUSGOV"), ("Russian officials", "RUSGOV")], []),
    ("The traditional friendship between China and Vietnam has entered a new stage of all-round friendly "
     "cooperation, Chinese President Hu Jintao said on Tuesday.", "2005-11-01",
     [("China", "CHN"), ("Vietnam", "VNM"), ("Hu Jintao", "CHNGOV")], []),
    # the Pentagon decides for a weak title: military
    ("Pentagon spokesman Lawrence DiRita attributed the increased deaths to \u201can adversary that continues to "
     "develop some sophistication.\u201d", "2005-10-31",
     [("Lawrence DiRita", "USAMIL")], []),
    # a body of a country named after "of"
    ("Hu made the comment in a speech at the National Assembly of Vietnam on Tuesday.", "2005-11-01",
     [("National Assembly of Vietnam", "VNMLEG")], []),
    # an IGO title keeps the organisation's code; a legacy country name
    ("The first face-to-face peace talks between Zaire's warring parties officially opened here Saturday, "
     "chaired by the United Nations and South Africa, UN envoy Mohamed Sahnoun said.", "1997-04-05",
     [("Zaire", "COD"), ("United Nations", "IGOUNO"), ("South Africa", "ZAF"), ("Mohamed Sahnoun", "IGOUNO")], []),
    ("South African Deputy Foreign Minister Aziz Pahad was present at the ceremony.", "1997-04-05",
     [("Aziz Pahad", "ZAFGOV")], []),
    # demonym-like "US" before troops and the military; a country where things happen is still named
    ("The deaths of six more US soldiers in Iraq Monday raised the US military death toll for October to 93, "
     "making it the worst month for US troops since January, the US military said.", "2005-10-31",
     [("US soldiers", "USAMIL"), ("US troops", "USAMIL"), ("Iraq", "IRQ")], []),
    # negatives: untitled unknown names, a place, "embassy" as a modifier, pronouns
    ("Darchiyev and Coulter last met in Istanbul on Feb. 27.", MT, [], ["Darchiyev", "Coulter", "Istanbul"]),
    ("\u201cThese talks are solely focused on our embassy operations, not on normalizing a bilateral "
     "relationship,\u201d she added.", MT, [], ["embassy", "our"]),
]


# Written for the tests in wire style about real events (not verbatim quotations of a source).
PLACED_CASES = [
    # a group with no country of its own takes the country of the place its phrase names
    # (Sindh, Pakistan; its provincial government ordered patrols after sectarian riots)
    ("The government of Sindh province arrested dozens of opposition activists.", "2005-06-05",
     [("government of Sindh", "PAKGOV")], []),
    # a generic noun before "to COUNTRY" is no title with a posting: the country stays an actor
    ("The United States is providing intelligence to Macedonia.", "2001-03-01",
     [("United States", "USA"), ("Macedonia", "MKD")], []),
    # a capital as a direct object is the government (the 1992 farmers' blockades of Paris)
    ("French farmers said they would blockade Paris from Monday.", "1992-06-26",
     [("French farmers", "FRAAGR"), ("Paris", "FRAGOV")], []),
    # an ethnic group is coded where it lives, as ICEWS's "Ethnic Albanian (Macedonia)" (the Presevo
    # valley and Macedonian conflicts of 2001)
    ("Ethnic Albanians demonstrated on Tuesday in Serbia.", "2001-03-01", [("Albanians", "SRB")], []),
    ("The Albanians of southern Serbia are demanding autonomy.", "2001-03-01", [("Albanians", "SRB")], []),
    # without an ethnic marker or homeland phrase a people is its kin state; "in Iraq" is where
    # Americans are, not what they are
    ("Albanians protested in Tirana.", "2001-03-01", [("Albanians", "ALB")], []),
    ("Americans in Iraq were attacked.", "2004-06-05", [("Americans", "USA")], []),
    # an organisation name that begins with a demonym is of that country (written for the test)
    ("The Nigerian Union of Teachers called off its strike.", "2001-06-05",
     [("Nigerian Union of Teachers", "NGA")], []),
]
CASES += PLACED_CASES


def found(coded: CodedArticle) -> list[tuple[str, str | None]]:
    return [(a.text, a.cameo) for a in coded.actors]


@pytest.mark.parametrize(("text", "published", "expected", "absent"), CASES)
def test_actors(code_text, text: str, published: str, expected: list, absent: list) -> None:
    coded = code_text(text, published=published)
    got = found(coded)
    for mention, cameo in expected:
        assert any(mention in t and c == cameo for t, c in got), (mention, cameo, got)
    for mention in absent:
        assert not any(t == mention for t, _ in got), (mention, got)
    if not expected:
        assert got == []


def test_offsets_point_into_the_text(code_text) -> None:
    coded = code_text(CASES[2][0], published=MT)
    for actor in coded.actors:
        assert coded.article.text[actor.start:actor.end] == actor.text


def test_role_is_the_title_as_written(code_text) -> None:
    coded = code_text(CASES[1][0], published=MT)
    (peskov,) = [a for a in coded.actors if a.name == "Dmitry Peskov"]
    assert peskov.role == "Kremlin spokesman"


def test_coordinated_demonyms_give_one_actor_each(code_text) -> None:
    # Xinhua, examples/xinhua-2005-excerpts.jsonl: "US and British forces" pattern, built on its sentence
    coded = code_text("The Chinese and Vietnamese officials signed the agreement.", published="2005-11-01")
    assert {a.cameo for a in coded.actors} == {"CHNGOV", "VNMGOV"}


def test_a_demonym_and_a_country_before_one_noun_share_it(code_text) -> None:
    # written for the test on the embassy-talks story (Moscow Times, 2025-04-08)
    coded = code_text("Russian and U.S. diplomats will hold talks Thursday in Istanbul.", published="2025-04-08")
    assert {a.cameo for a in coded.actors} == {"RUSGOV", "USAGOV"}


def test_actor_at_and_as_ref(nlp, code_text) -> None:
    coded = code_text(CASES[1][0], published=MT)
    doc = nlp(coded.article.text)
    peskov = next(t for t in doc if t.text == "Peskov")
    told = next(t for t in doc if t.text == "told")
    actor = actor_at(peskov, coded)
    assert actor is not None and actor.cameo == "RUSGOV"
    assert actor_at(told, coded) is None
    ref = as_ref(actor)
    assert (ref.code, ref.sector, ref.name, ref.role) == ("RUS", "GOV", "Dmitry Peskov", "Kremlin spokesman")


def test_the_ambassador_is_the_ambassador_named_before(code_text) -> None:
    # two sentences of the embassy article, the second shortened to refer back by title
    coded = code_text("Russia\u2019s newly appointed ambassador to the United States, Alexander Darchiyev, will lead "
                      "the delegation. The ambassador said the talks would focus on embassy operations.",
                      published=MT)
    first = next(a for a in coded.actors if a.name == "Alexander Darchiyev")
    later = next(a for a in coded.actors if a.text == "ambassador")
    assert (later.entity, later.cameo) == (first.entity, "RUSGOV")
