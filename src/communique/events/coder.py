"""The event coder: from a parsed article to coded events, one sentence at a time.

For each sentence: find the tokens that carry a trigger (lexicon.py, matcher.py); take them from
the top of the parse down, so that the content of a coded event ("agreed *to provide aid*",
"rejected a proposal for *a cease-fire*") is part of that event and not a second one; find the
actor and recipient on the parse (arguments.py); read the event's status from its clause (one
reader for the whole product, `time.clause.event_status`); give PLOVER's future reading where the
grammar puts the action ahead (modality.py, codes.py); ask `time` for the date and `geo` for the
place. Every decision is written to an optional trace, which
`communique explain` prints.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import Generic, TypeVar

from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..docfacts import sentences, token_table
from ..model import FRESH_STATUSES, Actor, CodedArticle, DatePrecision, Event, Status
from ..resources import load_toml
from ..sport import is_sport_article, sport_words
from ..time.clause import is_answered_deed
from . import arguments as args
from .codes import Coding, coding, refusal_code
from .constructions import DoerMemory, constructions, giver_objects, receiving_verb, sequel_verb, stands_apart
from .lexicon import Lexicon, Pattern, Trigger, load_lexicon
from .matcher import Match, light_verb, match_token
from .modality import MODALITY_FILE, cues, decided_act, demand_clause, is_refusal, no_event_frame, predicate_of, reading
from .senses import (
    NOT_AN_EVENT,
    abstract_object,
    any_word,
    empty_promise,
    figurative_cameo,
    missing_frame,
    subjects_of,
    word_list,
)
from .stages import actors_stage_installed, clause_status, needs, role_sector

# Dependencies through which a trigger is the content of the coded trigger above it.
ABSORBING_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "xcomp", "ccomp", "attr", "oprd", "acomp", "dative",
                            "pcomp", "csubj", "acl"})
# Dependencies that start an independent clause or phrase: an event below them stands alone.
BOUNDARY_DEPS = frozenset({"relcl", "conj", "parataxis", "appos"})
# A clause with one of these marks is the condition of the event above it, not an event: "unless Baghdad accepted";
# or, with "for", its content: "is pushing hard for the US [to] support its plan", "called for Britain to stay".
CONDITION_MARKS = frozenset({"if", "unless", "until", "whether", "for"})
# Entity labels spaCy gives to things that can act, used only when the actors stage is absent.
FALLBACK_ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "none": 0}
PUBLICATION_DATE_RULE = "date: publication date (the text gives none for this fresh-news event)"


@dataclass(slots=True)
class Trial:
    """What the coder did with one trigger word, for `communique explain`."""

    sentence: int
    token: str
    tried: tuple[str, ...]
    outcome: str  # coded, blocked, absorbed, no-actor, no-plover, anaphor
    reason: str


@dataclass(slots=True)
class CodedEvent:
    """An event with what deduplication needs to know about where it came from."""

    event: Event
    token: Token
    base_type: str  # the PLOVER type before the future reading: CONSULT for a planned meeting
    date_rank: int  # day 3, month 2, year 1, none 0, the publication date standing in -1
    definite: bool = False  # a definite noun ("the talks") that may repeat an event told elsewhere


@dataclass(slots=True)
class Anaphor:
    """A definite nominal trigger with no party of its own ("confirmed the meeting")."""

    token: Token
    base_type: str
    status: str  # the coder's reading of its clause: "the talks would go ahead" is planned


@dataclass(slots=True)
class SentenceResult:
    events: list[CodedEvent] = field(default_factory=list)
    anaphors: list[Anaphor] = field(default_factory=list)


def actor_records(doc: Doc, coded: CodedArticle) -> list[Actor]:
    """The actors to code with: the actors stage's records, or (when that stage is not installed)
    spaCy's named entities as unresolved mentions with no code."""
    if actors_stage_installed():
        return coded.actors
    return [Actor(text=e.text, start=e.start_char, end=e.end_char) for e in doc.ents
            if e.label_ in FALLBACK_ACTOR_LABELS]


def resolved(actor: Actor) -> bool:
    return actor.code is not None or not actors_stage_installed()


def is_absorbed(token: Token, coded_tokens: set[int], made: frozenset[int] = frozenset()) -> Token | None:
    """The coded trigger this token is the content of, if any. A participle beside the clause of
    a trigger ("carried out air strikes, killing dozens") is its own event only when that trigger
    made none (`made` holds the tokens that did): the dev sets count one event where both are
    told, and the act beside it most often repeats the first ("stormed the base, killing 17").
    A deed the act answers ("vowed to retaliate for the air strikes") is none of its content."""
    if is_answered_deed(token):
        return None
    child, apart = token, False
    for head in token.ancestors:
        if child.dep_ == "conj" and head.i not in coded_tokens:
            child = head  # "called on Arabs to unite and mobilize": a coordinated content verb is content
            continue
        if child.dep_ in BOUNDARY_DEPS:
            return None
        apart = apart or stands_apart(child, coded_tokens)
        if apart and head.i in coded_tokens and head.i not in made:
            return None
        if child.dep_ == "advcl" and any(c.dep_ in args.SUBJECT_DEPS for c in child.children) \
                and not any(c.lower_ in CONDITION_MARKS for c in child.children if c.dep_ == "mark"):
            return None  # an adverbial clause with its own subject stands alone, unless it is a condition
        if head.i in coded_tokens:
            if child.dep_ in ABSORBING_DEPS or child.dep_ in ("prep", "advcl", "agent"):
                return head
            return None
        child = head
    return None


