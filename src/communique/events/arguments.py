"""Who did it and to whom: the actor and recipient of a trigger, read off the dependency parse.

Verbs: subject -> actor, object / dative / "with", "against", "on", "to" ... phrase -> recipient;
passives swap ("was attacked by militiamen"); an infinitive or participle without a subject takes
its governor's ("agreed to provide aid", "militiamen armed with machetes"). Nouns: possessor and
pre-modifiers -> actor ("Russia's invasion", "U.S.-Russia talks"), "by" -> actor, "of", "against",
"with", "between" ... -> recipient; a noun carried by a light verb takes the verb's subject
("Israel and Lebanon renewed negotiations"). Coordinated actors all count ("Lavrov and Rubio met").

An argument is a phrase; the actors are the records of the `actors` stage that fall in its core
(the head, its modifiers, possessor, "of" phrase and apposition, not its relative clauses or
other prepositional phrases).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Token

from ..actors.coref import may_be, name_may_be
from ..actors.kb import AGENT, ROLE, load_kb, text_key
from ..docfacts import doc_text, remembered, sentence_of, token_table
from ..errors import E_EVENTS_BAD_PHRASE, DataFileError
from ..model import Actor, Place
from ..resources import load_toml, word_list, word_sets
from ..speech_verbs import speech_verbs
from .constructions import constructions, controller_deps, deed_adjective_clause
from .modality import cues

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
STATIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
CORE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "appos", "case", "punct",
                       "prep", "pobj", "cc", "conj", "npadvmod", "advmod", "predet"})
# The English words below are in data/events/argument_words.toml (what each list is for is said there).
WORDS_FILE = "events/argument_words.toml"
RELATIVE_PRONOUNS = frozenset(word_list(WORDS_FILE, "relative_pronouns"))
PERSONAL_PRONOUNS = frozenset(word_list(WORDS_FILE, "personal_pronouns"))
QUOTED_OTHER_PRONOUNS = frozenset(word_list(WORDS_FILE, "quoted_other_pronouns"))
OBJECT_PRONOUNS = frozenset(word_list(WORDS_FILE, "object_pronouns"))
ORIGIN_PREPS: tuple[str, ...] = word_list(WORDS_FILE, "origin_prepositions")
QUANTITY_HEADS = frozenset(word_list(WORDS_FILE, "quantity_heads"))
RECIPIENT_PREPS: tuple[str, ...] = word_list(WORDS_FILE, "recipient_prepositions")
NOUN_RECIPIENT_PREPS: tuple[str, ...] = word_list(WORDS_FILE, "noun_recipient_prepositions")
CONTENT_DEPS = frozenset({"xcomp", "ccomp"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
ATTRIBUTION_PREPS = frozenset(word_list(WORDS_FILE, "attribution_prepositions"))
PARTY_PREPS: tuple[str, ...] = word_list(WORDS_FILE, "party_prepositions")
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
ATTRIBUTIVE_PARTICIPLES = frozenset(word_list(WORDS_FILE, "attributive_participles"))
LEGISLATURE = "LEG"  # the CAMEO sector of a legislature


ARGUMENTS_FILE = "events/arguments.toml"


@dataclass(frozen=True, slots=True)
class Rules:
    """The word and type lists of data/events/arguments.toml (each documented there)."""

    place_recipient_types: frozenset[str]
    between_recipient_cameos: frozenset[str]
    victim_only_types: frozenset[str]
    located_doer_types: frozenset[str]
    affiliation_words: frozenset[str]
    carrier_nouns: frozenset[str]
    host_nouns: frozenset[str]
    unlocated_sectors: frozenset[str]
    location_prepositions: frozenset[str]
    place_only_prepositions: frozenset[str]
    figure_nouns: frozenset[str]
    document_nouns: frozenset[str]
    addressee_types: frozenset[str]
    addressee_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    deed_doer_prepositions: frozenset[str]
    raising_words: frozenset[str]
    participant_types: frozenset[str]
    participant_prepositions: frozenset[str]
    destination_modes: frozenset[str]
    destination_prepositions: frozenset[str]
    person_pronouns: frozenset[str]
    addressee_object_verbs: frozenset[str]
    addressee_object_prepositions: frozenset[str]
    addressee_clause_verbs: frozenset[str]
    purpose_recipient_prepositions: frozenset[str]
    arrival_verbs: frozenset[str]
    arrival_prepositions: frozenset[str]
    conjunct_content_prepositions: frozenset[str]
    owner_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    provoking_verbs: frozenset[str]
    group_pronouns: frozenset[str]
    not_person_entities: frozenset[str]
    narrative_marks: frozenset[str]
    occasion_prepositions: frozenset[str]
    passive_frames: frozenset[str]
    speech_participles: frozenset[str]
    party_entities: frozenset[str]
    party_nouns: frozenset[str]
    generic_determiners: frozenset[str]
    owned_person_nouns: frozenset[str]
    conveyance_verbs: frozenset[str]
    reporter_stance_verbs: frozenset[str]
    conveyance_prepositions: frozenset[str]
    state_entities: frozenset[str]
    time_entities: frozenset[str]
    venue_phrases: frozenset[str]
    act_anaphor_families: frozenset[str]
    act_anaphor_determiners: frozenset[str]
    veto_verbs: frozenset[str]
    suspicion_participles: frozenset[str]
    patient_possessor_nouns: frozenset[str]
    bill_nouns: frozenset[str]
    veto_doer_sectors: frozenset[str]


@cache
def rules() -> Rules:
    return word_sets(Rules, load_toml(ARGUMENTS_FILE))


@dataclass(slots=True)
class Side:
    """One side of an event: the actor records found and the dependency path that found them."""

    actors: list[Actor] = field(default_factory=list)
    path: str = ""
    named: bool = False  # the parse names someone here even if no actor record resolved it
    inherited: bool = False  # the doer of an earlier act, lent to an agentless passive (coder.inherited_doer)

    def __bool__(self) -> bool:
        return bool(self.actors)


class ActorIndex:
    """The actor records of one article, looked up by token; `usable` says which may fill a side."""

    def __init__(self, doc, actors: Iterable[Actor], usable: Callable[[Actor], bool] = bool) -> None:  # noqa: ANN001
        self.usable = usable
        self.by_token: dict[int, list[Actor]] = {}
        self.people: list[tuple[int, Actor]] = []  # (last token, actor) of mentions that name a person
        self.doers: dict[int, Side] = {}  # verb_actor of each verb asked about, by its index
        self.noun_doers: dict[int, Side] = {}  # noun_actor of each noun asked about
        ent_types, person = token_table(doc).ent_type, doc.vocab.strings["PERSON"]
        for actor in actors:
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):  # positions, not Tokens: spaCy makes one per access
                self.by_token.setdefault(i, []).append(actor)
            # "Vladimir Putin", not "the government of Fuad Siniora"; the root (a walk of the span's
            # heads) is worked out only where a word of the span is a PERSON's
            if person in ent_types[span.start:span.end] and span.root.ent_type == person:
                self.people.append((span.end - 1, actor))
        self.people.sort(key=lambda pair: pair[0])

    def at(self, token: Token) -> list[Actor]:
        return self.by_token.get(token.i, [])

    def unresolved(self) -> ActorIndex:
        """The same records, where a group or titled person with no country may fill a side too."""
        loose = object.__new__(ActorIndex)
        loose.by_token, loose.people = self.by_token, self.people
        loose.doers, loose.noun_doers = {}, {}  # other actors may fill its sides
        loose.usable = lambda a: self.usable(a) or (a.code is None and a.sector is not None)
        return loose


def role_kinds(word: str) -> frozenset[str]:
    """The kinds (person, group, body) roles.tsv gives the word as a role with a sector."""
    return frozenset(p.entry.role_kind for p in load_kb().lookup(text_key(word))
                     if p.entry.kind == ROLE and p.entry.sector and p.entry.role_kind)


def party_by_sector(actor: Actor, doc: Doc) -> bool:
    """An actor with no country that is still a party by its sector: a body or a group (in the
    plural) named by its role alone ("the government lifted the ban", "Police arrested", "rebels
    attacked"); not a named person with a title the KB lacks ("Archbishop Desmond Tutu"), nor
    one person ("Lawmaker urges retaliation", "a rebel"), whose country is more often told."""
    if actor.code is not None or actor.sector is None or not actor.role or actor.name is not None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    kinds = role_kinds(head.text) | role_kinds(actor.role)
    return "body" in kinds or ("group" in kinds and head.tag_ in ("NNS", "NNPS"))


def phrase_core(head: Token) -> list[Token]:
    """The tokens of a noun phrase that can name its actor: head, modifiers, possessor, "of" phrase,
    apposition; not relative clauses, participles or other prepositional phrases."""
    core = [head]
    for child in head.children:
        if child.dep_ not in CORE_DEPS or child.dep_ == "conj":
            continue
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        core.extend(phrase_core(child))
    return core


def distinct(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[tuple] = set()
    kept = []
    for actor in actors:
        # one entry per coded actor ("RUSGOV"); unresolved mentions are told apart by position
        key = (actor.cameo or actor.code,) if actor.code is not None else (actor.text, actor.start)
        if key not in seen:
            seen.add(key)
            kept.append(actor)
    return kept


def actors_of_phrase(head: Token, index: ActorIndex) -> list[Actor]:
    """The actors a noun phrase names: the head's own actor if it has one, else those in its core,
    else (for "demonstrators in Baghdad", "Nigerians from throughout the country") the place or
    group its "in"/"from" phrase names; a personal pronoun takes the subject of the clause that
    reports it ("Iraq said it would allow ...")."""
    found: list[Actor] = []
    for conjunct in [head, *phrase_conjuncts(head)]:
        own = [a for a in index.at(conjunct) if index.usable(a)]
        if own:
            found.extend(own)
            continue
        core = [a for t in sorted(phrase_core(conjunct), key=lambda t: t.i)
                for a in index.at(t) if index.usable(a)]
        if not core and conjunct.pos_ == "PRON" and conjunct.lower_ in PERSONAL_PRONOUNS \
                and conjunct.dep_ in ("nsubj", "nsubjpass", "poss"):
            core = pronoun_actors(conjunct, index)
        elif not core and conjunct.dep_ in OBJECT_DEPS and conjunct.lower_ in rules().person_pronouns:
            # "She accused him of lying": an object "him" or "her" is a person named before
            core = pronoun_actors(conjunct, index)
        if not core and conjunct.dep_ == "dobj":  # "praised her effort": whose effort
            core = [a for c in conjunct.children if c.dep_ == "poss" and c.lower_ in rules().person_pronouns
                    for a in actors_of_phrase(c, index)]
        if not core and conjunct.dep_ in ("dobj", "nsubjpass"):  # "Serbia said Zagreb rejected its demand"
            core = [a for c in conjunct.children if c.dep_ == "poss" and c.lower_ in rules().owner_pronouns
                    for a in reported_owner(c, index)]
        if not core and conjunct.lemma_.lower() in QUANTITY_HEADS:  # "a number of parties and the Taliban"
            core = [a for _, t in prep_objects(conjunct, ("of",)) for a in actors_of_phrase(t, index)]
        if not core and conjunct.lemma_.lower() in rules().document_nouns:  # "a report by Human Rights Watch"
            core = [a for _, t in prep_objects(conjunct, ("by", "from")) for a in actors_of_phrase(t, index)]
        if not core and conjunct.pos_ in ("VERB", "AUX"):  # a misparsed subject: "The Red Cross operating"
            core = [a for c in conjunct.children if c.dep_ in SUBJECT_DEPS for a in actors_of_phrase(c, index)]
        if not core and conjunct.pos_ in ("NOUN", "PRON"):
            core = [a for _, t in prep_objects(conjunct, ORIGIN_PREPS) for a in actors_of_phrase(t, index)]
        if not core and conjunct.pos_ == "NOUN":  # "workers affiliated with the union", "militiamen loyal to X"
            core = [a for tie in conjunct.children if tie.dep_ in ("acl", "amod") and tie.i > conjunct.i
                    and tie.lemma_.lower() in rules().affiliation_words
                    for _, t in prep_objects(tie, ("with", "to")) for a in actors_of_phrase(t, index)]
        found.extend(core)
    return distinct(found)


def phrase_conjuncts(head: Token) -> list[Token]:
    """The words conjoined to a phrase's head that name more of its parties: not a verb conjoined
    to a noun by a misparse, whose subject is someone else ("Podesta called the governor 'the most
    extreme pick' and someone who had 'threatened women's privacy'": "someone" hung on "called"
    is not Podesta)."""
    verbal = head.pos_ in ("VERB", "AUX")
    return [c for c in head.conjuncts if (c.pos_ in ("VERB", "AUX")) == verbal]


def pronoun_actors(pronoun: Token, index: ActorIndex) -> list[Actor]:
    """Who a personal pronoun stands for: the subject its clause is reported in, else a person
    named before; none when that subject is a person who is no actor."""
    speakers = quote_speakers(pronoun, index)
    found = antecedent_actors(pronoun, index, speakers)
    return [] if found is None else found or previous_person(pronoun, index, speakers)


def quote_speakers(pronoun: Token, index: ActorIndex) -> list[Actor]:
    """Who speaks the quotation a third-person pronoun is in, whom it cannot stand for: in
    '"He attacked me," Trump said' or 'Obama said: "His invasion was illegal"', "he" and "his"
    are someone the speaker talks about (argument_words.toml `quoted_other_pronouns`). The
    speakers are the subjects of the clauses above the pronoun's that lie outside the quotation."""
    if pronoun.lower_ not in QUOTED_OTHER_PRONOUNS or not in_quotation(pronoun):
        return []
    speakers: list[Actor] = []
    clause = pronoun
    while clause.head.i != clause.i:
        clause = clause.head
        if clause.pos_ in ("VERB", "AUX") and not in_quotation(clause):
            # a subject inside the quotation is no speaker, and resolving it would ask this again
            speakers += [a for _, s in subject_heads(clause) if not in_quotation(s)
                         for a in actors_of_phrase(s, index)]
    return speakers


def unknown_person(subject: Token, pronoun: Token, index: ActorIndex) -> bool:
    """Whether a subject names a person who is no actor record ("Mr. Manafort", "Heather
    Johnston, a benefits manager") and whom a "he" or "she" may stand for. Such a person is who
    the pronoun is, so it must not go on to an earlier, different person: in "Mr. Manafort said he
    agreed with Mr. Cruz" the one agreeing is Manafort, never a Mr. Trump named before."""
    if pronoun.lower_ not in rules().person_pronouns or not names_person(subject) or in_quotation(pronoun):
        return False  # a quoted "he" is someone the speaker talks about, not the speaker
    core = sorted(phrase_core(subject), key=lambda t: t.i)
    if any(index.usable(a) for t in core for a in index.at(t)):
        return False
    # a bare name the coreference left unlinked ("Clinton and Sanders trade low blows" as the
    # headline, "Hu said" after "President Hu Jintao") is a known person when every full name it
    # is a word of is one; not "Mr. Khan" in a story naming Khizr Khan and a known Humayun Khan
    doc = subject.doc
    fuller = [doc[start:end] for start, end in dict.fromkeys((start, end) for start, end, _ in
                                                            person_names(doc).get(subject.text, ())
                                                            if not start <= subject.i < end)]
    if fuller and all(any(index.usable(a) for t in ent for a in index.at(t)) for ent in fuller):
        return False
    return name_may_be(pronoun.lower_, " ".join(t.text for t in core if t.i == subject.i or t.dep_ == "compound"))


def in_quotation(token: Token) -> bool:
    """Whether a token is inside quotation marks opened earlier in its sentence."""
    # the text from the sentence's start to the token, sliced from the Doc's text (a Span's text is
    # joined token by token); it differs from that Span's text only by white space after its end
    before = doc_text(token.doc)[sentence_of(token).start_char:token.idx]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def names_person(token: Token) -> bool:
    """A person's name: tagged as one, or a bare name that is a later word of a person's full name
    given before ("John Cordisco, the Democratic chairman ... Cordisco said", "Luther Stan Pate IV
    ... Pate claimed", where the tagger may read the bare name as an organization or as nothing)."""
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "PROPN" and any(later and end <= token.i
                                         for _, end, later in person_names(token.doc).get(token.text, ()))


PERSON_NAMES_KEY = "communique.events.person_names"


def person_names(doc: Doc) -> dict[str, list[tuple[int, int, bool]]]:
    """Each word of a PERSON name of two or more words -> (start, end, not its first word) of those
    names; built once per Doc (`doc.ents` is rebuilt from every token on each access)."""
    found = doc.user_data.get(PERSON_NAMES_KEY)
    if found is None:
        found = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                for k, word in enumerate(ent):
                    found.setdefault(word.text, []).append((ent.start, ent.end, k > 0))
        doc.user_data[PERSON_NAMES_KEY] = found
    return found


def antecedent_actors(pronoun: Token, index: ActorIndex, speakers: list[Actor] | None = None) -> list[Actor] | None:
    """The actor a pronoun stands for: the subject of the clause its own clause is reported in
    (not the `speakers` of the quotation it is in); None when that subject is a person who is no
    actor (`unknown_person`)."""
    own_subject = clause_subject_tokens(pronoun) if pronoun.dep_ in OBJECT_DEPS else set()
    own_actors = clause_subject_actors(pronoun, index) + (speakers or [])
    clause = pronoun.head
    while clause.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl", "pcomp", "pobj", "prep", "poss", "dobj") \
            and clause.head.i != clause.i:
        clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        for _, subject in subject_heads(clause):
            if subject.pos_ != "PRON" and subject.i not in own_subject and not_a_person(subject, pronoun):
                continue
            if subject.pos_ != "PRON" and subject.i not in own_subject:
                named = actors_of_phrase(subject, index)
                actors = [a for a in named if may_be(pronoun.lower_, a) and not one_of(a, own_actors)]
                if actors and not (pronoun.lower_ in rules().group_pronouns and one_person(subject, actors, index)):
                    return actors
                if not named and unknown_person(subject, pronoun, index):
                    return None
    return []


def not_a_person(subject: Token, pronoun: Token) -> bool:
    """Whether a subject cannot be what a "he" or "she" stands for: one named as a place or a
    people ("the United States"). (Not the plural tag: the tagger gives it to "Sanders".)"""
    return pronoun.lower_ in rules().person_pronouns and subject.ent_type_ in rules().not_person_entities


def one_person(subject: Token, actors: list[Actor], index: ActorIndex) -> bool:
    """Whether a subject names a single person ("Trump", "Taliban leader Mullah Omar"), whom a
    "they" cannot stand for; not several ("Trump and Cruz") nor a group."""
    return len(actors) == 1 and one_of(actors[0], [a for _, a in index.people]) and not subject.conjuncts \
        and subject.tag_ not in ("NNS", "NNPS")


def reported_owner(pronoun: Token, index: ActorIndex) -> list[Actor]:
    """Whose thing a possessive "its" or "their" on a clause's object names, when the clause is
    reported by them: "Serbia said its demand had been turned down by Zagreb", "the Serbs said
    Zagreb had rejected their demand" (the reporter; never the clause's own doer, Zagreb)."""
    noun = pronoun.head
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return []
    doers = [head for _, head in subject_heads(verb)]
    if not doers or any(d.pos_ == "PRON" for d in doers):
        return []  # "The White House says it supports its decision": "it" may be the reporter, "its" another
    if noun.dep_ == "dobj" and (pronoun.lower_ in rules().plural_pronouns) == is_plural(doers):
        return []  # "Benin opened its borders": an object's "its" is most often its own subject's
    own = {t.i for head in doers for t in head.subtree}
    own_actors = [a for i in own for a in index.at(pronoun.doc[i])]
    clause = verb
    while clause.dep_ in ("ccomp", "xcomp", "advcl", "conj", "pcomp") and clause.head.i != clause.i:
        clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        for _, subject in subject_heads(clause):
            if subject.pos_ != "PRON" and subject.i not in own:
                actors = [a for a in actors_of_phrase(subject, index)
                          if may_be(pronoun.lower_, a) and not same_actor(a, own_actors)]
                if actors:
                    return actors
    return []


def is_plural(heads: list[Token]) -> bool:
    """Several doers, or one named in the plural ("the Serbs", "Serbia and Bosnia")."""
    return len(heads) > 1 or any(h.tag_ in ("NNS", "NNPS") or h.conjuncts for h in heads)


@cache
def person_pronoun_reach() -> int:
    return int(load_toml(ARGUMENTS_FILE).get("person_pronoun_reach", 0))


def previous_person(pronoun: Token, index: ActorIndex, speakers: list[Actor] | None = None) -> list[Actor]:
    """"He declined to give further details": the person a "he" or "she" (rules.toml
    person_pronouns) stands for when its own sentence names nobody it reports: the last person
    named before it as a subject (else the last person named), in its sentence or the
    `person_pronoun_reach` sentences before it."""
    if pronoun.lower_ not in rules().person_pronouns:
        return []
    earliest = sentence_start(pronoun, person_pronoun_reach())
    own_subject = clause_subject_tokens(pronoun) if pronoun.dep_ in OBJECT_DEPS else set()
    own_actors = clause_subject_actors(pronoun, index) + (speakers or [])
    before = [(last, a) for last, a in index.people if earliest <= last < pronoun.i and index.usable(a)
              and may_be(pronoun.lower_, a) and last not in own_subject and not one_of(a, own_actors)]
    # a subject pronoun goes on about the last person who was a subject, not the last one named:
    # "Sanders, to his credit, refuses to attack Clinton ... He has stepped up his attacks"
    subjects = [(last, a) for last, a in before if pronoun.doc[last].dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    # ... and when the last subject who may be the pronoun is a person who is no actor ("Mr. Khan
    # has mounted a campaign to condemn Mr. Trump. He has asked ..."), the pronoun is that person
    unknown = [t.i for t in pronoun.doc[earliest:pronoun.i] if t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
               and t.i not in own_subject and unknown_person(t, pronoun, index)]
    if unknown and (not subjects or unknown[-1] > subjects[-1][0]):
        return []
    return ([a for _, a in subjects] or [a for _, a in before])[-1:]


def clause_verb(pronoun: Token) -> Token:
    """The verb of an object pronoun's own clause: up through prepositions and the nouns they
    hang on ("held talks with him": held)."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "dobj", "dative", "agent") \
            and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause_subject_tokens(pronoun: Token) -> set[int]:
    """The tokens of the subject of an object pronoun's own clause, which the pronoun cannot stand
    for ("Xi praised him", "Xi held talks with him": not Xi; that would be "himself")."""
    verb = clause_verb(pronoun)
    return {t.i for c in clause_subjects(verb) for t in c.subtree}


def clause_subject_actors(pronoun: Token, index: ActorIndex) -> list[Actor]:
    """Who the subject of an object pronoun's own clause is, also when it is itself a pronoun
    ("Xi said he would meet him": "he" is Xi, so "him" is not)."""
    if pronoun.dep_ not in OBJECT_DEPS:
        return []
    verb = clause_verb(pronoun)
    return [a for c in clause_subjects(verb) if c.i != pronoun.i for a in actors_of_phrase(c, index)]


def clause_subjects(verb: Token) -> list[Token]:
    """The subject of a verb, its own or the one it shares with the verb it is coordinated with:
    in "Xi met Hun Sen and called on him", "him" is not Xi, the subject "called" shares."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own or is_passive(verb):
        return own
    return [head for path, head in subject_heads(verb) if path == "nsubj<conj"]


def one_of(actor: Actor, actors: list[Actor]) -> bool:
    """The same actor as one of `actors`: the same entity, or the same mention."""
    return any(actor is a or (actor.entity is not None and actor.entity == a.entity) for a in actors)


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging on `token`, in the order of `preps`."""
    pairs: list[tuple[str, Token]] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps:
            pairs.extend((child.lower_, g) for g in child.children if g.dep_ == "pobj")
            # "met with visiting French Minister Barnier": the parser reads the adjective as a
            # verb whose object is the minister; he is the object of "with" (a place is what a
            # gerund visits: "warned against visiting Ukraine")
            pairs.extend((child.lower_, o) for g in child.children if g.dep_ == "pcomp"
                         and g.lower_ in ATTRIBUTIVE_PARTICIPLES for o in g.children
                         if o.dep_ == "dobj" and o.ent_type_ not in PLACE_ENTITIES)
    return sorted(pairs, key=lambda pair: preps.index(pair[0]))


def party_prep_objects(token: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """`prep_objects` where a party may be named, less the venues: in "will hold a meeting with Bush
    on the sidelines of the APEC forum" or "met Abe at the summit", the forum and the summit are
    where the act happens, not whom it is aimed at (arguments.toml `venue_phrases`)."""
    return [(p, t) for p, t in prep_objects(token, preps) if not is_venue(p, t)]


def is_venue(prep: str, obj: Token) -> bool:
    """A prepositional object that names where an act happens ("on the sidelines of", "at the
    summit", "during the conference"): arguments.toml `venue_phrases`."""
    return f"{prep} {obj.lemma_.lower()}" in rules().venue_phrases


def side_from(heads: list[tuple[str, Token]], index: ActorIndex) -> Side:
    for path, head in heads:
        actors = head_actors(head, index)
        if actors:
            # a coordination the parser split into two subjects of one verb ("The Afghan
            # government, a number of parties and the Taliban condemned"): every one counts
            actors += [a for p, h in heads if p == path and h.i != head.i for a in head_actors(h, index)]
            return Side(distinct(actors), path)
    return Side(named=bool(heads))


def between_pair(side: Side, cameo: str) -> tuple[Side, Side]:
    """"a meeting last week between junta officials and the representative of the Red Cross": the
    party named first does the act with the other, as coders write the dyad of a reciprocal noun;
    the pair is the side found by the noun's "between" phrase. An act done to both parties of the
    pair by a third (arguments.toml `between_recipient_cameos`: "his keenness to mediate between
    Sudan and Chad") has the pair for recipient and no doer here."""
    if cameo in rules().between_recipient_cameos:
        return Side(), side
    named = sorted(side.actors, key=lambda a: a.start)
    return Side(named[:1], side.path), Side(named[1:], side.path)


def head_actors(head: Token, index: ActorIndex) -> list[Actor]:
    actors = actors_of_phrase(head, index)
    if (noun := relative_antecedent(head)) is not None:
        actors = actors or actors_of_phrase(noun, index)
    return actors


def relative_antecedent(pronoun: Token) -> Token | None:
    """The word a relative pronoun stands for: "the flaw" in "a flaw in the FBI's system that
    allowed Roof to purchase a firearm", "the rebels" in "the rebels who stormed the base"."""
    if pronoun.lower_ in RELATIVE_PRONOUNS and pronoun.head.dep_ == "relcl":
        return pronoun.head.head
    return None


# `is_passive` of each verb asked about, by its index, kept in `doc.user_data` under this key: the
# coder asks it of the same verbs again and again (~3 times each), each time walking the children.
PASSIVE_KEY = "communique.events.arguments.passive"


def copied(side: Side) -> Side:
    """A memo's Side with its own list of actors: callers change theirs (`path`, `actors`)."""
    return replace(side, actors=list(side.actors))


def is_passive(verb: Token) -> bool:
    """A passive clause; not a stative one ("Israel is opposed to French mediation")."""
    return remembered(verb.doc.user_data.setdefault(PASSIVE_KEY, {}), verb.i, lambda: reads_passive(verb))


def reads_passive(verb: Token) -> bool:
    if verb.lemma_.lower() in cues().stative_participles and not any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children) \
        or reduced_passive_subject(verb) is not None


def is_passive_conjunct(verb: Token) -> bool:
    """A bare past participle coordinated with a passive, which shares its auxiliary and so its
    voice: "was indicted and convicted", "were arrested and charged" (no auxiliary, subject or
    object of its own)."""
    return verb.tag_ == "VBN" and is_passive(verb.head) and not any(
        c.dep_ in ("aux", "auxpass", "dobj", *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in verb.children)


def reduced_passive_subject(verb: Token) -> Token | None:
    """The patient of a passive without its auxiliary, the headline's way ("Obama criticized by
    Putin over Syria", "Clinton Accused Of Lying"), which the parser reads as an active verb with
    a subject: a past participle with no auxiliary whose "by" phrase is its agent, or that is
    followed at once by the preposition of its passive frame and has no object (arguments.toml
    `passive_frames`: "accused of"; the active verb takes its object first, "accused Iran of").
    None for any other verb."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    # an object makes the verb active ("rejected a plea by Ershad": the parser may still call the
    # "by" an agent)
    if len(subjects) != 1 or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return subjects[0]
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None or following.head.i != verb.i or following.dep_ != "prep":
        return None
    if f"{verb.lemma_.lower()} {following.lower_}" in rules().passive_frames:
        return subjects[0]
    return None


# `subject_heads` of each (verb index, depth) asked about, kept in `doc.user_data` under this key:
# the coder asks for the doers of the same verbs ~2 times each (its trigger, a governor, a clause).
SUBJECT_HEADS_KEY = "communique.events.arguments.subject_heads"


def subject_heads(verb: Token, depth: int = 0) -> list[tuple[str, Token]]:
    """Candidates for the doer of `verb`, nearest first (its own subject, then inherited)."""
    known: dict[tuple[int, int], list[tuple[str, Token]]] = verb.doc.user_data.setdefault(SUBJECT_HEADS_KEY, {})
    found = remembered(known, (verb.i, depth), lambda: read_subject_heads(verb, depth))
    return list(found)  # a copy: callers may add to theirs


def read_subject_heads(verb: Token, depth: int) -> list[tuple[str, Token]]:
    heads: list[tuple[str, Token]] = []
    passive = is_passive(verb)
    stative = not passive  # "is opposed to": the grammatical passive subject is the doer
    patient = reduced_passive_subject(verb) if passive else None
    hung: list[tuple[str, Token]] = []
    for child in verb.children:
        if patient is not None and child.i == patient.i:
            continue  # "Obama criticized by Putin": Obama is who was criticized
        if child.dep_ in SUBJECT_DEPS or (stative and child.dep_ in STATIVE_SUBJECT_DEPS):
            heads.append(("nsubj", child))
        elif child.dep_ == "agent":
            heads.extend(("agent", g) for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("aux", "auxpass"):
            # misparsed: "The UK and France however have opposed ..." hangs the subject on "have";
            # only when the verb names no doer of its own, and never for a passive, whose subject
            # is its patient ("the hacker who revealed that Clinton used an address while she was
            # secretary was sentenced by a judge": not she)
            hung.extend(("nsubj<aux", g) for g in child.children if g.dep_ in SUBJECT_DEPS)
    if not heads and not passive:
        heads = hung
    if not heads and not passive and (named := misparsed_subject(verb)) is not None:
        # "USAID deployed seven teams": the parser took the sentence's first name for an adverb
        heads.append(("nsubj:misparsed", named))
    if heads or depth > 3 or passive:  # a passive's subject is its patient: no doer to inherit
        return heads
    if verb.dep_ == "conj" and (verb.head.pos_ in ("VERB", "AUX") or misparsed_verb(verb.head)):
        if is_passive_conjunct(verb):
            return []  # "Petraeus was indicted and convicted": he was convicted, he convicted no one
        # coordinated verbs share the grammatical subject, not a "by" phrase: "X has been indicted
        # by the court and will resign" -> X resigns
        if (reporter := misattached_conjunct(verb)) is not None:
            # "Jones said the marines are under the embassy's responsibility but assured they ...":
            # the past-tense conjunct goes on the reporting verb, not the reported present
            return [("nsubj<conj<ccomp", c) for c in reporter.children if c.dep_ in SUBJECT_DEPS]
        shared = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if shared:
            return [("nsubj<conj", c) for c in shared]
    if is_fronted_participle(verb):
        return []  # "Asked about the talks, Peskov said ...": the main subject was asked, it did not ask
    if (raiser := raising_governor(verb)) is not None:
        # "Hu is expected to meet Bush", "Putin is due to visit Turkey": the raised subject,
        # grammatically the passive's patient, is the doer of the infinitive
        return [("nsubj<raising", c) for c in raiser.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if controlled := controller_deps(verb):
        # "helped Kurdish forces to retake the city", "was forced to step down": the object (or the passive's
        # subject) does the infinitive's act; with no such word the governor's doer is tried below
        controllers = [(f"{c.dep_}<control", c) for c in verb.head.children if c.dep_ in controlled]
        if controllers:
            return controllers
    if (copula := deed_adjective_clause(verb)) is not None:
        # "the army was guilty of violating the truce": the copula's subject did it
        return [("nsubj<deed-adjective", c) for c in copula.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp") and verb.head.i != verb.i:
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if governor.pos_ in ("VERB", "AUX"):
            return [(f"{path}<{verb.dep_}", t) for path, t in subject_heads(governor, depth + 1)
                    if not (verb.dep_ == "xcomp" and path.startswith("agent"))]
    # "militiamen armed with machetes", "refugees fleeing the war": the noun does what an active
    # participle says; a passive one ("the demonstration staged by students") or a relative
    # clause without its own subject says nothing about who acted
    if (root := relative_clause_root(verb)) is not None:
        # misparsed: "The Afghan government, a number of parties and the Taliban on Thursday
        # condemned ..." read as a noun with a relative clause; the noun is the subject
        return [("nsubj<relcl-root", root)]
    if (root := active_participle_root(verb)) is not None:
        # misparsed: "The Iraqi air force carried out three air strikes" read as a noun with a
        # participle; the noun is the subject
        return [("nsubj<acl-root", root)]
    if verb.dep_ == "acl" and verb.tag_ != "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        heads = [("acl-head", verb.head)]
        if verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":  # "issued a declaration demanding"
            heads += [(f"{path}<acl-head<dobj", t) for path, t in subject_heads(verb.head.head, depth + 1)]
    return heads


def misattached_conjunct(verb: Token) -> Token | None:
    """The reporting verb a past-tense conjunct really coordinates with, when the parser hung it
    on the reported clause of another tense: in "Jones said the five marines are under the
    embassy's responsibility but assured they will be made accessible" and "Putin backpedaled on
    his prediction that Russia would pull out of its slump, and blamed the tumble in oil prices",
    a simple past cannot go on with a present ("are") or a bare verb after a modal ("would pull").
    Only a conjunct that says or judges something, as its reporter does (a speech verb of
    modality.toml `speech_verbs` or quotes/cues.toml, or arguments.toml `reporter_stance_verbs`):
    in "The Pentagon said Russia backs the rebels and supplied them with missiles" Russia
    supplied, whatever the tenses. None when the tenses may agree, or the reporter names no
    subject (the shared subject is then the doer, not no one)."""
    head = verb.head
    if verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.tag_ not in ("VB", "VBP", "VBZ"):
        return None
    if verb.lemma_.lower() not in reporter_verbs():
        return None
    if head.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None  # "to ..." or an imperative: not a finite clause
    reporter = head.head
    # the reporting clause itself is in the past ("said", "backpedaled ... on his prediction")
    if reporter.pos_ not in ("VERB", "AUX") or reporter.tag_ != "VBD" or reporter.i > verb.i:
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in reporter.children):
        return None
    return reporter


@cache
def reporter_verbs() -> frozenset[str]:
    """Lemmas of the verbs a reporter may go on with after what it reports: the speech verbs of
    both readers (events/modality.toml, quotes/cues.toml) and the verbs of judging in
    arguments.toml `reporter_stance_verbs`."""
    return cues().speech_verbs | speech_verbs() | rules().reporter_stance_verbs


def misparsed_verb(token: Token) -> bool:
    """A sentence's root read as a noun although it has a subject ("The government, thus, rejects
    and condemns ...": the tagger took "rejects" for a plural noun)."""
    return token.dep_ == "ROOT" and token.pos_ == "NOUN" and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def misparsed_subject(verb: Token) -> Token | None:
    """The name that opens a clause whose verb has no subject, when the parser hung it on the
    verb as an adverb or loose dependent ("USAID deployed seven search-and-rescue teams": USAID
    an advmod): a name the tagger knows as a party (arguments.toml `party_entities`, or a
    state's, `state_entities`) right before the verb, with nothing but its own words between."""
    for child in verb.children:
        if child.dep_ not in ("advmod", "npadvmod", "dep") or child.i >= verb.i:
            continue
        if child.ent_type_ not in rules().party_entities | rules().state_entities or child.right_edge.i != verb.i - 1:
            continue
        if child.left_edge.i == sentence_of(verb).start:
            return child
    return None


def active_participle_root(verb: Token) -> Token | None:
    """The noun a past participle hangs on when that noun is the sentence's root and the
    participle has an object and no "by" phrase: a sentence misparsed as a noun phrase ("The
    Iraqi air force carried out three air strikes"), its main verb read as a reduced relative
    clause. Not "the demonstration staged by students", nor a headline's "Protesters killed in clash"."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ != "ROOT" \
            or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb.head


def relative_clause_root(verb: Token) -> Token | None:
    """The noun a relative clause hangs on when that noun (or the one it is in apposition or
    coordination with) is the sentence's root and the clause has no relative word: a sentence
    misparsed as a noun phrase, whose "relative clause" is its main verb."""
    if verb.dep_ != "relcl" or any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.children):
        return None
    root = verb.head
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    return root if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") else None


def raising_governor(verb: Token) -> Token | None:
    """The clause whose subject an infinitive takes through a raising word ("is expected to",
    "is scheduled to", "is due to", "is likely to"): the verb, or the copula of the adjective."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i == verb.i or governor.lemma_.lower() not in rules().raising_words:
        return None
    if governor.pos_ in ("VERB", "AUX"):
        return governor
    return governor.head if governor.dep_ == "acomp" else None


def is_fronted_participle(verb: Token) -> bool:
    """"Asked about the talks, ...", "Backed by Russia, ...": a past participle opening the sentence
    with no subject or auxiliary of its own is passive (the tagger often calls it VBD)."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and verb.i < verb.head.i \
        and not any(c.dep_ in ("aux", "auxpass", *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in verb.children)


def verb_actor(verb: Token, index: ActorIndex) -> Side:
    """The doer of the verb among the index's actors. Kept by the index for each verb (the coder
    asks for the doer of a verb, then `verb_recipient` asks again to know if it has one); a copy
    is returned, since callers set a side's path and actors."""
    return copied(remembered(index.doers, verb.i, lambda: read_verb_actor(verb, index)))


def read_verb_actor(verb: Token, index: ActorIndex) -> Side:
    if (told := told_doer(verb, index)) is not None:
        return told
    side = side_from(subject_heads(verb), index)
    if side and side.path == "nsubj<conj" and object_pronoun_may_be_doer(verb, side):
        return Side(named=True)  # a subject is named, but not this one
    return side


def object_pronoun_may_be_doer(verb: Token, side: Side) -> bool:
    """Whether the doer a coordination lends a verb inside a reported clause may be the one its
    own object pronoun ("him", "her": argument_words.toml `object_pronouns`) stands for. A pronoun
    object is never its clause's subject, so in "Ms. Khan said Mr. Trump was ignorant of Islam and
    criticized him" the parser's reading (Trump criticized) cannot be told from the one meant (Khan
    criticized Trump): no doer. Not outside a reported clause ("Obama met Putin and criticized him")."""
    if verb.head.dep_ != "ccomp":
        return False
    return any(c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS and all(may_be(c.lower_, a) for a in side.actors)
               for c in verb.children)


def told_doer(verb: Token, index: ActorIndex) -> Side | None:
    """The one told or asked to act, as the doer of an act that names a party of its own: in
    "President Obama instructed Secretary of State John Kerry to continue negotiating with the
    Russians" and "Putin told Lavrov to meet Kerry" the negotiating and the meeting are Kerry's and
    Lavrov's (ordered, so hypothetical), not Obama's or Putin's. The object (or "on"/"to" object)
    before the infinitive of a verb of asking or ordering (arguments.toml `addressee_object_verbs`),
    up a chain of bare infinitives ("to continue negotiating"). None when the act names no party of
    its own ("ordered the Red Cross to close the offices": the orderer's act aimed at the Red Cross,
    `ordered_party`), or the one told resolves to no actor."""
    clause = verb
    for _ in range(3):
        if clause.dep_ != "xcomp" or clause.head.i == clause.i \
                or any(c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in clause.children):
            return None
        if clause.head.lemma_.lower() in rules().addressee_object_verbs:
            break
        if any(c.dep_ in ("dobj", "dative") for c in clause.head.children):
            return None  # "asked France to help Mali fight the rebels": Mali fights (`controller_deps`)
        clause = clause.head
    else:
        return None
    # a party met, fought or negotiated with, also through the object ("to hold talks with the
    # Russians", "to launch air strikes against the Islamic State"), not a place gone to or from
    # ("ordered Turkish troops to withdraw from Mosul" stays the government's)
    parties = [(path, head) for path, head in own_party_heads(verb) if head.ent_type_ not in PLACE_ENTITIES
               and ((last := path.split(">")[-1]) in ("dobj", "nsubjpass")
                    or last.removeprefix("prep:") in PARTY_PREPS)]
    own = side_from(parties, index)
    if not own:
        return None
    told = side_from([(f"told<{path.removeprefix(ORDERED_PATH)}", head) for path, head in ordered_party(clause)], index)
    told.actors = [a for a in told.actors if a not in own.actors]
    return told or None


@cache
def target_phrases() -> dict[tuple[str, str], str]:
    """(preposition, noun lemma) -> inner preposition, from `target_phrases` in arguments.toml."""
    table: dict[tuple[str, str], str] = {}
    for phrase in load_toml(ARGUMENTS_FILE).get("target_phrases", []):
        words = phrase.split()
        if len(words) != 3:
            raise DataFileError(f"{ARGUMENTS_FILE}: target phrase {phrase!r} is not 'preposition noun preposition' "
                                f"[{E_EVENTS_BAD_PHRASE}]")
        outer, noun, inner = words
        table[(outer, noun)] = inner
    return table


def target_phrase_objects(verb: Token) -> list[tuple[str, Token]]:
    """The objects of the verb's "in defiance of X", "in protest against X" phrases."""
    found: list[tuple[str, Token]] = []
    for outer, noun in prep_objects(verb, tuple({outer for outer, _ in target_phrases()})):
        inner = target_phrases().get((outer, noun.lemma_.lower()))
        if inner is not None:
            found.extend((f"{outer} {noun.lemma_} {inner}", t) for _, t in prep_objects(noun, (inner,)))
    return found


def is_stray_apposition(obj: Token) -> bool:
    """A second object of a verb, set off by a comma, is an apposition the parser hung on the verb:
    in "established ties with Bhutan, a nation neighbouring India", "a nation ..." describes
    Bhutan and names no party of the act ("signed an agreement, the first such ...")."""
    verb = obj.head
    start = obj.left_edge.i
    return obj.dep_ == "dobj" and start > 0 and obj.doc[start - 1].text == "," \
        and any(c.dep_ == "dobj" and c.i < obj.i for c in verb.children)


def own_party_heads(verb: Token) -> list[tuple[str, Token]]:
    """The parties a verb names itself, nearest first: passive subject, object, dative,
    prepositional object, a recipient phrase on the object, a target phrase."""
    heads: list[tuple[str, Token]] = []
    if is_passive(verb):
        heads.extend(("nsubjpass", c) for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
        if (patient := reduced_passive_subject(verb)) is not None:
            heads.append(("nsubj:reduced-passive", patient))
    if (patient := participle_patient(verb)) is not None:
        heads.append(("acl-head", patient))
    heads.extend(("dobj", c) for c in verb.children if c.dep_ in ("dobj", "dative", "attr")
                 and not is_stray_apposition(c))
    heads.extend((f"prep:{p}", t) for p, t in party_prep_objects(verb, RECIPIENT_PREPS))
    for path, obj in [h for h in heads if h[0] == "dobj"]:  # "providing photographs and intelligence to Macedonia"
        for part in [obj, *obj.conjuncts]:
            heads.extend((f"{path}>prep:{p}", t) for p, t in party_prep_objects(part, (*RECIPIENT_PREPS, "by")))
        heads.extend(measured_goal_heads(obj, path))
    heads.extend(target_phrase_objects(verb))
    return heads


def measured_goal_heads(obj: Token, path: str) -> list[tuple[str, Token]]:
    """Where a measured object goes when the parser hangs the "to" phrase on the noun inside its "of"
    phrase: in "sent 100 vehicles and a team of paratroopers to Lebanon", "shipped 500 tons of rice to
    North Korea", Lebanon and North Korea are whom the act goes to, not a part of the paratroopers or
    the rice. Only the goal prepositions (arguments.toml `conveyance_prepositions`)."""
    goals = tuple(sorted(rules().conveyance_prepositions))
    return [(f"{path}>prep:of>prep:{p}", t) for part in [obj, *obj.conjuncts]
            for _, measured in prep_objects(part, ("of",)) for p, t in prep_objects(measured, goals)]


def participle_patient(verb: Token) -> Token | None:
    """The one a passive participle with its doer tells of: in "a college professor, accused by the
    Turkish government of coordinating the coup", "the dissident, detained by Chinese police last
    week", the professor and the dissident are whom the act is aimed at (the noun the participle
    hangs on). Only with a "by" agent: "three soldiers wounded in the attack" names no act of its own."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb.head


def conveyed_heads(verb: Token, heads: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """The party heads of a verb of sending or moving (arguments.toml `conveyance_verbs`) as its
    recipient: its direct object is what is sent ("Russia sent Russian troops into Ukraine": not
    the troops), so it is dropped; whom it goes to ("to", "into", "toward": arguments.toml
    `conveyance_prepositions`, on the verb or the object) comes first, then whom it is given ("sent
    Obama a letter": the dative). Other verbs' heads are returned as they are. The one rule
    `verb_recipient` and `named_party` both follow."""
    if verb.lemma_.lower() not in rules().conveyance_verbs:
        return heads
    goals = rules().conveyance_prepositions

    def goal(path: str) -> bool:
        return path.split(">")[-1].removeprefix("prep:") in goals

    kept = [(path, head) for path, head in heads
            if goal(path) or not (path.startswith("dobj") and head.dep_ != "dative")]
    return sorted(kept, key=lambda h: not goal(h[0]))


def verb_recipient(verb: Token, index: ActorIndex, *, depth: int = 0) -> Side:
    """The other party of a verb: passive subject, object, dative, prepositional object, or the
    party of its complement ("demanded that the US cancel", "agreed to provide aid for Romania")."""
    heads = conveyed_heads(verb, own_party_heads(verb))
    side = side_from(heads, index)
    if side and depth == 0 and stands_for_places(side.actors, verb.doc):
        # "carried out air strikes in western Mosul, killing dozens of IS fighters": the fighters
        found = [h for p, h in heads if p == side.path]
        doer = verb_actor(verb, index).actors  # "backed a no-fly zone in Syria, putting her at odds with ...": not her
        side = party_over_place(verb, index, side.actors, doer, inside=found) or side
    if side or depth > 1:
        return side
    if depth == 0 and (side := side_from(object_authors(verb), index)):
        return side
    if depth == 0 and verb_actor(verb, index) and (loose := side_from(heads, index.unresolved())):
        return loose
    if depth == 0 and (side := side_from(ordered_party(verb), index)):
        return side
    for child in verb.children:
        if child.dep_ in CONTENT_DEPS and child.pos_ in ("VERB", "AUX"):
            if addresses_object(verb, child, heads):
                # "called on superdelegates to back the senator": the request is made to its
                # object, named here though unresolved; the infinitive's object is only asked for
                return Side(named=True)
            own_subject = [("ccomp>nsubj", c) for c in child.children if c.dep_ in SUBJECT_DEPS]
            side = side_from(own_subject, index) or verb_recipient(child, index, depth=depth + 1)
            if side:
                side.path = f"{child.dep_}>{side.path}"
                return side
    if depth == 0 and (governor := purpose_governor(verb)) is not None:
        side = side_from(purpose_heads(governor), index)
        if side:
            side.path = f"purpose<{side.path}"
            return side
    if depth == 0 and (first := shared_subject_conjunct(verb)) is not None:
        side = verb_recipient(first, index, depth=2)
        if side:
            side.path = f"conj<{side.path}"
            return side
    if depth == 0 and (side := earlier_act_doer(verb, index)):
        return side
    if depth == 0 and (side := legislature_vetoed(verb, index)):
        return side
    return Side()


def legislature_vetoed(verb: Token, index: ActorIndex) -> Side:
    """Whom a veto of a bill is aimed at when the sentence names no party: the legislature of the
    vetoing country, which passed the bill ("President Bush vetoed the bill": USALEG). Verbs and
    objects of arguments.toml `veto_verbs` and `bill_nouns`; the doer must be a country's party of
    a sector of `veto_doer_sectors` (its government, not a bare country at the UN)."""
    if verb.lemma_.lower() not in rules().veto_verbs:
        return Side()
    bills = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in rules().bill_nouns]
    doers = [a for a in verb_actor(verb, index).actors
             if a.code is not None and len(a.code) == 3 and a.code.isalpha() and a.sector in rules().veto_doer_sectors]
    if not bills or not doers:
        return Side()
    core = sorted(phrase_core(bills[0]), key=lambda t: t.i)
    first, last = core[0], core[-1]
    country = doers[0].code
    legislature = Actor(text=verb.doc[first.i:last.i + 1].text, start=first.idx, end=last.idx + len(last.text),
                        code=country, sector=LEGISLATURE, cameo=f"{country}{LEGISLATURE}")
    return Side([legislature], "vetoed-bill>legislature")


def act_family(noun: Token) -> frozenset[str]:
    """The words of the act a definite object noun names back ("the appeal": appeal, ask, seek ...;
    arguments.toml `act_anaphor_families`), empty when it names none."""
    lemma = noun.lemma_.lower()
    for family in rules().act_anaphor_families:
        words = frozenset(family.split())
        if lemma in words:
            return words
    return frozenset()


def act_anaphor(verb: Token) -> tuple[Token, frozenset[str]] | None:
    """The verb's direct object that names an act told before ("rejected the appeal", "accepted
    the offer") and the words of that act: a definite noun ("the", "this", "that") with no
    possessor nor phrase of its own naming whose it is."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        definite = any(c.dep_ == "det" and c.lower_ in rules().act_anaphor_determiners for c in obj.children)
        owned = any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in obj.children)
        if definite and not owned and (family := act_family(obj)):
            return obj, family
    return None


def earlier_act_doer(verb: Token, index: ActorIndex) -> Side:
    """Whom an act on an act told before is aimed at: the doer of that act. In "The aid agency
    sought the junta's permission ..., but military officials rejected the appeal" (AFP, 2006-12-15)
    the rejection is aimed at the one who appealed. The nearest verb or noun before the object, in
    its sentence or the `act_anaphor_reach` sentences before it, whose lemma is of the object's
    family (arguments.toml `act_anaphor_families`) and whose doer is not the verb's own."""
    found = act_anaphor(verb)
    if found is None:
        return Side()
    obj, family = found
    own = verb_actor(verb, index).actors
    first = sentence_start(obj, act_anaphor_reach())
    for token in reversed(obj.doc[first:obj.i]):
        if token.lemma_.lower() not in family or token.pos_ not in ("VERB", "NOUN"):
            continue
        doer = verb_actor(token, index) if token.pos_ == "VERB" else noun_actor(token, index)
        doer.actors = [a for a in doer.actors if not same_actor(a, own)]
        if doer:
            return Side(doer.actors, f"earlier-act '{token.lemma_}'<{doer.path}")
    return Side()


def sentence_start(token: Token, back: int) -> int:
    """The index of the first token of the sentence `back` sentences before the token's own."""
    start = sentence_of(token).start
    for _ in range(back):
        if start == 0:
            break
        start = sentence_of(token.doc[start - 1]).start
    return start


@cache
def act_anaphor_reach() -> int:
    return int(load_toml(ARGUMENTS_FILE).get("act_anaphor_reach", 0))


# the path of a recipient `ordered_party` found: the act is the orderer's (the coder dates it so)
ORDERED_PATH = "ordered<"


def ordered_party(verb: Token) -> list[tuple[str, Token]]:
    """The one an act is ordered or asked of, when the act itself names no party: in "the regime
    ordered the Red Cross to close the five offices", the closing, the regime's act (its doer is
    the orderer's, `subject_heads`), is aimed at the Red Cross. The object (or "on"/"to" object)
    of a verb of asking or ordering (arguments.toml `addressee_object_verbs`) before its infinitive."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i == verb.i or governor.lemma_.lower() not in rules().addressee_object_verbs \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    preps = tuple(sorted(rules().addressee_object_prepositions))
    heads = [(f"{ORDERED_PATH}dobj", c) for c in governor.children if c.dep_ == "dobj"]
    heads += [(f"{ORDERED_PATH}prep:{p}", t) for p, t in prep_objects(governor, preps)]
    return [(path, head) for path, head in heads if head.i < verb.i]


def object_authors(verb: Token) -> list[tuple[str, Token]]:
    """Whose the thing acted on is, by the relative clause on the object: "rejected the plan, which
    was proposed by France", "rejected the proposal that France made" (France). The doer of the
    relative clause (its "by" phrase, or its subject when that is no relative pronoun) is the one
    the act is aimed at when the object names no party of its own."""
    found: list[tuple[str, Token]] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in (c for c in obj.children if c.dep_ == "relcl"):
            # only a clause whose relative pronoun is the thing made ("which was proposed",
            # "that France made"), not one that tells another event ("an attack in which gunmen stormed")
            made = {c.dep_ for c in clause.children if c.lower_ in RELATIVE_PRONOUNS}
            if is_passive(clause) and made & PASSIVE_SUBJECT_DEPS:
                found += [("dobj>relcl:agent", t) for _, t in prep_objects(clause, ("by",))]
            elif not is_passive(clause) and "dobj" in made:
                found += [("dobj>relcl:nsubj", c) for c in clause.children
                          if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
    return found


def names_a_kind_of_party(noun: Token) -> bool:
    """A noun the actors knowledge base knows as a kind of party ("activists", "officials",
    "students"), though no actor record resolved it here."""
    kinds = {p.entry.kind for p in load_kb().lookup(text_key(noun.text))}
    return bool(kinds & {ROLE, AGENT})


def shared_subject_conjunct(verb: Token) -> Token | None:
    """The first verb of a coordination whose subject this one shares and whose party it goes on
    acting on: "met with Barnier and hailed the cooperation between the two countries", "killed
    six soldiers and wounded four others", "rejected the offer and threatened to leave" (the
    conjunct has an object or content of its own, arguments.toml `conjunct_content_prepositions`);
    not "killed two soldiers and then withdrew", nor a conjunct with a subject of its own."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
        return None
    if any(c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in verb.children) or is_passive(verb):
        return None
    if any(c.dep_ == "dobj" and names_a_kind_of_party(c) for c in verb.children):
        return None  # "freed a US diplomat but is still detaining several activists": its own party
    content_preps = rules().conjunct_content_prepositions
    if not any(c.dep_ in ("dobj", *CONTENT_DEPS) or (c.dep_ == "prep" and c.lower_ in content_preps)
               for c in verb.children):
        return None
    return verb.head


def purpose_governor(verb: Token) -> Token | None:
    """The verb an active infinitive of purpose hangs on ("sent personnel to Bosnia to
    investigate the feasibility of a force": sent); asked only when the infinitive names no party."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.i < verb.head.i:
        return None  # "To help the Marines, ..." fronted, or a finite clause ("as it helped")
    if is_passive(verb):
        return None  # "sent troops to Bosnia to be stationed ...": no act aimed at anyone
    return verb.head


def purpose_heads(governor: Token) -> list[tuple[str, Token]]:
    """Whom an act done for a purpose goes to (arguments.toml `purpose_recipient_prepositions`,
    `arrival_verbs`): the governor's object or dative, its "to" phrase, or where it arrived."""
    heads = [("dobj", c) for c in governor.children if c.dep_ in ("dobj", "dative") and not is_stray_apposition(c)]
    preps = tuple(sorted(rules().purpose_recipient_prepositions))
    if governor.lemma_.lower() in rules().arrival_verbs:
        preps += tuple(sorted(rules().arrival_prepositions))
    heads += [(f"prep:{p}", t) for p, t in prep_objects(governor, preps)]
    return heads


def addresses_object(verb: Token, content: Token, heads: list[tuple[str, Token]]) -> bool:
    """"asked the network to donate", "called on superdelegates to back", "allowed him to chart":
    a verb of asking or letting (arguments.toml `addressee_object_verbs`, constructions.toml
    `object_control_verbs`) whose object, before the infinitive, is the one asked or let; and
    "assured Lee that the United States will defend", "told reporters that": a verb of promising
    or telling (`addressee_clause_verbs`) whose object, before the that-clause, is the one told."""
    lemma = verb.lemma_.lower()
    asks = content.dep_ == "xcomp" and (lemma in rules().addressee_object_verbs
                                        or lemma in constructions().object_control_verbs)
    tells = content.dep_ == "ccomp" and lemma in rules().addressee_clause_verbs
    if not (asks or tells):
        return False
    return any(path in ("dobj", *(f"prep:{p}" for p in rules().addressee_object_prepositions)) and head.i < content.i
               for path, head in heads)


def own_object_heads(verb: Token) -> list[tuple[str, Token]]:
    """The verb's own objects, direct and prepositional, as `verb_recipient` names their paths."""
    return [*(("dobj", c) for c in verb.children if c.dep_ in ("dobj", "dative")),
            *((f"prep:{p}", t) for p, t in party_prep_objects(verb, RECIPIENT_PREPS))]


def complained_about(owners: Iterable[Token], recipient: Side, index: ActorIndex) -> Side | None:
    """The party a complaint is about when the recipient found is only its addressee: in "Lebanon
    complained to the United Nations about Israeli violations" the target is Israel, not the UN.
    `owners` are the trigger and the verb carrying it; None when the grammar names no such party."""
    if (doer := deed_doer(owners, recipient, index)) is not None:
        return doer
    addressed = recipient.path.split(">")[-1].removeprefix("prep:") in rules().addressee_prepositions
    if not recipient or not addressed:
        return None
    preps = tuple(sorted(rules().topic_prepositions))
    for owner in owners:
        side = side_from([(f"topic:{p}", t) for p, t in prep_objects(owner, preps)], index)
        side.actors = [a for a in side.actors if not same_actor(a, recipient.actors)]
        if side:
            return side
    return None


def deed_doer(owners: Iterable[Token], recipient: Side, index: ActorIndex) -> Side | None:
    """A condemnation is aimed at the doer of the deed it condemns, not at the deed's victim: in
    "the AU slammed an attack by an unidentified group against an AU team", the group. Only when
    the recipient found is a party inside the object's phrase (`dobj>prep:...`)."""
    if not recipient.path.startswith("dobj>prep:"):
        return None
    preps = tuple(sorted(rules().deed_doer_prepositions))
    for owner in owners:
        for obj in (c for c in owner.children if c.dep_ == "dobj"):
            side = side_from([(f"dobj>prep:{p}", t) for p, t in prep_objects(obj, preps)], index)
            if side:
                return side
    return None


def overlaps(a: Actor, b: Actor) -> bool:
    return a.start < b.end and b.start < a.end


def within(a: Actor, b: Actor) -> bool:
    """Mention `a` lies inside mention `b` ("Dili" in "Dili")."""
    return b.start <= a.start and a.end <= b.end


def same_actor(candidate: Actor, actors: Iterable[Actor]) -> bool:
    """The candidate is one of the `actors`: the same words, or another mention of the same name
    that the actors stage made one entity with it ("Ayotte" after "Sen. Kelly Ayotte"): nobody is
    both sides of an event. Another actor of the same country may be a party ("Montenegro's
    opposition demanded that Montenegro ...", "Bosnian Serbs demanded a truce with forces in Bosnia")."""
    return any(overlaps(candidate, a) or renamed(candidate, a) or country_of(candidate, a) for a in actors)


def country_of(a: Actor, b: Actor) -> bool:
    """One mention is the other's country, as the actors stage gives "the two countries" after
    "Hui met Barnier" (actors.pairs): the same entity and country, one of them with no sector.
    In "Hui met Barnier and hailed the cooperation between the two countries", Hui's country is
    no recipient of his hailing."""
    return a.entity is not None and a.entity == b.entity and a.code == b.code \
        and (a.sector is None) != (b.sector is None)


def renamed(a: Actor, b: Actor) -> bool:
    """Two mentions of one person or body (an entity with a sector, not a bare country: "the
    Montenegro Assembly" may be read as "Montenegro") that share a name word ("Sanders", "Sen.
    Bernie Sanders") or the name the actors stage gave them ("the minister" after "Sergei Lavrov")."""
    if a.entity is None or a.entity != b.entity or a.cameo != b.cameo or a.sector is None:
        return False
    # "Lavrov criticized a report alleging that the minister had lied": a description the actors
    # stage resolved to the same named person or body is that one too
    return bool({w for w in a.text.split() if w[:1].isupper()} & set(b.text.split())) \
        or (a.name is not None and a.name == b.name)


def nearest_in_clause(verb: Token, index: ActorIndex, exclude: Iterable[Actor], *,
                      own_events: bool = True, prefer_parties: bool = True) -> Side:
    """The actor named nearest the verb inside its own clause (not in relative or independent
    clauses), for a recipient the grammar does not mark: "prevented the demonstration staged by
    students near AKP offices", "declined to resign despite pressure by the Kenya commission".
    With `own_events`, not a party of an adverbial clause that tells another event (after,
    because, while ...: arguments.toml `narrative_marks`); a condition ("unless Israel rescinded")
    or a purpose still counts. With `prefer_parties`, a place found loses to a party named as the
    object (`party_over_place`)."""
    found: list[tuple[int, Actor]] = []
    # not the source of the report ("according to a press release by the Tigers")
    # nor a fronted participle's own party ("Backed by Russia, Serbia rejected the plan")
    objects = own_object_heads(verb)
    stack = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "agent", "relcl", "conj", "parataxis",
                                                         "punct", "cc", "ccomp")
             and c.lower_ not in ATTRIBUTION_PREPS and not is_fronted_participle(c)
             and not addresses_object(verb, c, objects)  # "asked X to donate ... to Y": not Y
             and not is_speech_participle(c)  # "decried that math, saying Clinton took questions": not Clinton
             and not venue_phrase(c)  # "on the sidelines of the APEC forum": where, not whom
             and not (own_events and tells_other_event(c))]
    while stack:
        token = stack.pop()
        found.extend((abs(token.i - verb.i), a) for a in index.at(token)
                     if index.usable(a) and not same_actor(a, exclude))
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "conj", "parataxis")
                     and not (own_events and tells_other_event(c)) and not venue_phrase(c)
                     and not tells_suspicion(c))
    if not found:
        return Side()
    nearest = min(found, key=lambda pair: pair[0])[1]
    if prefer_parties and stands_for_places([nearest], verb.doc) \
            and (party := party_over_place(verb, index, [nearest], exclude)):
        return party  # "hold several hundred families as human shields in the city of Falluja": the families
    return Side([nearest], "nearest-in-clause")


