"""Dates, periods, school years, semesters, quarters and Latvian date notation (rules T-1 ... T-7)."""

from __future__ import annotations

import inspect
import itertools
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
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
    MAX_YEAR,
    MIN_YEAR,
    DateRange,
    Quarter,
    SchoolYear,
    Semester,
    yearly_windows,
)
from karjera_core.notation import parse_lv_date, parse_lv_period

CASES = ("nominative", "genitive", "dative", "accusative", "locative")

#: Every month in every case, written out by hand (not derived from the library's table).
MONTH_CASES: dict[int, tuple[str, str, str, str, str]] = {
    1: ("janvāris", "janvāra", "janvārim", "janvāri", "janvārī"),
    2: ("februāris", "februāra", "februārim", "februāri", "februārī"),
    3: ("marts", "marta", "martam", "martu", "martā"),
    4: ("aprīlis", "aprīļa", "aprīlim", "aprīli", "aprīlī"),
    5: ("maijs", "maija", "maijam", "maiju", "maijā"),
    6: ("jūnijs", "jūnija", "jūnijam", "jūniju", "jūnijā"),
    7: ("jūlijs", "jūlija", "jūlijam", "jūliju", "jūlijā"),
    8: ("augusts", "augusta", "augustam", "augustu", "augustā"),
    9: ("septembris", "septembra", "septembrim", "septembri", "septembrī"),
    10: ("oktobris", "oktobra", "oktobrim", "oktobri", "oktobrī"),
    11: ("novembris", "novembra", "novembrim", "novembri", "novembrī"),
    12: ("decembris", "decembra", "decembrim", "decembri", "decembrī"),
}
EVERY_MONTH_FORM = [
    pytest.param(month, word, id=f"{word}-{case}")
    for month, words in MONTH_CASES.items()
    for case, word in zip(CASES, words, strict=True)
]


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def refused(call: Callable[[], object], *codes: str, text: object = None) -> ValidationError:
    """Assert that ``call`` raises a ValidationError with exactly ``codes``, not repeating ``text``."""
    with pytest.raises(ValidationError) as caught:
        call()
    assert [problem.code for problem in caught.value.problems] == list(codes)
    if isinstance(text, str) and text.strip():
        assert text.strip() not in str(caught.value)
    return caught.value


def error_of(parse: Callable[[str], object], text: str) -> ValidationError | None:
    """The ValidationError ``parse(text)`` raises, or None; any other exception propagates."""
    try:
        parse(text)
    except ValidationError as error:
        return error
    return None


def d(text: str) -> date:
    return date.fromisoformat(text)


def dr(start: str, end: str | None = None) -> DateRange:
    return DateRange(start=d(start), end=None if end is None else d(end))


# T-1 ---------------------------------------------------------------------------------------------


def test_t1_time_module_reads_no_clock_and_uses_no_guessing_parser() -> None:
    source = inspect.getsource(time_module)
    for forbidden in ("today(", "now(", "utcnow(", "time.time(", "dateutil.parser", "dateutil import parser"):
        assert forbidden not in source


def test_t1_same_text_same_answer() -> None:
    assert parse_lv_period("2017./2018.") == parse_lv_period("2017./2018.") == SchoolYear(2017).period


# T-2 ---------------------------------------------------------------------------------------------


def test_t2_start_and_end_are_inclusive() -> None:
    term = dr("2024-10-01", "2029-12-31")
    assert d("2024-10-01") in term
    assert d("2029-12-31") in term
    assert d("2024-09-30") not in term
    assert d("2030-01-01") not in term
    assert term.days == 1918
    assert dr("2020-01-01", "2020-01-01").days == 1
    assert not term.is_open


def test_t2_end_before_start_is_refused() -> None:
    error = refused(lambda: dr("2020-01-02", "2020-01-01"), "period.end_before_start")
    assert error.problems[0].path == "$.end"


def test_t2_open_range_contains_every_later_day() -> None:
    ongoing = dr("2021-07-01")
    assert ongoing.is_open
    assert d("2199-12-31") in ongoing
    assert d("2021-06-30") not in ongoing
    assert str(ongoing) == "2021-07-01.."
    assert str(dr("2021-07-01", "2021-07-02")) == "2021-07-01..2021-07-02"


def test_t2_an_open_range_has_no_length() -> None:
    refused(lambda: dr("2021-07-01").days, "period.open")


