"""Normalization: from a grammar match to a TIMEX3 value, relative to the publication date.

Each grammar rule names a normalizer (`norm = "..."` in grammar.toml); the normalizers here
read the match's named groups. Underspecified dates ("Thursday", "Feb. 27", "January") take
their direction from the tense of the clause (`Context.direction`: "past", "future" or None);
anchored expressions ("two days later", "the following week") shift the last date in focus
(`Context.anchor`), or the publication date when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import TimexType
from ..resources import load_toml
from .calendar import (
    GRANULARITIES,
    HOLIDAY_FIXED,
    SEASON_START_MONTH,
    UNIT_GRANULARITY,
    Point,
    add_months,
    holiday_date,
    nearest_year,
    quarter_of,
    quarter_start,
    safe_date,
    shift,
    weekday_after,
    weekday_before,
)
from .grammar import lookup

PAST = "PAST_REF"
MID_MONTH = 15  # the day a month named alone is reckoned from


@dataclass(slots=True)
class Context:
    """What a normalizer knows besides the match: the publication date (DCT), the tense of the
    clause around the expression, and the last date in focus."""

    dct: date | None
    direction: str | None = None
    anchor: Point | None = None
    in_noun_phrase: bool = False  # "a cutback in its oil supply in September": the date is a noun's


@dataclass(slots=True)
class Normalized:
    """A TIMEX3 value, with the point in time it names when it names one (for anchoring)."""

    value: str | None
    type: TimexType | None = None  # overrides the rule's type when set
    point: Point | None = None
    anchors: bool = True  # False for values read off the date in focus: they do not move the focus


Groups = dict[str, str | None]
Normalizer = Callable[[Groups, Context], Normalized | None]


# ---- small readers of matched words ----------------------------------------------------------



def parse_number(text: str) -> float | str | None:
    """'twenty four' -> 24, '5 1/2' -> 5.5, 'several' -> 'X', 'a' -> 1."""
    text = text.lower().replace("-", " ").strip()
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", text):
        return float(text.replace(",", ""))  # "10,000 hours"
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return float(text)
    whole = lookup("number", text)
    if whole is not None:
        return whole
    total = 0.0
    for word in text.split():
        if word in ("and", "a", "half") and "half" in text:
            continue
        if word == "1/2":
            total += 0.5
            continue
        value = float(word) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", word) else lookup("number", word)
        if value is None or value == "X":
            return value
        total += value
    if "half" in text.split():
        total += 0.5
    return total


def full_year(text: str) -> int:
    """'1989' -> 1989, '89' or "'89" -> 1989, '05' -> 2005."""
    digits = text.strip("'\u2019")
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def unit_of(groups: Groups) -> str | None:
    word = groups.get("unit") or groups.get("unit2")
    if not word:
        return None
    word = re.sub(r"^fiscal\s+", "", word.lower())
    return lookup("unit", word)


def amount_and_unit(groups: Groups) -> tuple[float | str, str] | None:
    """The amount and TIMEX3 unit of "two days", "several weeks", or None when either is missing."""
    amount = parse_number(groups["num"] or "")
    unit = unit_of(groups)
    return None if amount is None or unit is None else (amount, unit)


def granularity(unit: str) -> str:
    return UNIT_GRANULARITY.get(unit, "day")


def point(d: date | None, gran: str, part: str | None = None) -> Normalized | None:
    if d is None:
        return None
    p = Point(d, gran, part)
    return Normalized(p.value, point=p)


def unresolved(template: str) -> Normalized:
    """A value with no publication date to resolve it against (TIMEX3 X placeholders)."""
    return Normalized(template)


# ---- explicit dates --------------------------------------------------------------------------

def calendar_date(groups: Groups, ctx: Context) -> Normalized | None:
    month = int(month_num) if (month_num := groups.get("month_num")) else lookup("month", groups.get("month") or "")
    if month is None:
        return None
    day = day_number(day_text) if (day_text := groups.get("day")) else None
    if year_text := groups.get("year"):
        year = full_year(year_text)
    elif ctx.dct is None:
        return unresolved(f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
    else:
        year = nearest_year(ctx.dct, month, day or 15, ctx.direction)
    if day is None:
        return point(safe_date(year, month, 1), "month")
    return point(safe_date(year, month, day), "day")


def week_of(groups: Groups, ctx: Context) -> Normalized | None:
    """'the week of March 6': the week that holds the date."""
    day = calendar_date(groups, ctx)
    if day is None or day.point is None:
        return day
    return point(day.point.day, "week")


def month_year(dct: date, month: int, rel: str | None, direction: str | None, in_noun_phrase: bool = False) -> int:
    """The year of a month named alone: 'last April', 'next May', or 'in January' by tense."""
    if rel in ("last", "past"):
        return dct.year if month < dct.month else dct.year - 1
    if rel in ("next", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    if direction == "past":
        # a noun's month just after publication stays ahead: "told oil companies of a cutback in
        # September", in an August story, is this September; the verb's own month is behind
        # ("In September, Egypt forbade ...", "changed its fiscal year in December")
        ahead = 1 if in_noun_phrase else 0
        return dct.year if month <= dct.month + ahead else dct.year - 1
    if direction == "future":
        return dct.year if month >= dct.month else dct.year + 1
    # no tense: as a month-day, leaning back ("$29.75 in March", in an October story, this March)
    return nearest_year(dct, month, MID_MONTH, None)


def month_alone(groups: Groups, ctx: Context) -> Normalized | None:
    word = groups["month"] or ""
    month = lookup("month", word)
    if month is None:
        return None
    if len(word) <= 4 and word.lower() not in ("may", "june", "july"):
        return None  # a bare "Jan" or "Mar" is a name or a heading more often than a month
    if ctx.dct is None:
        return unresolved(f"XXXX-{month:02d}")
    rel = (groups.get("rel") or "").lower() or None
    if rel == "that":
        if ctx.anchor is not None:
            return point(date(ctx.anchor.day.year, month, 1), "month")
        rel = None
    return point(date(month_year(ctx.dct, month, rel, ctx.direction, ctx.in_noun_phrase), month, 1), "month")


def month_of_relative_year(groups: Groups, ctx: Context) -> Normalized | None:
    """'January this year', 'June last year', 'Nov. 13 last year': the month (or day) of the year
    named relative to the DCT."""
    month = lookup("month", groups.get("month") or "")
    if month is None:
        return None
    day = int(re.sub(r"\D", "", day_text)) if (day_text := groups.get("day")) else None
    if ctx.dct is None:
        return unresolved(f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
    year_ = relative_year(groups.get("rel"), ctx.dct)
    if day:
        return point(safe_date(year_, month, day), "day")
    return point(date(year_, month, 1), "month")


def year(groups: Groups, ctx: Context) -> Normalized | None:
    year_text = groups.get("year")
    return point(date(full_year(year_text), 1, 1), "year") if year_text else None


def decade(groups: Groups, ctx: Context) -> Normalized | None:
    if groups.get("decade"):
        return Normalized(groups["decade"])
    if decade_word := groups.get("decade_word"):  # "the nineties": the 20th century's
        digit = lookup("decade_word", decade_word)
        return Normalized(f"19{digit}") if digit is not None else None
    short = groups.get("short_decade") or "0"
    century = "19" if int(short) >= 3 or ctx.dct is None or ctx.dct.year < 2000 else "20"
    return Normalized(century + short)


SPOKEN_TENS = {word: int(hundreds) for word, hundreds in load_toml("time/spoken.toml")["century"].items()}


def spoken_year(groups: Groups, ctx: Context) -> Normalized | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001 (broadcast transcripts)."""
    words = re.split(r"[\s-]+", (groups.get("spoken_year") or "").lower())
    words = [w for w in words if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0
        return point(date(2000 + int(rest), 1, 1), "year") if isinstance(rest, int | float) else None
    rest = parse_number(" ".join(words[1:]))
    if not isinstance(rest, int | float) or words[0] not in SPOKEN_TENS:
        return None
    return point(date(SPOKEN_TENS[words[0]] * 100 + int(rest), 1, 1), "year")


def century(groups: Groups, ctx: Context) -> Normalized | None:
    ordinal = groups.get("century")
    return Normalized(f"{int(ordinal) - 1:02d}") if ordinal else None


def holiday(groups: Groups, ctx: Context) -> Normalized | None:
    spec = lookup("holiday", groups["holiday"] or "")
    if spec is None:
        return None
    if year_text := groups.get("year"):
        year_ = full_year(year_text)
    elif ctx.dct is None:
        return unresolved(f"XXXX-{spec}" if HOLIDAY_FIXED.match(spec) else "XXXX-XX-XX")
    else:
        # a movable feast is placed by this year's date of it
        this_year = holiday_date(spec, ctx.dct.year)
        if this_year is None:
            return None
        rel = (groups.get("rel") or "").lower()
        direction = {"last": "past", "next": "future"}.get(rel, ctx.direction)
        year_ = nearest_year(ctx.dct, this_year.month, this_year.day, direction)
    day = holiday_date(spec, year_)
    return point(day, "day") if day is not None else None


# ---- quarters, halves, seasons ---------------------------------------------------------------

def relative_year(rel: str | None, dct: date) -> int:
    return dct.year + {"last": -1, "next": 1}.get((rel or "").lower(), 0)


def quarter(groups: Groups, ctx: Context) -> Normalized | None:
    number = lookup("ordinal", groups["ordinal"] or "")
    if number is None:
        return None
    explicit = groups.get("year") or groups.get("year2")
    if explicit:
        year_ = full_year(explicit)
    elif ctx.dct is None:
        return unresolved(f"XXXX-Q{number}")
    elif groups.get("rel") or groups.get("rel2"):
        year_ = relative_year(groups.get("rel") or groups.get("rel2"), ctx.dct)
    elif groups.get("ago"):  # "the year-ago third quarter": the year before the quarter in focus
        in_focus = ctx.anchor.day.year if ctx.anchor is not None and ctx.anchor.granularity == "quarter" \
            else ctx.dct.year
        year_ = in_focus - 1
    else:
        year_ = ctx.dct.year
        if ctx.direction == "past" and quarter_start(year_, number) > ctx.dct:
            year_ -= 1
    result = point(quarter_start(year_, number), "quarter")
    if result is not None and groups.get("ago"):
        result.anchors = False  # named to compare with: the quarter in focus stays
    return result


def last_completed_quarter(dct: date) -> date:
    return add_months(quarter_start(dct.year, quarter_of(dct)), -3)


def relative_quarter(groups: Groups, ctx: Context) -> Normalized | None:
    """'the latest quarter', 'the year-ago quarter', 'the quarter': financial reporting periods,
    read against the quarter in focus, else the last completed quarter."""
    which = " ".join((groups.get("which") or "").lower().split())
    if ctx.dct is None:
        return unresolved("XXXX-QX")
    if "current" in which:
        base = quarter_start(ctx.dct.year, quarter_of(ctx.dct))
    elif "latest" in which:
        base = last_completed_quarter(ctx.dct)
    elif ctx.anchor is not None and ctx.anchor.granularity == "quarter":
        base = ctx.anchor.day
    else:
        base = last_completed_quarter(ctx.dct)
    compared = True  # a period named to compare with ("the year-ago quarter") leaves the focus
    if "ago" in which or "earlier" in which or "last year" in which:
        base = add_months(base, -12)
    elif any(w in which for w in ("previous", "prior", "preceding")):
        base = add_months(base, -3)
    else:
        compared = False
    if year_text := groups.get("year"):  # "the 1988 quarter": the quarter in focus, in that year
        base = date(full_year(year_text), base.month, 1)
    result = point(base, "quarter")
    if result is not None and compared:
        # "In the year-ago quarter, ... The year-ago results": both compare with the latest quarter
        result.anchors = False
    return result


def year_ago(groups: Groups, ctx: Context) -> Normalized | None:
    """'year-ago', 'year-earlier' (results): the quarter in focus a year back, else last year."""
    return a_year_back(ctx)


def a_year_back(ctx: Context) -> Normalized | None:
    """In results reporting, 'a year ago' compares with the quarter in focus: 1989-Q3 -> 1988-Q3."""
    if ctx.anchor is not None and ctx.anchor.granularity == "quarter":
        return shift_anchor(-1, "Y", ctx)
    if ctx.dct is None:
        return unresolved("XXXX")
    result = point(shift(ctx.dct, -1, "Y"), "year")
    if result is not None:
        result.anchors = False
    return result


def half(groups: Groups, ctx: Context) -> Normalized | None:
    number = lookup("half", groups["half"] or "")
    if number is None:
        return None
    if year_text := groups.get("year"):
        year_ = full_year(year_text)
    elif ctx.dct is None:
        return unresolved(f"XXXX-H{number}")
    else:
        year_ = relative_year(groups.get("rel"), ctx.dct)
    return point(date(year_, 1 if number == 1 else 7, 1), "half")


SEASON_MONTHS = 3


def season(groups: Groups, ctx: Context) -> Normalized | None:
    code = lookup("season", groups["season"] or "")
    if code is None:
        return None
    start_month = SEASON_START_MONTH[code]
    rel = (groups.get("rel") or "").lower()
    if year_text := groups.get("year"):
        year_ = full_year(year_text)
    elif ctx.dct is None:
        return unresolved(f"XXXX-{code}")
    else:
        start = date(ctx.dct.year, start_month, 1)
        year_ = ctx.dct.year
        if rel in ("last", "past"):
            year_ -= add_months(start, SEASON_MONTHS) > ctx.dct  # "last summer", said in July, is last year's
        elif rel not in ("this", "next", "coming") and ctx.direction == "past":
            year_ -= start > ctx.dct
        elif rel in ("next", "coming"):
            year_ += start <= ctx.dct
    return point(date(year_, start_month, 1), "season", code)


# ---- relative dates --------------------------------------------------------------------------

def relative_day_date(groups: Groups, dct: date) -> date:
    """The day "yesterday", "today", "tomorrow" ... names, from the publication date."""
    return dct + timedelta(days=lookup("relative_day", groups["relative_day"] or "") or 0)


def relative_day(groups: Groups, ctx: Context) -> Normalized | None:
    offset = lookup("relative_day", groups["relative_day"] or "")
    if offset is None or ctx.dct is None:
        return unresolved("XXXX-XX-XX") if offset is not None else None
    part = lookup("part_of_day", part_word) if (part_word := groups.get("part_of_day")) else None
    return point(ctx.dct + timedelta(days=offset), "day", part)


def part_of_day(groups: Groups, ctx: Context) -> Normalized | None:
    text = (groups.get("part_of_day") or "tonight").lower()
    part = lookup("part_of_day", text) or "NI"
    if ctx.dct is None:
        return unresolved(f"XXXX-XX-XXT{part}")
    day = ctx.dct
    if groups.get("weekday"):
        day = weekday_date(groups, ctx) or day
    elif groups.get("relative_day"):
        day = relative_day_date(groups, ctx.dct)
    elif (groups.get("rel") or "").lower() == "last":
        day = ctx.dct - timedelta(days=1)
    return point(day, "day", part)


def weekday_date(groups: Groups, ctx: Context) -> date | None:
    """The date of a weekday named alone: 'last Friday', 'next Tuesday', or by tense."""
    number = lookup("weekday", groups.get("weekday") or "")
    if number is None or ctx.dct is None:
        return None
    rel = (groups.get("rel") or "").lower()
    back = (ctx.dct.isoweekday() - number) % 7  # days back to the latest such weekday, 0 = today
    ahead = (number - ctx.dct.isoweekday()) % 7
    if rel in ("last", "past"):
        return weekday_before(ctx.dct, number)
    if rel == "next":
        return weekday_after(ctx.dct, number)
    if rel in ("this", "coming") or ctx.direction == "future":
        return ctx.dct + timedelta(days=ahead)
    if ctx.direction is None and ahead <= 1 < back:  # no tense: news looks back, but not past tomorrow
        return ctx.dct + timedelta(days=ahead)
    return ctx.dct - timedelta(days=back)


def anchored_weekday(groups: Groups, ctx: Context) -> Normalized | None:
    """'the previous Friday', 'the following Monday': counted from the day in focus."""
    number = lookup("weekday", groups.get("weekday") or "")
    if number is None:
        return None
    if ctx.anchor is not None and ctx.anchor.granularity == "day":
        base = ctx.anchor.day
    elif ctx.dct is not None:
        base = ctx.dct
    else:
        return unresolved(f"XXXX-WXX-{number}")
    if (groups.get("which") or "").lower() in ("previous", "preceding"):
        return point(weekday_before(base, number), "day")
    return point(weekday_after(base, number), "day")


def weekday(groups: Groups, ctx: Context) -> Normalized | None:
    """'Thursday', 'last Friday', 'Wednesday night': the day, with the part of day when one is
    named (TIMEX3: "Wednesday night" -> 2000-01-05TNI)."""
    number = lookup("weekday", groups["weekday"] or "")
    if number is None:
        return None
    part = lookup("part_of_day", part_word) if (part_word := groups.get("part_of_day")) else None
    if ctx.dct is None:
        return unresolved(f"XXXX-WXX-{number}" + (f"T{part}" if part else ""))
    return point(weekday_date(groups, ctx), "day", part)


RELATIVE_OFFSET = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0,
                   "next": 1, "coming": 1, "following": 1}


