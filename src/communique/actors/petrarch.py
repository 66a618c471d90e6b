"""Import of PETRARCH/Phoenix actor and agent dictionaries into Communiqué's KB format.

The Phoenix dictionaries (Open Event Data Alliance, MIT licence) are the format event-data
users maintain: an entry is a phrase with `_` between words, `+` lines add synonyms, and
bracketed codes give its CAMEO actor code, optionally bounded by dates:

    VLADIMIR_PUTIN_  # CountryInfo.txt
    +PRESIDENT_VLADIMIR_PUTIN_
        [RUSGOV 991231-080507]
        [RUSGOV >080508]
        [RUSELI]

Dates are YYMMDD (two-digit years: 00-30 are 20xx) or YYYYMMDD; `>D` means from D on, `<D`
until D, `A-B` a range, `A-` open-ended, and a code without dates is the default.

The converter writes one tab-separated line per entry, the format of the hand-written KB
files (see `communique.actors.kb`):

    name <TAB> codes <TAB> aliases <TAB> source
    Vladimir Putin  RUSGOV 1999-12-31/2008-05-07; RUSGOV 2008-05-08/; RUSELI  Putin|...  (source)

The agents dictionary (`FARMER [~AGR]`, with `!PERSON!` macros and `{PLURAL}` forms) becomes
a role lexicon: `phrase <TAB> sector <TAB> source`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .kb import rows

# The dictionary files the import reads, and what each becomes.
ACTOR_FILES: dict[str, str] = {
    "Phoenix.Countries.actors.txt": "petrarch_countries.tsv",
    "Phoenix.International.actors.txt": "petrarch_international.tsv",
    "Phoenix.MilNonState.actors.txt": "petrarch_nonstate.tsv",
}
AGENT_FILE = "Phoenix.agents.txt"
LEGACY_CODES_FILE = "actors/legacy_codes.tsv"
AGENT_OUTPUT = "petrarch_agents.tsv"

CODE_RE = re.compile(r"\[([^\]]*)\]")
DATE_RE = re.compile(r"^\d{6}$|^\d{8}$")
MACRO_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
TWO_DIGIT_YEAR_PIVOT = 30  # YY <= 30 is 20YY: the dictionaries were written 1990-2018

HEADER = """\
# Converted by `communique kb import-petrarch` from {source} of the Phoenix/PETRARCH
# dictionaries (https://github.com/openeventdata/Dictionaries), The MIT License (MIT),
# Copyright (c) 2014 Open Event Data Alliance. The licence text is in LICENSE-petrarch.txt.
# Codes are CAMEO actor codes; the country part was rewritten to ISO 3166-1 alpha-3 with
# legacy_codes.tsv. Dates are ISO; "A/B" is a tenure from A to B, "A/" open-ended, no date
# the default code.
"""


@dataclass(slots=True)
class DictionaryCode:
    """One bracketed code: a CAMEO code valid from `start` to `end` (ISO dates, None = open)."""

    code: str
    start: str | None = None
    end: str | None = None

    def as_text(self) -> str:
        if self.start is None and self.end is None:
            return self.code
        return f"{self.code} {self.start or ''}/{self.end or ''}"


@dataclass(slots=True)
class DictionaryEntry:
    """A dictionary entry: its phrases (the first is the name) and its codes."""

    phrases: list[str]
    tenures: list[DictionaryCode] = field(default_factory=list)
    line: int = 0


def iso_date(raw: str) -> str | None:
    """`080507` -> `2008-05-07`, `19270101` -> `1927-01-01`; None for a malformed date."""
    raw = raw.strip()
    if not DATE_RE.match(raw):
        return None
    if len(raw) == 6:
        yy = int(raw[:2])
        year = (2000 if yy <= TWO_DIGIT_YEAR_PIVOT else 1900) + yy
        month, day = raw[2:4], raw[4:6]
    else:
        year, month, day = int(raw[:4]), raw[4:6], raw[6:8]
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year:04d}-{month}-{day}"


def parse_code(bracket: str, legacy: dict[str, str]) -> DictionaryCode | None:
    """`RUSGOV 991231-080507` -> DictionaryCode; None for an empty or placeholder code (`---`)."""
    parts = bracket.replace(">", " >").replace("<", " <").split()
    if not parts or not re.fullmatch(r"[A-Z~]{3,}", parts[0]):
        return None
    code = rewrite_country(parts[0], legacy)
    dates = "".join(parts[1:])
    if not dates:
        return DictionaryCode(code)
    if dates.startswith(">"):
        return DictionaryCode(code, iso_date(dates[1:]), None)
    if dates.startswith("<"):
        return DictionaryCode(code, None, iso_date(dates[1:]))
    start, _, end = dates.partition("-")
    return DictionaryCode(code, iso_date(start) if start else None, iso_date(end) if end else None)


def rewrite_country(code: str, legacy: dict[str, str]) -> str:
    """The code with its country part in ISO form (`KSVGOV` -> `KOSGOV`)."""
    if code[:3] in legacy:
        return legacy[code[:3]] + code[3:]
    return code


def phrase_text(raw: str) -> str:
    """A dictionary phrase as words: `PRESIDENT_VLADIMIR_PUTIN_` -> `PRESIDENT VLADIMIR PUTIN`."""
    text = re.sub(r"\([^)]*\)", " ", raw)  # "(ERG)": an acronym aside, not part of the name
    return " ".join(text.replace("_", " ").split()).strip(" ,")


def display_name(phrase: str) -> str:
    """A readable name: `VLADIMIR PUTIN` -> `Vladimir Putin`; short acronyms stay (`IMF`)."""
    if " " not in phrase and len(phrase.replace(".", "")) <= 5:
        return phrase
    return " ".join(word if "." in word and len(word) <= 5 else word.title() for word in phrase.split())


def read_actor_dictionary(lines: Iterable[str], legacy: dict[str, str]) -> Iterator[DictionaryEntry]:
    """The entries of a Phoenix actor dictionary, in file order.

    A phrase line without `+` starts a new entry once the current one has codes; until then it
    is one more name of the current entry (old CountryInfo blocks list names without `+`)."""
    current: DictionaryEntry | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [t for t in (parse_code(b, legacy) for b in CODE_RE.findall(line)) if t is not None]
        phrase_part = CODE_RE.sub(" ", line).strip()
        if phrase_part.startswith("+"):
            phrase = phrase_text(phrase_part[1:])
            if current is not None and phrase:
                current.phrases.append(phrase)
        elif phrase_part:
            phrase = phrase_text(phrase_part)
            if current is not None and not current.tenures:
                current.phrases.append(phrase)  # a name line of a block whose codes come later
            else:
                if current is not None:
                    yield current
                current = DictionaryEntry([phrase], line=number)
        if current is not None:
            current.tenures.extend(codes)
    if current is not None:
        yield current


def entry_row(entry: DictionaryEntry, source: str) -> str | None:
    """The KB line of an entry, or None when it has no usable code."""
    phrases = list(dict.fromkeys(p for p in entry.phrases if p))
    tenures = [t for t in entry.tenures if not t.code.startswith("~")]
    if not phrases or not tenures:
        return None
    codes = "; ".join(dict.fromkeys(t.as_text() for t in tenures))
    aliases = "|".join(display_name(p) for p in phrases[1:])
    return f"{display_name(phrases[0])}\t{codes}\t{aliases}\t{source}:{entry.line}"


def expand_agent_phrase(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    """`POLICE!PERSON!` -> `POLICEMAN`, `POLICEMEN`, ...; `{PLURAL}` forms are separate phrases."""
    # TABARI stems: a word without the closing underscore matches any word it begins, and
    # MINIST (minister, ministry, ...) is the stem the agents file uses; spell it out
    if "!MINIST!" in macros:
        phrase = re.sub(r"(?<![A-Z!])MINIST(?=_|$|\s)", "!MINIST!", phrase)
    forms = [phrase]
    for macro, words in macros.items():
        if macro in phrase:
            forms = [f.replace(macro, word) for f in forms for word in words]
    return forms


def read_agent_dictionary(lines: Iterable[str]) -> Iterator[tuple[str, str, int]]:
    """(phrase, sector code, line) for each agent phrase, plural forms included."""
    macros: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        macro = MACRO_RE.match(line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = CODE_RE.findall(line)
        if not codes or not codes[0].strip().startswith("~"):
            continue
        sector = codes[0].strip().lstrip("~").split()[0]
        head = CODE_RE.sub(" ", line)
        plurals = re.findall(r"\{([^}]*)\}", head)
        singular = re.sub(r"\{[^}]*\}", " ", head).strip()
        for raw_phrase in [singular, *(p for group in plurals for p in group.split(","))]:
            for form in expand_agent_phrase(raw_phrase.strip(), macros):
                phrase = phrase_text(form).lower()
                if phrase:
                    yield phrase, sector, number


def load_legacy_codes() -> dict[str, str]:
    """Old CAMEO country codes and the ISO codes they became (data/actors/legacy_codes.tsv)."""
    return {row[0].strip(): row[1].strip() for row, _ in rows(LEGACY_CODES_FILE) if len(row) >= 2}


def convert_dictionaries(source_dir: Path, output_dir: Path, legacy: dict[str, str]) -> dict[str, int]:
    """Convert every known dictionary file found in `source_dir`; returns lines written per file."""
    output_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for name, output in ACTOR_FILES.items():
        path = source_dir / name
        if not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        rows = [r for r in (entry_row(e, name) for e in read_actor_dictionary(lines, legacy)) if r]
        header = HEADER.format(source=name) + "# name\tcodes\taliases\tsource\n"
        (output_dir / output).write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
        written[output] = len(rows)
    agents = source_dir / AGENT_FILE
    if agents.is_file():
        lines = agents.read_text(encoding="utf-8", errors="replace").splitlines()
        seen: dict[str, str] = {}
        for phrase, sector, number in read_agent_dictionary(lines):
            seen.setdefault(phrase, f"{phrase}\t{sector}\t{AGENT_FILE}:{number}")
        header = HEADER.format(source=AGENT_FILE) + "# phrase\tsector\tsource\n"
        (output_dir / AGENT_OUTPUT).write_text(header + "\n".join(seen.values()) + "\n", encoding="utf-8")
        written[AGENT_OUTPUT] = len(seen)
    licence = source_dir / "LICENSE"
    if licence.is_file():
        (output_dir / "LICENSE-petrarch.txt").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    return written
