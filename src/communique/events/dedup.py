"""Within-article deduplication: one event per happening, however many times the story mentions it.

Three kinds of repeat mention are folded into the event they repeat:
- the same event coded again (same PLOVER type before the future reading, same parties, no
  conflicting dates): "talks will take place Thursday" ... "the talks would go ahead";
- a definite nominal mention with no party of its own, as the object or subject of a verb that
  reports the event ("confirmed the meeting", "the talks would go ahead"): an anaphor;
- the headline, parsed apart (it is not in the body text): a trigger of the same type naming
  one of the event's parties.
The merged event keeps the earliest evidence and the richest date and place among its mentions,
and counts them in `mentions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..resources import load_toml
from .coder import Anaphor, CodedEvent, SentenceResult
from .codes import coding
from .lexicon import Lexicon
from .modality import verb_phrase_lemma

# Types whose parties are interchangeable: "Lavrov met Rubio" and "Rubio met Lavrov" are one event.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@cache
def reporting_verbs() -> frozenset[str]:
    """Verbs through which a definite nominal repeats an event ("confirmed the talks")."""
    return frozenset(load_toml("events/dedup.toml")["reporting_verbs"])


def parties(coded_event: CodedEvent) -> tuple:
    event = coded_event.event
    actor = frozenset(r.cameo or r.code or r.text for r in event.actor)
    recipient = frozenset(r.cameo or r.code or r.text for r in event.recipient)
    if coded_event.base_type in SYMMETRIC_TYPES:
        return (actor | recipient,)
    return (actor, recipient)


def dates_compatible(a: CodedEvent, b: CodedEvent) -> bool:
    """Both dated by the text and one date refines the other; or one is a nominal mention with
    no date of its own ("the talks"). Two clauses of their own with no date are two events."""
    if a.date_rank > 0 and b.date_rank > 0:
        x, y = a.event.date or "", b.event.date or ""
        return x.startswith(y) or y.startswith(x)
    return (a.definite and a.date_rank <= 0) or (b.definite and b.date_rank <= 0)


def absorb(kept: CodedEvent, repeat: CodedEvent) -> None:
    """Fold a repeat mention into the event: count it, keep the richer date and place."""
    kept.event.mentions += repeat.event.mentions
    if repeat.event.date and repeat.date_rank > kept.date_rank:
        kept.event.date, kept.event.date_precision = repeat.event.date, repeat.event.date_precision
        kept.date_rank = repeat.date_rank
    if kept.event.location is None and repeat.event.location is not None:
        kept.event.location = repeat.event.location


def merge_repeats(events: Iterable[CodedEvent]) -> list[CodedEvent]:
    kept: list[CodedEvent] = []
    for candidate in events:
        same = next((k for k in kept if k.base_type == candidate.base_type and parties(k) == parties(candidate)
                     and dates_compatible(k, candidate)
                     and (k.event.status == "negated") == (candidate.event.status == "negated")), None)
        if same is None:
            kept.append(candidate)
        else:
            absorb(same, candidate)
    return kept


def is_reported_mention(anaphor: Anaphor) -> bool:
    token = anaphor.token
    head = token.head
    if token.dep_ in ("dobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return verb_phrase_lemma(head) in reporting_verbs() or head.lemma_.lower() in reporting_verbs()
    return False


def attach_anaphors(kept: list[CodedEvent], anaphors: Iterable[Anaphor]) -> None:
    for anaphor in anaphors:
        if not is_reported_mention(anaphor):
            continue
        earlier = [k for k in kept if k.base_type == anaphor.base_type and k.token.i < anaphor.token.i]
        if earlier:  # prefer the same word ("the talks" -> "talks"), then the same time frame, then the nearest
            best = max(earlier, key=lambda k: (k.token.lemma_ == anaphor.token.lemma_,
                                               (k.event.status == "planned") == (anaphor.status == "planned"),
                                               k.token.i))
            best.event.mentions += 1


def headline_types(words: list[str], lexicon: Lexicon) -> set[str]:
    """PLOVER types of the bare trigger words in a headline ("Talks", "Meets", "Invades")."""
    found: set[str] = set()
    for word in words:
        stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
        for pos in ("N", "V"):
            for stem in stems:
                for trigger in lexicon.triggers_for(pos, stem):
                    if trigger.pattern.specificity == 0:
                        base = coding(trigger.cameo, plover=trigger.plover)
                        if base is not None:
                            found.add(base.plover)
    return found


def attach_title(kept: list[CodedEvent], title: str, words: list[str], lexicon: Lexicon) -> None:
    """The headline is one more mention of the first event whose type it names with one of its parties."""
    types = headline_types(words, lexicon)
    lowered = title.lower()
    for k in kept:
        names = {(r.text or "").lower() for r in k.event.actor + k.event.recipient} - {""}
        if k.base_type in types and any(name in lowered for name in names):
            k.event.mentions += 1
            return


def deduplicate(results: list[SentenceResult], *, title: str | None, words: list[str],
                lexicon: Lexicon) -> list[CodedEvent]:
    kept = merge_repeats(e for r in results for e in r.events)
    attach_anaphors(kept, (a for r in results for a in r.anaphors))
    if title and words:
        attach_title(kept, title, words, lexicon)
    return kept
