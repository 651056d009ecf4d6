"""Indicators: definitions, dated facts, mergeable aggregates and evaluation as of a day (rules I-1 ... I-4).

Layer 5 of the library, the generic engine every programme's catalogue uses;
it imports only the layers below it.  Where each rule lives:

=====  ======================  ===================================================================
rule   file                    names
=====  ======================  ===================================================================
I-1    ``definitions.py``      :class:`Indicator`, :class:`Measure`, :class:`Counting`
I-2    ``evaluation.py``       :func:`evaluate`, :func:`status_of`, :class:`Status`,
                               :class:`IndicatorResult`, :class:`Report`; the ``as_of`` cut in
                               ``summary.py`` :func:`summarize`
I-3    ``evaluation.py``       ``_finish`` (a share's numerator and denominator);
                               ``aggregates.py`` :class:`Share`; ``display.py`` (percentages)
I-4    ``summary.py``          :func:`summarize`, :class:`Summary` (``merge``, ``merge_all``,
                               ``empty``), :class:`Tally`; ``evaluation.py`` :func:`evaluate_summary`;
                               ``split.py`` :func:`merge_summaries` (a tree merge);
                               ``columns.py`` fact tables (:func:`~columns.summarize_columns`)
I-4    ``aggregates.py``       :class:`Count`, :class:`Sum`, :class:`DateSpan`, :class:`Share`,
                               :class:`DistinctCount`
I-5    (programme)             :mod:`karjera_core.programmes.teacher_support` builds the [003] catalogue
I-6    ``facts.py``            :func:`facts_from`, :class:`Fact`, :class:`FactKind`
T-7    ``definitions.py``      :attr:`Indicator.windows`, ``Counting.EVERY_YEAR``;
                               ``evaluation.py`` ``_every_year_points``
P-7    ``definitions.py``      ``SUBJECT``, the kind of every subject (:class:`Fact`,
                               :class:`DistinctCount`, :class:`Tally`, ``Indicator.population``)
I-2    ``progress.py``         :func:`timeline`, :class:`Timeline` (``merge``, ``merge_all``,
                               ``empty``), :func:`month_ends`: a catalogue on a series of days
=====  ======================  ===================================================================

``display.py`` renders reports, results, summaries and timelines as HTML (with
inline SVG charts) for Jupyter.

>>> from datetime import date
>>> from decimal import Decimal
>>> trained = Indicator(code="T", title_lv="Apmācītie pedagogi", measure=Measure.COUNT,
...                     target=Decimal(2), deadline=date(2025, 8, 31))
>>> facts = [Fact(indicator="T", on=date(2025, 3, 1), subject="p-1"),
...          Fact(indicator="T", on=date(2025, 9, 9), subject="p-2")]
>>> [evaluate(trained, facts, as_of=day).status.name for day in (date(2025, 6, 1), date(2025, 12, 31))]
['PENDING', 'MET_LATE']
"""

from __future__ import annotations

from karjera_core.indicators import columns as columns  # the column path of summarize (fact tables)
from karjera_core.indicators.aggregates import Count, DateSpan, DistinctCount, Share, Sum
from karjera_core.indicators.definitions import Counting, Indicator, Measure, Status
from karjera_core.indicators.evaluation import IndicatorResult, Report, evaluate, evaluate_summary, status_of
from karjera_core.indicators.facts import Fact, FactKind, facts_from
from karjera_core.indicators.progress import Timeline, month_ends, timeline
from karjera_core.indicators.split import merge_summaries
from karjera_core.indicators.summary import Summary, Tally, summarize

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
    "Tally",
    "Timeline",
    "evaluate",
    "evaluate_summary",
    "facts_from",
    "merge_summaries",
    "month_ends",
    "status_of",
    "summarize",
    "timeline",
]


def __dir__() -> list[str]:
    return sorted(__all__)
