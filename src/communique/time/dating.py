"""The event-dating API the event coder calls: the date that governs an event trigger.

`event_date(trigger, coded)` looks for a temporal expression in the trigger's own clause (by
the dependency tree: the clause's verb, or a relative clause on a noun trigger: "talks set for
Thursday"), then, in this order, in a participle of saying on its verb ("has hailed the vote,
telling reporters on Friday"), in the first conjunct of a coordinated verb of the same tense
("Friday condemned China ... and urged Beijing"), in the infinitive or gerund a planned event
governs ("is expected to come before midnight Friday"), in a "since" clause on the trigger's verb
or the verb it is coordinated with ("has pushed to reset relations since taking office in January
and has initiated several rounds of talks"), and in the sentence where no other verb governs it
(a headline fragment). A date in another event's clause is never taken: in "the Kremlin said
Tuesday that talks will take place Thursday", "Tuesday" dates the saying, not the talks. Nor is
a date that belongs to another noun ("criticized Tuesday's ruling", "protests over the July 1
takeover"), unless that noun is the occasion the verb is set at ("said at Tuesday's rally").

An event tied by "after", "following", "during" to a verb ("said after meeting with Putin") has
that verb's date, or the publication day when the verb is undated fresh news. An undated event of
the lede reported by a dated saying ("... have arrested the engineer, the ministry said Sunday")
has the saying's date, the present perfect included (in a lede it is the news).

With no date in the text, the trigger's clause tells whether the event is fresh news or
background (data/time/dating.toml): background is the perfect, the present outside a headline
(not a plan), a subordinate clause, or a clause marked "recently", "for years" and the like.
Background events are left undated (`background` set), so that the coder does not give them
the publication date.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..docfacts import remembered, sentence_of, sentences
from ..model import FRESH_STATUSES, CodedArticle, DatePrecision, TimeExpr
from ..offsets import indexed
from ..resources import load_toml, word_sets
from ..speech_verbs import speech_verbs
from .calendar import FINER_THAN_A_DAY, Point, coarser_than_a_year, parse_point, shift
from .clause import (
    auxiliaries,
    clause_head,
    cues,
    direction,
    event_status,
    is_clause_head,
    is_implicative_infinitive,
    is_infinitive,
    is_since_clause,
)
from .grammar import lexicon
from .normalize import PAST
from .recognize import span_of

DATED_TYPES = frozenset({"DATE", "TIME"})
DATING_FILE = "time/dating.toml"
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# The tags of an infinitive or gerund, and how many such clauses a planned event's date may lie down.
NONFINITE_TAGS = frozenset({"VB", "VBG"})
# The tags of a verb that takes its tense from auxiliaries (a bare verb, a gerund, a participle).
NONFINITE_FORMS = frozenset({"VB", "VBG", "VBN"})
# the tags of a verb or first auxiliary that carry a tense or a modal ("has met", "will meet", "met")
TENSED_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})
MAX_COMPLEMENT_DEPTH = 3


@dataclass(slots=True)
class EventDate:
    """An event's date: value at its precision, the expression it came from, and why."""

    value: str | None
    precision: DatePrecision
    timex: TimeExpr | None
    rule: str
    background: bool = False  # undated on purpose: not fresh news, so not the publication date
    ahead: bool = False  # its day comes after the publication day, and its clause tells no past: a plan


@dataclass(frozen=True, slots=True)
class BackgroundCues:
    subordinate_deps: frozenset[str]
    subordinate_marks: frozenset[str]
    adverbs: frozenset[str]
    phrases: frozenset[str]
    content_deps: frozenset[str]
    finding_nouns: frozenset[str]


@cache
def background_cues() -> BackgroundCues:
    return word_sets(BackgroundCues, load_toml(DATING_FILE)["background"])


@dataclass(frozen=True, slots=True)
class DatingWords:
    noun_date_deps: frozenset[str]
    occasion_prepositions: frozenset[str]
    occasion_noun_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    complement_deps: frozenset[str]
    anchor_prepositions: frozenset[str]
    saying_anchor_prepositions: frozenset[str]
    means_prepositions: frozenset[str]
    offset_earlier_prepositions: frozenset[str]
    offset_later_prepositions: frozenset[str]
    preceding_prepositions: frozenset[str]
    stance_adjectives: frozenset[str]
    schedule_governors: frozenset[str]
    simultaneous_marks: frozenset[str]
    range_start_prepositions: frozenset[str]
    range_end_prepositions: frozenset[str]
    enacting_verbs: frozenset[str]
    relative_noun_tags: frozenset[str]
    relative_noun_deps: frozenset[str]
    relative_date_adverbs: frozenset[str]
    bound_prepositions: frozenset[str]
    consequence_verbs: frozenset[str]
    means_frames: frozenset[str]
    anaphoric_occasion_prepositions: frozenset[str]
    single_occasion_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    definite_determiners: frozenset[str]
    occasion_verbs: frozenset[str]


@cache
def dating_words() -> DatingWords:
    return word_sets(DatingWords, load_toml(DATING_FILE)["dating"], DATING_FILE)


@dataclass(frozen=True, slots=True)
class StoryDayWords:
    same_day_phrases: frozenset[str]


@cache
def story_day_words() -> StoryDayWords:
    return word_sets(StoryDayWords, load_toml(DATING_FILE)["story_day"], DATING_FILE)


@cache
def occasion_anaphor_reach() -> int:
    return int(load_toml(DATING_FILE)["occasion_anaphor"]["reach"])


@cache
def max_story_day_lag() -> int:
    return int(load_toml(DATING_FILE)["story_day"]["max_days_before_publication"])


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
    sent = sentence_of(trigger)  # token.sent walks the sentence on every access
    return [t for t in indexed(coded.timexes).starting_in(sent.start_char, sent.end_char)
            if t.type in DATED_TYPES and t.end > t.start]


# `timex_clause` of each timex, by its offsets, kept in `doc.user_data` under this key: it is asked
# once per trigger of the timex's sentence, and made a Span and walked its root each time.
TIMEX_CLAUSE_KEY = "communique.time.dating.timex_clause"


def timex_clause(trigger: Token, timex: TimeExpr) -> Token | None:
    """The head of the clause the timex is in, if its offsets make a span (see `fronted_on_infinitive`)."""
    def work_out() -> Token | None:
        span = span_of(trigger.doc, timex.start, timex.end)
        if span is None:
            return None
        head = clause_head(span.root)
        return clause_head(head.head) if fronted_on_infinitive(head, span) else head

    return remembered(trigger.doc.user_data.setdefault(TIMEX_CLAUSE_KEY, {}), (timex.start, timex.end), work_out)


def fronted_on_infinitive(head: Token, span: Span) -> bool:
    """"had summoned the ambassador on Wednesday morning to lodge a complaint": the parser may hang
    a date before a to-infinitive on the infinitive, but a to-infinitive's own words follow its
    "to"; the date is the clause's the infinitive hangs on."""
    if head.dep_ not in ("advcl", "xcomp") or head.head.i == head.i or not is_infinitive(head):
        return False
    marker = next(a for a in auxiliaries(head) if a.lower_ == "to")
    return head.head.i < span.start and span.end <= marker.i


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
    anchor = head.head.head if head.dep_ == "pcomp" else head.head  # since -> taking: the preposition's head
    # a since clause on a noun dates no event: "the highest-level visits since the PLA stormed
    # Tiananmen Square on June 4, 1989"
    return anchor if is_clause_head(anchor) else None


def governing_since(trigger: Token, timex: TimeExpr) -> bool:
    """Whether `timex` lies in a "since" clause of the trigger's own clause (or of the verb the
    trigger's verb is coordinated with): the event's time runs from that date."""
    head = timex_clause(trigger, timex)
    attached = since_attachment(head) if head is not None else None
    return attached is not None and main_verb(attached).i == main_verb(clause_head(trigger)).i \
        and not is_ranked(trigger)


