"""Progress over time: a catalogue evaluated on a series of days, in one pass over the facts (I-2, I-4).

* :func:`timeline` -- every indicator of a catalogue as of each of the days
  given: value, target, status and the day the target was reached, and per
  indicator the first day it was reached (``first_reached``).
* :class:`Timeline` -- the result: it iterates its rows (an
  :class:`~karjera_core.indicators.IndicatorResult` per indicator and day,
  indicator by indicator in catalogue order, each in day order), has
  ``to_records`` and shows as a table with a small chart per indicator in
  Jupyter.  Mergeable (I-4): the timeline of parts of the facts, merged in
  any grouping and order, is the timeline of all of them.
* :func:`month_ends` -- the last day of every month between two days.

A timeline keeps the :class:`~karjera_core.indicators.Summary` of its facts
as of its last day -- which already holds what every earlier day needs: each
subject's first day, the facts of each day, the yearly windows, the
measurements -- and, for shares divided by a ``TOTAL`` fact, the total of each
day.  Each row is exactly what :func:`~karjera_core.indicators.evaluate`
gives as of its day.

>>> from karjera_core.indicators import Fact, Indicator, Measure
>>> trained = Indicator(code="T", title_lv="Apmācītie", measure=Measure.COUNT, target=Decimal(2),
...                     deadline=date(2025, 3, 31))
>>> facts = [Fact(indicator="T", on=date(2025, 1, 10), subject="p-1"),
...          Fact(indicator="T", on=date(2025, 3, 14), subject="p-2")]
>>> progress = timeline([trained], facts, on=month_ends(start=date(2025, 1, 1), end=date(2025, 4, 30)))
>>> [(row.as_of.isoformat(), int(row.value), row.status.value) for row in progress]
[('2025-01-31', 1, 'pending'), ('2025-02-28', 1, 'pending'), ('2025-03-31', 2, 'met'), ('2025-04-30', 2, 'met')]
>>> progress.first_reached
{'T': datetime.date(2025, 3, 14)}
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from karjera_core import _fields as fields
from karjera_core._arguments import Stream, arguments
from karjera_core._compile import Flaw
from karjera_core._records import record, rule
from karjera_core.errors import fail
from karjera_core.indicators import display
from karjera_core.indicators.aggregates import out_of_order, too_large
from karjera_core.indicators.definitions import (
    CODE,
    MAX_DAYS,
    MAX_NUMBER,
    MAX_SUBJECTS,
    Indicator,
    refuse,
)
from karjera_core.indicators.evaluation import (
    DECIMALS,
    Cell,
    IndicatorResult,
    code_missing,
    result_rows,
    series,
    uses_totals,
)
from karjera_core.indicators.facts import Fact, FactKind
from karjera_core.indicators.summary import Summary, merge_parts, merge_summaries_trusted, summarize

__all__ = ["Timeline", "month_ends", "timeline"]

_ZERO = Decimal(0)
_TOTAL = fields.Dec(_ZERO, MAX_NUMBER, 0, "a total")


@record
class Timeline:
    """A catalogue evaluated as of each of ``days`` (I-2), mergeable (I-4); a table of charts in Jupyter.

    * ``days`` -- the days, in increasing order (at least one);
    * ``summary`` -- the summary of the facts as of the last day;
    * ``total_indicators``, ``total_days``, ``total_values`` -- for each share
      divided by its latest ``TOTAL`` fact, the total of each day with one
      (the larger on a tie), sorted by code and day.

    Iterate it for its rows: one :class:`~karjera_core.indicators.IndicatorResult`
    per indicator and day, indicator by indicator in catalogue order, each in
    day order.  ``timeline[code]`` is one indicator's results over the days;
    ``code in timeline``, ``keys()``; ``first_reached`` maps each code to the
    first day its target was reached (the ``reached_on`` of the first day on
    which it is met; None when it never is); ``unmatched`` and ``ignored``
    are the codes and the number of facts that matched no indicator.
    Build one with :func:`timeline`.
    """

    days: tuple[date, ...] = fields.items(min_size=1, max_size=MAX_DAYS)
    summary: Summary
    total_indicators: tuple[str, ...] = fields.items(CODE, max_size=MAX_SUBJECTS, default=())
    total_days: tuple[date, ...] = fields.items(max_size=MAX_SUBJECTS, default=())
    total_values: tuple[Decimal, ...] = fields.items(_TOTAL, max_size=MAX_SUBJECTS, default=())

    @rule("days")
    def _days_in_order(self) -> list[Flaw] | None:
        return out_of_order(self.days, "$.days", "timeline.days.order", "expected days in increasing order, each once")

    @rule("days", "summary")
    def _summary_of_the_last_day(self) -> Flaw | None:
        if self.summary.as_of != self.days[-1]:
            return Flaw("$.summary.as_of", "timeline.summary", "expected the summary as of the last day")
        return None

    @rule("days", "summary", "total_indicators", "total_days", "total_values")
    def _totals(self) -> list[Flaw] | None:
        codes, days, values = self.total_indicators, self.total_days, self.total_values
        found = [
            Flaw(path, "timeline.lengths", "expected one entry for each total")
            for path, length in (("$.total_days", len(days)), ("$.total_values", len(values)))
            if length != len(codes)
        ]
        if found:
            return found
        found = (
            out_of_order(
                list(zip(codes, days, strict=True)),
                "$.total_indicators",
                "timeline.totals.order",
                "expected totals sorted by code and day, each once",
            )
            or []
        )
        users = {ind.code for ind in self.summary.indicators if uses_totals(ind)}
        found += [
            Flaw(f"$.total_indicators[{index}]", "timeline.totals.code", "expected the code of a share with totals")
            for index, code in enumerate(codes)
            if code not in users
        ]
        found += [
            Flaw(f"$.total_days[{index}]", "timeline.totals.day", "expected a day on or before the last day")
            for index, on in enumerate(days)
            if on > self.days[-1]
        ]
        return found or None

    # ------------------------------------------------------------ the rows

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """The catalogue, in its order."""
        return self.summary.indicators

    @property
    def unmatched(self) -> tuple[str, ...]:
        """The codes of the facts that matched no indicator (sorted, each once; never their subjects)."""
        return self.summary.unmatched

    @property
    def ignored(self) -> int:
        """How many facts matched no indicator."""
        return self.summary.ignored

    def _series(self, index: int) -> list[IndicatorResult]:
        ind = self.summary.indicators[index]
        return series(ind, self.summary.tallies[index], self.days, self._totals_of(ind.code))

    def _totals_of(self, code: str) -> Callable[[date], Decimal | None]:
        """The latest total of ``code`` as of a day (None before the first)."""
        codes = self.total_indicators
        low, high = bisect_left(codes, code), bisect_right(codes, code)
        days, values = self.total_days[low:high], self.total_values[low:high]

        def total_on(on: date) -> Decimal | None:
            at = bisect_right(days, on)
            return values[at - 1] if at else None

        return total_on

    def __iter__(self) -> Iterator[IndicatorResult]:
        for index in range(len(self.summary.indicators)):
            yield from self._series(index)

    def __len__(self) -> int:
        return len(self.summary.indicators) * len(self.days)

    def __contains__(self, code: object) -> bool:
        return type(code) is str and code in self.keys()

    def __getitem__(self, code: str) -> tuple[IndicatorResult, ...]:
        """The results of the indicator ``code``, in day order; a KeyError when the timeline has none."""
        if type(code) is not str:
            fail("$.code", "timeline.code", "expected an indicator code (str) of the timeline")
        codes = self.keys()
        if code not in codes:
            raise code_missing(codes, "timeline")
        return tuple(self._series(codes.index(code)))

    def keys(self) -> tuple[str, ...]:
        """The indicator codes, in catalogue order."""
        return tuple(ind.code for ind in self.summary.indicators)

    @property
    def first_reached(self) -> dict[str, date | None]:
        """Each code's first day its target was reached, as judged on the timeline's days (None: never)."""
        found: dict[str, date | None] = {}
        for index, ind in enumerate(self.summary.indicators):
            found[ind.code] = next((r.reached_on for r in self._series(index) if r.reached_on is not None), None)
        return found

    def to_records(self, *, decimals: Literal["decimal", "float"] = "decimal") -> list[dict[str, Cell]]:
        """One typed row per indicator and day (``as_of`` is the day), as :func:`karjera_core.to_records`
        gives them: ints, Decimals (or floats with ``decimals="float"``), ``datetime.date``, enums by value."""
        (decimals,) = _DECIMALS(decimals)
        return result_rows(self, decimals)

    # ------------------------------------------------------------ merging (I-4)

    @classmethod
    def empty(cls, indicators: Iterable[Indicator], *, on: Iterable[date]) -> Timeline:
        """The timeline of no facts: the identity of :meth:`merge`."""
        catalogue, days = _EMPTY(indicators, on)
        days = _days(days)
        return cls(days=days, summary=Summary.empty(catalogue, as_of=days[-1]))

    def merge(self, other: Timeline) -> Timeline:
        """The timeline of both parts' facts; both must be of the same catalogue and days."""
        (other,) = _OTHER(other)
        flaws = _mismatches(self, other, "$.other")
        if flaws:
            refuse(flaws)
        return _merge(self, other)

    @classmethod
    def merge_all(cls, parts: Iterable[Timeline]) -> Timeline:
        """All ``parts`` merged (at least one), every part of the catalogue and days of the first."""
        found: tuple[Timeline, ...]
        (found,) = _PARTS(parts)
        return merge_parts(found, "timeline", _mismatches, _merge)

    # ------------------------------------------------------------ display

    def __repr__(self) -> str:
        days = self.days
        return (
            f"<Timeline of {len(self.summary.indicators)} indicators on {len(days)} days, "
            f"{days[0].isoformat()}..{days[-1].isoformat()}>"
        )

    def _repr_html_(self) -> str:
        return display.timeline_html(self)


