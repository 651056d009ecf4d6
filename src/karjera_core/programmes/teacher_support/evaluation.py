"""The [003] catalogue evaluated as of a date: every result's value, status and the day it was reached (I-2, I-5).

:func:`evaluate` is the generic engine's one pass --
:func:`~karjera_core.indicators.summarize` then
:func:`~karjera_core.indicators.evaluate_summary` -- over a catalogue made by
:func:`~karjera_core.programmes.teacher_support.catalogue.indicators`.  To
split the work across processes or machines, call those two yourself (I-4).

>>> from datetime import date
>>> from karjera_core.programmes.teacher_support.builders import specialists_training_started
>>> from karjera_core.programmes.teacher_support.catalogue import PUBLISHED_TARGETS, indicators
>>> report = evaluate(indicators(PUBLISHED_TARGETS), [specialists_training_started("Rīga", on=date(2025, 1, 9))],
...                   as_of=date(2025, 9, 1))
>>> first = report["4.2.2.3-R1"]
>>> first.numerator, first.denominator, first.status.name
(1, 42, 'MISSED')
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from karjera_core._arguments import arguments
from karjera_core.indicators import Fact, Indicator, Report, evaluate_summary, summarize

__all__ = ["evaluate"]


def __dir__() -> list[str]:
    return sorted(__all__)


_EVALUATE = arguments(catalogue=tuple[Indicator, ...], facts=tuple[Fact, ...], as_of=date)


def evaluate(catalogue: Iterable[Indicator], facts: Iterable[Fact], *, as_of: date) -> Report:
    """``catalogue`` evaluated from ``facts`` as of ``as_of`` (I-2), in one pass.

    Only facts dated on or before ``as_of`` and in the project period count.
    The report keeps the catalogue's order and is indexed by position or by
    code (``report["4.2.2.3-R1"]``).
    """
    catalogue, facts, as_of = _EVALUATE(catalogue, facts, as_of)
    return evaluate_summary(summarize(catalogue, facts, as_of=as_of))
