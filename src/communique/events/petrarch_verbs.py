"""PETRARCH's verb patterns (CAMEO.2.0.txt) translated into the event lexicon's pattern form.

    convert(text, ours, codes, speech_verbs, lemmatize) -> Conversion   the careful import
    write_table(conversion, source_name, out)                          data/events/petrarch_verbs.tsv
    imported_rows(ours) -> rows                                        what load_lexicon adds to ours

PETRARCH's verb dictionary (Open Event Data Alliance, MIT licence) groups synonymous verbs in
blocks, each with patterns such as `- * (TO BORDER) [154] # RUSH`: `*` is the verb, a bare word
or `{NOUN PHRASE}` its object, `(PREP ...)` a prepositional phrase, `&SET` a synonym set. Only
the forms our lexicon can say the same way are translated (verb + object, verb + particle +
object, verb + preposition + its object); a pattern is given to the verb it was written for
(its comment), not to every verb of its block. Left out, and counted in the table's header: a
block's bare default code (it coded every use of the verb), speech verbs, a preposition or
particle with no object, patterns with words before the verb, adverbs, more than one object or
phrase, the null code, codes we do not list, and every pattern that would stand over a row of
our triggers.tsv. When the lexicon loads the table, a pattern PETRARCH coded with an intent
(03x) of a verb our triggers.tsv codes alone as a deed of that root is read as the deed
(`deed_code`: "supplied fighter jets" 072, not 0332); the coder's future reading gives "will
supply" its intent back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import E_EVENTS_BAD_EXCLUSION, DataFileError
from ..resources import data_path, load_toml
from .lexicon import data_lines, parse_pattern

IMPORTED_FILE = "events/petrarch_verbs.tsv"
EXCLUDED_FILE = "events/petrarch_excluded.tsv"  # lines of CAMEO.2.0.txt left out by judgement
SOURCE_LINE = re.compile(r"#\s*CAMEO\.2\.0\.txt:(\d+)")
BLOCK = re.compile(r"^---\s+(\S+?)\s+\[([^\]]*)\]")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$")
# Words after the verb that are particles, not objects ("SET OUT VIEWS", "LOOK FORWARD").
PARTICLES = frozenset({"out", "up", "down", "off", "back", "away", "over", "forward", "aside", "in", "on",
                       "through", "around", "together", "apart"})
ACTOR_MARKS = frozenset({"$", "+", "%", "^"})
ARTICLES = frozenset({"a", "an", "the"})

# lemmas of phrases read in a frame: "the {}" for nouns, "they {} it" for verbs
Lemmatize = Callable[[list[str], str], list[str]]
NOUN_FRAME = "the {}"
VERB_FRAME = "they {} it"
NAMED_VERB = re.compile(r"[A-Z]+(?:_[A-Z]+)*")


@dataclass(slots=True)
class Block:
    name: str
    code: str
    verbs: dict[str, str] = field(default_factory=dict)  # primary form without "+" -> as written
    patterns: list[tuple[int, str, str, str]] = field(default_factory=list)  # line, body, code, verb


@dataclass(slots=True)
class Row:
    pattern: str  # in our syntax: "rush to +border"
    cameo: str
    line: int  # in CAMEO.2.0.txt
    original: str


@dataclass(slots=True)
class Conversion:
    rows: list[Row] = field(default_factory=list)
    translated: Counter = field(default_factory=Counter)  # form -> patterns
    left_out: Counter = field(default_factory=Counter)  # reason -> patterns


# ---- reading the dictionary

def synonym_sets(lines: list[str]) -> dict[str, list[str]]:
    """&LABEL followed by +PHRASE lines: label -> phrases (lower case, words joined by spaces)."""
    sets: dict[str, list[str]] = {}
    label = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            label = text.split()[0].rstrip("_")
            sets[label] = []
        elif text.startswith("+") and label is not None:
            sets[label].append(" ".join(text[1:].replace("_", " ").lower().split()))
        elif not text:
            label = None
    return sets


def verb_blocks(lines: list[str]) -> list[Block]:
    """The blocks of the VERB PATTERNS section, with their verbs and numbered pattern lines."""
    blocks: list[Block] = []
    in_verbs = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs:
            continue
        header = BLOCK.match(line)
        if header:
            blocks.append(Block(header.group(1), header.group(2)))
            continue
        if not blocks or not line.strip() or line.lstrip().startswith("#"):
            continue
        found = PATTERN.match(line.strip())
        if line.startswith("-") and found:
            verb = (found.group(3) or "").split()
            blocks[-1].patterns.append((number, found.group(1), found.group(2), verb[0] if verb else ""))
        elif not line.startswith("-"):
            written = line.split("#", 1)[0].split("{", 1)[0].split("[", 1)[0].strip()
            if written:
                blocks[-1].verbs[written.replace("+", "")] = written
    return blocks


def groups(body: str) -> list[str]:
    """'* POLICE (TO BORDER) {ARMS SHIPMENT}' -> ['*', 'POLICE', '(TO BORDER)', '{ARMS SHIPMENT}']."""
    return re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", body)


# ---- translating one pattern

@dataclass(slots=True)
class Parts:
    particle: str | None = None
    objects: list[str] = field(default_factory=list)  # alternatives (a synonym set), lower case
    preposition: str | None = None
    prep_objects: list[str] = field(default_factory=list)


def phrase_words(group: str, sets: dict[str, list[str]]) -> list[str] | None:
    """The alternatives a noun element stands for: 'POLICE', '{ARMS SHIPMENT}', '&FOOD'."""
    if group.startswith("&"):
        return sets.get(group.rstrip("_"))
    words = [w for w in group.strip("{}").replace("_", " ").lower().split()
             if w not in ARTICLES and w not in ACTOR_MARKS]
    return [" ".join(words)] if words else []


def parts_of(after: list[str], sets: dict[str, list[str]]) -> Parts | str:
    """The particle, object and prepositional phrase after the verb, or why they do not translate."""
    parts = Parts()
    for group in after:
        if group in ACTOR_MARKS:
            continue  # where PETRARCH puts the source or target: our coder finds its own
        if group.startswith("("):
            if parts.preposition is not None:
                return "more than one prepositional phrase"
            inner = groups(group[1:-1])
            if not inner or not inner[0].isalpha():
                return "prepositional phrase without a preposition"
            nouns = [g for g in inner[1:] if g not in ACTOR_MARKS and g.lower() not in ARTICLES]
            if len(nouns) > 1:
                return "prepositional phrase with more than one element"
            parts.preposition = inner[0].lower()
            if nouns:
                alternatives = phrase_words(nouns[0], sets)
                if not alternatives:
                    return "undefined synonym set"
                parts.prep_objects = alternatives
            continue
        word = group.lower()
        if group[0].isalpha() and word in PARTICLES and not parts.objects and parts.particle is None:
            parts.particle = word
            continue
        if group[0].isalpha() and word.endswith("ly"):
            return "adverb"
        if parts.objects:
            return "more than one object"
        if parts.preposition is not None:
            return "object after a prepositional phrase"
        alternatives = phrase_words(group, sets)
        if not alternatives:
            return "undefined synonym set" if group.startswith("&") else "no object left"
        parts.objects = alternatives
    if parts.objects and parts.preposition is not None:
        return "object and prepositional phrase"
    if not (parts.objects or parts.preposition or parts.particle):
        return "no object, particle or preposition (a bare verb)"
    if not (parts.objects or parts.prep_objects):
        # "head to" 042, "fly to" 036, "fly into" 154: a movement to a place is no visit or
        # deployment; on the dev sets these coded nothing right and three events wrong
        return "no object: a preposition or particle alone"
    return parts


def form_of(parts: Parts) -> str:
    if parts.objects:
        return "verb + particle + object" if parts.particle else "verb + object"
    return "verb + preposition + object"


def written_patterns(verb: list[str], parts: Parts, lemmatize: Lemmatize) -> list[str]:
    """Our patterns for the parts: 'rush to +border', 'reach +consensus', 'break off +negotiation'."""
    head = " ".join([*verb, *([parts.particle] if parts.particle else [])])
    prep = f" {parts.preposition}" if parts.preposition else ""
    # a lemma with no letters ("arleigh burke - class destroyer") is no word the matcher meets
    return [f"{head}{prep} +{obj}" for obj in lemmatize(parts.objects or parts.prep_objects, NOUN_FRAME)
            if all(any(ch.isalpha() for ch in word) for word in obj.split())]


def block_verb(block: Block, named: str) -> str | None:
    """The verb a pattern was written for, as written: the one its comment names, also when that
    is an inflected form no longer in the block ("CALLED_OFF", "WIPED_OUT"); else a block's
    only verb."""
    bare = named.replace("+", "")
    if bare in block.verbs:
        return block.verbs[bare]
    words = bare.lower().split("_")
    if NAMED_VERB.fullmatch(bare) and all(w in PARTICLES for w in words[1:]):
        return bare
    return next(iter(block.verbs.values())) if len(block.verbs) == 1 and not named else None


def verb_words(written: str) -> list[str] | None:
    """'RUSH' -> ['rush'], '+BEEF_UP' -> ['beef', 'up']; None for a verb not first ('RE_+ARREST')."""
    words = written.lower().split("_")
    if "+" in written and not words[0].startswith("+"):
        return None
    return [w.lstrip("+") for w in words if w]


def code_of(written: str) -> str | None:
    """'154' -> 154; '042:043' (the source's code, then the target's) -> 042; '---', ':173' -> None."""
    first = written.split(":", 1)[0].strip()
    return first if first.isdigit() else None


Key = tuple[str, str, tuple[str, ...], str | None, tuple[str, ...]]


def pattern_key(pos: str, written: str) -> Key:
    p = parse_pattern(pos, written, "")
    return p.pos, p.lemma, p.particles, p.obj, p.modifiers


def stands_over(key: Key, code: str, ours: dict[Key, str]) -> str | None:
    """Why an imported pattern would stand over our reading, or None:
    - our triggers.tsv has the same pattern, or the same with the object's head alone
      ("establish +diplomatic tie" 054 would take every "established diplomatic ties" from our
      "establish +tie" 050).
    (An object that is one of our noun triggers is kept: "hold +protest" codes protests the
    noun route misses, although "complete +withdrawal" loses one the noun "withdrawal" found.)"""
    pos, verb, particles, obj, _ = key  # a pattern with no object is left out before (parts_of)
    if key in ours:
        return "a row of our triggers.tsv says it already"
    if is_light_verb_word(key, ours):
        return "its object is a word of one of our light verbs"
    if obj and " " in obj and (pos, verb, particles, obj.split()[-1], ()) in ours:
        return "it narrows a row of our triggers.tsv to a modifier"
    return None


def is_light_verb_word(key: Key, ours: dict[Key, str]) -> bool:
    """"take +part" (PETRARCH 030) under our light verb "take part in": the object is a word of the
    light verb, which gives the verb's subject to the event of the noun it takes ("took part in
    the talks" CONSULT, "took part in the election" none), where the import coded every use 030."""
    _, verb, particles, obj, _ = key
    return bool(obj) and not particles and any(
        k[0] == "L" and k[1] == verb and k[2][:1] == (obj,) for k in ours)


