"""Indicators: definitions, dated facts, mergeable aggregates and evaluation as of a date (rules I-1 ... I-4).

Layer 5 of the library, the generic engine every programme's catalogue uses.

* :class:`Indicator` -- what is measured, the target and the deadline (I-1).
* :class:`Fact` -- one dated observation: "on this day, this subject did (or
  received, or delivered) the thing the indicator counts".  One small flat
  type, so that a million of them are cheap.
* :func:`evaluate` -- the value, numerator and denominator (I-3), the date the
  target was reached and the :class:`Status` as of a date (I-2).
* :func:`summarize`, :meth:`Summary.merge`, :func:`evaluate_summary` -- the
  same evaluation split into parts: summarize each part of the facts (in any
  process, on any machine), merge the summaries in any grouping and order,
  then evaluate the merged summary (I-4).  The result is exactly the result
  of evaluating all facts at once.
* :class:`Count`, :class:`DistinctCount`, :class:`Sum`, :class:`Share`,
  :class:`DateSpan` -- small mergeable aggregates for figures of one's own.

>>> from datetime import date
>>> from decimal import Decimal
>>> trained = Indicator(code="T", title_lv="Apmācītie pedagogi", measure=Measure.COUNT,
...                     target=Decimal(2), deadline=date(2025, 8, 31))
>>> facts = [Fact(indicator="T", on=date(2025, 3, 1), subject="p-1"),
...          Fact(indicator="T", on=date(2025, 9, 9), subject="p-2")]
>>> result = evaluate(trained, facts, as_of=date(2025, 12, 31))
>>> result.value, result.reached_on, result.status
(Decimal('2'), datetime.date(2025, 9, 9), <Status.MET_LATE: 'met_late'>)
>>> evaluate(trained, facts, as_of=date(2025, 6, 1)).status
<Status.PENDING: 'pending'>
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import NoReturn, TypeGuard, TypeVar, cast

import attrs

from karjera_core._enums import LabelledEnum
from karjera_core.errors import ROOT, Problem, ValidationError, fail
from karjera_core.funding import ProjectNumber
from karjera_core.privacy import looks_like_personal_code, personal_code_problem, raise_problems
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange, check_day, yearly_windows

__all__ = [
    "Count",
    "Counting",
    "DateSpan",
    "DistinctCount",
    "Fact",
    "FactKind",
    "Indicator",
    "IndicatorResult",
    "Measure",
    "Report",
    "Share",
    "Status",
    "Sum",
    "Summary",
    "evaluate",
    "evaluate_summary",
    "facts_from",
    "summarize",
]

_T = TypeVar("_T")

MAX_CODE = 50
MAX_TITLE = 500
MAX_SUBJECT = 200
#: Decimals accepted in targets, baselines and fact values: finite, at most
#: 15 digits before the point and 10 after it -- far beyond any real figure,
#: and every sum of a million of them stays exact in Decimal's 28 digits.
_MAX_ADJUSTED = 15
_MIN_EXPONENT = -10
_ZERO = Decimal(0)
_ONE = Decimal(1)


# ---------------------------------------------------------------------------
# Enumerations


class Measure(LabelledEnum):
    """What kind of figure an indicator is (I-1).  The value is what serialization writes."""

    COUNT = "count", "skaits"
    SHARE = "share", "īpatsvars"
    MILESTONE = "milestone", "nodevums līdz termiņam"


class Counting(LabelledEnum):
    """How an indicator counts its facts.

    * ``DISTINCT`` -- distinct subjects with a fact (a municipality counts once
      however many trainings it held); the default.
    * ``FACTS`` -- every fact once (events held).  Counts only.
    * ``SUM`` -- the sum of the facts' values (participants).  Counts only.
    * ``EVERY_YEAR`` -- distinct subjects with a fact in every complete yearly
      window of the indicator's period ("at least once a year", T-7).
    * ``IMPROVED`` -- distinct subjects whose performance measured after their
      first fact (the support they received) is higher than before it.
    """

    DISTINCT = "distinct", "dažādu subjektu skaits"
    FACTS = "facts", "faktu skaits"
    SUM = "sum", "vērtību summa"
    EVERY_YEAR = "every_year", "katru gadu"
    IMPROVED = "improved", "pozitīva dinamika"


class FactKind(LabelledEnum):
    """What a :class:`Fact` says.

    * ``OCCURRED`` -- the subject did, received or delivered the counted thing
      on the day; ``value`` is an optional non-negative amount (for ``SUM``).
    * ``TOTAL`` -- the denominator of a share as known on the day (e.g. all
      education institutions, I-3); ``value`` is the whole number, ``subject``
      says where the figure comes from.  The latest one as of the evaluation
      date counts.
    * ``MEASUREMENT`` -- a performance measure of the subject on the day
      (``value`` required); used by ``IMPROVED``.
    """

    OCCURRED = "occurred", "notikums"
    TOTAL = "total", "kopskaits"
    MEASUREMENT = "measurement", "mērījums"


class Status(LabelledEnum):
    """Where an indicator stands as of a date (I-2).

    * ``MET`` -- the target was reached on or before the deadline, or at all
      when there is no deadline;
    * ``MET_LATE`` -- reached, but after the deadline;
    * ``PENDING`` -- not reached, and the deadline has not passed;
    * ``MISSED`` -- not reached, and the deadline has passed;
    * ``NOT_DUE`` -- not reached, and there is no deadline.
    """

    MET = "met", "sasniegts"
    MET_LATE = "met_late", "sasniegts pēc termiņa"
    PENDING = "pending", "procesā"
    MISSED = "missed", "nav sasniegts"
    NOT_DUE = "not_due", "vēl nav sasniegts (bez termiņa)"


def status_of(reached_on: date | None, deadline: date | None, as_of: date) -> Status:
    """The status an indicator has as of ``as_of`` (I-2), from when its target was reached.

    >>> status_of(date(2025, 9, 1), date(2025, 8, 31), date(2025, 9, 30))
    <Status.MET_LATE: 'met_late'>
    >>> status_of(None, date(2025, 8, 31), date(2025, 8, 31))
    <Status.PENDING: 'pending'>
    """
    if reached_on is not None:
        return Status.MET if deadline is None or reached_on <= deadline else Status.MET_LATE
    if deadline is None:
        return Status.NOT_DUE
    return Status.PENDING if as_of <= deadline else Status.MISSED


# ---------------------------------------------------------------------------
# Small validation helpers


def _is_text(value: object, limit: int) -> bool:
    return type(value) is str and 0 < len(value) <= limit and not value.isspace()


def _is_code(value: object) -> bool:
    return type(value) is str and 0 < len(value) <= MAX_CODE and value.strip() == value


def _is_day(value: object) -> bool:
    return type(value) is date and MIN_YEAR <= value.year <= MAX_YEAR


def _is_number(value: object) -> bool:
    """A finite Decimal of reasonable size (see ``_MAX_ADJUSTED``)."""
    if type(value) is not Decimal or not value.is_finite():
        return False
    exponent = value.as_tuple().exponent
    return (not value or value.adjusted() < _MAX_ADJUSTED) and isinstance(exponent, int) and exponent >= _MIN_EXPONENT


_NUMBER_MESSAGE = "a finite Decimal with at most 15 digits before and 10 after the point"


def _day_problem(value: object, path: str) -> Problem | None:
    try:
        check_day(value, path)
    except ValidationError as error:
        return error.problems[0]
    return None


# ---------------------------------------------------------------------------
# Indicator (I-1)


@attrs.frozen(kw_only=True)
class Indicator:
    """An expected result of a project, and how to count it from facts (I-1).

    * ``code`` -- identifies the indicator in its catalogue; facts name it.
    * ``title_lv`` / ``title_en`` -- the title in Latvian, optionally English.
    * ``measure`` -- a count, a share (I-3) or a milestone ("delivered by a date").
    * ``counting`` -- how facts are counted (:class:`Counting`, default distinct subjects).
    * ``higher_is_better`` -- False when the target is a ceiling.
    * ``target`` -- a number for a count; a fraction for a share (90 % is
      ``Decimal("0.9")``); ``Decimal(1)`` ("delivered") for a milestone.  A
      higher-is-better target is above zero: zero would be met before anything happened.
    * ``deadline`` -- the date the target is due by, or None (I-1: [003] items 4, 10, 11).
    * ``baseline`` -- the starting value, for information.
    * ``project`` -- the canonical number of the project it belongs to ("4.2.2.3/1/24/I/001", F-2).
    * ``period`` -- only facts dated in it count (None: all); ``EVERY_YEAR``
      needs a closed period, whose yearly windows it judges (T-7).
    * ``population`` -- the subjects that count, when they are a known set:
      for a share the denominator is their number (e.g. the municipalities in
      force on the deadline, O-2); for a milestone, the components that must
      all be delivered.  Empty: any subject counts.
    * ``denominator`` -- a share's fixed denominator (I-3) when there is no
      population; when both are absent the latest ``TOTAL`` fact gives it.

    >>> Indicator(code="4", title_lv="Materiālu skaits", measure=Measure.COUNT, target=Decimal(16)).counting
    <Counting.DISTINCT: 'distinct'>
    >>> Indicator(code="1", title_lv="x", measure=Measure.SHARE, target=Decimal("1.5"))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.target: expected a share target from 0 to 1, e.g. Decimal('0.9') for 90 % [indicator.target]
    """

    code: str
    title_lv: str
    title_en: str | None = None
    measure: Measure
    counting: Counting = Counting.DISTINCT
    higher_is_better: bool = True
    target: Decimal
    deadline: date | None = None
    baseline: Decimal | None = None
    project: str | None = None
    period: DateRange | None = None
    population: tuple[str, ...] = ()
    denominator: int | None = None

    def __attrs_post_init__(self) -> None:
        problems = _indicator_problems(self)
        if problems:
            raise ValidationError(problems)

    @property
    def windows(self) -> tuple[DateRange, ...]:
        """The yearly windows an ``EVERY_YEAR`` indicator judges (T-7); empty for other countings."""
        if self.counting is not Counting.EVERY_YEAR:
            return ()
        assert self.period is not None
        return yearly_windows(self.period)


def _indicator_problems(ind: Indicator) -> list[Problem]:
    """Every problem of ``ind``: each field on its own, then (when they are all fine) how they go together."""
    problems: list[Problem] = []

    def check(ok: bool, path: str, code: str, message: str) -> None:
        if not ok:
            problems.append(Problem(path=path, code=f"indicator.{code}", message=message))

    measure, counting, higher, target = ind.measure, ind.counting, ind.higher_is_better, ind.target
    period, population, denominator = ind.period, ind.population, ind.denominator
    check(
        _is_code(ind.code), "$.code", "code", f"expected a code of 1-{MAX_CODE} characters without surrounding spaces"
    )
    check(
        _is_text(ind.title_lv, MAX_TITLE),
        "$.title_lv",
        "title_lv",
        f"expected a non-blank Latvian title of at most {MAX_TITLE} characters",
    )
    check(
        ind.title_en is None or _is_text(ind.title_en, MAX_TITLE),
        "$.title_en",
        "title_en",
        f"expected None or a non-blank English title of at most {MAX_TITLE} characters",
    )
    check(type(measure) is Measure, "$.measure", "measure", "expected a Measure")
    check(type(counting) is Counting, "$.counting", "counting", "expected a Counting")
    check(type(higher) is bool, "$.higher_is_better", "higher_is_better", "expected a bool")
    if not _is_number(target) or target < 0:
        check(False, "$.target", "target", f"expected a target of zero or more: {_NUMBER_MESSAGE}")
    elif measure is Measure.SHARE and target > 1:
        check(False, "$.target", "target", "expected a share target from 0 to 1, e.g. Decimal('0.9') for 90 %")
    elif measure is Measure.MILESTONE and target != 1:
        check(False, "$.target", "target", "expected the target Decimal(1) of a milestone: delivered")
    elif higher is True and target == 0:
        check(False, "$.target", "target.zero", "expected a target above zero when higher is better")
    check(
        ind.deadline is None or _is_day(ind.deadline),
        "$.deadline",
        "deadline",
        f"expected None or a date in the years {MIN_YEAR}-{MAX_YEAR}",
    )
    check(
        ind.baseline is None or _is_number(ind.baseline),
        "$.baseline",
        "baseline",
        f"expected None or {_NUMBER_MESSAGE}",
    )
    check(
        ind.project is None or _is_canonical_project(ind.project),
        "$.project",
        "project",
        "expected None or a canonical project number such as '4.2.2.3/1/24/I/001' (F-2)",
    )
    check(period is None or type(period) is DateRange, "$.period", "period", "expected None or a DateRange")
    if type(population) is not tuple or not all(_is_text(s, MAX_SUBJECT) for s in population):
        check(
            False,
            "$.population",
            "population",
            f"expected a tuple of non-blank subjects of at most {MAX_SUBJECT} characters",
        )
    else:
        check(
            len(set(population)) == len(population),
            "$.population",
            "population.duplicate",
            "expected every subject once",
        )
    check(
        denominator is None or (type(denominator) is int and denominator >= 1),
        "$.denominator",
        "denominator",
        "expected None or an int of 1 or more",
    )
    if problems:
        return problems
    counts_subjects = counting not in (Counting.FACTS, Counting.SUM)
    check(
        measure is Measure.COUNT or counts_subjects,
        "$.counting",
        "counting.measure",
        "expected DISTINCT, EVERY_YEAR or IMPROVED counting: a share or a milestone counts subjects",
    )
    check(
        measure is not Measure.MILESTONE or (counting is Counting.DISTINCT and higher),
        "$.counting",
        "counting.milestone",
        "expected a milestone to count DISTINCT delivered components, higher being better",
    )
    check(
        not population or counts_subjects,
        "$.population",
        "population.counting",
        "expected no population when every fact or value counts",
    )
    check(
        denominator is None or (measure is Measure.SHARE and not population),
        "$.denominator",
        "denominator.unused",
        "expected a denominator only for a share without a population",
    )
    check(
        counting is not Counting.EVERY_YEAR or (period is not None and period.end is not None),
        "$.period",
        "period.every_year",
        "expected a closed period whose yearly windows EVERY_YEAR judges (T-7)",
    )
    return problems


def _is_canonical_project(value: object) -> bool:
    if type(value) is not str:
        return False
    try:
        return str(ProjectNumber.parse(value)) == value
    except ValidationError:
        return False


# ---------------------------------------------------------------------------
# Facts


@attrs.frozen(kw_only=True)
class Fact:
    """One dated observation an indicator counts.

    * ``indicator`` -- the code of the indicator it is a fact of;
    * ``on`` -- the day; only facts on or before the evaluation date count (I-2);
    * ``subject`` -- what is counted: a municipality's name, an institution's
      registration number, a material's id, a pseudonymous learner id (P-7);
    * ``value`` -- an amount (``OCCURRED``, optional, zero or more), the
      denominator (``TOTAL``, a whole number) or the measure (``MEASUREMENT``);
    * ``kind`` -- what the fact says (:class:`FactKind`).

    >>> Fact(indicator="1", on=date(2025, 1, 15), subject="Valmieras novads").kind
    <FactKind.OCCURRED: 'occurred'>
    >>> Fact(indicator="2", on=date(2025, 1, 15), subject="VIIS", kind=FactKind.TOTAL, value=Decimal("600.5"))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.value: expected a whole number of zero or more as the total [fact.value.total]
    """

    indicator: str
    on: date
    subject: str
    value: Decimal | None = None
    kind: FactKind = FactKind.OCCURRED

    def __attrs_post_init__(self) -> None:
        indicator, on, subject, value, kind = self.indicator, self.on, self.subject, self.value, self.kind
        if (
            type(indicator) is not str
            or not 0 < len(indicator) <= MAX_CODE
            or type(on) is not date
            or not MIN_YEAR <= on.year <= MAX_YEAR
            or type(subject) is not str
            or not 0 < len(subject) <= MAX_SUBJECT
            or subject.isspace()
            or (_CODE_SHAPE.search(subject) is not None if subject.isascii() else looks_like_personal_code(subject))
            or type(kind) is not FactKind
            or (value is None and kind is not FactKind.OCCURRED)
            or (value is not None and not _fact_value_ok(value, kind))
            or indicator.strip() != indicator
        ):
            _reject_fact(self)

    def __reduce__(self) -> tuple[Callable[..., Fact], tuple[str, date, str, Decimal | None, str]]:
        # Plain values, not attrs' state nor the enum: a million facts pickle
        # about four times faster, and unpickling validates them again.
        return (_unpickle_fact, (self.indicator, self.on, self.subject, self.value, self.kind.value))


_KINDS = {kind.value: kind for kind in FactKind}


def _unpickle_fact(indicator: str, on: date, subject: str, value: Decimal | None, kind: str) -> Fact:
    return Fact(indicator=indicator, on=on, subject=subject, value=value, kind=_KINDS[kind])


def _fact_value_ok(value: object, kind: FactKind) -> bool:
    if not _is_number(value):
        return False
    assert isinstance(value, Decimal)
    if kind is FactKind.MEASUREMENT:
        return True
    return value >= 0 and (kind is FactKind.OCCURRED or value == value.to_integral_value())


#: Wider than a personal code (P-7): an ASCII subject without this shape holds none; one with it
#: goes to the slow path, which asks the detector itself.
_CODE_SHAPE = re.compile(r"[0-9]{6}-?[0-9]{5}")


def _reject_fact(fact: Fact) -> None:
    problems: list[Problem] = []
    if not _is_code(fact.indicator):
        problems.append(
            Problem(
                path="$.indicator",
                code="fact.indicator",
                message=f"expected an indicator code of 1-{MAX_CODE} characters without surrounding spaces",
            )
        )
    day = _day_problem(fact.on, "$.on")
    if day is not None:
        problems.append(day)
    if not _is_text(fact.subject, MAX_SUBJECT):
        problems.append(
            Problem(
                path="$.subject",
                code="fact.subject",
                message=f"expected a non-blank subject of at most {MAX_SUBJECT} characters",
            )
        )
    elif looks_like_personal_code(fact.subject):
        problems.append(personal_code_problem("$.subject"))
    kind, value = fact.kind, fact.value
    if type(kind) is not FactKind:
        problems.append(Problem(path="$.kind", code="fact.kind", message="expected a FactKind"))
    elif value is None and kind is not FactKind.OCCURRED:
        problems.append(
            Problem(
                path="$.value", code="fact.value.missing", message=f"expected a value: a {kind.name} fact carries one"
            )
        )
    elif value is not None and not _is_number(value):
        problems.append(Problem(path="$.value", code="fact.value", message=f"expected None or {_NUMBER_MESSAGE}"))
    elif value is not None and not _fact_value_ok(value, kind):
        if kind is FactKind.TOTAL:
            problems.append(
                Problem(
                    path="$.value",
                    code="fact.value.total",
                    message="expected a whole number of zero or more as the total",
                )
            )
        else:
            problems.append(
                Problem(path="$.value", code="fact.value.negative", message="expected an amount of zero or more")
            )
    if problems:  # a subject shaped like a personal code that is none passes (P-7)
        raise_problems(problems)


def facts_from(
    items: Iterable[_T],
    *,
    indicator: str,
    on: Callable[[_T], date],
    subject: Callable[[_T], str],
    value: Callable[[_T], Decimal | None] | None = None,
    kind: FactKind = FactKind.OCCURRED,
) -> Iterator[Fact]:
    """Facts of ``indicator`` made from any iterable of domain objects (I-6).

    Each item gives one fact: its day from ``on(item)``, its subject from
    ``subject(item)`` and, when given, its value from ``value(item)``.  This is
    the hook through which events, assignments and support cases become
    indicators; a bad item is a ValidationError whose path is its position.

    >>> events = [("2017-04-20", "school-1", 120), ("2017-05-03", "school-2", 90)]
    >>> made = facts_from(events, indicator="C-9", on=lambda e: date.fromisoformat(e[0]),
    ...                   subject=lambda e: e[1], value=lambda e: Decimal(e[2]))
    >>> [(f.subject, f.value) for f in made]
    [('school-1', Decimal('120')), ('school-2', Decimal('90'))]
    """
    for index, item in enumerate(items):
        try:
            yield Fact(
                indicator=indicator,
                on=on(item),
                subject=subject(item),
                value=None if value is None else value(item),
                kind=kind,
            )
        except ValidationError as error:
            raise error.under(f"$[{index}]") from None


def _is_iterable(value: object) -> TypeGuard[Iterable[object]]:
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes))


def _check_facts(facts: object) -> tuple[Fact, ...]:
    """``facts`` as a tuple, or a ValidationError naming every item that is not a Fact."""
    if not _is_iterable(facts):
        fail(ROOT, "facts.type", "expected an iterable of Fact")
    found = tuple(facts)
    problems = [
        Problem(path=f"$[{index}]", code="facts.item", message="expected a Fact")
        for index, fact in enumerate(found)
        if type(fact) is not Fact
    ]
    if problems:
        raise ValidationError(problems)
    return cast(tuple[Fact, ...], found)


# ---------------------------------------------------------------------------
# Small mergeable aggregates (I-4)


@attrs.frozen
class Count:
    """The number of facts (I-4): merged by adding.

    >>> Count.from_facts([Fact(indicator="E", on=date(2017, 4, 20), subject="e-1")]).merge(Count(2))
    Count(3)
    """

    facts: int

    def __attrs_post_init__(self) -> None:
        if type(self.facts) is not int or self.facts < 0:
            fail(ROOT, "count.facts", "expected an int of zero or more")

    def __repr__(self) -> str:
        return f"Count({self.facts!r})"

    @classmethod
    def empty(cls) -> Count:
        """No facts: the identity of :meth:`merge`."""
        return cls(0)

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> Count:
        """The number of ``facts``."""
        return cls(len(_check_facts(facts)))

    def merge(self, other: Count) -> Count:
        """The count of both parts."""
        return Count(self.facts + other.facts)


@attrs.frozen
class Sum:
    """The sum of the facts' values (I-4): merged by adding.

    >>> Sum.from_facts([Fact(indicator="E", on=date(2017, 4, 20), subject="e-1", value=Decimal(120))])
    Sum(Decimal('120'))
    """

    total: Decimal

    def __attrs_post_init__(self) -> None:
        if type(self.total) is not Decimal or not self.total.is_finite():
            fail(ROOT, "sum.total", "expected a finite Decimal")

    def __repr__(self) -> str:
        return f"Sum({self.total!r})"

    @classmethod
    def empty(cls) -> Sum:
        """Nothing: the identity of :meth:`merge`."""
        return cls(_ZERO)

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> Sum:
        """The sum of the values of ``facts``; a fact without a value is a ValidationError."""
        found = _check_facts(facts)
        missing = [
            Problem(path=f"$[{index}].value", code="sum.value.missing", message="expected a fact with a value to add")
            for index, fact in enumerate(found)
            if fact.value is None
        ]
        if missing:
            raise ValidationError(missing)
        return cls(sum((fact.value for fact in found if fact.value is not None), _ZERO))

    def merge(self, other: Sum) -> Sum:
        """The sum of both parts."""
        return Sum(self.total + other.total)


@attrs.frozen(kw_only=True)
class DateSpan:
    """The earliest and the latest day of the facts (I-4): merged by min and max.

    >>> span = DateSpan.from_facts([Fact(indicator="E", on=date(2017, 4, 20), subject="e-1")])
    >>> span.merge(DateSpan.empty()) == span, span.earliest
    (True, datetime.date(2017, 4, 20))
    """

    earliest: date | None = None
    latest: date | None = None

    def __attrs_post_init__(self) -> None:
        earliest, latest = self.earliest, self.latest
        if (earliest is None) != (latest is None) or (
            earliest is not None and (not _is_day(earliest) or not _is_day(latest) or earliest > latest)  # type: ignore[operator]
        ):
            fail(ROOT, "date_span", "expected both None, or two dates with the earliest not after the latest")

    @classmethod
    def empty(cls) -> DateSpan:
        """No days: the identity of :meth:`merge`."""
        return cls()

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> DateSpan:
        """The days ``facts`` span."""
        days = [fact.on for fact in _check_facts(facts)]
        return cls(earliest=min(days), latest=max(days)) if days else cls()

    def merge(self, other: DateSpan) -> DateSpan:
        """The span of both parts."""
        if self.earliest is None or self.latest is None:
            return other
        if other.earliest is None or other.latest is None:
            return self
        return DateSpan(earliest=min(self.earliest, other.earliest), latest=max(self.latest, other.latest))


@attrs.frozen(kw_only=True)
class Share:
    """A share kept as its numerator and denominator, never only a percentage (I-3, I-4).

    Merged by adding both: the parts must cover disjoint populations (say,
    the schools of different municipalities).  A share of distinct subjects
    over facts split any way is what :func:`summarize` handles.

    >>> share = Share.from_facts([Fact(indicator="1", on=date(2025, 1, 1), subject="A")], population=["A", "B"])
    >>> share, share.value
    (Share(numerator=1, denominator=2), Decimal('0.5'))
    >>> share.merge(Share(numerator=2, denominator=2)).value
    Decimal('0.75')
    """

    numerator: int
    denominator: int

    def __attrs_post_init__(self) -> None:
        num, den = self.numerator, self.denominator
        if type(num) is not int or type(den) is not int or not 0 <= num <= den:
            fail(ROOT, "share", "expected int numerator and denominator with 0 <= numerator <= denominator")

    @property
    def value(self) -> Decimal | None:
        """numerator / denominator, or None when the denominator is zero."""
        return Decimal(self.numerator) / Decimal(self.denominator) if self.denominator else None

    @classmethod
    def empty(cls) -> Share:
        """0 of 0: the identity of :meth:`merge`."""
        return cls(numerator=0, denominator=0)

    @classmethod
    def from_facts(cls, facts: Iterable[Fact], *, population: Iterable[str]) -> Share:
        """The share of ``population`` that is a subject of at least one of ``facts``."""
        found = tuple(population)
        if not all(type(member) is str for member in found):
            fail("$.population", "share.population", "expected the population as subjects (str)")
        members = set(found)
        reached = {fact.subject for fact in _check_facts(facts)} & members
        return cls(numerator=len(reached), denominator=len(members))

    def merge(self, other: Share) -> Share:
        """The share of both (disjoint) parts."""
        return Share(numerator=self.numerator + other.numerator, denominator=self.denominator + other.denominator)


def _sorted_tuple_ok(values: object, kind: type) -> bool:
    return type(values) is tuple and all(type(v) is kind for v in values)


@attrs.frozen(kw_only=True)
class DistinctCount:
    """Distinct subjects with the day each was first seen (I-4): merged by the earlier day.

    Keeping the first day of every subject, rather than only their number,
    lets the evaluation tell *when* a target was reached: the day the k-th
    subject was first seen.  ``subjects`` is sorted; ``firsts[i]`` is the
    first day of ``subjects[i]``.

    >>> a = DistinctCount.from_facts([Fact(indicator="1", on=date(2025, 2, 1), subject="A")])
    >>> b = DistinctCount.from_facts([Fact(indicator="1", on=date(2025, 1, 1), subject="A"),
    ...                               Fact(indicator="1", on=date(2025, 3, 1), subject="B")])
    >>> merged = a.merge(b)
    >>> merged.count, merged.firsts
    (2, (datetime.date(2025, 1, 1), datetime.date(2025, 3, 1)))
    """

    subjects: tuple[str, ...] = ()
    firsts: tuple[date, ...] = ()

    def __attrs_post_init__(self) -> None:
        subjects, firsts = self.subjects, self.firsts
        if (
            not _sorted_tuple_ok(subjects, str)
            or not _sorted_tuple_ok(firsts, date)
            or len(subjects) != len(firsts)
            or any(a >= b for a, b in pairwise(subjects))
        ):
            fail(ROOT, "distinct_count", "expected sorted distinct subjects (str) and as many first days (date)")

    @property
    def count(self) -> int:
        """The number of distinct subjects."""
        return len(self.subjects)

    @classmethod
    def empty(cls) -> DistinctCount:
        """No subjects: the identity of :meth:`merge`."""
        return cls()

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> DistinctCount:
        """The subjects of ``facts``, each with its earliest day."""
        firsts: dict[str, date] = {}
        for fact in _check_facts(facts):
            seen = firsts.get(fact.subject)
            if seen is None or fact.on < seen:
                firsts[fact.subject] = fact.on
        return cls._of(firsts)

    @classmethod
    def _of(cls, firsts: dict[str, date]) -> DistinctCount:
        subjects = tuple(sorted(firsts))
        return cls(subjects=subjects, firsts=tuple(firsts[s] for s in subjects))

    def as_dict(self) -> dict[str, date]:
        """Subject -> first day."""
        return dict(zip(self.subjects, self.firsts, strict=True))

    def merge(self, other: DistinctCount) -> DistinctCount:
        """The subjects of both parts, each with the earlier of its first days."""
        firsts = self.as_dict()
        for subject, on in zip(other.subjects, other.firsts, strict=True):
            seen = firsts.get(subject)
            if seen is None or on < seen:
                firsts[subject] = on
        return DistinctCount._of(firsts)


# ---------------------------------------------------------------------------
# The partial state of one indicator, and of a catalogue (I-4)


@attrs.frozen(kw_only=True)
class _Tally:
    """What the facts of one indicator add up to so far; only the engine builds it.

    ``seen``: the ``OCCURRED`` subjects with their first day.  ``days`` with
    ``day_facts`` and ``day_totals``: facts and the sum of values per day
    (``FACTS`` and ``SUM``).  ``window_subjects`` with ``window_masks``: the
    yearly windows (bit k = window k) each subject had a fact in
    (``EVERY_YEAR``).  ``measured_*``: one measurement per subject and day,
    the larger on a tie (``IMPROVED``).  ``total_on`` / ``total_value``: the
    latest ``TOTAL`` fact, the larger on a tie.
    """

    seen: DistinctCount = DistinctCount()
    days: tuple[date, ...] = ()
    day_facts: tuple[int, ...] = ()
    day_totals: tuple[Decimal, ...] = ()
    window_subjects: tuple[str, ...] = ()
    window_masks: tuple[int, ...] = ()
    measured_subjects: tuple[str, ...] = ()
    measured_on: tuple[date, ...] = ()
    measured_values: tuple[Decimal, ...] = ()
    total_on: date | None = None
    total_value: Decimal | None = None

    def __attrs_post_init__(self) -> None:
        if (
            type(self.seen) is not DistinctCount
            or not len(self.days) == len(self.day_facts) == len(self.day_totals)
            or len(self.window_subjects) != len(self.window_masks)
            or not len(self.measured_subjects) == len(self.measured_on) == len(self.measured_values)
            or (self.total_on is None) != (self.total_value is None)
        ):
            fail(ROOT, "summary.tally", "expected a tally built by summarize()")

    def merge(self, other: _Tally) -> _Tally:
        days: dict[date, tuple[int, Decimal]] = dict(
            zip(self.days, zip(self.day_facts, self.day_totals, strict=True), strict=True)
        )
        for on, facts, total in zip(other.days, other.day_facts, other.day_totals, strict=True):
            mine = days.get(on)
            days[on] = (facts, total) if mine is None else (mine[0] + facts, mine[1] + total)
        masks = dict(zip(self.window_subjects, self.window_masks, strict=True))
        for subject, mask in zip(other.window_subjects, other.window_masks, strict=True):
            masks[subject] = masks.get(subject, 0) | mask
        measured = dict(
            zip(zip(self.measured_subjects, self.measured_on, strict=True), self.measured_values, strict=True)
        )
        for key, value in zip(
            zip(other.measured_subjects, other.measured_on, strict=True), other.measured_values, strict=True
        ):
            mine_value = measured.get(key)
            if mine_value is None or value > mine_value:
                measured[key] = value
        totals = [(on, value) for on, value in ((self.total_on, self.total_value), (other.total_on, other.total_value))]
        latest = max(((on, value) for on, value in totals if on is not None and value is not None), default=None)
        return _Tally._build(self.seen.merge(other.seen), days, masks, measured, latest)

    @classmethod
    def _build(
        cls,
        seen: DistinctCount,
        days: dict[date, tuple[int, Decimal]],
        masks: dict[str, int],
        measured: dict[tuple[str, date], Decimal],
        total: tuple[date, Decimal] | None,
    ) -> _Tally:
        ordered_days = sorted(days)
        mask_subjects = sorted(masks)
        measured_keys = sorted(measured)
        return cls(
            seen=seen,
            days=tuple(ordered_days),
            day_facts=tuple(days[d][0] for d in ordered_days),
            day_totals=tuple(days[d][1] for d in ordered_days),
            window_subjects=tuple(mask_subjects),
            window_masks=tuple(masks[s] for s in mask_subjects),
            measured_subjects=tuple(k[0] for k in measured_keys),
            measured_on=tuple(k[1] for k in measured_keys),
            measured_values=tuple(measured[k] for k in measured_keys),
            total_on=None if total is None else total[0],
            total_value=None if total is None else total[1],
        )


def _check_catalogue(indicators: object) -> tuple[Indicator, ...]:
    if isinstance(indicators, Indicator):
        return (indicators,)
    if not _is_iterable(indicators):
        fail("$.indicators", "indicators.type", "expected an iterable of Indicator")
    found = tuple(indicators)
    problems = [
        Problem(path=f"$.indicators[{index}]", code="indicators.item", message="expected an Indicator")
        for index, ind in enumerate(found)
        if type(ind) is not Indicator
    ]
    if not problems:
        seen: set[str] = set()
        for index, ind in enumerate(cast(tuple[Indicator, ...], found)):
            if ind.code in seen:
                problems.append(
                    Problem(
                        path=f"$.indicators[{index}].code",
                        code="indicators.duplicate",
                        message="expected every indicator code once",
                    )
                )
            seen.add(ind.code)
    if problems:
        raise ValidationError(problems)
    return cast(tuple[Indicator, ...], found)


@attrs.frozen(kw_only=True)
class Summary:
    """The mergeable partial evaluation of a catalogue of indicators as of a date (I-4).

    Build one with :func:`summarize` for each part of the facts, combine them
    with :meth:`merge` (associative and commutative, :meth:`empty` is the
    identity) and finish with :func:`evaluate_summary`.  ``ignored`` counts
    the facts of indicators not in the catalogue.  Summaries are small (one
    entry per subject and day, never per fact) and pickle, so they travel
    between processes and machines.

    >>> ind = Indicator(code="M", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(2))
    >>> part_a = summarize([ind], [Fact(indicator="M", on=date(2025, 1, 1), subject="m-1")], as_of=date(2025, 12, 31))
    >>> part_b = summarize([ind], [Fact(indicator="M", on=date(2025, 2, 1), subject="m-2")], as_of=date(2025, 12, 31))
    >>> evaluate_summary(part_b.merge(part_a))[0].reached_on
    datetime.date(2025, 2, 1)
    """

    indicators: tuple[Indicator, ...]
    as_of: date
    tallies: tuple[_Tally, ...]
    ignored: int = 0

    def __attrs_post_init__(self) -> None:
        if (
            type(self.indicators) is not tuple
            or not all(type(ind) is Indicator for ind in self.indicators)
            or not _is_day(self.as_of)
            or type(self.tallies) is not tuple
            or len(self.tallies) != len(self.indicators)
            or not all(type(t) is _Tally for t in self.tallies)
            or type(self.ignored) is not int
            or self.ignored < 0
        ):
            fail(ROOT, "summary", "expected a summary built by summarize() or Summary.empty()")

    @classmethod
    def empty(cls, indicators: Iterable[Indicator], *, as_of: date) -> Summary:
        """The summary of no facts: the identity of :meth:`merge`."""
        catalogue = _check_catalogue(indicators)
        check_day(as_of, "$.as_of")
        return cls(indicators=catalogue, as_of=as_of, tallies=tuple(_Tally() for _ in catalogue))

    def merge(self, other: Summary) -> Summary:
        """The summary of both parts' facts; both must be of the same catalogue and date."""
        if type(other) is not Summary:
            fail(ROOT, "summary.type", "expected a Summary to merge with")
        if other.indicators != self.indicators or other.as_of != self.as_of:
            fail(ROOT, "summary.mismatch", "expected summaries of the same indicators as of the same date")
        return Summary(
            indicators=self.indicators,
            as_of=self.as_of,
            tallies=tuple(mine.merge(theirs) for mine, theirs in zip(self.tallies, other.tallies, strict=True)),
            ignored=self.ignored + other.ignored,
        )

    @classmethod
    def merge_all(cls, parts: Iterable[Summary]) -> Summary:
        """All ``parts`` merged (at least one), left to right."""
        found = tuple(parts)
        if not found:
            fail(ROOT, "summary.none", "expected at least one summary to merge")
        merged = found[0]
        for part in found[1:]:
            merged = merged.merge(part)
        return merged


