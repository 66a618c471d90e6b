"""The actor and recipient of events in three constructions the parse misleads (issue 12): an
object pronoun of a verb that shares its subject with an earlier one ("met Hun Sen ... and called
on him": him is Hun Sen, not the subject), a passive without its auxiliary, the headline's way
("Obama criticized by Putin", "Clinton Accused Of Lying": the subject is the patient), and "the
two countries" or "both sides", which stand for the two parties named before; and no recipient is
taken from a participle of saying ("decried that math, saying Clinton took questions"). Sentences written
for these tests after the kinds seen in hand reads of corpus events (Xinhua, AFP, 2005-2016)."""

from __future__ import annotations

from conftest import sides


def test_object_pronoun_is_not_the_shared_subject(code_text) -> None:  # noqa: ANN001
    article = code_text("Chinese President Xi Jinping met Cambodian Prime Minister Hun Sen in Beijing on Monday "
                        "and called on him to deepen ties.", published="2016-05-01")
    assert sides(article, "called") == [(["CHNGOV"], ["KHMGOV"])]


def test_reduced_passive_with_agent(code_text) -> None:  # noqa: ANN001
    article = code_text("Obama criticized by Putin over Syria.", published="2016-05-01")
    assert sides(article, "criticized") == [(["RUSGOV"], ["USAGOV"])]


def test_reduced_passive_frame_names_no_doer(code_text) -> None:  # noqa: ANN001
    # no accuser is named: Clinton is the one accused, so no event with her as the actor
    article = code_text("Hillary Clinton Accused Of Shocking Act With Bible In Fit Of Rage.\n\n"
                        "The book appeared on Monday.", published="2016-06-20")
    assert sides(article, "Accused") == []


def test_active_verb_with_object_keeps_its_subject(code_text) -> None:  # noqa: ANN001
    # "by" on the object's noun is no agent of the verb: the court rejected the plea
    article = code_text("Bangladesh's supreme court on Tuesday rejected a plea by the former president.",
                        published="2005-11-01")
    assert [actor for actor, _ in sides(article, "rejected")] == [["BGDJUD"]]


def test_the_two_countries_are_the_two_named_before(code_text) -> None:  # noqa: ANN001
    article = code_text("Chinese President Xi Jinping met Cambodian Prime Minister Hun Sen in Beijing on Monday. "
                        "The two countries agreed to expand trade.", published="2016-05-01")
    assert [sorted(actor) for actor, _ in sides(article, "agreed")] == [["CHN", "KHM"]]


def test_both_leaders_keep_their_offices(code_text) -> None:  # noqa: ANN001
    article = code_text("Chinese President Xi Jinping met Cambodian Prime Minister Hun Sen in Beijing on Monday. "
                        "Both leaders signed a deal on railways.", published="2016-05-01")
    assert [sorted(actor) for actor, _ in sides(article, "signed")] == [["CHNGOV", "KHMGOV"]]


def test_no_pair_when_three_countries_are_named(code_text) -> None:  # noqa: ANN001
    article = code_text("Chinese President Xi Jinping met Cambodian Prime Minister Hun Sen and Lao President "
                        "Bounnhang Vorachith in Beijing on Monday. The two countries agreed to expand trade.",
                        published="2016-05-01")
    assert sides(article, "agreed") == []



def test_no_recipient_from_a_speech_participle(code_text) -> None:  # noqa: ANN001
    # the party named in what the doer said is not whom the rebuke is aimed at
    article = code_text("President Obama rebuked his critics on Tuesday, saying calling the Islamic State by another "
                        "name will do nothing to defeat it.", published="2016-06-15")
    assert sides(article, "rebuked") == [(["USAGOV"], [])]


def test_an_ordered_act_is_aimed_at_the_one_ordered(code_text) -> None:  # noqa: ANN001
    # "ordered" is no event here; the closing is the regime's act, done to the Red Cross
    article = code_text("In October, Myanmar's military regime ordered the Red Cross to close the five offices in "
                        "Mandalay.", published="2006-12-15")
    assert sides(article, "close") == [(["MMRGOV"], ["NGOHLHIRC"])]
