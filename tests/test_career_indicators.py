"""The 8.3.5 figures of C-9 and C-10 as indicators, computed from events, assignments and agreements (rule I-6)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar, cast

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from karjera_core.education import Grade
from karjera_core.errors import ValidationError
from karjera_core.indicators import (
    Counting,
    Fact,
    IndicatorResult,
    Measure,
    Report,
    Status,
    Summary,
    evaluate,
    evaluate_summary,
    summarize,
)
from karjera_core.programmes.career_support import (
    PROJECT_NUMBER,
    REPORTED_TARGETS_2016_2017,
    Agreement,
    CareerEvent,
    CareerSupportTargets,
    ConsultantAssignment,
    CountTarget,
    EventKind,
    EventStatus,
    GradeParticipants,
    OrganiserLevel,
    PilotSchool,
    TrainingRecord,
    event_id,
    facts,
    indicators,
    institutions_supported,
    tally_events,
    teachers_trained,
)
from karjera_core.programmes.career_support import examples as ex
from karjera_core.strategies._career_support import (
    agreements,
    career_events,
    career_support_targets,
    consultant_assignments,
    count_targets,
    training_records,
)
from karjera_core.time import DateRange, SchoolYear

#: The project's end as [000] states it: pilot periods lie inside the agreements' default period.
END = date(2020, 12, 31)
YEAR_2016 = SchoolYear(2016)
YEAR_2017 = SchoolYear(2017)
INSTITUTIONS = "8.3.5-C10-institutions"
TRAINED = "8.3.5-C10-trained"
CITY_2016 = (
    "8.3.5-C9-city-events-2016/2017",
    "8.3.5-C9-city-participants-2016/2017",
    "8.3.5-C9-city-non-pilot-2016/2017",
)
ALL_2016 = ("8.3.5-C9-events-2016/2017", "8.3.5-C9-participants-2016/2017", "8.3.5-C9-non-pilot-2016/2017")
ALL_2017 = ("8.3.5-C9-events-2017/2018", "8.3.5-C9-participants-2017/2018", "8.3.5-C9-non-pilot-2017/2018")
SCHOOL_2016 = (
    "8.3.5-C9-school-events-2016/2017",
    "8.3.5-C9-school-participants-2016/2017",
    "8.3.5-C9-school-non-pilot-2016/2017",
)


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


def _targets(**changes: Any) -> CareerSupportTargets:
    return changed(REPORTED_TARGETS_2016_2017, **changes)


def _report(
    found: Iterable[Fact], *, as_of: date, targets: CareerSupportTargets = REPORTED_TARGETS_2016_2017
) -> Report:
    return evaluate_summary(summarize(indicators(targets), found, as_of=as_of))


def _value(result: IndicatorResult) -> int:
    assert result.value is not None
    return int(result.value)


def _event(
    start: date,
    *,
    title: str = "Meistarklase",
    counts: tuple[int, int] = (20, 10),
    non_pilot: int = 5,
    level: OrganiserLevel = OrganiserLevel.SCHOOL,
    status: EventStatus = EventStatus.HELD,
) -> CareerEvent:
    return CareerEvent(
        title=title,
        kind=EventKind.MASTERCLASS,
        status=status,
        period=DateRange(start=start, end=start),
        level=level,
        participants=(
            GradeParticipants(grade=Grade(9), count=counts[0]),
            GradeParticipants(grade=Grade(10), count=counts[1]),
        ),
        non_pilot_participants=non_pilot,
    )


def _agreement(signed: date, *pilots: tuple[str, DateRange]) -> Agreement:
    return Agreement(
        municipality="Jelgava",
        signed=signed,
        pilot_schools=tuple(PilotSchool(registration_number=n, period=p) for n, p in pilots),
    )


def _record(person: str, end: date) -> TrainingRecord:
    return TrainingRecord(person_id=person, course="Karjeras atbalsts", start=end, end=end, hours=Decimal(8))


def _assignment(institution: str, start: date) -> ConsultantAssignment:
    return ConsultantAssignment(
        consultant="c-1", institution=institution, load=Decimal("0.30"), period=DateRange(start=start, end=None)
    )


# ================================================================ targets: "at least" and "more than"


def test_i6_c9_more_than_900_is_not_met_by_900_and_at_least_14_is_met_by_14() -> None:
    more = CountTarget(more_than=900)
    assert (more.minimum, more.met_by(900), more.met_by(901), str(more)) == (901, False, True, "vairāk nekā 900")
    least = CountTarget(at_least=14)
    assert (least.minimum, least.met_by(13), least.met_by(14), str(least)) == (14, False, True, "vismaz 14")
    assert CountTarget(more_than=0).minimum == 1


def test_i6_a_count_target_is_at_least_or_more_than_exactly_one_of_them() -> None:
    one_of = ("$", "target.at_least_or_more_than", "expected exactly one of at_least and more_than")
    assert problems_of(lambda: CountTarget()) == [one_of]
    assert problems_of(lambda: CountTarget(at_least=1, more_than=0)) == [one_of]
    assert problems_of(lambda: CountTarget(at_least=0, more_than=_any(-1))) == [
        ("$.at_least", "integer.range", "expected a count: an int (not a bool) from 1 to 1000000000000"),
        ("$.more_than", "integer.range", "expected a count: an int (not a bool) from 0 to 999999999999"),
    ]


def test_i6_targets_are_one_record_and_reject_every_bad_field() -> None:
    target = CountTarget(at_least=1)
    assert problems_of(
        lambda: CareerSupportTargets(
            deadline=_any(datetime(2020, 12, 31)),
            institutions=_any(328),
            trained=target,
            school_year=_any(2016),
            level=_any("city"),
            events=target,
            participants=_any(None),
            non_pilot_participants=target,
        )
    ) == [
        ("$.deadline", "date.type", "expected a date (datetime.date, not datetime) in the years 1900-2199"),
        ("$.institutions", "record.type", "expected a CountTarget"),
        ("$.school_year", "record.type", "expected a SchoolYear"),
        ("$.level", "enum.type", "expected an OrganiserLevel"),
        ("$.participants", "record.type", "expected a CountTarget"),
    ]


def test_i6_the_published_figures_are_a_named_reference_not_a_default() -> None:
    targets = REPORTED_TARGETS_2016_2017
    assert (targets.deadline, targets.school_year, targets.level) == (END, YEAR_2016, OrganiserLevel.CITY)
    assert (targets.institutions, targets.trained) == (CountTarget(at_least=328), CountTarget(at_least=656))
    assert (targets.events, targets.participants, targets.non_pilot_participants) == (
        CountTarget(at_least=14),
        CountTarget(more_than=900),
        CountTarget(more_than=0),
    )
    with pytest.raises(TypeError):
        indicators()  # type: ignore[call-arg]


# ================================================================ the definitions (C-9, C-10)


def test_i6_c10_national_targets_are_328_institutions_and_656_trained_by_2020_12_31_of_project_8_3_5() -> None:
    institutions, trained = indicators(REPORTED_TARGETS_2016_2017)[:2]
    assert (institutions.code, institutions.target, trained.code, trained.target) == (
        INSTITUTIONS,
        Decimal(328),
        TRAINED,
        Decimal(656),
    )
    for ind in (institutions, trained):
        assert ind.deadline == END
        assert ind.project == PROJECT_NUMBER == "8.3.5.0/16/I/001"
        assert (ind.measure, ind.counting, ind.higher_is_better) == (Measure.COUNT, Counting.DISTINCT, True)
        assert ind.period is None
        assert ind.title_en is not None


def test_i6_c9_event_indicators_count_the_city_events_held_in_2016_17_with_the_reported_figures() -> None:
    events, participants, non_pilot = indicators(REPORTED_TARGETS_2016_2017)[2:]
    assert (events.code, events.counting, events.target) == (CITY_2016[0], Counting.FACTS, Decimal(14))
    assert (participants.code, participants.counting, participants.target) == (CITY_2016[1], Counting.SUM, Decimal(901))
    assert (non_pilot.code, non_pilot.counting, non_pilot.target) == (CITY_2016[2], Counting.SUM, Decimal(1))
    for ind in (events, participants, non_pilot):
        assert (ind.period, ind.deadline, ind.project) == (YEAR_2016.period, date(2017, 8, 31), PROJECT_NUMBER)
        assert "2016./2017." in ind.title_lv
        assert "pilsētas" in ind.title_lv
    assert events.title_en == "City-wide career events held in school year 2016/2017"


def test_i6_c9_targets_school_year_level_and_deadline_are_the_callers() -> None:
    catalogue = indicators(
        _targets(
            school_year=YEAR_2017,
            level=None,
            deadline=date(2023, 12, 31),
            events=CountTarget(more_than=25),
            participants=CountTarget(at_least=1500),
            non_pilot_participants=CountTarget(at_least=100),
        )
    )
    assert [ind.deadline for ind in catalogue] == [date(2023, 12, 31)] * 2 + [date(2018, 8, 31)] * 3
    assert [ind.target for ind in catalogue][2:] == [Decimal(26), Decimal(1500), Decimal(100)]
    assert tuple(ind.code for ind in catalogue[2:]) == ALL_2017
    assert catalogue[2].title_en == "Career events held in school year 2017/2018"
    school = indicators(_targets(level=OrganiserLevel.SCHOOL))
    assert tuple(ind.code for ind in school[2:]) == SCHOOL_2016
    assert "skolu" in school[2].title_lv


# ================================================================ the seed (C-9, [002])


def test_i6_c9_daugavpils_2016_17_events_give_14_city_events_and_more_than_900_participants() -> None:
    found = list(facts(events=ex.daugavpils_2016_events()))
    report = _report(found, as_of=date(2017, 8, 31))
    assert [_value(report[code]) for code in CITY_2016] == [14, 904, 204]
    assert {report[code].status for code in CITY_2016} == {Status.MET}
    figures = tally_events(ex.daugavpils_2016_events(), period=YEAR_2016.period, status=EventStatus.HELD)
    assert [_value(report[code]) for code in CITY_2016] == [
        figures.events,
        figures.participants,
        figures.non_pilot_participants,
    ]


def test_i6_c9_exactly_900_participants_do_not_meet_more_than_900() -> None:
    def report_for(participants: int) -> IndicatorResult:
        event = _event(date(2017, 4, 20), counts=(participants - 1, 1), non_pilot=1, level=OrganiserLevel.CITY)
        return _report(facts(events=[event]), as_of=date(2017, 9, 1))[CITY_2016[1]]

    assert (report_for(900).status, _value(report_for(900))) == (Status.MISSED, 900)
    assert (report_for(901).status, _value(report_for(901))) == (Status.MET, 901)


def test_i6_c9_the_event_figures_are_pending_until_reached_and_missed_after_the_school_year() -> None:
    found = list(facts(events=ex.daugavpils_2016_events()))
    early = _report(found, as_of=date(2017, 5, 31))
    assert early[CITY_2016[0]].status is Status.PENDING
    assert _value(early[CITY_2016[0]]) < 14
    more = _targets(events=CountTarget(more_than=25))
    assert _report(found, as_of=date(2017, 8, 31), targets=more)[CITY_2016[0]].status is Status.PENDING
    assert _report(found, as_of=date(2017, 9, 1), targets=more)[CITY_2016[0]].status is Status.MISSED


def test_i6_c9_events_count_in_the_school_year_they_start_in() -> None:
    last_day, first_day = _event(date(2017, 8, 31)), _event(date(2017, 9, 1), counts=(7, 3), non_pilot=2)
    found = list(facts(events=[last_day, first_day]))
    catalogue = indicators(_targets(level=None)) + indicators(_targets(level=None, school_year=YEAR_2017))[2:]
    report = evaluate_summary(summarize(catalogue, found, as_of=date(2018, 8, 31)))
    assert [_value(report[code]) for code in ALL_2016] == [1, 30, 5]
    assert [_value(report[code]) for code in ALL_2017] == [1, 10, 2]


def test_i6_c9_each_held_event_gives_its_facts_on_its_first_day_under_both_levels_codes() -> None:
    event = _event(date(2017, 4, 20))
    subject = event_id(event)
    assert list(facts(events=[event])) == [
        Fact(indicator=ALL_2016[0], on=date(2017, 4, 20), subject=subject),
        Fact(indicator=ALL_2016[1], on=date(2017, 4, 20), subject=subject, value=Decimal(30)),
        Fact(indicator=ALL_2016[2], on=date(2017, 4, 20), subject=subject, value=Decimal(5)),
        Fact(indicator=SCHOOL_2016[0], on=date(2017, 4, 20), subject=subject),
        Fact(indicator=SCHOOL_2016[1], on=date(2017, 4, 20), subject=subject, value=Decimal(30)),
        Fact(indicator=SCHOOL_2016[2], on=date(2017, 4, 20), subject=subject, value=Decimal(5)),
    ]


def test_i6_c9_a_planned_event_gives_no_fact() -> None:
    assert list(facts(events=ex.daugavpils_2017_planned_events())) == []
    assert list(facts(events=[_event(date(2017, 4, 20), status=EventStatus.PLANNED)])) == []


def test_i6_c9_two_events_with_the_same_title_and_day_both_count() -> None:
    event = _event(date(2017, 4, 20), level=OrganiserLevel.CITY)
    report = _report(facts(events=[event, event]), as_of=date(2017, 8, 31))
    assert (_value(report[CITY_2016[0]]), _value(report[CITY_2016[1]])) == (2, 60)


def test_i6_c9_the_event_id_is_the_start_day_and_a_digest_of_the_title() -> None:
    event = _event(date(2017, 4, 20))
    same = _event(date(2017, 4, 20), counts=(1, 1), non_pilot=0)
    assert event_id(event) == event_id(same)
    assert event_id(event).startswith("2017-04-20/")
    assert len(event_id(event)) == len("2017-04-20/") + 16
    assert event_id(event) != event_id(_event(date(2017, 4, 20), title="Ekskursija"))
    assert event_id(event) != event_id(_event(date(2017, 4, 21)))
    assert "Meistarklase" not in event_id(event)
    assert event_id(ex.daugavpils_2016_events()[0]) == "2017-04-05/e431ee550104e804"


def test_p7_an_event_id_whose_digest_reads_as_a_personal_code_is_written_in_letters() -> None:
    # The digest of this title is f35852942189e782: "35852942189" reads as a personal code.
    event = _event(date(2018, 3, 14), title="Karjeras diena Nr. 3115")
    assert event_id(event) == "2018-03-14/fjlolipkihopenoi"
    assert next(iter(facts(events=[event]))).subject == event_id(event)


# ================================================================ reach (C-10)


def test_i6_c10_daugavpils_reach_equals_institutions_supported_and_teachers_trained() -> None:
    found = list(
        facts(
            agreements=[ex.daugavpils_2017_agreement()],
            assignments=ex.daugavpils_2017_assignments(),
            training_records=ex.daugavpils_2017_training(),
        )
    )
    for as_of in (date(2017, 2, 28), date(2017, 3, 1), date(2017, 4, 4), date(2017, 4, 5), date(2020, 1, 1)):
        report = _report(found, as_of=as_of)
        assert _value(report[INSTITUTIONS]) == institutions_supported([ex.daugavpils_2017_agreement()], as_of=as_of)
        assert _value(report[TRAINED]) == teachers_trained(ex.daugavpils_2017_training(), as_of=as_of)
    late = _report(found, as_of=date(2021, 1, 1))
    assert (_value(late[INSTITUTIONS]), _value(late[TRAINED])) == (10, 20)
    assert (late[INSTITUTIONS].status, late[TRAINED].status) == (Status.MISSED, Status.MISSED)
    assert _report(found, as_of=END)[INSTITUTIONS].status is Status.PENDING


def test_i6_c10_targets_reached_after_the_deadline_are_met_late_and_the_deadline_is_the_callers() -> None:
    schools = [(f"45{n:08d}", DateRange(start=date(2021, 3, 1), end=date(2022, 12, 31))) for n in range(328)]
    agreement = Agreement(
        municipality="Visa Latvija",
        signed=date(2021, 2, 1),
        period=DateRange(start=date(2016, 10, 1), end=date(2022, 12, 31)),
        pilot_schools=tuple(PilotSchool(registration_number=n, period=p) for n, p in schools),
    )
    records = [_record(f"p-{n}", date(2020, 11, 30)) for n in range(656)]
    found = list(facts(agreements=[agreement], training_records=records))
    report = _report(found, as_of=date(2021, 6, 30))
    assert (report[INSTITUTIONS].status, report[INSTITUTIONS].reached_on) == (Status.MET_LATE, date(2021, 3, 1))
    assert (report[TRAINED].status, report[TRAINED].reached_on) == (Status.MET, date(2020, 11, 30))
    extended = _report(found, as_of=date(2021, 6, 30), targets=_targets(deadline=date(2022, 12, 31)))
    assert extended[INSTITUTIONS].status is Status.MET


def test_i6_c10_a_pilot_school_counts_from_the_later_of_signing_and_its_first_pilot_day() -> None:
    signed_late = _agreement(date(2017, 3, 1), ("4500000001", DateRange(start=date(2016, 10, 1), end=END)))
    nominated_late = _agreement(date(2017, 3, 1), ("4500000002", DateRange(start=date(2017, 9, 1), end=END)))
    assert [(f.indicator, f.on, f.subject) for f in facts(agreements=[signed_late, nominated_late])] == [
        (INSTITUTIONS, date(2017, 3, 1), "4500000001"),
        (INSTITUTIONS, date(2017, 9, 1), "4500000002"),
    ]


def test_i6_c10_a_school_with_a_consultant_counts_from_the_assignment_and_once_from_its_earliest_day() -> None:
    agreement = _agreement(date(2017, 3, 1), ("4500000001", DateRange(start=date(2017, 9, 1), end=END)))
    both = _assignment("4500000001", date(2017, 4, 1))
    only_assigned = _assignment("4600000001", date(2018, 1, 8))
    found = list(facts(agreements=[agreement], assignments=[both, only_assigned]))
    assert [(f.on, f.subject) for f in found] == [
        (date(2017, 9, 1), "4500000001"),
        (date(2017, 4, 1), "4500000001"),
        (date(2018, 1, 8), "4600000001"),
    ]
    assert [_value(_report(found, as_of=day)[INSTITUTIONS]) for day in (date(2018, 1, 7), date(2018, 1, 8))] == [1, 2]


def test_i6_c10_a_trained_person_counts_once_from_the_end_of_a_course_by_pseudonymous_id() -> None:
    records = [_record("c-1", date(2017, 4, 5)), _record("c-1", date(2018, 4, 5)), _record("c-2", date(2018, 4, 5))]
    found = list(facts(training_records=records))
    assert [(f.indicator, f.on, f.subject) for f in found] == [
        (TRAINED, date(2017, 4, 5), "c-1"),
        (TRAINED, date(2018, 4, 5), "c-1"),
        (TRAINED, date(2018, 4, 5), "c-2"),
    ]
    assert [_value(_report(found, as_of=day)[TRAINED]) for day in (date(2017, 4, 4), date(2017, 4, 5))] == [0, 1]
    assert _value(_report(found, as_of=date(2019, 1, 1))[TRAINED]) == 2


def test_i6_no_data_gives_no_facts() -> None:
    assert list(facts()) == []


# ================================================================ bad arguments


def test_i6_facts_report_every_bad_argument_at_once_before_any_fact_is_asked_for() -> None:
    assert problems_of(
        lambda: facts(
            events=_any("events"),
            assignments=_any(3),
            agreements=[ex.daugavpils_2017_agreement(), _any("Daugavpils")],
            training_records=_any([ex.daugavpils_2016_events()[0]]),
        )
    ) == [
        ("$.events", "array.type", "expected an iterable (not text) of items, each a CareerEvent"),
        ("$.assignments", "array.type", "expected an iterable (not text) of items, each a ConsultantAssignment"),
        ("$.agreements[1]", "record.type", "expected an Agreement"),
        ("$.training_records[0]", "record.type", "expected a TrainingRecord"),
    ]


# ================================================================ properties (I-4, I-6)

WITHIN = DateRange(start=date(2016, 6, 1), end=date(2018, 10, 31))
YEARS = (SchoolYear(2015), YEAR_2016, YEAR_2017, SchoolYear(2018))


@settings(deadline=None, max_examples=60)
@given(
    events=st.lists(career_events(within=WITHIN), max_size=8),
    school_year=st.sampled_from(YEARS),
    level=st.none() | st.sampled_from(OrganiserLevel),
    days_after=st.integers(0, 400),
)
def test_i6_c9_property_the_engine_gives_the_figures_of_tally_events(
    events: list[CareerEvent], school_year: SchoolYear, level: OrganiserLevel | None, days_after: int
) -> None:
    as_of = date.fromordinal(school_year.end.toordinal() + days_after)
    targets = _targets(school_year=school_year, level=level)
    report = _report(facts(events=events), as_of=as_of, targets=targets)
    figures = tally_events(events, period=school_year.period, status=EventStatus.HELD, level=level)
    events_code, participants_code, non_pilot_code = (ind.code for ind in indicators(targets)[2:])
    assert _value(report[events_code]) == figures.events
    assert _value(report[participants_code]) == figures.participants
    assert _value(report[non_pilot_code]) == figures.non_pilot_participants


@settings(deadline=None, max_examples=60)
@given(
    found=st.lists(agreements(max_size=4), max_size=4),
    records=st.lists(training_records(), max_size=6),
    as_of=st.dates(min_value=date(2013, 1, 1), max_value=date(2032, 12, 31)),
)
def test_i6_c10_property_the_engine_gives_institutions_supported_and_teachers_trained(
    found: list[Agreement], records: list[TrainingRecord], as_of: date
) -> None:
    report = _report(facts(agreements=found, training_records=records), as_of=as_of)
    assert _value(report[INSTITUTIONS]) == institutions_supported(found, as_of=as_of)
    assert _value(report[TRAINED]) == teachers_trained(records, as_of=as_of)


@settings(deadline=None, max_examples=60)
@given(
    found=st.lists(agreements(max_size=3), max_size=3),
    assigned=st.lists(consultant_assignments(), max_size=4),
    as_of=st.dates(min_value=date(2013, 1, 1), max_value=date(2032, 12, 31)),
)
def test_i6_c10_property_institutions_supported_are_pilot_schools_and_assigned_schools_by_the_day(
    found: list[Agreement], assigned: list[ConsultantAssignment], as_of: date
) -> None:
    report = _report(facts(agreements=found, assignments=assigned), as_of=as_of)
    pilots = {
        p.registration_number for a in found for p in a.pilot_schools if a.signed <= as_of and p.period.start <= as_of
    }
    schools = pilots | {a.institution for a in assigned if a.period.start <= as_of}
    assert _value(report[INSTITUTIONS]) == len(schools)


@settings(deadline=None, max_examples=40)
@given(targets=career_support_targets(), target=count_targets(), count=st.integers(0, 20_000))
def test_i6_property_every_drawn_target_gives_a_catalogue_whose_targets_are_the_least_counts_that_meet_them(
    targets: CareerSupportTargets, target: CountTarget, count: int
) -> None:
    catalogue = indicators(targets)
    assert [ind.target for ind in catalogue] == [
        Decimal(t.minimum)
        for t in (
            targets.institutions,
            targets.trained,
            targets.events,
            targets.participants,
            targets.non_pilot_participants,
        )
    ]
    assert target.met_by(count) == (count >= target.minimum)
    assert target.met_by(target.minimum)
    assert not target.met_by(target.minimum - 1)


@settings(deadline=None, max_examples=40)
@given(
    data=st.data(),
    events=st.lists(career_events(within=WITHIN), max_size=6),
    found=st.lists(agreements(max_size=3), max_size=3),
    assigned=st.lists(consultant_assignments(), max_size=3),
    records=st.lists(training_records(), max_size=4),
    as_of=st.dates(min_value=date(2016, 1, 1), max_value=date(2021, 12, 31)),
)
def test_i4_i6_property_summaries_of_any_split_merge_to_the_whole(
    data: st.DataObject,
    events: list[CareerEvent],
    found: list[Agreement],
    assigned: list[ConsultantAssignment],
    records: list[TrainingRecord],
    as_of: date,
) -> None:
    catalogue = indicators(REPORTED_TARGETS_2016_2017) + indicators(_targets(school_year=YEAR_2017, level=None))[2:]
    all_facts = list(facts(events=events, agreements=found, assignments=assigned, training_records=records))
    groups = data.draw(st.lists(st.integers(0, 2), min_size=len(all_facts), max_size=len(all_facts)))
    parts = [
        summarize(catalogue, [f for f, g in zip(all_facts, groups, strict=True) if g == k], as_of=as_of)
        for k in range(3)
    ]
    order = data.draw(st.permutations(parts))
    merged = functools.reduce(Summary.merge, order, Summary.empty(catalogue, as_of=as_of))
    whole = summarize(catalogue, all_facts, as_of=as_of)
    assert evaluate_summary(merged) == evaluate_summary(whole)
    for ind in catalogue:
        assert evaluate(ind, all_facts, as_of=as_of) == evaluate_summary(whole)[ind.code]
