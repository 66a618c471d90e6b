"""The clause around a token, read from spaCy's dependency tree: its head, tense and status.

The time stage uses the tense to resolve underspecified dates ("met Thursday" is the Thursday
before publication, "will meet Thursday" the one after); the event coder uses `event_status`
to tell planned, negated, hypothetical and reported events from asserted ones. The cue words
live in data/time/status.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import Status
from ..resources import load_toml, word_sets

STATUS_FILE = "time/status.toml"
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
# How far up the tree governing verbs are looked for ("threatened to ...", "plans to ...").
MAX_GOVERNORS = 3
# How many nouns up a date may hang on the noun it dates ("a planned rally in the city on Tuesday").
NOUN_HOPS = 2
# Penn tags of a verb that can only be in the indicative: the past and the third person's present
# (a VBP may be a subjunctive: "suggested the two sides hold a meeting")
INDICATIVE_TAGS = frozenset({"VBD", "VBZ"})


@dataclass(frozen=True, slots=True)
class Cues:
    future_aux: frozenset[str]
    implicative_verbs: frozenset[str]
    scheduling_verbs: frozenset[str]
    modal_aux: frozenset[str]
    future_signals: frozenset[str]
    not_future_signals: frozenset[str]
    past_signals: frozenset[str]
    signal_determiners: frozenset[str]
    deadline_verbs: frozenset[str]
    deadline_prepositions: frozenset[str]
    planning_verbs: frozenset[str]
    planning_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    planning_nouns: frozenset[str]
    ranking_words: frozenset[str]
    timetable_verbs: frozenset[str]
    negation_words: frozenset[str]
    negative_subject_words: frozenset[str]
    negative_determiners: frozenset[str]
    focus_particles: frozenset[str]
    denial_verbs: frozenset[str]
    affirmed_by_negation: frozenset[str]
    presupposed_deed_prepositions: frozenset[str]
    presupposed_deed_verb_prepositions: frozenset[str]
    response_frames: frozenset[str]
    objection_frames: frozenset[str]
    unparticular_determiners: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_verbs: frozenset[str]
    ordering_verbs: frozenset[str]
    claim_or_demand_verbs: frozenset[str]
    forecast_adjectives: frozenset[str]
    condition_markers: frozenset[str]
    reporting_verbs: frozenset[str]
    attribution_markers: frozenset[str]


@cache
def cues() -> Cues:
    data = load_toml(STATUS_FILE)
    return word_sets(Cues, {**data["tense"], **data["status"]})


def is_clause_head(token: Token) -> bool:
    if token.pos_ == "VERB":
        return True
    # a copula or auxiliary heading its own clause: "The meeting is on Thursday"
    return token.pos_ == "AUX" and token.dep_ in CLAUSE_DEPS


def clause_head(token: Token) -> Token:
    """The verb heading the clause `token` is in (the token itself when it is one), else the root."""
    current = token
    while not is_clause_head(current):
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def governing_verbs(verb: Token) -> list[Token]:
    """The verbs `verb` is the complement of: 'plans to [hold]', 'threatened that it would [strike]'."""
    found: list[Token] = []
    current = verb
    for _ in range(MAX_GOVERNORS):
        # "suggested that he leave the race or moderate his attacks": a conjunct of a complement
        # is governed as the first conjunct is
        while current.dep_ == "conj" and current.head.i != current.i and is_clause_head(current.head):
            current = current.head
        if current.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "advcl") or current.head.i == current.i:
            break
        if current.dep_ == "advcl" and is_finite_adverbial(current):
            break  # "postponed the trip as it coincides with Levy's visit": a reason, not what is postponed
        current = clause_head(current.head)
        found.append(current)
    return found


def is_finite_adverbial(clause: Token) -> bool:
    """An adverbial clause with a subject and a mark of its own ("as it coincides", "because they
    refused"): it tells why or when, and what the verb above plans, denies or reports is not it."""
    children = list(clause.children)
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in children) and any(
        child.dep_ == "mark" for child in children)


