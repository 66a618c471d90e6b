"""Recognition: the stretches of an article's text that are temporal expressions.

Every grammar rule is run over the text; overlapping matches are resolved longest first
(on equal lengths, the earlier rule in grammar.toml wins). Rules with a `check` are confirmed
against the parse, so that "2,000" or "1990 people" are not years.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from ..docfacts import token_table
from .clause import direction
from .grammar import Rule, keyword_classes, lexicon, lookup, rules

# Entity labels under which a four-digit number is not a year.
NOT_A_YEAR = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "PRODUCT", "ORG", "FAC", "LAW"})
# Words that precede plural units that are not durations: "the days of", "these months".
SPACE = re.compile(r"\s")
NOT_DURATION_BEFORE = frozenset({"the", "these", "those", "their", "his", "her", "its", "our", "my", "your"})
# Heads of a rate's unit ("$2 million a year", "700 seats a week"): a quantity, not a verb.
RATE_HEADS = frozenset({"NUM", "NOUN", "PROPN", "SYM"})
NOT_SOON_BEFORE = frozenset({"as", "how", "too", "so"})
NOT_SOON_AFTER = frozenset({"as", "after", "afterward", "afterwards", "thereafter"})
FRACTION_NUMERATORS = frozenset({"a", "one", "three"})  # "a quarter of", "three-quarters of"
# what follows a share: "a quarter of the market", "one quarter percentage point", "one-quarter to one-third"
FRACTION_OF = re.compile(r"\s+(?:of\b|percentage\s+points?\b|(?:basis\s+)?points?\b"
                         r"|to\s+(?:one|two)[\s-]*(?:third|half|fifth))")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    order: int  # the rule's position in the grammar
    groups: dict[str, str | None]
    body_start: int  # where the expression starts after its modifier ("early", "later"), if any


# How far around a keyword a match of its rule may reach ("the beginning of the third quarter").
WINDOW_BEFORE, WINDOW_AFTER = 40, 40


def keyword_positions(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """Where each keyword class occurs in the text: class -> [(start, end)] of its tokens.
    Classes are worked out once per distinct word in the process (by the hash of its lower
    case, the same in every Doc of one vocabulary), not once per token or per article."""
    positions: dict[str, list[tuple[int, int]]] = {}
    if len(doc) == 0:
        return positions
    known = classes_by_hash(doc.vocab.strings)
    table = token_table(doc)
    for lower, start, length in zip(table.lower, table.idx, table.length, strict=True):
        classes = known.get(lower)
        if classes is None:
            classes = known[lower] = keyword_classes(doc.vocab.strings[lower])
        for cls in classes:
            positions.setdefault(cls, []).append((start, start + length))
    return positions


@cache
def classes_by_hash(strings: StringStore) -> dict[int, frozenset[str]]:
    """The keyword classes of each word seen so far, by the hash of its lower case in `strings`
    (one table per vocabulary: a hash means the same word in every Doc of one)."""
    return {}


def windows(spots: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around keyword spots, ending at whitespace (so that a match is
    never cut mid-word by the end of its window)."""
    merged: list[list[int]] = []
    for start, end in sorted(spots):
        lo, hi = max(0, start - WINDOW_BEFORE), min(len(text), end + WINDOW_AFTER)
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    out = []
    for lo, hi in merged:
        space = SPACE.search(text, hi)
        out.append((lo, space.start() if space else len(text)))
    return out


def candidates(doc: Doc, text: str) -> list[Candidate]:
    """All rule matches in `text` (doc.text), overlapping ones included. A rule only runs near
    the keywords it `needs` (grammar.toml): most of a text holds no time expression at all."""
    positions = keyword_positions(doc)
    found = []
    near: dict[frozenset[str], list[tuple[int, int]]] = {}  # the windows of each set of keywords, once
    for order, rule in enumerate(rules()):
        if (stretches := near.get(rule.needs)) is None:  # every rule needs keywords
            spots = [spot for cls in rule.needs for spot in positions.get(cls, ())]
            stretches = near[rule.needs] = windows(spots, text)
        for lo, hi in stretches:
            for m in rule.regex.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.append(Candidate(m.start(), m.end(), rule, order, m.groupdict(), body_start(m)))
    return found


