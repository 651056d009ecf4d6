"""Career support, ESF 8.3.5 (rules C-1 ... C-8, C-10): parameters, people, the agreement, the checks, reach."""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import typing
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar, cast

import attrs
import pytest

from karjera_core.education import Founder, Grade, Institution, InstitutionKind, LearnerCount, Programme
from karjera_core.errors import PersonalDataRejected, ValidationError, Violation
from karjera_core.programmes import career_support as cs
from karjera_core.programmes.career_support import (
    CAREER_SUPPORT_PERIOD,
    DEFAULT_RATIO_RULE,
    MK_569_2018,
    MK_662_2014,
    NATIONAL_REACH_2020_2021,
    QUALIFICATION_SCHEDULE,
    RATIO_SCHEDULE,
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
    Ratio,
    RatioPolicy,
    RatioRule,
    Reach,
    RoundingMode,
    TrainingRecord,
    TrainingRequirement,
    check,
    check_loads,
    check_obligations,
    check_parties,
    check_pilot_set,
    check_plan,
    check_qualifications,
    check_required_loads,
    check_training,
    consultant_count,
    figures,
    institutions_supported,
    learners_reached,
    pilot_school_count,
    qualified_on,
    required_load,
    teachers_trained,
    total_load,
)
from karjera_core.programmes.career_support import examples as ex
from karjera_core.schedule import Regulation, Schedule, Source, Step
from karjera_core.time import DateRange, SchoolYear

PERSONAL_CODE = "161175-19997"
DEC_4 = date(2017, 12, 4)  # the day [002] was published
YEAR_2017 = SchoolYear(2017).period
DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
ONE_DAY = timedelta(days=1)
DAUGAVPILS_PILOTS = ex.DAUGAVPILS_PILOTS
JELGAVA_SCHOOLS = ex.JELGAVA_SCHOOLS


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


T = TypeVar("T")


def changed(record: T, **changes: Any) -> T:
    """A copy of ``record`` with ``changes``, validated like any construction (attrs.evolve, typed)."""
    result: T = attrs.evolve(cast(Any, record), **changes)
    return result


def problems_of(call: Callable[[], object]) -> list[tuple[str, str, str]]:
    """The whole problem list of the ValidationError ``call`` raises: (path, code, message) each."""
    with pytest.raises(ValidationError) as caught:
        call()
    return [(p.path, p.code, p.message) for p in caught.value.problems]


def listed(found: Iterable[Violation]) -> list[tuple[str, str, str, str]]:
    """Violations as (path, code, rule, message), in the order given."""
    return [(v.path, v.code, v.rule, v.message) for v in found]


def _assignment(
    consultant: str = "c-1", institution: str = "4500000001", load: str = "0.30", period: DateRange = YEAR_2017
) -> ConsultantAssignment:
    return ConsultantAssignment(consultant=consultant, institution=institution, load=Decimal(load), period=period)


def _step(start: date, value: Any) -> Step[Any]:
    return Step(start=start, value=value, source=Source(citation="[test]"))


# ================================================================ C-2: pilot requirements


def test_c2_pilot_requirements_default_to_the_brief() -> None:
    requirements = PilotRequirements()
    assert (requirements.min_minority, requirements.min_general) == (1, 6)
    assert requirements.reference_year == SchoolYear(2016)
    assert requirements.general_kinds == (GeneralProgrammeKind.BASIC,)
    assert GeneralProgrammeKind.BASIC.label == "pamatizglītības programma"
    assert GeneralProgrammeKind.GENERAL_SECONDARY.label.startswith("vispārējās vidējās")
    assert PilotRequirements(reference_year=None).reference_year is None


def test_c2_pilot_requirements_reject_every_bad_field() -> None:
    institutions = "expected a number of institutions: an int (not a bool) from 0 to 10000"
    assert problems_of(
        lambda: PilotRequirements(
            min_minority=-1, min_general=_any("6"), reference_year=_any(2016), general_kinds=_any(["basic"])
        )
    ) == [
        ("$.min_minority", "integer.range", institutions),
        ("$.min_general", "integer.type", institutions),
        ("$.reference_year", "record.type", "expected a SchoolYear"),
        ("$.general_kinds", "array.type", "expected a tuple of items, each a GeneralProgrammeKind"),
    ]
    assert problems_of(lambda: PilotRequirements(general_kinds=())) == [
        ("$.general_kinds", "array.size", "expected 1 to 2 items")
    ]
    basic = GeneralProgrammeKind.BASIC
    assert problems_of(lambda: PilotRequirements(general_kinds=(basic, basic))) == [
        ("$.general_kinds[1]", "pilot_requirements.kind_twice", "expected each programme kind at most once")
    ]


# ================================================================ C-3: the qualification schedule


def test_c3_regulation_662_applies_until_569_replaces_it_on_2018_09_11() -> None:
    switch = date(2018, 9, 11)
    assert QUALIFICATION_SCHEDULE.value_on(on=switch - ONE_DAY).regulation == MK_662_2014
    assert QUALIFICATION_SCHEDULE.value_on(on=switch).regulation == MK_569_2018
    assert QUALIFICATION_SCHEDULE.value_on(on=switch + ONE_DAY).regulation == MK_569_2018
    assert (MK_662_2014.number, MK_662_2014.adopted) == (662, date(2014, 10, 28))
    assert (MK_569_2018.number, MK_569_2018.adopted) == (569, switch)


def test_c3_every_qualification_step_names_its_law() -> None:
    first, second = QUALIFICATION_SCHEDULE.steps
    assert (first.start, first.source.regulation) == (date(2014, 10, 28), MK_662_2014)
    assert first.source.citation.startswith("[000]")
    assert (second.start, second.source.regulation) == (date(2018, 9, 11), MK_569_2018)
    assert second.source.citation.startswith("[pub]")
    assert second.value.accepted == frozenset({MK_569_2018, MK_662_2014})
    assert first.value.accepted == frozenset({MK_662_2014})


def _consultant(person_id: str, *records: QualificationRecord) -> Consultant:
    return Consultant(person_id=person_id, qualifications=records)


def test_c3_a_662_qualification_counts_before_and_after_the_switch() -> None:
    c = _consultant("c-1", QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20)))
    assert qualified_on(c, on=date(2018, 9, 10))
    assert qualified_on(c, on=date(2018, 9, 11))


def test_c3_a_569_qualification_counts_from_the_switch_and_from_the_day_it_was_obtained() -> None:
    c = _consultant("c-2", QualificationRecord(regulation=MK_569_2018, obtained=date(2015, 1, 1)))
    assert [qualified_on(c, on=date(2018, 9, d)) for d in (10, 11, 12)] == [False, True, True]
    later = _consultant("c-3", QualificationRecord(regulation=MK_569_2018, obtained=date(2019, 1, 15)))
    assert [qualified_on(later, on=date(2019, 1, d)) for d in (14, 15, 16)] == [False, True, True]
    assert not qualified_on(_consultant("c-4"), on=date(2019, 1, 15))


def test_c3_rules_are_replaceable_and_strict_rules_refuse_old_qualifications() -> None:
    strict = Schedule(
        steps=(
            _step(MK_662_2014.adopted, QualificationRule(regulation=MK_662_2014)),
            _step(date(2018, 9, 15), QualificationRule(regulation=MK_569_2018)),
        )
    )
    c = _consultant("c-1", QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20)))
    assert qualified_on(c, on=date(2018, 9, 14), rules=strict)
    assert not qualified_on(c, on=date(2018, 9, 15), rules=strict)


def test_c3_qualified_on_rejects_bad_arguments_and_a_day_before_the_first_rule() -> None:
    c = _consultant("c-1")
    assert problems_of(lambda: qualified_on(c, on=date(2014, 10, 27))) == [
        ("$.on", "schedule.before_start", "expected a day on or after the first step of the schedule")
    ]
    assert qualified_on(c, on=date(2014, 10, 28)) is False
    assert problems_of(lambda: qualified_on(_any("c-1"), on=_any("2017-01-01"), rules=_any(()))) == [
        ("$.consultant", "record.type", "expected a Consultant"),
        ("$.on", "date.type", DAY),
        ("$.rules", "record.type", "expected a Schedule[QualificationRule]"),
    ]


def test_c3_a_qualification_rule_accepts_other_regulations_once_each() -> None:
    assert problems_of(lambda: QualificationRule(regulation=_any(662), also_accepts=_any([MK_662_2014]))) == [
        ("$.regulation", "record.type", "expected a Regulation"),
        ("$.also_accepts", "array.type", "expected a tuple of items, each a Regulation"),
    ]
    twice = "expected other regulations than the rule's own, none twice"
    assert problems_of(
        lambda: QualificationRule(regulation=MK_569_2018, also_accepts=(MK_569_2018, MK_662_2014, MK_662_2014))
    ) == [
        ("$.also_accepts[0]", "qualification_rule.accepted_twice", twice),
        ("$.also_accepts[2]", "qualification_rule.accepted_twice", twice),
    ]


def test_c3_a_record_and_a_consultant_reject_bad_fields() -> None:
    assert problems_of(lambda: QualificationRecord(regulation=_any("MK 662"), obtained=_any("2010"))) == [
        ("$.regulation", "record.type", "expected a Regulation"),
        ("$.obtained", "date.type", DAY),
    ]
    record = QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20))
    assert problems_of(lambda: Consultant(person_id=" c-1", qualifications=(record, record))) == [
        ("$.person_id", "text.whitespace", "expected a pseudonymous person id without spaces at either end"),
        ("$.qualifications[1]", "consultant.qualification_twice", "expected no qualification twice"),
    ]
    assert problems_of(lambda: Consultant(person_id="c-1", qualifications=_any((record, "x")))) == [
        ("$.qualifications[1]", "record.type", "expected a QualificationRecord")
    ]


