"""P-2: participating institutions, each with its project coordinator; support only where the project is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core import (
    DateRange,
    Grade,
    LearnerRef,
    ParticipatingInstitution,
    PersonalDataRejected,
    ValidationError,
    pumpurs,
)
from karjera_core.errors import Violation
from karjera_core.programmes.pumpurs import (
    ConsultativeKind,
    ConsultativeMeasure,
    RiskAssessment,
    RiskFactor,
    SupportCase,
    SupportPlan,
    check,
    check_participation,
    example_cases_jelgava_2020,
    example_participation_jelgava_2020,
    participating_on,
)
from karjera_core.strategies import participating_institutions
from karjera_core.time import Semester

PERIOD = DateRange(start=date(2017, 9, 1), end=date(2023, 12, 31))
DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
OVERLAPPING = "expected one coordinator at a time: no two periods of an institution overlapping"
NOT_PARTICIPATING = "expected the case's institution taking part on the day the plan was drawn up"
CASES = "expected an iterable (not text) of items, each a SupportCase"
ENTRIES = "expected an iterable (not text) of items, each a ParticipatingInstitution"


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _found(violations: tuple[Violation, ...]) -> list[tuple[str, str, str, str]]:
    return [(v.path, v.code, v.rule, v.message) for v in violations]


def _entry(start: date, end: date | None, coordinator: str = "koord-1") -> ParticipatingInstitution:
    return ParticipatingInstitution(
        institution="9000000001", coordinator=coordinator, period=DateRange(start=start, end=end)
    )


def _case_with_plan_on(day: date) -> SupportCase:
    """A case of institution 9000000001 opened on ``day`` with one plan drawn up that day."""
    return SupportCase(
        case_id="C-1",
        learner=LearnerRef("L-1"),
        institution="9000000001",
        grade=Grade(7),
        opened=day,
        assessment=RiskAssessment(assessed_on=day, factors=(RiskFactor(group="family", description="maiņa"),)),
        plans=(
            SupportPlan(
                semester=Semester.containing(day),
                drawn_up=day,
                consultative=(ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),),
            ),
        ),
    )


def test_p2_jelgava_novads_has_12_participating_institutions() -> None:
    entries = example_participation_jelgava_2020()
    assert len(participating_on(entries, on=date(2020, 10, 1))) == 12 == pumpurs.JELGAVA_AUTUMN_2020_INSTITUTIONS
    assert [len(participating_on(entries, on=date(2017, 9, d))) for d in (1, 2)] == [12, 12]
    assert participating_on(entries, on=date(2017, 8, 31)) == ()
    assert [len(participating_on(entries, on=day)) for day in (date(2023, 12, 31), date(2024, 1, 1))] == [12, 0]
    assert participating_on(iter(entries[:2]), on=date(2020, 1, 1)) == ("9000000001", "9000000002")
    assert participating_on([*entries[:1], *entries[:1]], on=date(2020, 1, 1)) == ("9000000001",)


def test_p2_t1_participating_on_takes_its_day_by_name() -> None:
    # the day is given explicitly, by name: on= and never a positional day (T-1; issue #10)
    entries = example_participation_jelgava_2020()
    untyped: Any = participating_on
    with pytest.raises(TypeError):
        untyped(entries, date(2020, 10, 1))


def test_p2_an_institution_participates_on_the_days_of_its_period() -> None:
    entry = _entry(date(2017, 9, 1), date(2023, 12, 31))
    days = (date(2017, 8, 31), date(2017, 9, 1), date(2017, 9, 2), date(2023, 12, 30), date(2023, 12, 31))
    assert [entry.participates(on=day) for day in days] == [False, True, True, True, True]
    assert entry.participates(on=date(2024, 1, 1)) is False
    assert _entry(date(2017, 9, 1), None).participates(on=date(2199, 12, 31)) is True


def test_p2_the_example_cases_are_all_in_participating_institutions() -> None:
    assert check_participation(example_cases_jelgava_2020(), example_participation_jelgava_2020()) == ()


def test_p2_support_in_an_institution_not_taking_part_is_a_violation() -> None:
    cases = example_cases_jelgava_2020()
    found = check_participation(cases, example_participation_jelgava_2020()[1:])
    expected = [
        (f"$.cases[{index}].plans[{number}].drawn_up", "plan.institution_not_participating", "P-2", NOT_PARTICIPATING)
        for index, case in enumerate(cases)
        if case.institution == "9000000001"
        for number in range(len(case.plans))
    ]
    assert len(expected) == 41
    assert _found(found) == expected


def test_p2_a_plan_counts_where_it_was_drawn_up_the_day_before_on_and_after_the_period() -> None:
    entries = [_entry(date(2018, 9, 3), date(2020, 10, 15))]
    days = (date(2018, 9, 2), date(2018, 9, 3), date(2018, 9, 4), date(2020, 10, 14), date(2020, 10, 15))
    found = [_found(check_participation([_case_with_plan_on(day)], entries)) for day in days]
    missing = [("$.cases[0].plans[0].drawn_up", "plan.institution_not_participating", "P-2", NOT_PARTICIPATING)]
    assert found == [missing, [], [], [], []]
    assert _found(check_participation([_case_with_plan_on(date(2020, 10, 16))], entries)) == missing


def test_p2_two_coordinators_at_once_is_a_violation() -> None:
    first = _entry(date(2017, 9, 1), date(2023, 12, 31))
    overlapping = _entry(date(2020, 1, 1), date(2020, 12, 31), "koord-2")
    later = _entry(date(2024, 1, 1), None, "koord-3")
    assert _found(check_participation([], [later, first, overlapping])) == [
        ("$.participation[2].period", "participation.overlapping", "P-2", OVERLAPPING)
    ]
    assert check_participation([], [first, later]) == ()


def test_p2_periods_sharing_one_day_overlap_and_consecutive_ones_do_not() -> None:
    first = _entry(date(2017, 9, 1), date(2019, 8, 31))
    for start, expected in (
        (date(2019, 8, 30), [("$.participation[1].period", "participation.overlapping", "P-2", OVERLAPPING)]),
        (date(2019, 8, 31), [("$.participation[1].period", "participation.overlapping", "P-2", OVERLAPPING)]),
        (date(2019, 9, 1), []),
    ):
        assert _found(check_participation([], [first, _entry(start, None, "koord-2")])) == expected


def test_p2_an_entry_inside_a_long_one_and_one_after_it_are_both_reported() -> None:
    long = _entry(date(2017, 9, 1), None)
    inside = _entry(date(2018, 1, 1), date(2018, 6, 30), "koord-2")
    after = _entry(date(2019, 1, 1), date(2019, 6, 30), "koord-3")
    other = ParticipatingInstitution(institution="9000000002", coordinator="koord-4", period=PERIOD)
    assert _found(check_participation([], [after, other, inside, long])) == [
        ("$.participation[0].period", "participation.overlapping", "P-2", OVERLAPPING),
        ("$.participation[2].period", "participation.overlapping", "P-2", OVERLAPPING),
    ]


def test_p2_of_two_entries_starting_on_one_day_the_later_ending_one_is_reported_in_either_order() -> None:
    short = _entry(date(2018, 1, 1), date(2018, 6, 30), "koord-2")
    long = _entry(date(2018, 1, 1), date(2019, 6, 30), "koord-1")
    assert _found(check_participation([], [short, long])) == [
        ("$.participation[1].period", "participation.overlapping", "P-2", OVERLAPPING)
    ]
    assert _found(check_participation([], [long, short])) == [
        ("$.participation[0].period", "participation.overlapping", "P-2", OVERLAPPING)
    ]


def test_p2_check_runs_the_participation_rule_only_when_participation_is_given() -> None:
    cases = example_cases_jelgava_2020()[:24]
    assert check(cases=cases, as_of=date(2021, 5, 1)) == ()
    assert {v.code for v in check(cases=cases, participation=(), as_of=date(2021, 5, 1))} == {
        "plan.institution_not_participating"
    }


@given(st.permutations(example_participation_jelgava_2020()[:6]))
def test_p2_the_check_does_not_depend_on_input_order(order: list[ParticipatingInstitution]) -> None:
    cases = example_cases_jelgava_2020()[:40]
    assert check_participation(cases, order) == check_participation(cases, example_participation_jelgava_2020()[:6])


def test_p7_a_coordinator_is_never_a_personal_code() -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        ParticipatingInstitution(institution="9000000001", coordinator="161175-19997", period=PERIOD)
    assert [(p.path, p.code) for p in caught.value.problems] == [("$.coordinator", "privacy.personal_code")]
    assert "161175" not in str(caught.value)


def test_p2_bad_participation_is_refused_with_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        ParticipatingInstitution(institution="12", coordinator="", period=_any("2017"))
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == [
        ("$.institution", "text.format", "expected an institution's registration number (10 digits, O-3)"),
        ("$.coordinator", "text.blank", "expected a coordinator's pseudonymous id that is not blank"),
        ("$.period", "record.type", "expected a DateRange"),
    ]


@pytest.mark.parametrize(
    ("call", "problems"),
    [
        (
            lambda: participating_on(_any("nope"), on=_any("2020-01-01")),
            [("$.institutions", "array.type", ENTRIES), ("$.on", "date.type", DAY)],
        ),
        (
            lambda: participating_on([_any(1)], on=date(2020, 1, 1)),
            [("$.institutions[0]", "record.type", "expected a ParticipatingInstitution")],
        ),
        (lambda: check_participation([_any(1)], []), [("$.cases[0]", "record.type", "expected a SupportCase")]),
        (
            lambda: check_participation(_any(None), _any(5)),
            [("$.cases", "array.type", CASES), ("$.participation", "array.type", ENTRIES)],
        ),
        (lambda: _entry(date(2017, 9, 1), None).participates(on=_any(None)), [("$.on", "date.type", DAY)]),
    ],
)
def test_p2_bad_arguments_are_a_validation_error_with_their_paths(
    call: Callable[[], object], problems: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == problems


@given(participating_institutions(institution="9000000007"))
def test_p2_strategy_narrows_to_one_institution(entry: ParticipatingInstitution) -> None:
    assert entry.institution == "9000000007"
    assert entry.participates(on=entry.period.start)
