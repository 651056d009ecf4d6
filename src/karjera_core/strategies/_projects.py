"""Strategies for projects, their roles and amendments (F-1 ... F-5).

Projects are valid by construction and comply with
:func:`karjera_core.projects.check_project`: the implementation period is
drawn inside the programming period's eligibility window when that binds, the
number matches the period's style, a responsible role is always present, and
every amended end lies between the start and the window's end.  Each is drawn
with few choices (a count, then the items) and built with the records'
trusted builders; it shrinks toward a one-day ESF 2014-2020 project starting
on the window's first day, with one submitter and nothing else.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from karjera_core.funding import ProgrammingPeriod
from karjera_core.organisations import Organisation
from karjera_core.projects import RESPONSIBLE_ROLES, Amendment, Project, ProjectRole, ProjectStatus, Role
from karjera_core.strategies import _draw
from karjera_core.strategies._draw import builder, count, day, integers, size
from karjera_core.strategies._funding import KNOWN_PERIODS, _budgets, _made_up, project_number
from karjera_core.strategies._money import DEFAULT_MAX_CENTS
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._schedule import regulation
from karjera_core.strategies._time import window_days
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange

__all__ = ["amendments", "project_roles", "project_statuses", "projects", "roles"]

_FIRST_DAY = date(MIN_YEAR, 1, 1)
_LAST_DAY = date(MAX_YEAR, 12, 31)
#: How far past its end a project of a non-binding programme may be extended.
_SLACK = timedelta(days=5 * 365)
_ROLES = tuple(Role)
_LEAD_ROLES = tuple(sorted(RESPONSIBLE_ROLES, key=lambda r: _ROLES.index(r)))
_ROLE = builder(ProjectRole)
_AMENDMENT = builder(Amendment)
_PROJECT = builder(Project)
_RANGE = builder(DateRange)
_TEXT = _draw.texts(40)
_BUDGETS = _budgets(None, DEFAULT_MAX_CENTS)
_PERIOD_CHOICE = integers(0, len(KNOWN_PERIODS))
_MADE_UP = _made_up(None)


def roles() -> st.SearchStrategy[Role]:
    """Any :class:`Role` (submitter first)."""
    return st.sampled_from(Role)


def project_statuses() -> st.SearchStrategy[ProjectStatus]:
    """Any :class:`ProjectStatus`."""
    return st.sampled_from(ProjectStatus)


@st.composite
def _project_roles(draw: st.DrawFn, role: Role | None, organisation: Organisation | None) -> ProjectRole:
    chosen = _draw.organisation(draw) if organisation is None else organisation
    return _ROLE(chosen, _ROLES[count(draw, 0, len(_ROLES) - 1)] if role is None else role)


def project_roles(
    *, role: Role | None = None, organisation: Organisation | None = None
) -> st.SearchStrategy[ProjectRole]:
    """An organisation in a role (F-3), narrowed to ``role`` and ``organisation`` when given."""
    check = Narrowing("project_roles")
    return _project_roles(check.member("role", role, Role), check.value("organisation", organisation, Organisation))


@st.composite
def _amendments(draw: st.DrawFn, low: date, high: date) -> Amendment:
    return _AMENDMENT(day(draw, low, high), day(draw, low, high), draw(_TEXT))


def amendments(*, within: DateRange | None = None) -> st.SearchStrategy[Amendment]:
    """Amendments (F-4); with ``within`` (closed), both the announcement and the new end lie in it."""
    check = Narrowing("amendments")
    return _amendments(*window_days(check, check.window("within", within, closed=True)))


def _any_amendments(draw: st.DrawFn, start: date, limit: date) -> tuple[Amendment, ...]:
    """0-3 amendments announced on distinct days from a year before ``start``, in order, each ending from
    ``start`` to ``limit``."""
    first = max(start - timedelta(days=365), _FIRST_DAY)
    wanted = min(size(draw, 0, 3), (limit - first).days + 1)
    found: list[Amendment] = []
    announced = first - timedelta(days=1)
    for index in range(wanted):
        announced = day(draw, announced + timedelta(days=1), limit - timedelta(days=wanted - 1 - index))
        found.append(_AMENDMENT(announced, day(draw, start, limit), draw(_TEXT)))
    return tuple(found)


def _extensions(draw: st.DrawFn, start: date, end: date, limit: date) -> tuple[Amendment, ...]:
    """Amendments each announced on or before the end it replaces and moving it later."""
    found: list[Amendment] = []
    announced_after = start - timedelta(days=1)
    wanted = size(draw, 0, 3)
    while len(found) < wanted and announced_after < end < limit:
        announced = day(draw, announced_after + timedelta(days=1), end)
        end = day(draw, end + timedelta(days=1), limit)
        found.append(_AMENDMENT(announced, end, draw(_TEXT)))
        announced_after = announced
    return tuple(found)


def _texts(draw: st.DrawFn) -> tuple[str, ...]:
    return tuple(draw(_TEXT) for _ in range(size(draw, 0, 2)))


@st.composite
def _projects(draw: st.DrawFn, programming_period: ProgrammingPeriod | None, extensions_only: bool) -> Project:
    if programming_period is None:
        choice = draw(_PERIOD_CHOICE)
        period_of = KNOWN_PERIODS[choice] if choice < len(KNOWN_PERIODS) else draw(_MADE_UP)
    else:
        period_of = programming_period
    window = period_of.eligibility
    assert window.end is not None
    binds = period_of.binds_implementation
    low, high = (window.start, window.end) if binds else (date(2000, 1, 1), date(2040, 12, 31))
    start = day(draw, low, high)
    end = start + timedelta(days=count(draw, 0, (high - start).days))
    limit = window.end if binds else min(end + _SLACK, _LAST_DAY)
    years = (max(window.start.year, 2000) - 2000, min(window.end.year, 2099) - 2000)
    if not binds or years[0] > years[1]:
        years = (0, 99)
    number = project_number(draw, period_of.numbers_have_round, years, None)
    lead = _ROLE(_draw.organisation(draw), _LEAD_ROLES[count(draw, 0, len(_LEAD_ROLES) - 1)])
    others = [_ROLE(_draw.organisation(draw), _ROLES[count(draw, 0, len(_ROLES) - 1)]) for _ in range(size(draw, 0, 2))]
    title = draw(_TEXT)
    present = count(draw, 0, 7)  # one choice: which of the regulation, the objective and the budget there are
    regulation_ = regulation(draw, date(1990, 1, 1), date(2040, 12, 31)) if present & 1 else None
    objective = draw(_TEXT) if present & 2 else None
    target_groups, activities = _texts(draw), _texts(draw)
    budget = draw(_BUDGETS) if present & 4 else None
    history = _extensions(draw, start, end, limit) if extensions_only else _any_amendments(draw, start, limit)
    return _PROJECT(
        number,
        title,
        period_of,
        _RANGE(start, end),
        tuple(dict.fromkeys([lead, *others])),
        regulation_,
        objective,
        target_groups,
        activities,
        budget,
        history,
    )


def projects(
    *, programming_period: ProgrammingPeriod | None = None, extensions_only: bool = False
) -> st.SearchStrategy[Project]:
    """Projects (F-3) that pass :func:`~karjera_core.projects.check_project`.

    ``programming_period``: only projects of that period (default: one of the
    shipped periods, or now and then a made-up one); where its window binds,
    the implementation period and every amended end lie inside it by
    construction (F-1).  ``extensions_only``: every amendment is announced on
    or before the end it replaces and moves it later, the history under which
    a project's status never goes back (F-5).
    """
    check = Narrowing("projects")
    chosen = check.value("programming_period", programming_period, ProgrammingPeriod)
    return _projects(chosen, check.boolean("extensions_only", extensions_only))


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Role: roles(),
    ProjectStatus: project_statuses(),
    ProjectRole: project_roles(),
    Amendment: amendments(),
    Project: projects(),
}
