"""Figurative senses of trigger words: an attack on an idea, or told in a speech, is criticism.

A trigger of a type listed in data/events/senses.toml whose target phrase is an abstract noun
("Obama's attack on the Second Amendment") or which is set in a speech ("a fresh attack against
Israel in a speech") is coded with the file's figurative CAMEO code instead (111, criticize).
In a sentence about a contest for office and not about violence, a contest verb ("beat Cruz in
the primary") is no event (`NOT_AN_EVENT`) and an attack word is criticism.

Some trigger words name their event only with a part of the sentence that makes it one, the
`[[frame]]` tables of senses.toml (`missing_frame`): "talked about money" with nobody to talk with
is no consultation, "asked about his health" no request; and a verb whose subject is a thing and
no party ("the nature of his candidacy has helped drive voters to the polls") reports no event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from ..docfacts import sentence_of
from ..errors import E_DATA_NO_LIST, DataFileError
from ..nlp import entity_of
from ..resources import data_path, load_toml, word_sets
from .arguments import relative_antecedent
from .modality import first_conjunct, lemma

SENSES_FILE = "events/senses.toml"
# What `figurative_cameo` returns for a trigger that names no event at all ("won the primary").
NOT_AN_EVENT = ""
# Prepositions that open the target of an attack: "an attack on X", "a fight against X".
TARGET_PREPS = frozenset({"on", "against", "at", "upon"})
# A reference to a named word list of senses.toml's [lists] table: "@social_ills".
LIST_REFERENCE = re.compile(r"@([a-z_]+)")


@cache
def senses_data() -> dict[str, Any]:
    """senses.toml with its named word lists put in where they are referenced, so that one list
    serves every table that uses it: an item "@name" of a list stands for the list's words, and
    "@name" inside a part ("pobj:@social_ills") for its words joined by "|". The [lists] table
    itself is no sense table and is left out."""
    data = dict(load_toml(SENSES_FILE))
    lists = data.pop("lists", {})

    def words(name: str) -> list[str]:
        if name not in lists:
            raise DataFileError(f"{data_path(SENSES_FILE)}: no list {name!r} in [lists] [{E_DATA_NO_LIST}]")
        return [str(word) for word in lists[name]]

    def expand(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: expand(item) for key, item in value.items()}
        if isinstance(value, list):
            out: list[Any] = []
            for item in value:
                whole = LIST_REFERENCE.fullmatch(item) if isinstance(item, str) else None
                if whole:
                    out.extend(words(whole.group(1)))
                else:
                    out.append(expand(item))
            return out
        if isinstance(value, str):
            return LIST_REFERENCE.sub(lambda m: "|".join(words(m.group(1))), value)
        return value

    return {key: expand(value) for key, value in data.items()}


@dataclass(frozen=True, slots=True)
class Figurative:
    """The figurative reading of one PLOVER type (one table of senses.toml)."""

    plover: str
    cameo: str
    triggers: frozenset[str]
    abstract_targets: frozenset[str]
    speech_nouns: frozenset[str]
    verbal_modifiers: frozenset[str]
    speech_participles: frozenset[str]


@dataclass(frozen=True, slots=True)
class Contest:
    """The electoral reading of one PLOVER type (a [[contest]] table of senses.toml)."""

    plover: str
    cameo: str
    contest_triggers: frozenset[str]
    contest_nouns: frozenset[str]  # nouns that name the contest itself ("her battle against Sanders")
    criticism_triggers: frozenset[str]
    election_words: frozenset[str]
    result_words: frozenset[str]  # words of a result, election words for a contest verb only ("beat her 51% to 36%")
    violence_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Frame:
    """A selectional restriction of some trigger lemmas (one [[frame]] table of senses.toml)."""

    pos: str  # V or N
    lemmas: frozenset[str]
    needs: tuple[str, ...]  # the trigger is an event only with one of these parts
    excludes: tuple[str, ...]  # ... and never with one of these
    unless: tuple[str, ...]  # ... unless it has one of these
    why: str


@cache
def frames() -> tuple[Frame, ...]:
    return tuple(Frame(row["pos"], frozenset(row["lemmas"]), tuple(row.get("needs", ())),
                       tuple(row.get("excludes", ())), tuple(row.get("unless", ())), row["why"])
                 for row in senses_data().get("frame", []))


@cache
def frames_by_word() -> dict[tuple[str, str], tuple[Frame, ...]]:
    """(pos, lemma) -> the frames of that word, in the order of `frames()`: `missing_frame` is
    asked for every trigger, and scanning all the frames for each was most of its time."""
    found: dict[tuple[str, str], list[Frame]] = {}
    for frame in frames():
        for word in frame.lemmas:
            found.setdefault((frame.pos, word), []).append(frame)
    return {key: tuple(listed) for key, listed in found.items()}


def frames_of(pos: str, word: str) -> tuple[Frame, ...]:
    return frames_by_word().get((pos, word), ())


@cache
def word_list(name: str) -> frozenset[str]:
    """A named word list of senses.toml (`non_party_subjects`, `campaign_nouns`, `accident_nouns`
    ...: causes of death and damage that are no attack, "killed in a road accident"), empty when absent."""
    return frozenset(senses_data().get(name, ()))


def any_word(tokens: Iterable[Token], words: frozenset[str]) -> bool:
    """Whether one of the tokens is one of the words, by lemma or by form (lower case)."""
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tokens)


def subjects_of(token: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is the complement of ("Singh and Abe are to
    talk", "OPEC is set to discuss")."""
    for _ in range(3):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or token.dep_ != "xcomp":
            return subjects
        token = token.head
    return []