def is_future_in_past(verb: Token, aux: Token) -> bool:
    """'confirmed the talks would go ahead': 'would' under a past reporting verb is a future."""
    return aux.lower_ in ("would", "'d") and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD"


def direction(token: Token) -> str | None:
    """'past', 'future' or None (present or unknown) for the clause governing `token`."""
    if dates_a_planned_noun(token):
        return "future"  # "she noted a planned rally on Saturday"
    verb = clause_head(token)
    if not is_clause_head(verb):
        return None
    auxes = auxiliaries(verb)
    if has_future_auxiliary(verb, auxes):
        return "future"
    if is_planned_by_governor(verb) and planned_in_the_past(verb):
        return None  # "the offer had been scheduled to expire Friday": a plan of the past, either side
    if is_bare_to_infinitive(verb):
        governing = direction(verb.head)
        if governing == "future" or verb.head.lemma_.lower() in cues().implicative_verbs:
            # "will seek to meet on Friday" lies ahead; "tried to storm the town on Friday" is as
            # the trying is ("will try": ahead; "tried": past)
            return governing
    if is_arranged(token, verb, auxes):
        return "future"
    if is_past_clause(verb, auxes):
        return "past"
    if is_timetable_present(token, verb, auxes):
        return "future"  # "the law comes into force on Monday", "the party holds its caucuses Saturday"
    return None


def is_infinitive(verb: Token) -> bool:
    """"to meet", with no modal of its own."""
    auxes = auxiliaries(verb)
    return verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes) and not any(a.tag_ == "MD" for a in auxes)


def is_bare_to_infinitive(verb: Token) -> bool:
    """"to meet" as the complement of the verb above it."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and is_infinitive(verb)


def is_implicative_infinitive(verb: Token) -> bool:
    """"managed to reach a deal", "will try to storm": the infinitive of one of status.toml
    `implicative_verbs`, done at that verb's time."""
    return is_bare_to_infinitive(verb) and verb.head.lemma_.lower() in cues().implicative_verbs


def has_future_auxiliary(verb: Token, auxes: list[Token]) -> bool:
    """'will meet', 'is going to meet' (cues' future_aux), or 'would' as a future in the past."""
    c = cues()
    if any(a.lemma_.lower() in c.future_aux or a.lower_ in c.future_aux for a in auxes):
        return True
    return any(is_future_in_past(verb, a) for a in auxes)