def body_start(m: re.Match[str]) -> int:
    if m.group("mod") is None:
        return m.start()
    after = m.end("mod")
    while after < m.end() and (m.string[after].isspace() or m.string[after] == "-"):
        after += 1
    return after


def longest_first(found: list[Candidate], keep: Callable[[Candidate], bool] | None = None) -> list[Candidate]:
    """Non-overlapping candidates, longest first ("in the past two months" is one duration, not
    "in the past" and "two months"); on equal lengths the earlier rule, then the earlier text.
    Only candidates that `keep` accepts are taken; it is asked only of those no taken one
    overlaps (it judges a candidate alone, so the choice is that of filtering first)."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # the taken stretches, which never overlap, sorted by start
    ends: list[int] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        i = bisect_left(starts, cand.start)
        # only the neighbours can overlap: the stretch starting before and the one starting after
        if (i > 0 and ends[i - 1] > cand.start) or (i < len(starts) and starts[i] < cand.end):
            continue
        if keep is not None and not keep(cand):
            continue
        chosen.append(cand)
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
    return sorted(chosen, key=lambda c: c.start)


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def passes_check(doc: Doc, cand: Candidate, text: str) -> bool:
    """Confirm matches whose rule asks for it against the parse."""
    if is_name_not_date(doc, cand, text):
        return False
    if cand.rule.check is None:
        return True
    span = span_of(doc, cand.start, cand.end)
    if span is None:
        return False
    return passes_rule_check(doc, cand, text, span)


def is_name_not_date(doc: Doc, cand: Candidate, text: str) -> bool:
    """A month or holiday word that the parse reads as something else: the modal "May", a name
    the month opens, a holiday that modifies a noun."""
    if cand.rule.norm == "month" and (cand.groups.get("month") or "").lower() == "may" and is_modal_may(doc, cand):
        return True
    if cand.rule.norm == "month" and not cand.groups.get("rel") and opens_a_name(doc, cand, text):
        return True
    return cand.rule.norm == "holiday" and is_holiday_modifier(doc, cand)


def passes_rule_check(doc: Doc, cand: Candidate, text: str, span: Span) -> bool:
    """The check the rule names (`check` in grammar.toml), against the match's span."""
    if cand.rule.check == "year":
        return is_year(span, text)
    if cand.rule.check == "vague_duration":
        before = doc[span.start - 1] if span.start > 0 else None
        return before is None or before.lower_ not in NOT_DURATION_BEFORE
    if cand.rule.check == "reference":
        return not is_discourse_now(span) and not is_soon_not_future(span) and not is_adjective_reference(span)
    if cand.rule.check == "determiner":  # not the "that" of a clause: "said that May was ..."
        return span[0].dep_ != "mark" and span[-1].dep_ not in ("nsubj", "nsubjpass")
    if cand.rule.check == "frequency":
        return not is_publication(span)
    if cand.rule.check == "duration":
        return not is_rate(span, cand) and not is_fraction(text, cand)
    return True


def is_modal_may(doc: Doc, cand: Candidate) -> bool:
    """'Trump May be Aligning on Israel', 'May the odds be ever in our favor': the verb, not the month."""
    span = span_of(doc, cand.end - 3, cand.end)
    if span is None:
        return False
    may = span[-1]
    after = doc[may.i + 1] if may.i + 1 < len(doc) else None
    return may.tag_ == "MD" or (after is not None and after.tag_ == "VB")


# "the March for Life", "a March on Washington", "the March of the Combatant Mothers"
NAME_AFTER_MONTH = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+|our\s+)?([A-Z][\w.]*)")


def opens_a_name(doc: Doc, cand: Candidate, text: str) -> bool:
    """A month after an article ("the annual March", "a March") and before a preposition and a
    capitalized word that is no time opens a name ("scheduled for June on Capitol Hill" is June)."""
    after = NAME_AFTER_MONTH.match(text, cand.end)
    if after is None or after.group(1).lower().rstrip(".") in proper_time_words():
        return False
    span = span_of(doc, cand.start, cand.end)
    if span is None:
        return False
    before = span.start - 1
    while before >= 0 and doc[before].pos_ == "ADJ":
        before -= 1
    return before >= 0 and doc[before].pos_ == "DET"