# ---- the whole conversion

@dataclass(frozen=True)
class Exclusions:
    """What petrarch_excluded.tsv leaves out: whole lines of CAMEO.2.0.txt (a row with the line
    number alone), and single patterns of a line whose others are kept (a row with the line, pos
    and pattern: "1579  V  find +ground" drops "find common ground" from FIND * &EVIDENCE [090] and
    keeps "find +evidence")."""

    lines: frozenset[int]
    patterns: frozenset[tuple[int, Key]]


def exclusions() -> Exclusions:
    """petrarch_excluded.tsv, read once; a row of another shape is an error naming its line."""
    lines: set[int] = set()
    patterns: set[tuple[int, Key]] = set()
    for source, columns in data_lines(EXCLUDED_FILE):
        if not columns[0].isdigit() or len(columns) not in (1, 3):
            raise DataFileError(f"{source}: a row is a CAMEO.2.0.txt line number, alone or followed by a part "
                                f"of speech and a pattern, not {' '.join(columns)!r} [{E_EVENTS_BAD_EXCLUSION}]")
        if len(columns) == 1:
            lines.add(int(columns[0]))
        else:
            patterns.add((int(columns[0]), pattern_key(columns[1], columns[2])))
    return Exclusions(frozenset(lines), frozenset(patterns))


