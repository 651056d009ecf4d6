"""P-2: participating institutions, each with its project coordinator."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import (
    DateRange,
    ParticipatingInstitution,
    PersonalDataRejected,
    ValidationError,
    check_participation,
    participating_on,
)
from karjera_core.examples import example_cases_jelgava_2020, example_participation_jelgava_2020
from karjera_core.strategies import participating_institutions

PERIOD = DateRange(start=date(2017, 9, 1), end=date(2023, 12, 31))


def test_p2_jelgava_novads_has_12_participating_institutions() -> None:
    assert len(participating_on(example_participation_jelgava_2020(), date(2020, 10, 1))) == 12
    assert participating_on(example_participation_jelgava_2020(), date(2017, 8, 31)) == ()


def test_p2_the_example_cases_are_all_in_participating_institutions() -> None:
    assert check_participation(example_cases_jelgava_2020(), example_participation_jelgava_2020()) == ()


def test_p2_support_in_an_institution_not_taking_part_is_a_violation() -> None:
    cases = example_cases_jelgava_2020()
    without_first = example_participation_jelgava_2020()[1:]
    found = check_participation(cases, without_first)
    assert found
    assert {(v.rule, v.code) for v in found} == {("P-2", "plan.institution_not_participating")}
    assert len(found) == sum(len(case.plans) for case in cases if case.institution == "9000000001")


def test_p2_two_coordinators_at_once_is_a_violation() -> None:
    first = ParticipatingInstitution(institution="9000000001", coordinator="koord-1", period=PERIOD)
    overlapping = attrs.evolve(
        first, coordinator="koord-2", period=DateRange(start=date(2020, 1, 1), end=date(2020, 12, 31))
    )
    later = attrs.evolve(first, coordinator="koord-3", period=DateRange(start=date(2024, 1, 1)))
    found = check_participation([], [first, overlapping, later])
    assert [(v.rule, v.code, v.path) for v in found] == [
        ("P-2", "participation.overlapping", "$.institutions['9000000001']")
    ]
    assert check_participation([], [first, later]) == ()


@given(st.permutations(example_participation_jelgava_2020()[:6]))
def test_p2_the_check_does_not_depend_on_input_order(order: list[ParticipatingInstitution]) -> None:
    cases = example_cases_jelgava_2020()[:40]
    assert check_participation(cases, order) == check_participation(
        reversed(cases), example_participation_jelgava_2020()[:6]
    )


def test_p7_a_coordinator_is_never_a_personal_code() -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        ParticipatingInstitution(institution="9000000001", coordinator="161175-19997", period=PERIOD)
    assert "161175" not in str(caught.value)


def test_p2_bad_participation_is_refused_with_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        ParticipatingInstitution(institution="12", coordinator="", period="2017")  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["$.institution", "$.coordinator", "$.period"]


@pytest.mark.parametrize(
    "call",
    [
        lambda: participating_on("nope", date(2020, 1, 1)),  # type: ignore[arg-type]
        lambda: participating_on([1], date(2020, 1, 1)),  # type: ignore[list-item]
        lambda: participating_on([], "2020-01-01"),  # type: ignore[arg-type]
        lambda: check_participation([1], []),  # type: ignore[list-item]
        lambda: check_participation([], 5),  # type: ignore[arg-type]
    ],
)
def test_p2_bad_arguments_are_a_validation_error(call: Callable[[], object]) -> None:
    with pytest.raises(ValidationError):
        call()


@given(participating_institutions(institution="9000000007"))
def test_p2_strategy_narrows_to_one_institution(entry: ParticipatingInstitution) -> None:
    assert entry.institution == "9000000007"
    assert entry.participates_on(entry.period.start)


def test_p2_strategy_refuses_a_bad_institution() -> None:
    with pytest.raises(InvalidArgument):
        participating_institutions(institution="12")