def test_c3_a_consultant_holds_up_to_100_qualification_records() -> None:
    records = [
        QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 1, 1) + timedelta(days=n)) for n in range(101)
    ]
    assert len(Consultant(person_id="c-1", qualifications=tuple(records[:100])).qualifications) == 100
    assert problems_of(lambda: Consultant(person_id="c-1", qualifications=tuple(records))) == [
        ("$.qualifications", "array.size", "expected at most 100 items")
    ]


def test_c3_p7_a_consultant_id_shaped_like_a_personal_code_is_refused_without_echo() -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        Consultant(person_id=PERSONAL_CODE)
    assert PERSONAL_CODE not in str(caught.value)
    with pytest.raises(PersonalDataRejected):
        _assignment(consultant=PERSONAL_CODE)


# ================================================================ C-4: the ratio and the required load


@pytest.mark.parametrize(
    ("learners", "on", "expected"),
    [
        (350, date(2017, 10, 1), "0.50"),
        (1000, date(2017, 10, 1), "1.43"),
        (600, date(2020, 10, 1), "1.00"),
        (700, date(2018, 10, 1), "1.00"),
        (0, date(2018, 10, 1), "0.00"),
    ],
)
def test_c4_required_load_is_learners_over_the_ratio_in_force(learners: int, on: date, expected: str) -> None:
    assert str(required_load(learners, on=on)) == expected


def test_c4_the_ratio_is_700_until_2019_12_31_and_600_from_2020_01_01() -> None:
    switch = date(2020, 1, 1)
    assert [DEFAULT_RATIO_RULE.ratio_on(on=day) for day in (switch - ONE_DAY, switch, switch + ONE_DAY)] == [
        700,
        600,
        600,
    ]
    assert [str(required_load(600, on=day)) for day in (switch - ONE_DAY, switch)] == ["0.86", "1.00"]


def test_c4_the_first_step_starts_with_the_project_and_a_day_before_it_has_no_ratio() -> None:
    start = CAREER_SUPPORT_PERIOD.start
    assert DEFAULT_RATIO_RULE.ratio_on(on=start) == 700
    assert problems_of(lambda: required_load(350, on=start - ONE_DAY)) == [
        ("$.on", "schedule.before_start", "expected a day on or after the first step of the schedule")
    ]


def test_c4_every_ratio_step_names_its_source() -> None:
    assert [(s.start, s.value) for s in RATIO_SCHEDULE] == [
        (date(2016, 10, 1), Ratio(700)),
        (date(2020, 1, 1), Ratio(600)),
    ]
    assert all(s.source.citation.startswith("[000] 3b:") for s in RATIO_SCHEDULE)
    assert [s.source.citation.split()[-2:] for s in RATIO_SCHEDULE] == [
        ["izglītojamiem", "2017.gadā"],
        ["izglītojamiem", "2020.gadā"],
    ]
    assert RatioRule(schedule=RATIO_SCHEDULE) == DEFAULT_RATIO_RULE
    assert repr(Ratio(700)) == "Ratio(700)"


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (RoundingMode.HALF_UP, "0.01"),
        (RoundingMode.HALF_EVEN, "0.00"),
        (RoundingMode.HALF_DOWN, "0.00"),
        (RoundingMode.UP, "0.01"),
        (RoundingMode.DOWN, "0.00"),
    ],
)
def test_c4_a_tie_3_learners_per_600_is_0_005_and_rounds_half_up_by_default(mode: RoundingMode, expected: str) -> None:
    on = date(2020, 1, 1)
    assert str(required_load(3, on=on)) == "0.01"  # the default: half up
    assert str(required_load(3, on=on, ratio=RatioRule(rounding=mode))) == expected


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
    rule = RatioRule(schedule=Schedule(steps=(_step(date(2000, 1, 1), Ratio(1000)),)), rounding=mode)
    on = date(2000, 1, 1)
    assert str(rule.required_load(125, on=on)) == tie  # 0.125
    assert str(rule.required_load(126, on=on)) == not_tie  # 0.126
    assert str(rule.required_load(135, on=on)) == odd_tie  # 0.135


def test_c4_rounding_to_whole_posts_and_other_places() -> None:
    whole = RatioRule(schedule=Schedule(steps=(_step(date(2000, 1, 1), Ratio(700)),)), places=0)
    assert str(whole.required_load(1000, on=date(2000, 1, 1))) == "1"
    assert str(whole.required_load(1400, on=date(2000, 1, 1))) == "2"
    fine = RatioRule(schedule=whole.schedule, places=6, rounding=RoundingMode.DOWN)
    assert str(fine.required_load(1, on=date(2000, 1, 1))) == "0.001428"


def test_c4_linear_policy_interpolates_by_day_and_keeps_the_last_value() -> None:
    steps = (_step(date(2017, 1, 1), Ratio(700)), _step(date(2017, 1, 11), Ratio(600)))
    linear = RatioRule(schedule=Schedule(steps=steps), policy=RatioPolicy.LINEAR)
    assert [linear.ratio_on(on=date(2017, 1, d)) for d in (1, 2, 6, 10, 11, 12)] == [700, 690, 650, 610, 600, 600]
    assert linear.ratio_on(on=date(2030, 1, 1)) == 600
    assert linear.required_load(690, on=date(2017, 1, 2)) == Decimal("1.00")
    uneven = RatioRule(
        schedule=Schedule(steps=(steps[0], _step(date(2017, 1, 4), Ratio(600)))), policy=RatioPolicy.LINEAR
    )
    assert uneven.ratio_on(on=date(2017, 1, 2)) == Fraction(2000, 3)
    assert RatioRule(schedule=Schedule(steps=steps)).ratio_on(on=date(2017, 1, 10)) == 700


def test_c4_ratio_labels_are_latvian() -> None:
    assert (RatioPolicy.STEP.label, RatioPolicy.LINEAR.label) == ("pakāpeniski", "lineāri")
    assert all(mode.label for mode in RoundingMode)


def test_c4_a_ratio_rule_rejects_every_bad_field() -> None:
    assert problems_of(
        lambda: RatioRule(schedule=_any(None), policy=_any("step"), places=7, rounding=_any("ROUND_HALF_UP"))
    ) == [
        ("$.schedule", "record.type", "expected a Schedule[Ratio]"),
        ("$.policy", "enum.type", "expected a RatioPolicy"),
        ("$.places", "integer.range", "expected a number of decimal places: an int (not a bool) from 0 to 6"),
        ("$.rounding", "enum.type", "expected a RoundingMode"),
    ]
    assert problems_of(lambda: Ratio(0)) == [
        ("$", "integer.range", "expected a number of learners per consultant: an int (not a bool) from 1 to 100000")
    ]
    assert problems_of(
        lambda: Schedule(steps=(_step(date(2018, 1, 1), Ratio(7)), _step(date(2018, 1, 1), Ratio(6))))
    ) == [("$.steps[1].start", "schedule.order", "expected each step to start after the one before")]


@pytest.mark.parametrize("learners", [-1, True, 1.5, "350", None, 10_000_001])
def test_c4_a_learner_count_must_be_an_int_from_0_to_10_million(learners: object) -> None:
    message = "expected a number of learners: an int (not a bool) from 0 to 10000000"
    code = "integer.range" if type(learners) is int else "integer.type"
    assert problems_of(lambda: required_load(_any(learners), on=date(2017, 10, 1))) == [("$.learners", code, message)]
    assert problems_of(lambda: DEFAULT_RATIO_RULE.required_load(_any(learners), on=date(2017, 10, 1))) == [
        ("$.learners", code, message)
    ]


def test_c4_a_caller_may_supply_a_ratio_rule() -> None:
    rule = RatioRule(schedule=Schedule(steps=(_step(date(2000, 1, 1), Ratio(500)),)), places=1)
    assert str(required_load(350, on=date(2001, 1, 1), ratio=rule)) == "0.7"
    assert problems_of(lambda: required_load(350, on=date(2001, 1, 1), ratio=_any("1:500"))) == [
        ("$.ratio", "record.type", "expected a RatioRule")
    ]


# ================================================================ C-5: load bounds and loads


def test_c5_load_bounds_default_to_the_brief_and_are_stored_with_two_places() -> None:
    assert LoadBounds() == LoadBounds(minimum=Decimal("0.3"), total_cap=Decimal("6.0"))
    bounds = LoadBounds(minimum=Decimal("0.3"), total_cap=Decimal("6"))
    assert (str(bounds.minimum), str(bounds.total_cap)) == ("0.30", "6.00")
    assert LoadBounds(minimum=Decimal("0.5"), total_cap=Decimal("0.5")).total_cap == Decimal("0.50")


MINIMUM = "expected a minimum load in FTE as a finite Decimal with at most 2 decimal places, above 0 and at most 1.00"
CAP = "expected a total cap in FTE as a finite Decimal with at most 2 decimal places, above 0 and at most 10000.00"


@pytest.mark.parametrize(
    ("minimum", "cap", "expected"),
    [
        (Decimal(0), Decimal(6), [("$.minimum", "decimal.range", MINIMUM)]),
        (Decimal("1.01"), Decimal(6), [("$.minimum", "decimal.range", MINIMUM)]),
        (Decimal("0.305"), Decimal(6), [("$.minimum", "decimal.range", MINIMUM)]),
        (0.3, Decimal(6), [("$.minimum", "decimal.type", MINIMUM)]),
        (
            Decimal("NaN"),
            Decimal("Infinity"),
            [("$.minimum", "decimal.range", MINIMUM), ("$.total_cap", "decimal.range", CAP)],
        ),
        (Decimal("0.3"), Decimal("1E+30"), [("$.total_cap", "decimal.range", CAP)]),
        (Decimal("0.3"), Decimal("1E-30"), [("$.total_cap", "decimal.range", CAP)]),
        (
            Decimal("0.5"),
            Decimal("0.49"),
            [("$.total_cap", "load_bounds.cap_below_minimum", "expected a total cap at least the minimum")],
        ),
    ],
)
def test_c5_load_bounds_reject_bad_values(minimum: object, cap: object, expected: list[tuple[str, str, str]]) -> None:
    assert problems_of(lambda: LoadBounds(minimum=_any(minimum), total_cap=_any(cap))) == expected


