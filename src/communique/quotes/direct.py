"""Direct and partial quotations: attributing each pair of quotation marks to a speaker.

For each quotation the sentence around it is read in two pieces: the lead-in (from the start
of the sentence to the opening mark) and the trailer (from the closing mark to the end of
the sentence). A quotation that stands as its own sentence is a direct quote, attributed by
a cue in the trailer ('"...," Peskov told reporters', '"..." ― Sonya Herridge') or by a
lead-in ending in a colon or a cue ('Trump said: "..."'). A quotation embedded in the
reporter's sentence is a partial quote, attributed to the cue verb that governs it
('described it as "a rant"'); when it sits inside a reported clause ('said that it would
be "fair"') the reported clause is the record (see indirect.py) and the quotation is listed
among its quoted words; with no cue at all it is a scare quote or a title and is left out.
A quotation with no cue of its own continues the direct quote just before it (the second
half of a split quote, the next paragraph of a long one) or takes the speaker of a colon
lead-in or of the next attributed quote in its paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..docfacts import sentence_of, token_table
from ..marks import Quotation
from .attribution import Attribution
from .indirect import complement_bounds
from .lexicon import Lexicon
from .speakers import according_source, cue_phrase, mention_bounds, subject_of

SENTENCE_END = frozenset({".", "!", "?"})
UTTERANCE_END = frozenset(".,?!…:;—-")
DASH_CHARS = "\u2015\u2014\u2013"
NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})
LEAD_IN_MAX_TOKENS = 60
CUE_WITHIN = 14  # a trailer cue comes within this many tokens of the closing mark
LEAD_IN_CUE_WITHIN = 10  # ... and a lead-in cue within this many before the comma
COLON_NAME_WITHIN = 6  # a name introducing a quote with a colon stands this close to it
NOT_NAMES = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL"})


@dataclass(frozen=True, slots=True)
class QuotationTokens:
    """Where an article's quotation marks fall among its tokens, worked out once per article."""

    starts: list[int]  # the character offset of each token
    # per quotation, in the order of the quotation list: the token of the opening mark and of the
    # closing mark (for a quote continued in the next paragraph: its last token)
    marks: list[tuple[int, int]]


def quotation_tokens(doc: Doc, quotations: list[Quotation]) -> QuotationTokens:
    starts = token_table(doc).idx
    marks = [(bisect_right(starts, q.open) - 1, bisect_right(starts, q.close if q.closed else q.end - 1) - 1)
             for q in quotations]
    return QuotationTokens(starts, marks)


@dataclass(frozen=True, slots=True)
class QuoteContext:
    """A quotation with the token indices around it."""

    quotation: Quotation
    open_token: int  # the opening mark
    close_token: int  # the closing mark (for a quote continued in the next paragraph: its last token)
    lead_in: range  # tokens from the start of the sentence to the opening mark
    trailer: range  # tokens from the closing mark to the end of the sentence
    dash: str | None = None  # '"..." ― Sonya Herridge': the dash that introduces the speaker
    dash_name: range = range(0)  # the tokens after that dash


def is_paragraph_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space or token.is_quote)


def is_cue(token: Token, lex: Lexicon) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in lex.speech_verbs


def contexts(doc: Doc, text: str, quotations: list[Quotation], positions: QuotationTokens, lex: Lexicon,
             mark_tokens: dict[int, str]) -> list[QuoteContext]:
    """The token context of each quotation. `mark_tokens` maps token index -> "open"/"close"."""
    found = []
    for q, (open_token, close_token) in zip(quotations, positions.marks, strict=True):
        lead_in = lead_in_range(doc, open_token, mark_tokens)
        trailer = trailer_range(doc, close_token, lex.trailer_max_tokens, mark_tokens) if q.closed else range(0)
        dash, name = dash_after(text, positions.starts, q, trailer) if q.closed else (None, range(0))
        found.append(QuoteContext(q, open_token, close_token, lead_in, trailer, dash, name))
    return found


def dash_after(text: str, starts: list[int], q: Quotation, trailer: range) -> tuple[str | None, range]:
    """A dash right after the closing mark and the tokens that follow it, read on the characters
    (the tokenizer may glue the dash to the mark: '”―')."""
    after = text[q.close + 1:q.close + 4].lstrip(" \u00a0")
    if not after or after[0] not in DASH_CHARS or trailer.stop <= trailer.start:
        return None, range(0)
    dash_at = text.index(after[0], q.close + 1)
    first = bisect_right(starts, dash_at)  # the first token starting after the dash
    return after[0], range(first, trailer.stop)