def is_definite(noun: Token) -> bool:
    """"the talks", "these talks": a noun that may point back to an event already told."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def is_noun_modifier(token: Token) -> bool:
    """A noun trigger modifying another noun ("ceasefire agreement", "peace talks envoy")."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("compound", "amod", "nmod") \
        and token.head.pos_ in ("NOUN", "PROPN")


def carrier_of(token: Token, lexicon: Lexicon) -> Token | None:
    """The noun that carries a modifying trigger's event ("mediation effort": effort), if any; not
    one that is a trigger itself ("mediation effort" may be a lexicon entry of its own)."""
    head = token.head
    if not is_noun_modifier(token) or head.lemma_.lower() not in args.rules().carrier_nouns:
        return None
    match = match_token(head, lexicon)
    return head if match is None or match.trigger is None else None


def evidence_span(predicate: Token) -> Span:
    """The clause of the predicate, without trailing clauses and the speech frame around it."""
    drop = ("advcl", "conj", "cc", "punct", "parataxis", "ccomp", "relcl")
    kept = [c for c in predicate.children if c.dep_ != "mark"
            and (c.dep_ not in drop or c.i < predicate.i and c.dep_ not in ("punct", "cc"))]
    left = min([predicate.i, *(c.left_edge.i for c in kept)])
    right = max([predicate.i, *(c.right_edge.i for c in kept)])
    return predicate.doc[left:right + 1]


def tree_depth(offsets: list[int], i: int) -> int:
    """`len(list(doc[i].ancestors))`, walked on the Doc's relative heads (a Token made per
    ancestor was a tenth of `code_sentence`'s own time); as spaCy's walk, at most len(doc) steps."""
    steps = 0
    while offsets[i] != 0 and steps < len(offsets):
        i += offsets[i]
        steps += 1
    return steps


V = TypeVar("V")


def event_id(article_id: str, start: int, end: int, plover: str) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}:{plover}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class PickedDate:
    value: str | None
    precision: DatePrecision
    rule: str
    ahead: bool = False  # the time stage's EventDate.ahead: a day after the publication day


def refusal_status(trigger: Token) -> Status:
    """A refusal ("will not endorse") is made by the clause that tells it: "Bush said he will not
    endorse Trump" refused, but "Bush has been considering announcing that he will not endorse
    Trump" only may (hand read of corpus events): a refusal in a complement clause takes the status
    of its governor as an act."""
    predicate = predicate_of(trigger)
    if predicate.dep_ in ("ccomp", "xcomp") and predicate.head.i != predicate.i:
        return clause_status(predicate.head)
    return "asserted"


def pick_date(trigger: Token, coded: CodedArticle, status: str, kind: str) -> PickedDate:
    """The date from the time stage; the publication date for undated fresh news."""
    ask_time = needs().event_date
    if ask_time is None:
        return PickedDate(None, "none", "date:none(time stage absent)")
    found = ask_time(trigger, coded)
    if found.value:
        return PickedDate(found.value, found.precision, f"date:time({found.rule})", found.ahead)
    if found.background:  # undated background: not the publication day
        return PickedDate(None, "none", f"date:none({found.rule})")
    if kind == "verb" and status in FRESH_STATUSES and coded.article.published:
        return PickedDate(coded.article.published, "day", PUBLICATION_DATE_RULE)
    return PickedDate(None, "none", "date:none")


def future_coding(trigger: Trigger) -> Coding | None:
    """The trigger's code in PLOVER's future reading (a planned meeting is AGREE 036), if it has one."""
    return coding(trigger.cameo, plover=trigger.plover, mode=trigger.mode, context=trigger.context, future=True)


def pick_location(trigger: Token, coded: CodedArticle):  # noqa: ANN201 (Location | None)
    ask_geo = needs().event_location
    return ask_geo(trigger, coded) if ask_geo is not None else None


def confidence(trigger: Trigger, actor: args.Side, recipient: args.Side, kind: str) -> float:
    score = 0.5 + 0.2 * bool(actor) + 0.15 * bool(recipient) + 0.05 * min(trigger.pattern.specificity, 2)
    score -= 0.1 * (kind == "noun") + 0.2 * (not actor)
    return round(max(0.1, min(score, 0.95)), 2)


