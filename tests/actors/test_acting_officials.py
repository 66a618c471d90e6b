"""Actor mentions the KB or the story decides: officials with no country who do a deed are those
of the country the story is about (data/actors/rules.toml `acting_official_heads`), not speakers
whose "said" the parser may hang a deed on; a KB name written with a common word last ("Congress
party") is found as written. Sentences written for these tests after the kinds seen in AFP's
Myanmar and India reports (2006)."""

from __future__ import annotations

from conftest import sides


def test_officials_who_act_are_the_story_country_s(code_text) -> None:  # noqa: ANN001
    article = code_text("Myanmar's junta met the Red Cross on Monday. Military officials rejected the appeal.",
                        published="2006-12-15")
    assert [actor for actor, _ in sides(article, "rejected")] == [["MMRGOV"]]


def test_officials_who_speak_are_no_doers(code_text) -> None:  # noqa: ANN001
    article = code_text("Myanmar's junta met the Red Cross on Monday. Officials said, killing 17.",
                        published="2006-12-15")
    assert [a.text for a in article.actors if a.text.lower() == "officials"] == []


def test_a_kb_form_with_a_common_word_last_is_found(code_text) -> None:  # noqa: ANN001
    # parties.tsv writes "Congress party" (India's); a capitalised "Party" is not needed, and the
    # bare "Congress" stays the U.S. one
    article = code_text("Indian Prime Minister Manmohan Singh spoke in New Delhi. The Congress party criticized the "
                        "opposition BJP on Monday.", published="2006-03-15")
    congress = [(a.text, a.cameo) for a in article.actors if a.text.startswith("Congress")]
    assert congress == [("Congress party", "INDPTY")]
