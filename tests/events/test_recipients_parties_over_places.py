"""A place that only says where an act happens loses to a party named in the clause
(arguments.party_over_place): in "carried out air strikes in western Mosul, killing dozens of IS
fighters" the fighters are struck, not Iraq; in "hold several hundred families as human shields in
the city of Falluja" the families are held. The class is from ConfliBERT dev half A (records 0071,
1322: recipient IRQ where gold's target is the group); the sentences here are made up."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def recipients(coded: CodedArticle) -> list[tuple[str | None, str]]:
    return [(a.code, a.text) for e in coded.events for a in e.recipient]


def test_the_party_an_outcome_participle_names_outranks_the_place_of_the_object(
        code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Iraqi army helicopters carried out two air strikes in western Tikrit, killing several "
                      "dozens of Islamic State fighters.")
    got = recipients(coded)
    assert got and all(code != "IRQ" for code, _ in got)
    assert any("fighters" in text for _, text in got)


def test_an_uncoded_party_held_outranks_the_city_it_is_held_in(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Islamic State forces hold several hundred families as human shields in the Iraqi "
                      "city of Mosul.")
    got = recipients(coded)
    assert got and all(code != "IRQ" for code, _ in got)
    assert any("families" in text for _, text in got)


def test_a_party_on_an_outcome_of_an_act_set_in_a_place_with_no_party_of_its_own(
        code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Rebel forces held 200 families as human shields in the Syrian city of Homs.")
    assert any("families" in text for _, text in recipients(coded))


def test_a_place_that_tells_where_the_party_is_still_gives_its_country(code_text: Callable[..., CodedArticle]) -> None:
    # "parties to the conflict in Iraq": the place is that of the parties themselves
    coded = code_text("The UN envoy demanded parties to the conflict in Iraq to allow aid workers in.")
    assert [code for code, _ in recipients(coded)] == ["IRQ"]


def test_a_named_place_is_no_party_over_a_place(code_text: Callable[..., CodedArticle]) -> None:
    # an uncoded proper name may be a site: "Esfahan Uranium Conversion Facilities" (PLOVER dev)
    coded = code_text("The IAEA has dispatched inspectors to Esfahan Uranium Conversion Facilities in central "
                      "Iran to monitor the plant.")
    assert [code for code, _ in recipients(coded)] == ["IRN"]


def test_the_doers_own_forces_are_no_party_over_the_place(code_text: Callable[..., CodedArticle]) -> None:
    # a withdrawal of "its troops stationed in Afghanistan" (Xinhua, wire dev) is not aimed at the troops
    coded = code_text("The Greek government ruled out the withdrawal of its troops stationed in Afghanistan.")
    assert [e for e in coded.events if e.event_type == "REJECT"]
    assert all("troops" not in text for _, text in recipients(coded))


def test_one_uncoded_person_keeps_the_country_of_the_place(code_text: Callable[..., CodedArticle]) -> None:
    # only a group (a plural noun) outranks the place; one man is more often of its country
    # (Washington Post, 2016-01-07, corpus: "In the town of Wismar ... a judge sentenced a 26-year-old man")
    coded = code_text("In the town of Wismar in northeastern Germany, a judge sentenced a 26-year-old man to "
                      "five months' probation.")
    assert [code for code, _ in recipients(coded)] == ["DEU"]