class SentenceCoder:
    """Codes the sentences of one article."""

    def __init__(self, doc: Doc, coded: CodedArticle, *, trace: list[Trial] | None = None) -> None:
        self.doc = doc
        self.coded = coded
        self.lexicon: Lexicon = load_lexicon()
        self.index = args.ActorIndex(doc, actor_records(doc, coded), usable=resolved)
        self.places = args.ActorIndex(doc, args.place_actors(coded.places))
        self.sport_article = is_sport_article(doc, coded.article.text or doc.text)
        self.trace = trace
        self.may_trigger, self.may_demand = token_screens(doc, self.lexicon)
        self.doers = DoerMemory()  # the article's last doer of each coercive act (constructions.py)

    def depth(self, i: int) -> int:
        return tree_depth(token_table(self.doc).head, i)

    def note(self, sentence: int, token: Token, tried: tuple[str, ...], outcome: str, reason: str) -> None:
        if self.trace is not None:
            self.trace.append(Trial(sentence, f"{token.text} ({token.lemma_}, {token.pos_}, {token.dep_})", tried,
                                    outcome, reason))

    def code_sentence(self, sent: Span, number: int) -> SentenceResult:
        result = SentenceResult()
        sport = sport_words(sent) if self.sport_article else []
        if sport:
            if self.trace is not None:
                self.note(number, sent.root, (), "blocked", f"a sport sentence ({', '.join(sport)})")
            return result
        matches: list[Match] = []
        doc = self.doc
        # the sentence's tokens match_token may find a trigger on (the others it returns None for)
        for i in in_range(self.may_trigger, sent.start, sent.end):
            token = doc[i]
            match = match_token(token, self.lexicon)
            if match is None:
                continue
            if match.trigger is None:
                reason = f"blocked by {match.blocked_by.source} '{match.blocked_by.text}'" if match.blocked_by \
                    else "no pattern matched its context"
                self.note(number, token, match.tried, "blocked", reason)
                continue
            matches.append(match)
        # (depth, token, its match, or the clause of the demand it makes: read once, kept for below)
        candidates: list[tuple[int, Token, Match | None, Token | None]] = [
            (self.depth(m.token.i), m.token, m, None) for m in matches]
        candidates += [(self.depth(i), t, None, clause) for i in in_range(self.may_demand, sent.start, sent.end)
                       if (clause := demand_clause(t := doc[i])) is not None]
        coded_tokens: set[int] = set()
        made: set[int] = set()  # the trigger tokens that made an event
        for _, token, match, demanded in sorted(candidates, key=lambda c: (c[0], c[1].i)):
            absorber = is_absorbed(token, coded_tokens, frozenset(made))
            tried = match.tried if match else ("speech verb + demand modal",)
            if absorber is not None:
                self.note(number, token, tried, "absorbed", f"content of the event of '{absorber.text}'")
                continue
            if match is not None and is_noun_modifier(token) and carrier_of(token, self.lexicon) is None:
                self.note(number, token, tried, "absorbed", f"modifies the noun '{token.head.text}'")
                continue
            clause = demanded if match is None else None
            if (frame := no_event_frame(token, match.trigger.cameo if match and match.trigger else None)) is not None:
                self.note(number, token, tried, "blocked", frame)
                coded_event = None
            elif match is not None and match.trigger is not None:
                coded_event = self.code_trigger(token, match.trigger, match.tried, number, result)
            elif clause is not None:
                coded_event = self.code_demand(token, clause, number)
            else:
                coded_event = None
            if coded_event is not None:
                result.events.append(coded_event)
                made.add(token.i)
            # the content of a trigger word is never an event of its own, even when the trigger
            # itself could not be coded (no resolved actor): "Tutu called for sanctions against Nigeria"
            coded_tokens.add(token.i)
            if (governor := self.light_verb_governor(token)) is not None:
                coded_tokens.add(governor.i)
        return result

    def light_verb_governor(self, noun: Token) -> Token | None:
        """The light verb whose object this noun trigger is ("held talks": held), if any."""
        governor, _ = args.governing_verb(noun)
        carrier = light_verb(governor, self.lexicon) if governor is not None else None
        if governor is not None and carrier is not None and args.object_of(noun, governor, carrier.particles):
            return governor
        return None

    def sides(self, token: Token, kind: str) -> tuple[args.Side, args.Side]:
        if kind == "verb":
            return args.verb_actor(token, self.index), args.verb_recipient(token, self.index)
        if (receiver := self.receiving_verb(token)) is not None:  # "Kenya received aid from Japan"
            giver = args.noun_actor(token, self.index)
            if not giver:
                giver = args.side_from(giver_objects(token, receiver), self.index)
            taker = args.verb_actor(receiver, self.index)
            taker.path = f"receiver '{receiver.lemma_}' {taker.path}"
            return giver, taker
        actor, recipient = args.noun_actor(token, self.index), args.noun_recipient(token, self.index)
        if (governor := self.light_verb_governor(token)) is not None:
            if not actor:
                actor = args.verb_actor(governor, self.index)
                actor.path = f"light-verb '{governor.lemma_}' {actor.path}"
            if not recipient:
                recipient = args.verb_recipient(governor, self.index)
        elif not actor and self.takes_part(token) and (
                verb := args.participant_verb(token) or self.active_sequel_verb(token)):
            actor = args.verb_actor(verb, self.index)
            actor.path = f"participant of '{verb.lemma_}' {actor.path}"
        return actor, recipient

    def noun_plover(self, noun: Token) -> str | None:
        """The PLOVER type of the noun trigger's best pattern, if it has one."""
        match = match_token(noun, self.lexicon)
        if match is None or match.trigger is None:
            return None
        found = coding(match.trigger.cameo, plover=match.trigger.plover)
        return found.plover if found is not None else None

    def receiving_verb(self, noun: Token) -> Token | None:
        """The verb whose subject receives the act of this noun trigger, if its type is received."""
        verb = receiving_verb(noun)
        if verb is None or self.noun_plover(noun) not in constructions().received_types:
            return None
        return verb

    def active_sequel_verb(self, noun: Token) -> Token | None:
        """The active verb after whose talks with someone ("said after talks with Dini") the noun is."""
        verb = sequel_verb(noun)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or args.is_passive(verb) \
                or any(c.dep_ in ("attr", "acomp") for c in verb.children):
            return None
        return verb

    def takes_part(self, noun: Token) -> bool:
        """A noun trigger of a type whose carrying verb's subject takes part ("arrived for a visit")."""
        return self.noun_plover(noun) in args.rules().participant_types

    def code_trigger(self, token: Token, trigger: Trigger, tried: tuple[str, ...], number: int,
                     result: SentenceResult) -> CodedEvent | None:
        kind = "verb" if trigger.pattern.pos == "V" else "noun"
        if kind == "verb" and args.has_figure_subject(token):
            self.note(number, token, tried, "blocked", "its subject is a figure that moves, not a party")
            return None
        if (missing := missing_frame(token) or self.campaign_event(token)) is not None:
            self.note(number, token, tried, "blocked", missing)
            return None
        bearer = carrier_of(token, self.lexicon) or token  # the word whose parties the trigger's are
        actor, recipient = self.sides(bearer, kind)
        recipient.actors = [a for a in recipient.actors if not args.same_actor(a, actor.actors)]
        base = coding(trigger.cameo, plover=trigger.plover, mode=trigger.mode, context=trigger.context)
        if base is None:
            self.note(number, token, tried, "no-plover", f"CAMEO {trigger.cameo} has no PLOVER type")
            return None
        if kind == "verb" and base.plover in args.rules().victim_only_types and self.by_accident(token):
            self.note(number, token, tried, "blocked", "harm done by an accident")  # "injured in an accident"
            return None
        if (figurative := figurative_cameo(token, base.plover, self.names_a_person)) == NOT_AN_EVENT:
            self.note(number, token, tried, "blocked", f"{base.plover} word of a contest for office: no event")
            return None
        if actor and not recipient and (abstract := abstract_object(token, base.plover)) is not None:
            self.note(number, token, tried, "blocked", abstract)  # "defended his call": no party, no event
            return None
        if figurative is not None:
            self.note(number, token, tried, "figurative", f"{base.plover} in a figurative sense: CAMEO {figurative}")
            trigger = Trigger(trigger.pattern, figurative)
            base = coding(figurative) or base
        if (promised := self.promised_act(token, base.plover)) is not None:
            self.note(number, token, tried, "promise", f"promises {promised[1].plover}: CAMEO {promised[1].cameo}")
            trigger, base = promised
        if not actor and kind == "verb" and args.is_passive(token) and args.names_no_doer(token, self.is_event_noun):
            actor = self.inherited_doer(base.plover, number)  # "the radicals were arrested": by the power told before
        if base.plover in args.rules().addressee_types:  # "complained to the UN about Israel": Israel
            owners = [token, *filter(None, [self.light_verb_governor(token)])]
            recipient = args.complained_about(owners, recipient, self.index) or recipient
        where: list[Actor] = []  # the place that located the doer: where it acted, not its target
        if not actor and kind == "verb" and base.plover in args.rules().located_doer_types:
            actor, place = self.located_doer(token)
            where = [place] if place is not None else []
            recipient.actors = [a for a in recipient.actors if not any(args.within(a, w) for w in where)]
            if where and not recipient:  # "blocked streets in Hong Kong in defiance of Chinese authorities"
                recipient = args.side_from(args.target_phrase_objects(token), self.index)
        if kind == "verb" and len(actor.actors) == 1 and not recipient:
            recipient = args.nearest_in_clause(token, self.index, [*actor.actors, *where])
        if not actor and not actor.named and len(recipient.actors) > 1 and recipient.path.endswith("between"):
            actor, recipient = args.between_pair(recipient, base.cameo)  # "talks between X and Y": X with Y
        if actor and not recipient and kind == "verb":
            recipient = args.hosting_place(token, self.places, avoid=actor.actors)
        if actor and not recipient and base.mode in args.rules().destination_modes:
            carrier = args.participant_verb(token) if kind == "noun" else None
            recipient = args.destination([token, *filter(None, [carrier])], self.places, avoid=actor.actors)
        if actor and not recipient and base.plover in args.rules().place_recipient_types:
            predicate = token if kind == "verb" else args.governing_verb(token)[0] or token
            recipient = args.place_in_clause(token, predicate, self.places, avoid=[*actor.actors, *where])
        if not actor and self.victim_only(token, kind, base.plover, recipient):
            # an unnamed attacker is placed where the attack happened, as ICEWS's "unidentified
            # gunmen (Iraq)": the country of the place in the clause, if any
            actor = self.unnamed_doer(token, recipient)
            return self.build(token, trigger, kind, base, actor, recipient, number, tried)
        if not actor and not self.names_a_country and (loose := self.sector_sides(bearer, kind, recipient))[0]:
            actor, recipient = loose  # "The government lifted the ban": a party by its sector alone
        if not actor:
            if kind == "noun" and is_definite(token) and not recipient:
                result.anaphors.append(Anaphor(token, base.plover, clause_status(token)))
                self.note(number, token, tried, "anaphor", "no party of its own: may refer to an earlier event")
            else:
                self.note(number, token, tried, "no-actor", "no resolved actor on the parse"
                          + (f" (the recipient alone, {recipient.path}, does not make an event)" if recipient else ""))
            return None
        if not recipient and kind == "verb":
            recipient = args.named_party(token, actor.actors)
        elif not recipient:  # "the investigation into the Clinton Foundation", "held talks with rebels"
            recipient = args.named_noun_party(bearer, actor.actors)
            if not recipient and (governor := self.light_verb_governor(token)) is not None:
                recipient = args.named_party(governor, actor.actors)
        if not recipient and (empty := empty_promise(token, base.plover, base.cameo, self.promise_names_party_or_act(
                actor))) is not None:
            self.note(number, token, tried, "blocked", empty)  # "promised to invest in renewable energy": to no one
            return None
        return self.build(token, trigger, kind, base, actor, recipient, number, tried)

    @cached_property
    def sector_index(self) -> args.ActorIndex:
        """The actor records where a party with a sector and no country may fill a side too."""
        loose = self.index.unresolved()
        loose.usable = lambda a: resolved(a) or args.party_by_sector(a, self.doc)
        return loose

    @cached_property
    def names_a_country(self) -> bool:
        """Whether some party of the article has a country: then a party known by its sector alone
        is most often of one of those though the parse did not tie it ("clashes with troops ...
        as protesters took to the streets"), and is left out rather than coded without one."""
        return any(a.code is not None for a in self.coded.actors)

    def sector_sides(self, carrier: Token, kind: str, recipient: args.Side) -> tuple[args.Side, args.Side]:
        """The doer (and, if none was found, the other party) read again among the parties known
        by their sector alone ("the government", "Police", "rebels"), in an article that names no
        party with a country: no country is invented (PETRARCH's ---GOV)."""
        # only the trigger's own phrase (not `sides`' light verbs and participants: measured, they
        # added a false event on ConfliBERT dev)
        if kind == "verb":
            actor = args.verb_actor(carrier, self.sector_index)
            found = recipient or args.verb_recipient(carrier, self.sector_index)
        else:
            actor = args.noun_actor(carrier, self.sector_index)
            found = recipient or args.noun_recipient(carrier, self.sector_index)
        # a new Side: the caller's recipient is not changed when this finds no doer
        return actor, replace(found, actors=[a for a in found.actors if not args.same_actor(a, actor.actors)])

    @cached_property
    def person_entities(self) -> frozenset[int]:
        """The entities the parse named a person somewhere in the article (the index is the
        article's, so this is worked out once per article, not per token asked about)."""
        return frozenset(a.entity for _, a in self.index.people if a.entity is not None)

    def names_a_person(self, token: Token) -> bool:
        """The token is a mention of a person by the actor records: of an entity the parse named a
        person somewhere in the article ("Donald Trump", then "Trump", which the parse may take for
        an ORG), or one name word of an actor's longer name ("Cruz" for Ted Cruz)."""
        return any(a.entity in self.person_entities or a.name is not None and a.sector is not None and a.text != a.name
                   and a.text in a.name.split() for a in self.index.at(token))

    def promise_names_party_or_act(self, actor: args.Side) -> Callable[[Token], bool]:
        """Whether a word of what is promised is another party than the doer, or a trigger word of
        an act ("promised a veto": a threat to someone, no promise to no one)."""
        def names(token: Token) -> bool:
            if any(not args.same_actor(a, actor.actors) for a in self.index.at(token)):
                return True
            match = match_token(token, self.lexicon)
            return match is not None and match.trigger is not None
        return names

    def campaign_event(self, token: Token) -> str | None:
        """"a Trump rally", "Trump held rallies all over the southwest" (hand read seed 5186): a rally
        a party or politician holds is a campaign event, no protest, and nor is what the politician
        does with it ("has traded his usual rallies for a town hall"). The holder is the noun's
        compound or possessive, or the subject of the verb the rally is the object of."""
        if token.pos_ == "VERB":
            nouns = word_list("campaign_nouns")
            rallies = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
            owners = [c for c in token.children if c.dep_ == "nsubj"] if rallies else []
            if rallies and (holder := campaign_subject(token, rallies[0])) is not None:
                return f"a rally held by '{holder.text}', a campaign event"
        elif token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in word_list("campaign_nouns"):
            owners = [c for c in token.children if c.dep_ in ("compound", "poss")]
        else:
            return None
        for owner in owners:
            if any(a.sector in word_list("campaign_sectors") for a in self.index.at(owner)):
                return f"a rally of '{owner.text}', a campaign event"
        return None

    def promised_act(self, verb: Token, plover: str) -> tuple[Trigger, Coding] | None:
        """"vowed to block it", "promised a fresh attack against Israel": a promise of a conflictual
        act (an infinitive or an event noun for object) is PLOVER's threat, the future reading of the
        act promised (its trigger and coding), when that reading is no AGREE."""
        if plover != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in cues().promise_verbs:
            return None
        for content in (c for c in verb.children if c.dep_ in ("xcomp", "dobj")):
            match = match_token(content, self.lexicon)
            if match is None or match.trigger is None:
                continue
            act = match.trigger
            future = future_coding(act)
            if future is not None and future.future_reading and future.plover != "AGREE":
                return Trigger(act.pattern, future.cameo), coding(future.cameo) or future
        return None

    def inherited_doer(self, plover: str, number: int) -> args.Side:
        """The doer of the article's last act of `plover` a few sentences before, for a passive
        that names none (constructions.py `DoerMemory`), else nobody."""
        found = self.doers.recall(plover, number)
        if found is None:
            return args.Side()
        actors, trigger = found
        return args.Side(list(actors), f"doer of the last {plover} act ('{trigger}')", inherited=True)

    def victim_only(self, token: Token, kind: str, plover: str, recipient: args.Side) -> bool:
        """An attack whose victim is known and whose doer the sentence does not name."""
        if kind != "verb" or not recipient or plover not in args.rules().victim_only_types:
            return False
        return args.names_no_doer(token, self.is_event_noun) and not self.by_accident(token)

    def by_accident(self, verb: Token) -> bool:
        """"killed in a methane gas explosion", "killed in a road accident": the cause is an accident
        noun (senses.toml) or a noun a negative pattern marks as no attack, so the deaths are no assault."""
        causes = [g for p in verb.children if p.dep_ in ("prep", "agent") for g in p.children if g.dep_ == "pobj"]
        causes += [c for c in verb.children if c.dep_ in args.SUBJECT_DEPS]
        for cause in causes:
            if cause.lemma_.lower() in word_list("accident_nouns"):  # "killed in a road accident"
                return True
            match = match_token(cause, self.lexicon) if cause.pos_ in ("NOUN", "PROPN") else None
            if match is not None and match.blocked_by is not None:
                return True
        return any(is_mishap_clause(clause) for clause in verb.children if clause.dep_ == "advcl")

    def unnamed_doer(self, verb: Token, recipient: args.Side) -> args.Side:
        """Who did an attack the clause names no doer for: the doer of the attack noun that is its
        subject ("a Hamas suicide bombing killed ..."), else, as ICEWS codes "unidentified gunmen
        (Iraq)", the country of the place in the clause; else nobody."""
        for subject in (c for c in verb.children if c.dep_ in args.SUBJECT_DEPS):
            side = args.noun_actor(subject, self.index)
            side.actors = [a for a in side.actors if a not in recipient.actors]
            if side:
                side.path = f"unnamed doer (nsubj>{side.path})"
                return side
        side = args.place_in_clause(verb, verb, self.places, subject=True, avoid=recipient.actors)
        side.path = f"unnamed doer ({side.path or 'no place'})"
        return side

    def located_doer(self, verb: Token) -> tuple[args.Side, Actor | None]:
        """A doer named by a common noun the knowledge base gives no country ("prisoners rioted at
        a jail in Dili"): the country of the place where it acted, as ICEWS's "Protester (East
        Timor)"; the actor keeps the words of the subject and the sector its role gives, if any.
        Returns the side and the place it came from."""
        subject = args.common_noun_subject(verb)
        if subject is None or self.is_event_noun(subject):
            return args.Side(), None
        role = next((a for t in args.phrase_core(subject) for a in self.index.at(t) if a.code is None), None)
        sector = role.sector if role is not None else role_sector(subject.text)
        if sector in args.rules().unlocated_sectors:
            return args.Side(), None
        place = args.where_acted(verb, subject, self.places)
        if place is None:
            return args.Side(), None
        phrase = self.doc[subject.left_edge.i:subject.right_edge.i + 1]
        doer = Actor(text=role.text if role is not None else phrase.text,
                     start=role.start if role is not None else phrase.start_char,
                     end=role.end if role is not None else phrase.end_char,
                     code=place.code, sector=sector, cameo=f"{place.code}{sector or ''}",
                     role=role.role if role is not None else None)
        return args.Side([doer], f"located doer (nsubj '{subject.text}' in {place.text})"), place

    def is_event_noun(self, token: Token) -> bool:
        match = match_token(token, self.lexicon) if token.pos_ in ("NOUN", "PROPN") else None
        return match is not None and match.trigger is not None

    def code_demand(self, speech_verb: Token, clause: Token, number: int) -> CodedEvent | None:
        """"Russia said Sudan must return the helicopter": a demand by the speaker to the subject."""
        actor = args.verb_actor(speech_verb, self.index)
        recipient = args.side_from([(f"ccomp>{p}", t) for p, t in args.subject_heads(clause)], self.index)
        tried = ("speech verb + demand modal",)
        if not actor:
            self.note(number, speech_verb, tried, "no-actor", "a demand with no resolved speaker")
            return None
        if recipient.actors and all(args.same_actor(a, actor.actors) for a in recipient.actors):
            # "Trump responded by saying he should not have called Rubio a lightweight": the
            # speaker's own duty or regret, no demand of anyone (hand read seed 5191)
            self.note(number, speech_verb, tried, "blocked", "the speaker's own duty, no demand of anyone")
            return None
        trigger = demand_trigger()
        base = coding(trigger.cameo, plover=trigger.plover)
        if base is None:
            self.note(number, speech_verb, tried, "no-plover", f"CAMEO {trigger.cameo} has no PLOVER type")
            return None
        return self.build(speech_verb, trigger, "verb", base, actor, recipient, number, tried, future_reading=False)

    def build(self, token: Token, trigger: Trigger, kind: str, base: Coding, actor: args.Side,
              recipient: args.Side, number: int, tried: tuple[str, ...], *, future_reading: bool = True) -> CodedEvent:
        # "In October, the regime ordered the Red Cross to close the offices": an act ordered of a
        # party it names no other party for is the orderer's act (arguments.ordered_party), done
        # when the order is, not an undated purpose nor only asked
        ordered = kind == "verb" and recipient.path.startswith(args.ORDERED_PATH)  # an xcomp, by ordered_party
        dated_by = token.head if ordered else token
        status, status_rule = clause_status(dated_by), "status:clause"
        decided = kind == "verb" and decided_act(token, trigger.cameo)  # "has decided to ease sanctions"
        if decided and status == "planned":
            status, status_rule = "asserted", "status:decided"
        # PLOVER's future reading follows the grammar of the clause ("will take place", "may halt"),
        # not a status inferred from context ("announced a suspension" is not a threat), or an event
        # noun the status reader plans ("comes ahead of December 21 talks": a planned meeting, 036)
        # (a noun deed the status reader asserts, "turmoil over his attacks", is not what its verb plans)
        asserted_noun = status == "asserted" and token.pos_ == "NOUN"
        future = future_reading and not asserted_noun and not decided and (
            reading(token)[0] in ("planned", "hypothetical") or (token.pos_ == "NOUN" and status == "planned"))
        codes = (future_coding(trigger) if future else None) or base
        refusal = refusal_code(base.plover) if status == "negated" and is_refusal(token) else None
        if refusal is not None:
            codes = coding(refusal) or codes
            status, status_rule = refusal_status(token), f"refusal: negated future {base.plover} -> {codes.plover}"
        picked = pick_date(dated_by, self.coded, status, kind)
        date, precision, date_rule = picked.value, picked.precision, picked.rule
        if status in FRESH_STATUSES and refusal is None and picked.ahead:
            # "when it meets tomorrow", "steps down on December 31": not done on the day of the story
            status, status_rule = "planned", "status:dated-ahead"
            codes = future_coding(trigger) or codes
        predicate = token if kind == "verb" else args.governing_verb(token)[0] or token
        span = evidence_span(predicate)
        rule = "; ".join(filter(None, [
            f"{trigger.pattern.source or 'coder'} '{trigger.pattern.pos} {trigger.pattern.text}' -> {trigger.cameo}",
            f"actor={actor.path or '-'}", f"recipient={recipient.path or '-'}",
            f"future: {base.plover}->{codes.plover}" if codes.future_reading else "",
            status_rule, date_rule]))
        event = Event(
            id=event_id(self.coded.article.id, span.start_char, span.end_char, codes.plover),
            event_type=codes.plover, actor=[a.ref() for a in actor.actors],
            recipient=[a.ref() for a in recipient.actors], mode=codes.mode, context=list(codes.context),
            cameo=codes.cameo, quad_class=codes.quad_class, goldstein=codes.goldstein, date=date,
            date_precision=precision, status=status, location=pick_location(token, self.coded), sentence=number,
            start=span.start_char, end=span.end_char, evidence=span.text, trigger=token.text, rule=rule,
            confidence=confidence(trigger, actor, recipient, kind))
        self.note(number, token, tried, "coded", f"{codes.plover} {codes.cameo}")
        if not actor.inherited:
            # only a doer the text names: a chain of passives must not carry one past the window
            self.doers.remember(base.plover, number, actor.actors, token.text)
        return CodedEvent(event, token, base.plover, PRECISION_RANK.get(precision, 0)
                          - (date_rule == PUBLICATION_DATE_RULE) * 4,
                          definite=kind == "noun" and is_definite(token))


