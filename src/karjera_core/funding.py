"""Funds, programming periods, project numbers and budgets (rules F-1, F-2, M-2).

* :class:`ProgrammingPeriod` -- a fund's generation with its eligibility window
  (F-1): :data:`ESF_2014_2020`, :data:`ESF_PLUS_2021_2027`,
  :data:`ERASMUS_PLUS_2014_2020`, :data:`ERASMUS_PLUS_2021_2027`.
* :class:`ProjectNumber` -- "8.3.5.0/16/I/001", "4.2.2.3/1/24/I/001" and the
  research-application form "1.1.1.2/VIAA/1/16/173", parsed strictly, with the
  variants seen in the wild ("Nr. " before it, "1" for "I") normalised (F-2);
  JSON writes it as its canonical text.
* :class:`Budget` -- a total and its breakdown by funding source, whose parts
  sum exactly to the total; a budget may say that only some parts are known (M-2).

The Cabinet :class:`~karjera_core.schedule.Regulation` that governs a measure
(F-3) is defined in :mod:`karjera_core.schedule`; this module re-exports the
name for compatibility.

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
from collections.abc import Iterator
from datetime import date

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import plan_of, record, rule
from karjera_core.errors import ROOT, Problem, ValidationError, fail
from karjera_core.money import Money
from karjera_core.schedule import Regulation
from karjera_core.time import DateRange

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


def __dir__() -> list[str]:
    return sorted(__all__)


# ---------------------------------------------------------------- funds and programming periods


class Fund(LabelledEnum):
    """The EU fund or programme that pays for a project (F-1).  The value is what serialization writes."""

    ESF = "esf", "Eiropas Sociālais fonds"
    # [003] writes the fund this way ("Finansēšanas avots").
    ESF_PLUS = "esf_plus", "Eiropas Savienības sociālais fonds Plus"
    ERASMUS_PLUS = "erasmus_plus", "Erasmus+"


@record
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

    code: str = fields.code(r"[a-z0-9_]{1,40}", what="a code of 1-40 characters a-z, 0-9 or _", max_length=40)
    name: str = fields.name(500, what="a name")
    fund: Fund
    eligibility: DateRange
    legal_basis: str | None = fields.name(500, what="a legal basis", default=None)
    binds_implementation: bool = True
    numbers_have_round: bool | None = None

    @rule("eligibility")
    def _window_is_closed(self) -> Flaw | None:
        if self.eligibility.end is None:
            return Flaw("$.eligibility.end", "programming_period.open_window", "expected a closed eligibility window")
        return None

    def __str__(self) -> str:
        return self.name


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


# ---------------------------------------------------------------- project numbers (F-2)


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
#: The implementing bodies whose abbreviation stands in a research-application number
#: "measure/body/round/year/sequence" (F-2): VIAA for 1.1.1.2 "Pēcdoktorantūras pētniecības atbalsts"
#: (2014-2020, e.g. "1.1.1.2/VIAA/3/19/482"), LZP for 1.1.1.9 "Pēcdoktorantūras pētījumi"
#: (2021-2027, e.g. "1.1.1.9/LZP/1/24/107").
IMPLEMENTING_BODIES = ("LZP", "VIAA")
_PART = re.compile(r"[0-9]{1,2}")
_YEAR = re.compile(r"[0-9]{2}")
_SEQUENCE = re.compile(r"[0-9]{3}")
_LETTERS = re.compile(r"[^\W\d_]+")
#: "Nr." / "Nr. " / "Nr " (any case) or "№" before a number, as pages write it.
_NUMBER_PREFIX = re.compile(r"(?:nr(?:\. ?| )|№ ?)", re.IGNORECASE)
#: Longer texts are refused before any splitting.
MAX_NUMBER_TEXT = 64
_NUMBER_EXAMPLE = "expected the project number as text, such as '8.3.5.0/16/I/001'"
#: Every canonical project number (what ``str()`` writes), as a regular expression.
CANONICAL_NUMBER = (
    r"[1-9][0-9]?(?:\.(?:[1-9]?[0-9])){3}"
    r"(?:/(?:LZP|VIAA)/[1-9][0-9]?/[0-9]{2}/(?!000)[0-9]{3}|(?:/[1-9][0-9]?)?/[0-9]{2}/[IA]/(?!000)[0-9]{3})"
)
#: A number written as ``str()`` writes it, with no implementing body: its parts, read without the slow path's
#: search for every problem (the same value; anything else goes the slow way).
_WRITTEN_NUMBER = re.compile(
    r"([1-9][0-9]?)\.([1-9]?[0-9])\.([1-9]?[0-9])\.([1-9]?[0-9])(?:/([1-9][0-9]?))?/([0-9]{2})/([IA])/((?!000)[0-9]{3})"
)
#: Numbers of other schemes, recognised to say what a refused text is: (how it starts, what it is).
#: Erasmus+ "2024-1-LV01-KA121-ADU-000204150"; Recovery Fund "3.1.2.5.i.0/1/23/I/CFLA/001" (an "i"
#: investment or "r" reform in the measure, CFLA as the body); 2007-2013 "2009/0162/1DP/1.1.2.1.2/...";
#: Interreg programme codes such as "LLI-501" (Latvia-Lithuania); a contract ("līgums") or agreement
#: ("vienošanās") reference.
_OTHER_SCHEMES = (
    (re.compile(r"[0-9]{4}-[0-9]-[a-z]{2}[0-9]{2}-ka[0-9]", re.IGNORECASE), "an Erasmus+ project number"),
    (
        re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})*\.[ir](?:[./]|$)|.*/cfla/", re.IGNORECASE),
        "a Recovery and Resilience Facility (Atveseļošanas fonds) number",
    ),
    (re.compile(r"[0-9]{4}/[0-9]{4}/[0-9]dp/", re.IGNORECASE), "a 2007-2013 EU funds number"),
    (
        re.compile(r"(?:lli|ll|est-?lat|ee-?lv|lv-?lt|lt-?lv|lv-?ru|cb)-?[0-9]", re.IGNORECASE),
        "an Interreg project code",
    ),
    (re.compile(r"(?:līgum|vienošan)", re.IGNORECASE), "a contract or agreement reference"),
)


@record(as_text=True)
class ProjectNumber:
    """A Latvian EU-funds project number (F-2); JSON writes it as its canonical text.

    Three forms: "8.3.5.0/16/I/001" (2014-2020), "4.2.2.3/1/24/I/001"
    (2021-2027, with the selection round) and the research-application form
    "1.1.1.2/VIAA/1/16/173" (measure, implementing body, round, year,
    sequence: the post-doctoral research applications of ERDF 1.1.1.2 and
    1.1.1.9, which carry no selection letter).

    * ``measure`` -- four numbers 0-99, the first at least 1: "8.3.5.0" is
      specific objective 8.3.5 with no sub-measure; "4.2.2.3" is measure 4.2.2.3;
    * ``implementing_body`` -- "VIAA" or "LZP" in the research-application
      form, ``None`` in the others;
    * ``selection_round`` -- the round (1-99): in 2021-2027 numbers and in
      every research-application number, ``None`` in 2014-2020 numbers;
    * ``year`` -- two digits of the selection year (``selection_year`` gives
      all four, assuming the 2000s);
    * ``selection`` -- limited call (I) or open call (A, assumed); ``None``
      exactly in the research-application form;
    * ``sequence`` -- 1-999, written with three digits.

    >>> ProjectNumber.parse("9.2.2.2./16/I/001")
    ProjectNumber.parse('9.2.2.2/16/I/001')
    >>> n = ProjectNumber.parse("4.2.2.3/1/24/I/001")
    >>> n.measure, n.selection_round, n.selection_year, n.specific_objective
    ((4, 2, 2, 3), 1, 2024, '4.2.2')
    >>> postdoc = ProjectNumber.parse("Nr.1.1.1.2/VIAA/3/19/482")
    >>> str(postdoc), postdoc.implementing_body, postdoc.selection_round, postdoc.selection
    ('1.1.1.2/VIAA/3/19/482', 'VIAA', 3, None)
    """

    measure: tuple[int, ...] = fields.items(fields.Integer(0, 99, "a measure part"), min_size=4, max_size=4)
    implementing_body: str | None = fields.choice(
        IMPLEMENTING_BODIES, what="an implementing body: VIAA or LZP", default=None
    )
    selection_round: int | None = fields.integer(1, 99, what="a selection round", default=None)
    year: int = fields.integer(0, 99, what="a two-digit selection year")
    selection: Selection | None = None
    sequence: int = fields.integer(1, 999, what="a sequence number")

    @rule("measure")
    def _measure_starts_above_zero(self) -> Flaw | None:
        if self.measure[0] == 0:
            return Flaw("$.measure[0]", "project_number.measure", "expected a measure whose first part is at least 1")
        return None

    @rule("implementing_body", "selection_round", "selection")
    def _one_form(self) -> list[Flaw] | None:
        body = self.implementing_body is not None
        # well formed: a selection letter exactly when there is no body, a round whenever there is one
        if ((self.selection is None) if body else (self.selection is not None)) and (
            not body or self.selection_round is not None
        ):
            return None
        flaws = [
            Flaw(
                path,
                f"project_number.{code}",
                f"expected {what} in a number {'with' if body else 'without'} an implementing body",
            )
            for broken, path, code, what in (
                (not body and self.selection is None, "$.selection", "selection_missing", "a selection (I or A)"),
                (body and self.selection_round is None, "$.selection_round", "round_missing", "a selection round"),
                (body and self.selection is not None, "$.selection", "selection_with_body", "no selection letter"),
            )
            if broken
        ]
        return flaws or None

    @classmethod
    def parse(cls, text: str) -> ProjectNumber:
        """The number written in ``text``; a ValidationError for anything malformed (F-2).

        Accepted: "measure/year/selection/sequence" (2014-2020),
        "measure/round/year/selection/sequence" (2021-2027) and
        "measure/body/round/year/sequence" (research applications, the body
        VIAA or LZP), surrounding whitespace ignored.  Normalised: "Nr.",
        "Nr. " or "Nr " (in any case) or "№" before the number, the digit 1
        typed for the letter I, and one trailing dot after the measure.
        Refused, with every problem found: a measure of other than four
        parts, a missing or extra part, an unknown selection letter or body,
        a year of other than two digits, a sequence of other than three
        digits (or 000).  A number of another scheme (Erasmus+, the Recovery
        Fund, 2007-2013, Interreg) or a contract reference is refused with a
        message naming what it looks like.  Every problem's path is ``$``,
        the text itself (as for the other ``parse`` constructors).

        >>> ProjectNumber.parse("Nr.8.3.4.0/16/I/001") == ProjectNumber.parse("8.3.4.0/16/I/001")
        True
        >>> ProjectNumber.parse("8.3.5/16/I/001")
        Traceback (most recent call last):
        ...
        karjera_core.errors.ValidationError: 1 problem:
          $: expected a measure of four dot-separated numbers, such as 8.3.5.0 [project_number.measure]
        """
        if type(text) is not str:
            fail(ROOT, "project_number.type", _NUMBER_EXAMPLE)
        written_form = _WRITTEN_NUMBER.fullmatch(text)
        if written_form is not None:
            m1, m2, m3, m4, round_written, year_written, letter, sequence_written = written_form.groups()
            number: ProjectNumber = plan_of(cls).build(  # every part valid by the pattern, the rules met by it
                (int(m1), int(m2), int(m3), int(m4)),
                None,
                None if round_written is None else int(round_written),
                int(year_written),
                _SELECTION_TEXT[letter],
                int(sequence_written),
            )
            return number
        if len(text) > MAX_NUMBER_TEXT:  # measured before anything is stripped
            fail(ROOT, "project_number.format", f"expected a project number of at most {MAX_NUMBER_TEXT} characters")
        written = text.strip()
        prefix = _NUMBER_PREFIX.match(written)
        written = written if prefix is None else written[prefix.end() :]
        for scheme, what in _OTHER_SCHEMES:
            if scheme.match(written):
                fail(
                    ROOT,
                    "project_number.scheme",
                    f"expected a Latvian EU-funds project number such as 8.3.5.0/16/I/001; this looks like {what}",
                )
        parts = written.split("/")
        if len(parts) not in (4, 5):
            fail(
                ROOT,
                "project_number.parts",
                "expected measure/year/selection/sequence (8.3.5.0/16/I/001), measure/round/year/selection/sequence"
                " (4.2.2.3/1/24/I/001) or measure/body/round/year/sequence (1.1.1.2/VIAA/1/16/173)",
            )
        body: str | None
        round_text: str | None
        selection_text: str | None
        if len(parts) == 5 and _LETTERS.fullmatch(parts[1]) and parts[3] not in _SELECTION_TEXT:
            measure_text, body, round_text, year_text, sequence_text = parts  # measure/body/round/year/sequence
            selection_text = None
        else:
            measure_text, body, round_text = parts[0], None, parts[1] if len(parts) == 5 else None
            year_text, selection_text, sequence_text = parts[-3:]
        pieces = measure_text.removesuffix(".").split(".")
        problems = list(_number_problems(pieces, body, round_text, year_text, selection_text, sequence_text))
        if problems:
            raise ValidationError(problems)
        return cls(
            measure=tuple(int(piece) for piece in pieces),
            implementing_body=body,
            selection_round=None if round_text is None else int(round_text),
            year=int(year_text),
            selection=None if selection_text is None else _SELECTION_TEXT[selection_text],
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
        if self.implementing_body is not None:
            return (
                f"{self.measure_code}/{self.implementing_body}/{self.selection_round}"
                f"/{self.year:02d}/{self.sequence:03d}"
            )
        assert self.selection is not None  # the declaration's rule: no body, so a selection
        round_part = "" if self.selection_round is None else f"/{self.selection_round}"
        return f"{self.measure_code}{round_part}/{self.year:02d}/{self.selection.value}/{self.sequence:03d}"

    def __repr__(self) -> str:
        return f"ProjectNumber.parse({str(self)!r})"


def _number_problems(
    pieces: list[str],
    body: str | None,
    round_text: str | None,
    year_text: str,
    selection_text: str | None,
    sequence_text: str,
) -> Iterator[Problem]:
    """Every problem of a project number's parts as written (F-2), each at ``$``; ``None``: a part the form lacks."""
    if len(pieces) != 4 or not all(_PART.fullmatch(piece) for piece in pieces) or int(pieces[0]) == 0:
        yield _problem("project_number.measure", "expected a measure of four dot-separated numbers, such as 8.3.5.0")
    if body is not None and body not in IMPLEMENTING_BODIES:
        yield _problem("project_number.implementing_body", "expected the implementing body VIAA or LZP, in capitals")
    if round_text is not None and (not _PART.fullmatch(round_text) or int(round_text) == 0):
        yield _problem("project_number.round", "expected a selection round of one or two digits, not 0")
    if not _YEAR.fullmatch(year_text):
        yield _problem("project_number.year", "expected a selection year of two digits, such as 16")
    if selection_text is not None and selection_text not in _SELECTION_TEXT:
        yield _problem(
            "project_number.selection",
            "expected the selection letter I (limited call; 1 is read as I) or A (open call)",
        )
    if not _SEQUENCE.fullmatch(sequence_text) or sequence_text == "000":
        yield _problem("project_number.sequence", "expected a sequence number of three digits, such as 001")