def lead_in_range(doc: Doc, open_token: int, mark_tokens: dict[int, str]) -> range:
    """Tokens before the opening mark back to the sentence start, the paragraph start or the
    previous quotation's closing mark."""
    i = open_token - 1
    while i >= 0 and open_token - i < LEAD_IN_MAX_TOKENS:
        token = doc[i]
        if token.text in SENTENCE_END or is_paragraph_break(token) or mark_tokens.get(i) == "close":
            break
        i -= 1
    return range(i + 1, open_token)


def trailer_range(doc: Doc, close_token: int, limit: int, mark_tokens: dict[int, str]) -> range:
    """Tokens after the closing mark up to and including the sentence's final punctuation,
    stopping before a paragraph break or the next quotation."""
    j = close_token + 1
    while j < len(doc) and j - close_token <= limit:
        token = doc[j]
        if is_paragraph_break(token) or mark_tokens.get(j) == "open":
            return range(close_token + 1, j)
        if token.text in SENTENCE_END:
            return range(close_token + 1, j + 1)
        j += 1
    return range(close_token + 1, j)


def trailer_cue(doc: Doc, trailer: range, lex: Lexicon) -> Token | None:
    """The cue of '"...," X said', '"...," said X', '"...," according to X' or '"..." ― X':
    the first cue after the quote, with nothing but the speaker's name before it."""
    first_word = True
    for i in trailer[:CUE_WITHIN]:
        token = doc[i]
        if token.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            return token
        if is_cue(token, lex):
            return token
        if not is_word(token):
            continue
        if token.pos_ in ("VERB", "AUX") and not token.is_title:
            return None  # another verb: the sentence goes on, the quote is embedded in it
        if first_word and token.pos_ in ("ADP", "SCONJ", "CCONJ", "PART"):
            return None  # '"..." to drive up', '"..." in the city'
        first_word = False
    return None


def lead_in_cue(doc: Doc, lead_in: range, content: str, lex: Lexicon) -> Token | None:
    """The cue of 'Trump said: "..."', 'He says, "..."' or 'Trump declared "..."': a lead-in
    that ends in a colon, or in a cue (before an optional comma) introducing a whole sentence."""
    words = [i for i in lead_in if not doc[i].is_space]
    if not words:
        return None
    last = doc[words[-1]]
    if last.text == ":":
        cues = [doc[i] for i in words if is_cue(doc[i], lex)]
        if cues:
            return cues[-1]
        # 'The piece used one of her quotes as its headline:' - any verb whose subject is named
        verbs = [doc[i] for i in words if doc[i].pos_ == "VERB"]
        subject = subject_of(verbs[-1]) if verbs else None
        return verbs[-1] if subject is not None and is_named(subject) else None
    content = content.lstrip()
    starts_sentence = bool(content) and (content[0].isupper() or not content[0].isalpha())
    if last.text == ",":  # 'He says, "...', 'Sanders asks at Western High School, "...'
        for i in reversed(words[-LEAD_IN_CUE_WITHIN:-1]):
            if is_cue(doc[i], lex):
                return doc[i]
            if doc[i].pos_ in ("VERB", "AUX"):
                return None
        return None
    if is_cue(last, lex) and starts_sentence and long_enough(content, lex):
        return last  # 'Trump declared "..."' (a single quoted word after a cue is a name: 'called "Perception"')
    return None


def is_named(token: Token) -> bool:
    """Whether a token can name a speaker: a name, a pronoun, or a noun that is not a time."""
    return token.pos_ in ("PROPN", "PRON", "NOUN") and token.ent_type_ not in ("TIME", "DATE", "CARDINAL")


def long_enough(content: str, lex: Lexicon) -> bool:
    """Whether quoted words are speech rather than a term or a title: enough words, or a
    sentence's own punctuation inside the marks ('yelled "You lie!"')."""
    if content[-1:] in ".!?,":
        return content_words(content) >= lex.utterance_min_words
    return content_words(content) >= lex.partial_min_words


def governing_cue(doc: Doc, ctx: QuoteContext, lex: Lexicon, inside_quote: bytearray) -> Token | None:
    """The cue verb a quoted fragment depends on ('described it as "a rant"')."""
    first, last = ctx.open_token + 1, ctx.close_token - 1
    head = next((doc[i] for i in range(first, last + 1) if not first <= doc[i].head.i <= last), None)
    node = head.head if head is not None else None
    for _ in range(8):
        if node is None:
            break
        if not inside_quote[node.i] and is_cue(node, lex):
            return node
        if node.head is node:
            break
        node = node.head
    return None


