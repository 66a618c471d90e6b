"""Toponym recognition: which spans of a parsed article name places the gazetteer knows.

spaCy's GPE, LOC and FAC entities are the main source. Each is cleaned ("the", a final "'s"),
split where it joins several places ("Homs, Syria" as one entity, "U.S.-Russia"), and kept when the
gazetteer has candidates for it. ORG entities count only when they are exactly a country or a seat
of government ("the Kremlin" is often tagged ORG), or when "the town of", "the city of" ... names
them a place ("the town of Goma", tagged PERSON). Proper-noun runs that the entity recognizer
missed count when they name a country, a first-order division, a continent or a region: these names
are rarely anything else, unlike town names ("Reading", "Bath"). A town or county needs context
(`recognize.toml`): a cue word before it ("in Innisfail", "residents of Riverdale") or a noun after
it ("Gainesville police"), a containing place after a comma ("Red Deer, Alta.", "Buffalo, NY";
state abbreviations count only there), the dateline, or another mention of the same name that had
such context. Demonyms that name a place's people or things ("Russian troops", "European
airlines") are mentions with `demonym` set: the place's role is "demonym". Last, names the article
gives something else are dropped: a disease ("Marburg virus", then "Marburg kills"), a named person's
surname ("Martin Lee", then "Lee said"), a brand ("Kawasaki Steel Corp.", "Amazon" without "the");
and a mention with the rest of its hyphenated name is one place ("Guinea-Bissau").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.parts_of_speech import PROPN
from spacy.strings import hash_string  # type: ignore[attr-defined]  # exported, not in its stub
from spacy.tokens import Doc, Span

from ..docfacts import entities, token_table
from ..resources import load_toml
from .gazetteer import Candidate, Entry, Gazetteer, contains

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels a place name may hide under ("Tamil Nadu" as PERSON, "Jamaica" as ORG); such a
# span counts only when it is exactly the name of a country, division or seat of government.
STATE_ONLY_LABELS = frozenset({"ORG", "NORP", "PERSON"})
STATE_KINDS = frozenset({"country", "admin1", "seat", "region", "continent"})
# Kinds safe to recognise without an entity: a proper noun with such a name is a place (curated
# entries only: a generated division such as "Central" or "Western" needs context like a town).
SAFE_KINDS = frozenset({"country", "admin1", "continent", "region", "sea", "seat"})
# A town this small does not stop a name from being state-level ("Morocco" is also a village of
# Indiana): the gazetteer used to hold no smaller town, and news means the country.
MIN_BLOCKING_TOWN = 5000
# Kinds a cue word or a container makes a place of.
CONTEXT_KINDS = frozenset({"city", "admin2", "admin1", "island", "region"})
# Kinds that contain a town written before them: "Red Deer, Alta.", "Homs, Syria".
CONTAINER_KINDS = frozenset({"country", "admin1", "admin2"})
MAX_NAME_TOKENS = 4
# A city this big heading an organisation's name is the city: "Lagos Chamber of Commerce".
MIN_LEADING_CITY = 100_000
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
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
# The rest of a hyphenated name after a mention: "Guinea" + "-Bissau".
HYPHENATED_RE = re.compile(r"-[A-Z]\w*(?:-[A-Z]\w*)?")
COMMA = hash_string(",")
TRAILING_WORDS = frozenset({"'s", "\u2019s", "'", "\u2019", ".", ",", "-", "\u2014"})
LEADING_HASHES = frozenset(hash_string(word) for word in LEADING_WORDS)  # to compare with token_table's orth
TRAILING_HASHES = frozenset(hash_string(word) for word in TRAILING_WORDS)


# Most names come back article after article ("U.S.", "Russia", "Gaza"): their candidates are
# kept for the gazetteer last read, up to this many names (then the table starts again).
MAX_KEPT_LOOKUPS = 100_000
_kept_lookups: list[tuple[Gazetteer, dict[str, tuple[Candidate, ...] | list[Candidate]]]] = []


def lookup(gaz: Gazetteer, name: str) -> tuple[Candidate, ...] | list[Candidate]:
    """`gaz.lookup(name)`, kept for the next time the name is read (in this article or a later
    one). A gazetteer does not change once loaded, and no reader modifies the candidates."""
    if not _kept_lookups or _kept_lookups[0][0] is not gaz:
        _kept_lookups[:] = [(gaz, {})]
    table = _kept_lookups[0][1]
    found = table.get(name)
    if found is None:
        if len(table) >= MAX_KEPT_LOOKUPS:
            table.clear()
        found = table[name] = gaz.lookup(name)
    return found


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
class PlaceMention:
    """A toponym in the text and the gazetteer entries it may name."""

    text: str
    start: int  # character offsets into doc.text, half-open
    end: int
    label: str  # the spaCy entity label it came from, "GAZ" for a proper-noun run, "DATELINE", "DEMONYM"
    candidates: tuple[Candidate, ...] | list[Candidate]
    demonym: bool = False  # "Russian troops": the place's people or things, not the place itself


def find_mentions(doc: Doc, gaz: Gazetteer, dateline: Dateline, text: str | None = None) -> list[PlaceMention]:
    """Every toponym of the doc that the gazetteer can resolve, in text order, without overlaps.
    `text` is `doc.text`, when the caller has it (Doc.text joins every token on each access)."""
    text = doc.text if text is None else text
    cues = context_words()
    mentions: list[PlaceMention] = []
    for ent in entities(doc):
        if ent.label_ in PLACE_LABELS:
            mentions.extend(entity_mentions(trimmed(ent), ent.label_, gaz, text))
        elif ent.label_ in STATE_ONLY_LABELS:
            span = trimmed(ent)
            found = [m for m in entity_mentions(span, ent.label_, gaz, text, split=False)
                     if is_state_level(m.candidates) or named_by_place_noun(ent)
                     or (in_context(span, cues, entity=ent.label_) and is_town_name(m, cues, gaz))]
            mentions.extend(found)
            if not found and ent.label_ == "ORG":
                mentions.extend(leading_place(span, gaz, text))
    mentions.extend(proper_noun_mentions(doc, gaz, text, cues))
    mentions.extend(dateline_mentions(gaz, text, dateline))
    mentions.extend(contained_mentions(doc, gaz, text))
    # a name before a disease noun is no place; in an article with no disease noun none is
    diseases = not disease_hashes().isdisjoint(token_table(doc).lower)
    mentions = [m for m in mentions if not is_common_word(m, cues)
                and not (diseases and before_disease(doc_span(doc, m)))]
    kept = without_overlaps(sorted(mentions, key=lambda m: (m.start, -m.end)))
    kept = without_overlaps(sorted(kept + list(repeated_mentions(doc, kept, text)), key=lambda m: (m.start, -m.end)))
    kept = joined_across_hyphens(doc, gaz, text, with_listed_towns(doc, gaz, text, kept, cues))
    kept = without_persons_and_brands(doc, without_disease_names(doc, text, kept, cues), cues)
    demonyms = list(demonym_mentions(doc, gaz, kept, text))
    return without_overlaps(sorted(kept + demonyms, key=lambda m: (m.start, -m.end)))


def doc_span(doc: Doc, mention: PlaceMention) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def is_common_word(mention: PlaceMention, cues: ContextWords) -> bool:
    """"Centre" ("the Centre", India's government), "City" (a football club): a word of `not_towns`
    that names only a town or a generated division, whatever label the recognizer gave it."""
    return mention.text in cues.not_towns and all(
        c.entry.generated or c.entry.kind in ("city", "admin2") for c in mention.candidates)


@dataclass(frozen=True, slots=True)
class ContextWords:
    before: frozenset[str]
    entity_before: frozenset[str]
    org_before: frozenset[str]
    nouns_after: frozenset[str]
    not_towns: frozenset[str]


@cache
def context_words() -> ContextWords:
    data = load_toml("geo/recognize.toml")
    entity_before = frozenset(data["entity_cue_words_before"])
    return ContextWords(frozenset(data["cue_words_before"]), entity_before,
                        entity_before | frozenset(data["org_cue_words_before"]),
                        frozenset(data["cue_nouns_after"]), frozenset(data["not_towns"]))


def in_context(span: Span, cues: ContextWords, *, entity: str = "") -> bool:
    """A cue word just before the name ("in Innisfail") or a cue noun just after it ("Gainesville
    police"). For an entity the recognizer labelled otherwise, fewer cue words count: "to" and
    "from" for an ORG ("drove to Huntsville"), none of them for a PERSON ("a letter from Nelson")."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lemma_.lower() if span.end < len(doc) else ""
    allowed = cues.org_before if entity == "ORG" else cues.entity_before if entity else cues.before
    return before in allowed or after in cues.nouns_after


def is_town_name(mention: PlaceMention, cues: ContextWords, gaz: Gazetteer) -> bool:
    """The name may be taken for a town in context: a place of a context kind, not a common word
    nor a demonym ("Canadian" is a town in Texas, but "Canadian" in news is of Canada)."""
    return mention.text not in cues.not_towns and mention.text not in gaz.demonyms \
        and mention.text[:1].isupper() and not mention.text.isupper() \
        and any(c.entry.kind in CONTEXT_KINDS and not c.alternate for c in mention.candidates)


def leading_place(span: Span, gaz: Gazetteer, text: str) -> Iterator[PlaceMention]:
    """The country, state or city at the head of an organisation's name: "US Special Forces",
    "Karnataka Assembly", "Lagos Chamber of Commerce" (the rest of the name is the body)."""
    company = any(token.text in company_words() for token in span)
    for size in range(min(3, len(span) - 1), 0, -1):
        head = span[:size]
        if head[-1].pos_ != "PROPN" or not head.text[:1].isupper():
            continue
        candidates = lookup(gaz, text[head.start_char:head.end_char])
        if candidates and (is_state_level(candidates) or (body_of_organisation(span[size:])
                                                          and is_leading_city(candidates, company))):
            yield PlaceMention(head.text, head.start_char, head.end_char, "ORG", candidates)
            return


def is_leading_city(candidates: tuple[Candidate, ...] | list[Candidate], company: bool) -> bool:
    """A big city at the head of a body's name, not of a company's ("Orange Drugs Ltd" is a brand)
    unless the name is also a country's ("Singapore Commodity Exchange Ltd")."""
    if company and not any(c.entry.kind == "country" for c in candidates):
        return False
    return any(c.entry.kind == "city" and not c.alternate and c.entry.population >= MIN_LEADING_CITY
               for c in candidates)


def trimmed(span: Span) -> Span:
    """The span without a leading "the" and a final possessive or punctuation."""
    start, end = span.start, span.end
    orth = token_table(span.doc).orth  # the words' hashes: a Token and its text made per look was most of the cost
    while start < end and orth[start] in LEADING_HASHES:
        start += 1
    while end > start and orth[end - 1] in TRAILING_HASHES:
        end -= 1
    return span.doc[start:end]


def body_of_organisation(rest: Span) -> bool:
    """After a city, the words of a body ("Chamber of Commerce", "academy"), not one more name:
    "Paris Hilton" is a person (or a hotel), whatever label the recognizer gave it."""
    return len(rest) >= 2 or rest[0].pos_ != "PROPN"


def entity_mentions(span: Span, label: str, gaz: Gazetteer, text: str, *, split: bool = True) -> Iterator[PlaceMention]:
    """The mentions in one entity: itself when the gazetteer knows it, else its parts."""
    name = text[span.start_char:span.end_char]
    if not name[:1].isupper():  # "cheddar", "the" and empty spans name no place
        return
    candidates = lookup(gaz, name)
    if candidates and not (split and "," in name):
        yield PlaceMention(name, span.start_char, span.end_char, label, candidates)
        return
    if not split:
        return
    for start, end in parts(name, span.start_char):
        found = lookup(gaz, text[start:end])
        if found:
            yield PlaceMention(text[start:end], start, end, label, found)


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


def is_state_level(candidates: tuple[Candidate, ...] | list[Candidate]) -> bool:
    """The name means a country, a first-order division, a region or a seat of government, and no
    town of the size news names (a village "Morocco" of 1,000 people does not count)."""
    return any(c.entry.kind in STATE_KINDS and not c.alternate and not c.entry.generated for c in candidates) \
        and all(c.entry.kind in STATE_KINDS or c.alternate or c.entry.population < MIN_BLOCKING_TOWN
                for c in candidates)


@cache
def place_nouns_before_of() -> frozenset[str]:
    return frozenset(load_toml("geo/recognize.toml")["place_nouns_before_of"])


def named_by_place_noun(span: Span) -> bool:
    """The name follows "the town of", "the city of" ...: "the town of Goma"."""
    if span.start < 2:
        return False
    of, noun = span.doc[span.start - 1], span.doc[span.start - 2]
    return of.lower_ == "of" and noun.lemma_.lower() in place_nouns_before_of()


def dateline_mentions(gaz: Gazetteer, text: str, dateline: Dateline) -> Iterator[PlaceMention]:
    """The city of a wire-story dateline, which the entity recognizer often misses in capitals."""
    if dateline.city is None:
        return
    start, end = dateline.city
    if end - start >= 4:
        candidates = lookup(gaz, text[start:end])
        if candidates:
            yield PlaceMention(text[start:end], start, end, "DATELINE", candidates)


def proper_noun_mentions(doc: Doc, gaz: Gazetteer, text: str, cues: ContextWords) -> Iterator[PlaceMention]:
    """Runs of capitalised proper nouns outside any entity that name a safe kind of place, or a
    town or county where a cue word or noun says it is a place. The tokens are read from the
    Doc's shared columns (docfacts.token_table), not as Token objects."""
    table = token_table(doc)
    starts = table.idx
    names = [i for i, (pos, ent_type) in enumerate(zip(table.pos, table.ent_type, strict=True))
             if pos == PROPN and not ent_type and text[starts[i]:starts[i] + 1].isupper()]
    for first, last in consecutive_runs(names):
        if last - first < MAX_NAME_TOKENS:
            mention = run_mention(doc[first:last + 1], gaz, text, cues)
            if mention is not None:
                yield mention


def consecutive_runs(indices: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in an ascending list."""
    if not indices:
        return
    first = previous = indices[0]
    for i in indices[1:]:
        if i != previous + 1:
            yield first, previous
            first = i
        previous = i
    yield first, previous


def run_mention(span: Span, gaz: Gazetteer, text: str, cues: ContextWords) -> PlaceMention | None:
    """The place a proper-noun run names: a safe kind, or a town in context. A run that goes on into
    an entity is the first word of a longer name: that name if it is a town ("in Mission Viejo",
    "Viejo" a PERSON), else no town ("of Enterprise Scrum")."""
    if runs_into_name(span) and in_context(span, cues):
        longer = span.doc[span.start:entity_end(span.doc, span.end)]
        name = text[longer.start_char:longer.end_char]
        found = PlaceMention(name, longer.start_char, longer.end_char, "GAZ", lookup(gaz, name))
        if found.candidates and is_town_name(found, cues, gaz):
            return found
    name = text[span.start_char:span.end_char]
    mention = PlaceMention(name, span.start_char, span.end_char, "GAZ", lookup(gaz, name))
    if mention.candidates and (any(c.entry.kind in SAFE_KINDS and not c.alternate and not c.entry.generated
                                   for c in mention.candidates)
                               or (in_context(span, cues) and is_town_name(mention, cues, gaz)
                                   and not runs_into_name(span))):
        return mention
    return None


def entity_end(doc: Doc, start: int) -> int:
    """The token after the entity that token `start` begins or continues."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def runs_into_name(span: Span) -> bool:
    """The run goes on into a capitalised proper noun of an entity: "Enterprise Scrum" ("Scrum" a
    PERSON), "Lombard Odier". The town name is the first word of a longer name."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper() \
        and bool(doc[span.end].ent_type_)


def contained_mentions(doc: Doc, gaz: Gazetteer, text: str) -> Iterator[PlaceMention]:
    """"Red Deer, Alta.", "Buffalo, NY", "Cairns, Qld": a name, a comma and a place that contains
    it; both are mentions, the container's candidates only those that contain the name's."""
    for i, orth in enumerate(token_table(doc).orth):
        if orth != COMMA or i == 0 or i + 1 >= len(doc):
            continue
        comma = doc[i]
        inner = name_before(doc, comma.i)
        if inner is None:
            continue
        inner_name = text[inner.start_char:inner.end_char]
        found = lookup(gaz, inner_name)
        inner_candidates = [c for c in found if c.entry.kind in ("city", "admin2")]
        if not inner_candidates or inner_name.isupper() and len(inner_name) <= 3 or is_state_name(found):
            continue  # "Virginia, Washington, West Virginia" lists states: the entity path has them
        for outer in names_after(doc, comma.i):
            outer_name = text[outer.start_char:outer.end_char]
            outer_entries = container_entries(gaz, outer_name)
            pairs = [(c, o) for c in inner_candidates for o in outer_entries if contains(o, c.entry)]
            if pairs:
                outer_candidates = list(dict.fromkeys(Candidate(o) for _, o in pairs))
                yield PlaceMention(inner_name, inner.start_char, inner.end_char, "GAZ",
                                   list(dict.fromkeys(c for c, _ in pairs)))
                yield PlaceMention(outer_name, outer.start_char, outer.end_char, "GAZ", outer_candidates)
                break


def is_state_name(candidates: tuple[Candidate, ...] | list[Candidate]) -> bool:
    return any(c.entry.kind in ("country", "admin1") and not c.entry.generated and not c.alternate
               for c in candidates)


def name_before(doc: Doc, end: int) -> Span | None:
    """The capitalised proper-noun run that ends just before token `end`."""
    start = end
    while start > 0 and end - start < MAX_NAME_TOKENS and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start:end] if start < end else None


def names_after(doc: Doc, comma: int) -> Iterator[Span]:
    """Capitalised spans after a comma, longest first ("W.Va" "." as one: the period is the abbreviation's)."""
    end = comma + 1
    while end < len(doc) and end - comma <= 3 and (doc[end].text[:1].isupper() or doc[end].text == ".") \
            and doc[end].text != ",":
        end += 1
    while end > comma + 1 and doc[end - 1].text == ".":
        end -= 1  # "Ky" "." -> "Ky": abbreviations are looked up without their periods
    for stop in range(end, comma + 1, -1):
        span = doc[comma + 1:stop]
        if span[0].text[:1].isupper():
            yield span


def container_entries(gaz: Gazetteer, name: str) -> list[Entry]:
    """The divisions and countries a name after a comma may be: the gazetteer's, or a state abbreviation's."""
    found = [c.entry for c in lookup(gaz, name) if c.entry.kind in CONTAINER_KINDS and not c.alternate]
    return found + list(gaz.container_abbreviations.get(name.replace(".", ""), ()))


LIST_SEPARATORS = (", and ", ", or ", ", ", " and ", " or ")
MAX_LIST_ROUNDS = 3


def with_listed_towns(doc: Doc, gaz: Gazetteer, text: str, mentions: list[PlaceMention],
                      cues: ContextWords) -> list[PlaceMention]:
    """Names listed next to a place are places of its kind: "Migori, Homa Bay, Rongo and Nyando"
    once "Migori" is known (the recognizer calls the others persons). Each round adds the next
    name on either side of a known place; a longer list takes a few rounds."""
    kept = list(mentions)
    for _ in range(MAX_LIST_ROUNDS):
        taken = {t.i for m in kept if (span := doc_span(doc, m)) is not None for t in span}
        found = []
        for mention in kept:
            if mention.demonym or mention.label == "DATELINE":
                continue
            for span in listed_names(doc, text, mention):
                if any(t.i in taken for t in span):
                    continue
                name = text[span.start_char:span.end_char]
                listed = PlaceMention(name, span.start_char, span.end_char, "LIST", lookup(gaz, name))
                if listed.candidates and is_town_name(listed, cues, gaz) and not before_disease(span):
                    found.append(listed)
                    taken.update(t.i for t in span)
        if not found:
            break
        kept = without_overlaps(sorted(kept + found, key=lambda m: (m.start, -m.end)))
    return kept


def listed_names(doc: Doc, text: str, mention: PlaceMention) -> Iterator[Span]:
    """The capitalised names just before and after a mention across a list separator."""
    after = next((sep for sep in LIST_SEPARATORS if text.startswith(sep, mention.end)), None)
    if after is not None:
        span = doc.char_span(mention.end + len(after), mention.end + len(after) + 1, alignment_mode="expand")
        if span is not None:
            end = span.start
            while end < len(doc) and end - span.start < MAX_NAME_TOKENS and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper():
                end += 1
            if end > span.start:
                yield doc[span.start:end]
    before = next((sep for sep in LIST_SEPARATORS if text.endswith(sep, 0, mention.start)), None)
    if before is not None and mention.start - len(before) > 0:
        span = doc.char_span(mention.start - len(before) - 1, mention.start - len(before), alignment_mode="expand")
        if span is not None:
            named = name_before(doc, span.end)
            if named is not None:
                yield named


WORD = re.compile(r"\w+")
WORD_CHAR = re.compile(r"\w")
# How many words WordStarts looks for by substring search before it indexes the whole text.
SEARCHED_WORDS = 32


class WordStarts:
    """Where words of a text start, so that looking for a name reads only the places where its
    first word stands instead of the whole text again for each name. A word's places are found
    when a name first asks for them (a few names per article, so most words are never asked
    for), by a substring search that keeps the places where the word stands whole: the starts of
    the runs of word characters (`WORD`) equal to it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        self.index: dict[str, list[int]] | None = None

    def of(self, word: str) -> list[int]:
        """The starts of `word` (word characters only) standing whole, left to right."""
        found = self.starts.get(word)
        if found is None and self.index is None and len(self.starts) >= SEARCHED_WORDS:
            # A long article asks for many words, each search reading the whole text again
            # (quadratic): past SEARCHED_WORDS, one pass indexes every word's starts instead.
            # A word standing whole is a whole run of word characters, so both find the same.
            self.index = {}
            for match in WORD.finditer(self.text):
                self.index.setdefault(match.group(), []).append(match.start())
        if found is None and self.index is not None:
            found = self.starts[word] = self.index.get(word, [])
        if found is None:
            found = self.starts[word] = []
            text, at = self.text, self.text.find(word)
            while at >= 0:
                end = at + len(word)
                if not (at and WORD_CHAR.match(text, at - 1)) and not WORD_CHAR.match(text, end):
                    found.append(at)
                at = text.find(word, at + 1)
        return found

    def occurrences(self, name: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each occurrence of `name` as a whole word (not inside a longer word or a
        hyphenated one), left to right and not overlapping: `re.finditer`'s matches of it. At the
        places of its first word the name is compared as a string (`stands_whole`): compiling
        a pattern for each name was the larger part of the search in an article of common length."""
        first_word = WORD.match(name)
        if first_word is None:  # a name starting with a sign: read the whole text
            yield from (match.span() for match in whole_name_pattern(name).finditer(self.text))
            return
        text, searched_to = self.text, 0
        for start in self.of(first_word.group()):
            end = start + len(name)
            if start >= searched_to and text.startswith(name, start) and stands_whole(text, start, end):
                searched_to = end
                yield start, end


def stands_whole(text: str, start: int, end: int) -> bool:
    """No word character nor hyphen just before `start` or at `end`: `whole_name_pattern`'s
    lookbehind and lookahead."""
    return not (start > 0 and (text[start - 1] == "-" or WORD_CHAR.match(text, start - 1))) \
        and not (end < len(text) and (text[end] == "-" or WORD_CHAR.match(text, end)))


@lru_cache(maxsize=4096)
def whole_name_pattern(name: str) -> re.Pattern[str]:
    """A name standing whole (compiled once per name: the re module's own cache is small and
    shared with every other pattern of the process)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def repeated_mentions(doc: Doc, mentions: list[PlaceMention], text: str) -> Iterator[PlaceMention]:
    """Other mentions of a town already found ("Innisfail" once after "in", then alone), where
    the entity recognizer did not make them a person or part of a longer name."""
    taken = bytearray(len(text) + 1)  # 1 where a mention already covers the character
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    names = {m.text: m for m in mentions if not m.text.isupper()}
    if not names:
        return
    word_starts = WordStarts(text)
    for name, first in names.items():
        for start, end in word_starts.occurrences(name):
            if any(taken[start:end]):
                continue
            span = doc.char_span(start, end)
            if span is None or any(t.ent_type_ and t.ent_type_ not in PLACE_LABELS for t in span) \
                    or (span.start > 0 and doc[span.start - 1].ent_iob_ == "I" and doc[span.start].ent_iob_ == "I"):
                continue
            taken[start:end] = b"\x01" * (end - start)
            yield PlaceMention(name, start, end, first.label, first.candidates)


def demonym_mentions(doc: Doc, gaz: Gazetteer, mentions: list[PlaceMention], text: str) -> Iterator[PlaceMention]:
    """Demonyms outside the place mentions that modify a noun: "Russian troops", "European
    airlines". A demonym standing alone is a people or a language ("the Russians", "learning
    English"), not a place's mention. `text` is `doc.text`: the one to three tokens from each
    capitalised token are looked up as slices of it, and a Span is made only for a demonym."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    table = token_table(doc)
    starts = table.idx
    ends = [start + length for start, length in zip(starts, table.length, strict=True)]
    i, n = 0, len(starts)
    while i < n:
        start = starts[i]
        if text[start:start + 1].isupper() and start not in taken:
            for size in (3, 2, 1):
                entry = gaz.demonyms.get(text[start:ends[i + size - 1]]) if i + size <= n else None
                if entry is None:
                    continue
                span = doc[i:i + size]
                if modifies_noun(span) and not before_disease(span):
                    yield PlaceMention(span.text, span.start_char, span.end_char, "DEMONYM", (Candidate(entry),),
                                       demonym=True)
                    i += size - 1
                    break
        i += 1


def modifies_noun(span: Span) -> bool:
    """The span modifies a noun after it ("Russian troops", "the Syrian Observatory"), or starts a
    hyphenated modifier ("Turkish-backed rebels")."""
    root = span.root
    if span.end + 1 < len(span.doc) and span.doc[span.end].text == "-" and not span.doc[span.end].whitespace_:
        return True
    return root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN") and root.dep_ in MODIFIER_DEPS


@cache
def disease_nouns() -> frozenset[str]:
    return frozenset(load_toml("geo/recognize.toml")["disease_nouns"])


@cache
def disease_hashes() -> frozenset[int]:
    """The string-store hashes of the disease nouns, to compare with a Doc's lower-case column."""
    return frozenset(hash_string(noun) for noun in disease_nouns())


@cache
def disease_noun_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(disease_nouns()))) + r")\b", re.IGNORECASE)


def before_disease(span: Span | None) -> bool:
    """"Marburg virus", "Reston ebolavirus", "Spanish flu": the name of a disease, not a place."""
    return span is not None and span.end < len(span.doc) and span.doc[span.end].lower_ in disease_nouns()


def without_overlaps(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions sorted by start (longest first on ties), keeping the first of overlapping ones."""
    kept: list[PlaceMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


@cache
def company_words() -> frozenset[str]:
    return frozenset(load_toml("geo/recognize.toml")["company_words"])


def joined_across_hyphens(doc: Doc, gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A mention and the capitalised word after its hyphen are one place when the gazetteer knows
    the whole: "Guinea-Bissau" (the recognizer often tags "Guinea" alone), "Al-Minya"."""
    kept: list[PlaceMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue  # the second piece of a name just joined
        after = HYPHENATED_RE.match(text, mention.end)
        if after is not None and not mention.demonym:
            name = text[mention.start:after.end()]
            candidates = lookup(gaz, name)
            if candidates:
                mention = PlaceMention(name, mention.start, after.end(), mention.label, candidates)
        kept.append(mention)
    return kept


def without_disease_names(doc: Doc, text: str, mentions: list[PlaceMention], cues: ContextWords) -> list[PlaceMention]:
    """A name the article uses for a disease ("Marburg virus", "Reston ebolavirus") names it wherever
    no cue word makes it a place: "Because Marburg kills more slowly" (but "in Marburg" is the town)."""
    # Most articles name no disease. With no token that is a disease noun no name is a disease's,
    # and with no match of the pattern the names are left as they are: either test ends here.
    if disease_hashes().isdisjoint(token_table(doc).lower) or not disease_noun_re().search(text):
        return mentions
    diseases = {m.text for m in mentions if not m.demonym and before_disease(doc_span(doc, m))}
    diseases |= {m.text for m in mentions} & names_before_disease(doc, text)
    if not diseases:
        return mentions
    return [m for m in mentions if m.text not in diseases or m.label == "DATELINE"
            or ((span := doc_span(doc, m)) is not None and span.start > 0
                and doc[span.start - 1].lower_ in cues.before and not before_disease(span))]


# The most tokens of a name read before a disease noun ("Democratic Republic of the Congo").
DISEASE_NAME_TOKENS = 8


def names_before_disease(doc: Doc, text: str) -> set[str]:
    """The texts of the one to DISEASE_NAME_TOKENS tokens that stand right before a disease noun
    anywhere in the doc (names the filters may have dropped as mentions), each starting a word.
    One pass over the tokens: looking each mention's name up in the whole text was quadratic."""
    names: set[str] = set()
    # The token columns, not Token objects: spaCy builds one on every access, and this reads
    # every token of the doc.
    table = token_table(doc)
    hashes = disease_hashes()
    starts, lengths = table.idx, table.length
    for i, lower in enumerate(table.lower):
        if lower not in hashes or i == 0:
            continue
        end = starts[i - 1] + lengths[i - 1]
        if text[starts[i - 1]:end].isspace():
            continue
        for j in range(max(0, i - DISEASE_NAME_TOKENS), i):
            start = starts[j]
            before = text[start - 1:start] if start > 0 else ""
            if not (before.isalnum() or before in ("_", "-")):
                names.add(text[start:end])
    return names


@cache
def only_after_the() -> frozenset[str]:
    return frozenset(load_toml("geo/recognize.toml")["only_after_the"])


def without_persons_and_brands(doc: Doc, mentions: list[PlaceMention], cues: ContextWords) -> list[PlaceMention]:
    """Names the article gives a person or a brand: a surname of a named person ("NewsChannel 7
    reporter Bill Holland", then "Holland recalled") unless a cue word makes it a place ("comes from
    Holland"); a place named with "the" written without it ("Amazon's business model")."""
    surnames = {ent[-1].text for ent in entities(doc) if is_named_person(ent, cues)}
    kept = []
    for mention in mentions:
        span = doc_span(doc, mention)
        before = doc[span.start - 1].lower_ if span is not None and span.start > 0 else ""
        if mention.text in only_after_the() and before != "the":
            continue
        if mention.text in surnames and before not in cues.before and mention.label != "DATELINE":
            continue
        kept.append(mention)
    return kept


def is_named_person(ent: Span, cues: ContextWords) -> bool:
    """A PERSON entity of a given name and a surname ("Bill Holland"), not a place the recognizer
    took for one ("Village Malakal", "Henry Lazenby US" with the country after the name)."""
    surname = ent[-1].text
    return ent.label_ == "PERSON" and len(ent) >= 2 and surname.istitle() \
        and ent[0].lemma_.lower() not in cues.nouns_after and ent[0].lemma_.lower() not in place_nouns_before_of()
