"""Latvian date notation: days and periods as Latvian documents write them (rules T-1, T-3, T-5, T-6).

Every problem of the text is at ``$.text`` (the parameter), ``year=``'s at ``$.year``; each refusal
compares the whole problem list, with the messages written out here.
"""

from __future__ import annotations

import inspect
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import karjera_core.notation as notation_module
from karjera_core.errors import ValidationError
from karjera_core.notation import parse_lv_date, parse_lv_period
from karjera_core.strategies._time import dates
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange, Quarter, SchoolYear

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

#: The message of each code (a code with two messages has a second key after a slash).
MESSAGES = {
    "date.trailing_text": "expected nothing after the date: the text goes on after a whole date or period "
    "(a period is written 'A - B' or 'no A līdz B')",
    "date.format": "expected a Latvian date or period written like 'YYYY. gada D. oktobris', 'DD.MM.YYYY.', "
    "'YYYY-MM-DD', 'YYYY. gada N. ceturksnis', 'YYYY. gada decembris', 'YYYY./YYYY. m.g.', 'A - B' or "
    "'no A līdz B'",
    "date.format/iso": "expected an ISO date as YYYY-MM-DD",
    "date.year_range": "expected a four-digit year in 1900-2199",
    "date.impossible": "expected a day that exists in that month and year",
    "date.month_number/range": "expected a month number 1-12",
    "date.month_unknown": "expected a Latvian month name in any case, such as 'oktobris', 'oktobra' or 'oktobrī'",
    "date.year_missing": "expected a year: the text gives a day and month only (pass year= when the context gives it)",
    "date.year_missing/day": "expected a year: the text gives a day and month only",
    "date.time_of_day": "expected a date without a time of day: days are read whole",
    "date.month_missing": "expected a month name after the day",
    "date.day_missing": "expected a day: the text names a whole month or year",
    "date.not_a_day": "expected one day: the text names a longer period",
    "date.text_type": "expected the date as a str",
    "date.text_too_long": "expected at most 200 characters",
    "date.text_empty": "expected a date, not empty text",
    "period.quarter_number": "expected a quarter number 1-4",
    "period.end_before_start": "expected the end of the span on or after its start",
    "period.end_before_start/pair": "expected the second day on or after the first",
    "period.not_contiguous": "expected consecutive days joined by 'un' (a dash joins longer spans)",
    "period.start_missing": "expected a whole period: 'līdz' gives only its end",
    "school_year.range": "expected a first year in 1900-2198",
    "school_year.not_consecutive": "expected the second year to follow the first",
}


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def refused(call: Callable[[], object], *codes: str, text: object = None, path: str = "$.text") -> ValidationError:
    """Assert that ``call`` raises a ValidationError listing exactly ``codes`` (each with its message at
    ``path``), not repeating ``text``."""
    with pytest.raises(ValidationError) as caught:
        call()
    expected = [(path, code.split("/")[0], MESSAGES[code]) for code in codes]
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == expected
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


def test_t1_notation_reads_no_clock_and_uses_no_guessing_parser() -> None:
    source = inspect.getsource(notation_module)
    for forbidden in ("today(", "now(", "utcnow(", "time.time(", "dateutil"):
        assert forbidden not in source


def test_t1_same_text_same_answer() -> None:
    assert parse_lv_period("2017./2018.") == parse_lv_period("2017./2018.") == SchoolYear(2017).period


# T-3, T-5 ----------------------------------------------------------------------------------------


def test_t3_a_school_year_is_a_period() -> None:
    assert parse_lv_period(str(SchoolYear(2016))) == SchoolYear(2016).period
    assert parse_lv_period("2016./2017.m.g.") == SchoolYear(2016).period


def test_t5_quarter_text_is_a_period() -> None:
    quarter = Quarter(year=2016, number=4)
    assert parse_lv_period(str(quarter)) == quarter.period


def test_t5_quarter_to_month_span() -> None:
    # rule T-5, seed [000]
    assert parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris") == dr("2016-10-01", "2020-12-31")


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
        ("04.13.2017", "date.month_number/range"),
        ("2024-02-30", "date.impossible"),
        ("2024-13-01", "date.month_number/range"),
        ("2024-00-10", "date.month_number/range"),
        ("2020.gada 123.oktobris", "date.impossible"),
        ("2020.gada 31.foobaris", "date.month_unknown"),
        ("2020.gada 1.aprīla", "date.month_unknown"),  # the genitive is "aprīļa"
        ("2020.gada 1.janvaris", "date.month_unknown"),  # diacritics are part of the word
        ("31.decembris", "date.year_missing/day"),
        ("18. un 19.maijā", "date.year_missing/day"),
        ("2020.gada 31.", "date.month_missing"),
        ("2020.gada decembris", "date.day_missing"),
        ("2020.gadā", "date.day_missing"),
        ("2016.gada 4.ceturksnis", "date.not_a_day"),
        ("2017./2018. mācību gads", "date.not_a_day"),
        ("2017.-2022.", "date.not_a_day"),
        ("2016.gada 5.ceturksnis", "period.quarter_number"),
        ("2020.gada 22.septembrī 2021", "date.trailing_text"),
        ("2024-10-01T10:00", "date.time_of_day"),
        ("04.12.2017.1", "date.trailing_text"),
        ("20240102", "date.format"),
        ("2024-W01-1", "date.format"),
        ("2024-1-5", "date.format/iso"),
        ("septembris", "date.format"),
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