_MODE_FIRSTS = 0
_MODE_DAYS = 1
_MODE_WINDOWS = 2


class _Acc:
    """The dictionaries one indicator's facts are added into during :func:`summarize` (plain, for speed)."""

    __slots__ = ("by_value", "days", "firsts", "masks", "measured", "starts", "totals")

    def __init__(self, ind: Indicator) -> None:
        self.firsts: dict[str, date] = {}
        self.days: dict[date, tuple[int, Decimal]] = {}
        self.by_value = ind.counting is Counting.SUM
        self.masks: dict[str, int] = {}
        self.starts = tuple(w.start for w in ind.windows)
        self.measured: dict[tuple[str, date], Decimal] = {}
        self.totals: list[tuple[date, Decimal]] = []

    def tally(self) -> _Tally:
        return _Tally._build(
            DistinctCount._of(self.firsts), self.days, self.masks, self.measured, max(self.totals, default=None)
        )


_Plan = tuple[date, date, dict[str, date], int, _Acc]


class _NotAFact(Exception):
    """Raised inside the hot loop of :func:`summarize`; turned into a ValidationError."""


def summarize(indicators: Iterable[Indicator] | Indicator, facts: Iterable[Fact], *, as_of: date) -> Summary:
    """The mergeable summary of ``facts`` for ``indicators`` as of ``as_of`` (I-2, I-4).

    One pass over the facts, doing a few dictionary updates per fact.  Facts
    after ``as_of`` or outside an indicator's period are left out; facts of
    indicators not in the catalogue are counted in ``ignored``.  Anything in
    ``facts`` that is not a :class:`Fact` is a ValidationError naming its
    position, and so is a fact without a value for a ``SUM`` indicator.
    """
    catalogue = _check_catalogue(indicators)
    check_day(as_of, "$.as_of")
    if not _is_iterable(facts):
        fail("$.facts", "facts.type", "expected an iterable of Fact")
    plans: dict[str, _Plan] = {}
    accs = []
    for ind in catalogue:
        period = ind.period
        low = date.min if period is None else period.start
        high = as_of if period is None or period.end is None else min(as_of, period.end)
        acc = _Acc(ind)
        accs.append(acc)
        if ind.counting in (Counting.FACTS, Counting.SUM):
            mode = _MODE_DAYS
        elif ind.counting is Counting.EVERY_YEAR:
            mode = _MODE_WINDOWS
        else:
            mode = _MODE_FIRSTS
        plans[ind.code] = (low, high, acc.firsts, mode, acc)
    ignored = _scan(plans, facts)
    return Summary(indicators=catalogue, as_of=as_of, tallies=tuple(acc.tally() for acc in accs), ignored=ignored)


