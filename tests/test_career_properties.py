"""Properties of the career-support rules (C-1 ... C-9; I-4).

Violation paths that name a node of the call's arguments, order-free checks, monotone totals, figures that add
up, strategies that draw valid, round-tripping objects.
"""

from __future__ import annotations

import enum
import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar, cast

import attrs
import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import json_schema, structure, unstructure
from karjera_core.errors import Violation
from karjera_core.programmes.career_support import (
    MK_569_2018,
    QUALIFICATION_SCHEDULE,
    RATIO_SCHEDULE,
    Agreement,
    CareerEvent,
    ConsultantAssignment,
    EventFigures,
    EventStatus,
    OrganiserLevel,
    PlanAspect,
    QualificationRule,
    Ratio,
    RatioRule,
    check,
    check_loads,
    check_obligations,
    check_parties,
    check_pilot_set,
    check_plan,
    check_qualifications,
    check_required_loads,
    check_training,
    required_load,
    tally_events,
    total_load,
)
from karjera_core.programmes.career_support import examples as ex
from karjera_core.schedule import Schedule
from karjera_core.strategies._career_support import (
    TYPE_STRATEGIES,
    agreements,
    career_events,
    career_support_plans,
    consultant_assignments,
    consultants,
    fte_loads,
    grade_participants,
    obligation_evidence,
    pilot_schools,
    qualification_records,
    qualification_schedules,
    ratio_rules,
    ratio_schedules,
    training_records,
)
from karjera_core.strategies._career_support import event_figures as figure_values
from karjera_core.strategies._education import institutions, learner_counts, registration_numbers
from karjera_core.time import DateRange, SchoolYear

DEC_4 = date(2017, 12, 4)


T = TypeVar("T")


def changed(record: T, **changes: Any) -> T:
    """A copy of ``record`` with ``changes``, validated like any construction (attrs.evolve, typed)."""
    result: T = attrs.evolve(cast(Any, record), **changes)
    return result


HELD = EventStatus.HELD

# ================================================================ the contract: a path names a node of the arguments

_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")


def plain(value: object) -> Any:
    """An argument as the contract reads it: ``unstructure`` of it, tuples and other iterables as lists."""
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    return unstructure(value)


def node_at(root: Any, path: str) -> Any:
    """The node ``path`` (``$``, then ``.name`` and ``[index]``) names in ``root``; a LookupError when there is none."""
    if not path.startswith("$") or "".join(m.group(0) for m in _STEP.finditer(path)) != path[1:]:
        raise LookupError(f"not a path: {path!r}")
    node = root
    for match in _STEP.finditer(path):
        name, index = match.groups()
        if name is not None:
            if not isinstance(node, dict) or name not in node:
                raise LookupError(f"{path}: no key {name!r}")
            node = node[name]
        else:
            if not isinstance(node, list) or not int(index) < len(node):
                raise LookupError(f"{path}: no item {index}")
            node = node[int(index)]
    return node


def assert_paths_exist(found: Iterable[Violation], **arguments: object) -> None:
    """Every violation's path names a node of ``{parameter: plain(argument)}`` (the contract of issue #10)."""
    root = {name: plain(value) for name, value in arguments.items()}
    for violation in found:
        node_at(root, violation.path)


def test_node_at_reads_a_path_into_the_arguments_and_refuses_a_missing_node() -> None:
    root = {"agreement": {"pilot_schools": [{"period": {"end": None}}]}, "evidence": []}
    assert node_at(root, "$.agreement.pilot_schools[0].period") == {"end": None}
    assert node_at(root, "$.agreement.pilot_schools[0].period.end") is None
    assert node_at(root, "$.evidence") == []
    assert node_at(root, "$") is root
    for missing in ("$.agreement.pilot_schools[1]", "$.evidence[0]", "$.plans", "$.evidence.x", "$.agreement[0]"):
        with pytest.raises(LookupError):
            node_at(root, missing)
    for bad in ("$.pilot_schools[4500000001]", "$.assignments[c01@4500000001]", "$['C-1']", "agreement", "$..x"):
        with pytest.raises(LookupError):
            node_at(root, bad)