def is_arranged(token: Token, verb: Token, auxes: list[Token]) -> bool:
    """A clause that states a plan or arrangement ahead: scheduled, due, set for, a modal, 'is to'."""
    c = cues()
    if is_planned_by_governor(verb) or verb.lemma_.lower() in c.scheduling_verbs:
        return True
    if any(child.dep_ == "acomp" and child.lemma_.lower() in c.planning_verbs for child in verb.children):
        return True  # "elections are due in December", "the vote is set for Friday"
    if any(a.lower_ in c.modal_aux and a.tag_ == "MD" for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
        return True
    if verb.lemma_.lower() in c.planning_verbs and verb.tag_ == "VBN" and not auxes:
        return True  # "talks set for Thursday", "scheduled for next week"
    if is_present_be_to(verb):
        return True  # "is to resume trading in Paris Tuesday"
    # "an interview to be broadcast Monday", "talks to take place on Thursday"
    return is_headline_infinitive(verb) or (is_infinitival_relative(verb) and modifies(token, verb))


def is_past_clause(verb: Token, auxes: list[Token]) -> bool:
    """A past tense, a perfect, a reduced relative ("the talks held in Istanbul"), a since-clause."""
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return True
    if verb.tag_ == "VBN" and not auxes:
        return True  # reduced relative: "the talks held in Istanbul"
    return is_since_clause(verb)  # "since taking over as speaker in the fall"


def is_since_clause(verb: Token) -> bool:
    c = cues()
    return (verb.dep_ == "pcomp" and verb.head.lower_ in c.past_signals) or any(
        child.dep_ == "mark" and child.lower_ in c.past_signals for child in verb.children)


def is_timetable_present(token: Token, verb: Token, auxes: list[Token]) -> bool:
    """A simple present of a timetable verb dated on the verb itself: 'meets Monday', 'ends in
    June' (not a date on a noun: "follows Tuesday's declaration")."""
    return (verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB" and not auxes and modifies(token, verb)
            and verb.lemma_.lower() in cues().timetable_verbs)


def is_present_be_to(verb: Token) -> bool:
    """'The stock is to resume trading Tuesday': present 'be to' + verb is an arrangement ahead
    ("was to arrive Friday" is a future seen from the past, and stays with the past tense)."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP")
            and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children))


def modifies(token: Token, verb: Token) -> bool:
    """Whether `token` hangs on `verb` itself or through a preposition ("take place on Thursday"),
    not through a noun ("get around Wednesday's ruling")."""
    return token.head.i == verb.i or (token.head.dep_ == "prep" and token.head.head.i == verb.i)


def dates_a_planned_noun(token: Token) -> bool:
    """Whether `token` dates a noun marked as planned: 'a planned rally on Saturday', 'the
    upcoming vote on Tuesday' (its own tense, whatever the clause's)."""
    if token.pos_ in ("VERB", "AUX"):
        return False  # a verb's tense is its own: "the planned talks, which collapsed"
    head = token
    for _ in range(NOUN_HOPS):  # "a planned rally in the city on Tuesday": city, then rally
        head = head.head.head if head.head.dep_ == "prep" else head.head
        if head.pos_ != "NOUN" or head.i == token.i:
            return False
        if any(child.dep_ in ("amod", "compound") and child.lower_ in cues().planning_modifiers
               for child in head.children):
            return True
    return False


def is_headline_infinitive(verb: Token) -> bool:
    """'Championships to kick off here on Tuesday': a headline's bare "to" + verb is a plan."""
    return verb.dep_ == "ROOT" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children) \
        and any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def is_infinitival_relative(verb: Token) -> bool:
    """'an interview to be broadcast Monday': an infinitive on a noun names what is still to
    come, unless the noun is ranked ("the first leader to visit Cuba in 2006", "the last to")."""
    if verb.dep_ not in ("acl", "relcl") or not any(child.dep_ == "aux" and child.lower_ == "to"
                                                    for child in verb.children):
        return False
    noun = verb.head
    return not any(child.lower_ in cues().ranking_words or child.tag_ in ("JJS", "RBS") for child in noun.children)


def sets_deadline(token: Token) -> bool:
    """'postponed until [Tuesday morning]', 'has given them until [9 a.m. Tuesday]': the verb of
    the clause moves a deadline (the caller checks the preposition before the date)."""
    return clause_head(token).lemma_.lower() in cues().deadline_verbs


def planned_in_the_past(verb: Token) -> bool:
    """'had been scheduled to', 'had planned to': a plan made before another past moment (a plan
    in the simple past, "were planning to drive Monday", still looks ahead)."""
    return any(a.lower_ == "had" for a in auxiliaries(clause_head(verb.head)))


def is_planned_by_governor(verb: Token) -> bool:
    """'plans to hold', 'is expected to meet', 'was scheduled to visit', 'is poised to sign' (an
    adjective heading the infinitive, under its copula)."""
    if verb.dep_ != "xcomp":
        return False
    planning = cues().planning_verbs
    return clause_head(verb.head).lemma_.lower() in planning or headed_by(verb, planning)


