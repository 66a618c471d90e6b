"""The actor knowledge base: the data files under `data/actors/` as one phrase index.

Files (all tab-separated text a political scientist can read and extend; see their headers):

    ../countries.tsv     the country table shared with the geo stage; its actor columns give the
                         name, aliases, demonyms, plural demonyms, seats and capitals
    igos.tsv             international organisations      } name, codes, aliases, note; a code
    institutions.tsv     ministries, forces, media, groups } may be bounded by dates
    people.tsv           office holders 2024-2026          }
    roles.tsv            titles and generic nouns -> sector, kind, strength
    petrarch/*.tsv       the Phoenix/PETRARCH dictionaries, converted by `communique kb
                         import-petrarch` (MIT, Open Event Data Alliance)

Every name becomes a key (lower case, one space between words, straight apostrophes) in one
dict from key to patterns, built once per process: finding actors in a text is then a few
dict look-ups per token, not a loop over thousands of patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..countries import actor_countries
from ..errors import E_ACTORS_BAD_DATE, E_ACTORS_BAD_ROW, DataFileError
from ..resources import data_path, split_list
from ..tablecache import cached

# What a KB entry is; the recognizer composes mentions from these.
COUNTRY = "country"  # "Russia": the country, no sector
DEMONYM = "demonym"  # "Russian": a country only as the modifier of an actor
PEOPLE = "people"  # "the Russians": the country's side
SEAT = "seat"  # "the Kremlin": the government
CAPITAL = "capital"  # "Moscow": the government only when used as an actor
ORGANISATION = "organisation"  # IGOs, institutions, armed and political groups
PERSON = "person"  # a named person with dated roles
ROLE = "role"  # "spokesman", "ministry", "officials": a sector, no country
AGENT = "agent"  # a PETRARCH agent noun: a sector, only together with a country or name

OWN_ENTRY_FILES: dict[str, str] = {
    "actors/igos.tsv": ORGANISATION,
    "actors/institutions.tsv": ORGANISATION,
    "actors/parties.tsv": ORGANISATION,
    "actors/people.tsv": PERSON,
}
PETRARCH_ENTRY_FILES: tuple[str, ...] = (
    "actors/petrarch/petrarch_international.tsv",
    "actors/petrarch/petrarch_nonstate.tsv",
    "actors/petrarch/petrarch_countries.tsv",
)
PETRARCH_AGENTS = "actors/petrarch/petrarch_agents.tsv"
ROLES = "actors/roles.tsv"

# Codes that are not countries but may stand where a country code does (PLOVER non-state
# actors, and the CAMEO regions the Phoenix dictionaries use).
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UNO", "EUR"})
REGION_CODES = frozenset({"AFR", "ASA", "CAS", "EAF", "EEU", "LAM", "MEA", "NAF", "SAF", "SAM", "SAS",
                          "SEA", "WAF", "WEU", "WST"})
DANGLING_WORDS = frozenset({"to", "for", "at", "of", "in", "on", "with", "by", "the", "and"})
MAX_PIECES = 8  # longer names are not matched (a handful of odd dictionary lines)

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
WORD_RE = re.compile(r"[\w.]+|[^\w\s]")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class CameoTenure:
    """A CAMEO code that holds from `start` to `end` (ISO dates; None is open)."""

    cameo: str
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True, slots=True)
class KbEntry:
    """One actor, place-as-actor or role of the knowledge base."""

    kind: str
    name: str
    codes: str = ""  # "RUSGOV 1999-08-09/; RUSELI": parsed into `tenures` when first needed
    source: str = ""
    sector: str | None = None  # roles and agents: the sector they give
    role_kind: str | None = None  # roles: person, group or body
    strong: bool = False  # roles: the role's sector wins over an organisation's

    @property
    def tenures(self) -> tuple[CameoTenure, ...]:
        return usable_tenures(self.codes, self.source)

    def dated_cameo_on(self, date: str | None) -> str | None:
        """The code of a dated tenure holding on `date`, or None."""
        if date:
            for tenure in self.tenures:
                if tenure.dated and tenure.holds_on(date[:10]):
                    return tenure.cameo
        return None

    def cameo_on(self, date: str | None) -> str | None:
        """The code valid on `date`: a dated tenure holding then, else the undated default."""
        if (dated := self.dated_cameo_on(date)) is not None:
            return dated
        for tenure in self.tenures:
            if not tenure.dated:
                return tenure.cameo
        if not date and self.tenures:
            return self.tenures[-1].cameo
        return None


@dataclass(frozen=True, slots=True)
class Pattern:
    """A way an entry is written. `exact`: only as written (US, WHO, Fed), never as a common word."""

    entry: KbEntry
    exact: str | None = None
    # a form the KB writes with a common word last ("Congress party", "Likud party", "Houthi
    # rebels"): that capitalised name with its lower-case word is the entry too, not only "... Party"
    lower_tail: bool = False


# At most this many answers of each of the KnowledgeBase's memos, so that a long run's memory
# stays bounded (the words of 400 articles give about 30,000 distinct queries): a full memo starts afresh.
MEMO_LIMIT = 200_000


@dataclass(slots=True)
class KnowledgeBase:
    """Every name of every entry, by normalized key."""

    index: dict[str, list[Pattern]] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)
    countries: dict[str, KbEntry] = field(default_factory=dict)  # ISO code -> the country entry
    surnames: dict[str, list[KbEntry]] | None = None  # "mugabe" -> Robert Mugabe; built when first needed
    max_pieces: int = 1
    sorted_keys: list[str] | None = None  # every key in order, for `continues`; built when first needed
    # Answers by text, kept across articles (see MEMO_LIMIT): `continues`, and for
    # `matching.kb_items` whether a piece's first word starts some key.
    continued: dict[str, bool] = field(default_factory=dict, repr=False)
    name_starts: dict[str, bool] = field(default_factory=dict, repr=False)
    # ... and for `matching.key_ends` and `matching.kb_items`, by the text of a run of pieces:
    # (its key, whether the key is one, `continues(key)`), and the entries written so.
    runs: dict[str, tuple[str, bool, bool]] = field(default_factory=dict, repr=False)
    written: dict[str, tuple[KbEntry, ...]] = field(default_factory=dict, repr=False)

    def add(self, form: str, entry: KbEntry, key: str | None = None) -> None:
        key = key if key is not None else text_key(form)
        patterns = self.index.get(key)
        if patterns is None:
            pieces = WORD_RE.findall(key)
            if not pieces or len(pieces) > MAX_PIECES:
                return
            patterns = self.index[key] = []
            self.sorted_keys = None
            self.continued.clear()  # a new key may answer them otherwise
            self.name_starts.clear()
            self.first_words.add(pieces[0])
            self.max_pieces = max(self.max_pieces, len(pieces))
        words = form.split()
        lower_tail = len(words) > 1 and words[-1].islower() and not words[0].islower()
        for k, pattern in enumerate(patterns):
            if pattern.entry is entry:
                if lower_tail and not pattern.lower_tail:
                    patterns[k] = Pattern(entry, pattern.exact, lower_tail=True)
                    self.written.clear()  # the pattern may now be written otherwise
                return
        patterns.append(Pattern(entry, exact=form.strip() if needs_exact_case(key) else None, lower_tail=lower_tail))
        # a new key or pattern may answer these otherwise (empty while the KB is being built)
        self.runs.clear()
        self.written.clear()
        if entry.kind == PERSON:
            self.surnames = None

    def lookup(self, key: str) -> list[Pattern]:
        return self.index.get(key, [])

    def continues(self, key: str) -> bool:
        """Whether some longer key starts with `key`, so that text going on after it may still
        be a name. The same words recur in every article, and a dict look-up costs a tenth of
        the bisection in some 35,000 keys, so answers are kept."""
        known = self.continued.get(key)
        if known is None:
            if len(self.continued) >= MEMO_LIMIT:
                self.continued.clear()
            known = self.continued[key] = self.has_longer_key(key)
        return known

    def has_longer_key(self, key: str) -> bool:
        """`continues`, worked out: the keys starting with `key` follow it in sorted order."""
        if key.endswith("\u03c2"):  # a final sigma ("ς") turns into "σ" when a letter follows
            return True
        if self.sorted_keys is None:
            self.sorted_keys = sorted(self.index)
        after = bisect_right(self.sorted_keys, key)
        return after < len(self.sorted_keys) and self.sorted_keys[after].startswith(key)


def text_key(text: str) -> str:
    """The key of a name or of a piece of text: lower case, straight apostrophes, single spaces."""
    if "\u2019" in text or "\u2018" in text or "`" in text or "\u02bc" in text:
        text = text.translate(APOSTROPHES)
    return " ".join(text.lower().split())


def needs_exact_case(key: str) -> bool:
    """Short names and names that are English words (US, WHO, IS) match only as written."""
    if len(key) > 12:
        return False
    return len(key.replace(".", "").replace(" ", "").replace("-", "")) <= 3 or key in STOP_WORDS


def split_cameo(cameo: str) -> tuple[str, str | None]:
    """`RUSGOV` -> (`RUS`, `GOV`); `IGOUNOIAE` -> (`IGO`, `UNO`); `UKR` -> (`UKR`, None)."""
    return cameo[:3], (cameo[3:6] or None)


@cache
def known_country_codes() -> frozenset[str]:
    """The actor codes of the country table: codes with another prefix are dropped."""
    return frozenset(row.iso3 for row in actor_countries())


@cache
def usable_tenures(codes: str, where: str) -> tuple[CameoTenure, ...]:
    """The tenures of a codes cell whose code starts with a country, non-state or region code."""
    return tuple(t for t in parse_tenures(codes, where) if usable_prefix(t.cameo[:3]))


def usable_prefix(prefix: str) -> bool:
    return prefix in known_country_codes() or prefix in NON_STATE_CODES or prefix in REGION_CODES


def parse_tenures(text: str, where: str) -> tuple[CameoTenure, ...]:
    """`USAGOV 2025-01-20/; USAELI` -> tenures; a malformed date is a coded DataFileError."""
    if "/" not in text and ";" not in text:  # most rows: one code, no dates
        return (CameoTenure(text.strip().upper()),)
    tenures = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        code, _, dates = part.partition(" ")
        start = end = None
        if dates.strip():
            start, _, end = dates.strip().partition("/")
            start, end = start or None, end or None
            for date in (start, end):
                if date is not None and not DATE_RE.match(date):
                    raise DataFileError(f"{where}: date {date!r} is not YYYY-MM-DD [{E_ACTORS_BAD_DATE}]")
        tenures.append(CameoTenure(code.strip().upper(), start, end))
    return tuple(tenures)


def rows(relative: str) -> Iterator[tuple[list[str], str]]:
    """The tab-separated rows of a KB file (comments and blank lines skipped), with `file:line`."""
    path = data_path(relative)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield line.split("\t"), f"{relative}:{number}"


def cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def load_countries(kb: KnowledgeBase) -> None:
    """The actor columns of the shared country table: names, demonyms, seats and capitals."""
    for row in actor_countries():
        code, name, where = row.iso3, row.actor_name, row.source
        country = KbEntry(COUNTRY, name, code, where)
        kb.countries[code] = country
        for form in [name, *row.actor_aliases]:
            kb.add(form, country)
        for forms, kind, cameo in ((row.demonyms, DEMONYM, code), (row.people, PEOPLE, code),
                                   (row.seats, SEAT, code + "GOV"), (row.actor_capitals, CAPITAL, code + "GOV")):
            for form in forms:
                kb.add(form, KbEntry(kind, form if kind in (SEAT, CAPITAL) else name, cameo, where))


def entries_from(relative: str, kind: str, *, bare_countries: list | None = None,
                 check: bool = True) -> Iterable[tuple[KbEntry, list[str]]]:
    """(entry, names) for each row of an entry file (name, codes, aliases, note/source).
    `check`: parse the codes now (our small files), not when first used (the big imports)."""
    for row, where in rows(relative):
        if len(row) < 2:
            raise DataFileError(f"{where}: an entry needs a name and codes [{E_ACTORS_BAD_ROW}]")
        codes = row[1].strip()
        prefixes = [part.strip()[:3] for part in codes.split(";")]
        if not any(usable_prefix(p) for p in prefixes):
            continue
        if check:
            parse_tenures(codes, where)
        # a PETRARCH country block lists the country's cities and regions as its names:
        # places are the geo stage's business, and the country table has the names
        if bare_countries is not None and len(codes) == 3 and codes in known_country_codes():
            bare_countries.append((codes, [row[0], *split_list(cell(row, 2))]))
            continue
        entry_kind = kind
        if kind == ORGANISATION and "/" in codes and "petrarch" in relative:  # dated: a person
            entry_kind = PERSON
        yield KbEntry(entry_kind, row[0].strip(), codes, where), [row[0], *split_list(cell(row, 2))]


def add_country_variants(kb: KnowledgeBase, blocks: list[tuple[str, list[str]]]) -> None:
    """Spelling variants of country names from the PETRARCH country blocks ("Afganistan"):
    the names that look like the country's own name; its cities and regions are left out."""
    for code, forms in blocks:
        country = kb.countries[code]
        own = text_key(country.name)
        for form in forms:
            key = text_key(form)
            if key[:3] == own[:3] and key not in kb.index and SequenceMatcher(None, key, own).ratio() >= 0.8:
                kb.add(form, country, key)


