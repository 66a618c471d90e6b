"""A bare body or group next to a name, set off by a comma, is no title of that person: in the
New York Times (2016-05-19, "Democrats pressure Sanders ..."), "Raising the prospect of lasting
fissures in the party, Senator Bernie Sanders has rebuffed pressure", the comma ends the opening
phrase, and the doer is "Senator Bernie Sanders", not "party, Senator Bernie Sanders" (hand read
5251). A titled chain with its own country still is the person's title: AFP (1997-04-21), "Ben
Dunne, former chief executive of Ireland's Dunnes Stores chain, told a Dublin inquiry"."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_a_bare_body_is_not_merged_with_the_name_after_it(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Raising the prospect of lasting fissures in the party, Senator Bernie Sanders has rebuffed "
                      "pressure to rein in his supporters.", published="2016-05-19")
    assert [[a.text for a in e.actor] for e in coded.events if e.event_type == "REJECT"] == [["Senator Bernie Sanders"]]


def test_a_titled_chain_with_a_country_stays_the_persons_title(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Ben Dunne, former chief executive of Ireland's Dunnes Stores chain, told a Dublin inquiry "
                      "he was asked in 1987 to contribute 700,000 punts.", published="1997-04-21")
    assert any(a.text.startswith("Ben Dunne, former chief executive") and a.code == "IRL" for a in coded.actors)
