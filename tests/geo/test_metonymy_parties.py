"""A country that a verb of censure takes as its object, or that is called upon, is a party (an
actor), not a place: the event has no location there.

Sentences: AFP, "UN Security Council denounces Libyan violation of air embargo", 1997-04-04, and
"Japanese consul calls for more Chinese military transparency", 1997-04-08.
"""

from __future__ import annotations

import pytest

from communique.geo import extract
from communique.model import Article, CodedArticle


def places_of(nlp, text: str):
    return extract(nlp(text), CodedArticle(article=Article(id="test", text=text)))


@pytest.mark.parametrize(("text", "mention", "role"), [
    ("The UN Security Council Friday denounced Libya for a \"clear violation\" of a UN air embargo for carrying "
     "passengers from Libya for the annual hajj, or pilgrimage to Mecca.", "Libya", "actor"),
    ("Japan's consul general here called on China Tuesday to be more transparent in its military strategy.",
     "China", "actor"),
    # ... while the place passengers were carried from stays a place
    ("The UN Security Council Friday denounced Libya for a \"clear violation\" of a UN air embargo for carrying "
     "passengers from Libya for the annual hajj, or pilgrimage to Mecca.", "Mecca", "location"),
])
def test_a_censured_or_called_upon_country_is_a_party(nlp, text, mention, role):
    matches = [p for p in places_of(nlp, text) if p.text == mention]
    assert matches and matches[0].role == role
