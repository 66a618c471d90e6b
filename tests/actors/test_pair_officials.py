"""Officials with no country who are one of the two parties of a noun's "between" phrase take
part in what the noun names, and are those of the country the story is about, as acting
officials are (data/actors/rules.toml `pair_party_prepositions`): "a meeting last week between
junta officials and the representative of the Red Cross" (AFP, 2006-12-15, on Myanmar).
Sentences written after that kind."""

from __future__ import annotations

STORY = "Myanmar's military junta has refused to let the Red Cross visit prisoners. "


def officials(coded) -> list[str | None]:  # noqa: ANN001
    return [a.cameo for a in coded.actors if a.text.endswith("officials")]


def test_officials_of_a_between_pair_are_the_story_country_s(code_text) -> None:  # noqa: ANN001
    coded = code_text(STORY + "The decision came after a meeting last week between junta officials and the "
                      "representative of the Red Cross.", published="2006-12-15")
    assert officials(coded) == ["MMRGOV"]
    meeting = [e for e in coded.events if e.trigger == "meeting"]
    # the party named first meets the other (events.arguments.between_pair)
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in meeting] == [(["MMR"], ["NGO"])]


def test_officials_named_alone_after_between_are_no_pair(code_text) -> None:  # noqa: ANN001
    coded = code_text(STORY + "The decision came after a meeting last week between officials.", published="2006-12-15")
    assert officials(coded) == []


def test_officials_as_an_object_stay_no_actor(code_text) -> None:  # noqa: ANN001
    coded = code_text(STORY + "The Red Cross thanked officials and the representative of the United Nations.",
                      published="2006-12-15")
    assert officials(coded) == []