def stands_for_places(actors: Iterable[Actor], doc: Doc) -> bool:
    """Every actor only stands for a place: a place entity reached through a preposition of
    location ("in western Mosul", "in the Iraqi city of Falluja": arguments.toml
    `place_only_prepositions`), where the act happens, not a party it is aimed at."""
    actors = list(actors)
    return bool(actors) and all(stands_for_place(a, doc) for a in actors)


def stands_for_place(actor: Actor, doc: Doc) -> bool:
    return place_preposition(actor, doc) is not None


def place_preposition(actor: Actor, doc: Doc) -> Token | None:
    """The preposition of location whose object the place entity `actor` is, if it is one."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    # a place, or a demonym on a noun whose "of" names a place ("in the Syrian city of Homs"; not
    # "near an Afghan army base": the army's)
    if head.ent_type_ not in PLACE_ENTITIES and not (
            head.ent_type_ == "NORP" and head.dep_ == "amod"
            and any(t.ent_type_ in PLACE_ENTITIES for _, t in prep_objects(head.head, ("of",)))):
        return None
    while head.dep_ in ("compound", "amod", "appos") and head.head.i != head.i:
        head = head.head
    # "the Iraqi city of Falluja": the place is the object of "of" on a noun that is itself placed
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ in rules().place_only_prepositions:
        return head.head
    return None


def places_party(preposition: Token, party: Token) -> bool:
    """The place phrase tells where the party itself is ("parties to the conflict in Iraq",
    "inspectors to Esfahan Uranium Conversion Facilities in central Iran"): it hangs on the party's
    noun, or on a noun of a prepositional phrase on it; not through "as" ("hold families as human
    shields in Falluja": where they are held)."""
    head = preposition.head
    while head.i != party.i and head.dep_ == "pobj" and head.head.lower_ != "as":
        head = head.head.head
    return head.i == party.i


def owned_by_pronoun(noun: Token) -> bool:
    """A noun with a possessive pronoun: "withdrew all of our forces", "the withdrawal of its troops
    stationed in Afghanistan" name the doer's own people, not whom the act is aimed at."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def party_over_place(verb: Token, index: ActorIndex, places: list[Actor], avoid: Iterable[Actor] = (), *,
                     inside: list[Token] | None = None) -> Side:
    """The party the act is aimed at when the only actors found, `places`, stand for where it
    happens (`stands_for_places`): an actor named as the object of a participle that tells the
    act's outcome ("carried out air strikes in western Mosul, killing dozens of IS fighters"), or a
    party named as the verb's object, even with no code ("hold several hundred families as human
    shields in the Iraqi city of Falluja", `named_party`), unless the place tells where that party
    is (`places_party`) or a possessive pronoun makes it the doer's own (`owned_by_pronoun`); a
    plural common noun only (a group: "sentenced a 26-year-old man in Wismar", "met with the man at
    the White House" keep the country of the place; Washington Post, corpus); a name the actors
    stage left with no code may be a place or a site ("dispatched inspectors to Esfahan Uranium
    Conversion Facilities in central Iran").
    With `inside` (the object phrases the places were found in), only a party inside one of them
    ("carried out air strikes against Islamic State in Syria"; not "demanded parties to the
    conflict in Iraq", whose place came with "to the conflict")."""
    doers = list(avoid)
    outcomes = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i]
    for clause in outcomes:
        side = side_from([("dobj", c) for c in clause.children if c.dep_ == "dobj"], index)
        if side and not stands_for_places(side.actors, verb.doc) and not any(same_actor(a, doers) for a in side.actors):
            side.path = f"party-over-place:advcl>{side.path}"
            return side
    named = named_party(verb, [*doers, *places])
    if not named:
        return named
    party = verb.doc.char_span(named.actors[0].start, named.actors[0].end, alignment_mode="expand")
    preps = [place_preposition(p, verb.doc) for p in places]
    if party is None or party.root.tag_ != "NNS" or owned_by_pronoun(party.root) \
            or any(p is None or places_party(p, party.root) for p in preps):
        return Side()
    if inside is not None and not any(h.i == party.root.i or h in party.root.ancestors for h in inside):
        return Side()
    named.path = f"party-over-place:{named.path}"
    return named


def tells_suspicion(clause: Token) -> bool:
    """A participle on a noun that tells what its people are suspected or accused of ("arrested five
    men suspected of involvement in the bombing of the US embassy"): the parties it names are those
    of the deed suspected, not whom the verb's act is aimed at (arguments.toml
    `suspicion_participles`)."""
    return clause.dep_ == "acl" and clause.lemma_.lower() in rules().suspicion_participles


def venue_phrase(token: Token) -> bool:
    """A prepositional phrase on a verb that names the venue of its act (`is_venue`)."""
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and is_venue(token.lower_, c) for c in token.children)


def is_speech_participle(clause: Token) -> bool:
    """A participle clause that reports what the doer said ("rebuked critics, saying calling the
    Islamic State by another name will do nothing"): the parties it names are the content of the
    speech, not whom the verb's act is aimed at (arguments.toml `speech_participles`)."""
    return clause.dep_ in ("advcl", "xcomp", "acl") and clause.tag_ == "VBG" \
        and clause.lemma_.lower() in rules().speech_participles


def tells_other_event(clause: Token) -> bool:
    """An adverbial clause that narrates an event of its own beside the verb's ("clashed with police
    after the Supreme Court ordered ...", "does not recognize the zones because they are not in UN
    Security Council resolutions"), or a phrase of the occasion ("criticized the law during a
    campaign stop for his wife": arguments.toml `occasion_prepositions`): its parties are that
    event's, not the verb's recipient."""
    return (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in rules().narrative_marks
                                           for c in clause.children)) \
        or (clause.dep_ == "prep" and clause.lower_ in rules().occasion_prepositions)


def where_acted(verb: Token, subject: Token, places: ActorIndex) -> Actor | None:
    """The place named by a location phrase ("in Dili", "at a jail in Dili") on the verb, its
    subject or its object ("blocked streets in Hong Kong"), nearest the verb; not a place the
    object names otherwise ("attacked Israel's withdrawal plan for Gaza")."""
    found: list[tuple[int, Actor]] = []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for owner in (verb, subject, *objects):
        for preposition in (c for c in owner.children if c.dep_ == "prep"
                            and c.lower_ in rules().location_prepositions):
            found.extend((abs(t.i - verb.i), a) for t in preposition.subtree for a in places.at(t))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def has_figure_subject(verb: Token) -> bool:
    """"Greek stocks eased", "the trade deficit declined", "trade is expected to hit 780 billion
    dollars": the subject (or the raised one) is a figure that moves."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if (raiser := raising_governor(verb)) is not None:
        subjects += [c for c in raiser.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    return any(s.lemma_.lower() in rules().figure_nouns for s in subjects)


def common_noun_subject(verb: Token) -> Token | None:
    """The verb's own subject when it is a common noun phrase ("prisoners", "thousands of people"),
    the kind of doer a place can locate; not a name, pronoun or clause."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return None
    return subjects[0]


def names_no_doer(verb: Token, is_event_noun: Callable[[Token], bool]) -> bool:
    """Whether a verb's clause names nobody who acted: an agentless passive ("civilians have been
    killed in a bombing"), or an attack itself as the subject ("a roadside bombing killed ...")."""
    if is_passive(verb):
        return not any(c.dep_ == "agent" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(is_event_noun(s) for s in subjects)


def place_actors(places: Iterable[Place]) -> list[Actor]:
    """The places where things happen, as stand-ins for their country ("in the capital Kabul": AFG)."""
    return [Actor(text=p.text, start=p.start, end=p.end, name=p.name, code=p.country, cameo=p.country)
            for p in places if p.country and not p.dateline]


def place_in_clause(trigger: Token, predicate: Token, places: ActorIndex, *, subject: bool = False,
                    avoid: Iterable[Actor] = ()) -> Side:
    """The country of the place nearest the trigger in its own clause (or, for a noun, in the
    clause of the verb that carries it), as the recipient when the grammar names no party;
    with `subject`, the subject's own phrase too ("a roadside bombing near Samarra killed ...").
    Places inside the `avoid` mentions ("one U.S. soldier") are no place of the event. A place
    loses to a party named as the verb's object (`party_over_place`), except with `subject`, where
    the place is asked for to say where an unnamed doer acted."""
    avoid = list(avoid)
    subjects = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS] if subject else []
    for token in dict.fromkeys((trigger, predicate, *subjects)):
        # where it happened: any clause
        side = nearest_in_clause(token, places, avoid, own_events=False, prefer_parties=False)
        if side and not subject and trigger.pos_ == "VERB" and stands_for_places(side.actors, trigger.doc) \
                and (party := party_over_place(trigger, places, side.actors, avoid)):
            return party  # "held dozens of families as human shields in the city of Homs": the families
        if side:
            side.path = "place-in-clause"
            return side
    return Side()


def hosting_place(verb: Token, places: ActorIndex, avoid: Iterable[Actor] = ()) -> Side:
    """The country of the place where the verb's object is set up ("opened an embassy in Tehran"),
    looking into its content clause too ("agreed to set up a center in Tokyo"); not a country of
    the `avoid` actors ("Britain reopened its embassy in London" has no recipient)."""
    avoided = {a.code for a in avoid}
    for clause in [verb, *(c for c in verb.children if c.dep_ in CONTENT_DEPS and c.pos_ in ("VERB", "AUX"))]:
        for obj in (c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in rules().host_nouns):
            for _, where in prep_objects(obj, ("in", "at")):
                found = [a for t in phrase_core(where) for a in places.at(t) if a.code not in avoided]
                if found:
                    return Side(found[:1], f"host-place ({obj.lemma_} in {found[0].text})")
    return Side()


def destination(owners: Iterable[Token], places: ActorIndex, avoid: Iterable[Actor] = ()) -> Side:
    """The country of the place a visit goes to, when no party is named: "a visit to Beirut",
    "arrived in Beirut for a two-day visit", "visited Chechnya" (RUS), "paid a visit to Mexico City";
    not the visitor's own country ("Putin visited Chechnya" is a visit at home: no recipient)."""
    avoided = {a.code for a in avoid}
    preps = tuple(sorted(rules().destination_prepositions))
    for owner in owners:
        objects = [c for c in owner.children if c.dep_ == "dobj"]
        heads = [*objects, *(t for _, t in prep_objects(owner, preps))]
        # "paid a visit to Mexico City", "made a trip to Kyiv": the place hangs on the visit noun
        heads += [t for obj in objects for _, t in prep_objects(obj, preps)]
        for head in heads:
            found = [a for t in phrase_core(head) for a in places.at(t)]
            if found:
                kept = [a for a in found[:1] if a.code not in avoided]
                return Side(kept, f"destination ({found[0].text})") if kept else Side()
    return Side()


def premodifier_tokens(noun: Token) -> list[Token]:
    """Words right before a noun that modify it ("U.S.-Russia", "Israeli troop"), left to right."""
    tokens = []
    i = noun.i - 1
    sent_start = sentence_of(noun).start
    while i >= sent_start:
        token = noun.doc[i]
        if token.pos_ in ("NOUN", "PROPN", "ADJ") or token.text in ("-", "'s", "’s") or token.dep_ == "poss":
            tokens.append(token)
            i -= 1
            continue
        break
    return list(reversed(tokens))


def noun_actor(noun: Token, index: ActorIndex) -> Side:
    """The doer of a nominal event: its "by" phrase ("a Trump endorsement by Marine Le Pen"),
    else its possessor or pre-modifiers ("Russia's invasion", "a U.S. strike"). Kept by the index
    like `verb_actor` (asked ~2 times per noun), a copy returned."""
    return copied(remembered(index.noun_doers, noun.i, lambda: read_noun_actor(noun, index)))


def read_noun_actor(noun: Token, index: ActorIndex) -> Side:
    by_phrase = side_from([(f"prep:{p}", t) for p, t in prep_objects(noun, ("by",))], index)
    if by_phrase:
        return by_phrase
    if patient_possessor(noun) is not None:
        return Side(named=True)  # "Hariri's assassination": Hariri was killed, the killer is not named
    owner = noun_owner(noun, index)
    if owner or (copula := deed_adjective_clause(noun)) is None:
        return owner
    # "the cartel has been responsible for mass killings": the copula's subject did them
    return side_from([("nsubj<deed-adjective", c) for c in copula.children if c.dep_ in SUBJECT_DEPS], index)


def patient_possessor(noun: Token) -> Token | None:
    """The possessor of a noun of a harm or a constraint done to someone that names the one it was
    done to: in "Rafik Hariri's assassination", "Gotovina's arrest", the possessor is the victim, not
    the doer (arguments.toml `patient_possessor_nouns`). Not when the noun has an "of" phrase of its
    own, which then names the victim ("Israel's killing of the Hamas leader": Israel killed), and only a
    person's, on a singular noun: "the Syrian government's killings", "the junta's arrests" name the doer."""
    if noun.lemma_.lower() not in rules().patient_possessor_nouns or noun.tag_ != "NN" or prep_objects(noun, ("of",)):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ == "PERSON"), None)


