"""Dates, periods, school years, semesters and quarters (rules T-1 ... T-4, T-7).

Everything here is a whole-day calendar value; nothing reads the clock (T-1):
a question about time takes its date as an argument.  Latvian date notation
(T-5, T-6) is read by :mod:`karjera_core.notation`.

* :class:`DateRange` -- a closed interval of days, ``end=None`` when open (T-2).
* :class:`SchoolYear` -- 1 September to 31 August (T-3).
* :class:`Semester` -- semester I = 1 Sep - 31 Dec, II = 1 Jan - 31 Aug (T-4).
* :class:`Quarter` -- a calendar quarter (T-5).
* :func:`yearly_windows` -- "at least once a year" as explicit windows (T-7).

>>> SchoolYear.containing(date(2017, 3, 1))
SchoolYear(2016)
>>> str(SchoolYear(2016)), SchoolYear(2016).start, SchoolYear(2016).end
('2016./2017.', datetime.date(2016, 9, 1), datetime.date(2017, 8, 31))
>>> Semester.containing(date(2020, 10, 5))
Semester(school_year=SchoolYear(2020), number=1)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import FIRST_DAY, LAST_DAY, MAX_YEAR, MIN_YEAR, Flaw
from karjera_core._records import record, rule
from karjera_core.errors import ROOT, Problem, ValidationError, fail

__all__ = [
    "DateRange",
    "Quarter",
    "SchoolYear",
    "Semester",
    "yearly_windows",
]

__all__ += ["FIRST_DAY", "LAST_DAY", "MAX_YEAR", "MIN_YEAR"]  # the library's years, for the other layers


@record
class DateRange:
    """A closed interval of calendar days: ``start`` and ``end`` both inclusive (T-2).

    ``end=None`` means open (ongoing).  ``start <= end`` always.

    >>> term = DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31))
    >>> date(2029, 12, 31) in term, date(2030, 1, 1) in term
    (True, False)
    >>> term.intersection(DateRange(start=date(2029, 6, 1)))
    DateRange(start=datetime.date(2029, 6, 1), end=datetime.date(2029, 12, 31))
    >>> DateRange(start=date(2020, 1, 1), end=date(2020, 12, 31)).days
    366
    """

    start: date
    end: date | None = None

    @rule("start", "end")
    def _ordered(self) -> Flaw | None:
        if self.end is not None and self.end < self.start:
            return Flaw("$.end", "period.end_before_start", "expected an end on or after the start")
        return None

    @property
    def is_open(self) -> bool:
        """True when the range has no end."""
        return self.end is None

    @property
    def days(self) -> int:
        """The number of days in the range; a ValidationError for an open range."""
        if self.end is None:
            fail(ROOT, "period.open", "an open period has no length")
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        if type(day) is not date:
            return False
        return self.start <= day and (self.end is None or day <= self.end)

    def covers(self, other: DateRange) -> bool:
        """True when every day of ``other`` is in this range."""
        (other,) = _OTHER(other)
        return self._covers(other)

    def _covers(self, other: DateRange) -> bool:
        """:meth:`covers` of a range known to be a ``DateRange`` (a rule's own field)."""
        if other.start < self.start:
            return False
        if self.end is None:
            return True
        return other.end is not None and other.end <= self.end

    def overlaps(self, other: DateRange) -> bool:
        """True when the two ranges share at least one day: each starts before or on the day the other ends."""
        (other,) = _OTHER(other)
        return (self.end is None or other.start <= self.end) and (other.end is None or self.start <= other.end)

    def intersection(self, other: DateRange) -> DateRange | None:
        """The days in both ranges, or ``None`` when they share none."""
        (other,) = _OTHER(other)
        start = max(self.start, other.start)
        ends = [e for e in (self.end, other.end) if e is not None]
        end = min(ends) if ends else None
        if end is not None and end < start:
            return None
        return DateRange(start=start, end=end)

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{'' if self.end is None else self.end.isoformat()}"


_OTHER = arguments(other=DateRange)


@record(kw_only=False, order=True)
class SchoolYear:
    """The administrative school year that starts on 1 September of ``start_year`` (T-3).

    ``SchoolYear(2016)`` is "2016./2017. mācību gads": 2016-09-01 ... 2017-08-31.

    >>> SchoolYear(2016) < SchoolYear(2017)
    True
    >>> SchoolYear(2016).next()
    SchoolYear(2017)
    """

    start_year: int = fields.integer(MIN_YEAR, MAX_YEAR - 1, what="a start year")

    @property
    def start(self) -> date:
        """1 September of the start year."""
        return date(self.start_year, 9, 1)

    @property
    def end(self) -> date:
        """31 August of the next year."""
        return date(self.start_year + 1, 8, 31)

    @property
    def period(self) -> DateRange:
        """The year as a :class:`DateRange`."""
        return DateRange(start=self.start, end=self.end)

    @property
    def semesters(self) -> tuple[Semester, Semester]:
        """Semester I and semester II of this year (T-4)."""
        return (Semester(school_year=self, number=1), Semester(school_year=self, number=2))

    def next(self) -> SchoolYear:
        """The following school year."""
        return SchoolYear(self.start_year + 1)

    def previous(self) -> SchoolYear:
        """The preceding school year."""
        return SchoolYear(self.start_year - 1)

    def __contains__(self, day: object) -> bool:
        return day in self.period

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        """The school year written "2016./2017. mācību gads", "2016./2017.", "2016/2017" or "2016./2017.m.g." (T-3).

        "m.g." (also "m. g.") abbreviates "mācību gads"; the second year may
        be written with its last two digits ("2016./17. m.g.").  Case,
        repeated whitespace and Unicode compatibility forms do not matter.
        The second year must follow the first.  Anything else is a
        ValidationError at ``$`` saying what is wrong (``school_year.range``,
        ``school_year.not_consecutive``, ``date.trailing_text``,
        ``school_year.format``, ``date.text_type``, ``date.text_empty``,
        ``date.text_too_long``); it never repeats the text.

        >>> SchoolYear.parse("2017./2018. mācību gads"), SchoolYear.parse("2020./2021.m.g.")
        (SchoolYear(2017), SchoolYear(2020))
        >>> SchoolYear.parse("2018./2019. m. g."), SchoolYear.parse("2023./24. m.g.")
        (SchoolYear(2018), SchoolYear(2023))
        >>> SchoolYear.parse("2016/2018")
        Traceback (most recent call last):
        ...
        karjera_core.errors.ValidationError: 1 problem:
          $: expected the second year to follow the first [school_year.not_consecutive]
        """
        if not isinstance(text, str):
            fail(ROOT, "date.text_type", "expected the school year as a str")
        if len(text) > _MAX_SCHOOL_YEAR_TEXT:  # measured before it is normalised
            fail(ROOT, "date.text_too_long", f"expected at most {_MAX_SCHOOL_YEAR_TEXT} characters")
        cleaned = " ".join(unicodedata.normalize("NFKC", text).lower().split())
        if not cleaned:
            fail(ROOT, "date.text_empty", "expected a school year, not empty text")
        match = SCHOOL_YEAR.fullmatch(cleaned) or _LOOSE_SCHOOL_YEAR.fullmatch(cleaned)
        if match is None:
            if SCHOOL_YEAR.match(cleaned) is not None:
                fail(ROOT, "date.trailing_text", "expected nothing after the school year")
            fail(ROOT, "school_year.format", _SCHOOL_YEAR_FORMAT)
        problems = school_year_problems(match["first"], match["second"], ROOT)
        if problems:
            raise ValidationError(problems)
        return cls(int(match["first"]))

    @classmethod
    def containing(cls, day: date) -> SchoolYear:
        """The school year that ``day`` belongs to.

        Days before 1900-09-01 or after 2199-08-31 belong to no school year the
        library can hold (its years end at MIN_YEAR and MAX_YEAR): a
        ValidationError at ``$.day``, as is anything but a date.
        """
        (day,) = _DAY(day)
        start_year = day.year if day.month >= 9 else day.year - 1
        if not MIN_YEAR <= start_year < MAX_YEAR:
            fail(
                "$.day",
                "date.range",
                f"expected a date in the school years {MIN_YEAR}./{MIN_YEAR + 1}. to {MAX_YEAR - 1}./{MAX_YEAR}.",
            )
        return cls(start_year)

    def __repr__(self) -> str:
        return f"SchoolYear({self.start_year!r})"

    def __str__(self) -> str:
        return f"{self.start_year}./{self.start_year + 1}."


#: "gads" (year) in its five cases, as a regex alternation.
YEAR_WORD = "gad(?:s|a|am|u|ā)"
#: A school year as text (lower case, one space between words): "2016./2017. mācību gads", "2016/2017",
#: "2016./2017.m.g.", "2016./17. m. g." ({Y} a year; the second may keep only its last two digits).
SCHOOL_YEAR_TEMPLATE = (
    r"(?P<first>{Y})\.? ?/ ?(?P<second>{Y}|[0-9]{{2}})\.?(?: ?(?:mācību " + YEAR_WORD + r"|m\. ?g\.?))?"
)
SCHOOL_YEAR = re.compile(SCHOOL_YEAR_TEMPLATE.format(Y="[0-9]{4}"))
_SCHOOL_YEAR_FORMAT = (
    "expected a school year written like 'YYYY./YYYY. mācību gads', 'YYYY./YYYY. m.g.', 'YYYY./YY.' or 'YYYY/YYYY'"
)
#: The same shape with digit runs of any length, to say what is wrong with the years (measured before int()).
_LOOSE_SCHOOL_YEAR = re.compile(SCHOOL_YEAR_TEMPLATE.format(Y="[0-9]+"))
_MAX_SCHOOL_YEAR_TEXT = 100
_DAY = arguments(day=date)


def second_year(first: int, second: str) -> int:
    """The year a school year's second part names: "2018" is 2018, and "18" after 2017 is 2018 too
    (the last two digits of the year after ``first``)."""
    return int(second) if len(second) != 2 else (first + 1) // 100 * 100 + int(second)


def school_year_problems(first: str, second: str, path: str) -> list[Problem]:
    """What is wrong with the two years of a written school year (digit runs of any length), at ``path``."""
    problems = []
    if len(first) != 4 or not MIN_YEAR <= int(first) < MAX_YEAR:
        problems.append(
            Problem(path=path, code="school_year.range", message=f"expected a first year in {MIN_YEAR}-{MAX_YEAR - 1}")
        )
    if len(first) > 4 or len(second) not in (2, 4) or second_year(int(first), second) != int(first) + 1:
        problems.append(
            Problem(
                path=path, code="school_year.not_consecutive", message="expected the second year to follow the first"
            )
        )
    return problems


@record(order=True)
class Semester:
    """Semester ``number`` (1 or 2) of a school year (T-4).

    Design choice: semester I runs 1 Sep - 31 Dec and semester II 1 Jan -
    31 Aug, so every date belongs to exactly one semester.

    >>> s = Semester(school_year=SchoolYear(2020), number=2)
    >>> s.start, s.end
    (datetime.date(2021, 1, 1), datetime.date(2021, 8, 31))
    >>> str(s)
    '2020./2021. II semestris'
    """

    school_year: SchoolYear
    number: int = fields.integer(1, 2, what="a semester number")

    @property
    def start(self) -> date:
        """The first day: 1 September (I) or 1 January (II)."""
        year = self.school_year.start_year
        return date(year, 9, 1) if self.number == 1 else date(year + 1, 1, 1)

    @property
    def end(self) -> date:
        """The last day: 31 December (I) or 31 August (II)."""
        year = self.school_year.start_year
        return date(year, 12, 31) if self.number == 1 else date(year + 1, 8, 31)

    @property
    def period(self) -> DateRange:
        """The semester as a :class:`DateRange`."""
        return DateRange(start=self.start, end=self.end)

    def __contains__(self, day: object) -> bool:
        return day in self.period

    @classmethod
    def containing(cls, day: date) -> Semester:
        """The semester that ``day`` belongs to (a ValidationError at ``$.day`` as for ``SchoolYear.containing``)."""
        year = SchoolYear.containing(day)
        return cls(school_year=year, number=1 if day.month >= 9 else 2)

    def __str__(self) -> str:
        return f"{self.school_year} {'I' if self.number == 1 else 'II'} semestris"


@record(order=True)
class Quarter:
    """Calendar quarter ``number`` (1-4) of ``year`` (T-5).

    >>> q = Quarter(year=2016, number=4)
    >>> q.start, q.end
    (datetime.date(2016, 10, 1), datetime.date(2016, 12, 31))
    """

    year: int = fields.integer(MIN_YEAR, MAX_YEAR, what="a year")
    number: int = fields.integer(1, 4, what="a quarter number")

    @property
    def start(self) -> date:
        """The quarter's first day."""
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """The quarter's last day."""
        if self.number == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.number + 1, 1) - timedelta(days=1)

    @property
    def period(self) -> DateRange:
        """The quarter as a :class:`DateRange`."""
        return DateRange(start=self.start, end=self.end)

    def __contains__(self, day: object) -> bool:
        return day in self.period

    @classmethod
    def containing(cls, day: date) -> Quarter:
        """The quarter that ``day`` belongs to; anything but a date of the library's years is a ValidationError
        at ``$.day``."""
        (day,) = _DAY(day)
        return cls(year=day.year, number=(day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}.gada {self.number}.ceturksnis"


def yearly_windows(period: DateRange) -> tuple[DateRange, ...]:
    """Consecutive one-year windows from ``period.start``, the last clipped to ``period.end`` (T-7).

    "At least once a year" is judged over these explicit windows.  Window k
    starts on ``period.start + relativedelta(years=k)`` -- always counted from
    the period's own start, so nothing drifts -- and ends the day before the
    next one starts.  A period starting on 29 February has windows starting on
    28 February in common years and 29 February in leap years
    (``relativedelta`` clips to the month's last day); the windows still
    partition the period with no gap and no overlap.  An open period is a
    ValidationError (code ``period.open`` at ``$.period.end``): it has no last window.

    >>> for window in yearly_windows(DateRange(start=date(2024, 10, 1), end=date(2026, 12, 31))):
    ...     print(window)
    2024-10-01..2025-09-30
    2025-10-01..2026-09-30
    2026-10-01..2026-12-31
    >>> [str(w) for w in yearly_windows(DateRange(start=date(2020, 2, 29), end=date(2022, 3, 1)))]
    ['2020-02-29..2021-02-27', '2021-02-28..2022-02-27', '2022-02-28..2022-03-01']
    """
    (period,) = _PERIOD(period)
    end = period.end
    if end is None:
        fail("$.period.end", "period.open", "expected a closed period: an open one has no last window")
    windows: list[DateRange] = []
    start, years = period.start, 1
    while start <= end:
        following = period.start + relativedelta(years=years)
        windows.append(DateRange(start=start, end=min(following - timedelta(days=1), end)))
        start, years = following, years + 1
    return tuple(windows)


_PERIOD = arguments(period=DateRange)


def __dir__() -> list[str]:
    return sorted(__all__)
