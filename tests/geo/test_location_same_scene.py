"""A clause of the same scene ("when ...") on the event's verb says where the event happened.

Sentence: Xinhua, bus collision in western Nepal, 2005-11-16.
"""

from __future__ import annotations

from communique.geo import event_location
from communique.model import Article
from communique.pipeline import code_article

NEPAL = ("At least six people were killed and nearly 36 others were injured when three passenger buses collided in "
         "mid-western Nepal on Tuesday, local police office said Wednesday.")


def located(nlp, text: str, word: str):
    coded = code_article(Article(id="test", text=text, published="2005-11-16"))
    return event_location(next(t for t in nlp(text) if t.text == word), coded)


def test_a_when_clause_locates_the_event_of_its_verb(nlp):
    location = located(nlp, NEPAL, "killed")
    assert location is not None and location.country == "NPL"


def test_a_while_clause_does_not(nlp):
    # the same sentence with "while" (written for this test): "while" may contrast two scenes
    assert located(nlp, NEPAL.replace(" when ", " while "), "killed") is None