def _scan(plans: dict[str, _Plan], facts: Iterable[Fact]) -> int:
    """The hot loop of :func:`summarize`: add ``facts`` into the plans' dictionaries; return the ignored count.

    Written for speed: locals only, no per-fact objects, the common case
    (an ``OCCURRED`` fact of a subject-counting indicator) first.
    """
    ignored = 0
    occurred, total_kind, fact_type = FactKind.OCCURRED, FactKind.TOTAL, Fact
    windows_mode = _MODE_WINDOWS
    get_plan = plans.get
    fact: object = None
    try:
        for fact in facts:
            if type(fact) is not fact_type:
                raise _NotAFact
            plan = get_plan(fact.indicator)
            if plan is None:
                ignored += 1
                continue
            low, high, firsts, mode, acc = plan
            on = fact.on
            if on < low or on > high:
                continue
            kind = fact.kind
            if kind is occurred:
                subject = fact.subject
                seen = firsts.get(subject)
                if seen is None or on < seen:
                    firsts[subject] = on
                if not mode:
                    continue
                if mode == windows_mode:
                    masks = acc.masks
                    masks[subject] = masks.get(subject, 0) | (1 << (bisect_right(acc.starts, on) - 1))
                else:
                    days = acc.days
                    facts_then, total_then = days.get(on, (0, _ZERO))
                    if acc.by_value:
                        value = fact.value
                        if value is None:
                            raise _NotAFact
                        days[on] = (facts_then + 1, total_then + value)
                    else:
                        days[on] = (facts_then + 1, total_then)
            elif kind is total_kind:
                acc.totals.append((on, fact.value))  # type: ignore[arg-type]  # TOTAL facts carry a value
            else:
                measured = acc.measured
                key = (fact.subject, on)
                value = fact.value
                before = measured.get(key)
                if before is None or value > before:  # type: ignore[operator]  # MEASUREMENT facts carry a value
                    measured[key] = value  # type: ignore[assignment]
    except _NotAFact:
        _reject_scanned(facts, fact)
    return ignored


