"""Hypothesis strategies for every public type of karjera_core (DESIGN.md §6).

Public API for downstream property tests: one strategy per public type, with
keyword-only arguments to narrow it, valid objects by construction, bounded
dates, shrinking toward the simplest object.  Installing the package registers
them with hypothesis through the ``hypothesis`` entry point, so that
``st.from_type(karjera_core.SchoolYear)`` works in any project.

>>> from hypothesis import find, strategies as st
>>> from karjera_core import SchoolYear
>>> find(st.from_type(SchoolYear), lambda year: year.start_year >= 2020)
SchoolYear(2020)

Needs the ``strategies`` extra (``pip install ".[strategies]"`` in a clone, or ``pip install hypothesis``).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as missing:
    raise ImportError(
        "karjera_core.strategies needs hypothesis, which is not installed: install the strategies extra, "
        'pip install ".[strategies]" in a clone of karjera_core (or pip install hypothesis)',
        name=__name__,
    ) from missing

from hypothesis.errors import InvalidArgument

from karjera_core.strategies import (
    _career_support,
    _education,
    _erasmus,
    _errors,
    _funding,
    _indicators,
    _money,
    _narrowing,
    _organisations,
    _projects,
    _pumpurs,
    _schedule,
    _teacher_support,
    _time,
)
from karjera_core.strategies._career_support import (
    agreements,
    career_events,
    career_support_plans,
    career_support_targets,
    consultant_assignments,
    consultants,
    count_targets,
    event_figures,
    event_partners,
    fte_loads,
    grade_participants,
    load_bounds,
    obligation_evidence,
    person_ids,
    pilot_requirements,
    pilot_schools,
    qualification_records,
    qualification_rules,
    qualification_schedules,
    ratio_rules,
    ratio_schedules,
    ratios,
    reaches,
    training_records,
    training_requirements,
)
from karjera_core.strategies._education import (
    founders,
    grades,
    institution_kinds,
    institutions,
    learner_counts,
    programmes,
    register_columns,
    register_entries,
    register_imports,
    registration_numbers,
    study_forms,
    vocational_courses,
    vocational_learner_counts,
)
from karjera_core.strategies._erasmus import (
    meetings,
    output_kinds,
    outputs,
    partnership_formats,
    partnership_rules,
    partnerships,
    training_events,
    training_scopes,
)
from karjera_core.strategies._errors import (
    problems,
    violations,
)
from karjera_core.strategies._funding import (
    budget_lines,
    budgets,
    funding_sources,
    funds,
    programming_periods,
    project_numbers,
    regulations,
    selections,
)
from karjera_core.strategies._indicators import (
    SUBJECTS,
    TYPE_STRATEGIES,
    counts,
    date_spans,
    distinct_counts,
    fact_days,
    facts,
    indicator_results,
    indicators,
    reports,
    shares,
    summaries,
    sums,
    tallies,
    timelines,
)
from karjera_core.strategies._money import (
    money,
)
from karjera_core.strategies._organisations import (
    municipalities,
    municipality_kinds,
    organisation_kinds,
    organisations,
    successions,
)
from karjera_core.strategies._payloads import (
    invalid_payloads,
    payloads,
)
from karjera_core.strategies._projects import (
    amendments,
    project_roles,
    project_statuses,
    projects,
    roles,
)
from karjera_core.strategies._pumpurs import (
    case_ids,
    consultative_measures,
    economic_measures,
    eligibility_rules,
    eligible_levels,
    institution_figures,
    learner_refs,
    participating_institutions,
    plan_timings,
    pumpurs_semesters,
    risk_assessments,
    risk_factors,
    risk_group_sets,
    risk_groups,
    semester_figures,
    semester_targets,
    support_cases,
    support_plans,
)
from karjera_core.strategies._schedule import (
    schedules,
    sources,
    steps,
)
from karjera_core.strategies._teacher_support import (
    institution_counts,
    performance_measurements,
    support_materials,
    support_visits,
    teacher_support_days,
    teacher_support_targets,
    training_audiences,
    training_sessions,
)
from karjera_core.strategies._time import (
    date_ranges,
    dates,
    quarters,
    school_years,
    semesters,
)

__all__ = [
    "SUBJECTS",
    "TYPE_STRATEGIES",
    "agreements",
    "all_type_strategies",
    "amendments",
    "budget_lines",
    "budgets",
    "career_events",
    "career_support_plans",
    "career_support_targets",
    "case_ids",
    "consultant_assignments",
    "consultants",
    "consultative_measures",
    "count_targets",
    "counts",
    "date_ranges",
    "date_spans",
    "dates",
    "distinct_counts",
    "economic_measures",
    "eligibility_rules",
    "eligible_levels",
    "event_figures",
    "event_partners",
    "fact_days",
    "facts",
    "founders",
    "fte_loads",
    "funding_sources",
    "funds",
    "grade_participants",
    "grades",
    "indicator_results",
    "indicators",
    "institution_counts",
    "institution_figures",
    "institution_kinds",
    "institutions",
    "invalid_payloads",
    "learner_counts",
    "learner_refs",
    "load_bounds",
    "meetings",
    "money",
    "municipalities",
    "municipality_kinds",
    "obligation_evidence",
    "organisation_kinds",
    "organisations",
    "output_kinds",
    "outputs",
    "participating_institutions",
    "partnership_formats",
    "partnership_rules",
    "partnerships",
    "payloads",
    "performance_measurements",
    "person_ids",
    "pilot_requirements",
    "pilot_schools",
    "plan_timings",
    "problems",
    "programmes",
    "programming_periods",
    "project_numbers",
    "project_roles",
    "project_statuses",
    "projects",
    "pumpurs_semesters",
    "qualification_records",
    "qualification_rules",
    "qualification_schedules",
    "quarters",
    "ratio_rules",
    "ratio_schedules",
    "ratios",
    "reaches",
    "register_columns",
    "register_entries",
    "register_imports",
    "register_type_strategies",
    "registration_numbers",
    "regulations",
    "reports",
    "risk_assessments",
    "risk_factors",
    "risk_group_sets",
    "risk_groups",
    "roles",
    "schedules",
    "school_years",
    "selections",
    "semester_figures",
    "semester_targets",
    "semesters",
    "shares",
    "sources",
    "steps",
    "study_forms",
    "successions",
    "summaries",
    "sums",
    "support_cases",
    "support_materials",
    "support_plans",
    "support_visits",
    "tallies",
    "teacher_support_days",
    "teacher_support_targets",
    "timelines",
    "training_audiences",
    "training_events",
    "training_records",
    "training_requirements",
    "training_scopes",
    "training_sessions",
    "violations",
    "vocational_courses",
    "vocational_learner_counts",
]

_MODULES = (
    _errors,
    _money,
    _time,
    _schedule,
    _organisations,
    _education,
    _funding,
    _projects,
    _erasmus,
    _career_support,
    _pumpurs,
    _teacher_support,
    _indicators,
)


P = ParamSpec("P")
R = TypeVar("R")
#: Keywords that were renamed (issue #14), old -> new, for the message about an unknown keyword.
RENAMED = {
    "min_year": "min_value",
    "max_year": "max_value",
    "min_start": "within",
    "max_start": "within",
    "max_pilot_schools": "max_size",
    "max_programmes": "max_size",
    "assessed_on": "on",
}
_NOT_STRATEGIES = {"all_type_strategies", "register_type_strategies"}


def _named(name: str, function: Callable[P, R]) -> Callable[P, R]:
    """``function`` whose wrong arguments all raise an InvalidArgument naming strategy ``name``: an unknown or
    renamed keyword, a value where a strategy is expected (with the hint ``st.just``), any other refused one."""
    signature = inspect.signature(function)
    wants_strategy = {
        p for p, parameter in signature.parameters.items() if "SearchStrategy" in str(parameter.annotation)
    }

    check = _narrowing.Narrowing(name)

    @functools.wraps(function)
    def strategy(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as wrong:
            renamed = [f"{old}= is now {RENAMED[old]}=" for old in kwargs if old in RENAMED]
            hint = "; ".join(renamed) or f"it takes {', '.join(signature.parameters) or 'no arguments'}"
            unbound = f"{wrong}; {hint}"
        else:
            unbound = ""
        if unbound:
            check.refuse(unbound)
        for key in wants_strategy & bound.arguments.keys():
            value = bound.arguments[key]
            if value is not None and not isinstance(value, st.SearchStrategy):
                check.fail(key, "a strategy", value, "to draw always this one value, pass st.just(value)")
        try:
            return function(*args, **kwargs)
        except InvalidArgument as refused:
            if str(refused).startswith(f"{name}("):
                raise
            unnamed = str(refused)
        check.refuse(unnamed)

    return strategy


for _name in __all__:
    if _name not in _NOT_STRATEGIES and inspect.isfunction(globals()[_name]):
        globals()[_name] = _named(_name, globals()[_name])


def all_type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """Every public type mapped to its default strategy."""
    found: dict[type, st.SearchStrategy[Any]] = {}
    for module in _MODULES:
        found.update(module.TYPE_STRATEGIES)
    return found


def register_type_strategies() -> None:
    """Register every default strategy with hypothesis, for ``st.from_type``."""
    for cls, strategy in all_type_strategies().items():
        st.register_type_strategy(cls, strategy)
    for generic, make in _schedule.GENERIC_TYPE_STRATEGIES.items():
        st.register_type_strategy(generic, make)


register_type_strategies()