def is_holiday_modifier(doc: Doc, cand: Candidate) -> bool:
    """'Christmas trees', 'Halloween masks', 'the Christmas party slaughter': a one-word holiday
    naming a kind of thing, not a day (TimeML leaves it), unless it holds a year or "last"/"next".
    A named day keeps its date before a noun: "Super Tuesday states", "Election Day turnout"."""
    if cand.groups.get("year") or cand.groups.get("rel") or len((cand.groups.get("holiday") or "").split()) > 1:
        return False
    span = span_of(doc, cand.start, cand.end)
    if span is None or span.end >= len(doc):
        return False
    word, following = span[-1], doc[span.end]
    return word.dep_ in ("compound", "amod", "nmod") and word.head.i >= following.i \
        and following.pos_ in ("NOUN", "PROPN") and not lookup("holiday_time_noun", following.text)


def is_discourse_now(span: Span) -> bool:
    """'Now, he says, ...': a sentence-opening 'Now,' moves the story along; it is not the present
    time of an event, and TimeML news annotation leaves it untagged."""
    if span.text.lower() != "now" or span.end >= len(span.doc):
        return False
    return bool(span[0].is_sent_start) and span.doc[span.end].text == ","


# reference words that also qualify a noun: "the future king", "the past mayor", "the present government"
ADJECTIVE_REFERENCES = frozenset({"future", "past", "present"})


def is_adjective_reference(span: Span) -> bool:
    """'the future SAR', 'the past mayor': the word qualifies a noun; no time is named."""
    word = span[-1]
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ in ADJECTIVE_REFERENCES and after is not None and after.pos_ in ("NOUN", "PROPN") \
        and word.dep_ in ("amod", "compound", "nmod") and word.head.i > word.i


def is_soon_not_future(span: Span) -> bool:
    """'soon' is the near future in 'will soon begin'; not in 'as soon as', 'soon after', or a past
    clause ('soon became')."""
    if span.text.lower() != "soon":
        return False
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in NOT_SOON_BEFORE or after in NOT_SOON_AFTER or direction(span.root) == "past"


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
NEWSPAPER_NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART"})