def _reject_scanned(facts: Iterable[Fact], fact: object) -> NoReturn:
    """The error for the item ``fact`` of ``facts`` that :func:`_scan` could not add."""
    path = "$.facts[?]"
    if isinstance(facts, Sequence):
        path = f"$.facts[{next(i for i, item in enumerate(facts) if item is fact)}]"
    if type(fact) is Fact:
        fail(f"{path}.value", "fact.value.missing", "expected a value: a SUM indicator adds the values of its facts")
    fail(path, "facts.item", "expected a Fact")


# ---------------------------------------------------------------------------
# Results (I-2, I-3)


@attrs.frozen(kw_only=True)
class IndicatorResult:
    """An indicator evaluated as of a date (I-2), as one flat row.

    ``value`` is the count, the share (numerator / denominator, I-3) or, for
    a milestone, 1 when delivered and 0 when not; it is None for a share
    whose denominator is unknown or zero.  ``numerator`` and ``denominator``
    are the share's parts, or a milestone's delivered and required components.
    ``reached_on`` is the first day of the spell, lasting up to ``as_of``, in
    which the target has been met -- for a count that only grows, the day it
    was first reached; None when it is not met as of ``as_of``.
    """

    code: str
    title_lv: str
    title_en: str | None = None
    measure: Measure
    higher_is_better: bool = True
    target: Decimal
    deadline: date | None = None
    baseline: Decimal | None = None
    project: str | None = None
    as_of: date
    value: Decimal | None
    numerator: int | None = None
    denominator: int | None = None
    reached_on: date | None
    status: Status

    def __attrs_post_init__(self) -> None:
        if (
            type(self.code) is not str
            or type(self.title_lv) is not str
            or (self.title_en is not None and type(self.title_en) is not str)
            or type(self.measure) is not Measure
            or type(self.higher_is_better) is not bool
            or type(self.target) is not Decimal
            or (self.deadline is not None and type(self.deadline) is not date)
            or (self.baseline is not None and type(self.baseline) is not Decimal)
            or (self.project is not None and type(self.project) is not str)
            or not _is_day(self.as_of)
            or (self.value is not None and type(self.value) is not Decimal)
            or (self.numerator is not None and type(self.numerator) is not int)
            or (self.denominator is not None and type(self.denominator) is not int)
            or (self.reached_on is not None and (type(self.reached_on) is not date or self.reached_on > self.as_of))
            or type(self.status) is not Status
            or self.status is not status_of(self.reached_on, self.deadline, self.as_of)
        ):
            fail(
                ROOT,
                "indicator_result",
                "expected a result as evaluate() builds it: typed fields, reached_on not after as_of, "
                "the status I-2 gives",
            )

    def _repr_html_(self) -> str:
        return _html_table((self,))