def is_ranked(trigger: Token) -> bool:
    """"one of the highest-level French visits since the PLA stormed Tiananmen Square", "the first
    meeting since ...": a ranked event noun is compared over the time since, not dated by it."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    before = [w for w in trigger.subtree if w.i < trigger.i]
    return any(w.tag_ in ("JJS", "RBS") or w.lower_ in cues().ranking_words for w in before)


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
    governor = enacting_verb(verb)
    if governor is not None:
        return background_reason(governor, coded)  # "issued an injunction blocking": the issuing's time
    clause = first_conjunct(verb)
    subordinate = subordinate_reason(clause) or subordinate_content(clause) or finding_content(clause)
    if subordinate is not None:
        return subordinate
    later_than = after_a_past_date(clause, coded)
    if later_than is not None:
        return f"after:{later_than}"
    tensed = tense_bearer(verb)
    if is_infinitive(tensed):
        return "infinitive"  # "lobbying Asian countries to back the judges' statement": a purpose, not a deed
    if is_perfect(tensed):
        return "perfect"
    if finite_tag(tensed) in PRESENT_TAGS and not in_headline(trigger, coded) and event_status(trigger) != "planned":
        return "present"  # a state, a habit or something under way; a plan ("is expected to come") is no background
    return marked_reason(verb, clause) or ("perfect" if is_perfect_progressive(tensed) else None)


def after_a_past_date(verb: Token, coded: CodedArticle) -> str | None:
    """The date of a past event an undated clause follows ("Thousands of Chileans were tortured
    following the 1973 coup"): the clause is some time after it, not the story's news; None when
    it follows nothing dated or something of the story's days (dating.toml [story_day])."""
    published = parse_day(coded.article.published)
    if published is None:
        return None
    words = dating_words()
    # the coordination shares an adjunct at its end ("were tortured and executed following ...")
    for preposition in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if preposition.dep_ != "prep" or preposition.lower_ not in words.offset_earlier_prepositions \
                or anchor_offset(preposition) is not None:
            continue
        for obj in (c for c in preposition.children if c.dep_ == "pobj"):
            for timex in sentence_timexes(verb, coded):
                span = span_of(verb.doc, timex.start, timex.end)
                point = parse_point(timex.value)
                if span is not None and point is not None and obj.left_edge.i <= span.root.i <= obj.right_edge.i \
                        and (published - point.day).days > max_story_day_lag():
                    return timex.text
    return None


def tense_bearer(verb: Token) -> Token:
    """The verb whose auxiliaries give `verb` its tense: a coordinated participle or bare verb with
    none of its own shares its first conjunct's ("he is discrediting her opinion and shutting her
    down", "have been arrested and jailed"); a finite form has its own ("a danger which strikes
    at the heart of communism and threatens development")."""
    if verb.dep_ == "conj" and verb.tag_ in NONFINITE_FORMS and not auxiliaries(verb):
        return first_conjunct(verb)
    if is_bare_participle(verb) or is_done_infinitive(verb):
        return tense_bearer(verb.head)
    # "has called for the release of the hostages, and condemned the kidnapping": a regular
    # verb's past and participle look alike, and the tagger may call the participle a past
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and not auxiliaries(verb) and is_perfect(first_conjunct(verb)) \
            and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return first_conjunct(verb)
    return verb


def is_done_infinitive(verb: Token) -> bool:
    """An infinitive done at its governor's time, in its tense, not a purpose or a plan: that of an
    implicative verb ("Clinton seemed to implore Sanders", "Putin proceeded to dismember Ukraine";
    status.toml `implicative_verbs`), or of a verb of taking an occasion or a means ("used a
    closed-door luncheon to complain", "took to Twitter to call out protesters"; `means_frames`)."""
    if verb.dep_ not in ("xcomp", "advcl") or not is_infinitive(verb) or verb.head.i == verb.i:
        return False
    governor, words = verb.head, dating_words()
    lemma = governor.lemma_.lower()
    if is_implicative_infinitive(verb):
        return True
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in governor.children):
        return False
    if lemma in words.means_frames and any(child.dep_ == "dobj" for child in governor.children):
        return True
    return any(child.dep_ == "prep" and f"{lemma} {child.lower_}" in words.means_frames for child in governor.children)


def is_bare_participle(verb: Token) -> bool:
    """"Trump has tried to use the ad, accusing her of ...", "reached out weeks ago, asking them to
    draft a speech": a participle adjunct with no auxiliary, subject or mark of its own is done at
    its verb's time, in its verb's tense."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and not auxiliaries(verb) and verb.head.pos_ in ("VERB", "AUX")
            and not any(child.dep_ in ("nsubj", "nsubjpass", "mark") for child in verb.children))


def subordinate_reason(clause: Token) -> str | None:
    """"subordinate:relcl" and the like when the clause (its first conjunct) is subordinate."""
    c = background_cues()
    if clause.dep_ in c.subordinate_deps:
        return f"subordinate:{clause.dep_}"
    # the mark may be parsed as a wh-adverb: "when/WRB China's spending helped global growth"
    if clause.dep_ == "advcl" and any(ch.dep_ in ("mark", "advmod") and ch.lower_ in c.subordinate_marks
                                      for ch in clause.children if ch.i < clause.i):
        return "subordinate:advcl"
    return None


def content_governors(clause: Token, deps: frozenset[str]) -> Iterator[tuple[Token, Token]]:
    """(content, governor) up the chain of clauses `clause` is the content of, by `deps`: "evidence
    suggested [the United States abducted]" gives (abducted, suggested)."""
    node = clause
    for _ in range(MAX_COMPLEMENT_DEPTH):
        if node.dep_ not in deps or node.head.i == node.i:
            return
        governor = first_conjunct(clause_head(node.head))
        yield node, governor
        node = governor


def subordinate_content(clause: Token) -> str | None:
    """A clause that is the content of a subordinate clause's verb is background too: "after a
    probe concluded that evidence suggested the United States abducted and detained individuals"
    (the content of a main clause's saying is the news: "the ministry said police arrested 20")."""
    for _, governor in content_governors(clause, background_cues().content_deps):
        reason = subordinate_reason(governor)
        if reason is not None:
            return f"{reason}:content"
    return None


