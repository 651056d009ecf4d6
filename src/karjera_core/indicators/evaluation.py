"""Evaluation as of a day: values, shares with their parts, the day a target was reached and the status (I-2, I-3).

* :func:`status_of` -- the status I-2 gives from the day the target was reached.
* :func:`evaluate` -- one indicator over facts, as of a day.
* :func:`evaluate_summary` -- every indicator of a (merged) summary (I-4).
* :class:`IndicatorResult` and :class:`Report` -- the results, as flat
  records; both render as tables in Jupyter
  (:mod:`karjera_core.indicators.display`).

>>> from karjera_core.indicators.definitions import Indicator, Measure
>>> from karjera_core.indicators.facts import Fact
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

import enum
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Literal

from karjera_core import _fields as fields
from karjera_core._arguments import Stream, Where, arguments
from karjera_core._compile import Flaw
from karjera_core._records import record, rule
from karjera_core.errors import fail
from karjera_core.indicators import display
from karjera_core.indicators.aggregates import too_large
from karjera_core.indicators.definitions import (
    CODE,
    MAX_COUNT,
    MAX_INDICATORS,
    MAX_TITLE,
    MAX_TOTAL,
    NUMBER,
    PLACES,
    PROJECT_NUMBER,
    PROJECT_WHAT,
    TARGET,
    Counting,
    Indicator,
    Measure,
    Status,
)
from karjera_core.indicators.facts import Fact
from karjera_core.indicators.summary import Summary, Tally, summarize, unmatched_flaws

__all__ = ["IndicatorResult", "Report", "evaluate", "evaluate_summary", "status_of"]

_ZERO, _ONE = Decimal(0), Decimal(1)
_QUANTUM = Decimal(1).scaleb(-PLACES)


def _status(reached_on: date | None, deadline: date | None, as_of: date) -> Status:
    if reached_on is not None:
        return Status.MET if deadline is None or reached_on <= deadline else Status.MET_LATE
    if deadline is None:
        return Status.NOT_DUE
    return Status.PENDING if as_of <= deadline else Status.MISSED


def status_of(*, reached_on: date | None, deadline: date | None, as_of: date) -> Status:
    """The status an indicator has as of ``as_of`` (I-2), from the day its target was reached (None: not reached).

    >>> status_of(reached_on=date(2025, 9, 1), deadline=date(2025, 8, 31), as_of=date(2025, 9, 30))
    <Status.MET_LATE: 'met_late'>
    >>> status_of(reached_on=None, deadline=date(2025, 8, 31), as_of=date(2025, 8, 31))
    <Status.PENDING: 'pending'>
    """
    reached_on, deadline, as_of = _STATUS(reached_on, deadline, as_of)
    return _status(reached_on, deadline, as_of)


_STATUS = arguments(reached_on=date | None, deadline=date | None, as_of=date)


@record
class IndicatorResult:
    """An indicator evaluated as of a day (I-2), as one flat row.

    ``value`` is the count, the share (numerator / denominator, rounded to 10
    decimal places when it has more, I-3) or, for a milestone, 1 when delivered and 0 when not; it is
    None for a share whose denominator is unknown or zero.  ``numerator`` and
    ``denominator`` are the share's parts, or a milestone's delivered and
    required components.  ``reached_on`` is the first day of the spell,
    lasting up to ``as_of``, in which the target has been met -- for a count
    that only grows, the day it was first reached; None when it is not met as
    of ``as_of``.  ``status`` is what I-2 gives from ``reached_on``.
    """

    code: str = fields.field(CODE)
    title_lv: str = fields.name(MAX_TITLE, what="a Latvian title")
    title_en: str | None = fields.name(MAX_TITLE, what="an English title", default=None)
    measure: Measure
    higher_is_better: bool = True
    target: Decimal = fields.field(TARGET)
    deadline: date | None = None
    baseline: Decimal | None = fields.field(fields.Optional(NUMBER), default=None)
    project: str | None = fields.code(PROJECT_NUMBER, what=PROJECT_WHAT, default=None)
    as_of: date
    value: Decimal | None = fields.field(fields.Optional(fields.Dec(_ZERO, MAX_TOTAL, PLACES, "a value")))
    numerator: int | None = fields.field(fields.Optional(fields.Integer(0, MAX_COUNT, "a numerator")), default=None)
    denominator: int | None = fields.field(fields.Optional(fields.Integer(0, MAX_COUNT, "a denominator")), default=None)
    reached_on: date | None
    status: Status

    @rule("reached_on", "as_of")
    def _reached_by_as_of(self) -> Flaw | None:
        if self.reached_on is not None and self.reached_on > self.as_of:
            return Flaw("$.reached_on", "indicator_result.reached_on", "expected a day on or before as_of")
        return None

    @rule("status", "reached_on", "deadline", "as_of")
    def _status_follows(self) -> Flaw | None:
        if self.status is not _status(self.reached_on, self.deadline, self.as_of):
            return Flaw(
                "$.status",
                "indicator_result.status",
                "expected the status I-2 gives from reached_on, deadline and as_of",
            )
        return None

    def _repr_html_(self) -> str:
        return display.result_html(self)


#: How :meth:`Report.to_records` (and ``karjera_core.to_records``) gives Decimals: as Decimal, or as float.
DECIMALS = fields.Choice(frozenset({"decimal", "float"}), "decimals given as 'decimal' or 'float'")
#: A cell of a row: never a number or a day written as text.
Cell = str | int | float | bool | Decimal | date | None
_RESULT_FIELDS = tuple(name for name in IndicatorResult.__annotations__ if not name.startswith("_"))


def result_rows(results: Iterable[IndicatorResult], decimals: str) -> list[dict[str, Cell]]:
    """One row per result: its fields by name, enumerations by value, Decimals as Decimal or float."""
    as_float = decimals == "float"
    rows = []
    for result in results:
        row: dict[str, Cell] = {}
        for name in _RESULT_FIELDS:
            value = getattr(result, name)
            if isinstance(value, enum.Enum):
                value = value.value
            elif as_float and type(value) is Decimal:
                value = float(value)
            row[name] = value
        rows.append(row)
    return rows


def code_missing(codes: Sequence[str], where: str) -> KeyError:
    """The KeyError for a code that is not among ``codes`` (never echoing it): which codes there are."""
    shown = ", ".join(codes[:10]) + (f", ... ({len(codes)} codes)" if len(codes) > 10 else "")
    return KeyError(f"expected the code of an indicator in the {where}: {shown or 'it has none'}")


@record
class Report:
    """The results of a catalogue as of one day, in catalogue order; a table in Jupyter.

    Iterate it (the results, in catalogue order), take its length, or index it
    by position or by indicator code.  By code it behaves as a read-only
    mapping: ``code in report``, ``report.get(code)``, ``report[code]``
    (a ``KeyError`` for a code it does not have), ``keys()``, ``values()`` and
    ``items()``.  ``unmatched`` lists the codes of the facts that matched no
    indicator of the catalogue (sorted, each once; never their subjects) and
    ``ignored`` counts those facts: nothing is left out without a word.

    >>> from karjera_core.indicators.definitions import Indicator, Measure
    >>> from karjera_core.indicators.facts import Fact
    >>> ind = Indicator(code="A", title_lv="Skaits", measure=Measure.COUNT, target=Decimal(1))
    >>> facts = [Fact(indicator="A", on=date(2025, 1, 1), subject="s-1"),
    ...          Fact(indicator="Z", on=date(2025, 1, 1), subject="s-2")]
    >>> report = evaluate_summary(summarize([ind], facts, as_of=date(2025, 1, 31)))
    >>> "A" in report, report.get("B"), report.keys(), report.unmatched, report.ignored
    (True, None, ('A',), ('Z',), 1)
    """

    as_of: date
    results: tuple[IndicatorResult, ...] = fields.items(max_size=MAX_INDICATORS)
    unmatched: tuple[str, ...] = fields.items(CODE, max_size=MAX_INDICATORS, default=())
    ignored: int = fields.count(MAX_COUNT, what="a number of facts", default=0)

    @rule("as_of", "results")
    def _results_as_of_the_day(self) -> list[Flaw] | None:
        found = [
            Flaw(f"$.results[{index}].as_of", "report.as_of", "expected every result as of the report's day")
            for index, result in enumerate(self.results)
            if result.as_of != self.as_of
        ]
        return found or None

    @rule("results")
    def _codes_once(self) -> list[Flaw] | None:
        seen: set[str] = set()
        found = []
        for index, result in enumerate(self.results):
            if result.code in seen:
                found.append(
                    Flaw(f"$.results[{index}].code", "report.duplicate_code", "expected every indicator code once")
                )
            seen.add(result.code)
        return found or None

    @rule("results", "ignored", "unmatched")
    def _unmatched_codes(self) -> list[Flaw] | None:
        return unmatched_flaws({result.code for result in self.results}, self.ignored, self.unmatched) or None

    def __iter__(self) -> Iterator[IndicatorResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __contains__(self, key: object) -> bool:
        """True for the code of one of the results (and for one of the results itself, as iteration gives them)."""
        if type(key) is str:
            return any(result.code == key for result in self.results)
        return key in self.results

    def __getitem__(self, key: int | str) -> IndicatorResult:
        if type(key) is str:
            for result in self.results:
                if result.code == key:
                    return result
            raise code_missing(self.keys(), "report")
        if type(key) is not int or not -len(self.results) <= key < len(self.results):
            fail("$.key", "report.index", "expected an indicator code (str) or a position (int) in the report")
        return self.results[key]

    def get(self, code: str, default: IndicatorResult | None = None) -> IndicatorResult | None:
        """The result of the indicator ``code``, or ``default`` when the report has none."""
        code, default = _GET(code, default)
        for result in self.results:
            if result.code == code:
                return result
        return default

    def keys(self) -> tuple[str, ...]:
        """The indicator codes, in catalogue order."""
        return tuple(result.code for result in self.results)

    def values(self) -> tuple[IndicatorResult, ...]:
        """The results, in catalogue order."""
        return self.results

    def items(self) -> tuple[tuple[str, IndicatorResult], ...]:
        """(code, result) for each indicator, in catalogue order."""
        return tuple((result.code, result) for result in self.results)

    def to_records(self, *, decimals: Literal["decimal", "float"] = "decimal") -> list[dict[str, Cell]]:
        """One typed row per result, as :func:`karjera_core.to_records` gives them: ints, Decimals (or
        floats with ``decimals="float"``), days as ``datetime.date``, enumerations by value."""
        (decimals,) = _DECIMALS(decimals)
        return result_rows(self.results, decimals)

    def __repr__(self) -> str:
        return display.short_repr(self)

    def _repr_html_(self) -> str:
        return display.report_html(self)


_GET = arguments(
    code=Where(lambda value: type(value) is str, "an indicator code as a str", "text.type"),
    default=IndicatorResult | None,
)
_DECIMALS = arguments(decimals=DECIMALS)


_EVALUATE = arguments(
    indicator=Indicator,
    facts=Stream("an iterable (not text or a mapping) of Fact"),
    as_of=date,
)
_SUMMARY = arguments(summary=Summary)


def evaluate(indicator: Indicator, facts: Iterable[Fact], *, as_of: date) -> IndicatorResult:
    """``indicator`` evaluated from ``facts`` as of ``as_of`` (I-2).

    Only facts dated on or before ``as_of`` (and in the indicator's period)
    count.  The status follows I-2 from the day the target was reached.
    """
    indicator, facts, as_of = _EVALUATE(indicator, facts, as_of)
    return evaluate_summary(summarize((indicator,), facts, as_of=as_of))[0]


def evaluate_summary(summary: Summary) -> Report:
    """Finish a (merged) summary: every indicator's result as of the summary's day (I-2, I-4)."""
    (summary,) = _SUMMARY(summary)
    as_of = summary.as_of
    return Report(
        as_of=as_of,
        results=tuple(
            _finish(ind, tally, as_of) for ind, tally in zip(summary.indicators, summary.tallies, strict=True)
        ),
        unmatched=summary.unmatched,
        ignored=summary.ignored,
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
    if running > MAX_TOTAL:
        too_large()
    return points


def _ratio(numerator: Decimal, denominator: int) -> Decimal:
    """numerator / denominator as Decimal divides it (0.5 stays 0.5), rounded half even to 10 places
    only when it has more (1/3 is 0.3333333333)."""
    exact = numerator / Decimal(denominator)
    exponent = exact.as_tuple().exponent
    assert isinstance(exponent, int)  # the quotient of finite numbers is finite
    return exact if exponent >= -PLACES else exact.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN)


def _spell_start(
    points: Iterable[tuple[date, Decimal]], meets: Callable[[Decimal], bool], start: date | None = None
) -> date | None:
    """The first day of the last spell in which ``meets`` holds, if it holds at the end.

    ``points`` are (day, value from that day on) in day order; before the
    first point there is no value, which does not meet the target.  ``start``
    is the spell's first day before ``points`` (None: not in a spell), so
    that a spell can be followed over points arriving in parts.
    """
    for on, value in points:
        if meets(value):
            if start is None:
                start = on
        else:
            start = None
    return start


def _improved_days(tally: Tally, members: frozenset[str] | None) -> list[date]:
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
    tally: Tally, ind: Indicator, as_of: date, members: frozenset[str] | None
) -> list[tuple[date, Decimal]]:
    """(end of window j, subjects with a fact in each of windows 0..j) for the windows complete by ``as_of`` (T-7)."""
    ends = [w.end for w in ind.windows if w.end is not None and w.end <= as_of]
    masks = [
        m for s, m in zip(tally.window_subjects, tally.window_masks, strict=True) if members is None or s in members
    ]
    points = []
    for j, end in enumerate(ends):
        need = (1 << (j + 1)) - 1
        points.append((end, Decimal(sum(1 for m in masks if m & need == need))))
    return points


def _points(ind: Indicator, tally: Tally, as_of: date, members: frozenset[str] | None) -> list[tuple[date, Decimal]]:
    """(day, value from that day on) of the indicator's figure, in day order."""
    counting = ind.counting
    if counting is Counting.FACTS:
        return _cumulative(tally.days, tally.day_facts)
    if counting is Counting.SUM:
        return _cumulative(tally.days, tally.day_totals)
    if counting is Counting.EVERY_YEAR:
        return _every_year_points(tally, ind, as_of, members)
    if counting is Counting.IMPROVED:
        return _cumulative(_improved_days(tally, members))
    seen = tally.seen
    return _cumulative(on for s, on in zip(seen.subjects, seen.firsts, strict=True) if members is None or s in members)


def _finish(ind: Indicator, tally: Tally, as_of: date) -> IndicatorResult:
    total = tally.total_value
    return series(ind, tally, (as_of,), lambda _: total)[0]


def uses_totals(ind: Indicator) -> bool:
    """True for a share whose denominator is the latest ``TOTAL`` fact (no population, no fixed denominator)."""
    return ind.measure is Measure.SHARE and not ind.population and ind.denominator is None


def series(
    ind: Indicator, tally: Tally, days: Sequence[date], total_on: Callable[[date], Decimal | None]
) -> list[IndicatorResult]:
    """``ind`` evaluated as of each of ``days`` (increasing, the last one the tally's day) from one tally.

    A tally as of the last day holds what a tally as of any earlier day
    would: the first day of each subject, the facts of each day, the yearly
    windows, the measurements.  Only the latest ``TOTAL`` differs from day to
    day; ``total_on(day)`` gives it.  Each result is exactly what
    :func:`evaluate` gives as of its day.
    """
    members = frozenset(ind.population) if ind.population else None
    points = _points(ind, tally, days[-1], members)
    point_days = [on for on, _ in points]
    target, higher = ind.target, ind.higher_is_better
    results = []
    start: date | None = None
    judged: Decimal | None = None  # the number the spell in ``start`` was judged against
    upto = 0
    for as_of in days:
        came = bisect_right(point_days, as_of)
        reached = points[came - 1][1] if came else _ZERO
        value, numerator, denominator, needed = _figures(ind, members, reached, total_on(as_of))
        if needed is None:
            reached_on = judged = None
        else:
            if needed != judged:  # judged against another figure (a new denominator): follow the spell anew
                start, upto, judged = None, 0, needed
            start = _spell_start(points[upto:came], _meets(needed, higher=higher), start)
            upto = came
            reached_on = start
        results.append(
            IndicatorResult(
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
                status=_status(reached_on, ind.deadline, as_of),
            )
        )
    return results


def _meets(needed: Decimal, *, higher: bool) -> Callable[[Decimal], bool]:
    """Whether a figure meets the target: at least ``needed`` when higher is better, else at most."""
    if higher:
        return lambda value: value >= needed
    return lambda value: value <= needed


def _figures(
    ind: Indicator, members: frozenset[str] | None, reached: Decimal, total: Decimal | None
) -> tuple[Decimal | None, int | None, int | None, Decimal | None]:
    """(value, numerator, denominator, the figure the target needs) from the figure ``reached`` (I-3)."""
    numerator: int | None = None
    denominator: int | None = None
    if ind.measure is Measure.SHARE:
        if members is not None:
            denominator = len(members)
        elif ind.denominator is not None:
            denominator = ind.denominator
        elif total is not None:
            denominator = int(total)
        numerator = int(reached)
        if denominator:
            return _ratio(reached, denominator), numerator, denominator, ind.target * denominator
        return None, numerator, denominator, None
    if ind.measure is Measure.MILESTONE:
        needed = Decimal(len(members)) if members is not None else _ONE
        if members is not None:
            numerator, denominator = int(reached), len(members)
        return (_ONE if reached >= needed else _ZERO), numerator, denominator, needed
    return reached, None, None, ind.target


def __dir__() -> list[str]:
    return sorted(__all__)
