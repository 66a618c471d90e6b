"""Composing actor mentions from the names, titles and countries found in each sentence.

A mention is a chain of adjacent items ("Kremlin" "spokesman" "Dmitry Peskov") joined by
glue (possessive 's, modifiers such as "newly appointed", a hyphen, "and" between countries).
A title may carry a posting ("ambassador to the United States", "Secretary of State for
Russia"): the country there is where the holder is posted, not whose they are. The last item is
the head; what comes before it gives the country and the sector:

    Russian Ambassador to the United States Alexander Darchiyev   -> RUS (Russian) GOV (ambassador)
    Pentagon spokesman John Doe                                    -> USA MIL (the Pentagon decides
                                                                      for a weak title)
    U.S.-Russia talks                                              -> USA and RUS, no sector

A known person whose KB role holds on the article's date keeps that role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..nlp import entity_of
from ..resources import load_toml, word_sets
from .kb import (
    AGENT,
    CAPITAL,
    COUNTRY,
    DEMONYM,
    NON_STATE_CODES,
    ORGANISATION,
    PEOPLE,
    PERSON,
    ROLE,
    SEAT,
    KbEntry,
    KnowledgeBase,
    known_country_codes,
    person_by_surname,
    split_cameo,
    text_key,
)
from .matching import Item, Piece

COUNTRY_KINDS = frozenset({COUNTRY, DEMONYM, PEOPLE, CAPITAL})
NATIONAL_KINDS = frozenset({COUNTRY, DEMONYM, PEOPLE, CAPITAL, SEAT, ORGANISATION, PERSON})
TITLE_KINDS = frozenset({ROLE, AGENT})
POSSESSIVES = frozenset({"'s", "'", "\u2019s", "\u2019"})
COORDINATORS = frozenset({"and", ",", "&"})
MAX_GLUE = 4
PLACE_ENTITIES = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


@dataclass(frozen=True, slots=True)
class Rules:
    """The word lists of rules.toml."""

    modifiers: frozenset[str]
    posting_prepositions: frozenset[str]
    of_prepositions: frozenset[str]
    group_posting_prepositions: frozenset[str]
    capital_actor_dependencies: frozenset[str]
    capital_actor_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    currency_nouns: frozenset[str]
    residence_prepositions: frozenset[str]
    residence_participles: frozenset[str]
    origin_participles: frozenset[str]
    ethnic_words: frozenset[str]
    homeland_prepositions: frozenset[str]
    ethnic_location_prepositions: frozenset[str]
    clause_located_sectors: frozenset[str]
    story_located_sectors: frozenset[str]
    counted_only: frozenset[str]
    counting_nouns: frozenset[str]
    body_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    domestic_modifiers: frozenset[str]
    held_people: frozenset[str]
    kind_reference_heads: frozenset[str]
    bare_definite_heads: frozenset[str]
    story_possessors: frozenset[str]
    addressing_verbs: frozenset[str]
    state_sectors: frozenset[str]
    uncoded_party_sectors: frozenset[str]
    pair_heads: frozenset[str]
    pair_determiners: frozenset[str]
    pair_numbers: frozenset[str]
    pair_definite_determiners: frozenset[str]
    pair_excluded_modifiers: frozenset[str]
    pair_country_heads: frozenset[str]
    acting_official_heads: frozenset[str]
    pair_party_prepositions: frozenset[str]
    speaking_verbs: frozenset[str]
    leading_participles: frozenset[str]
    backing_participles: frozenset[str]
    incident_nouns: frozenset[str]
    stance_prefixes: frozenset[str]
    member_determiners: frozenset[str]


@cache
def rules() -> Rules:
    return word_sets(Rules, load_toml("actors/rules.toml"))


@dataclass(slots=True)
class Chain:
    """Items that form one mention; `posting` items name where a title holder is posted."""

    items: list[Item]
    posting: list[Item] = field(default_factory=list)
    of_items: list[Item] = field(default_factory=list)
    inherited: Item | None = None  # "Trump's administration": Trump gives the country, outside the span
    end_piece: int = 0


@dataclass(slots=True)
class ActorMention:
    """An actor mention before entities are numbered."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str  # the head's kind: country, people, seat, capital, organisation, person, role
    code: str | None = None
    sector: str | None = None
    cameo: str | None = None
    name: str | None = None
    role: str | None = None
    person: str | None = None  # the person's name as written
    known: bool = False  # the KB knows the head (a person, organisation, country)
    definite: bool = False  # "the ambassador": refers back to one named before
    collective: bool = False  # "rebels", "protesters": acts as a group even without a country
    role_kind: str | None = None  # a title's kind: person ("the ambassador"), group or body ("the ministry")
    head_words: frozenset[str] = frozenset()  # for "the ministry" -> "Russia's Foreign Ministry"
    key: tuple | None = None  # mentions with one key are one entity
    head_token: int = 0
    entity: int | None = None
    # a generic institution ("Congress", "Parliament"): its KB name, and whether a country was
    # written with it ("the Congress of Peru"); a later bare one is that one (coref)
    institution: str | None = None
    country_written: bool = False
    # a known person named inside the mention as its modifier ("the Hillary Clinton campaign"):
    # (name as written, KB name, cameo on the date), whom a later bare "Clinton" names
    modifier_person: tuple[str, str, str] | None = None


