"""Within-article coreference: which mentions are one actor.

Three kinds of link, each to the nearest fitting mention:

- apposition joins a name and its title into one mention ("Russia's newly appointed ambassador
  to the United States, Alexander Darchiyev"; "Sergei Lavrov, Russia's foreign minister");
- a bare name is the person named in full before it ("Darchiyev" -> "Alexander Darchiyev");
  a bare name nobody introduced is dropped: an unknown, untitled person is no actor;
- a definite title or body without a country ("the ambassador", "the ministry") is the
  mention before it (else after it) with the same head word;
- an official still without a country serves the country the article is clearly about.

Mentions linked to one another, or with one identity key (the same KB entry, the same
country and title), get one `entity` number.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..model import Actor
from ..resources import load_toml, word_sets
from .kb import NON_STATE_CODES, PERSON, ROLE, split_cameo, text_key
from .mentions import ActorMention, rules

# Sectors whose members serve, or fight, the country the article is about.
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB"})
APPOSITION_GAP = re.compile(r"^\s*,\s*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def copy_identity(target: ActorMention, source: ActorMention) -> None:
    """Give `target` who `source` is (country, sector, name), keeping its own text and role."""
    target.code, target.sector, target.cameo = source.code, source.sector, source.cameo
    target.name = source.name
    target.entity = source.entity


def merge_apposition(first: ActorMention, second: ActorMention, text: str) -> ActorMention | None:
    """One mention for "NAME, TITLE" or "TITLE, NAME" in one sentence, else None."""
    if first.sentence != second.sentence or not APPOSITION_GAP.match(text[first.end:second.start]):
        return None
    person, title = (first, second) if first.kind == PERSON else (second, first)
    if person.kind != PERSON or title.kind != ROLE or title.person is not None:
        return None
    if title.role_kind in ("body", "group") and title.code is None:
        # "fissures in the party, Senator Bernie Sanders has ...", "handed over to the rebels,
        # Colonel Kinene": a bare body or group is no title of the person next to it (a titled
        # chain with its country is: "Ben Dunne, former chief executive of Ireland's Dunnes Stores chain")
        return None
    merged = ActorMention(first.start, second.end, text[first.start:second.end], first.sentence, PERSON,
                          person=person.person, name=person.name, known=person.known, head_words=title.head_words,
                          head_token=person.head_token, role=title.text)
    if person.cameo and person.known:
        merged.code, merged.sector, merged.cameo = person.code, person.sector, person.cameo
    else:
        merged.code, merged.sector, merged.cameo = title.code, title.sector, title.cameo
    merged.key = ("person", person.name)
    return merged


def merge_appositions(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    out: list[ActorMention] = []
    for mention in mentions:
        if out:
            merged = merge_apposition(out[-1], mention, text)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(mention)
    return out


@dataclass(frozen=True, slots=True)
class NameVariants:
    """data/actors/name_variants.toml: each spelling of a name word -> its group's key, and the
    (keyed) given names a well-known person is named by alone."""

    spelling: dict[str, str]
    given_name_figures: frozenset[str]


@cache
def name_variants() -> NameVariants:
    data = load_toml("actors/name_variants.toml")
    spelling = {form: group[0] for group in data["spelling_variants"] for form in group}
    return NameVariants(spelling, frozenset(spelling.get(w, w) for w in data["given_name_figures"]))


def same_person(name: str, earlier: str) -> bool:
    """"Darchiyev" names "Alexander Darchiyev"; "Alexander Darchiyev" names itself; "Qaddafi"
    names "Moammar Gaddafi" (one name word spelled two ways), and "Saddam" names "Saddam Hussein"
    (a given name the press names that person by alone)."""
    words, earlier_words = name_words(name), name_words(earlier)
    return words == earlier_words or (len(words) == 1 and earlier_words[-1:] == words) \
        or (len(words) == 1 and len(earlier_words) > 1 and earlier_words[:1] == words
            and words[0] in name_variants().given_name_figures)


@lru_cache(maxsize=1 << 16)  # bounded: a million articles name many people
def name_words(name: str) -> tuple[str, ...]:
    """A person's name as its key words, each spelling of a word by its group's key (once per name:
    coref compares each bare name with every earlier person of the article)."""
    spelling = name_variants().spelling
    return tuple(spelling.get(word, word) for word in text_key(name).split())


def given_name_word(name: str) -> tuple[str, ...]:
    """The first key word of a name of several words when the press names that person by it alone
    ("Saddam Hussein" -> ("saddam",)); empty otherwise."""
    words = name_words(name)
    return words[:1] if len(words) > 1 and words[0] in name_variants().given_name_figures else ()


def last_name_word(name: str) -> tuple[str, ...]:
    """The last key word of a name (empty for a name of no key words): every name `same_person`
    takes for `name` ends with it, so earlier people are looked up by it."""
    return name_words(name)[-1:]


class EarlierMentions:
    """The mentions kept so far in an article, in order, with the people indexed by the last word
    of their names and the institutions by name: a bare name or a bare "Congress" is looked up
    among the few that could be it, not compared with every earlier mention (a long article names
    hundreds of people)."""

    def __init__(self) -> None:
        self.kept: list[ActorMention] = []
        # last name word -> (position, earlier, whether the name is a modifier's), in order
        self.people: dict[tuple[str, ...], list[tuple[int, ActorMention, bool]]] = {}
        self.institutions: dict[str, list[ActorMention]] = {}

    def add(self, mention: ActorMention) -> None:
        position = len(self.kept)
        self.kept.append(mention)
        # the modifier's entry first, so that the reversed lookup tries the mention's own name first
        if mention.modifier_person:
            self.people.setdefault(last_name_word(mention.modifier_person[0]), []).append((position, mention, True))
        if mention.person:
            self.people.setdefault(last_name_word(mention.person), []).append((position, mention, False))
            if given := given_name_word(mention.person):  # "Saddam" after "Saddam Hussein"
                self.people.setdefault(given, []).append((position, mention, False))
        if mention.institution is not None and mention.country_written:
            self.institutions.setdefault(mention.institution, []).append(mention)

    def people_named(self, name: str) -> Iterator[tuple[ActorMention, bool]]:
        """The earlier people whose name may be `name`, nearest first."""
        for _, earlier, as_modifier in reversed(self.people.get(last_name_word(name), [])):
            yield earlier, as_modifier


def resolve_bare_person(mention: ActorMention, before: EarlierMentions) -> bool:
    name = mention.person or ""
    for earlier, as_modifier in before.people_named(name):
        if not as_modifier and earlier.code and same_person(name, earlier.person or ""):
            copy_identity(mention, earlier)
            mention.key = earlier.key
            return True
        modifier = earlier.modifier_person
        if as_modifier and modifier and same_person(name, modifier[0]):
            # "officials from the Hillary Clinton campaign ... Warren endorsed Clinton": the person
            # named in full as a modifier is the one a bare surname names later
            _, full_name, cameo = modifier
            mention.code, mention.sector = split_cameo(cameo)
            mention.cameo, mention.name, mention.key = cameo, full_name, ("person", full_name)
            return True
    return False


class HeadWordIndex:
    """The positions of a list of mentions by each of their head words, for `resolve_definite`."""

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.mentions = mentions
        self.positions: dict[str, list[int]] = {}
        for position, mention in enumerate(mentions):
            for word in mention.head_words:
                self.positions.setdefault(word, []).append(position)

    def sharing(self, words: frozenset[str], index: int) -> tuple[list[int], list[int]]:
        """The positions of the mentions sharing a head word with `words`, before `index` (nearest
        first) and after it (in order)."""
        found = sorted({p for word in words for p in self.positions.get(word, ())})
        split = bisect_left(found, index)
        return found[:split][::-1], [p for p in found[split:] if p != index]


def resolve_definite(mention: ActorMention, mentions: HeadWordIndex, index: int) -> bool:
    """"the ministry": the nearest mention before (else after) with a country and a shared head word."""
    before, after = mentions.sharing(mention.head_words, index)
    wants_person = mention.role_kind == "person"  # "the ambassador" is a person, "the army" is not
    for position in (*before, *after):
        other = mentions.mentions[position]
        if other.code and (other.kind == PERSON) == wants_person:
            copy_identity(mention, other)
            mention.key = other.key
            return True
    return resolve_by_kind(mention, mentions.mentions, index)


def resolve_by_kind(mention: ActorMention, mentions: list[ActorMention], index: int) -> bool:
    """"CNN aired the debate ... Trump asked the network to donate": a definite body named by
    its kind (rules.toml `kind_reference_heads`) with no name word in common with any mention is
    the nearest body of its sector named before it (before `index`). Only earlier ones: a kind
    refers back."""
    if mention.sector is None or not mention.head_words & rules().kind_reference_heads:
        return False
    for other in reversed(mentions[:index]):
        if other.code and other.kind != PERSON and other.sector == mention.sector:
            copy_identity(mention, other)
            mention.key = other.key
            return True
    return False


def resolve_institution(mention: ActorMention, before: EarlierMentions) -> bool:
    """A bare "Congress" after "the Congress of Peru" (or "Peru's Congress") in one article is
    Peru's, not the KB's default U.S. Congress: the nearest earlier mention of the same
    institution with a country written."""
    if mention.institution is None or mention.country_written:
        return False
    for earlier in reversed(before.institutions.get(mention.institution, [])):
        if earlier.code:
            copy_identity(mention, earlier)
            mention.key = earlier.key
            return True
    return False


def dominant_country(mentions: list[ActorMention], place_codes: Iterable[str] = (), text: str = "") -> str | None:
    """The country the article is about, if one clearly leads: named at least twice as often as
    any other (countries, demonyms, capitals, and the people and bodies resolved to them, and the
    places named that are no actor: "a curfew in Algiers"). The news agency credited in the
    dateline ("BAGHDAD (AFP) -") tells where the agency is, not the story: it does not count."""
    counts = Counter(m.code for m in mentions if m.code and m.code not in NON_STATE_CODES
                     and not is_credit(m, text))
    counts.update(place_codes)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def is_credit(mention: ActorMention, text: str) -> bool:
    """A news medium named in parentheses, as agencies are credited: "(AFP)", "(Xinhua)"."""
    return mention.sector == "MED" and text[mention.start - 1:mention.start] == "(" \
        and text[mention.end:mention.end + 1] == ")"


def fill_from_article(mention: ActorMention, country: str | None, placed: str | None = None) -> None:
    """An official or rebel with a title but no country ("the foreign ministry", "Justice
    Minister X", "rebel leader Y") belongs to the country the article is about, counting the
    places it names too (`placed`: "President X threatened a curfew in Algiers"); civilians
    ("villagers", "strikers") only to the one its actors name: they often act where they are not from."""
    located = mention.collective and mention.sector in rules().story_located_sectors \
        and not mention.head_words & rules().held_people  # "villagers", "strikers"; not "prisoners"
    if mention.sector in DOMESTIC_SECTORS:
        country = placed
    if country is not None and mention.sector is not None and (mention.sector in DOMESTIC_SECTORS or located):
        mention.code = country
        mention.cameo = country + mention.sector
        mention.key = ("person", mention.name) if mention.kind == PERSON else ("group", mention.cameo, mention.text)


def keep_without_country(mention: ActorMention) -> bool:
    """A mention still without a country is kept if it is a titled person, a collective that
    acts on its own ("rebels", "protesters"), or a state body or group that refers as "the
    government" does (rules.toml `uncoded_party_sectors`: "the government", "Police") with its
    sector alone; not a lone "bank"."""
    return mention.kind == PERSON or mention.collective or (
        mention.kind == ROLE and mention.role_kind in ("body", "group")
        and mention.sector in rules().uncoded_party_sectors)


def resolve(mentions: list[ActorMention], text: str, place_codes: Iterable[str] = ()) -> list[ActorMention]:
    """Merge appositions, resolve bare names and definite titles, number the entities."""
    mentions = merge_appositions(sorted(mentions, key=lambda m: m.start), text)
    by_head_word = HeadWordIndex(mentions)
    earlier = EarlierMentions()
    pending: list[ActorMention] = []  # definite titles whose referent had no country yet
    bare: list[tuple[int, ActorMention]] = []  # bare names whose titled bearer had no country yet
    for index, mention in enumerate(mentions):
        if mention.kind == PERSON and mention.code is None and not mention.role:
            if resolve_bare_person(mention, earlier):
                earlier.add(mention)
            elif titled_without_country_before(mention, earlier):
                bare.append((len(earlier.kept), mention))
            continue  # an unknown name with no title: no actor
        if mention.kind == ROLE and mention.code is None and mention.definite \
                and not resolve_definite(mention, by_head_word, index):
            pending.append(mention)
        resolve_institution(mention, earlier)
        earlier.add(mention)
    kept = earlier.kept
    country, placed = dominant_country(kept, text=text), dominant_country(kept, place_codes, text)
    for mention in kept:
        if mention.code is None:
            fill_from_article(mention, country, placed)
    kept_by_head_word = HeadWordIndex(kept)
    position = {id(mention): i for i, mention in enumerate(kept)}
    for mention in pending:
        # "Congressman Trey Gowdy's office ... the congressman": the titled person got the story's
        # country only now; the definite title is that person, not another of the same country
        resolve_definite(mention, kept_by_head_word, position[id(mention)])
    if bare:
        kept = with_bare_names(kept, bare)
    kept = [m for m in kept if m.code is not None or keep_without_country(m)]
    number_entities(kept)
    return kept


def titled_without_country_before(mention: ActorMention, before: EarlierMentions) -> bool:
    """Whether an earlier titled person of no country yet may be the one a bare name names:
    "Justice Antonin Scalia ... Trump criticized Scalia" (a name the KB lacks, whose title gets
    the story's country only once the whole article is read)."""
    name = mention.person or ""
    return any(not as_modifier and earlier.code is None and earlier.role and same_person(name, earlier.person or "")
               for earlier, as_modifier in before.people_named(name))


def with_bare_names(kept: list[ActorMention], bare: list[tuple[int, ActorMention]]) -> list[ActorMention]:
    """`kept` with the bare names of `bare` (each with its position among the kept mentions when it
    was read) resolved to the titled person they name, now the story's country has filled in the
    title, and put back in text order; a bare name whose bearer stayed without a country stays out.
    One pass: the mentions before each bare name are indexed once."""
    earlier = EarlierMentions()
    result: list[ActorMention] = []
    waiting = iter(bare)
    upcoming = next(waiting, None)
    for position in range(len(kept) + 1):
        while upcoming is not None and upcoming[0] == position:
            if resolve_bare_person(upcoming[1], earlier):
                earlier.add(upcoming[1])
                result.append(upcoming[1])
            upcoming = next(waiting, None)
        if position < len(kept):
            earlier.add(kept[position])
            result.append(kept[position])
    return result


def number_entities(mentions: list[ActorMention]) -> None:
    """Entity numbers from 0 in order of first mention; one number per identity key."""
    by_key: dict[tuple, int] = {}
    next_number = 0
    for mention in mentions:
        key = mention.key
        if key is not None and key in by_key:
            mention.entity = by_key[key]
            continue
        mention.entity = next_number
        if key is not None:
            by_key[key] = next_number
        next_number += 1


@dataclass(frozen=True, slots=True)
class Genders:
    """The word lists of data/actors/gender.toml (what each is for is said there)."""

    he_pronouns: frozenset[str]
    she_pronouns: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    male_first_names: frozenset[str]
    female_first_names: frozenset[str]


@cache
def genders() -> Genders:
    return word_sets(Genders, load_toml("actors/gender.toml"), "actors/gender.toml")


def pronoun_gender(word: str) -> str | None:
    """"he" -> "male", "her" -> "female"; other words None."""
    word = word.lower()
    return "male" if word in genders().he_pronouns else "female" if word in genders().she_pronouns else None


def person_gender(actor: Actor) -> str | None:
    """A person's gender as the mention ("Mrs. Clinton", "the spokeswoman") or the first name of
    the known person ("Bernie Sanders") says it; None when neither says."""
    return words_gender([*text_key(actor.text).split(), *text_key(actor.role or "").split()],
                        text_key(actor.name or "").split())


def words_gender(words: list[str], name: list[str]) -> str | None:
    """The gender a mention's words ("mrs", "spokeswoman") or a full name's first name says."""
    if any(w in genders().female_words for w in words):
        return "female"
    if any(w in genders().male_words for w in words):
        return "male"
    first = name[0] if len(name) >= 2 else None
    if first in genders().female_first_names:
        return "female"
    if first in genders().male_first_names:
        return "male"
    return None


def name_may_be(pronoun: str, text: str) -> bool:
    """Whether a "he" or "she" may stand for a person named by `text` who is no actor record
    ("Mr. Manafort", "Heather Johnston"): not when a title or first name says the other gender."""
    wanted = pronoun_gender(pronoun)
    words = text_key(text).split()
    found = words_gender(words, words) if wanted is not None else None
    return found is None or found == wanted


def may_be(pronoun: str, actor: Actor) -> bool:
    """Whether a "he" or "she" may stand for the actor: not a person of the other gender."""
    wanted = pronoun_gender(pronoun)
    found = person_gender(actor) if wanted is not None else None
    return found is None or found == wanted