def _problem(code: str, message: str) -> Problem:
    return Problem(path=ROOT, code=code, message=message)


# ---------------------------------------------------------------- budgets (M-2)


class FundingSource(LabelledEnum):
    """Where a part of a budget comes from (M-2).  The value is what serialization writes."""

    EU_FUND = "eu_fund", "Eiropas Savienības fonda finansējums"
    STATE_BUDGET = "state_budget", "valsts budžeta finansējums"
    MUNICIPAL = "municipal", "pašvaldības līdzfinansējums"
    EXTERNAL = "external", "ārējais līdzfinansējums"
    OTHER = "other", "cits finansējums"


#: Each source's place in the enumeration, by its value (see _sources_distinct).
_SOURCE_ORDER = {source._value_: index for index, source in enumerate(FundingSource)}


def _sources_distinct(lines: tuple[BudgetLine, ...]) -> bool:
    """True when no two of ``lines`` name the same funding source (compared by value: ``_value_`` is a plain
    attribute, where ``.value`` and hashing a member are Python calls)."""
    return len({line.source._value_ for line in lines}) == len(lines)


@record
class BudgetLine:
    """One part of a budget: a funding source and its amount, zero or more euros (M-2).

    >>> BudgetLine(source=FundingSource.EXTERNAL, amount=Money(0)).amount
    Money('0.00')
    """

    source: FundingSource
    amount: Money

    @rule("amount")
    def _not_negative(self) -> Flaw | None:
        if self.amount.amount < 0:
            return Flaw("$.amount", "budget_line.negative_amount", "expected an amount of zero or more euros (M-2)")
        return None


