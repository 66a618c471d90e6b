"""Calendar arithmetic on TIMEX3 values (pure functions, no parse)."""

from __future__ import annotations

from datetime import date

import pytest

from communique.time.calendar import Point, nearest_year, parse_point, shift, thanksgiving


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


def test_thanksgiving():
    assert thanksgiving(1999) == date(1999, 11, 25)
