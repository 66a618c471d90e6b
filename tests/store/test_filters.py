"""The filters checked where they are made: dates in three forms, PLOVER types, sort keys,
and the exact actor-code matching every backend shares."""

from __future__ import annotations

import pytest

from communique.errors import CommuniqueError
from communique.store import EventFilter, QuoteFilter
from communique.store.filters import code_matches, code_pattern


def test_a_year_or_a_month_bounds_a_range_by_its_first_and_last_day():
    where = EventFilter(since="2006", until="2006")
    assert (where.since, where.until) == ("2006-01-01", "2006-12-31")
    assert EventFilter(since="2008-02", until="2008-02").until == "2008-02-29"  # a leap year
    assert EventFilter(until="2006-12").until == "2006-12-31"
    assert QuoteFilter(since="2006-12-01").since == "2006-12-01"


@pytest.mark.parametrize("bad", ["2006-13", "06", "2006/12/01", "2006-02-30", "yesterday", "2006-1"])
def test_a_date_that_is_no_date_is_a_coded_error(bad):
    with pytest.raises(CommuniqueError, match=r"\[E902\]"):
        EventFilter(since=bad)


def test_a_range_that_ends_before_it_starts_is_an_error():
    with pytest.raises(CommuniqueError, match=r"\[E903\]"):
        EventFilter(since="2007", until="2006-12-31")


def test_an_unknown_type_lists_the_plover_types():
    with pytest.raises(CommuniqueError, match=r"'FIGHT' is not a PLOVER 2.0 event type.*ASSAULT.*\[E904\]"):
        EventFilter(event_type="FIGHT")
    assert EventFilter(event_type="consult").event_type == "CONSULT"


def test_sort_keys_are_checked_and_default_to_newest_first():
    assert EventFilter().sort == "-date" and QuoteFilter().sort == "-published"
    assert EventFilter(sort="goldstein").sort == "goldstein"
    with pytest.raises(CommuniqueError, match=r"sort by one of date, .*\[E904\]"):
        EventFilter(sort="colour")


def test_a_limit_beyond_a_64_bit_count_is_an_error():
    with pytest.raises(CommuniqueError, match=r"\[E904\]"):
        EventFilter(limit=10**20)


def test_codes_match_by_whole_segments_and_star_is_a_pattern():
    assert code_matches("RUS", "RUSGOV") and code_matches("rus", "RUS") and code_matches("RUSGOV", "RUSGOV")
    assert not code_matches("IR", "IRN") and not code_matches("IR", "IRQ")
    assert code_matches("IR*", "IRN") and code_matches("IR*", "IRQGOV")
    assert not code_matches("%", "RUS")  # % is a literal character
    assert code_pattern("%") == "%+\\%+%" and code_pattern("IR*") == "%+IR%+%"