def _in_source_order(lines: tuple[BudgetLine, ...]) -> tuple[BudgetLine, ...]:
    """The lines in the order of :class:`FundingSource`, so that equal budgets compare equal.

    Lines naming a source twice stay as given: the budget refuses them, at the positions the caller gave.
    """
    if len(lines) < 2 or not _sources_distinct(lines):
        return lines
    return tuple(sorted(lines, key=lambda line: _SOURCE_ORDER[line.source._value_]))


@record
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
    parts: tuple[BudgetLine, ...] = fields.items(max_size=len(FundingSource), default=(), canonical=_in_source_order)
    complete: bool = True

    @rule("total")
    def _total_not_negative(self) -> Flaw | None:
        if self.total.amount < 0:
            return Flaw("$.total", "budget.negative_total", "expected a total of zero or more euros (M-2)")
        return None

    @rule("parts")
    def _each_source_once(self) -> Iterator[Flaw] | None:
        if _sources_distinct(self.parts):
            return None
        return _duplicate_sources(self.parts)

    @rule("total", "parts", "complete")
    def _parts_add_up(self) -> Flaw | None:
        if self.total.amount < 0 or not _sources_distinct(self.parts):
            return None  # reported by the rules above
        known = self.total.amount * 0
        for line in self.parts:
            known += line.amount.amount
        if self.complete:
            if known != self.total.amount:
                return Flaw(
                    "$.parts",
                    "budget.parts_do_not_sum",
                    "expected the parts of a complete budget to sum exactly to the total (M-2)",
                )
        elif known > self.total.amount:
            return Flaw(
                "$.parts",
                "budget.parts_exceed_total",
                "expected the known parts of an incomplete budget not to exceed the total (M-2)",
            )
        elif len(self.parts) == len(FundingSource):
            return Flaw(
                "$.complete", "budget.nothing_unknown", "expected complete=True when every funding source is listed"
            )
        return None

    def part(self, source: FundingSource) -> Money | None:
        """The amount from ``source``: zero when a complete budget does not list it, ``None`` when unknown."""
        (source,) = _SOURCE(source)
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


def _duplicate_sources(lines: tuple[BudgetLine, ...]) -> Iterator[Flaw]:
    seen: set[FundingSource] = set()
    for index, line in enumerate(lines):
        if line.source in seen:
            yield Flaw(
                f"$.parts[{index}].source", "budget.duplicate_source", "expected each funding source at most once"
            )
        seen.add(line.source)


_SOURCE = arguments(source=FundingSource)