def test_t2_only_plain_dates_are_contained() -> None:
    term = dr("2024-01-01", "2024-12-31")
    assert "2024-06-01" not in term
    assert datetime(2024, 6, 1) not in term
    assert None not in term


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
    with pytest.raises(ValidationError) as caught:
        DateRange(start=untyped(start), end=untyped(end))
    assert [(p.path, p.code) for p in caught.value.problems] == problems


def test_t2_covers() -> None:
    year = dr("2020-01-01", "2020-12-31")
    assert year.covers(dr("2020-03-01", "2020-03-31"))
    assert year.covers(year)
    assert not year.covers(dr("2019-12-31", "2020-01-31"))
    assert not year.covers(dr("2020-12-01", "2021-01-01"))
    assert not year.covers(dr("2020-12-01"))
    assert dr("2020-01-01").covers(dr("2020-12-01"))
    assert dr("2020-01-01").covers(dr("2020-12-01", "2030-01-01"))


def test_t2_overlaps_and_intersection() -> None:
    first = dr("2020-01-01", "2020-06-30")
    assert first.overlaps(dr("2020-06-30", "2020-12-31"))
    assert not first.overlaps(dr("2020-07-01", "2020-12-31"))
    assert first.intersection(dr("2020-07-01")) is None
    assert first.intersection(dr("2020-03-01")) == dr("2020-03-01", "2020-06-30")
    assert dr("2020-01-01").intersection(dr("2021-01-01")) == dr("2021-01-01")


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


def test_t3_school_year_containing() -> None:
    assert SchoolYear.containing(d("2017-03-01")) == SchoolYear(2016)
    assert SchoolYear.containing(d("2017-08-31")) == SchoolYear(2016)
    assert SchoolYear.containing(d("2017-09-01")) == SchoolYear(2017)


def test_t3_school_year_runs_september_to_august() -> None:
    year = SchoolYear(2016)
    assert (year.start, year.end) == (d("2016-09-01"), d("2017-08-31"))
    assert year.period == dr("2016-09-01", "2017-08-31")
    assert d("2017-08-31") in year
    assert d("2017-09-01") not in year
    assert str(year) == "2016./2017."
    assert repr(year) == "SchoolYear(2016)"


def test_t3_school_years_are_ordered_and_iterated() -> None:
    year = SchoolYear(2016)
    assert year.next() == SchoolYear(2017)
    assert year.previous() == SchoolYear(2015)
    assert year.previous() < year < year.next()
    assert sorted([SchoolYear(2020), SchoolYear(2017)]) == [SchoolYear(2017), SchoolYear(2020)]


@pytest.mark.parametrize("start_year", [True, "2016", 2016.0, None, MIN_YEAR - 1, MAX_YEAR])
def test_t3_school_year_start_must_be_an_int_in_range(start_year: object) -> None:
    refused(lambda: SchoolYear(untyped(start_year)), "school_year.range")


@pytest.mark.parametrize("day", [datetime(2020, 1, 1), "2020-01-01", date(1899, 12, 31)])
def test_t3_containing_refuses_what_is_not_a_plain_date_in_range(day: object) -> None:
    with pytest.raises(ValidationError):
        SchoolYear.containing(untyped(day))
    with pytest.raises(ValidationError):
        Semester.containing(untyped(day))
    with pytest.raises(ValidationError):
        Quarter.containing(untyped(day))


@pytest.mark.parametrize("text", ["2016./2017. mācību gads", "2016./2017.", "2016/2017", "2016./2017.mācību gadā"])
def test_t3_school_year_parse(text: str) -> None:
    assert SchoolYear.parse(text) == SchoolYear(2016)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("2016/2018", ("school_year.not_consecutive",)),
        ("2017./2016. mācību gads", ("school_year.not_consecutive",)),
        ("2199/2200", ("school_year.range",)),
        ("1899/1900", ("school_year.range",)),
        ("120160/120161", ("school_year.range", "school_year.not_consecutive")),
        ("2016/2017 gads", ("date.trailing_text",)),
        ("2016", ("school_year.format",)),
        ("2016.gada 1.oktobris", ("school_year.format",)),
        ("", ("date.text_empty",)),
    ],
)
def test_t3_school_year_parse_refuses(text: str, codes: tuple[str, ...]) -> None:
    refused(lambda: SchoolYear.parse(text), *codes, text=text)


