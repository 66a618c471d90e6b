"""The cue lexicon of the quotes stage: reporting verbs, pronouns and limits.

Everything a reader may want to extend lives in `data/quotes/cues.toml`; this module loads it
once per process into frozen sets and checks that it has what the stage needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import E_QUOTES_CUES_INCOMPLETE, DataFileError
from ..resources import load_toml

CUES_FILE = "quotes/cues.toml"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The cue words and limits, ready for set lookups."""

    speech_verbs: frozenset[str]  # lemmas that introduce a quotation
    reporting_verbs: frozenset[str]  # lemmas whose complement clause is reported speech
    bare_verbs: frozenset[str]  # plain verbs of saying: "X said" alone is only an attribution
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    partial_min_words: int
    utterance_min_words: int
    unattributed_min_words: int
    trailer_max_tokens: int
    speaker_max_tokens: int


@cache
def lexicon() -> Lexicon:
    """The packaged (or user-overridden) cue lexicon, loaded once."""
    data = load_toml(CUES_FILE)
    try:
        verbs, pronouns, limits = data["verbs"], data["pronouns"], data["limits"]
        return Lexicon(
            speech_verbs=frozenset(verbs["speech"]) | frozenset(verbs["reporting"]),
            reporting_verbs=frozenset(verbs["reporting"]),
            bare_verbs=frozenset(verbs["bare"]),
            person_pronouns=frozenset(pronouns["person"]),
            group_pronouns=frozenset(pronouns["group"]),
            partial_min_words=int(limits["partial_min_words"]),
            utterance_min_words=int(limits["utterance_min_words"]),
            unattributed_min_words=int(limits["unattributed_min_words"]),
            trailer_max_tokens=int(limits["trailer_max_tokens"]),
            speaker_max_tokens=int(limits["speaker_max_tokens"]),
        )
    except KeyError as e:
        raise DataFileError(f"{CUES_FILE}: missing entry {e} [{E_QUOTES_CUES_INCOMPLETE}]") from e
