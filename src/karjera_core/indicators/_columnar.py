"""The pure-Python engine of the column path (private), and what it shares with the polars engine.

:mod:`karjera_core.indicators.columns` reads and validates a fact table;
the pure-Python engine (:func:`scan`, here) adds its valid rows up into the
same accumulators (:class:`~karjera_core.indicators.summary.Acc`, one per
indicator) that :func:`~karjera_core.indicators.summarize` adds
:class:`~karjera_core.indicators.Fact` objects into; the polars engine
(``_frames``) gives each accumulator its tally built from polars' sorted
group-bys (``Acc.built``); and :func:`~karjera_core.indicators.summary.finish`
turns them into the same :class:`~karjera_core.indicators.Summary`: one
accumulator, one finish.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import repeat
from typing import NoReturn

from karjera_core._compile import Flaw
from karjera_core._records import plan_of
from karjera_core.indicators.aggregates import DistinctCount, too_large
from karjera_core.indicators.definitions import MAX_SUBJECTS, refuse
from karjera_core.indicators.facts import FactKind
from karjera_core.indicators.summary import DAYS, SUMS, VALUE_MISSING, WINDOWS, Acc, plans_of

_ZERO = Decimal(0)
_OCCURRED, _TOTAL = FactKind.OCCURRED, FactKind.TOTAL
_BUILD_DISTINCT = plan_of(DistinctCount).build


def sorted_distinct(subjects: Sequence[str], firsts: Sequence[date]) -> DistinctCount:
    """The distinct count of subjects already sorted, each once, with their first days (trusted)."""
    if len(subjects) > MAX_SUBJECTS:
        too_large()
    return _BUILD_DISTINCT(tuple(subjects), tuple(firsts))  # type: ignore[no-any-return]


def refuse_missing(rows: Iterable[int]) -> NoReturn:
    """Refuse the facts at ``rows``: OCCURRED facts a SUM indicator counts, without a value to add."""
    refuse(Flaw(f"$.facts[{row}].value", "fact.value.missing", VALUE_MISSING) for row in rows)


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
    plans = plans_of(accs)
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
