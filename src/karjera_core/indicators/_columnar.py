"""What both engines of the column path share (private): the catalogue's plan, the accumulators, the summary.

:mod:`karjera_core.indicators.columns` reads and validates a fact table;
the pure-Python engine (here) or the polars engine (``_frames``) adds its
valid rows up into one :class:`Acc` per indicator, exactly as
:func:`~karjera_core.indicators.summarize` adds :class:`~karjera_core.indicators.Fact`
objects, and :func:`finish` turns them into the same
:class:`~karjera_core.indicators.Summary`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import repeat
from typing import NoReturn

from karjera_core._compile import FIRST_DAY, Flaw
from karjera_core._records import plan_of
from karjera_core.indicators.aggregates import DistinctCount, distinct, too_large
from karjera_core.indicators.definitions import MAX_SUBJECTS, Counting, Indicator, refuse
from karjera_core.indicators.facts import FactKind
from karjera_core.indicators.summary import Summary, Tally, tally_of, unmatched_codes

#: How an indicator adds its OCCURRED facts besides their subjects' first days.
FIRSTS, DAYS, SUMS, WINDOWS = 0, 1, 2, 3
_ZERO = Decimal(0)
_OCCURRED, _TOTAL = FactKind.OCCURRED, FactKind.TOTAL
_BUILD_DISTINCT = plan_of(DistinctCount).build


class Acc:
    """One indicator of the catalogue while its facts are added: its period, how it counts, its dictionaries."""

    __slots__ = ("code", "days", "firsts", "high", "low", "masks", "measured", "mode", "seen", "starts", "totals")

    def __init__(self, ind: Indicator, as_of: date) -> None:
        period = ind.period
        self.code = ind.code
        self.low = FIRST_DAY if period is None else period.start  # no valid fact is dated earlier
        self.high = as_of if period is None or period.end is None else min(as_of, period.end)
        counting = ind.counting
        if counting is Counting.FACTS:
            self.mode = DAYS
        elif counting is Counting.SUM:
            self.mode = SUMS
        elif counting is Counting.EVERY_YEAR:
            self.mode = WINDOWS
        else:
            self.mode = FIRSTS
        self.starts = tuple(w.start for w in ind.windows)
        self.firsts: dict[str, date] = {}
        self.seen: DistinctCount | None = None  # set instead of ``firsts`` by an engine that sorts
        self.days: dict[date, tuple[int, Decimal]] = {}
        self.masks: dict[str, int] = {}
        self.measured: dict[tuple[str, date], Decimal] = {}
        self.totals: list[tuple[date, Decimal]] = []

    def tally(self) -> Tally:
        seen = distinct(self.firsts) if self.seen is None else self.seen
        return tally_of(seen, self.days, self.masks, self.measured, max(self.totals, default=None))


def accumulators(catalogue: tuple[Indicator, ...], as_of: date) -> list[Acc]:
    """One accumulator per indicator of ``catalogue``, in its order."""
    return [Acc(ind, as_of) for ind in catalogue]


def sorted_distinct(subjects: Sequence[str], firsts: Sequence[date]) -> DistinctCount:
    """The distinct count of subjects already sorted, each once, with their first days (trusted)."""
    if len(subjects) > MAX_SUBJECTS:
        too_large()
    return _BUILD_DISTINCT(tuple(subjects), tuple(firsts))  # type: ignore[no-any-return]


def finish(
    catalogue: tuple[Indicator, ...], as_of: date, accs: Iterable[Acc], ignored: int, unmatched: set[str]
) -> Summary:
    """The summary of what the accumulators hold; ``unmatched`` are the codes of the ignored rows."""
    return Summary(
        indicators=catalogue,
        as_of=as_of,
        tallies=tuple(acc.tally() for acc in accs),
        ignored=ignored,
        unmatched=unmatched_codes(unmatched),
    )


MISSING = "expected a value: a SUM indicator adds the values of its facts"


def refuse_missing(rows: Iterable[int]) -> NoReturn:
    """Refuse the facts at ``rows``: OCCURRED facts a SUM indicator counts, without a value to add."""
    refuse(Flaw(f"$.facts[{row}].value", "fact.value.missing", MISSING) for row in rows)


class _Unfit(Exception):
    """A counted fact of a SUM indicator without a value: found again, every one, by :func:`refuse_missing`."""


def scan(
    accs: list[Acc],
    indicator: Sequence[str],
    on: Sequence[date],
    subject: Sequence[str],
    value: Sequence[Decimal | None] | None,
    kind: Sequence[FactKind] | None,
    unmatched: set[str],
) -> int:
    """Add valid columns into ``accs`` (the pure-Python engine); return how many rows are of no indicator of them,
    and add their codes to ``unmatched``.

    The loop of :func:`~karjera_core.indicators.summarize` over columns
    instead of objects: locals only, the common case first.
    """
    plans = {acc.code: (acc.low, acc.high, acc.firsts, acc.mode, acc) for acc in accs}
    get_plan, occurred, total_kind = plans.get, _OCCURRED, _TOTAL
    values: Iterable[Decimal | None] = repeat(None) if value is None else value
    kinds: Iterable[FactKind] = repeat(occurred) if kind is None else kind
    ignored = 0
    try:
        for code, day, who, amount, what in zip(indicator, on, subject, values, kinds, strict=False):  # repeat()s
            plan = get_plan(code)
            if plan is None:
                ignored += 1
                unmatched.add(code)
                continue
            low, high, firsts, mode, acc = plan
            if day < low or day > high:
                continue
            if what is occurred:
                seen = firsts.get(who)
                if seen is None or day < seen:
                    firsts[who] = day
                if not mode:
                    continue
                if mode == WINDOWS:
                    masks = acc.masks
                    masks[who] = masks.get(who, 0) | (1 << (bisect_right(acc.starts, day) - 1))
                    continue
                days = acc.days
                facts_then, total_then = days.get(day, (0, _ZERO))
                if mode == DAYS:
                    days[day] = (facts_then + 1, total_then)
                elif amount is None:
                    raise _Unfit
                else:
                    days[day] = (facts_then + 1, total_then + amount)
            elif what is total_kind:
                acc.totals.append((day, amount))  # type: ignore[arg-type]  # a valid TOTAL row has a value
            else:
                measured = acc.measured
                key = (who, day)
                before = measured.get(key)
                if before is None or amount > before:  # type: ignore[operator]  # a MEASUREMENT row has a value
                    measured[key] = amount  # type: ignore[assignment]
    except _Unfit:
        sums = {acc.code: acc for acc in accs if acc.mode == SUMS}
        refuse_missing(
            row
            for row, (code, day, amount, what) in enumerate(zip(indicator, on, values, kinds, strict=False))
            if what is occurred and amount is None and code in sums and sums[code].low <= day <= sums[code].high
        )
    return ignored