NO_EXCLUSIONS = Exclusions(frozenset(), frozenset())


def convert(text: str, ours: dict[Key, str], codes: set[str], speech_verbs: set[str],
            lemmatize: Lemmatize, excluded: Exclusions = NO_EXCLUSIONS) -> Conversion:
    """PETRARCH's verb patterns that translate, without any that would stand over `ours`, that
    are written on an `excluded` line, or that are one of its excluded (line, pattern)s."""
    lines = text.splitlines()
    sets = synonym_sets(lines)
    result = Conversion()
    seen: dict[tuple, Row] = {}
    conflicting: set[tuple] = set()
    for block in verb_blocks(lines):
        statement_block = block.code.startswith("01")  # make a public statement: speech
        for number, body, written_code, named in block.patterns:
            if number in excluded.lines:
                result.left_out["left out by judgement (petrarch_excluded.tsv)"] += 1
                continue
            reason, made = translate(block, body, written_code, named, sets, codes, speech_verbs,
                                     statement_block, lemmatize)
            if reason:
                result.left_out[reason] += 1
                continue
            form, patterns, code = made
            kept = 0
            for pattern in patterns:
                key = pattern_key("V", pattern)
                if (number, key) in excluded.patterns:
                    result.left_out["left out by judgement (petrarch_excluded.tsv)"] += 1
                    continue
                over = stands_over(key, code, ours)
                if over:
                    result.left_out[over] += 1
                    continue
                if key in seen:
                    if seen[key].cameo != code:
                        conflicting.add(key)
                    continue
                seen[key] = Row(pattern, code, number, f"- {body} [{written_code}]")
                kept += 1
            if kept:
                result.translated[form] += 1
    for key in conflicting:
        del seen[key]
        result.left_out["two codes for one pattern"] += 1
    result.rows = sorted(seen.values(), key=lambda r: r.line)
    return result


