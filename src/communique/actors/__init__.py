"""The actors stage: who each mention of a political actor is, by country and sector.

    extract(doc, coded) -> list[Actor]      the stage (runs after time and geo)
    actor_at(token, coded) -> Actor | None  the mention covering a token (for events and quotes)
    actors_at(token, coded) -> list[Actor]  all of them ("Hungarian and Romanian officials": two)
    as_ref(actor) -> ActorRef               an actor as events and quotes carry it
    role_sector(word) -> str | None         the sector a role or agent noun gives ("soldiers": MIL)

How: the knowledge base (`kb`, data files under `data/actors/`) is matched against the text
(`matching`), names, titles and countries are composed into mentions (`mentions`), and
mentions of one actor are linked (`coref`). Places the geo stage marks `role == "actor"`
("Moscow says") become actors too: the place's country, sector GOV for a capital or seat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..docfacts import token_table
from ..geo.metonymy import lexicon as metonymy_words
from ..geo.metonymy import named_after_city
from ..model import Actor, ActorRef, CodedArticle, Place
from ..offsets import ByOffset, indexed
from .coref import resolve
from .kb import AGENT, CAPITAL, COUNTRY, DEMONYM, PEOPLE, PERSON, ROLE, SEAT, KnowledgeBase, load_kb, text_key
from .matching import Item, Piece, kb_items, person_items, pieces_of
from .mentions import ActorMention, Context, build_chains, compose, rules, stance_at
from .pairs import pair_mentions

__all__ = ["actor_at", "actors_at", "as_ref", "extract", "load_kb", "role_sector"]


def sentence_index(doc: Doc) -> list[int]:
    """Token index -> 0-based sentence index."""
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def place_covering(start: int, end: int, places: list[Place]) -> Place | None:
    """The first place (in list order) overlapping the characters start..end."""
    overlapping = indexed(places).overlapping(start, end)
    return overlapping[0] if overlapping else None


def capital_checker(doc: Doc, pieces: list[Piece], places: list[Place]) -> Callable[[Item], bool]:
    """Whether a capital stands for its government: when the geo stage says so, or by its
    syntax ("Moscow says", "relations with Moscow")."""

    def is_actor(item: Item) -> bool:
        token = doc[pieces[item.last].token]
        if named_after_city(token, metonymy_words()):
            return False  # "the Paris agreement", "the Minsk talks": named after where they were held
        while token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
            if token.lemma_.lower() in rules().incident_nouns:
                return False  # "the Tel Aviv suicide bombing": where it happened
        place = place_covering(item.start, item.end, places)
        if place is not None and place.role == "actor":
            return True
        if token.dep_ in rules().capital_actor_dependencies:
            return True
        return token.dep_ == "pobj" and token.head.lower_ in rules().capital_actor_prepositions

    return is_actor


def place_mentions(places: list[Place], mentions: list[ActorMention], sentence_of: list[int],
                   doc: Doc) -> list[ActorMention]:
    """Mentions for places the geo stage marked as actors that no mention covers yet."""
    kb = load_kb()
    found = []
    by_offset = ByOffset(mentions)
    for place in places:
        if place.role != "actor" or not place.country:
            continue
        if by_offset.overlapping(place.start, place.end):
            continue
        kinds = {p.entry.kind for p in kb.lookup(text_key(place.text))}
        is_country = place.kind == "country" or (COUNTRY in kinds and not kinds & {CAPITAL, SEAT})
        sector = None if is_country else "GOV"  # "Moscow says": the government; "Russia says": the country
        code = place.country
        country = kb.countries.get(code)
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        head = span.root.i if span is not None else 0
        found.append(ActorMention(place.start, place.end, place.text, sentence_of[head] if span is not None else 0,
                                  CAPITAL if sector else COUNTRY, code=code, sector=sector, cameo=code + (sector or ""),
                                  name=country.name if country else place.name, known=True,
                                  key=("place", code, sector), head_token=head))
    return found


def residence_objects(head: Token) -> list[Token]:
    """The objects of the phrases that say where a group is: "demonstrators in Sivas", "the
    government of Sindh province", "a group based in Trinidad"."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in rules().residence_prepositions]
    for participle in head.children:
        if participle.dep_ == "acl" and participle.lemma_.lower() in rules().residence_participles:
            preps += [c for c in participle.children if c.dep_ == "prep" and c.lower_ == "in"]
    fled = [c for p in head.children if p.dep_ == "acl" and p.lemma_.lower() in rules().origin_participles
            for c in p.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("from", "in"))]
    preps += [c for c in fled if c.dep_ == "prep"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"] + [c for c in fled if c.dep_ == "dobj"]


def first_place(tokens: Iterable[Token], places: list[Place]) -> Place | None:
    """The first place with a country among `tokens`, in text order. A demonym ("Chinese
    authorities") names a people, not where a group acts, so it is passed over."""
    for token in sorted(tokens, key=lambda t: t.i):
        place = place_covering(token.idx, token.idx + len(token.text), places)
        if place is not None and place.country and place.role != "demonym":
            return place
    return None


def place_in_phrase(phrase: Token, places: list[Place]) -> Place | None:
    """The first place with a country among the words of `phrase` (not its relative clauses)."""
    return first_place((t for t in phrase.subtree if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors
                                                             if a.i != phrase.i and phrase.is_ancestor(a))), places)