def relative_unit(groups: Groups, ctx: Context) -> Normalized | None:
    """'last week', 'next year', 'this month': the publication date's unit, shifted."""
    rel = (groups.get("rel") or "").lower()
    unit = unit_of(groups)
    if unit is None:
        return None
    if rel in ("following", "preceding", "previous"):
        return shift_anchor(RELATIVE_OFFSET[rel], unit, ctx, granularity(unit))
    if ctx.dct is None:
        return unresolved("XXXX")
    offset = RELATIVE_OFFSET.get(rel, 0)
    if unit == "WE" and rel == "coming" and ctx.dct.isoweekday() < 6:
        offset = 0  # "the coming weekend", said on a weekday, is this week's
    if unit == "WE" and rel == "this" and ctx.direction == "past" and ctx.dct.isoweekday() < 6:
        offset = -1  # "has joined him this weekend", said on a Monday, is the weekend just past
    return point(shift(ctx.dct, offset, unit), granularity(unit), "WE" if unit == "WE" else None)


def the_unit(groups: Groups, ctx: Context) -> Normalized | None:
    """'the year', 'the full year', 'the week', 'the month': the publication date's ("a high for
    the year", "earnings for the full year"). A reporting period ("the year ended June 30") is a
    length, matched by its own rule (grammar.toml, reporting_year)."""
    return this_unit(groups, ctx)


