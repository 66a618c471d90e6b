"""Officials with no country who do a deed are those of the country the story is about
(data/actors/rules.toml `acting_official_heads`), not speakers whose "said" the parser may hang a
deed on. Sentences written for these tests after the kind seen in AFP's Myanmar reports (2006)."""

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