def joint_subject(token: Token) -> bool:
    """"Israel and Lebanon talked", "the two sides discussed", "OPEC is set to discuss": a subject
    that is more than one party, or a body of several. A person's name the parse takes for a
    plural noun is one party: "Sanders promised to take bold action" (hand read seed 5185)."""
    for subject in subjects_of(token):
        plural = subject.pos_ == "NOUN" and subject.tag_ == "NNS" and subject.ent_type_ != "PERSON"
        if subject.conjuncts or plural or is_body(subject):
            return True
    return False


def is_body(subject: Token) -> bool:
    """An organisation of several parties: "OPEC", "the European Union", "the Security Council";
    not a surname the parse takes for one ("Trump talking about Clinton")."""
    entity = entity_of(subject)
    return subject.ent_type_ == "ORG" and entity is not None and (len(entity) > 1 or subject.text.isupper())


def question_clause(token: Token) -> bool:
    """"asked whether ...", "asked what he would do": a complement clause that is a question."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in clause.children) \
                or clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB") and clause.left_edge.lower_ != "that" \
                or any(t.text == "?" for t in clause.subtree):  # a quoted question: "'Do we ...?' Trump asked"
            return True
    return False


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})


def quoted_complement(token: Token) -> bool:
    """""The ones who have been here 20 years," Trump asked": the words quoted before the verb."""
    for child in (c for c in token.children if c.dep_ in ("dobj", "ccomp") and c.i < token.i):
        start = max(child.left_edge.i - 1, 0)  # a quotation mark opening, inside or closing the words
        if any(t.text in QUOTE_MARKS for t in token.doc[start:token.i]):
            return True
    return False


def modifies(token: Token, words: frozenset[str]) -> bool:
    """"a report released on Monday": the noun the trigger qualifies is one of `words`; also through
    a conjunct ("a charge that she has faced and has always denied", "an ad that attacks Clinton
    and is funded by a PAC": the conjunct qualifies the noun as the first verb does)."""
    token = first_conjunct(token)
    return token.dep_ in ("acl", "relcl", "amod") and lemma(token.head) in words


def owned_by(token: Token, labels: frozenset[str]) -> bool:
    """"a Trump rally", "Sanders's rally": a compound or possessive name of one of `labels`."""
    return any(c.dep_ in ("compound", "poss") and c.ent_type_ in labels for c in token.children)


def seen_as(token: Token, verbs: frozenset[str]) -> bool:
    """"perceived as a direct threat": the verb of the "as" phrase the trigger is the object of."""
    return token.dep_ == "pobj" and token.head.lower_ == "as" and lemma(token.head.head) in verbs


@cache
def fight_context() -> dict[str, frozenset[str]]:
    """The `[fight_context]` lists of senses.toml: words of armed conflict and of places."""
    table = senses_data().get("fight_context", {})
    return {key: frozenset(table.get(key, ())) for key in ("violence_words", "place_words", "place_labels")}


def other_words(token: Token, skip: frozenset[int] = frozenset()) -> set[str]:
    """The lemmas and lower-case forms of the words of the token's sentence, but the token's own
    and those at `skip`: what the sense lists of senses.toml are matched against."""
    others = [t for t in sentence_of(token) if t.i != token.i and t.i not in skip]
    return {lemma(t) for t in others} | {t.lower_ for t in others}


def told_of(token: Token, topic: frozenset[str], unless: frozenset[str]) -> bool:
    """Whether the token's sentence has a word of `topic` and none of `unless`."""
    words = other_words(token)
    return bool(words & topic) and not words & unless


def violent_sentence(token: Token, skip: frozenset[int] = frozenset()) -> bool:
    """"rebels fought for control of the town": the sentence has a word of armed conflict (not
    counting the token and the words at `skip`), so a fight in it is one."""
    return bool(other_words(token, skip) & fight_context()["violence_words"])


def violent_outside_topics(token: Token) -> bool:
    """A word of armed conflict in the sentence, not counting the topic phrases of the trigger
    word ("she hit him on guns": the policy argued about, no gunfire; senses.toml [person_dyad]
    `topic_prepositions`), of it or of a repetition."""
    word, prepositions = lemma(token), person_dyad_words().topic_prepositions
    topics = {t.i for p in sentence_of(token) if p.dep_ == "prep" and p.lower_ in prepositions
              and lemma(p.head) == word for t in p.subtree}
    # the last part of a hyphenated word is none either: "the not-quite-so-long-shot campaign"
    topics |= {t.i for t in sentence_of(token) if t.i > 0 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_}
    return violent_sentence(token, frozenset(topics))


def place_phrase(token: Token) -> bool:
    """"has been fighting in the north", "fought in Syria": the fight is set in a place."""
    context = fight_context()
    return any(g.dep_ == "pobj" and (lemma(g) in context["place_words"] or g.ent_type_ in context["place_labels"])
               for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "near", "around", "across")
               for g in p.children)