@attrs.frozen(kw_only=True)
class Report:
    """The results of a catalogue as of one date, in catalogue order; a table in Jupyter.

    Iterate it, take its length, or index it by position or by indicator code.
    """

    as_of: date
    results: tuple[IndicatorResult, ...]

    def __attrs_post_init__(self) -> None:
        if (
            not _is_day(self.as_of)
            or type(self.results) is not tuple
            or not all(type(r) is IndicatorResult and r.as_of == self.as_of for r in self.results)
        ):
            fail(ROOT, "report", "expected a date and a tuple of IndicatorResult as of that date")

    def __iter__(self) -> Iterator[IndicatorResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, key: int | str) -> IndicatorResult:
        if type(key) is str:
            for result in self.results:
                if result.code == key:
                    return result
            fail(ROOT, "report.code", "expected the code of an indicator in the report")
        if type(key) is not int or not -len(self.results) <= key < len(self.results):
            fail(ROOT, "report.index", "expected an indicator code or a position in the report")
        return self.results[key]

    def _repr_html_(self) -> str:
        return _html_table(self.results)


_HEADINGS = ("Kods", "Rādītājs", "Vērtība", "Mērķis", "Skaitītājs / saucējs", "Termiņš", "Sasniegts", "Statuss")


def _shown(result: IndicatorResult, number: Decimal | None) -> str:
    if number is None:
        return "–"
    if result.measure is Measure.SHARE:
        return f"{number * 100:.1f} %"
    if result.measure is Measure.MILESTONE:
        return "nodots" if number == 1 else "nav nodots"
    return f"{number.normalize():f}"


