"""The 8.3.5 figures of C-9 and C-10 as indicators, computed from events, assignments and agreements (rule I-6)."""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal
from typing import Any

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
from karjera_core.programmes import _career_examples as ex
from karjera_core.programmes.career_support import (
    Agreement,
    CareerEvent,
    ConsultantAssignment,
    EventKind,
    GradeParticipants,
    OrganiserLevel,
    PilotSchool,
    TrainingRecord,
    career_event_id,
    career_support_facts,
    career_support_indicators,
    event_figures,
    institutions_supported,
    teachers_trained,
)
from karjera_core.reference import CAREER_SUPPORT_835
from karjera_core.strategies._career_support import (
    agreements,
    career_events,
    consultant_assignments,
    training_records,
)
from karjera_core.time import DateRange, SchoolYear

#: The project's end as [000] states it: pilot periods lie inside the agreements' default period.
END = date(2020, 12, 31)
YEAR_2016 = SchoolYear(2016)
YEAR_2017 = SchoolYear(2017)
INSTITUTIONS = "8.3.5-C10-institutions"
TRAINED = "8.3.5-C10-trained"
EVENTS_2016 = "8.3.5-C9-events-2016/2017"
PARTICIPANTS_2016 = "8.3.5-C9-participants-2016/2017"
NON_PILOT_2016 = "8.3.5-C9-non-pilot-2016/2017"
EVENT_CODES_2017 = ("8.3.5-C9-events-2017/2018", "8.3.5-C9-participants-2017/2018", "8.3.5-C9-non-pilot-2017/2018")


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in error.value.problems]


def _paths(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.path for p in error.value.problems]


def _report(facts: Any, *, as_of: date, school_year: SchoolYear = YEAR_2016, **kwargs: Any) -> Report:
    catalogue = career_support_indicators(school_year=school_year, **kwargs)
    return evaluate_summary(summarize(catalogue, facts, as_of=as_of))


def _value(result: IndicatorResult) -> int:
    assert result.value is not None
    return int(result.value)


