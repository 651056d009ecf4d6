"""Dates as Latvian school, municipal and agency pages write them (rules T-3, T-5, T-6; issue #11).

Each accepted form is checked against the exact days it means; each refusal compares the whole
problem list (path, code, message), written out here.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core.errors import ValidationError
from karjera_core.notation import parse_lv_date, parse_lv_period
from karjera_core.strategies._time import dates
from karjera_core.time import DateRange, SchoolYear

GENITIVE = ("janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra",
            "oktobra", "novembra", "decembra")  # fmt: skip
DATIVE = ("janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam", "septembrim",
          "oktobrim", "novembrim", "decembrim")  # fmt: skip
NOMINATIVE = ("Janvāris", "Februāris", "Marts", "Aprīlis", "Maijs", "Jūnijs", "Jūlijs", "Augusts", "Septembris",
              "Oktobris", "Novembris", "Decembris")  # fmt: skip

T = "$.text"
TRAILING = (
    T,
    "date.trailing_text",
    "expected nothing after the date: the text goes on after a whole date or period "
    "(a period is written 'A - B' or 'no A līdz B')",
)
FORMAT = (
    T,
    "date.format",
    "expected a Latvian date or period written like 'YYYY. gada D. oktobris', 'DD.MM.YYYY.', 'YYYY-MM-DD', "
    "'YYYY. gada N. ceturksnis', 'YYYY. gada decembris', 'YYYY./YYYY. m.g.', 'A - B' or 'no A līdz B'",
)
YEAR_RANGE = (T, "date.year_range", "expected a four-digit year in 1900-2199")
IMPOSSIBLE = (T, "date.impossible", "expected a day that exists in that month and year")
IMPOSSIBLE_SLASH = (T, "date.impossible", "expected a day that exists in that month and year, written day/month/year")
MONTH_UNKNOWN = (
    T,
    "date.month_unknown",
    "expected a Latvian month name in any case, such as 'oktobris', 'oktobra' or 'oktobrī'",
)
MONTH_NUMBER = (T, "date.month_number", "expected a month number 1-12 before the year")
YEAR_MISSING = (
    T,
    "date.year_missing",
    "expected a year: the text gives a day and month only (pass year= when the context gives it)",
)
YEAR_MISSING_DAY = (T, "date.year_missing", "expected a year: the text gives a day and month only")
TIME = (T, "date.time_of_day", "expected a date without a time of day: days are read whole")
VAGUE = (
    T,
    "date.vague",
    "expected days the text determines: words such as 'nogalē', 'sākumā' or 'rudenī' name no exact days",
)
END_BEFORE_START = (T, "period.end_before_start", "expected the end of the span on or after its start")
END_BEFORE_START_SHARED = (
    T,
    "period.end_before_start",
    "expected the end of the span on or after its start: a year written once applies to both ends, "
    "so write each end's year when the period runs into the next year",
)
YEARS_REVERSED = (T, "period.end_before_start", "expected the second year after the first")
YEARS_APART = (
    T,
    "period.not_contiguous",
    "expected consecutive years joined by 'un' (a dash joins longer spans)",
)
DAYS_APART = (T, "period.not_contiguous", "expected consecutive days joined by 'un' (a dash joins longer spans)")
END_MISSING = (T, "period.end_missing", "expected the end of the period after 'līdz'")
NOT_A_DAY_FROM = (T, "date.not_a_day", "expected one day: 'no' starts a period that runs from that day on")
NOT_A_DAY = (T, "date.not_a_day", "expected one day: the text names a longer period")
DAY_MISSING = (T, "date.day_missing", "expected a day: the text names a whole month or year")
SCHOOL_YEAR_NOT_CONSECUTIVE = (T, "school_year.not_consecutive", "expected the second year to follow the first")

Problems = list[tuple[str, str, str]]


def d(text: str) -> date:
    return date.fromisoformat(text)


def dr(start: str, end: str | None) -> DateRange:
    return DateRange(start=d(start), end=None if end is None else d(end))


#: Texts that are a word the messages themselves quote as an example.
QUOTED = frozenset({"rudenī"})


def problems_of(call: object, text: str) -> Problems:
    """The whole problem list of the ValidationError ``call(text)`` raises; the text is never echoed."""
    assert callable(call)
    with pytest.raises(ValidationError) as caught:
        call(text)
    if len(text.strip()) > 4 and text not in QUOTED:
        assert text.strip() not in str(caught.value)
    return [(p.path, p.code, p.message) for p in caught.value.problems]


# T-6: periods written "no ... līdz ..." -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("no 2020. gada 19. oktobra līdz 2020. gada 23. oktobrim", "2020-10-19", "2020-10-23"),
        ("no 2021.gada 8.februāra līdz 12.februārim", "2021-02-08", "2021-02-12"),  # the year shared
        ("no 01.07.2015. līdz 31.12.2022.", "2015-07-01", "2022-12-31"),
        ("no 2017. gada līdz 2022. gadam", "2017-01-01", "2022-12-31"),
        ("No 2020. gada septembra līdz 2021. gada maijam", "2020-09-01", "2021-05-31"),
        ("no 2016.gada 4.ceturkšņa līdz 2017.gada 1.ceturksnim", "2016-10-01", "2017-03-31"),
        ("no 2020./2021. m.g. līdz 2022./2023. m.g.", "2020-09-01", "2023-08-31"),
        ("no 2020. gada 19. līdz 23. oktobrim", "2020-10-19", "2020-10-23"),
        ("no 19. līdz 23. oktobrim 2020", "2020-10-19", "2020-10-23"),
        ("19.-23. Oktobris, 2020", "2020-10-19", "2020-10-23"),
        ("18. un 19. maijā 2017", "2017-05-18", "2017-05-19"),
        ("no 2020.gada 1.oktobra līdz 2020.gada 1.oktobrim", "2020-10-01", "2020-10-01"),
        ("no 2020. gada 19. oktobra līdz 2020. gada 23. oktobrim.", "2020-10-19", "2020-10-23"),
    ],
)
def test_t6_from_until_periods(text: str, start: str, end: str) -> None:
    assert parse_lv_period(text) == dr(start, end)


def test_t6_a_start_day_alone_is_a_period_open_at_its_end() -> None:
    period = parse_lv_period("no 2025.gada 1.septembra")
    assert period == DateRange(start=date(2025, 9, 1), end=None)
    assert period.is_open
    assert date(2199, 12, 31) in period
    assert date(2025, 8, 31) not in period
    assert parse_lv_period("no 2025. gada septembra") == dr("2025-09-01", None)
    assert parse_lv_period("no 2017./2018. mācību gada") == dr("2017-09-01", None)
    assert parse_lv_period("No 01.09.2025.") == dr("2025-09-01", None)


def test_t6_from_until_with_the_year_from_the_caller() -> None:
    assert parse_lv_period("no 19. līdz 23. oktobrim", year=2020) == dr("2020-10-19", "2020-10-23")
    assert parse_lv_period("no 8.februāra līdz 12.februārim", year=2021) == dr("2021-02-08", "2021-02-12")
    assert parse_lv_period("no 8.februāra", year=2021) == dr("2021-02-08", None)


def test_t6_the_text_s_own_year_is_shared_before_the_caller_s() -> None:
    assert parse_lv_period("no 2021.gada 8.februāra līdz 12.februārim", year=2017) == dr("2021-02-08", "2021-02-12")
    assert parse_lv_period("01.03.-31.08.2017", year=2016) == dr("2017-03-01", "2017-08-31")


# T-3: school years with "m.g." --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start_year"),
    [
        ("2020./2021.m.g.", 2020),
        ("2018./2019. m. g.", 2018),
        ("2018./2019. M.G.", 2018),
        ("2018./2019.m.g", 2018),
        ("2023./24. m.g.", 2023),
        ("2099./00.", 2099),
        ("2019/20", 2019),
    ],
)
def test_t3_school_years_with_m_g_and_a_short_second_year(text: str, start_year: int) -> None:
    assert parse_lv_period(text) == SchoolYear(start_year).period
    assert SchoolYear.parse(text) == SchoolYear(start_year)


@pytest.mark.parametrize("text", ["2023./25. m.g.", "2099./99.", "2023./23."])
def test_t3_a_short_second_year_must_follow_the_first(text: str) -> None:
    assert problems_of(parse_lv_period, text) == [SCHOOL_YEAR_NOT_CONSECUTIVE]


# T-6: month spans and day spans --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("03/2017–12/2022", "2017-03-01", "2022-12-31"),
        ("03.2017. – 12.2023.", "2017-03-01", "2023-12-31"),
        ("3/2017 - 2/2020", "2017-03-01", "2020-02-29"),
        ("01/03/2018 – 29/02/2020", "2018-03-01", "2020-02-29"),  # 29/02/2020 exists
        ("01.03.-31.08.2017", "2017-03-01", "2017-08-31"),  # the year shared
        ("18.-19.05.2017", "2017-05-18", "2017-05-19"),  # the month and year shared
        ("18. – 18.05.2017.", "2017-05-18", "2017-05-18"),
        ("01.03. - 31.08.2017.", "2017-03-01", "2017-08-31"),
        ("1.09.–31.12.2024.", "2024-09-01", "2024-12-31"),
        ("2017.gada 30.aprīlī - 2.maijā", "2017-04-30", "2017-05-02"),  # the year shared forwards
        ("31.12.2017.-01.01.2018.", "2017-12-31", "2018-01-01"),
        ("31/12/2017 – 01/01/2018", "2017-12-31", "2018-01-01"),
        ("12/2017 – 01/2018", "2017-12-01", "2018-01-31"),
        ("no 2017. gada 31. decembra līdz 2018. gada 1. janvārim", "2017-12-31", "2018-01-01"),
        ("12.2020", "2020-12-01", "2020-12-31"),
        ("02/2024", "2024-02-01", "2024-02-29"),
        ("decembris 2020", "2020-12-01", "2020-12-31"),
        ("Oktobris, 2024", "2024-10-01", "2024-10-31"),
    ],
)
def test_t6_month_and_day_spans(text: str, start: str, end: str) -> None:
    assert parse_lv_period(text) == dr(start, end)


def test_t6_a_leap_day_must_exist() -> None:
    assert parse_lv_period("29/02/2020") == dr("2020-02-29", "2020-02-29")
    assert parse_lv_date("29/02/2020") == d("2020-02-29")
    assert problems_of(parse_lv_period, "01/03/2018 – 29/02/2019") == [IMPOSSIBLE_SLASH]
    assert problems_of(parse_lv_date, "29/02/2019") == [IMPOSSIBLE_SLASH]
    assert problems_of(parse_lv_period, "29.02.-01.03.2019") == [IMPOSSIBLE]
    assert parse_lv_period("29.02.-01.03.2020") == dr("2020-02-29", "2020-03-01")


#: Each span form ending on its first day, on the day after and on the day before.
SPAN_BOUNDARIES = [
    ("01/03/2018 – 01/03/2018", "01/03/2018 – 02/03/2018", "01/03/2018 – 28/02/2018", END_BEFORE_START),
    ("01.03.-01.03.2018", "01.03.-02.03.2018", "01.03.-28.02.2018", END_BEFORE_START_SHARED),
    (
        "no 2018.gada 1.marta līdz 2018.gada 1.martam",
        "no 2018.gada 1.marta līdz 2018.gada 2.martam",
        "no 2018.gada 1.marta līdz 2018.gada 28.februārim",
        END_BEFORE_START,
    ),
    (
        "no 2018.gada 1.marta līdz 1.martam",
        "no 2018.gada 1.marta līdz 2.martam",
        "no 2018.gada 1.marta līdz 28.februārim",
        END_BEFORE_START_SHARED,
    ),
    ("01.03.2018.-01.03.2018.", "01.03.2018.-02.03.2018.", "01.03.2018.-28.02.2018.", END_BEFORE_START),
]


@pytest.mark.parametrize(("same_day", "next_day", "day_before", "problem"), SPAN_BOUNDARIES)
def test_t6_a_span_may_end_on_its_first_day_but_not_the_day_before(
    same_day: str, next_day: str, day_before: str, problem: tuple[str, str, str]
) -> None:
    assert parse_lv_period(same_day) == dr("2018-03-01", "2018-03-01")
    assert parse_lv_period(next_day) == dr("2018-03-01", "2018-03-02")
    assert problems_of(parse_lv_period, day_before) == [problem]


def test_t6_a_month_span_may_end_in_its_first_month_but_not_the_month_before() -> None:
    assert parse_lv_period("03/2018 – 03/2018") == dr("2018-03-01", "2018-03-31")
    assert parse_lv_period("03/2018 – 04/2018") == dr("2018-03-01", "2018-04-30")
    assert problems_of(parse_lv_period, "03/2018 – 02/2018") == [END_BEFORE_START]


def test_t6_a_shared_year_never_moves_an_end_into_another_year() -> None:
    assert problems_of(parse_lv_period, "31.12.-01.01.2018") == [END_BEFORE_START_SHARED]
    assert problems_of(parse_lv_period, "no 2021.gada 28.decembra līdz 3.janvārim") == [END_BEFORE_START_SHARED]
    assert problems_of(parse_lv_period, "no 2021.gada 28.decembra līdz 2021.gada 3.janvārim") == [END_BEFORE_START]


# T-6: forms produced by web publishing systems -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("11 Februāris 2020", "2020-02-11"),
        ("5. Novembris, 2021", "2021-11-05"),
        ("2024.g. 1.oktobris", "2024-10-01"),
        ("2024. g. 1. oktobrī", "2024-10-01"),
        ("1.oktobris 2024", "2024-10-01"),  # issue #12: the year after the month is read, not refused
        ("18. maijā 2017", "2017-05-18"),
        ("2024.gada 1.oktobris.", "2024-10-01"),  # a sentence-final full stop
        ("04.12.2017..", "2017-12-04"),
        ("līdz 2025.gada 31.augustam.", "2025-08-31"),
        ("01/03/2018", "2018-03-01"),
        ("1/3/2018", "2018-03-01"),
    ],
)
def test_t6_web_forms_of_one_day(text: str, day: str) -> None:
    assert parse_lv_date(text) == d(day)
    assert parse_lv_period(text.removeprefix("līdz ")) == dr(day, day)


@pytest.mark.parametrize("month", range(1, 13))
def test_t6_web_forms_in_every_month(month: int) -> None:
    word = NOMINATIVE[month - 1]
    assert parse_lv_date(f"11 {word} 2020") == date(2020, month, 11)
    assert parse_lv_date(f"5. {word}, 2021") == date(2021, month, 5)
    assert parse_lv_period(f"{word} 2022") == parse_lv_period(f"2022.gada {word}")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2017. un 2018. gadā", "2017-01-01", "2018-12-31"),
        ("2017. un 2018. gados", "2017-01-01", "2018-12-31"),
        ("2017.un 2018.", "2017-01-01", "2018-12-31"),
        ("2017. un 2018.g.", "2017-01-01", "2018-12-31"),
        ("2024.g.", "2024-01-01", "2024-12-31"),
        ("2024.g. oktobris", "2024-10-01", "2024-10-31"),
        ("2016.g. 4.ceturksnis", "2016-10-01", "2016-12-31"),
    ],
)
def test_t6_two_whole_years_and_the_abbreviated_year(text: str, start: str, end: str) -> None:
    assert parse_lv_period(text) == dr(start, end)


# T-6: what cannot be determined is refused, saying what is wrong ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022.gada nogalē", [VAGUE]),
        ("rudenī", [VAGUE]),
        ("2021. gada rudenī", [VAGUE]),
        ("2023. gada sākumā", [VAGUE]),
        ("2020. gada beigās", [VAGUE]),
        ("no 2020. gada vidus", [VAGUE]),
        ("aptuveni 2020. gada oktobrī", [VAGUE]),
        ("2024-10-01 10:00", [TIME]),
        ("2024.gada 1.oktobrī plkst. 10", [TIME]),
        ("01.10.2024. 9:30", [TIME]),
        ("2024-10-01T10", [TIME]),
        ("31.decembris", [YEAR_MISSING]),
        ("no 19. līdz 23. oktobrim", [YEAR_MISSING]),
        ("01.03.-31.08.", [YEAR_MISSING, YEAR_MISSING]),
        ("01.03.", [YEAR_MISSING]),
        ("no 19. līdz 23. oktobrim 12020", [YEAR_RANGE]),
        ("18. un 20. maijs, 2017", [DAYS_APART]),
        ("2017. un 2019. gadā", [YEARS_APART]),
        ("2017. un 2017. gadā", [YEARS_APART]),
        ("2018. un 2017. gadā", [YEARS_REVERSED]),
        ("2300. un 2301. gadā", [YEAR_RANGE]),
        ("2017. un 2250. gadā", [YEAR_RANGE]),  # one year in range is not enough: both must be
        ("1850. un 2017. gadā", [YEAR_RANGE]),
        ("13/2017", [MONTH_NUMBER]),
        ("00.2017.", [MONTH_NUMBER]),
        ("13/12345", [YEAR_RANGE, MONTH_NUMBER]),
        ("03/2017–13/2022", [MONTH_NUMBER]),
        ("03/2017–12/2016", [END_BEFORE_START]),
        ("01/13/2018", [IMPOSSIBLE_SLASH]),
        ("31/04/2018 – 01/05/2018", [IMPOSSIBLE_SLASH]),
        ("01/03/12345", [YEAR_RANGE]),
        ("32.01.-01.02.2018", [IMPOSSIBLE]),
        ("01.03.-31.02.2017", [IMPOSSIBLE]),
        ("01.03.-31.08.2300", [YEAR_RANGE]),
        ("19.-18.05.2017", [(T, "period.end_before_start", "expected the second day on or after the first")]),
        ("30.-31.04.2017", [IMPOSSIBLE]),
        ("18.-19.13.2017", [IMPOSSIBLE]),
        ("01.-02.005.2017", [IMPOSSIBLE]),
        ("18.-19.05.12017", [YEAR_RANGE]),
        ("01.03.-31.08.2300 x", [FORMAT]),
        ("no 2020.gada 1.oktobra līdz", [END_MISSING]),
        ("no līdz", [END_MISSING]),
        ("no 2020.gada 1.oktobra līdz 2020.gada 31.novembrim", [IMPOSSIBLE]),
        ("no 2020.gada 31.septembra līdz 2020.gada 30.novembrim", [IMPOSSIBLE]),
        ("no 2020.gada 1.foobra līdz 2300.gada 1.oktobrim", [MONTH_UNKNOWN, YEAR_RANGE]),
        ("no 2020.gada 1.oktobra x", [TRAILING]),
        ("no 2020.gada 1.oktobra līdz x", [TRAILING]),
        ("no x līdz 2020.gada 1.oktobrim", [FORMAT]),
        ("no kaut kā", [FORMAT]),
        ("5. Foobris, 2021", [MONTH_UNKNOWN]),
        ("31. Februāris, 2021", [IMPOSSIBLE]),
        ("5. Novembris, 12021", [YEAR_RANGE]),
        ("foobris 2020", [MONTH_UNKNOWN]),
        ("oktobris 12345", [YEAR_RANGE]),
        ("2020.gada 22.septembrī 2021", [TRAILING]),
        ("2024.gada 1.oktobris x.", [TRAILING]),
        ("2024.gada 31.februāris.", [IMPOSSIBLE]),
        ("2020.g. 31.", [(T, "date.month_missing", "expected a month name after the day")]),
        ("-" * 20, [FORMAT]),
    ],
)
def test_t6_period_refusals_say_what_is_wrong(text: str, expected: Problems) -> None:
    assert problems_of(parse_lv_period, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no 2025.gada 1.septembra", [NOT_A_DAY_FROM]),
        ("no 2020. gada 19. oktobra līdz 2020. gada 23. oktobrim", [NOT_A_DAY_FROM]),
        ("2017. un 2018. gadā", [DAY_MISSING]),
        ("03/2017", [DAY_MISSING]),
        ("03/2017–12/2022", [NOT_A_DAY]),
        ("2020./2021.m.g.", [NOT_A_DAY]),
        ("01.03.-31.08.2017", [NOT_A_DAY]),
        ("31.decembris", [YEAR_MISSING_DAY]),
        ("01.03.", [YEAR_MISSING_DAY]),
        ("2022.gada nogalē", [VAGUE]),
        ("2024-10-01 10:00", [TIME]),
        ("29/02/2019.", [IMPOSSIBLE_SLASH]),
        ("5. Novembris, 2021 x", [TRAILING]),
    ],
)
def test_t6_date_refusals_say_what_is_wrong(text: str, expected: Problems) -> None:
    assert problems_of(parse_lv_date, text) == expected


def test_t6_lidz_before_a_start_is_still_only_an_end() -> None:
    assert problems_of(parse_lv_period, "līdz 2025.gada 31.augustam.") == [
        (T, "period.start_missing", "expected a whole period: 'līdz' gives only its end")
    ]


def test_t6_the_year_from_the_caller_fills_a_numeric_day_without_a_year() -> None:
    assert parse_lv_period("01.03.", year=2018) == dr("2018-03-01", "2018-03-01")
    assert parse_lv_period("01.03.-31.08.", year=2018) == dr("2018-03-01", "2018-08-31")
    assert problems_of(lambda text: parse_lv_period(text, year=2018), "31.02.") == [IMPOSSIBLE]


# Bounded work ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "-" * 200,
        "1-" * 100,
        "no " + "1. līdz " * 24,
        "2024-10-01 " + "- 2024-10-01 " * 14,
        "1." * 100,
        "9" * 200,
        "a " * 100,
    ],
)
def test_t6_long_texts_of_up_to_200_characters_are_refused(text: str) -> None:
    # Reading is bounded by construction (a span is tried at no more than eight dashes and one "līdz");
    # these are the texts that would try most splits.
    assert len(text) <= 200
    for parse in (parse_lv_period, parse_lv_date):
        with pytest.raises(ValidationError) as caught:
            parse(text)
        assert {p.path for p in caught.value.problems} == {T}


def test_t6_a_span_is_looked_for_at_no_more_than_eight_dashes() -> None:
    assert parse_lv_period("2024-10-01 - 2024-12-31") == dr("2024-10-01", "2024-12-31")  # five dashes
    many = "2024-10-01 - 2024-12-31 - 2025-01-01"  # eight dashes, but two spans
    assert problems_of(parse_lv_period, many) == [TRAILING]
    nine = "2024-10-01 - 2024-12-31 - 2025-01-01-"
    assert problems_of(parse_lv_period, nine) == [TRAILING]


# Properties ------------------------------------------------------------------------------------------


@given(first=dates(), second=dates())
def test_t6_any_two_days_written_from_until_read_back(first: date, second: date) -> None:
    start, end = min(first, second), max(first, second)
    written = (
        f"no {start.year}. gada {start.day}. {GENITIVE[start.month - 1]} "
        f"līdz {end.year}. gada {end.day}. {DATIVE[end.month - 1]}"
    )
    assert parse_lv_period(written) == DateRange(start=start, end=end)
    slashes = f"{start.day:02d}/{start.month:02d}/{start.year} – {end.day:02d}/{end.month:02d}/{end.year}"
    assert parse_lv_period(slashes) == DateRange(start=start, end=end)
    assert parse_lv_period(f"no {start.day:02d}.{start.month:02d}.{start.year}.") == DateRange(start=start)


@given(day=dates(), length=st.integers(0, 400))
def test_t6_a_year_written_once_is_shared_exactly_when_the_span_stays_in_that_year(day: date, length: int) -> None:
    end = min(day + timedelta(days=length), date(day.year, 12, 31))
    text = f"{day.day:02d}.{day.month:02d}.-{end.day:02d}.{end.month:02d}.{end.year}"
    assert parse_lv_period(text) == DateRange(start=day, end=end)
    dative = f"no {day.year}.gada {day.day}.{GENITIVE[day.month - 1]} līdz {end.day}.{DATIVE[end.month - 1]}"
    assert parse_lv_period(dative) == DateRange(start=day, end=end)


@given(day=dates())
def test_t6_web_forms_of_any_day_read_back(day: date) -> None:
    word = NOMINATIVE[day.month - 1]
    assert parse_lv_date(f"{day.day} {word} {day.year}") == day
    assert parse_lv_date(f"{day.day}. {word}, {day.year}") == day
    assert parse_lv_date(f"{day.year}.g. {day.day}.{word.lower()}.") == day
    assert parse_lv_date(f"{day.day}/{day.month}/{day.year}") == day