def test_t3_school_year_parse_refuses_non_text() -> None:
    refused(lambda: SchoolYear.parse(untyped(2016)), "date.text_type")


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


@pytest.mark.parametrize(
    "day", [date(MIN_YEAR, 1, 1), date(MIN_YEAR, 8, 31), date(MAX_YEAR, 9, 1), date(MAX_YEAR, 12, 31)]
)
def test_t3_days_outside_the_school_years_the_library_holds_are_refused(day: date) -> None:
    refused(lambda: SchoolYear.containing(day), "date.range")
    refused(lambda: Semester.containing(day), "date.range")


@given(year=school_years())
def test_t3_school_year_text_round_trips(year: SchoolYear) -> None:
    assert SchoolYear.parse(str(year)) == year
    assert SchoolYear.parse(f"{year} mācību gads") == year


# T-4 ---------------------------------------------------------------------------------------------


def test_t4_semesters_partition_the_year() -> None:
    first, second = SchoolYear(2020).semesters
    assert (first.start, first.end) == (d("2020-09-01"), d("2020-12-31"))
    assert (second.start, second.end) == (d("2021-01-01"), d("2021-08-31"))
    assert first.end + timedelta(days=1) == second.start
    assert first.period.days + second.period.days == SchoolYear(2020).period.days
    assert str(first) == "2020./2021. I semestris"
    assert str(second) == "2020./2021. II semestris"
    assert first < second


def test_t4_semester_containing() -> None:
    assert Semester.containing(d("2020-10-05")) == Semester(school_year=SchoolYear(2020), number=1)
    assert Semester.containing(d("2021-08-31")) == Semester(school_year=SchoolYear(2020), number=2)
    assert d("2021-08-31") in Semester(school_year=SchoolYear(2020), number=2)


@pytest.mark.parametrize(
    ("school_year", "number", "codes"),
    [
        (SchoolYear(2020), 3, ["semester.number"]),
        (SchoolYear(2020), 0, ["semester.number"]),
        (SchoolYear(2020), True, ["semester.number"]),
        (SchoolYear(2020), "1", ["semester.number"]),
        (2020, 1, ["semester.school_year"]),
        ("2020./2021.", "II", ["semester.school_year", "semester.number"]),
    ],
)
def test_t4_semester_refuses_bad_parts(school_year: object, number: object, codes: list[str]) -> None:
    refused(lambda: Semester(school_year=untyped(school_year), number=untyped(number)), *codes)


@given(day=dates())
def test_t4_every_day_is_in_exactly_one_semester(day: date) -> None:
    candidates = [s for y in (SchoolYear(day.year - 1), SchoolYear(day.year)) for s in y.semesters]
    assert [s for s in candidates if day in s] == [Semester.containing(day)]


@given(semester=semesters())
def test_t4_a_semester_lies_in_its_school_year(semester: Semester) -> None:
    assert semester.school_year.period.covers(semester.period)
    assert Semester.containing(semester.start) == semester == Semester.containing(semester.end)


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
def test_t5_calendar_quarters(number: int, start: str, end: str) -> None:
    quarter = Quarter(year=2016, number=number)
    assert quarter.period == dr(start, end)
    assert d(start) in quarter
    assert d(end) in quarter
    assert Quarter.containing(d(end)) == quarter


def test_t5_quarter_text() -> None:
    quarter = Quarter(year=2016, number=4)
    assert str(quarter) == "2016.gada 4.ceturksnis"
    assert parse_lv_period(str(quarter)) == quarter.period
    assert "2016-12-31" not in quarter


@pytest.mark.parametrize(
    ("year", "number", "codes"),
    [
        (2016, 5, ["quarter.number"]),
        (2016, 0, ["quarter.number"]),
        (2016, True, ["quarter.number"]),
        (2016, "4", ["quarter.number"]),
        (True, 1, ["quarter.year"]),
        ("2016", 1, ["quarter.year"]),
        (MAX_YEAR + 1, 1, ["quarter.year"]),
        (MIN_YEAR - 1, 9, ["quarter.year", "quarter.number"]),
    ],
)
def test_t5_quarter_refuses_bad_parts(year: object, number: object, codes: list[str]) -> None:
    refused(lambda: Quarter(year=untyped(year), number=untyped(number)), *codes)