@cache
def sport_words() -> frozenset[str]:
    """The `[sport_context]` words of senses.toml: games, their players and their scores."""
    return frozenset(senses_data().get("sport_context", {}).get("sport_words", ()))


def sport_sentence(token: Token) -> bool:
    """"Ntini was called back into the South African attack", "fend off the Australian attacks":
    the sentence is about a game (a word of `[sport_context]`) and has no word of armed conflict,
    so an attack or a defeat in it is play, no event."""
    return told_of(token, sport_words(), fight_context()["violence_words"])


@cache
def market_context() -> dict[str, frozenset[str]]:
    """The `[market_context]` lists of senses.toml: words of markets and words of protest."""
    table = senses_data()["market_context"]
    return {key: frozenset(table[key]) for key in ("market_words", "protest_words")}


def market_sentence(token: Token) -> bool:
    """"the US rally had little impact on the Malaysian market": the sentence is about a market (a
    word of `[market_context]`) and has no word of protest, so a rally in it is one of prices."""
    context = market_context()
    return told_of(token, context["market_words"], context["protest_words"])


def result_participle(token: Token) -> bool:
    """"moved beyond Bridgegate, allowing his skills to shine": a gerund-participle adjunct after
    a comma, which tells the result of the verb it hangs on."""
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i < token.i \
        and token.i > 0 and token.doc[token.i - 1].text == ","


@cache
def state_subject_labels() -> frozenset[str]:
    """The `state_subject_labels` of senses.toml: spaCy labels of a subject that is a state."""
    return frozenset(senses_data().get("state_subject_labels", ()))


def state_subject(token: Token) -> bool:
    """"Iran refused to answer questions from IAEA inspectors": a subject (or a conjunct of it) of
    an entity label of `state_subject_labels`, a state, whose words are diplomacy."""
    return state_doer(token, state_subject_labels())


# Parts a frame names by a word alone, and parts that relate the trigger to words around it.
PARTY_LABELS = frozenset({"PERSON", "NORP", "GPE", "ORG"})


def named_object(token: Token) -> bool:
    """"Japan hosted Chinese President Xi Jinping ... before the Olympic Games": the direct object
    names a person, a people, a state or a body (an entity of one of those labels in its phrase)."""
    return any(t.ent_type_ in PARTY_LABELS for c in token.children if c.dep_ == "dobj" for t in c.subtree)


NAMED_PARTS = {"joint-subject": joint_subject, "named-object": named_object, "question-clause": question_clause,
               "quoted": quoted_complement,
               "violent-sentence": violent_sentence, "place-phrase": place_phrase, "sport-sentence": sport_sentence,
               "market-sentence": market_sentence,
               "result-participle": result_participle, "state-subject": state_subject}


