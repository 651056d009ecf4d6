"""The PuMPuRS rules that look across a case, across cases or at the project: one check per rule, in rule order.

Each check returns every :class:`~karjera_core.errors.Violation` it finds
(empty when the data comply), with a stable code, the rule id and a path into
the call's own arguments as :func:`~karjera_core.serialization.unstructure`
lays them out (``$.cases[3].plans[0].semester``, ``$.participation[1].period``);
the result is sorted by path, code, rule and message, so it does not depend on
the order it was found in.  :func:`check` validates its inputs once and runs
them all.

* P-1 :func:`check_eligibility` -- ``case.not_eligible`` (at the case's
  ``grade`` or ``course``): the level is not eligible on the opening day;
  ``plan.not_eligible`` (at the plan's ``semester``): not eligible on the
  first day of the plan's semester on which the case is open (the level is
  the one recorded at opening).
* P-2 :func:`check_participation` -- ``plan.institution_not_participating``
  (at the plan's ``drawn_up``): the case's institution did not take part on
  the day the plan was drawn up; ``participation.overlapping`` (at the
  entry's ``period``): an entry overlaps an earlier-starting entry of the same
  institution, which would then have two coordinators at once.
* P-3 :func:`check_risk_factors` -- ``risk_factor.unknown_group`` (at the
  factor's ``group``): the group is not one of the risk groups.
* P-4 :func:`check_plans` -- ``plan.late`` (at ``drawn_up``): drawn up more
  than the plan timing's days after the later of its semester's start and the
  case's opening; ``plan.duplicate_semester`` (at ``semester``): more than one
  plan for a semester, each reported.
* P-5 :func:`check_cases` -- ``case.outside_project`` (at ``opened``): the
  case opened while the project was not active; ``plan.before_opening`` (at
  ``drawn_up``): drawn up before the case opened; ``plan.after_close`` (at
  ``drawn_up``, or at ``semester`` when the semester starts after the
  closing day); ``plan.after_project_end`` (at ``semester`` when it starts
  after the project's end, else at ``drawn_up`` when the plan was drawn up
  after it); ``case.duplicate_id`` (at ``case_id``): two or more cases share
  an id, each reported.

Which day: the days these rules compare are in the data (a case's opening, a
plan's semester and the day it was drawn up), so the checks of P-1 ... P-4 take
none.  The rules of P-5 also need the project's end, which changed over time
(F-4): :func:`check_cases` and :func:`check` take the day whose knowledge of it
counts -- "the end as known on" a day, the vocabulary's ``as_of``, as in
:meth:`~karjera_core.projects.Project.end_on` -- not ``on``, since no rule is
about that day itself.  A case opened on 2023-06-01
is outside the project ``as_of=date(2021, 1, 1)`` and inside it
``as_of=date(2021, 5, 1)``, once the extension to 2023-12-31 was public.

>>> from karjera_core.programmes.pumpurs.examples import example_cases_jelgava_2020, example_participation_jelgava_2020
>>> check(cases=example_cases_jelgava_2020(), participation=example_participation_jelgava_2020(),
...       as_of=date(2021, 1, 1))
()
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from karjera_core._arguments import arguments
from karjera_core.errors import Violation
from karjera_core.programmes.pumpurs.cases import SupportCase
from karjera_core.programmes.pumpurs.parameters import (
    DEFAULT_ELIGIBILITY,
    DEFAULT_PLAN_TIMING,
    DEFAULT_RISK_GROUPS,
    EligibilityRules,
    PlanTiming,
    RiskGroupSet,
)
from karjera_core.programmes.pumpurs.participation import ParticipatingInstitution
from karjera_core.time import Semester

__all__ = [
    "check",
    "check_cases",
    "check_eligibility",
    "check_participation",
    "check_plans",
    "check_risk_factors",
]


def __dir__() -> list[str]:
    return sorted(__all__)


_TOKEN = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")


def _order(violation: Violation) -> tuple[tuple[tuple[int, str, int], ...], str, str, str]:
    """Sort by path (its indices as numbers, so ``[10]`` comes after ``[9]``), then code, rule and message."""
    steps = tuple((0, name, 0) if name else (1, "", int(index)) for name, index in _TOKEN.findall(violation.path))
    return steps, violation.code, violation.rule, violation.message


def _sorted(found: Iterable[Violation]) -> tuple[Violation, ...]:
    return tuple(sorted(found, key=_order))


def _admitted(rules: EligibilityRules, case: SupportCase, day: date) -> bool:
    return rules.schedule.in_force(on=day) and rules.schedule.value_on(on=day).admits(case.level)


# ---------------------------------------------------------------- P-1 eligibility


def _eligibility(cases: tuple[SupportCase, ...], rules: EligibilityRules) -> Iterator[Violation]:
    for index, case in enumerate(cases):
        root = f"$.cases[{index}]"
        if not _admitted(rules, case, case.opened):
            yield Violation(
                code="case.not_eligible",
                rule="P-1",
                message="expected a grade or course eligible on the opening day",
                path=f"{root}.{'course' if case.grade is None else 'grade'}",
            )
        for number, plan in enumerate(case.plans):
            if not _admitted(rules, case, max(plan.semester.start, case.opened)):
                yield Violation(
                    code="plan.not_eligible",
                    rule="P-1",
                    message="expected the case's grade or course eligible in the plan's semester",
                    path=f"{root}.plans[{number}].semester",
                )


def check_eligibility(cases: Iterable[SupportCase], *, rules: EligibilityRules | None = None) -> tuple[Violation, ...]:
    """P-1: cases and plans of learners whose grade or course is not eligible (see the module's docstring).

    ``rules`` default to :data:`~karjera_core.programmes.pumpurs.parameters.DEFAULT_ELIGIBILITY`.
    """
    found, rules = _ELIGIBILITY(cases, rules)
    return _sorted(_eligibility(found, DEFAULT_ELIGIBILITY if rules is None else rules))


_ELIGIBILITY = arguments(cases=tuple[SupportCase, ...], rules=EligibilityRules | None)


# ---------------------------------------------------------------- P-2 participation


def _entry_order(entry: ParticipatingInstitution, index: int) -> tuple[date, date, str, int]:
    """Entries by their start, then end and coordinator, so that which of two is "later" depends on them only."""
    period = entry.period
    return period.start, date.max if period.end is None else period.end, entry.coordinator, index


def _participation(
    cases: tuple[SupportCase, ...], participation: tuple[ParticipatingInstitution, ...]
) -> Iterator[Violation]:
    by_institution: dict[str, list[int]] = {}
    for index, entry in enumerate(participation):
        by_institution.setdefault(entry.institution, []).append(index)
    for indices in by_institution.values():
        reach: date | None = None  # the last day any earlier-starting entry reaches (date.max: open)
        for index in sorted(indices, key=lambda k: _entry_order(participation[k], k)):
            period = participation[index].period
            if reach is not None and period.start <= reach:
                yield Violation(
                    code="participation.overlapping",
                    rule="P-2",
                    message="expected one coordinator at a time: no two periods of an institution overlapping",
                    path=f"$.participation[{index}].period",
                )
            end = date.max if period.end is None else period.end
            reach = end if reach is None else max(reach, end)
    for index, case in enumerate(cases):
        periods = [participation[k].period for k in by_institution.get(case.institution, ())]
        for number, plan in enumerate(case.plans):
            if not any(plan.drawn_up in period for period in periods):
                yield Violation(
                    code="plan.institution_not_participating",
                    rule="P-2",
                    message="expected the case's institution taking part on the day the plan was drawn up",
                    path=f"$.cases[{index}].plans[{number}].drawn_up",
                )


def check_participation(
    cases: Iterable[SupportCase], participation: Iterable[ParticipatingInstitution]
) -> tuple[Violation, ...]:
    """P-2: support given where the institution was not taking part, and two coordinators at once.

    >>> from karjera_core.programmes.pumpurs import examples
    >>> check_participation(examples.example_cases_jelgava_2020(), examples.example_participation_jelgava_2020())
    ()
    """
    found, entries = _PARTICIPATION(cases, participation)
    return _sorted(_participation(found, entries))


_PARTICIPATION = arguments(cases=tuple[SupportCase, ...], participation=tuple[ParticipatingInstitution, ...])


# ---------------------------------------------------------------- P-3 risk factors


def _risk_factors(cases: tuple[SupportCase, ...], groups: RiskGroupSet) -> Iterator[Violation]:
    codes = frozenset(groups.codes)
    for index, case in enumerate(cases):
        for number, factor in enumerate(case.assessment.factors):
            if factor.group not in codes:
                yield Violation(
                    code="risk_factor.unknown_group",
                    rule="P-3",
                    message="expected the code of one of the risk groups",
                    path=f"$.cases[{index}].assessment.factors[{number}].group",
                )


def check_risk_factors(
    cases: Iterable[SupportCase], *, risk_groups: RiskGroupSet | None = None
) -> tuple[Violation, ...]:
    """P-3: risk factors whose group is not one of ``risk_groups``.

    ``risk_groups`` default to :data:`~karjera_core.programmes.pumpurs.parameters.DEFAULT_RISK_GROUPS`.
    """
    found, risk_groups = _RISK_FACTORS(cases, risk_groups)
    return _sorted(_risk_factors(found, DEFAULT_RISK_GROUPS if risk_groups is None else risk_groups))


_RISK_FACTORS = arguments(cases=tuple[SupportCase, ...], risk_groups=RiskGroupSet | None)


# ---------------------------------------------------------------- P-4 plans


def _plans(cases: tuple[SupportCase, ...], timing: PlanTiming) -> Iterator[Violation]:
    lateness = timedelta(days=timing.lateness_days)
    for index, case in enumerate(cases):
        counts: dict[Semester, int] = {}
        for plan in case.plans:
            counts[plan.semester] = counts.get(plan.semester, 0) + 1
        for number, plan in enumerate(case.plans):
            root = f"$.cases[{index}].plans[{number}]"
            if plan.drawn_up > max(plan.semester.start, case.opened) + lateness:
                yield Violation(
                    code="plan.late",
                    rule="P-4",
                    message=(
                        f"expected the plan drawn up within {timing.lateness_days} days of the later of its "
                        "semester's start and the case's opening"
                    ),
                    path=f"{root}.drawn_up",
                )
            if counts[plan.semester] > 1:
                yield Violation(
                    code="plan.duplicate_semester",
                    rule="P-4",
                    message="expected one plan per semester",
                    path=f"{root}.semester",
                )


def check_plans(cases: Iterable[SupportCase], *, plan_timing: PlanTiming | None = None) -> tuple[Violation, ...]:
    """P-4: plans drawn up too late, and two plans of a case for one semester.

    ``plan_timing`` defaults to :data:`~karjera_core.programmes.pumpurs.parameters.DEFAULT_PLAN_TIMING`.
    """
    found, plan_timing = _PLANS(cases, plan_timing)
    return _sorted(_plans(found, DEFAULT_PLAN_TIMING if plan_timing is None else plan_timing))


_PLANS = arguments(cases=tuple[SupportCase, ...], plan_timing=PlanTiming | None)


# ---------------------------------------------------------------- P-5 cases


def _cases(cases: tuple[SupportCase, ...], as_of: date, rules: EligibilityRules) -> Iterator[Violation]:
    end = rules.project.end_on(as_of=as_of)
    ids: dict[str, int] = {}
    for case in cases:
        ids[case.case_id] = ids.get(case.case_id, 0) + 1
    for index, case in enumerate(cases):
        root = f"$.cases[{index}]"
        opened, closed = case.opened, case.closed
        if not rules.project_active(on=opened, as_of=as_of):
            yield Violation(
                code="case.outside_project",
                rule="P-5",
                message="expected the case to open while the project is active, as its end was known (F-4)",
                path=f"{root}.opened",
            )
        if ids[case.case_id] > 1:
            yield Violation(
                code="case.duplicate_id",
                rule="P-5",
                message="expected each case id once",
                path=f"{root}.case_id",
            )
        for number, plan in enumerate(case.plans):
            path = f"{root}.plans[{number}]"
            if plan.drawn_up < opened:
                yield Violation(
                    code="plan.before_opening",
                    rule="P-5",
                    message="expected the plan drawn up on or after the day the case opened",
                    path=f"{path}.drawn_up",
                )
            if closed is not None and plan.drawn_up > closed:
                yield Violation(
                    code="plan.after_close",
                    rule="P-5",
                    message="expected the plan drawn up by the day the case closed",
                    path=f"{path}.drawn_up",
                )
            elif closed is not None and plan.semester.start > closed:
                yield Violation(
                    code="plan.after_close",
                    rule="P-5",
                    message="expected the plan's semester to start by the day the case closed",
                    path=f"{path}.semester",
                )
            if end is not None and plan.semester.start > end:
                yield Violation(
                    code="plan.after_project_end",
                    rule="P-5",
                    message=f"expected the plan's semester to start by the project's end, {end}, as known (F-4)",
                    path=f"{path}.semester",
                )
            elif end is not None and plan.drawn_up > end:
                yield Violation(
                    code="plan.after_project_end",
                    rule="P-5",
                    message=f"expected the plan drawn up by the project's end, {end}, as known (F-4)",
                    path=f"{path}.drawn_up",
                )


def check_cases(
    cases: Iterable[SupportCase], *, as_of: date, rules: EligibilityRules | None = None
) -> tuple[Violation, ...]:
    """P-5: cases opened outside the project, plans outside a case's open period or after the project's end
    as known ``as_of`` the day (F-4), and case ids used twice.

    ``rules`` (for their project) default to
    :data:`~karjera_core.programmes.pumpurs.parameters.DEFAULT_ELIGIBILITY`.
    """
    found, as_of, rules = _CASES(cases, as_of, rules)
    return _sorted(_cases(found, as_of, DEFAULT_ELIGIBILITY if rules is None else rules))


_CASES = arguments(cases=tuple[SupportCase, ...], as_of=date, rules=EligibilityRules | None)


# ---------------------------------------------------------------- all of them


def check(
    *,
    cases: Iterable[SupportCase] = (),
    participation: Iterable[ParticipatingInstitution] | None = None,
    as_of: date,
    rules: EligibilityRules | None = None,
    risk_groups: RiskGroupSet | None = None,
    plan_timing: PlanTiming | None = None,
) -> tuple[Violation, ...]:
    """Every violation of the PuMPuRS rules P-1 ... P-5 by ``cases`` and ``participation``, sorted.

    The inputs are validated once (every problem in one ValidationError);
    then each rule's check runs (see the module's docstring).  P-2 is checked
    only when ``participation`` is given (None: not known).  The parameters
    default to :data:`~karjera_core.programmes.pumpurs.parameters.DEFAULT_ELIGIBILITY`,
    :data:`~karjera_core.programmes.pumpurs.parameters.DEFAULT_RISK_GROUPS` and
    :data:`~karjera_core.programmes.pumpurs.parameters.DEFAULT_PLAN_TIMING`;
    ``as_of`` is the day whose knowledge of the project's end applies (F-4).
    """
    found, entries, as_of, rules, risk_groups, plan_timing = _CHECK(
        cases, participation, as_of, rules, risk_groups, plan_timing
    )
    chosen = DEFAULT_ELIGIBILITY if rules is None else rules
    return _sorted(
        [
            *_eligibility(found, chosen),
            *(() if entries is None else _participation(found, entries)),
            *_risk_factors(found, DEFAULT_RISK_GROUPS if risk_groups is None else risk_groups),
            *_plans(found, DEFAULT_PLAN_TIMING if plan_timing is None else plan_timing),
            *_cases(found, as_of, chosen),
        ]
    )


_CHECK = arguments(
    cases=tuple[SupportCase, ...],
    participation=tuple[ParticipatingInstitution, ...] | None,
    as_of=date,
    rules=EligibilityRules | None,
    risk_groups=RiskGroupSet | None,
    plan_timing=PlanTiming | None,
)