LOAD = "expected a load in FTE as a finite Decimal with at most 2 decimal places, above 0 and at most 1.00"


def test_c5_an_assignment_stores_its_load_with_two_places_and_is_in_force_in_its_period() -> None:
    a = _assignment(load="0.3")
    assert str(a.load) == "0.30"
    assert [a.in_force(on=day) for day in (YEAR_2017.start - ONE_DAY, YEAR_2017.start)] == [False, True]
    assert YEAR_2017.end is not None
    assert [a.in_force(on=day) for day in (YEAR_2017.end, YEAR_2017.end + ONE_DAY)] == [True, False]
    assert str(_assignment(load="1").load) == "1.00"


@pytest.mark.parametrize(
    "load",
    [Decimal(0), Decimal("-0.3"), Decimal("1.01"), Decimal("0.333"), Decimal("NaN"), Decimal("1E-99"), 0.3, "0.3"],
)
def test_c5_an_assignment_load_is_above_zero_at_most_one_post_with_two_places(load: object) -> None:
    code = "decimal.range" if type(load) is Decimal else "decimal.type"
    assert problems_of(
        lambda: ConsultantAssignment(consultant="c-1", institution="4500000001", load=_any(load), period=YEAR_2017)
    ) == [("$.load", code, LOAD)]


def test_c5_an_assignment_rejects_every_bad_field() -> None:
    assert problems_of(
        lambda: ConsultantAssignment(
            consultant=_any(1), institution="45000001", load=Decimal(2), period=_any(YEAR_2017.start)
        )
    ) == [
        ("$.consultant", "text.type", "expected a pseudonymous person id as a str"),
        ("$.institution", "text.format", "expected a registration number of ten digits"),
        ("$.load", "decimal.range", LOAD),
        ("$.period", "record.type", "expected a DateRange"),
    ]


def test_c5_total_load_sums_the_assignments_in_force() -> None:
    assert total_load(ex.daugavpils_2017_assignments(), on=DEC_4) == Decimal("6.00")
    assert total_load(iter(ex.daugavpils_2017_assignments()), on=date(2018, 8, 31)) == Decimal("6.00")
    assert total_load(ex.daugavpils_2017_assignments(), on=date(2018, 9, 1)) == Decimal("0.00")
    assert total_load((), on=DEC_4) == Decimal("0.00")


# ================================================================ C-6: training


def test_c6_a_training_record_holds_its_days_and_hours() -> None:
    record = TrainingRecord(
        person_id="c-1", course="Karjeras atbalsts", start=date(2017, 4, 3), end=date(2017, 4, 3), hours=Decimal(24)
    )
    assert str(record.hours) == "24.00"
    assert TrainingRequirement() == TrainingRequirement(min_hours=Decimal(0), grace_days=365)
    assert str(TrainingRequirement(min_hours=Decimal("8.5")).min_hours) == "8.50"


def test_c6_a_training_record_rejects_every_bad_field() -> None:
    hours = "expected a number of hours as a finite Decimal with at most 2 decimal places, above 0 and at most 10000.00"
    assert problems_of(
        lambda: TrainingRecord(person_id="", course=" ", start=date(2017, 4, 5), end=date(2017, 4, 4), hours=Decimal(0))
    ) == [
        ("$.person_id", "text.blank", "expected a pseudonymous person id that is not blank"),
        ("$.course", "text.blank", "expected a course title that is not blank"),
        ("$.hours", "decimal.range", hours),
        ("$.end", "period.end_before_start", "expected an end on or after the start"),
    ]
    assert problems_of(
        lambda: TrainingRecord(person_id="c-1", course="x", start=_any(None), end=date(2017, 4, 3), hours=_any(24))
    ) == [("$.start", "date.type", DAY), ("$.hours", "decimal.type", hours)]
    with pytest.raises(PersonalDataRejected):
        TrainingRecord(
            person_id="c-1",
            course=f"kurss {PERSONAL_CODE}",
            start=date(2017, 4, 3),
            end=date(2017, 4, 3),
            hours=Decimal(1),
        )


def test_c6_a_training_requirement_rejects_bad_fields() -> None:
    assert problems_of(lambda: TrainingRequirement(min_hours=Decimal("-1"), grace_days=-1)) == [
        (
            "$.min_hours",
            "decimal.range",
            "expected a number of hours as a finite Decimal with at most 2 decimal places, at least 0 and at most "
            "10000.00",
        ),
        ("$.grace_days", "integer.range", "expected a number of days: an int (not a bool) from 0 to 3660"),
    ]


# ================================================================ C-1: the agreement


def test_c1_an_agreement_defaults_to_the_brief() -> None:
    agreement = Agreement(municipality="Jelgava", signed=date(2017, 2, 24))
    assert agreement.period == CAREER_SUPPORT_PERIOD == DateRange(start=date(2016, 10, 1), end=date(2020, 12, 31))
    assert agreement.requirements == PilotRequirements()
    assert agreement.qualification_rules == QUALIFICATION_SCHEDULE
    assert agreement.ratio == DEFAULT_RATIO_RULE
    assert agreement.load_bounds == LoadBounds()
    assert agreement.training == TrainingRequirement()
    assert agreement.effective_start == date(2017, 2, 24)


def test_c1_an_agreement_is_in_force_from_its_signing_to_its_periods_end() -> None:
    agreement = Agreement(municipality="Jelgava", signed=date(2017, 2, 24))
    assert [agreement.in_force(on=date(2017, 2, d)) for d in (23, 24, 25)] == [False, True, True]
    assert [agreement.in_force(on=day) for day in (date(2020, 12, 30), date(2020, 12, 31), date(2021, 1, 1))] == [
        True,
        True,
        False,
    ]
    early = Agreement(municipality="Jelgava", signed=date(2016, 9, 1))
    assert early.effective_start == date(2016, 10, 1)
    assert [early.in_force(on=day) for day in (date(2016, 9, 30), date(2016, 10, 1))] == [False, True]


def test_c1_pilot_schools_on_a_day_follow_their_periods() -> None:
    agreement = Agreement(
        municipality="Jelgava",
        signed=date(2017, 2, 24),
        period=DateRange(start=date(2016, 10, 1)),
        pilot_schools=(
            PilotSchool(
                registration_number="4500000002", period=DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31))
            ),
            PilotSchool(
                registration_number="4500000001", period=DateRange(start=date(2017, 3, 1), end=date(2017, 8, 31))
            ),
            PilotSchool(registration_number="4500000001", period=DateRange(start=date(2018, 9, 1))),
        ),
    )
    assert agreement.pilot_schools_on(on=date(2017, 2, 28)) == ()
    assert agreement.pilot_schools_on(on=date(2017, 3, 1)) == ("4500000001",)
    assert agreement.pilot_schools_on(on=date(2017, 8, 31)) == ("4500000001",)
    assert agreement.pilot_schools_on(on=date(2017, 9, 1)) == ("4500000002",)
    assert agreement.pilot_schools_on(on=date(2025, 1, 1)) == ("4500000001",)


def test_c1_an_agreement_rejects_every_bad_field() -> None:
    assert problems_of(
        lambda: Agreement(
            municipality="",
            signed=_any("2017"),
            period=_any("2016-2020"),
            pilot_schools=_any([]),
            requirements=_any(None),
            qualification_rules=_any(None),
            ratio=_any(None),
            load_bounds=_any(None),
            training=_any(None),
        )
    ) == [
        ("$.municipality", "text.blank", "expected a municipality's name that is not blank"),
        ("$.signed", "date.type", DAY),
        ("$.period", "record.type", "expected a DateRange"),
        ("$.pilot_schools", "array.type", "expected a tuple of items, each a PilotSchool"),
        ("$.requirements", "record.type", "expected a PilotRequirements"),
        ("$.qualification_rules", "record.type", "expected a Schedule[QualificationRule]"),
        ("$.ratio", "record.type", "expected a RatioRule"),
        ("$.load_bounds", "record.type", "expected a LoadBounds"),
        ("$.training", "record.type", "expected a TrainingRequirement"),
    ]
    assert problems_of(lambda: PilotSchool(registration_number="abc", period=_any(None))) == [
        ("$.registration_number", "text.format", "expected a registration number of ten digits"),
        ("$.period", "record.type", "expected a DateRange"),
    ]


def test_c1_an_agreement_is_signed_by_its_periods_end() -> None:
    assert Agreement(municipality="Jelgava", signed=date(2020, 12, 31)).in_force(on=date(2020, 12, 31))
    assert problems_of(lambda: Agreement(municipality="Jelgava", signed=date(2021, 1, 1))) == [
        ("$.signed", "agreement.signed_after_end", "expected the agreement signed by its period's end")
    ]
    assert Agreement(
        municipality="Jelgava", signed=date(2030, 1, 1), period=DateRange(start=date(2017, 1, 1))
    ).in_force(on=date(2030, 1, 1))


