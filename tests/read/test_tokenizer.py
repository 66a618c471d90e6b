"""The tokenizer on hostile text: runs of punctuation are tokenized in linear time, the Doc's text
is the text given, and ordinary text is tokenized exactly as spaCy's own tokenizer does."""

from __future__ import annotations

import time

import pytest
import spacy

from communique.nlp import DEFAULT_MODEL, LONG_RUN_CHARS, load_nlp, split_long_runs

# Before: "!?.,;:" * 2,000 (12,000 characters) took 95 s; quadratic, so 60,000 would take ~40 min.
HOSTILE = ["!?.,;:" * 10_000, "." * 60_000, ("Talks" + "!?.,;:" * 66 + " ") * 150, "(" * 30_000 + ")" * 30_000]


@pytest.mark.parametrize("text", HOSTILE, ids=["punctuation", "dots", "near-threshold runs", "parentheses"])
def test_punctuation_runs_tokenize_fast_and_keep_the_text(text):
    started = time.perf_counter()
    doc = load_nlp().tokenizer(text)
    assert time.perf_counter() - started < 5.0
    assert doc.text == text


def test_ordinary_text_is_tokenized_as_spacy_does():
    # Opening of the Moscow Times article in examples/ (The Moscow Times, 2025-04-08), and forms
    # with prefixes, suffixes and special cases
    text = ("The second round of U.S.-Russia talks on the operations of their embassies will take place "
            "in Istanbul on Thursday, the Kremlin said Tuesday. \"We can't,\" he said (twice)... "
            "See https://www.themoscowtimes.com/2025/04/08/a-b-c-a12345 -- 10km, $5.50, e.g. #Istanbul!!")
    plain = spacy.load(DEFAULT_MODEL, exclude=["tagger", "parser", "ner", "lemmatizer", "attribute_ruler"])
    assert [t.text for t in load_nlp().tokenizer(text)] == [t.text for t in plain.tokenizer(text)]


def test_long_runs_are_cut_and_the_pieces_join_back():
    text = "Before " + "x" * (3 * LONG_RUN_CHARS) + " after " + "y" * (LONG_RUN_CHARS - 1)
    pieces = split_long_runs(text)
    assert "".join(pieces) == text and len(pieces) > 3
    assert split_long_runs("short words only") == ["short words only"]
