"""Tests of PuMPuRS: eligibility, assessments, plans, cases, checks and semester figures (rules P-1 ... P-7, F-4)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import structure, unstructure
from karjera_core.education import Grade, VocationalCourse
from karjera_core.errors import PersonalDataRejected, ValidationError, Violation
from karjera_core.money import Money
from karjera_core.privacy import LearnerRef
from karjera_core.programmes._pumpurs_example import example_cases_jelgava_2020
from karjera_core.programmes.pumpurs import (
    DEFAULT_ELIGIBILITY,
    DEFAULT_SCHEDULE,
    CaseOutcome,
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    EligibilityRules,
    EligibleLevels,
    InstitutionFigures,
    PersonalItem,
    RiskAssessment,
    RiskFactor,
    RiskGroup,
    SemesterFigures,
    SupportCase,
    SupportPlan,
    check_case,
    check_cases,
    pumpurs_eligible,
    semester_figures,
)
from karjera_core.projects import Amendment
from karjera_core.reference import PUMPURS_834
from karjera_core.strategies._pumpurs import (
    PROJECT_SEMESTERS,
    learner_refs,
    risk_assessments,
    risk_factors,
    semester_figures_values,
    support_cases,
    support_plans,
)
from karjera_core.time import DateRange, SchoolYear, Semester

CODE = "161175-19997"
NEW_CODE = "328673-00679"
INSTITUTION = "9000000001"
OTHER_INSTITUTION = "9000000002"
AUTUMN_2019 = Semester(school_year=SchoolYear(2019), number=1)
SPRING_2020 = Semester(school_year=SchoolYear(2019), number=2)
AUTUMN_2020 = Semester(school_year=SchoolYear(2020), number=1)
SPRING_2021 = Semester(school_year=SchoolYear(2020), number=2)
AUTUMN_2021 = Semester(school_year=SchoolYear(2021), number=1)
SPRING_2023 = Semester(school_year=SchoolYear(2022), number=2)
SPRING_2024 = Semester(school_year=SchoolYear(2023), number=2)


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _codes(error: ValidationError) -> list[str]:
    return [problem.code for problem in error.problems]


def _paths(error: ValidationError) -> list[str]:
    return [problem.path for problem in error.problems]


def _violations(found: tuple[Violation, ...]) -> list[tuple[str, str, str]]:
    return [(v.code, v.rule, v.path) for v in found]


def _assert_not_echoed(error: ValidationError, value: str) -> None:
    assert value not in str(error)
    assert value not in repr(error)
    assert all(value not in str(arg) for arg in error.args)
    assert all(value not in str(problem) for problem in error.problems)


def _factor(group: RiskGroup = RiskGroup.LEARNING_AND_INSTITUTION) -> RiskFactor:
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
    return SupportCase(**fields)


# ================================================================ P-1 eligibility


@pytest.mark.parametrize(
    ("level", "on", "expected"),
    [
        (Grade(5), date(2018, 1, 15), True),
        (Grade(4), date(2018, 1, 15), False),
        (Grade(12), date(2018, 1, 15), True),
        (Grade(4), date(2021, 10, 1), True),
        (Grade(1), date(2021, 10, 1), True),
        (Grade(4), date(2021, 8, 31), False),
        (Grade(4), date(2021, 9, 1), True),
        (VocationalCourse(4), date(2018, 1, 15), True),
        (VocationalCourse(1), date(2018, 1, 15), True),
        (Grade(5), date(2024, 3, 1), False),
        (Grade(1), date(2024, 3, 1), False),
        (VocationalCourse(4), date(2024, 3, 1), False),
    ],
)
def test_p1_eligibility_by_grade_course_and_date(level: Grade | VocationalCourse, on: date, expected: bool) -> None:
    assert pumpurs_eligible(level, on=on) is expected


def test_p1_project_start_bounds_eligibility() -> None:
    assert pumpurs_eligible(Grade(7), on=date(2017, 3, 15)) is False
    assert pumpurs_eligible(Grade(7), on=date(2017, 3, 16)) is True


def test_f4_eligibility_ends_with_the_project_end_as_known_on_the_day() -> None:
    assert pumpurs_eligible(Grade(7), on=date(2022, 12, 31)) is True
    assert pumpurs_eligible(Grade(7), on=date(2023, 1, 1)) is True  # the extension was public in April 2021
    assert pumpurs_eligible(Grade(7), on=date(2023, 12, 31)) is True
    assert pumpurs_eligible(Grade(7), on=date(2024, 1, 1)) is False
    unamended = EligibilityRules(project=attrs.evolve(PUMPURS_834, amendments=()))
    assert pumpurs_eligible(Grade(7), on=date(2023, 1, 1), rules=unamended) is False
    late = EligibilityRules(
        project=attrs.evolve(
            PUMPURS_834, amendments=(Amendment(announced=date(2023, 2, 1), end=date(2023, 12, 31), source="late"),)
        )
    )
    assert pumpurs_eligible(Grade(7), on=date(2023, 1, 15), rules=late) is False
    assert pumpurs_eligible(Grade(7), on=date(2023, 3, 1), rules=late) is True


def test_p1_a_custom_schedule_is_data() -> None:
    rules = EligibilityRules(
        schedule=(EligibleLevels(since=date(2018, 1, 1), first_grade=7, last_grade=9, first_course=2, last_course=3),)
    )
    on = date(2019, 1, 10)
    assert [pumpurs_eligible(Grade(n), on=on, rules=rules) for n in (6, 7, 9, 10)] == [False, True, True, False]
    assert [pumpurs_eligible(VocationalCourse(n), on=on, rules=rules) for n in (1, 2, 3, 4)] == [
        False,
        True,
        True,
        False,
    ]
    assert pumpurs_eligible(Grade(8), on=date(2017, 12, 31), rules=rules) is False  # before the first step
    assert rules.levels_on(date(2017, 12, 31)) is None


def test_p1_schedule_order_does_not_matter() -> None:
    reversed_rules = EligibilityRules(schedule=tuple(reversed(DEFAULT_SCHEDULE)))
    assert reversed_rules == DEFAULT_ELIGIBILITY
    assert reversed_rules.schedule == DEFAULT_SCHEDULE


def test_p1_eligibility_refuses_wrong_argument_types_all_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        pumpurs_eligible(_any(5), on=_any(datetime(2020, 1, 1)), rules=_any("default"))
    assert _codes(caught.value) == ["pumpurs.level", "pumpurs.on", "pumpurs.rules"]
    assert _paths(caught.value) == ["$.level", "$.on", "$.rules"]
    with pytest.raises(ValidationError):
        DEFAULT_ELIGIBILITY.levels_on(_any("2020-01-01"))
    with pytest.raises(ValidationError) as caught:
        DEFAULT_SCHEDULE[0].admits(_any(5))
    assert _codes(caught.value) == ["pumpurs.level"]


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"since": "2020-01-01"}, ["eligible_levels.since"]),
        ({"since": date(1800, 1, 1)}, ["eligible_levels.since"]),
        ({"first_grade": 6, "last_grade": 5}, ["eligible_levels.grade_range"]),
        ({"first_grade": 0}, ["eligible_levels.grade_range"]),
        ({"last_grade": 13}, ["eligible_levels.grade_range"]),
        ({"first_grade": True}, ["eligible_levels.grade_range"]),
        ({"first_course": 3, "last_course": 2}, ["eligible_levels.course_range"]),
        ({"last_course": 5}, ["eligible_levels.course_range"]),
        (
            {"since": None, "last_grade": "12", "first_course": 0},
            ["eligible_levels.since", "eligible_levels.grade_range", "eligible_levels.course_range"],
        ),
    ],
)
def test_p1_eligible_levels_refuse_bad_ranges(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {"since": date(2016, 7, 12), "first_grade": 5, "last_grade": 12}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        EligibleLevels(**fields)
    assert _codes(caught.value) == codes


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"schedule": list(DEFAULT_SCHEDULE)}, ["eligibility.schedule"]),
        ({"schedule": (DEFAULT_SCHEDULE[0], "step")}, ["eligibility.schedule"]),
        ({"schedule": ()}, ["eligibility.schedule_empty"]),
        (
            {"schedule": (DEFAULT_SCHEDULE[0], attrs.evolve(DEFAULT_SCHEDULE[1], since=DEFAULT_SCHEDULE[0].since))},
            ["eligibility.schedule_same_day"],
        ),
        ({"project": "PUMPURS_834"}, ["eligibility.project"]),
        ({"schedule": (), "project": None}, ["eligibility.schedule_empty", "eligibility.project"]),
    ],
)
def test_p1_eligibility_rules_refuse_bad_parameters(changes: dict[str, Any], codes: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        EligibilityRules(**changes)
    assert _codes(caught.value) == codes


@given(on=st.dates(min_value=date(2015, 1, 1), max_value=date(2025, 12, 31)), number=st.integers(1, 12))
def test_p1_property_grade_eligibility_follows_the_schedule_and_the_project(on: date, number: int) -> None:
    lowest = 1 if on >= date(2021, 9, 1) else 5
    end = PUMPURS_834.end_on(as_of=on)
    assert end is not None
    expected = number >= lowest and date(2017, 3, 16) <= on <= end
    assert pumpurs_eligible(Grade(number), on=on) is expected


# ================================================================ P-3 risk assessment


def test_p3_risk_groups_are_the_four_reported_groups_with_latvian_labels() -> None:
    assert [group.label for group in RiskGroup] == [
        "mācību darba un izglītības iestādes riski",
        "ekonomiskie riski",
        "ar ģimeni saistītie riski",
        "sociālās vides un veselības riski",
    ]


def test_p3_assessment_lists_its_groups_in_a_fixed_order() -> None:
    assessment = RiskAssessment(
        assessed_on=date(2020, 9, 1),
        factors=(
            _factor(RiskGroup.SOCIAL_ENVIRONMENT_AND_HEALTH),
            _factor(RiskGroup.FAMILY),
            _factor(RiskGroup.FAMILY),
        ),
        assessor_role="klases audzinātājs",
        note="Pirmā rinda.\nOtrā rinda.\tAr tabulāciju.",
    )
    assert assessment.groups == (RiskGroup.FAMILY, RiskGroup.SOCIAL_ENVIRONMENT_AND_HEALTH)


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"group": "economic"}, ["risk_factor.group"]),
        ({"description": ""}, ["risk_factor.description.blank"]),
        ({"description": "x" * 201}, ["risk_factor.description.too_long"]),
        ({"description": "a\x00b"}, ["risk_factor.description.control"]),
        ({"description": 5}, ["risk_factor.description.type"]),
        ({"group": None, "description": "  "}, ["risk_factor.group", "risk_factor.description.blank"]),
    ],
)
def test_p3_risk_factor_refuses_bad_fields(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {"group": RiskGroup.ECONOMIC, "description": "trūkst līdzekļu"}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        RiskFactor(**fields)
    assert not isinstance(caught.value, PersonalDataRejected)
    assert _codes(caught.value) == codes


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"assessed_on": datetime(2020, 9, 1)}, ["risk_assessment.assessed_on"]),
        ({"factors": [_factor()]}, ["risk_assessment.factors"]),
        ({"factors": (_factor(), "family")}, ["risk_assessment.factors"]),
        ({"factors": ()}, ["risk_assessment.no_factors"]),
        ({"assessor_role": ""}, ["risk_assessment.assessor_role.blank"]),
        ({"note": "x" * 2001}, ["risk_assessment.note.too_long"]),
    ],
)
def test_p3_risk_assessment_refuses_bad_fields(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {"assessed_on": date(2020, 9, 1), "factors": (_factor(),)}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        RiskAssessment(**fields)
    assert _codes(caught.value) == codes


# ================================================================ P-4 plans and measures


def test_p4_kinds_carry_latvian_labels() -> None:
    assert ConsultativeKind.SPEECH_THERAPIST.label == "logopēds"
    assert EconomicKind.MEAL_COMPENSATION.label == "ēdināšanas kompensācija"
    assert PersonalItem.CLOTHING.label == "apģērbs"
    assert CaseOutcome.LEFT_EDUCATION.label == "pārtrauca mācības"
    assert all(kind.label for kind in ConsultativeKind)
    assert all(kind.label for kind in EconomicKind)
    assert all(item.label for item in PersonalItem)
    assert all(outcome.label for outcome in CaseOutcome)
    assert len(ConsultativeKind) == 9
    assert len(EconomicKind) == 5


def test_p4_plan_answers_what_support_it_gives() -> None:
    plan = SupportPlan(
        semester=AUTUMN_2020,
        drawn_up=date(2020, 8, 28),  # drawn up before the semester starts: allowed
        consultative=(ConsultativeMeasure(kind=ConsultativeKind.SUBJECT_TEACHER, subject="matemātika"),),
        economic=(
            EconomicMeasure(kind=EconomicKind.PERSONAL_ITEMS, amount=Money("45.00"), items=(PersonalItem.CLOTHING,)),
        ),
    )
    assert plan.has_consultative
    assert plan.has(EconomicKind.PERSONAL_ITEMS)
    assert not plan.has(EconomicKind.MEAL_COMPENSATION)
    economic_only = _plan(consultative=False, economic=(EconomicKind.PUBLIC_TRANSPORT,))
    assert not economic_only.has_consultative


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"kind": "psychologist"}, ["consultative.kind"]),
        ({"kind": ConsultativeKind.PSYCHOLOGIST, "subject": "matemātika"}, ["consultative.subject_kind"]),
        ({"subject": ""}, ["consultative.subject.blank"]),
        (
            {"kind": ConsultativeKind.PSYCHOLOGIST, "subject": 3},
            ["consultative.subject.type", "consultative.subject_kind"],
        ),
        ({"note": "\x07"}, ["consultative.note.control"]),
    ],
)
def test_p4_consultative_measure_refuses_bad_fields(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {"kind": ConsultativeKind.SUBJECT_TEACHER}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        ConsultativeMeasure(**fields)
    assert _codes(caught.value) == codes


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"kind": "meal_compensation"}, ["economic.kind"]),
        ({"amount": Money("0.00")}, ["economic.amount"]),
        ({"amount": Money("-1.00")}, ["economic.amount"]),
        ({"amount": "12.00"}, ["economic.amount"]),
        ({"kind": EconomicKind.MEAL_COMPENSATION}, ["economic.items_kind"]),
        ({"items": (PersonalItem.CLOTHING, PersonalItem.CLOTHING)}, ["economic.items_repeated"]),
        ({"items": [PersonalItem.CLOTHING]}, ["economic.items"]),
        ({"items": ("clothing",)}, ["economic.items"]),
        ({"note": ""}, ["economic.note.blank"]),
    ],
)
def test_p4_economic_measure_refuses_bad_fields(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {"kind": EconomicKind.PERSONAL_ITEMS, "items": (PersonalItem.FOOTWEAR,)}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        EconomicMeasure(**fields)
    assert _codes(caught.value) == codes


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"semester": "2020./2021. I"}, ["plan.semester"]),
        ({"drawn_up": date(2021, 1, 1)}, ["plan.drawn_up_after_semester"]),
        ({"drawn_up": "2020-09-15"}, ["plan.drawn_up"]),
        ({"semester": None, "drawn_up": date(2030, 1, 1)}, ["plan.semester"]),
        ({"consultative": [ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST)]}, ["plan.consultative"]),
        ({"economic": (ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),)}, ["plan.economic"]),
        ({"consultative": (), "economic": ()}, ["plan.empty"]),
        ({"note": " "}, ["plan.note.blank"]),
    ],
)
def test_p4_plan_refuses_bad_fields(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {
        "semester": AUTUMN_2020,
        "drawn_up": date(2020, 9, 15),
        "consultative": (ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),),
    }
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        SupportPlan(**fields)
    assert _codes(caught.value) == codes


# ================================================================ P-5 cases


def test_p5_case_has_a_level_and_an_open_period() -> None:
    case = _case()
    assert case.level == Grade(7)
    assert case.period == DateRange(start=date(2020, 9, 7))
    vocational = _case(grade=None, course=VocationalCourse(2))
    assert vocational.level == VocationalCourse(2)


def test_p5_changing_a_case_makes_a_new_object() -> None:
    case = _case(plans=())
    with_plan = case.with_plan(_plan())
    assert case.plans == ()
    assert with_plan.plans == (_plan(),)
    closed = with_plan.close(on=date(2020, 12, 22), outcome=CaseOutcome.CONTINUES_EDUCATION)
    assert with_plan.closed is None
    assert with_plan.outcome is None
    assert closed.plans == with_plan.plans
    assert closed.assessment == with_plan.assessment
    assert closed.opened == with_plan.opened
    assert closed.period == DateRange(start=date(2020, 9, 7), end=date(2020, 12, 22))
    assert closed.outcome is CaseOutcome.CONTINUES_EDUCATION


def test_p5_a_closed_case_cannot_be_closed_again() -> None:
    closed = _case().close(on=date(2020, 12, 22), outcome=CaseOutcome.RISK_REDUCED)
    with pytest.raises(ValidationError) as caught:
        closed.close(on=date(2021, 1, 5), outcome=CaseOutcome.LEFT_EDUCATION)
    assert _codes(caught.value) == ["case.already_closed"]


def test_p5_closing_before_opening_or_with_bad_values_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        _case().close(on=date(2020, 9, 6), outcome=CaseOutcome.RISK_REDUCED)
    assert _codes(caught.value) == ["case.closed_before_opening"]
    with pytest.raises(ValidationError) as caught:
        _case().close(on=_any("2020-12-22"), outcome=_any("risk_reduced"))
    assert _codes(caught.value) == ["case.closed", "case.outcome"]


def test_p5_adding_something_other_than_a_plan_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        _case().with_plan(_any("plan"))
    assert _codes(caught.value) == ["case.plan"]


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"case_id": ""}, ["case.case_id.blank"]),
        ({"case_id": "C 1 "}, ["case.case_id.whitespace"]),
        ({"case_id": 1}, ["case.case_id.type"]),
        ({"learner": "L-0001"}, ["case.learner"]),
        ({"institution": "900000001"}, ["case.institution"]),
        ({"institution": "\u0669" * 10}, ["case.institution"]),
        ({"institution": 9000000001}, ["case.institution"]),
        ({"grade": None}, ["case.level"]),
        ({"course": VocationalCourse(1)}, ["case.level"]),
        ({"grade": 7}, ["case.grade"]),
        ({"grade": None, "course": 2}, ["case.course"]),
        ({"opened": datetime(2020, 9, 7)}, ["case.opened"]),
        ({"assessment": None}, ["case.assessment"]),
        ({"assessment": _assessment(date(2020, 9, 8))}, ["case.assessed_after_opening"]),
        ({"plans": [_plan()]}, ["case.plans"]),
        ({"plans": (_plan(), None)}, ["case.plans"]),
        ({"closed": date(2020, 9, 6), "outcome": CaseOutcome.RISK_REDUCED}, ["case.closed_before_opening"]),
        ({"closed": "2020-12-22", "outcome": CaseOutcome.RISK_REDUCED}, ["case.closed"]),
        ({"closed": date(2020, 12, 22)}, ["case.outcome_without_closing"]),
        ({"outcome": CaseOutcome.RISK_REDUCED}, ["case.outcome_without_closing"]),
        ({"closed": date(2020, 12, 22), "outcome": "risk_reduced"}, ["case.outcome"]),
        ({"opened": None, "closed": date(2020, 12, 22), "outcome": CaseOutcome.MOVED_ELSEWHERE}, ["case.opened"]),
        ({"opened": "2020-09-07", "assessment": _assessment()}, ["case.opened"]),
    ],
)
def test_p5_case_constructor_refuses_bad_fields(changes: dict[str, Any], codes: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        _case(**changes)
    assert not isinstance(caught.value, PersonalDataRejected)
    assert _codes(caught.value) == codes


def test_p5_case_constructor_reports_every_problem_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        _case(
            case_id="",
            learner=None,
            institution="x",
            grade=None,
            opened=None,
            plans=None,
            outcome=CaseOutcome.MOVED_ELSEWHERE,
        )
    assert _paths(caught.value) == [
        "$.case_id",
        "$.learner",
        "$.institution",
        "$.grade",
        "$.opened",
        "$.plans",
        "$.outcome",
    ]


# ================================================================ P-7 privacy in every free text


def _personal_data_cases() -> list[tuple[str, Any]]:
    text = f"Skolēns {CODE} saņēma atbalstu"
    return [
        ("$.description", lambda: RiskFactor(group=RiskGroup.FAMILY, description=text)),
        (
            "$.assessor_role",
            lambda: RiskAssessment(assessed_on=date(2020, 9, 1), factors=(_factor(),), assessor_role=CODE),
        ),
        ("$.note", lambda: RiskAssessment(assessed_on=date(2020, 9, 1), factors=(_factor(),), note=text)),
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
        ("$.institution", lambda: InstitutionFigures(institution=CODE, supported_learners=(LearnerRef("a"),))),
    ]


@pytest.mark.parametrize(("path", "build"), _personal_data_cases())
def test_p7_every_free_text_refuses_a_personal_code_wherever_it_stands(path: str, build: Any) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        build()
    assert path in _paths(caught.value)
    assert "privacy.personal_code" in _codes(caught.value)
    _assert_not_echoed(caught.value, CODE)
    _assert_not_echoed(caught.value, "161175")
    _assert_not_echoed(caught.value, NEW_CODE.replace("-", ""))


def test_p7_personal_code_in_a_nested_note_is_refused_when_structured() -> None:
    data = unstructure(_case())
    data["plans"][0]["note"] = f"skolēns {CODE}"
    with pytest.raises(PersonalDataRejected) as caught:
        structure(data, SupportCase)
    _assert_not_echoed(caught.value, CODE)


def test_p5_case_round_trips_through_serialization() -> None:
    case = _case(
        grade=None,
        course=VocationalCourse(3),
        plans=(_plan(economic=(EconomicKind.MEAL_COMPENSATION,)),),
    ).close(on=date(2021, 1, 20), outcome=CaseOutcome.RISK_REDUCED)
    assert structure(unstructure(case), SupportCase) == case


# ================================================================ P-1, P-4, P-5, F-4 checks


def test_p5_a_compliant_case_has_no_violations() -> None:
    assert check_case(_case()) == ()
    assert check_case(_case(), rules=DEFAULT_ELIGIBILITY) == ()


def test_p1_a_learner_not_eligible_on_opening_is_a_violation() -> None:
    case = _case(grade=Grade(4), plans=())
    assert _violations(check_case(case)) == [("case.not_eligible", "P-1", "$.opened")]


def test_p1_plan_eligibility_is_judged_on_its_semester() -> None:
    case = _case(
        grade=Grade(4),
        opened=date(2021, 3, 1),
        assessment=_assessment(date(2021, 3, 1)),
        plans=(_plan(SPRING_2021, date(2021, 3, 2)), _plan(AUTUMN_2021)),
    )
    assert _violations(check_case(case)) == [
        ("case.not_eligible", "P-1", "$.opened"),
        ("plan.not_eligible", "P-1", "$.plans[0].semester"),
    ]


@pytest.mark.parametrize("opened", [date(2017, 3, 15), date(2024, 2, 1)])
def test_p5_a_case_opened_outside_the_project_is_a_violation(opened: date) -> None:
    case = _case(opened=opened, assessment=_assessment(opened), plans=())
    assert [v.code for v in check_case(case)] == ["case.outside_project"]


def test_p5_plans_before_opening_are_violations() -> None:
    case = _case(plans=(_plan(SPRING_2020), _plan(AUTUMN_2020, date(2020, 9, 1))))
    assert _violations(check_case(case)) == [
        ("plan.before_opening", "P-5", "$.plans[0].semester"),
        ("plan.before_opening", "P-5", "$.plans[1].semester"),
    ]


def test_p5_plans_after_closing_are_violations_and_closing_keeps_them() -> None:
    case = _case(plans=(_plan(AUTUMN_2020, date(2020, 10, 20)), _plan(SPRING_2021))).close(
        on=date(2020, 10, 15), outcome=CaseOutcome.MOVED_ELSEWHERE
    )
    assert len(case.plans) == 2
    assert _violations(check_case(case)) == [
        ("plan.after_close", "P-5", "$.plans[0].semester"),
        ("plan.after_close", "P-5", "$.plans[1].semester"),
    ]


def test_f4_support_after_the_project_end_as_known_on_the_plan_date_is_a_violation() -> None:
    opened = date(2020, 9, 7)
    too_early = _plan(SPRING_2023, date(2020, 10, 1))  # end then known: 2022-12-31
    known = _plan(SPRING_2023, date(2021, 5, 1))  # the extension to 2023-12-31 was public
    assert _violations(check_case(_case(plans=(too_early,), opened=opened))) == [
        ("plan.after_project_end", "P-5", "$.plans[0].semester")
    ]
    assert check_case(_case(plans=(known,), opened=opened)) == ()
    after_all = _case(plans=(_plan(SPRING_2024),))
    assert _violations(check_case(after_all)) == [("plan.after_project_end", "P-5", "$.plans[0].semester")]


def test_f4_a_project_without_an_end_never_ends_support() -> None:
    endless = EligibilityRules(
        project=attrs.evolve(PUMPURS_834, period=DateRange(start=date(2017, 3, 16)), amendments=())
    )
    assert check_case(_case(plans=(_plan(SPRING_2024),)), rules=endless) == ()


def test_p4_two_plans_for_one_semester_are_both_reported() -> None:
    case = _case(plans=(_plan(), _plan(AUTUMN_2020, date(2020, 10, 1)), _plan(SPRING_2021)))
    assert _violations(check_case(case)) == [
        ("plan.duplicate_semester", "P-4", "$.plans[0].semester"),
        ("plan.duplicate_semester", "P-4", "$.plans[1].semester"),
    ]


def test_p5_check_case_refuses_wrong_argument_types() -> None:
    with pytest.raises(ValidationError) as caught:
        check_case(_any("case"), rules=_any(3))
    assert _codes(caught.value) == ["pumpurs.case", "pumpurs.rules"]


def test_p5_check_cases_names_each_case_by_its_id_and_reports_duplicate_ids() -> None:
    bad = _case(case_id="C-2", grade=Grade(4), plans=())
    first = _case(case_id="C-3", learner=LearnerRef("L-3"))
    second = _case(case_id="C-3", learner=LearnerRef("L-4"))
    assert _violations(check_cases([first, bad, second])) == [
        ("case.not_eligible", "P-1", "$['C-2'].opened"),
        ("case.duplicate_id", "P-5", "$['C-3'].case_id"),
        ("case.duplicate_id", "P-5", "$['C-3'].case_id"),
    ]
    assert check_cases([]) == ()
    assert check_cases(iter([_case()]), rules=DEFAULT_ELIGIBILITY) == ()


@pytest.mark.parametrize(
    ("cases", "paths"),
    [
        (5, ["$.cases"]),
        ("cases", ["$.cases"]),
        ({"C-1": None}, ["$.cases"]),
        ([None, "case"], ["$.cases[0]", "$.cases[1]"]),
    ],
)
def test_p5_check_cases_refuses_what_is_not_cases(cases: object, paths: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        check_cases(_any(cases))
    assert _paths(caught.value) == paths
    with pytest.raises(ValidationError) as caught:
        semester_figures(_any(cases), AUTUMN_2020)
    assert _paths(caught.value) == paths


# ================================================================ P-6 semester figures


def test_p6_jelgava_autumn_2020_figures_are_310_171_6_in_12_institutions() -> None:
    cases = example_cases_jelgava_2020()
    autumn = semester_figures(cases, AUTUMN_2020)
    assert (autumn.consultative, autumn.meals, autumn.items, autumn.institutions) == (310, 171, 6, 12)
    assert autumn.learners == 370
    assert check_cases(cases) == ()


def test_p6_jelgava_example_counts_other_semesters_separately() -> None:
    cases = example_cases_jelgava_2020()
    earlier = [n for n in range(1, 376) if n % 7 == 0 or n > 370]
    spring = semester_figures(cases, SPRING_2020)
    assert spring.learners == len(earlier)
    assert spring.consultative == len([n for n in earlier if n <= 310])
    assert spring.items == len([n for n in earlier if 365 <= n <= 370])
    assert semester_figures(cases, SPRING_2021).institutions == 0


def test_p6_per_institution_figures_add_up_when_each_learner_has_one_institution() -> None:
    autumn = semester_figures(example_cases_jelgava_2020(), AUTUMN_2020)
    parts = autumn.by_institution
    assert [part.institution for part in parts] == [f"90000000{n:02d}" for n in range(1, 13)]
    assert sum(part.consultative for part in parts) == 310
    assert sum(part.meals for part in parts) == 171
    assert sum(part.items for part in parts) == 6
    assert sum(part.learners for part in parts) == 370
    first = autumn.institution("9000000001")
    assert first is not None
    assert first.learners == len(range(1, 371, 12))
    assert autumn.institution("9999999999") is None


def test_p6_a_learner_supported_by_two_institutions_counts_once_in_the_total() -> None:
    learner = LearnerRef("L-0001")
    first = _case(plans=(_plan(economic=(EconomicKind.MEAL_COMPENSATION,)),))
    second = _case(case_id="C-2", institution=OTHER_INSTITUTION, learner=learner)
    figures = semester_figures([first, second], AUTUMN_2020)
    assert (figures.consultative, figures.meals, figures.learners, figures.institutions) == (1, 1, 1, 2)
    assert sum(part.consultative for part in figures.by_institution) == 2  # counts per institution do not add up
    merged = semester_figures([first], AUTUMN_2020) + semester_figures([second], AUTUMN_2020)
    assert merged == figures


def test_p6_other_economic_support_counts_as_support_but_not_in_the_three_figures() -> None:
    case = _case(plans=(_plan(consultative=False, economic=(EconomicKind.PUBLIC_TRANSPORT,)),))
    figures = semester_figures([case], AUTUMN_2020)
    assert (figures.learners, figures.consultative, figures.meals, figures.items, figures.institutions) == (
        1,
        0,
        0,
        0,
        1,
    )


def test_p6_one_learner_with_two_plans_in_a_semester_counts_once() -> None:
    case = _case(plans=(_plan(economic=(EconomicKind.MEAL_COMPENSATION,)), _plan(AUTUMN_2020, date(2020, 11, 1))))
    figures = semester_figures([case, case], AUTUMN_2020)
    assert (figures.learners, figures.consultative, figures.meals) == (1, 1, 1)


def test_i4_merging_figures_of_different_semesters_or_institutions_is_refused() -> None:
    autumn = semester_figures([_case()], AUTUMN_2020)
    with pytest.raises(ValidationError) as caught:
        autumn.merge(SemesterFigures(semester=SPRING_2021))
    assert _codes(caught.value) == ["figures.semester_mismatch"]
    with pytest.raises(ValidationError):
        autumn + _any(1)
    part = autumn.by_institution[0]
    other = InstitutionFigures(institution=OTHER_INSTITUTION, supported_learners=(LearnerRef("x"),))
    with pytest.raises(ValidationError) as caught:
        part.merge(other)
    assert _codes(caught.value) == ["figures.institution_mismatch"]
    with pytest.raises(ValidationError):
        part.merge(_any(None))


def test_i4_empty_figures_are_the_identity_of_merging() -> None:
    autumn = semester_figures(example_cases_jelgava_2020(), AUTUMN_2020)
    empty = SemesterFigures(semester=AUTUMN_2020)
    assert empty + autumn == autumn
    assert autumn + empty == autumn
    assert (empty.consultative, empty.meals, empty.items, empty.learners, empty.institutions) == (0, 0, 0, 0, 0)


A, B, C = LearnerRef("a"), LearnerRef("b"), LearnerRef("c")


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"institution": "1"}, ["figures.institution"]),
        ({"supported_learners": (B, A)}, ["figures.learners"]),
        ({"supported_learners": (A, A)}, ["figures.learners"]),
        ({"supported_learners": [A, B]}, ["figures.learners"]),
        ({"supported_learners": (B, A), "meal_learners": (C,)}, ["figures.learners"]),
        ({"supported_learners": (), "consultative_learners": ()}, ["figures.no_learners"]),
        ({"consultative_learners": (C,)}, ["figures.not_supported"]),
        ({"meal_learners": (B, A)}, ["figures.learners"]),
        ({"item_learners": ("a",)}, ["figures.learners"]),
    ],
)
def test_p6_institution_figures_refuse_inconsistent_learner_sets(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {"institution": INSTITUTION, "supported_learners": (A, B), "consultative_learners": (A,)}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        InstitutionFigures(**fields)
    assert _codes(caught.value) == codes


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"semester": "autumn"}, ["figures.semester"]),
        (
            {"by_institution": [InstitutionFigures(institution=INSTITUTION, supported_learners=(A,))]},
            ["figures.by_institution"],
        ),
        ({"by_institution": (None,)}, ["figures.by_institution"]),
        (
            {
                "by_institution": (
                    InstitutionFigures(institution=OTHER_INSTITUTION, supported_learners=(A,)),
                    InstitutionFigures(institution=INSTITUTION, supported_learners=(A,)),
                )
            },
            ["figures.institution_order"],
        ),
    ],
)
def test_p6_semester_figures_refuse_bad_fields(changes: dict[str, Any], codes: list[str]) -> None:
    fields: dict[str, Any] = {"semester": AUTUMN_2020}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        SemesterFigures(**fields)
    assert _codes(caught.value) == codes


def test_p6_semester_figures_refuse_a_semester_that_is_not_one() -> None:
    with pytest.raises(ValidationError) as caught:
        semester_figures([_case()], _any("2020./2021. I"))
    assert _codes(caught.value) == ["pumpurs.semester"]


# ================================================================ properties

_INSTITUTIONS = ("9000000001", "9000000002", "9000000003")
_LEARNERS = tuple(LearnerRef(f"L-{n:04d}") for n in range(6))


@st.composite
def _crowded_cases(draw: st.DrawFn, semester: Semester) -> SupportCase:
    """Cases of few institutions and few learners, so that both repeat."""
    return draw(
        support_cases(
            semester=semester if draw(st.booleans()) else None,
            institution=draw(st.sampled_from(_INSTITUTIONS)),
            learner=draw(st.sampled_from(_LEARNERS)),
        )
    )


@settings(deadline=None)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS))
def test_i4_p6_property_per_institution_figures_merged_equal_the_total(data: st.DataObject, semester: Semester) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=8))
    total = semester_figures(cases, semester)
    parts = [semester_figures([c for c in cases if c.institution == key], semester) for key in _INSTITUTIONS]
    merged = functools.reduce(lambda a, b: a + b, parts, SemesterFigures(semester=semester))
    assert merged == total
    for key, part in zip(_INSTITUTIONS, parts, strict=True):
        assert part.institutions <= 1
        assert total.institution(key) == part.institution(key)


@settings(deadline=None)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS))
def test_i4_p6_property_figures_of_any_split_merge_to_the_total(data: st.DataObject, semester: Semester) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=8))
    groups = data.draw(st.lists(st.integers(0, 2), min_size=len(cases), max_size=len(cases)))
    parts = [semester_figures([c for c, g in zip(cases, groups, strict=True) if g == k], semester) for k in range(3)]
    assert parts[2] + (parts[0] + parts[1]) == semester_figures(cases, semester)
    assert parts[1] + parts[0] + parts[2] == semester_figures(list(reversed(cases)), semester)


@settings(deadline=None)
@given(case=support_cases(closed=False), days=st.integers(0, 2000), outcome=st.sampled_from(CaseOutcome))
def test_p5_property_closing_never_changes_the_past(case: SupportCase, days: int, outcome: CaseOutcome) -> None:
    closed = case.close(on=case.opened + timedelta(days=days), outcome=outcome)
    assert closed.plans == case.plans
    assert closed.opened == case.opened
    assert closed.assessment == case.assessment
    assert (closed.case_id, closed.learner, closed.institution, closed.level) == (
        case.case_id,
        case.learner,
        case.institution,
        case.level,
    )
    assert case.closed is None
    assert case.outcome is None


@settings(deadline=None)
@given(case=support_cases())
def test_p5_property_generated_cases_comply_and_round_trip(case: SupportCase) -> None:
    assert check_case(case) == ()
    assert structure(unstructure(case), SupportCase) == case


@st.composite
def _messy_cases(draw: st.DrawFn) -> SupportCase:
    """Valid cases that may break the cross-field rules: extra plans of any semester, ids that may repeat."""
    case = draw(support_cases())
    for plan in draw(st.lists(support_plans(), max_size=2)):
        case = case.with_plan(plan)
    return attrs.evolve(case, case_id=draw(st.sampled_from(("C-1", "C-2", case.case_id))))


@settings(deadline=None)
@given(data=st.data())
def test_p5_property_violations_do_not_depend_on_input_order(data: st.DataObject) -> None:
    cases = data.draw(st.lists(_messy_cases(), max_size=6))
    shuffled = data.draw(st.permutations(cases))
    assert check_cases(shuffled) == check_cases(cases)
    found = check_cases(cases)
    assert list(found) == sorted(found, key=lambda v: (v.path, v.code, v.rule, v.message))


@given(ref=learner_refs())
def test_p7_property_generated_learner_refs_are_valid_pseudonyms(ref: LearnerRef) -> None:
    assert LearnerRef(ref.value) == ref


@pytest.mark.parametrize(
    "make",
    [
        lambda: risk_factors(group="economic"),  # type: ignore[arg-type]
        lambda: risk_assessments(assessed_on="2020-01-01"),  # type: ignore[arg-type]
        lambda: support_plans(semester=2020),  # type: ignore[arg-type]
        lambda: support_cases(semester=Semester(school_year=SchoolYear(2010), number=1)),
        lambda: support_cases(institution="12345"),
        lambda: support_cases(learner="L-1"),  # type: ignore[arg-type]
        lambda: support_cases(closed="yes"),  # type: ignore[arg-type]
        lambda: semester_figures_values(semester=Semester(school_year=SchoolYear(2030), number=1)),
    ],
)
def test_strategies_refuse_bad_narrowing_arguments(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        make()
