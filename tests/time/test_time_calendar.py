"""Calendar arithmetic on TIMEX3 values (pure functions, no parse)."""

from __future__ import annotations

from datetime import date

import pytest

from communique.time.calendar import Point, easter, holiday_date, nearest_year, parse_point, shift


@pytest.mark.parametrize(("point", "value"), [
    (Point(date(2025, 4, 10), "day"), "2025-04-10"),
    (Point(date(2025, 4, 10), "day", "MO"), "2025-04-10TMO"),
    (Point(date(2025, 4, 10), "week"), "2025-W15"),
    (Point(date(2025, 4, 10), "month"), "2025-04"),
    (Point(date(2025, 4, 10), "quarter"), "2025-Q2"),
    (Point(date(2025, 4, 10), "season", "SP"), "2025-SP"),
    (Point(date(2025, 4, 10), "year"), "2025"),
    (Point(date(1995, 4, 10), "decade"), "199"),
    (Point(date(1995, 4, 10), "century"), "19"),
])
def test_format(point, value):
    assert point.value == value


@pytest.mark.parametrize(("start", "amount", "unit", "expected"), [
    (date(2025, 1, 31), 1, "M", date(2025, 2, 28)),
    (date(2025, 4, 8), -2, "D", date(2025, 4, 6)),
    (date(1989, 7, 1), -1, "Y", date(1988, 7, 1)),
    (date(2025, 4, 8), 1, "Q", date(2025, 7, 8)),
])
def test_shift(start, amount, unit, expected):
    assert shift(start, amount, unit) == expected


@pytest.mark.parametrize(("dct", "month", "day", "direction", "year"), [
    (date(2025, 4, 8), 2, 27, "past", 2025),  # "met on Feb. 27" in April
    (date(2025, 1, 3), 12, 30, "past", 2024),  # "met on Dec. 30" in January
    (date(2024, 12, 20), 1, 5, "future", 2025),  # "will meet Jan. 5" in December
    (date(2025, 4, 8), 4, 25, "past", 2025),  # a slip of tense days ahead is not a year back
    (date(2025, 2, 6), 8, 6, None, 2024),  # no tense, half a year ahead: last year's
])
def test_nearest_year(dct, month, day, direction, year):
    assert nearest_year(dct, month, day, direction) == year


def test_parse_point_round_trips():
    for value in ("2025-04-10", "2025-04", "2025-Q2", "2025"):
        point = parse_point(value)
        assert point is not None and point.value == value
    assert parse_point("PXY") is None


@pytest.mark.parametrize(("spec", "year", "day"), [
    ("12-25", 2025, date(2025, 12, 25)),
    ("11-THU#4", 1999, date(1999, 11, 25)),  # Thanksgiving
    ("05-MON#-1", 2025, date(2025, 5, 26)),  # Memorial Day, the last Monday of May
    ("11-TUE>=02", 1998, date(1998, 11, 3)),  # U.S. Election Day
    ("11-TUE>=02", 2026, date(2026, 11, 3)),
    ("EASTER-2", 2025, date(2025, 4, 18)),  # Good Friday
    ("02-30", 2025, None),
    ("02-MON#5", 2025, None),  # February 2025 has four Mondays
])
def test_holiday_date(spec, year, day):
    assert holiday_date(spec, year) == day


def test_easter():
    assert [easter(y) for y in (1998, 2000, 2025, 2038)] == [
        date(1998, 4, 12), date(2000, 4, 23), date(2025, 4, 20), date(2038, 4, 25)]