def is_publication(span: Span) -> bool:
    """'The daily said', 'the Communist Party daily Granma', 'the weekly Der Spiegel': a newspaper,
    not a frequency ("meets daily", "the daily tally", "daily Mass" stay)."""
    word = span[-1]
    before = word.doc[word.i - 1] if word.i > 0 else None
    if word.pos_ in ("NOUN", "PROPN") and word.dep_ in NOMINAL_DEPS and before is not None \
            and before.pos_ in ("DET", "ADJ") and before.head.i == word.i:
        return True  # "the daily said", "a free daily" (not "visit the plant weekly")
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is None or after.ent_type_ not in NEWSPAPER_NAME_LABELS or after.ent_iob_ != "B":
        return False
    name_end = after.i
    while name_end + 1 < len(word.doc) and word.doc[name_end + 1].ent_iob_ == "I":
        name_end += 1
    following = word.doc[name_end + 1] if name_end + 1 < len(word.doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN")


def is_rate(span: Span, cand: Candidate) -> bool:
    """'$500 million a year', 'four flights a week', '24 hours a day': a rate, which TimeML news
    annotation leaves untagged, unlike 'for a year' or 'took a year' (a unit attached to a verb)."""
    if (cand.groups.get("num") or "").lower() not in ("a", "an"):
        return False
    unit = span.root
    return unit.dep_ == "npadvmod" and unit.head.pos_ in RATE_HEADS


def is_fraction(text: str, cand: Candidate) -> bool:
    """'three-quarters of its food', 'a quarter of the market', 'one quarter percentage point': a
    share, not three quarters of a year."""
    unit = (cand.groups.get("unit") or "").lower()
    numerator = (cand.groups.get("num") or "").lower()
    return (unit.startswith("quarter") and numerator in FRACTION_NUMERATORS
            and FRACTION_OF.match(text, cand.end) is not None)


def is_year(span: Span, text: str | None = None) -> bool:
    """`text` is doc.text when the caller has it (spaCy rebuilds it on every access)."""
    token = span[-1]
    doc = token.doc
    if is_model_number(token, text):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and token.dep_ == "nummod" and token.head.i == after.i:
        # "2000 troops" is a count; "the 1987 crash", "a 1996 law", "its 1990 invasion" are years
        return before is not None and before.tag_ in ("DT", "PRP$", "POS")
    if token.ent_type_ == "DATE":
        return True
    if token.ent_type_ in NOT_A_YEAR:
        return False
    return not (before is not None and before.text in ("$", "#", "No.", "no."))


# A letter code joined to a number by a hyphen after it: "2000-D", "1600-SX" (not "2000-strong",
# a lower-case word).
MODEL_SUFFIX = re.compile(r"-[A-Z0-9]{0,3}[A-Z](?![A-Za-z])")
# A word joined to a number by a hyphen before it: "Tu-2000", "MiG-1900" (or "mid-2005", a year).
HYPHEN_PREFIX = re.compile(r"([A-Za-z]+)-$")
MODEL_NAME_DEPS = frozenset({"nummod", "compound", "appos", "npadvmod", "nmod"})


def is_model_number(token: Token, text: str | None = None) -> bool:
    """"A French Mirage 2000-D warplane", "a Tu-2000 jet", "the Boeing 2000": a number joined by a
    hyphen to letters, or one that follows a proper noun it belongs to, names a model or a product,
    not a year. A time word before it keeps it a year ("mid-2005", "June 2000", "Christmas 2000")."""
    if text is None:
        text = token.doc.text
    end = token.idx + len(token.text)
    if MODEL_SUFFIX.match(text, end) and token.text[-1].isdigit():
        return True
    prefix = HYPHEN_PREFIX.search(text, max(0, token.idx - 20), token.idx)
    if prefix is not None and not lookup("year_hyphen_prefix", prefix.group(1)):
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.whitespace_ != ""
            and token.dep_ in MODEL_NAME_DEPS and token.head.i == before.i and not is_time_word(before.text))


def is_time_word(word: str) -> bool:
    """A month, weekday, season or holiday word ("June 2000", "Christmas 2000"), which a year may follow."""
    return any(lookup(table, word) is not None for table in ("month", "weekday", "season", "holiday"))


WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.]*")
# What may precede a capitalized word that opens a sentence, a quotation or a heading.
OPENING = re.compile(r"(?:^|[.!?:;\"'`()\[\]_\u2018\u2019\u201c\u201d\u2013\u2014-]|\n)\s*$")
OPENING_REACH = 4


@cache
def proper_time_words() -> frozenset[str]:
    """Words of time that are written capitalized anywhere: months and weekdays (holidays, whose
    words include "Day" and "Year", are left to their own rule)."""
    lex = lexicon()
    return frozenset(word for table in lex.get("case_sensitive", []) if table != "holiday" for word in lex[table])


# A line most of whose longer words are capitalized is a title-case heading: its times are times.
HEADING_REACH = 160
HEADING_SHARE = 0.85
LONGER_WORD = re.compile(r"[A-Za-z\u2018\u2019'][A-Za-z\u2019']{3,}")


def is_heading(text: str, cand: Candidate) -> bool:
    """Whether the expression stands in a title-case line (its own words aside)."""
    lo = text.rfind("\n", max(0, cand.start - HEADING_REACH), cand.start) + 1 or max(0, cand.start - HEADING_REACH)
    hi = text.find("\n", cand.end, cand.end + HEADING_REACH)
    hi = hi if hi >= 0 else cand.end + HEADING_REACH
    words = [w.lstrip("\u2018\u2019'") for part in ((lo, cand.start), (cand.end, hi))
             for w in LONGER_WORD.findall(text, *part)]
    return bool(words) and sum(w[:1].isupper() for w in words) >= HEADING_SHARE * len(words)