def test_c1_an_agreement_holds_its_pilot_schools_inside_its_period_each_once() -> None:
    assert CAREER_SUPPORT_PERIOD.end is not None
    edge = PilotSchool(registration_number="4500000003", period=CAREER_SUPPORT_PERIOD)
    outside = PilotSchool(registration_number="4500000001", period=DateRange(start=date(2016, 9, 30)))
    twice = PilotSchool(registration_number="4500000002", period=CAREER_SUPPORT_PERIOD)
    assert problems_of(
        lambda: Agreement(municipality="Jelgava", signed=date(2017, 2, 24), pilot_schools=(edge, outside, twice, twice))
    ) == [
        (
            "$.pilot_schools[1].period",
            "agreement.pilot_outside_period",
            "expected a pilot school's period inside the agreement's period",
        ),
        ("$.pilot_schools[3]", "agreement.pilot_twice", "expected each school once for any day: its periods overlap"),
    ]
    after = PilotSchool(
        registration_number="4500000002",
        period=DateRange(start=CAREER_SUPPORT_PERIOD.end, end=CAREER_SUPPORT_PERIOD.end),
    )
    before = PilotSchool(
        registration_number="4500000002",
        period=DateRange(start=date(2017, 1, 1), end=CAREER_SUPPORT_PERIOD.end - ONE_DAY),
    )
    assert (
        len(Agreement(municipality="Jelgava", signed=date(2017, 1, 1), pilot_schools=(before, after)).pilot_schools)
        == 2
    )
    assert problems_of(
        lambda: Agreement(municipality="Jelgava", signed=date(2017, 2, 24), pilot_schools=_any((twice, 1)))
    ) == [("$.pilot_schools[1]", "record.type", "expected a PilotSchool")]


def test_c1_an_agreement_lists_up_to_10000_pilot_schools() -> None:
    pilots = [PilotSchool(registration_number=f"45{n:08d}", period=CAREER_SUPPORT_PERIOD) for n in range(10_001)]
    agreement = Agreement(municipality="Jelgava", signed=date(2017, 2, 24), pilot_schools=tuple(pilots[:10_000]))
    assert len(agreement.pilot_schools) == 10_000
    assert problems_of(
        lambda: Agreement(municipality="Jelgava", signed=date(2017, 2, 24), pilot_schools=tuple(pilots))
    ) == [("$.pilot_schools", "array.size", "expected at most 10000 items")]


def test_c1_c3_c4_an_agreement_needs_its_rules_in_force_from_its_first_day() -> None:
    ratio = "expected a ratio schedule in force from the agreement's first day (C-4)"
    rules = "expected qualification rules in force from the agreement's first day (C-3)"
    assert problems_of(
        lambda: Agreement(municipality="Jelgava", signed=date(2014, 1, 1), period=DateRange(start=date(2014, 1, 1)))
    ) == [
        ("$.ratio.schedule.steps[0].start", "agreement.ratio_after_start", ratio),
        ("$.qualification_rules.steps[0].start", "agreement.qualification_rules_after_start", rules),
    ]
    # The first day of the default rules is the agreement's first day: in force, no problem.
    assert Agreement(municipality="Jelgava", signed=date(2016, 10, 1)).effective_start == date(2016, 10, 1)
    late = RatioRule(schedule=Schedule(steps=(_step(date(2017, 2, 25), Ratio(700)),)))
    assert problems_of(lambda: Agreement(municipality="Jelgava", signed=date(2017, 2, 24), ratio=late)) == [
        ("$.ratio.schedule.steps[0].start", "agreement.ratio_after_start", ratio)
    ]
    on_time = RatioRule(schedule=Schedule(steps=(_step(date(2017, 2, 24), Ratio(700)),)))
    assert Agreement(municipality="Jelgava", signed=date(2017, 2, 24), ratio=on_time).ratio == on_time


def test_c3_an_agreements_qualification_rule_starts_on_or_after_its_regulations_adoption() -> None:
    early = Schedule(
        steps=(
            _step(date(2014, 10, 28), QualificationRule(regulation=MK_662_2014)),
            _step(date(2018, 9, 10), QualificationRule(regulation=MK_569_2018)),
        )
    )
    assert problems_of(
        lambda: Agreement(municipality="Jelgava", signed=date(2017, 2, 24), qualification_rules=early)
    ) == [
        (
            "$.qualification_rules.steps[1].start",
            "agreement.rule_before_adoption",
            "expected a qualification rule to start on or after its regulation's adoption (C-3)",
        )
    ]


# ================================================================ C-1: the parties


def test_c1_daugavpils_schools_and_consultants_keep_to_the_agreement() -> None:
    found = check_parties(
        ex.daugavpils_2017_agreement(), ex.daugavpils_2017_institutions(), ex.daugavpils_2017_assignments(), on=DEC_4
    )
    assert found == ()


def test_c1_a_pilot_school_of_another_municipality_is_a_violation_while_the_agreement_is_in_force() -> None:
    institutions = [
        changed(i, municipality="Jelgavas novads") if i.registration_number == JELGAVA_SCHOOLS[1] else i
        for i in ex.jelgava_institutions()
    ]
    agreement = ex.jelgava_agreement()
    assert listed(check_parties(agreement, institutions, [], on=date(2017, 2, 24))) == [
        (
            "$.agreement.pilot_schools[1]",
            "pilot.other_municipality",
            "C-1",
            "pilot school 4513900002 is supervised by a municipality other than Jelgava",
        )
    ]
    assert check_parties(agreement, institutions, [], on=date(2017, 2, 23)) == ()


def test_c1_a_load_outside_a_pilot_school_or_outside_the_agreement_is_a_violation() -> None:
    agreement = ex.daugavpils_2017_agreement()  # signed on 2017-03-01, pilot schools from then on
    elsewhere = _assignment(institution="4600000001", load="1.00")
    early = _assignment(institution="4500000001", period=DateRange(start=date(2017, 1, 1)))
    assert listed(check_parties(agreement, [], [elsewhere, early], on=DEC_4)) == [
        (
            "$.assignments[0].institution",
            "assignment.not_pilot_school",
            "C-1",
            "consultant c-1 has a load in 4600000001, which is not a pilot school on 2017-12-04",
        )
    ]
    assert listed(check_parties(agreement, [], [elsewhere, early], on=date(2017, 2, 28))) == [
        (
            "$.assignments[1].institution",
            "assignment.not_pilot_school",
            "C-1",
            "consultant c-1 has a load in 4500000001, which is not a pilot school on 2017-02-28",
        ),
        (
            "$.assignments[1].period",
            "assignment.outside_agreement",
            "C-1",
            "consultant c-1 has a load in 4500000001 on 2017-02-28, when the agreement is not in force",
        ),
    ]
    assert check_parties(agreement, [], [early], on=date(2017, 3, 1)) == ()
    assert [v.code for v in check_parties(agreement, [], [early], on=date(2021, 1, 1))] == [
        "assignment.not_pilot_school",
        "assignment.outside_agreement",
    ]


# ================================================================ C-2: the pilot set


def test_c2_jelgava_pilot_set_meets_the_requirements() -> None:
    assert check_pilot_set(ex.jelgava_agreement(), ex.jelgava_institutions(), on=date(2017, 3, 1)) == ()


def test_c2_t1_check_pilot_set_takes_its_day_by_name() -> None:
    # the day is given explicitly, by name: on= and never a positional day (T-1; issue #10)
    untyped: Any = check_pilot_set
    with pytest.raises(TypeError):
        untyped(ex.jelgava_agreement(), ex.jelgava_institutions(), date(2017, 3, 1))


def test_c2_jelgava_pilot_set_without_minority_and_with_too_few_general_schools_breaks_them() -> None:
    found = check_pilot_set(ex.jelgava_agreement(met=False), ex.jelgava_institutions(), on=date(2017, 3, 1))
    assert listed(found) == [
        (
            "$.agreement.pilot_schools",
            "pilot.too_few_general",
            "C-2",
            "4 general education pilot institution(s) implement basic programmes on 2017-03-01; at least 6 required",
        ),
        (
            "$.agreement.pilot_schools",
            "pilot.too_few_minority",
            "C-2",
            "0 pilot institution(s) implement a minority education programme on 2017-03-01; at least 1 required",
        ),
    ]


def test_c2_the_general_minimum_applies_in_the_reference_year_only_unless_none() -> None:
    agreement = ex.jelgava_agreement(met=False)
    institutions = ex.jelgava_institutions()
    last, first = date(2017, 8, 31), date(2017, 9, 1)
    assert [v.code for v in check_pilot_set(agreement, institutions, on=last)] == [
        "pilot.too_few_general",
        "pilot.too_few_minority",
    ]
    assert [v.code for v in check_pilot_set(agreement, institutions, on=first)] == ["pilot.too_few_minority"]
    every_year = changed(agreement, requirements=PilotRequirements(reference_year=None))
    assert [v.code for v in check_pilot_set(every_year, institutions, on=first)] == [
        "pilot.too_few_general",
        "pilot.too_few_minority",
    ]


def test_c2_programme_kinds_are_a_parameter_and_vocational_schools_never_count() -> None:
    secondary = PilotRequirements(
        min_minority=0, min_general=4, general_kinds=(GeneralProgrammeKind.GENERAL_SECONDARY,)
    )
    agreement = changed(ex.jelgava_agreement(met=False), requirements=secondary)
    # Schools 1-3 and 7 implement general secondary programmes; school 8 is vocational.
    assert check_pilot_set(agreement, ex.jelgava_institutions(), on=date(2017, 3, 1)) == ()
    five = changed(agreement, requirements=changed(secondary, min_general=5))
    assert [v.message for v in check_pilot_set(five, ex.jelgava_institutions(), on=date(2017, 3, 1))] == [
        "4 general education pilot institution(s) implement general_secondary programmes on 2017-03-01; "
        "at least 5 required"
    ]


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


def test_c2_a_pilot_school_not_among_the_institutions_is_a_violation() -> None:
    institutions = [i for i in ex.jelgava_institutions() if i.registration_number != JELGAVA_SCHOOLS[1]]
    found = check_pilot_set(ex.jelgava_agreement(), institutions, on=date(2017, 3, 1))
    assert [(v.path, v.code) for v in found] == [
        ("$.agreement.pilot_schools", "pilot.too_few_general"),
        ("$.agreement.pilot_schools[1]", "pilot.unknown_institution"),
    ]
    assert found[1].message == "pilot school 4513900002 is not among the institutions given, so it cannot be counted"