def headed_by(verb: Token, words: frozenset[str]) -> bool:
    """Whether `verb` is the infinitive of a word of `words` ("poised to sign", "likely to veto")."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in words


def is_negated(trigger: Token, verb: Token) -> bool:
    c = cues()
    # "did not attack", "never met", and a copula's "was not ready"
    if any((child.dep_ == "neg" or (child.lower_ in c.negation_words and child.i < verb.i)) and not focuses(child)
           for child in verb.children if child.dep_ in ("neg", "advmod", "det", "preconj", "cc")):
        return True
    if trigger.i != verb.i and any(child.lower_ == "no" and child.dep_ == "det" for child in trigger.children):
        return True
    if negated_governor(verb) or has_negative_subject(verb):
        return True
    return any(g.lemma_.lower() in c.denial_verbs for g in [verb, *governing_verbs(verb)] if g.i != trigger.i)


def has_negative_subject(verb: Token) -> bool:
    """"Nobody has asked for his endorsement", "No country has recognized the junta", "Neither
    Ryan nor anyone on his team has asked": a subject that names no one denies the deed."""
    c = cues()
    return any(subject.lower_ in c.negative_subject_words
               or any(d.dep_ in ("det", "preconj") and d.lower_ in c.negative_determiners for d in subject.children)
               for subject in verb.children if subject.dep_ in ("nsubj", "nsubjpass"))


def negated_governor(verb: Token) -> bool:
    """"did not try to meet", "has not bothered to ask for input": the verb is the infinitive of a
    negated verb, so it was not done; not when the negation of that verb asserts it ("did not
    hesitate to strike", "did not fail to", a denial verb)."""
    c = cues()
    current = verb
    for _ in range(MAX_GOVERNORS):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = clause_head(current.head)
        if current.lemma_.lower() in c.denial_verbs | c.affirmed_by_negation:
            return False
        if any(child.dep_ == "neg" and not focuses(child) for child in current.children):
            return True
    return False


def focuses(negation: Token) -> bool:
    """"Not only did X ...": the negation word is followed by a focus particle and denies nothing."""
    following = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return following is not None and following.lower_ in cues().focus_particles


def is_hypothetical(trigger: Token, verb: Token) -> bool:
    c = cues()
    for aux in auxiliaries(verb):
        if (aux.lower_ in c.hypothetical_aux or aux.lemma_.lower() in c.hypothetical_aux) \
                and not is_future_in_past(verb, aux):
            return True
    if modal_governor(verb) or is_ordered(verb) or is_forecast(verb):
        return True
    clause = verb
    while clause.dep_ in ("conj",) and clause.head.i != clause.i:
        clause = clause.head
    if any(child.dep_ == "mark" and child.lower_ in c.condition_markers for child in clause.children):
        return True
    if trigger.i != verb.i and any(child.dep_ == "amod" and child.lower_ in c.hypothetical_modifiers
                                   for child in trigger.children):
        return True  # "a possible meeting"
    governing = governing_verbs(verb)
    if trigger.i != verb.i:  # a noun's own verb governs it: "called for talks", "demanded a withdrawal"
        governing = [verb, *governing]
    return any(g.lemma_.lower() in c.hypothetical_verbs and not claims(g, verb) for g in governing)


def claims(governor: Token, verb: Token) -> bool:
    """Whether `governor`, a verb that may claim or ask (status.toml `claim_or_demand_verbs`),
    claims: its complement on the way down to `verb` is in the indicative, with no modal
    ("evidence suggested the United States abducted ...", not "suggested that he leave")."""
    if governor.lemma_.lower() not in cues().claim_or_demand_verbs:
        return False
    complement = verb
    while complement.head.i != governor.i:
        if complement.head.i == complement.i:
            return False
        complement = complement.head
    auxes = auxiliaries(complement)
    indicative = complement.tag_ in INDICATIVE_TAGS or any(a.tag_ in INDICATIVE_TAGS for a in auxes)
    return indicative and not any(a.tag_ == "MD" for a in auxes)