def word_form(token: Token, forms: frozenset[str]) -> bool:
    """"tough talks" (a negotiation), not "tough talk" (words): the trigger's own form, lower case."""
    return token.lower_ in forms


def under(token: Token, prepositions: frozenset[str]) -> bool:
    """"the response to the Syrian civil war", "since the war": the trigger is the object of one
    of `prepositions` (lower case), named as the background of another thing."""
    return token.dep_ == "pobj" and token.head.lower_ in prepositions


def governed_as(token: Token, deps: frozenset[str], verbs: frozenset[str]) -> bool:
    """The trigger noun (its first conjunct) is a `deps` dependent of a verb (of one of `verbs`,
    when any are named)."""
    token = first_conjunct(token)
    return token.dep_ in deps and token.head.pos_ in ("VERB", "AUX") and (not verbs or lemma(token.head) in verbs)


def subject_of(token: Token, verbs: frozenset[str]) -> bool:
    """"Russia-India military cooperation contributes to maintaining global stability": the trigger
    noun is the subject of a verb, a topic told about."""
    return governed_as(token, frozenset({"nsubj", "nsubjpass"}), verbs)


def object_of(token: Token, verbs: frozenset[str]) -> bool:
    """"promoting China-Japan friendly cooperation": the trigger noun is the direct object of a verb."""
    return governed_as(token, frozenset({"dobj"}), verbs)


# the prefix of a frame part that names a part of the verb the trigger is the object of
GOVERNOR_PART = "governor>"
RELATIONS = {"modifies": modifies, "owner": owned_by, "as": seen_as, "form": word_form, "under": under,
             "subject-of": subject_of, "object-of": object_of}


def has_part(token: Token, part: str) -> bool:
    """Whether the trigger has one part a frame names: "dep" or "dep:lemma|lemma" of a child (a
    preposition only with its object); "modifies:lemma|..." (the noun the trigger qualifies);
    "under:word|..." (the preposition the trigger is the object of); "subject-of" or
    "subject-of:lemma|..." (the verb the trigger noun is the subject of); "object-of:lemma|..."
    (the verb the trigger noun is the direct object of); "as:lemma|..." (the verb of
    the "as" phrase the trigger is the object of); "owner:LABEL|..." (a compound or possessive
    name of that entity label: "a Trump rally"); "form:word|..." (the trigger's own form:
    "form:talks"); "joint-subject"; "question-clause"; "quoted" (the quoted words before the
    verb: "'...,' Trump asked"); "sport-sentence" (a sentence about a game, with no word of armed
    conflict); "market-sentence" (a sentence about a market, with no word of protest); "named-object"
    (a direct object naming a person, people, state or body);
    "state-subject" (a subject that is a state). A part may name a part of its own after ">":
    "prep:on>pobj:terror" ("the war on terror"); "governor>PART" is a part of the verb whose
    object the trigger is ("conducting further investigation into the accident", where the parse
    hangs "into" on the verb)."""
    if part in NAMED_PARTS:
        return NAMED_PARTS[part](token)
    if part.startswith(GOVERNOR_PART):  # "governor>prep:into>pobj:accident": a part of the noun's verb
        return token.dep_ in ("dobj", "nsubjpass") and has_part(token.head, part[len(GOVERNOR_PART):])
    dep, words, below = parsed_part(part)
    if dep in RELATIONS:
        return RELATIONS[dep](token, words)
    # only a child of that dependency can be the part (child_has asks that first)
    return any(child_has(child, dep, words, below) for child in token.children if child.dep_ == dep)


@cache
def parsed_part(part: str) -> tuple[str, frozenset[str], str]:
    """(dep, words, below) of a frame's part "dep:word|word>below", read once per part (the
    frames' parts are asked of every trigger of their words)."""
    part, _, below = part.partition(">")  # "prep:on>pobj:terror": a part of that part
    dep, _, alternatives = part.partition(":")
    return dep, frozenset(alternatives.split("|")) if alternatives else frozenset(), below


def child_has(child: Token, dep: str, words: frozenset[str], below: str) -> bool:
    """The child is the part `dep:words` (a preposition only with its object, unless stranded at
    the end of its verb's phrase: "topics Clinton wants to talk about"), with `below` in it."""
    if child.dep_ != dep or (words and lemma(child) not in words and child.lower_ not in words):
        return False
    # a preposition with a preposition of its own has its object there ("pulled out of the race")
    if dep == "prep" and not any(g.dep_ in ("pobj", "pcomp", "prep") for g in child.children) \
            and child.i != child.head.right_edge.i:
        return False
    return not below or has_part(child, below)


