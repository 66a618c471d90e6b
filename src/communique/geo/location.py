"""The event location API: where the event of a trigger word took place.

`event_location(trigger, coded)` looks, in order,
1. in the dependency tree: a place introduced by "in", "at", "near", ... attached to the trigger or
   to the words that govern it up to its clause's verb ("met in Istanbul", "talks ... will take place
   Thursday in Istanbul");
2. in the trigger's sentence: the closest place after a locative preposition ("... in 2022 in
   Geneva"); a place that only modifies a noun ("U.S. President") is no event location;
3. in the trigger's sentence: the closest place that is neither a noun's modifier ("U.S.
   President") nor where another verb happened ("since Russia invaded Ukraine in 2022"):
   "Cuba was always ready to champion rights" takes Cuba;
4. the article's dateline city ("MOSCOW (Reuters) -").
A place with role "actor" ("relations with Moscow") or "demonym" ("Russian troops") is never an
event location.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..docfacts import sentence_of
from ..model import CodedArticle, Location, Place
from ..offsets import ByOffset, indexed
from ..resources import word_list
from .recognize import context_words

LOCATIVE_PREPOSITIONS = frozenset(word_list("geo/location.toml", "locative_prepositions"))
PARTY_PREPOSITIONS = frozenset(word_list("geo/location.toml", "party_prepositions"))
# How far up the tree the search goes: the trigger, its head noun or verb, and the clause verb.
GOVERNOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "amod", "attr", "xcomp",
                           "advcl", "acl", "relcl", "conj", "appos", "pcomp", "oprd"})


def event_location(trigger: Token, coded: CodedArticle) -> Location | None:
    """The place that governs the event of `trigger`, as a Location, or None."""
    places = located_places(trigger.doc, coded)
    if not places.records:
        return None
    place = (place_in_tree(trigger, places) or place_in_sentence(trigger, places)
             or any_place_in_sentence(trigger, places) or next((p for p in places.records if p.dateline), None))
    return as_location(place) if place else None


DESCRIPTION_PREPOSITIONS = frozenset(word_list("geo/location.toml", "description_prepositions"))
PARTY_LABELS = tuple(word_list("geo/location.toml", "party_labels"))
DESCRIPTION_NOUNS = frozenset(word_list("geo/location.toml", "description_nouns"))
PLACE_NOUNS = frozenset(word_list("geo/location.toml", "place_nouns"))
SAME_SCENE_MARKS = frozenset(word_list("geo/location.toml", "same_scene_marks"))


def describes_actor(doc: Doc, place: Place, coded: CodedArticle) -> bool:
    """The place is part of an actor's description (the actor's origin, home or constituency),
    so it is no event location: named in an "of" or "from" phrase on a person or on an actor's
    mention ("Senator Marco Rubio of Florida"), a legislator's party-and-state label ("(D-Calif.)"),
    or a modifier of a person, a title or an actor's mention ("Vermont Sen. Bernie Sanders", "the
    Texas governor", "Lebanon's Hezbollah militias"). A town's police, mayor or residents act
    there ("Shanghai police have raided ..."), so a place on those nouns still locates."""
    if coded.article.text[max(0, place.start - 4):place.start].endswith(PARTY_LABELS):  # doc.text is rebuilt
        return True
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    return described_by_phrase(span, coded) or modifies_described(span, coded)


def described_by_phrase(span: Span, coded: CodedArticle) -> bool:
    """"Senator Marco Rubio of Florida", "the independent senator from Vermont"."""
    if span.root.dep_ != "pobj" or span.root.head.lower_ not in DESCRIPTION_PREPOSITIONS:
        return False
    owner = span.root.head.head
    if owner.lower_ in PLACE_NOUNS or (owner.lemma_ in PLACE_NOUNS and owner.is_lower):
        # "the Palestinian village of Surif": the place itself, whatever the actors stage made of it
        # (not a name: "the Republic of Korea" may stand for its government)
        return False
    return owner.ent_type_ == "PERSON" or in_actor_mention(owner, coded)


def modifies_described(span: Span, coded: CodedArticle) -> bool:
    """The place modifies a person, a title or a word of an actor's mention, not a locality noun."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:  # "Texas and Florida governors"
        root = root.head
    if root.dep_ not in MODIFIER_DEPS or root.head is root:
        return False
    owner = root.head
    if owner.lemma_.lower() in context_words().nouns_after:
        return False  # "Gainesville police", "Gaza residents"
    return (owner.ent_type_ == "PERSON" or owner.lower_ in DESCRIPTION_NOUNS
            or owner.lemma_.lower() in DESCRIPTION_NOUNS or in_actor_mention(owner, coded))


def in_actor_mention(word: Token, coded: CodedArticle) -> bool:
    """`word` is inside a mention the actors stage resolved to a named or titled actor. The
    actors covering it are found in the article's index of them (offsets.indexed): a scan of
    every actor for every place asked made the events stage quadratic in a long article."""
    return any(a.name is not None or a.role is not None or a.code is not None
               for a in indexed(coded.actors).overlapping(word.idx, word.idx + 1))


