"""Latvian date notation: days and periods as Latvian documents and web pages write them (rules T-3, T-5, T-6).

:func:`parse_lv_date` reads one day and :func:`parse_lv_period` a period,
in the forms the seeds and Latvian public pages use.  Nothing is guessed: not
a missing year or day, and never from today (T-1).

>>> parse_lv_date("2014.gada 28.oktobra")
datetime.date(2014, 10, 28)
>>> str(parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris"))
'2016-10-01..2020-12-31'
>>> str(parse_lv_period("no 2021.gada 8.februāra līdz 12.februārim"))
'2021-02-08..2021-02-12'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from karjera_core._notation_grammar import (
    DAY_FORMS,
    FROM,
    LOOSE,
    MAX_TEXT_LENGTH,
    MONTH_FORMS,
    MONTH_MISSING,
    PERIOD_FORMS,
    QUARTER_WORDS,
    STRICT,
    TIME_OF_DAY,
    UNTIL,
    VAGUE,
    Match,
    calendar_day,
    dashes,
    match_day,
    match_ends,
    match_period,
    match_single,
    year_ok,
)
from karjera_core.errors import Problem, ValidationError, fail
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange, school_year_problems

__all__ = ["parse_lv_date", "parse_lv_period"]

#: Where every problem of the text is reported: the parameter ``text`` (``year=`` is at ``$.year``).
TEXT = "$.text"


def parse_lv_date(text: str) -> date:
    """The day written in Latvian notation (T-6).

    Accepted, the month in any case (nominative "oktobris", genitive
    "oktobra", dative "oktobrim", accusative "oktobri", locative "oktobrī"),
    with or without a space after each dot, optionally after "līdz" (by,
    until) and before one sentence-final full stop:

    * "2024.gada 1.oktobris", "2024. gada 1. oktobrī", "2024.g. 1.oktobris";
    * the day first, as web publishing systems write it: "11 Februāris 2020",
      "5. Novembris, 2021", "1.oktobris 2024";
    * numeric "04.12.2017." (trailing dot optional), "01/03/2018" (always
      day/month/year, the Latvian order), ISO "2024-10-01".

    Case, surrounding and repeated whitespace, non-breaking spaces and
    decomposed diacritics do not matter.

    Anything else -- an impossible day, a missing year, day or month, an
    unknown month word, a time of day, vague words ("nogalē", "rudenī"),
    text after the date, a period, a year outside MIN_YEAR..MAX_YEAR, a
    non-str -- is a ValidationError at path ``$.text`` that says what is
    wrong.  Nothing is guessed: not the year, not the day, and never from today.

    >>> parse_lv_date("līdz 2025.gada 31.augustam")
    datetime.date(2025, 8, 31)
    >>> parse_lv_date("2022. gada 31. decembrim"), parse_lv_date("04.12.2017.")
    (datetime.date(2022, 12, 31), datetime.date(2017, 12, 4))
    >>> parse_lv_date("5. Novembris, 2021"), parse_lv_date("2024.g. 1.oktobris")
    (datetime.date(2021, 11, 5), datetime.date(2024, 10, 1))
    >>> parse_lv_date("2023.gada 29.februāris")
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.text: expected a day that exists in that month and year [date.impossible]
    """
    body = _normalise(text).removeprefix(UNTIL)
    day = match_day(body)
    if day is None and body.endswith("."):
        day = match_day(body[:-1])
    if day is None:
        _reject_date(body)
    return day


def parse_lv_period(text: str, *, year: int | None = None) -> DateRange:
    """The period written in Latvian notation (T-3, T-5, T-6).

    * a day, in any form :func:`parse_lv_date` takes -> that one day;
    * "2016.gada 4.ceturksnis" (any case) -> the calendar quarter (T-5);
    * "2020.gada decembris", "decembris 2020", "12/2020", "12.2020." -> the month;
    * "2017./2018. mācību gads", "2017./2018.m.g.", "2017./18. m. g.",
      "2017./2018.", "2017/2018" -> the school year (T-3);
    * "2017.", "2017.gads", "2017. gadā" -> the calendar year;
    * "2017. un 2018. gadā" -> both years: only consecutive years, as for days;
    * "18. un 19.maijā" (two consecutive days), "18.-19.maijā" -> those days;
    * "A - B" (hyphen, en or em dash, spaces optional) and "no A līdz B",
      A and B any of the above -> from A's first day to B's last day, which
      must not be before A's first day; "no A" alone -> from A's first day,
      open at its end (``end=None``);
    * one sentence-final full stop after any of these.

    A year written once in a span applies to both ends: "no 2021.gada
    8.februāra līdz 12.februārim", "01.03.-31.08.2017".  A span whose shared
    year would put its end before its start is refused, never moved into
    another year.  ``year`` is used only by a text that writes no year at
    all ("18. un 19.maijā"); it is never guessed.  A text starting with
    "līdz" names only an end, so it is refused here; so are a time of day,
    vague words ("2022.gada nogalē", "rudenī") and anything else, each with
    a message that says what is wrong.

    >>> str(parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris"))
    '2016-10-01..2020-12-31'
    >>> str(parse_lv_period("2017./2018. mācību gads")), str(parse_lv_period("2017.-2022."))
    ('2017-09-01..2018-08-31', '2017-01-01..2022-12-31')
    >>> str(parse_lv_period("no 2020. gada 19. oktobra līdz 2020. gada 23. oktobrim"))
    '2020-10-19..2020-10-23'
    >>> str(parse_lv_period("no 01.07.2015. līdz 31.12.2022.")), str(parse_lv_period("no 2017. gada līdz 2022. gadam"))
    ('2015-07-01..2022-12-31', '2017-01-01..2022-12-31')
    >>> parse_lv_period("no 2025.gada 1.septembra")
    DateRange(start=datetime.date(2025, 9, 1), end=None)
    >>> str(parse_lv_period("2020./2021.m.g.")), str(parse_lv_period("2018./2019. m. g."))
    ('2020-09-01..2021-08-31', '2018-09-01..2019-08-31')
    >>> str(parse_lv_period("03/2017–12/2022")), str(parse_lv_period("03.2017. – 12.2023."))
    ('2017-03-01..2022-12-31', '2017-03-01..2023-12-31')
    >>> str(parse_lv_period("01/03/2018 – 29/02/2020")), str(parse_lv_period("01.03.-31.08.2017"))
    ('2018-03-01..2020-02-29', '2017-03-01..2017-08-31')
    >>> str(parse_lv_period("11 Februāris 2020")), str(parse_lv_period("2017. un 2018. gadā"))
    ('2020-02-11..2020-02-11', '2017-01-01..2018-12-31')
    >>> str(parse_lv_period("18. un 19.maijā", year=2017))
    '2017-05-18..2017-05-19'
    >>> try:
    ...     parse_lv_period("18. un 19.maijā")
    ... except ValidationError as error:
    ...     print(*[(p.path, p.code) for p in error.problems])
    ('$.text', 'date.year_missing')
    >>> try:
    ...     parse_lv_period("2022.gada nogalē")
    ... except ValidationError as error:
    ...     print(*[(p.path, p.code) for p in error.problems])
    ('$.text', 'date.vague')
    """
    if year is not None and not year_ok(year):
        fail("$.year", "date.year_argument", f"expected year= as an int in {MIN_YEAR}-{MAX_YEAR}")
    cleaned = _normalise(text)
    found = match_period(cleaned, year)
    if found is None:
        _reject_period(cleaned, year)
    return DateRange(start=found.start, end=found.end)


def _normalise(text: object) -> str:
    """NFKC, lower case, one space between words; refuse what is not usable text (measured first)."""
    if not isinstance(text, str):
        fail(TEXT, "date.text_type", "expected the date as a str")
    if len(text) > MAX_TEXT_LENGTH:
        fail(TEXT, "date.text_too_long", f"expected at most {MAX_TEXT_LENGTH} characters")
    cleaned = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    if not cleaned:
        fail(TEXT, "date.text_empty", "expected a date, not empty text")
    return cleaned


# The slow path: say what is wrong, never repeating the text.


def _problem(code: str, message: str) -> Problem:
    return Problem(path=TEXT, code=code, message=message)


_TRAILING = _problem(
    "date.trailing_text",
    "expected nothing after the date: the text goes on after a whole date or period "
    "(a period is written 'A - B' or 'no A līdz B')",
)
_FORMAT = _problem(
    "date.format",
    "expected a Latvian date or period written like 'YYYY. gada D. oktobris', 'DD.MM.YYYY.', 'YYYY-MM-DD', "
    "'YYYY. gada N. ceturksnis', 'YYYY. gada decembris', 'YYYY./YYYY. m.g.', 'A - B' or 'no A līdz B'",
)
_YEAR_RANGE = _problem("date.year_range", f"expected a four-digit year in {MIN_YEAR}-{MAX_YEAR}")
_IMPOSSIBLE = _problem("date.impossible", "expected a day that exists in that month and year")
_IMPOSSIBLE_SLASH = _problem(
    "date.impossible", "expected a day that exists in that month and year, written day/month/year"
)
_MONTH_UNKNOWN = _problem(
    "date.month_unknown", "expected a Latvian month name in any case, such as 'oktobris', 'oktobra' or 'oktobrī'"
)
_MONTH_NUMBER = _problem("date.month_number", "expected a month number 1-12 before the year")
_MONTH_RANGE = _problem("date.month_number", "expected a month number 1-12")
_YEAR_MISSING = _problem(
    "date.year_missing", "expected a year: the text gives a day and month only (pass year= when the context gives it)"
)
_YEAR_MISSING_DAY = _problem("date.year_missing", "expected a year: the text gives a day and month only")
_TIME = _problem("date.time_of_day", "expected a date without a time of day: days are read whole")
_VAGUE = _problem(
    "date.vague",
    "expected days the text determines: words such as 'nogalē', 'sākumā' or 'rudenī' name no exact days",
)
_END_BEFORE_START = _problem("period.end_before_start", "expected the end of the span on or after its start")
_END_BEFORE_START_SHARED = _problem(
    "period.end_before_start",
    "expected the end of the span on or after its start: a year written once applies to both ends, "
    "so write each end's year when the period runs into the next year",
)


def _reject_date(text: str) -> NoReturn:
    """Raise the ValidationError that says why ``text`` (normalised, without "līdz") is not one day."""
    if text.startswith(FROM):
        fail(TEXT, "date.not_a_day", "expected one day: 'no' starts a period that runs from that day on")
    found = match_period(text, None)
    if found is not None and found.kind in ("month", "year", "years"):
        fail(TEXT, "date.day_missing", "expected a day: the text names a whole month or year")
    if found is not None:
        fail(TEXT, "date.not_a_day", "expected one day: the text names a longer period")
    problems = _vague_or_timed(text) or _explain(text, None)
    if problems is None and text.endswith("."):
        problems = _explain(text[:-1], None)
    problems = [_YEAR_MISSING_DAY if p is _YEAR_MISSING else p for p in problems or [_unrecognised(text, None)]]
    raise ValidationError(problems)


def _reject_period(text: str, context: int | None) -> NoReturn:
    """Raise the ValidationError that says why ``text`` (normalised) is not a period."""
    if text.startswith(UNTIL):
        fail(TEXT, "period.start_missing", "expected a whole period: 'līdz' gives only its end")
    problems = _vague_or_timed(text) or _explain_period(text, context)
    if problems is None and text.endswith("."):
        problems = _explain_period(text[:-1], context)
    raise ValidationError(problems or [_unrecognised(text.removeprefix(FROM), context)])


def _vague_or_timed(text: str) -> list[Problem] | None:
    if TIME_OF_DAY.search(text):
        return [_TIME]
    if VAGUE.search(text):
        return [_VAGUE]
    return None


def _unrecognised(text: str, context: int | None) -> Problem:
    """Text after a whole date or period, or no recognised form at all."""
    for form in (*DAY_FORMS, *PERIOD_FORMS):
        match = STRICT[form.name].match(text)
        if match is not None and form.build(match, context) is not None:
            return _TRAILING
    return _FORMAT


def _explain_period(text: str, context: int | None) -> list[Problem] | None:
    if text.startswith(FROM):
        return _explain_from(text[len(FROM) :], context)
    problems = _explain(text, context)
    return _explain_span(text, context) if problems is None else problems


def _explain_from(rest: str, context: int | None) -> list[Problem] | None:
    """What is wrong after "no": the end after "līdz", or the ends themselves."""
    if rest == UNTIL.strip() or rest.endswith(" " + UNTIL.strip()):
        return [_problem("period.end_missing", "expected the end of the period after 'līdz'")]
    problems = _explain(rest, context)
    if problems is not None:
        return problems
    first, until, last = rest.partition(" " + UNTIL)
    return _explain_ends(first, last, context) if until else None


def _explain(text: str, context: int | None) -> list[Problem] | None:
    """What is wrong with a text of a recognised shape; None when its shape is unknown."""
    if MONTH_MISSING.fullmatch(text):
        return [_problem("date.month_missing", "expected a month name after the day")]
    for name, explain in _EXPLAINERS:
        match = LOOSE[name].fullmatch(text)
        if match is not None:
            return explain(match, context)
    return None


def _written_year(text: str) -> str | None:
    """The digits of the year a span's end writes, read loosely; None when it writes none."""
    for name in _WRITES_A_YEAR:
        match = LOOSE[name].fullmatch(text)
        if match is not None and match["year"] is not None:
            return match["year"]
    return None


def _explain_ends(first: str, last: str, context: int | None) -> list[Problem] | None:
    """What is wrong with the two ends of a span: their order, or the problems of the ends that fail."""
    ends = match_ends(first, last, context)
    if ends is not None:
        return [_END_BEFORE_START_SHARED if ends[2] else _END_BEFORE_START]
    problems: list[Problem] = []
    for part, other in ((first, last), (last, first)):
        digits = _written_year(other)
        year = context if digits is None else int(digits) if _year_ok_digits(digits) else None
        if match_single(part, year) is not None:
            continue  # this end is fine
        explained = _explain(part, year)
        if explained is None:
            return None
        problems.extend(p for p in explained if digits is None or p is not _YEAR_MISSING)
    return problems


def _explain_span(text: str, context: int | None) -> list[Problem] | None:
    """What is wrong with a span "A - B", tried at each dash."""
    for dash in dashes(text):
        problems = _explain_ends(text[: dash.start()], text[dash.end() :], context)
        if problems is not None:
            return problems
    return None


def _year_ok_digits(digits: str) -> bool:
    return len(digits) == 4 and MIN_YEAR <= int(digits) <= MAX_YEAR


def _day_ok(year: int, month: int, digits: str) -> bool:
    return len(digits) <= 2 and calendar_day(year, month, int(digits)) is not None


def _year_problems(match: Match) -> list[Problem]:
    return [] if _year_ok_digits(match["year"]) else [_YEAR_RANGE]


def _explain_day_word(match: Match, context: int | None) -> list[Problem]:
    problems, number, word = _year_problems(match), match["num"], match["word"]
    if word in QUARTER_WORDS:
        if len(number) > 2 or not 1 <= int(number) <= 4:
            problems.append(_problem("period.quarter_number", "expected a quarter number 1-4"))
    elif word not in MONTH_FORMS:
        problems.append(_MONTH_UNKNOWN)
    elif not problems and not _day_ok(int(match["year"]), MONTH_FORMS[word], number):
        problems.append(_IMPOSSIBLE)
    return problems


def _explain_day_first(match: Match, context: int | None) -> list[Problem]:
    problems, month = _year_problems(match), MONTH_FORMS.get(match["word"])
    if month is None:
        problems.append(_MONTH_UNKNOWN)
    elif not problems and not _day_ok(int(match["year"]), month, match["num"]):
        problems.append(_IMPOSSIBLE)
    return problems


def _explain_month(match: Match, context: int | None) -> list[Problem]:
    problems = _year_problems(match)
    if match["word"] not in MONTH_FORMS:
        problems.append(_MONTH_UNKNOWN)
    return problems


def _explain_month_numeric(match: Match, context: int | None) -> list[Problem]:
    problems = [] if 1 <= int(match["month"]) <= 12 else [_MONTH_NUMBER]
    return _year_problems(match) + problems


def _explain_school_year(match: Match, context: int | None) -> list[Problem]:
    return school_year_problems(match["first"], match["second"], TEXT)


def _explain_years(match: Match, context: int | None) -> list[Problem]:
    first, second = match["first"], match["second"]
    if not (_year_ok_digits(first) and _year_ok_digits(second)):
        return [_YEAR_RANGE]
    if int(second) < int(first):
        return [_problem("period.end_before_start", "expected the second year after the first")]
    return [_problem("period.not_contiguous", "expected consecutive years joined by 'un' (a dash joins longer spans)")]


def _explain_year(match: Match, context: int | None) -> list[Problem]:
    return [_YEAR_RANGE]


def _explain_numeric(match: Match, context: int | None) -> list[Problem]:
    if not _year_problems(match) and not 1 <= int(match["month"]) <= 12:
        return [_MONTH_RANGE]  # not "a day that exists in that month": there is no such month
    return _year_problems(match) or [_IMPOSSIBLE]


def _explain_slash(match: Match, context: int | None) -> list[Problem]:
    return _year_problems(match) or [_IMPOSSIBLE_SLASH]


def _explain_iso(match: Match, context: int | None) -> list[Problem]:
    if (len(match["year"]), len(match["month"]), len(match["num"])) != (4, 2, 2):
        return [_problem("date.format", "expected an ISO date as YYYY-MM-DD")]
    return _explain_numeric(match, context)


def _explain_day_pair(match: Match, context: int | None) -> list[Problem]:
    written = match["year"]
    month = MONTH_FORMS.get(match["word"])
    problems = [] if written is None or _year_ok_digits(written) else [_YEAR_RANGE]
    if month is None:
        problems.append(_MONTH_UNKNOWN)
    year = context if written is None else int(written) if len(written) == 4 else None
    if written is None and context is None:
        problems.append(_YEAR_MISSING)
    if problems or year is None or month is None:
        return problems
    first, last = match["first"], match["num"]
    if not (_day_ok(year, month, first) and _day_ok(year, month, last)):
        return [_IMPOSSIBLE]
    if int(last) < int(first):
        return [_problem("period.end_before_start", "expected the second day on or after the first")]
    return [_problem("period.not_contiguous", "expected consecutive days joined by 'un' (a dash joins longer spans)")]


def _explain_day_pair_numeric(match: Match, context: int | None) -> list[Problem]:
    year, month = match["year"], match["month"]
    if not _year_ok_digits(year):
        return [_YEAR_RANGE]
    if len(month) > 2 or not (
        _day_ok(int(year), int(month), match["first"]) and _day_ok(int(year), int(month), match["num"])
    ):
        return [_IMPOSSIBLE]
    return [_problem("period.end_before_start", "expected the second day on or after the first")]


def _explain_day_month(match: Match, context: int | None) -> list[Problem]:
    if match["word"] not in MONTH_FORMS:
        return [_MONTH_UNKNOWN]
    if context is None:
        return [_YEAR_MISSING]
    return [_IMPOSSIBLE]


def _explain_day_numeric(match: Match, context: int | None) -> list[Problem]:
    return [_YEAR_MISSING] if context is None else [_IMPOSSIBLE]


#: Loose shapes in the order they are tried, each with what it can say is wrong.
_EXPLAINERS: tuple[tuple[str, Callable[[Match, int | None], list[Problem]]], ...] = (
    ("day_word", _explain_day_word),
    ("month", _explain_month),
    ("day_first", _explain_day_first),
    ("month_numeric", _explain_month_numeric),
    ("school_year", _explain_school_year),
    ("years", _explain_years),
    ("year", _explain_year),
    ("numeric", _explain_numeric),
    ("slash", _explain_slash),
    ("iso", _explain_iso),
    ("day_pair", _explain_day_pair),
    ("day_pair_first", _explain_day_pair),
    ("day_pair_numeric", _explain_day_pair_numeric),
    ("day_month", _explain_day_month),
    ("day_numeric", _explain_day_numeric),
    ("month_first", _explain_month),
)
#: The loose shapes that write one year.
_WRITES_A_YEAR = (
    "day_word",
    "month",
    "day_first",
    "month_numeric",
    "year",
    "numeric",
    "slash",
    "iso",
    "day_pair",
    "day_pair_first",
    "day_pair_numeric",
    "month_first",
)


def __dir__() -> list[str]:
    return sorted(__all__)
