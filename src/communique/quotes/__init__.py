"""The quotes stage: who said what, tied to the actor who said it.

    extract(doc, coded, context) -> list[Quote]

Direct quotes ('"...," Peskov told reporters'), partial quotes (a quoted fragment inside the
reporter's sentence) and indirect speech ('the Kremlin said (that) ...', 'according to X').
Each quote has its content span (without the quotation marks), its kind, its cue verb as
written, and its speaker: the phrase that names the speaker in the article, with the name,
code, sector and role of the actor the actors stage resolved for it (its `actor_at` and
`as_ref`, handed over in the StageContext).

Modules: lexicon (cue verbs and limits, from
data/quotes/cues.toml), direct (quotations and their attribution), indirect (reported
speech), speakers (speaker phrases, pronouns, actor links).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate, islice

from spacy.tokens import Doc

from ..docfacts import quotations as doc_quotations
from ..docfacts import sentence_starts as doc_sentence_starts
from ..marks import Quotation
from ..model import ActorRef, CodedArticle, Quote
from ..stage import StageContext
from .attribution import Attribution
from .direct import QuotationTokens, content_part, quotation_tokens, quote_attributions
from .indirect import reported_speech
from .lexicon import Lexicon, lexicon
from .speakers import ActorLinks, SpeakerResolver

__all__ = ["extract"]

NEWLINE = re.compile("\n+")  # a run of line breaks is one paragraph break
CONTINUED_SPEAKER_PARAGRAPHS = 2


def extract(doc: Doc, coded: CodedArticle, context: StageContext) -> list[Quote]:
    """The quotes of one parsed article, in text order."""
    lex = lexicon()
    text = coded.article.text or doc.text  # the same string; spaCy rebuilds doc.text on every access
    quotations = doc_quotations(doc, text)
    positions = quotation_tokens(doc, quotations)
    inside_quote, mark_tokens = quotation_masks(len(doc), quotations, positions)
    paragraph_of = paragraph_finder(text)
    quoted = quote_attributions(doc, text, quotations, positions, lex, inside_quote, mark_tokens, paragraph_of)
    used_cues = {a.cue.i for a in quoted if a.cue is not None}
    covers_direct = direct_overlap_finder(quoted)
    reported = [a for a in reported_speech(doc, lex, inside_quote, used_cues, paragraph_of)
                if not covers_direct(a)]
    opens = [q.open for q in quotations]
    for a in reported:
        with_quoted_words(a, quotations, opens, text)
    attributions = sorted(quoted + reported, key=lambda a: a.start)
    continue_last_speaker(attributions)
    links = ActorLinks(context.actor_at, context.as_ref) \
        if context.actor_at is not None and context.as_ref is not None else None
    speakers = resolve_speakers(doc, coded, attributions, lex, inside_quote, links)
    sentence_starts = doc_sentence_starts(doc)
    return [as_quote(text, a, speakers.get(id(a)), sentence_starts) for a in attributions]


def quotation_masks(size: int, quotations: list[Quotation], positions: QuotationTokens
                    ) -> tuple[bytearray, dict[int, str]]:
    """Which of the doc's `size` tokens lie inside a quotation (marks included), and which are the marks."""
    inside = bytearray(size)
    marks: dict[int, str] = {}
    for q, (first, last) in zip(quotations, positions.marks, strict=True):
        inside[first:last + 1] = b"\x01" * (last - first + 1)
        marks[first] = "open"
        if q.closed:
            marks[last] = "close"
    return inside, marks


def paragraph_finder(text: str) -> Callable[[int], int]:
    """A function from a character offset to the number of its paragraph (line)."""
    newlines = [m.start() for m in NEWLINE.finditer(text)]
    return lambda offset: bisect_right(newlines, offset)


def continue_last_speaker(attributions: list[Attribution]) -> None:
    """A direct quote with no cue anywhere near it, in a paragraph of its own, is taken as more
    words of the speaker quoted or reported just before (within the two paragraphs before):
    the newspaper convention for a run of quote paragraphs."""
    last_with_speaker: Attribution | None = None
    for a in attributions:
        if a.speaker is not None or a.same_speaker_as is not None:
            last_with_speaker = a
        elif (a.kind == "direct" and a.cue is None and last_with_speaker is not None
              and a.paragraph - last_with_speaker.paragraph <= CONTINUED_SPEAKER_PARAGRAPHS):
            a.same_speaker_as = last_with_speaker
            last_with_speaker = a


def with_quoted_words(reported: Attribution, quotations: list[Quotation], opens: list[int], text: str) -> None:
    """List the speaker's own words inside reported speech ('said it was "a rant"'), and take
    the closing mark of a quotation the content ends in into the content. `opens` is each
    quotation's opening offset (the quotations are in text order): only those from the
    content's start on are read."""
    start, end = reported.parts[0]
    for q in islice(quotations, bisect_left(opens, start), None):
        if q.open >= end:
            break
        reported.quoted.append(content_part(text, q))
        end = max(end, q.close + 1 if q.closed else q.end)
    reported.parts[0] = (start, end)
    reported.extent_end = max(reported.extent_end, end)


def direct_overlap_finder(quoted: list[Attribution]) -> Callable[[Attribution], bool]:
    """A test of whether reported speech covers a direct quote (the quote is the better record
    of it): the direct quotes' parts sorted by start, with the furthest end reached so far, so
    that each test is one bisection rather than a pass over every quote."""
    parts = sorted(part for q in quoted if q.kind == "direct" for part in q.parts)
    starts = [s for s, _ in parts]
    furthest_end = list(accumulate((e for _, e in parts), max))

    def covers(reported: Attribution) -> bool:
        # the parts starting before the reported content ends; one of them overlaps it when
        # the furthest of their ends lies past the content's start
        k = bisect_left(starts, reported.end)
        return k > 0 and furthest_end[k - 1] > reported.start

    return covers


def resolve_speakers(doc: Doc, coded: CodedArticle, attributions: list[Attribution], lex: Lexicon,
                     inside_quote: bytearray, actors: ActorLinks | None) -> dict[int, ActorRef]:
    """The speaker of each attribution (keyed by id), resolved in the order the speakers are
    named so that a pronoun finds the last named speaker before it."""
    resolver = SpeakerResolver(doc, coded, lex, inside_quote, actors)
    speakers: dict[int, ActorRef] = {}
    named = [(a.speaker, a) for a in attributions if a.speaker is not None]
    for bounds, a in sorted(named, key=lambda pair: pair[0][0]):  # stable: ties keep text order
        speakers[id(a)] = resolver.ref(bounds)
    for a in attributions:  # in text order: a chain of continued quotes resolves front to back
        source = a.same_speaker_as
        while id(a) not in speakers and source is not None:
            if id(source) in speakers:
                speakers[id(a)] = speakers[id(source)]
            source = source.same_speaker_as
    return speakers


def as_quote(text: str, a: Attribution, speaker: ActorRef | None, sentence_starts: list[int]) -> Quote:
    content = " … ".join(text[s:e] for s, e in a.parts)
    return Quote(text=content, start=a.start, end=a.end, kind=a.kind, cue=a.cue_text, speaker=speaker,
                 sentence=max(bisect_right(sentence_starts, a.start) - 1, 0), quoted=list(a.quoted))
