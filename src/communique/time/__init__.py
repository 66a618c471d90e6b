"""The time stage: temporal expressions (TIMEX3) resolved to calendar values, and event dating.

    extract(doc, coded) -> list[TimeExpr]      the stage: every expression of the body, in text
                                               order, valued against `coded.article.published`
    event_date(trigger, coded) -> EventDate    the date governing an event trigger
    event_status(trigger) -> str               asserted, planned, negated, hypothetical, reported

Recognition is a grammar of regular expressions over the text (data/time/grammar.toml, with
its words in lexicon.toml); normalization reads each match relative to the publication date,
the tense of its clause and the last date in focus (normalize.py). The tense may be overridden
by a signal before the expression ("as early as", "effective", "since"; data/time/status.toml)
or by a verb that sets a deadline ("postponed until Tuesday"). A clock time standing alone on
its line (a live-blog heading) is of the publication day. "Today", "tomorrow" and "tonight"
inside a quotation whose speech verb is dated ("said Tuesday night") count from that day
(speech.py). In a sport report, "the first half" or "the fourth quarter" with no year is a
period of the match and is left out (communique/sport.py). The spans are also put on the Doc as
`doc.spans["communique_timex"]`, labelled with their TIMEX3 type.

The article's printed date line (`coded.article.dateline`, e.g. "April 08, 2025") is not in
the body, but it is a temporal expression of the article: when there is one and a publication
date, it comes first, with `source="dateline"` and `start == end == 0` (it points nowhere in
the body, so `communique show` does not highlight it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc, Span

from ..docfacts import doc_text, know_text
from ..docfacts import sentence_starts as doc_sentence_starts
from ..model import CodedArticle, TimeExpr
from ..sport import is_sport_article
from .calendar import Point, parse_point, safe_date
from .clause import cues, direction, event_status, sets_deadline
from .dating import EventDate, event_date
from .grammar import lookup
from .normalize import Context, Normalized, modifier, normalize
from .recognize import Candidate, recognize, span_of
from .speech import from_speech_day

__all__ = ["EventDate", "event_date", "event_status", "extract"]

SPAN_KEY = "communique_timex"
# Normalizers whose value depends on the tense of the clause: only these pay for reading it.
TENSE_SENSITIVE = frozenset({"calendar", "month", "weekday", "holiday", "quarter", "season", "this_unit",
                             "relative_unit", "part_of_day", "clock", "day_before", "week_of"})
# Granularities a later anchored expression ("two days later") may count from.
ANCHOR_GRANULARITIES = frozenset({"day", "week", "month", "quarter", "half", "season", "year"})
# How many characters before an expression a future signal ("as early as") is looked for.
SIGNAL_REACH = 20


def publication_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def dateline_timex(coded: CodedArticle, dct: date | None) -> TimeExpr | None:
    dateline = (coded.article.dateline or "").strip()
    if not dateline or dct is None:
        return None
    return TimeExpr(text=dateline, start=0, end=0, type="DATE", value=dct.isoformat(), source="dateline")


def signal_word(before: str) -> str:
    """The word that governs an expression, past a determiner: "since [the May curbs]" -> since."""
    words = before.split()
    while words and words[-1] in cues().signal_determiners:
        words.pop()
    return words[-1] if words else ""


def expression_span(doc: Doc, text: str, cand: Candidate) -> Span | None:
    """The tokens of the expression itself, without its modifier ("around [Wednesday's]") or a
    sentence's full stop ("said on [Tuesday]."), whose head may be another clause's verb."""
    return span_of(doc, cand.body_start, expression_end(text, cand.body_start, cand.end))


def clause_direction(doc: Doc, text: str, cand: Candidate) -> str | None:
    """The tense the expression is read in: 'future' after a signal such as "as early as", or
    as the deadline a verb sets ("postponed until Tuesday"); 'past' after "since"; else the tense
    of its clause."""
    before = " ".join(text[max(0, cand.start - SIGNAL_REACH):cand.start].lower().split())
    c = cues()
    if any(before.endswith(signal) for signal in c.future_signals) \
            and not any(before.endswith(signal) for signal in c.not_future_signals):
        return "future"
    if signal_word(before) in c.past_signals:
        return "past"
    span = expression_span(doc, text, cand)
    if span is None:
        return None
    if before.rsplit(" ", 1)[-1] in c.deadline_prepositions and sets_deadline(span.root):
        return "future"
    return direction(span.root)


def in_noun_phrase(doc: Doc, text: str, cand: Candidate) -> bool:
    """'a cutback in its oil supply in September': the date's preposition hangs on a noun."""
    span = expression_span(doc, text, cand)
    if span is None:
        return False
    prep = span.root.head
    return prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.i != span.root.i


ABBREVIATION = re.compile(r"(?:^|\W)[A-Za-z]{1,4}\.$")