def test_c2_nothing_is_required_while_the_agreement_is_not_in_force() -> None:
    agreement = ex.jelgava_agreement(met=False)  # signed on 2017-02-24
    assert check_pilot_set(agreement, [], on=date(2017, 2, 23)) == ()
    assert len(check_pilot_set(agreement, ex.jelgava_institutions(), on=date(2017, 2, 24))) == 2
    assert check_pilot_set(agreement, [], on=date(2021, 1, 1)) == ()


# ================================================================ C-3: the qualification check


def test_c3_daugavpils_consultants_are_qualified() -> None:
    assert check_qualifications(ex.daugavpils_2017_consultants(), ex.daugavpils_2017_assignments(), on=DEC_4) == ()


def test_c3_unqualified_and_unknown_consultants_are_violations_once_each() -> None:
    assignments = [*ex.daugavpils_2017_assignments(), _assignment(consultant="x-1"), _assignment(consultant="x-1")]
    people = [*ex.daugavpils_2017_consultants()[1:], Consultant(person_id="x-1")]
    assert listed(check_qualifications(people, assignments, on=DEC_4)) == [
        (
            "$.consultants[19].qualifications",
            "qualification.missing",
            "C-3",
            "consultant x-1 holds no qualification meeting MK noteikumi Nr. 662 (2014-10-28) on 2017-12-04",
        ),
        (
            "$.assignments[0].consultant",
            "qualification.unknown_consultant",
            "C-3",
            "consultant dgp-01 is assigned on 2017-12-04 but not among the consultants given",
        ),
    ]


def test_c3_a_consultant_listed_twice_holds_the_qualifications_of_both_entries() -> None:
    record = QualificationRecord(regulation=MK_569_2018, obtained=date(2018, 10, 1))
    people = [Consultant(person_id="c-1"), Consultant(person_id="c-1", qualifications=(record,))]
    a = _assignment(period=DateRange(start=date(2018, 9, 1), end=date(2019, 8, 31)))
    assert [len(check_qualifications(people, [a], on=date(2018, 10, d))) for d in (1, 2)] == [0, 0]
    assert [v.path for v in check_qualifications(people, [a], on=date(2018, 9, 30))] == [
        "$.consultants[0].qualifications"
    ]
    assert [v.code for v in check_qualifications([], [a], on=date(2018, 12, 1))] == ["qualification.unknown_consultant"]
    assert check_qualifications([], [a], on=date(2019, 9, 1)) == ()
    strict = Schedule(steps=(_step(date(2015, 1, 1), QualificationRule(regulation=MK_662_2014)),))
    assert [v.code for v in check_qualifications(people, [a], on=date(2018, 12, 1), rules=strict)] == [
        "qualification.missing"
    ]


def test_c3_the_switch_to_569_is_checked_on_its_day() -> None:
    only_569 = Consultant(
        person_id="c-1", qualifications=(QualificationRecord(regulation=MK_569_2018, obtained=date(2016, 1, 1)),)
    )
    a = _assignment(period=DateRange(start=date(2018, 1, 1)))
    assert [len(check_qualifications([only_569], [a], on=date(2018, 9, d))) for d in (10, 11, 12)] == [1, 0, 0]
    before = _assignment(period=DateRange(start=date(2014, 1, 1)))
    assert problems_of(lambda: check_qualifications([only_569], [before], on=date(2014, 10, 27))) == [
        ("$.on", "schedule.before_start", "expected a day on or after the first step of the schedule")
    ]


# ================================================================ C-4: the required-load check


def test_c4_daugavpils_loads_match_what_their_learners_require() -> None:
    found = check_required_loads(
        ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(), ex.daugavpils_2017_learner_counts(), on=DEC_4
    )
    assert found == ()


def test_c4_a_school_short_of_or_above_its_required_load_is_a_violation() -> None:
    agreement = ex.daugavpils_2017_agreement()
    counts = ex.daugavpils_2017_learner_counts()
    short = ex.daugavpils_2017_assignments()[1:]  # school 1 keeps one consultant: 0.30 of its 0.60
    assert listed(check_required_loads(agreement, short, counts, on=DEC_4)) == [
        (
            "$.agreement.pilot_schools[0]",
            "load.below_required",
            "C-4",
            "pilot school 4500000001 has 0.30 FTE on 2017-12-04; its 420 learners require 0.60 FTE",
        )
    ]
    over = ex.daugavpils_2017_assignments(21)  # the 21st goes to school 1
    assert listed(check_required_loads(agreement, over, counts, on=DEC_4)) == [
        (
            "$.agreement.pilot_schools[0]",
            "load.above_required",
            "C-4",
            "pilot school 4500000001 has 0.90 FTE on 2017-12-04; its 420 learners require only 0.60 FTE",
        )
    ]
    assert check_required_loads(agreement, over, counts, on=DEC_4, tolerance=Decimal("0.30")) == ()
    assert len(check_required_loads(agreement, over, counts, on=DEC_4, tolerance=Decimal("0.29"))) == 1


def test_c4_the_required_load_follows_the_ratio_step_on_2020_01_01() -> None:
    school = PilotSchool(registration_number="4500000001", period=CAREER_SUPPORT_PERIOD)
    agreement = Agreement(municipality="Jelgava", signed=date(2017, 1, 1), pilot_schools=(school,))
    counts = [LearnerCount(institution="4500000001", school_year=SchoolYear(2019), learners=600)]
    one = [_assignment(load="1.00", period=DateRange(start=date(2019, 9, 1), end=date(2020, 8, 31)))]
    assert [v.message for v in check_required_loads(agreement, one, counts, on=date(2019, 12, 31))] == [
        "pilot school 4500000001 has 1.00 FTE on 2019-12-31; its 600 learners require only 0.86 FTE"
    ]
    assert check_required_loads(agreement, one, counts, on=date(2020, 1, 1)) == ()
    assert check_required_loads(agreement, one, counts, on=date(2020, 1, 2)) == ()


def test_c4_missing_conflicting_and_per_grade_learner_counts() -> None:
    agreement = ex.daugavpils_2017_agreement()
    year = SchoolYear(2017)
    counts = list(ex.daugavpils_2017_learner_counts()[2:])  # schools 3-10: indexes 0-7
    counts.append(LearnerCount(institution=DAUGAVPILS_PILOTS[0], school_year=year, learners=420))  # 8
    counts.append(LearnerCount(institution=DAUGAVPILS_PILOTS[0], school_year=year, learners=20, grade=Grade(1)))  # 9
    counts += [
        LearnerCount(institution=DAUGAVPILS_PILOTS[1], school_year=year, learners=42, grade=Grade(g))
        for g in range(1, 11)
    ]
    counts.append(LearnerCount(institution=DAUGAVPILS_PILOTS[2], school_year=SchoolYear(2016), learners=9999))
    assert listed(check_required_loads(agreement, ex.daugavpils_2017_assignments(), counts, on=DEC_4)) == [
        (
            "$.learner_counts[9]",
            "load.conflicting_learner_counts",
            "C-4",
            "pilot school 4500000001 has learner counts for 2017./2018. that would count learners twice (O-5)",
        )
    ]
    twice = [*counts, LearnerCount(institution=DAUGAVPILS_PILOTS[1], school_year=year, learners=1, grade=Grade(3))]
    assert [v.path for v in check_required_loads(agreement, ex.daugavpils_2017_assignments(), twice, on=DEC_4)] == [
        "$.learner_counts[9]",
        "$.learner_counts[21]",
    ]
    no_counts = check_required_loads(agreement, ex.daugavpils_2017_assignments(), [], on=DEC_4)
    assert [(v.path, v.code) for v in no_counts] == [
        (f"$.agreement.pilot_schools[{i}]", "load.no_learner_count") for i in range(10)
    ]
    assert no_counts[0].message == (
        "pilot school 4500000001 has no learner count for 2017./2018., so its required load is unknown"
    )


def test_c4_nothing_is_required_while_the_agreement_is_not_in_force_and_the_tolerance_is_bounded() -> None:
    agreement = ex.daugavpils_2017_agreement()  # signed on 2017-03-01
    assert check_required_loads(agreement, [], [], on=date(2017, 2, 28)) == ()
    assert len(check_required_loads(agreement, [], [], on=date(2017, 3, 1))) == 10
    message = (
        "expected a tolerance in FTE as a finite Decimal with at most 2 decimal places, at least 0 and at most 100.00"
    )
    for bad, code in ((Decimal(-1), "decimal.range"), (Decimal("0.001"), "decimal.range"), (0.1, "decimal.type")):
        call = functools.partial(check_required_loads, agreement, [], [], on=DEC_4, tolerance=_any(bad))
        assert problems_of(call) == [("$.tolerance", code, message)]
    assert check_required_loads(agreement, [], [], on=date(2017, 2, 28), tolerance=Decimal(100)) == ()


# ================================================================ C-5: the load check


def test_c5_daugavpils_20_consultants_at_0_3_in_10_pilot_schools_fit_the_6_fte_cap() -> None:
    assignments = ex.daugavpils_2017_assignments()
    assert len(assignments) == 20
    assert len({a.institution for a in assignments}) == 10
    assert {a.load for a in assignments} == {Decimal("0.30")}
    assert total_load(assignments, on=DEC_4) == Decimal("6.00") == ex.daugavpils_2017_agreement().load_bounds.total_cap
    assert check_loads(ex.daugavpils_2017_agreement(), assignments, on=DEC_4) == ()


def test_c5_a_21st_consultant_breaks_the_cap() -> None:
    assert listed(check_loads(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(21), on=DEC_4)) == [
        (
            "$.assignments",
            "load.total_above_cap",
            "C-5",
            "the loads in all pilot schools of Daugavpils total 6.30 FTE on 2017-12-04; the cap is 6.00 FTE",
        )
    ]