@dataclass(slots=True)
class Context:
    """What composing needs besides the chain."""

    doc: Doc
    text: str  # doc.text, once: spaCy rebuilds it from the tokens on every access
    pieces: list[Piece]
    kb: KnowledgeBase
    date: str | None
    sentence_of: list[int]  # token index -> sentence index
    capital_is_actor: Callable[[Item], bool]


def lower(piece: Piece) -> str:
    return piece.text.lower().replace("\u2019", "'")


def is_glue(gap: list[Piece], before: Item, after: Item, ctx: Context) -> bool:
    """Whether the pieces between two items keep them in one mention."""
    if not gap:
        return True
    if len(gap) > MAX_GLUE:
        return False
    words = [lower(p) for p in gap]
    if all(w in COORDINATORS for w in words):  # "Hungarian and Romanian officials", "US and British forces"
        return coordinated_modifiers(before, after, ctx)
    if sum(w in POSSESSIVES for w in words) > 1:
        return False  # "Trump's 'Obama founded ISIS'": the second mark opens a quotation
    if hyphened(words, rules().backing_participles):
        return False  # "US-backed Kurdish forces": the backer is not the forces' country
    led = hyphened(words, rules().leading_participles)  # "the Saudi-led coalition": the leader's
    return all(word in led or glue_piece(piece, word, after, ctx) for piece, word in zip(gap, words, strict=True))


def glue_piece(piece: Piece, word: str, after: Item, ctx: Context) -> bool:
    """Whether one piece between two items keeps them in one mention."""
    token = ctx.doc[piece.token]
    if word in POSSESSIVES or word == "-" or word in rules().modifiers:
        return True
    if token.pos_ == "ADJ" and token.dep_ == "amod" and token.ent_type_ in ("", "NORP"):
        return True
    if token.pos_ == "PROPN" and piece.text[:1].isupper() and token.dep_ == "compound":
        return True
    # "Austria's immigration authorities": a noun naming the title's field
    return token.pos_ == "NOUN" and token.dep_ == "compound" and within_item(token.head.i, after, ctx)


def hyphened(words: list[str], participles: frozenset[str]) -> set[str]:
    """The words of `participles` that follow a hyphen in the gap ("-" "backed")."""
    return {w for before, w in zip(words, words[1:], strict=False) if before == "-" and w in participles}


def coordinated_modifiers(before: Item, after: Item, ctx: Context) -> bool:
    """Two countries or nationalities joined by "and" that modify one noun ("Russian and U.S.
    diplomats"): one mention; two countries standing alone are two."""
    if before.kind not in (DEMONYM, COUNTRY) or after.kind not in (DEMONYM, COUNTRY):
        return False
    first, second = ctx.doc[ctx.pieces[before.last].token], ctx.doc[ctx.pieces[after.last].token]
    first_modifies = before.kind == DEMONYM or first.dep_ in ("compound", "nmod", "amod")
    # "Russian and U.S. diplomats": a country joined to a modifier modifies the same noun
    second_modifies = after.kind == DEMONYM or (second.dep_ == "conj" and second.head.i == first.i)
    return first_modifies and second_modifies


def within_item(token: int, item: Item, ctx: Context) -> bool:
    """Whether the token is one of the item's."""
    return ctx.pieces[item.first].token <= token <= ctx.pieces[item.last].token


