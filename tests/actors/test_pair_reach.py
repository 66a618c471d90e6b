"""How far back "the two countries" looks for its two parties (data/actors/rules.toml `pair_reach`:
its own sentence and the 2 before). actors.pairs reads the named mentions back from the phrase and
stops where none can lie in that reach (a perf change, issue 17): these pin the boundary. Sentences
written for these tests after the Xi/Hun Sen case of tests/events/test_dyad_classes.py."""

from __future__ import annotations

MEETING = "Chinese President Xi Jinping met Cambodian Prime Minister Hun Sen in Beijing on Monday. "
FILLER = "The meeting lasted two hours. "


def pair_codes(article) -> list[str | None]:  # noqa: ANN001
    return sorted(a.code for a in article.actors if a.text == "The two countries")


def test_parties_two_sentences_before_are_in_reach(code_text) -> None:  # noqa: ANN001
    article = code_text(MEETING + FILLER + "The two countries agreed to expand trade.", published="2016-05-01")
    assert pair_codes(article) == ["CHN", "KHM"]


def test_parties_three_sentences_before_are_out_of_reach(code_text) -> None:  # noqa: ANN001
    article = code_text(MEETING + FILLER * 2 + "The two countries agreed to expand trade.", published="2016-05-01")
    assert pair_codes(article) == []


def test_a_later_pair_reads_its_own_reach(code_text) -> None:  # noqa: ANN001
    # two pair phrases: the second one's reach holds only Laos and Vietnam, named after the first
    article = code_text(MEETING + "The two countries agreed to expand trade. " + FILLER * 2
                        + "Lao President Bounnhang Vorachith met Vietnamese President Tran Dai Quang in Hanoi. "
                        + "The two countries agreed to build a railway.", published="2016-05-01")
    assert pair_codes(article) == ["CHN", "KHM", "LAO", "VNM"]


def test_two_others_are_not_the_pair(code_text) -> None:  # noqa: ANN001
    # "two" with no definite determiner, or "two other", counts others, not the two named before
    for phrase in ("Two countries", "The two other countries"):
        article = code_text(MEETING + f"{phrase} have since criticized the European Union.", published="2016-05-01")
        assert sorted(a.code for a in article.actors if a.text == phrase) == []
