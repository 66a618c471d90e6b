"""Reported (indirect) speech: 'X said (that) ...', '..., X said', 'according to X, ...',
'X confirmed the meeting, saying ...'. The content is the complement clause of a reporting
verb, read from the dependency parse; the speaker is the verb's subject (see speakers.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.parts_of_speech import VERB as VERB_POS
from spacy.strings import hash_string  # type: ignore[attr-defined]  # exported, not in its stub
from spacy.tokens import Doc, Token

from ..docfacts import token_table
from .attribution import Attribution
from .lexicon import Lexicon, lexicon
from .speakers import according_source, cue_phrase, mention_bounds, subject_of

MIN_CONTENT_WORDS = 3
ACCORDING = hash_string("according")


def is_reporting_verb(token: Token, lex: Lexicon) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in lex.reporting_verbs


def trimmed(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Token bounds without punctuation or spaces at either edge, or None if nothing is left."""
    while first <= last and (doc[first].is_punct or doc[first].is_space) and not doc[first].is_quote:
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and not doc[last].is_quote:
        last -= 1
    return (first, last) if first <= last else None


def complement_bounds(verb: Token) -> tuple[int, int] | None:
    """Token bounds of what `verb` reports: its complement clause ('said that it will ...'),
    or the clause it is attached to when the attribution follows ('It will ..., X said')."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp":
            if child.i > verb.i and is_bare_attribution(child):
                return None  # '... would inform King Hussein, Abu Rudeina said': the parse's ccomp is the source
            return trimmed(doc, child.left_edge.i, child.right_edge.i)
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i < verb.i and head.pos_ in ("VERB", "AUX"):
        return trimmed(doc, head.left_edge.i, verb.left_edge.i - 1)
    return None


def candidate_cues(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the tokens that may introduce reported speech: reporting verbs and
    'according' (one pass over the Doc's shared lemma, POS and lower-case columns)."""
    table = token_table(doc)
    verbs = reporting_hashes(lex.reporting_verbs)
    return [i for i, (lemma, pos, lower) in enumerate(zip(table.lemma, table.pos, table.lower, strict=True))
            if (pos == VERB_POS and lemma in verbs) or lower == ACCORDING]


@cache
def reporting_hashes(lemmas: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of `lemmas`, to compare with a Doc's LEMMA column."""
    return frozenset(hash_string(lemma) for lemma in lemmas)


def is_bare_attribution(clause: Token) -> bool:
    """Whether a clause is only 'X said': a saying verb, its subject, and nothing to report."""
    return (clause.lemma_.lower() in lexicon().bare_verbs and not any(c.dep_ == "ccomp" for c in clause.children)
            and clause.right_edge.i - clause.left_edge.i < 6)


def reported_speech(doc: Doc, lex: Lexicon, inside_quote: bytearray, used_cues: set[int],
                    paragraph_of: Callable[[int], int]) -> list[Attribution]:
    """Indirect-speech attributions of the document, in text order."""
    found: list[Attribution] = []
    for i in candidate_cues(doc, lex):
        if inside_quote[i] or i in used_cues:
            continue
        token = doc[i]
        record = according_to(doc, token, lex) if token.lower_ == "according" else reported_clause(token)
        if record is None:
            continue
        first, last = record
        if last - first + 1 < MIN_CONTENT_WORDS:
            continue
        speaker = according_source(token) if token.lower_ == "according" else subject_of(token)
        if speaker is None or first <= speaker.i <= last or inside_quote[speaker.i]:
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        cue_text = cue_phrase(doc, token)
        found.append(Attribution("indirect", [(start, end)], end, token, cue_text,
                                 mention_bounds(speaker, inside_quote, lex.speaker_max_tokens),
                                 paragraph=paragraph_of(token.idx)))
    return found


def reported_clause(verb: Token) -> tuple[int, int] | None:
    if any(child.dep_ == "neg" for child in verb.children):
        return None  # "did not say that ...": nothing was reported
    return complement_bounds(verb)


def according_to(doc: Doc, according: Token, lex: Lexicon) -> tuple[int, int] | None:
    """The clause an 'according to X' phrase attributes, unless that clause is already reported
    speech of someone else ('the ministry confirmed ..., according to TASS': TASS is the channel,
    the ministry the speaker)."""
    if according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to" or according_source(according) is None:
        return None
    node = according.head
    for _ in range(6):
        if is_reporting_verb(node, lex) and subject_of(node) is not None:
            return None
        if node.head is node:
            break
        node = node.head
    head = according.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    first, last = head.left_edge.i, head.right_edge.i
    # Leave the 'according to X' phrase itself out: keep the side of the clause without it.
    a_first, a_last = according.left_edge.i, according.right_edge.i
    if a_first <= first:
        first = a_last + 1
    else:  # the phrase follows (or interrupts) the clause: keep what comes before it
        last = a_first - 1
    return trimmed(doc, first, last)
