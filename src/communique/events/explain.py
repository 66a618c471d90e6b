"""Why the coder coded what it coded: a sentence's parse, the triggers tried, the events made.

`explain(text, published=...)` runs the real pipeline on one piece of text and returns the
parse, every stage's records, and the coder's trace; `communique explain` renders it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Article, CodedArticle
from ..pipeline import prepared_nlp, run_stages
from .coder import Trial


@dataclass(slots=True)
class Explanation:
    doc: Doc
    coded: CodedArticle
    trials: list[Trial]


def explain(text: str, *, published: str | None = None, title: str | None = None) -> Explanation:
    """Code `text` as an article published on `published`, keeping every decision of the coder."""
    article = Article(id="explain", text=text, published=published, title=title)
    doc = prepared_nlp()(text)
    trials: list[Trial] = []
    coded = run_stages(doc, article, trace=trials)  # the same runner as `communique code`
    return Explanation(doc, coded, trials)


def parse_rows(explanation: Explanation) -> list[dict[str, object]]:
    """One row per token: the parse and the actor record (if any) it belongs to."""
    actor_at: dict[int, str] = {}
    for actor in explanation.coded.actors:
        span = explanation.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        for token in span or []:
            actor_at[token.i] = actor.cameo or actor.code or f"{actor.text} (unresolved)"
    return [{"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_,
             "head": f"{t.head.i} {t.head.text}", "entity": t.ent_type_ or None, "actor": actor_at.get(t.i)}
            for t in explanation.doc]


def trial_rows(explanation: Explanation) -> list[dict[str, object]]:
    return [{"sentence": t.sentence, "token": t.token,
             "patterns tried": "; ".join(t.tried[:6]) + (" ..." if len(t.tried) > 6 else ""),
             "outcome": t.outcome, "why": t.reason} for t in explanation.trials]
