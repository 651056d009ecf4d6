"""Career events, planned or held, city-wide or in a school, and their figures (rule C-9) and mergeability (I-4)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar, cast

import attrs
import pytest

from karjera_core.education import Grade
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.programmes.career_support import (
    CareerEvent,
    EventFigures,
    EventKind,
    EventPartner,
    EventStatus,
    GradeParticipants,
    OrganiserLevel,
    PartnerKind,
    tally_events,
)
from karjera_core.programmes.career_support import examples as ex
from karjera_core.time import DateRange, SchoolYear

APRIL_TO_AUGUST_2017 = DateRange(start=date(2017, 4, 1), end=date(2017, 8, 31))
HELD, PLANNED = EventStatus.HELD, EventStatus.PLANNED
CITY, SCHOOL = OrganiserLevel.CITY, OrganiserLevel.SCHOOL
ONE_DAY = timedelta(days=1)


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


def _event(**changes: Any) -> CareerEvent:
    fields: dict[str, Any] = {
        "title": "Meistarklase",
        "kind": EventKind.MASTERCLASS,
        "status": HELD,
        "period": DateRange(start=date(2017, 4, 12), end=date(2017, 4, 12)),
        "level": CITY,
        "schools": ("A", "B"),
        "pilot_schools": ("A",),
        "participants": (GradeParticipants(grade=Grade(9), count=20), GradeParticipants(grade=Grade(10), count=10)),
        "non_pilot_participants": 5,
    }
    fields.update(changes)
    return CareerEvent(**fields)


# ================================================================ the seed [002]


def test_c9_daugavpils_2016_17_held_14_city_events_april_to_august_with_more_than_900_pupils_of_grades_1_to_12() -> (
    None
):
    events = ex.daugavpils_2016_events()
    figures = tally_events(events, period=APRIL_TO_AUGUST_2017, status=HELD, level=CITY)
    assert figures.events == 14
    assert figures.participants > 900
    assert figures.participants == 904
    assert [g.grade for g in figures.by_grade] == [Grade(n) for n in range(1, 13)]
    assert sum(g.count for g in figures.by_grade) == figures.participants
    assert figures.non_pilot_share == (204, 904)
    assert {(e.level, e.status) for e in events} == {(CITY, HELD)}
    assert min(e.period.start for e in events) >= date(2017, 4, 1)
    assert max(e.period.end or e.period.start for e in events) <= date(2017, 8, 31)
    assert all(e.pilot_schools and len(e.schools) > len(e.pilot_schools) for e in events)
    assert tally_events(events, period=SchoolYear(2016).period, status=HELD) == figures


def test_c9_more_than_25_events_were_planned_for_2017_18_in_one_call() -> None:
    planned = tally_events(ex.daugavpils_2017_planned_events(), period=SchoolYear(2017).period, status=PLANNED)
    assert planned.events > 25
    assert planned.events == 26
    assert tally_events(ex.daugavpils_2017_planned_events(), period=SchoolYear(2017).period, status=HELD).events == 0
    assert len({e.kind for e in ex.daugavpils_2017_planned_events()}) == len(EventKind)


def test_c9_planned_and_held_events_are_never_counted_together() -> None:
    both = [*ex.daugavpils_2016_events(), _event(status=PLANNED), _event(status=PLANNED)]
    assert tally_events(both, period=APRIL_TO_AUGUST_2017, status=HELD).events == 14
    assert tally_events(both, period=APRIL_TO_AUGUST_2017, status=PLANNED).events == 2


def test_c9_city_wide_and_school_events_are_told_apart() -> None:
    events = [*ex.daugavpils_2016_events(), _event(level=SCHOOL)]
    assert tally_events(events, period=APRIL_TO_AUGUST_2017, status=HELD, level=CITY).events == 14
    assert tally_events(events, period=APRIL_TO_AUGUST_2017, status=HELD, level=SCHOOL).events == 1
    assert tally_events(events, period=APRIL_TO_AUGUST_2017, status=HELD).events == 15


def test_c9_figures_count_the_events_that_start_in_the_period_edges_included() -> None:
    events = ex.daugavpils_2016_events()  # the first starts on 2017-04-05, the last on 2017-08-16
    april = tally_events(events, period=DateRange(start=date(2017, 4, 1), end=date(2017, 4, 30)), status=HELD)
    assert april.events == 4
    first = date(2017, 4, 5)
    assert tally_events(events, period=DateRange(start=first, end=first), status=HELD).events == 1
    assert tally_events(events, period=DateRange(start=first + ONE_DAY, end=date(2017, 4, 11)), status=HELD).events == 0
    assert tally_events(events, period=DateRange(start=date(2017, 3, 1), end=first - ONE_DAY), status=HELD).events == 0
    assert tally_events(events, period=DateRange(start=date(2017, 9, 1)), status=HELD) == EventFigures.empty()
    spanning = _event(period=DateRange(start=date(2017, 4, 30), end=date(2017, 5, 2)))
    assert (
        tally_events([spanning], period=DateRange(start=date(2017, 4, 1), end=date(2017, 4, 30)), status=HELD).events
        == 1
    )
    assert (
        tally_events([spanning], period=DateRange(start=date(2017, 5, 1), end=date(2017, 5, 31)), status=HELD).events
        == 0
    )


def test_c9_tally_events_rejects_every_bad_argument() -> None:
    assert problems_of(
        lambda: tally_events(_any([None]), period=_any(None), status=_any("held"), level=_any("city"))
    ) == [
        ("$.events[0]", "record.type", "expected a CareerEvent"),
        ("$.period", "record.type", "expected a DateRange"),
        ("$.status", "enum.type", "expected an EventStatus"),
        ("$.level", "enum.type", "expected an OrganiserLevel"),
    ]


# ================================================================ events


def test_c9_an_event_knows_its_participants_and_start() -> None:
    event = _event()
    assert (event.total_participants, event.start) == (30, date(2017, 4, 12))
    assert _event(schools=(), pilot_schools=(), non_pilot_participants=7).non_pilot_participants == 7
    assert _event(pilot_schools=(), non_pilot_participants=30).non_pilot_participants == 30
    assert _event(pilot_schools=("A", "B"), non_pilot_participants=0).non_pilot_participants == 0
    assert (
        _event(status=PLANNED, participants=(), non_pilot_participants=0, schools=(), pilot_schools=()).status
        is PLANNED
    )


def test_c9_enumerations_have_latvian_labels() -> None:
    assert len(EventKind) == 11
    assert EventKind.THEMATIC_CLASS_HOUR.label == "tematiskā audzināšanas stunda"
    assert all(kind.label for kind in EventKind)
    assert (OrganiserLevel.CITY.label, OrganiserLevel.SCHOOL.label) == ("pilsētas pasākums", "skolas pasākums")
    assert (EventStatus.PLANNED.label, EventStatus.HELD.label) == ("ieplānots", "īstenots")
    assert [k.label for k in PartnerKind][-1] == "biedrība"
    assert all(kind.label for kind in PartnerKind)


def test_c9_an_event_rejects_every_bad_field() -> None:
    assert problems_of(
        lambda: CareerEvent(
            title="",
            kind=_any("workshop"),
            status=_any(None),
            period=DateRange(start=date(2017, 4, 12)),
            level=_any("city"),
            schools=_any(["A"]),
            pilot_schools=("", "B"),
            participants=_any((GradeParticipants(grade=Grade(1), count=1), 1)),
            non_pilot_participants=-1,
            partners=_any(("x",)),
        )
    ) == [
        ("$.title", "text.blank", "expected a title that is not blank"),
        ("$.kind", "enum.type", "expected an EventKind"),
        ("$.status", "enum.type", "expected an EventStatus"),
        ("$.level", "enum.type", "expected an OrganiserLevel"),
        ("$.schools", "array.type", "expected a tuple of items, each a school"),
        ("$.pilot_schools[0]", "text.blank", "expected a school that is not blank"),
        ("$.participants[1]", "record.type", "expected a GradeParticipants"),
        (
            "$.non_pilot_participants",
            "integer.range",
            "expected a number of participants: an int (not a bool) from 0 to 1000000000000",
        ),
        ("$.partners[0]", "record.type", "expected an EventPartner"),
        ("$.period.end", "event.open_period", "expected an event with an end"),
    ]
    assert problems_of(lambda: _event(period=_any(None))) == [("$.period", "record.type", "expected a DateRange")]


def test_c9_a_pilot_school_is_named_in_at_most_500_characters() -> None:
    assert _event(schools=(), pilot_schools=("x" * 500,)).pilot_schools == ("x" * 500,)
    assert problems_of(lambda: _event(schools=(), pilot_schools=("x" * 501,))) == [
        ("$.pilot_schools[0]", "text.too_long", "expected a school of at most 500 characters")
    ]


def test_c9_an_events_schools_pilot_split_and_grades_must_agree() -> None:
    assert problems_of(lambda: _event(pilot_schools=("C",))) == [
        ("$.pilot_schools[0]", "event.pilot_not_taking_part", "expected a school taking part")
    ]
    nine = GradeParticipants(grade=Grade(9), count=1)
    assert problems_of(
        lambda: _event(participants=(nine, GradeParticipants(grade=Grade(9), count=2)), non_pilot_participants=1)
    ) == [("$.participants[1]", "event.grade_twice", "expected each grade at most once")]
    assert problems_of(lambda: _event(non_pilot_participants=31)) == [
        (
            "$.non_pilot_participants",
            "event.non_pilot_above_total",
            "expected non-pilot participants at most the participants of all grades",
        )
    ]
    split = (
        "$.non_pilot_participants",
        "event.split_disagrees",
        "expected no non-pilot participants when every school is a pilot school, and only non-pilot participants "
        "when none is",
    )
    assert problems_of(lambda: _event(pilot_schools=("A", "B"), non_pilot_participants=1)) == [split]
    assert problems_of(lambda: _event(pilot_schools=(), non_pilot_participants=29)) == [split]
    assert problems_of(lambda: _event(schools=("A", "A"), pilot_schools=(), non_pilot_participants=30)) == [
        ("$.schools[1]", "event.school_twice", "expected no school twice")
    ]
    assert problems_of(lambda: _event(schools=(), pilot_schools=("A", "A"))) == [
        ("$.pilot_schools[1]", "event.school_twice", "expected no school twice")
    ]


def test_c9_p7_an_event_title_with_a_personal_code_is_refused_without_echo() -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        _event(title="Skolēns 161175-19997")
    assert "161175-19997" not in str(caught.value)


def test_c9_partners_and_grade_participants_reject_bad_fields() -> None:
    assert EventPartner(kind=PartnerKind.EMPLOYER, name="AS Latvijas Finieris").kind is PartnerKind.EMPLOYER
    assert problems_of(lambda: EventPartner(kind=_any("employer"), name=" ")) == [
        ("$.kind", "enum.type", "expected a PartnerKind"),
        ("$.name", "text.blank", "expected a partner's name that is not blank"),
    ]
    assert problems_of(lambda: GradeParticipants(grade=_any(9), count=_any(1.0))) == [
        ("$.grade", "record.type", "expected a Grade"),
        ("$.count", "integer.type", "expected a number of participants: an int (not a bool) from 0 to 1000000000000"),
    ]


# ================================================================ figures (I-4)


def _figures(events: int, grades: dict[int, int], non_pilot: int) -> EventFigures:
    return EventFigures(
        events=events,
        participants=sum(grades.values()),
        by_grade=tuple(GradeParticipants(grade=Grade(g), count=c) for g, c in sorted(grades.items())),
        non_pilot_participants=non_pilot,
    )


def test_i4_figures_merge_with_empty_as_identity() -> None:
    a = _figures(2, {1: 10, 9: 5}, 3)
    b = _figures(1, {9: 7, 12: 1}, 8)
    merged = a.merge(b)
    assert merged == _figures(3, {1: 10, 9: 12, 12: 1}, 11)
    assert a + b == b + a == merged
    assert a + EventFigures.empty() == a
    assert merged.non_pilot_share == (11, 23)
    assert a.__add__(_any(1)) is NotImplemented


def test_i4_figures_reject_inconsistent_values() -> None:
    participants = "expected a number of participants: an int (not a bool) from 0 to 1000000000000000"
    assert problems_of(
        lambda: EventFigures(events=-1, participants=_any("3"), by_grade=_any([]), non_pilot_participants=-1)
    ) == [
        ("$.events", "integer.range", "expected a number of events: an int (not a bool) from 0 to 1000000000000000"),
        ("$.participants", "integer.type", participants),
        ("$.by_grade", "array.type", "expected a tuple of items, each a GradeParticipants"),
        ("$.non_pilot_participants", "integer.range", participants),
    ]
    nine = GradeParticipants(grade=Grade(9), count=3)
    order = "expected grades with participants, each once, in grade order"
    assert problems_of(lambda: EventFigures(events=1, participants=6, by_grade=(nine, nine))) == [
        ("$.by_grade[1]", "figures.by_grade_order", order)
    ]
    zero = GradeParticipants(grade=Grade(9), count=0)
    assert problems_of(lambda: EventFigures(events=1, participants=0, by_grade=(zero,))) == [
        ("$.by_grade[0]", "figures.by_grade_order", order)
    ]
    assert problems_of(lambda: EventFigures(events=1, participants=4, by_grade=(nine,), non_pilot_participants=5)) == [
        ("$.by_grade", "figures.by_grade_sum", "expected the grades to add up to the participants"),
        (
            "$.non_pilot_participants",
            "figures.non_pilot_above_total",
            "expected non-pilot participants at most the participants",
        ),
    ]
    assert changed(EventFigures.empty(), events=2).events == 2
