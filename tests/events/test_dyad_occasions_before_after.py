"""A phrase opened by "after", "following" or "before" tells another event, whose parties are no
recipient of the verb's act when the grammar marks none (arguments.toml `occasion_prepositions`).
Sentences made up after the kinds seen in the ConfliBERT development set, half A ("imposed a curfew
in parts of Kashmir ... following the killings of four people by Indian troops")."""

from __future__ import annotations

from conftest import sides


def test_the_victims_of_an_earlier_killing_are_no_recipient(code_text) -> None:  # noqa: ANN001
    article = code_text("Indian authorities imposed a curfew in Srinagar following the killing of two students by "
                        "police.", published="2016-07-10")
    assert sides(article, "imposed") == [(["INDGOV"], ["IND"])]


def test_a_party_of_the_verb_itself_stays(code_text) -> None:  # noqa: ANN001
    article = code_text("Indian police arrested two students in Srinagar after the protest.", published="2016-07-10")
    assert [recipient for _, recipient in sides(article, "arrested")] == [["INDEDU"]]
