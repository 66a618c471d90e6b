"""The event-dating API the event coder calls: the date that governs an event trigger.

`event_date(trigger, coded)` looks for a temporal expression in the trigger's own clause (by
the dependency tree: the clause's verb, or a relative clause on a noun trigger: "talks set for
Thursday"), then for one in the sentence that no other verb governs (a headline fragment). A
date in another event's clause is never taken: in "the Kremlin said Tuesday that talks will
take place Thursday", "Tuesday" dates the saying, not the talks. A "since" clause on the
trigger's verb, or on the verb it is coordinated with, dates it too: "has pushed to reset
relations since taking office in January and has initiated several rounds of talks".

With no date in the text, the trigger's clause tells whether the event is fresh news or
background (data/time/dating.toml): background is the perfect, the present outside a headline,
a subordinate clause, or a clause marked "recently", "for years" and the like. Background
events are left undated (`background` set), so that the coder does not give them the
publication date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Token

from ..model import CodedArticle, DatePrecision, TimeExpr
from ..offsets import indexed
from ..resources import load_toml, word_sets
from ..speech_verbs import speech_verbs
from .calendar import Point, parse_point
from .clause import auxiliaries, clause_head, is_clause_head, is_since_clause
from .recognize import span_of

DATED_TYPES = frozenset({"DATE", "TIME"})
DATING_FILE = "time/dating.toml"
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


@dataclass(slots=True)
class EventDate:
    """An event's date: value at its precision, the expression it came from, and why."""

    value: str | None
    precision: DatePrecision
    timex: TimeExpr | None
    rule: str
    background: bool = False  # undated on purpose: not fresh news, so not the publication date


@dataclass(frozen=True, slots=True)
class BackgroundCues:
    subordinate_deps: frozenset[str]
    subordinate_marks: frozenset[str]
    adverbs: frozenset[str]
    phrases: frozenset[str]


@cache
def background_cues() -> BackgroundCues:
    return word_sets(BackgroundCues, load_toml(DATING_FILE)["background"])


def as_event_date(point: Point) -> tuple[str, DatePrecision]:
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
    return [t for t in indexed(coded.timexes).starting_in(sent.start_char, sent.end_char)
            if t.type in DATED_TYPES and t.end > t.start]


def timex_clause(trigger: Token, timex: TimeExpr) -> Token | None:
    span = span_of(trigger.doc, timex.start, timex.end)
    return clause_head(span.root) if span is not None else None


def in_trigger_clause(trigger: Token, verb: Token, head: Token) -> bool:
    """The timex's clause is the trigger's, or a relative clause on the trigger noun."""
    return head.i == verb.i or (head.dep_ in ("acl", "relcl") and head.head.i == trigger.i)


def first_conjunct(verb: Token) -> Token:
    """'met Lee and assured him': a coordinated verb stands in the clause of the first one."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and is_clause_head(verb.head):
        verb = verb.head
    return verb


def main_verb(verb: Token) -> Token:
    """The verb whose clause `verb` completes as an infinitive ("pushed [to reset]"), coordination
    climbed too: the clause the trigger's date and tense are read from."""
    verb = first_conjunct(verb)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and is_clause_head(verb.head):
        verb = first_conjunct(verb.head)
    return verb


def since_attachment(head: Token) -> Token | None:
    """The verb a "since" clause is attached to: "[pushed] ... since taking office in January"
    (a gerund after the preposition) or "[has lived] there since he left" (a marked clause)."""
    if not is_since_clause(head):
        return None
    if head.dep_ == "pcomp":  # since -> taking: the preposition hangs on the verb
        return clause_head(head.head.head)
    return clause_head(head.head)


def governing_since(trigger: Token, timex: TimeExpr) -> bool:
    """Whether `timex` lies in a "since" clause of the trigger's own clause (or of the verb the
    trigger's verb is coordinated with): the event's time runs from that date."""
    head = timex_clause(trigger, timex)
    attached = since_attachment(head) if head is not None else None
    return attached is not None and main_verb(attached).i == main_verb(clause_head(trigger)).i


def in_headline(trigger: Token, coded: CodedArticle) -> bool:
    """The trigger's sentence is the article's title printed in its text (a headline's present
    tells the news: "Lawmaker urges retaliation on Russia")."""
    title = " ".join((coded.article.title or "").split()).lower()
    sentence = " ".join(trigger.sent.text.split()).lower().rstrip(".;:")
    return bool(title) and bool(sentence) and sentence in title


def finite_tag(verb: Token) -> str:
    """The tag of the word that carries the clause's tense: its first auxiliary, else the verb."""
    auxes = auxiliaries(verb)
    return min(auxes, key=lambda a: a.i).tag_ if auxes else verb.tag_