def _html_table(results: Iterable[IndicatorResult]) -> str:
    rows = []
    for r in results:
        parts = "–" if r.numerator is None else f"{r.numerator} / {r.denominator}"
        cells = (
            r.code,
            r.title_lv,
            _shown(r, r.value),
            ("≤ " if not r.higher_is_better else "") + _shown(r, r.target),
            parts,
            "–" if r.deadline is None else r.deadline.isoformat(),
            "–" if r.reached_on is None else r.reached_on.isoformat(),
            r.status.label,
        )
        row = "".join(f"<td>{html.escape(cell)}</td>" for cell in cells)
        rows.append(f'<tr data-status="{html.escape(r.status.value)}">{row}</tr>')
    head = "".join(f"<th>{html.escape(h)}</th>" for h in _HEADINGS)
    return f'<table class="karjera-report"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


# ---------------------------------------------------------------------------
# Evaluation


def evaluate(indicator: Indicator, facts: Iterable[Fact], *, as_of: date) -> IndicatorResult:
    """``indicator`` evaluated from ``facts`` as of ``as_of`` (I-2).

    Only facts dated on or before ``as_of`` (and in the indicator's period)
    count.  The status follows I-2 from the day the target was reached.
    """
    if type(indicator) is not Indicator:
        fail("$.indicator", "indicator.type", "expected an Indicator")
    return evaluate_summary(summarize((indicator,), facts, as_of=as_of))[0]