def locate_unresolved(mentions: list[ActorMention], doc: Doc, places: list[Place]) -> None:
    """Give a group or title with no country the country of the place its phrase names."""
    for mention in mentions:
        if mention.code is not None or mention.kind == PERSON:
            continue
        head = doc[mention.head_token]
        # "police in Los Angeles", "the government of Sindh province"; "an Istanbul court"
        for phrase in residence_objects(head) + [c for c in head.children if c.dep_ == "compound"]:
            place = place_in_phrase(phrase, places)
            if place is not None and place.country is not None:
                mention.code = place.country
                mention.cameo = place.country + (mention.sector or "")
                mention.key = ("group", mention.cameo, text_key(mention.text))
                break


def homeland(head: Token, places: list[Place]) -> Place | None:
    """Where an ethnic group named by `head` lives: the place of its "of" phrase ("the Albanians of
    southern Serbia"); for "ethnic Albanians", also of its "in" phrase ("ethnic Albanians in
    Macedonia"), else where its clause says it acts ("thousands of ethnic Albanians demonstrated
    in Pristina", "police attacked ethnic Albanians in southern Serbia")."""
    ethnic = any(t.lower_ in rules().ethnic_words for t in head.lefts)
    own = rules().homeland_prepositions | (rules().ethnic_location_prepositions if ethnic else frozenset())
    place = first_place_in_phrases(head, own, places)
    if place is not None or not ethnic:
        return place
    return clause_place(head, places)


def clause_place(head: Token, places: list[Place]) -> Place | None:
    """Where the clause of a group named by `head` says it acts or is acted on: "thousands of
    ethnic Albanians demonstrated in Pristina", "soldiers shot two villagers near Hebron"."""
    group = head
    while group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.pos_ in ("NOUN", "NUM"):
        group = group.head.head  # "thousands of ethnic Albanians"
    if group.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return first_place_in_phrases(group.head, rules().ethnic_location_prepositions, places)


def first_place_in_phrases(owner: Token, prepositions: frozenset[str], places: list[Place]) -> Place | None:
    """The first place named in the phrases on `owner` opened by one of `prepositions`."""
    for preposition in (c for c in owner.children if c.dep_ == "prep" and c.lower_ in prepositions):
        for phrase in (g for g in preposition.children if g.dep_ == "pobj"):
            place = place_in_phrase(phrase, places)
            if place is not None:
                return place
    return None


def scene_place(head: Token, places: list[Place]) -> Place | None:
    """Where a group is: its own location phrase ("villagers near Hebron"), its clause's ("were
    shot in Hebron"), else that of its clause's other party ("police in Lagos arrested 40 protesters")."""
    prepositions = rules().ethnic_location_prepositions
    place = first_place_in_phrases(head, prepositions, places) or clause_place(head, places)
    if place is not None or head.dep_ not in ("dobj", "nsubjpass"):
        return place
    others = [c for c in head.head.children if c.dep_ in ("nsubj", "agent", "dobj") and c.i != head.i]
    others = [g for c in others for g in ([c] if c.dep_ != "agent" else [g for g in c.children if g.dep_ == "pobj"])]
    return next((p for o in others if (p := first_place_in_phrases(o, prepositions, places)) is not None), None)


def is_counted(head: Token) -> bool:
    """"19 people", "thousands of people", "dozens of people": a group counted out."""
    if any(c.dep_ in ("nummod", "quantmod") for c in head.children):
        return True
    quantity = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return quantity is not None and (quantity.head.pos_ == "NUM" or quantity.head.lemma_.lower()
                                     in rules().counting_nouns)