def finding_content(clause: Token) -> str | None:
    """"evidence suggested the United States abducted ...", "an investigation found 31 civilians
    were killed": a clause that is what a finding or document says (a "that" clause of a verb whose
    subject is one of dating.toml `finding_nouns`; not an infinitive: "the evidence forced Israel to
    release the prisoners" is no finding)."""
    for content, governor in content_governors(clause, background_cues().content_deps):
        if content.dep_ != "ccomp":
            return None
        for subject in (c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lemma_.lower() in background_cues().finding_nouns:
                return f"finding:{subject.lemma_.lower()}"
    return None


def marked_reason(verb: Token, clause: Token) -> str | None:
    """A word or phrase of the clause that puts it in the past or makes it a habit ("recently")."""
    c = background_cues()
    for word in (*verb.children, *clause.children):
        if word.dep_ == "advmod" and word.lower_ in c.adverbs and not is_same_day_phrase(word):
            return f"adverb:{word.lower_}"
        if word.dep_ == "prep" and prepositional_phrase(word) in c.phrases:
            return f"phrase:{prepositional_phrase(word)}"
    return None


def enacting_verb(verb: Token) -> Token | None:
    """"issued an injunction blocking a bill", "an order banning protests was signed": the verb
    that enacts the object or passive subject a participle trigger hangs on (data/time/dating.toml
    enacting_verbs), whose clause dates it; else None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ not in ("dobj", "nsubjpass"):
        return None
    governor = verb.head.head
    is_enacting = governor.lemma_.lower() in dating_words().enacting_verbs and is_clause_head(governor)
    return governor if is_enacting else None


def dates_relative_noun(verb: Token, timex: TimeExpr) -> bool:
    """The timex dates the noun the trigger's relative clause hangs on, or is that noun, and the
    clause is in the simple past: "a 2002 referendum where residents rejected a proposal", "on
    March 30, when the party withdrew its support" (dating.toml relative_noun_tags)."""
    span = span_of(verb.doc, timex.start, timex.end)
    words = dating_words()
    if span is None or verb.dep_ != "relcl" or finite_tag(verb) not in words.relative_noun_tags:
        return False
    # "India was thrown into a crisis March 30 when the Congress party withdrew its support": the
    # clause hangs on the date itself, by a relative adverb (dating.toml relative_date_adverbs)
    if span.start <= verb.head.i < span.end:
        return any(c.lower_ in words.relative_date_adverbs for c in verb.children if c.i < verb.i)
    # "deplored the violence at the Rafah crossing on Thursday in which a bodyguard was killed": a
    # date after a phrase of the noun's own and before its relative clause is in the noun's phrase,
    # where the parser may hang it on the verb above; right after the noun ("arrested a man on
    # Monday who attacked ...") it is the verb's
    between = verb.head.i < span.start and span.end <= verb.left_edge.i and any(
        child.dep_ == "prep" and child.i > verb.head.i and child.right_edge.i < span.start - 1
        for child in verb.head.children)
    return between or span.root.dep_ in words.relative_noun_deps and span.root.head.i == verb.head.i


def is_same_day_phrase(adverb: Token) -> bool:
    """"Earlier in the day", "later that day": the story's day, not its past (data/time/dating.toml)."""
    phrase = " ".join(w.lower_ for w in adverb.subtree)
    return phrase in story_day_words().same_day_phrases


def dates_another_noun(trigger: Token, verb: Token, timex: TimeExpr) -> bool:
    """"criticized Tuesday's ruling", "protested over last week's decision": a date that is the
    possessive or compound of a noun dates that noun. It dates the trigger when the noun is the
    trigger, the subject of the trigger's verb ("last week's attack killed five"), or an occasion
    the verb is set at ("said at Tuesday's rally", "spoke during Monday's debate")."""
    span = span_of(trigger.doc, timex.start, timex.end)
    if span is None or span.root.dep_ not in dating_words().noun_date_deps:
        return False
    noun = span.root.head
    if noun.i == trigger.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i:
        return False
    return not is_occasion(noun, trigger, verb)


def dates_a_cause(trigger: Token, verb: Token, timex: TimeExpr) -> bool:
    """"The nuclear test early last month sparked U.N. condemnations": a date between the subject
    of a verb of consequence (dating.toml `consequence_verbs`) and the verb is the subject's, the
    cause (the parser may hang it on the verb); it does not date the consequence, a trigger after
    the verb. A date before the subject is the clause's ("On Monday, the raid prompted protests")."""
    if trigger.i <= verb.i or verb.lemma_.lower() not in dating_words().consequence_verbs:
        return False
    if is_bare_participle(verb):  # "The test on October 9, sparking condemnation": its clause is the cause
        return timex.end <= verb.idx
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.left_edge.idx <= timex.start and timex.end <= verb.idx for s in subjects)


def bounds_a_period(trigger: Token, timex: TimeExpr) -> bool:
    """"the first democratic elections since 1990": a date after "since" opens the period the event
    lies in; it is not when the event happened (a "since" clause is another matter: `governing_since`)."""
    span = span_of(trigger.doc, timex.start, timex.end)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in dating_words().bound_prepositions


def is_occasion(noun: Token, trigger: Token, verb: Token) -> bool:
    """The noun is an occasion the trigger's verb is set at: "said at Tuesday's rally", "in his
    Sunday interviews" (data/time/dating.toml [dating])."""
    words = dating_words()
    if noun.dep_ != "pobj" or noun.head.head.i not in (verb.i, trigger.i):
        return False
    preposition = noun.head.lower_
    return preposition in words.occasion_prepositions or (
        preposition in words.occasion_noun_prepositions and noun.lemma_.lower() in words.occasion_nouns)


def is_saying_adjunct(verb: Token, head: Token) -> bool:
    """"Trump has hailed the vote, telling reporters on Friday that ...": an unmarked participle of
    saying on the trigger's verb tells when the trigger's words were said."""
    return (head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i == verb.i
            and head.lemma_.lower() in speech_verbs()
            and not any(child.dep_ == "mark" for child in head.children))


def shares_conjunct_date(verb: Token, head: Token) -> bool:
    """"troops stormed the camp on Monday and arrested 20 men": a coordinated verb with no date
    of its own is dated by the first conjunct, when both look the same way in time and both are
    perfect or neither is ("In April, Trump called ... and threatened to impose a tax"; not
    "stormed the camp in 2001, and has never apologised"). The tags are not compared: the tagger
    may call a simple past a participle."""
    return (verb.dep_ == "conj" and head.i != verb.i and first_conjunct(verb).i == head.i
            and is_perfect(verb) == is_perfect(head) and direction(verb) == direction(head))


def in_planned_complement(trigger: Token, verb: Token, head: Token) -> bool:
    """"the veto is expected to come before midnight Friday", "he would propose holding talks ...
    to discuss it in Hanoi next week": in a planned event, a date in the infinitive or gerund the
    trigger's clause governs is the date of what is planned."""
    node = head
    for _ in range(MAX_COMPLEMENT_DEPTH):
        if node.dep_ not in dating_words().complement_deps or node.tag_ not in NONFINITE_TAGS:
            return False
        node = clause_head(node.head)
        if node.i == verb.i:
            return event_status(trigger) == "planned"
    return False


def in_scheduling_governor(trigger: Token, verb: Token, head: Token) -> bool:
    """"Tuesday, Clinton plans to call for ...", "the minister is expected on Monday to announce":
    a date in the clause of the verb that schedules a planned infinitive is the date of the plan's
    event (not so for a vow or a promise: "vowed Monday to fight on" dates the vow)."""
    return (verb.dep_ == "xcomp" and is_infinitive(verb) and clause_head(verb.head).i == head.i
            and head.lemma_.lower() in dating_words().schedule_governors and event_status(trigger) == "planned")


def in_past_complement(trigger: Token, verb: Token, head: Token, timex: TimeExpr, published: date | None) -> bool:
    """"the administration refused to give up key information ... in 2014", "failed to report the
    flights in March": in a past event that is not a plan, a past date in the infinitive the trigger's
    verb governs dates the act the verb reports (refusing to give up is not giving up, at that time).
    A date after the publication day, or a period that holds it, stays the infinitive's ("agreed to
    meet next week"), and so does one of an object's infinitive ("urged Clinton to extend ...")."""
    if not (head.dep_ == "xcomp" and is_infinitive(head) and head.head.i != head.i
            and clause_head(head.head).i == verb.i and verb.i == clause_head(trigger).i):
        return False
    if direction(verb) != "past" or event_status(trigger) not in FRESH_STATUSES:
        return False
    if any(child.dep_ in ("dobj", "dative") and child.i < head.i for child in verb.children):
        return False  # "urged Clinton to extend the status again this year": the object's act, to come
    point = parse_point(timex.value)
    if point is None or published is None or point.day > published:
        return False
    # a period that holds the publication day ("this year") reaches past the act into what is to come
    value, precision = as_event_date(point)
    return precision == "day" or (precision != "none" and not published.isoformat().startswith(value))