def test_t5_quarter_to_month_span() -> None:
    # rule T-5, seed [000]
    assert parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris") == dr("2016-10-01", "2020-12-31")


@given(day=dates())
def test_t5_the_quarter_containing_a_day_contains_it(day: date) -> None:
    quarter = Quarter.containing(day)
    assert day in quarter
    assert quarter.start.year == quarter.end.year == day.year


@given(quarter=quarters())
def test_t5_quarters_have_three_months(quarter: Quarter) -> None:
    assert quarter.start + relativedelta(months=3) == quarter.end + timedelta(days=1)


# T-6: days ---------------------------------------------------------------------------------------


def test_t6_nominative_month_parses() -> None:
    assert parse_lv_date("2024.gada 1.oktobris") == d("2024-10-01")  # seed [003]


def test_t6_genitive_month_parses() -> None:
    assert parse_lv_date("2014.gada 28.oktobra") == d("2014-10-28")  # seed [000]


def test_t6_locative_month_parses() -> None:
    assert parse_lv_date("2020.gada 22.septembrī") == d("2020-09-22")  # seed [004]


def test_t6_dative_month_after_lidz_parses() -> None:
    assert parse_lv_date("līdz 2025.gada 31.augustam") == d("2025-08-31")  # seed [003]
    assert parse_lv_date("Līdz 04.12.2017.") == d("2017-12-04")


def test_t6_accusative_month_parses() -> None:
    assert parse_lv_date("2021.gada 1.martu") == d("2021-03-01")


def test_t6_space_after_each_dot_is_optional() -> None:
    assert parse_lv_date("2022. gada 31. decembrim") == d("2022-12-31")  # seed [004]
    assert parse_lv_date("2022.gada 31. decembrim") == parse_lv_date("2022. gada 31.decembrim") == d("2022-12-31")
    assert parse_lv_date("04. 12. 2017.") == d("2017-12-04")


def test_t6_numeric_date_with_or_without_trailing_dot() -> None:
    assert parse_lv_date("04.12.2017.") == d("2017-12-04")  # seed [002]
    assert parse_lv_date("04.12.2017") == d("2017-12-04")
    assert parse_lv_date("4.1.2017") == d("2017-01-04")


def test_t6_iso_date_is_accepted() -> None:
    assert parse_lv_date("2024-10-01") == d("2024-10-01")


def test_t6_case_whitespace_and_normalisation_do_not_matter() -> None:
    assert parse_lv_date("  2024.GADA\u00a01.OKTOBRIS\t") == d("2024-10-01")
    assert parse_lv_date("2020.gada   22.Septembrī") == d("2020-09-22")
    decomposed = unicodedata.normalize("NFD", "līdz 2025.gada 31.jūlijā")
    assert decomposed != "līdz 2025.gada 31.jūlijā"
    assert parse_lv_date(decomposed) == d("2025-07-31")
    assert parse_lv_date("２０２４-１０-０１") == d("2024-10-01")  # NFKC folds full-width digits


@pytest.mark.parametrize(("month", "word"), EVERY_MONTH_FORM)
def test_t6_every_month_in_every_case_parses(month: int, word: str) -> None:
    assert parse_lv_date(f"2024.gada 1.{word}") == date(2024, month, 1)
    assert parse_lv_date(f"2024. gada 1. {word.upper()}") == date(2024, month, 1)
    assert parse_lv_date(unicodedata.normalize("NFD", f"2024.gada 1.{word}")) == date(2024, month, 1)


