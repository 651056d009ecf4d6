"""Strategies for dates, periods, school years, semesters and quarters (T-2 ... T-5).

Every value is valid by construction (no ``.filter()``) and shrinks toward the
simplest one: the earliest date allowed, a one-day closed range, the first
school year, semester I, quarter 1.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange, Quarter, SchoolYear, Semester

__all__ = ["date_ranges", "dates", "quarters", "school_years", "semesters"]

DEFAULT_MIN_DATE = date(2000, 1, 1)
DEFAULT_MAX_DATE = date(2040, 12, 31)
DEFAULT_MIN_YEAR = 2000
DEFAULT_MAX_YEAR = 2040


def _check_dates(min_value: date, max_value: date) -> None:
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not date or not MIN_YEAR <= value.year <= MAX_YEAR:
            raise InvalidArgument(f"{name} must be a date (not a datetime) in the years {MIN_YEAR}-{MAX_YEAR}")
    if min_value > max_value:
        raise InvalidArgument("min_value must not be after max_value")


def _check_years(min_year: int, max_year: int, highest: int) -> None:
    for name, value in (("min_year", min_year), ("max_year", max_year)):
        if type(value) is not int or not MIN_YEAR <= value <= highest:
            raise InvalidArgument(f"{name} must be an int in {MIN_YEAR}-{highest}")
    if min_year > max_year:
        raise InvalidArgument("min_year must not be after max_year")


def dates(*, min_value: date = DEFAULT_MIN_DATE, max_value: date = DEFAULT_MAX_DATE) -> st.SearchStrategy[date]:
    """Plain dates (never datetimes) from ``min_value`` to ``max_value``, both inclusive."""
    _check_dates(min_value, max_value)
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def _date_ranges(draw: st.DrawFn, low: date, high: date, open_ended: bool | None) -> DateRange:
    start = draw(st.dates(min_value=low, max_value=high))
    is_open = draw(st.booleans()) if open_ended is None else open_ended
    if is_open:
        return DateRange(start=start)
    length = draw(st.integers(min_value=0, max_value=(high - start).days))
    return DateRange(start=start, end=start + timedelta(days=length))


def date_ranges(*, within: DateRange | None = None, open_ended: bool | None = None) -> st.SearchStrategy[DateRange]:
    """Date ranges (T-2): a start is drawn, then a length, so ``start <= end`` by construction.

    ``within``: only ranges every day of which lies in it (default: starting
    and, when closed, ending in 2000-2040; an open ``within`` allows closed
    ranges ending up to 2040-12-31 or its start, whichever is later).
    ``open_ended``: True for open ranges only, False for closed ranges only,
    None (default) for both.  An open range is never within a closed one.
    """
    if within is not None and type(within) is not DateRange:
        raise InvalidArgument("within must be a DateRange or None")
    if open_ended is not None and type(open_ended) is not bool:
        raise InvalidArgument("open_ended must be a bool or None")
    if within is None:
        low, high = DEFAULT_MIN_DATE, DEFAULT_MAX_DATE
    elif within.end is None:
        low, high = within.start, max(within.start, DEFAULT_MAX_DATE)
    else:
        if open_ended:
            raise InvalidArgument("an open range is never within a closed one")
        low, high, open_ended = within.start, within.end, False
    return _date_ranges(low, high, open_ended)


def school_years(
    *, min_year: int = DEFAULT_MIN_YEAR, max_year: int = DEFAULT_MAX_YEAR
) -> st.SearchStrategy[SchoolYear]:
    """School years (T-3) whose start year is in ``min_year`` ... ``max_year``."""
    _check_years(min_year, max_year, MAX_YEAR - 1)
    return st.integers(min_value=min_year, max_value=max_year).map(SchoolYear)


def semesters(*, min_year: int = DEFAULT_MIN_YEAR, max_year: int = DEFAULT_MAX_YEAR) -> st.SearchStrategy[Semester]:
    """Semesters (T-4) of the school years that :func:`school_years` draws with the same bounds."""
    return st.builds(
        Semester,
        school_year=school_years(min_year=min_year, max_year=max_year),
        number=st.integers(min_value=1, max_value=2),
    )


def quarters(*, min_year: int = DEFAULT_MIN_YEAR, max_year: int = DEFAULT_MAX_YEAR) -> st.SearchStrategy[Quarter]:
    """Calendar quarters (T-5) of the years ``min_year`` ... ``max_year``."""
    _check_years(min_year, max_year, MAX_YEAR)
    return st.builds(
        Quarter,
        year=st.integers(min_value=min_year, max_value=max_year),
        number=st.integers(min_value=1, max_value=4),
    )


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    DateRange: date_ranges(),
    SchoolYear: school_years(),
    Semester: semesters(),
    Quarter: quarters(),
}
