"""Toponym recognition: which spans of a parsed article name places the gazetteer knows.

spaCy's GPE, LOC and FAC entities are the main source. Each is cleaned ("the", a final "'s"),
split where it joins several places ("Homs, Syria" as one entity, "U.S.-Russia"), and kept when the
gazetteer has candidates for it. ORG entities count only when they are exactly a country or a seat
of government ("the Kremlin" is often tagged ORG), or when "the town of", "the city of" ... names
them a place ("the town of Goma", tagged PERSON). Proper-noun runs that the entity recognizer
missed count when they name a country, a first-order division, a continent or a region: these names
are rarely anything else, unlike town names ("Reading", "Bath").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..resources import load_toml
from .gazetteer import Candidate, Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels a place name may hide under ("Tamil Nadu" as PERSON, "Jamaica" as ORG); such a
# span counts only when it is exactly the name of a country, division or seat of government.
STATE_ONLY_LABELS = frozenset({"ORG", "NORP", "PERSON"})
STATE_KINDS = frozenset({"country", "admin1", "seat"})
# Kinds safe to recognise without an entity: a proper noun with such a name is a place.
SAFE_KINDS = frozenset({"country", "admin1", "continent", "region", "sea", "seat"})
# A dateline opens a wire story: a capitalised city, perhaps its country or state, then the agency,
# a dash or the date: "SAN DIEGO (AP) -", "BEIRUT, May 2 -", "MANILA, Philippines \u2013".
DATELINE_CITY = r"[A-Z][A-Z.'\- ]*[A-Z.]"
# The city is looked up in the gazetteer when a bracket, comma, dash or colon follows it.
DATELINE_CITY_RE = re.compile(rf"\s*({DATELINE_CITY})(?=\s*[(,\u2014\u2013\-:])")
# The dateline's extent, whose places are locations, needs a stricter ending: a bracket, a dash with a
# space after it, or a date. So "LOS ANGELES: ..." and "PLEASANTON, Calif.--" give a city, no extent.
DATELINE_RE = re.compile(rf"\s*{DATELINE_CITY}(?:,\s*[A-Z][A-Za-z .']+)?"
                         r"(?=\s*(\(|\u2014|\u2013|-\s|,\s*[A-Z][a-z]{2,}\.? \d))")
LEADING_WORDS = frozenset({"the", "The", "THE"})
TRAILING_WORDS = frozenset({"'s", "\u2019s", "'", "\u2019", ".", ",", "-", "\u2014"})


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline of an article, found once: its city and where it ends."""

    city: tuple[int, int] | None  # character offsets of the city to look up, if any
    end: int  # places ending at or before this offset are the dateline's (0: no dateline)


def find_dateline(text: str) -> Dateline:
    """The dateline of an article's text: its city (to look up) and where it ends (its places are
    the story's location), read once per article."""
    city = DATELINE_CITY_RE.match(text)
    extent = DATELINE_RE.match(text)
    return Dateline(city.span(1) if city else None, extent.end() if extent else 0)


@dataclass(slots=True)
class Mention:
    """A toponym in the text and the gazetteer entries it may name."""

    text: str
    start: int  # character offsets into doc.text, half-open
    end: int
    label: str  # the spaCy entity label it came from, or "GAZ" for a proper-noun run
    candidates: tuple[Candidate, ...]


def find_mentions(doc: Doc, gaz: Gazetteer, dateline: Dateline) -> list[Mention]:
    """Every toponym of the doc that the gazetteer can resolve, in text order, without overlaps."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            mentions.extend(entity_mentions(trimmed(ent), ent.label_, gaz))
        elif ent.label_ in STATE_ONLY_LABELS:
            mentions.extend(m for m in entity_mentions(trimmed(ent), ent.label_, gaz, split=False)
                            if is_state_level(m.candidates) or named_by_place_noun(ent))
    mentions.extend(proper_noun_mentions(doc, gaz))
    mentions.extend(dateline_mentions(doc, gaz, dateline))
    return without_overlaps(sorted(mentions, key=lambda m: (m.start, -m.end)))


def trimmed(span: Span) -> Span:
    """The span without a leading "the" and a final possessive or punctuation."""
    start, end = span.start, span.end
    while start < end and span.doc[start].text in LEADING_WORDS:
        start += 1
    while end > start and span.doc[end - 1].text in TRAILING_WORDS:
        end -= 1
    return span.doc[start:end]


def entity_mentions(span: Span, label: str, gaz: Gazetteer, *, split: bool = True) -> Iterator[Mention]:
    """The mentions in one entity: itself when the gazetteer knows it, else its parts."""
    if not span.text[:1].isupper():  # "cheddar", "the" and empty spans name no place
        return
    candidates = gaz.lookup(span.text)
    if candidates and not (split and "," in span.text):
        yield Mention(span.text, span.start_char, span.end_char, label, candidates)
        return
    if not split:
        return
    for start, end in parts(span.text, span.start_char):
        text = span.doc.text[start:end]
        found = gaz.lookup(text)
        if found:
            yield Mention(text, start, end, label, found)


def parts(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """Character ranges of the pieces of "A, B" and "A-B" (a place in a place, or a pair)."""
    position = 0
    pieces: list[tuple[int, int]] = []
    for separator in (", ", ","):
        if separator in text:
            for piece in text.split(separator):
                pieces.append((position, position + len(piece)))
                position += len(piece) + len(separator)
            break
    else:
        for piece in text.replace("\u2013", "-").split("-"):
            pieces.append((position, position + len(piece)))
            position += len(piece) + 1
    if len(pieces) < 2:
        return
    for start, end in pieces:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            yield offset + start + lead, offset + start + len(piece.rstrip())


def is_state_level(candidates: tuple[Candidate, ...]) -> bool:
    """The name means a country, a first-order division or a seat of government, and no town."""
    return bool(candidates) and all(c.entry.kind in STATE_KINDS or c.alternate for c in candidates) \
        and any(not c.alternate for c in candidates)


@cache
def place_nouns_before_of() -> frozenset[str]:
    return frozenset(load_toml("geo/recognize.toml")["place_nouns_before_of"])


def named_by_place_noun(span: Span) -> bool:
    """The name follows "the town of", "the city of" ...: "the town of Goma"."""
    if span.start < 2:
        return False
    of, noun = span.doc[span.start - 1], span.doc[span.start - 2]
    return of.lower_ == "of" and noun.lemma_.lower() in place_nouns_before_of()


def dateline_mentions(doc: Doc, gaz: Gazetteer, dateline: Dateline) -> Iterator[Mention]:
    """The city of a wire-story dateline, which the entity recognizer often misses in capitals."""
    if dateline.city is None:
        return
    start, end = dateline.city
    if end - start >= 4:
        candidates = gaz.lookup(doc.text[start:end])
        if candidates:
            yield Mention(doc.text[start:end], start, end, "DATELINE", candidates)


def proper_noun_mentions(doc: Doc, gaz: Gazetteer) -> Iterator[Mention]:
    """Runs of capitalised proper nouns outside any entity that name a safe kind of place."""
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper():
            run.append(token.i)
            continue
        if run:
            span = doc[run[0]:run[-1] + 1]
            candidates = gaz.lookup(span.text)
            if candidates and any(c.entry.kind in SAFE_KINDS and not c.alternate for c in candidates):
                yield Mention(span.text, span.start_char, span.end_char, "GAZ", candidates)
            run = []


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start (longest first on ties), keeping the first of overlapping ones."""
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