def translate(block: Block, body: str, written_code: str, named: str, sets: dict[str, list[str]],
              codes: set[str], speech_verbs: set[str], statement_block: bool,
              lemmatize: Lemmatize) -> tuple[str | None, tuple[str, list[str], str]]:
    """(reason it is left out, None) or (None, (form, our patterns, code)) for one pattern line."""
    nothing: tuple[str, list[str], str] = ("", [], "")
    code = code_of(written_code)
    if code is None:
        return ("null or target-only code", nothing) if written_code.strip() else ("no code", nothing)
    if code not in codes:
        return "code not in cameo.tsv", nothing
    verb_name = block_verb(block, named)
    if verb_name is None:
        return "comment names no verb of its block", nothing
    verb = verb_words(verb_name)
    if verb is None:
        return "multi-word verb whose verb is not its first word", nothing
    verb = [*lemmatize(verb[:1], VERB_FRAME), *verb[1:]]  # "called off" -> call off
    if statement_block or verb[0] in speech_verbs:
        return "speech verb", nothing
    found = groups(body)
    if "*" not in found:
        return "no verb position", nothing
    star = found.index("*")
    if any(g not in ACTOR_MARKS for g in found[:star]):
        return "words before the verb", nothing
    parts = parts_of(found[star + 1:], sets)
    if isinstance(parts, str):
        return parts, nothing
    return None, (form_of(parts), written_patterns(verb, parts, lemmatize), code)


# ---- the shipped table and how the lexicon reads it

