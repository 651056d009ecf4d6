"""The seed scenarios of career support: Daugavpils [002] and Jelgava city [000] (rules C-1 ... C-10).

Synthetic data shaped to match published figures: the registration numbers,
school names, person ids, learner counts and event details are invented; the
counts they add up to are those of the seeds.

* Daugavpils, 2017/2018 [002]: 10 pilot schools and 20 consultants at 0.3 FTE
  each, which fits the 6-FTE cap exactly (C-5); a 21st consultant breaks it.
  The 2017/2018 plan had "more than 25" events planned (26 here, C-9).
* Daugavpils, 2016/2017 [002]: 14 city-wide events held from April to August
  2017 with more than 900 participants of grades 1-12 from pilot and
  non-pilot schools (C-9).
* Jelgava city [000]: a pilot set that meets C-2 (at least one institution
  with a minority programme, at least six general institutions implementing
  basic, or basic and general secondary, programmes in 2016/2017) and one
  that breaks it.

>>> from karjera_core.programmes.career_support import check_loads, check_pilot_set, figures, total_load
>>> total_load(daugavpils_2017_assignments(), on=date(2017, 12, 4))
Decimal('6.00')
>>> figures([daugavpils_2017_agreement()], daugavpils_2017_assignments(), daugavpils_2017_learner_counts(),
...         on=date(2017, 12, 4))
Reach(schools=10, consultants=20, learners=4200)
>>> [v.code for v in check_loads(daugavpils_2017_agreement(), daugavpils_2017_assignments(21), on=date(2017, 12, 4))]
['load.total_above_cap']
>>> [v.code for v in check_pilot_set(jelgava_agreement(met=False), jelgava_institutions(), on=date(2017, 3, 1))]
['pilot.too_few_general', 'pilot.too_few_minority']
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core.education import Founder, Grade, Institution, InstitutionKind, LearnerCount, Programme
from karjera_core.programmes.career_support.agreement import Agreement, PilotSchool
from karjera_core.programmes.career_support.events import (
    CareerEvent,
    EventKind,
    EventPartner,
    EventStatus,
    GradeParticipants,
    OrganiserLevel,
    PartnerKind,
)
from karjera_core.programmes.career_support.parameters import CAREER_SUPPORT_PERIOD, MK_662_2014
from karjera_core.programmes.career_support.people import (
    Consultant,
    ConsultantAssignment,
    QualificationRecord,
    TrainingRecord,
)
from karjera_core.programmes.career_support.plan import (
    CareerSupportPlan,
    Obligation,
    ObligationEvidence,
    PlanAspect,
)
from karjera_core.time import DateRange, SchoolYear

__all__ = [
    "daugavpils_2016_events",
    "daugavpils_2017_agreement",
    "daugavpils_2017_assignments",
    "daugavpils_2017_consultants",
    "daugavpils_2017_evidence",
    "daugavpils_2017_institutions",
    "daugavpils_2017_learner_counts",
    "daugavpils_2017_plan",
    "daugavpils_2017_planned_events",
    "daugavpils_2017_training",
    "jelgava_agreement",
    "jelgava_institutions",
]


def __dir__() -> list[str]:
    return sorted(__all__)


DAUGAVPILS = "Daugavpils"
JELGAVA = "Jelgava"
#: The synthetic registration numbers of Daugavpils' ten pilot schools.
DAUGAVPILS_PILOTS = tuple(f"45000000{n:02d}" for n in range(1, 11))
#: Synthetic registration numbers of Daugavpils schools not in the project.
DAUGAVPILS_OTHERS = tuple(f"46000000{n:02d}" for n in range(1, 5))
#: The school year [002] reports on.
YEAR_2017 = SchoolYear(2017)

_BASIC = Programme(
    code="21011111",
    title="Pamatizglītības programma",
    basic=True,
    general_secondary=False,
    vocational=False,
    special=False,
    minority=False,
)
_BASIC_MINORITY = Programme(
    code="21011121",
    title="Pamatizglītības mazākumtautību programma",
    basic=True,
    general_secondary=False,
    vocational=False,
    special=False,
    minority=True,
)
_SECONDARY = Programme(
    code="31011011",
    title="Vispārējās vidējās izglītības vispārizglītojošā virziena programma",
    basic=False,
    general_secondary=True,
    vocational=False,
    special=False,
    minority=False,
)


def daugavpils_2017_agreement() -> Agreement:
    """Daugavpils' agreement with its ten pilot schools (C-1; [002]: "desmit ... izglītības iestādes").

    Synthetic: signed on 2017-03-01 (agreements began in late February 2017),
    the schools are pilot schools from then to the project's end.
    """
    pilots = DateRange(start=date(2017, 3, 1), end=CAREER_SUPPORT_PERIOD.end)
    return Agreement(
        municipality=DAUGAVPILS,
        signed=date(2017, 3, 1),
        pilot_schools=tuple(PilotSchool(registration_number=n, period=pilots) for n in DAUGAVPILS_PILOTS),
    )


def daugavpils_2017_institutions() -> tuple[Institution, ...]:
    """Daugavpils' ten pilot schools as institutions (O-3): general schools implementing basic programmes,
    the first five also general secondary, the last three a minority basic programme (C-2)."""
    return tuple(
        Institution(
            registration_number=number,
            name=f"Daugavpils izmēģinājumskola {index}",
            founder=Founder.MUNICIPALITY,
            municipality=DAUGAVPILS,
            kind=InstitutionKind.GENERAL,
            programmes=(_BASIC_MINORITY if index > 7 else _BASIC, *((_SECONDARY,) if index <= 5 else ())),
        )
        for index, number in enumerate(DAUGAVPILS_PILOTS, start=1)
    )


def _consultant_id(n: int) -> str:
    return f"dgp-{n:02d}"


def daugavpils_2017_assignments(consultants: int = 20) -> tuple[ConsultantAssignment, ...]:
    """``consultants`` consultants at 0.3 FTE each in 2017/2018, two to a pilot school in turn (C-5; [002]).

    With the default 20 they total 6.00 FTE, the cap; a 21st makes 6.30.
    """
    (consultants,) = _CONSULTANTS(consultants)
    return tuple(
        ConsultantAssignment(
            consultant=_consultant_id(n),
            institution=DAUGAVPILS_PILOTS[(n - 1) // 2 % len(DAUGAVPILS_PILOTS)],
            load=Decimal("0.30"),
            period=YEAR_2017.period,
        )
        for n in range(1, consultants + 1)
    )


_CONSULTANTS = arguments(consultants=fields.Integer(0, 99, "a number of consultants"))


def daugavpils_2017_consultants(consultants: int = 20) -> tuple[Consultant, ...]:
    """The consultants of :func:`daugavpils_2017_assignments`, each qualified under MK No. 662 (C-3)."""
    return tuple(
        Consultant(
            person_id=a.consultant,
            qualifications=(QualificationRecord(regulation=MK_662_2014, obtained=date(2015, 6, 30)),),
        )
        for a in daugavpils_2017_assignments(consultants)
    )


def daugavpils_2017_training(consultants: int = 20) -> tuple[TrainingRecord, ...]:
    """A VIAA course in spring 2017 for each consultant (C-6)."""
    return tuple(
        TrainingRecord(
            person_id=a.consultant,
            course="Karjeras atbalsta pasākumu īstenošana izglītības iestādē",
            start=date(2017, 4, 3),
            end=date(2017, 4, 5),
            hours=Decimal("24"),
        )
        for a in daugavpils_2017_assignments(consultants)
    )


def daugavpils_2017_learner_counts() -> tuple[LearnerCount, ...]:
    """420 learners in each pilot school in 2017/2018: each requires 0.60 FTE at 1:700 (C-4), 6.00 in all."""
    return tuple(LearnerCount(institution=n, school_year=YEAR_2017, learners=420) for n in DAUGAVPILS_PILOTS)


def daugavpils_2017_plan() -> CareerSupportPlan:
    """The 2017/2018 plan ([002]: "Karjeras attīstības atbalsta pasākumu plāns 2017./2018.mācību gadam") (C-7).

    Synthetic dates: due on 2017-10-02, submitted on 2017-09-29.
    """
    return CareerSupportPlan(
        municipality=DAUGAVPILS,
        school_year=YEAR_2017,
        aspects=tuple(PlanAspect),
        submitted=date(2017, 9, 29),
        due=date(2017, 10, 2),
    )


def daugavpils_2017_evidence() -> tuple[ObligationEvidence, ...]:
    """Evidence for each of the five obligations by 2017-12-04, the day [002] was published (C-8)."""
    notes = {
        Obligation.NOMINATE_PILOT_SCHOOLS: (date(2017, 3, 1), "desmit izmēģinājumskolas izvirzītas"),
        Obligation.ENSURE_ACCESS: (date(2017, 9, 1), "karjeras konsultanti strādā visās izmēģinājumskolās"),
        Obligation.SUBMIT_PLAN: (date(2017, 9, 29), "plāns 2017./2018. mācību gadam iesniegts VIAA"),
        Obligation.ACCUMULATE_DATA: (date(2017, 8, 31), "dati par 2016./2017. mācību gada pasākumiem apkopoti"),
        Obligation.PUBLISH_INFORMATION: (date(2017, 12, 4), "informācija publicēta pašvaldības tīmekļa vietnē"),
    }
    return tuple(ObligationEvidence(obligation=o, on=day, note=note) for o, (day, note) in notes.items())


#: The events of 2016/2017: title, kind, first and last day, participants by grade, non-pilot participants.
_EVENTS_2016: tuple[tuple[str, EventKind, date, date, dict[int, int], int], ...] = (
    (
        "Profesiju darbnīca: pavārs un konditors",
        EventKind.WORKSHOP,
        date(2017, 4, 5),
        date(2017, 4, 5),
        {7: 30, 8: 28},
        12,
    ),
    ("Meistarklase: dizains", EventKind.MASTERCLASS, date(2017, 4, 12), date(2017, 4, 12), {9: 25, 10: 22, 11: 18}, 15),
    (
        "Tikšanās ar aktieriem un mūziķiem",
        EventKind.MEETING_WITH_PROFESSIONALS,
        date(2017, 4, 20),
        date(2017, 4, 20),
        {10: 40, 11: 35, 12: 30},
        20,
    ),
    (
        "Tautsaimniecības nozares: enerģētika",
        EventKind.EDUCATIONAL_SESSION,
        date(2017, 4, 26),
        date(2017, 4, 26),
        {8: 26, 9: 27},
        10,
    ),
    ("Mācību ekskursija uz ražotni", EventKind.EXCURSION, date(2017, 5, 3), date(2017, 5, 3), {5: 24, 6: 25}, 9),
    (
        "Pašizpēte un profesionālā piemērotība",
        EventKind.SELF_ASSESSMENT,
        date(2017, 5, 10),
        date(2017, 5, 10),
        {9: 45, 12: 33},
        18,
    ),
    ("Profesiju darbnīca: bārddzinis", EventKind.WORKSHOP, date(2017, 5, 17), date(2017, 5, 17), {6: 22, 7: 24}, 11),
    (
        "Tikšanās ar dakteri klaunu",
        EventKind.MEETING_WITH_PROFESSIONALS,
        date(2017, 5, 24),
        date(2017, 5, 24),
        {1: 28, 2: 30, 3: 27},
        25,
    ),
    (
        "Meistarklase: žurnālists un blogeris",
        EventKind.MASTERCLASS,
        date(2017, 5, 31),
        date(2017, 5, 31),
        {10: 26, 11: 24},
        12,
    ),
    ("Vasaras profesiju darbnīcas", EventKind.WORKSHOP, date(2017, 6, 7), date(2017, 6, 9), {4: 30, 5: 28}, 14),
    (
        "Tikšanās ar sportistiem",
        EventKind.MEETING_WITH_PROFESSIONALS,
        date(2017, 6, 14),
        date(2017, 6, 14),
        {6: 30, 7: 31, 8: 29},
        22,
    ),
    (
        "Augstskolu piedāvātās iespējas",
        EventKind.EDUCATIONAL_SESSION,
        date(2017, 6, 21),
        date(2017, 6, 21),
        {11: 32, 12: 36},
        15,
    ),
    (
        "Ekskursija uz kompetences centru",
        EventKind.EXCURSION,
        date(2017, 7, 12),
        date(2017, 7, 12),
        {9: 27, 10: 24},
        10,
    ),
    (
        "Radošā darbnīca: kopiraiters",
        EventKind.WORKSHOP,
        date(2017, 8, 16),
        date(2017, 8, 17),
        {2: 18, 3: 16, 4: 14},
        11,
    ),
)

_PARTNERS = (
    EventPartner(kind=PartnerKind.VOCATIONAL_INSTITUTION, name="Daugavpils profesionālās izglītības iestāde"),
    EventPartner(kind=PartnerKind.HIGHER_EDUCATION_INSTITUTION, name="Daugavpils augstskola"),
    EventPartner(kind=PartnerKind.EMPLOYER, name="Vietējais darba devējs"),
    EventPartner(kind=PartnerKind.CULTURAL_INSTITUTION, name="Pilsētas kultūras iestāde"),
    EventPartner(kind=PartnerKind.NGO, name="Jauniešu biedrība"),
)


def daugavpils_2016_events() -> tuple[CareerEvent, ...]:
    """Daugavpils' 14 city-wide events of 2016/2017, April to August 2017 (C-9; [002]).

    904 participants of grades 1-12, 204 of them from schools not in the
    project ([002]: "vairāk nekā 900 skolēnu no 1. līdz 12.klasei").  Each
    event has two pilot schools and one other school taking part.
    """
    events = []
    for index, (title, kind, start, end, grades, non_pilot) in enumerate(_EVENTS_2016):
        pilots = (DAUGAVPILS_PILOTS[index % 10], DAUGAVPILS_PILOTS[(index + 5) % 10])
        events.append(
            CareerEvent(
                title=title,
                kind=kind,
                status=EventStatus.HELD,
                period=DateRange(start=start, end=end),
                level=OrganiserLevel.CITY,
                schools=(*pilots, DAUGAVPILS_OTHERS[index % len(DAUGAVPILS_OTHERS)]),
                pilot_schools=pilots,
                participants=tuple(GradeParticipants(grade=Grade(g), count=c) for g, c in sorted(grades.items())),
                non_pilot_participants=non_pilot,
                partners=(_PARTNERS[index % len(_PARTNERS)],),
            )
        )
    return tuple(events)


#: The number of events the synthetic 2017/2018 plan holds: [002] "vairāk nekā 25 pasākumi" (more than 25).
_PLANNED_2017 = 26


def daugavpils_2017_planned_events() -> tuple[CareerEvent, ...]:
    """The city-wide events planned for 2017/2018 (C-9; [002]: "ieplānoti vairāk nekā 25 pasākumi").

    Synthetic: 26 one-day events, one a week from 2017-10-04, of every kind
    [002] names in turn, open to pupils of pilot and non-pilot schools (the
    schools and participants are not recorded yet: they are planned).
    """
    kinds = tuple(EventKind)
    return tuple(
        CareerEvent(
            title=f"Plānotais pasākums {n + 1}: {kinds[n % len(kinds)].label}",
            kind=kinds[n % len(kinds)],
            status=EventStatus.PLANNED,
            period=DateRange(start=date(2017, 10, 4) + timedelta(weeks=n), end=date(2017, 10, 4) + timedelta(weeks=n)),
            level=OrganiserLevel.CITY,
        )
        for n in range(_PLANNED_2017)
    )


# ---------------------------------------------------------------- Jelgava city (C-2)

#: Synthetic registration numbers of Jelgava city schools.
JELGAVA_SCHOOLS = tuple(f"45139000{n:02d}" for n in range(1, 9))


def jelgava_institutions() -> tuple[Institution, ...]:
    """Eight synthetic Jelgava city schools (O-3).

    Schools 1-6 are general institutions implementing basic programmes (1-3
    also general secondary; 6 a minority basic programme); school 7 is a
    secondary school without basic programmes and school 8 a vocational one,
    so neither counts towards C-2's general minimum.
    """
    programmes: dict[int, tuple[Programme, ...]] = {
        1: (_BASIC, _SECONDARY),
        2: (_BASIC, _SECONDARY),
        3: (_BASIC, _SECONDARY),
        4: (_BASIC,),
        5: (_BASIC,),
        6: (_BASIC_MINORITY,),
        7: (_SECONDARY,),
        8: (),
    }
    return tuple(
        Institution(
            registration_number=JELGAVA_SCHOOLS[n - 1],
            name=f"Jelgavas izmēģinājumskola {n}",
            founder=Founder.MUNICIPALITY,
            municipality=JELGAVA,
            kind=InstitutionKind.VOCATIONAL if n == 8 else InstitutionKind.GENERAL,
            programmes=programmes[n],
        )
        for n in range(1, 9)
    )


def jelgava_agreement(*, met: bool = True) -> Agreement:
    """Jelgava city's agreement (C-1, C-2), signed on 2017-02-24 (synthetic: "late February 2017").

    With ``met`` its pilot set is schools 1-6 of :func:`jelgava_institutions`:
    six general institutions implementing basic programmes, one of them a
    minority programme, so C-2 is met.  Without it the set is schools 1-4, 7
    and 8: four such institutions and no minority programme, so both
    minimums are broken.
    """
    (met,) = _MET(met)
    chosen = (1, 2, 3, 4, 5, 6) if met else (1, 2, 3, 4, 7, 8)
    return Agreement(
        municipality=JELGAVA,
        signed=date(2017, 2, 24),
        pilot_schools=tuple(
            PilotSchool(registration_number=JELGAVA_SCHOOLS[n - 1], period=CAREER_SUPPORT_PERIOD) for n in chosen
        ),
    )


_MET = arguments(met=bool)
