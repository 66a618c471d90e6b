"""A "he" or "she" that its own sentence does not resolve stands for the last person named as a
subject before it, not for the last person named: in a story about one politician criticizing
another, the critic goes on being "he".

The first sentence is a short excerpt of corpus news: The Washington Post, "Democratic primaries
turn into a ...", 2016-04-05; the second was written for this test.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def test_he_is_the_previous_subject_not_the_last_name(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-04-05: Clinton is named after Sanders, but Sanders is the subject
    coded = code_text("And Sanders, to his credit, refuses to attack Clinton on her character, which he would have "
                      "needed to do to have any chance of winning. He has stepped up his attacks on Clinton's "
                      "positions, but his parries, particularly compared with those in the Republican race, are "
                      "gentle.", published="2016-04-05")
    attacks = [e for e in coded.events if e.trigger == "attacks"]
    assert [[a.name for a in e.actor] for e in attacks] == [["Bernie Sanders"]]


def test_with_no_subject_before_the_last_person_named_stands(code_text: Callable[..., CodedArticle]) -> None:
    # written for this test: the person is named after "said", as its subject, and no other
    # subject comes between
    coded = code_text("\"We are very concerned,\" said Jakob Kellenberger, the president of the International "
                      "Committee of the Red Cross. He urged Russia to let aid workers into Chechnya.",
                      published="2006-11-20")
    urges = [e for e in coded.events if e.trigger == "urged"]
    assert urges and urges[0].actor
    assert all(a.text.endswith("Kellenberger") or "Kellenberger" in (a.name or "") for a in urges[0].actor)