def is_simultaneous_clause(verb: Token, head: Token) -> bool:
    """"six people were killed and 36 others were injured when three buses collided in Nepal on
    Tuesday": a clause of the same time on the trigger's verb, or on a verb coordinated with it,
    dates it when the verb has no date of its own (an earlier tier)."""
    return is_simultaneous_mark(head) and first_conjunct(head.head).i == first_conjunct(verb).i


def is_simultaneous_mark(head: Token) -> bool:
    """`head` heads an adverbial clause of the same time as the verb it hangs on ("when", "as")."""
    return (head.dep_ == "advcl" and head.head.i != head.i and is_clause_head(head.head)
            and any(child.dep_ in ("mark", "advmod") and child.lower_ in dating_words().simultaneous_marks
                    for child in head.children if child.i < head.i))


def is_simultaneous_with_complement(trigger: Token, verb: Token, head: Token, timex: TimeExpr,
                                    published: date | None) -> bool:
    """"Wasserman Schultz refused to speak to reporters as she left the breakfast on Monday": a clause
    of the same time on the infinitive of a past act dates the act, as a past date in the infinitive
    itself does (`in_past_complement`)."""
    return is_simultaneous_mark(head) and in_past_complement(trigger, verb, head.head, timex, published)


def sequence_preposition(trigger: Token, verb: Token, timex: TimeExpr) -> Token | None:
    """The preposition of sequence on the trigger's clause whose object is another noun the timex
    dates ("a week [after] the talks on Monday", "comes ahead [of] a summit on Friday"), when the
    timex is no object of its own there ("before Friday" stays a time of the clause), and the
    trigger is not in its phrase (`anchored_date` dates that); else None."""
    span = span_of(trigger.doc, timex.start, timex.end)
    if span is None:
        return None
    node = span.root
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.i != span.root.head.i:
            phrase = node.lower_ if node.head.dep_ not in ("advmod", "amod") else f"{node.head.lower_} {node.lower_}"
            inside = node.left_edge.i <= trigger.i <= node.right_edge.i
            is_sequence = anchor_offset(node) is not None or phrase in dating_words().preceding_prepositions
            return node if is_sequence and not inside else None
        node = node.head
    return None


def dates_a_sequence_noun(trigger: Token, verb: Token, timex: TimeExpr) -> bool:
    """The timex dates another noun the trigger's clause puts before or after the event with no
    measure of how far (see `sequence_preposition`)."""
    preposition = sequence_preposition(trigger, verb, timex)
    return preposition is not None and anchor_offset(preposition) is None


def timex_tier(trigger: Token, verb: Token, timex: TimeExpr, published: date | None = None) -> tuple[str, int] | None:
    """Which of the trigger's dating tiers `timex` is in, with its distance, or None: a date of
    another event's clause, or one that dates another noun ("criticized Tuesday's ruling")."""
    head = timex_clause(trigger, timex)
    if head is None:
        return None
    distance = abs(head.i - trigger.i) if head.i != verb.i else abs(trigger.idx - timex.start)
    if dates_relative_noun(verb, timex):
        return "time:relative-noun", distance
    if head.i == verb.i and sequence_preposition(trigger, verb, timex) is not None:
        # "met Hu a week after the talks on Monday": a week from Monday (`own_date` moves it), or,
        # with no measure ("comes ahead of a summit on Friday"), no date of the trigger's
        return ("time:sequence-noun", distance) if not dates_a_sequence_noun(trigger, verb, timex) else None
    if dates_another_noun(trigger, verb, timex) or measures_an_event(trigger, timex) \
            or outside_offset_phrase(trigger, timex) or bounds_a_period(trigger, timex) \
            or dates_a_cause(trigger, verb, timex):
        return None
    if in_trigger_clause(trigger, verb, head):
        return "time:same-clause", distance
    governor = enacting_verb(verb)
    if governor is not None and head.i == governor.i:
        return "time:enacting-verb", distance
    tier = related_clause_tier(trigger, verb, head, timex, published)
    if tier is not None:
        return tier, distance
    if governing_since(trigger, timex):
        return "time:since-clause", abs(trigger.idx - timex.start)
    if not is_clause_head(head):
        return "time:same-sentence", distance
    return None


def related_clause_tier(trigger: Token, verb: Token, head: Token, timex: TimeExpr,
                        published: date | None) -> str | None:
    """The tier of a date in a clause tied to the trigger's own: a saying adjunct, a conjunct, the
    verb of a participle or of an infinitive done at its time ("who in 2010 tried to detonate a
    car bomb"), a planned or past complement, a scheduling governor, a clause of the same time;
    else None."""
    if is_saying_adjunct(verb, head):
        return "time:saying-adjunct"
    if shares_conjunct_date(verb, head):
        return "time:conjunct"
    if is_bare_participle(verb) and clause_head(verb.head).i == head.i:
        return "time:participle-verb"
    if is_done_infinitive(verb) and clause_head(verb.head).i == head.i:
        return "time:done-infinitive-governor"
    if in_planned_complement(trigger, verb, head):
        return "time:planned-complement"
    if in_scheduling_governor(trigger, verb, head):
        return "time:planned-governor"
    if in_past_complement(trigger, verb, head, timex, published):
        return "time:past-complement"
    if is_simultaneous_clause(verb, head) or is_simultaneous_with_complement(trigger, verb, head, timex, published):
        return "time:when-clause"
    return None


# The order in which the tiers of `timex_tier` are tried: the trigger's own clause first.
TIERS = ("time:same-clause", "time:sequence-noun", "time:relative-noun", "time:enacting-verb",
         "time:saying-adjunct", "time:conjunct", "time:participle-verb", "time:done-infinitive-governor",
         "time:planned-complement", "time:planned-governor", "time:past-complement", "time:when-clause",
         "time:since-clause", "time:same-sentence")


def ranked_timexes(trigger: Token, coded: CodedArticle) -> list[tuple[str, TimeExpr]]:
    """The sentence's dates that may be the trigger's own, with their tier, in the order of `TIERS`
    and, within a tier, nearest first (see `timex_tier`)."""
    verb = clause_head(trigger)  # a verb trigger's own clause, or the verb a noun trigger depends on
    found: dict[str, list[tuple[int, TimeExpr]]] = {tier: [] for tier in TIERS}
    published = parse_day(coded.article.published)
    for timex in sentence_timexes(trigger, coded):
        tier = timex_tier(trigger, verb, timex, published)
        if tier is not None:
            found[tier[0]].append((tier[1], timex))
    return [(rule, timex) for rule in TIERS for _, timex in sorted(found[rule], key=lambda pair: pair[0])]


def own_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """The date the trigger's sentence gives the event itself: the first of `ranked_timexes` that
    names a day, a month or a year."""
    vague_past: TimeExpr | None = None
    for rule, timex in ranked_timexes(trigger, coded):
        if coarser_than_a_year(timex.value):
            # "In the early 1980s Malaysia launched ...": dated, but coarser than a year can say
            # (a decade "198", a century "19"); not the publication day
            return EventDate(None, "none", timex, f"time:background(coarse:{timex.text})", background=True)
        if timex.value == PAST:
            # "reached out weeks ago", "met him years ago": past, but not when; a date beside it
            # still says when ("demanded ... several times, most recently on November 15")
            vague_past = vague_past or timex
            continue
        point = parse_point(timex.value)
        if point is None or after_a_told_past(trigger, point, coded):
            continue
        value, precision = as_event_date(point)
        if precision == "none":
            continue
        if rule == "time:sequence-noun":
            return sequence_date(trigger, timex, EventDate(value, precision, timex, f"{rule}:{timex.text}"))
        partner = span_partner(trigger, timex, coded) if precision in SPAN_PRECISIONS else None
        if partner is not None:
            # "Between 1999 and late 2005, the Red Cross made 453 visits", "met her opponents
            # several times in her 2000 and 2006 Senate races": spread over times, no one date
            return EventDate(None, "none", None, f"time:background(span:{partner.text}/{timex.text})",
                             background=True)
        return EventDate(value, precision, timex, f"{rule}:{timex.text}")
    if vague_past is not None:
        return EventDate(None, "none", vague_past, f"time:background(vague-past:{vague_past.text})", background=True)
    return None


