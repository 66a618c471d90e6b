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


def test_the_token_table_holds_each_tokens_columns(nlp):
    """One column per attribute, token i at index i, as the Token objects give them."""
    doc = nlp(TEXT)
    table = docfacts.token_table(doc)
    strings = doc.vocab.strings
    assert table.idx == [t.idx for t in doc] and table.length == [len(t) for t in doc]
    assert [strings[h] for h in table.orth] == [t.text for t in doc]
    assert [strings[h] for h in table.lower] == [t.lower_ for t in doc]
    assert [strings[h] for h in table.lemma] == [t.lemma_ for t in doc]
    assert table.pos == [t.pos for t in doc]
    assert [strings[h] if h else "" for h in table.ent_type] == [t.ent_type_ for t in doc]
    assert "GPE" in [t.ent_type_ for t in doc]  # "Istanbul": the entity column is not all zero
    assert docfacts.token_table(doc) is table  # read once, then shared


def test_the_token_table_of_an_empty_doc(nlp):
    assert docfacts.token_table(nlp.make_doc("")).idx == []


def test_sentence_of_is_token_sent_for_every_token(nlp):
    doc = nlp(TEXT)
    for token in doc:
        sentence = docfacts.sentence_of(token)
        assert (sentence.start, sentence.end) == (token.sent.start, token.sent.end)
    # one Span per sentence, shared by its tokens, and the same list as `sentences`
    assert docfacts.sentence_of(doc[0]) is docfacts.sentence_of(doc[2]) is docfacts.sentences(doc)[0]
    assert docfacts.sentence_of(doc[-1]) is docfacts.sentences(doc)[1]
    assert [(s.start, s.end) for s in docfacts.sentences(doc)] == [(s.start, s.end) for s in doc.sents]


def test_doc_text_is_joined_once(nlp):
    doc = nlp(TEXT)
    joined = docfacts.doc_text(doc)
    assert joined == doc.text == TEXT
    assert docfacts.doc_text(doc) is joined


def test_a_known_text_is_kept_only_when_it_is_the_docs(nlp):
    """`know_text` spares `doc_text` the join when a stage holds the article's text."""
    doc = nlp(TEXT)
    assert docfacts.text_length(doc) == len(doc.text) and docfacts.text_length(nlp.make_doc("")) == 0
    docfacts.know_text(doc, TEXT[:-1])  # not the Doc's text: ignored
    assert docfacts.TEXT_KEY not in doc.user_data
    docfacts.know_text(doc, TEXT)
    assert docfacts.doc_text(doc) is TEXT