def is_ordered(verb: Token) -> bool:
    """"instructed Kerry to continue negotiating", "told Lavrov to meet Kerry": an infinitive after
    the object of a verb of telling someone to act (status.toml `ordering_verbs`), or a chain of
    infinitives under it, is only asked."""
    current = verb
    for _ in range(MAX_GOVERNORS):  # through "continue", "begin" ...: "told him to start talking"
        governor = current.head
        if current.dep_ != "xcomp" or governor.i == current.i:
            return False
        if governor.lemma_.lower() in cues().ordering_verbs:
            return any(child.dep_ == "dobj" and child.i < current.i for child in governor.children)
        current = governor
    return False


def is_forecast(verb: Token) -> bool:
    """"Russia is likely to veto the resolution": the infinitive of an adjective of a forecast
    (status.toml `forecast_adjectives`) is only foreseen."""
    return headed_by(verb, cues().forecast_adjectives)


def modal_governor(verb: Token) -> bool:
    """"the reform may make it easier for Iran to attack", "the vote would force Israel to
    withdraw": the verb is the infinitive of a verb with a modal of possibility, so only possible.
    Not under a verb of planning ("would like to visit" is a plan) nor a "would" of the future in
    the past ("said it would try to meet")."""
    c = cues()
    current = verb
    for _ in range(MAX_GOVERNORS):
        infinitive = current.tag_ == "VB" and not any(a.tag_ == "MD" for a in auxiliaries(current))
        if current.dep_ not in ("xcomp", "advcl", "ccomp") or current.head.i == current.i or not infinitive:
            return False
        current = clause_head(current.head)
        if current.lemma_.lower() in c.planning_verbs:
            return False
        if any((aux.lower_ in c.hypothetical_aux or aux.lemma_.lower() in c.hypothetical_aux)
               and not is_future_in_past(current, aux) for aux in auxiliaries(current)):
            return True
    return False


def is_planned(trigger: Token, verb: Token) -> bool:
    c = cues()
    if trigger.i != verb.i and any(child.dep_ in ("amod", "compound") and child.lower_ in c.planning_modifiers
                                   for child in trigger.children):
        return True
    if direction(verb) == "future":
        return True
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in c.planning_nouns \
            and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return True  # "Trump's plan to deport 11 million people", "a proposal to ban"
    # "announced talks", "scheduled a meeting": a noun trigger that is the object of a planning verb
    return trigger.i != verb.i and trigger.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in c.planning_verbs


def is_reported(verb: Token) -> bool:
    """A claim attributed to a party: 'X claimed that ...', 'allegedly', 'reportedly'."""
    c = cues()
    if any(g.lemma_.lower() in c.reporting_verbs or claims(g, verb) for g in governing_verbs(verb)):
        return True
    return any(child.lower_ in c.attribution_markers for child in verb.children)


# The status of each token asked about, per Doc (in `doc.user_data`): the events coder and the
# dating rules ask for the same trigger's status several times (~1,750 asks for ~1,130 tokens in
# 400 articles), and the status reads only the parse.
STATUS_KEY = "communique.time.clause.event_status"


def event_status(trigger: Token) -> Status:
    """asserted, planned, negated, hypothetical or reported, from the trigger's clause.

    Precedence: negated > hypothetical > planned > reported > asserted. A noun trigger takes the
    status of the verb it depends on ("talks ... will take place Thursday" is planned).
    """
    known: dict[int, Status] | None = trigger.doc.user_data.get(STATUS_KEY)
    if known is None:
        known = trigger.doc.user_data[STATUS_KEY] = {}
    found = known.get(trigger.i)
    if found is None:
        found = known[trigger.i] = clause_status_of(trigger)
    return found


def clause_status_of(trigger: Token) -> Status:
    """`event_status`, worked out."""
    verb = clause_head(trigger)
    if is_presupposed_deed(trigger):
        return "asserted"
    own = own_status(trigger, verb)
    if own == "asserted" and trigger.i == verb.i and shares_first_conjunct(verb):
        # "illegally abducted and detained individuals" (after "evidence suggested"), "he would
        # increase fees ... or impound remittances": a verb coordinated with no subject or
        # auxiliary of its own is said the way its first conjunct is
        return event_status(verb.head)
    return own


