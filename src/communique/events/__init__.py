"""The `events` stage: who did what to whom, when and where, coded in PLOVER 2.0 and CAMEO.

    extract(doc, coded, context) -> list[Event]

reads the parse and the records of the `time`, `places` and `actors` stages (and their
callables, handed over in `context`, see stages.py), and returns one
Event per happening the article reports (repeat mentions folded in, see dedup.py). The knowledge
it codes with is in data files under `communique/data/events/` (see the README there):
triggers.tsv (verbs, nouns, light verbs and their CAMEO codes), negative.tsv (contexts that are
not events), cameo.tsv and plover.toml (the code tables), modality.toml and dedup.toml.

Modules: lexicon (reading the trigger files), matcher (a pattern against the parse), arguments
(actor and recipient), modality (negated, planned, hypothetical), codes (CAMEO/PLOVER tables),
coder (a sentence at a time), dedup (one event per happening), explain (why, for the CLI).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import CodedArticle, Event
from ..stage import StageContext
from .coder import Trial, code_document
from .dedup import deduplicate
from .lexicon import load_lexicon
from .stages import handed, needs

__all__ = ["extract", "code_with_trace"]


def title_words(title: str | None) -> list[str]:
    """The headline's words, lower case, from the tokenizer alone: a full parse of every headline
    would cost more than the rest of the coder, and counting a mention needs only the words."""
    if not title or not title.strip():
        return []
    return [token.lower_ for token in needs().make_doc(title) if not token.is_punct]


def code_with_trace(doc: Doc, coded: CodedArticle, trace: list[Trial] | None = None) -> list[Event]:
    """The article's events; every decision on every trigger word is appended to `trace`."""
    results = code_document(doc, coded, trace=trace)
    # the headline counts as a mention of an event only: with none, it is not tokenized
    words = title_words(coded.article.title) if any(r.events for r in results) else []
    kept = deduplicate(results, title=coded.article.title, words=words, lexicon=load_lexicon())
    return [k.event for k in kept]


def extract(doc: Doc, coded: CodedArticle, context: StageContext) -> list[Event]:
    with handed(context):
        return code_with_trace(doc, coded, context.trace)