def evaluate_summary(summary: Summary) -> Report:
    """Finish a (merged) summary: every indicator's result as of the summary's date (I-2, I-4)."""
    if type(summary) is not Summary:
        fail(ROOT, "summary.type", "expected a Summary")
    return Report(
        as_of=summary.as_of,
        results=tuple(
            _finish(ind, tally, summary.as_of) for ind, tally in zip(summary.indicators, summary.tallies, strict=True)
        ),
    )


def _cumulative(days: Iterable[date], amounts: Iterable[Decimal | int] | None = None) -> list[tuple[date, Decimal]]:
    """(day, running total) at each distinct day, in day order; each day adds 1 or its amount."""
    per_day: dict[date, Decimal] = {}
    if amounts is None:
        for on in days:
            per_day[on] = per_day.get(on, _ZERO) + 1
    else:
        for on, amount in zip(days, amounts, strict=True):
            per_day[on] = per_day.get(on, _ZERO) + amount
    running = _ZERO
    points = []
    for on in sorted(per_day):
        running += per_day[on]
        points.append((on, running))
    return points


def _spell_start(points: Iterable[tuple[date, Decimal]], meets: Callable[[Decimal], bool]) -> date | None:
    """The first day of the last spell in which ``meets`` holds, if it holds at the end.

    ``points`` are (day, value from that day on) in day order; before the
    first point there is no value, which does not meet the target.
    """
    start: date | None = None
    for on, value in points:
        if meets(value):
            if start is None:
                start = on
        else:
            start = None
    return start