def duration_of_one(groups: Groups, ctx: Context) -> Normalized | None:
    """'the year ended March 31', 'throughout the fiscal year': one unit's length (P1Y)."""
    unit = unit_of(groups)
    return Normalized(duration_value(1, unit)) if unit else None


def this_unit(groups: Groups, ctx: Context) -> Normalized | None:
    """'earlier in the year', 'the weekend': the unit of the publication date (the weekend just
    past when the clause is in the past tense)."""
    unit = unit_of(groups) or "WE"
    if ctx.dct is None:
        return unresolved("XXXX")
    day = ctx.dct
    if unit == "WE" and ctx.direction == "past" and ctx.dct.isoweekday() < 6:
        day = ctx.dct - timedelta(days=7)
    return point(day, granularity(unit), "WE" if unit == "WE" else None)


def unit_end(groups: Groups, ctx: Context) -> Normalized | None:
    unit = unit_of(groups)
    if unit is None or ctx.dct is None:
        return None
    offset = RELATIVE_OFFSET.get((groups.get("rel") or "").lower(), 0)
    return point(shift(ctx.dct, offset, unit), granularity(unit))


def ago(groups: Groups, ctx: Context) -> Normalized | None:
    if (found := amount_and_unit(groups)) is None:
        return None
    amount, unit = found
    if amount == "X":
        return Normalized(PAST)
    if amount == 1 and unit == "Y":
        return a_year_back(ctx)
    if ctx.dct is None:
        return unresolved("XXXX")
    gran = "year" if unit in ("DE", "CE") else granularity(unit)
    return point(shift(ctx.dct, -round(float(amount)), unit), gran)