def _event(
    start: date, *, title: str = "Meistarklase", counts: tuple[int, int] = (20, 10), non_pilot: int = 5
) -> CareerEvent:
    return CareerEvent(
        title=title,
        kind=EventKind.MASTERCLASS,
        period=DateRange(start=start, end=start),
        level=OrganiserLevel.SCHOOL,
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


# ================================================================ the definitions (C-9, C-10)


def test_i6_c10_national_targets_are_328_institutions_and_656_trained_by_2020_12_31_of_project_8_3_5() -> None:
    institutions, trained = career_support_indicators()[:2]
    assert (institutions.code, institutions.target, trained.code, trained.target) == (
        INSTITUTIONS,
        Decimal(328),
        TRAINED,
        Decimal(656),
    )
    for ind in (institutions, trained):
        assert ind.deadline == date(2020, 12, 31)
        assert ind.project == "8.3.5.0/16/I/001" == str(CAREER_SUPPORT_835.number)
        assert (ind.measure, ind.counting, ind.higher_is_better) == (Measure.COUNT, Counting.DISTINCT, True)
        assert ind.period is None
        assert ind.title_en is not None


def test_i6_c9_event_indicators_default_to_the_2016_17_reported_figures_14_events_and_900_pupils() -> None:
    events, participants, non_pilot = career_support_indicators()[2:]
    assert (events.code, events.counting, events.target) == (EVENTS_2016, Counting.FACTS, Decimal(14))
    assert (participants.code, participants.counting, participants.target) == (
        PARTICIPANTS_2016,
        Counting.SUM,
        Decimal(900),
    )
    assert (non_pilot.code, non_pilot.counting, non_pilot.target) == (NON_PILOT_2016, Counting.SUM, Decimal(1))
    for ind in (events, participants, non_pilot):
        assert ind.period == YEAR_2016.period
        assert ind.deadline == date(2017, 8, 31)
        assert ind.project == "8.3.5.0/16/I/001"
        assert "2016./2017." in ind.title_lv


def test_i6_c9_targets_and_deadline_are_parameters() -> None:
    catalogue = career_support_indicators(
        school_year=YEAR_2017,
        deadline=date(2023, 12, 31),
        events_target=Decimal(26),
        participants_target=Decimal(1500),
        non_pilot_target=Decimal(100),
    )
    assert [ind.deadline for ind in catalogue] == [date(2023, 12, 31)] * 2 + [date(2018, 8, 31)] * 3
    assert [ind.target for ind in catalogue][2:] == [Decimal(26), Decimal(1500), Decimal(100)]
    assert tuple(ind.code for ind in catalogue[2:]) == EVENT_CODES_2017


# ================================================================ the seed (C-9, [002])


def test_i6_c9_daugavpils_2016_17_events_give_14_events_and_more_than_900_participants() -> None:
    facts = list(career_support_facts(events=ex.daugavpils_2016_events()))
    report = _report(facts, as_of=date(2017, 8, 31))
    assert _value(report[EVENTS_2016]) == 14
    assert _value(report[PARTICIPANTS_2016]) > 900
    assert _value(report[NON_PILOT_2016]) > 0
    for code in (EVENTS_2016, PARTICIPANTS_2016, NON_PILOT_2016):
        assert report[code].status is Status.MET
    figures = event_figures(ex.daugavpils_2016_events(), YEAR_2016.period)
    assert (_value(report[EVENTS_2016]), _value(report[PARTICIPANTS_2016]), _value(report[NON_PILOT_2016])) == (
        figures.events,
        figures.participants,
        figures.non_pilot_participants,
    )


def test_i6_c9_the_event_figures_are_pending_until_reached_within_the_school_year() -> None:
    facts = list(career_support_facts(events=ex.daugavpils_2016_events()))
    early = _report(facts, as_of=date(2017, 5, 31))
    assert early[EVENTS_2016].status is Status.PENDING
    assert _value(early[EVENTS_2016]) < 14
    missed = _report(facts, as_of=date(2017, 9, 1), events_target=Decimal(26))
    assert missed[EVENTS_2016].status is Status.MISSED


def test_i6_c9_events_count_in_the_school_year_they_start_in() -> None:
    last_day, first_day = _event(date(2017, 8, 31)), _event(date(2017, 9, 1), counts=(7, 3), non_pilot=2)
    facts = list(career_support_facts(events=[last_day, first_day]))
    catalogue = career_support_indicators(school_year=YEAR_2016) + career_support_indicators(school_year=YEAR_2017)[2:]
    report = evaluate_summary(summarize(catalogue, facts, as_of=date(2018, 8, 31)))
    assert [_value(report[code]) for code in (EVENTS_2016, PARTICIPANTS_2016, NON_PILOT_2016)] == [1, 30, 5]
    assert [_value(report[code]) for code in EVENT_CODES_2017] == [1, 10, 2]


def test_i6_c9_each_event_gives_three_facts_on_its_first_day_with_its_stable_id() -> None:
    event = _event(date(2017, 4, 20))
    facts = list(career_support_facts(events=[event]))
    assert facts == [
        Fact(indicator=EVENTS_2016, on=date(2017, 4, 20), subject=career_event_id(event)),
        Fact(indicator=PARTICIPANTS_2016, on=date(2017, 4, 20), subject=career_event_id(event), value=Decimal(30)),
        Fact(indicator=NON_PILOT_2016, on=date(2017, 4, 20), subject=career_event_id(event), value=Decimal(5)),
    ]


def test_i6_c9_two_events_with_the_same_title_and_day_both_count() -> None:
    event = _event(date(2017, 4, 20))
    report = _report(career_support_facts(events=[event, event]), as_of=date(2017, 8, 31))
    assert (_value(report[EVENTS_2016]), _value(report[PARTICIPANTS_2016])) == (2, 60)


def test_i6_c9_the_event_id_is_the_start_day_and_a_digest_of_the_title() -> None:
    event = _event(date(2017, 4, 20))
    same = _event(date(2017, 4, 20), counts=(1, 1), non_pilot=0)
    assert career_event_id(event) == career_event_id(same)
    assert career_event_id(event).startswith("2017-04-20/")
    assert len(career_event_id(event)) == len("2017-04-20/") + 16
    assert career_event_id(event) != career_event_id(_event(date(2017, 4, 20), title="Ekskursija"))
    assert career_event_id(event) != career_event_id(_event(date(2017, 4, 21)))
    assert "Meistarklase" not in career_event_id(event)


def test_i6_c9_the_event_id_refuses_anything_but_an_event() -> None:
    with pytest.raises(ValidationError) as caught:
        career_event_id(_any("Meistarklase"))
    assert (_paths(caught), _codes(caught)) == (["$.event"], ["input.type"])


# ================================================================ reach (C-10)


def test_i6_c10_daugavpils_reach_equals_institutions_supported_and_teachers_trained() -> None:
    facts = list(
        career_support_facts(
            agreements=[ex.daugavpils_2017_agreement()],
            assignments=ex.daugavpils_2017_assignments(),
            training_records=ex.daugavpils_2017_training(),
        )
    )
    for as_of in (date(2017, 2, 28), date(2017, 3, 1), date(2017, 4, 5), date(2020, 1, 1)):
        report = _report(facts, as_of=as_of)
        assert _value(report[INSTITUTIONS]) == institutions_supported([ex.daugavpils_2017_agreement()], as_of=as_of)
        assert _value(report[TRAINED]) == teachers_trained(ex.daugavpils_2017_training(), as_of=as_of)
    late = _report(facts, as_of=date(2021, 1, 1))
    assert (_value(late[INSTITUTIONS]), _value(late[TRAINED])) == (10, 20)
    assert (late[INSTITUTIONS].status, late[TRAINED].status) == (Status.MISSED, Status.MISSED)
    assert _report(facts, as_of=date(2020, 12, 31))[INSTITUTIONS].status is Status.PENDING


def test_i6_c10_targets_reached_after_the_deadline_are_met_late_and_the_deadline_is_a_parameter() -> None:
    schools = [(f"45{n:08d}", DateRange(start=date(2021, 3, 1), end=date(2022, 12, 31))) for n in range(328)]
    agreement = Agreement(
        municipality="Visa Latvija",
        signed=date(2021, 2, 1),
        period=DateRange(start=date(2016, 10, 1), end=date(2022, 12, 31)),
        pilot_schools=tuple(PilotSchool(registration_number=n, period=p) for n, p in schools),
    )
    records = [_record(f"p-{n}", date(2020, 11, 30)) for n in range(656)]
    facts = list(career_support_facts(agreements=[agreement], training_records=records))
    report = _report(facts, as_of=date(2021, 6, 30))
    assert (report[INSTITUTIONS].status, report[INSTITUTIONS].reached_on) == (Status.MET_LATE, date(2021, 3, 1))
    assert (report[TRAINED].status, report[TRAINED].reached_on) == (Status.MET, date(2020, 11, 30))
    extended = _report(facts, as_of=date(2021, 6, 30), deadline=date(2022, 12, 31))
    assert extended[INSTITUTIONS].status is Status.MET


def test_i6_c10_a_pilot_school_counts_from_the_later_of_signing_and_its_first_pilot_day() -> None:
    signed_late = _agreement(date(2017, 3, 1), ("4500000001", DateRange(start=date(2016, 10, 1), end=END)))
    nominated_late = _agreement(date(2017, 3, 1), ("4500000002", DateRange(start=date(2017, 9, 1), end=END)))
    facts = list(career_support_facts(agreements=[signed_late, nominated_late]))
    assert [(f.indicator, f.on, f.subject) for f in facts] == [
        (INSTITUTIONS, date(2017, 3, 1), "4500000001"),
        (INSTITUTIONS, date(2017, 9, 1), "4500000002"),
    ]


def test_i6_c10_a_school_with_a_consultant_counts_from_the_assignment_and_once_from_its_earliest_day() -> None:
    agreement = _agreement(date(2017, 3, 1), ("4500000001", DateRange(start=date(2017, 9, 1), end=END)))
    both = _assignment("4500000001", date(2017, 4, 1))
    only_assigned = _assignment("4600000001", date(2018, 1, 8))
    facts = list(career_support_facts(agreements=[agreement], assignments=[both, only_assigned]))
    assert [(f.on, f.subject) for f in facts] == [
        (date(2017, 9, 1), "4500000001"),
        (date(2017, 4, 1), "4500000001"),
        (date(2018, 1, 8), "4600000001"),
    ]
    assert _value(_report(facts, as_of=date(2017, 12, 31))[INSTITUTIONS]) == 1
    result = _report(facts, as_of=date(2018, 12, 31))[INSTITUTIONS]
    assert _value(result) == 2


def test_i6_c10_a_trained_person_counts_once_from_the_end_of_a_course_by_pseudonymous_id() -> None:
    records = [_record("c-1", date(2017, 4, 5)), _record("c-1", date(2018, 4, 5)), _record("c-2", date(2018, 4, 5))]
    facts = list(career_support_facts(training_records=records))
    assert [(f.indicator, f.on, f.subject) for f in facts] == [
        (TRAINED, date(2017, 4, 5), "c-1"),
        (TRAINED, date(2018, 4, 5), "c-1"),
        (TRAINED, date(2018, 4, 5), "c-2"),
    ]
    assert [_value(_report(facts, as_of=day)[TRAINED]) for day in (date(2017, 4, 4), date(2017, 4, 5))] == [0, 1]
    assert _value(_report(facts, as_of=date(2019, 1, 1))[TRAINED]) == 2


def test_i6_no_data_gives_no_facts() -> None:
    assert list(career_support_facts()) == []


# ================================================================ bad arguments


def test_i6_career_support_indicators_refuse_a_year_and_a_deadline_that_are_not_one_together() -> None:
    with pytest.raises(ValidationError) as caught:
        career_support_indicators(school_year=_any(2016), deadline=_any(datetime(2020, 12, 31)))
    assert _paths(caught) == ["$.school_year", "$.deadline"]
    assert _codes(caught) == ["career_indicators.school_year", "date.type"]


@pytest.mark.parametrize("name", ["events_target", "participants_target", "non_pilot_target"])
def test_i6_career_support_indicators_name_a_bad_target(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        career_support_indicators(**{name: _any(14)})
    assert _paths(caught) == [f"$.{name}.target"]
    assert _codes(caught) == ["indicator.target"]
    with pytest.raises(ValidationError) as caught:
        career_support_indicators(**{name: _any(Decimal(0))})
    assert _codes(caught) == ["indicator.target.zero"]


def test_i6_career_support_facts_report_every_bad_argument_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        career_support_facts(
            events=_any("events"),
            assignments=_any(3),
            agreements=[ex.daugavpils_2017_agreement(), _any("Daugavpils")],
            training_records=_any([ex.daugavpils_2016_events()[0]]),
        )
    assert _paths(caught) == ["$.events", "$.assignments", "$.agreements[1]", "$.training_records[0]"]
    assert set(_codes(caught)) == {"input.type"}


def test_i6_career_support_facts_check_their_arguments_before_any_fact_is_asked_for() -> None:
    with pytest.raises(ValidationError):
        career_support_facts(events=[_any(None)])


# ================================================================ properties (I-4, I-6)

WITHIN = DateRange(start=date(2016, 6, 1), end=date(2018, 10, 31))
YEARS = (SchoolYear(2015), YEAR_2016, YEAR_2017, SchoolYear(2018))


@settings(deadline=None, max_examples=60)
@given(
    events=st.lists(career_events(within=WITHIN), max_size=8),
    school_year=st.sampled_from(YEARS),
    days_after=st.integers(0, 400),
)
def test_i6_c9_property_the_engine_gives_the_figures_of_event_figures(
    events: list[CareerEvent], school_year: SchoolYear, days_after: int
) -> None:
    as_of = date.fromordinal(school_year.end.toordinal() + days_after)
    report = _report(career_support_facts(events=events), as_of=as_of, school_year=school_year)
    figures = event_figures(events, school_year.period)
    events_code, participants_code, non_pilot_code = (
        ind.code for ind in career_support_indicators(school_year=school_year)[2:]
    )
    assert _value(report[events_code]) == figures.events
    assert _value(report[participants_code]) == figures.participants
    assert _value(report[non_pilot_code]) == figures.non_pilot_participants


@settings(deadline=None, max_examples=60)
@given(
    found=st.lists(agreements(max_pilot_schools=4), max_size=4),
    records=st.lists(training_records(), max_size=6),
    as_of=st.dates(min_value=date(2013, 1, 1), max_value=date(2032, 12, 31)),
)
def test_i6_c10_property_the_engine_gives_institutions_supported_and_teachers_trained(
    found: list[Agreement], records: list[TrainingRecord], as_of: date
) -> None:
    report = _report(career_support_facts(agreements=found, training_records=records), as_of=as_of)
    assert _value(report[INSTITUTIONS]) == institutions_supported(found, as_of=as_of)
    assert _value(report[TRAINED]) == teachers_trained(records, as_of=as_of)


@settings(deadline=None, max_examples=60)
@given(
    found=st.lists(agreements(max_pilot_schools=3), max_size=3),
    assigned=st.lists(consultant_assignments(), max_size=4),
    as_of=st.dates(min_value=date(2013, 1, 1), max_value=date(2032, 12, 31)),
)
def test_i6_c10_property_institutions_supported_are_pilot_schools_and_assigned_schools_by_the_day(
    found: list[Agreement], assigned: list[ConsultantAssignment], as_of: date
) -> None:
    report = _report(career_support_facts(agreements=found, assignments=assigned), as_of=as_of)
    pilots = {
        p.registration_number for a in found for p in a.pilot_schools if a.signed <= as_of and p.period.start <= as_of
    }
    schools = pilots | {a.institution for a in assigned if a.period.start <= as_of}
    assert _value(report[INSTITUTIONS]) == len(schools)


@settings(deadline=None, max_examples=40)
@given(
    data=st.data(),
    events=st.lists(career_events(within=WITHIN), max_size=6),
    found=st.lists(agreements(max_pilot_schools=3), max_size=3),
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
    catalogue = career_support_indicators() + career_support_indicators(school_year=YEAR_2017)[2:]
    facts = list(career_support_facts(events=events, agreements=found, assignments=assigned, training_records=records))
    groups = data.draw(st.lists(st.integers(0, 2), min_size=len(facts), max_size=len(facts)))
    parts = [
        summarize(catalogue, [f for f, g in zip(facts, groups, strict=True) if g == k], as_of=as_of) for k in range(3)
    ]
    order = data.draw(st.permutations(parts))
    merged = functools.reduce(Summary.merge, order, Summary.empty(catalogue, as_of=as_of))
    whole = summarize(catalogue, facts, as_of=as_of)
    assert evaluate_summary(merged) == evaluate_summary(whole)
    for ind in catalogue:
        assert evaluate(ind, facts, as_of=as_of) == evaluate_summary(whole)[ind.code]
