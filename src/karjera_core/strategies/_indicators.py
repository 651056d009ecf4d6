"""Strategies for indicators, facts, aggregates, summaries and results (I-1 ... I-4).

Every value is valid by construction: the measure is drawn first, then a
counting, a target and a population that fit it.  Dates fall in 2024-2027
and subjects come from a small alphabet, so that drawn facts meet each other
(the same subject twice, a fact after ``as_of``) and shrink toward the
simplest: one subject, the first day, a count with target 1.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from karjera_core.indicators import (
    Count,
    Counting,
    DateSpan,
    DistinctCount,
    Fact,
    FactKind,
    Indicator,
    IndicatorResult,
    Measure,
    Report,
    Share,
    Sum,
    Summary,
    Tally,
    Timeline,
    evaluate,
    evaluate_summary,
    summarize,
    timeline,
)
from karjera_core.time import DateRange

__all__ = [
    "SUBJECTS",
    "TYPE_STRATEGIES",
    "counts",
    "date_spans",
    "distinct_counts",
    "fact_days",
    "facts",
    "indicator_results",
    "indicators",
    "reports",
    "shares",
    "summaries",
    "sums",
    "tallies",
    "timelines",
]

FIRST_DAY = date(2024, 1, 1)
LAST_DAY = date(2027, 12, 31)
#: The subjects drawn facts and populations use: few, so that they repeat.
SUBJECTS = ("s0", "s1", "s2", "s3", "s4", "s5")
_SUBJECT_COUNTINGS = (Counting.DISTINCT, Counting.EVERY_YEAR, Counting.IMPROVED)


def fact_days(*, min_value: date = FIRST_DAY, max_value: date = LAST_DAY) -> st.SearchStrategy[date]:
    """Days from ``min_value`` to ``max_value`` (default 2024-01-01 ... 2027-12-31), shrinking to the first."""
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def _indicators(draw: st.DrawFn, code: str | None, measure: Measure | None, counting: Counting | None) -> Indicator:
    chosen = draw(st.sampled_from(tuple(Measure))) if measure is None else measure
    if counting is not None:
        how = counting
    elif chosen is Measure.COUNT:
        how = draw(st.sampled_from(tuple(Counting)))
    elif chosen is Measure.SHARE:
        how = draw(st.sampled_from(_SUBJECT_COUNTINGS))
    else:
        how = Counting.DISTINCT
    higher = True if chosen is Measure.MILESTONE else draw(st.booleans())
    lowest = 1 if higher else 0
    if chosen is Measure.SHARE:
        target = Decimal(draw(st.integers(min_value=lowest, max_value=100))) / 100
    elif chosen is Measure.MILESTONE:
        target = Decimal(1)
    else:
        target = Decimal(draw(st.integers(min_value=lowest, max_value=8)))
    period: DateRange | None = None
    if how is Counting.EVERY_YEAR:
        start = draw(fact_days(max_value=date(2025, 12, 31)))
        period = DateRange(start=start, end=start + timedelta(days=draw(st.integers(min_value=0, max_value=3 * 366))))
    elif draw(st.booleans()):
        start = draw(fact_days())
        period = DateRange(start=start, end=draw(st.none() | fact_days(min_value=start)))
    population: tuple[str, ...] = ()
    if how in _SUBJECT_COUNTINGS and (chosen is not Measure.COUNT or draw(st.booleans())):
        population = tuple(draw(st.lists(st.sampled_from(SUBJECTS), unique=True, max_size=len(SUBJECTS))))
    denominator = None
    if chosen is Measure.SHARE and not population:
        denominator = draw(st.none() | st.integers(min_value=1, max_value=10))
    return Indicator(
        code=draw(st.sampled_from(("A", "B", "C"))) if code is None else code,
        title_lv="Rādītājs",
        title_en=draw(st.none() | st.just("Indicator")),
        measure=chosen,
        counting=how,
        higher_is_better=higher,
        target=target,
        deadline=draw(st.none() | fact_days()),
        baseline=draw(st.none() | st.integers(min_value=0, max_value=100).map(Decimal)),
        project=draw(st.none() | st.just("4.2.2.3/1/24/I/001")),
        period=period,
        population=population,
        denominator=denominator,
    )


def indicators(
    *, code: str | None = None, measure: Measure | None = None, counting: Counting | None = None
) -> st.SearchStrategy[Indicator]:
    """Valid indicators (I-1); ``code``, ``measure`` and ``counting`` fix those fields.

    A fixed ``counting`` must suit the measure (a share or a milestone counts
    subjects; a milestone counts DISTINCT ones).
    """
    return _indicators(code, measure, counting)


@st.composite
def _facts(draw: st.DrawFn, indicator: str | None, kinds: tuple[FactKind, ...], valued: bool) -> Fact:
    kind = draw(st.sampled_from(kinds))
    if kind is FactKind.TOTAL:
        value: Decimal | None = Decimal(draw(st.integers(min_value=0, max_value=12)))
    elif kind is FactKind.MEASUREMENT:
        value = Decimal(draw(st.integers(min_value=-50, max_value=50)))
    else:
        amounts = st.integers(min_value=0, max_value=100).map(Decimal)
        value = draw(amounts if valued else st.none() | amounts)
    return Fact(
        indicator=draw(st.sampled_from(("A", "B", "C"))) if indicator is None else indicator,
        on=draw(fact_days()),
        subject=draw(st.sampled_from(SUBJECTS)),
        value=value,
        kind=kind,
    )


def facts(
    *, indicator: str | None = None, kinds: tuple[FactKind, ...] = tuple(FactKind), valued: bool = False
) -> st.SearchStrategy[Fact]:
    """Valid facts of the indicator coded ``indicator`` (default: one of "A", "B", "C") of the given ``kinds``.

    ``OCCURRED`` facts carry no value or (always, with ``valued``, as a SUM
    indicator needs) a whole amount; ``TOTAL`` facts a whole number 0-12;
    ``MEASUREMENT`` facts a whole number -50 ... 50.
    """
    return _facts(indicator, kinds, valued)


def counts() -> st.SearchStrategy[Count]:
    """Counts of facts (I-4)."""
    return st.integers(min_value=0, max_value=10**6).map(Count)


def sums() -> st.SearchStrategy[Sum]:
    """Sums of values (I-4), whole or to the cent."""
    return st.integers(min_value=-(10**8), max_value=10**8).map(lambda cents: Sum(Decimal(cents) / 100))


@st.composite
def _date_spans(draw: st.DrawFn) -> DateSpan:
    if draw(st.booleans()):
        return DateSpan()
    earliest = draw(fact_days())
    return DateSpan(earliest=earliest, latest=draw(fact_days(min_value=earliest)))


def date_spans() -> st.SearchStrategy[DateSpan]:
    """Date spans (I-4): empty, or an earliest day and a latest day not before it."""
    return _date_spans()


@st.composite
def _shares(draw: st.DrawFn) -> Share:
    denominator = draw(st.integers(min_value=0, max_value=1000))
    return Share(numerator=draw(st.integers(min_value=0, max_value=denominator)), denominator=denominator)


def shares() -> st.SearchStrategy[Share]:
    """Shares with their numerator and denominator (I-3, I-4)."""
    return _shares()


def distinct_counts() -> st.SearchStrategy[DistinctCount]:
    """Distinct counts (I-4), made from drawn facts."""
    return st.lists(facts(kinds=(FactKind.OCCURRED,)), max_size=20).map(DistinctCount.from_facts)


@st.composite
def _catalogues(draw: st.DrawFn) -> tuple[Indicator, ...]:
    codes = draw(st.lists(st.sampled_from(("A", "B", "C")), unique=True, min_size=1))
    return tuple(draw(indicators(code=code)) for code in codes)


@st.composite
def _summaries(draw: st.DrawFn) -> Summary:
    catalogue = draw(_catalogues())
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    return summarize(catalogue, draw(st.lists(facts(valued=valued), max_size=30)), as_of=draw(fact_days()))


def summaries() -> st.SearchStrategy[Summary]:
    """Summaries (I-4) of drawn facts for a drawn catalogue of one to three indicators."""
    return _summaries()


def tallies() -> st.SearchStrategy[Tally]:
    """Tallies (I-4): what drawn facts add up to for one indicator of a drawn summary."""
    return st.tuples(summaries(), st.integers(min_value=0, max_value=2)).map(
        lambda drawn: drawn[0].tallies[drawn[1] % len(drawn[0].tallies)]
    )


@st.composite
def _indicator_results(draw: st.DrawFn) -> IndicatorResult:
    indicator = draw(indicators())
    valued = indicator.counting is Counting.SUM
    drawn = draw(st.lists(facts(indicator=indicator.code, valued=valued), max_size=30))
    return evaluate(indicator, drawn, as_of=draw(fact_days()))


def indicator_results() -> st.SearchStrategy[IndicatorResult]:
    """Results (I-2) of a drawn indicator evaluated from drawn facts as of a drawn day."""
    return _indicator_results()


def reports() -> st.SearchStrategy[Report]:
    """Reports: drawn summaries, evaluated."""
    return summaries().map(evaluate_summary)


@st.composite
def _timelines(draw: st.DrawFn) -> Timeline:
    catalogue = draw(_catalogues())
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    days = draw(st.lists(fact_days(), min_size=1, max_size=4))
    return timeline(catalogue, draw(st.lists(facts(valued=valued), max_size=30)), on=days)


def timelines() -> st.SearchStrategy[Timeline]:
    """Timelines (I-2, I-4): drawn facts for a drawn catalogue of one to three indicators, on one to four days."""
    return _timelines()


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Indicator: indicators(),
    Fact: facts(),
    Count: counts(),
    Sum: sums(),
    DateSpan: date_spans(),
    Share: shares(),
    DistinctCount: distinct_counts(),
    Summary: summaries(),
    Tally: tallies(),
    IndicatorResult: indicator_results(),
    Report: reports(),
    Timeline: timelines(),
}