def index_surnames(kb: KnowledgeBase) -> dict[str, list[KbEntry]]:
    """Each known person under their surname, for "President Mugabe" and later "Mugabe"."""
    if kb.surnames is not None:
        return kb.surnames
    kb.surnames = {}
    seen: set[int] = set()
    for patterns in kb.index.values():
        for pattern in patterns:
            entry = pattern.entry
            if entry.kind != PERSON or id(entry) in seen:
                continue
            seen.add(id(entry))
            words = text_key(entry.name).split()
            if len(words) >= 2 and len(words[-1]) > 3:
                kb.surnames.setdefault(words[-1], []).append(entry)
    return kb.surnames


def person_by_surname(kb: KnowledgeBase, name: str, date: str | None, *, titled: bool = False) -> KbEntry | None:
    """The one known person with this surname holding a dated role on `date`; with a title
    ("President Obama"), else the one person of that surname at all."""
    words = text_key(name).split()
    if not words:
        return None
    everyone = index_surnames(kb).get(words[-1], [])
    # CountryInfo dates people's "elite" (ELI) years before office too: only an office counts
    holding = [e for e in everyone if (e.dated_cameo_on(date) or "ELI")[3:6] != "ELI"]
    if not holding and titled:
        holding = everyone
    if len({e.name for e in holding}) != 1:
        return None
    if len(words) > 1 and text_key(holding[0].name).split()[0] != words[0]:
        return None  # another first name: another person
    return holding[0]


