"""Properties of the career-support rules (C-4, C-5, C-9; I-4): monotone totals, order-free checks,
figures that add up over a split period, strategies that draw valid, round-tripping objects."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import structure, unstructure
from karjera_core.programmes import _career_examples as ex
from karjera_core.programmes.career_support import (
    MK_569_2018,
    Agreement,
    CareerEvent,
    ConsultantAssignment,
    EventFigures,
    check_agreement,
    check_loads,
    event_figures,
    required_load,
    total_load,
)
from karjera_core.strategies._career_support import (
    TYPE_STRATEGIES,
    agreements,
    career_events,
    career_support_plans,
    consultant_assignments,
    consultants,
    fte_loads,
    grade_participants,
    pilot_schools,
    qualification_records,
    ratio_schedules,
    training_records,
)
from karjera_core.strategies._career_support import event_figures as figure_values
from karjera_core.time import DateRange

DEC_4 = date(2017, 12, 4)


@given(
    assignments=st.lists(consultant_assignments(), max_size=20),
    extra=consultant_assignments(),
    on=st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 12, 31)),
)
def test_c5_adding_an_assignment_never_lowers_a_total_load(
    assignments: list[ConsultantAssignment], extra: ConsultantAssignment, on: date
) -> None:
    before = total_load(assignments, on=on)
    after = total_load([*assignments, extra], on=on)
    assert after >= before
    assert after - before == (extra.load if on in extra.period else 0)


@given(agreement=agreements(on=DEC_4), data=st.data())
def test_c5_adding_an_assignment_never_removes_a_cap_violation(agreement: Agreement, data: st.DataObject) -> None:
    schools = agreement.pilot_schools_on(DEC_4) or ("4500000001",)
    school = st.sampled_from(schools)
    assignments = data.draw(st.lists(school.flatmap(lambda n: consultant_assignments(on=DEC_4, institution=n))))
    extra = data.draw(school.flatmap(lambda n: consultant_assignments(on=DEC_4, institution=n)))
    before = {v.code for v in check_loads(agreement, assignments, on=DEC_4)}
    after = {v.code for v in check_loads(agreement, [*assignments, extra], on=DEC_4)}
    if "load.total_above_cap" in before:
        assert "load.total_above_cap" in after


@settings(max_examples=30)
@given(data=st.data())
def test_c1_to_c8_violations_do_not_depend_on_input_order(data: st.DataObject) -> None:
    consultants = 21
    inputs: dict[str, Any] = {
        "institutions": ex.daugavpils_2017_institutions()[1:],
        "consultants": ex.daugavpils_2017_consultants(consultants)[2:],
        "assignments": (*ex.daugavpils_2017_assignments(consultants), *ex.daugavpils_2017_assignments(3)),
        "learner_counts": ex.daugavpils_2017_learner_counts()[3:],
        "training_records": ex.daugavpils_2017_training(consultants)[5:],
        "plans": (ex.daugavpils_2017_plan(),),
        "evidence": ex.daugavpils_2017_evidence()[2:],
    }
    on = data.draw(st.dates(min_value=date(2017, 9, 1), max_value=date(2018, 12, 31)))
    expected = check_agreement(ex.daugavpils_2017_agreement(), on=on, **inputs)
    shuffled: dict[str, Any] = {name: data.draw(st.permutations(values)) for name, values in inputs.items()}
    assert check_agreement(ex.daugavpils_2017_agreement(), on=on, **shuffled) == expected
    assert list(expected) == sorted(expected, key=lambda v: (v.rule, v.code, v.path, v.message))


@given(
    events=st.lists(career_events(), max_size=15),
    start=st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 12, 31)),
    first=st.integers(min_value=0, max_value=2000),
    second=st.integers(min_value=0, max_value=2000),
)
def test_c9_figures_over_a_split_period_add_up_to_the_whole(
    events: list[CareerEvent], start: date, first: int, second: int
) -> None:
    middle = start + timedelta(days=first)
    end = middle + timedelta(days=1 + second)
    whole = event_figures(events, DateRange(start=start, end=end))
    left = event_figures(events, DateRange(start=start, end=middle))
    right = event_figures(events, DateRange(start=middle + timedelta(days=1), end=end))
    assert left.merge(right) == whole
    assert whole.participants == sum(g.count for g in whole.by_grade)


@given(a=figure_values(), b=figure_values(), c=figure_values())
def test_i4_event_figures_merge_is_associative_and_commutative(
    a: EventFigures, b: EventFigures, c: EventFigures
) -> None:
    assert a.merge(b) == b.merge(a)
    assert a.merge(b).merge(c) == a.merge(b.merge(c))
    assert a.merge(EventFigures.empty()) == a


@given(events=st.lists(career_events(), max_size=10), data=st.data())
def test_i4_figures_of_parts_of_the_events_add_up(events: list[CareerEvent], data: st.DataObject) -> None:
    period = DateRange(start=date(2014, 1, 1))
    cut = data.draw(st.integers(min_value=0, max_value=len(events)))
    assert event_figures(events[:cut], period) + event_figures(events[cut:], period) == event_figures(events, period)


@given(schedule=ratio_schedules(first=date(2016, 10, 1)), learners=st.integers(min_value=0, max_value=10**6))
def test_c4_more_learners_never_require_less_load(schedule: Any, learners: int) -> None:
    on = date(2018, 10, 1)
    assert schedule.required_load(learners + 1, on=on) >= schedule.required_load(learners, on=on)
    assert required_load(learners, on=on, schedule=schedule) == schedule.required_load(learners, on=on)


CAREER_TYPES = sorted(TYPE_STRATEGIES, key=lambda cls: cls.__qualname__)


@pytest.mark.parametrize("cls", CAREER_TYPES, ids=[cls.__qualname__ for cls in CAREER_TYPES])
@settings(max_examples=25)
@given(data=st.data())
def test_every_career_type_strategy_draws_valid_objects_that_round_trip(cls: type, data: st.DataObject) -> None:
    value = data.draw(TYPE_STRATEGIES[cls])
    assert type(value) is cls
    plain = unstructure(value)
    assert json.loads(json.dumps(plain, allow_nan=False)) == plain
    assert structure(plain, cls) == value


@given(agreement=agreements(on=DEC_4, municipality="Daugavpils"))
def test_agreements_drawn_for_a_day_are_in_force_on_it(agreement: Agreement) -> None:
    assert agreement.in_force(DEC_4)
    assert agreement.municipality == "Daugavpils"
    assert check_agreement(agreement, on=DEC_4) is not None


@given(load=fte_loads(min_value=Decimal("0.30"), max_value=Decimal("0.50")))
def test_fte_loads_stay_in_their_bounds(load: Decimal) -> None:
    assert Decimal("0.30") <= load <= Decimal("0.50")
    assert load.as_tuple().exponent == -2


EAGER_BAD_ARGUMENTS: list[tuple[str, Any]] = [
    ("fte_loads min_value float", lambda: fte_loads(min_value=_bad(0.3))),
    ("fte_loads bounds reversed", lambda: fte_loads(min_value=Decimal("0.50"), max_value=Decimal("0.40"))),
    ("qualification_records regulation", lambda: qualification_records(regulation=_bad(662))),
    ("consultants person_id", lambda: consultants(person_id=_bad(1))),
    ("pilot_schools within", lambda: pilot_schools(within=_bad("2017"))),
    ("consultant_assignments on", lambda: consultant_assignments(on=_bad("2017-12-04"))),
    ("consultant_assignments consultant", lambda: consultant_assignments(consultant=_bad(1))),
    ("consultant_assignments institution", lambda: consultant_assignments(institution=_bad(1))),
    ("career_support_plans municipality", lambda: career_support_plans(municipality=_bad(1))),
    ("grade_participants max_count", lambda: grade_participants(max_count=-1)),
]

LAZY_BAD_ARGUMENTS: list[tuple[str, Any]] = [
    ("training_records person_id", lambda: training_records(person_id=_bad(1))),
    ("agreements municipality", lambda: agreements(municipality=_bad(1))),
    ("agreements max_pilot_schools", lambda: agreements(max_pilot_schools=101)),
    ("career_events within", lambda: career_events(within=_bad("2017"))),
    ("career_events max_length", lambda: career_events(max_length=_bad("5"))),
    ("ratio_schedules first", lambda: ratio_schedules(first=_bad("2017-01-01"))),
]


def _bad(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


@pytest.mark.parametrize(("name", "build"), EAGER_BAD_ARGUMENTS, ids=[n for n, _ in EAGER_BAD_ARGUMENTS])
def test_strategies_refuse_bad_arguments_at_once(name: str, build: Any) -> None:
    with pytest.raises(InvalidArgument):
        build()


@pytest.mark.parametrize(("name", "build"), LAZY_BAD_ARGUMENTS, ids=[n for n, _ in LAZY_BAD_ARGUMENTS])
@settings(max_examples=1)
@given(data=st.data())
def test_strategies_refuse_bad_arguments_when_drawn(name: str, build: Any, data: st.DataObject) -> None:
    with pytest.raises(InvalidArgument):
        data.draw(build())


@given(
    record=qualification_records(regulation=MK_569_2018),
    consultant=consultants(person_id="c-7"),
    training=training_records(person_id="c-7"),
    school=pilot_schools(within=DateRange(start=date(2017, 1, 1))),
    event=career_events(within=DateRange(start=date(2017, 4, 1)), max_length=0),
    plan=career_support_plans(municipality="Jelgava"),
    assignment=consultant_assignments(consultant="c-7", institution="4500000001"),
    participants=grade_participants(max_count=3),
)
def test_strategies_narrow_as_asked(
    record: Any,
    consultant: Any,
    training: Any,
    school: Any,
    event: Any,
    plan: Any,
    assignment: Any,
    participants: Any,
) -> None:
    assert record.regulation == MK_569_2018
    assert consultant.person_id == training.person_id == assignment.consultant == "c-7"
    assert school.period.start >= date(2017, 1, 1)
    assert event.period.start == event.period.end
    assert event.period.start >= date(2017, 4, 1)
    assert plan.municipality == "Jelgava"
    assert assignment.institution == "4500000001"
    assert participants.count <= 3