@dataclass(frozen=True, slots=True)
class HabitCues:
    adverbs: frozenset[str]
    determiners: frozenset[str]
    span_prepositions: frozenset[str]
    span_nouns: frozenset[str]


@cache
def habit_cues() -> HabitCues:
    return word_sets(HabitCues, senses_data()["habitual"], SENSES_FILE)


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def habit_marker(verb: Token) -> Token | None:
    """The word that makes a present-tense verb a habit or a rule ("we always ask people to be
    vigilant", "demonstrators picket every political convention"), or None. The simple present
    only, the verb's own or with "do" ("they do not usually arrest"): an ongoing action ("is
    providing food assistance every month") is under way, an event."""
    simple_present = verb.tag_ in PRESENT_TAGS or verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in PRESENT_TAGS for c in verb.children)
    # the present perfect with a frequency adverb is a habit too: "he and his wife have regularly
    # talked with him for the last five or six years" (The Western Journal, 2016-05-14, seed 5001)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in PRESENT_TAGS
                                         for c in verb.children)
    if not simple_present and not perfect:
        return None
    cues = habit_cues()
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in cues.adverbs:
            return child
        if perfect:  # "has visited every province" sums up deeds, no habit
            if child.dep_ == "prep" and child.lower_ in cues.span_prepositions and any(
                    g.dep_ == "pobj" and g.tag_ == "NNS" and lemma(g) in cues.span_nouns for g in child.children):
                return child  # "He and Trump have met over the years in the lobby"
            continue
        nouns = [child] if child.dep_ in ("dobj", "npadvmod") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for determiner in (d for noun in nouns for d in noun.children if d.dep_ == "det"):
            if determiner.lower_ in cues.determiners:
                return determiner
    return None


def missing_frame(trigger: Token) -> str | None:
    """Why the trigger names no event in this sentence, or None: a part its frame needs is
    missing or one it excludes is there, or its subject is a thing and no party."""
    pos = "V" if trigger.pos_ in ("VERB", "AUX") else "N"
    for frame in frames_of(pos, lemma(trigger)):
        if frame.needs and not any(has_part(trigger, part) for part in frame.needs):
            return f"'{trigger.text}' without {' or '.join(frame.needs)}: {frame.why}"
        found = next((part for part in frame.excludes if has_part(trigger, part)), None)
        if found is not None and not any(has_part(trigger, part) for part in frame.unless):
            return f"'{trigger.text}' with {found}: {frame.why}"
    if pos == "V" and (habit := habit_marker(trigger)) is not None:
        return f"'{trigger.text}' with '{habit.text}': a habit or a rule in the present, no event"
    return thing_subject(trigger) if pos == "V" else None