def load_roles(kb: KnowledgeBase) -> set[str]:
    keys: set[str] = set()
    for row, where in rows(ROLES):
        if len(row) < 4:
            raise DataFileError(f"{where}: a role needs forms, sector, kind and strength [{E_ACTORS_BAD_ROW}]")
        forms, sector, role_kind, strength = (c.strip() for c in row[:4])
        entry = KbEntry(ROLE, split_list(forms)[0], "", where, sector=sector, role_kind=role_kind,
                        strong=strength == "strong")
        for form in split_list(forms):
            kb.add(form, entry)
            keys.add(text_key(form))
    return keys


def load_agents(kb: KnowledgeBase, role_keys: set[str]) -> None:
    for row, where in rows(PETRARCH_AGENTS):
        key = text_key(row[0]) if row else ""
        if len(row) < 2 or key in role_keys or key.rsplit(" ", 1)[-1] in DANGLING_WORDS:
            continue  # our own role lexicon says better what "spokesman" is; "ambassador to" is half a title
        kb.add(row[0], KbEntry(AGENT, row[0].strip(), "", where, sector=row[1].strip()[:3], role_kind="group"))


@cache
def load_kb() -> KnowledgeBase:
    """The knowledge base, read once per process (from the table cache when an earlier run
    built it from the same files)."""
    return cached("actors-kb", build_kb)


def build_kb() -> KnowledgeBase:
    """The knowledge base, read from its data files."""
    kb = KnowledgeBase()
    load_countries(kb)
    for relative, kind in OWN_ENTRY_FILES.items():
        for entry, names in entries_from(relative, kind):
            for form in names:
                kb.add(form, entry)
    role_keys = load_roles(kb)
    own_keys = set(kb.index)
    bare_countries: list[tuple[str, list[str]]] = []
    for relative in PETRARCH_ENTRY_FILES:
        for entry, names in entries_from(relative, ORGANISATION, bare_countries=bare_countries, check=False):
            for form in names:
                key = text_key(form)
                if key not in own_keys:  # our files are newer and say better
                    kb.add(form, entry, key)
    add_country_variants(kb, bare_countries)
    load_agents(kb, role_keys)
    # Built here rather than on first use, so that the table cache keeps them: the surname index
    # cost the first article naming a person some 70 ms of CPU in every process.
    index_surnames(kb)
    kb.sorted_keys = sorted(kb.index)
    return kb
