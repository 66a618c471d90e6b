"""Reading a `published` value leniently: ISO, RFC 2822, the common news forms, epoch seconds;
a date without a year completed from elsewhere; what cannot be read left out, with a warning.

`read_published(value, ...)` returns a `Published`: the ISO date (or None) and, when something
was guessed or left out, the warning to give (`note`, `code`). The patterns and field names are
in data/read/dates.toml.
"""

from __future__ import annotations

import email.utils
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache

from dateutil import parser as date_parser

from ..errors import W_DATE_UNREADABLE, W_DATE_YEAR_GUESSED
from ..resources import load_toml

# Two defaults that differ in year, month and day: a field the value does not give comes out
# different in the two readings. Both years are leap years, so "February 29" reads.
DEFAULTS = (datetime(1904, 1, 1), datetime(1908, 2, 2))
EPOCH_MILLIS_FROM = 10**11  # a number of seconds this large is in the year 5138: it counts milliseconds


@dataclass(frozen=True, slots=True)
class Published:
    value: str | None  # YYYY-MM-DD
    note: str | None = None  # what the warning line says, when there is one
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """What a value gives: a whole date, or a month and day without a year, or nothing."""

    day: date | None = None
    month_day: tuple[int, int] | None = None


@dataclass(frozen=True)
class DateRules:
    sibling_fields: tuple[str, ...]
    url_dates: tuple[re.Pattern[str], ...]
    earliest: int
    latest: int
    epoch_seconds: frozenset[int]
    epoch_millis: frozenset[int]
    max_chars: int


@cache
def rules() -> DateRules:
    table = load_toml("read/dates.toml")
    return DateRules(tuple(table["sibling_fields"]), tuple(re.compile(p) for p in table["url_dates"]),
                     table["earliest_year"], table["latest_year"], frozenset(table["epoch_seconds_digits"]),
                     frozenset(table["epoch_milliseconds_digits"]), table["max_chars"])


def read_published(value: object, *, record: Mapping[str, object] | None = None, url: str | None = None,
                   file_year: Callable[[], int | None] = lambda: None) -> Published:
    """The publication date in `value`, its year completed when missing from a sibling field of
    `record`, from `url`, or from `file_year()` (the year of the file's other records, asked for
    only when needed), in that order."""
    reading = read_date(value)
    if reading.day is not None:
        return Published(reading.day.isoformat())
    shown = repr(str(value)[:40])
    if reading.month_day is None:
        return Published(None, f"'published' is not a date ({shown}): coded without a publication date, "
                         "relative dates left unresolved", W_DATE_UNREADABLE)
    month, day = reading.month_day
    for where, reference in year_sources(record or {}, url, file_year):
        if (completed := nearest(month, day, reference)) is not None:
            return Published(completed.isoformat(), f"'published' has no year ({shown}): "
                             f"{completed.year} taken from {where}", W_DATE_YEAR_GUESSED)
    return Published(None, f"'published' has no year ({shown}) and none was found in the record, its URL "
                     "or the file: coded without a publication date, relative dates left unresolved",
                     W_DATE_UNREADABLE)


def year_sources(record: Mapping[str, object], url: str | None,
                 file_year: Callable[[], int | None]) -> Iterator[tuple[str, date | int]]:
    """Where a year may come from, best first: (description, a date or a bare year). A generator,
    so that the file's year is worked out only when nothing nearer gives one."""
    for name in rules().sibling_fields:
        value = record.get(name)
        if value in (None, "") or isinstance(value, bool):
            continue
        if isinstance(value, int) and rules().earliest <= value <= rules().latest:
            yield f'the "{name}" field', value
        elif (day := read_date(value).day) is not None:
            yield f'the "{name}" field', day
    if url and (from_url := url_date(url)) is not None:
        yield "the URL", from_url
    if (year := file_year()) is not None:
        yield "the file's other records", year


def nearest(month: int, day: int, reference: date | int) -> date | None:
    """The date of `month` and `day` nearest a reference date (Dec 7 near 2017-01-02 is in 2016),
    or in a reference year."""
    if isinstance(reference, int):
        return safe_date(reference, month, day)
    candidates = [d for year in (reference.year - 1, reference.year, reference.year + 1)
                  if (d := safe_date(year, month, day)) is not None]
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def url_date(url: str) -> date | int | None:
    """The date (or bare year) a URL's path carries, e.g. /2016/12/07/."""
    for pattern in rules().url_dates:
        if (found := pattern.search(url[:2000])) is None:
            continue
        parts = found.groupdict()
        year = int(parts["year"])
        if parts.get("month") and parts.get("day"):
            if (day := safe_date(year, int(parts["month"]), int(parts["day"]))) is not None:
                return day
            continue
        return year
    return None


def read_date(value: object) -> Reading:
    """A date from a number (epoch seconds) or a string in any common form; see the module doc."""
    if isinstance(value, bool) or value is None:
        return Reading()
    if isinstance(value, int | float):
        return in_range(epoch(value) if abs(value) < EPOCH_MILLIS_FROM else epoch(value / 1000))
    if not isinstance(value, str):
        return Reading()
    text = " ".join(value.split())[:rules().max_chars]
    if not text:
        return Reading()
    if text.isdigit():
        return in_range(from_digits(text))
    for reader in (iso, rfc2822):
        if (day := reader(text)) is not None:
            return in_range(day)
    reading = with_dateutil(text)
    return in_range(reading.day) if reading.day is not None else reading


def in_range(day: date | None) -> Reading:
    ok = day is not None and rules().earliest <= day.year <= rules().latest
    return Reading(day=day) if ok else Reading()


def epoch(seconds: float) -> date | None:
    try:
        return datetime.fromtimestamp(seconds, UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def from_digits(text: str) -> date | None:
    if len(text) in rules().epoch_seconds:
        return epoch(int(text))
    if len(text) in rules().epoch_millis:
        return epoch(int(text) / 1000)
    if len(text) == 8:
        return safe_date(int(text[:4]), int(text[4:6]), int(text[6:]))
    return None


def iso(text: str) -> date | None:
    for candidate in (text[:10], text):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def rfc2822(text: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def with_dateutil(text: str) -> Reading:
    """dateutil's reading of the common news forms, told apart by what it had to fill in."""
    readings = []
    for default in DEFAULTS:
        try:
            readings.append(date_parser.parse(text, default=default, fuzzy=True))
        except (ValueError, OverflowError, TypeError):
            return Reading()
    first, second = readings
    if first.month != second.month or first.day != second.day:
        return Reading()  # no day ("December 2016") or no date at all ("12:01 PM")
    if first.year != second.year:
        return Reading(month_day=(first.month, first.day))
    return Reading(day=first.date())


def file_year_of(lines: list[str]) -> int | None:
    """The most common year among the readable `published` values of a file's records."""
    years = Counter(day.year for value in lines if (day := read_date(value).day) is not None)
    return years.most_common(1)[0][0] if years else None


# A JSONL record's "published" string, found without parsing the line (for the file's year).
PUBLISHED_FIELD = re.compile(rb'"published"\s*:\s*"([^"\\]{1,100})"')


def published_strings(data: bytes) -> list[str]:
    return [m.group(1).decode("utf-8", "replace") for m in PUBLISHED_FIELD.finditer(data)]