def _broken_daugavpils() -> dict[str, Any]:
    """Daugavpils' data with something wrong for every rule (C-1 ... C-8)."""
    assignments = (
        *ex.daugavpils_2017_assignments(21),
        ConsultantAssignment(
            consultant="x-1", institution="4600000001", load=Decimal("0.10"), period=SchoolYear(2017).period
        ),
        ConsultantAssignment(  # an earlier spell: dgp-21's tenure starts on 2017-03-01, past the grace by the day
            consultant="dgp-21",
            institution=ex.DAUGAVPILS_PILOTS[0],
            load=Decimal("0.30"),
            period=DateRange(start=date(2017, 3, 1), end=date(2017, 6, 30)),
        ),
    )
    plan = ex.daugavpils_2017_plan()
    return {
        "agreement": ex.daugavpils_2017_agreement(),
        "institutions": ex.daugavpils_2017_institutions()[1:],
        "consultants": ex.daugavpils_2017_consultants(19),
        "assignments": assignments,
        "learner_counts": (*ex.daugavpils_2017_learner_counts()[3:], *ex.daugavpils_2017_learner_counts()[3:4]),
        "training_records": ex.daugavpils_2017_training(18),
        "plans": (
            changed(plan, aspects=(PlanAspect.COOPERATION,), submitted=None),
            changed(plan, municipality="Rēzekne", submitted=date(2017, 10, 9)),
        ),
        "evidence": ex.daugavpils_2017_evidence()[2:],
    }


def _every_check(data: dict[str, Any], on: date) -> dict[str, tuple[tuple[Violation, ...], dict[str, object]]]:
    """Each public check on ``data``, with the arguments of its call by parameter name."""
    a, i, c, s = data["agreement"], data["institutions"], data["consultants"], data["assignments"]
    n, t, p, e = data["learner_counts"], data["training_records"], data["plans"], data["evidence"]
    calls: dict[str, tuple[Callable[[], tuple[Violation, ...]], dict[str, object]]] = {
        "check_parties": (lambda: check_parties(a, i, s, on=on), {"agreement": a, "institutions": i, "assignments": s}),
        "check_pilot_set": (lambda: check_pilot_set(a, i, on=on), {"agreement": a, "institutions": i}),
        "check_qualifications": (lambda: check_qualifications(c, s, on=on), {"consultants": c, "assignments": s}),
        "check_required_loads": (
            lambda: check_required_loads(a, s, n, on=on),
            {"agreement": a, "assignments": s, "learner_counts": n},
        ),
        "check_loads": (lambda: check_loads(a, s, on=on), {"agreement": a, "assignments": s}),
        "check_training": (lambda: check_training(s, t, on=on), {"assignments": s, "training_records": t}),
        "check_obligations": (lambda: check_obligations(e, on=on), {"evidence": e}),
        "check": (
            lambda: check(
                a,
                on=on,
                institutions=i,
                consultants=c,
                assignments=s,
                learner_counts=n,
                training_records=t,
                plans=p,
                evidence=e,
            ),
            {
                "agreement": a,
                "institutions": i,
                "consultants": c,
                "assignments": s,
                "learner_counts": n,
                "training_records": t,
                "plans": p,
                "evidence": e,
            },
        ),
    }
    for index, plan in enumerate(p):
        calls[f"check_plan[{index}]"] = (functools.partial(check_plan, plan, on=on), {"plan": plan})
    return {name: (call(), arguments) for name, (call, arguments) in calls.items()}


