"""Doers taken from the wrong clause (a hand read of corpus articles):

- a plural possessive "their" on a noun event never stands for one person named as a subject
  above it (arguments.toml `group_pronouns`): in "Manafort's decision to begin a push ... by
  chastising Kasich and the Bush family over their refusal to support Trump", the refusal is not
  Manafort's;
- a verb conjoined to a noun by a misparse names none of the noun's parties
  (arguments.py `phrase_conjuncts`): in "Podesta called the governor 'the most extreme pick' and
  someone who had 'threatened women's privacy' by signing ...", "someone" (and the "who" of its
  relative clause, the doer of "signing") is not Podesta, the subject of "called".

Sentences are short excerpts of news articles (Washington Post, 2016-07-20; USA Today,
2016-07-18; PolNeAR corpus), credited in a comment.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle

# Washington Post, 2016-07-20 ("Beyond plagiarism, a bigger issue: Is this team ready?")
REFUSAL = ("The day's earlier developments included Trump campaign chairman Paul Manafort's decision to begin a "
           "week-long push for party unity by publicly chastising Ohio Gov. John Kasich and the Bush family over "
           "their refusal to support Trump.")
# USA Today, 2016-07-18 ("Convention is Trump's chance to reconnect with women")
SIGNING = ("Fifteen minutes after Pence was picked as Trump's running mate, Clinton campaign chairman John Podesta "
           "called the Indiana governor \"the most extreme pick in a generation\" and someone who had \"threatened "
           "women's privacy and limited their choice\" by signing one of the nation's most restrictive "
           "anti-abortion laws.")


def doers(coded: CodedArticle, trigger: str) -> list[set[str]]:
    return [{a.name or a.text for a in e.actor} for e in coded.events if e.trigger == trigger]


def test_their_refusal_is_not_the_refusal_of_one_person_above(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text(REFUSAL, published="2016-07-20")
    assert not any("Paul Manafort" in names for names in doers(coded, "refusal"))


def test_someone_hung_on_a_verb_is_not_the_verbs_subject(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text(SIGNING, published="2016-07-18")
    assert not any("John Podesta" in names for names in doers(coded, "signing"))

