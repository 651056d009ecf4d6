"""The national data set's career support: agreements, consultants and their assignments, training, a decade of
events, and their C-9/C-10 facts (private; C-1 ... C-10)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal

from karjera_core.education import Grade, Institution, InstitutionKind
from karjera_core.national._base import DAYS as _DAYS
from karjera_core.national._base import Columns, builder, offset, stream
from karjera_core.national._places import GRADES
from karjera_core.programmes.career_support import (
    Agreement,
    CareerEvent,
    Consultant,
    ConsultantAssignment,
    EventKind,
    EventPartner,
    EventStatus,
    GradeParticipants,
    OrganiserLevel,
    PartnerKind,
    PilotSchool,
    QualificationRecord,
    TrainingRecord,
    event_id,
)
from karjera_core.programmes.career_support.parameters import MK_662_2014
from karjera_core.time import DateRange

#: The school years of the decade: 2016/2017 ... 2025/2026.
YEARS = range(2016, 2026)
#: The agreements run from the project's start to the end of the decade; events from then on are planned.
AGREED_FROM, AGREED_UNTIL, PLANNED_FROM = date(2016, 10, 1), date(2026, 8, 31), date(2025, 9, 1)
#: Pilot schools per municipality, at most: 43 x 10 is above the national target of 328 institutions (C-10).
MAX_PILOTS = 10
INSTITUTIONS, TRAINED = "8.3.5-C10-institutions", "8.3.5-C10-trained"
_LOADS = tuple(Decimal(f"0.{n}") for n in ("30", "35", "40", "45", "50"))
_KINDS = tuple(EventKind)
_PARTNERS = (
    (),
    (EventPartner(kind=PartnerKind.EMPLOYER, name="Vietējais uzņēmums"),),
    (EventPartner(kind=PartnerKind.VOCATIONAL_INSTITUTION, name="Tuvākais tehnikums"),),
)
_EVENT, _GRADE_PARTICIPANTS = builder(CareerEvent), builder(GradeParticipants)


class Career:
    """The career-support part of the data set, made by :func:`career`."""

    __slots__ = ("agreements", "assignments", "consultants", "events", "training_records")

    def __init__(self) -> None:
        self.agreements: list[Agreement] = []
        self.consultants: list[Consultant] = []
        self.assignments: list[ConsultantAssignment] = []
        self.training_records: list[TrainingRecord] = []
        self.events: list[CareerEvent] = []


def _event_codes(start_year: int, level: OrganiserLevel | None) -> tuple[str, str, str]:
    tag = f"{start_year}/{start_year + 1}"
    part = "" if level is None else f"{level.value}-"
    return f"8.3.5-C9-{part}events-{tag}", f"8.3.5-C9-{part}participants-{tag}", f"8.3.5-C9-{part}non-pilot-{tag}"


def career(seed: int, schools: Sequence[Institution], municipalities: Sequence[str], facts: Columns) -> Career:
    """Each municipality's agreement with up to ten pilot schools, a qualified consultant in each (C-3) assigned
    every school year at 0.30-0.50 FTE (C-5: at most 5.00 FTE in all), their training (C-6), city-wide and school
    events every school year of the decade (C-9), held until the summer of 2025 and planned after; the facts
    :func:`~karjera_core.programmes.career_support.facts` gives of them go into ``facts``."""
    rng = stream(seed, "career")
    r, made, add = rng.random, Career(), facts.add
    grades: list[Grade] = list(GRADES)
    by_municipality: dict[str, list[Institution]] = {name: [] for name in municipalities}
    for school in schools:
        by_municipality[school.municipality].append(school)
    for m_index, municipality in enumerate(municipalities):
        general = [s for s in by_municipality[municipality] if s.kind is InstitutionKind.GENERAL]
        signed = _DAYS[offset(AGREED_FROM) + int(r() * 150)]
        pilots = general[:MAX_PILOTS]
        period = DateRange(start=signed, end=AGREED_UNTIL)
        agreement = Agreement(
            municipality=municipality,
            signed=signed,
            period=DateRange(start=AGREED_FROM, end=AGREED_UNTIL),
            pilot_schools=tuple(PilotSchool(registration_number=s.registration_number, period=period) for s in pilots),
        )
        made.agreements.append(agreement)
        for pilot in pilots:
            add(INSTITUTIONS, signed, pilot.registration_number)
        for p_index, pilot in enumerate(pilots):
            person = f"K-{m_index:02d}{p_index:02d}"
            obtained = date(2005 + int(r() * 11), 6, 20)
            made.consultants.append(
                Consultant(
                    person_id=person, qualifications=(QualificationRecord(regulation=MK_662_2014, obtained=obtained),)
                )
            )
            for year in YEARS:
                start = max(date(year, 9, 1), signed)
                made.assignments.append(
                    ConsultantAssignment(
                        consultant=person,
                        institution=pilot.registration_number,
                        load=_LOADS[int(r() * len(_LOADS))],
                        period=DateRange(start=start, end=date(year + 1, 8, 31)),
                    )
                )
                add(INSTITUTIONS, start, pilot.registration_number)
            for course in range(1 + int(r() * 2)):
                first = _DAYS[offset(date(2017 + 2 * course, 3, 1)) + int(r() * 200)]
                end = first + timedelta(days=2)
                made.training_records.append(
                    TrainingRecord(
                        person_id=person, course="Karjeras atbalsts skolā", start=first, end=end, hours=Decimal("24.00")
                    )
                )
                add(TRAINED, end, person)
        pilot_numbers = {s.registration_number for s in pilots}
        for year in YEARS:
            city_events = 2 + int(r() * (2 + len(general) // 4))
            for n in range(city_events + len(pilots) * 2):
                if n < city_events:
                    level, chosen = OrganiserLevel.CITY, _some(general, r, 1 + int(r() * 4))
                else:
                    level, chosen = OrganiserLevel.SCHOOL, [pilots[(n - city_events) // 2].registration_number]
                event = _event(municipality, year, n, level, chosen, pilot_numbers, grades, r)
                made.events.append(event)
                if event.status is EventStatus.HELD:
                    _event_facts(event, add)
    return made


def _some(general: Sequence[Institution], random: Callable[[], float], count: int) -> list[str]:
    """Up to ``count`` distinct registration numbers of ``general``, at random (the order kept)."""
    chosen = {int(random() * len(general)) for _ in range(count)} if general else set()
    return [general[i].registration_number for i in sorted(chosen)]


def _event(
    municipality: str,
    year: int,
    n: int,
    level: OrganiserLevel,
    schools: list[str],
    pilots: set[str],
    grades: list[Grade],
    random: Callable[[], float],
) -> CareerEvent:
    kind = _KINDS[int(random() * len(_KINDS))]
    start = _DAYS[offset(date(year, 9, 1)) + int(random() * 290)]
    period = DateRange(start=start, end=start + timedelta(days=int(random() * 3)))
    first = int(random() * 10)
    participants = tuple(
        _GRADE_PARTICIPANTS(grades[g], 5 + int(random() * 56))
        for g in range(first, min(12, first + 1 + int(random() * 3)))
    )
    total = sum(p.count for p in participants)
    taking_part = tuple(s for s in schools if s in pilots)
    if not schools or not taking_part:
        non_pilot = total
    elif len(taking_part) == len(schools):
        non_pilot = 0
    else:
        non_pilot = int(random() * (total + 1))
    status = EventStatus.PLANNED if start >= PLANNED_FROM else EventStatus.HELD
    title = f"{municipality}: {kind.label} {year}./{year + 1}. Nr. {n + 1}"
    partners = _PARTNERS[int(random() * len(_PARTNERS))]
    built: CareerEvent = _EVENT(
        title, kind, status, period, level, tuple(schools), taking_part, participants, non_pilot, partners
    )
    return built


def _event_facts(event: CareerEvent, put: Callable[..., None]) -> None:
    """The six facts of a held event: under the codes of both levels and of its own (C-9)."""
    on, subject = event.start, event_id(event)
    year = on.year if on.month >= 9 else on.year - 1
    total, non_pilot = Decimal(event.total_participants), Decimal(event.non_pilot_participants)
    for level in (None, event.level):
        held, participants, others = _event_codes(year, level)
        put(held, on, subject)
        put(participants, on, subject, total)
        put(others, on, subject, non_pilot)