def test_c1_to_c8_every_violation_path_of_every_check_names_a_node_of_its_arguments() -> None:
    on = date(2018, 3, 5)
    results = _every_check(_broken_daugavpils(), on)
    for name, (found, arguments) in results.items():
        assert found, name  # every rule is broken: the contract is tested on real violations
        assert_paths_exist(found, **arguments)
    rules = {v.rule for v in results["check"][0]}
    assert rules == {"C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7", "C-8"}
    assert {v.path for v in results["check"][0]} >= {
        "$.agreement.pilot_schools[0]",
        "$.assignments",
        "$.assignments[21].institution",
        "$.assignments[21].load",
        "$.evidence",
        "$.learner_counts[7]",
        "$.plans[0].aspects",
        "$.plans[0].submitted",
        "$.plans[1].municipality",
    }


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[dict[str, Any], date]:
    """A day and an agreement in force on it, with data around its pilot schools (some of it wrong)."""
    on = draw(st.dates(min_value=date(2016, 10, 1), max_value=date(2021, 6, 30)))
    agreement = draw(agreements(on=on, max_size=4))
    numbers = [p.registration_number for p in agreement.pilot_schools] + draw(
        st.lists(registration_numbers(), min_size=1, max_size=2)
    )
    school = st.sampled_from(numbers)
    people = ("c-1", "c-2", "c-3")
    person = st.sampled_from(people)
    where = st.sampled_from((agreement.municipality, "Rīga"))
    year = SchoolYear.containing(on)
    data = {
        "agreement": agreement,
        "institutions": draw(
            st.lists(
                st.tuples(school, where).flatmap(
                    lambda nw: institutions(registration_number=nw[0], municipality=nw[1])
                ),
                max_size=5,
            )
        ),
        "consultants": draw(st.lists(person.flatmap(lambda p: consultants(person_id=p)), max_size=3)),
        "assignments": draw(
            st.lists(
                st.tuples(person, school).flatmap(
                    lambda ps: (
                        consultant_assignments(on=on, consultant=ps[0], institution=ps[1])
                        | consultant_assignments(consultant=ps[0], institution=ps[1])
                    )
                ),
                max_size=6,
            )
        ),
        "learner_counts": draw(
            st.lists(school.flatmap(lambda n: learner_counts(institution=n, school_year=year)), max_size=6)
        ),
        "training_records": draw(st.lists(person.flatmap(lambda p: training_records(person_id=p)), max_size=3)),
        "plans": draw(
            st.lists(career_support_plans(municipality=agreement.municipality) | career_support_plans(), max_size=2)
        ),
        "evidence": draw(st.lists(obligation_evidence(), max_size=5)),
    }
    return data, on


@settings(deadline=None, max_examples=40)
@given(scenario=scenarios())
def test_c1_to_c8_property_every_violation_path_names_a_node_of_the_calls_arguments(
    scenario: tuple[dict[str, Any], date],
) -> None:
    data, on = scenario
    for found, arguments in _every_check(data, on).values():
        assert_paths_exist(found, **arguments)


def _shape(path: str) -> str:
    return re.sub(r"\[[0-9]+\]", "[]", path)


@settings(deadline=None, max_examples=25)
@given(scenario=scenarios(), data=st.data())
def test_c1_to_c8_property_violations_name_the_same_things_whatever_the_order_of_the_input(
    scenario: tuple[dict[str, Any], date], data: st.DataObject
) -> None:
    inputs, on = scenario
    agreement = inputs.pop("agreement")
    expected = check(agreement, on=on, **inputs)
    shuffled: dict[str, Any] = {name: data.draw(st.permutations(values)) for name, values in inputs.items()}
    found = check(agreement, on=on, **shuffled)
    assert Counter((v.rule, v.code, _shape(v.path), v.message) for v in found) == Counter(
        (v.rule, v.code, _shape(v.path), v.message) for v in expected
    )
    assert_paths_exist(found, agreement=agreement, **shuffled)
    assert list(found) == sorted(found, key=_order)


def _order(v: Violation) -> tuple[int, str, tuple[tuple[int, int | str], ...], str]:
    """The documented order of violations: rule number, code, path (indexes by number), message."""
    steps = tuple((0, n) if n else (1, int(i)) for n, i in _STEP.findall(v.path))
    return (int(v.rule[2:]), v.code, steps, v.message)