def posting_run(items: list[Item], k: int, last_piece: int, ctx: Context) -> tuple[list[Item], int] | None:
    """After a title, a preposition and its proper-noun object ("to the United States",
    "for Russia and Central Europe"): the items inside and the last piece of the phrase."""
    pieces = ctx.pieces
    p = last_piece + 1
    if p >= len(pieces) or lower(pieces[p]) not in rules().posting_prepositions | rules().of_prepositions:
        return None
    p += 1
    if p < len(pieces) and lower(pieces[p]) == "the" and not (k < len(items) and items[k].first == p
                                                                   and items[k].kind in COUNTRY_KINDS):
        p += 1  # "to the United States"; but "the Philippines" is itself a KB name
    inside: list[Item] = []
    end = None
    j = k
    while p < len(pieces):
        if j < len(items) and items[j].first == p and items[j].kind in NATIONAL_KINDS and items[j].kind != PERSON:
            inside.append(items[j])
            end = items[j].last
            p = items[j].last + 1
            j += 1
            continue
        word = pieces[p].text
        token = ctx.doc[pieces[p].token]
        if word[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_ in PLACE_ENTITIES:
            end = p
            p += 1
            continue
        if lower(pieces[p]) in ("and", "-") and p + 1 < len(pieces) and pieces[p + 1].text[:1].isupper():
            p += 1
            continue
        break
    if end is None:
        return None
    return inside, end


def name_after(piece: int, title: Item, ctx: Context) -> Item | None:
    """An unknown name right after a person's title that the entity recognizer missed
    ("... for Russia and Central Europe Sonata Coulter"): capitalised proper nouns in no entity,
    in the same sentence."""
    if not any(e.role_kind == "person" for e in title.entries[:1]):
        return None
    pieces = ctx.pieces
    last = None
    p = piece + 1
    sentence = ctx.sentence_of[pieces[piece].token]
    while p < len(pieces) and ctx.sentence_of[pieces[p].token] == sentence:
        token = ctx.doc[pieces[p].token]
        if not (pieces[p].text[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON")):
            break
        last = p
        p += 1
    if last is None:
        return None
    start, end = pieces[piece + 1].start, pieces[last].end
    return Item(piece + 1, last, start, end, ctx.text[start:end])


def extend_title(chain: Chain, items: list[Item], k: int, ctx: Context) -> int | None:
    """Extend a chain that ends in a title with what the title governs: its posting or "of" run
    ("President of France", "ambassador to Turkey") and the name after it; the index of the
    next item to read, or None when nothing extends it."""
    pieces = ctx.pieces
    last = chain.items[-1]
    run = posting_run(items, k, chain.end_piece, ctx)
    preposition = lower(pieces[chain.end_piece + 1]) if run is not None else ""
    is_collective = any(e.role_kind in ("group", "body") for e in last.entries[:1])
    if run is not None and is_collective and preposition != "of" and any(
            it.kind in NATIONAL_KINDS for it in chain.items):
        run = None  # "US soldiers in Iraq": where the soldiers are, and Iraq is named on its own
    if run is not None and is_collective and preposition not in rules().group_posting_prepositions:
        run = None  # "blames media for Trump's remarks": a group or body holds no posting "for" a country
    if run is not None:
        inside, end = run
        if preposition in rules().of_prepositions or (is_collective and preposition == "in"):
            chain.of_items.extend(inside)  # "President of France", "opposition groups in Zimbabwe"
        else:
            chain.posting.extend(inside)
        chain.end_piece = end
        k += len(inside)
        if k < len(items) and items[k].first == end + 1 and items[k].kind in (PERSON, ROLE):
            chain.items.append(items[k])
            chain.end_piece = items[k].last
            k += 1
        elif (k >= len(items) or items[k].first > end + 1) and (name := name_after(end, last, ctx)):
            chain.items.append(name)
            chain.end_piece = name.last
        return k
    if k >= len(items) or items[k].first > chain.end_piece + 1:
        name = name_after(chain.end_piece, last, ctx)
        if name is not None and (k >= len(items) or items[k].first > name.last):
            chain.items.append(name)
            chain.end_piece = name.last
            return k
    return None


def generic_body(item: Item) -> bool:
    """An organisation whose name is also a generic institution noun ("Congress", "Parliament",
    "Supreme Court" are also roles.tsv bodies): its KB country is only a default."""
    return item.kind == ORGANISATION and any(e.kind == ROLE and e.role_kind == "body" for e in item.entries)


def extend_of_country(chain: Chain, items: list[Item], k: int, ctx: Context) -> int | None:
    """"the Congress of Peru", "the Supreme Court of Pakistan": an "of" phrase naming a country
    after a generic institution says whose it is, as "Peru's Congress" does; the index of the
    next item to read, or None when no such phrase follows."""
    if not generic_body(chain.items[-1]):
        return None
    end_piece = chain.end_piece
    if end_piece + 1 >= len(ctx.pieces) or lower(ctx.pieces[end_piece + 1]) not in rules().of_prepositions:
        return None
    run = posting_run(items, k, end_piece, ctx)
    if run is None or len(run[0]) != 1 or run[0][0].kind not in COUNTRY_KINDS:
        return None  # one country: "the Congress of Peru and Chile" is no one legislature
    inside, end = run
    if ctx.sentence_of[ctx.pieces[end].token] != ctx.sentence_of[ctx.pieces[end_piece].token]:
        return None
    chain.of_items.extend(inside)
    chain.end_piece = end
    return k + len(inside)


def stance_at(text: str, start: int) -> bool:
    """A stance prefix and a hyphen right before this offset: "anti-|Syrian", "pro-|Russian"."""
    if start < 2 or text[start - 1] != "-":
        return False
    word_start = start - 1
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:start - 1].lower() in rules().stance_prefixes


def build_chains(items: list[Item], ctx: Context) -> list[Chain]:
    """Group the items of the article into mention chains, sentence by sentence."""
    items = [item for item in items if not stance_at(ctx.text, item.start)]  # "anti-Syrian lawmakers"
    chains: list[Chain] = []
    pieces = ctx.pieces
    k = 0
    while k < len(items):
        chain = Chain([items[k]], end_piece=items[k].last)
        k += 1
        sentence = ctx.sentence_of[pieces[chain.items[0].first].token]
        while k < len(items):
            last = chain.items[-1]
            if last.kind in TITLE_KINDS and (extended := extend_title(chain, items, k, ctx)) is not None:
                k = extended
                continue
            if not chain.of_items and (extended := extend_of_country(chain, items, k, ctx)) is not None:
                k = extended
                continue
            nxt = items[k]
            if ctx.sentence_of[pieces[nxt.first].token] != sentence:
                break
            gap = pieces[chain.end_piece + 1:nxt.first]
            if not is_glue(gap, last, nxt, ctx):
                break
            if last.kind == PERSON and gap and lower(gap[0]) in POSSESSIVES and nxt.kind in TITLE_KINDS:
                # "Trump's administration": Trump is a mention, and gives the next one its country
                chains.append(chain)
                chain = Chain([nxt], inherited=last, end_piece=nxt.last)
                k += 1
                continue
            chain.items.append(nxt)
            chain.end_piece = nxt.last
            k += 1
        if not backs(chain, ctx):
            chains.append(chain)
    return chains


# Which entry an item heads as, when it has several: a people before a country, a demonym last.
HEAD_KIND_ORDER = {PEOPLE: 0, COUNTRY: 1, ORGANISATION: 2, PERSON: 2, SEAT: 2, CAPITAL: 3, ROLE: 4, AGENT: 5,
                   DEMONYM: 6}


def pick_entry(item: Item, date: str | None, *, head: bool) -> KbEntry | None:
    """The entry an item stands for: one valid on the date; for a head, a country before a demonym."""
    if not item.entries:
        return None
    entries = item.entries
    if head:
        entries = sorted(entries, key=lambda e: HEAD_KIND_ORDER.get(e.kind, 9))
    # a role the KB dates to this day beats an undated one: "RSF" in 2024 is Sudan's Rapid
    # Support Forces, in 2006 Reporters Without Borders
    dated = [e for e in entries if e.dated_cameo_on(date)] or [e for e in entries if e.tenures and e.cameo_on(date)]
    return dated[0] if dated else entries[0]


def span_text(ctx: Context, start: int, end: int) -> str:
    return ctx.text[start:end]


def head_token(item: Item, ctx: Context) -> int:
    return ctx.pieces[item.last].token


def modified_noun(item: Item, ctx: Context) -> int | None:
    """The noun a demonym modifies ("Indian proposal", "Russian aircraft", the second of "French
    and Egyptian warships"), or the name of the organisation it begins ("the Nigerian Union of
    Teachers"): its token index."""
    token = ctx.doc[ctx.pieces[item.last].token]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    head = token.head
    if token.dep_ not in ("amod", "compound", "nmod") or head.i < token.i or head.lower_ in rules().place_nouns:
        return None
    if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and same_organisation_name(token, head)):
        return head.i
    return None


def organisation_name(token: Token) -> Span | None:
    """The organisation name (a parser ORG entity) the token is part of, if any."""
    entity = entity_of(token)
    return entity if entity is not None and entity.label_ == "ORG" else None


def same_organisation_name(token: Token, head: Token) -> bool:
    """Both words inside one organisation name ("the Nigerian Union of Teachers")."""
    entity = organisation_name(token)
    return entity is not None and entity.start <= head.i < entity.end


def name_end(noun: Token) -> int:
    """Where the mention headed by `noun` ends: the noun, or the whole organisation name it heads."""
    entity = organisation_name(noun) if noun.pos_ == "PROPN" else None
    return entity.end_char if entity is not None else noun.idx + len(noun.text)


def names_a_currency(item: Item, ctx: Context) -> bool:
    """"U.S. dollars", "Chinese yuan": the country only names the currency."""
    token = ctx.doc[ctx.pieces[item.last].token]
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i \
        and token.head.lower_ in rules().currency_nouns


def country_mentions(chain: Chain, ctx: Context) -> list[ActorMention]:
    """A chain of countries only ("U.S.-Russia", "Russia and Ukraine"): each is an actor; a
    demonym on its own is its country with the noun it modifies ("Russian aircraft"); a
    demonym before a people is where they live ("Bosnian Serbs" are BIH)."""
    mentions = []
    items = chain.items
    for k, item in enumerate(items):
        entry = pick_entry(item, ctx.date, head=True)
        if entry is None or names_a_currency(item, ctx):
            continue
        start, end, head = item.start, item.end, head_token(item, ctx)
        if entry.kind == DEMONYM:
            noun = modified_noun(item, ctx)
            if noun is None or (k + 1 < len(items) and items[k + 1].kind == PEOPLE):
                continue
            head = noun
            end = name_end(ctx.doc[noun])
        if entry.kind == CAPITAL and not ctx.capital_is_actor(item):
            continue
        if entry.kind == PEOPLE and k > 0 and items[k - 1].kind in (DEMONYM, COUNTRY):
            entry = pick_entry(items[k - 1], ctx.date, head=False) or entry
            start = items[k - 1].start
        cameo = entry.cameo_on(ctx.date)
        if not cameo:
            continue
        code, sector = split_cameo(cameo)
        country = ctx.kb.countries.get(code)
        mentions.append(ActorMention(
            start, end, span_text(ctx, start, end), ctx.sentence_of[head], entry.kind,
            code=code, sector=sector, cameo=cameo,
            name=entry.name if entry.kind == SEAT else (country.name if country else entry.name),
            known=True, key=(COUNTRY, cameo) if entry.kind in (COUNTRY, PEOPLE, DEMONYM) else (entry.kind, cameo),
            head_token=head))
    return mentions


def nationalities(chain: Chain, ctx: Context) -> list[tuple[str, str | None, Item]]:
    """(code, cameo of an organisation or None, item) for each country the mention's modifiers name,
    in order: coordinated ones ("U.S. and Russian officials") give one actor each."""
    found: list[tuple[str, str | None, Item]] = []
    modifiers = ([chain.inherited] if chain.inherited else []) + chain.items[:-1]
    for item in modifiers:
        if item.kind not in NATIONAL_KINDS:
            continue
        entry = pick_entry(item, ctx.date, head=False)
        cameo = entry.cameo_on(ctx.date) if entry else None
        if not cameo:
            continue
        code, sector = split_cameo(cameo)
        # a capital gives its country only: "Jakarta police" are police (IDNCOP), not the government
        org_cameo = None if item.kind == CAPITAL else \
            cameo if item.kind in (ORGANISATION, SEAT, PERSON) or sector is not None else None
        if found and hyphenated_origin(found[-1][2], item, ctx):
            found.pop()  # "a Syrian-American resident": an American of Syrian origin, one actor
        found.append((code, org_cameo, item))
        if item.kind not in COUNTRY_KINDS:
            break  # an organisation or person decides alone
    if not found:
        for item in chain.of_items:  # "President of France", "secretary general of the Andean Community"
            entry = pick_entry(item, ctx.date, head=False)
            cameo = entry.cameo_on(ctx.date) if entry else None
            if cameo:
                # "the head of the RNC" is the party's (USAPTY), "the leader of Hamas" the group's:
                # an organisation's full code, as "Hamas spokesman" has (composed_cameo)
                code, sector = split_cameo(cameo)
                organisation = item.kind in (ORGANISATION, SEAT) and (code in NON_STATE_CODES or sector is not None)
                found.append((code, cameo if organisation else None, item))
                break
    return found


def hyphenated_origin(first: Item, second: Item, ctx: Context) -> bool:
    """"Syrian-American", "Mexican-American": two nationalities joined by a hyphen before a title
    or a people noun name one person or group of the second, of the first's origin."""
    return first.kind == DEMONYM and second.kind == DEMONYM and ctx.text[first.end:second.start] == "-"


def title_sector(chain: Chain, org_cameo: str | None) -> str | None:
    """The sector of a titled mention: a strong title's, else the organisation's, else a weak title's."""
    titles = [pick_entry(it, None, head=False) for it in chain.items if it.kind in TITLE_KINDS]
    strong = [e.sector for e in titles if e is not None and e.strong]
    if strong:
        return strong[-1]
    if org_cameo and (sector := split_cameo(org_cameo)[1]) is not None:
        return sector
    weak = [e.sector for e in titles if e is not None]
    return weak[-1] if weak else None


def composed_cameo(chain: Chain, code: str, org_cameo: str | None, *, of_item: Item | None = None) -> str:
    """The code of a titled mention whose country is `code` (given by `org_cameo` if an
    organisation or person named it; `of_item` is that organisation's item when the title is "of" it)."""
    if org_cameo and split_cameo(org_cameo)[0] in NON_STATE_CODES:
        return org_cameo  # "UN envoy": the organisation's code
    if org_cameo and of_item is not None and of_item in chain.of_items \
            and (split_cameo(org_cameo)[1] or "") not in ("", *rules().state_sectors):
        # "the vice-president of the Front National" is the party's (FRAPTY), however strong the
        # title: a president of a party, union or company holds no office of the state. Only a
        # title "of" the body: a party named before a title ("Likud minister") is the holder's
        # party, not the body he heads, so the state's office keeps its code (ISRGOV)
        return org_cameo
    strong_title = any(e.strong for it in chain.items if it.kind in TITLE_KINDS for e in it.entries[:1])
    if org_cameo and not strong_title and split_cameo(org_cameo)[1] is not None:
        return org_cameo  # "Hamas spokesman": the organisation's full code
    return code + (title_sector(chain, org_cameo) or "")


def head_words(chain: Chain) -> frozenset[str]:
    """The last word of each title and organisation name: what "the ministry" refers back to."""
    words = set()
    for item in chain.items:
        if item.kind in TITLE_KINDS | {ORGANISATION, SEAT}:
            for entry in item.entries[:1]:
                words.update(text_key(entry.name).split()[-1:])
            words.update(text_key(item.text).split()[-1:])
    return frozenset(words)


def compose(chain: Chain, ctx: Context) -> list[ActorMention]:
    """The mentions a chain makes (none, one, or one per coordinated country). When the title
    makes no actor ("providing intelligence to Macedonia", "sending troops to Iraq"), the country
    after its preposition was never a posting: it is an actor of its own."""
    mentions = compose_titled(chain, ctx)
    if mentions or not chain.posting:
        return mentions
    return country_mentions(Chain(list(chain.posting)), ctx)


def after_definite_article(first: int, ctx: Context) -> bool:
    """Whether the piece `first` follows "the", past modifiers that name no one ("the military
    regime", "the senior officials": rules.toml `modifiers`) and a possessor that is the story's
    own country ("the country's military-run government": `story_possessors`)."""
    at = first - 1
    while at >= 0 and lower(ctx.pieces[at]) in rules().modifiers:
        at -= 1
    if at >= 1 and lower(ctx.pieces[at]) in POSSESSIVES and lower(ctx.pieces[at - 1]) in rules().story_possessors:
        at -= 2
    return at >= 0 and lower(ctx.pieces[at]) == "the"


def compose_titled(chain: Chain, ctx: Context) -> list[ActorMention]:
    head = chain.items[-1]
    if all(it.kind in COUNTRY_KINDS for it in chain.items) and chain.inherited is None:
        return country_mentions(chain, ctx)
    start = chain.items[0].start
    end = ctx.pieces[chain.end_piece].end
    text = span_text(ctx, start, end)
    sentence = ctx.sentence_of[head_token(head, ctx)]
    definite = after_definite_article(chain.items[0].first, ctx)
    head_entry = pick_entry(head, ctx.date, head=True)
    nats = nationalities(chain, ctx)
    base = ActorMention(start, end, text, sentence, head.kind, definite=definite, head_words=head_words(chain),
                        head_token=head_token(head, ctx), role_kind=head_entry.role_kind if head_entry else None)

    if head.kind == PERSON:
        return compose_person(chain, ctx, base, head_entry, nats)

    if head.kind in (ORGANISATION, SEAT) and head_entry is not None:
        return compose_organisation(chain, ctx, base, head_entry, nats)

    # a title, group or body: the country comes from its modifiers (or from coreference)
    # an agent noun with no country is no actor ("militants attacked"), unless it refers back as
    # "the government" does: "the junta", "the military regime" (a state body of the story's country)
    if head.kind == AGENT and not nats and not domestic_office(ctx.doc[base.head_token]) \
            and not (definite and title_sector(chain, None) in rules().state_sectors):
        return []
    if not nats:
        return compose_title_alone(chain, ctx, base)
    mentions = []
    for code, org_cameo, item in nats:
        cameo = composed_cameo(chain, code, org_cameo, of_item=item)
        mention = replace(base)
        mention.role = text
        if head_entry is not None and head_entry.role_kind == "body" and org_cameo and len(nats) == 1:
            mention.name = nats[0][2].entries[0].name if nats[0][2].entries else None  # "the TASS news agency"
        mention.modifier_person = modifier_person(nats, ctx)
        mentions.append(fill(mention, cameo, key=("group", cameo, text_key(text))))
    return mentions


def modifier_person(nats: list[tuple[str, str | None, Item]], ctx: Context) -> tuple[str, str, str] | None:
    """The known person among a mention's modifiers, for coref: "the Hillary Clinton campaign"."""
    for _, _, item in nats:
        if item.kind == PERSON and (entry := pick_entry(item, ctx.date, head=False)) is not None:
            cameo = entry.dated_cameo_on(ctx.date) or entry.cameo_on(ctx.date)
            if cameo:
                return item.text, entry.name, cameo
    return None


def compose_organisation(chain: Chain, ctx: Context, base: ActorMention, head_entry: KbEntry,
                         nats: list[tuple[str, str | None, Item]]) -> list[ActorMention]:
    """A chain headed by a known organisation or seat: its code on the date, with a written
    country first ("Peru's Congress"), else the government of the country named with it."""
    head = chain.items[-1]
    cameo = head_entry.cameo_on(ctx.date)
    if cameo is None and nats:
        cameo = nats[0][0] + "GOV"
    if cameo is None:
        return []
    written = written_country_first(cameo, nats)
    # "Peru's Congress" is not the "U.S. Congress" the KB names: the name is as written
    base.name = head_entry.name if written == cameo else base.text.removeprefix("the ").strip()
    base.known = True
    if generic_body(head):
        base.institution, base.country_written = head_entry.name, bool(nats) and nats[0][2].kind in COUNTRY_KINDS
    return [fill(base, written, key=("entry", head_entry.name, written))]


def written_country_first(cameo: str, nats: list[tuple[str, str | None, Item]]) -> str:
    """An institution's default country yields to a country written with it: "Peru's Congress"
    is Peru's legislature though "Congress" alone is the U.S. one. Only a country, demonym,
    people or capital says so (not another organisation), and only for a national institution:
    an IGO or NGO keeps its code ("Syria's UN envoy" is still the UN's)."""
    if not nats or nats[0][2].kind not in COUNTRY_KINDS:
        return cameo
    code = split_cameo(cameo)[0]
    written = nats[0][0]
    if code == written or code in NON_STATE_CODES or written in NON_STATE_CODES or code not in known_country_codes():
        return cameo
    return written + cameo[3:]


def compose_person(chain: Chain, ctx: Context, base: ActorMention, head_entry: KbEntry | None,
                   nats: list[tuple[str, str | None, Item]]) -> list[ActorMention]:
    """A chain headed by a person's name: the KB entry's role on the date, else what the title
    and nationality say ("Russian President Putin"), else the KB's default."""
    head = chain.items[-1]
    has_title = any(it.kind in TITLE_KINDS for it in chain.items)
    if head_entry is None and has_title:  # "President Mugabe": the one Mugabe in office on the date
        head_entry = person_by_surname(ctx.kb, head.text, ctx.date, titled=has_title)
    base.person = head.text
    base.name = head_entry.name if head_entry else head.text
    base.known = head_entry is not None
    role_text = span_text(ctx, base.start, head.start).strip(" ,\u2014-")
    base.role = role_text or None
    key = ("person", base.name)
    # a role the KB dates to the article's day wins; then what the title says; then the
    # KB's default (often ELI, "former official")
    dated = head_entry.dated_cameo_on(ctx.date) if head_entry else None
    if dated:
        return [fill(base, dated, key=key)]
    default = head_entry.cameo_on(ctx.date) if head_entry else None
    if not nats and not has_title:
        return [fill(base, default, key=key)] if default else [base]  # a bare name: coreference may say
    if nats:
        return [fill(base, composed_cameo(chain, *nats[0][:2], of_item=nats[0][2]), key=key)]
    code = split_cameo(default)[0] if default else None
    sector = title_sector(chain, None)
    return [fill(base, code + (sector or "") if code else None, sector=sector, key=key)]


def domestic_office(token: Token) -> bool:
    """"a federal judge", "state prosecutors": a title whose adjective (rules.toml
    `domestic_modifiers`) places it in the country the story is about."""
    return any(c.dep_ == "amod" and c.lower_ in rules().domestic_modifiers for c in token.children)


def bare_state_body(token: Token) -> bool:
    """"Police arrested ...", "Authorities in Amman said", "arrested by police": a state body or
    group named without an article or possessor (rules.toml `bare_definite_heads`) as the one who
    acts means the one of the place or story. Not as an object: "send troops" are no party."""
    acts = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")
    return acts and token.lower_ in rules().bare_definite_heads \
        and not any(c.dep_ in ("det", "poss") for c in token.children)


def acting_officials(token: Token) -> bool:
    """"Officials rejected the appeal", "military officials rejected the appeal": officials with
    no country who do a deed (the subject of a verb that is no verb of saying: rules.toml
    `acting_official_heads`, `speaking_verbs`) are those of the country the story is about
    (coref.fill_from_article). Not the speakers of "..., officials said, killing 17", where the
    parser may hang the deed on the saying."""
    if token.lower_ not in rules().acting_official_heads:
        return False
    verb = token.head
    if token.dep_ == "nsubj":
        return verb.pos_ == "VERB" and verb.lemma_.lower() not in rules().speaking_verbs
    return party_of_pair(token)


def party_of_pair(token: Token) -> bool:
    """"a meeting last week between junta officials and the representative of the Red Cross":
    one of two parties a noun names by a phrase of rules.toml `pair_party_prepositions` takes part
    in what the noun names, as a subject does."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    preposition = first.head
    return first.dep_ == "pobj" and preposition.lower_ in rules().pair_party_prepositions \
        and preposition.head.pos_ == "NOUN" and bool(first.conjuncts)


def placed_by_name(token: Token) -> bool:
    """"an Istanbul court", "Los Angeles police": a proper name written before a body or group
    says whose it is (actors.locate_unresolved gives it the country of that place)."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def backs(chain: Chain, ctx: Context) -> bool:
    """A chain followed by a hyphen and a backing participle ("US-backed forces", rules.toml
    `backing_participles`) names a patron of the noun after it, which is no actor of the clause
    and whose country the noun does not take (nor, through it, the story)."""
    pieces = ctx.pieces
    after = pieces[chain.end_piece + 1:chain.end_piece + 3]
    return len(after) == 2 and lower(after[0]) == "-" and lower(after[1]) in rules().backing_participles


def one_member(token: Token) -> bool:
    """"a judge ruled", "One anti-war activist accused ...": a title counted as one person by
    an article or the number one (rules.toml `member_determiners`) names one member of its sector."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in rules().member_determiners
                                      for c in token.children)


def compose_title_alone(chain: Chain, ctx: Context, base: ActorMention) -> list[ActorMention]:
    """A title, group or body with no country among its modifiers: an actor only when it refers
    back ("the ambassador") or is a collective that acts ("rebels attacked"); "embassy
    operations" is no actor."""
    entry = pick_entry(chain.items[-1], None, head=False)
    if ctx.doc[base.head_token].dep_ in ("compound", "amod", "nmod") or entry is None:
        return []
    token = ctx.doc[base.head_token]
    # "Parliament voted": a body named alone like a proper noun (capitalised, singular, no
    # article, no modifier of its own: "Delhi Police" is another body) is one body, as "the
    # parliament" is, and coreference finds whose; not the body of a title ("President of Senate")
    proper = len(chain.items) == 1 and entry.role_kind == "body" and token.text[:1].isupper() \
        and token.tag_ in ("NN", "NNP") and not any(c.dep_ in ("det", "poss", "compound", "amod")
                                                     for c in token.children)
    base.definite = base.definite or proper or bare_state_body(token) or placed_by_name(token)
    # "his attacks on a federal judge": a national or local office with no country is one of the
    # country the story is about (coref.fill_from_article), though it refers back to no one
    domestic = domestic_office(token) or acting_officials(token)
    # "a rebel commander surrendered", "a judge ruled": one member of a sector the title fixes,
    # of the place or story at hand as a collective is
    member = entry.strong and entry.role_kind == "person" and one_member(token)
    if not (base.definite or domestic or member or (entry.strong and entry.role_kind == "group")):
        return []
    base.sector = title_sector(chain, None)
    base.role = base.text
    base.collective = entry.strong and entry.role_kind == "group"
    return [base]


def fill(mention: ActorMention, cameo: str | None, *, sector: str | None = None,
         key: tuple | None = None) -> ActorMention:
    """Set code, sector and cameo from a CAMEO code."""
    if cameo:
        code, cameo_sector = split_cameo(cameo)
        mention.code = code
        mention.sector = cameo_sector if cameo_sector else sector
        mention.cameo = cameo
    else:
        mention.sector = sector
    mention.key = key
    return mention
