"""Strategies for projects, their roles and amendments (F-1 ... F-5).

Projects are valid by construction and comply with
:func:`karjera_core.projects.check_project`: the implementation period is
drawn inside the programming period's eligibility window when that binds, the
number matches the period's style, a responsible role is always present, and
every amended end lies between the start and the window's end.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.funding import ProgrammingPeriod, ProjectNumber
from karjera_core.organisations import Organisation
from karjera_core.projects import RESPONSIBLE_ROLES, Amendment, Project, ProjectRole, ProjectStatus, Role
from karjera_core.strategies._funding import budgets, programming_periods, project_numbers, regulations, texts
from karjera_core.strategies._organisations import organisations
from karjera_core.strategies._time import date_ranges, dates
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange

__all__ = ["amendments", "project_roles", "project_statuses", "projects", "roles"]

_FIRST_DAY = date(MIN_YEAR, 1, 1)
_LAST_DAY = date(MAX_YEAR, 12, 31)
#: How far past its end a project of a non-binding programme may be extended.
_SLACK = timedelta(days=5 * 365)


def roles() -> st.SearchStrategy[Role]:
    """Any :class:`Role` (submitter first)."""
    return st.sampled_from(Role)


def project_statuses() -> st.SearchStrategy[ProjectStatus]:
    """Any :class:`ProjectStatus`."""
    return st.sampled_from(ProjectStatus)


def project_roles(
    *, role: Role | None = None, organisation: Organisation | None = None
) -> st.SearchStrategy[ProjectRole]:
    """An organisation in a role (F-3), narrowed to ``role`` and ``organisation`` when given."""
    if role is not None and type(role) is not Role:
        raise InvalidArgument("role must be a Role or None")
    if organisation is not None and type(organisation) is not Organisation:
        raise InvalidArgument("organisation must be an Organisation or None")
    return st.builds(
        ProjectRole,
        organisation=organisations() if organisation is None else st.just(organisation),
        role=roles() if role is None else st.just(role),
    )


def amendments(*, within: DateRange | None = None) -> st.SearchStrategy[Amendment]:
    """Amendments (F-4); with ``within`` (closed), both the announcement and the new end lie in it."""
    if within is not None and (type(within) is not DateRange or within.end is None):
        raise InvalidArgument("within must be a closed DateRange or None")
    days = dates() if within is None else dates(min_value=within.start, max_value=within.end or within.start)
    return st.builds(Amendment, announced=days, end=days, source=texts())


@functools.lru_cache(maxsize=256)
def _between(low: date, high: date) -> st.SearchStrategy[date]:
    return dates(min_value=max(low, _FIRST_DAY), max_value=min(high, _LAST_DAY))


@functools.lru_cache(maxsize=64)
def _periods_within(window: DateRange | None) -> st.SearchStrategy[DateRange]:
    return date_ranges(within=window, open_ended=False)


@functools.lru_cache(maxsize=64)
def _numbers(with_round: bool | None, low_year: int, high_year: int) -> st.SearchStrategy[ProjectNumber]:
    return project_numbers(with_round=with_round, min_selection_year=low_year, max_selection_year=high_year)


_TEXT = texts()
_OPTIONAL_TEXT = st.none() | _TEXT
_TEXT_TUPLES = st.lists(_TEXT, max_size=3).map(tuple)
_OTHER_ROLES = st.lists(st.builds(ProjectRole, organisation=organisations(), role=st.sampled_from(Role)), max_size=3)
_LEAD_ROLES = st.builds(
    ProjectRole, organisation=organisations(), role=st.sampled_from(sorted(RESPONSIBLE_ROLES, key=lambda r: r.value))
)
_REGULATIONS = st.none() | regulations()
_BUDGETS = st.none() | budgets()
_PROGRAMMING_PERIODS = programming_periods()


@st.composite
def _any_amendments(draw: st.DrawFn, start: date, limit: date) -> tuple[Amendment, ...]:
    announced = draw(st.lists(_between(start - timedelta(days=365), limit), unique=True, max_size=3))
    ends = _between(start, limit)
    return tuple(Amendment(announced=day, end=draw(ends), source=draw(_TEXT)) for day in announced)


@st.composite
def _extensions(draw: st.DrawFn, start: date, end: date, limit: date) -> tuple[Amendment, ...]:
    """Amendments each announced on or before the end it replaces and moving it later."""
    found: list[Amendment] = []
    announced_after = start - timedelta(days=1)
    wanted = draw(st.integers(min_value=0, max_value=3))
    while len(found) < wanted and announced_after < end < limit:
        announced = draw(_between(announced_after + timedelta(days=1), end))
        end = draw(_between(end + timedelta(days=1), limit))
        found.append(Amendment(announced=announced, end=end, source=draw(_TEXT)))
        announced_after = announced
    return tuple(found)


@st.composite
def _projects(draw: st.DrawFn, programming_period: ProgrammingPeriod | None, extensions_only: bool) -> Project:
    period_of = draw(_PROGRAMMING_PERIODS) if programming_period is None else programming_period
    window = period_of.eligibility
    assert window.end is not None
    binds = period_of.binds_implementation
    period = draw(_periods_within(window if binds else None))
    assert period.end is not None
    limit = window.end if binds else min(period.end + _SLACK, _LAST_DAY)
    low_year, high_year = max(window.start.year, 2000), min(window.end.year, 2099)
    if not binds or low_year > high_year:
        low_year, high_year = 2000, 2099
    number = draw(_numbers(period_of.numbers_have_round, low_year, high_year))
    lead = draw(_LEAD_ROLES)
    others = draw(_OTHER_ROLES)
    role_list = list(dict.fromkeys([lead, *others]))
    history = (
        draw(_extensions(period.start, period.end, limit))
        if extensions_only
        else draw(_any_amendments(period.start, limit))
    )
    return Project(
        number=number,
        title=draw(_TEXT),
        programming_period=period_of,
        period=period,
        roles=tuple(role_list),
        regulation=draw(_REGULATIONS),
        specific_objective=draw(_OPTIONAL_TEXT),
        target_groups=draw(_TEXT_TUPLES),
        activities=draw(_TEXT_TUPLES),
        budget=draw(_BUDGETS),
        amendments=history,
    )


def projects(
    *, programming_period: ProgrammingPeriod | None = None, extensions_only: bool = False
) -> st.SearchStrategy[Project]:
    """Projects (F-3) that pass :func:`~karjera_core.projects.check_project`.

    ``programming_period``: only projects of that period (default: any the
    :func:`~karjera_core.strategies._funding.programming_periods` strategy
    draws); where its window binds, the implementation period and every
    amended end lie inside it by construction (F-1).
    ``extensions_only``: every amendment is announced on or before the end
    it replaces and moves it later, the history under which a project's
    status never goes back (F-5).
    """
    if programming_period is not None and type(programming_period) is not ProgrammingPeriod:
        raise InvalidArgument("programming_period must be a ProgrammingPeriod or None")
    if type(extensions_only) is not bool:
        raise InvalidArgument("extensions_only must be a bool")
    return _projects(programming_period, extensions_only)


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Role: roles(),
    ProjectStatus: project_statuses(),
    ProjectRole: project_roles(),
    Amendment: amendments(),
    Project: projects(),
}