# ================================================================ C-4, C-5, C-9, I-4


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
    assert after - before == (extra.load if on in extra.period else 0)


@given(agreement=agreements(on=DEC_4), data=st.data())
def test_c5_adding_an_assignment_never_removes_a_cap_violation(agreement: Agreement, data: st.DataObject) -> None:
    schools = agreement.pilot_schools_on(on=DEC_4) or ("4500000001",)
    school = st.sampled_from(schools)
    assignments = data.draw(st.lists(school.flatmap(lambda n: consultant_assignments(on=DEC_4, institution=n))))
    extra = data.draw(school.flatmap(lambda n: consultant_assignments(on=DEC_4, institution=n)))
    before = {v.code for v in check_loads(agreement, assignments, on=DEC_4)}
    after = {v.code for v in check_loads(agreement, [*assignments, extra], on=DEC_4)}
    if "load.total_above_cap" in before:
        assert "load.total_above_cap" in after


@given(rule=ratio_rules(first=date(2016, 10, 1)), learners=st.integers(min_value=0, max_value=10**6))
def test_c4_more_learners_never_require_less_load(rule: RatioRule, learners: int) -> None:
    on = date(2018, 10, 1)
    assert rule.required_load(learners + 1, on=on) >= rule.required_load(learners, on=on)
    assert required_load(learners, on=on, ratio=rule) == rule.required_load(learners, on=on)


@given(
    events=st.lists(career_events(), max_size=15),
    start=st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 12, 31)),
    first=st.integers(min_value=0, max_value=2000),
    second=st.integers(min_value=0, max_value=2000),
    status=st.sampled_from(EventStatus),
    level=st.none() | st.sampled_from(OrganiserLevel),
)
def test_c9_figures_over_a_split_period_add_up_to_the_whole(
    events: list[CareerEvent], start: date, first: int, second: int, status: EventStatus, level: OrganiserLevel | None
) -> None:
    middle = start + timedelta(days=first)
    end = middle + timedelta(days=1 + second)

    def tally(period: DateRange) -> EventFigures:
        return tally_events(events, period=period, status=status, level=level)

    whole = tally(DateRange(start=start, end=end))
    assert (
        tally(DateRange(start=start, end=middle)).merge(tally(DateRange(start=middle + timedelta(days=1), end=end)))
        == whole
    )
    assert whole.participants == sum(g.count for g in whole.by_grade)


@given(events=st.lists(career_events(), max_size=10), period=st.just(DateRange(start=date(2014, 1, 1))))
def test_c9_planned_plus_held_city_plus_school_figures_are_every_events_figures(
    events: list[CareerEvent], period: DateRange
) -> None:
    def tally(status: EventStatus, level: OrganiserLevel | None) -> EventFigures:
        return tally_events(events, period=period, status=status, level=level)

    for status in EventStatus:
        assert tally(status, OrganiserLevel.CITY) + tally(status, OrganiserLevel.SCHOOL) == tally(status, None)
    assert tally(EventStatus.PLANNED, None).events + tally(HELD, None).events == len(events)


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
    parts = [tally_events(part, period=period, status=HELD) for part in (events[:cut], events[cut:])]
    assert parts[0] + parts[1] == tally_events(events, period=period, status=HELD)


# ================================================================ strategies


CAREER_TYPES = sorted(TYPE_STRATEGIES, key=lambda cls: cls.__qualname__)


@pytest.mark.parametrize("cls", CAREER_TYPES, ids=[cls.__qualname__ for cls in CAREER_TYPES])
@settings(max_examples=25)
@given(data=st.data())
def test_every_career_type_strategy_draws_valid_objects_that_round_trip(cls: type, data: st.DataObject) -> None:
    value = data.draw(TYPE_STRATEGIES[cls])
    assert type(value) is cls
    assert "_" not in "".join(part[0] for part in cls.__module__.split("."))
    plain_value = unstructure(value)
    assert json.loads(json.dumps(plain_value, allow_nan=False)) == plain_value
    assert structure(plain_value, cls) == value
    if not issubclass(cls, enum.Enum):
        jsonschema.validate(plain_value, json_schema(cls))