def test_c5_a_load_below_the_minimum_is_a_violation_but_a_consultants_loads_in_a_school_add_up() -> None:
    agreement = ex.daugavpils_2017_agreement()
    low = _assignment(load="0.29")
    assert check_loads(agreement, [_assignment(load="0.71"), low], on=DEC_4) == ()  # 1.00 in all
    assert listed(check_loads(agreement, [_assignment(consultant="c-2"), low], on=DEC_4)) == [
        (
            "$.assignments[1].load",
            "load.below_minimum",
            "C-5",
            "consultant c-1 has 0.29 FTE in 4500000001 on 2017-12-04; at least 0.30 FTE required",
        )
    ]
    assert check_loads(agreement, [_assignment(load="0.30")], on=DEC_4) == ()
    split = [_assignment(load="0.20"), _assignment(load="0.10")]
    assert check_loads(agreement, split, on=DEC_4) == ()
    lower = changed(agreement, load_bounds=LoadBounds(minimum=Decimal("0.29")))
    assert check_loads(lower, [low], on=DEC_4) == ()


def test_c5_only_loads_in_force_on_the_day_and_in_pilot_schools_count_towards_the_cap() -> None:
    agreement = ex.daugavpils_2017_agreement()
    current = ex.daugavpils_2017_assignments()
    ended = _assignment(institution="4500000001", period=DateRange(start=date(2017, 1, 2), end=date(2017, 12, 3)))
    assert check_loads(agreement, (*current, ended), on=date(2017, 12, 3)) != ()
    assert check_loads(agreement, (*current, ended), on=DEC_4) == ()
    elsewhere = _assignment(institution="4600000001", load="1.00")
    assert check_loads(agreement, (*current, elsewhere), on=DEC_4) == ()


# ================================================================ C-6: the training check


def _training(person_id: str, end: date, hours: str = "24") -> TrainingRecord:
    return TrainingRecord(person_id=person_id, course="Kurss", start=end, end=end, hours=Decimal(hours))


def test_c6_a_consultant_past_the_grace_period_without_training_is_a_violation() -> None:
    a = _assignment(period=DateRange(start=date(2017, 3, 1), end=date(2018, 8, 31)))  # 365 days: 2018-03-01
    assert check_training([a], [], on=date(2018, 2, 28)) == ()
    assert listed(check_training([a], [], on=date(2018, 3, 1))) == [
        (
            "$.assignments[0].consultant",
            "training.missing",
            "C-6",
            "consultant c-1 has 0.00 hours of further education by 2018-03-01; at least one course and 0.00 hours "
            "required",
        )
    ]
    assert len(check_training([a], [], on=date(2018, 3, 2))) == 1
    assert check_training([a], [_training("c-1", date(2017, 4, 5))], on=date(2018, 3, 1)) == ()


def test_c6_training_counts_when_it_ended_by_the_day_and_with_enough_hours() -> None:
    a = _assignment(period=DateRange(start=date(2016, 1, 1), end=date(2018, 8, 31)))
    on = date(2018, 3, 1)
    assert check_training([a], [_training("c-1", on)], on=on) == ()
    assert [v.code for v in check_training([a], [_training("c-1", on + ONE_DAY)], on=on)] == ["training.missing"]
    needs_16 = TrainingRequirement(min_hours=Decimal(16))
    few = [_training("c-1", date(2017, 1, 1), "8"), _training("c-2", date(2017, 1, 1), "40")]
    assert [v.message for v in check_training([a], few, on=on, requirement=needs_16)] == [
        "consultant c-1 has 8.00 hours of further education by 2018-03-01; at least one course and 16.00 hours required"
    ]
    enough = [*few, _training("c-1", date(2017, 2, 1), "8")]
    assert check_training([a], enough, on=on, requirement=needs_16) == ()


def test_c6_tenure_starts_at_the_earliest_assignment_and_only_active_consultants_are_checked() -> None:
    first = _assignment(period=DateRange(start=date(2016, 1, 1), end=date(2016, 8, 31)))
    second = _assignment(period=DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31)))
    future = _assignment(consultant="c-2", period=DateRange(start=date(2019, 9, 1)))
    ended = _assignment(consultant="c-3", period=DateRange(start=date(2015, 9, 1), end=date(2016, 8, 31)))
    on = date(2017, 10, 1)
    assert [v.path for v in check_training([second, first, future, ended], [], on=on)] == [
        "$.assignments[0].consultant"
    ]
    assert check_training([second], [], on=on) == ()
    none = TrainingRequirement(grace_days=0)
    assert len(check_training([second], [], on=date(2017, 9, 1), requirement=none)) == 1


# ================================================================ C-7: the plan


def test_c7_a_complete_plan_submitted_on_time_has_no_violation() -> None:
    plan = ex.daugavpils_2017_plan()
    assert plan.missing_aspects == ()
    assert check_plan(plan, on=DEC_4) == ()


def test_c7_a_plan_missing_an_aspect_is_incomplete() -> None:
    plan = changed(ex.daugavpils_2017_plan(), aspects=(PlanAspect.COOPERATION,))
    assert listed(check_plan(plan, on=DEC_4)) == [
        (
            "$.plan.aspects",
            "plan.incomplete",
            "C-7",
            "the 2017./2018. plan does not cover aspect (a): karjeras attīstības atbalsta pasākumu īstenošanas "
            "modelis un tā uzraudzības mehānisms",
        ),
        (
            "$.plan.aspects",
            "plan.incomplete",
            "C-7",
            "the 2017./2018. plan does not cover aspect (b): karjeras atbalsta pasākumi projektā neiesaistītajās "
            "vispārējās izglītības iestādēs",
        ),
    ]


def test_c7_a_plan_not_submitted_by_its_due_date_is_overdue_and_a_late_one_is_late() -> None:
    plan = changed(ex.daugavpils_2017_plan(), submitted=None)  # due on 2017-10-02
    assert check_plan(plan, on=date(2017, 10, 1)) == ()
    assert check_plan(plan, on=date(2017, 10, 2)) == ()
    assert listed(check_plan(plan, on=date(2017, 10, 3))) == [
        (
            "$.plan.submitted",
            "plan.overdue",
            "C-7",
            "the 2017./2018. plan was due on 2017-10-02 and is not submitted by 2017-10-03",
        )
    ]
    on_the_day = changed(plan, submitted=date(2017, 10, 2))
    assert check_plan(on_the_day, on=date(2017, 10, 2)) == check_plan(on_the_day, on=DEC_4) == ()
    late = changed(plan, submitted=date(2017, 10, 3))
    assert [v.code for v in check_plan(late, on=date(2017, 10, 2))] == []
    assert listed(check_plan(late, on=date(2017, 10, 3))) == [
        (
            "$.plan.submitted",
            "plan.submitted_late",
            "C-7",
            "the 2017./2018. plan was submitted on 2017-10-03, after its due date 2017-10-02",
        )
    ]
    later = changed(plan, submitted=date(2017, 10, 9))
    assert [v.code for v in check_plan(later, on=date(2017, 10, 8))] == ["plan.overdue"]
    assert check_plan(changed(plan, due=None), on=date(2030, 1, 1)) == ()


def test_c7_plan_aspects_have_letters_and_labels() -> None:
    assert [a.letter for a in PlanAspect] == ["a", "b", "c"]
    assert PlanAspect.COOPERATION.label.startswith("sadarbība")


def test_c7_a_plan_rejects_every_bad_field() -> None:
    cooperation = PlanAspect.COOPERATION
    assert problems_of(
        lambda: CareerSupportPlan(
            municipality="",
            school_year=_any(2017),
            aspects=(cooperation, cooperation),
            submitted=_any("2017-09-29"),
            due=_any(datetime(2017, 10, 2)),
        )
    ) == [
        ("$.municipality", "text.blank", "expected a municipality's name that is not blank"),
        ("$.school_year", "record.type", "expected a SchoolYear"),
        ("$.submitted", "date.type", DAY),
        ("$.due", "date.type", DAY),
        ("$.aspects[1]", "plan.aspect_twice", "expected each aspect at most once"),
    ]
    assert problems_of(
        lambda: CareerSupportPlan(municipality="Daugavpils", school_year=SchoolYear(2017), aspects=_any(("a",)))
    ) == [("$.aspects[0]", "enum.type", "expected a PlanAspect")]


# ================================================================ C-8: obligations


def test_c8_every_obligation_is_outstanding_without_evidence() -> None:
    assert listed(check_obligations([], on=DEC_4)) == [
        (
            "$.evidence",
            "obligation.outstanding",
            "C-8",
            f"no evidence by 2017-12-04 that the municipality did: {o.label}",
        )
        for o in sorted(Obligation, key=lambda o: o.label)
    ]


def test_c8_evidence_dated_on_or_before_the_day_meets_an_obligation() -> None:
    evidence = ex.daugavpils_2017_evidence()  # publish_information on 2017-12-04
    assert check_obligations(evidence, on=DEC_4) == ()
    assert check_obligations(evidence, on=DEC_4 + ONE_DAY) == ()
    assert [v.message for v in check_obligations(evidence, on=DEC_4 - ONE_DAY)] == [
        f"no evidence by 2017-12-03 that the municipality did: {Obligation.PUBLISH_INFORMATION.label}"
    ]


def test_c8_since_counts_only_evidence_dated_on_or_after_it() -> None:
    evidence = ex.daugavpils_2017_evidence()  # ensure_access on 2017-09-01, accumulate_data on 2017-08-31
    outstanding = {v.message.split(": ", 1)[1] for v in check_obligations(evidence, on=DEC_4, since=date(2017, 9, 1))}
    assert outstanding == {Obligation.ACCUMULATE_DATA.label, Obligation.NOMINATE_PILOT_SCHOOLS.label}
    assert len(check_obligations(evidence, on=DEC_4, since=date(2017, 8, 31))) == 1
    assert len(check_obligations(evidence, on=DEC_4, since=date(2017, 9, 2))) == 3


