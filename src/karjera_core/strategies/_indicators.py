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
from karjera_core.strategies._draw import builder, count, day, integers, size
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
_CODES = ("A", "B", "C")
#: Facts drawn for a summary, a result or a timeline: a count of at most this many, then each fact.
MAX_FACTS = 12
_FACT = builder(Fact)
_CODE_INDEX = integers(0, len(_CODES) - 1)
_SUBJECT_INDEX = integers(0, len(SUBJECTS) - 1)


def fact_days(*, min_value: date = FIRST_DAY, max_value: date = LAST_DAY) -> st.SearchStrategy[date]:
    """Days from ``min_value`` to ``max_value`` (default 2024-01-01 ... 2027-12-31), shrinking to the first."""
    return st.dates(min_value=min_value, max_value=max_value)


_MEASURES = tuple(Measure)
_COUNTINGS = tuple(Counting)
_BOOLEANS = st.booleans()


def _pick(draw: st.DrawFn, options: tuple[Any, ...]) -> Any:
    """One of ``options``: one choice, shrinking to the first."""
    return options[count(draw, 0, len(options) - 1)]


def _maybe(draw: st.DrawFn, high: int) -> int | None:
    """None or 0 ... ``high - 1``: one choice, shrinking to None."""
    drawn = count(draw, 0, high)
    return None if drawn == 0 else drawn - 1


@st.composite
def _indicators(draw: st.DrawFn, code: str | None, measure: Measure | None, counting: Counting | None) -> Indicator:
    chosen = _pick(draw, _MEASURES) if measure is None else measure
    if counting is not None:
        how = counting
    elif chosen is Measure.COUNT:
        how = _pick(draw, _COUNTINGS)
    elif chosen is Measure.SHARE:
        how = _pick(draw, _SUBJECT_COUNTINGS)
    else:
        how = Counting.DISTINCT
    higher = True if chosen is Measure.MILESTONE else draw(_BOOLEANS)
    lowest = 1 if higher else 0
    if chosen is Measure.SHARE:
        target = Decimal(count(draw, lowest, 100)) / 100
    elif chosen is Measure.MILESTONE:
        target = Decimal(1)
    else:
        target = Decimal(count(draw, lowest, 8))
    period: DateRange | None = None
    if how is Counting.EVERY_YEAR:
        start = day(draw, FIRST_DAY, date(2025, 12, 31))
        period = DateRange(start=start, end=start + timedelta(days=count(draw, 0, 3 * 366)))
    elif draw(_BOOLEANS):
        start = day(draw, FIRST_DAY, LAST_DAY)
        length = _maybe(draw, (LAST_DAY - start).days + 1)
        period = DateRange(start=start, end=None if length is None else start + timedelta(days=length))
    population: tuple[str, ...] = ()
    if how in _SUBJECT_COUNTINGS and (chosen is not Measure.COUNT or draw(_BOOLEANS)):
        mask = count(draw, 0, 2 ** len(SUBJECTS) - 1)  # one choice: which subjects
        population = tuple(subject for index, subject in enumerate(SUBJECTS) if mask >> index & 1)
    denominator = None
    if chosen is Measure.SHARE and not population:
        drawn = _maybe(draw, 10)
        denominator = None if drawn is None else drawn + 1
    deadline, baseline = _maybe(draw, (LAST_DAY - FIRST_DAY).days + 1), _maybe(draw, 101)
    chosen_code = _pick(draw, _CODES) if code is None else code
    present = count(draw, 0, 3)  # one choice: whether there is an English title, and a project
    return _INDICATOR(
        chosen_code,
        "Rādītājs",
        "Indicator" if present & 1 else None,
        chosen,
        how,
        higher,
        target,
        None if deadline is None else FIRST_DAY + timedelta(days=deadline),
        None if baseline is None else Decimal(baseline),
        "4.2.2.3/1/24/I/001" if present & 2 else None,
        period,
        population,
        denominator,
    )


_INDICATOR = builder(Indicator)


def indicators(
    *, code: str | None = None, measure: Measure | None = None, counting: Counting | None = None
) -> st.SearchStrategy[Indicator]:
    """Valid indicators (I-1); ``code``, ``measure`` and ``counting`` fix those fields.

    A fixed ``counting`` must suit the measure (a share or a milestone counts
    subjects; a milestone counts DISTINCT ones).
    """
    return _indicators(code, measure, counting)


def _fact(draw: st.DrawFn, indicator: str | None, kinds: tuple[FactKind, ...], valued: bool) -> Fact:
    """One fact in four or five choices: its kind, its value, its indicator, its day and its subject."""
    kind = kinds[0] if len(kinds) == 1 else kinds[count(draw, 0, len(kinds) - 1)]
    if kind is FactKind.TOTAL:
        value: Decimal | None = Decimal(count(draw, 0, 12))
    elif kind is FactKind.MEASUREMENT:
        value = Decimal(count(draw, -50, 50))
    else:
        amount = count(draw, 0 if valued else -1, 100)  # -1: no value
        value = None if amount < 0 else Decimal(amount)
    code = _CODES[draw(_CODE_INDEX)] if indicator is None else indicator
    return _FACT(code, day(draw, FIRST_DAY, LAST_DAY), SUBJECTS[draw(_SUBJECT_INDEX)], value, kind)


def _some_facts(draw: st.DrawFn, indicator: str | None, valued: bool) -> list[Fact]:
    """A count of facts (0 ... MAX_FACTS, few more often than many), then each fact."""
    return [_fact(draw, indicator, _KINDS, valued) for _ in range(size(draw, 0, MAX_FACTS))]


_KINDS = tuple(FactKind)


@st.composite
def _facts(draw: st.DrawFn, indicator: str | None, kinds: tuple[FactKind, ...], valued: bool) -> Fact:
    return _fact(draw, indicator, kinds, valued)


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


_BY_CODE = {code: indicators(code=code) for code in _CODES}
_ANY_INDICATOR = indicators()


def _catalogue(draw: st.DrawFn) -> tuple[Indicator, ...]:
    """One to three indicators with distinct codes: which codes as one choice, then each indicator."""
    mask = count(draw, 1, 2 ** len(_CODES) - 1)
    return tuple(draw(_BY_CODE[code]) for index, code in enumerate(_CODES) if mask >> index & 1)


@st.composite
def _summaries(draw: st.DrawFn) -> Summary:
    catalogue = _catalogue(draw)
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    return summarize(catalogue, _some_facts(draw, None, valued), as_of=day(draw, FIRST_DAY, LAST_DAY))


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
    indicator = draw(_ANY_INDICATOR)
    valued = indicator.counting is Counting.SUM
    drawn = _some_facts(draw, indicator.code, valued)
    return evaluate(indicator, drawn, as_of=day(draw, FIRST_DAY, LAST_DAY))


def indicator_results() -> st.SearchStrategy[IndicatorResult]:
    """Results (I-2) of a drawn indicator evaluated from drawn facts as of a drawn day."""
    return _indicator_results()


def reports() -> st.SearchStrategy[Report]:
    """Reports: drawn summaries, evaluated."""
    return summaries().map(evaluate_summary)


@st.composite
def _timelines(draw: st.DrawFn) -> Timeline:
    catalogue = _catalogue(draw)
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    days = [day(draw, FIRST_DAY, LAST_DAY) for _ in range(size(draw, 1, 4))]
    return timeline(catalogue, _some_facts(draw, None, valued), on=days)


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