HEADER = """\
# Verb patterns imported from PETRARCH's CAMEO verb dictionary, CAMEO.2.0.txt (Open Event Data
# Alliance, 2015; MIT licence: see LICENSE.petrarch beside this file). Generated by
#   communique kb import-petrarch-verbs {source} -o petrarch_verbs.tsv
# Do not edit by hand: add or correct a pattern in triggers.tsv, whose rows win over these
# (a row here with the same verb, particles and object as one of ours is not loaded).
#
# Same columns as triggers.tsv (pos, pattern, cameo); the comment gives the pattern's line in
# CAMEO.2.0.txt and the pattern as written there, and an event's rule names this file and line.
# The PLOVER type, mode and context come from cameo.tsv's crosswalk. A pattern is given to the
# verb its comment names (also an inflected one: "# CALLED_OFF" -> call off), not to every verb
# of its block. How PETRARCH's forms were translated ("*" is the verb):
#   * NOUN, * {{ADJ NOUN}}     verb + object              V reach +consensus, V issue +warrant
#   * PARTICLE NOUN          verb + particle + object   V call off +talk
#   * (PREP NOUN)            verb + preposition + its object               V rush to +border
#   &SET                     one row per member of the synonym set
#   $ + % ^                  dropped: our coder finds source and target itself
#   [042:043]                the first code (the source's action)
#   +VERB_PARTICLE           the verb with its particle (+BEEF_UP -> beef up)
# Objects are lemmatized by spaCy, as the matcher reads them. Left out:
#   - every block's bare default code and every verb's own default code: a verb alone, they
#     coded every use of the verb;
#   - speech verbs: events/modality.toml speech_verbs, and every verb of a block whose code is
#     01x ("make a public statement"); patterns of other verbs coded 01x are kept ("issue
#     +statement" 010): 010 has no PLOVER type, so they code nothing, and leaving them out let
#     our bare "issue" code statements (ConfliBERT penta+args precision down on both halves);
#   - any pattern that would stand over a row of triggers.tsv: the same pattern, the same with
#     a modifier on our object ("establish +diplomatic tie" 054 over our "+tie" 050), or no
#     object where we have the verb, or an object that is a word of one of our light verbs
#     ("take +part" 030 under our "L take part in", which codes the event of what is taken
#     part in: "took part in the talks" CONSULT, "in the election" none; also not loaded);
#   - the patterns of the CAMEO.2.0.txt lines listed in petrarch_excluded.tsv, each with why
#     (read against coded corpus text: none of their events was one; also not loaded);
#   - a preposition or particle with no object ("* (TO)", "* OFF": "head to" 042, "fly into"
#     154): on the dev sets they coded three events wrong and none right;
#   - patterns with words before the verb (subject-side), adverbs, an object and a phrase,
#     more than one object or phrase, the null code [---], codes cameo.tsv does not list, and
#     one pattern given two codes.
#   Tried and not done: giving each pattern to every verb of its block (84,000 rows; PLOVER
#   type+dyad half A 0.746 -> 0.734, half B 0.704 -> 0.723: a gain on one half only), and
#   dropping patterns whose object is our noun trigger of the same root (wire half B and
#   ConfliBERT both halves down).
# Counts, patterns of CAMEO.2.0.txt:
{translated}
#   left out:
{left_out}
#
# pos\tpattern\tcameo\t# CAMEO.2.0.txt:line, the pattern there
"""


def write_table(conversion: Conversion, source_name: str, out: Path) -> None:
    def counted(counter: Counter) -> str:
        return "\n".join(f"#     {n:5d}  {what}" for what, n in counter.most_common())

    header = HEADER.format(source=source_name, translated=counted(conversion.translated),
                           left_out=counted(conversion.left_out))
    body = [f"V\t{row.pattern}\t{row.cameo}\t# CAMEO.2.0.txt:{row.line} {row.original}"
            for row in conversion.rows]
    out.write_text(header + "\n".join(body) + "\n", encoding="utf-8")


def our_keys(rows: Iterable[tuple[str, list[str]]]) -> dict[Key, str]:
    """Our patterns, each with its CAMEO code ("" for a light verb)."""
    return {pattern_key(columns[0], columns[1] if len(columns) > 1 else ""): (columns[2] if len(columns) > 2 else "")
            for _, columns in rows}


