"""Figurative senses of trigger words: an attack on an idea, or told in a speech, is criticism.

A trigger of a type listed in data/events/senses.toml whose target phrase is an abstract noun
("Obama's attack on the Second Amendment") or which is set in a speech ("a fresh attack against
Israel in a speech") is coded with the file's figurative CAMEO code instead (111, criticize).
In a sentence about a contest for office and not about violence, a contest verb ("beat Cruz in
the primary") is no event (`NOT_AN_EVENT`) and an attack word is criticism.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..resources import load_toml
from .modality import lemma

SENSES_FILE = "events/senses.toml"
# What `figurative_cameo` returns for a trigger that names no event at all ("won the primary").
NOT_AN_EVENT = ""
# Prepositions that open the target of an attack: "an attack on X", "a fight against X".
TARGET_PREPS = frozenset({"on", "against", "at", "upon"})


@dataclass(frozen=True, slots=True)
class Figurative:
    """The figurative reading of one PLOVER type (one table of senses.toml)."""

    plover: str
    cameo: str
    triggers: frozenset[str]
    abstract_targets: frozenset[str]
    speech_nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class Contest:
    """The electoral reading of one PLOVER type (a [[contest]] table of senses.toml)."""

    plover: str
    cameo: str
    contest_triggers: frozenset[str]
    criticism_triggers: frozenset[str]
    election_words: frozenset[str]
    violence_words: frozenset[str]


@cache
def contest_senses() -> dict[str, Contest]:
    return {row["plover"]: Contest(row["plover"], row["figurative_cameo"], frozenset(row["contest_triggers"]),
                                   frozenset(row["criticism_triggers"]), frozenset(row["election_words"]),
                                   frozenset(row["violence_words"]))
            for row in load_toml(SENSES_FILE).get("contest", [])}


def contest_cameo(trigger: Token, plover: str) -> str | None:
    """NOT_AN_EVENT for a contest verb in a sentence about an election (and not about violence),
    the criticism code for an attack word there, None otherwise."""
    sense = contest_senses().get(plover)
    word = lemma(trigger)
    if sense is None or word not in sense.contest_triggers | sense.criticism_triggers:
        return None
    words = {lemma(t) for t in trigger.sent} | {t.lower_ for t in trigger.sent}
    if not words & sense.election_words or words & sense.violence_words:
        return None
    if word in sense.contest_triggers or names_the_contest(trigger, sense.election_words):
        return NOT_AN_EVENT
    return sense.cameo


def names_the_contest(noun: Token, election_words: frozenset[str]) -> bool:
    """"the GOP nomination battle", "the primary fight", "the battle for the nomination": the noun
    is the contest itself (an election word modifies it or is what it is "for"), no act of anyone."""
    if noun.pos_ != "NOUN":
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                  if g.dep_ == "pobj"]
    return any(lemma(m) in election_words for m in modifiers)


@cache
def figurative_senses() -> dict[str, Figurative]:
    return {row["plover"]: Figurative(row["plover"], row["figurative_cameo"], frozenset(row["triggers"]),
                                      frozenset(row["abstract_targets"]), frozenset(row["speech_nouns"]))
            for row in load_toml(SENSES_FILE).get("figurative", [])}


def target_heads(trigger: Token) -> list[Token]:
    """The heads of the trigger's target: its object, and the objects of its (or its object's)
    "on"/"against" phrases."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    heads = list(objects)
    for owner in (trigger, *objects):  # "launched an attack on the bill": the attack's own target
        heads += [g for p in owner.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                  for g in p.children if g.dep_ == "pobj"]
    return heads


def in_speech(trigger: Token, nouns: frozenset[str]) -> bool:
    """The trigger, or the verb that carries it, is set "in" a speech, interview, statement ..."""
    owners = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
    return any(lemma(g) in nouns for owner in owners for p in owner.children if p.dep_ == "prep"
               and p.lower_ in ("in", "during") for g in p.children if g.dep_ == "pobj")


def figurative_cameo(trigger: Token, plover: str) -> str | None:
    """The code of the figurative sense of this trigger, NOT_AN_EVENT when it names none, or None
    when it is meant literally."""
    if (contest := contest_cameo(trigger, plover)) is not None:
        return contest
    sense = figurative_senses().get(plover)
    if sense is None or lemma(trigger) not in sense.triggers:
        return None
    if any(lemma(head) in sense.abstract_targets for head in target_heads(trigger)):
        return sense.cameo
    return sense.cameo if in_speech(trigger, sense.speech_nouns) else None