@pytest.mark.parametrize(("month", "word"), EVERY_MONTH_FORM)
def test_t6_every_month_in_every_case_names_the_whole_month(month: int, word: str) -> None:
    period = parse_lv_period(f"2024.gada {word}")
    assert period.start == date(2024, month, 1)
    assert period.end is not None
    assert period.end.month == month
    assert (period.end + timedelta(days=1)).day == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2023.gada 31.februāris", "date.impossible"),
        ("2023.gada 29.februārī", "date.impossible"),
        ("2021.gada 31.jūnijā", "date.impossible"),
        ("29.02.2023", "date.impossible"),
        ("00.12.2017.", "date.impossible"),
        ("04.13.2017", "date.impossible"),
        ("2024-02-30", "date.impossible"),
        ("2024-13-01", "date.impossible"),
        ("2020.gada 123.oktobris", "date.impossible"),
        ("2020.gada 31.foobaris", "date.month_unknown"),
        ("2020.gada 1.aprīla", "date.month_unknown"),  # the genitive is "aprīļa"
        ("2020.gada 1.janvaris", "date.month_unknown"),  # diacritics are part of the word
        ("31.decembris", "date.year_missing"),
        ("18. un 19.maijā", "date.year_missing"),
        ("2020.gada 31.", "date.month_missing"),
        ("2020.gada decembris", "date.day_missing"),
        ("2020.gadā", "date.day_missing"),
        ("2016.gada 4.ceturksnis", "date.not_a_day"),
        ("2017./2018. mācību gads", "date.not_a_day"),
        ("2017.-2022.", "date.not_a_day"),
        ("2016.gada 5.ceturksnis", "period.quarter_number"),
        ("2020.gada 22.septembrī 2021", "date.trailing_text"),
        ("2024-10-01T10:00", "date.trailing_text"),
        ("04.12.2017.1", "date.trailing_text"),
        ("20240102", "date.format"),
        ("2024-W01-1", "date.format"),
        ("2024-1-5", "date.format"),
        ("septembris", "date.format"),
        ("līdz", "date.format"),
        ("vakar", "date.format"),
        ("1899.gada 31.decembris", "date.year_range"),
        ("2200-01-01", "date.year_range"),
        ("12345.gada 1.oktobris", "date.year_range"),
        ("04.12.17", "date.year_range"),
        ("1.1." + "9" * 40, "date.year_range"),
        ("9" * 40 + ".gada 1.oktobris", "date.year_range"),
        ("9" * 40 + ".12.2017", "date.impossible"),
        ("2020.gada " + "9" * 40 + ".oktobris", "date.impossible"),
        ("", "date.text_empty"),
        (" \u00a0\t", "date.text_empty"),
        ("x" * 201, "date.text_too_long"),
    ],
)
def test_t6_date_refusals(text: str, code: str) -> None:
    refused(lambda: parse_lv_date(text), code, text=text)


@pytest.mark.parametrize("value", [None, 5, b"2024-10-01", date(2024, 10, 1), ["2024-10-01"]])
def test_t6_non_text_is_refused_not_a_type_error(value: object) -> None:
    refused(lambda: parse_lv_date(untyped(value)), "date.text_type")
    refused(lambda: parse_lv_period(untyped(value)), "date.text_type")


def test_t6_two_problems_are_reported_together() -> None:
    refused(lambda: parse_lv_date("2300.gada 1.foobaris"), "date.year_range", "date.month_unknown")


@given(day=dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31)), case=st.integers(0, 4))
def test_t6_any_day_written_in_latvian_parses_back(day: date, case: int) -> None:
    word = MONTH_CASES[day.month][case]
    assert parse_lv_date(f"{day.year}.gada {day.day}.{word}") == day
    assert parse_lv_date(f"{day.year}. gada {day.day}. {word}") == day
    assert parse_lv_date(f"{day.day:02d}.{day.month:02d}.{day.year}.") == day
    assert parse_lv_date(day.isoformat()) == day
    assert parse_lv_period(f"{day.year}.gada {day.day}.{word}") == DateRange(start=day, end=day)


@given(text=st.text(alphabet="0123456789.-–/ gadunlīzmācībsoktbrejāšņ\u00a0x", max_size=40) | st.text(max_size=40))
def test_t6_any_text_is_parsed_or_refused_with_a_validation_error(text: str) -> None:
    for parse in (parse_lv_date, parse_lv_period, SchoolYear.parse):
        error = error_of(parse, text)
        assert error is None or all(problem.path == "$" for problem in error.problems)


