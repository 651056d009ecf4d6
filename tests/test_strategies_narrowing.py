"""The narrowing arguments of the strategies (issue #14): day windows, bounds of the type itself, messages."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import DateRange, Quarter, SchoolYear, Semester
from karjera_core.strategies import (
    date_ranges,
    dates,
    quarters,
    school_years,
    semesters,
    steps,
    violations,
)
from karjera_core.strategies._draw import size
from karjera_core.strategies._errors import messages
from karjera_core.strategies._narrowing import Narrowing

DAY = date(2020, 3, 15)
WINDOW = DateRange(start=date(2020, 1, 1), end=date(2020, 12, 31))


@given(drawn=date_ranges(on=DAY))
def test_date_ranges_on_a_day_contain_it(drawn: DateRange) -> None:
    assert DAY in drawn


@given(drawn=date_ranges(on=DAY, within=WINDOW))
def test_date_ranges_on_a_day_within_a_window_contain_the_day_and_lie_in_the_window(drawn: DateRange) -> None:
    assert DAY in drawn
    assert WINDOW.covers(drawn)


def test_date_ranges_on_a_day_shrink_to_that_one_day() -> None:
    assert find(date_ranges(on=DAY), lambda _: True) == DateRange(start=DAY, end=DAY)


@given(drawn=date_ranges(on=date(1950, 6, 1), open_ended=True))
def test_date_ranges_on_a_day_outside_the_default_years_are_drawn_around_it(drawn: DateRange) -> None:
    assert drawn.end is None
    assert drawn.start <= date(1950, 6, 1)


@given(
    year=school_years(min_value=SchoolYear(2100)),
    early=school_years(max_value=SchoolYear(1990)),
    semester=semesters(min_value=Semester(school_year=SchoolYear(2100), number=2)),
    quarter=quarters(max_value=Quarter(year=1990, number=3)),
)
def test_one_bound_outside_the_default_years_widens_the_other(
    year: SchoolYear, early: SchoolYear, semester: Semester, quarter: Quarter
) -> None:
    assert year == SchoolYear(2100)
    assert early == SchoolYear(1990)
    assert semester == Semester(school_year=SchoolYear(2100), number=2)
    assert quarter == Quarter(year=1990, number=3)


@given(text=messages())
def test_messages_are_one_line_and_never_blank(text: str) -> None:
    assert text == " ".join(text.split()) != ""


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: date_ranges(on=date(2021, 1, 1), within=WINDOW),
            r"^date_ranges\(\.\.\.\): on= must be a day of within=$",
        ),
        (
            lambda: dates(min_value=date(2021, 1, 1), within=WINDOW),
            r"^dates\(\.\.\.\): no day lies in the window these arguments allow$",
        ),
        (lambda: violations(rule="not a rule"), r"^violations\(rule=\.\.\.\): expected a rule id such as 'C-5'"),
    ],
)
def test_arguments_that_allow_nothing_are_refused(make: Any, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        make()


def test_a_strategy_of_values_that_are_no_records_is_refused_when_drawn() -> None:
    with pytest.raises(InvalidArgument, match=r"^steps\(values=\.\.\.\): .* got an int; it drew a value that is no"):
        find(steps(st.just(1)), lambda _: True)


def test_a_message_never_shows_the_value() -> None:
    with pytest.raises(InvalidArgument, match=r"^x\(a=\.\.\.\): expected b, got None$"):
        Narrowing("x").fail("a", "b", None)
    with pytest.raises(InvalidArgument, match=r"^x\(a=\.\.\.\): expected b, got a strategy$"):
        Narrowing("x").fail("a", "b", st.none())


@st.composite
def _sizes(draw: st.DrawFn, low: int, high: int) -> int:
    return size(draw, low, high)


def test_counts_of_items_are_small_more_often_but_every_count_up_to_the_largest_is_drawn() -> None:
    quiet = settings(database=None, max_examples=2000)
    assert find(_sizes(0, 100), lambda drawn: drawn > 12, settings=quiet) == 13  # shrunk to the least beyond 12
    assert find(_sizes(0, 100), lambda drawn: drawn == 100, settings=quiet) == 100
    assert find(_sizes(2, 14), lambda drawn: drawn == 14, settings=quiet) == 14
    assert find(_sizes(0, 100), lambda drawn: True, settings=quiet) == 0
