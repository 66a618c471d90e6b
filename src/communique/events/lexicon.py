"""The event lexicon: trigger words and the negative patterns that block them, read from data files.

`data/events/triggers.tsv` lists verbs, nouns and light verbs with the CAMEO code they carry;
`data/events/negative.tsv` lists contexts in which a trigger does not report an event. Both use
one pattern syntax (see `data/events/README.md`):

    V  call for              a verb with a particle or preposition hanging on it
    V  impose +sanction      a verb with a required direct object
    N  hunger strike         a noun with a required modifier
    L  hold                  a light verb: its object, if a noun trigger, carries the event

The files are read once per process; lookups are dictionary hits keyed by lemma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..errors import E_EVENTS_BAD_POS, E_EVENTS_EMPTY_PATTERN, E_EVENTS_UNKNOWN_CAMEO, DataFileError
from ..resources import data_path
from ..tablecache import cached

TRIGGERS_FILE = "events/triggers.tsv"
NEGATIVE_FILE = "events/negative.tsv"
COLUMN_SPLIT = re.compile(r"\t+|\s{2,}")
POS_KINDS = ("V", "N", "L")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One line of a lexicon file: what must be in the parse for it to match."""

    pos: str  # V, N or L
    lemma: str  # the verb or the head noun
    particles: tuple[str, ...] = ()  # V, L: particles/prepositions on the verb ("for" in "call for")
    obj: str | None = None  # V: required direct-object lemma ("sanction" in "impose +sanction")
    modifiers: tuple[str, ...] = ()  # N: required modifier lemmas ("hunger" in "hunger strike")
    source: str = ""  # file:line, for `rule` and `explain`
    text: str = ""  # the pattern as written
    # Worked out from the fields above once, when the pattern is made: the matcher asks them of
    # each of the dozens of patterns a verb may have (PETRARCH's), for every token of that verb.
    # How much of the context the pattern pins down: the more, the more it is preferred.
    specificity: int = field(init=False, compare=False, repr=False)
    obj_head: str | None = field(init=False, compare=False, repr=False)  # "weapon" of "+chemical weapon"
    obj_modifiers: tuple[str, ...] = field(init=False, compare=False, repr=False)  # ("chemical",)

    def __post_init__(self) -> None:
        specificity = len(self.particles) + 2 * (self.obj is not None) + len(self.modifiers) \
            + (self.obj or "").count(" ")
        *modifiers, head = self.obj.split() if self.obj else [None]
        object.__setattr__(self, "specificity", specificity)
        object.__setattr__(self, "obj_head", head)
        object.__setattr__(self, "obj_modifiers", tuple(modifiers))


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger entry: a pattern and the codes it gives (PLOVER fields override the crosswalk)."""

    pattern: Pattern
    cameo: str
    plover: str | None = None
    mode: str | None = None
    context: tuple[str, ...] | None = None


@dataclass(slots=True)
class Lexicon:
    """Triggers and negative patterns indexed by (pos, lemma)."""

    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    negatives: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    light_verbs: dict[str, list[Pattern]] = field(default_factory=dict)

    def triggers_for(self, pos: str, lemma: str) -> list[Trigger]:
        return self.triggers.get((pos, lemma), [])

    def negatives_for(self, pos: str, lemma: str) -> list[Pattern]:
        return self.negatives.get((pos, lemma), [])


def parse_pattern(pos: str, written: str, source: str) -> Pattern:
    """Turn "call for +aid" (V) or "hunger strike" (N) into a Pattern."""
    if pos not in POS_KINDS:
        raise DataFileError(f"{source}: part of speech must be one of {', '.join(POS_KINDS)}, not {pos!r} "
                            f"[{E_EVENTS_BAD_POS}]")
    words = written.lower().split()
    if not words:
        raise DataFileError(f"{source}: empty pattern [{E_EVENTS_EMPTY_PATTERN}]")
    if pos == "N":
        return Pattern(pos, words[-1], modifiers=tuple(words[:-1]), source=source, text=written)
    obj_words = [w for w in words if w.startswith("+")]
    obj = None
    if obj_words:
        start = words.index(obj_words[0])
        obj = " ".join(words[start:]).lstrip("+")  # "+chemical weapon": the object with its modifier
        words = words[:start]
    return Pattern(pos, words[0], particles=tuple(words[1:]), obj=obj, source=source, text=written)


def data_lines(relative: str) -> list[tuple[str, list[str]]]:
    """(file:line, columns) of every non-comment line of a lexicon file."""
    path = data_path(relative)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.split("#", 1)[0].strip()
        if stripped:
            rows.append((f"{path.name}:{number}", COLUMN_SPLIT.split(stripped)))
    return rows


def optional(columns: list[str], index: int) -> str | None:
    value = columns[index].strip() if len(columns) > index else ""
    return None if value in ("", "-") else value


@cache
def load_lexicon() -> Lexicon:
    """The packaged (or user-overridden) lexicon, read once per process (from the table cache
    when an earlier run built it from the same files)."""
    return cached("events-lexicon", build_lexicon)


def build_lexicon() -> Lexicon:
    """The lexicon, read from its data files."""
    from .codes import cameo_table  # the codes module reads its own table; import here keeps this module light

    table = cameo_table()
    lexicon = Lexicon()
    from .petrarch_verbs import imported_rows  # PETRARCH's verb patterns, after ours: ours win

    ours = data_lines(TRIGGERS_FILE)
    for source, columns in ours + imported_rows(ours):
        pattern = parse_pattern(columns[0], columns[1] if len(columns) > 1 else "", source)
        if pattern.pos == "L":
            lexicon.light_verbs.setdefault(pattern.lemma, []).append(pattern)
            continue
        cameo = optional(columns, 2)
        if cameo is None or cameo not in table:
            raise DataFileError(f"{source}: {cameo!r} is not a CAMEO code listed in cameo.tsv "
                                f"[{E_EVENTS_UNKNOWN_CAMEO}]")
        context = optional(columns, 5)
        trigger = Trigger(pattern, cameo, plover=optional(columns, 3), mode=optional(columns, 4),
                          context=tuple(c.strip() for c in context.split(";")) if context else None)
        lexicon.triggers.setdefault((pattern.pos, pattern.lemma), []).append(trigger)
    for source, columns in data_lines(NEGATIVE_FILE):
        pattern = parse_pattern(columns[0], columns[1] if len(columns) > 1 else "", source)
        lexicon.negatives.setdefault((pattern.pos, pattern.lemma), []).append(pattern)
    for entries in lexicon.triggers.values():
        # most specific first; a named object before "+*" (any object) of the same rank, so that
        # "return +fire" (190) wins over "return +*" (084) on "returned fire"
        entries.sort(key=lambda t: (-t.pattern.specificity, t.pattern.obj == "*"))
    return lexicon
