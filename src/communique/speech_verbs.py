"""The verbs of saying, which more than one stage reads: the quotes stage introduces quotations
with them, and the time stage dates a quotation by the one it hangs on ("said Tuesday").

They live in one data file, `data/quotes/cues.toml` (`[verbs] speech` and `reporting`, lemmas),
so a verb a reader adds there counts for both; this module reads that file and imports no stage.
"""

from __future__ import annotations

from functools import cache

from .errors import E_QUOTES_CUES_INCOMPLETE, DataFileError
from .resources import load_toml

CUES_FILE = "quotes/cues.toml"


@cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that introduce what someone said: the speech and reporting verbs."""
    data = load_toml(CUES_FILE)
    try:
        verbs = data["verbs"]
        return frozenset(verbs["speech"]) | frozenset(verbs["reporting"])
    except KeyError as e:
        raise DataFileError(f"{CUES_FILE}: missing entry {e} [{E_QUOTES_CUES_INCOMPLETE}]") from e