def noun_owner(noun: Token, index: ActorIndex) -> Side:
    """The party a nominal event is marked with before the noun: its possessor ("Russia's
    invasion"), else its pre-modifiers ("a U.S. strike")."""
    actors = [a for child in noun.children if child.dep_ == "poss" for a in actors_of_phrase(child, index)]
    if actors:
        return Side(distinct(actors), "poss")
    actors = [a for token in premodifier_tokens(noun) for a in index.at(token) if index.usable(a)]
    return Side(distinct(actors), "premodifier") if actors else Side()


def noun_recipient(noun: Token, index: ActorIndex) -> Side:
    """The other party of a nominal event: its "with", "against", "of" ... phrase, or the party
    named on the thing it acts on ("a suspension of air links with Serbia", "the severing of
    ties with Iran"); when a "by" phrase names the doer, the party marked before the noun ("a
    Trump endorsement by Marine Le Pen", "Clinton's endorsement by the union")."""
    heads = [(f"prep:{p}", t) for p, t in party_prep_objects(noun, NOUN_RECIPIENT_PREPS)]
    for path, obj in [h for h in heads if h[0] == "prep:of"]:
        heads.extend((f"{path}>prep:{p}", t) for p, t in prep_objects(obj, PARTY_PREPS))
    side = side_from(heads, index)
    if not side and (patient := patient_possessor(noun)) is not None:  # "Hariri's assassination": Hariri
        side = side_from([("poss:patient", patient)], index)
    if not side and (doer := side_from([("prep:by", t) for _, t in prep_objects(noun, ("by",))], index)):
        owner = noun_owner(noun, index)
        others = [a for a in owner.actors if not same_actor(a, doer.actors)]
        side = Side(others, f"{owner.path} (doer by)") if others else side
    if not side and noun_actor(noun, index):
        side = side_from(heads, index.unresolved())
    if not side:  # "Exxon's accusation that the journalists misled readers": the journalists
        side = side_from(content_subjects(noun), index)
    if not side and noun.dep_ == "dobj" and noun.head.lemma_.lower() in rules().provoking_verbs:
        # "North Korea's nuclear test sparked United Nations sanctions": aimed at whoever (or
        # whose deed) provoked them, the verb's subject, also inherited ("..., sparking sanctions")
        provokers = subject_heads(noun.head)
        side = side_from([(f"provoked-by<{path}", head) for path, head in provokers], index)
        for _, deed in provokers if not side else []:  # "the nuclear test by North Korea sparked ..."
            if deed.pos_ == "NOUN" and (side := noun_actor(deed, index)):
                side.path = f"provoked-by<{side.path}"
                break
    return side


