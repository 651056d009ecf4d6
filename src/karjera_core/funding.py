"""Funds, programming periods, project numbers, budgets and governing regulations (rules F-1, F-2, F-3, M-2).

* :class:`ProgrammingPeriod` -- a fund's generation with its eligibility window
  (F-1): :data:`ESF_2014_2020`, :data:`ESF_PLUS_2021_2027`,
  :data:`ERASMUS_PLUS_2014_2020`, :data:`ERASMUS_PLUS_2021_2027`.
* :class:`ProjectNumber` -- "8.3.5.0/16/I/001" and "4.2.2.3/1/24/I/001",
  parsed strictly, with the variants seen in the wild normalised (F-2).
* :class:`Budget` -- a total and its breakdown by funding source, whose parts
  sum exactly to the total; a budget may say that only some parts are known (M-2).
* :class:`Regulation` -- the Cabinet Regulation that governs a measure (F-3).

>>> number = ProjectNumber.parse("8.3.4.0/16/1/001")
>>> str(number), number.selection_year, number.selection.label
('8.3.4.0/16/I/001', 2016, 'ierobežota projektu iesniegumu atlase')
>>> date(2029, 12, 31) in ESF_PLUS_2021_2027.eligibility
True
>>> budget = Budget(total=Money(23080688), parts=(
...     BudgetLine(source=FundingSource.EU_FUND, amount=Money(19618584)),
...     BudgetLine(source=FundingSource.STATE_BUDGET, amount=Money(3462104)),
... ))
>>> budget.part(FundingSource.MUNICIPAL)
Money('0.00')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import ClassVar

import attrs

from karjera_core._enums import LabelledEnum
from karjera_core.errors import ROOT, Problem, ValidationError, fail
from karjera_core.money import Money
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange

__all__ = [
    "ERASMUS_PLUS_2014_2020",
    "ERASMUS_PLUS_2021_2027",
    "ESF_2014_2020",
    "ESF_PLUS_2021_2027",
    "Budget",
    "BudgetLine",
    "Fund",
    "FundingSource",
    "ProgrammingPeriod",
    "ProjectNumber",
    "Regulation",
    "Selection",
]

#: The longest free text accepted in a name or title.
MAX_TEXT = 2000


def _is_text(value: object, limit: int = MAX_TEXT) -> bool:
    """True for a non-blank str of at most ``limit`` characters."""
    return type(value) is str and 0 < len(value) <= limit and not value.isspace()


def _is_day(value: object) -> bool:
    return type(value) is date and MIN_YEAR <= value.year <= MAX_YEAR


# ---------------------------------------------------------------- funds and programming periods


class Fund(LabelledEnum):
    """The EU fund or programme that pays for a project (F-1).  The value is what serialization writes."""

    ESF = "esf", "Eiropas Sociālais fonds"
    # [003] writes the fund this way ("Finansēšanas avots").
    ESF_PLUS = "esf_plus", "Eiropas Savienības sociālais fonds Plus"
    ERASMUS_PLUS = "erasmus_plus", "Erasmus+"


_CODE = re.compile(r"[a-z0-9_]{1,40}")


@attrs.frozen(kw_only=True)
class ProgrammingPeriod:
    """A generation of a fund or programme and the window its projects must fit in (F-1).

    ``eligibility`` is a closed :class:`~karjera_core.time.DateRange`.  What it
    means depends on ``binds_implementation``:

    * ``True`` (ESF, ESF+): the window in which expenditure is eligible; a
      project's implementation period, as approved and as amended, must lie
      inside it (checked by :func:`karjera_core.projects.check_project`).
    * ``False`` (Erasmus+): the programme years, i.e. the years of the calls
      for proposals.  A project selected in a generation's last call may run
      beyond them, so no implementation period is checked against them.

    ``numbers_have_round`` says whether the national project numbers of this
    generation carry the selection round after the measure (F-2): ``False``
    for 2014-2020 ("8.3.5.0/16/I/001"), ``True`` for 2021-2027
    ("4.2.2.3/1/24/I/001"), ``None`` where the Latvian numbering does not apply.

    >>> ESF_2014_2020.fund.label, str(ESF_2014_2020.eligibility)
    ('Eiropas Sociālais fonds', '2014-01-01..2023-12-31')
    """

    code: str
    name: str
    fund: Fund
    eligibility: DateRange
    legal_basis: str | None = None
    binds_implementation: bool = True
    numbers_have_round: bool | None = None

    def __attrs_post_init__(self) -> None:
        if (
            type(self.code) is not str
            or not _CODE.fullmatch(self.code)
            or not _is_text(self.name)
            or type(self.fund) is not Fund
            or type(self.eligibility) is not DateRange
            or self.eligibility.end is None
            or (self.legal_basis is not None and not _is_text(self.legal_basis))
            or type(self.binds_implementation) is not bool
            or (self.numbers_have_round is not None and type(self.numbers_have_round) is not bool)
        ):
            _reject_period(self)

    def __str__(self) -> str:
        return self.name


def _reject_period(period: ProgrammingPeriod) -> None:
    problems: list[Problem] = []
    if type(period.code) is not str or not _CODE.fullmatch(period.code):
        problems.append(
            Problem(path="$.code", code="programming_period.code", message="expected a code of 1-40 a-z, 0-9 or _")
        )
    if not _is_text(period.name):
        problems.append(
            Problem(
                path="$.name",
                code="programming_period.name",
                message=f"expected a non-blank name of at most {MAX_TEXT} characters",
            )
        )
    if type(period.fund) is not Fund:
        problems.append(Problem(path="$.fund", code="programming_period.fund", message="expected a Fund"))
    if type(period.eligibility) is not DateRange or period.eligibility.end is None:
        problems.append(
            Problem(path="$.eligibility", code="programming_period.eligibility", message="expected a closed DateRange")
        )
    if period.legal_basis is not None and not _is_text(period.legal_basis):
        problems.append(
            Problem(
                path="$.legal_basis", code="programming_period.legal_basis", message="expected None or non-blank text"
            )
        )
    binds: object = period.binds_implementation
    with_round: object = period.numbers_have_round
    if type(binds) is not bool:
        problems.append(
            Problem(
                path="$.binds_implementation", code="programming_period.binds_implementation", message="expected a bool"
            )
        )
    if with_round is not None and type(with_round) is not bool:
        problems.append(
            Problem(
                path="$.numbers_have_round",
                code="programming_period.numbers_have_round",
                message="expected None or a bool",
            )
        )
    raise ValidationError(problems)


#: ESF 2014-2020: expenditure eligible 2014-01-01 ... 2023-12-31
#: [pub: Reg. (EU) No 1303/2013, Art. 65(2)] (F-1).
ESF_2014_2020 = ProgrammingPeriod(
    code="esf_2014_2020",
    name="Eiropas Sociālais fonds, 2014.-2020. gada plānošanas periods",
    fund=Fund.ESF,
    eligibility=DateRange(start=date(2014, 1, 1), end=date(2023, 12, 31)),
    legal_basis="Regula (ES) Nr. 1303/2013, 65. panta 2. punkts",
    binds_implementation=True,
    numbers_have_round=False,
)

#: ESF+ 2021-2027: expenditure eligible 2021-01-01 ... 2029-12-31
#: [pub: Reg. (EU) 2021/1060, Art. 63(2)] (F-1).
ESF_PLUS_2021_2027 = ProgrammingPeriod(
    code="esf_plus_2021_2027",
    name="Eiropas Sociālais fonds Plus, 2021.-2027. gada plānošanas periods",
    fund=Fund.ESF_PLUS,
    eligibility=DateRange(start=date(2021, 1, 1), end=date(2029, 12, 31)),
    legal_basis="Regula (ES) 2021/1060, 63. panta 2. punkts",
    binds_implementation=True,
    numbers_have_round=True,
)

#: Erasmus+ 2014-2020 (Reg. (EU) No 1288/2013): ``eligibility`` holds the
#: programme years 2014-2020, the years of its calls -- not a window that
#: binds project periods (projects of the 2020 call ran into 2021-2023).
ERASMUS_PLUS_2014_2020 = ProgrammingPeriod(
    code="erasmus_plus_2014_2020",
    name="Erasmus+, 2014.-2020. gada programma",
    fund=Fund.ERASMUS_PLUS,
    eligibility=DateRange(start=date(2014, 1, 1), end=date(2020, 12, 31)),
    legal_basis="Regula (ES) Nr. 1288/2013",
    binds_implementation=False,
    numbers_have_round=None,
)

#: Erasmus+ 2021-2027 (Reg. (EU) 2021/817): programme years 2021-2027, the
#: years of its calls; as for :data:`ERASMUS_PLUS_2014_2020` they do not bind
#: project periods.
ERASMUS_PLUS_2021_2027 = ProgrammingPeriod(
    code="erasmus_plus_2021_2027",
    name="Erasmus+, 2021.-2027. gada programma",
    fund=Fund.ERASMUS_PLUS,
    eligibility=DateRange(start=date(2021, 1, 1), end=date(2027, 12, 31)),
    legal_basis="Regula (ES) 2021/817",
    binds_implementation=False,
    numbers_have_round=None,
)


# ---------------------------------------------------------------- project numbers


class Selection(LabelledEnum):
    """How projects were selected, as the letter in a project number says (F-2).

    ``I`` is a limited call ("ierobežota projektu iesniegumu atlase"), the
    letter of every number in the seeds.  ``A`` for an open call ("atklāta
    projektu iesniegumu atlase") is an assumption: no public key to the
    numbers was found (brief §9).
    """

    LIMITED = "I", "ierobežota projektu iesniegumu atlase"
    OPEN = "A", "atklāta projektu iesniegumu atlase"


#: Letters accepted when parsing; the digit 1 is a common typing of I (F-2).
_SELECTION_TEXT = {"I": Selection.LIMITED, "1": Selection.LIMITED, "A": Selection.OPEN}
_PART = re.compile(r"[0-9]{1,2}")
_YEAR = re.compile(r"[0-9]{2}")
_SEQUENCE = re.compile(r"[0-9]{3}")
#: Longer texts are refused before any splitting.
MAX_NUMBER_TEXT = 64


def _measure_ok(measure: object) -> bool:
    return (
        type(measure) is tuple
        and len(measure) == 4
        and all(type(part) is int and 0 <= part <= 99 for part in measure)
        and measure[0] >= 1
    )


@attrs.frozen(kw_only=True, repr=False)
class ProjectNumber:
    """A Latvian EU-funds project number (F-2), serialized as its canonical text.

    * ``measure`` -- four numbers: "8.3.5.0" is specific objective 8.3.5 with
      no sub-measure; "4.2.2.3" is measure 4.2.2.3;
    * ``selection_round`` -- the round, present in 2021-2027 numbers only;
    * ``year`` -- two digits of the selection year (``selection_year`` gives
      all four, assuming the 2000s);
    * ``selection`` -- limited call (I) or open call (A, assumed);
    * ``sequence`` -- 1-999, written with three digits.

    >>> ProjectNumber.parse("9.2.2.2./16/I/001")
    ProjectNumber.parse('9.2.2.2/16/I/001')
    >>> n = ProjectNumber.parse("4.2.2.3/1/24/I/001")
    >>> n.measure, n.selection_round, n.selection_year, n.specific_objective
    ((4, 2, 2, 3), 1, 2024, '4.2.2')
    """

    __karjera_text__: ClassVar[bool] = True

    measure: tuple[int, ...]
    selection_round: int | None = None
    year: int
    selection: Selection
    sequence: int

    def __attrs_post_init__(self) -> None:
        rnd = self.selection_round
        if (
            not _measure_ok(self.measure)
            or (rnd is not None and (type(rnd) is not int or not 1 <= rnd <= 99))
            or type(self.year) is not int
            or not 0 <= self.year <= 99
            or type(self.selection) is not Selection
            or type(self.sequence) is not int
            or not 1 <= self.sequence <= 999
        ):
            _reject_number(self)

    @classmethod
    def parse(cls, text: str) -> ProjectNumber:
        """The number written in ``text``; a ValidationError for anything malformed (F-2).

        Accepted: "measure/year/selection/sequence" (2014-2020) and
        "measure/round/year/selection/sequence" (2021-2027), surrounding
        whitespace ignored.  Normalised: the digit 1 typed for the letter I,
        and one trailing dot after the measure.  Refused, with every problem
        found: a measure of other than four parts, a missing or extra part,
        an unknown selection letter, a year of other than two digits, a
        sequence of other than three digits (or 000).

        >>> ProjectNumber.parse("8.3.5/16/I/001")
        Traceback (most recent call last):
        ...
        karjera_core.errors.ValidationError: 1 problem:
          $: expected a measure of four dot-separated numbers, such as 8.3.5.0 [project_number.measure]
        """
        if type(text) is not str:
            fail(ROOT, "project_number.type", "expected the project number as text, such as '8.3.5.0/16/I/001'")
        if len(text) > MAX_NUMBER_TEXT:
            fail(ROOT, "project_number.format", f"expected a project number of at most {MAX_NUMBER_TEXT} characters")
        parts = text.strip().split("/")
        if len(parts) not in (4, 5):
            fail(
                ROOT,
                "project_number.parts",
                "expected measure/year/selection/sequence, with the selection round after the measure"
                " in 2021-2027 numbers",
            )
        measure_text = parts[0].removesuffix(".")
        round_text = parts[1] if len(parts) == 5 else None
        year_text, selection_text, sequence_text = parts[-3:]
        pieces = measure_text.split(".")
        problems: list[Problem] = []
        if len(pieces) != 4 or not all(_PART.fullmatch(piece) for piece in pieces) or int(pieces[0]) == 0:
            problems.append(
                _problem("project_number.measure", "expected a measure of four dot-separated numbers, such as 8.3.5.0")
            )
        if round_text is not None and (not _PART.fullmatch(round_text) or int(round_text) == 0):
            problems.append(_problem("project_number.round", "expected a selection round of one or two digits, not 0"))
        if not _YEAR.fullmatch(year_text):
            problems.append(_problem("project_number.year", "expected a selection year of two digits, such as 16"))
        if selection_text not in _SELECTION_TEXT:
            problems.append(
                _problem(
                    "project_number.selection",
                    "expected the selection letter I (limited call; 1 is read as I) or A (open call)",
                )
            )
        if not _SEQUENCE.fullmatch(sequence_text) or sequence_text == "000":
            problems.append(
                _problem("project_number.sequence", "expected a sequence number of three digits, such as 001")
            )
        if problems:
            raise ValidationError(problems)
        return cls(
            measure=tuple(int(piece) for piece in pieces),
            selection_round=None if round_text is None else int(round_text),
            year=int(year_text),
            selection=_SELECTION_TEXT[selection_text],
            sequence=int(sequence_text),
        )

    @property
    def selection_year(self) -> int:
        """The four-digit selection year: ``/16/`` is 2016."""
        return 2000 + self.year

    @property
    def measure_code(self) -> str:
        """The measure as written: "8.3.5.0"."""
        return ".".join(str(part) for part in self.measure)

    @property
    def specific_objective(self) -> str:
        """The specific objective, the measure's first three parts: "8.3.5"."""
        return ".".join(str(part) for part in self.measure[:3])

    def __str__(self) -> str:
        round_part = "" if self.selection_round is None else f"/{self.selection_round}"
        return f"{self.measure_code}{round_part}/{self.year:02d}/{self.selection.value}/{self.sequence:03d}"

    def __repr__(self) -> str:
        return f"ProjectNumber.parse({str(self)!r})"


def _problem(code: str, message: str) -> Problem:
    return Problem(path=ROOT, code=code, message=message)


def _reject_number(number: ProjectNumber) -> None:
    problems: list[Problem] = []
    rnd = number.selection_round
    if not _measure_ok(number.measure):
        problems.append(
            Problem(
                path="$.measure",
                code="project_number.measure",
                message="expected a tuple of four ints 0-99, the first at least 1",
            )
        )
    if rnd is not None and (type(rnd) is not int or not 1 <= rnd <= 99):
        problems.append(
            Problem(path="$.selection_round", code="project_number.round", message="expected None or an int 1-99")
        )
    if type(number.year) is not int or not 0 <= number.year <= 99:
        problems.append(
            Problem(path="$.year", code="project_number.year", message="expected a two-digit year as an int 0-99")
        )
    if type(number.selection) is not Selection:
        problems.append(Problem(path="$.selection", code="project_number.selection", message="expected a Selection"))
    if type(number.sequence) is not int or not 1 <= number.sequence <= 999:
        problems.append(Problem(path="$.sequence", code="project_number.sequence", message="expected an int 1-999"))
    raise ValidationError(problems)


# ---------------------------------------------------------------- budgets


class FundingSource(LabelledEnum):
    """Where a part of a budget comes from (M-2).  The value is what serialization writes."""

    EU_FUND = "eu_fund", "Eiropas Savienības fonda finansējums"
    STATE_BUDGET = "state_budget", "valsts budžeta finansējums"
    MUNICIPAL = "municipal", "pašvaldības līdzfinansējums"
    EXTERNAL = "external", "ārējais līdzfinansējums"
    OTHER = "other", "cits finansējums"


_SOURCE_ORDER = {source: index for index, source in enumerate(FundingSource)}


@attrs.frozen(kw_only=True)
class BudgetLine:
    """One part of a budget: a funding source and its amount, zero or more euros (M-2).

    >>> BudgetLine(source=FundingSource.EXTERNAL, amount=Money(0)).amount
    Money('0.00')
    """

    source: FundingSource
    amount: Money

    def __attrs_post_init__(self) -> None:
        if type(self.source) is not FundingSource or type(self.amount) is not Money or self.amount.amount < 0:
            problems: list[Problem] = []
            if type(self.source) is not FundingSource:
                problems.append(Problem(path="$.source", code="budget_line.source", message="expected a FundingSource"))
            if type(self.amount) is not Money or self.amount.amount < 0:
                problems.append(
                    Problem(path="$.amount", code="budget_line.amount", message="expected Money of zero or more")
                )
            raise ValidationError(problems)


def _canonical_lines(lines: tuple[BudgetLine, ...]) -> tuple[BudgetLine, ...]:
    """The lines in the order of :class:`FundingSource`, so that equal budgets compare equal.

    Anything that is not a tuple of lines is passed on unchanged for the
    constructor to refuse.
    """
    if type(lines) is not tuple or not all(type(line) is BudgetLine for line in lines):
        return lines
    return tuple(sorted(lines, key=lambda line: _SOURCE_ORDER[line.source]))


@attrs.frozen(kw_only=True)
class Budget:
    """A total and its breakdown by funding source (M-2).

    ``parts`` lists the known parts, at most one per :class:`FundingSource`
    (they are kept in the enumeration's order).  ``complete`` says whether
    the breakdown is whole:

    * ``complete=True`` (the default): every source not listed contributes
      nothing, and the parts sum exactly to ``total``;
    * ``complete=False``: the sources not listed are unknown, and the known
      parts never exceed ``total``.  [003] gives the total, external and
      municipal co-financing (both 0) but not the EU / state split.

    >>> teacher_support = Budget(total=Money(49731514), complete=False, parts=(
    ...     BudgetLine(source=FundingSource.EXTERNAL, amount=Money(0)),
    ...     BudgetLine(source=FundingSource.MUNICIPAL, amount=Money(0)),
    ... ))
    >>> teacher_support.part(FundingSource.EU_FUND) is None, teacher_support.unallocated
    (True, Money('49731514.00'))
    >>> [s.value for s in teacher_support.unknown_sources]
    ['eu_fund', 'state_budget', 'other']
    """

    total: Money
    parts: tuple[BudgetLine, ...] = attrs.field(default=(), converter=_canonical_lines)
    complete: bool = True

    def __attrs_post_init__(self) -> None:
        if not _budget_ok(self.total, self.parts, self.complete):
            _reject_budget(self.total, self.parts, self.complete)

    def part(self, source: FundingSource) -> Money | None:
        """The amount from ``source``: zero when a complete budget does not list it, ``None`` when unknown."""
        if type(source) is not FundingSource:
            fail(ROOT, "budget.source", "expected a FundingSource")
        for line in self.parts:
            if line.source is source:
                return line.amount
        return Money.zero() if self.complete else None

    @property
    def known_sources(self) -> tuple[FundingSource, ...]:
        """The sources whose amount is known: all of them when the budget is complete."""
        if self.complete:
            return tuple(FundingSource)
        return tuple(line.source for line in self.parts)

    @property
    def unknown_sources(self) -> tuple[FundingSource, ...]:
        """The sources whose amount is not known: none when the budget is complete."""
        known = self.known_sources
        return tuple(source for source in FundingSource if source not in known)

    @property
    def unallocated(self) -> Money:
        """The part of the total the known parts do not cover: what the unknown sources share."""
        return self.total - Money.total(line.amount for line in self.parts)


def _lines_ok(parts: object) -> bool:
    if type(parts) is not tuple:
        return False
    seen: set[FundingSource] = set()
    for line in parts:
        if type(line) is not BudgetLine or line.source in seen:
            return False
        seen.add(line.source)
    return True


def _budget_ok(total: object, parts: object, complete: object) -> bool:
    if type(total) is not Money or total.amount < 0 or type(complete) is not bool or not _lines_ok(parts):
        return False
    assert isinstance(parts, tuple)
    known = sum((line.amount.amount for line in parts), start=total.amount * 0)
    if complete:
        return known == total.amount
    return known <= total.amount and len(parts) < len(FundingSource)


def _reject_budget(total: object, parts: object, complete: object) -> None:
    problems: list[Problem] = []
    if type(total) is not Money or total.amount < 0:
        problems.append(
            Problem(path="$.total", code="budget.total", message="expected a total as Money of zero or more")
        )
    if type(complete) is not bool:
        problems.append(Problem(path="$.complete", code="budget.complete", message="expected a bool"))
    if type(parts) is not tuple:
        problems.append(Problem(path="$.parts", code="budget.parts", message="expected a tuple of BudgetLine"))
    else:
        problems.extend(_line_problems(parts))
    if not problems:
        assert isinstance(total, Money)
        assert isinstance(parts, tuple)
        problems.append(_sum_problem(total, parts, complete is True))
    raise ValidationError(problems)


def _line_problems(parts: tuple[object, ...]) -> Iterable[Problem]:
    seen: set[FundingSource] = set()
    for index, line in enumerate(parts):
        if type(line) is not BudgetLine:
            yield Problem(path=f"$.parts[{index}]", code="budget.parts", message="expected a BudgetLine")
        elif line.source in seen:
            yield Problem(
                path=f"$.parts[{index}].source",
                code="budget.duplicate_source",
                message="expected each funding source at most once",
            )
        else:
            seen.add(line.source)


def _sum_problem(total: Money, parts: tuple[BudgetLine, ...], complete: bool) -> Problem:
    if complete:
        return Problem(
            path="$.parts",
            code="budget.parts_do_not_sum",
            message="expected the parts of a complete budget to sum exactly to the total (M-2)",
        )
    known = Money.total(line.amount for line in parts)
    if known > total:
        return Problem(
            path="$.parts",
            code="budget.parts_exceed_total",
            message="expected the known parts of an incomplete budget not to exceed the total (M-2)",
        )
    return Problem(
        path="$.complete",
        code="budget.nothing_unknown",
        message="expected complete=True when every funding source is listed",
    )


# ---------------------------------------------------------------- regulations


@attrs.frozen(kw_only=True)
class Regulation:
    """A Cabinet Regulation (Ministru kabineta noteikumi) that governs a measure (F-3).

    ``title`` is optional: the full title is not always in the public sources.

    >>> print(Regulation(number=359, adopted=date(2016, 6, 7)))
    MK noteikumi Nr. 359 (2016-06-07)
    """

    number: int
    adopted: date
    title: str | None = None

    def __attrs_post_init__(self) -> None:
        if (
            type(self.number) is not int
            or not 1 <= self.number <= 99999
            or not _is_day(self.adopted)
            or (self.title is not None and not _is_text(self.title))
        ):
            problems: list[Problem] = []
            if type(self.number) is not int or not 1 <= self.number <= 99999:
                problems.append(Problem(path="$.number", code="regulation.number", message="expected an int 1-99999"))
            if not _is_day(self.adopted):
                problems.append(
                    Problem(
                        path="$.adopted", code="regulation.adopted", message=f"expected a date in {MIN_YEAR}-{MAX_YEAR}"
                    )
                )
            if self.title is not None and not _is_text(self.title):
                problems.append(
                    Problem(
                        path="$.title",
                        code="regulation.title",
                        message=f"expected None or non-blank text of at most {MAX_TEXT} characters",
                    )
                )
            raise ValidationError(problems)

    def __str__(self) -> str:
        return f"MK noteikumi Nr. {self.number} ({self.adopted.isoformat()})"