def _mismatches(mine: Timeline, other: Timeline, path: str) -> list[Flaw]:
    flaws = []
    if other.summary.indicators != mine.summary.indicators:
        flaws.append(
            Flaw(f"{path}.summary.indicators", "timeline.mismatch", "expected a timeline of the same indicators")
        )
    if other.days != mine.days:
        flaws.append(Flaw(f"{path}.days", "timeline.mismatch", "expected a timeline of the same days"))
    return flaws


def _merge(mine: Timeline, other: Timeline) -> Timeline:
    totals = dict(zip(zip(mine.total_indicators, mine.total_days, strict=True), mine.total_values, strict=True))
    for key, value in zip(zip(other.total_indicators, other.total_days, strict=True), other.total_values, strict=True):
        had = totals.get(key)
        if had is None or value > had:
            totals[key] = value
    return _built(mine.days, merge_summaries_trusted(mine.summary, other.summary), totals)


def _built(days: tuple[date, ...], summary: Summary, totals: dict[tuple[str, date], Decimal]) -> Timeline:
    if len(totals) > MAX_SUBJECTS:
        too_large()
    keys = sorted(totals)
    return Timeline(
        days=days,
        summary=summary,
        total_indicators=tuple(code for code, _ in keys),
        total_days=tuple(on for _, on in keys),
        total_values=tuple(totals[key] for key in keys),
    )