def direct_speaker(doc: Doc, cue: Token, region: range, inside_quote: bytearray, lex: Lexicon
                   ) -> tuple[int, int] | None:
    """Token bounds of the speaker of a direct quote whose cue is in `region` (the lead-in or
    the trailer): the parse's subject when it lies there, else the name written next to the
    cue ('"...," Tulsa police Chief Chuck Jordan said', 'Said Ellis: "..."')."""
    subject = according_source(cue) if cue.lower_ == "according" else subject_of(cue)
    if subject is not None and not inside_quote[subject.i]:
        first, last = mention_bounds(subject, inside_quote, lex.speaker_max_tokens)
        if subject.i in region:
            return max(first, region.start), min(last, region.stop - 1)
        if sentence_of(subject).start == sentence_of(cue).start:  # the same sentence, before an earlier quotation
            return first, last
    before = [i for i in range(region.start, cue.i) if is_word(doc[i])]
    commas = [i for i in range(region.start, cue.i) if doc[i].text == ","]
    if commas:
        before = [i for i in before if i > commas[-1]]
    if before and len(before) <= lex.speaker_max_tokens and any(is_named(doc[i]) for i in before):
        return before[0], before[-1]
    return name_run(doc, cue.i + (2 if cue.lower_ == "according" else 1), region.stop)