def test_c8_obligations_have_latvian_labels_and_evidence_rejects_bad_fields() -> None:
    assert Obligation.PUBLISH_INFORMATION.label.startswith("tīmekļa vietnē")
    assert problems_of(lambda: ObligationEvidence(obligation=_any("submit_plan"), on=_any(None), note="")) == [
        ("$.obligation", "enum.type", "expected an Obligation"),
        ("$.on", "date.type", DAY),
        ("$.note", "text.blank", "expected a note that is not blank"),
    ]
    with pytest.raises(PersonalDataRejected):
        ObligationEvidence(obligation=Obligation.ENSURE_ACCESS, on=DEC_4, note=f"skolēns {PERSONAL_CODE}")


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
    assert check(ex.daugavpils_2017_agreement(), on=DEC_4, **_daugavpils_data()) == ()


def test_c1_to_c8_check_collects_every_violation_in_rule_order() -> None:
    data = _daugavpils_data(21)
    data["plans"] = [
        changed(ex.daugavpils_2017_plan(), aspects=(PlanAspect.COOPERATION, PlanAspect.NON_PROJECT_SCHOOLS)),
        changed(ex.daugavpils_2017_plan(), municipality="Rēzekne", school_year=SchoolYear(2018)),
    ]
    data["evidence"] = ex.daugavpils_2017_evidence()[1:]
    data["institutions"] = ex.daugavpils_2017_institutions()[1:]
    found = check(ex.daugavpils_2017_agreement(), on=DEC_4, **data)
    assert [(v.rule, v.code, v.path) for v in found] == [
        ("C-2", "pilot.unknown_institution", "$.agreement.pilot_schools[0]"),
        ("C-4", "load.above_required", "$.agreement.pilot_schools[0]"),
        ("C-5", "load.total_above_cap", "$.assignments"),
        ("C-7", "plan.incomplete", "$.plans[0].aspects"),
        ("C-7", "plan.other_municipality", "$.plans[1].municipality"),
        ("C-8", "obligation.outstanding", "$.evidence"),
    ]
    assert found[4].message == "the 2018./2019. plan belongs to a municipality other than Daugavpils"


def test_c1_to_c8_check_uses_the_agreements_parameters() -> None:
    strict = changed(ex.daugavpils_2017_agreement(), training=TrainingRequirement(min_hours=Decimal(100), grace_days=0))
    found = check(strict, on=date(2018, 8, 31), **_daugavpils_data())
    assert {v.code for v in found} == {"training.missing"}
    assert [v.path for v in found] == [f"$.assignments[{i}].consultant" for i in range(20)]
    other = Regulation(number=1, adopted=date(2016, 1, 1))
    rules = Schedule(steps=(_step(date(2016, 1, 1), QualificationRule(regulation=other)),))
    untrusting = changed(ex.daugavpils_2017_agreement(), qualification_rules=rules)
    assert {v.code for v in check(untrusting, on=DEC_4, **_daugavpils_data())} == {"qualification.missing"}


def test_c1_to_c8_check_rejects_every_bad_input_at_once() -> None:
    assert problems_of(
        lambda: check(
            _any("Daugavpils"),
            on=_any(None),
            institutions=_any(1),
            consultants=_any([None]),
            assignments=_any("x"),
            learner_counts=_any([1]),
            training_records=_any([1]),
            plans=_any([None]),
            evidence=_any([None]),
            tolerance=_any(0),
        )
    ) == [
        ("$.agreement", "record.type", "expected an Agreement"),
        ("$.on", "date.type", DAY),
        ("$.institutions", "array.type", "expected an iterable (not text) of items, each an Institution"),
        ("$.consultants[0]", "record.type", "expected a Consultant"),
        ("$.assignments", "array.type", "expected an iterable (not text) of items, each a ConsultantAssignment"),
        ("$.learner_counts[0]", "record.type", "expected a LearnerCount"),
        ("$.training_records[0]", "record.type", "expected a TrainingRecord"),
        ("$.plans[0]", "record.type", "expected a CareerSupportPlan"),
        ("$.evidence[0]", "record.type", "expected an ObligationEvidence"),
        (
            "$.tolerance",
            "decimal.type",
            "expected a tolerance in FTE as a finite Decimal with at most 2 decimal places, at least 0 and at most "
            "100.00",
        ),
    ]


# ================================================================ C-10: reach


def test_c10_daugavpils_reach_on_the_day_of_the_report_is_10_schools_20_consultants() -> None:
    reach = figures(
        [ex.daugavpils_2017_agreement()],
        ex.daugavpils_2017_assignments(),
        ex.daugavpils_2017_learner_counts(),
        on=DEC_4,
    )
    assert reach == Reach(schools=10, consultants=20, learners=4200)
    assert figures([], [], [], on=DEC_4) == Reach(schools=0, consultants=0, learners=0)


def test_c10_the_published_reach_of_2020_21_is_a_reference_value() -> None:
    assert Reach(schools=333, consultants=385, learners=75_000) == NATIONAL_REACH_2020_2021


def test_c10_reach_figures_count_distinct_schools_consultants_and_learners_on_the_day() -> None:
    agreements = [ex.daugavpils_2017_agreement(), ex.jelgava_agreement()]
    assert pilot_school_count(agreements, on=DEC_4) == 16
    assert [pilot_school_count(agreements, on=date(2017, 2, d)) for d in (23, 24)] == [0, 6]
    assert [pilot_school_count(agreements, on=day) for day in (date(2020, 12, 31), date(2021, 1, 1))] == [16, 0]
    assert consultant_count(ex.daugavpils_2017_assignments(21), on=DEC_4) == 21
    assert [consultant_count(ex.daugavpils_2017_assignments(), on=date(2018, 8, d)) for d in (31,)] == [20]
    assert consultant_count(ex.daugavpils_2017_assignments(), on=date(2018, 9, 1)) == 0
    assert learners_reached(agreements, ex.daugavpils_2017_learner_counts(), on=DEC_4) == 4200
    assert learners_reached(agreements, ex.daugavpils_2017_learner_counts(), on=date(2018, 9, 1)) == 0


def test_c10_institutions_supported_and_teachers_trained_count_by_the_day() -> None:
    agreements = [ex.daugavpils_2017_agreement(), ex.jelgava_agreement()]
    assert [institutions_supported(agreements, as_of=date(2017, 2, d)) for d in (23, 24, 28)] == [0, 6, 6]
    assert institutions_supported(agreements, as_of=date(2017, 3, 1)) == 16
    assert institutions_supported(agreements, as_of=date(2025, 1, 1)) == 16
    training = ex.daugavpils_2017_training()
    assert [teachers_trained(training, as_of=date(2017, 4, d)) for d in (4, 5, 6)] == [0, 20, 20]


def test_c10_learners_reached_refuses_counts_that_count_learners_twice() -> None:
    counts = [
        *ex.daugavpils_2017_learner_counts(),
        LearnerCount(institution=DAUGAVPILS_PILOTS[0], school_year=SchoolYear(2017), learners=1),
    ]
    expected = [
        (
            "$.learner_counts[10]",
            "learners.conflicting",
            "expected the learners of a pilot school counted once: a whole count or per-grade counts (O-5)",
        )
    ]
    assert problems_of(lambda: learners_reached([ex.daugavpils_2017_agreement()], counts, on=DEC_4)) == expected
    assert problems_of(lambda: figures([ex.daugavpils_2017_agreement()], [], counts, on=DEC_4)) == expected
    assert learners_reached([ex.jelgava_agreement()], counts, on=DEC_4) == 0


# ================================================================ the codes


def test_c1_to_c8_every_code_a_check_reports_is_listed_with_its_rule_and_message() -> None:
    assert list(dict.fromkeys(rule for rule, _ in cs.MESSAGES.values())) == [f"C-{n}" for n in range(1, 9)]
    assert cs.MESSAGES["load.total_above_cap"] == (
        "C-5",
        "the loads in all pilot schools of {municipality} total {load} FTE on {on}; the cap is {cap} FTE",
    )
    assert all("\n" not in message and "  " not in message for _, message in cs.MESSAGES.values())
    assert len(cs.MESSAGES) == 20


# ================================================================ a bad argument for every public function

BAD_DAY: Any = datetime(2017, 12, 4)  # a datetime is not a day (T-2)
ON = [("$.on", "date.type", DAY)]
AS_OF = [("$.as_of", "date.type", DAY)]
HELD = cs.EventStatus.HELD

