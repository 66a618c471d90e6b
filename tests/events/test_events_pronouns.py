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


def test_she_is_not_the_man_named_before(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-06-08 ("Durability carries Clinton ..."), shortened: "she" is Mrs.
    # Clinton, who is not named in this excerpt; she is not Mr. Obama
    coded = code_text("But she has also promised to push harder than Mr. Obama in extending citizenship to "
                      "undocumented immigrants. She has praised her husband's economic record as president.",
                      published="2016-06-08")
    assert not [e for e in coded.events if any(a.name == "Barack Obama" for a in e.actor)]


def test_an_object_him_or_her_is_the_person_named_before(code_text: Callable[..., CodedArticle]) -> None:
    # Breitbart (AP live blog), 2016-02-20: "her" is Clinton, both as the one congratulated and as
    # the one whose effort is praised; "he" is Sanders
    coded = code_text("Vermont Sen. Bernie Sanders says \"the wind is at our backs\" despite his loss to Hillary "
                      "Clinton in the Nevada caucuses.\n\nSanders says Clinton ran a very aggressive and effective "
                      "campaign in Nevada that led to her victory in the Democratic caucuses Saturday.\n\nHe "
                      "congratulated her for her victory and praised her effort.", published="2016-02-20")
    support = [e for e in coded.events if e.trigger in ("congratulated", "praised")]
    assert [([a.name for a in e.actor], [a.name for a in e.recipient]) for e in support] == [
        (["Bernie Sanders"], ["Hillary Clinton"]), (["Bernie Sanders"], ["Hillary Clinton"])]


def test_an_object_pronoun_is_not_its_own_clause_subject(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-18, shortened: Tung warned Lee, not himself
    coded = code_text("Hong Kong's chief executive-designate Tung Chee-hwa met Martin Lee on Friday. Tung warned "
                      "him to bear in mind that whatever he says will be carefully read.", published="1997-04-18")
    warnings = [e for e in coded.events if e.trigger == "warned"]
    assert all(not e.recipient or all("Tung" not in a.text for a in e.recipient) for e in warnings)