def vague_ago(groups: Groups, ctx: Context) -> Normalized | None:
    return Normalized(PAST)


def shift_anchor(amount: int, unit: str, ctx: Context, gran: str | None = None) -> Normalized | None:
    """The date in focus moved by `amount` units, kept at the focus's granularity when it is
    finer than the unit (a year before 1989-Q3 is 1988-Q3); the publication date when no date
    is in focus. An expression that names its own granularity (`gran`: "the following year",
    "later that year") is valued at it: after May 22, 1995, "the following year" is 1996."""
    base = ctx.anchor
    if base is None:
        if ctx.dct is None:
            return unresolved("XXXX")
        base = Point(ctx.dct, granularity(unit))
    unit_gran = gran or granularity(unit)
    finer_base = GRANULARITIES.index(base.granularity) <= GRANULARITIES.index(unit_gran)
    keep = base.granularity if finer_base and gran is None else unit_gran
    if keep == "day" and base.granularity != "day":
        # "That day", "the day before", "that night" after "in July 2008": a day of the focus
        # that the text does not name (TIMEX3 2008-07-XX)
        return Normalized(unknown_day(base), anchors=False)
    part = base.part if keep == base.granularity else None
    result = point(shift(base.day, amount, unit), keep, part if keep in ("season", "week") else None)
    if result is not None:
        result.anchors = False
    return result