def content_subjects(noun: Token) -> list[tuple[str, Token]]:
    """The subjects of a noun's that-clause, which tell whom the act is about: "the accusation
    that Iran cheated", "a demand that Israel withdraw" (the clause the parser hangs on the noun)."""
    return [(f"content>{s.dep_}", s) for clause in noun.children
            if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            for s in clause.children if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and s.pos_ != "PRON"]


def participant_verb(noun: Token) -> Token | None:
    """The active verb whose subject takes part in a meeting or visit named in its adjunct:
    "arrived here for a three-day official visit", "made the remarks in a meeting with Wen"."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in rules().participant_prepositions:
        return None
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb) or preposition.dep_ != "prep":
        return None
    # "the crisis will be a key topic at a meeting": the subject of a predicate noun is a topic;
    # "a meeting between Clinton and Hashimoto" names its own parties
    if any(c.dep_ in ("attr", "acomp") for c in verb.children) or prep_objects(noun, ("between",)):
        return None
    return verb


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a noun is an argument of, through prepositions ("round of talks will take place")."""
    token, path = noun, []
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return None, ""
        path.append(token.dep_)
        if head.pos_ in ("VERB", "AUX"):
            return head, ">".join(path)
        if token.dep_ not in ("pobj", "prep", "compound", "appos", "conj", "nsubj", "dobj"):
            return None, ""
        token = head
    return None, ""