def imported_rows(ours: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The imported table's rows, without any whose pattern is one of `ours` (ours win), each
    with its code read as a deed where PETRARCH wrote the intent (`deed_code`)."""
    mine = our_keys(ours)
    excluded = exclusions()
    sources = {f"{Path(IMPORTED_FILE).name}:{number}": int(m.group(1))
               for number, line in enumerate(data_path(IMPORTED_FILE).read_text(encoding="utf-8").splitlines(), 1)
               if (m := SOURCE_LINE.search(line))}
    deeds = intent_deeds(load_toml("events/plover.toml").get("future_cameo", {}))
    bare = {key[1]: code for key, code in mine.items() if key[0] == "V" and not key[2] and not key[3] and code}
    rows = []
    for source, columns in data_lines(IMPORTED_FILE):
        key = pattern_key(columns[0], columns[1] if len(columns) > 1 else "")
        line = sources.get(source)
        if key in mine or is_light_verb_word(key, mine) or line in excluded.lines or (line, key) in excluded.patterns:
            continue
        if len(columns) > 2:
            deed = deed_code(columns[2], bare.get(key[1]), deeds)
            if deed != columns[2]:
                columns = [*columns[:2], deed, *columns[3:]]
        rows.append((source, columns))
    return rows


def intent_deeds(future_cameo: dict[str, str]) -> dict[str, str]:
    """The deed whose future reading each intent code is, by plover.toml's [future_cameo]
    ("062" = "0312": 0312 is the intent of 062; a root "07" = "033" gives 070)."""
    return {intent: prefix if len(prefix) > 2 else prefix + "0" for prefix, intent in future_cameo.items()}


def deed_code(code: str, bare_code: str | None, deeds: dict[str, str]) -> str:
    """An imported intent code (03x) read as the deed when our triggers.tsv codes the verb alone as
    a deed of that root: PETRARCH writes "supply +fighter jet" 0332 (intent to provide military
    aid) where our "supply" is 070, so "the United States supplied fighter jets" is 072, and
    "will supply" gets its intent back from the coder's future reading (plover.toml). Verbs of
    promising ("offer", "pledge": ours 030) keep PETRARCH's intent codes."""
    # 030 "express intent to cooperate" is the future of every cooperative act ([future_cameo]
    # gives it to 057 only): no one deed to read it as
    deed = deeds.get(code) if code.startswith("03") and code != "030" else None
    if deed is None or not bare_code or bare_code.startswith("03") or deed[:2] != bare_code[:2]:
        return code
    return deed


# ---- the command: `communique kb import-petrarch-verbs PATH -o FILE`

def spacy_lemmatizer(nlp) -> Lemmatize:  # noqa: ANN001 (a spaCy Language)
    """Lemmas of noun phrases as the matcher reads them: each phrase parsed after "the"."""
    known: dict[tuple[str, str], str] = {}

    def lemmatize(phrases: list[str], frame: str) -> list[str]:
        before, after = (len(part.split()) for part in frame.split("{}"))
        new = [p for p in dict.fromkeys(phrases) if (frame, p) not in known]
        for phrase, doc in zip(new, nlp.pipe(frame.format(p) for p in new), strict=True):
            known[(frame, phrase)] = " ".join(t.lemma_.lower() for t in doc[before:len(doc) - after])
        return [known[(frame, p)] for p in phrases]

    return lemmatize


def import_file(source: Path, out: Path, nlp) -> Conversion:  # noqa: ANN001 (a spaCy Language)
    """Convert PETRARCH's CAMEO.2.0.txt at `source` into the table at `out`, with its licence."""
    from .codes import cameo_table
    from .lexicon import TRIGGERS_FILE

    speech = set(load_toml("events/modality.toml")["speech_verbs"])
    conversion = convert(source.read_text(encoding="utf-8", errors="replace"), our_keys(data_lines(TRIGGERS_FILE)),
                         set(cameo_table()), speech, spacy_lemmatizer(nlp), exclusions())
    write_table(conversion, source.name, out)
    licence = source.parent / "LICENSE"
    if licence.is_file():
        (out.parent / "LICENSE.petrarch").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    return conversion