@settings(max_examples=25)
@given(ratios=ratio_schedules(), rules=qualification_schedules())
def test_c3_c4_drawn_schedules_round_trip_as_the_generic_types_they_are(
    ratios: Schedule[Ratio], rules: Schedule[QualificationRule]
) -> None:
    assert structure(unstructure(ratios), Schedule[Ratio]) == ratios
    assert structure(unstructure(rules), Schedule[QualificationRule]) == rules
    assert all(step.start >= step.value.regulation.adopted for step in rules)
    assert structure(unstructure(RATIO_SCHEDULE), Schedule[Ratio]) == RATIO_SCHEDULE
    assert structure(unstructure(QUALIFICATION_SCHEDULE), Schedule[QualificationRule]) == QUALIFICATION_SCHEDULE


def test_the_json_schema_of_an_agreement_holds_its_dated_tables() -> None:
    schema = json_schema(Agreement)
    agreement = schema["$defs"]["Agreement"]
    assert agreement["required"] == ["municipality", "signed"]
    assert agreement["properties"]["ratio"] == {"$ref": "#/$defs/RatioRule"}
    assert "Schedule_QualificationRule" in schema["$defs"]


@given(agreement=agreements(on=DEC_4, municipality="Daugavpils"))
def test_agreements_drawn_for_a_day_are_in_force_on_it(agreement: Agreement) -> None:
    assert agreement.in_force(on=DEC_4)
    assert agreement.municipality == "Daugavpils"
    assert {v.code for v in check(agreement, on=DEC_4, evidence=())} >= {"obligation.outstanding"}


@given(load=fte_loads(min_value=Decimal("0.30"), max_value=Decimal("0.50")))
def test_fte_loads_stay_in_their_bounds(load: Decimal) -> None:
    assert Decimal("0.30") <= load <= Decimal("0.50")
    assert load.as_tuple().exponent == -2


def _bad(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


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
    ("agreements max_size", lambda: agreements(max_size=101)),
    ("agreements on", lambda: agreements(on=_bad("2017-12-04"))),
    ("career_events within", lambda: career_events(within=_bad("2017"))),
    ("career_events max_length", lambda: career_events(max_length=_bad("5"))),
    ("career_events status", lambda: career_events(status=_bad("held"))),
    ("career_events level", lambda: career_events(level=_bad("city"))),
    ("ratio_schedules first", lambda: ratio_schedules(first=_bad("2017-01-01"))),
    ("ratio_rules first", lambda: ratio_rules(first=_bad("2017-01-01"))),
    ("qualification_schedules first", lambda: qualification_schedules(first=_bad("2017-01-01"))),
]


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
    event=career_events(within=DateRange(start=date(2017, 4, 1)), max_length=0, status=HELD, level=OrganiserLevel.CITY),
    plan=career_support_plans(municipality="Jelgava"),
    assignment=consultant_assignments(consultant="c-7", institution="4500000001"),
    participants=grade_participants(max_count=3),
    ratios=ratio_rules(first=date(2016, 1, 1)),
    rules=qualification_schedules(first=date(2016, 1, 1)),
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
    ratios: RatioRule,
    rules: Schedule[QualificationRule],
) -> None:
    assert record.regulation == MK_569_2018
    assert consultant.person_id == training.person_id == assignment.consultant == "c-7"
    assert school.period.start >= date(2017, 1, 1)
    assert event.period.start == event.period.end
    assert event.period.start >= date(2017, 4, 1)
    assert (event.status, event.level) == (HELD, OrganiserLevel.CITY)
    assert plan.municipality == "Jelgava"
    assert assignment.institution == "4500000001"
    assert participants.count <= 3
    assert ratios.schedule.start == rules.start == date(2016, 1, 1)