def _days(days: tuple[date, ...]) -> tuple[date, ...]:
    """The distinct days, in order; none is a ValidationError."""
    if not days:
        fail("$.on", "timeline.days", "expected at least one day to evaluate on")
    return tuple(sorted(set(days)))


_TIMELINE = arguments(
    indicators=tuple[Indicator, ...],
    facts=Stream("an iterable (not text or a mapping) of Fact"),
    on=tuple[date, ...],
)
_EMPTY = arguments(indicators=tuple[Indicator, ...], on=tuple[date, ...])
_OTHER, _PARTS = arguments(other=Timeline), arguments(parts=tuple[Timeline, ...])
_DECIMALS = arguments(decimals=DECIMALS)


def timeline(indicators: Iterable[Indicator] | Indicator, facts: Iterable[Fact], *, on: Iterable[date]) -> Timeline:
    """``indicators`` evaluated from ``facts`` as of each day of ``on``, in one pass over the facts (I-2).

    ``on`` is any iterable of days (at least one; they are taken in
    increasing order, each once) -- :func:`month_ends` gives every month end
    between two days.  On each day only the facts dated on or before it count
    (a fact dated that day counts, one dated the day after does not), so each
    row is what :func:`~karjera_core.indicators.evaluate` gives as of its day.
    The facts are read once, as a stream: a bad item is a ValidationError at
    its position (``$.facts[3]``), the first one found.
    """
    if type(indicators) is Indicator:
        indicators = (indicators,)
    catalogue, facts, days = _TIMELINE(indicators, facts, on)
    days = _days(days)
    last = days[-1]
    watched = {}
    for ind in catalogue:
        if uses_totals(ind):
            period = ind.period
            low = date.min if period is None else period.start
            high = last if period is None or period.end is None else min(last, period.end)
            watched[ind.code] = (low, high)
    totals: dict[tuple[str, date], Decimal] = {}
    summary = summarize(catalogue, _watching(facts, watched, totals), as_of=last)
    return _built(days, summary, totals)


def _watching(
    facts: Iterable[Any], watched: dict[str, tuple[date, date]], totals: dict[tuple[str, date], Decimal]
) -> Iterator[Any]:
    """``facts`` as they are (anything that is not a Fact too: summarize refuses it at its position),
    keeping on the way the largest ``TOTAL`` of each watched indicator and day."""
    total_kind, fact_type, window_of = FactKind.TOTAL, Fact, watched.get
    for fact in facts:
        if type(fact) is fact_type and fact.kind is total_kind:
            window = window_of(fact.indicator)
            if window is not None and window[0] <= fact.on <= window[1]:
                key, value = (fact.indicator, fact.on), fact.value
                assert value is not None  # a TOTAL fact carries its value
                had = totals.get(key)
                if had is None or value > had:
                    totals[key] = value
        yield fact


_MONTH_ENDS = arguments(start=date, end=date)


def month_ends(*, start: date, end: date) -> tuple[date, ...]:
    """The last day of every month from ``start`` to ``end`` (both included), in order.

    >>> [day.isoformat() for day in month_ends(start=date(2024, 12, 15), end=date(2025, 2, 28))]
    ['2024-12-31', '2025-01-31', '2025-02-28']
    >>> month_ends(start=date(2025, 1, 2), end=date(2025, 1, 30))
    ()
    """
    start, end = _MONTH_ENDS(start, end)
    if end < start:
        fail("$.end", "month_ends.order", "expected an end on or after the start")
    found = []
    year, month = start.year, start.month
    while (last := date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)) <= end:
        found.append(last)
        year, month = year + month // 12, month % 12 + 1
    return tuple(found)


def __dir__() -> list[str]:
    return sorted(__all__)