class ScreenMemo(Generic[V]):
    """Answers by string hash, kept while they are asked for the same tables (a lexicon, a list
    of speech verbs: tests may load others), and cleared when large, like the KB's memos."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self.answers: dict[int, V] = {}
        self.tables: tuple[object, ...] = ()

    def kept_for(self, *tables: object) -> dict[int, V]:
        if len(tables) != len(self.tables) or any(a is not b for a, b in zip(tables, self.tables, strict=True)) \
                or len(self.answers) >= self.LIMIT:
            self.answers.clear()
            self.tables = tables
        return self.answers


# What `token_screens` needs of each lemma met so far, by its string-store hash (a hash names the
# same string in every Doc): whether it keys a verb trigger, a noun trigger, and is a speech verb.
# Kept for one lexicon and one list of speech verbs.
LEMMA_SCREENS: ScreenMemo[tuple[bool, bool, bool]] = ScreenMemo()
VERB_IDS = frozenset({VERB, AUX})  # the parts of speech match_token reads as a verb ("V")
WORD_IDS = frozenset({VERB, AUX, NOUN, PROPN})  # ... and as a verb or a noun


# `headline_plural` of each lower-case word met so far, by its hash: most proper nouns are names
# met before.
PLURAL_SCREENS: ScreenMemo[bool] = ScreenMemo()


def headline_plural(lower: str, triggers: dict[tuple[str, str], list[Trigger]]) -> bool:
    """A proper noun whose lower case, less a final "s", keys a noun trigger ("Talks" in a
    headline: matcher.noun_keys)."""
    return lower.endswith("s") and ("N", lower[:-1]) in triggers


def in_range(positions: list[int], start: int, end: int) -> list[int]:
    """The sorted `positions` from `start` up to `end` (exclusive)."""
    return positions[bisect_left(positions, start):bisect_left(positions, end)]


def token_screens(doc: Doc, lexicon: Lexicon) -> tuple[list[int], list[int]]:
    """The tokens of the Doc, in order, that `match_token` may find a trigger word, and those
    `demand_clause` may find a speech verb, read from the Doc's token columns. Building a Token
    and reading its strings for every word of every sentence was about a third of the coder's
    time, and most words are no verb or noun, or one the lexicon has no entry for.

    The screens only leave out tokens those functions return None for: a verb or auxiliary
    (match_token's "V") whose lemma keys no verb trigger; a noun or proper noun whose keys
    (matcher.noun_keys: the lemma, a hyphenated word's lemma, a headline plural's singular)
    key no noun trigger, any noun after a hyphen kept; for demands, any word but a verb
    whose lemma is a speech verb."""
    table = token_table(doc)
    pos_column, lemmas = table.pos, table.lemma
    strings = doc.vocab.strings
    triggers = lexicon.triggers
    speech_verbs = cues().speech_verbs
    known = LEMMA_SCREENS.kept_for(lexicon, speech_verbs)
    known_plurals = PLURAL_SCREENS.kept_for(lexicon)
    hyphen = strings["-"]  # the text of the middle token of "cease-fire"
    may_trigger: list[int] = []
    may_demand: list[int] = []
    for i in [i for i, pos in enumerate(pos_column) if pos in WORD_IDS]:
        pos, lemma_hash = pos_column[i], lemmas[i]
        screens = known.get(lemma_hash)
        if screens is None:
            word = strings[lemma_hash].lower()  # matcher's lemma()
            screens = known[lemma_hash] = (("V", word) in triggers, ("N", word) in triggers, word in speech_verbs)
        if pos in VERB_IDS:
            trigger = screens[0]
            if pos == VERB and screens[2]:
                may_demand.append(i)
        else:
            trigger = screens[1] or (i > 0 and table.orth[i - 1] == hyphen)
            if not trigger and pos == PROPN:
                lower = table.lower[i]
                plural = known_plurals.get(lower)
                if plural is None:  # as the lemma screens above, inline: this loop runs for every word
                    plural = known_plurals[lower] = headline_plural(strings[lower], triggers)
                trigger = plural
        if trigger:
            may_trigger.append(i)
    return may_trigger, may_demand


@cache
def demand_trigger() -> Trigger:
    """The trigger a speech verb with a demand modal carries ("said Sudan must return ...")."""
    cameo = load_toml(MODALITY_FILE).get("demand_cameo", "100")
    return Trigger(Pattern("V", "say", obj="must", source="modality.toml:demand_modals", text="say ... must"), cameo)


def code_document(doc: Doc, coded: CodedArticle, *, trace: list[Trial] | None = None) -> list[SentenceResult]:
    """Every sentence's events and anaphoric mentions, in order."""
    coder = SentenceCoder(doc, coded, trace=trace)
    return [coder.code_sentence(sent, number) for number, sent in enumerate(sentences(doc))]


def campaign_subject(verb: Token, rally: Token) -> Token | None:
    """The subject of a light verb that holds a rally ("the Democratic candidate held a rally", "the
    campaign will hold rallies") when it is a candidate, a campaign or a party (senses.toml
    `campaign_subject_nouns`: a common noun the knowledge base need not know) and no word of a
    protest is among the rally's words ("held a rally against the war" stays a protest)."""
    if any_word(rally.subtree, word_list("campaign_protest_words")):
        return None
    for subject in subjects_of(verb):
        if subject.lemma_.lower() in word_list("campaign_subject_nouns"):
            return subject
    return None


def is_mishap_clause(clause: Token) -> bool:
    """"when the oil tank they were painting exploded", "as the building collapsed", "after the
    ferry capsized": a when/as/after clause of a thing exploding, collapsing, crashing, catching fire,
    capsizing or derailing (senses.toml `accident_verbs`, `accident_marks`), in a sentence with no
    word of an attack ("when a bomb exploded" is an attack: `attack_words`)."""
    lemma = clause.lemma_.lower()
    if lemma not in word_list("accident_verbs") or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in word_list("accident_marks") for c in clause.children):
        return False
    if lemma == "catch" and not any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in clause.children):
        return False
    return not any_word(clause.sent, word_list("attack_words"))