def sequence_date(trigger: Token, timex: TimeExpr, noun_date: EventDate) -> EventDate:
    """The trigger's date a measure away from the date of the noun its clause is put after or before
    ("met a week after the talks on Monday": Monday and a week)."""
    preposition = sequence_preposition(trigger, clause_head(trigger), timex)
    offset = anchor_offset(preposition) if preposition is not None else None
    if offset is None:
        return noun_date
    value, precision = offset_date(noun_date, (-offset[0], offset[1]))
    return EventDate(value, precision, timex, f"{noun_date.rule}({-offset[0]:+d}{offset[1]})")


def after_a_told_past(trigger: Token, point: Point, coded: CodedArticle) -> bool:
    """"which called for further discussion on enlargement in 2006" (published 2005-12-14): a date
    after the publication day is not the day of an act its clause tells in the past; it dates
    something the act is about."""
    published = parse_day(coded.article.published)
    # an event noun keeps its own day ahead ("called for an emergency meeting next Sunday"), and so
    # does an infinitive in its own clause ("agreed to meet next week")
    return published is not None and point.day > published and trigger.pos_ in ("VERB", "AUX") \
        and direction(clause_head(trigger)) == "past"


# A range of months or years spreads an event over time; one of days is one occasion ("talks on
# Monday and Tuesday") and keeps its first-found date.
SPAN_PRECISIONS = frozenset({"month", "year"})


def span_partner(trigger: Token, timex: TimeExpr, coded: CodedArticle) -> TimeExpr | None:
    """The other date of a range or a coordination `timex` is in ("between 1999 and late 2005",
    "her 2000 and 2006 Senate races"), when the two differ; None for a date of its own."""
    span = span_of(trigger.doc, timex.start, timex.end)
    if span is None:
        return None
    linked = [span.root.head] if span.root.dep_ == "conj" else []
    linked += [child for child in span.root.children if child.dep_ == "conj"]
    linked += range_ends(span.root)
    for other in sentence_timexes(trigger, coded):
        if other.value == timex.value or other.start == timex.start:
            continue
        other_span = span_of(trigger.doc, other.start, other.end)
        if other_span is not None and any(other_span.start <= word.i < other_span.end for word in linked):
            return other
    return None


def range_ends(root: Token) -> list[Token]:
    """The date words at the other end of a range `root` opens or closes: "From 1879 to 1883",
    "from March until May" (dating.toml range_*_prepositions); the closing preposition may hang
    on the opening one, on its date, or beside it on the same word."""
    words = dating_words()
    if root.dep_ != "pobj" or root.head.lower_ not in words.range_start_prepositions | words.range_end_prepositions:
        return []
    preposition = root.head
    opening = preposition.lower_ in words.range_start_prepositions
    others = words.range_end_prepositions if opening else words.range_start_prepositions
    near = [preposition, root, preposition.head] if opening else [preposition.head, preposition.head.head]
    candidates = [w for w in near for w in (w, *w.children) if w.i != preposition.i and w.lower_ in others]
    return [obj for prep in candidates for obj in prep.children if obj.dep_ == "pobj"]


def event_date(trigger: Token, coded: CodedArticle) -> EventDate:
    """The date governing `trigger`, resolved against the publication date (see module doc).

    With no date in the text for the event, value None and precision "none": the caller decides
    whether the publication date stands for it (fresh news) and says so in its rule.
    """
    found = own_date(trigger, coded) or anchored_date(trigger, coded) or simultaneous_date(trigger, coded) \
        or stated_stance_date(trigger, coded) or anaphoric_occasion_date(trigger, coded)
    if found is not None:
        found.ahead = lies_ahead(trigger, found, coded)
        return found
    reason = background_reason(trigger, coded)
    lede = lede_report_date(trigger, coded, reason)
    if lede is not None:
        return lede
    if reason in ("present", "perfect") and is_lede_news(trigger, coded, reason):
        # "NEW YORK, Nov. 19 (UPI) -- Hillary Clinton is calling for ...": the lede's news, of the
        # publication day (the coder says so), though no saying dates it
        return EventDate(None, "none", None, f"time:lede-news({reason})")
    if reason is not None:
        return EventDate(None, "none", None, f"time:background({reason})", background=True)
    return occasion_date(trigger, coded) or previous_sentence_date(trigger, coded) \
        or narrative_past(trigger, coded) or story_day_date(trigger, coded) or report_date(trigger, coded) \
        or EventDate(None, "none", None, "time:no-date-in-text")


def lies_ahead(trigger: Token, dated: EventDate, coded: CodedArticle) -> bool:
    """"opens its annual meeting here Friday", "is cutting off supplies from Monday": the event's day
    comes after the publication day. Not when its clause is told in the past ("was forced to resign
    on Monday"): then the day was read the wrong way, and no plan is made of it."""
    published = coded.article.published
    if dated.precision != "day" or not dated.value or not published or dated.value[:10] <= published[:10]:
        return False
    return direction(main_verb(clause_head(trigger))) != "past"


STORY_DAY_KEY = "communique.time.story_day"


def story_day(doc_token: Token, coded: CodedArticle) -> EventDate | None:
    """The day the story's lede dates its news, when it lies a few days before the publication
    date (data/time/dating.toml [story_day]); None when it is the publication day or unknown.
    Worked out once per document."""
    doc = doc_token.doc
    if STORY_DAY_KEY not in doc.user_data:
        doc.user_data[STORY_DAY_KEY] = find_story_day(doc_token, coded)
    found = doc.user_data[STORY_DAY_KEY]
    return found if isinstance(found, EventDate) else None


def lede_sentence(doc_token: Token, coded: CodedArticle) -> Span | None:
    """The first sentence after the headline with a verb (a label such as "ABSTRACT." is none,
    also when the parser runs it on from the headline: "... goes after Trump. ABSTRACT.")."""
    title = title_words(coded)
    return next((s for s in doc_token.doc.sents if not is_title_sentence(s, title)
                 and not (title and " ".join(s.text.split()).lower().startswith(title))
                 and any(w.pos_ in ("VERB", "AUX") for w in s)), None)


def find_story_day(doc_token: Token, coded: CodedArticle) -> EventDate | None:
    lede = lede_sentence(doc_token, coded)
    found = None if lede is None else recent_day_of(lede, coded)
    return None if found is None else EventDate(found.value, "day", found.timex, f"time:story-day:{found.timex.text}")


@dataclass(frozen=True, slots=True)
class RecentDay:
    """A day a sentence dates its news on, and the expression that says it."""

    value: str
    timex: TimeExpr


def recent_day_of(sentence: Span, coded: CodedArticle) -> RecentDay | None:
    """The one day the clauses of a sentence date their news, when it lies a few days before the
    publication date (dating.toml [story_day]); None for none, two days, or the publication day."""
    published = parse_day(coded.article.published)
    if published is None:
        return None
    days: dict[str, EventDate] = {}
    for word in sentence:
        if word.pos_ in ("VERB", "AUX") and is_clause_head(word):
            dated = own_date(word, coded)
            if dated is not None and dated.precision == "day" and dated.value:
                days.setdefault(dated.value, dated)
    if len(days) != 1:
        return None  # no day, or clauses of two days: no one day
    value, dated = next(iter(days.items()))
    lag = (published - date.fromisoformat(value)).days
    if not 0 < lag <= max_story_day_lag() or dated.timex is None:
        return None
    return RecentDay(value, dated.timex)