def thing_subject(verb: Token) -> str | None:
    """Why the verb's subject (or a passive's "by" doer) is no party, or None: a thing ("the nature
    of his candidacy has helped", "hit by imports"), an accident, or a share of those polled."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "advcl":  # "Clinton's victory hands her a majority ..., helping"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        # "Trump's presence on the ballot is going to help our candidates" (USA Today, 2016-06-10,
        # hand read seed 5002): the subject of the verb it complements
        subjects = [c for c in subjects_of(verb) if c.dep_ == "nsubj"]
    # a passive's doer is its "by" phrase: "the districts hardest hit by Chinese imports"
    subjects += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    # a relative pronoun is the noun it stands for: "a flaw in the FBI's system that allowed Roof to
    # purchase a firearm" (The Huffington Post, 2016-07-28, hand read seed 5343) is the flaw's doing
    subjects = [relative_antecedent(subject) or subject for subject in subjects]
    for subject in subjects:
        if lemma(subject) in word_list("non_party_subjects") | word_list("accident_nouns"):
            return f"its subject '{subject.text}' is a thing, no party"
        # "5 percent prefer Gary Johnson and 1 percent support Jill Stein", parsed with "1 percent"
        # a conjunct of "Johnson": a share of those polled among the subjects is a statistic
        share = next((t for t in (subject, *subject.conjuncts) if t.ent_type_ in statistic_labels()), None)
        if share is not None:
            return f"its subject '{share.text}' is a share of those polled, no party"
    return None


@cache
def statistic_labels() -> frozenset[str]:
    return frozenset(senses_data().get("statistic_labels", ()))


@cache
def contest_senses() -> dict[str, Contest]:
    return {row["plover"]: Contest(row["plover"], row["figurative_cameo"], frozenset(row["contest_triggers"]),
                                   frozenset(row.get("contest_nouns", ())),
                                   frozenset(row["criticism_triggers"]), frozenset(row["election_words"]),
                                   frozenset(row.get("result_words", ())),
                                   frozenset(row["violence_words"]))
            for row in senses_data().get("contest", [])}


def contest_cameo(trigger: Token, plover: str) -> str | None:
    """NOT_AN_EVENT for a contest verb in a sentence about an election (and not about violence),
    the criticism code for an attack word there, None otherwise."""
    sense = contest_senses().get(plover)
    if sense is None:
        return None
    word = lemma(trigger)
    if word not in sense.contest_triggers | sense.criticism_triggers:
        # "Sanders held a rally ... ahead of the Delaware primary": a light verb carries the contest noun
        carried = [c for c in trigger.children if c.dep_ == "dobj" and lemma(c) in sense.contest_triggers]
        if not carried or trigger.pos_ not in ("VERB", "AUX"):
            return None
        trigger, word = carried[0], lemma(carried[0])
    words = other_words(trigger)  # "a Trump rally": the trigger is no election word
    election = sense.election_words | (sense.result_words if word in sense.contest_triggers else frozenset())
    if not words & election or words & sense.violence_words:
        return None
    if word in sense.contest_triggers or word in sense.contest_nouns and trigger.pos_ == "NOUN" \
            or names_the_contest(trigger, sense.election_words):
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
                                      frozenset(row["abstract_targets"]), frozenset(row["speech_nouns"]),
                                      frozenset(row.get("verbal_modifiers", ())),
                                      frozenset(row.get("speech_participles", ())))
            for row in senses_data().get("figurative", [])}


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


def figurative_cameo(trigger: Token, plover: str, person: Callable[[Token], bool] | None = None) -> str | None:
    """The code of the figurative sense of this trigger, NOT_AN_EVENT when it names none, or None
    when it is meant literally. `person` says whether a token names a person by the actor records
    (the parse's entity labels miss many: "Trump" is often an ORG, "Cruz" none)."""
    if (contest := contest_cameo(trigger, plover)) is not None:
        return contest
    sense = figurative_senses().get(plover)
    if sense is None or lemma(trigger) not in sense.triggers:
        return None
    if any(lemma(head) in sense.abstract_targets for head in target_heads(trigger)):
        return sense.cameo
    if (between := person_dyad(trigger, person)) is not None:
        return NOT_AN_EVENT if between == "rivalry" else sense.cameo
    if verbal_modifier(trigger, sense.verbal_modifiers) or said_by(trigger, sense.speech_nouns) \
            or spoken_with(trigger, sense.speech_participles):
        return sense.cameo
    return sense.cameo if in_speech(trigger, sense.speech_nouns) else None


def said_by(trigger: Token, nouns: frozenset[str]) -> bool:
    """"a Donald Trump tweet attacking a former Miss Universe", "the editorial attacked him": the
    one that attacks is a speech, a post or a text (the subject of the trigger verb, or the noun
    its participle or relative clause qualifies), so the attack is words."""
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    if trigger.pos_ == "VERB" and trigger.dep_ in ("acl", "relcl"):
        doers.append(trigger.head)
    return any(lemma(d) in nouns for d in doers)


def spoken_with(trigger: Token, participles: frozenset[str]) -> bool:
    """"Obama attacked Romney, calling his tax plan a fraud", "attacked him, saying ...": the verb
    is told by a participle of speech beside it, so the attack is the words it says. A noun trigger
    is told so through the verb whose object it is: "escalated his attacks, saying in a tweet ..."."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and any(
        c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and lemma(c) in participles for c in verb.children)


def verbal_modifier(trigger: Token, words: frozenset[str]) -> bool:
    """"Trump's Twitter attacks", "mounting a phony attack", "attacked her harshly": a modifier of
    the trigger noun (or of the trigger verb's object), or an adverb of the trigger verb, that makes
    the attack one of words."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    adverbs = [c for c in trigger.children if c.dep_ == "advmod"] if trigger.pos_ == "VERB" else []
    return any(c.dep_ in ("compound", "amod", "nmod") and (lemma(c) in words or c.lower_ in words)
               for noun in nouns for c in noun.children) or any(a.lower_ in words for a in adverbs)


@dataclass(frozen=True, slots=True)
class PersonDyad:
    """The `[person_dyad]` lists of senses.toml: who is a person, and the words of a rivalry."""

    labels: frozenset[str]
    pronouns: frozenset[str]
    rivals: frozenset[str]
    rivalry_nouns: frozenset[str]
    rivalry_verbs: frozenset[str]
    reason_prepositions: frozenset[str]
    side_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]


@cache
def person_dyad_words() -> PersonDyad:
    return word_sets(PersonDyad, senses_data()["person_dyad"], SENSES_FILE)


def is_person(token: Token, words: PersonDyad, rivals: bool = False,
              person: Callable[[Token], bool] | None = None) -> bool:
    """A person entity or a personal pronoun ("his attacks"), or, for a target, a rival ("attacked
    his rivals"), or a person by the actor records (`person`)."""
    return token.ent_type_ in words.labels or token.lower_ in words.pronouns \
        or rivals and lemma(token) in words.rivals or person is not None and person(token)


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [c for t in tokens for c in (t, *t.conjuncts)]


def person_dyad(trigger: Token, person: Callable[[Token], bool] | None = None) -> str | None:
    """"rivalry" for a contest between persons ("the battle between Rubio and Christie", "Trump
    and Cruz are fighting it out"), "words" for an attack by a person on a person ("his attacks on
    a former Miss Universe"), for a reason ("hitting Trump for using eminent domain") or after the
    words it answers ("'...,' Trump shot back"); None otherwise, and always in a sentence with a
    word of armed conflict (outside the topic of the attack: "hit him on guns")."""
    if violent_outside_topics(trigger):
        return None
    words = person_dyad_words()
    verb = trigger.pos_ in ("VERB", "AUX")
    if verb:
        doers = with_conjuncts([c for c in trigger.children if c.dep_ == "nsubj"])
    else:
        doers = [c for c in trigger.children if c.dep_ in ("poss", "compound")]
    sides = with_conjuncts([g for p in trigger.children if p.dep_ == "prep" and p.lower_ in words.side_prepositions
                            for g in p.children if g.dep_ == "pobj"])
    word = lemma(trigger)
    if not verb and word in words.rivalry_nouns and len(sides) > 1 \
            and all(is_person(s, words, person=person) for s in sides):
        return "rivalry"
    if verb and word in words.rivalry_verbs and len(doers) > 1 \
            and all(is_person(d, words, person=person) for d in doers):
        return "rivalry"
    if verb and (quoted_complement(trigger) or any(
            p.dep_ == "prep" and p.lower_ in words.reason_prepositions and any(g.tag_ == "VBG" for g in p.children)
            for p in trigger.children)):
        return "words"
    targets = with_conjuncts(target_heads(trigger))
    if verb and any(c.dep_ == "dobj" for c in trigger.children):
        # "hit him on guns": with an object, a verb's "on"/"over" phrase is the topic, no second target
        targets = [t for t in targets if not (t.dep_ == "pobj" and t.head.lower_ in words.topic_prepositions
                                              and t.head.head.i == trigger.i)]
    if doers and targets and all(is_person(d, words, person=person) for d in doers) \
            and all(is_person(t, words, rivals=True, person=person) for t in targets):
        return "words"
    return None


@dataclass(frozen=True, slots=True)
class AbstractObjects:
    """Objects that make no political event of a trigger of some types (an [[abstract_object]]
    table of senses.toml): an idea, a position, money or words, with no party for recipient."""

    types: frozenset[str]
    objects: frozenset[str]
    entity_labels: frozenset[str]
    gerunds: bool
    own_objects: frozenset[str]  # triggers whose objects are the doer's own: "defended his call"
    state_labels: frozenset[str]  # entity labels of a doer whose stance is diplomacy: "Iran rejected"
    why: str


@cache
def abstract_objects() -> tuple[AbstractObjects, ...]:
    return tuple(AbstractObjects(frozenset(row["types"]), frozenset(row["objects"]),
                                 frozenset(row.get("entity_labels", ())), bool(row.get("gerunds", False)),
                                 frozenset(row.get("own_objects", ())), frozenset(row.get("state_labels", ())),
                                 row["why"])
                 for row in senses_data().get("abstract_object", []))


# Prepositions whose object is what a trigger is about: "committed to a strategy", "support for the idea",
# "agreed with the analysis" (agreeing with a party, "agreed with Russia", stays an event).
OBJECT_PREPS = frozenset({"to", "for", "of", "behind", "on", "with"})


def object_heads(trigger: Token) -> list[Token]:
    """What the trigger acts on: its direct object or gerund complement, the noun object of its
    preposition, and the noun a relative clause on the trigger qualifies ("the threat that Trump
    offers"), when the clause has no object of its own."""
    heads = [c for c in trigger.children if c.dep_ == "dobj" or c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"]
    heads += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS
              for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "NUM", "SYM")]
    if trigger.dep_ == "relcl" and not heads:
        heads.append(trigger.head)
    return heads


