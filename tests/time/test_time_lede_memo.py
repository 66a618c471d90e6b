"""`in_lede` reads the lede's first token, kept per Doc and headline (speed14), as the walk over
the sentences it stands for. Made-up text."""

from __future__ import annotations

from communique.model import Article, CodedArticle
from communique.time.dating import in_lede, lede_start

TITLE = "Rebels seize the port"
TEXT = "Rebels seize the port. The rebels seized the port of Hodeidah on Monday. Talks resumed later."


def test_only_the_first_sentence_after_the_headline_is_the_lede(nlp):
    doc = nlp(TEXT)
    coded = CodedArticle(article=Article(id="t", text=TEXT, title=TITLE))
    sents = list(doc.sents)
    assert lede_start(doc, "rebels seize the port") == sents[1].start
    assert [in_lede(sent.root, coded) for sent in sents] == [False, True, False]
    untitled = CodedArticle(article=Article(id="u", text=TEXT))
    # no headline: the first sentence leads
    assert [in_lede(sent.root, untitled) for sent in sents] == [True, False, False]