def prepositional_phrase(prep: Token) -> str:
    """'for years' -> "for year", 'in recent years' -> "in recent year", 'in the past' -> "in past"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return ""
    noun = objects[0]
    modifiers = [c.lemma_.lower() for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
    return " ".join([prep.lower_, *modifiers, noun.lemma_.lower()])


def is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxiliaries(verb)) \
        and not any(a.tag_ == "MD" for a in auxiliaries(verb))


def is_perfect(verb: Token) -> bool:
    """"has vowed", "had demanded": a finite "have" with the verb's past participle."""
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ != "VBN" for a in auxiliaries(verb))


def is_perfect_progressive(verb: Token) -> bool:
    """"the government had been stalling on implementation": under way before the story's time."""
    auxes = auxiliaries(verb)
    return verb.tag_ == "VBG" and any(a.lower_ == "been" for a in auxes) \
        and any(a.lemma_ == "have" and a.tag_ != "VBN" for a in auxes)


def background_reason(trigger: Token, coded: CodedArticle) -> str | None:
    """Why an undated event is background rather than fresh news, or None (see module doc)."""
    verb = clause_head(trigger)
    if not is_clause_head(verb):
        return None  # a fragment with no verb (a headline): nothing to read
    c = background_cues()
    clause = first_conjunct(verb)
    if clause.dep_ in c.subordinate_deps:
        return f"subordinate:{clause.dep_}"
    # the mark may be parsed as a wh-adverb: "when/WRB China's spending helped global growth"
    if clause.dep_ == "advcl" and any(ch.dep_ in ("mark", "advmod") and ch.lower_ in c.subordinate_marks
                                      for ch in clause.children if ch.i < clause.i):
        return "subordinate:advcl"
    if is_infinitive(verb):
        return "infinitive"  # "lobbying Asian countries to back the judges' statement": a purpose, not a deed
    if is_perfect(verb):
        return "perfect"
    if finite_tag(verb) in PRESENT_TAGS and not in_headline(trigger, coded):
        return "present"
    for word in (*verb.children, *clause.children):
        if word.dep_ == "advmod" and word.lower_ in c.adverbs:
            return f"adverb:{word.lower_}"
        if word.dep_ == "prep" and prepositional_phrase(word) in c.phrases:
            return f"phrase:{prepositional_phrase(word)}"
    return "perfect" if is_perfect_progressive(verb) else None


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
    since = [(abs(trigger.idx - timex.start), timex) for timex in sentence_timexes(trigger, coded)
             if governing_since(trigger, timex)]
    for found, rule in ((same_clause, "time:same-clause"), (since, "time:since-clause"),
                        (loose, "time:same-sentence")):
        for _, timex in sorted(found, key=lambda pair: pair[0]):
            point = parse_point(timex.value)
            if point is None:
                continue
            value, precision = as_event_date(point)
            if precision != "none":
                return EventDate(value, precision, timex, f"{rule}:{timex.text}")
    reason = background_reason(trigger, coded)
    if reason is not None:
        return EventDate(None, "none", None, f"time:background({reason})", background=True)
    return occasion_date(trigger, coded) or EventDate(None, "none", None, "time:no-date-in-text")


# Pronouns by which the next sentence goes on about the subject of the one before.
CONTINUING_PRONOUNS = frozenset({"he", "she", "they"})


def subject_words(verb: Token) -> set[str]:
    """The words of the subject of `verb`'s clause (its proper nouns and nouns), lower case."""
    return {w.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            for w in c.subtree if w.pos_ in ("PROPN", "NOUN")}


def occasion_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """An undated fresh-news event whose doer, in the next sentence, is said to have said so on a
    day: "Rep. Adam Schiff called on President Obama to retaliate against Russia ... [.] ... Schiff
    told Capital Download on Wednesday": the saying dates the event it reports."""
    doers = subject_words(main_verb(clause_head(trigger)))
    following = trigger.sent.end
    if not doers or following >= len(trigger.doc):
        return None
    sentence = trigger.doc[following].sent
    for timex in indexed(coded.timexes).starting_in(sentence.start_char, sentence.end_char):
        if timex.type not in DATED_TYPES:
            continue
        verb = timex_clause(trigger.doc[following], timex)
        if verb is None or verb.lemma_.lower() not in speech_verbs():
            continue
        speakers = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
        if not (speakers & doers or speakers & CONTINUING_PRONOUNS):
            continue
        point = parse_point(timex.value)
        value, precision = as_event_date(point) if point is not None else ("", "none")
        if precision != "none":
            return EventDate(value, precision, timex, f"time:next-sentence-saying:{timex.text}")
    return None