def expression_end(text: str, start: int, end: int) -> int:
    """The end of an expression without a sentence's full stop ("Tuesday." -> "Tuesday") or a
    possessive ("Saturday's call" -> "Saturday", as TimeML tags it); the period of an
    abbreviation stays ("Feb.", "a.m."), and so does a decade's "'s" ("the 1990's")."""
    if end > start + 1 and text[end - 1] == "." and not ABBREVIATION.search(text[start:end]) \
            and not text[start:end].endswith(("a.m.", "p.m.")):
        return end - 1
    if end > start + 3 and text[end - 2:end] in ("'s", "\u2019s") and text[end - 3].isalpha():
        return end - 2
    return end


# "the quarter ended Sept. 30": the date closes the reporting period in focus, which stays in
# focus ("up 39% from a year earlier" compares quarters, not days).
PERIOD_CLOSING = re.compile(r"(?:quarter|period|half|year|months|weeks)\s+(?:ended|ending|closed)\s+(?:on\s+)?$",
                            re.IGNORECASE)
PERIOD_CLOSING_REACH = 40


def closes_period(text: str, start: int) -> bool:
    return PERIOD_CLOSING.search(text, max(0, start - PERIOD_CLOSING_REACH), start) is not None


DETERMINER = re.compile(r"(?:the|this|that|these|those)\s", re.IGNORECASE)


def is_preposition(doc: Doc, cand: Candidate, text: str) -> bool:
    """'over the weekend', 'around the end of the year', 'offering $30B over 10 years': the
    modifier is a preposition (before a determiner, or "over" so parsed), not "more than"."""
    if not lookup("preposition_before_determiner", cand.groups.get("mod") or ""):
        return False
    if DETERMINER.match(text, cand.body_start) is not None:
        return True
    # "around 7:15 p.m." is parsed as a preposition too, yet means about: only "over" is read so
    if (cand.groups.get("mod") or "").lower() != "over":
        return False
    word = span_of(doc, cand.start, cand.start + len("over"))
    return word is not None and word[0].dep_ == "prep"


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the expression is a line of its own (a heading): "\n\n4:30 p.m.\n\nHillary Clinton says"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else len(text)].strip(" .")


APPOSITION = re.compile(r"\s*,\s*$")
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PART_OF_DAY_VALUE = re.compile(r"-\d{2}T[A-Z]{2}$")


def apposed_day(timexes: list[TimeExpr], text: str, start: int) -> str | None:
    """'Eight trading days after Oct. 12, the day before the stock market plunge': "the day
    before ..." in apposition to a day describes that same day (TimeML: 1989-10-12)."""
    if not timexes or timexes[-1].source != "text" or not DAY_VALUE.match(timexes[-1].value or ""):
        return None
    between = text[timexes[-1].end:start]
    return timexes[-1].value if APPOSITION.fullmatch(between) else None


CLOCK_DAY_REACH = 2  # sentences
RANGE_TURN_DAYS = 92
RANGE = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|until|till)\s*$")


def range_end(timexes: list[TimeExpr], text: str, start: int, value: str | None) -> str | None:
    """The end of a range takes the year of its start ("July 12-August 14", "from Dec. 28 to
    Jan. 3" the next year), not one worked out on its own."""
    if not timexes or not RANGE.fullmatch(text[timexes[-1].end:start]):
        return None
    first, last = parse_point(timexes[-1].value), parse_point(value)
    if first is None or last is None or first.granularity != "day" or last.granularity != "day":
        return None
    day = safe_date(first.day.year, last.day.month, last.day.day)
    if day is not None and day < first.day:
        # only a short range turns the year ("Dec. 28 to Jan. 3"); "moved from May 10 to April 30"
        # is no range at all, and the end keeps its own value
        day = safe_date(first.day.year + 1, last.day.month, last.day.day)
        if day is None or (day - first.day).days > RANGE_TURN_DAYS:
            return None
    return day.isoformat() if day is not None else None


NOUN_REACH = 6  # "a three-year, 25 million dollar contract"


def amount_before_noun(doc: Doc, text: str, cand: Candidate) -> int | None:
    """Where the amount starts in a duration that modifies a noun ("a three-year contract", "the
    20 year conflict"): the article and any modifier belong to the noun (TimeML tags "three-year")."""
    amount = cand.groups.get("num")
    span = span_of(doc, cand.start, cand.end)
    if not amount or span is None:
        return None
    unit = span[-1]
    # the noun the unit qualifies, right of it: "a three-year contract", or one up ("the 20 year conflict")
    noun = unit.head if unit.head.i > unit.i else unit.head.head
    if noun.i <= unit.i or noun.pos_ not in ("NOUN", "PROPN") or noun.i - unit.i > NOUN_REACH:
        return None
    at = text.find(amount, cand.body_start, cand.end)
    return at if at > cand.start else None


# Normalizers whose values count from the moment of speaking: "today", "tomorrow", "tonight".
DEICTIC_NORMS = frozenset({"relative_day", "part_of_day"})
GAME_PERIODS = frozenset({"quarter", "half"})


def is_game_period(cand: Candidate) -> bool:
    """In a sport report, "the fourth quarter" or "the first half" with no year is a period of
    the match, not of the calendar."""
    return cand.rule.norm in GAME_PERIODS and not any(
        cand.groups.get(name) for name in ("year", "year2", "rel", "rel2", "ago"))