def owned_by_other(head: Token, trigger: Token, own_objects: frozenset[str]) -> bool:
    """"supported his view", "backed Bob's account": the object has an owner, whose position it is
    (a pronoun owner is the doer's own for a trigger of `own_objects`: "defended his call")."""
    for owner in (c for c in head.children if c.dep_ == "poss"):
        if owner.pos_ != "PRON" or lemma(trigger) not in own_objects:
            return True
    return False


def state_doer(trigger: Token, labels: frozenset[str]) -> bool:
    """"Iran rejected any restrictions", "The United States opposed imposing new sanctions": a
    subject of one of the entity `labels` (a state), whose stance on a policy or an act is one
    toward other states, no position of domestic politics."""
    return bool(labels) and any(s.ent_type_ in labels for s in with_conjuncts(subjects_of(trigger)))


def abstract_object(trigger: Token, plover: str) -> str | None:
    """Why a trigger of this type, with no party for recipient, names no event: its object is an
    idea, a position, money or words ("defended his call", "a strong ethanol mandate"); None otherwise."""
    for table in abstract_objects():
        if plover not in table.types or state_doer(trigger, table.state_labels):
            continue
        for head in object_heads(trigger):
            gerund = table.gerunds and head.tag_ == "VBG"
            if owned_by_other(head, trigger, table.own_objects):
                continue
            if gerund or lemma(head) in table.objects or head.ent_type_ in table.entity_labels:
                return f"'{trigger.text}' on '{head.text}' with no party: {table.why}"
    return None


