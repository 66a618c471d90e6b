"""A bare surname names the titled person named in full before it, also when that person is not
in the knowledge base and the title takes its country from the story only once the whole article
is read: in AFP (1997-04-11, AFP_ENG_19970411.0052), "senate deputy president Mal Colston ... Howard
refused for weeks to dump Colston", Colston is the Australian official named before (AUSGOV), as "Justice Antonin
Scalia ... Trump criticized Scalia" is USAJUD. The bare name is resolved after the titles get their
country, so it has one to take (hand reads 5185, 5187: recipients without a code)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle

COLSTON = ("Australian Prime Minister John Howard warned Friday that senate deputy president Mal Colston "
           "would be voted out if he does not resign. Howard refused for weeks to dump Colston.")


def test_the_bare_surname_takes_the_titled_persons_code(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text(COLSTON)
    rejections = [e for e in coded.events if e.event_type == "REJECT"]
    titled = next(a.cameo for a in coded.actors if a.text.endswith("Mal Colston"))
    assert titled == "AUSGOV"
    assert [[a.cameo for a in e.recipient] for e in rejections] == [[titled]]


def test_every_later_bare_mention_is_that_person(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Justice Antonin Scalia died in Texas. Donald Trump criticized Scalia in December. "
                      "Scalia had praised Trump.", published="2016-03-01")
    assert sorted((e.event_type, [a.cameo for a in e.actor], [a.cameo for a in e.recipient])
                  for e in coded.events) == [("ACCUSE", ["USAPTY"], ["USAJUD"]), ("SUPPORT", ["USAJUD"], ["USAPTY"])]


def test_a_bare_name_with_no_titled_bearer_stays_without_a_code(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Donald Trump criticized Scalia in December.", published="2016-03-01")
    assert [[a.cameo for a in e.recipient] for e in coded.events] == [[None]]


def test_a_titled_person_left_without_a_country_gives_none(code_text: Callable[..., CodedArticle]) -> None:
    # two countries, neither leading: the title stays without a country, and so does the surname
    coded = code_text("Justice Antonin Scalia met French and German judges. Donald Trump criticized Scalia.")
    accusations = [e for e in coded.events if e.event_type == "ACCUSE"]
    assert [[a.cameo for a in e.recipient] for e in accusations] == [[None]]
