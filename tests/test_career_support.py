"""Career support, ESF 8.3.5 (rules C-1 ... C-8, C-10): parameters, people, loads, plans, obligations, checks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

from karjera_core.education import Founder, Grade, Institution, InstitutionKind, LearnerCount, Programme
from karjera_core.errors import PersonalDataRejected, ValidationError, Violation
from karjera_core.programmes import _career_examples as ex
from karjera_core.programmes._career_fields import (
    check_instance,
    decimal_ok,
    items,
    round_fraction,
    sort_violations,
    tuple_of,
)
from karjera_core.programmes.career_support import (
    CAREER_SUPPORT_PERIOD,
    DEFAULT_QUALIFICATION_RULES,
    DEFAULT_RATIO_SCHEDULE,
    MK_569_2018,
    MK_662_2014,
    Agreement,
    CareerSupportPlan,
    Consultant,
    ConsultantAssignment,
    GeneralProgrammeKind,
    LoadBounds,
    Obligation,
    ObligationEvidence,
    PilotRequirements,
    PilotSchool,
    PlanAspect,
    QualificationRecord,
    QualificationRule,
    QualificationRules,
    RatioPolicy,
    RatioSchedule,
    RatioStep,
    RoundingMode,
    TrainingRecord,
    TrainingRequirement,
    check_agreement,
    check_loads,
    check_obligations,
    check_pilot_set,
    check_plan,
    check_qualifications,
    check_required_loads,
    check_training,
    consultant_count,
    institutions_supported,
    learners_reached,
    pilot_school_count,
    qualified_on,
    required_load,
    teachers_trained,
    total_load,
)
from karjera_core.time import DateRange, SchoolYear

PERSONAL_CODE = "161175-19997"
DEC_4 = date(2017, 12, 4)  # the day [002] was published
YEAR_2017 = SchoolYear(2017).period


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in error.value.problems]


def _paths(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.path for p in error.value.problems]


def _v_codes(violations: tuple[Violation, ...]) -> list[str]:
    return [v.code for v in violations]


def _assignment(
    consultant: str = "c-1",
    institution: str = "4500000001",
    load: str = "0.30",
    period: DateRange = YEAR_2017,
) -> ConsultantAssignment:
    return ConsultantAssignment(consultant=consultant, institution=institution, load=Decimal(load), period=period)


# ================================================================ C-4: required load


@pytest.mark.parametrize(
    ("learners", "on", "expected"),
    [
        (350, date(2017, 10, 1), Decimal("0.50")),
        (1000, date(2017, 10, 1), Decimal("1.43")),
        (600, date(2020, 10, 1), Decimal("1.00")),
        (700, date(2018, 10, 1), Decimal("1.00")),
        (0, date(2018, 10, 1), Decimal("0.00")),
    ],
)
def test_c4_required_load_is_learners_over_the_ratio_in_force(learners: int, on: date, expected: Decimal) -> None:
    result = required_load(learners, on=on)
    assert result == expected
    assert str(result) == str(expected)


def test_c4_the_earlier_ratio_stays_in_force_until_2020() -> None:
    assert required_load(600, on=date(2019, 12, 31)) == Decimal("0.86")
    assert required_load(600, on=date(2020, 1, 1)) == Decimal("1.00")
    assert DEFAULT_RATIO_SCHEDULE.ratio_on(date(2016, 10, 1)) == 700


def test_c4_a_date_before_the_first_step_has_no_rule() -> None:
    with pytest.raises(ValidationError) as error:
        required_load(350, on=date(2016, 9, 30))
    assert _codes(error) == ["ratio.no_rule"]
    assert _paths(error) == ["$.on"]


@pytest.mark.parametrize("learners", [-1, True, 1.5, "350", None, 10_000_001])
def test_c4_a_learner_count_must_be_a_non_negative_int(learners: object) -> None:
    with pytest.raises(ValidationError) as error:
        required_load(_any(learners), on=date(2017, 10, 1))
    assert _codes(error) == ["learners.count"]


def test_c4_the_date_must_be_a_plain_date() -> None:
    with pytest.raises(ValidationError) as error:
        required_load(350, on=_any(datetime(2017, 10, 1)))
    assert _codes(error) == ["date.type"]


def test_c4_a_caller_may_supply_a_schedule() -> None:
    schedule = RatioSchedule(steps=(RatioStep(start=date(2000, 1, 1), learners_per_consultant=500),), places=1)
    assert required_load(350, on=date(2001, 1, 1), schedule=schedule) == Decimal("0.7")
    with pytest.raises(ValidationError) as error:
        required_load(350, on=date(2001, 1, 1), schedule=_any("1:500"))
    assert _codes(error) == ["input.type"]


def test_c4_linear_policy_interpolates_by_day_and_keeps_the_last_value() -> None:
    steps = (
        RatioStep(start=date(2017, 1, 1), learners_per_consultant=700),
        RatioStep(start=date(2017, 1, 11), learners_per_consultant=600),
    )
    linear = RatioSchedule(steps=steps, policy=RatioPolicy.LINEAR)
    assert linear.ratio_on(date(2017, 1, 1)) == 700
    assert linear.ratio_on(date(2017, 1, 2)) == 690
    assert linear.ratio_on(date(2017, 1, 6)) == 650
    assert linear.ratio_on(date(2017, 1, 11)) == 600
    assert linear.ratio_on(date(2030, 1, 1)) == 600
    assert linear.required_load(690, on=date(2017, 1, 2)) == Decimal("1.00")
    uneven = RatioSchedule(
        steps=(steps[0], RatioStep(start=date(2017, 1, 4), learners_per_consultant=600)), policy=RatioPolicy.LINEAR
    )
    assert uneven.ratio_on(date(2017, 1, 2)) == Fraction(2000, 3)


@pytest.mark.parametrize(
    ("mode", "tie", "not_tie", "odd_tie"),
    [
        (RoundingMode.HALF_UP, "0.13", "0.13", "0.14"),
        (RoundingMode.HALF_EVEN, "0.12", "0.13", "0.14"),
        (RoundingMode.HALF_DOWN, "0.12", "0.13", "0.13"),
        (RoundingMode.UP, "0.13", "0.13", "0.14"),
        (RoundingMode.DOWN, "0.12", "0.12", "0.13"),
    ],
)
def test_c4_rounding_is_a_parameter(mode: RoundingMode, tie: str, not_tie: str, odd_tie: str) -> None:
    schedule = RatioSchedule(steps=(RatioStep(start=date(2000, 1, 1), learners_per_consultant=1000),), rounding=mode)
    on = date(2000, 1, 1)
    assert str(schedule.required_load(125, on=on)) == tie  # 0.125
    assert str(schedule.required_load(126, on=on)) == not_tie  # 0.126
    assert str(schedule.required_load(135, on=on)) == odd_tie  # 0.135


def test_c4_rounding_to_whole_posts_and_exact_values() -> None:
    whole = RatioSchedule(steps=(RatioStep(start=date(2000, 1, 1), learners_per_consultant=700),), places=0)
    assert whole.required_load(1000, on=date(2000, 1, 1)) == Decimal(1)
    assert str(whole.required_load(1400, on=date(2000, 1, 1))) == "2"
    assert round_fraction(Fraction(1, 4), 2, "ROUND_UP") == Decimal("0.25")
    assert round_fraction(Fraction(1, 3), 2, "ROUND_DOWN") == Decimal("0.33")
    assert round_fraction(Fraction(1, 3), 2, "ROUND_HALF_UP") == Decimal("0.33")


def test_c4_ratio_labels_are_latvian() -> None:
    assert RatioPolicy.STEP.label == "pakāpeniski"
    assert RatioPolicy.LINEAR.label == "lineāri"
    assert all(mode.label for mode in RoundingMode)


def test_c4_a_ratio_step_rejects_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        RatioStep(start=_any("2017-01-01"), learners_per_consultant=0)
    assert _codes(error) == ["date.type", "ratio.learners_per_consultant"]
    with pytest.raises(ValidationError):
        RatioStep(start=date(2017, 1, 1), learners_per_consultant=_any(True))


def test_c4_a_ratio_schedule_rejects_every_bad_field_at_once() -> None:
    step = RatioStep(start=date(2017, 1, 1), learners_per_consultant=700)
    with pytest.raises(ValidationError) as error:
        RatioSchedule(steps=_any([step]), policy=_any("step"), places=7, rounding=_any("ROUND_HALF_UP"))
    assert _codes(error) == ["ratio.steps", "ratio.policy", "ratio.places", "ratio.rounding"]
    with pytest.raises(ValidationError) as error:
        RatioSchedule(steps=_any((step, "x")))
    assert _paths(error) == ["$.steps[1]"]
    with pytest.raises(ValidationError) as error:
        RatioSchedule(steps=())
    assert _codes(error) == ["ratio.steps"]
    with pytest.raises(ValidationError) as error:
        RatioSchedule(steps=(step, step))
    assert _codes(error) == ["ratio.steps_order"]
    assert _paths(error) == ["$.steps[1].start"]


# ================================================================ C-5: load bounds


def test_c5_load_bounds_default_to_the_brief_and_are_stored_with_two_places() -> None:
    assert LoadBounds() == LoadBounds(minimum=Decimal("0.3"), total_cap=Decimal("6.0"))
    bounds = LoadBounds(minimum=Decimal("0.3"), total_cap=Decimal("6"))
    assert str(bounds.minimum) == "0.30"
    assert str(bounds.total_cap) == "6.00"


@pytest.mark.parametrize(
    ("minimum", "cap", "codes"),
    [
        (Decimal(0), Decimal(6), ["load_bounds.minimum"]),
        (Decimal("1.01"), Decimal(6), ["load_bounds.minimum"]),
        (Decimal("0.305"), Decimal(6), ["load_bounds.minimum"]),
        (0.3, Decimal(6), ["load_bounds.minimum"]),
        (Decimal("NaN"), Decimal("Infinity"), ["load_bounds.minimum", "load_bounds.total_cap"]),
        (Decimal("0.3"), Decimal("1E+30"), ["load_bounds.total_cap"]),
        (Decimal("0.3"), Decimal("1E-30"), ["load_bounds.total_cap"]),
        (Decimal("0.5"), Decimal("0.4"), ["load_bounds.cap_below_minimum"]),
    ],
)
def test_c5_load_bounds_reject_bad_values(minimum: object, cap: object, codes: list[str]) -> None:
    with pytest.raises(ValidationError) as error:
        LoadBounds(minimum=_any(minimum), total_cap=_any(cap))
    assert _codes(error) == codes


# ================================================================ C-2: pilot requirements


def test_c2_pilot_requirements_default_to_the_brief() -> None:
    requirements = PilotRequirements()
    assert (requirements.min_minority, requirements.min_general) == (1, 6)
    assert requirements.reference_year == SchoolYear(2016)
    assert requirements.general_kinds == (GeneralProgrammeKind.BASIC,)
    assert GeneralProgrammeKind.BASIC.label == "pamatizglītības programma"
    assert GeneralProgrammeKind.GENERAL_SECONDARY.label.startswith("vispārējās vidējās")


def test_c2_pilot_requirements_reject_every_bad_field() -> None:
    with pytest.raises(ValidationError) as error:
        PilotRequirements(
            min_minority=-1, min_general=_any("6"), reference_year=_any(2016), general_kinds=_any(["basic"])
        )
    assert _codes(error) == [
        "pilot_requirements.min_minority",
        "pilot_requirements.min_general",
        "pilot_requirements.reference_year",
        "pilot_requirements.general_kinds",
    ]
    with pytest.raises(ValidationError) as error:
        PilotRequirements(general_kinds=())
    assert _codes(error) == ["pilot_requirements.general_kinds"]
    with pytest.raises(ValidationError) as error:
        PilotRequirements(general_kinds=(GeneralProgrammeKind.BASIC, GeneralProgrammeKind.BASIC))
    assert _codes(error) == ["pilot_requirements.general_kinds"]
    assert PilotRequirements(reference_year=None).reference_year is None


# ================================================================ C-3: qualifications


def _consultant(person_id: str, *records: QualificationRecord) -> Consultant:
    return Consultant(person_id=person_id, qualifications=records)


def test_c3_regulation_662_applies_until_569_replaces_it() -> None:
    assert DEFAULT_QUALIFICATION_RULES.rule_on(date(2018, 9, 10)).regulation == MK_662_2014
    assert DEFAULT_QUALIFICATION_RULES.rule_on(date(2018, 9, 11)).regulation == MK_569_2018
    assert MK_662_2014.number == 662
    assert MK_569_2018.adopted == date(2018, 9, 11)


def test_c3_a_662_qualification_counts_before_and_after_the_switch() -> None:
    c = _consultant("c-1", QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20)))
    assert qualified_on(c, date(2017, 10, 1))
    assert qualified_on(c, date(2019, 10, 1))


def test_c3_a_569_qualification_counts_only_once_569_is_in_force_and_held() -> None:
    c = _consultant("c-2", QualificationRecord(regulation=MK_569_2018, obtained=date(2015, 1, 1)))
    assert not qualified_on(c, date(2018, 9, 10))
    assert qualified_on(c, date(2018, 9, 11))
    later = _consultant("c-3", QualificationRecord(regulation=MK_569_2018, obtained=date(2019, 1, 15)))
    assert not qualified_on(later, date(2019, 1, 14))
    assert qualified_on(later, date(2019, 1, 15))
    assert not qualified_on(_consultant("c-4"), date(2019, 1, 15))


def test_c3_rules_are_replaceable_and_strict_rules_refuse_old_qualifications() -> None:
    strict = QualificationRules(
        rules=(
            QualificationRule(regulation=MK_662_2014, start=MK_662_2014.adopted),
            QualificationRule(regulation=MK_569_2018, start=date(2018, 9, 15)),
        )
    )
    c = _consultant("c-1", QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20)))
    assert qualified_on(c, date(2018, 9, 14), rules=strict)
    assert not qualified_on(c, date(2018, 9, 15), rules=strict)
    assert strict.rules[1].accepted == frozenset({MK_569_2018})
    assert DEFAULT_QUALIFICATION_RULES.rules[1].accepted == frozenset({MK_569_2018, MK_662_2014})


def test_c3_qualified_on_rejects_bad_arguments() -> None:
    c = _consultant("c-1")
    with pytest.raises(ValidationError) as error:
        qualified_on(c, date(2014, 10, 27))
    assert _codes(error) == ["qualification.no_rule"]
    with pytest.raises(ValidationError) as error:
        qualified_on(_any("c-1"), date(2017, 1, 1))
    assert _codes(error) == ["input.type"]
    with pytest.raises(ValidationError) as error:
        qualified_on(c, date(2017, 1, 1), rules=_any(()))
    assert _paths(error) == ["$.rules"]
    with pytest.raises(ValidationError) as error:
        qualified_on(c, _any("2017-01-01"))
    assert _paths(error) == ["$.day"]


def test_c3_a_qualification_rule_rejects_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        QualificationRule(regulation=_any(662), start=_any(None), also_accepts=_any([MK_662_2014]))
    assert _codes(error) == ["qualification_rule.regulation", "date.type", "qualification_rule.also_accepts"]
    with pytest.raises(ValidationError) as error:
        QualificationRule(regulation=MK_569_2018, start=date(2018, 9, 10))
    assert _codes(error) == ["qualification_rule.before_adoption"]
    with pytest.raises(ValidationError) as error:
        QualificationRule(regulation=MK_569_2018, start=date(2018, 9, 11), also_accepts=(MK_569_2018,))
    assert _codes(error) == ["qualification_rule.also_accepts"]
    with pytest.raises(ValidationError) as error:
        QualificationRule(regulation=MK_569_2018, start=date(2018, 9, 11), also_accepts=(MK_662_2014, MK_662_2014))
    assert _codes(error) == ["qualification_rule.also_accepts"]


def test_c3_qualification_rules_need_rules_in_order() -> None:
    rule = DEFAULT_QUALIFICATION_RULES.rules[0]
    with pytest.raises(ValidationError) as error:
        QualificationRules(rules=_any([rule]))
    assert _codes(error) == ["qualification_rules.rules"]
    with pytest.raises(ValidationError) as error:
        QualificationRules(rules=())
    assert _codes(error) == ["qualification_rules.order"]
    with pytest.raises(ValidationError) as error:
        QualificationRules(rules=(rule, rule))
    assert _codes(error) == ["qualification_rules.order"]


def test_c3_a_record_and_a_consultant_reject_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        QualificationRecord(regulation=_any("MK 662"), obtained=_any("2010"))
    assert _codes(error) == ["qualification.regulation", "date.type"]
    record = QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20))
    with pytest.raises(ValidationError) as error:
        Consultant(person_id=" c-1", qualifications=(record, record))
    assert _codes(error) == ["person_id.whitespace", "consultant.qualifications"]
    with pytest.raises(ValidationError) as error:
        Consultant(person_id="c-1", qualifications=_any((record, "x")))
    assert _paths(error) == ["$.qualifications[1]"]


def test_c3_p7_a_consultant_id_shaped_like_a_personal_code_is_refused_without_echo() -> None:
    with pytest.raises(PersonalDataRejected) as error:
        Consultant(person_id=PERSONAL_CODE)
    assert PERSONAL_CODE not in str(error.value)
    with pytest.raises(PersonalDataRejected):
        _assignment(consultant=PERSONAL_CODE)


# ================================================================ C-6: training


def test_c6_training_record_holds_dates_and_hours() -> None:
    record = TrainingRecord(
        person_id="c-1", course="Karjeras atbalsts", start=date(2017, 4, 3), end=date(2017, 4, 5), hours=Decimal(24)
    )
    assert str(record.hours) == "24.00"
    assert TrainingRequirement() == TrainingRequirement(min_hours=Decimal(0), grace_days=365)


def test_c6_training_record_rejects_every_bad_field() -> None:
    with pytest.raises(ValidationError) as error:
        TrainingRecord(
            person_id="",
            course=" ",
            start=date(2017, 4, 5),
            end=date(2017, 4, 3),
            hours=Decimal("0"),
        )
    assert _codes(error) == ["person_id.blank", "course.blank", "period.end_before_start", "training.hours"]
    with pytest.raises(ValidationError) as error:
        TrainingRecord(person_id="c-1", course="x", start=_any(None), end=date(2017, 4, 3), hours=_any(24))
    assert _codes(error) == ["date.type", "training.hours"]
    with pytest.raises(PersonalDataRejected):
        TrainingRecord(
            person_id="c-1",
            course=f"kurss {PERSONAL_CODE}",
            start=date(2017, 4, 3),
            end=date(2017, 4, 3),
            hours=Decimal(1),
        )


def test_c6_training_requirement_rejects_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        TrainingRequirement(min_hours=Decimal("-1"), grace_days=-1)
    assert _codes(error) == ["training_requirement.min_hours", "training_requirement.grace_days"]
    assert str(TrainingRequirement(min_hours=Decimal("8.5")).min_hours) == "8.50"


def _training(person_id: str, end: date, hours: str = "24") -> TrainingRecord:
    return TrainingRecord(person_id=person_id, course="Kurss", start=end, end=end, hours=Decimal(hours))


def test_c6_a_consultant_past_the_grace_period_without_training_is_a_violation() -> None:
    a = _assignment(period=DateRange(start=date(2017, 3, 1), end=date(2018, 8, 31)))
    assert check_training([a], [], on=date(2018, 2, 28)) == ()
    found = check_training([a], [], on=date(2018, 3, 1))
    assert _v_codes(found) == ["training.missing"]
    assert found[0].rule == "C-6"
    assert found[0].path == "$.consultants[c-1]"
    assert check_training([a], [_training("c-1", date(2017, 4, 5))], on=date(2018, 3, 1)) == ()


def test_c6_training_after_the_day_and_too_few_hours_do_not_count() -> None:
    a = _assignment(period=DateRange(start=date(2016, 1, 1), end=date(2018, 8, 31)))
    on = date(2018, 3, 1)
    assert _v_codes(check_training([a], [_training("c-1", date(2018, 3, 2))], on=on)) == ["training.missing"]
    needs_16 = TrainingRequirement(min_hours=Decimal(16))
    few = [_training("c-1", date(2017, 1, 1), "8"), _training("c-2", date(2017, 1, 1), "40")]
    assert _v_codes(check_training([a], few, on=on, requirement=needs_16)) == ["training.missing"]
    enough = [*few, _training("c-1", date(2017, 2, 1), "8")]
    assert check_training([a], enough, on=on, requirement=needs_16) == ()


def test_c6_tenure_starts_at_the_earliest_assignment_and_only_active_consultants_are_checked() -> None:
    first = _assignment(period=DateRange(start=date(2016, 1, 1), end=date(2016, 8, 31)))
    second = _assignment(period=DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31)))
    future = _assignment(consultant="c-2", period=DateRange(start=date(2019, 9, 1)))
    ended = _assignment(consultant="c-3", period=DateRange(start=date(2015, 9, 1), end=date(2016, 8, 31)))
    on = date(2017, 10, 1)
    assert _v_codes(check_training([second, first, future, ended], [], on=on)) == ["training.missing"]
    assert check_training([second], [], on=on) == ()
    with pytest.raises(ValidationError) as error:
        check_training([second], [], on=on, requirement=_any(365))
    assert _paths(error) == ["$.requirement"]


# ================================================================ C-1, C-5: assignments


def test_c5_an_assignment_stores_its_load_with_two_places() -> None:
    a = _assignment(load="0.3")
    assert str(a.load) == "0.30"
    assert a.in_force(date(2018, 8, 31))
    assert not a.in_force(date(2018, 9, 1))
    assert _assignment(load="0.30").load.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "load",
    [Decimal(0), Decimal("-0.3"), Decimal("1.01"), Decimal("0.333"), Decimal("NaN"), Decimal("1E-99"), 0.3, "0.3"],
)
def test_c5_an_assignment_load_is_above_zero_at_most_one_post_with_two_places(load: object) -> None:
    with pytest.raises(ValidationError) as error:
        ConsultantAssignment(consultant="c-1", institution="4500000001", load=_any(load), period=YEAR_2017)
    assert _codes(error) == ["load.value"]


def test_c5_an_assignment_rejects_every_bad_field() -> None:
    with pytest.raises(ValidationError) as error:
        ConsultantAssignment(consultant=_any(1), institution="45000001", load=Decimal(2), period=_any(YEAR_2017.start))
    assert _codes(error) == ["person_id.type", "institution.registration_number", "load.value", "assignment.period"]


def test_c5_total_load_sums_the_assignments_in_force() -> None:
    assert total_load(ex.daugavpils_2017_assignments(), on=DEC_4) == Decimal("6.00")
    assert total_load(ex.daugavpils_2017_assignments(), on=date(2018, 9, 1)) == Decimal("0.00")
    assert total_load((), on=DEC_4) == Decimal("0.00")


def test_c1_a_pilot_school_rejects_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        PilotSchool(registration_number="abc", period=_any(None))
    assert _codes(error) == ["institution.registration_number", "pilot_school.period"]


# ================================================================ C-1: the agreement


def test_c1_an_agreement_defaults_to_the_brief() -> None:
    agreement = Agreement(municipality="Jelgava", signed=date(2017, 2, 24))
    assert agreement.period == CAREER_SUPPORT_PERIOD == DateRange(start=date(2016, 10, 1), end=date(2020, 12, 31))
    assert agreement.requirements == PilotRequirements()
    assert agreement.ratio == DEFAULT_RATIO_SCHEDULE
    assert agreement.load_bounds == LoadBounds()
    assert agreement.qualification_rules == DEFAULT_QUALIFICATION_RULES
    assert agreement.training == TrainingRequirement()
    assert agreement.effective_start == date(2017, 2, 24)
    assert agreement.in_force(date(2020, 12, 31))
    assert not agreement.in_force(date(2021, 1, 1))
    assert not agreement.in_force(date(2017, 2, 23))


def test_c1_pilot_schools_on_a_day_follow_their_periods() -> None:
    agreement = Agreement(
        municipality="Jelgava",
        signed=date(2017, 2, 24),
        pilot_schools=(
            PilotSchool(
                registration_number="4500000002", period=DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31))
            ),
            PilotSchool(
                registration_number="4500000001", period=DateRange(start=date(2017, 3, 1), end=date(2017, 8, 31))
            ),
            PilotSchool(registration_number="4500000001", period=DateRange(start=date(2018, 9, 1))),
        ),
        period=DateRange(start=date(2016, 10, 1)),
    )
    assert agreement.pilot_schools_on(date(2017, 3, 1)) == ("4500000001",)
    assert agreement.pilot_schools_on(date(2017, 9, 1)) == ("4500000002",)
    assert agreement.pilot_schools_on(date(2025, 1, 1)) == ("4500000001",)
    with pytest.raises(ValidationError):
        agreement.pilot_schools_on(_any("2017-03-01"))
    with pytest.raises(ValidationError):
        agreement.in_force(_any(None))


def test_c1_an_agreement_rejects_every_bad_field() -> None:
    with pytest.raises(ValidationError) as error:
        Agreement(
            municipality="",
            signed=_any("2017"),
            period=_any("2016-2020"),
            pilot_schools=_any([]),
            requirements=_any(None),
            ratio=_any(None),
            load_bounds=_any(None),
            qualification_rules=_any(None),
            training=_any(None),
        )
    assert _codes(error) == [
        "municipality.blank",
        "date.type",
        "agreement.period",
        "agreement.pilot_schools",
        "agreement.requirements",
        "agreement.ratio",
        "agreement.load_bounds",
        "agreement.qualification_rules",
        "agreement.training",
    ]


def test_c1_an_agreement_is_signed_by_its_end_and_holds_its_pilot_schools_inside_its_period() -> None:
    with pytest.raises(ValidationError) as error:
        Agreement(municipality="Jelgava", signed=date(2021, 1, 1))
    assert _codes(error) == ["agreement.signed_after_end"]
    outside = PilotSchool(registration_number="4500000001", period=DateRange(start=date(2016, 1, 1)))
    twice = PilotSchool(registration_number="4500000002", period=CAREER_SUPPORT_PERIOD)
    with pytest.raises(ValidationError) as error:
        Agreement(municipality="Jelgava", signed=date(2017, 2, 24), pilot_schools=(outside, twice, twice))
    assert _codes(error) == ["agreement.pilot_outside_period", "agreement.pilot_twice"]
    assert _paths(error) == ["$.pilot_schools[0].period", "$.pilot_schools[2]"]
    with pytest.raises(ValidationError) as error:
        Agreement(municipality="Jelgava", signed=date(2017, 2, 24), pilot_schools=_any((twice, 1)))
    assert _paths(error) == ["$.pilot_schools[1]"]


def test_c1_an_agreement_needs_its_rules_in_force_from_its_first_day() -> None:
    with pytest.raises(ValidationError) as error:
        Agreement(municipality="Jelgava", signed=date(2014, 1, 1), period=DateRange(start=date(2014, 1, 1)))
    assert _codes(error) == ["agreement.ratio_after_start", "agreement.qualification_rules_after_start"]
    early = RatioSchedule(steps=(RatioStep(start=date(2014, 1, 1), learners_per_consultant=700),))
    with pytest.raises(ValidationError) as error:
        Agreement(
            municipality="Jelgava", signed=date(2014, 1, 1), period=DateRange(start=date(2014, 1, 1)), ratio=early
        )
    assert _codes(error) == ["agreement.qualification_rules_after_start"]
    with pytest.raises(ValidationError) as error:
        Agreement(municipality="Jelgava", signed=date(2016, 9, 1), period=_any(None))
    assert _codes(error) == ["agreement.period"]


# ================================================================ C-2: the pilot set


def test_c2_jelgava_pilot_set_meets_the_requirements() -> None:
    assert check_pilot_set(ex.jelgava_agreement(), ex.jelgava_institutions(), on=date(2017, 3, 1)) == ()


def test_c2_jelgava_pilot_set_without_minority_and_with_too_few_general_schools_breaks_them() -> None:
    found = check_pilot_set(ex.jelgava_agreement(met=False), ex.jelgava_institutions(), on=date(2017, 3, 1))
    assert _v_codes(found) == ["pilot.too_few_general", "pilot.too_few_minority"]
    assert {v.rule for v in found} == {"C-2"}
    assert "4 general education pilot institution(s)" in found[0].message
    assert "0 pilot institution(s)" in found[1].message


def test_c2_the_general_minimum_applies_in_the_reference_year_only_unless_none() -> None:
    agreement = ex.jelgava_agreement(met=False)
    institutions = ex.jelgava_institutions()
    assert _v_codes(check_pilot_set(agreement, institutions, on=date(2017, 10, 1))) == ["pilot.too_few_minority"]
    every_year = attrs.evolve(agreement, requirements=PilotRequirements(reference_year=None))
    assert _v_codes(check_pilot_set(every_year, institutions, on=date(2017, 10, 1))) == [
        "pilot.too_few_general",
        "pilot.too_few_minority",
    ]


def test_c2_programme_kinds_are_a_parameter_and_vocational_schools_never_count() -> None:
    secondary = PilotRequirements(
        min_minority=0, min_general=4, general_kinds=(GeneralProgrammeKind.GENERAL_SECONDARY,)
    )
    agreement = attrs.evolve(ex.jelgava_agreement(met=False), requirements=secondary)
    # Schools 1-3 and 7 implement general secondary programmes; school 8 is vocational.
    assert check_pilot_set(agreement, ex.jelgava_institutions(), on=date(2017, 3, 1)) == ()
    five = attrs.evolve(agreement, requirements=attrs.evolve(secondary, min_general=5))
    assert _v_codes(check_pilot_set(five, ex.jelgava_institutions(), on=date(2017, 3, 1))) == ["pilot.too_few_general"]


def test_c2_special_schools_count_as_general_education() -> None:
    special = Programme(
        code="21015611",
        title="Speciālās pamatizglītības programma",
        basic=True,
        general_secondary=False,
        vocational=False,
        special=True,
        minority=False,
    )
    school = Institution(
        registration_number="4500000099",
        name="Speciālā skola",
        founder=Founder.MUNICIPALITY,
        municipality="Jelgava",
        kind=InstitutionKind.SPECIAL,
        programmes=(special,),
    )
    agreement = Agreement(
        municipality="Jelgava",
        signed=date(2017, 2, 24),
        pilot_schools=(PilotSchool(registration_number="4500000099", period=CAREER_SUPPORT_PERIOD),),
        requirements=PilotRequirements(min_minority=0, min_general=1),
    )
    assert check_pilot_set(agreement, [school], on=date(2017, 3, 1)) == ()


def test_c1_c2_unknown_and_other_municipality_pilot_schools_are_violations() -> None:
    institutions = [
        attrs.evolve(i, municipality="Jelgavas novads") if i.registration_number.endswith("01") else i
        for i in ex.jelgava_institutions()
        if not i.registration_number.endswith("02")
    ]
    found = check_pilot_set(ex.jelgava_agreement(), institutions, on=date(2017, 3, 1))
    assert [(v.code, v.rule, v.path) for v in found] == [
        ("pilot.other_municipality", "C-1", "$.pilot_schools[4513900001]"),
        ("pilot.too_few_general", "C-2", "$.pilot_schools"),
        ("pilot.unknown_institution", "C-2", "$.pilot_schools[4513900002]"),
    ]


def test_c2_nothing_is_required_while_the_agreement_is_not_in_force() -> None:
    agreement = ex.jelgava_agreement(met=False)
    assert check_pilot_set(agreement, [], on=date(2017, 2, 23)) == ()
    assert check_pilot_set(agreement, [], on=date(2021, 1, 1)) == ()


def test_c2_check_pilot_set_rejects_bad_input() -> None:
    with pytest.raises(ValidationError) as error:
        check_pilot_set(_any(None), [], on=date(2017, 3, 1))
    assert _paths(error) == ["$.agreement"]
    with pytest.raises(ValidationError) as error:
        check_pilot_set(ex.jelgava_agreement(), _any(["4513900001"]), on=date(2017, 3, 1))
    assert _paths(error) == ["$.institutions[0]"]
    with pytest.raises(ValidationError) as error:
        check_pilot_set(ex.jelgava_agreement(), _any(5), on=date(2017, 3, 1))
    assert _codes(error) == ["input.type"]
    with pytest.raises(ValidationError) as error:
        check_pilot_set(ex.jelgava_agreement(), _any("abc"), on=date(2017, 3, 1))
    assert _codes(error) == ["input.type"]


# ================================================================ C-3: qualification check


def test_c3_daugavpils_consultants_are_qualified() -> None:
    assert check_qualifications(ex.daugavpils_2017_consultants(), ex.daugavpils_2017_assignments(), on=DEC_4) == ()


def test_c3_unqualified_and_unknown_consultants_are_violations_once_each() -> None:
    assignments = [*ex.daugavpils_2017_assignments(), _assignment(consultant="x-1"), _assignment(consultant="x-1")]
    people = [*ex.daugavpils_2017_consultants()[1:], Consultant(person_id="x-1")]
    found = check_qualifications(people, assignments, on=DEC_4)
    assert [(v.code, v.path) for v in found] == [
        ("qualification.missing", "$.consultants[x-1]"),
        ("qualification.unknown_consultant", "$.consultants[dgp-01]"),
    ]
    assert "MK noteikumi Nr. 662" in found[0].message


def test_c3_a_consultant_listed_twice_holds_the_qualifications_of_both_entries() -> None:
    record = QualificationRecord(regulation=MK_569_2018, obtained=date(2018, 10, 1))
    people = [Consultant(person_id="c-1"), Consultant(person_id="c-1", qualifications=(record,))]
    a = _assignment(period=DateRange(start=date(2018, 9, 1), end=date(2019, 8, 31)))
    assert check_qualifications(people, [a], on=date(2018, 12, 1)) == ()
    assert _v_codes(check_qualifications(people, [a], on=date(2018, 9, 30))) == ["qualification.missing"]
    assert check_qualifications([], [a], on=date(2020, 1, 1)) == ()
    strict = QualificationRules(rules=(QualificationRule(regulation=MK_662_2014, start=date(2015, 1, 1)),))
    assert _v_codes(check_qualifications(people, [a], on=date(2018, 12, 1), rules=strict)) == ["qualification.missing"]


# ================================================================ C-5: load check


def test_c5_daugavpils_20_consultants_at_0_3_fit_the_6_fte_cap() -> None:
    assert check_loads(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(), on=DEC_4) == ()


def test_c5_total_load_over_cap_is_a_violation() -> None:
    found = check_loads(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(21), on=DEC_4)
    assert [(v.code, v.rule, v.path) for v in found] == [("load.total_above_cap", "C-5", "$.assignments")]
    assert "6.30 FTE" in found[0].message
    assert "6.00 FTE" in found[0].message


def test_c5_a_load_below_the_minimum_is_a_violation_but_a_consultants_loads_in_a_school_add_up() -> None:
    agreement = ex.daugavpils_2017_agreement()
    low = _assignment(institution="4500000001", load="0.20")
    found = check_loads(agreement, [low], on=DEC_4)
    assert [(v.code, v.path) for v in found] == [("load.below_minimum", "$.assignments[c-1@4500000001]")]
    assert "0.20 FTE" in found[0].message
    split = [low, _assignment(institution="4500000001", load="0.10")]
    assert check_loads(agreement, split, on=DEC_4) == ()
    lower = attrs.evolve(agreement, load_bounds=LoadBounds(minimum=Decimal("0.2")))
    assert check_loads(lower, [low], on=DEC_4) == ()


def test_c1_a_load_outside_a_pilot_school_or_outside_the_agreement_is_a_violation() -> None:
    agreement = ex.daugavpils_2017_agreement()
    elsewhere = _assignment(institution="4600000001", load="1.00")
    found = check_loads(agreement, [elsewhere], on=DEC_4)
    assert [(v.code, v.rule) for v in found] == [("assignment.not_pilot_school", "C-1")]
    early = _assignment(institution="4500000001", period=DateRange(start=date(2017, 1, 1)))
    found = check_loads(agreement, [early], on=date(2017, 2, 1))
    assert _v_codes(found) == ["assignment.not_pilot_school", "assignment.outside_agreement"]
    assert check_loads(agreement, [early], on=date(2017, 3, 1)) == ()


# ================================================================ C-4: required-load check


def test_c4_daugavpils_loads_match_what_their_learners_require() -> None:
    found = check_required_loads(
        ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(), ex.daugavpils_2017_learner_counts(), on=DEC_4
    )
    assert found == ()


def test_c4_a_school_short_of_or_above_its_required_load_is_a_violation() -> None:
    agreement = ex.daugavpils_2017_agreement()
    assignments = ex.daugavpils_2017_assignments(21)[1:]  # school 1 has 0.30 + 0.30 - 0.30 + 0.30 = 0.60 -> 0.30 less
    counts = ex.daugavpils_2017_learner_counts()
    found = check_required_loads(agreement, assignments[1:], counts, on=DEC_4)
    assert [(v.code, v.path) for v in found] == [("load.below_required", "$.pilot_schools[4500000001]")]
    assert "require 0.60 FTE" in found[0].message
    over = check_required_loads(agreement, ex.daugavpils_2017_assignments(21), counts, on=DEC_4)
    assert [(v.code, v.rule) for v in over] == [("load.above_required", "C-4")]
    assert (
        check_required_loads(agreement, ex.daugavpils_2017_assignments(21), counts, on=DEC_4, tolerance=Decimal("0.3"))
        == ()
    )


def test_c4_missing_conflicting_and_per_grade_learner_counts() -> None:
    agreement = ex.daugavpils_2017_agreement()
    year = SchoolYear(2017)
    counts = list(ex.daugavpils_2017_learner_counts()[2:])
    counts.append(LearnerCount(institution="4500000001", school_year=year, learners=420))
    counts.append(LearnerCount(institution="4500000001", school_year=year, learners=20, grade=Grade(1)))
    counts += [
        LearnerCount(institution="4500000002", school_year=year, learners=42, grade=Grade(g)) for g in range(1, 11)
    ]
    counts.append(LearnerCount(institution="4500000003", school_year=SchoolYear(2016), learners=9999))
    found = check_required_loads(agreement, ex.daugavpils_2017_assignments(), counts, on=DEC_4)
    assert [(v.code, v.path) for v in found] == [("load.conflicting_learner_counts", "$.pilot_schools[4500000001]")]
    no_counts = check_required_loads(agreement, ex.daugavpils_2017_assignments(), [], on=DEC_4)
    assert _v_codes(no_counts) == ["load.no_learner_count"] * 10


def test_c4_required_loads_are_not_checked_while_the_agreement_is_not_in_force_and_tolerance_is_checked() -> None:
    agreement = ex.daugavpils_2017_agreement()
    assert check_required_loads(agreement, [], [], on=date(2017, 2, 1)) == ()
    for bad in (Decimal(-1), Decimal("0.001"), 0.1, Decimal(101)):
        with pytest.raises(ValidationError) as error:
            check_required_loads(agreement, [], [], on=DEC_4, tolerance=_any(bad))
        assert _codes(error) == ["tolerance.value"]


# ================================================================ C-7: the plan


def test_c7_a_complete_plan_submitted_on_time_has_no_violation() -> None:
    plan = ex.daugavpils_2017_plan()
    assert plan.missing_aspects == ()
    assert check_plan(plan, on=DEC_4) == ()


def test_c7_a_plan_missing_an_aspect_is_incomplete() -> None:
    plan = attrs.evolve(ex.daugavpils_2017_plan(), aspects=(PlanAspect.COOPERATION,))
    found = check_plan(plan, on=DEC_4)
    assert [(v.code, v.rule, v.path) for v in found] == [
        ("plan.incomplete", "C-7", "$.aspects[implementation_model]"),
        ("plan.incomplete", "C-7", "$.aspects[non_project_schools]"),
    ]
    assert "aspect (a)" in found[0].message


def test_c7_a_plan_not_submitted_by_its_due_date_is_overdue_and_a_late_one_is_late() -> None:
    plan = attrs.evolve(ex.daugavpils_2017_plan(), submitted=None)
    assert check_plan(plan, on=date(2017, 10, 2)) == ()
    assert _v_codes(check_plan(plan, on=date(2017, 10, 3))) == ["plan.overdue"]
    late = attrs.evolve(plan, submitted=date(2017, 10, 9))
    assert _v_codes(check_plan(late, on=date(2017, 10, 8))) == ["plan.overdue"]
    assert _v_codes(check_plan(late, on=date(2017, 10, 9))) == ["plan.submitted_late"]
    no_due = attrs.evolve(plan, due=None)
    assert check_plan(no_due, on=date(2030, 1, 1)) == ()


def test_c7_plan_aspects_have_letters_and_labels() -> None:
    assert [a.letter for a in PlanAspect] == ["a", "b", "c"]
    assert PlanAspect.COOPERATION.label.startswith("sadarbība")


def test_c7_a_plan_rejects_every_bad_field() -> None:
    with pytest.raises(ValidationError) as error:
        CareerSupportPlan(
            municipality="",
            school_year=_any(2017),
            aspects=(PlanAspect.COOPERATION, PlanAspect.COOPERATION),
            submitted=_any("2017-09-29"),
            due=_any(datetime(2017, 10, 2)),
        )
    assert _codes(error) == ["municipality.blank", "plan.school_year", "plan.aspects", "date.type", "date.type"]
    with pytest.raises(ValidationError) as error:
        CareerSupportPlan(municipality="Daugavpils", school_year=SchoolYear(2017), aspects=_any(("a",)))
    assert _paths(error) == ["$.aspects[0]"]
    with pytest.raises(ValidationError) as error:
        check_plan(_any(None), on=DEC_4)
    assert _paths(error) == ["$.plan"]


# ================================================================ C-8: obligations


def test_c8_every_obligation_is_outstanding_without_evidence() -> None:
    found = check_obligations([], on=DEC_4)
    assert len(found) == 5
    assert {v.code for v in found} == {"obligation.outstanding"}
    assert {v.rule for v in found} == {"C-8"}
    assert [v.path for v in found] == sorted(f"$.obligations[{o.value}]" for o in Obligation)


def test_c8_evidence_dated_by_the_day_meets_an_obligation() -> None:
    evidence = ex.daugavpils_2017_evidence()
    assert check_obligations(evidence, on=DEC_4) == ()
    found = check_obligations(evidence, on=date(2017, 12, 3))
    assert [v.path for v in found] == ["$.obligations[publish_information]"]


def test_c8_since_counts_only_recent_evidence() -> None:
    found = check_obligations(ex.daugavpils_2017_evidence(), on=DEC_4, since=date(2017, 9, 1))
    assert [v.path for v in found] == ["$.obligations[accumulate_data]", "$.obligations[nominate_pilot_schools]"]
    with pytest.raises(ValidationError) as error:
        check_obligations([], on=DEC_4, since=_any("2017-09-01"))
    assert _paths(error) == ["$.since"]


def test_c8_obligations_have_latvian_labels_and_evidence_rejects_bad_fields() -> None:
    assert Obligation.PUBLISH_INFORMATION.label.startswith("tīmekļa vietnē")
    with pytest.raises(ValidationError) as error:
        ObligationEvidence(obligation=_any("submit_plan"), on=_any(None), note="")
    assert _codes(error) == ["evidence.obligation", "date.type", "note.blank"]
    with pytest.raises(PersonalDataRejected):
        ObligationEvidence(obligation=Obligation.ENSURE_ACCESS, on=DEC_4, note=f"skolēns {PERSONAL_CODE}")
    with pytest.raises(ValidationError) as error:
        check_obligations(_any([None]), on=DEC_4)
    assert _paths(error) == ["$.evidence[0]"]


# ================================================================ all at once


def _daugavpils_data(consultants: int = 20) -> dict[str, Any]:
    return {
        "institutions": ex.daugavpils_2017_institutions(),
        "consultants": ex.daugavpils_2017_consultants(consultants),
        "assignments": ex.daugavpils_2017_assignments(consultants),
        "learner_counts": ex.daugavpils_2017_learner_counts(),
        "training_records": ex.daugavpils_2017_training(consultants),
        "plans": [ex.daugavpils_2017_plan()],
        "evidence": ex.daugavpils_2017_evidence(),
    }


def test_c1_to_c8_daugavpils_2017_complies_on_the_day_of_the_report() -> None:
    assert check_agreement(ex.daugavpils_2017_agreement(), on=DEC_4, **_daugavpils_data()) == ()


def test_c1_to_c8_check_agreement_collects_every_violation() -> None:
    data = _daugavpils_data(21)
    data["plans"] = [
        attrs.evolve(ex.daugavpils_2017_plan(), aspects=(PlanAspect.COOPERATION,)),
        attrs.evolve(ex.daugavpils_2017_plan(), municipality="Rēzekne", school_year=SchoolYear(2018)),
    ]
    data["evidence"] = ex.daugavpils_2017_evidence()[1:]
    found = check_agreement(ex.daugavpils_2017_agreement(), on=DEC_4, **data)
    assert [(v.rule, v.code, v.path) for v in found] == [
        ("C-4", "load.above_required", "$.pilot_schools[4500000001]"),
        ("C-5", "load.total_above_cap", "$.assignments"),
        ("C-7", "plan.incomplete", "$.plans[2017].aspects[implementation_model]"),
        ("C-7", "plan.incomplete", "$.plans[2017].aspects[non_project_schools]"),
        ("C-7", "plan.other_municipality", "$.plans[2018]"),
        ("C-8", "obligation.outstanding", "$.obligations[nominate_pilot_schools]"),
    ]


def test_c1_to_c8_check_agreement_uses_the_agreements_parameters() -> None:
    strict = attrs.evolve(
        ex.daugavpils_2017_agreement(), training=TrainingRequirement(min_hours=Decimal(100), grace_days=0)
    )
    data = _daugavpils_data()
    found = check_agreement(strict, on=date(2018, 8, 31), **data)
    assert set(_v_codes(found)) == {"training.missing"}
    assert len(found) == 20


def test_check_agreement_rejects_bad_input() -> None:
    with pytest.raises(ValidationError) as error:
        check_agreement(_any("Daugavpils"), on=DEC_4)
    assert _paths(error) == ["$.agreement"]
    with pytest.raises(ValidationError) as error:
        check_agreement(ex.daugavpils_2017_agreement(), on=DEC_4, plans=_any([None]))
    assert _paths(error) == ["$.plans[0]"]


# ================================================================ C-10: reach


def test_c10_reach_figures_of_daugavpils() -> None:
    agreements = [ex.daugavpils_2017_agreement(), ex.jelgava_agreement()]
    assert pilot_school_count(agreements, on=DEC_4) == 16
    assert pilot_school_count(agreements, on=date(2017, 2, 24)) == 6
    assert consultant_count(ex.daugavpils_2017_assignments(21), on=DEC_4) == 21
    assert consultant_count(ex.daugavpils_2017_assignments(), on=date(2018, 9, 1)) == 0
    assert learners_reached(agreements, ex.daugavpils_2017_learner_counts(), on=DEC_4) == 4200
    assert institutions_supported(agreements, as_of=date(2017, 2, 28)) == 6
    assert institutions_supported(agreements, as_of=DEC_4) == 16
    assert teachers_trained(ex.daugavpils_2017_training(), as_of=date(2017, 4, 5)) == 20
    assert teachers_trained(ex.daugavpils_2017_training(), as_of=date(2017, 4, 4)) == 0


def test_c10_learners_reached_refuses_counts_that_count_learners_twice() -> None:
    counts = [
        *ex.daugavpils_2017_learner_counts(),
        LearnerCount(institution="4500000001", school_year=SchoolYear(2017), learners=1),
    ]
    with pytest.raises(ValidationError) as error:
        learners_reached([ex.daugavpils_2017_agreement()], counts, on=DEC_4)
    assert _codes(error) == ["learners.conflicting"]
    assert learners_reached([ex.jelgava_agreement()], counts, on=DEC_4) == 0
    with pytest.raises(ValidationError) as error:
        institutions_supported([], as_of=_any(None))
    assert _paths(error) == ["$.as_of"]


# ================================================================ examples and helpers


def test_the_examples_reject_a_bad_consultant_count() -> None:
    for bad in (-1, 100, True):
        with pytest.raises(ValidationError) as error:
            ex.daugavpils_2017_assignments(_any(bad))
        assert _codes(error) == ["input.count"]
    assert ex.daugavpils_2017_assignments(0) == ()


def test_private_helpers_keep_their_contracts() -> None:
    assert not decimal_ok(Decimal("1E+30"), minimum=Decimal(0), maximum=Decimal(1), exclusive_minimum=False)
    assert decimal_ok(Decimal(0), minimum=Decimal(0), maximum=Decimal(1), exclusive_minimum=False)
    assert tuple_of((1, "a"), int, "$.x", "x")[0].path == "$.x[1]"
    assert items(iter([1, 2]), int, "$.x") == (1, 2)
    assert check_instance(1, int, "$") == 1
    late = Violation(code="b", rule="C-5", message="m", path="$")
    early = Violation(code="a", rule="C-5", message="m", path="$")
    assert sort_violations([late, early]) == (early, late)


def test_c4_c2_c7_rejections_name_only_the_fields_at_fault() -> None:
    first = RatioStep(start=date(2017, 1, 1), learners_per_consultant=700)
    second = RatioStep(start=date(2018, 1, 1), learners_per_consultant=650)
    with pytest.raises(ValidationError) as error:
        RatioSchedule(steps=(first, second, second))
    assert _paths(error) == ["$.steps[2].start"]
    with pytest.raises(ValidationError) as error:
        PilotRequirements(min_minority=-1, reference_year=None)
    assert _codes(error) == ["pilot_requirements.min_minority"]
    with pytest.raises(ValidationError) as error:
        CareerSupportPlan(municipality=" ", school_year=SchoolYear(2017), aspects=())
    assert _codes(error) == ["municipality.blank"]


def test_c4_an_agreement_refuses_a_ratio_schedule_that_starts_after_it() -> None:
    late = RatioSchedule(steps=(RatioStep(start=date(2017, 9, 1), learners_per_consultant=700),))
    with pytest.raises(ValidationError) as error:
        Agreement(municipality="Jelgava", signed=date(2017, 2, 24), ratio=late)
    assert _codes(error) == ["agreement.ratio_after_start"]
    assert _paths(error) == ["$.ratio.steps[0].start"]


def test_c4_c5_assignments_not_in_force_on_the_day_are_left_out() -> None:
    agreement = ex.daugavpils_2017_agreement()
    day = date(2017, 10, 2)
    current = ex.daugavpils_2017_assignments()
    ended = attrs.evolve(current[0], period=DateRange(start=date(2017, 1, 2), end=date(2017, 6, 30)))
    counts = ex.daugavpils_2017_learner_counts()
    # A 21st assignment that ended before the day neither breaks the cap (C-5) nor adds load (C-4).
    assert check_loads(agreement, (*current, ended), on=day) == check_loads(agreement, current, on=day) == ()
    assert check_required_loads(agreement, (*current, ended), counts, on=day) == check_required_loads(
        agreement, current, counts, on=day
    )
