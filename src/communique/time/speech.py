"""The day a quotation was spoken: '"We won tonight," Lin said Tuesday night' in a Wednesday
story means Tuesday night.

Words that count from the moment of speaking ("today", "tomorrow", "tonight", "last night") are
valued from the publication date by the normalizer. Inside a quotation whose speech verb is
dated to another day ("said on Monday"), they count from that day instead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from ..docfacts import quotations as doc_quotations
from ..marks import Quotation
from ..model import TimeExpr
from ..speech_verbs import speech_verbs
from .calendar import parse_point
from .clause import clause_head, modifies


def day_of(value: str | None) -> tuple[date, str] | None:
    """A day value's date and what follows it ("2016-08-30TNI" -> 2016-08-30, "TNI"), else None."""
    point = parse_point(value)
    return (point.day, (value or "")[len("YYYY-MM-DD"):]) if point and point.granularity == "day" else None


def speech_day(doc: Doc, quote: Quotation, timexes: list[TimeExpr], quotations: list[Quotation],
               dct: date) -> date | None:
    """The day the quotation's speech verb is dated to, when a day other than publication: a
    day-valued expression outside quotation marks, in a sentence the quotation starts or ends
    in, on a speech verb ("said Tuesday", "told reporters on Monday"; not "said ahead of
    Tuesday's vote")."""
    sentences = [span.sent for pos in (quote.open, quote.end - 1)
                 if (span := doc.char_span(pos, pos + 1, alignment_mode="expand")) is not None]
    verbs = speech_verbs()
    for timex in timexes:
        found = day_of(timex.value)
        if found is None or found[0] == dct or any(q.open <= timex.start < q.end for q in quotations):
            continue
        if not any(sent.start_char <= timex.start < sent.end_char for sent in sentences):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        verb = clause_head(span.root)
        if verb.lemma_.lower() in verbs and modifies(span.root, verb):
            return found[0]
    return None


def from_speech_day(doc: Doc, text: str, timexes: list[TimeExpr], deictic: set[int], dct: date | None
                    ) -> list[TimeExpr]:
    """`timexes` with the deictic ones (by index) inside dated quotations counted from the
    speech day."""
    if dct is None or not deictic:
        return timexes
    quotations = doc_quotations(doc, text)
    out = list(timexes)
    for i in sorted(deictic):
        timex = timexes[i]
        quote = next((q for q in quotations if q.open < timex.start < q.end), None)
        found = day_of(timex.value)
        if quote is None or found is None:
            continue
        spoken = speech_day(doc, quote, timexes, quotations, dct)
        if spoken is not None:
            day, rest = found
            out[i] = replace(timex, value=(day + (spoken - dct)).isoformat() + rest)
    return out