def is_addressed(head: Token) -> bool:
    """"warned people that", "urged residents to leave": the public a verb of telling or asking
    (rules.toml `addressing_verbs`) is aimed at, the people of the place or story at hand."""
    return head.dep_ == "dobj" and head.head.i != head.i and head.head.lemma_.lower() in rules().addressing_verbs


def uncounted_people(mention: ActorMention, doc: Doc) -> bool:
    """A generic word for people with no country, no place and no number ("people seek fun"):
    no actor; "19 people were arrested", "people in Yala" or "warned people" are (rules.toml
    counted_only, addressing_verbs)."""
    words = text_key(mention.text).split()
    head = doc[mention.head_token]
    return bool(words) and words[-1] in rules().counted_only and not is_counted(head) and not is_addressed(head)


def locate_by_clause(mentions: list[ActorMention], doc: Doc, places: list[Place]) -> None:
    """Give a collective of civilians, workers or refugees still without a country ("two villagers
    were shot near Hebron") the country of the place where its clause happens."""
    for mention in mentions:
        if mention.code is not None or not mention.collective or mention.sector not in rules().clause_located_sectors \
                or mention.head_words & rules().held_people:
            continue
        place = scene_place(doc[mention.head_token], places)
        if place is not None and place.country is not None:
            mention.code = place.country
            mention.cameo = place.country + (mention.sector or "")
            mention.key = ("group", mention.cameo, text_key(mention.text))


def locate_ethnic_groups(mentions: list[ActorMention], doc: Doc, places: list[Place]) -> None:
    """Code a people named as an ethnic group with the country it lives in, not its kin state."""
    for mention in mentions:
        if mention.kind != PEOPLE:
            continue
        place = homeland(doc[mention.head_token], places)
        if place is not None and place.country is not None and place.country != mention.code:
            mention.code = place.country
            mention.cameo = place.country + (mention.sector or "")
            mention.name = f"{mention.text} ({place.name or place.text})"
            mention.key = ("ethnic", mention.cameo, text_key(mention.text))


def inner_place(item: Item, places: list[Place]) -> Place | None:
    """The longer place name a country, capital or nationality word lies inside ("Northern
    Ireland", "Nassau County", "South America", "Latin American"), if any."""
    if item.kind not in (COUNTRY, CAPITAL, DEMONYM):
        return None
    place = place_covering(item.start, item.end, places)
    if place is None or place.end - place.start <= item.end - item.start:
        return None
    return place


def recode_inner_countries(items: list[Item], places: list[Place], kb: KnowledgeBase) -> list[Item]:
    """What a country word inside a longer place name really stands for (the geo stage read the
    whole name): "Ireland" in "Northern Ireland" is GBR, "Mexico" in "New Mexico" and "Nassau" in
    "Nassau County" USA; in a region of no one country ("South America", "Latin American",
    "the Gulf of Mexico") no country at all: such an item is dropped."""
    kept = []
    for item in items:
        place = inner_place(item, places)
        if place is not None and not place.country:
            continue
        if place is not None and place.country and not any(entry.codes.startswith(place.country)
                                                           for entry in item.entries):
            country = kb.countries.get(place.country)
            if country is not None:
                item.entries = [country]
        kept.append(item)
    return kept


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def to_actor(mention: ActorMention) -> Actor:
    return Actor(text=mention.text, start=mention.start, end=mention.end, name=mention.name, code=mention.code,
                 sector=mention.sector, cameo=mention.cameo, role=mention.role, entity=mention.entity,
                 sentence=mention.sentence)


def extract(doc: Doc, coded: CodedArticle) -> list[Actor]:
    """Every actor mention of the article, with country, sector and entity."""
    kb = load_kb()
    text = coded.article.text or doc.text
    pieces = pieces_of(doc)
    items = person_items(doc, pieces, kb_items(pieces, kb, text), text)
    items = recode_inner_countries(items, coded.places, kb)
    sentence_of = sentence_index(doc)
    ctx = Context(doc, text, pieces, kb, coded.article.published, sentence_of,
                  capital_checker(doc, pieces, coded.places))
    mentions = [mention for chain in build_chains(items, ctx) for mention in compose(chain, ctx)]
    mentions += place_mentions(coded.places, mentions, sentence_of, doc)
    locate_unresolved(mentions, doc, coded.places)
    mentions = [m for m in mentions if m.code is not None or not uncounted_people(m, doc)]
    locate_by_clause(mentions, doc, coded.places)
    locate_ethnic_groups(mentions, doc, coded.places)
    resolved = resolve(mentions, text, unnamed_place_codes(coded.places, mentions, text))
    resolved += pronoun_mentions(doc, resolved, sentence_of)
    resolved += pair_mentions(doc, resolved, sentence_of)
    return [to_actor(m) for m in sorted(resolved, key=lambda m: m.start)]