# The article's places that can locate an event, indexed by offset once per Doc: the events
# coder asks for the location of every trigger, after the places and actors stages have run.
# Kept in `doc.user_data` under this key (one dict look-up, where `doc._` makes an object per access).
EVENT_PLACES_KEY = "communique.geo.location.event_places"


def located_places(doc: Doc, coded: CodedArticle) -> ByOffset[Place]:
    """The places of the article that can locate an event: role "location", with a point, and
    not describing a person."""
    located: ByOffset[Place] | None = doc.user_data.get(EVENT_PLACES_KEY)
    if located is None:
        located = doc.user_data[EVENT_PLACES_KEY] = ByOffset(
            [p for p in coded.places if p.role == "location" and p.lat is not None
             and not describes_actor(doc, p, coded)])
    return located


def as_location(place: Place) -> Location:
    return Location(name=place.name or place.text, geonameid=place.geonameid, country=place.country,
                    lat=place.lat, lon=place.lon)


def heads_up_to_verb(trigger: Token) -> Iterator[Token]:
    """The trigger, then each head up to and including the first verb (and one verb above it
    when that verb only completes another: "will take place", "agreed to meet")."""
    token = trigger
    yield token
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("xcomp", "conj"):
            return
        if token.dep_ not in GOVERNOR_DEPS or token.head is token:
            return
        token = token.head
        yield token


def place_in_tree(trigger: Token, places: ByOffset[Place]) -> Place | None:
    governors = list(heads_up_to_verb(trigger))
    for governor in governors:
        found = locative_child(governor, places)
        if found:
            return found
    return place_of_same_scene(governors[-1], places)


def locative_child(governor: Token, places: ByOffset[Place]) -> Place | None:
    for child in governor.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
            found = place_under(child, places)
            if found:
                return found
    return None


def place_of_same_scene(verb: Token, places: ByOffset[Place]) -> Place | None:
    """"six people were killed and 36 injured when three buses collided in mid-western Nepal": a
    clause of the same scene on the verb, or on a verb coordinated with it, says where it was."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    coordinated = [first, *first.conjuncts]
    for clause in (c for v in coordinated for c in v.children if c.dep_ == "advcl"):
        if any(ch.dep_ in ("mark", "advmod") and ch.lower_ in SAME_SCENE_MARKS for ch in clause.children
               if ch.i < clause.i):
            found = locative_child(clause, places)
            if found:
                return found
    return None


def place_under(preposition: Token, places: ByOffset[Place]) -> Place | None:
    """The first place inside the prepositional phrase ("in the Turkish city of Istanbul")."""
    start = preposition.idx
    end = preposition.doc[preposition.right_edge.i].idx + len(preposition.doc[preposition.right_edge.i])
    return next(iter(places.within(start, end)), None)


def place_in_sentence(trigger: Token, places: ByOffset[Place]) -> Place | None:
    """The nearest place of the sentence after a locative preposition, unless that phrase is where
    another verb happened ("met in Saudi Arabia ... since Russia invaded Ukraine")."""
    sent = sentence_of(trigger)
    own_verbs = {t.i for t in heads_up_to_verb(trigger) if t.pos_ in ("VERB", "AUX")}
    inside = []
    for place in places.within(sent.start_char, sent.end_char):
        preposition = locative_preposition(trigger.doc, place)
        if preposition is not None and not (preposition.head.pos_ in ("VERB", "AUX")
                                            and preposition.head.i not in own_verbs):
            inside.append(place)
    return min(inside, key=lambda p: abs(p.start - trigger.idx)) if inside else None


def locative_preposition(doc: Doc, place: Place) -> Token | None:
    """The "in"/"at"/... that introduces the place, if one does."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.dep_ == "conj" and token.head is not token:  # "in Paris and Berlin"
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS:
        return token.head
    return None


# A place in one of these relations only modifies a noun: "U.S. President", "Beijing's stance".
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def any_place_in_sentence(trigger: Token, places: ByOffset[Place]) -> Place | None:
    """The place of the trigger's sentence closest to it that is not a noun's modifier nor the
    place of another verb's locative phrase."""
    sent = sentence_of(trigger)
    own_verbs = {t.i for t in heads_up_to_verb(trigger) if t.pos_ in ("VERB", "AUX")}
    inside = []
    for place in places.within(sent.start_char, sent.end_char):
        if not modifies_noun(trigger.doc, place) and not after_party_preposition(trigger.doc, place):
            preposition = locative_preposition(trigger.doc, place)
            if preposition is None or preposition.head.pos_ not in ("VERB", "AUX") or preposition.head.i in own_verbs:
                inside.append(place)
    return min(inside, key=lambda p: abs(p.start - trigger.idx)) if inside else None


def after_party_preposition(doc: Doc, place: Place) -> bool:
    """"retaliate against Russia", "negotiates with Russia", "a deal between Britain and China": a
    place after one of these prepositions names a party or a topic, not where the event happened
    ("the town of Rahat", "withdrew from Lebanon", "a visit to Tokyo" may)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PARTY_PREPOSITIONS


def modifies_noun(doc: Doc, place: Place) -> bool:
    """"U.S. President": the place only says whose; but a town's police, mayor or residents act
    there ("Shanghai police have raided ...": the cue nouns of geo/recognize.toml)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() not in context_words().nouns_after
