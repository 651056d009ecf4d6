"""Strategies for dated rule tables: regulations' sources, steps and schedules.

Every value is valid by construction (no ``.filter()``): a schedule's steps
start on strictly increasing days because each start is drawn after the one
before (a count of steps, then each start's gap), and every step names its
source.  ``st.from_type(Schedule[SchoolYear])`` draws schedules of school
years (any registered record type works as ``V``).
"""

from __future__ import annotations

import typing
from datetime import date, timedelta
from typing import Any, TypeVar

from hypothesis import strategies as st

from karjera_core._records import is_record
from karjera_core.schedule import Regulation, Schedule, Source, Step
from karjera_core.strategies._draw import builder, count, day, integers, texts
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._time import school_years, window_days
from karjera_core.time import DateRange

__all__ = ["schedules", "sources", "steps"]

V = TypeVar("V")

_REGULATION = builder(Regulation)
_SOURCE = builder(Source)
_STEP = builder(Step)
_SCHEDULE = builder(Schedule)
_NUMBER = integers(1, 99999)
_TITLE = st.none() | texts(40)
_CITATION = st.one_of(
    integers(0, 999).map(lambda n: f"[{n:03d}]"),
    _NUMBER.map(lambda n: f"MK noteikumi Nr. {n}"),
    texts(40),
)
_REGULATED = st.booleans()
#: Cabinet Regulations of sources are adopted in these years.
_ADOPTED = (date(1990, 1, 1), date(2040, 12, 31))


def regulation(draw: st.DrawFn, low: date, high: date) -> Regulation:
    """A Cabinet Regulation adopted from ``low`` to ``high``, with or without a title (three or four choices)."""
    return _REGULATION(draw(_NUMBER), day(draw, low, high), draw(_TITLE))


def source(draw: st.DrawFn) -> Source:
    """A source: a citation, with a Cabinet Regulation or without."""
    citation = draw(_CITATION)
    return _SOURCE(citation, regulation(draw, *_ADOPTED) if draw(_REGULATED) else None)


@st.composite
def _sources(draw: st.DrawFn) -> Source:
    return source(draw)


def sources() -> st.SearchStrategy[Source]:
    """Sources of a dated rule: a citation (a seed such as ``[003]``, a regulation, words), with a Cabinet
    Regulation or without."""
    return _SOURCES


_SOURCES = _sources()


def _value(check: Narrowing, drawn: Any) -> Any:
    if not is_record(type(drawn)):
        check.fail("values", "a strategy of records of the library", drawn, "it drew a value that is no record")
    return drawn


def _check_values(check: Narrowing, values: Any) -> st.SearchStrategy[Any]:
    found: st.SearchStrategy[Any] = check.strategy_of("values", values, "records of the library")
    return found


@st.composite
def _steps(draw: st.DrawFn, check: Narrowing, values: st.SearchStrategy[Any], low: date, high: date) -> Step[Any]:
    return _STEP(day(draw, low, high), _value(check, draw(values)), source(draw))


def steps(values: st.SearchStrategy[V], *, within: DateRange | None = None) -> st.SearchStrategy[Step[V]]:
    """Steps whose value is drawn from ``values`` and which start inside ``within`` (default 2000-2040)."""
    check = Narrowing("steps")
    strategy = _check_values(check, values)
    return _steps(check, strategy, *window_days(check, check.window("within", within)))


@st.composite
def _schedules(
    draw: st.DrawFn, check: Narrowing, values: st.SearchStrategy[Any], low: date, high: date, sizes: tuple[int, int]
) -> Schedule[Any]:
    size = count(draw, *sizes)
    start = day(draw, low, high - timedelta(days=size - 1))
    found = []
    for index in range(size):
        if index:
            left = (high - start).days - (size - index)  # days to spare for the steps still to come
            start += timedelta(days=1 + count(draw, 0, left))
        found.append(_STEP(start, _value(check, draw(values)), source(draw)))
    return _SCHEDULE(tuple(found))


def schedules(
    values: st.SearchStrategy[V], *, within: DateRange | None = None, min_size: int = 1, max_size: int = 5
) -> st.SearchStrategy[Schedule[V]]:
    """Schedules of ``min_size`` ... ``max_size`` steps (1 ... 1000) starting inside ``within`` (default
    2000-2040) on strictly increasing days, each value drawn from ``values``; shrinks toward one step on the
    first day allowed."""
    check = Narrowing("schedules")
    strategy = _check_values(check, values)
    sizes = check.sizes(min_size, max_size, 1, 1000)
    low, high = window_days(check, check.window("within", within))
    if sizes[0] > (high - low).days + 1:
        check.refuse("min_size steps need at least as many days in within=")
    return _schedules(check, strategy, low, high, (sizes[0], min(sizes[1], (high - low).days + 1)))


def _value_type(cls: Any) -> st.SearchStrategy[Any]:
    """The values of ``Schedule[V]`` / ``Step[V]`` for ``st.from_type``: those of V, school years by default."""
    args = typing.get_args(cls)
    return st.from_type(args[0]) if args else school_years()


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {Source: sources()}
#: Generic records, registered with a function of the requested type (``Schedule[SchoolYear]``).
GENERIC_TYPE_STRATEGIES: dict[type, Any] = {
    Schedule: lambda cls: schedules(_value_type(cls)),
    Step: lambda cls: steps(_value_type(cls)),
}