def unnamed_place_codes(places: list[Place], mentions: list[ActorMention], text: str) -> list[str]:
    """The countries of the places no actor mention covers ("a curfew in Algiers"), once per place;
    not a patron's ("US-backed forces": mentions.backs) or a stance ("anti-Syrian": mentions.stance_at),
    which say nothing of where the story is."""
    covered = ByOffset(mentions)
    return [p.country for p in places if p.country and p.role != "demonym"
            and not covered.overlapping(p.start, p.end) and not patron_at(text, p.end)
            and not stance_at(text, p.start)]


def patron_at(text: str, end: int) -> bool:
    """A hyphen and a backing participle right after this offset: "US|-backed"."""
    if text[end:end + 1] != "-":
        return False
    word = text[end + 1:end + 1 + max(map(len, rules().backing_participles)) + 1]
    return any(word.lower().startswith(w) and not word[len(w):len(w) + 1].isalpha()
               for w in rules().backing_participles)


def pronoun_mentions(doc: Doc, mentions: list[ActorMention], sentence_of: list[int]) -> list[ActorMention]:
    """"Russia rejected the plan. It accused Ukraine ...": a subject "it" (or "they") opening a
    new sentence's clause is the last actor that was a subject in the sentence before, a body or
    country for "it" and a group for "they" (rules.toml). Within one sentence ("Iraq said it would
    ..."), and for "he" and "she", the event coder resolves pronouns (events.arguments)."""
    subjects = sorted((m for m in mentions if m.code and doc[m.head_token].dep_ in SUBJECT_DEPS),
                      key=lambda m: m.head_token)
    by_sentence: dict[int, list[ActorMention]] = {}  # each pronoun reads its own and the previous sentence
    for m in subjects:
        by_sentence.setdefault(m.sentence, []).append(m)
    covered = {m.head_token for m in mentions}
    found: list[ActorMention] = []
    group_pronouns, body_pronouns = rules().group_pronouns, rules().body_pronouns
    # only the pronouns' tokens are made, found by the hash of their lower case (docfacts.token_table)
    strings = doc.vocab.strings
    pronouns = {strings[word] for word in (*group_pronouns, *body_pronouns)}
    for i, lower in enumerate(token_table(doc).lower):
        if lower not in pronouns:
            continue
        token = doc[i]
        group = token.lower_ in group_pronouns
        if not (group or token.lower_ in body_pronouns) or token.dep_ not in SUBJECT_DEPS \
                or token.i in covered:
            continue
        sentence = sentence_of[token.i]
        if any(m.head_token < token.i for m in by_sentence.get(sentence, ())):
            continue  # "Iraq said it would ...": its own sentence's subject, the event coder's to link
        before = [m for m in by_sentence.get(sentence - 1, ())
                  if m.kind != PERSON and (m.collective or m.role_kind == "group" or m.kind == PEOPLE) == group]
        if not before:
            continue
        antecedent = before[-1]
        pronoun = replace(antecedent, start=token.idx, end=token.idx + len(token.text), text=token.text,
                          sentence=sentence_of[token.i], head_token=token.i, definite=False)
        found.append(pronoun)
    return found


def actors_at(token: Token, coded: CodedArticle) -> list[Actor]:
    """The actor mentions covering `token`, shortest first."""
    start = token.idx
    covering = indexed(coded.actors).overlapping(start, start + 1)  # a.start <= start < a.end
    return sorted(covering, key=lambda a: a.end - a.start)


def actor_at(token: Token, coded: CodedArticle) -> Actor | None:
    """The actor mention covering `token` (its head or any word of it), or None."""
    covering = actors_at(token, coded)
    return covering[0] if covering else None


def as_ref(actor: Actor) -> ActorRef:
    return actor.ref()


def role_sector(word: str) -> str | None:
    """The sector a role or agent noun gives ("soldiers": MIL, "police": COP), if the KB knows it."""
    for pattern in load_kb().lookup(text_key(word)):
        if pattern.entry.kind in (ROLE, AGENT) and pattern.entry.sector:
            return pattern.entry.sector
    return None