def previous_sentence_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """An undated fresh-news act in the simple past goes on the day the sentence before it, in the
    same paragraph, dates its news: "Europe's leaders were quick to offer condolences on Monday.
    Chancellor Angela Merkel condemned such a murderous attack" (Monday's words, not the
    publication day's)."""
    if not is_simple_past_act(trigger) or event_status(trigger) not in FRESH_STATUSES:
        return None
    previous = paragraph_neighbours(trigger.sent, coded)[0]
    if previous is None:
        return None
    found = recent_day_of(previous, coded)
    if found is None:
        return None
    return EventDate(found.value, "day", found.timex, f"time:previous-sentence:{found.timex.text}")


def is_simple_past_act(trigger: Token) -> bool:
    """A verb told in the simple past, its own or its tense bearer's ("condemned", "was killed")."""
    return trigger.pos_ in ("VERB", "AUX") and finite_tag(tense_bearer(trigger)) == "VBD"


@cache
def narrative_lag() -> int:
    return int(load_toml(DATING_FILE)["narrative"]["min_days_before_publication"])


def narrative_past(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """An undated act in the simple past next to a sentence, in its paragraph, that dates its acts
    long before the publication day (dating.toml [narrative]) is part of a told past: background."""
    published = parse_day(coded.article.published)
    if published is None or not is_simple_past_act(trigger):
        return None
    for neighbour in paragraph_neighbours(trigger.sent, coded):
        if neighbour is None:
            continue
        # the neighbour's own acts: its main verb and conjuncts, not a relative clause's past
        # ("Kenya, which helped form the Somali government in 2004, asked Ethiopia to ...")
        timexes = [d.timex for word in (neighbour.root, *neighbour.root.conjuncts)
                   if (d := own_date(word, coded)) is not None and d.value and d.timex is not None]
        if not timexes:
            continue
        timex = timexes[0]
        point = parse_point(timex.value)
        if point is not None and (published - point.day).days >= narrative_lag():
            return EventDate(None, "none", timex, f"time:background(narrative:{timex.text})", background=True)
        return None  # the nearest dated neighbour is recent: news, not a told past
    return None


def paragraph_neighbours(sentence: Span, coded: CodedArticle) -> tuple[Span | None, Span | None]:
    """The sentences before and after `sentence` when they lie in its paragraph, else None. A
    paragraph break may open a sentence as white space, so sentences are compared by first words."""
    doc = sentence.doc
    before = doc[sentence.start - 1].sent if sentence.start > 0 else None
    after = doc[sentence.end].sent if sentence.end < len(doc) else None
    start = first_word(sentence).idx
    if before is not None and not same_paragraph(first_word(before).idx, start, coded):
        before = None
    if after is not None and not same_paragraph(start, first_word(after).idx, coded):
        after = None
    return before, after


def first_word(span: Span) -> Token:
    """The span's first token that is not white space (a paragraph break may open a sentence)."""
    return next((token for token in span if not token.is_space), span[0])


def same_paragraph(first: int, second: int, coded: CodedArticle) -> bool:
    """Whether two character offsets of the text lie in one paragraph: none of the article's
    paragraphs starts between them, and no line break lies between them (an article given as bare
    text has no paragraph records)."""
    return not any(first < p.start <= second for p in coded.article.paragraphs) \
        and "\n" not in coded.article.text[first:second]


def parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def story_day_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """An undated fresh-news verb of the story has the story's day, where the lede dates it before
    the publication day ("clashed on Monday ..." printed on Wednesday: "Mr. Trump asked")."""
    if trigger.pos_ not in ("VERB", "AUX") or event_status(trigger) not in FRESH_STATUSES:
        return None
    return story_day(trigger, coded)


# The tags of a clause of the same time that may take the date of the verb it hangs on: a simple
# past ("as workers picketed outside") or a participle ("while praising Hillary Clinton"); a
# present or a perfect is a state or a background ("while Kerry negotiates with Russia").
SIMULTANEOUS_TAGS = frozenset({"VBD", "VBG"})


def simultaneous_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """"Gwen Graham on Friday pummeled Donald Trump as divisive while praising Hillary Clinton",
    "McAdam said at an investors conference this week, as workers picketed outside": an event in a
    clause of the same time ("when", "as", "while") has the date of the clause it hangs on."""
    verb = clause_head(trigger)
    if verb.i != trigger.i or not is_simultaneous_clause(verb.head, verb) or finite_tag(verb) not in SIMULTANEOUS_TAGS \
            or is_perfect(verb) or is_perfect_progressive(verb) or event_status(trigger) not in FRESH_STATUSES:
        return None
    dated = own_date(verb.head, coded)
    if dated is None or dated.timex is None:
        return None
    return EventDate(dated.value, dated.precision, dated.timex, f"time:simultaneous:{dated.timex.text}")


def stated_stance_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """"Clinton stated earlier this week that she is willing to sit down with the investigators": a
    stance in the present ("is willing", "is ready to") that is the content of a dated saying is
    taken at the saying, so the saying's date is its own (data/time/dating.toml stance_adjectives)."""
    verb = clause_head(trigger)
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or finite_tag(verb) not in PRESENT_TAGS or is_perfect(verb):
        return None
    if not any(child.dep_ == "acomp" and child.lemma_.lower() in dating_words().stance_adjectives
               for child in verb.children):
        return None
    saying = clause_head(verb.head)
    if saying.lemma_.lower() not in speech_verbs() or event_status(trigger) not in FRESH_STATUSES:
        return None
    dated = own_date(saying, coded)
    if dated is None or dated.timex is None:
        return None
    return EventDate(dated.value, dated.precision, dated.timex, f"time:stated-stance:{dated.timex.text}")


def anchor_of(trigger: Token) -> tuple[str, Token] | None:
    """The preposition that ties the trigger to a verb's time, and that verb: "said [after]
    meeting with Putin", "told Lee [during] their meeting", "said [following] his talks", "dealt a
    blow [by] rejecting a treaty" (the means, done at the verb's time)
    ("following" is parsed as a verb with the event as its object)."""
    if (offset := offset_anchor(trigger)) is not None:
        return offset[0].lower_, offset[1]
    preposition, words = trigger.head, dating_words()
    if trigger.dep_ not in ("pobj", "pcomp", "dobj") or preposition.dep_ != "prep" or preposition.i == trigger.i:
        return None
    governor = preposition.head
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    if preposition.lower_ not in words.anchor_prepositions and not (
            preposition.lower_ in words.saying_anchor_prepositions and trigger.pos_ == "NOUN"
            and governor.lemma_.lower() in speech_verbs()) and not (
            preposition.lower_ in words.means_prepositions and trigger.dep_ == "pcomp" and trigger.tag_ == "VBG"):
        return None
    return preposition.lower_, governor


# the labels of a word of time that a measure may go with: a preposition ("a day after the raid")
# or the mark of an adverbial clause ("three days after militants abducted a soldier")
OFFSET_DEPS = ("prep", "mark")


def offset_measures(preposition: Token) -> list[Token]:
    """The nouns that may measure the distance a preposition or mark puts: one that hangs on it, the
    one it hangs on ("broke out on Friday, a day after the raid"), or, for a mark, one that hangs
    before it on its clause's verb, as the parser may have it ("three days after militants
    abducted")."""
    measures = [c for c in preposition.children if c.dep_ == "npadvmod"]
    if preposition.head.dep_ == "npadvmod":
        measures.append(preposition.head)
    if preposition.dep_ == "mark":
        measures += [c for c in preposition.head.children if c.dep_ == "npadvmod" and c.i < preposition.i]
    return measures


def anchor_offset(preposition: Token) -> tuple[int, str] | None:
    """How far the event a preposition ties lies from the time of the clause it hangs on, signed,
    in a TIMEX3 unit: "came a day after a Clinton endorsement" (-1, D), "met two weeks before the
    summit" (+2, W), "hours after the attack" (0: the same day); None without a measure, or with
    one that gives no count ("days after"). The preposition may be the mark of a clause ("three
    days after militants abducted a soldier")."""
    words = dating_words()
    earlier = preposition.lower_ in words.offset_earlier_prepositions
    if preposition.dep_ not in OFFSET_DEPS or not earlier and preposition.lower_ not in words.offset_later_prepositions:
        return None
    units, numbers = lexicon()["unit"], lexicon()["number"]
    for measure in (m for m in offset_measures(preposition) if m.lower_ in units):
        unit = units[measure.lower_]
        counts = [int(c.text) if c.text.isdigit() else numbers.get(c.lower_)
                  for c in measure.children if c.dep_ in ("nummod", "det")]
        count = next((n for n in counts if isinstance(n, int)), 0 if unit in FINER_THAN_A_DAY else None)
        if count is not None:
            return (-count if earlier else count), unit
    return None


def offset_anchor(trigger: Token) -> tuple[Token, Token, tuple[int, str]] | None:
    """The preposition with a measure that ties the trigger to a verb's time, that verb, and the
    offset ("Obama met Putin on Monday, two weeks before the talks": before, met, +2 W), or the
    measured mark of the trigger's clause ("restored its operation on June 28, three days after
    militants abducted a soldier": after, restored, -3 D)."""
    preposition = trigger.head if trigger.dep_ in ("pobj", "pcomp") else measured_mark(trigger)
    if preposition is None or (offset := anchor_offset(preposition)) is None:
        return None
    if preposition.dep_ == "mark":
        governor = trigger.head  # the mark hangs on the trigger, whose clause hangs on the verb
    else:
        governor = preposition.head.head if preposition.head.dep_ == "npadvmod" else preposition.head
    return (preposition, governor, offset) if governor.pos_ in ("VERB", "AUX") else None


def measured_mark(verb: Token) -> Token | None:
    """The mark of an adverbial clause, which a measure may go with: "[after]" in "three days after
    militants abducted a soldier" (`anchor_offset` reads the measure); else None."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)


def outside_offset_phrase(trigger: Token, timex: TimeExpr) -> bool:
    """A date outside the phrase of an event tied by a measured preposition is the time of the
    clause it hangs on, which the event lies some way from (`anchored_date` moves it)."""
    if offset_anchor(trigger) is None:
        return False
    span = span_of(trigger.doc, timex.start, timex.end)
    return span is None or not trigger.left_edge.i <= span.root.i <= trigger.right_edge.i


def measures_an_event(trigger: Token, timex: TimeExpr) -> bool:
    """The timex is the measure of a preposition before an event ("came a day after a Clinton
    endorsement"): a distance from that event's time, no date of the clause it is in."""
    span = span_of(trigger.doc, timex.start, timex.end)
    if span is None:
        return False
    prepositions = [t for t in span if t.dep_ == "prep"] + [c for t in span for c in t.children if c.dep_ == "prep"]
    prepositions += [t.head for t in span if t.dep_ == "npadvmod" and t.head.dep_ == "prep"]
    return any(anchor_offset(p) is not None and any(c.dep_ in ("pobj", "pcomp") and not span.start <= c.i < span.end
                                                     for c in p.children) for p in prepositions)


# The granularity an offset of a unit leaves a date at: "two months after" a day is a month.
OFFSET_GRANULARITY = {"M": "month", "Q": "month", "Y": "year", "DE": "year", "CE": "year"}
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def offset_date(dated: EventDate, offset: tuple[int, str]) -> tuple[str | None, DatePrecision]:
    """The governor's date moved by the anchor's offset, at the coarser of the two granularities;
    a date coarser than the offset's unit stays as it is ("a day after" an event of March)."""
    point = parse_point(dated.value) if dated.value else None
    amount, unit = offset
    granularity = OFFSET_GRANULARITY.get(unit, "day")
    if point is None or GRANULARITY_RANK.get(point.granularity, 4) > GRANULARITY_RANK[granularity]:
        return dated.value, dated.precision
    coarser = max(point.granularity, granularity, key=GRANULARITY_RANK.__getitem__)
    return as_event_date(Point(shift(point.day, amount, unit), coarser))


def anchored_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """An event tied by "after", "during" ... to a verb has that verb's date: its own, none if it is
    background, or the publication day if it is undated fresh news ("Lee said following his
    25-minute talks with Clinton": the talks are the day's news too; "he said at a meeting of
    the Central Committee")."""
    anchor = anchor_of(trigger)
    if anchor is None:
        return None
    word, governor = anchor
    measured = offset_anchor(trigger)
    offset = measured[2] if measured is not None else None
    if offset is not None:
        word = f"{word} {offset[0]:+d}{offset[1]}"
    dated = event_date(governor, coded)
    rule = f"time:anchored({word}):{dated.rule}"
    published = coded.article.published
    if not dated.value and not dated.background:
        if not published or dated.rule != "time:no-date-in-text" or event_status(governor) not in FRESH_STATUSES:
            return None
        day = story_day(trigger, coded)
        dated = EventDate(day.value, day.precision, day.timex, f"{rule}:{day.rule}") if day is not None \
            else EventDate(published[:10], "day", None, f"{rule}:publication date")
        rule = dated.rule
    value, precision = offset_date(dated, offset) if offset is not None else (dated.value, dated.precision)
    return EventDate(value, precision, dated.timex, rule, dated.background)


def title_words(coded: CodedArticle) -> str:
    return " ".join((coded.article.title or "").split()).lower()


def is_title_sentence(sentence: Span, title: str) -> bool:
    text = " ".join(sentence.text.split()).lower().rstrip(".;:")
    return not text or (bool(title) and text in title)


def in_lede(trigger: Token, coded: CodedArticle) -> bool:
    """The trigger is in the article's first sentence after its headline (and sub-headline)."""
    return lede_start(trigger.doc, title_words(coded)) == sentence_of(trigger).start


# `lede_start` of a Doc, by the headline's words, kept in `doc.user_data` under this key: `in_lede`
# is asked for many triggers, and walked the sentences (and joined their texts) each time.
LEDE_KEY = "communique.time.dating.lede_start"


def lede_start(doc: Doc, title: str) -> int | None:
    """The first token of the first sentence that is no headline sentence, if there is one."""
    return remembered(doc.user_data.setdefault(LEDE_KEY, {}), title,
                      lambda: next((s.start for s in sentences(doc) if not is_title_sentence(s, title)), None))


def attributing_verb(trigger: Token) -> Token | None:
    """The verb of saying the trigger's clause is reported by: "[the army said] Sunday that ...",
    "..., the ministry [said] Sunday" (also when the parser hangs it on the event as a conjunct)."""
    node = main_verb(clause_head(trigger))
    for _ in range(MAX_COMPLEMENT_DEPTH):
        if node.dep_ not in ("ccomp", "parataxis") or node.head.i == node.i:
            break
        node = clause_head(node.head)
        if node.lemma_.lower() in speech_verbs():
            return node
    return next((child for child in node.children if child.dep_ in ("conj", "parataxis") and child.i > trigger.i
                 and child.lemma_.lower() in speech_verbs()
                 and not any(c.dep_ in ("ccomp", "dobj") for c in child.children)), None)


def fresh_in_lede(verb: Token, reason: str | None) -> bool:
    """In a lede, the present perfect ("have arrested, the ministry said Sunday") and the present
    ("promises an aid package", "troops are besieging the town") are the news, unless a word
    marks them as background."""
    if reason is None:
        return True
    if reason not in ("perfect", "present") or marked_reason(verb, first_conjunct(verb)) is not None:
        return False
    # "the Danish minister promises an aid package ..., Ritzau reported on Monday": a lede's
    # present is the news too
    tensed = tense_bearer(verb)
    return reason == "present" or (finite_tag(tensed) in PRESENT_TAGS and is_perfect(tensed))


def is_lede_news(trigger: Token, coded: CodedArticle, reason: str | None) -> bool:
    """The trigger is the verb of a lede clause in the present progressive or the present perfect
    ("is calling for", "have arrested"), which is the news; a lede's simple present may be a state
    ("the United States supports efforts ...") and stays background unless a saying dates it."""
    verb = clause_head(trigger)
    if verb.i != trigger.i or not is_clause_head(verb) or not fresh_in_lede(verb, reason):
        return False
    tensed = tense_bearer(verb)
    if finite_tag(tensed) not in PRESENT_TAGS or not (tensed.tag_ == "VBG" or is_perfect(tensed)):
        return False
    return event_status(trigger) in FRESH_STATUSES and in_lede(trigger, coded)


def lede_report_date(trigger: Token, coded: CodedArticle, reason: str | None) -> EventDate | None:
    """An undated event of the lede takes the date of the saying that reports it: "Coastguard
    officials at Piraeus have arrested the engineer, the ministry said Sunday"."""
    verb = clause_head(trigger)
    if verb.i != trigger.i or not is_clause_head(verb) or not fresh_in_lede(verb, reason) \
            or not in_lede(trigger, coded):
        return None  # a noun's event keeps its own time ("regretted America's refusal to ratify")
    if event_status(trigger) not in FRESH_STATUSES:
        return None  # "assured Lee Friday that the United States will defend ...": a plan keeps its own time
    return saying_date(trigger, coded, "time:lede-report")


def saying_date(trigger: Token, coded: CodedArticle, rule: str) -> EventDate | None:
    """The date of the saying that reports the trigger, when the text gives it one."""
    saying = attributing_verb(trigger)
    dated = own_date(saying, coded) if saying is not None else None
    if dated is None or dated.timex is None:
        return None
    return EventDate(dated.value, dated.precision, dated.timex, f"{rule}:{dated.timex.text}")


def report_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """An undated act in the simple past that a dated saying reports, outside the lede too, was done
    by the saying's day, which is a nearer date than the publication day: "The state-run television
    reported Tuesday that gunmen ... stormed the ministry's building" (published on Wednesday). It is
    only the latest day the act may have been done: the story's own day, when the text gives one,
    comes first ("Mook said in an interview earlier Thursday morning that Trump lashed out at our
    nation's generals", at Wednesday night's forum)."""
    if clause_head(trigger).i != trigger.i or event_status(trigger) not in FRESH_STATUSES:
        return None  # a noun's event keeps its own time, as in `lede_report_date`
    return saying_date(trigger, coded, "time:report")


# Pronouns by which the next sentence goes on about the subject of the one before.
CONTINUING_PRONOUNS = frozenset({"he", "she", "they"})


def subject_words(verb: Token) -> set[str]:
    """The words of the subject of `verb`'s clause (its proper nouns and nouns), lower case."""
    return {w.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            for w in c.subtree if w.pos_ in ("PROPN", "NOUN")}


def definite_occasion(trigger: Token) -> Token | None:
    """The definite occasion noun of no date of its own that the trigger's clause (or its first
    conjunct, whose adjuncts it shares) is set at: "during the meeting", "at their talks"."""
    words = dating_words()
    verb = main_verb(clause_head(trigger))
    for clause in dict.fromkeys([verb, first_conjunct(verb), reported_conjunct(verb)]):
        for prep in clause_prepositions(clause):
            if prep.lower_ not in words.anaphoric_occasion_prepositions:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in words.single_occasion_nouns and is_definite(noun) \
                        and not any(c.ent_type_ in ("DATE", "TIME") for c in noun.subtree):
                    return noun
    return None


def clause_prepositions(clause: Token) -> list[Token]:
    """The prepositions of the clause: on its verb, or on a noun or a subjectless infinitive within
    it, where the parser may hang an adjunct of the verb ("sought permission to resume its prison
    visits during the meeting"); not those of another finite clause or of one with its own subject."""
    found = []
    for token in clause.subtree:
        if token.dep_ != "prep":
            continue
        head = token.head
        while head.i != clause.i and head.head.i != head.i:
            if head.pos_ in ("VERB", "AUX") and (finite_tag(head) in TENSED_TAGS
                                                 or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)):
                break
            head = head.head
        if head.i == clause.i:
            found.append(token)
    return found


def reported_conjunct(verb: Token) -> Token:
    """The clause a reported clause is coordinated with, where the parser hangs both on the verb of
    saying after them ("The agency sought permission during the meeting, but officials rejected the
    appeal, he said": two complements of "said", the first holding the "but"); else the verb."""
    if verb.dep_ != "ccomp":
        return verb
    for sibling in verb.head.children:
        if sibling.dep_ == "ccomp" and sibling.i < verb.i \
                and any(c.dep_ == "cc" and sibling.i < c.i < verb.i for c in sibling.children):
            return sibling
    return verb


def is_definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in dating_words().definite_determiners for c in noun.children)


