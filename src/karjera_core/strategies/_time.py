"""Strategies for dates, periods, school years, semesters and quarters (T-2 ... T-5).

Every value is valid by construction (no ``.filter()``), drawn with one or
two choices and built with the records' trusted builders, and shrinks toward
the simplest one: the earliest date allowed, a one-day closed range, the
first school year, semester I, quarter 1.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from karjera_core.strategies._draw import builder, count, day, days, integers
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.time import DateRange, Quarter, SchoolYear, Semester

__all__ = ["date_ranges", "dates", "quarters", "school_years", "semesters"]

DEFAULT_MIN_DATE = date(2000, 1, 1)
DEFAULT_MAX_DATE = date(2040, 12, 31)
DEFAULT_MIN_YEAR = 2000
DEFAULT_MAX_YEAR = 2040

_RANGE = builder(DateRange)
_BOOLEANS = st.booleans()
_SCHOOL_YEAR = builder(SchoolYear)
_SEMESTER = builder(Semester)
_QUARTER = builder(Quarter)


def window_days(
    check: Narrowing, within: DateRange | None, low: date | None = None, high: date | None = None
) -> tuple[date, date]:
    """The first and last day allowed: those of ``within`` (an open one ends 2040-12-31 or on its start, whichever
    is later; no window: 2000-01-01 ... 2040-12-31, widened to ``low``/``high``), cut to ``low`` ... ``high``."""
    if within is not None:
        end = within.end if within.end is not None else max(within.start, DEFAULT_MAX_DATE)
        first = within.start if low is None else max(low, within.start)
        last = end if high is None else min(high, end)
    else:
        first = min(DEFAULT_MIN_DATE, high or DEFAULT_MIN_DATE) if low is None else low
        last = max(DEFAULT_MAX_DATE, first) if high is None else high
    if first > last:
        check.refuse("no day lies in the window these arguments allow")
    return first, last


def dates(
    *, min_value: date | None = None, max_value: date | None = None, within: DateRange | None = None
) -> st.SearchStrategy[date]:
    """Plain dates (never datetimes) from ``min_value`` to ``max_value`` (default 2000-01-01 ... 2040-12-31),
    both inclusive, and inside ``within`` when it is given; one choice each, shrinking to the earliest."""
    check = Narrowing("dates")
    low, high = check.day("min_value", min_value), check.day("max_value", max_value)
    if low is not None and high is not None and high < low:
        check.refuse("min_value must not be after max_value")
    first, last = window_days(check, check.window("within", within), low, high)
    return days(first, last)


@st.composite
def _ranges(draw: st.DrawFn, low: date, high: date, open_ended: bool | None) -> DateRange:
    start = day(draw, low, high)
    end = start + timedelta(days=count(draw, 0, (high - start).days))  # drawn first, so a closed range shrinks
    return _RANGE(start, None if (draw(_BOOLEANS) if open_ended is None else open_ended) else end)


@st.composite
def _around(draw: st.DrawFn, on: date, low: date, high: date, open_ended: bool | None) -> DateRange:
    start = on - timedelta(days=count(draw, 0, (on - low).days))
    end = on + timedelta(days=count(draw, 0, (high - on).days))  # drawn first, so a closed range shrinks
    return _RANGE(start, None if (draw(_BOOLEANS) if open_ended is None else open_ended) else end)


def date_ranges(
    *, within: DateRange | None = None, on: date | None = None, open_ended: bool | None = None
) -> st.SearchStrategy[DateRange]:
    """Date ranges (T-2): a start is drawn, then a length, so ``start <= end`` by construction.

    ``within``: only ranges every day of which lies in it (default: starting
    and, when closed, ending in 2000-2040; an open ``within`` allows closed
    ranges ending up to 2040-12-31 or its start, whichever is later).
    ``on``: only ranges containing that day.  ``open_ended``: True for open
    ranges only, False for closed ranges only, None (default) for both; an
    open range is never within a closed one.  Shrinks toward a one-day range
    on the earliest day allowed (on ``on``, when it is given).
    """
    check = Narrowing("date_ranges")
    window, day_ = check.window("within", within), check.day("on", on)
    open_ended = check.flag("open_ended", open_ended)
    if window is not None and window.end is not None:
        if open_ended:
            check.refuse("an open range is never within a closed one (open_ended=True with a closed within=)")
        open_ended = False
    if day_ is None:
        return _ranges(*window_days(check, window), open_ended)
    if window is None:
        return _around(day_, min(DEFAULT_MIN_DATE, day_), max(DEFAULT_MAX_DATE, day_), open_ended)
    if day_ not in window:
        check.refuse("on= must be a day of within=")
    low, high = window_days(check, window)
    return _around(day_, low, max(high, day_), open_ended)


def _school_year_bounds(check: Narrowing, min_value: Any, max_value: Any) -> tuple[int, int]:
    low, high = check.bounds(min_value, max_value, SchoolYear)
    return _span(
        None if low is None else low.start_year,
        None if high is None else high.start_year,
        DEFAULT_MIN_YEAR,
        DEFAULT_MAX_YEAR,
    )


def _span(low: int | None, high: int | None, default_low: int, default_high: int) -> tuple[int, int]:
    """The first and last index allowed: the bounds given, a missing one the default (widened to the other)."""
    first = (default_low if high is None else min(default_low, high)) if low is None else low
    return first, max(default_high, first) if high is None else high


def school_years(
    *, min_value: SchoolYear | None = None, max_value: SchoolYear | None = None
) -> st.SearchStrategy[SchoolYear]:
    """School years (T-3) from ``min_value`` to ``max_value`` (default 2000./2001. ... 2040./2041.)."""
    first, last = _school_year_bounds(Narrowing("school_years"), min_value, max_value)
    return integers(first, last).map(_SCHOOL_YEAR)


def _semester(index: int) -> Semester:
    return _SEMESTER(_SCHOOL_YEAR(index // 2), index % 2 + 1)


def semesters(*, min_value: Semester | None = None, max_value: Semester | None = None) -> st.SearchStrategy[Semester]:
    """Semesters (T-4) from ``min_value`` to ``max_value`` (default: those of the years 2000./2001. ...
    2040./2041.); one choice each, shrinking to the first."""
    check = Narrowing("semesters")
    low, high = check.bounds(min_value, max_value, Semester)
    first, last = _span(_semester_index(low), _semester_index(high), DEFAULT_MIN_YEAR * 2, DEFAULT_MAX_YEAR * 2 + 1)
    return integers(first, last).map(_semester)


def _semester_index(semester: Semester | None) -> int | None:
    return None if semester is None else semester.school_year.start_year * 2 + semester.number - 1


def _quarter(index: int) -> Quarter:
    return _QUARTER(index // 4, index % 4 + 1)


def quarters(*, min_value: Quarter | None = None, max_value: Quarter | None = None) -> st.SearchStrategy[Quarter]:
    """Calendar quarters (T-5) from ``min_value`` to ``max_value`` (default: those of 2000 ... 2040)."""
    check = Narrowing("quarters")
    low, high = check.bounds(min_value, max_value, Quarter)
    first, last = _span(_quarter_index(low), _quarter_index(high), DEFAULT_MIN_YEAR * 4, DEFAULT_MAX_YEAR * 4 + 3)
    return integers(first, last).map(_quarter)


def _quarter_index(quarter: Quarter | None) -> int | None:
    return None if quarter is None else quarter.year * 4 + quarter.number - 1


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    DateRange: date_ranges(),
    SchoolYear: school_years(),
    Semester: semesters(),
    Quarter: quarters(),
}
