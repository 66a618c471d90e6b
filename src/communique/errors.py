"""Errors Communiqué raises, in one place.

    CommuniqueError          base class; the CLI prints its message on one line
    ├── ArticleRejected      one input (a file, or one line of a JSONL file) could not become an
    │                        Article; the batch goes on without it
    ├── DataFileError        a packaged or user data file (lexicon, KB, table) is missing or malformed
    └── ModelError           the spaCy pipeline could not be loaded

Messages name the source (file, and line for JSONL) and the problem, with a code (E0xx) a
user can search for in the README.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class of every error Communiqué raises on purpose."""


class ArticleRejected(CommuniqueError):  # noqa: N818 (a rejection, not a crash: the batch goes on)
    """An input that cannot be read as an article. `source` is the path (with :LINE for JSONL)."""

    def __init__(self, source: str, reason: str, code: str) -> None:
        self.source = source
        self.reason = reason
        self.code = code
        super().__init__(f"{source}: {reason} [{code}]")


class DataFileError(CommuniqueError):
    """A data file the pipeline needs is missing or malformed."""


class ModelError(CommuniqueError):
    """The spaCy pipeline named by --model or COMMUNIQUE_MODEL is not installed."""


# Rejection codes, documented in the README's "Bad input" section.
E_MISSING = "E001"  # no such file
E_UNREADABLE = "E002"  # permission denied or another OS error
E_EMPTY = "E003"  # the file or record has no text
E_BINARY = "E004"  # binary content (NUL bytes)
E_ENCODING = "E005"  # not UTF-8 (and no declared charset that decodes it)
E_NO_ARTICLE = "E006"  # an HTML page with no article text in it
E_BAD_JSON = "E007"  # a JSONL line that is not a JSON object
E_NO_TEXT = "E008"  # a JSONL record without "text"
E_BAD_DATE = "E009"  # a "published" value that is not a date
E_TOO_LARGE = "E010"  # larger than the size limit
E_READER_FAILED = "E013"  # the format's parser failed on this input