#: Every public function and method of the package that takes an argument, called with one bad argument,
#: and the whole problem list it must raise.
BAD_CALLS: dict[str, tuple[Callable[[], object], list[tuple[str, str, str]]]] = {
    "check": (lambda: check(ex.daugavpils_2017_agreement(), on=BAD_DAY), ON),
    "check_parties": (lambda: check_parties(ex.daugavpils_2017_agreement(), [], [], on=BAD_DAY), ON),
    "check_pilot_set": (lambda: check_pilot_set(ex.jelgava_agreement(), [], on=BAD_DAY), ON),
    "check_qualifications": (lambda: check_qualifications([], [], on=BAD_DAY), ON),
    "check_required_loads": (lambda: check_required_loads(ex.daugavpils_2017_agreement(), [], [], on=BAD_DAY), ON),
    "check_loads": (lambda: check_loads(ex.daugavpils_2017_agreement(), [], on=BAD_DAY), ON),
    "check_training": (lambda: check_training([], [], on=BAD_DAY), ON),
    "check_plan": (lambda: check_plan(ex.daugavpils_2017_plan(), on=BAD_DAY), ON),
    "check_obligations": (lambda: check_obligations([], on=BAD_DAY), ON),
    "required_load": (lambda: required_load(1, on=BAD_DAY), ON),
    "qualified_on": (lambda: qualified_on(Consultant(person_id="c-1"), on=BAD_DAY), ON),
    "total_load": (lambda: total_load([], on=BAD_DAY), ON),
    "pilot_school_count": (lambda: pilot_school_count([], on=BAD_DAY), ON),
    "consultant_count": (lambda: consultant_count([], on=BAD_DAY), ON),
    "learners_reached": (lambda: learners_reached([], [], on=BAD_DAY), ON),
    "figures": (lambda: figures([], [], [], on=BAD_DAY), ON),
    "institutions_supported": (lambda: institutions_supported([], as_of=BAD_DAY), AS_OF),
    "teachers_trained": (lambda: teachers_trained([], as_of=BAD_DAY), AS_OF),
    "tally_events": (
        lambda: cs.tally_events([], period=_any((date(2017, 4, 1), date(2017, 8, 31))), status=HELD),
        [("$.period", "record.type", "expected a DateRange")],
    ),
    "indicators": (
        lambda: cs.indicators(_any(None)),
        [("$.targets", "record.type", "expected a CareerSupportTargets")],
    ),
    "facts": (lambda: cs.facts(events=_any([None])), [("$.events[0]", "record.type", "expected a CareerEvent")]),
    "event_id": (lambda: cs.event_id(_any("Meistarklase")), [("$.event", "record.type", "expected a CareerEvent")]),
    "Agreement.in_force": (lambda: ex.jelgava_agreement().in_force(on=BAD_DAY), ON),
    "Agreement.pilot_schools_on": (lambda: ex.jelgava_agreement().pilot_schools_on(on=BAD_DAY), ON),
    "ConsultantAssignment.in_force": (lambda: _assignment().in_force(on=BAD_DAY), ON),
    "RatioRule.ratio_on": (lambda: DEFAULT_RATIO_RULE.ratio_on(on=BAD_DAY), ON),
    "RatioRule.required_load": (lambda: DEFAULT_RATIO_RULE.required_load(1, on=BAD_DAY), ON),
    "EventFigures.merge": (
        lambda: cs.EventFigures.empty().merge(_any(1)),
        [("$.other", "record.type", "expected an EventFigures")],
    ),
    "CountTarget.met_by": (
        lambda: cs.CountTarget(at_least=1).met_by(_any(True)),
        [("$.count", "integer.type", "expected a count: an int (not a bool) from 0 to 1000000000000000")],
    ),
    "examples.daugavpils_2017_assignments": (
        lambda: ex.daugavpils_2017_assignments(100),
        [("$.consultants", "integer.range", "expected a number of consultants: an int (not a bool) from 0 to 99")],
    ),
    "examples.daugavpils_2017_consultants": (
        lambda: ex.daugavpils_2017_consultants(_any(True)),
        [("$.consultants", "integer.type", "expected a number of consultants: an int (not a bool) from 0 to 99")],
    ),
    "examples.daugavpils_2017_training": (
        lambda: ex.daugavpils_2017_training(-1),
        [("$.consultants", "integer.range", "expected a number of consultants: an int (not a bool) from 0 to 99")],
    ),
    "examples.jelgava_agreement": (
        lambda: ex.jelgava_agreement(met=_any(1)),
        [("$.met", "boolean.type", "expected a bool")],
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_a_bad_argument_of_every_public_function_is_a_validation_error_naming_it(name: str) -> None:
    call, expected = BAD_CALLS[name]
    assert problems_of(call) == expected


def _takes_arguments(function: Callable[..., object]) -> bool:
    return bool(inspect.signature(function).parameters)


def test_every_public_function_and_method_with_arguments_has_a_bad_call_above() -> None:
    functions = {name for name in cs.__all__ if inspect.isfunction(getattr(cs, name))}
    functions |= {f"examples.{n}" for n in ex.__all__ if _takes_arguments(getattr(ex, n))}
    for name in cs.__all__:
        cls = getattr(cs, name)
        if inspect.isclass(cls) and not issubclass(cls, enum.Enum):
            for attribute, member in vars(cls).items():
                if inspect.isfunction(member) and not attribute.startswith("_"):
                    functions.add(f"{name}.{attribute}")
    assert sorted(functions - set(BAD_CALLS)) == []
    assert sorted(set(BAD_CALLS) - functions) == []


# ================================================================ the layout (issue #10)

SUBMODULES = ("parameters", "agreement", "people", "plan", "checks", "events", "reach", "catalogue", "examples")


@pytest.mark.parametrize("name", ["", *SUBMODULES])
def test_every_public_module_lists_its_names_and_dir_shows_them(name: str) -> None:
    module = importlib.import_module(f"karjera_core.programmes.career_support{'.' if name else ''}{name}")
    assert dir(module) == sorted(module.__all__)
    assert all(hasattr(module, n) for n in module.__all__)


def _types_in(hint: object) -> Iterable[type]:
    for candidate in (hint, typing.get_origin(hint)):
        if isinstance(candidate, type):
            yield candidate
    for argument in typing.get_args(hint):
        yield from _types_in(argument)


def test_public_classes_live_in_public_modules_and_no_private_type_is_in_a_public_signature() -> None:
    public = [getattr(cs, name) for name in cs.__all__ if name != "examples"]
    callables: list[Any] = [item for item in public if inspect.isfunction(item)]
    for cls in (item for item in public if inspect.isclass(item)):
        assert not any(part.startswith("_") for part in cls.__module__.split(".")), cls
        callables += [m for n, m in vars(cls).items() if inspect.isfunction(m) and not n.startswith("_")]
        if attrs.has(cls):
            callables.append(cls)
    for item in callables:
        hints = typing.get_type_hints(item)  # a record's fields, or a function's parameters and result
        for hint in hints.values():
            for used in _types_in(hint):
                assert not used.__name__.startswith("_"), (item, used)
                assert not any(part.startswith("_") for part in used.__module__.split(".")), (item, used)


def test_the_top_level_offers_the_package_and_its_classes_but_not_its_verbs() -> None:
    import karjera_core

    assert karjera_core.career_support is cs
    for name in (
        "Agreement",
        "ConsultantAssignment",
        "CareerEvent",
        "EventStatus",
        "RatioRule",
        "Reach",
        "CountTarget",
    ):
        assert getattr(karjera_core, name) is getattr(cs, name)
        assert name in karjera_core.__all__
    for verb in ("check", "facts", "indicators", "figures", "check_loads", "required_load", "tally_events"):
        assert verb not in karjera_core.__all__


# ================================================================ same-day boundaries of the agreement's rules


def test_c1_a_pilot_school_ending_a_day_after_the_agreement_is_outside_it_and_one_shared_day_is_an_overlap() -> None:
    end = date(2020, 12, 31)
    inside = PilotSchool(registration_number="4500000001", period=DateRange(start=date(2017, 1, 1), end=end))
    longer = PilotSchool(registration_number="4500000001", period=DateRange(start=date(2017, 1, 1), end=end + ONE_DAY))
    assert Agreement(municipality="Jelgava", signed=date(2017, 1, 1), pilot_schools=(inside,)).pilot_schools == (
        inside,
    )
    assert [
        p[:2]
        for p in problems_of(
            lambda: Agreement(municipality="Jelgava", signed=date(2017, 1, 1), pilot_schools=(longer,))
        )
    ] == [("$.pilot_schools[0].period", "agreement.pilot_outside_period")]
    first = PilotSchool(
        registration_number="4500000002", period=DateRange(start=date(2017, 1, 1), end=date(2018, 8, 31))
    )
    touching = PilotSchool(registration_number="4500000002", period=DateRange(start=date(2018, 9, 1), end=end))
    sharing = PilotSchool(registration_number="4500000002", period=DateRange(start=date(2018, 8, 31), end=end))
    assert (
        len(Agreement(municipality="Jelgava", signed=date(2017, 1, 1), pilot_schools=(first, touching)).pilot_schools)
        == 2
    )
    assert [
        p[:2]
        for p in problems_of(
            lambda: Agreement(municipality="Jelgava", signed=date(2017, 1, 1), pilot_schools=(first, sharing))
        )
    ] == [("$.pilot_schools[1]", "agreement.pilot_twice")]


def test_c3_an_agreement_may_start_on_the_first_day_of_its_qualification_rules_not_the_day_before() -> None:
    ratio = RatioRule(schedule=Schedule(steps=(_step(date(2014, 1, 1), Ratio(700)),)))
    first = QUALIFICATION_SCHEDULE.start  # 2014-10-28
    on_the_day = Agreement(municipality="Jelgava", signed=first, period=DateRange(start=first), ratio=ratio)
    assert on_the_day.effective_start == first
    assert problems_of(
        lambda: Agreement(
            municipality="Jelgava", signed=first - ONE_DAY, period=DateRange(start=first - ONE_DAY), ratio=ratio
        )
    ) == [
        (
            "$.qualification_rules.steps[0].start",
            "agreement.qualification_rules_after_start",
            "expected qualification rules in force from the agreement's first day (C-3)",
        )
    ]


def test_c1_assignments_are_outside_the_agreement_from_the_day_after_its_end() -> None:
    agreement = ex.daugavpils_2017_agreement()  # to 2020-12-31, its pilot schools too
    open_ended = _assignment(period=DateRange(start=date(2017, 9, 1)))
    assert check_parties(agreement, [], [open_ended], on=date(2020, 12, 31)) == ()
    assert [v.path for v in check_parties(agreement, [], [open_ended], on=date(2021, 1, 1))] == [
        "$.assignments[0].institution",
        "$.assignments[0].period",
    ]


def test_c1_c2_an_institution_listed_twice_counts_by_any_of_its_entries_whatever_their_order() -> None:
    institutions = list(ex.jelgava_institutions())
    other = changed(institutions[5], municipality="Jelgavas novads", programmes=institutions[4].programmes)
    agreement = ex.jelgava_agreement()  # school 6 is the only one with a minority programme
    for listing in ([*institutions, other], [other, *institutions]):
        assert listed(check_pilot_set(agreement, listing, on=date(2017, 3, 1))) == []
        assert [(v.path, v.code) for v in check_parties(agreement, listing, [], on=date(2017, 3, 1))] == [
            ("$.agreement.pilot_schools[5]", "pilot.other_municipality")
        ]
