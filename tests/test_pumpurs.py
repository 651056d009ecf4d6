"""Tests of PuMPuRS: eligibility, risk assessment, plans, cases, the checks and privacy (P-1, P-3 ... P-5, P-7, F-4).

P-2 (participation) is in ``test_pumpurs_participation.py``; P-6 and I-6 (figures and indicators) in
``test_pumpurs_indicators.py``.  Problems and violations are compared as whole lists; every date
comparison of a rule is tried the day before, on and after its boundary.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import attrs
import jsonschema  # type: ignore[import-untyped]  # no stubs installed
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import karjera_core
from karjera_core import json_schema, pumpurs, structure, unstructure
from karjera_core.education import Grade, VocationalCourse
from karjera_core.errors import PersonalDataRejected, ValidationError, Violation
from karjera_core.money import Money
from karjera_core.privacy import LearnerRef
from karjera_core.programmes.pumpurs import (
    DEFAULT_ELIGIBILITY,
    DEFAULT_PLAN_TIMING,
    DEFAULT_RISK_GROUPS,
    ELIGIBILITY_SCHEDULE,
    PUMPURS_834,
    CaseOutcome,
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    EligibilityRules,
    EligibleLevels,
    ParticipatingInstitution,
    PersonalItem,
    PlanTiming,
    RiskAssessment,
    RiskFactor,
    RiskGroup,
    RiskGroupSet,
    SupportCase,
    SupportPlan,
    check,
    check_cases,
    check_eligibility,
    check_plans,
    check_risk_factors,
    eligible,
    example_cases_jelgava_2020,
    example_participation_jelgava_2020,
)
from karjera_core.projects import Amendment
from karjera_core.schedule import Schedule, Source, Step
from karjera_core.strategies import _pumpurs, participating_institutions
from karjera_core.strategies._pumpurs import (
    KNOWN_FROM,
    PROJECT_SEMESTERS,
    learner_refs,
    risk_assessments,
    risk_factors,
    semester_figures,
    semester_targets,
    support_cases,
    support_plans,
)
from karjera_core.time import DateRange, SchoolYear, Semester

CODE = "161175-19997"
NEW_CODE = "328673-00679"
INSTITUTION = "9000000001"
AUTUMN_2019 = Semester(school_year=SchoolYear(2019), number=1)
SPRING_2020 = Semester(school_year=SchoolYear(2019), number=2)
AUTUMN_2020 = Semester(school_year=SchoolYear(2020), number=1)
SPRING_2021 = Semester(school_year=SchoolYear(2020), number=2)
AUTUMN_2021 = Semester(school_year=SchoolYear(2021), number=1)
SPRING_2023 = Semester(school_year=SchoolYear(2022), number=2)
AUTUMN_2023 = Semester(school_year=SchoolYear(2023), number=1)
SPRING_2024 = Semester(school_year=SchoolYear(2023), number=2)
#: A day by which the 2021 extension of the project was public, and one before.
KNOWN = date(2021, 5, 1)
UNKNOWN = date(2021, 4, 29)

DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
NOT_ELIGIBLE = "expected a grade or course eligible on the opening day"
PLAN_NOT_ELIGIBLE = "expected the case's grade or course eligible in the plan's semester"
OUTSIDE = "expected the case to open while the project is active, as its end was known (F-4)"
BEFORE_OPENING = "expected the plan drawn up on or after the day the case opened"
DRAWN_AFTER_CLOSE = "expected the plan drawn up by the day the case closed"
SEMESTER_AFTER_CLOSE = "expected the plan's semester to start by the day the case closed"
LATE = "expected the plan drawn up within 30 days of the later of its semester's start and the case's opening"
DUPLICATE_SEMESTER = "expected one plan per semester"
DUPLICATE_ID = "expected each case id once"
UNKNOWN_GROUP = "expected the code of one of the risk groups"


def _after_end(end: str) -> str:
    return f"expected the plan's semester to start by the project's end, {end}, as known (F-4)"


def _drawn_after_end(end: str) -> str:
    return f"expected the plan drawn up by the project's end, {end}, as known (F-4)"


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _problems(caught: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in caught.value.problems]


def _found(violations: Iterable[Violation]) -> list[tuple[str, str, str, str]]:
    return [(v.path, v.code, v.rule, v.message) for v in violations]


def _assert_not_echoed(error: ValidationError, value: str) -> None:
    assert value not in str(error)
    assert value not in repr(error)
    assert all(value not in str(arg) for arg in error.args)
    assert all(value not in str(problem) for problem in error.problems)


def _replace(value: Any, **changes: Any) -> Any:
    """A copy of a record with ``changes`` (validated like any construction)."""
    return attrs.evolve(cast(Any, value), **changes)


def _factor(group: str = "learning_and_institution") -> RiskFactor:
    return RiskFactor(group=group, description="grūtības apgūt mācību saturu")


def _assessment(on: date = date(2020, 9, 7)) -> RiskAssessment:
    return RiskAssessment(assessed_on=on, factors=(_factor(),))


def _plan(
    semester: Semester = AUTUMN_2020,
    drawn_up: date | None = None,
    *,
    consultative: bool = True,
    economic: tuple[EconomicKind, ...] = (),
) -> SupportPlan:
    return SupportPlan(
        semester=semester,
        drawn_up=semester.start + timedelta(days=10) if drawn_up is None else drawn_up,
        consultative=(ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),) if consultative else (),
        economic=tuple(EconomicMeasure(kind=kind) for kind in economic),
    )


def _case(**changes: Any) -> SupportCase:
    fields: dict[str, Any] = {
        "case_id": "C-1",
        "learner": LearnerRef("L-0001"),
        "institution": INSTITUTION,
        "grade": Grade(7),
        "opened": date(2020, 9, 7),
        "assessment": _assessment(),
        "plans": (_plan(),),
    }
    fields.update(changes)
    if "opened" in changes and "assessment" not in changes:
        fields["assessment"] = _assessment(changes["opened"])
    return SupportCase(**fields)


def _project(end: date | None, *amendments: Amendment) -> EligibilityRules:
    """The default rules for a PuMPuRS-like project that ends on ``end`` (None: open) with ``amendments``."""
    project = _replace(PUMPURS_834, period=DateRange(start=date(2017, 3, 16), end=end), amendments=amendments)
    return EligibilityRules(project=project)


# ================================================================ the package's public face

PACKAGE = Path(pumpurs.__file__).parent
#: The package's modules in layer order: each may import only those before it.
LAYERS = ("parameters", "assessment", "plans", "cases", "participation", "checks", "semesters", "catalogue", "examples")


def test_p1_to_p7_the_package_indexes_every_rule_and_name_and_lists_its_names() -> None:
    doc = pumpurs.__doc__
    assert doc is not None
    for rule in ("P-1", "P-2", "P-3", "P-4", "P-5", "P-6", "P-7"):
        assert f"* {rule} " in doc
    for name in pumpurs.__all__:
        assert f"`{name}`" in doc, name
    assert dir(pumpurs) == sorted(pumpurs.__all__)
    for name in LAYERS:  # importlib: the package's names figures and indicators are the verbs, not the modules
        module = importlib.import_module(f"karjera_core.programmes.pumpurs.{name}")
        assert dir(module) == sorted(module.__all__)
    assert karjera_core.pumpurs is pumpurs
    assert karjera_core.SupportCase is SupportCase
    assert "check" not in karjera_core.__all__  # the generic verbs stay in the package


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


@pytest.mark.parametrize("module", LAYERS)
def test_the_package_imports_down_only_never_reference_and_stays_short(module: str) -> None:
    found = _imports(module)
    assert "karjera_core.reference" not in found
    siblings = {name.rsplit(".", 1)[1] for name in found if name.startswith("karjera_core.programmes.pumpurs.")}
    assert siblings <= set(LAYERS[: LAYERS.index(module)])
    assert not any(name.startswith("karjera_core.programmes.") and ".pumpurs" not in name for name in found)
    assert len((PACKAGE / f"{module}.py").read_text(encoding="utf-8").splitlines()) <= 600


def test_public_classes_live_in_public_modules() -> None:
    for name in pumpurs.__all__:
        value = getattr(pumpurs, name)
        if isinstance(value, type):
            assert not any(part.startswith("_") for part in value.__module__.split(".")), name


# ================================================================ P-1 eligibility


@pytest.mark.parametrize(
    ("level", "on", "expected"),
    [
        (Grade(5), date(2018, 1, 15), True),
        (Grade(4), date(2018, 1, 15), False),
        (Grade(12), date(2018, 1, 15), True),
        (Grade(1), date(2021, 10, 1), True),
        (VocationalCourse(4), date(2018, 1, 15), True),
        (VocationalCourse(1), date(2018, 1, 15), True),
        (Grade(5), date(2024, 3, 1), False),
        (Grade(1), date(2024, 3, 1), False),
        (VocationalCourse(4), date(2024, 3, 1), False),
    ],
)
def test_p1_eligibility_by_grade_course_and_date(level: Grade | VocationalCourse, on: date, expected: bool) -> None:
    assert eligible(level, on=on) is expected


def test_p1_grades_1_to_4_become_eligible_on_2021_09_01() -> None:
    days = (date(2021, 8, 31), date(2021, 9, 1), date(2021, 9, 2))
    assert [eligible(Grade(4), on=day) for day in days] == [False, True, True]
    assert [eligible(Grade(1), on=day) for day in days] == [False, True, True]
    assert [eligible(Grade(5), on=day) for day in days] == [True, True, True]


def test_p1_every_step_of_the_schedule_names_its_source() -> None:
    assert [(step.start, step.value.first_grade, step.value.last_grade) for step in ELIGIBILITY_SCHEDULE] == [
        (date(2016, 7, 12), 5, 12),
        (date(2021, 9, 1), 1, 12),
    ]
    assert all((step.value.first_course, step.value.last_course) == (1, 4) for step in ELIGIBILITY_SCHEDULE)
    first, second = (step.source.citation for step in ELIGIBILITY_SCHEDULE)
    assert "Nr. 460" in first
    assert "[004]" in first
    assert "2021-04-08" in second
    assert "ikvd.gov.lv" in second
    assert EligibilityRules(schedule=ELIGIBILITY_SCHEDULE, project=PUMPURS_834) == DEFAULT_ELIGIBILITY


def test_p1_project_start_bounds_eligibility() -> None:
    assert [eligible(Grade(7), on=date(2017, 3, d)) for d in (15, 16, 17)] == [False, True, True]


def test_f4_eligibility_ends_with_the_project_end_as_known_on_the_day() -> None:
    assert eligible(Grade(7), on=date(2022, 12, 31)) is True
    assert eligible(Grade(7), on=date(2023, 1, 1)) is True  # the extension was public in April 2021
    assert eligible(Grade(7), on=date(2023, 12, 31)) is True
    assert eligible(Grade(7), on=date(2024, 1, 1)) is False
    assert [eligible(Grade(7), on=date(2023, 1, 1), as_of=date(2021, 4, d)) for d in (29, 30)] == [False, True]
    assert eligible(Grade(7), on=date(2022, 12, 31), as_of=UNKNOWN) is True
    assert eligible(Grade(7), on=date(2023, 1, 1), rules=_project(date(2022, 12, 31))) is False
    late = _project(date(2022, 12, 31), Amendment(announced=date(2023, 2, 1), end=date(2023, 12, 31), source="late"))
    assert eligible(Grade(7), on=date(2023, 1, 15), rules=late) is False
    assert eligible(Grade(7), on=date(2023, 3, 1), rules=late) is True
    assert eligible(Grade(7), on=date(2023, 1, 15), as_of=date(2023, 2, 1), rules=late) is True


def test_p1_a_custom_schedule_is_data_and_before_its_first_step_nobody_is_eligible() -> None:
    levels = EligibleLevels(first_grade=7, last_grade=9, first_course=2, last_course=3)
    rules = EligibilityRules(
        schedule=Schedule(steps=(Step(start=date(2018, 1, 1), value=levels, source=Source(citation="a rule")),))
    )
    on = date(2019, 1, 10)
    assert [eligible(Grade(n), on=on, rules=rules) for n in (6, 7, 9, 10)] == [False, True, True, False]
    assert [eligible(VocationalCourse(n), on=on, rules=rules) for n in (1, 2, 3, 4)] == [False, True, True, False]
    assert [rules.admits(Grade(8), on=date(2017, 12, d)) for d in (30, 31)] == [False, False]
    assert rules.admits(Grade(8), on=date(2018, 1, 1)) is True
    assert eligible(Grade(8), on=date(2017, 12, 31), rules=rules) is False
    assert rules.levels_on(on=date(2018, 1, 1)) == levels
    with pytest.raises(ValidationError) as caught:
        rules.levels_on(on=date(2017, 12, 31))
    assert _problems(caught) == [
        ("$.on", "schedule.before_start", "expected a day on or after the first step of the schedule")
    ]


def test_p1_a_schedule_out_of_order_is_refused_never_sorted() -> None:
    early, late = ELIGIBILITY_SCHEDULE.steps
    with pytest.raises(ValidationError) as caught:
        Schedule(steps=(late, early))
    assert _problems(caught) == [
        ("$.steps[1].start", "schedule.order", "expected each step to start after the one before")
    ]
    data = unstructure(DEFAULT_ELIGIBILITY)
    data["schedule"]["steps"].reverse()
    with pytest.raises(ValidationError) as caught:
        structure(data, EligibilityRules)
    assert _problems(caught) == [
        ("$.schedule.steps[1].start", "schedule.order", "expected each step to start after the one before")
    ]


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        (
            {"first_grade": 6, "last_grade": 5},
            [("$.last_grade", "eligible_levels.grade_order", "expected the last grade on or after the first")],
        ),
        (
            {"first_course": 3, "last_course": 2},
            [("$.last_course", "eligible_levels.course_order", "expected the last course on or after the first")],
        ),
        (
            {"first_grade": 0},
            [("$.first_grade", "integer.range", "expected a first grade: an int (not a bool) from 1 to 12")],
        ),
        (
            {"last_grade": 13},
            [("$.last_grade", "integer.range", "expected a last grade: an int (not a bool) from 1 to 12")],
        ),
        (
            {"first_grade": True, "last_course": 5},
            [
                ("$.first_grade", "integer.type", "expected a first grade: an int (not a bool) from 1 to 12"),
                (
                    "$.last_course",
                    "integer.range",
                    "expected a last vocational course: an int (not a bool) from 1 to 4",
                ),
            ],
        ),
        (
            {"last_grade": "12", "first_course": 4, "last_course": 1},
            [
                ("$.last_grade", "integer.type", "expected a last grade: an int (not a bool) from 1 to 12"),
                ("$.last_course", "eligible_levels.course_order", "expected the last course on or after the first"),
            ],
        ),
    ],
)
def test_p1_eligible_levels_refuse_bad_ranges(changes: dict[str, Any], problems: list[tuple[str, str, str]]) -> None:
    fields: dict[str, Any] = {"first_grade": 5, "last_grade": 12}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        EligibleLevels(**fields)
    assert _problems(caught) == problems


def test_p1_eligibility_rules_refuse_bad_parameters() -> None:
    with pytest.raises(ValidationError) as caught:
        EligibilityRules(schedule=_any(ELIGIBILITY_SCHEDULE.steps), project=_any("PUMPURS_834"))
    assert _problems(caught) == [
        ("$.schedule", "record.type", "expected a Schedule[EligibleLevels]"),
        ("$.project", "record.type", "expected a Project"),
    ]
    other = Schedule(steps=(Step(start=date(2020, 1, 1), value=Source(citation="x"), source=Source(citation="x")),))
    with pytest.raises(ValidationError) as caught:
        EligibilityRules(schedule=_any(other))
    assert _problems(caught) == [("$.schedule", "record.type", "expected a Schedule[EligibleLevels]")]


LEVEL = ("$.level", "record.type", "expected a Grade or a VocationalCourse")
ON = ("$.on", "date.type", DAY)


@pytest.mark.parametrize(
    ("call", "problems"),
    [
        (
            lambda: eligible(_any(5), on=_any(datetime(2020, 1, 1)), as_of=_any("x"), rules=_any("default")),
            [LEVEL, ON, ("$.as_of", "date.type", DAY), ("$.rules", "record.type", "expected an EligibilityRules")],
        ),
        (lambda: eligible(Grade(5), on=_any(None)), [ON]),
        (lambda: ELIGIBILITY_SCHEDULE.steps[0].value.admits(_any(5)), [LEVEL]),
        (lambda: DEFAULT_ELIGIBILITY.levels_on(on=_any("2020-01-01")), [ON]),
        (
            lambda: DEFAULT_ELIGIBILITY.admits(_any(Grade), on=_any(date(1800, 1, 1))),
            [LEVEL, ("$.on", "date.range", DAY)],
        ),
        (
            lambda: DEFAULT_ELIGIBILITY.project_active(on=_any(None), as_of=_any(1)),
            [ON, ("$.as_of", "date.type", DAY)],
        ),
    ],
)
def test_p1_every_eligibility_function_refuses_bad_arguments_with_their_paths(
    call: Callable[[], object], problems: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert _problems(caught) == problems


@given(on=st.dates(min_value=date(2015, 1, 1), max_value=date(2025, 12, 31)), number=st.integers(1, 12))
def test_p1_property_grade_eligibility_follows_the_schedule_and_the_project(on: date, number: int) -> None:
    lowest = 1 if on >= date(2021, 9, 1) else 5
    end = PUMPURS_834.end_on(as_of=on)
    assert end is not None
    expected = number >= lowest and date(2017, 3, 16) <= on <= end
    assert eligible(Grade(number), on=on) is expected


def test_p1_a_learner_not_eligible_on_opening_is_a_violation_the_day_before_the_switch() -> None:
    before = _case(grade=Grade(4), opened=date(2021, 8, 31), plans=())
    assert _found(check_eligibility([before])) == [("$.cases[0].grade", "case.not_eligible", "P-1", NOT_ELIGIBLE)]
    on = _case(grade=Grade(4), opened=date(2021, 9, 1), plans=())
    after = _case(grade=Grade(4), opened=date(2021, 9, 2), plans=())
    assert check_eligibility([on, after]) == ()
    course = _case(grade=None, course=VocationalCourse(2), plans=())
    rules = EligibilityRules(
        schedule=Schedule(
            steps=(
                Step(
                    start=date(2016, 7, 12),
                    value=EligibleLevels(first_grade=5, last_grade=12, first_course=3, last_course=4),
                    source=Source(citation="a rule"),
                ),
            )
        )
    )
    assert _found(check_eligibility([course], rules=rules)) == [
        ("$.cases[0].course", "case.not_eligible", "P-1", NOT_ELIGIBLE)
    ]


def test_p1_plan_eligibility_is_judged_on_the_first_open_day_of_its_semester() -> None:
    case = _case(
        grade=Grade(4), opened=date(2021, 3, 1), plans=(_plan(SPRING_2021, date(2021, 3, 2)), _plan(AUTUMN_2021))
    )
    assert _found(check_eligibility([case])) == [
        ("$.cases[0].grade", "case.not_eligible", "P-1", NOT_ELIGIBLE),
        ("$.cases[0].plans[0].semester", "plan.not_eligible", "P-1", PLAN_NOT_ELIGIBLE),
    ]
    # Opened the day before the switch: the autumn plan's first open day is the semester's first, 2021-09-01.
    opened_late = _case(grade=Grade(4), opened=date(2021, 8, 31), plans=(_plan(AUTUMN_2021),))
    assert _found(check_eligibility([opened_late])) == [("$.cases[0].grade", "case.not_eligible", "P-1", NOT_ELIGIBLE)]


def test_p1_before_the_first_step_a_case_is_not_eligible() -> None:
    rules = EligibilityRules(
        schedule=Schedule(
            steps=(
                Step(
                    start=date(2020, 9, 8),
                    value=EligibleLevels(first_grade=1, last_grade=12),
                    source=Source(citation="x"),
                ),
            )
        )
    )
    assert _found(check_eligibility([_case()], rules=rules)) == [
        ("$.cases[0].grade", "case.not_eligible", "P-1", NOT_ELIGIBLE),
        ("$.cases[0].plans[0].semester", "plan.not_eligible", "P-1", PLAN_NOT_ELIGIBLE),
    ]
    assert check_eligibility([_case(opened=date(2020, 9, 8))], rules=rules) == ()


# ================================================================ P-3 risk assessment


def test_p3_the_default_risk_groups_are_the_four_reported_groups_with_latvian_labels() -> None:
    assert [(group.code, group.label) for group in DEFAULT_RISK_GROUPS.groups] == [
        ("learning_and_institution", "mācību darba un izglītības iestādes riski"),
        ("economic", "ekonomiskie riski"),
        ("family", "ar ģimeni saistītie riski"),
        ("social_environment_and_health", "sociālās vides un veselības riski"),
    ]
    assert "pumpurs.lv" in DEFAULT_RISK_GROUPS.source.citation
    assert DEFAULT_RISK_GROUPS.label("economic") == "ekonomiskie riski"
    assert ("family" in DEFAULT_RISK_GROUPS, "housing" in DEFAULT_RISK_GROUPS, 5 in DEFAULT_RISK_GROUPS) == (
        True,
        False,
        False,
    )


def test_p3_an_assessment_lists_its_distinct_groups_in_order_of_first_appearance() -> None:
    assessment = RiskAssessment(
        assessed_on=date(2020, 9, 1),
        factors=(_factor("social_environment_and_health"), _factor("family"), _factor("social_environment_and_health")),
        assessor_role="klases audzinātājs",
        note="Pirmā rinda.\nOtrā rinda.\tAr tabulāciju.",
    )
    assert assessment.groups == ("social_environment_and_health", "family")


def test_p3_the_risk_groups_are_a_replaceable_parameter() -> None:
    housing = RiskGroupSet(
        groups=(
            RiskGroup(code="housing", label="mājokļa riski"),
            RiskGroup(code="economic", label="ekonomiskie riski"),
        ),
        source=Source(citation="a municipality's own list"),
    )
    case = _case(
        assessment=RiskAssessment(assessed_on=date(2020, 9, 7), factors=(_factor("economic"), _factor("housing")))
    )
    family = _case(case_id="C-2", assessment=RiskAssessment(assessed_on=date(2020, 9, 7), factors=(_factor("family"),)))
    assert _found(check_risk_factors([case, family])) == [
        ("$.cases[0].assessment.factors[1].group", "risk_factor.unknown_group", "P-3", UNKNOWN_GROUP)
    ]
    assert _found(check_risk_factors([case, family], risk_groups=housing)) == [
        ("$.cases[1].assessment.factors[0].group", "risk_factor.unknown_group", "P-3", UNKNOWN_GROUP)
    ]
    assert check_risk_factors([case], risk_groups=housing) == ()


def test_p3_a_risk_group_set_refuses_repeated_codes_and_unknown_look_ups() -> None:
    with pytest.raises(ValidationError) as caught:
        RiskGroupSet(
            groups=(RiskGroup(code="a", label="x"), RiskGroup(code="b", label="y"), RiskGroup(code="a", label="z")),
            source=Source(citation="x"),
        )
    assert _problems(caught) == [("$.groups[2].code", "risk_groups.repeated_code", "expected each code at most once")]
    with pytest.raises(ValidationError) as caught:
        RiskGroupSet(groups=(), source=_any(None))
    assert _problems(caught) == [
        ("$.groups", "array.size", "expected 1 to 100 items"),
        ("$.source", "record.type", "expected a Source"),
    ]
    with pytest.raises(ValidationError) as caught:
        DEFAULT_RISK_GROUPS.label("housing")
    assert _problems(caught) == [("$.code", "risk_groups.unknown_code", "expected the code of one of the groups")]
    with pytest.raises(ValidationError) as caught:
        DEFAULT_RISK_GROUPS.label(_any(5))
    assert _problems(caught) == [("$.code", "text.type", "expected a risk group code as a str")]
    with pytest.raises(ValidationError) as caught:
        RiskGroup(code="Economic", label="")
    assert _problems(caught) == [
        ("$.code", "text.format", "expected a risk group code such as 'economic'"),
        ("$.label", "text.blank", "expected a label that is not blank"),
    ]


def test_p3_a_risk_group_label_holds_at_most_200_characters() -> None:
    assert RiskGroup(code="economic", label="x" * 200).label == "x" * 200
    with pytest.raises(ValidationError) as caught:
        RiskGroup(code="economic", label="x" * 201)
    assert _problems(caught) == [("$.label", "text.too_long", "expected a label of at most 200 characters")]


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"group": "Economic"}, [("$.group", "text.format", "expected a risk group code such as 'economic'")]),
        ({"group": None}, [("$.group", "text.type", "expected a risk group code such as 'economic' as a str")]),
        ({"description": ""}, [("$.description", "text.blank", "expected a description that is not blank")]),
        (
            {"description": "x" * 201},
            [("$.description", "text.too_long", "expected a description of at most 200 characters")],
        ),
        (
            {"description": "a\x00b"},
            [
                (
                    "$.description",
                    "text.control",
                    "expected a description without control characters other than tab and line breaks",
                )
            ],
        ),
        ({"description": 5}, [("$.description", "text.type", "expected a description as a str")]),
        (
            {"group": "", "description": "  "},
            [
                ("$.group", "text.blank", "expected a risk group code such as 'economic' that is not blank"),
                ("$.group", "text.format", "expected a risk group code such as 'economic'"),
                ("$.description", "text.blank", "expected a description that is not blank"),
            ],
        ),
    ],
)
def test_p3_risk_factor_refuses_bad_fields(changes: dict[str, Any], problems: list[tuple[str, str, str]]) -> None:
    fields: dict[str, Any] = {"group": "economic", "description": "trūkst līdzekļu"}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        RiskFactor(**fields)
    assert not isinstance(caught.value, PersonalDataRejected)
    assert _problems(caught) == problems


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"assessed_on": datetime(2020, 9, 1)}, [("$.assessed_on", "date.type", DAY)]),
        ({"factors": [_factor()]}, [("$.factors", "array.type", "expected a tuple of items, each a RiskFactor")]),
        ({"factors": (_factor(), "family")}, [("$.factors[1]", "record.type", "expected a RiskFactor")]),
        ({"factors": ()}, [("$.factors", "array.size", "expected 1 to 50 items")]),
        ({"factors": (_factor(),) * 51}, [("$.factors", "array.size", "expected 1 to 50 items")]),
        ({"assessor_role": ""}, [("$.assessor_role", "text.blank", "expected an assessor's role that is not blank")]),
        ({"note": "x" * 2001}, [("$.note", "text.too_long", "expected a note of at most 2000 characters")]),
    ],
)
def test_p3_risk_assessment_refuses_bad_fields(changes: dict[str, Any], problems: list[tuple[str, str, str]]) -> None:
    fields: dict[str, Any] = {"assessed_on": date(2020, 9, 1), "factors": (_factor(),)}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        RiskAssessment(**fields)
    assert _problems(caught) == problems


# ================================================================ P-4 plans and measures


def test_p4_kinds_carry_latvian_labels() -> None:
    assert ConsultativeKind.SPEECH_THERAPIST.label == "logopēds"
    assert EconomicKind.MEAL_COMPENSATION.label == "ēdināšanas kompensācija"
    assert PersonalItem.CLOTHING.label == "apģērbs"
    assert CaseOutcome.LEFT_EDUCATION.label == "pārtrauca mācības"
    assert all(kind.label for kind in (*ConsultativeKind, *EconomicKind, *PersonalItem, *CaseOutcome))
    assert (len(ConsultativeKind), len(EconomicKind), len(PersonalItem), len(CaseOutcome)) == (9, 5, 3, 6)


def test_p4_a_plan_answers_what_support_it_gives() -> None:
    plan = SupportPlan(
        semester=AUTUMN_2020,
        drawn_up=date(2020, 8, 28),  # drawn up before the semester starts: allowed
        consultative=(ConsultativeMeasure(kind=ConsultativeKind.SUBJECT_TEACHER, subject="matemātika"),),
        economic=(
            EconomicMeasure(kind=EconomicKind.PERSONAL_ITEMS, amount=Money("45.00"), items=(PersonalItem.CLOTHING,)),
        ),
    )
    assert (plan.has_consultative, plan.has(EconomicKind.PERSONAL_ITEMS)) == (True, True)
    assert plan.has(EconomicKind.MEAL_COMPENSATION) is False
    assert _plan(consultative=False, economic=(EconomicKind.PUBLIC_TRANSPORT,)).has_consultative is False
    with pytest.raises(ValidationError) as caught:
        plan.has(_any("meal_compensation"))
    assert _problems(caught) == [("$.kind", "enum.type", "expected an EconomicKind")]


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"kind": "psychologist"}, [("$.kind", "enum.type", "expected a ConsultativeKind")]),
        (
            {"kind": ConsultativeKind.PSYCHOLOGIST, "subject": "matemātika"},
            [("$.subject", "consultative.subject_kind", "expected a subject only for a subject teacher")],
        ),
        ({"subject": ""}, [("$.subject", "text.blank", "expected a subject that is not blank")]),
        ({"subject": " fizika"}, [("$.subject", "text.whitespace", "expected a subject without spaces at either end")]),
        (
            {"kind": ConsultativeKind.PSYCHOLOGIST, "subject": 3},
            [("$.subject", "text.type", "expected a subject as a str")],
        ),
        (
            {"note": "\x07"},
            [("$.note", "text.control", "expected a note without control characters other than tab and line breaks")],
        ),
    ],
)
def test_p4_consultative_measure_refuses_bad_fields(
    changes: dict[str, Any], problems: list[tuple[str, str, str]]
) -> None:
    fields: dict[str, Any] = {"kind": ConsultativeKind.SUBJECT_TEACHER}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        ConsultativeMeasure(**fields)
    assert _problems(caught) == problems


AMOUNT = ("$.amount", "economic.amount", "expected an amount above zero euros")


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"kind": "meal_compensation"}, [("$.kind", "enum.type", "expected an EconomicKind")]),
        ({"amount": Money("0.00")}, [AMOUNT]),
        ({"amount": Money("-1.00")}, [AMOUNT]),
        ({"amount": "12.00"}, [("$.amount", "record.type", "expected a Money")]),
        (
            {"kind": EconomicKind.MEAL_COMPENSATION},
            [("$.items", "economic.items_kind", "expected items only for individual-use items")],
        ),
        (
            {"items": (PersonalItem.CLOTHING, PersonalItem.FOOTWEAR, PersonalItem.CLOTHING)},
            [("$.items[2]", "economic.items_repeated", "expected each item at most once")],
        ),
        (
            {"items": [PersonalItem.CLOTHING]},
            [("$.items", "array.type", "expected a tuple of items, each a PersonalItem")],
        ),
        ({"items": ("clothing",)}, [("$.items[0]", "enum.type", "expected a PersonalItem")]),
        ({"note": ""}, [("$.note", "text.blank", "expected a note that is not blank")]),
    ],
)
def test_p4_economic_measure_refuses_bad_fields(changes: dict[str, Any], problems: list[tuple[str, str, str]]) -> None:
    fields: dict[str, Any] = {"kind": EconomicKind.PERSONAL_ITEMS, "items": (PersonalItem.FOOTWEAR,)}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        EconomicMeasure(**fields)
    assert _problems(caught) == problems


AFTER_SEMESTER = ("$.drawn_up", "plan.drawn_up_after_semester", "expected the plan drawn up by its semester's end")


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"semester": "2020./2021. I"}, [("$.semester", "record.type", "expected a Semester")]),
        ({"drawn_up": "2020-09-15"}, [("$.drawn_up", "date.type", DAY)]),
        ({"semester": None, "drawn_up": date(2030, 1, 1)}, [("$.semester", "record.type", "expected a Semester")]),
        (
            {"consultative": [ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST)]},
            [("$.consultative", "array.type", "expected a tuple of items, each a ConsultativeMeasure")],
        ),
        (
            {"economic": (ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),)},
            [("$.economic[0]", "record.type", "expected an EconomicMeasure")],
        ),
        (
            {"consultative": (), "economic": ()},
            [("$", "plan.empty", "expected at least one consultative or economic measure (P-4)")],
        ),
        ({"note": " "}, [("$.note", "text.blank", "expected a note that is not blank")]),
    ],
)
def test_p4_plan_refuses_bad_fields(changes: dict[str, Any], problems: list[tuple[str, str, str]]) -> None:
    fields: dict[str, Any] = {
        "semester": AUTUMN_2020,
        "drawn_up": date(2020, 9, 15),
        "consultative": (ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),),
    }
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        SupportPlan(**fields)
    assert _problems(caught) == problems


def test_p4_a_plan_holds_at_most_20_economic_measures() -> None:
    meals = (EconomicMeasure(kind=EconomicKind.MEAL_COMPENSATION),) * 21
    assert len(SupportPlan(semester=AUTUMN_2020, drawn_up=date(2020, 9, 15), economic=meals[:20]).economic) == 20
    with pytest.raises(ValidationError) as caught:
        SupportPlan(semester=AUTUMN_2020, drawn_up=date(2020, 9, 15), economic=meals)
    assert _problems(caught) == [("$.economic", "array.size", "expected at most 20 items")]


def test_p4_a_plan_is_drawn_up_by_its_semesters_last_day_never_after() -> None:
    assert _plan(AUTUMN_2020, date(2020, 12, 30)).drawn_up == date(2020, 12, 30)
    assert _plan(AUTUMN_2020, date(2020, 12, 31)).drawn_up == date(2020, 12, 31)
    with pytest.raises(ValidationError) as caught:
        _plan(AUTUMN_2020, date(2021, 1, 1))
    assert _problems(caught) == [AFTER_SEMESTER]


def _late(opened: date, *days: date) -> list[list[tuple[str, str, str, str]]]:
    """The P-4 violations of a case opened on ``opened`` with one autumn 2020 plan drawn up on each of ``days``."""
    return [_found(check_plans([_case(opened=opened, plans=(_plan(AUTUMN_2020, day),))])) for day in days]


LATE_0 = [("$.cases[0].plans[0].drawn_up", "plan.late", "P-4", LATE)]


def test_p4_a_plan_drawn_up_more_than_30_days_after_the_semesters_start_is_late() -> None:
    # Opened before the semester: the limit is 30 days after 2020-09-01, 2020-10-01.
    assert _late(date(2020, 8, 20), date(2020, 9, 30), date(2020, 10, 1), date(2020, 10, 2)) == [[], [], LATE_0]
    assert _late(date(2020, 8, 20), date(2020, 8, 25)) == [[]]  # before the semester starts: never late


def test_p4_a_plan_of_a_case_opened_mid_semester_may_be_drawn_up_30_days_after_the_opening() -> None:
    # Opened on 2020-11-02: the limit is 2020-12-02.
    assert _late(date(2020, 11, 2), date(2020, 12, 1), date(2020, 12, 2), date(2020, 12, 3)) == [[], [], LATE_0]


def test_p4_the_allowed_lateness_is_a_parameter_with_its_source() -> None:
    assert PlanTiming(lateness_days=30) == DEFAULT_PLAN_TIMING
    assert "semestra sākumā" in DEFAULT_PLAN_TIMING.source.citation
    strict = PlanTiming(lateness_days=0, source=Source(citation="on the first day"))
    on_time = _case(opened=date(2020, 8, 20), plans=(_plan(AUTUMN_2020, date(2020, 9, 1)),))
    a_day_late = _case(opened=date(2020, 8, 20), plans=(_plan(AUTUMN_2020, date(2020, 9, 2)),))
    assert check_plans([on_time], plan_timing=strict) == ()
    assert _found(check_plans([a_day_late], plan_timing=strict)) == [
        (
            "$.cases[0].plans[0].drawn_up",
            "plan.late",
            "P-4",
            "expected the plan drawn up within 0 days of the later of its semester's start and the case's opening",
        )
    ]
    with pytest.raises(ValidationError) as caught:
        PlanTiming(lateness_days=-1, source=_any("x"))
    assert _problems(caught) == [
        ("$.lateness_days", "integer.range", "expected a number of days: an int (not a bool) from 0 to 365"),
        ("$.source", "record.type", "expected a Source"),
    ]


def test_p4_two_plans_for_one_semester_are_both_reported() -> None:
    case = _case(plans=(_plan(), _plan(AUTUMN_2020, date(2020, 10, 1)), _plan(SPRING_2021)))
    assert _found(check_plans([case])) == [
        ("$.cases[0].plans[0].semester", "plan.duplicate_semester", "P-4", DUPLICATE_SEMESTER),
        ("$.cases[0].plans[1].semester", "plan.duplicate_semester", "P-4", DUPLICATE_SEMESTER),
    ]


# ================================================================ P-5 cases


def test_p5_a_case_has_a_level_and_an_open_period() -> None:
    case = _case()
    assert case.level == Grade(7)
    assert case.period == DateRange(start=date(2020, 9, 7))
    assert _case(grade=None, course=VocationalCourse(2)).level == VocationalCourse(2)


def test_p5_changing_a_case_makes_a_new_object() -> None:
    case = _case(plans=())
    with_plan = case.with_plan(_plan())
    assert case.plans == ()
    assert with_plan.plans == (_plan(),)
    closed = with_plan.close(on=date(2020, 12, 22), outcome=CaseOutcome.CONTINUES_EDUCATION)
    assert (with_plan.closed, with_plan.outcome) == (None, None)
    assert (closed.plans, closed.assessment, closed.opened) == (with_plan.plans, with_plan.assessment, with_plan.opened)
    assert closed.period == DateRange(start=date(2020, 9, 7), end=date(2020, 12, 22))
    assert closed.outcome is CaseOutcome.CONTINUES_EDUCATION


def test_p5_a_closed_case_cannot_be_closed_again() -> None:
    closed = _case().close(on=date(2020, 12, 22), outcome=CaseOutcome.RISK_REDUCED)
    with pytest.raises(ValidationError) as caught:
        closed.close(on=date(2021, 1, 5), outcome=CaseOutcome.LEFT_EDUCATION)
    assert _problems(caught) == [
        ("$", "case.already_closed", "expected an open case: a closed case cannot be closed again (P-5)")
    ]


CLOSED_BEFORE = ("$.closed", "case.closed_before_opening", "expected the closing day on or after the opening day")


def test_p5_a_case_closes_on_or_after_its_opening_day() -> None:
    with pytest.raises(ValidationError) as caught:
        _case().close(on=date(2020, 9, 6), outcome=CaseOutcome.RISK_REDUCED)
    assert _problems(caught) == [CLOSED_BEFORE]
    assert _case().close(on=date(2020, 9, 7), outcome=CaseOutcome.RISK_REDUCED).closed == date(2020, 9, 7)
    assert _case().close(on=date(2020, 9, 8), outcome=CaseOutcome.RISK_REDUCED).closed == date(2020, 9, 8)


def test_p5_changing_a_case_refuses_bad_arguments_with_their_paths() -> None:
    with pytest.raises(ValidationError) as caught:
        _case().close(on=_any("2020-12-22"), outcome=_any("risk_reduced"))
    assert _problems(caught) == [("$.on", "date.type", DAY), ("$.outcome", "enum.type", "expected a CaseOutcome")]
    with pytest.raises(ValidationError) as caught:
        _case().with_plan(_any("plan"))
    assert _problems(caught) == [("$.plan", "record.type", "expected a SupportPlan")]


def test_p5_the_assessment_is_on_or_before_the_opening_day() -> None:
    assert _case(assessment=_assessment(date(2020, 9, 6))).opened == date(2020, 9, 7)
    assert _case(assessment=_assessment(date(2020, 9, 7))).opened == date(2020, 9, 7)
    with pytest.raises(ValidationError) as caught:
        _case(assessment=_assessment(date(2020, 9, 8)))
    assert _problems(caught) == [
        (
            "$.assessment.assessed_on",
            "case.assessed_after_opening",
            "expected the assessment on or before the opening day (P-5)",
        )
    ]


REGISTRATION = "expected an institution's registration number (10 digits, O-3)"
LEVEL_ONE = ("$.grade", "case.level", "expected exactly one of grade and course (O-5)")
OUTCOME = ("$.outcome", "case.outcome_without_closing", "expected an outcome exactly when the case is closed (P-5)")


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"case_id": ""}, [("$.case_id", "text.blank", "expected a case id that is not blank")]),
        ({"case_id": "C 1 "}, [("$.case_id", "text.whitespace", "expected a case id without spaces at either end")]),
        ({"case_id": 1}, [("$.case_id", "text.type", "expected a case id as a str")]),
        ({"learner": "L-0001"}, [("$.learner", "record.type", "expected a LearnerRef")]),
        ({"institution": "900000001"}, [("$.institution", "text.format", REGISTRATION)]),
        ({"institution": "\u0669" * 10}, [("$.institution", "text.format", REGISTRATION)]),
        ({"institution": 9000000001}, [("$.institution", "text.type", f"{REGISTRATION} as a str")]),
        ({"grade": None}, [LEVEL_ONE]),
        ({"course": VocationalCourse(1)}, [LEVEL_ONE]),
        ({"grade": 7}, [("$.grade", "record.type", "expected a Grade")]),
        ({"grade": None, "course": 2}, [("$.course", "record.type", "expected a VocationalCourse")]),
        ({"opened": datetime(2020, 9, 7), "assessment": _assessment()}, [("$.opened", "date.type", DAY)]),
        ({"assessment": None}, [("$.assessment", "record.type", "expected a RiskAssessment")]),
        ({"plans": [_plan()]}, [("$.plans", "array.type", "expected a tuple of items, each a SupportPlan")]),
        ({"plans": (_plan(), None)}, [("$.plans[1]", "record.type", "expected a SupportPlan")]),
        ({"plans": (_plan(),) * 101}, [("$.plans", "array.size", "expected at most 100 items")]),
        ({"closed": date(2020, 9, 6), "outcome": CaseOutcome.RISK_REDUCED}, [CLOSED_BEFORE]),
        ({"closed": "2020-12-22", "outcome": CaseOutcome.RISK_REDUCED}, [("$.closed", "date.type", DAY)]),
        ({"closed": date(2020, 12, 22)}, [OUTCOME]),
        ({"outcome": CaseOutcome.RISK_REDUCED}, [OUTCOME]),
        (
            {"closed": date(2020, 12, 22), "outcome": "risk_reduced"},
            [("$.outcome", "enum.type", "expected a CaseOutcome")],
        ),
        (
            {
                "opened": None,
                "assessment": _assessment(),
                "closed": date(2020, 12, 22),
                "outcome": CaseOutcome.MOVED_ELSEWHERE,
            },
            [("$.opened", "date.type", DAY)],
        ),
    ],
)
def test_p5_case_constructor_refuses_bad_fields(changes: dict[str, Any], problems: list[tuple[str, str, str]]) -> None:
    with pytest.raises(ValidationError) as caught:
        _case(**changes)
    assert not isinstance(caught.value, PersonalDataRejected)
    assert _problems(caught) == problems


def test_p5_case_constructor_reports_every_problem_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        SupportCase(
            case_id="",
            learner=_any(None),
            institution="x",
            grade=None,
            opened=_any(None),
            assessment=_any(None),
            plans=_any(None),
            outcome=CaseOutcome.MOVED_ELSEWHERE,
        )
    assert _problems(caught) == [
        ("$.case_id", "text.blank", "expected a case id that is not blank"),
        ("$.learner", "record.type", "expected a LearnerRef"),
        ("$.institution", "text.format", REGISTRATION),
        ("$.opened", "date.type", DAY),
        ("$.assessment", "record.type", "expected a RiskAssessment"),
        ("$.plans", "array.type", "expected a tuple of items, each a SupportPlan"),
        LEVEL_ONE,
        OUTCOME,
    ]


def test_p5_a_compliant_case_has_no_violations() -> None:
    assert check_cases([_case()], as_of=KNOWN) == ()
    assert check_cases([_case()], as_of=KNOWN, rules=DEFAULT_ELIGIBILITY) == ()
    assert check(cases=[_case()], as_of=KNOWN) == ()


OUTSIDE_0 = [("$.cases[0].opened", "case.outside_project", "P-5", OUTSIDE)]


def _outside(opened: date, as_of: date) -> list[tuple[str, str, str, str]]:
    return _found(check_cases([_case(opened=opened, plans=())], as_of=as_of))


def test_p5_a_case_opened_before_the_project_started_is_a_violation() -> None:
    assert [_outside(date(2017, 3, d), KNOWN) for d in (15, 16, 17)] == [OUTSIDE_0, [], []]


def test_f4_p5_a_case_opened_after_the_project_end_as_known_on_the_as_of_day_is_a_violation() -> None:
    assert [_outside(date(2022, 12, 30 + d), UNKNOWN) for d in (0, 1)] == [[], []]
    assert _outside(date(2023, 1, 1), UNKNOWN) == OUTSIDE_0
    assert [_outside(date(2023, 1, 1), date(2021, 4, d)) for d in (29, 30)] == [OUTSIDE_0, []]
    assert [_outside(day, KNOWN) for day in (date(2023, 12, 30), date(2023, 12, 31), date(2024, 1, 1))] == [
        [],
        [],
        OUTSIDE_0,
    ]


def test_p5_a_plan_drawn_up_before_the_case_opened_is_a_violation() -> None:
    def found(day: date) -> list[tuple[str, str, str, str]]:
        return _found(check_cases([_case(opened=date(2020, 9, 7), plans=(_plan(AUTUMN_2020, day),))], as_of=KNOWN))

    assert [found(date(2020, 9, d)) for d in (6, 7, 8)] == [
        [("$.cases[0].plans[0].drawn_up", "plan.before_opening", "P-5", BEFORE_OPENING)],
        [],
        [],
    ]
    earlier = _case(plans=(_plan(SPRING_2020),))
    assert _found(check_cases([earlier], as_of=KNOWN)) == [
        ("$.cases[0].plans[0].drawn_up", "plan.before_opening", "P-5", BEFORE_OPENING)
    ]


def test_p5_a_plan_drawn_up_after_the_case_closed_is_a_violation_and_closing_keeps_it() -> None:
    def found(day: date) -> list[tuple[str, str, str, str]]:
        case = _case(plans=(_plan(AUTUMN_2020, day),)).close(on=date(2020, 10, 15), outcome=CaseOutcome.MOVED_ELSEWHERE)
        assert len(case.plans) == 1
        return _found(check_cases([case], as_of=KNOWN))

    assert [found(date(2020, 10, d)) for d in (14, 15, 16)] == [
        [],
        [],
        [("$.cases[0].plans[0].drawn_up", "plan.after_close", "P-5", DRAWN_AFTER_CLOSE)],
    ]


def test_p5_a_plan_for_a_semester_starting_after_the_case_closed_is_a_violation() -> None:
    def found(closed: date) -> list[tuple[str, str, str, str]]:
        case = _case(plans=(_plan(SPRING_2021, date(2020, 12, 20)),)).close(on=closed, outcome=CaseOutcome.RISK_REDUCED)
        return _found(check_cases([case], as_of=KNOWN))

    assert [found(day) for day in (date(2020, 12, 31), date(2021, 1, 1), date(2021, 1, 2))] == [
        [("$.cases[0].plans[0].semester", "plan.after_close", "P-5", SEMESTER_AFTER_CLOSE)],
        [],
        [],
    ]


def test_f4_support_after_the_project_end_as_known_on_the_as_of_day_is_a_violation() -> None:
    case = _case(plans=(_plan(SPRING_2023, date(2023, 1, 10)),))
    assert _found(check_cases([case], as_of=UNKNOWN)) == [
        ("$.cases[0].plans[0].semester", "plan.after_project_end", "P-5", _after_end("2022-12-31"))
    ]
    assert [check_cases([case], as_of=date(2021, 4, d)) == () for d in (29, 30)] == [False, True]
    after_all = _case(plans=(_plan(SPRING_2024),))
    assert _found(check_cases([after_all], as_of=KNOWN)) == [
        ("$.cases[0].plans[0].semester", "plan.after_project_end", "P-5", _after_end("2023-12-31"))
    ]


def test_p5_a_plans_semester_may_start_on_the_project_end_but_not_after_it() -> None:
    case = _case(plans=(_plan(SPRING_2023, date(2023, 1, 1)),))
    ends = (date(2022, 12, 31), date(2023, 1, 1), date(2023, 1, 2))
    assert [_found(check_cases([case], as_of=KNOWN, rules=_project(end))) for end in ends] == [
        [("$.cases[0].plans[0].semester", "plan.after_project_end", "P-5", _after_end("2022-12-31"))],
        [],
        [],
    ]


def test_p5_a_plan_drawn_up_after_the_project_end_is_a_violation() -> None:
    rules = _project(date(2023, 10, 15))

    def found(day: date) -> list[tuple[str, str, str, str]]:
        case = _case(opened=date(2023, 9, 4), plans=(_plan(AUTUMN_2023, day),))
        return _found(check_cases([case], as_of=KNOWN, rules=rules))

    assert [found(date(2023, 10, d)) for d in (14, 15, 16)] == [
        [],
        [],
        [("$.cases[0].plans[0].drawn_up", "plan.after_project_end", "P-5", _drawn_after_end("2023-10-15"))],
    ]


def test_f4_a_project_without_an_end_never_ends_support() -> None:
    assert check_cases([_case(plans=(_plan(SPRING_2024),))], as_of=KNOWN, rules=_project(None)) == ()


def test_p5_cases_sharing_an_id_are_each_reported() -> None:
    first = _case(case_id="C-3", learner=LearnerRef("L-3"))
    other = _case(case_id="C-2")
    second = _case(case_id="C-3", learner=LearnerRef("L-4"))
    assert _found(check_cases([first, other, second], as_of=KNOWN)) == [
        ("$.cases[0].case_id", "case.duplicate_id", "P-5", DUPLICATE_ID),
        ("$.cases[2].case_id", "case.duplicate_id", "P-5", DUPLICATE_ID),
    ]
    assert check_cases([], as_of=KNOWN) == ()
    assert check_cases(iter([_case()]), as_of=KNOWN) == ()


# ================================================================ every check at once


def _messy() -> tuple[list[SupportCase], list[ParticipatingInstitution]]:
    """Cases and participation that break every rule of P-1 ... P-5 at least once."""
    cases = [_case(case_id=f"C-{n}", learner=LearnerRef(f"L-{n}")) for n in range(12)]
    cases[2] = _case(case_id="C-2", grade=Grade(4), plans=())  # P-1 not eligible on opening
    cases[3] = _case(case_id="C-3", plans=(_plan(), _plan(AUTUMN_2020, date(2020, 10, 20))))  # P-4 twice, one late
    cases[5] = _case(case_id="C-5", institution="9000000099")  # P-2 not participating
    cases[7] = _case(
        case_id="C-7", assessment=RiskAssessment(assessed_on=date(2020, 9, 7), factors=(_factor("housing"),))
    )  # P-3
    cases[10] = _case(case_id="C-1", opened=date(2024, 1, 2), plans=())  # P-5 outside, and a repeated id
    entry = ParticipatingInstitution(
        institution=INSTITUTION, coordinator="koord-1", period=DateRange(start=date(2017, 9, 1), end=date(2023, 12, 31))
    )
    overlapping = _replace(entry, coordinator="koord-2", period=DateRange(start=date(2020, 1, 1)))
    return cases, [entry, overlapping]


def test_p1_to_p5_check_reports_every_rule_in_one_sorted_list() -> None:
    cases, participation = _messy()
    assert _found(check(cases=cases, participation=participation, as_of=KNOWN)) == [
        ("$.cases[1].case_id", "case.duplicate_id", "P-5", DUPLICATE_ID),
        ("$.cases[2].grade", "case.not_eligible", "P-1", NOT_ELIGIBLE),
        ("$.cases[3].plans[0].semester", "plan.duplicate_semester", "P-4", DUPLICATE_SEMESTER),
        ("$.cases[3].plans[1].drawn_up", "plan.late", "P-4", LATE),
        ("$.cases[3].plans[1].semester", "plan.duplicate_semester", "P-4", DUPLICATE_SEMESTER),
        (
            "$.cases[5].plans[0].drawn_up",
            "plan.institution_not_participating",
            "P-2",
            "expected the case's institution taking part on the day the plan was drawn up",
        ),
        ("$.cases[7].assessment.factors[0].group", "risk_factor.unknown_group", "P-3", UNKNOWN_GROUP),
        ("$.cases[10].case_id", "case.duplicate_id", "P-5", DUPLICATE_ID),
        ("$.cases[10].opened", "case.outside_project", "P-5", OUTSIDE),
        (
            "$.participation[1].period",
            "participation.overlapping",
            "P-2",
            "expected one coordinator at a time: no two periods of an institution overlapping",
        ),
    ]
    # Without participation, P-2 is not checked; each rule's own check finds its part of the list.
    without = check(cases=cases, as_of=KNOWN)
    assert {v.rule for v in without} == {"P-1", "P-3", "P-4", "P-5"}
    each = (
        *check_eligibility(cases),
        *check_risk_factors(cases),
        *check_plans(cases),
        *check_cases(cases, as_of=KNOWN),
    )
    assert (len(without), set(without)) == (len(each), set(each))


def test_p1_to_p5_check_uses_the_parameters_it_is_given() -> None:
    cases, _ = _messy()
    housing = RiskGroupSet(groups=(RiskGroup(code="housing", label="mājokļa riski"),), source=Source(citation="x"))
    patient = PlanTiming(lateness_days=100, source=Source(citation="x"))
    found = check(cases=cases[3:8], as_of=KNOWN, risk_groups=housing, plan_timing=patient, rules=_project(None))
    assert [(v.path, v.code) for v in found] == [
        ("$.cases[0].assessment.factors[0].group", "risk_factor.unknown_group"),
        ("$.cases[0].plans[0].semester", "plan.duplicate_semester"),
        ("$.cases[0].plans[1].semester", "plan.duplicate_semester"),
        *((f"$.cases[{n}].assessment.factors[0].group", "risk_factor.unknown_group") for n in (1, 2, 3)),
    ]


@pytest.mark.parametrize(
    ("call", "problems"),
    [
        (
            lambda: check(
                cases=_any(5),
                participation=_any("x"),
                as_of=_any(None),
                rules=_any(1),
                risk_groups=_any(2),
                plan_timing=_any(3),
            ),
            [
                ("$.cases", "array.type", "expected an iterable (not text) of items, each a SupportCase"),
                (
                    "$.participation",
                    "array.type",
                    "expected an iterable (not text) of items, each a ParticipatingInstitution",
                ),
                ("$.as_of", "date.type", DAY),
                ("$.rules", "record.type", "expected an EligibilityRules"),
                ("$.risk_groups", "record.type", "expected a RiskGroupSet"),
                ("$.plan_timing", "record.type", "expected a PlanTiming"),
            ],
        ),
        (
            lambda: check(cases=[_case(), _any(None), _any("C-2")], as_of=KNOWN),
            [
                ("$.cases[1]", "record.type", "expected a SupportCase"),
                ("$.cases[2]", "record.type", "expected a SupportCase"),
            ],
        ),
        (
            lambda: check(cases=_any({"C-1": _case()}), as_of=KNOWN),
            [("$.cases", "array.type", "expected an iterable (not text) of items, each a SupportCase")],
        ),
        (
            lambda: check_eligibility(_any(5), rules=_any(3)),
            [
                ("$.cases", "array.type", "expected an iterable (not text) of items, each a SupportCase"),
                ("$.rules", "record.type", "expected an EligibilityRules"),
            ],
        ),
        (
            lambda: check_risk_factors([_any(1)], risk_groups=_any(DEFAULT_RISK_GROUPS.groups)),
            [
                ("$.cases[0]", "record.type", "expected a SupportCase"),
                ("$.risk_groups", "record.type", "expected a RiskGroupSet"),
            ],
        ),
        (
            lambda: check_plans(_any(b"cases"), plan_timing=_any(30)),
            [
                ("$.cases", "array.type", "expected an iterable (not text) of items, each a SupportCase"),
                ("$.plan_timing", "record.type", "expected a PlanTiming"),
            ],
        ),
        (
            lambda: check_cases([], as_of=_any(datetime(2021, 1, 1)), rules=_any("x")),
            [
                ("$.as_of", "date.type", DAY),
                ("$.rules", "record.type", "expected an EligibilityRules"),
            ],
        ),
    ],
)
def test_p1_to_p5_every_check_refuses_bad_arguments_with_their_paths(
    call: Callable[[], object], problems: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert _problems(caught) == problems


# ---------------------------------------------------------------- the contract: every path names an input node

MISSING = object()
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")


def _node(root: object, path: str) -> object:
    """The node ``path`` (``$.cases[3].plans[0].semester``) names in ``root``; :data:`MISSING` when none."""
    if not path.startswith("$"):
        return MISSING
    node, at = root, 1
    while at < len(path):
        step = _STEP.match(path, at)
        if step is None:
            return MISSING
        name, index = step.groups()
        if name is not None:
            if type(node) is not dict or name not in node:
                return MISSING
            node = node[name]
        else:
            if type(node) is not list or int(index) >= len(node):
                return MISSING
            node = node[int(index)]
        at = step.end()
    return node


def test_the_path_helper_finds_nodes_and_only_nodes() -> None:
    root = {"cases": [{"plans": [{"semester": {"number": 1}}]}], "x": None}
    assert _node(root, "$") is root
    assert _node(root, "$.cases[0].plans[0].semester") == {"number": 1}
    assert _node(root, "$.x") is None
    for path in (
        "$.cases[1]",
        "$.cases.plans",
        "$.nope",
        "$.cases[0].plans[0].semester.number.deeper",
        "$[0]",
        "cases",
        "$.cases[x]",
        "$['C-1']",
        "$.x[0]",
    ):
        assert _node(root, path) is MISSING, path


def _arguments(cases: Iterable[SupportCase], participation: Iterable[ParticipatingInstitution]) -> dict[str, Any]:
    return {"cases": [unstructure(c) for c in cases], "participation": [unstructure(e) for e in participation]}


def test_p1_to_p5_every_violation_path_names_a_node_of_the_arguments() -> None:
    cases, participation = _messy()
    found = check(cases=cases, participation=participation, as_of=KNOWN)
    assert len(found) == 10
    arguments = _arguments(cases, participation)
    assert [path for path in (v.path for v in found) if _node(arguments, path) is MISSING] == []


@st.composite
def _messy_inputs(draw: st.DrawFn) -> tuple[list[SupportCase], list[ParticipatingInstitution]]:
    """Valid cases and participation that may break any rule: extra plans of any semester, repeated ids,
    unknown risk groups, few institutions with periods that may overlap or miss the plans."""
    institutions = ("9000000001", "9000000002", "9000000003")
    cases = []
    for case in draw(st.lists(support_cases(), max_size=5)):
        for plan in draw(st.lists(support_plans(), max_size=2)):
            case = case.with_plan(plan)
        factors = case.assessment.factors
        if draw(st.booleans()):
            factors = (*factors, _factor("housing"))
        cases.append(
            _replace(
                case,
                case_id=draw(st.sampled_from(("C-1", "C-2", case.case_id))),
                institution=draw(st.sampled_from(institutions)),
                assessment=_replace(case.assessment, factors=factors),
            )
        )
    entries = [draw(participating_institutions(institution=draw(st.sampled_from(institutions)))) for _ in range(3)]
    return cases, entries[: draw(st.integers(0, 3))]


@settings(deadline=None)
@given(inputs=_messy_inputs(), as_of=st.dates(min_value=date(2016, 1, 1), max_value=date(2025, 1, 1)))
def test_p1_to_p5_property_every_violation_path_names_a_node_of_the_arguments(
    inputs: tuple[list[SupportCase], list[ParticipatingInstitution]], as_of: date
) -> None:
    cases, participation = inputs
    arguments = _arguments(cases, participation)
    for violation in check(cases=cases, participation=participation, as_of=as_of):
        assert _node(arguments, violation.path) is not MISSING, violation


def _natural(violation: Violation) -> tuple[str, str, str, str]:
    """Paths in natural order (``[10]`` after ``[9]``): their indices padded with zeros."""
    padded = re.sub(r"\[([0-9]+)\]", lambda index: f"[{int(index[1]):09d}]", violation.path)
    return padded, violation.code, violation.rule, violation.message


def _resolved(found: Iterable[Violation], arguments: dict[str, Any]) -> Counter[tuple[str, str, str, str]]:
    """Each violation with the input it names instead of its position, for comparing across orders."""
    return Counter((v.code, v.rule, v.message, repr(_node(arguments, v.path.split("]", 1)[0] + "]"))) for v in found)


@settings(deadline=None)
@given(data=st.data(), inputs=_messy_inputs())
def test_p1_to_p5_property_violations_do_not_depend_on_input_order(
    data: st.DataObject, inputs: tuple[list[SupportCase], list[ParticipatingInstitution]]
) -> None:
    cases, participation = inputs
    found = check(cases=cases, participation=participation, as_of=KNOWN)
    assert list(found) == sorted(found, key=_natural)
    shuffled_cases = data.draw(st.permutations(cases))
    shuffled_entries = data.draw(st.permutations(participation))
    again = check(cases=shuffled_cases, participation=shuffled_entries, as_of=KNOWN)
    assert _resolved(again, _arguments(shuffled_cases, shuffled_entries)) == _resolved(
        found, _arguments(cases, participation)
    )


# ================================================================ P-7 privacy in every free text


def _personal_data_cases() -> list[tuple[str, Callable[[], object]]]:
    text = f"Skolēns {CODE} saņēma atbalstu"
    return [
        ("$.description", lambda: RiskFactor(group="family", description=text)),
        (
            "$.assessor_role",
            lambda: RiskAssessment(assessed_on=date(2020, 9, 1), factors=(_factor(),), assessor_role=CODE),
        ),
        ("$.note", lambda: RiskAssessment(assessed_on=date(2020, 9, 1), factors=(_factor(),), note=text)),
        ("$.label", lambda: RiskGroup(code="family", label=text)),
        (
            "$.groups[0].label",
            lambda: structure(
                {"groups": [{"code": "family", "label": text}], "source": {"citation": "x"}}, RiskGroupSet
            ),
        ),
        ("$.subject", lambda: ConsultativeMeasure(kind=ConsultativeKind.SUBJECT_TEACHER, subject=text)),
        ("$.note", lambda: ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST, note=text)),
        ("$.note", lambda: EconomicMeasure(kind=EconomicKind.MEAL_COMPENSATION, note=text)),
        (
            "$.note",
            lambda: SupportPlan(
                semester=AUTUMN_2020,
                drawn_up=date(2020, 9, 15),
                economic=(EconomicMeasure(kind=EconomicKind.ACCOMMODATION),),
                note=text,
            ),
        ),
        ("$.case_id", lambda: _case(case_id=f"JN-{CODE}")),
        ("$.case_id", lambda: _case(case_id=NEW_CODE.replace("-", ""))),
        ("$.institution", lambda: _case(institution=CODE)),
        ("$.citation", lambda: PlanTiming(source=Source(citation=text))),
        (
            "$.coordinator",
            lambda: ParticipatingInstitution(
                institution=INSTITUTION, coordinator=CODE, period=DateRange(start=date(2020, 1, 1))
            ),
        ),
    ]


@pytest.mark.parametrize(("path", "build"), _personal_data_cases())
def test_p7_every_free_text_refuses_a_personal_code_wherever_it_stands(path: str, build: Callable[[], object]) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        build()
    assert (path, "privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)") in (
        _problems(caught)
    )
    _assert_not_echoed(caught.value, CODE)
    _assert_not_echoed(caught.value, "161175")
    _assert_not_echoed(caught.value, NEW_CODE.replace("-", ""))


def test_p7_a_personal_code_in_a_nested_note_is_refused_when_structured() -> None:
    data = unstructure(_case())
    data["plans"][0]["note"] = f"skolēns {CODE}"
    with pytest.raises(PersonalDataRejected) as caught:
        structure(data, SupportCase)
    assert _problems(caught) == [
        (
            "$.plans[0].note",
            "privacy.personal_code",
            "expected pseudonymous text; a Latvian personal code is refused (P-7)",
        )
    ]
    _assert_not_echoed(caught.value, CODE)


def test_p5_a_case_round_trips_through_serialization() -> None:
    case = _case(
        grade=None, course=VocationalCourse(3), plans=(_plan(economic=(EconomicKind.MEAL_COMPENSATION,)),)
    ).close(on=date(2021, 1, 20), outcome=CaseOutcome.RISK_REDUCED)
    assert structure(unstructure(case), SupportCase) == case
    assert unstructure(case)["assessment"]["factors"] == [
        {"group": "learning_and_institution", "description": "grūtības apgūt mācību saturu"}
    ]
    for value in (DEFAULT_ELIGIBILITY, DEFAULT_RISK_GROUPS, DEFAULT_PLAN_TIMING):
        assert structure(unstructure(value), type(value)) == value


# ================================================================ strategies


@settings(deadline=None)
@given(case=support_cases(), as_of=st.dates(min_value=KNOWN_FROM, max_value=date(2199, 12, 31)))
def test_p1_p3_p4_p5_property_generated_cases_comply_and_round_trip(case: SupportCase, as_of: date) -> None:
    assert check(cases=[case], as_of=as_of) == ()
    assert structure(unstructure(case), SupportCase) == case


@settings(deadline=None)
@given(case=support_cases(closed=False), days=st.integers(0, 2000), outcome=st.sampled_from(CaseOutcome))
def test_p5_property_closing_never_changes_the_past(case: SupportCase, days: int, outcome: CaseOutcome) -> None:
    closed = case.close(on=case.opened + timedelta(days=days), outcome=outcome)
    assert (closed.plans, closed.opened, closed.assessment) == (case.plans, case.opened, case.assessment)
    assert (closed.case_id, closed.learner, closed.institution, closed.level) == (
        case.case_id,
        case.learner,
        case.institution,
        case.level,
    )
    assert (case.closed, case.outcome) == (None, None)


@given(ref=learner_refs())
def test_p7_property_generated_learner_refs_are_valid_pseudonyms(ref: LearnerRef) -> None:
    assert LearnerRef(ref.value) == ref


@pytest.mark.parametrize(
    "make",
    [
        lambda: risk_factors(group="housing"),
        lambda: risk_assessments(on=_any("2020-01-01")),
        lambda: support_plans(semester=_any(2020)),
        lambda: support_cases(semester=Semester(school_year=SchoolYear(2010), number=1)),
        lambda: support_cases(institution="12345"),
        lambda: support_cases(learner=_any("L-1")),
        lambda: support_cases(closed=_any("yes")),
        lambda: semester_figures(semester=Semester(school_year=SchoolYear(2030), number=1)),
        lambda: semester_targets(semester=_any("autumn")),
        lambda: participating_institutions(institution="12"),
    ],
)
def test_strategies_refuse_bad_narrowing_arguments(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        make()


@pytest.mark.parametrize("cls", list(_pumpurs.TYPE_STRATEGIES), ids=lambda cls: cls.__name__)
@settings(deadline=None, max_examples=10)
@given(data=st.data())
def test_every_strategy_draws_valid_values_that_round_trip_and_fit_the_schema(cls: type, data: st.DataObject) -> None:
    value = data.draw(_pumpurs.TYPE_STRATEGIES[cls])
    assert type(value) is cls
    assert structure(unstructure(value), cls) == value
    jsonschema.validate(unstructure(value), json_schema(cls))
    assert data.draw(st.from_type(cls)).__class__ is cls


def test_strategies_cover_the_project_semesters() -> None:
    spring_2017 = Semester(school_year=SchoolYear(2016), number=2)
    assert (PROJECT_SEMESTERS[0], PROJECT_SEMESTERS[-1]) == (spring_2017, AUTUMN_2023)
    assert spring_2017.start <= PUMPURS_834.period.start
    assert date(2021, 4, 30) == KNOWN_FROM
    assert example_cases_jelgava_2020()[0].case_id == "JN-0001"
    assert len(example_participation_jelgava_2020()) == 12
