"""Splitting an evaluation: the tree merge of many summaries (rule I-4).

Summarize each part of the facts where it is read -- a file, a partition
of a Dask DataFrame, a worker's share -- with
:func:`~karjera_core.indicators.summarize`, then merge the summaries with
:func:`merge_summaries` (on one machine, or as the ``aggregate`` of a Dask
reduction, which calls it on groups of partial results, a tree) and
evaluate once with :func:`~karjera_core.indicators.evaluate_summary`.  Only
summaries travel; their size grows with the indicators, the distinct
subjects and the days, never with the facts.  ``docs/howto-split.md`` has
the recipes and says when splitting does not pay.

>>> from datetime import date
>>> from decimal import Decimal
>>> from karjera_core.indicators import Indicator, Measure, summarize
>>> ind = Indicator(code="M", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(2))
>>> table = {"indicator": ["M"] * 4, "on": [date(2025, 1, k) for k in range(1, 5)], "subject": ["a", "b", "a", "c"]}
>>> parts = [summarize([ind], {name: column[k::2] for name, column in table.items()}, as_of=date(2025, 12, 31))
...          for k in (0, 1)]
>>> merge_summaries(parts) == summarize([ind], table, as_of=date(2025, 12, 31))
True
"""

from __future__ import annotations

from collections.abc import Iterable

from karjera_core.indicators.summary import Summary

__all__ = ["merge_summaries"]


def merge_summaries(parts: Iterable[Summary]) -> Summary:
    """All ``parts`` (at least one) merged pairwise as a balanced tree: the summary of all their facts (I-4).

    Every part must be of the catalogue and the day of the first
    (``summary.mismatch`` at ``$.parts[i].indicators`` or ``.as_of``).  Each
    level merges neighbours, so the work grows with the size of the summaries
    times the logarithm of their number, not with their number as a
    left-to-right fold would; it is :meth:`Summary.merge_all <karjera_core.indicators.Summary.merge_all>`
    under the name a split's ``aggregate`` step reads best with.  The result does not depend on the order
    or the grouping (I-4).
    """
    return Summary.merge_all(parts)


def __dir__() -> list[str]:
    return sorted(__all__)