def unknown_day(base: Point) -> str:
    """A day of `base` left unnamed: 2008-07-XX in a month, 2008-XX-XX in a coarser period."""
    if base.granularity == "month":
        return f"{base.day.year:04d}-{base.day.month:02d}-XX"
    return f"{base.day.year:04d}-XX-XX"


def anchored_shift(groups: Groups, ctx: Context) -> Normalized | None:
    if (found := amount_and_unit(groups)) is None:
        return None
    amount, unit = found
    if amount == "X":
        return None
    sign = -1 if (groups.get("anchor_dir") or "").lower().startswith(("earlier", "before")) else 1
    if sign == -1 and amount == 1 and unit == "Y" and (ctx.anchor is None or ctx.anchor.granularity != "day"):
        return a_year_back(ctx)
    return shift_anchor(sign * round(float(amount)), unit, ctx)


def anchored_next(groups: Groups, ctx: Context) -> Normalized | None:
    """'the following week', 'the previous year'; 'the next morning' is the morning of the day
    after the date in focus (TimeML values it as that day)."""
    which = (groups.get("which") or "").lower()
    offset = {"following": 1, "next": 1, "same": 0}.get(which, -1)
    if lookup("part_of_day", groups.get("unit") or ""):
        return shift_anchor(offset, "D", ctx, "day")
    unit = unit_of(groups)
    if unit is None:
        return None
    return shift_anchor(offset, unit, ctx, granularity(unit))