# T-6: periods ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024.gada 1.oktobris", "2024-10-01", "2024-10-01"),
        ("04.12.2017.", "2017-12-04", "2017-12-04"),
        ("2024-10-01", "2024-10-01", "2024-10-01"),
        ("2016.gada 4.ceturksnis", "2016-10-01", "2016-12-31"),
        ("2016. gada 1. ceturksnī", "2016-01-01", "2016-03-31"),
        ("2016.gada 2.ceturkšņa", "2016-04-01", "2016-06-30"),
        ("2016.gada 3.ceturksnim", "2016-07-01", "2016-09-30"),
        ("2016.gada 3.ceturksni", "2016-07-01", "2016-09-30"),
        ("2020.gada decembris", "2020-12-01", "2020-12-31"),
        ("2024.gada februārī", "2024-02-01", "2024-02-29"),
        ("2017./2018. mācību gads", "2017-09-01", "2018-08-31"),
        ("2017./2018.mācību gadam", "2017-09-01", "2018-08-31"),
        ("2017./2018.", "2017-09-01", "2018-08-31"),
        ("2017/2018", "2017-09-01", "2018-08-31"),
        ("2017.", "2017-01-01", "2017-12-31"),
        ("2017.gads", "2017-01-01", "2017-12-31"),
        ("2017.gadā", "2017-01-01", "2017-12-31"),
        ("2016.gada 4.ceturksnis - 2020.gada decembris", "2016-10-01", "2020-12-31"),
        ("2024.gada 1.oktobris - 2029.gada 31.decembris", "2024-10-01", "2029-12-31"),
        ("2017.-2022.", "2017-01-01", "2022-12-31"),
        ("2017. – 2022.", "2017-01-01", "2022-12-31"),
        ("2017.—2022.", "2017-01-01", "2022-12-31"),
        ("2016./2017. - 2017./2018. mācību gads", "2016-09-01", "2018-08-31"),
        ("2024-10-01 - 2024-12-31", "2024-10-01", "2024-12-31"),
        ("2020.gada decembris - 2020.gada 1.decembris", "2020-12-01", "2020-12-01"),
        ("2017.gada 18. un 19.maijā", "2017-05-18", "2017-05-19"),
        ("2017.gada 18.-20.maijā", "2017-05-18", "2017-05-20"),
    ],
)
def test_t6_period_forms(text: str, start: str, end: str) -> None:
    assert parse_lv_period(text) == dr(start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("18. un 19.maijā", "2017-05-18", "2017-05-19"),  # seed [001]
        ("18.-19.maijā", "2017-05-18", "2017-05-19"),
        ("18. – 21.maijā", "2017-05-18", "2017-05-21"),
        ("18.maijā", "2017-05-18", "2017-05-18"),
        ("30.aprīlī - 2.maijā", "2017-04-30", "2017-05-02"),
        ("2016.gada 4.ceturksnis", "2016-10-01", "2016-12-31"),
        ("2019.gada 18. un 19.maijā", "2019-05-18", "2019-05-19"),
    ],
)
def test_t6_year_comes_from_the_caller_only_when_the_text_omits_it(text: str, start: str, end: str) -> None:
    assert parse_lv_period(text, year=2017) == dr(start, end)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("18. un 19.maijā", ("date.year_missing",)),
        ("18.-19.maijā", ("date.year_missing",)),
        ("18.maijā", ("date.year_missing",)),
        ("2016.gada 5.ceturksnis", ("period.quarter_number",)),
        ("2016.gada 0.ceturksnis", ("period.quarter_number",)),
        ("2016.gada 123.ceturksnis", ("period.quarter_number",)),
        ("2300.gada 4.ceturksnis", ("date.year_range",)),
        ("2020.gada foobris", ("date.month_unknown",)),
        ("1899.gada decembris", ("date.year_range",)),
        ("12020.gada foobris", ("date.year_range", "date.month_unknown")),
        ("1899.", ("date.year_range",)),
        ("2016/2018", ("school_year.not_consecutive",)),
        ("2199/2200", ("school_year.range",)),
        ("2022.-2017.", ("period.end_before_start",)),
        ("2020.gada decembris - 2020.gada 30.novembris", ("period.end_before_start",)),
        ("2016.gada 4.ceturksnis - 2020.gada 31.februāris", ("date.impossible",)),
        ("2024-10-01 - 2024-02-30", ("date.impossible",)),
        ("2024-1-1 - 2024-02-30", ("date.format", "date.impossible")),
        ("līdz 2025.gada 31.augustam", ("period.start_missing",)),
        ("2017.gada 19. un 18.maijā", ("period.end_before_start",)),
        ("2017.gada 20.-18.maijā", ("period.end_before_start",)),
        ("2017.gada 18. un 20.maijā", ("period.not_contiguous",)),
        ("2017.gada 18. un 18.maijā", ("period.not_contiguous",)),
        ("2017.gada 30. un 31.aprīlī", ("date.impossible",)),
        ("2017.gada 18. un 123.maijā", ("date.impossible",)),
        ("2300.gada 18. un 19.maijā", ("date.year_range",)),
        ("12017.gada 18. un 19.maijā", ("date.year_range",)),
        ("2017.gada 18. un 19.foobrī", ("date.month_unknown",)),
        ("18. un 19.foobrī", ("date.month_unknown", "date.year_missing")),
        ("2020.gada 31.", ("date.month_missing",)),
        ("a - b", ("date.format",)),
        ("2017.gada 18.-19.maijā x", ("date.trailing_text",)),
        ("1.1.2017 - 2017.gada 31.", ("date.month_missing",)),
    ],
)
def test_t6_period_refusals(text: str, codes: tuple[str, ...]) -> None:
    refused(lambda: parse_lv_period(text), *codes, text=text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31.aprīlī", "date.impossible"),
        ("123.aprīlī", "date.impossible"),
        ("18.foobrī", "date.month_unknown"),
        ("19. un 18.maijā", "period.end_before_start"),
        ("18. un 20.maijā", "period.not_contiguous"),
    ],
)
def test_t6_period_refusals_with_the_year_from_context(text: str, code: str) -> None:
    refused(lambda: parse_lv_period(text, year=2017), code, text=text)


