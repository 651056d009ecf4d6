"""Latvian date notation: days and periods as Latvian documents write them (rules T-3, T-5, T-6).

:func:`parse_lv_date` reads one day and :func:`parse_lv_period` a period,
in the forms the seeds and Latvian public pages use.  Nothing is guessed: not
a missing year or day, and never from today (T-1).

>>> parse_lv_date("2014.gada 28.oktobra")
datetime.date(2014, 10, 28)
>>> str(parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris"))
'2016-10-01..2020-12-31'
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from karjera_core.errors import Problem, ValidationError, fail
from karjera_core.time import (
    MAX_YEAR,
    MIN_YEAR,
    SCHOOL_YEAR_TEMPLATE,
    YEAR_WORD,
    DateRange,
    Quarter,
    SchoolYear,
    school_year_problems,
)

__all__ = ["parse_lv_date", "parse_lv_period"]

#: Where every problem of the text is reported: the parameter ``text`` (``year=`` is at ``$.year``).
TEXT = "$.text"


def _year_ok(value: object) -> bool:
    return type(value) is int and MIN_YEAR <= value <= MAX_YEAR


#
# A text is first normalised (NFKC, lower case, every whitespace run -> one
# space), then matched against strict patterns whose digit runs are bounded, so
# int() never sees more than four digits.  Only when no strict pattern fits
# does the slow path run: it matches "loose" twins of the same patterns (digit
# runs of any length, measured before int()) to say exactly what is wrong, and
# raises one ValidationError.  Messages never repeat the text (P-7).

#: Longer texts are refused before any normalisation or matching.
MAX_TEXT_LENGTH = 200

#: Case endings of the two noun declensions the month names use ("marts",
#: "oktobris"), in the order nominative, genitive, dative, accusative, locative.
_ENDINGS = {
    1: ("s", "a", "am", "u", "ā"),
    2: ("is", "a", "im", "i", "ī"),
}
#: Month stems and their declension, January first.
_MONTH_STEMS = (
    ("janvār", 2),
    ("februār", 2),
    ("mart", 1),
    ("aprīl", 2),
    ("maij", 1),
    ("jūnij", 1),
    ("jūlij", 1),
    ("august", 1),
    ("septembr", 2),
    ("oktobr", 2),
    ("novembr", 2),
    ("decembr", 2),
)
#: Stems whose consonant alternates in the genitive: "aprīlis" -> "aprīļa".
_GENITIVE_STEMS = {"aprīl": "aprīļ"}


def _month_forms() -> dict[str, int]:
    forms: dict[str, int] = {}
    for number, (stem, declension) in enumerate(_MONTH_STEMS, start=1):
        nominative, genitive, dative, accusative, locative = _ENDINGS[declension]
        forms[_GENITIVE_STEMS.get(stem, stem) + genitive] = number
        for ending in (nominative, dative, accusative, locative):
            forms[stem + ending] = number
    return forms


#: Every case form of every month name -> the month's number (60 forms).
_MONTH_FORMS = _month_forms()
#: "ceturksnis" (quarter) in the same five cases.
_QUARTER_WORDS = frozenset({"ceturksnis", "ceturkšņa", "ceturksnim", "ceturksni", "ceturksnī"})
_YEAR_WORD = YEAR_WORD

#: Pattern templates: {Y} a year, {N} a day, month or quarter number, {M} two
#: ISO digits, {W} a word.  Each becomes a strict and a loose pattern.
_TEMPLATES = {
    "day_word": r"(?P<year>{Y})\. ?gada (?P<num>{N})\. ?(?P<word>{W})",
    "numeric": r"(?P<num>{N})\. ?(?P<month>{N})\. ?(?P<year>{Y})\.?",
    "iso": r"(?P<year>{Y})-(?P<month>{M})-(?P<num>{M})",
    "month": r"(?P<year>{Y})\. ?gada (?P<word>{W})",
    "year": r"(?P<year>{Y})\.(?: ?" + _YEAR_WORD + ")?",
    "school_year": SCHOOL_YEAR_TEMPLATE,
    "day_pair": r"(?:(?P<year>{Y})\. ?gada )?(?P<first>{N})\. ?(?:(?P<joint>un) |[-–—] ?)(?P<num>{N})\. ?(?P<word>{W})",
    "day_month": r"(?P<num>{N})\. ?(?P<word>{W})",
}
_WORD = r"[^\W\d_]+"
_STRICT = {
    name: re.compile(template.format(Y="[0-9]{4}", N="[0-9]{1,2}", M="[0-9]{2}", W=_WORD))
    for name, template in _TEMPLATES.items()
}
_LOOSE = {
    name: re.compile(template.format(Y="[0-9]+", N="[0-9]+", M="[0-9]+", W=_WORD))
    for name, template in _TEMPLATES.items()
}
#: "2020.gada 31." -- a day with no month (slow path only).
_MONTH_MISSING = re.compile(r"[0-9]+\. ?gada [0-9]+\.?")
#: The dash between the two ends of a span: hyphen, en dash or em dash.
_SPAN_DASH = re.compile(r" ?[-–—] ?")
#: "līdz" (until, by) before a date.
_UNTIL = "līdz "

_Match = re.Match[str]
#: A period as the parser builds it: first and last day, both inclusive.
_Days = tuple[date, date]


def parse_lv_date(text: str) -> date:
    """The day written in Latvian notation (T-6).

    Accepted: "2024.gada 1.oktobris" with the month in any case (nominative
    "oktobris", genitive "oktobra", dative "oktobrim", accusative "oktobri",
    locative "oktobrī"), with or without a space after each dot, optionally
    after "līdz" (by, until); numeric "04.12.2017." (trailing dot optional);
    ISO "2024-10-01".  Case, surrounding and repeated whitespace, non-breaking
    spaces and decomposed diacritics do not matter.

    Anything else -- an impossible day, a missing year, day or month, an
    unknown month word, text after the date, a year outside
    MIN_YEAR..MAX_YEAR, a non-str -- is a ValidationError at path ``$.text``.
    Nothing is guessed: not the year, not the day, and never from today.

    >>> parse_lv_date("līdz 2025.gada 31.augustam")
    datetime.date(2025, 8, 31)
    >>> parse_lv_date("2022. gada 31. decembrim"), parse_lv_date("04.12.2017.")
    (datetime.date(2022, 12, 31), datetime.date(2017, 12, 4))
    >>> parse_lv_date("2023.gada 29.februāris")
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.text: expected a day that exists in that month and year [date.impossible]
    """
    body = _normalise(text).removeprefix(_UNTIL)
    day = _match_day(body)
    if day is None:
        _reject_date(body)
    return day


def parse_lv_period(text: str, *, year: int | None = None) -> DateRange:
    """The closed period written in Latvian notation (T-3, T-5, T-6).

    * a day, in any form :func:`parse_lv_date` takes -> that one day;
    * "2016.gada 4.ceturksnis" (any case) -> the calendar quarter (T-5);
    * "2020.gada decembris" (any case) -> the month;
    * "2017./2018. mācību gads", "2017./2018.", "2017/2018" -> the school year (T-3);
    * "2017." or "2017.gads" (any case) -> the calendar year;
    * "18. un 19.maijā" (two consecutive days) or "18.-19.maijā" -> those days;
      "2017.gada 18.-19.maijā" carries its year, otherwise ``year=`` supplies it,
      as it does for "18.maijā";
    * "A - B" (hyphen, en or em dash, spaces optional), A and B any of the
      above -> from A's first day to B's last day, which must not be before
      A's first day.

    ``year`` is only used by the forms that omit the year; it is never guessed.
    A text starting with "līdz" names only an end, so it is refused here.

    >>> str(parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris"))
    '2016-10-01..2020-12-31'
    >>> str(parse_lv_period("2017./2018. mācību gads")), str(parse_lv_period("2017.-2022."))
    ('2017-09-01..2018-08-31', '2017-01-01..2022-12-31')
    >>> str(parse_lv_period("18. un 19.maijā", year=2017))
    '2017-05-18..2017-05-19'
    >>> try:
    ...     parse_lv_period("18. un 19.maijā")
    ... except ValidationError as error:
    ...     print(*[(p.path, p.code) for p in error.problems])
    ('$.text', 'date.year_missing')
    """
    if year is not None and not _year_ok(year):
        fail("$.year", "date.year_argument", f"expected year= as an int in {MIN_YEAR}-{MAX_YEAR}")
    cleaned = _normalise(text)
    found = _match_period(cleaned, year)
    if found is None:
        _reject_period(cleaned, year)
    _, (start, end) = found
    return DateRange(start=start, end=end)


def _normalise(text: object) -> str:
    """NFKC, lower case, one space between words; refuse what is not usable text."""
    if not isinstance(text, str):
        fail(TEXT, "date.text_type", "expected the date as a str")
    if len(text) > MAX_TEXT_LENGTH:
        fail(TEXT, "date.text_too_long", f"expected at most {MAX_TEXT_LENGTH} characters")
    cleaned = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    if not cleaned:
        fail(TEXT, "date.text_empty", "expected a date, not empty text")
    return cleaned


def _calendar_day(year: int, month: int | None, day: int) -> date | None:
    """The day, or None when the month is unknown, the year out of range or the day does not exist."""
    if month is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# The fast path: strict patterns, and builders that return a value or None.


def _match_day(text: str) -> date | None:
    """One day written "2024.gada 1.oktobris" (any case), "04.12.2017." or "2024-10-01"."""
    match = _STRICT["day_word"].fullmatch(text)
    if match is not None:
        return _calendar_day(int(match["year"]), _MONTH_FORMS.get(match["word"]), int(match["num"]))
    match = _STRICT["numeric"].fullmatch(text) or _STRICT["iso"].fullmatch(text)
    if match is not None:
        return _calendar_day(int(match["year"]), int(match["month"]), int(match["num"]))
    return None


def _build_quarter(match: _Match, context: int | None) -> _Days | None:
    year, number = int(match["year"]), int(match["num"])
    if match["word"] not in _QUARTER_WORDS or not _year_ok(year) or not 1 <= number <= 4:
        return None
    quarter = Quarter(year=year, number=number)
    return quarter.start, quarter.end


def _build_month(match: _Match, context: int | None) -> _Days | None:
    year, month = int(match["year"]), _MONTH_FORMS.get(match["word"])
    if month is None or not _year_ok(year):
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _build_year(match: _Match, context: int | None) -> _Days | None:
    year = int(match["year"])
    if not _year_ok(year):
        return None
    return date(year, 1, 1), date(year, 12, 31)


def _school_year(match: _Match) -> SchoolYear | None:
    first, second = int(match["first"]), int(match["second"])
    if not MIN_YEAR <= first < MAX_YEAR or second != first + 1:
        return None
    return SchoolYear(first)


def _build_school_year(match: _Match, context: int | None) -> _Days | None:
    school_year = _school_year(match)
    return None if school_year is None else (school_year.start, school_year.end)


def _build_day_pair(match: _Match, context: int | None) -> _Days | None:
    year = context if match["year"] is None else int(match["year"])
    first, last = int(match["first"]), int(match["num"])
    if year is None or last < first or (match["joint"] is not None and last != first + 1):
        return None
    month = _MONTH_FORMS.get(match["word"])
    start, end = _calendar_day(year, month, first), _calendar_day(year, month, last)
    return None if start is None or end is None else (start, end)


def _build_day_month(match: _Match, context: int | None) -> _Days | None:
    if context is None:
        return None
    day = _calendar_day(context, _MONTH_FORMS.get(match["word"]), int(match["num"]))
    return None if day is None else (day, day)


#: The forms of a single period that is not one written day, with the kind each names.
_PERIOD_FORMS: tuple[tuple[str, re.Pattern[str], Callable[[_Match, int | None], _Days | None]], ...] = (
    ("quarter", _STRICT["day_word"], _build_quarter),
    ("month", _STRICT["month"], _build_month),
    ("year", _STRICT["year"], _build_year),
    ("school_year", _STRICT["school_year"], _build_school_year),
    ("days", _STRICT["day_pair"], _build_day_pair),
    ("day", _STRICT["day_month"], _build_day_month),
)


def _match_single(text: str, context: int | None) -> tuple[str, _Days] | None:
    """A period that is not a span, with its kind; None when no form fits."""
    day = _match_day(text)
    if day is not None:
        return "day", (day, day)
    for kind, pattern, build in _PERIOD_FORMS:
        match = pattern.fullmatch(text)
        if match is not None:
            found = build(match, context)
            if found is not None:
                return kind, found
    return None


def _match_period(text: str, context: int | None) -> tuple[str, _Days] | None:
    """A single period, or a span "A - B" from A's first day to B's last day."""
    single = _match_single(text, context)
    if single is not None:
        return single
    for dash in _SPAN_DASH.finditer(text):
        first = _match_single(text[: dash.start()], context)
        last = _match_single(text[dash.end() :], context)
        if first is not None and last is not None and last[1][1] >= first[1][0]:
            return "span", (first[1][0], last[1][1])
    return None


# The slow path: say what is wrong, never repeating the text.


def _problem(code: str, message: str) -> Problem:
    return Problem(path=TEXT, code=code, message=message)


_TRAILING = _problem("date.trailing_text", "expected nothing after the date")
_FORMAT = _problem(
    "date.format",
    "expected a Latvian date or period written like 'YYYY.gada D.oktobris', 'DD.MM.YYYY.', 'YYYY-MM-DD', "
    "'YYYY.gada N.ceturksnis', 'YYYY.gada decembris' or 'YYYY./YYYY. mācību gads'",
)
_YEAR_RANGE = _problem("date.year_range", f"expected a four-digit year in {MIN_YEAR}-{MAX_YEAR}")
_IMPOSSIBLE = _problem("date.impossible", "expected a day that exists in that month and year")
_MONTH_UNKNOWN = _problem(
    "date.month_unknown", "expected a Latvian month name in any case, such as 'oktobris', 'oktobra' or 'oktobrī'"
)
_YEAR_MISSING = _problem(
    "date.year_missing", "expected a year: the text gives a day and month only (pass year= when the context gives it)"
)


def _reject_date(text: str) -> NoReturn:
    """Raise the ValidationError that says why ``text`` (normalised, without "līdz") is not one day."""
    found = _match_period(text, None)
    if found is not None and found[0] in ("month", "year"):
        fail(TEXT, "date.day_missing", "expected a day: the text names a whole month or year")
    if found is not None:
        fail(TEXT, "date.not_a_day", "expected one day: the text names a longer period")
    raise ValidationError(_explain(text, None) or [_unrecognised(text)])


def _reject_period(text: str, context: int | None) -> NoReturn:
    """Raise the ValidationError that says why ``text`` (normalised) is not a period."""
    if text.startswith(_UNTIL):
        fail(TEXT, "period.start_missing", "expected a whole period: 'līdz' gives only its end")
    problems = _explain(text, context)
    if problems is None:
        problems = _explain_span(text, context)
    raise ValidationError(problems or [_unrecognised(text)])


def _unrecognised(text: str) -> Problem:
    """Text after a recognised start, or no recognised form at all."""
    return _TRAILING if any(pattern.match(text) for pattern in _STRICT.values()) else _FORMAT


def _explain(text: str, context: int | None) -> list[Problem] | None:
    """What is wrong with a text of a recognised shape; None when its shape is unknown."""
    if _MONTH_MISSING.fullmatch(text):
        return [_problem("date.month_missing", "expected a month name after the day")]
    for name, explain in _EXPLAINERS:
        match = _LOOSE[name].fullmatch(text)
        if match is not None:
            return explain(match, context)
    return None


def _explain_span(text: str, context: int | None) -> list[Problem] | None:
    """What is wrong with a span: its order, or the problems of its two ends."""
    for dash in _SPAN_DASH.finditer(text):
        problems: list[Problem] = []
        ends = 0
        for part in (text[: dash.start()], text[dash.end() :]):
            if _match_single(part, context) is not None:
                ends += 1
                continue
            explained = _explain(part, context)
            if explained is None:
                break
            problems.extend(explained)
        else:
            if ends == 2:
                return [_problem("period.end_before_start", "expected the end of the span on or after its start")]
            return problems
    return None


def _year_ok_digits(digits: str) -> bool:
    return len(digits) == 4 and MIN_YEAR <= int(digits) <= MAX_YEAR


def _day_ok(year: int, month: int, digits: str) -> bool:
    return len(digits) <= 2 and _calendar_day(year, month, int(digits)) is not None


def _explain_day_word(match: _Match, context: int | None) -> list[Problem]:
    year, number, word = match["year"], match["num"], match["word"]
    problems = [] if _year_ok_digits(year) else [_YEAR_RANGE]
    if word in _QUARTER_WORDS:
        if len(number) > 2 or not 1 <= int(number) <= 4:
            problems.append(_problem("period.quarter_number", "expected a quarter number 1-4"))
    elif word not in _MONTH_FORMS:
        problems.append(_MONTH_UNKNOWN)
    elif not problems and not _day_ok(int(year), _MONTH_FORMS[word], number):
        problems.append(_IMPOSSIBLE)
    return problems


def _explain_month(match: _Match, context: int | None) -> list[Problem]:
    problems = [] if _year_ok_digits(match["year"]) else [_YEAR_RANGE]
    if match["word"] not in _MONTH_FORMS:
        problems.append(_MONTH_UNKNOWN)
    return problems


def _explain_year(match: _Match, context: int | None) -> list[Problem]:
    return [_YEAR_RANGE]


def _explain_school_year(match: _Match, context: int | None) -> list[Problem]:
    return school_year_problems(match["first"], match["second"], TEXT)


def _explain_numeric(match: _Match, context: int | None) -> list[Problem]:
    if not _year_ok_digits(match["year"]):
        return [_YEAR_RANGE]
    return [_IMPOSSIBLE]


def _explain_iso(match: _Match, context: int | None) -> list[Problem]:
    if (len(match["year"]), len(match["month"]), len(match["num"])) != (4, 2, 2):
        return [_problem("date.format", "expected an ISO date as YYYY-MM-DD")]
    return _explain_numeric(match, context)


def _explain_day_pair(match: _Match, context: int | None) -> list[Problem]:
    written = match["year"]
    month = _MONTH_FORMS.get(match["word"])
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


def _explain_day_month(match: _Match, context: int | None) -> list[Problem]:
    if match["word"] not in _MONTH_FORMS:
        return [_MONTH_UNKNOWN]
    if context is None:
        return [_YEAR_MISSING]
    return [_IMPOSSIBLE]


#: Loose shapes in the order they are tried, each with what it can say is wrong.
_EXPLAINERS: tuple[tuple[str, Callable[[_Match, int | None], list[Problem]]], ...] = (
    ("day_word", _explain_day_word),
    ("month", _explain_month),
    ("school_year", _explain_school_year),
    ("year", _explain_year),
    ("numeric", _explain_numeric),
    ("iso", _explain_iso),
    ("day_pair", _explain_day_pair),
    ("day_month", _explain_day_month),
)


def __dir__() -> list[str]:
    return sorted(__all__)
