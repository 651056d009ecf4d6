"""Strategies for dated rule tables: regulations' sources, steps and schedules.

Every value is valid by construction (no ``.filter()``): a schedule's steps
start on strictly increasing days because the days are drawn as a set and
sorted, and every step names its source.  ``st.from_type(Schedule[SchoolYear])``
draws schedules of school years (any registered record type works as ``V``).
"""

from __future__ import annotations

import typing
from datetime import date, timedelta
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.schedule import Regulation, Schedule, Source, Step
from karjera_core.strategies._time import _check_dates, school_years

__all__ = ["schedules", "sources", "steps"]

V = TypeVar("V")

DEFAULT_MIN_START = date(2000, 1, 1)
DEFAULT_MAX_START = date(2040, 12, 31)
_CITATION = st.from_regex(
    r"\[[0-9]{3}\]|MK noteikumi Nr\. [1-9][0-9]{0,4}|[A-Z][a-z]{2,20}( [a-z]{2,12}){0,4}", fullmatch=True
)
_TITLE = st.from_regex(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]{2,15}( [a-zāčēģīķļņšūž]{2,15}){0,8}", fullmatch=True)


def _regulations() -> st.SearchStrategy[Regulation]:
    return st.builds(
        Regulation,
        number=st.integers(min_value=1, max_value=99999),
        adopted=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
        title=st.none() | _TITLE,
    )


def sources() -> st.SearchStrategy[Source]:
    """Sources of a dated rule: a citation, with a Cabinet Regulation or without."""
    return st.builds(Source, citation=_CITATION, regulation=st.none() | _regulations())


def _check_values(values: object) -> None:
    if not isinstance(values, st.SearchStrategy):
        raise InvalidArgument("values must be a strategy of the steps' values (records of the library)")


def steps(
    values: st.SearchStrategy[V], *, min_start: date = DEFAULT_MIN_START, max_start: date = DEFAULT_MAX_START
) -> st.SearchStrategy[Step[V]]:
    """Steps whose value is drawn from ``values`` and which start from ``min_start`` to ``max_start``."""
    _check_values(values)
    _check_dates(min_start, max_start)
    return st.builds(Step, start=st.dates(min_value=min_start, max_value=max_start), value=values, source=sources())


@st.composite
def _schedules(
    draw: st.DrawFn, values: st.SearchStrategy[Any], low: date, high: date, min_size: int, max_size: int
) -> Schedule[Any]:
    offsets = draw(st.sets(st.integers(min_value=0, max_value=(high - low).days), min_size=min_size, max_size=max_size))
    starts = sorted(low + timedelta(days=offset) for offset in offsets)
    return Schedule(steps=tuple(Step(start=start, value=draw(values), source=draw(sources())) for start in starts))


def schedules(
    values: st.SearchStrategy[V],
    *,
    min_size: int = 1,
    max_size: int = 5,
    min_start: date = DEFAULT_MIN_START,
    max_start: date = DEFAULT_MAX_START,
) -> st.SearchStrategy[Schedule[V]]:
    """Schedules of ``min_size``-``max_size`` steps (1 ... 1000) starting from ``min_start`` to ``max_start``,
    in strictly increasing order, each value drawn from ``values``; shrinks toward one step on ``min_start``."""
    _check_values(values)
    _check_dates(min_start, max_start)
    for name, size in (("min_size", min_size), ("max_size", max_size)):
        if type(size) is not int or not 1 <= size <= 1000:
            raise InvalidArgument(f"{name} must be an int in 1-1000")
    if min_size > max_size:
        raise InvalidArgument("min_size must not be above max_size")
    if min_size > (max_start - min_start).days + 1:
        raise InvalidArgument("min_size steps need as many days from min_start to max_start")
    return _schedules(values, min_start, max_start, min_size, max_size)


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