def is_in_a_title(text: str, cand: Candidate) -> bool:
    """'ABC-TV's "This Week"', 'the film "High Noon"', 'This is VOA Today': a capitalized common
    word of time inside a sentence is part of a name or title, not a time (TimeML leaves it).
    Holidays ("Christmas Day") and title-case headings ("Shootings in Chicago this Year") are times."""
    if cand.rule.norm == "holiday":
        return False
    for i, m in enumerate(WORD.finditer(text, cand.start, cand.end)):
        word = m.group()
        if not word[0].isupper() or word.isupper():
            continue
        if word.lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s") in proper_time_words():
            continue
        if i == 0 and OPENING.search(text, max(0, m.start() - OPENING_REACH), m.start()):
            continue  # "Today, ...", "``Last week ...": a sentence or quotation starts here
        return not is_heading(text, cand)
    return False


# Entity labels of names that may hold a word of time: "the Sunday Times", "Jermaine Easter".
NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON"})


def is_in_a_name(doc: Doc, cand: Candidate) -> bool:
    """'told the Sunday Times': the expression lies inside a longer name whose other capitalized
    words are no times."""
    span = span_of(doc, cand.start, cand.end)
    if span is None or span[0].ent_type_ not in NAME_LABELS:
        return False
    first = span.start  # the entity's first token, found by its IOB tags
    while doc[first].ent_iob_ == "I":
        first -= 1
    last = span.start
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    if last < span.end - 1:
        return False
    if last == span.end - 1 and is_weekday_after_a_name(doc, first, span):
        return False
    rest = [doc[i] for i in range(first, last + 1) if not span.start <= i < span.end]
    return any(token.is_title and token.lower_ not in proper_time_words() for token in rest)


@cache
def names_ending_in_a_weekday() -> frozenset[str]:
    return frozenset(lexicon()["names_ending_in_a_weekday"])


def is_weekday_after_a_name(doc: Doc, first: int, span: Span) -> bool:
    """'told Xinhua Wednesday' parsed as one name: a lone weekday ending a longer name is the
    time of the sentence, unless the name is one of the lexicon's names ending in a weekday."""
    weekday = span[-1]
    if len(span) != 1 or span.start == first or weekday.lower_.rstrip(".") not in lexicon()["weekday"]:
        return False
    if doc[span.start - 1].lower_ in lexicon()["weekday_name_prepositions"]:
        return False
    return doc[first:span.end].text.lower() not in names_ending_in_a_weekday()


UPPER_WORD = re.compile(r"[A-Z][A-Z'.&-]*[A-Z]")
LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'.&-]*")


def is_in_an_upper_name(text: str, cand: Candidate) -> bool:
    """'USA TODAY', 'THE WEEKLY STANDARD': an upper-case word of time next to another upper-case
    word that is no time, in a line that is not itself in capitals (a heading's times are times)."""
    if not UPPER_WORD.fullmatch(text[cand.start:cand.end].replace(" ", "")):
        return False
    before = LINE_WORD.findall(text, max(0, cand.start - 30), cand.start)
    after = LINE_WORD.match(text, cand.end + 1) if text[cand.end:cand.end + 1] == " " else None
    neighbours = ([before[-1]] if before and text[cand.start - 1:cand.start] == " " else []) + \
                 ([after.group()] if after else [])
    if not any(UPPER_WORD.fullmatch(w) and w.lower().rstrip(".") not in proper_time_words() for w in neighbours):
        return False
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    words = LINE_WORD.findall(text, line_start, line_end if line_end >= 0 else len(text))
    return sum(w.isupper() for w in words) < len(words) / 2


def recognize(doc: Doc, text: str, *, accept: Callable[[Candidate], bool] | None = None) -> list[Candidate]:
    """The temporal expressions of a parsed text (`text` is doc.text, passed because spaCy rebuilds
    it on every access), in text order, not overlapping. Candidates that fail their rule's check,
    or `accept` (the normalizer's verdict), give way to the next best."""
    def keep(c: Candidate) -> bool:
        return (accept is None or accept(c)) and passes_check(doc, c, text) and not is_in_a_title(text, c) \
            and not is_in_a_name(doc, c) and not is_in_an_upper_name(text, c)

    # the checks (and the normalizer) are asked only of candidates no longer one has covered
    return longest_first(candidates(doc, text), keep)