@pytest.mark.parametrize("year", [True, "2017", 2017.0, MIN_YEAR - 1, MAX_YEAR + 1])
def test_t6_the_context_year_must_be_an_int_in_range(year: object) -> None:
    error = refused(lambda: parse_lv_period("18.maijā", year=untyped(year)), "date.year_argument")
    assert error.problems[0].path == "$.year"


@given(first=dates(), second=dates())
def test_t6_a_span_runs_from_the_first_day_of_its_start_to_the_last_day_of_its_end(first: date, second: date) -> None:
    start, end = min(first, second), max(first, second)
    word = MONTH_CASES[end.month][1]
    text = f"{start.day}.{start.month}.{start.year}. – {end.year}.gada {end.day}.{word}"
    assert parse_lv_period(text) == DateRange(start=start, end=end)
    whole = parse_lv_period(f"{start.year}.gada {Quarter.containing(start).number}.ceturksnis - {end.year}.")
    assert whole == DateRange(start=Quarter.containing(start).start, end=date(end.year, 12, 31))


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


def test_t7_an_open_period_has_no_yearly_windows() -> None:
    refused(lambda: yearly_windows(dr("2024-10-01")), "period.open")


def test_t7_yearly_windows_need_a_date_range() -> None:
    refused(lambda: yearly_windows(untyped(SchoolYear(2020))), "period.type")


@given(period=date_ranges(open_ended=False))
def test_t7_yearly_windows_partition_the_period(period: DateRange) -> None:
    windows = yearly_windows(period)
    assert windows[0].start == period.start
    assert windows[-1].end == period.end
    assert sum(w.days for w in windows) == period.days
    for k, (window, following) in enumerate(itertools.pairwise(windows), start=1):
        assert window.end is not None
        assert window.end + timedelta(days=1) == following.start
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


@given(semester=semesters(min_year=2016, max_year=2016), quarter=quarters(min_year=2016, max_year=2016))
def test_strategy_year_bounds(semester: Semester, quarter: Quarter) -> None:
    assert semester.school_year == SchoolYear(2016)
    assert quarter.year == 2016


@pytest.mark.parametrize(
    "make",
    [
        lambda: dates(min_value=date(2020, 1, 2), max_value=date(2020, 1, 1)),
        lambda: dates(min_value=untyped(datetime(2020, 1, 1))),
        lambda: dates(max_value=date(2300, 1, 1)),
        lambda: date_ranges(within=untyped("2020")),
        lambda: date_ranges(open_ended=untyped(1)),
        lambda: date_ranges(within=dr("2020-01-01", "2020-12-31"), open_ended=True),
        lambda: school_years(min_year=2020, max_year=2019),
        lambda: school_years(max_year=MAX_YEAR),
        lambda: semesters(min_year=untyped(True)),
        lambda: quarters(min_year=MIN_YEAR - 1),
    ],
)
def test_strategy_arguments_are_checked(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        make()
