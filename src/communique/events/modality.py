"""The grammar of a trigger's clause, for PLOVER's future reading: does the action lie ahead?

PLOVER codes a future cooperative action as AGREE and a future conflictual one as a threat. That
reading follows the grammar of the clause only ("will take place", "may halt", "plans to
visit"), not the context the event's `status` also weighs (`time.clause.event_status`: "a
planned attack" is premeditated, not a threat; "announced a suspension" is no promise). This
module also finds refusals ("will not accept") and demands in reported speech ("said Sudan must
return ..."). The cue words live in `data/events/modality.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..resources import load_toml, word_sets
from ..time.clause import cues as clause_cues

MODALITY_FILE = "events/modality.toml"


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    future_aux: frozenset[str]
    planning_words: frozenset[str]
    hypothetical: frozenset[str]
    demand_modals: frozenset[str]
    speech_verbs: frozenset[str]
    stative_participles: frozenset[str]


@cache
def cues() -> Cues:
    """The lists of modality.toml, with the negation words, denial verbs and future auxiliaries of
    the one clause reader (data/time/status.toml), so the two cannot drift apart."""
    clause = clause_cues()
    return word_sets(Cues, {**load_toml(MODALITY_FILE), "negation": clause.negation_words,
                            "negating_verbs": clause.denial_verbs, "future_aux": clause.future_aux})


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def verb_phrase_lemma(verb: Token) -> str:
    """"rule out" for ruled + out: the verb with its particle, as the cue lists write it."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([lemma(verb), *particles])


def clause_words(predicate: Token) -> list[Token]:
    """The predicate's own auxiliaries, negation, markers and adverbs."""
    return [c for c in predicate.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "det")]


def predicate_of(trigger: Token) -> Token:
    """The verb whose tense and polarity are the trigger's: itself, or the verb governing a noun."""
    token = trigger
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        if token.dep_ in ("acl", "relcl"):
            return token
        token = token.head
    return token


def governed_by(predicate: Token, words: frozenset[str], deps: tuple[str, ...] = ("xcomp", "ccomp")) -> Token | None:
    """The governor of a complement clause, when it is one of `words` ("plans to visit")."""
    if predicate.dep_ in deps or (predicate.dep_ == "pobj" and predicate.head.dep_ == "prep"):
        governor = predicate.head if predicate.dep_ != "pobj" else predicate.head.head
        if verb_phrase_lemma(governor) in words or lemma(governor) in words:
            return governor
    return None


def reading(trigger: Token) -> tuple[str, str]:
    """(mood, cue) for the trigger: negated, planned, hypothetical or asserted, by its clause's grammar."""
    c = cues()
    predicate = predicate_of(trigger)
    own = clause_words(predicate) + [t for t in trigger.children if t.dep_ in ("neg", "det")]
    own_lemmas = {lemma(t) for t in own} | {t.lower_ for t in own}
    negation = own_lemmas & c.negation
    if negation:
        return "negated", sorted(negation)[0]
    if governed_by(predicate, c.negating_verbs):
        return "negated", f"{predicate.head.lemma_} + complement"
    if "if" in own_lemmas or "unless" in own_lemmas:
        return "hypothetical", "if/unless"
    if own_lemmas & c.future_aux:
        return "planned", "will"
    if "would" in own_lemmas and predicate.dep_ == "ccomp" and lemma(predicate.head) in c.speech_verbs:
        return "planned", "said ... would"
    hypothetical = own_lemmas & c.hypothetical
    if hypothetical:
        return "hypothetical", sorted(hypothetical)[0]
    planner = governed_by(predicate, c.planning_words, ("xcomp",))  # "announced plans to", not "announced that"
    if planner is not None:
        return "planned", f"{planner.lemma_} + complement"
    for child in trigger.children:  # "talks set for Thursday", "visit scheduled for May"
        if child.dep_ in ("acl", "amod") and lemma(child) in c.planning_words:
            return "planned", f"{child.lemma_} (modifier)"
    return "asserted", ""


def is_refusal(trigger: Token) -> bool:
    """"will not accept", "won't meet", "would not allow": a negation of what lies ahead."""
    c = cues()
    predicate = predicate_of(trigger)
    words = {lemma(t) for t in clause_words(predicate)} | {t.lower_ for t in clause_words(predicate)}
    return bool(words & c.negation) and bool(words & (c.future_aux | {"would"}))


def demand_clause(speech_verb: Token) -> Token | None:
    """The complement of a speech verb that states a demand ("said Sudan must return ..."), if any.
    A modal on a speech verb is a way of speaking, no demand: "'I must tell you that ...,' he said"."""
    c = cues()
    if lemma(speech_verb) not in c.speech_verbs:
        return None
    for child in speech_verb.children:
        if (child.dep_ == "ccomp" and lemma(child) not in c.speech_verbs
                and any(lemma(a) in c.demand_modals for a in child.children if a.dep_ == "aux")):
            return child
    return None
