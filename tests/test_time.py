"""Dates, periods, school years, semesters and quarters (rules T-1 ... T-5, T-7).

Latvian date notation (T-6) is tested in test_notation.py.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import karjera_core.time as time_module
from karjera_core.errors import ValidationError
from karjera_core.strategies._time import date_ranges, dates, quarters, school_years, semesters
from karjera_core.time import (
    FIRST_DAY,
    LAST_DAY,
    MAX_YEAR,
    MIN_YEAR,
    DateRange,
    Quarter,
    SchoolYear,
    Semester,
    yearly_windows,
)

DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
START_YEAR = "expected a start year: an int (not a bool) from 1900 to 2198"
SEMESTER_NUMBER = "expected a semester number: an int (not a bool) from 1 to 2"
QUARTER_YEAR = "expected a year: an int (not a bool) from 1900 to 2199"
QUARTER_NUMBER = "expected a quarter number: an int (not a bool) from 1 to 4"
SCHOOL_YEARS = "expected a date in the school years 1900./1901. to 2198./2199."
END_BEFORE_START = ("$.end", "period.end_before_start", "expected an end on or after the start")
NOT_A_RANGE = "expected a DateRange"
ONE_DAY = timedelta(days=1)

Problems = list[tuple[str, str, str]]


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def refused(call: Callable[[], object], expected: Problems) -> ValidationError:
    """Assert that ``call`` raises a ValidationError listing exactly ``expected`` (path, code, message)."""
    with pytest.raises(ValidationError) as caught:
        call()
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == expected
    return caught.value


def d(text: str) -> date:
    return date.fromisoformat(text)


def dr(start: str, end: str | None = None) -> DateRange:
    return DateRange(start=d(start), end=None if end is None else d(end))


# T-1 ---------------------------------------------------------------------------------------------


def test_t1_time_module_reads_no_clock_and_uses_no_guessing_parser() -> None:
    source = inspect.getsource(time_module)
    for forbidden in ("today(", "now(", "utcnow(", "time.time(", "dateutil.parser", "dateutil import parser"):
        assert forbidden not in source


# T-2 ---------------------------------------------------------------------------------------------


def test_t2_start_and_end_are_inclusive() -> None:
    term = dr("2024-10-01", "2029-12-31")
    assert d("2024-09-30") not in term
    assert d("2024-10-01") in term
    assert d("2024-10-02") in term
    assert d("2029-12-30") in term
    assert d("2029-12-31") in term
    assert d("2030-01-01") not in term
    assert term.days == 1918
    assert not term.is_open


def test_t2_a_range_may_end_on_its_first_day_but_not_before_it() -> None:
    one_day = dr("2020-01-02", "2020-01-02")
    assert one_day.days == 1
    assert d("2020-01-02") in one_day
    assert d("2020-01-01") not in one_day
    assert d("2020-01-03") not in one_day
    assert dr("2020-01-02", "2020-01-03").days == 2
    error = refused(lambda: dr("2020-01-02", "2020-01-01"), [END_BEFORE_START])
    assert not error.omitted


def test_t2_open_range_contains_every_later_day() -> None:
    ongoing = dr("2021-07-01")
    assert ongoing.is_open
    assert d("2199-12-31") in ongoing
    assert d("2021-07-01") in ongoing
    assert d("2021-06-30") not in ongoing
    assert str(ongoing) == "2021-07-01.."
    assert str(dr("2021-07-01", "2021-07-02")) == "2021-07-01..2021-07-02"


def test_t2_an_open_range_has_no_length() -> None:
    refused(lambda: dr("2021-07-01").days, [("$", "period.open", "an open period has no length")])


def test_t2_only_plain_dates_are_contained() -> None:
    term = dr("2024-01-01", "2024-12-31")
    assert "2024-06-01" not in term
    assert datetime(2024, 6, 1) not in term
    assert None not in term
    assert date(1, 1, 1) not in dr("1900-01-01")


def test_t2_the_library_s_first_and_last_days() -> None:
    assert date(1900, 1, 1) == FIRST_DAY
    assert date(2199, 12, 31) == LAST_DAY
    whole = DateRange(start=FIRST_DAY, end=LAST_DAY)
    assert whole.days == 300 * 365 + 73  # 1900 and 2100 are no leap years, 2000 is
    refused(lambda: DateRange(start=FIRST_DAY - ONE_DAY), [("$.start", "date.range", DAY)])
    refused(lambda: DateRange(start=FIRST_DAY, end=LAST_DAY + ONE_DAY), [("$.end", "date.range", DAY)])


@pytest.mark.parametrize(
    ("start", "end", "problems"),
    [
        (None, None, [("$.start", "date.type")]),
        (datetime(2020, 1, 1), None, [("$.start", "date.type")]),
        ("2020-01-01", date(2020, 1, 2), [("$.start", "date.type")]),
        (date(2020, 1, 1), datetime(2020, 1, 2), [("$.end", "date.type")]),
        (date(2020, 1, 1), "2020-01-02", [("$.end", "date.type")]),
        (date(1899, 12, 31), None, [("$.start", "date.range")]),
        (date(2200, 1, 1), None, [("$.start", "date.range")]),
        (date(2020, 1, 1), date(2200, 1, 1), [("$.end", "date.range")]),
        (date(2020, 1, 1), date(1899, 1, 1), [("$.end", "date.range")]),
        (None, datetime(2020, 1, 2), [("$.start", "date.type"), ("$.end", "date.type")]),
        (date(1800, 1, 1), date(2300, 1, 1), [("$.start", "date.range"), ("$.end", "date.range")]),
    ],
)
def test_t2_every_problem_of_a_range_is_reported(start: object, end: object, problems: list[tuple[str, str]]) -> None:
    refused(lambda: DateRange(start=untyped(start), end=untyped(end)), [(path, code, DAY) for path, code in problems])


def test_t2_covers_on_the_same_day_boundaries() -> None:
    year = dr("2020-01-01", "2020-12-31")
    assert year.covers(year)
    assert year.covers(dr("2020-03-01", "2020-03-31"))
    assert year.covers(dr("2020-01-01", "2020-01-01"))  # starts on the start
    assert not year.covers(dr("2019-12-31", "2020-01-31"))  # starts the day before
    assert year.covers(dr("2020-01-02", "2020-01-31"))  # starts the day after
    assert year.covers(dr("2020-12-01", "2020-12-31"))  # ends on the end
    assert not year.covers(dr("2020-12-01", "2021-01-01"))  # ends the day after
    assert year.covers(dr("2020-12-01", "2020-12-30"))  # ends the day before
    assert not year.covers(dr("2020-12-01"))
    assert dr("2020-01-01").covers(dr("2020-12-01"))
    assert dr("2020-01-01").covers(dr("2020-01-01"))
    assert not dr("2020-01-01").covers(dr("2019-12-31"))
    assert dr("2020-01-01").covers(dr("2020-12-01", "2030-01-01"))


def test_t2_overlaps_and_intersection_on_the_same_day_boundaries() -> None:
    first = dr("2020-01-01", "2020-06-30")
    assert first.overlaps(dr("2020-06-30", "2020-12-31"))  # share exactly the last day
    assert first.intersection(dr("2020-06-30", "2020-12-31")) == dr("2020-06-30", "2020-06-30")
    assert not first.overlaps(dr("2020-07-01", "2020-12-31"))  # start the day after the end
    assert first.intersection(dr("2020-07-01")) is None
    assert first.overlaps(dr("2019-01-01", "2020-01-01"))  # share exactly the first day
    assert not first.overlaps(dr("2019-01-01", "2019-12-31"))  # end the day before the start
    assert first.intersection(dr("2020-03-01")) == dr("2020-03-01", "2020-06-30")
    assert dr("2020-01-01").intersection(dr("2021-01-01")) == dr("2021-01-01")


@pytest.mark.parametrize("other", [None, "2020-01-01", date(2020, 1, 1), SchoolYear(2020), (date(2020, 1, 1),)])
def test_t2_covers_overlaps_and_intersection_need_a_date_range(other: object) -> None:
    term = dr("2020-01-01", "2020-12-31")
    for call in (term.covers, term.overlaps, term.intersection):
        refused(partial(call, untyped(other)), [("$.other", "record.type", NOT_A_RANGE)])


@given(first=date_ranges(), second=date_ranges(), day=dates())
def test_t2_intersection_is_commutative_and_its_days_are_in_both(
    first: DateRange, second: DateRange, day: date
) -> None:
    both = first.intersection(second)
    assert both == second.intersection(first)
    assert (day in first and day in second) == (both is not None and day in both)
    assert first.overlaps(second) == (both is not None)
    if both is not None:
        assert first.covers(both)
        assert second.covers(both)
        assert both.start in first
        assert both.start in second


# T-3 ---------------------------------------------------------------------------------------------


def test_t3_school_year_containing_on_the_same_day_boundaries() -> None:
    assert SchoolYear.containing(d("2017-03-01")) == SchoolYear(2016)
    assert SchoolYear.containing(d("2016-08-31")) == SchoolYear(2015)
    assert SchoolYear.containing(d("2016-09-01")) == SchoolYear(2016)
    assert SchoolYear.containing(d("2016-09-02")) == SchoolYear(2016)
    assert SchoolYear.containing(d("2017-08-30")) == SchoolYear(2016)
    assert SchoolYear.containing(d("2017-08-31")) == SchoolYear(2016)
    assert SchoolYear.containing(d("2017-09-01")) == SchoolYear(2017)
    assert SchoolYear.containing(d("2016-12-31")) == SchoolYear.containing(d("2017-01-01")) == SchoolYear(2016)


def test_t3_school_year_runs_september_to_august() -> None:
    year = SchoolYear(2016)
    assert (year.start, year.end) == (d("2016-09-01"), d("2017-08-31"))
    assert year.period == dr("2016-09-01", "2017-08-31")
    assert d("2016-08-31") not in year
    assert d("2016-09-01") in year
    assert d("2017-08-31") in year
    assert d("2017-09-01") not in year
    assert "2017-01-01" not in year
    assert str(year) == "2016./2017."
    assert repr(year) == "SchoolYear(2016)"


def test_t3_school_years_are_ordered_and_iterated() -> None:
    year = SchoolYear(2016)
    assert year.next() == SchoolYear(2017)
    assert year.previous() == SchoolYear(2015)
    assert year.previous() < year < year.next()
    assert sorted([SchoolYear(2020), SchoolYear(2017)]) == [SchoolYear(2017), SchoolYear(2020)]


def test_t3_the_first_and_last_school_years_the_library_holds() -> None:
    first, last = SchoolYear(MIN_YEAR), SchoolYear(MAX_YEAR - 1)
    assert (first.start, last.end) == (date(1900, 9, 1), date(2199, 8, 31))
    refused(first.previous, [("$", "integer.range", START_YEAR)])
    refused(last.next, [("$", "integer.range", START_YEAR)])
    assert first.next().previous() == first


@pytest.mark.parametrize(
    ("start_year", "code"),
    [
        (True, "integer.type"),
        ("2016", "integer.type"),
        (2016.0, "integer.type"),
        (None, "integer.type"),
        (MIN_YEAR - 1, "integer.range"),
        (MAX_YEAR, "integer.range"),
        pytest.param(10**5000, "integer.range", id="five-thousand-digits"),
    ],
)
def test_t3_school_year_start_must_be_an_int_in_range(start_year: object, code: str) -> None:
    refused(lambda: SchoolYear(untyped(start_year)), [("$", code, START_YEAR)])


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (datetime(2020, 1, 1), "date.type"),
        ("2020-01-01", "date.type"),
        (None, "date.type"),
        (20200101, "date.type"),
        (date(1899, 12, 31), "date.range"),
        (date(2200, 1, 1), "date.range"),
    ],
)
def test_t3_containing_refuses_what_is_not_a_plain_date_in_range(day: object, code: str) -> None:
    for containing in (SchoolYear.containing, Semester.containing, Quarter.containing):
        refused(partial(containing, untyped(day)), [("$.day", code, DAY)])


@pytest.mark.parametrize(
    "day", [date(MIN_YEAR, 1, 1), date(MIN_YEAR, 8, 31), date(MAX_YEAR, 9, 1), date(MAX_YEAR, 12, 31)]
)
def test_t3_days_outside_the_school_years_the_library_holds_are_refused(day: date) -> None:
    refused(lambda: SchoolYear.containing(day), [("$.day", "date.range", SCHOOL_YEARS)])
    refused(lambda: Semester.containing(day), [("$.day", "date.range", SCHOOL_YEARS)])


def test_t3_the_library_s_first_and_last_school_days() -> None:
    assert SchoolYear.containing(date(MIN_YEAR, 9, 1)) == SchoolYear(MIN_YEAR)
    assert SchoolYear.containing(date(MAX_YEAR, 8, 31)) == SchoolYear(MAX_YEAR - 1)
    assert Semester.containing(date(MIN_YEAR, 9, 1)) == Semester(school_year=SchoolYear(MIN_YEAR), number=1)
    assert Semester.containing(date(MAX_YEAR, 8, 31)) == Semester(school_year=SchoolYear(MAX_YEAR - 1), number=2)


@pytest.mark.parametrize(
    "text",
    [
        "2016./2017. mācību gads",
        "2016./2017.",
        "2016/2017",
        "2016./2017.mācību gadā",
        "2016./2017.m.g.",
        "2016. / 2017. M. G.",
    ],
)
def test_t3_school_year_parse(text: str) -> None:
    assert SchoolYear.parse(text) == SchoolYear(2016)


SCHOOL_YEAR_RANGE = ("$", "school_year.range", "expected a first year in 1900-2198")
NOT_CONSECUTIVE = ("$", "school_year.not_consecutive", "expected the second year to follow the first")
SCHOOL_YEAR_FORMAT = (
    "$",
    "school_year.format",
    "expected a school year written like 'YYYY./YYYY. mācību gads', 'YYYY./YYYY. m.g.', 'YYYY./YY.' or 'YYYY/YYYY'",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016/2018", [NOT_CONSECUTIVE]),
        ("2017./2016. mācību gads", [NOT_CONSECUTIVE]),
        ("2016/2016", [NOT_CONSECUTIVE]),
        ("2199/2200", [SCHOOL_YEAR_RANGE]),
        ("1899/1900", [SCHOOL_YEAR_RANGE]),
        ("120160/120161", [SCHOOL_YEAR_RANGE, NOT_CONSECUTIVE]),
        ("2016/20170", [NOT_CONSECUTIVE]),
        ("2016/2017 gads", [("$", "date.trailing_text", "expected nothing after the school year")]),
        ("2016", [SCHOOL_YEAR_FORMAT]),
        ("2016.gada 1.oktobris", [SCHOOL_YEAR_FORMAT]),
        ("", [("$", "date.text_empty", "expected a school year, not empty text")]),
        (" \u00a0\t", [("$", "date.text_empty", "expected a school year, not empty text")]),
        ("2016/2017" + " " * 92, [("$", "date.text_too_long", "expected at most 100 characters")]),
    ],
)
def test_t3_school_year_parse_refuses(text: str, expected: Problems) -> None:
    error = refused(lambda: SchoolYear.parse(text), expected)
    if text.strip():
        assert text.strip() not in str(error)


def test_t3_school_year_parse_of_at_most_100_characters_is_read() -> None:
    assert SchoolYear.parse("2016/2017" + " " * 91) == SchoolYear(2016)


@pytest.mark.parametrize("value", [2016, None, b"2016/2017", ["2016/2017"]])
def test_t3_school_year_parse_refuses_non_text(value: object) -> None:
    refused(lambda: SchoolYear.parse(untyped(value)), [("$", "date.text_type", "expected the school year as a str")])


@given(day=dates(min_value=date(MIN_YEAR, 9, 1), max_value=date(MAX_YEAR, 8, 31)))
def test_t3_the_school_year_containing_a_day_contains_it(day: date) -> None:
    year = SchoolYear.containing(day)
    assert day in year
    assert Semester.containing(day) in year.semesters


@given(day=dates())
def test_t3_a_day_is_in_no_other_school_year(day: date) -> None:
    year = SchoolYear.containing(day)
    assert day not in year.next()
    assert day not in year.previous()


@given(year=school_years())
def test_t3_school_year_text_round_trips(year: SchoolYear) -> None:
    assert SchoolYear.parse(str(year)) == year
    assert SchoolYear.parse(f"{year} mācību gads") == year


# T-4 ---------------------------------------------------------------------------------------------


def test_t4_semesters_partition_the_year() -> None:
    first, second = SchoolYear(2020).semesters
    assert (first.start, first.end) == (d("2020-09-01"), d("2020-12-31"))
    assert (second.start, second.end) == (d("2021-01-01"), d("2021-08-31"))
    assert first.end + ONE_DAY == second.start
    assert first.period.days + second.period.days == SchoolYear(2020).period.days
    assert str(first) == "2020./2021. I semestris"
    assert str(second) == "2020./2021. II semestris"
    assert first < second


def test_t4_semester_containing_on_the_same_day_boundaries() -> None:
    first = Semester(school_year=SchoolYear(2020), number=1)
    second = Semester(school_year=SchoolYear(2020), number=2)
    assert Semester.containing(d("2020-08-31")) == Semester(school_year=SchoolYear(2019), number=2)
    assert Semester.containing(d("2020-09-01")) == first
    assert Semester.containing(d("2020-10-05")) == first
    assert Semester.containing(d("2020-12-31")) == first
    assert Semester.containing(d("2021-01-01")) == second
    assert Semester.containing(d("2021-08-31")) == second
    assert Semester.containing(d("2021-09-01")) == Semester(school_year=SchoolYear(2021), number=1)
    for semester in (first, second):
        assert semester.start - ONE_DAY not in semester
        assert semester.start in semester
        assert semester.end in semester
        assert semester.end + ONE_DAY not in semester


@pytest.mark.parametrize(
    ("school_year", "number", "expected"),
    [
        (SchoolYear(2020), 3, [("$.number", "integer.range", SEMESTER_NUMBER)]),
        (SchoolYear(2020), 0, [("$.number", "integer.range", SEMESTER_NUMBER)]),
        (SchoolYear(2020), True, [("$.number", "integer.type", SEMESTER_NUMBER)]),
        (SchoolYear(2020), "1", [("$.number", "integer.type", SEMESTER_NUMBER)]),
        (2020, 1, [("$.school_year", "record.type", "expected a SchoolYear")]),
        (
            "2020./2021.",
            "II",
            [("$.school_year", "record.type", "expected a SchoolYear"), ("$.number", "integer.type", SEMESTER_NUMBER)],
        ),
    ],
)
def test_t4_semester_refuses_bad_parts(school_year: object, number: object, expected: Problems) -> None:
    refused(lambda: Semester(school_year=untyped(school_year), number=untyped(number)), expected)


@given(day=dates())
def test_t4_every_day_is_in_exactly_one_semester(day: date) -> None:
    candidates = [s for y in (SchoolYear(day.year - 1), SchoolYear(day.year)) for s in y.semesters]
    assert [s for s in candidates if day in s] == [Semester.containing(day)]


@given(semester=semesters())
def test_t4_a_semester_lies_in_its_school_year(semester: Semester) -> None:
    assert semester.school_year.period.covers(semester.period)
    assert Semester.containing(semester.start) == semester == Semester.containing(semester.end)
    assert Semester.containing(semester.start - ONE_DAY) < semester < Semester.containing(semester.end + ONE_DAY)


# T-5 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "start", "end"),
    [
        (1, "2016-01-01", "2016-03-31"),
        (2, "2016-04-01", "2016-06-30"),
        (3, "2016-07-01", "2016-09-30"),
        (4, "2016-10-01", "2016-12-31"),
    ],
)
def test_t5_calendar_quarters_on_the_same_day_boundaries(number: int, start: str, end: str) -> None:
    quarter = Quarter(year=2016, number=number)
    assert quarter.period == dr(start, end)
    assert d(start) - ONE_DAY not in quarter
    assert d(start) in quarter
    assert d(end) in quarter
    assert d(end) + ONE_DAY not in quarter
    assert Quarter.containing(d(start)) == quarter == Quarter.containing(d(end))
    assert Quarter.containing(d(start) - ONE_DAY) != quarter != Quarter.containing(d(end) + ONE_DAY)


def test_t5_quarter_containing_at_the_turn_of_the_year_and_the_library_s_edges() -> None:
    assert Quarter.containing(d("2016-12-31")) == Quarter(year=2016, number=4)
    assert Quarter.containing(d("2017-01-01")) == Quarter(year=2017, number=1)
    assert Quarter.containing(FIRST_DAY) == Quarter(year=MIN_YEAR, number=1)
    assert Quarter.containing(LAST_DAY) == Quarter(year=MAX_YEAR, number=4)


def test_t5_quarter_text() -> None:
    quarter = Quarter(year=2016, number=4)
    assert str(quarter) == "2016.gada 4.ceturksnis"
    assert "2016-12-31" not in quarter


@pytest.mark.parametrize(
    ("year", "number", "expected"),
    [
        (2016, 5, [("$.number", "integer.range", QUARTER_NUMBER)]),
        (2016, 0, [("$.number", "integer.range", QUARTER_NUMBER)]),
        (2016, True, [("$.number", "integer.type", QUARTER_NUMBER)]),
        (2016, "4", [("$.number", "integer.type", QUARTER_NUMBER)]),
        (True, 1, [("$.year", "integer.type", QUARTER_YEAR)]),
        ("2016", 1, [("$.year", "integer.type", QUARTER_YEAR)]),
        (MAX_YEAR + 1, 1, [("$.year", "integer.range", QUARTER_YEAR)]),
        (MIN_YEAR - 1, 9, [("$.year", "integer.range", QUARTER_YEAR), ("$.number", "integer.range", QUARTER_NUMBER)]),
    ],
)
def test_t5_quarter_refuses_bad_parts(year: object, number: object, expected: Problems) -> None:
    refused(lambda: Quarter(year=untyped(year), number=untyped(number)), expected)


@given(day=dates())
def test_t5_the_quarter_containing_a_day_contains_it(day: date) -> None:
    quarter = Quarter.containing(day)
    assert day in quarter
    assert quarter.start.year == quarter.end.year == day.year


@given(quarter=quarters())
def test_t5_quarters_have_three_months(quarter: Quarter) -> None:
    assert quarter.start + relativedelta(months=3) == quarter.end + ONE_DAY


# T-7 ---------------------------------------------------------------------------------------------


def test_t7_yearly_windows_of_the_esf_plus_project() -> None:
    windows = yearly_windows(dr("2024-10-01", "2029-12-31"))  # seed [003]
    assert [str(w) for w in windows] == [
        "2024-10-01..2025-09-30",
        "2025-10-01..2026-09-30",
        "2026-10-01..2027-09-30",
        "2027-10-01..2028-09-30",
        "2028-10-01..2029-09-30",
        "2029-10-01..2029-12-31",
    ]


def test_t7_a_short_period_is_one_window() -> None:
    assert yearly_windows(dr("2024-10-01", "2024-10-01")) == (dr("2024-10-01", "2024-10-01"),)
    assert yearly_windows(dr("2024-01-01", "2024-12-31")) == (dr("2024-01-01", "2024-12-31"),)


def test_t7_a_period_of_a_year_and_one_day_is_two_windows() -> None:
    assert yearly_windows(dr("2024-10-01", "2025-09-30")) == (dr("2024-10-01", "2025-09-30"),)
    assert yearly_windows(dr("2024-10-01", "2025-10-01")) == (
        dr("2024-10-01", "2025-09-30"),
        dr("2025-10-01", "2025-10-01"),
    )
    assert yearly_windows(dr("2024-10-01", "2025-09-29")) == (dr("2024-10-01", "2025-09-29"),)


def test_t7_windows_from_29_february_start_on_28_february_in_common_years() -> None:
    windows = yearly_windows(dr("2020-02-29", "2024-03-31"))
    assert [w.start for w in windows] == [
        d("2020-02-29"),
        d("2021-02-28"),
        d("2022-02-28"),
        d("2023-02-28"),
        d("2024-02-29"),
    ]
    assert windows[3].end == d("2024-02-28")


def test_t7_windows_up_to_the_library_s_last_day() -> None:
    windows = yearly_windows(DateRange(start=date(2198, 3, 1), end=LAST_DAY))
    assert [str(w) for w in windows] == ["2198-03-01..2199-02-28", "2199-03-01..2199-12-31"]


def test_t7_an_open_period_has_no_yearly_windows() -> None:
    refused(
        lambda: yearly_windows(dr("2024-10-01")),
        [("$.period.end", "period.open", "expected a closed period: an open one has no last window")],
    )


@pytest.mark.parametrize("period", [SchoolYear(2020), None, "2020-01-01..2020-12-31", date(2020, 1, 1)])
def test_t7_yearly_windows_need_a_date_range(period: object) -> None:
    refused(lambda: yearly_windows(untyped(period)), [("$.period", "record.type", NOT_A_RANGE)])


@given(period=date_ranges(open_ended=False))
def test_t7_yearly_windows_partition_the_period(period: DateRange) -> None:
    windows = yearly_windows(period)
    assert windows[0].start == period.start
    assert windows[-1].end == period.end
    assert sum(w.days for w in windows) == period.days
    for k, (window, following) in enumerate(itertools.pairwise(windows), start=1):
        assert window.end is not None
        assert window.end + ONE_DAY == following.start
        assert following.start == period.start + relativedelta(years=k)
        assert window.days in (365, 366)
    assert all(period.covers(w) for w in windows)


# Strategies ---------------------------------------------------------------------------------------


@given(within=date_ranges(), data=st.data())
def test_strategy_date_ranges_within_are_covered(within: DateRange, data: st.DataObject) -> None:
    inner = data.draw(date_ranges(within=within))
    assert within.covers(inner)


@given(opened=date_ranges(open_ended=True), closed=date_ranges(open_ended=False))
def test_strategy_date_ranges_open_ended(opened: DateRange, closed: DateRange) -> None:
    assert opened.is_open
    assert not closed.is_open


@given(
    semester=semesters(
        min_value=Semester(school_year=SchoolYear(2016), number=1),
        max_value=Semester(school_year=SchoolYear(2016), number=2),
    ),
    quarter=quarters(min_value=Quarter(year=2016, number=1), max_value=Quarter(year=2016, number=4)),
)
def test_strategy_year_bounds(semester: Semester, quarter: Quarter) -> None:
    assert semester.school_year == SchoolYear(2016)
    assert quarter.year == 2016


@given(
    day=dates(min_value=FIRST_DAY, max_value=FIRST_DAY + ONE_DAY),
    year=school_years(min_value=SchoolYear(MAX_YEAR - 1), max_value=SchoolYear(MAX_YEAR - 1)),
    quarter=quarters(min_value=Quarter(year=MAX_YEAR, number=1), max_value=Quarter(year=MAX_YEAR, number=4)),
)
def test_strategy_bounds_reach_the_library_s_edges(day: date, year: SchoolYear, quarter: Quarter) -> None:
    assert day in (FIRST_DAY, FIRST_DAY + ONE_DAY)
    assert year == SchoolYear(MAX_YEAR - 1)
    assert quarter.year == MAX_YEAR


@pytest.mark.parametrize(
    "make",
    [
        lambda: dates(min_value=date(2020, 1, 2), max_value=date(2020, 1, 1)),
        lambda: dates(min_value=untyped(datetime(2020, 1, 1))),
        lambda: dates(max_value=date(2300, 1, 1)),
        lambda: date_ranges(within=untyped("2020")),
        lambda: date_ranges(open_ended=untyped(1)),
        lambda: date_ranges(within=dr("2020-01-01", "2020-12-31"), open_ended=True),
        lambda: school_years(min_value=SchoolYear(2020), max_value=SchoolYear(2019)),
        lambda: school_years(max_value=untyped(2020)),
        lambda: semesters(min_value=untyped(True)),
        lambda: quarters(min_value=Quarter(year=2020, number=2), max_value=Quarter(year=2020, number=1)),
    ],
)
def test_strategy_arguments_are_checked(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        make()


def test_time_module_lists_its_names() -> None:
    assert dir(time_module) == sorted(time_module.__all__)
    assert "second_year" not in dir(time_module)
