"""The grammar of Latvian date notation: tables, patterns and the readers of the fast path (rules T-3, T-5, T-6).

Private to :mod:`karjera_core.notation`, which validates the text, calls these readers and, when
none fits, says what is wrong.  A text reaches this module normalised (NFKC, lower case, every
whitespace run one space) and at most ``MAX_TEXT_LENGTH`` characters long, measured before the
normalisation.  Every pattern's digit runs are bounded (a strict year is four digits, a day or a
month one or two), so ``int()`` never sees more than four digits, and no pattern nests a
quantifier.  A span is looked for at no more than ``MAX_DASHES`` dashes and at one "līdz", so a
text is matched a bounded number of times: the work is linear in its length.

Each form is a *template*: {Y} a year, {N} a day, month or quarter number, {M} two ISO digits,
{W} a word.  Every template becomes a strict pattern (read here) and a loose twin with digit runs
of any length (used by ``notation`` to say exactly what is wrong).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from itertools import islice
from typing import NamedTuple

from karjera_core.time import (
    MAX_YEAR,
    MIN_YEAR,
    SCHOOL_YEAR_TEMPLATE,
    YEAR_WORD,
    Quarter,
    SchoolYear,
    second_year,
)

#: Longer texts are refused before any normalisation or matching.
MAX_TEXT_LENGTH = 200
#: A span's dash is looked for among the first this many dashes only ("2024-10-01 - 2024-12-31" has five).
MAX_DASHES = 8

#: Case endings of the two noun declensions the month names use ("marts", "oktobris"), in the order
#: nominative, genitive, dative, accusative, locative.
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
MONTH_FORMS = _month_forms()
#: "ceturksnis" (quarter) in the same five cases.
QUARTER_WORDS = frozenset({"ceturksnis", "ceturkšņa", "ceturksnim", "ceturksni", "ceturksnī"})

#: "gada " or its abbreviation "g." between a year and what follows: "2024.gada 1.oktobris", "2024.g. 1.oktobris".
_OF_YEAR = r"(?:gada |g\. ?)"
#: After a year alone: "gads" in any case, singular or plural ("2017. un 2018. gados"), or "g.".
_YEAR_AFTER = r"(?: ?(?:" + YEAR_WORD + r"|gad(?:i|iem|os)|g\.))?"
#: The word after "no" and before the end of a period: "no 2017. gada līdz 2022. gadam".
UNTIL = "līdz "
FROM = "no "

TEMPLATES = {
    "day_word": r"(?P<year>{Y})\. ?" + _OF_YEAR + r"(?P<num>{N})\. ?(?P<word>{W})",
    "day_first": r"(?P<num>{N})(?:\. ?| )(?P<word>{W}),? (?P<year>{Y})",
    "numeric": r"(?P<num>{N})\. ?(?P<month>{N})\. ?(?P<year>{Y})\.?",
    "slash": r"(?P<num>{N})/(?P<month>{N})/(?P<year>{Y})",
    "iso": r"(?P<year>{Y})-(?P<month>{M})-(?P<num>{M})",
    "month": r"(?P<year>{Y})\. ?" + _OF_YEAR + r"(?P<word>{W})",
    "month_numeric": r"(?P<month>{N})[./](?P<year>{Y})\.?",
    "month_first": r"(?P<word>{W}),? (?P<year>{Y})",
    "year": r"(?P<year>{Y})\." + _YEAR_AFTER,
    "years": r"(?P<first>{Y})\. ?un (?P<second>{Y})\." + _YEAR_AFTER,
    "school_year": SCHOOL_YEAR_TEMPLATE,
    "day_pair": r"(?:(?P<year>{Y})\. ?" + _OF_YEAR + r")?(?P<first>{N})\. ?(?:(?P<joint>un) |[-–—] ?|līdz )"
    r"(?P<num>{N})\. ?(?P<word>{W})",
    "day_pair_first": r"(?P<first>{N})\. ?(?:(?P<joint>un) |[-–—] ?|līdz )(?P<num>{N})\. ?(?P<word>{W}),? "
    r"(?P<year>{Y})",
    "day_pair_numeric": r"(?P<first>{N})\. ?[-–—] ?(?P<num>{N})\. ?(?P<month>{N})\. ?(?P<year>{Y})\.?",
    "day_month": r"(?P<num>{N})\. ?(?P<word>{W})",
    "day_numeric": r"(?P<num>{N})\. ?(?P<month>{N})\.",
}
_WORD = r"[^\W\d_]+"
STRICT = {
    name: re.compile(template.format(Y="[0-9]{4}", N="[0-9]{1,2}", M="[0-9]{2}", W=_WORD))
    for name, template in TEMPLATES.items()
}
LOOSE = {
    name: re.compile(template.format(Y="[0-9]+", N="[0-9]+", M="[0-9]+", W=_WORD))
    for name, template in TEMPLATES.items()
}
#: A loose month before a year keeps one or two digits and its year three or more: "2017/2018" is a
#: school year and "01.03." a day without its year, not months.
LOOSE["month_numeric"] = re.compile(TEMPLATES["month_numeric"].format(Y="[0-9]{3,}", N="[0-9]{1,2}"))
#: "2020.gada 31." -- a day with no month.
MONTH_MISSING = re.compile(r"[0-9]+\. ?" + _OF_YEAR + r"[0-9]+\.?")
#: The dash between the two ends of a span: hyphen, en dash or em dash.
SPAN_DASH = re.compile(r" ?[-–—] ?")
#: A time of day: "10:00", "plkst. 10", ISO "T10".
TIME_OF_DAY = re.compile(r"[0-9]:[0-9]{2}|\bplkst\b|[0-9]t[0-9]")
#: Words that name no exact days: the end, start or middle of something, a season, "about".
VAGUE = re.compile(r"\b(?:nogal|sākum|beig|vid[uū]|pavasar|vasar|ruden|ziem|aptuven|apmēram)", re.UNICODE)

Match = re.Match[str]
#: A period as the readers build it: first and last day, both inclusive.
Days = tuple[date, date]
#: A reader: the match and the year to use when the text writes none (shared or from the caller).
Build = Callable[[Match, int | None], Days | None]


class Form(NamedTuple):
    """One way of writing a period: its kind (what it names), its template and its reader."""

    kind: str
    name: str
    build: Build


class Single(NamedTuple):
    """A period that is not a span: its kind, its days and the year it writes (None when it writes none)."""

    kind: str
    days: Days
    year: int | None


class Found(NamedTuple):
    """What a text names: its kind, its first day, its last day (None when open at its end) and whether
    one end took its year from the other."""

    kind: str
    start: date
    end: date | None
    shared: bool = False


def year_ok(value: object) -> bool:
    """An int year the library holds."""
    return type(value) is int and MIN_YEAR <= value <= MAX_YEAR


def calendar_day(year: int, month: int | None, day: int) -> date | None:
    """The day, or None when the month is unknown, the year out of range or the day does not exist."""
    if month is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _written(match: Match) -> int | None:
    year = match.groupdict().get("year")
    return None if year is None else int(year)


def _month(match: Match) -> int | None:
    groups = match.groupdict()
    return MONTH_FORMS.get(groups["word"]) if "word" in groups else int(groups["month"])


def _build_day(match: Match, shared: int | None) -> Days | None:
    written = _written(match)
    year = shared if written is None else written
    day = None if year is None else calendar_day(year, _month(match), int(match["num"]))
    return None if day is None else (day, day)


def _build_quarter(match: Match, shared: int | None) -> Days | None:
    year, number = int(match["year"]), int(match["num"])
    if match["word"] not in QUARTER_WORDS or not year_ok(year) or not 1 <= number <= 4:
        return None
    quarter = Quarter(year=year, number=number)
    return quarter.start, quarter.end


def _build_month(match: Match, shared: int | None) -> Days | None:
    year, month = int(match["year"]), _month(match)
    if month is None or not year_ok(year) or not 1 <= month <= 12:
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _build_year(match: Match, shared: int | None) -> Days | None:
    year = int(match["year"])
    return (date(year, 1, 1), date(year, 12, 31)) if year_ok(year) else None


def _build_years(match: Match, shared: int | None) -> Days | None:
    first, second = int(match["first"]), int(match["second"])
    if not (year_ok(first) and year_ok(second)) or second != first + 1:
        return None
    return date(first, 1, 1), date(second, 12, 31)


def _build_school_year(match: Match, shared: int | None) -> Days | None:
    first = int(match["first"])
    if not MIN_YEAR <= first < MAX_YEAR or second_year(first, match["second"]) != first + 1:
        return None
    school_year = SchoolYear(first)
    return school_year.start, school_year.end


def _build_day_pair(match: Match, shared: int | None) -> Days | None:
    written = _written(match)
    year = shared if written is None else written
    first, last = int(match["first"]), int(match["num"])
    if year is None or last < first or (match.groupdict().get("joint") is not None and last != first + 1):
        return None
    month = _month(match)
    start, end = calendar_day(year, month, first), calendar_day(year, month, last)
    return None if start is None or end is None else (start, end)


#: The forms of one day, each a "day".
DAY_FORMS = (
    Form("day", "day_word", _build_day),
    Form("day", "day_first", _build_day),
    Form("day", "numeric", _build_day),
    Form("day", "slash", _build_day),
    Form("day", "iso", _build_day),
)
#: The other forms of a period that is not a span.
PERIOD_FORMS = (
    Form("quarter", "day_word", _build_quarter),
    Form("month", "month", _build_month),
    Form("month", "month_numeric", _build_month),
    Form("month", "month_first", _build_month),
    Form("year", "year", _build_year),
    Form("years", "years", _build_years),
    Form("school_year", "school_year", _build_school_year),
    Form("days", "day_pair", _build_day_pair),
    Form("days", "day_pair_first", _build_day_pair),
    Form("days", "day_pair_numeric", _build_day_pair),
    Form("day", "day_month", _build_day),
    Form("day", "day_numeric", _build_day),
)


def match_day(text: str) -> date | None:
    """One day that writes its own year, in any of the day forms."""
    for form in DAY_FORMS:
        match = STRICT[form.name].fullmatch(text)
        if match is not None:
            found = form.build(match, None)
            if found is not None:
                return found[0]
    return None


def match_single(text: str, shared: int | None) -> Single | None:
    """A period that is not a span; ``shared`` is the year of a form that writes none (None: no year)."""
    for form in (*DAY_FORMS, *PERIOD_FORMS):
        match = STRICT[form.name].fullmatch(text)
        if match is not None:
            found = form.build(match, shared)
            if found is not None:
                return Single(form.kind, found, _written(match))
    return None


def share(other: Single | None, context: int | None) -> int | None:
    """The year an end that writes none takes: the other end's written year, else the caller's."""
    return other.year if other is not None and other.year is not None else context


def match_ends(first_text: str, last_text: str, context: int | None) -> tuple[Single, Single, bool] | None:
    """Both ends of a span, a year written once applying to both; None unless both are read.

    The flag says whether an end took its year from the other end.
    """
    first_alone, last_alone = match_single(first_text, None), match_single(last_text, None)
    first = first_alone or match_single(first_text, share(last_alone, context))
    last = last_alone or match_single(last_text, share(first_alone, context))
    if first is None or last is None:
        return None
    shared = (first_alone is None and last.year is not None) or (last_alone is None and first.year is not None)
    return first, last, shared


def dashes(text: str) -> list[re.Match[str]]:
    """The dashes where a span may be split, the first ``MAX_DASHES`` of them; none when the text has more."""
    found = list(islice(SPAN_DASH.finditer(text), MAX_DASHES + 1))
    return [] if len(found) > MAX_DASHES else found


def _span(text: str, context: int | None) -> Found | None:
    for dash in dashes(text):
        ends = match_ends(text[: dash.start()], text[dash.end() :], context)
        if ends is not None and ends[1].days[1] >= ends[0].days[0]:
            return Found("span", ends[0].days[0], ends[1].days[1], ends[2])
    return None


def _from_until(rest: str, context: int | None) -> Found | None:
    """The text after "no ": "A līdz B" (a span), "19. līdz 23. oktobrim" (days) or "A" (open at its end)."""
    single = match_single(rest, context)
    if single is not None:
        if single.kind == "days":
            return Found("days", *single.days)
        return Found("open", single.days[0], None)
    first, until, last = rest.partition(" " + UNTIL)
    if not until:
        return None
    ends = match_ends(first, last, context)
    if ends is None or ends[1].days[1] < ends[0].days[0]:
        return None
    return Found("span", ends[0].days[0], ends[1].days[1], ends[2])


def match_period(text: str, context: int | None) -> Found | None:
    """What ``text`` names: a single period, a span "A - B", or "no A līdz B" / "no A"; None when nothing fits.

    One sentence-final full stop is allowed after any form.
    """
    found = _match_period(text, context)
    if found is None and text.endswith("."):
        found = _match_period(text[:-1], context)
    return found


def _match_period(text: str, context: int | None) -> Found | None:
    if text.startswith(FROM):
        return _from_until(text[len(FROM) :], context)
    single = match_single(text, context)
    if single is not None:
        return Found(single.kind, *single.days)
    return _span(text, context)