def name_run(doc: Doc, first: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase starting at `first`: '― Sonya Herridge', 'said Rep. Gwen Moore (D-Wis.)'."""
    i, last = first, None
    depth = 0
    while i < stop:
        token = doc[i]
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
            last = i
        elif depth or token.pos_ in NAME_POS or (token.text == "." and last is not None and doc[i - 1].is_title):
            last = i if is_word(token) or depth else last
        else:
            break
        i += 1
    return (first, last) if last is not None else None


def content_words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def content_part(text: str, q: Quotation) -> tuple[int, int]:
    """The quoted content without the marks and the white space at its edges."""
    raw = text[q.start:q.end]
    return q.start + len(raw) - len(raw.lstrip()), q.start + len(raw.rstrip())


def inside_reported_clause(cue: Token, ctx: QuoteContext) -> bool:
    """Whether a quoted fragment lies inside the clause its cue reports, with words of the
    reporter before it ('said that it was "a rant"'): indirect.py makes that clause the record."""
    bounds = complement_bounds(cue)
    return bounds is not None and bounds[0] < ctx.open_token and ctx.open_token + 1 <= bounds[1]


def embedded(doc: Doc, ctx: QuoteContext, part: tuple[int, int], content: str, lead_words: list[int],
             lex: Lexicon, inside_quote: bytearray, mark_tokens: dict[int, str]) -> Attribution | None:
    """A quotation inside the reporter's sentence. When the quoted words are all that the cue
    reports ('chanting "U-S-A! U-S-A!"', 'said "the question is the timing."') it is a partial
    quote; when the reporter's own words share the content ('called Burma a "good news story"',
    'Mills "got an immunity agreement," Jordan said') the content is reported speech with
    quoted words in it. With no cue it is a scare quote or a title, and nothing."""
    cue = governing_cue(doc, ctx, lex, inside_quote)
    if cue is None or not long_enough(content, lex):
        return None
    region = range(lead_in_range(doc, cue.i, mark_tokens).start, max(cue.i + 6, ctx.trailer.stop))
    speaker = direct_speaker(doc, cue, region, inside_quote, lex)
    if cue.i < ctx.open_token:
        reporter_words = [i for i in range(cue.i + 1, ctx.open_token) if is_word(doc[i])]
    else:
        reporter_words = [i for i in lead_words if speaker is None or not speaker[0] <= i <= speaker[1]]
    if not reporter_words:
        return Attribution("partial", [part], ctx.quotation.end + 1, cue, cue_phrase(doc, cue), speaker)
    if cue.lemma_.lower() in lex.reporting_verbs and inside_reported_clause(cue, ctx):
        return None  # the reported clause is the record (indirect.py)
    first = reporter_words[0]
    start = doc[first].idx
    return Attribution("indirect", [(start, part[1])], ctx.quotation.end + 1, cue, cue_phrase(doc, cue), speaker)


def quote_attributions(doc: Doc, text: str, quotations: list[Quotation], positions: QuotationTokens, lex: Lexicon,
                       inside_quote: bytearray, mark_tokens: dict[int, str], paragraph_of: Callable[[int], int]
                       ) -> list[Attribution]:
    """Direct and partial quote attributions, in text order. `text` is `doc.text` (which spaCy
    rebuilds on every access)."""
    found: list[Attribution] = []
    pending: list[Attribution] = []  # unattributed quotes waiting for a speaker later in the paragraph
    for ctx in contexts(doc, text, quotations, positions, lex, mark_tokens):
        q = ctx.quotation
        part = content_part(text, q)
        content = text[part[0]:part[1]]
        paragraph = paragraph_of(q.open)
        lead_words = [i for i in ctx.lead_in if is_word(doc[i])]
        lead_end = doc[ctx.lead_in[-1]].text if ctx.lead_in else ""
        trailer_words = [i for i in ctx.trailer if is_word(doc[i])]
        extent_end = doc[ctx.trailer[-1]].idx + len(doc[ctx.trailer[-1]]) if ctx.trailer else q.end + 1
        own_cue = trailer_cue(doc, ctx.trailer, lex) if trailer_words else None
        lead_cue = lead_in_cue(doc, ctx.lead_in, content, lex) if lead_words else None
        previous = found[-1] if found else None
        follows_previous = (previous is not None and (not lead_words or previous.extent_end >= q.open)
                            and not text[previous.extent_end:q.open].strip(" \t\n\u00a0.,;"))
        # The next piece of a direct quote: nothing but the attribution between them.
        if (own_cue is None and ctx.dash is None and follows_previous and previous is not None
                and previous.kind == "direct"
                and (lead_cue is None or lead_cue == previous.cue)):
            previous.parts.append(part)
            previous.quoted.append(part)
            previous.extent_end = max(extent_end, q.end + 1)
            continue
        record = None
        name = name_run(doc, ctx.dash_name.start, ctx.dash_name.stop) if ctx.dash else None
        if name is not None and not lead_words:
            record = Attribution("direct", [part], extent_end, None, ctx.dash, name)
        elif own_cue is not None and (not lead_words or lead_end in (":", ",")):
            record = Attribution("direct", [part], extent_end, own_cue, cue_phrase(doc, own_cue),
                                 direct_speaker(doc, own_cue, ctx.trailer, inside_quote, lex))
        elif lead_cue is not None:
            record = Attribution("direct", [part], extent_end, lead_cue, lead_cue.text,
                                 direct_speaker(doc, lead_cue, ctx.lead_in, inside_quote, lex))
        elif lead_end == ":" and (name := name_before_colon(doc, ctx.lead_in)) is not None:
            record = Attribution("direct", [part], extent_end, None, None, name)
        elif not lead_words and not trailer_words:
            record = unattributed(doc, ctx, content, part, extent_end, previous, follows_previous, lex,
                                  inside_quote, mark_tokens)
            if record is not None and record.cue is None and record.same_speaker_as is None:
                pending.append(record)
        else:
            record = embedded(doc, ctx, part, content, lead_words, lex, inside_quote, mark_tokens)
        if record is None:
            continue
        record.paragraph = paragraph
        record.quoted.append(part)
        found.append(record)
        if record.cue is not None:
            for waiting in pending:
                if waiting.paragraph == paragraph:
                    waiting.same_speaker_as = record
            pending.clear()
    return found


def unattributed(doc: Doc, ctx: QuoteContext, content: str, part: tuple[int, int], extent_end: int,
                 previous: Attribution | None, follows_previous: bool, lex: Lexicon, inside_quote: bytearray,
                 mark_tokens: dict[int, str]) -> Attribution | None:
    """A quotation standing alone as a sentence: its speaker is that of a colon lead-in in the
    paragraph before ('Caddell continued:'), or of the quote it follows; kept without a speaker
    only when it reads as speech."""
    colon = colon_before(doc, ctx.open_token)
    if colon is not None:
        lead_in = range(lead_in_range(doc, colon, mark_tokens).start, colon + 1)
        cue = lead_in_cue(doc, lead_in, content, lex)
        if cue is not None:
            return Attribution("direct", [part], extent_end, cue, cue.text,
                               direct_speaker(doc, cue, lead_in, inside_quote, lex))
        name = name_before_colon(doc, lead_in)
        if name is not None:  # 'Stated Stone:' with the verb mistagged: the name before the colon
            return Attribution("direct", [part], extent_end, None, None, name)
    if follows_previous and previous is not None:
        return Attribution("direct", [part], extent_end, same_speaker_as=previous)
    if content_words(content) < lex.unattributed_min_words or content[-1:] not in UTTERANCE_END:
        return None  # a title or a term standing alone, not speech
    return Attribution("direct", [part], extent_end)


def name_before_colon(doc: Doc, lead_in: range) -> tuple[int, int] | None:
    """The name a colon introduces a quote with when no verb does ('- Michael P. McDonald:',
    'More from Jones:', 'According to HuffPo:'): the last run of proper nouns just before it."""
    names = [i for i in lead_in[-COLON_NAME_WITHIN:] if doc[i].pos_ == "PROPN" and doc[i].ent_type_ not in NOT_NAMES]
    if not names:
        return None
    first = last = names[-1]
    while first > lead_in.start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return first, last




def colon_before(doc: Doc, open_token: int) -> int | None:
    """The index of a colon ending the paragraph before a quotation ('Caddell continued:')."""
    i = open_token - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i if i >= 0 and doc[i].text == ":" else None