def anchored_same(groups: Groups, ctx: Context) -> Normalized | None:
    word = (groups.get("unit") or "").lower()
    part = lookup("part_of_day", word)
    unit = unit_of(groups) or "D"
    result = shift_anchor(0, unit, ctx, granularity(unit))
    if part and result is not None and result.point is not None and result.point.granularity == "day":
        return point(result.point.day, "day", part)
    if part and result is not None and result.point is None and (result.value or "").endswith("-XX"):
        return Normalized(f"{result.value}T{part}", anchors=False)  # "that night" in 2008: 2008-XX-XXTNI
    return result


def day_before(groups: Groups, ctx: Context) -> Normalized | None:
    sign = -1 if (groups.get("dir") or "").lower() == "before" else 1
    if groups.get("weekday"):
        base = weekday_date(groups, ctx)
        return point(base + timedelta(days=sign), "day") if base else None
    if groups.get("relative_day") and ctx.dct is not None:
        return point(relative_day_date(groups, ctx.dct) + timedelta(days=sign), "day")
    return shift_anchor(sign, "D", ctx)


def reference(groups: Groups, ctx: Context) -> Normalized | None:
    return Normalized(lookup("reference", groups["reference"] or ""))


# ---- times of day ----------------------------------------------------------------------------

CLOCK = re.compile(r"(?P<h>[0-9]{1,2})(?::(?P<m>[0-9]{2}))?")


