"""The event-dating API the event coder calls: the date that governs an event trigger.

`event_date(trigger, coded)` looks for a temporal expression in the trigger's own clause (by
the dependency tree: the clause's verb, or a relative clause on a noun trigger: "talks set for
Thursday"), then for one in the sentence that no other verb governs (a headline fragment). A
date in another event's clause is never taken: in "the Kremlin said Tuesday that talks will
take place Thursday", "Tuesday" dates the saying, not the talks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from ..model import CodedArticle, TimeExpr
from .calendar import Point, parse_point
from .clause import clause_head, is_clause_head
from .recognize import span_of

DATED_TYPES = frozenset({"DATE", "TIME"})


@dataclass(slots=True)
class EventDate:
    """An event's date: value at its precision, the expression it came from, and why."""

    value: str | None
    precision: str  # day | month | year | none
    timex: TimeExpr | None
    rule: str


def as_event_date(point: Point) -> tuple[str, str]:
    """An event date at day, month or year precision: a week is dated by its Thursday's month
    (ISO rule), a quarter, half or season by its year, a decade or century not at all."""
    g = point.granularity
    if g == "day":
        return point.day.isoformat(), "day"
    if g == "week":
        thursday = date.fromisocalendar(*point.day.isocalendar()[:2], 4)
        return f"{thursday.year:04d}-{thursday.month:02d}", "month"
    if g == "month":
        return f"{point.day.year:04d}-{point.day.month:02d}", "month"
    if g in ("quarter", "half", "season", "year"):
        return f"{point.day.year:04d}", "year"
    return "", "none"


def sentence_timexes(trigger: Token, coded: CodedArticle) -> list[TimeExpr]:
    sent = trigger.sent
    return [t for t in coded.timexes
            if t.type in DATED_TYPES and t.end > t.start and sent.start_char <= t.start < sent.end_char]


def timex_clause(trigger: Token, timex: TimeExpr) -> Token | None:
    span = span_of(trigger.doc, timex.start, timex.end)
    return clause_head(span.root) if span is not None else None


def in_trigger_clause(trigger: Token, verb: Token, head: Token) -> bool:
    """The timex's clause is the trigger's, or a relative clause on the trigger noun."""
    return head.i == verb.i or (head.dep_ in ("acl", "relcl") and head.head.i == trigger.i)


def event_date(trigger: Token, coded: CodedArticle) -> EventDate:
    """The date governing `trigger`, resolved against the publication date (see module doc).

    With no date in the text for the event, value None and precision "none": the caller decides
    whether the publication date stands for it (fresh news) and says so in its rule.
    """
    verb = clause_head(trigger)  # a verb trigger's own clause, or the verb a noun trigger depends on
    same_clause: list[tuple[int, TimeExpr]] = []
    loose: list[tuple[int, TimeExpr]] = []
    for timex in sentence_timexes(trigger, coded):
        head = timex_clause(trigger, timex)
        if head is None:
            continue
        distance = abs(head.i - trigger.i) if head.i != verb.i else abs(trigger.idx - timex.start)
        if in_trigger_clause(trigger, verb, head):
            same_clause.append((distance, timex))
        elif not is_clause_head(head):
            loose.append((distance, timex))
    for found, rule in ((same_clause, "time:same-clause"), (loose, "time:same-sentence")):
        for _, timex in sorted(found, key=lambda pair: pair[0]):
            point = parse_point(timex.value)
            if point is None:
                continue
            value, precision = as_event_date(point)
            if precision != "none":
                return EventDate(value, precision, timex, f"{rule}:{timex.text}")
    return EventDate(None, "none", None, "time:no-date-in-text")