def test_t6_lidz_alone_is_no_date() -> None:
    # The message names the form 'no A līdz B', so the word itself may appear in it.
    refused(lambda: parse_lv_date("līdz"), "date.format")
    refused(lambda: parse_lv_date("līdz "), "date.format")


@pytest.mark.parametrize("value", [None, 5, b"2024-10-01", date(2024, 10, 1), ["2024-10-01"]])
def test_t6_non_text_is_refused_not_a_type_error(value: object) -> None:
    refused(lambda: parse_lv_date(untyped(value)), "date.text_type")
    refused(lambda: parse_lv_period(untyped(value)), "date.text_type")
    refused(lambda: parse_lv_period(untyped(value), year=2017), "date.text_type")


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
    for parse, path in ((parse_lv_date, "$.text"), (parse_lv_period, "$.text"), (SchoolYear.parse, "$")):
        error = error_of(parse, text)
        assert error is None or all(problem.path == path for problem in error.problems)


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
        ("2024-1-1 - 2024-02-30", ("date.format/iso", "date.impossible")),
        ("līdz 2025.gada 31.augustam", ("period.start_missing",)),
        ("2017.gada 19. un 18.maijā", ("period.end_before_start/pair",)),
        ("2017.gada 20.-18.maijā", ("period.end_before_start/pair",)),
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
        ("19. un 18.maijā", "period.end_before_start/pair"),
        ("18. un 20.maijā", "period.not_contiguous"),
    ],
)
def test_t6_period_refusals_with_the_year_from_context(text: str, code: str) -> None:
    refused(lambda: parse_lv_period(text, year=2017), code, text=text)


@pytest.mark.parametrize("year", [True, "2017", 2017.0, MIN_YEAR - 1, MAX_YEAR + 1])
def test_t6_the_context_year_must_be_an_int_in_range(year: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_lv_period("18.maijā", year=untyped(year))
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == [
        ("$.year", "date.year_argument", "expected year= as an int in 1900-2199")
    ]


def test_t6_the_context_year_is_checked_before_the_text() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_lv_period(untyped(None), year=untyped("2017"))
    assert [p.path for p in caught.value.problems] == ["$.year"]


@pytest.mark.parametrize("year", [MIN_YEAR, MAX_YEAR])
def test_t6_the_context_year_may_be_the_library_s_first_or_last(year: int) -> None:
    assert parse_lv_period("1.janvārī", year=year) == DateRange(start=date(year, 1, 1), end=date(year, 1, 1))


@given(first=dates(), second=dates())
def test_t6_a_span_runs_from_the_first_day_of_its_start_to_the_last_day_of_its_end(first: date, second: date) -> None:
    start, end = min(first, second), max(first, second)
    word = MONTH_CASES[end.month][1]
    text = f"{start.day}.{start.month}.{start.year}. – {end.year}.gada {end.day}.{word}"
    assert parse_lv_period(text) == DateRange(start=start, end=end)
    whole = parse_lv_period(f"{start.year}.gada {Quarter.containing(start).number}.ceturksnis - {end.year}.")
    assert whole == DateRange(start=Quarter.containing(start).start, end=date(end.year, 12, 31))


# Same-day boundaries -------------------------------------------------------------------------------


def test_t6_a_span_may_end_on_its_first_day_but_not_the_day_before() -> None:
    assert parse_lv_period("2020-12-01 - 2020-12-01") == dr("2020-12-01", "2020-12-01")
    assert parse_lv_period("2020-12-01 - 2020-12-02") == dr("2020-12-01", "2020-12-02")
    refused(lambda: parse_lv_period("2020-12-01 - 2020-11-30"), "period.end_before_start")
    assert parse_lv_period("2020.gada decembris - 2020.gada 1.decembris") == dr("2020-12-01", "2020-12-01")


def test_t6_a_day_pair_may_end_on_its_first_day_but_not_the_day_before() -> None:
    assert parse_lv_period("2017.gada 18.-18.maijā") == dr("2017-05-18", "2017-05-18")
    assert parse_lv_period("2017.gada 18.-19.maijā") == dr("2017-05-18", "2017-05-19")
    refused(lambda: parse_lv_period("2017.gada 18.-17.maijā"), "period.end_before_start/pair")
    assert parse_lv_period("2017.gada 18. un 19.maijā") == dr("2017-05-18", "2017-05-19")
    refused(lambda: parse_lv_period("2017.gada 18. un 18.maijā"), "period.not_contiguous")


def test_t6_the_library_s_first_and_last_days_are_read() -> None:
    assert parse_lv_date("1900-01-01") == date(MIN_YEAR, 1, 1)
    assert parse_lv_date("2199.gada 31.decembris") == date(MAX_YEAR, 12, 31)
    refused(lambda: parse_lv_date("1899-12-31"), "date.year_range")
    refused(lambda: parse_lv_date("2200.gada 1.janvāris"), "date.year_range")
    assert parse_lv_period("2199.") == DateRange(start=date(MAX_YEAR, 1, 1), end=date(MAX_YEAR, 12, 31))
    assert parse_lv_period("2198./2199.") == SchoolYear(MAX_YEAR - 1).period


def test_t6_text_is_measured_before_it_is_read() -> None:
    assert parse_lv_date("2024-10-01" + " " * 190) == date(2024, 10, 1)
    refused(lambda: parse_lv_date("2024-10-01" + " " * 191), "date.text_too_long")
    refused(lambda: parse_lv_period("\ufdfa" * (1 << 20)), "date.text_too_long")


def test_notation_module_lists_its_names() -> None:
    assert notation_module.__all__ == ["parse_lv_date", "parse_lv_period"]
    assert dir(notation_module) == sorted(notation_module.__all__)