def hour_and_minute(groups: Groups) -> tuple[int, int] | None:
    """The 24-hour time a clock expression names: "noon", "midnight", "6:30 p.m.", "6 in the evening"."""
    named = (groups.get("named") or "").lower()
    if named:
        return (24, 0) if named == "midnight" else (12, 0)
    m = CLOCK.fullmatch(groups.get("clock") or "")
    if m is None:
        return None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    ampm = (groups.get("ampm") or "").lower()
    if (groups.get("unit") or "").lower() in ("afternoon", "evening"):  # "at 6 in the evening"
        ampm = "pm"
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


def clock(groups: Groups, ctx: Context) -> Normalized | None:
    hour_minute = hour_and_minute(groups)
    if hour_minute is None:
        return None
    hour, minute = hour_minute
    if groups.get("weekday"):
        day = weekday_date(groups, ctx)
    elif groups.get("month") and groups.get("day"):
        on = calendar_date(groups, ctx)
        day = on.point.day if on is not None and on.point is not None else None
    elif groups.get("relative_day") and ctx.dct is not None:
        day = relative_day_date(groups, ctx.dct)
    elif ctx.anchor is not None and ctx.anchor.granularity == "day":
        day = ctx.anchor.day
    else:
        day = ctx.dct
    time_of_day = f"{hour:02d}:{minute:02d}"
    if day is None:
        return Normalized(f"XXXX-XX-XXT{time_of_day}", type="TIME")
    return Normalized(f"{day.isoformat()}T{time_of_day}", type="TIME", point=Point(day, "day"))


# ---- durations and sets ----------------------------------------------------------------------

TIME_UNITS = {"H": "H", "MIN": "M", "SEC": "S"}
SMALLER = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "SEC"), "W": (7, "D"), "M": (30, "D")}


def duration_value(amount: float | str, unit: str) -> str:
    """P3Y, PT5H, P18M, PXY; decades are years (P10Y), fractions go to the smaller unit."""
    if unit == "DE":
        amount, unit = ("X", "Y") if amount == "X" else (float(amount) * 10, "Y")
    if unit == "CE":
        return "PXC" if amount == "X" else f"P{int(float(amount) * 100)}Y"
    if amount != "X" and unit == "SEC" and float(amount) != int(float(amount)):
        return f"PT{float(amount):g}S"  # "14.78 seconds": ISO 8601 takes a decimal in the last unit
    if amount != "X" and float(amount) != int(float(amount)) and unit in SMALLER:
        factor, smaller = SMALLER[unit]
        whole = int(float(amount))
        rest = round((float(amount) - whole) * factor)
        if unit in TIME_UNITS:
            head = f"PT{whole}{TIME_UNITS[unit]}" if whole else "PT"
            return f"{head}{rest}{TIME_UNITS[smaller]}"
        if smaller in TIME_UNITS:
            return f"P{whole}{unit}T{rest}H" if whole else f"PT{rest}H"
        # ISO 8601 keeps both units: "2 1/2 years" is P2Y6M (TIMEX3), half a year P6M
        return f"P{whole}{unit}{rest}{smaller}" if whole else f"P{rest}{smaller}"
    number = "X" if amount == "X" else str(int(float(amount)))
    if unit in TIME_UNITS:
        return f"PT{number}{TIME_UNITS[unit]}"
    return f"P{number}{unit}"


