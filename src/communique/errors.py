"""Errors Communiqué raises, in one place.

    CommuniqueError          base class; the CLI prints its message on one line
    ├── ArticleRejected      one input (a file, or one line of a JSONL file) could not become an
    │                        Article; the batch goes on without it
    ├── DataFileError        a packaged or user data file (lexicon, KB, table) is missing or malformed
    └── ModelError           the spaCy pipeline could not be loaded

Messages name the source (file, and line for JSONL) and the problem, with a code a user can
search for in the README. Every code is defined once, below, grouped by where it arises; a
module imports the constant rather than writing the code itself.
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


# The error-code catalogue, listed in the README's "Bad input" section. One range per stage.

# E0xx: one input rejected (the batch goes on without it).
E_MISSING = "E001"  # no such file
E_UNREADABLE = "E002"  # permission denied or another OS error
E_EMPTY = "E003"  # the file or record has no text
E_BINARY = "E004"  # binary content (NUL bytes)
E_ENCODING = "E005"  # not UTF-8 (and no declared charset that decodes it)
E_NO_ARTICLE = "E006"  # an HTML page with no article text in it
E_BAD_JSON = "E007"  # a JSONL line that is not a JSON object
E_NO_TEXT = "E008"  # a JSONL record without "text"
E_BAD_DATE = "E009"  # retired: an unreadable "published" is now the warning W001, not a rejection
E_TOO_LARGE = "E010"  # larger than the size limit
E_READER_FAILED = "E013"  # the format's parser failed on this input
E_STAGE_FAILED = "E020"  # a stage raised on this article (a bug)
E_UNKNOWN_STAGE = "E021"  # COMMUNIQUE_STAGES names a stage that does not exist
E_STAGE_NEEDS = "E022"  # COMMUNIQUE_STAGES runs a stage without a stage it requires
E_STAGE_OUTSIDE = "E023"  # a stage's code called outside the runner, with no context handed to it
E_TIMINGS_VALUE = "E024"  # COMMUNIQUE_TIMINGS holds no launch time

# E1xx: data files (resources.py).
E_DATA_MISSING = "E101"  # a data file is neither in COMMUNIQUE_DATA_DIR nor packaged
E_DATA_SYNTAX = "E102"  # a data file is not valid TOML or JSON
E_DATA_BAD_ROW = "E103"  # a row of a data table has the wrong number of columns or lacks its key
E_DATA_NO_LIST = "E104"  # a data file lacks a word list the code reads from it

# E2xx: the spaCy model.
E_MODEL_MISSING = "E201"  # the spaCy pipeline is not installed

# E3xx: the store.
E_STORE_MISSING = "E301"  # the database file does not exist (read-only use)
E_STORE_UNOPENABLE = "E302"  # DuckDB cannot open the database file
E_STORE_NO_TABLE = "E303"  # a table name that is not one of the store's tables
E_EXPORT_UNKNOWN_FORMAT = "E305"  # an export format no module of communique/export registers
E_STORE_LOCKED = "E306"  # another process holds the database (a writer), still after waiting
E_STORE_READ_ONLY = "E307"  # the database file or its folder cannot be written
E_STORE_FULL = "E308"  # the disk is full: the batch being written was rolled back
E_STORE_NEWER = "E309"  # the database was written by a newer Communiqué (a migration this one lacks)
E_STORE_WRITE_FAILED = "E310"  # DuckDB failed another way while writing or reading the database
E_STORE_SERVER = "E311"  # the PostgreSQL server cannot be reached, or refuses the connection
E_TEAM_NOT_INSTALLED = "E312"  # psycopg or dask, for --db postgresql:// or --cluster, is not installed
E_PARTITION_FAILED = "E313"  # a --cluster partition failed on every try: its articles are not coded
E_STORE_QUERY_TIMEOUT = "E320"  # a query ran over its time limit and was stopped (the web's limit)

# E4xx: actors (knowledge base and its commands).
E_ACTORS_BAD_ROW = "E401"  # a KB row lacks a required column
E_ACTORS_BAD_DATE = "E402"  # a KB date is not YYYY-MM-DD
E_ACTORS_NO_DICTIONARIES = "E403"  # `kb import-petrarch` finds no dictionary in its folder

# E5xx: geo (gazetteer).
E_GEO_BAD_ALIAS = "E501"  # an alias names no entry of the gazetteer

# E6xx: quotes.
E_QUOTES_CUES_INCOMPLETE = "E601"  # quotes/cues.toml lacks an entry the stage needs

# E7xx: events (lexicon and code tables).
E_EVENTS_BAD_POS = "E701"  # a trigger's part of speech is not one of the known kinds
E_EVENTS_EMPTY_PATTERN = "E702"  # a trigger with an empty pattern
E_EVENTS_UNKNOWN_CAMEO = "E703"  # a trigger names a CAMEO code not in cameo.tsv
E_EVENTS_BAD_CODE_ROW = "E704"  # a cameo.tsv row whose Goldstein or quad class is not a number
E_EVENTS_BAD_PHRASE = "E705"  # an arguments.toml target phrase that is not "preposition noun preposition"
E_EVENTS_BAD_EXCLUSION = "E706"  # a petrarch_excluded.tsv row that is not "line" or "line pos pattern"

# E8xx: time (grammar).
E_TIME_BAD_RULE = "E801"  # a grammar rule does not compile or names an unknown table
E_TIME_BAD_HOLIDAY = "E802"  # a lexicon holiday whose day is not written as the table explains

# E9xx: the command line (arguments and options of a command).
E_USAGE = "E901"  # an unknown option, a missing argument, a value of the wrong kind (click's message)
E_BAD_FILTER_DATE = "E902"  # a --since/--until that is not YYYY, YYYY-MM or YYYY-MM-DD
E_EMPTY_RANGE = "E903"  # --since after --until
E_UNKNOWN_VALUE = "E904"  # an event type or an actor code that does not exist (the line lists the valid ones)
E_OUTPUT_UNWRITABLE = "E905"  # the -o file cannot be written (no such folder, permissions, disk full)
E_AMBIGUOUS_ID = "E906"  # an id prefix that more than one stored article starts with (the line lists them)
E_NO_SUCH_ARTICLE = "E907"  # no stored article has this id, id prefix or path
E_CANNOT_LISTEN = "E908"  # `serve` cannot listen on --host/--port (an unknown host, a port in use)
# E95x: the web API (`communique serve`); each answer's JSON error names one of these.
E_WEB_BAD_PARAMETER = "E950"  # a query parameter of the wrong form: not a date, an unknown type, a limit too big
E_WEB_NOT_FOUND = "E951"  # no such article, incident or page
E_WEB_BUSY = "E952"  # the database cannot be opened now (a writer holds it): try again
E_WEB_FAILED = "E953"  # the server failed answering (a bug: please report it with the request)

# W0xx: warnings. The input is read and coded, with something about it left out or repaired;
# one line on standard error (read/warn.py), never a rejection.
W_DATE_UNREADABLE = "W001"  # a "published" that is no date: coded without one (relative dates unresolved)
W_DATE_YEAR_GUESSED = "W002"  # a "published" without a year: the year taken from elsewhere (the line says where)
W_DUPLICATE_ID = "W003"  # two articles with one id in a batch: the later one wins
W_FIELD_CLEANED = "W004"  # an id, title or URL of the wrong type or with odd characters, cleaned (long ids hashed)
