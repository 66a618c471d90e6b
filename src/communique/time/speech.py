"""The day a quotation was spoken: '"We won tonight," Lin said Tuesday night' in a Wednesday
story means Tuesday night.

Words that count from the moment of speaking ("today", "tomorrow", "tonight", "last night") are
valued from the publication date by the normalizer. Inside a quotation whose speech verb is
dated to another day ("said on Monday"), they count from that day instead.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


class QuotedTimexes:
    """An article's quotations and timexes indexed by offset once, so that finding the quotation
    around a timex, or the timexes of a sentence, is a bisection rather than a pass over all.
    Quotations are in text order and do not overlap (marks.find_quotations)."""

    def __init__(self, quotations: list[Quotation], timexes: list[TimeExpr]) -> None:
        self.quotations = quotations
        self.opens = [q.open for q in quotations]
        self.timexes = timexes
        self.by_start = sorted(range(len(timexes)), key=lambda i: timexes[i].start)
        self.starts = [timexes[i].start for i in self.by_start]

    def around(self, offset: int) -> Quotation | None:
        """The quotation whose content strictly contains `offset` (q.open < offset < q.end)."""
        k = bisect_left(self.opens, offset) - 1
        return self.quotations[k] if k >= 0 and offset < self.quotations[k].end else None

    def quoted(self, offset: int) -> bool:
        """Whether `offset` lies in a quotation, its opening mark included (q.open <= offset < q.end)."""
        k = bisect_right(self.opens, offset) - 1
        return k >= 0 and offset < self.quotations[k].end

    def starting_in(self, spans: list[tuple[int, int]]) -> list[TimeExpr]:
        """The timexes starting in any of the character spans, in the order of the timex list."""
        found: set[int] = set()
        for first, end in spans:
            found.update(self.by_start[bisect_left(self.starts, first):bisect_left(self.starts, end)])
        return [self.timexes[i] for i in sorted(found)]


def speech_day(doc: Doc, quote: Quotation, index: QuotedTimexes, dct: date) -> date | None:
    """The day the quotation's speech verb is dated to, when a day other than publication: a
    day-valued expression outside quotation marks, in a sentence the quotation starts or ends
    in, on a speech verb ("said Tuesday", "told reporters on Monday"; not "said ahead of
    Tuesday's vote")."""
    sentences = [span.sent for pos in (quote.open, quote.end - 1)
                 if (span := doc.char_span(pos, pos + 1, alignment_mode="expand")) is not None]
    verbs = speech_verbs()
    for timex in index.starting_in([(sent.start_char, sent.end_char) for sent in sentences]):
        found = day_of(timex.value)
        if found is None or found[0] == dct or index.quoted(timex.start):
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
    index = QuotedTimexes(doc_quotations(doc, text), timexes)
    out = list(timexes)
    for i in sorted(deictic):
        timex = timexes[i]
        quote = index.around(timex.start)
        found = day_of(timex.value)
        if quote is None or found is None:
            continue
        spoken = speech_day(doc, quote, index, dct)
        if spoken is not None:
            day, rest = found
            out[i] = replace(timex, value=(day + (spoken - dct)).isoformat() + rest)
    return out