def duration(groups: Groups, ctx: Context) -> Normalized | None:
    if (found := amount_and_unit(groups)) is None:
        return None
    amount, unit = found
    if groups.get("and_half") and amount != "X":  # "a minute and a half"
        amount = float(amount) + 0.5
    if unit == "SEC" and (groups["num"] or "").lower() in ("a", "an"):  # "a second round"
        return None
    if unit in ("SEC", "Q") and amount != "X" and float(amount) >= 1000:  # "the 1988 second quarter"
        return None
    return Normalized(duration_value(amount, unit))


def vague_duration(groups: Groups, ctx: Context) -> Normalized | None:
    unit = unit_of(groups)
    return Normalized(duration_value("X", unit)) if unit else None


def half_duration(groups: Groups, ctx: Context) -> Normalized | None:
    unit = unit_of(groups)
    return Normalized(duration_value(0.5, unit)) if unit else None


def frequency(groups: Groups, ctx: Context) -> Normalized | None:
    return Normalized(lookup("frequency", groups["frequency"] or ""))


def every(groups: Groups, ctx: Context) -> Normalized | None:
    day_name = groups.get("weekday") or groups.get("weekday2")
    if day_name:
        day_name = day_name if day_name.lower().endswith("day") else day_name + "day"
        part_word = groups.get("part_of_day") or (groups.get("part_plural") or "").rstrip("s")
        part = lookup("part_of_day", part_word) if part_word else None
        return Normalized(f"XXXX-WXX-{lookup('weekday', day_name)}" + (f"T{part}" if part else ""))
    if month_word := groups.get("month"):
        return Normalized(f"XXXX-{lookup('month', month_word):02d}")
    if season_word := groups.get("season"):
        return Normalized(f"XXXX-{lookup('season', season_word)}")
    word = (groups.get("unit") or "").lower()
    if word == "night":
        return Normalized("XXXX-XX-XXTNI")
    if word == "season":
        return Normalized("XXXX-XX")
    unit = lookup("unit", word)
    return Normalized(duration_value(1, unit)) if unit else None


NORMALIZERS: dict[str, Normalizer] = {
    "calendar": calendar_date, "month": month_alone, "week_of": week_of,
    "month_of_relative_year": month_of_relative_year, "year": year, "decade": decade, "century": century,
    "holiday": holiday, "quarter": quarter, "relative_quarter": relative_quarter, "year_ago": year_ago,
    "half": half, "season": season, "relative_day": relative_day, "part_of_day": part_of_day,
    "weekday": weekday, "anchored_weekday": anchored_weekday,
    "relative_unit": relative_unit, "this_unit": this_unit, "unit_end": unit_end,
    "ago": ago, "vague_ago": vague_ago, "anchored_shift": anchored_shift, "anchored_next": anchored_next,
    "anchored_same": anchored_same, "day_before": day_before, "reference": reference,
    "clock": clock, "duration": duration, "vague_duration": vague_duration,
    "half_duration": half_duration, "frequency": frequency, "every": every, "spoken_year": spoken_year,
    "the_unit": the_unit, "duration_of_one": duration_of_one,
}


def normalize(norm: str, groups: Groups, ctx: Context) -> Normalized | None:
    """The TIMEX3 value of a match of a rule whose normalizer is `norm`; None rejects the match."""
    return NORMALIZERS[norm](groups, ctx)


def modifier(groups: Groups) -> str | None:
    word = groups.get("mod")
    return (lookup("modifier", word) or None) if word else None
