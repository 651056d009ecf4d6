"""Career events and their figures (rule C-9) and their mergeability (I-4)."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from karjera_core.education import Grade
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.programmes import _career_examples as ex
from karjera_core.programmes.career_support import (
    CareerEvent,
    EventFigures,
    EventKind,
    EventPartner,
    GradeParticipants,
    OrganiserLevel,
    PartnerKind,
    event_figures,
)
from karjera_core.time import DateRange

SPRING_2017 = DateRange(start=date(2017, 4, 1), end=date(2017, 8, 31))


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in error.value.problems]


def _event(**changes: Any) -> CareerEvent:
    fields: dict[str, Any] = {
        "title": "Meistarklase",
        "kind": EventKind.MASTERCLASS,
        "period": DateRange(start=date(2017, 4, 12), end=date(2017, 4, 12)),
        "level": OrganiserLevel.CITY,
        "schools": ("A", "B"),
        "pilot_schools": ("A",),
        "participants": (GradeParticipants(grade=Grade(9), count=20), GradeParticipants(grade=Grade(10), count=10)),
        "non_pilot_participants": 5,
    }
    fields.update(changes)
    return CareerEvent(**fields)


# ================================================================ the seed


def test_c9_daugavpils_2016_17_had_14_city_events_april_to_august_with_over_900_pupils_of_grades_1_to_12() -> None:
    events = ex.daugavpils_2016_events()
    figures = event_figures(events, SPRING_2017)
    assert figures.events == 14
    assert figures.participants > 900
    assert [g.grade for g in figures.by_grade] == [Grade(n) for n in range(1, 13)]
    assert sum(g.count for g in figures.by_grade) == figures.participants
    numerator, denominator = figures.non_pilot_share
    assert 0 < numerator < denominator == figures.participants
    assert {e.level for e in events} == {OrganiserLevel.CITY}
    assert min(e.period.start for e in events) >= date(2017, 4, 1)
    assert max(e.period.end or e.period.start for e in events) <= date(2017, 8, 31)
    assert all(e.pilot_schools and len(e.schools) > len(e.pilot_schools) for e in events)


def test_c9_figures_count_only_events_starting_in_the_period() -> None:
    events = ex.daugavpils_2016_events()
    april = event_figures(events, DateRange(start=date(2017, 4, 1), end=date(2017, 4, 30)))
    assert april.events == 4
    assert event_figures(events, DateRange(start=date(2017, 9, 1))) == EventFigures.empty()
    spanning = _event(period=DateRange(start=date(2017, 4, 30), end=date(2017, 5, 2)))
    assert event_figures([spanning], DateRange(start=date(2017, 4, 1), end=date(2017, 4, 30))).events == 1
    assert event_figures([spanning], DateRange(start=date(2017, 5, 1), end=date(2017, 5, 31))).events == 0


def test_c9_event_figures_reject_bad_input() -> None:
    with pytest.raises(ValidationError) as error:
        event_figures([], _any((date(2017, 4, 1), date(2017, 8, 31))))
    assert _codes(error) == ["input.type"]
    with pytest.raises(ValidationError) as error:
        event_figures(_any([None]), SPRING_2017)
    assert [p.path for p in error.value.problems] == ["$.events[0]"]


# ================================================================ events


def test_c9_an_event_knows_its_participants_and_start() -> None:
    event = _event()
    assert event.total_participants == 30
    assert event.start == date(2017, 4, 12)
    assert _event(schools=(), pilot_schools=(), non_pilot_participants=7).non_pilot_participants == 7
    assert _event(pilot_schools=(), non_pilot_participants=30).non_pilot_participants == 30
    assert _event(pilot_schools=("A", "B"), non_pilot_participants=0).non_pilot_participants == 0


def test_c9_enumerations_have_latvian_labels() -> None:
    assert len(EventKind) == 11
    assert EventKind.THEMATIC_CLASS_HOUR.label == "tematiskā audzināšanas stunda"
    assert all(kind.label for kind in EventKind)
    assert OrganiserLevel.SCHOOL.label == "skolas pasākums"
    assert [k.label for k in PartnerKind][-1] == "biedrība"
    assert all(kind.label for kind in PartnerKind)


def test_c9_an_event_rejects_every_bad_field() -> None:
    with pytest.raises(ValidationError) as error:
        CareerEvent(
            title="",
            kind=_any("workshop"),
            period=DateRange(start=date(2017, 4, 12)),
            level=_any("city"),
            schools=_any(["A"]),
            pilot_schools=("", "", "B"),
            participants=_any((GradeParticipants(grade=Grade(1), count=1), 1)),
            non_pilot_participants=-1,
            partners=_any(("x",)),
        )
    assert _codes(error) == [
        "title.blank",
        "event.kind",
        "event.open_period",
        "event.level",
        "event.schools",
        "school.blank",
        "school.blank",
        "event.schools_twice",
        "event.participants",
        "event.non_pilot",
        "event.partners",
    ]
    with pytest.raises(ValidationError) as error:
        _event(period=_any(None))
    assert _codes(error) == ["event.period"]


def test_c9_an_events_schools_pilot_split_and_grades_must_agree() -> None:
    with pytest.raises(ValidationError) as error:
        _event(pilot_schools=("C",))
    assert _codes(error) == ["event.pilot_not_taking_part"]
    with pytest.raises(ValidationError) as error:
        _event(participants=(GradeParticipants(grade=Grade(9), count=1), GradeParticipants(grade=Grade(9), count=2)))
    assert _codes(error) == ["event.grade_twice"]
    with pytest.raises(ValidationError) as error:
        _event(non_pilot_participants=31)
    assert _codes(error) == ["event.non_pilot_above_total"]
    with pytest.raises(ValidationError) as error:
        _event(pilot_schools=("A", "B"), non_pilot_participants=1)
    assert _codes(error) == ["event.split_disagrees"]
    with pytest.raises(ValidationError) as error:
        _event(pilot_schools=(), non_pilot_participants=29)
    assert _codes(error) == ["event.split_disagrees"]
    with pytest.raises(ValidationError) as error:
        _event(schools=("A", "A"), pilot_schools=(), non_pilot_participants=29)
    assert _codes(error) == ["event.schools_twice"]


def test_c9_p7_an_event_title_with_a_personal_code_is_refused() -> None:
    with pytest.raises(PersonalDataRejected) as error:
        _event(title="Skolēns 161175-19997")
    assert "161175-19997" not in str(error.value)


def test_c9_partners_and_grade_participants_reject_bad_fields() -> None:
    assert EventPartner(kind=PartnerKind.EMPLOYER, name="AS Latvijas Finieris").kind is PartnerKind.EMPLOYER
    with pytest.raises(ValidationError) as error:
        EventPartner(kind=_any("employer"), name=" ")
    assert _codes(error) == ["partner.kind", "name.blank"]
    with pytest.raises(ValidationError) as error:
        GradeParticipants(grade=_any(9), count=_any(1.0))
    assert _codes(error) == ["participants.grade", "participants.count"]


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


def test_i4_figures_merge_refuses_other_types() -> None:
    a = _figures(1, {1: 1}, 0)
    with pytest.raises(ValidationError) as error:
        a.merge(_any(1))
    assert _codes(error) == ["input.type"]
    assert a.__add__(_any(1)) is NotImplemented


def test_i4_figures_reject_inconsistent_values() -> None:
    with pytest.raises(ValidationError) as error:
        EventFigures(events=-1, participants=_any("3"), by_grade=_any([]), non_pilot_participants=-1)
    assert _codes(error) == ["figures.events", "figures.participants", "figures.by_grade", "figures.non_pilot"]
    nine = GradeParticipants(grade=Grade(9), count=3)
    with pytest.raises(ValidationError) as error:
        EventFigures(events=1, participants=3, by_grade=(nine, nine), non_pilot_participants=0)
    assert _codes(error) == ["figures.by_grade"]
    with pytest.raises(ValidationError) as error:
        EventFigures(events=1, participants=0, by_grade=(GradeParticipants(grade=Grade(9), count=0),))
    assert _codes(error) == ["figures.by_grade"]
    with pytest.raises(ValidationError) as error:
        EventFigures(events=1, participants=4, by_grade=(nine,))
    assert _codes(error) == ["figures.by_grade_sum"]
    with pytest.raises(ValidationError) as error:
        EventFigures(events=1, participants=3, by_grade=(nine,), non_pilot_participants=4)
    assert _codes(error) == ["figures.non_pilot"]
    assert attrs.evolve(EventFigures.empty(), events=2).events == 2
