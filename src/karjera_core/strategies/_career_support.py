"""Strategies for the career-support types of ESF 8.3.5 (rules C-1 ... C-10).

Every value is valid by construction (no ``.filter()``): a range is drawn as a
start and a length inside its container, a subset as a prefix of a drawn
list, a count of non-pilot participants within what the schools allow.
Values shrink toward the simplest one: the earliest date, the smallest load,
no pilot schools, no participants.  Each strategy is named for the type it
draws (``consultant_assignments()`` for :class:`ConsultantAssignment`).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from karjera_core._records import plan_of
from karjera_core.education import Grade
from karjera_core.programmes.career_support import (
    CAREER_SUPPORT_PERIOD,
    QUALIFICATION_SCHEDULE,
    RATIO_SCHEDULE,
    Agreement,
    CareerEvent,
    CareerSupportPlan,
    CareerSupportTargets,
    Consultant,
    ConsultantAssignment,
    CountTarget,
    EventFigures,
    EventKind,
    EventPartner,
    EventStatus,
    GeneralProgrammeKind,
    GradeParticipants,
    LoadBounds,
    Obligation,
    ObligationEvidence,
    OrganiserLevel,
    PartnerKind,
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
)
from karjera_core.strategies import _draw
from karjera_core.strategies._career_parameters import (
    _LOAD_BOUNDS,
    _REQUIREMENTS,
    _TRAINING,
    HIGH,
    LOW,
    MAX_SPAN,
    YEARS,
    _qualification_schedule,
    _ratio_rule,
    load_bounds,
    pilot_requirements,
    qualification_records,
    qualification_rules,
    qualification_schedules,
    ratio_rules,
    ratio_schedules,
    ratios,
    training_requirements,
)
from karjera_core.strategies._draw import builder, count, day, size
from karjera_core.strategies._education import grades, registration_numbers
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.time import DateRange, SchoolYear

__all__ = [
    "agreements",
    "career_events",
    "career_support_plans",
    "career_support_targets",
    "consultant_assignments",
    "consultants",
    "count_targets",
    "event_figures",
    "event_partners",
    "fte_loads",
    "grade_participants",
    "load_bounds",
    "obligation_evidence",
    "person_ids",
    "pilot_requirements",
    "pilot_schools",
    "qualification_records",
    "qualification_rules",
    "qualification_schedules",
    "ratio_rules",
    "ratio_schedules",
    "ratios",
    "reaches",
    "training_records",
    "training_requirements",
]

#: Short names of Latvian (and other) words, spaces inside only: one choice.
_NAMES = _draw.texts(40)
_BOOLEANS = st.booleans()


def person_ids() -> st.SearchStrategy[str]:
    """Pseudonymous person ids (P-7) such as ``"c-17"``: a letter, a hyphen and at most five digits."""
    return _PERSON_IDS


_PERSON_IDS = st.builds(
    lambda head, n: f"{head}-{n}", st.sampled_from("ckp"), st.integers(min_value=0, max_value=99999)
)


def fte_loads(
    *, min_value: Decimal = Decimal("0.01"), max_value: Decimal = Decimal("1.00")
) -> st.SearchStrategy[Decimal]:
    """FTE loads with two decimal places from ``min_value`` to ``max_value`` (C-5), shrinking to the least."""
    check = Narrowing("fte_loads")
    low, high = _load(check, "min_value", min_value), _load(check, "max_value", max_value)
    if low > high:
        check.refuse("min_value must not be above max_value")
    return st.integers(min_value=low, max_value=high).map(lambda cents: Decimal(cents).scaleb(-2))


def _load(check: Narrowing, name: str, value: Any) -> int:
    """An FTE load argument (0.01-10000.00, two decimal places) in hundredths."""
    return int(check.decimal(name, value, Decimal("0.01"), Decimal("10000.00"), 2) * 100)


@st.composite
def _range_in(draw: st.DrawFn, within: DateRange, open_ended: bool | None = None) -> DateRange:
    """A range whose every day lies in ``within``: a start, then a length (closed) or no end (open ``within``)."""
    return _range(draw, within, open_ended)


def _range(draw: st.DrawFn, within: DateRange, open_ended: bool | None = None) -> DateRange:
    last = within.end if within.end is not None else within.start + timedelta(days=MAX_SPAN)
    start = day(draw, within.start, last)
    if within.end is None and (draw(_BOOLEANS) if open_ended is None else open_ended):
        return _RANGE(start, None)
    return _RANGE(start, start + timedelta(days=count(draw, 0, (last - start).days)))


_RANGE = builder(DateRange)


def _period(on: date | None, within: DateRange | None = None) -> st.SearchStrategy[DateRange]:
    """Periods that contain ``on`` when given, else closed or open periods of 2014-2030."""
    if on is not None:
        return st.builds(
            lambda before, after, is_open: DateRange(
                start=on - timedelta(days=before), end=None if is_open else on + timedelta(days=after)
            ),
            st.integers(min_value=0, max_value=MAX_SPAN),
            st.integers(min_value=0, max_value=MAX_SPAN),
            st.booleans(),
        )
    return _range_in(within or DateRange(start=LOW, end=HIGH))


def consultants(*, person_id: str | None = None) -> st.SearchStrategy[Consultant]:
    """Consultants (C-3) with 0-3 distinct qualification records; ``person_id`` fixes the id."""
    Narrowing("consultants").value("person_id", person_id, str)
    return st.builds(
        Consultant,
        person_id=person_ids() if person_id is None else st.just(person_id),
        qualifications=st.lists(qualification_records(), max_size=3, unique=True).map(tuple),
    )


@st.composite
def training_records(draw: st.DrawFn, *, person_id: str | None = None) -> TrainingRecord:
    """Training records (C-6): a course of 0-10 days in 2014-2030 with 0.01-200 hours."""
    Narrowing("training_records").value("person_id", person_id, str)
    period = _range(draw, _DRAWN_YEARS)
    assert period.end is not None
    return _TRAINING_RECORD(
        draw(_PERSON_IDS) if person_id is None else person_id,
        draw(_NAMES),
        period.start,
        min(period.end, period.start + timedelta(days=10)),
        Decimal(count(draw, 1, 20000)).scaleb(-2),
    )


_TRAINING_RECORD = builder(TrainingRecord)
_DRAWN_YEARS = DateRange(start=LOW, end=HIGH)


# ---------------------------------------------------------------- C-1, C-5


def pilot_schools(*, within: DateRange | None = None) -> st.SearchStrategy[PilotSchool]:
    """Pilot schools (C-1) nominated for a period inside ``within`` (default: 2014-2030)."""
    Narrowing("pilot_schools").window("within", within)
    return st.builds(
        PilotSchool,
        registration_number=registration_numbers(),
        period=_range_in(within or DateRange(start=LOW, end=HIGH)),
    )


def consultant_assignments(
    *,
    on: date | None = None,
    consultant: str | None = None,
    institution: str | None = None,
    max_load: Decimal = Decimal("1.00"),
) -> st.SearchStrategy[ConsultantAssignment]:
    """Consultant assignments (C-5): a load of 0.01 ... ``max_load`` FTE in a school for a period.

    ``on``: only assignments in force on that day; ``consultant`` and
    ``institution`` fix the person id and the school's registration number.
    """
    check = Narrowing("consultant_assignments")
    check.day("on", on, years=YEARS)
    check.value("consultant", consultant, str)
    check.value("institution", institution, str)
    _load(check, "max_load", max_load)
    return st.builds(
        ConsultantAssignment,
        consultant=person_ids() if consultant is None else st.just(consultant),
        institution=registration_numbers() if institution is None else st.just(institution),
        load=fte_loads(max_value=max_load),
        period=_period(on),
    )


@st.composite
def _agreements(draw: st.DrawFn, municipality: str | None, on: date | None, sizes: tuple[int, int]) -> Agreement:
    if on is None:
        period = CAREER_SUPPORT_PERIOD if draw(_BOOLEANS) else _range(draw, DateRange(start=LOW, end=HIGH))
        last_signing = period.end if period.end is not None else period.start + timedelta(days=MAX_SPAN)
        signed = day(draw, period.start - timedelta(days=365), last_signing)
    else:
        is_open = draw(_BOOLEANS)
        start = on - timedelta(days=count(draw, 0, MAX_SPAN))
        period = _RANGE(start, None if is_open else on + timedelta(days=count(draw, 0, MAX_SPAN)))
        signed = day(draw, period.start - timedelta(days=365), on)
    # A count of pilot schools, then distinct registration numbers in increasing order, each above the last.
    wanted, low, pilots = size(draw, *sizes), 0, []
    for index in range(wanted):
        number = count(draw, low, 10**10 - wanted + index)
        low = number + 1
        own = period if draw(_BOOLEANS) else _range(draw, period)
        pilots.append(_PILOT(f"{number:010d}", own))
    name = draw(_NAMES) if municipality is None else municipality
    effective = max(signed, period.start)
    if effective >= max(RATIO_SCHEDULE.start, QUALIFICATION_SCHEDULE.start) and draw(_BOOLEANS):
        # The brief's defaults: both default schedules are in force from 2016-10-01.
        return _AGREEMENT(name, signed, period, tuple(pilots), *_DEFAULT_PARAMETERS)
    return _AGREEMENT(
        name,
        signed,
        period,
        tuple(pilots),
        draw(_REQUIREMENTS),
        _qualification_schedule(draw, effective - timedelta(days=count(draw, 0, 365))),
        _ratio_rule(draw, effective - timedelta(days=count(draw, 0, 365))),
        draw(_LOAD_BOUNDS),
        draw(_TRAINING),
    )


def agreements(
    *, municipality: str | None = None, on: date | None = None, min_size: int = 0, max_size: int = 12
) -> st.SearchStrategy[Agreement]:
    """Agreements (C-1): a period, a signing day by its end, ``min_size`` ... ``max_size`` (0 ... 100)
    distinct pilot schools inside the period (few more often than many; any number up to ``max_size`` can be
    drawn), and drawn parameters (or the brief's defaults).

    ``on``: only agreements in force on that day (signed by it, period containing it).
    """
    check = Narrowing("agreements")
    chosen_on = check.day("on", on, years=YEARS)
    name = check.value("municipality", municipality, str)
    return _agreements(name, chosen_on, check.sizes(min_size, max_size, 0, 100))


_PILOT = builder(PilotSchool)
_AGREEMENT = builder(Agreement)
#: An agreement's parameters as declared by default (the brief's): requirements, schedules, bounds, training.
_DEFAULT_PARAMETERS = tuple(field.default for field in plan_of(Agreement).fields[4:])


# ---------------------------------------------------------------- C-7, C-8


def career_support_plans(*, municipality: str | None = None) -> st.SearchStrategy[CareerSupportPlan]:
    """Career development support plans (C-7) covering any distinct aspects, submitted and due or not."""
    Narrowing("career_support_plans").value("municipality", municipality, str)
    day = st.dates(min_value=LOW, max_value=HIGH)
    return st.builds(
        CareerSupportPlan,
        municipality=_NAMES if municipality is None else st.just(municipality),
        school_year=st.integers(min_value=2014, max_value=2030).map(SchoolYear),
        aspects=st.lists(st.sampled_from(PlanAspect), unique=True).map(tuple),
        submitted=st.none() | day,
        due=st.none() | day,
    )


def obligation_evidence() -> st.SearchStrategy[ObligationEvidence]:
    """Evidence for one of the five obligations (C-8), dated in 2014-2030, with a note."""
    return st.builds(
        ObligationEvidence,
        obligation=st.sampled_from(Obligation),
        on=st.dates(min_value=LOW, max_value=HIGH),
        note=_NAMES,
    )


# ---------------------------------------------------------------- C-9


def event_partners() -> st.SearchStrategy[EventPartner]:
    """Partners of career events (C-9): a kind and a name."""
    return st.builds(EventPartner, kind=st.sampled_from(PartnerKind), name=_NAMES)


def grade_participants(*, max_count: int = 500) -> st.SearchStrategy[GradeParticipants]:
    """Participants of one grade (C-9): a grade 1-12 and 0 ... ``max_count`` learners."""
    Narrowing("grade_participants").integer("max_count", max_count, 0, 10**6)
    return st.builds(GradeParticipants, grade=grades(), count=st.integers(min_value=0, max_value=max_count))


@st.composite
def career_events(
    draw: st.DrawFn,
    *,
    within: DateRange | None = None,
    max_length: int = 5,
    status: EventStatus | None = None,
    level: OrganiserLevel | None = None,
) -> CareerEvent:
    """Career events (C-9) starting inside ``within`` (default 2014-2030), lasting 1 ... ``max_length`` + 1 days,
    of ``status`` and ``level`` when given (else drawn).

    The schools' pilot split and the non-pilot participants agree by
    construction; ``schools`` may be empty ("not recorded").
    """
    check = Narrowing("career_events")
    check.window("within", within)
    check.integer("max_length", max_length, 0, 365)
    check.member("status", status, EventStatus)
    check.member("level", level, OrganiserLevel)
    area = within or DateRange(start=LOW, end=HIGH)
    last = area.end if area.end is not None else area.start + timedelta(days=MAX_SPAN)
    start = day(draw, area.start, last)
    end = start + timedelta(days=count(draw, 0, max_length))
    # A count of schools, then each one (a registration number or a name); repeats dropped.
    schools = list(dict.fromkeys(_school(draw) for _ in range(size(draw, 0, 6))))
    pilots = schools[: count(draw, 0, len(schools))]
    mask = count(draw, 0, 2**12 - 1)  # one choice: which grades took part
    participants = tuple(
        GradeParticipants(grade=Grade(g), count=count(draw, 0, 200)) for g in range(1, 13) if mask >> (g - 1) & 1
    )
    total = sum(p.count for p in participants)
    if schools and len(pilots) == len(schools):
        non_pilot = 0
    elif schools and not pilots:
        non_pilot = total
    else:
        non_pilot = count(draw, 0, total)
    return CareerEvent(
        title=draw(_NAMES),
        kind=draw(_EVENT_KINDS),
        status=draw(_EVENT_STATUSES) if status is None else status,
        period=DateRange(start=start, end=end),
        level=draw(_LEVELS) if level is None else level,
        schools=tuple(schools),
        pilot_schools=tuple(pilots),
        participants=participants,
        non_pilot_participants=non_pilot,
        partners=tuple(draw(_PARTNERS) for _ in range(size(draw, 0, 3))),
    )


_EVENT_KINDS = st.sampled_from(EventKind)
_EVENT_STATUSES = st.sampled_from(EventStatus)
_LEVELS = st.sampled_from(OrganiserLevel)
_SCHOOL_NUMBERS = registration_numbers()


def _school(draw: st.DrawFn) -> str:
    return draw(_SCHOOL_NUMBERS) if draw(_BOOLEANS) else draw(_NAMES)


_PARTNERS = event_partners()


@st.composite
def event_figures(draw: st.DrawFn) -> EventFigures:
    """Event figures (C-9): counts by grade (in grade order, none zero), their sum and a non-pilot part."""
    grade_list = sorted(draw(st.lists(st.integers(min_value=1, max_value=12), max_size=12, unique=True)))
    by_grade = tuple(
        GradeParticipants(grade=Grade(g), count=draw(st.integers(min_value=1, max_value=10**6))) for g in grade_list
    )
    total = sum(g.count for g in by_grade)
    return EventFigures(
        events=draw(st.integers(min_value=0, max_value=10**6)),
        participants=total,
        by_grade=by_grade,
        non_pilot_participants=draw(st.integers(min_value=0, max_value=total)),
    )


# ---------------------------------------------------------------- C-10, I-6


def reaches() -> st.SearchStrategy[Reach]:
    """Reach figures (C-10): schools, consultants and learners, each 0-100,000."""
    count = st.integers(min_value=0, max_value=100_000)
    return st.builds(Reach, schools=count, consultants=count, learners=count)


def count_targets() -> st.SearchStrategy[CountTarget]:
    """Count targets (I-6): at least 1-10,000, or more than 0-10,000."""
    return st.integers(min_value=1, max_value=10_000).map(lambda n: CountTarget(at_least=n)) | st.integers(
        min_value=0, max_value=10_000
    ).map(lambda n: CountTarget(more_than=n))


def career_support_targets() -> st.SearchStrategy[CareerSupportTargets]:
    """Targets of the career-support catalogue (I-6): a deadline in 2016-2030, a school year, a level or none."""
    return st.builds(
        CareerSupportTargets,
        deadline=st.dates(min_value=date(2016, 1, 1), max_value=HIGH),
        institutions=count_targets(),
        trained=count_targets(),
        school_year=st.integers(min_value=2014, max_value=2030).map(SchoolYear),
        level=st.none() | st.sampled_from(OrganiserLevel),
        events=count_targets(),
        participants=count_targets(),
        non_pilot_participants=count_targets(),
    )


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    RatioPolicy: st.sampled_from(RatioPolicy),
    RoundingMode: st.sampled_from(RoundingMode),
    GeneralProgrammeKind: st.sampled_from(GeneralProgrammeKind),
    PlanAspect: st.sampled_from(PlanAspect),
    Obligation: st.sampled_from(Obligation),
    EventKind: st.sampled_from(EventKind),
    EventStatus: st.sampled_from(EventStatus),
    OrganiserLevel: st.sampled_from(OrganiserLevel),
    PartnerKind: st.sampled_from(PartnerKind),
    Ratio: ratios(),
    RatioRule: ratio_rules(),
    LoadBounds: load_bounds(),
    PilotRequirements: pilot_requirements(),
    TrainingRequirement: training_requirements(),
    QualificationRecord: qualification_records(),
    QualificationRule: qualification_rules(),
    Consultant: consultants(),
    TrainingRecord: training_records(),
    PilotSchool: pilot_schools(),
    ConsultantAssignment: consultant_assignments(),
    Agreement: agreements(),
    CareerSupportPlan: career_support_plans(),
    ObligationEvidence: obligation_evidence(),
    EventPartner: event_partners(),
    GradeParticipants: grade_participants(),
    CareerEvent: career_events(),
    EventFigures: event_figures(),
    Reach: reaches(),
    CountTarget: count_targets(),
    CareerSupportTargets: career_support_targets(),
}
