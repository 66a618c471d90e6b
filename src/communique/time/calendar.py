"""Calendar arithmetic on TIMEX3 values: points in time at a granularity, shifted and printed.

A `Point` is a date plus the granularity it is known at ("2025-02" is any day of February
2025: granularity month). Values print in TIMEX3 form: 2025-02-27, 2025-W14, 2025-02,
2025-Q1, 2025-H1, 2025-SU, 2025, 202 (the 2020s), 20 (the 21st century).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

# Granularities from fine to coarse.
GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")

# TIMEX3 unit letter -> granularity a shift by that unit keeps.
UNIT_GRANULARITY: dict[str, str] = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter",
                                    "Y": "year", "DE": "decade", "CE": "century"}

# Units finer than a day, in seconds (a time shift by them keeps the date unless it adds up to days).
FINER_THAN_A_DAY: dict[str, int] = {"H": 3600, "MIN": 60, "SEC": 1}
SECONDS_A_DAY = 86400

SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Point:
    """A date known at a granularity; `part` is a season code or part of day when there is one."""

    day: date
    granularity: str
    part: str | None = None

    @property
    def value(self) -> str:
        return format_value(self)


def format_value(point: Point) -> str:
    d, g = point.day, point.granularity
    if g == "day":
        return d.isoformat() + (f"T{point.part}" if point.part else "")
    if g == "week":
        iso = d.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if point.part == "WE" else "")
    if g == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g == "season":
        return f"{d.year:04d}-{point.part}"
    if g == "year":
        return f"{d.year:04d}"
    if g == "decade":
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"  # century


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(d.day, monthrange(year, month + 1)[1]))


def shift(d: date, amount: int, unit: str) -> date:
    """`d` moved by `amount` units (a TIMEX3 unit letter: D, W, WE, M, Q, Y, DE, CE; H, MIN,
    SEC move the day only by whole days: "two hours later" is the same day)."""
    if unit in FINER_THAN_A_DAY:
        whole_days = abs(amount) * FINER_THAN_A_DAY[unit] // SECONDS_A_DAY
        return d + timedelta(days=whole_days if amount >= 0 else -whole_days)
    if unit == "D":
        return d + timedelta(days=amount)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, amount * months)


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or not (1 <= year <= 9999) or not (1 <= day <= monthrange(year, month)[1]):
        return None
    return date(year, month, day)


# How far a date without a year may lie on the "wrong" side of the publication date before the
# tense moves it a year: "met on Nov. 20" in a Nov. 2 story is more likely a slip of tense
# (or a date the story looks ahead to) than a date a year ago.
TENSE_TOLERANCE_DAYS = 60
# With no tense, a date is the nearest one, leaning back: more than half a year ahead is last
# year's ("the Nov. 8 election", in a July story, is this November), more than eight months
# behind is next year's.
AHEAD_DAYS, BEHIND_DAYS = 180, 240


def nearest_year(dct: date, month: int, day: int, direction: str | None) -> int:
    """The year of month-day with no year written: the publication year, moved by the tense
    ("met on Dec. 30" in a January story is last year's; "will meet Jan. 5" in December, next
    year's), else toward the publication date when it is far away."""
    year = dct.year
    candidate = safe_date(year, month, min(day, monthrange(year, month)[1]))
    if candidate is None:
        return year
    ahead = (candidate - dct).days
    if direction == "past" and ahead > TENSE_TOLERANCE_DAYS:
        return year - 1
    if direction == "future" and -ahead > TENSE_TOLERANCE_DAYS:
        return year + 1
    if direction is None:
        if ahead > AHEAD_DAYS:
            return year - 1
        if -ahead > BEHIND_DAYS:
            return year + 1
    return year


WEEKDAY_CODES = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
# How a holiday's day is written in lexicon.toml [holiday]: "12-25" (fixed), "11-THU#4" (the
# fourth Thursday of November; #-1 the last), "11-TUE>=02" (the first Tuesday on or after Nov. 2),
# "EASTER", "EASTER-2" (days from Western Easter Sunday).
HOLIDAY_FIXED = re.compile(r"^(\d\d)-(\d\d)$")
HOLIDAY_NTH = re.compile(r"^(\d\d)-(MON|TUE|WED|THU|FRI|SAT|SUN)#(-1|[1-5])$")
HOLIDAY_ON_OR_AFTER = re.compile(r"^(\d\d)-(MON|TUE|WED|THU|FRI|SAT|SUN)>=(\d\d)$")
HOLIDAY_EASTER = re.compile(r"^EASTER([+-]\d+)?$")


def is_holiday_spec(spec: str) -> bool:
    return any(p.match(spec) for p in (HOLIDAY_FIXED, HOLIDAY_NTH, HOLIDAY_ON_OR_AFTER, HOLIDAY_EASTER))


def holiday_date(spec: str, year: int) -> date | None:
    """The day of a holiday written as in lexicon.toml [holiday] (see above) in `year`."""
    if m := HOLIDAY_FIXED.match(spec):
        return safe_date(year, int(m[1]), int(m[2]))
    if m := HOLIDAY_NTH.match(spec):
        month, weekday, nth = int(m[1]), WEEKDAY_CODES.index(m[2]) + 1, int(m[3])
        if nth > 0:
            first = weekday_after(date(year, month, 1) - timedelta(days=1), weekday)
            day = first + timedelta(weeks=nth - 1)
            return day if day.month == month else None
        last = date(year, month, monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    if m := HOLIDAY_ON_OR_AFTER.match(spec):
        return weekday_after(date(year, int(m[1]), int(m[3])) - timedelta(days=1), WEEKDAY_CODES.index(m[2]) + 1)
    if m := HOLIDAY_EASTER.match(spec):
        return easter(year) + timedelta(days=int(m[1] or 0))
    return None


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


VALUE_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
VALUE_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
VALUE_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
VALUE_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
VALUE_YEAR = re.compile(r"^(\d{4})$")
# a decade ("198", "198X") or a century ("19"), as `format_point` prints them: coarser than a year
VALUE_DECADE_OR_CENTURY = re.compile(r"^\d{2,3}X*$")


def parse_point(value: str | None) -> Point | None:
    """A Point from a TIMEX3 date value (day, week, month, quarter or year), else None."""
    if not value:
        return None
    if m := VALUE_DAY.match(value):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return Point(d, "day") if d else None
    if m := VALUE_WEEK.match(value):
        return Point(date.fromisocalendar(int(m[1]), max(1, min(int(m[2]), 52)), 1), "week")
    if m := VALUE_MONTH.match(value):
        d = safe_date(int(m[1]), int(m[2]), 1)
        return Point(d, "month") if d else None
    if m := VALUE_QUARTER.match(value):
        return Point(quarter_start(int(m[1]), int(m[2])), "quarter")
    if m := VALUE_YEAR.match(value):
        return Point(date(int(m[1]), 1, 1), "year")
    return None


def coarser_than_a_year(value: str | None) -> bool:
    """A TIMEX3 value of a decade or a century, which no event date (day, month, year) can hold."""
    return value is not None and VALUE_DECADE_OR_CENTURY.match(value) is not None


def quarter_start(year: int, quarter: int) -> date:
    """The first day of a quarter (1-4) of a year."""
    return date(year, 3 * quarter - 2, 1)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def weekday_before(day: date, weekday: int) -> date:
    """The latest date before `day` (never `day` itself) that is the ISO weekday `weekday`."""
    return day - timedelta(days=(day.isoweekday() - weekday) % 7 or 7)


def weekday_after(day: date, weekday: int) -> date:
    """The earliest date after `day` (never `day` itself) that is the ISO weekday `weekday`."""
    return day + timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