def _improved_days(tally: _Tally, members: frozenset[str] | None) -> list[date]:
    """For each subject that improved after its first support: the day it showed it."""
    measurements: dict[str, list[tuple[date, Decimal]]] = {}
    for subject, on, value in zip(tally.measured_subjects, tally.measured_on, tally.measured_values, strict=True):
        measurements.setdefault(subject, []).append((on, value))
    days = []
    for subject, first in zip(tally.seen.subjects, tally.seen.firsts, strict=True):
        if members is not None and subject not in members:
            continue
        series = measurements.get(subject, [])  # in day order: the tally is sorted
        before = [value for on, value in series if on <= first]
        if not before:
            continue
        baseline = before[-1]
        better = [on for on, value in series if on > first and value > baseline]
        if better:
            days.append(better[0])
    return days


def _every_year_points(
    tally: _Tally, ind: Indicator, as_of: date, members: frozenset[str] | None
) -> list[tuple[date, Decimal]]:
    """(end of window j, subjects with a fact in each of windows 0..j) for the windows complete by ``as_of``."""
    ends = [w.end for w in ind.windows if w.end is not None and w.end <= as_of]
    masks = [
        m for s, m in zip(tally.window_subjects, tally.window_masks, strict=True) if members is None or s in members
    ]
    points = []
    for j, end in enumerate(ends):
        need = (1 << (j + 1)) - 1
        points.append((end, Decimal(sum(1 for m in masks if m & need == need))))
    return points


def _finish(ind: Indicator, tally: _Tally, as_of: date) -> IndicatorResult:
    members = frozenset(ind.population) if ind.population else None
    counting = ind.counting
    if counting is Counting.FACTS:
        points = _cumulative(tally.days, tally.day_facts)
    elif counting is Counting.SUM:
        points = _cumulative(tally.days, tally.day_totals)
    elif counting is Counting.EVERY_YEAR:
        points = _every_year_points(tally, ind, as_of, members)
    elif counting is Counting.IMPROVED:
        points = _cumulative(_improved_days(tally, members))
    else:
        points = _cumulative(
            on for s, on in zip(tally.seen.subjects, tally.seen.firsts, strict=True) if members is None or s in members
        )
    reached = points[-1][1] if points else _ZERO
    target, higher = ind.target, ind.higher_is_better
    numerator: int | None = None
    denominator: int | None = None
    value: Decimal | None
    if ind.measure is Measure.SHARE:
        if members is not None:
            denominator = len(members)
        elif ind.denominator is not None:
            denominator = ind.denominator
        elif tally.total_value is not None:
            denominator = int(tally.total_value)
        numerator = int(reached)
        if denominator:
            value = reached / Decimal(denominator)
            needed = target * denominator
        else:
            value, needed = None, None
    elif ind.measure is Measure.MILESTONE:
        needed = Decimal(len(members)) if members is not None else _ONE
        if members is not None:
            numerator, denominator = int(reached), len(members)
        value = _ONE if reached >= needed else _ZERO
    else:
        value, needed = reached, target
    if needed is None:
        reached_on = None
    elif higher:
        reached_on = _spell_start(points, lambda v: v >= needed)
    else:
        reached_on = _spell_start(points, lambda v: v <= needed)
    return IndicatorResult(
        code=ind.code,
        title_lv=ind.title_lv,
        title_en=ind.title_en,
        measure=ind.measure,
        higher_is_better=higher,
        target=target,
        deadline=ind.deadline,
        baseline=ind.baseline,
        project=ind.project,
        as_of=as_of,
        value=value,
        numerator=numerator,
        denominator=denominator,
        reached_on=reached_on,
        status=status_of(reached_on, ind.deadline, as_of),
    )