def is_presupposed_deed(trigger: Token) -> bool:
    """A noun deed with an owner that another noun is about ("Trump will seek to move past days of
    turmoil over his attacks on a judge"), or one that an act answers or objects to ("sought to
    retaliate for U.S. drone strikes", "will condemn the killing"): it happened, whatever the clause
    plans (status.toml presupposed_deed_prepositions, response_frames, objection_frames)."""
    preposition, c = trigger.head, cues()
    if trigger.pos_ != "NOUN":
        return False
    if deed_frame(trigger) in answering_frames():
        # "vowed to avenge the killing", "sought to retaliate for U.S. drone strikes"
        return is_particular_deed(trigger)
    if trigger.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    if not any(child.dep_ == "poss" for child in trigger.children):
        return False
    if preposition.head.pos_ == "NOUN":
        return preposition.lower_ in c.presupposed_deed_prepositions
    return preposition.head.pos_ == "VERB" and preposition.lower_ in c.presupposed_deed_verb_prepositions


def is_answered_deed(noun: Token) -> bool:
    """"Iran vowed to retaliate for the Israeli air strikes on its embassy", "condemned the killing
    of three civilians by soldiers": a particular noun deed that an act answers or objects to
    (status.toml `response_frames`, `objection_frames`) happened. It is an event of its own with
    its own doer, not the content of that act (what it vows, calls for or agrees to); "will
    condemn any attack" names no deed yet."""
    return noun.pos_ == "NOUN" and deed_frame(noun) in answering_frames() and is_particular_deed(noun)


@cache
def answering_frames() -> frozenset[str]:
    """The frames whose object is a deed answered or objected to: `response_frames` and `objection_frames`."""
    return cues().response_frames | cues().objection_frames


@cache
def unparticular_modifiers() -> frozenset[str]:
    """"future strikes", "possible attacks": modifiers by which a noun names no deed that happened."""
    return cues().planning_modifiers | cues().hypothetical_modifiers


def deed_frame(noun: Token) -> str | None:
    """The frame a noun is the object in, as status.toml `response_frames` spells it: "retaliate
    for" for the object of "for" on "retaliate", "avenge" for the direct object of "avenge". A later
    conjunct takes the frame of the first ("condemned the killings and arrests")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower()
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return f"{noun.head.head.lemma_.lower()} {noun.head.lower_}"
    return None


def is_particular_deed(noun: Token) -> bool:
    """"the invasion", "U.S. drone strikes", not "any attack" or "future strikes": a deed that
    happened, by its determiner and modifiers (status.toml `unparticular_determiners`)."""
    determiners, modifiers = cues().unparticular_determiners, unparticular_modifiers()
    return not any((child.dep_ == "det" and child.lower_ in determiners)
                   or (child.dep_ == "amod" and child.lower_ in modifiers)
                   for child in noun.children)


def shares_first_conjunct(verb: Token) -> bool:
    """A coordinated verb with no subject and no auxiliary of its own. Only a bare verb shares a
    modal ("would increase ... or impound", not "will withdraw ... in the pullout agreed in
    August"), and a finite form stands on its own when the first conjunct is negated by its own
    "not" ("didn't apologize and moved on")."""
    first = verb.head
    if verb.dep_ != "conj" or first.i == verb.i or not is_clause_head(first):
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for child in verb.children):
        return False
    if verb.tag_ != "VB" and any(aux.tag_ == "MD" for aux in auxiliaries(first)):
        return False
    return verb.tag_ in ("VB", "VBG", "VBN") or not any(child.dep_ == "neg" for child in first.children)


def own_status(trigger: Token, verb: Token) -> Status:
    """The status the trigger's own clause gives it (see `event_status`)."""
    if is_negated(trigger, verb):
        return "negated"
    if is_hypothetical(trigger, verb):
        return "hypothetical"
    if is_planned(trigger, verb):
        return "planned"
    if is_reported(verb):
        return "reported"
    return "asserted"