def occasion_mentions(noun: Token) -> list[Token]:
    """Earlier mentions of the occasion `noun` names, nearest first, within the reach: the same
    noun, or a verb of its event ("a meeting" / "met", dating.toml `occasion_verbs`)."""
    lemma = noun.lemma_.lower()
    verbs = {pair.split()[1] for pair in dating_words().occasion_verbs if pair.split()[0] == lemma}
    first_sentence = noun.sent
    for _ in range(occasion_anaphor_reach()):
        if first_sentence.start == 0:
            break
        first_sentence = noun.doc[first_sentence.start - 1].sent
    return [token for token in reversed(noun.doc[first_sentence.start:noun.sent.start])
            if (token.pos_ == "NOUN" and token.lemma_.lower() == lemma)
            or (token.pos_ == "VERB" and token.lemma_.lower() in verbs)]


def mention_date(mention: Token, coded: CodedArticle) -> EventDate | None:
    """The date of an occasion's mention: a verb's own date ("met on Tuesday"); a noun's when the
    date hangs on it ("a meeting last week", "the summit to be held on Nov. 4") or it is the subject
    or object of a verb of holding it ("the meeting was held on Monday"; dating.toml `holding_verbs`),
    not when another act's date is told of it ("Russia proposed the meeting on Monday") or it is
    only named in another occasion's phrase ("Preparatory meetings for the summit were held ...")."""
    dated = own_date(mention, coded)
    if dated is None or mention.pos_ == "VERB" or dated.timex is None:
        return dated
    phrase = mention.doc[mention.left_edge.i:mention.right_edge.i + 1]
    inside = phrase.start_char <= dated.timex.start and dated.timex.end <= phrase.end_char
    held = mention.dep_ in ("nsubj", "nsubjpass", "dobj") \
        and mention.head.lemma_.lower() in dating_words().holding_verbs
    return dated if inside or held else None


def anaphoric_occasion_date(trigger: Token, coded: CodedArticle) -> EventDate | None:
    """"The aid agency also sought the junta's permission during the meeting, but military officials
    rejected the appeal": an event set at a definite occasion with no date of its own is dated by
    the nearest earlier mention of it ("a meeting last week between junta officials and the
    representative of the Red Cross"), when that mention has a date."""
    noun = definite_occasion(trigger)
    if noun is None:
        return None
    for mention in occasion_mentions(noun):
        dated = mention_date(mention, coded)
        if dated is not None and dated.value:
            said = dated.timex.text if dated.timex else ""
            return EventDate(dated.value, dated.precision, dated.timex, f"time:occasion-anaphor:{said}")
        # an undated mention, or a new occasion ("a meeting", "met"), has no date to give
        if dated is not None or not is_definite(mention):
            return None
    return None


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
