"""Facts of a Doc worked out once and shared (quotation marks, sport, sentence starts), on the
real spaCy pipeline. The sentence is from The Moscow Times, 2025-04-08
(examples/embassy-talks-istanbul.md)."""

from __future__ import annotations

from communique import docfacts
from communique.sport import is_sport_article

TEXT = '"Absolutely not," Bruce told reporters on Tuesday. Talks will take place Thursday in Istanbul.'


def test_quotations_are_found_once_and_shared(nlp):
    doc = nlp(TEXT)
    first = docfacts.quotations(doc, TEXT)
    assert [TEXT[q.start:q.end] for q in first] == ["Absolutely not,"]
    assert docfacts.quotations(doc) is first  # the second reader gets the same list, not a new pass
    assert doc._.quotations is first


def test_sentence_starts_are_kept_on_the_doc(nlp):
    doc = nlp(TEXT)
    starts = docfacts.sentence_starts(doc)
    assert starts == [s.start_char for s in doc.sents] and len(starts) == 2
    assert docfacts.sentence_starts(doc) is starts


def test_the_sport_flag_is_kept_on_the_doc(nlp):
    doc = nlp(TEXT)
    assert doc._.sport_article is None
    assert is_sport_article(doc, TEXT) is False
    assert doc._.sport_article is False
    doc._.sport_article = True  # a reader after the first gets the kept answer
    assert is_sport_article(doc, TEXT) is True