def expression_bounds(doc: Doc, text: str, cand: Candidate) -> tuple[int, int, str | None]:
    """Where the expression starts and ends, and its modifier, once the words around the match
    that are not part of it are left out."""
    mod = modifier(cand.groups)
    # "Later on Tuesday": the expression is "Tuesday" (lexicon.toml, [outside_modifier]);
    # "over the weekend": "the weekend" ([preposition_before_determiner])
    outside = cand.groups.get("mod") and (lookup("outside_modifier", cand.groups["mod"] or "")
                                          or is_preposition(doc, cand, text))
    if outside:
        mod = None
    start = cand.body_start if outside else cand.start
    end = expression_end(text, start, cand.end)
    if cand.rule.norm == "duration" and (amount := amount_before_noun(doc, text, cand)) is not None:
        start, mod = amount, None  # "a [three-year] contract", "over a [40-year] career"
    return start, end, mod


def clock_focus(cand: Candidate, anchor: Point | None, day_in_focus: tuple[Point, int] | None,
                sentence: int) -> Point | None:
    """The point a match counts from: a clock time shortly after a day named is on that day."""
    if cand.rule.norm == "clock" and day_in_focus is not None and sentence - day_in_focus[1] <= CLOCK_DAY_REACH:
        return day_in_focus[0]
    return anchor


def with_neighbours(cand: Candidate, result: Normalized, value: str, timexes: list[TimeExpr], text: str,
                    start: int) -> tuple[Normalized, str]:
    """The value again, when the expressions just before it decide it: the day a "the day before"
    stands beside, the end of a range a bare month-day closes."""
    if cand.rule.norm == "day_before" and (same := apposed_day(timexes, text, start)) is not None:
        result, value = Normalized(same, anchors=False), same
    if cand.rule.norm == "calendar" and not cand.groups.get("year") \
            and (ended := range_end(timexes, text, start, value)) is not None:
        result, value = Normalized(ended), ended
    return result, value


def extract(doc: Doc, coded: CodedArticle) -> list[TimeExpr]:
    """Every temporal expression of the article, valued (see the module docstring)."""
    dct = publication_date(coded.article.published)
    # the article's text is doc.text (pipeline contract), and far cheaper than rebuilding it; kept
    # for the later stages' `doc_text` too
    know_text(doc, coded.article.text)
    text = doc_text(doc)
    sentence_starts = doc_sentence_starts(doc)
    timexes: list[TimeExpr] = []
    if (line := dateline_timex(coded, dct)) is not None:
        timexes.append(line)
    anchor: Point | None = None
    # the last day named, and its sentence: a clock time shortly after is on that day, even past a
    # year named in between ("Tuesday's primary, which she won eight years ago ... at 8 p.m.")
    day_in_focus: tuple[Point, int] | None = None
    spans = []
    deictic: set[int] = set()  # the timexes that count from the moment of speaking ("tomorrow")
    probe = Context(dct)  # a match its normalizer rejects ("Jan" alone) gives way to the next best
    sport = is_sport_article(doc, text)
    for cand in recognize(doc, text, accept=lambda c: normalize(c.rule.norm, c.groups, probe) is not None):
        if sport and is_game_period(cand):
            continue
        start, end, mod = expression_bounds(doc, text, cand)
        needs_tense = cand.rule.norm in TENSE_SENSITIVE
        # a time heading a live-blog entry ("4:30 p.m." alone on its line) is of the publication day
        heading = cand.rule.norm == "clock" and stands_alone(text, start, end)
        sentence = max(bisect_right(sentence_starts, cand.start) - 1, 0)
        focus = None if heading else clock_focus(cand, anchor, day_in_focus, sentence)
        ctx = Context(dct, clause_direction(doc, text, cand) if needs_tense else None, focus,
                      cand.rule.norm == "month" and in_noun_phrase(doc, text, cand))
        result = normalize(cand.rule.norm, cand.groups, ctx)
        if result is None or result.value is None:
            continue
        result, value = with_neighbours(cand, result, result.value, timexes, text, start)
        kind = result.type or cand.rule.type
        if result.anchors and result.point is not None and result.point.granularity in ANCHOR_GRANULARITIES \
                and kind == "DATE" and not closes_period(text, start):
            anchor = result.point
            if anchor.granularity == "day":
                day_in_focus = (anchor, sentence)
        elif heading and result.point is not None:
            anchor = result.point  # the entry under the heading is of that day
            day_in_focus = (anchor, sentence)
        kind = "TIME" if kind == "DATE" and PART_OF_DAY_VALUE.search(value) else kind  # "Monday afternoon"
        if cand.rule.norm in DEICTIC_NORMS and not cand.groups.get("weekday"):
            deictic.add(len(timexes))
        timexes.append(TimeExpr(text=text[start:end], start=start, end=end, type=kind, value=value, mod=mod,
                                sentence=sentence))
        if (span := doc.char_span(start, end, label=kind, alignment_mode="expand")) is not None:
            spans.append(span)
    doc.spans[SPAN_KEY] = spans
    return from_speech_day(doc, text, timexes, deictic, dct)