def object_of(noun: Token, verb: Token, particles: tuple[str, ...] = ()) -> bool:
    """Is the noun the verb's object, directly, through a quantity ("initiated rounds of talks",
    "launched 10 days of war games"), or through one of the verb's particles ("took part in a rally")?"""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == verb.i:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in particles and noun.head.head.i == verb.i:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        quantity = noun.head.head
        return (quantity.lemma_.lower() in QUANTITY_HEADS and quantity.dep_ in ("dobj", "nsubjpass")
                and quantity.head.i == verb.i)
    return False


def named_party(verb: Token, avoid: Iterable[Actor] = ()) -> Side:
    """The party a verb acts on, named by its object though the actors stage gave it no record
    and no country: "freed on bail two ex-ministers", "issued an ultimatum to Muslim leaders",
    "outlawed the Northern Branch of the Islamic Movement". A recipient with its words only (no
    code), asked for last, when no other way found a resolved one: it names whom the act is aimed
    at, as PETRARCH's unresolved target does. Only nouns that name a party: a person, group or
    body the parser or the knowledge base knows as one (arguments.toml `party_nouns` and
    `party_entities`), not the thing acted on ("imposed a curfew", "provided aid"). Issue 12."""
    heads: list[tuple[str, Token]] = []
    if is_passive(verb):
        heads.extend(("nsubjpass", c) for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
    heads.extend(("dobj", c) for c in verb.children if c.dep_ in ("dobj", "dative") and not is_stray_apposition(c))
    heads.extend((f"prep:{p}", t) for p, t in party_prep_objects(verb, RECIPIENT_PREPS))
    for path, obj in [h for h in heads if h[0] == "dobj"]:  # "removed sanctions on five dozen shipping companies"
        heads.extend((f"{path}>prep:{p}", t) for part in [obj, *obj.conjuncts]
                     for p, t in party_prep_objects(part, RECIPIENT_PREPS))
    heads = conveyed_heads(verb, heads)  # "deployed 24,000 police": what is sent
    taken = [(a.start, a.end) for a in avoid]
    return first_named(heads, taken)


def named_noun_party(noun: Token, avoid: Iterable[Actor] = ()) -> Side:
    """`named_party` for a nominal event: the party its "with", "against", "into" ... phrase
    names though no actor record resolved it ("the State Department's investigation into the
    Clinton Foundation", "the regime's crackdown on protesters"), else its that-clause's
    subject ("Exxon's accusation that the journalists misled readers"). Issue 12."""
    # an "of" phrase often says what the act is about ("his promise of free college"): there only
    # a name or a plural party noun ("the arrest of three activists") is a party
    heads = [(f"prep:{p}", t) for p, t in party_prep_objects(noun, NOUN_RECIPIENT_PREPS)
             if p != "of" or t.ent_type_ in rules().party_entities or t.tag_ in ("NNS", "NNPS")]
    heads += content_subjects(noun)
    return first_named(heads, [(a.start, a.end) for a in avoid])


def first_named(heads: list[tuple[str, Token]], taken: list[tuple[int, int]]) -> Side:
    """The first of `heads` that names a party (`names_party`), as an actor with its words only."""
    for path, head in heads:
        if not names_party(head):
            # "police searched Javadov's offices": the owner of the thing acted on is the party
            # only the object itself, not a phrase inside it ("condemning a report into Hydara's
            # murder": Hydara is the victim of the murder, not the one the condemnation is aimed at)
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and names_party(c)), None)
            if owner is None or head.pos_ != "NOUN":
                continue
            if head.lemma_.lower() not in rules().owned_person_nouns:  # "talks with Zhou's brother": him
                if ">" in path:
                    continue
                path, head = f"{path}>poss", owner
        # the words of the phrase up to its apposition or comma: "FGM", not "FGM, a historic victory"
        phrase = phrase_core(head)
        members = {t.i for t in phrase}
        times = rules().time_entities
        core = sorted((t for t in phrase if t.dep_ not in ("appos", "punct") and t.ent_type_ not in times
                       and not any(a.dep_ == "appos" and a.i in members for a in t.ancestors)), key=lambda t: t.i)
        while len(core) > 1 and core[-1].dep_ in ("case", "cc", "punct"):
            core.pop()  # the owner "Javadov", not "Javadov's"; "some 35,000 policemen", not "... and"
        start, end = core[0].idx, core[-1].idx + len(core[-1].text)
        if any(s < end and start < e for s, e in taken):
            continue
        text = doc_text(head.doc)[start:end]
        return Side([Actor(text=text, start=start, end=end)], f"named-party:{path}")
    return Side()


def names_party(noun: Token) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("det", "predet") and c.lower_ in rules().generic_determiners
                                                 for c in noun.children):
        return False
    following = noun.nbor() if noun.i + 1 < len(noun.doc) else None
    if following is not None and not noun.whitespace_ and following.text == "-":
        return False  # "ex" of "ex-ministers", which the parser split: the word after the hyphen names it
    if noun.ent_type_ in rules().party_entities:
        return True
    return noun.lemma_.lower() in rules().party_nouns or names_a_kind_of_party(noun)