@dataclass(frozen=True, slots=True)
class PromiseWords:
    """The `[empty_promise]` lists of senses.toml: promise triggers, the words of cooperation and
    of security (a commitment to other states), and the nouns that name a party unresolved."""

    triggers: frozenset[str]
    cooperation_words: frozenset[str]
    security_words: frozenset[str]
    party_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class EmptyPromise:
    """The `[empty_promise]` table of senses.toml: its word lists and the reason it gives."""

    words: PromiseWords
    why: str


@cache
def empty_promise_table() -> EmptyPromise:
    table = senses_data()["empty_promise"]
    return EmptyPromise(word_sets(PromiseWords, table, SENSES_FILE), str(table["why"]))


# The parts of a promise that say what is promised: "pledged to work with China", "promised a country
# of new opportunities", "vowed that a Clinton presidency would bring jobs", "his promise to repeal".
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "dative", "acl", "prep", "attr", "oprd", "advcl"})


def promise_content(trigger: Token) -> list[Token]:
    """The words of what the trigger promises: the subtrees of its complements, objects and phrases."""
    return [t for c in trigger.children if c.dep_ in CONTENT_DEPS for t in c.subtree]


def empty_promise(trigger: Token, plover: str, cameo: str, names: Callable[[Token], bool]) -> str | None:
    """Why a promise coded AGREE 030, with no recipient, is no event: what it promises names no
    party and no act (`names` says whether a word is another party than the doer or a trigger
    word: "promised a veto" threatens someone), no joint subject makes it mutual and no word of
    cooperation or of security ("vowed to retaliate") is in it ("the government promises to
    invest in renewable energy sources"); None otherwise, and when the promise has no content in
    the sentence."""
    table = empty_promise_table()
    words = table.words
    if plover != "AGREE" or cameo != "030" or lemma(trigger) not in words.triggers or joint_subject(trigger):
        return None
    named = words.cooperation_words | words.security_words | words.party_words
    content = promise_content(trigger)
    if not content or any(lemma(t) in named or t.lower_ in named or names(t) for t in content):
        return None
    return f"'{trigger.text}' with no party: {table.why}"
