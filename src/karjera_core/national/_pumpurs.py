"""The national data set's PuMPuRS cases, their semester plans and their P-6 facts (private; P-1 ... P-6)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from karjera_core.education import Institution, InstitutionKind
from karjera_core.national._base import DAYS as _DAYS
from karjera_core.national._base import Columns, builder, offset, stream
from karjera_core.national._places import COURSES, GRADES
from karjera_core.privacy import LearnerRef
from karjera_core.programmes.pumpurs import (
    CaseOutcome,
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    ParticipatingInstitution,
    PersonalItem,
    RiskAssessment,
    RiskFactor,
    SupportCase,
    SupportPlan,
    indicator_codes,
)
from karjera_core.time import DateRange, SchoolYear, Semester

#: Cases open from the first school year the project ran in to its last autumn (the end known from 2021-04-30).
FIRST_OPENING, LAST_OPENING, PROJECT_END = date(2017, 9, 1), date(2023, 10, 31), date(2023, 12, 31)
#: Younger learners are eligible from school year 2021/2022 on (P-1).
YOUNGER_FROM = date(2021, 9, 1)
PARTICIPATION = DateRange(start=FIRST_OPENING, end=PROJECT_END)

_CASE, _PLAN, _ASSESSMENT = builder(SupportCase), builder(SupportPlan), builder(RiskAssessment)
_FACTORS = tuple(
    (RiskFactor(group=group, description=text),)
    for group, text in (
        ("learning_and_institution", "grūtības apgūt mācību saturu"),
        ("learning_and_institution", "bieži kavējumi"),
        ("economic", "ģimenes ienākumi nepietiek ēdināšanai"),
        ("family", "bieža dzīvesvietas maiņa"),
        ("social_environment_and_health", "veselības problēmas"),
    )
)
_CONSULTATIVE = tuple(
    (ConsultativeMeasure(kind=kind, subject="matemātika" if kind is ConsultativeKind.SUBJECT_TEACHER else None),)
    for kind in (
        ConsultativeKind.SUBJECT_TEACHER,
        ConsultativeKind.PSYCHOLOGIST,
        ConsultativeKind.SPEECH_THERAPIST,
        ConsultativeKind.SOCIAL_PEDAGOGUE,
        ConsultativeKind.TEACHER_ASSISTANT,
    )
)
_MEALS = EconomicMeasure(kind=EconomicKind.MEAL_COMPENSATION)
_ITEMS = EconomicMeasure(kind=EconomicKind.PERSONAL_ITEMS, items=(PersonalItem.CLOTHING, PersonalItem.FOOTWEAR))
_OUTCOMES = tuple(CaseOutcome)
_ROLE = "projekta koordinators"


def semesters() -> list[Semester]:
    """The semesters plans are for: 2017/2018 I ... 2023/2024 I, the last to start by the project's end."""
    every = [Semester(school_year=SchoolYear(year), number=number) for year in range(2017, 2024) for number in (1, 2)]
    return [s for s in every if s.start <= PROJECT_END]


def participation(schools: Sequence[Institution]) -> tuple[ParticipatingInstitution, ...]:
    """Every institution of ``schools`` takes part for the whole project, with its coordinator (P-2)."""
    build = builder(ParticipatingInstitution)
    return tuple(build(s.registration_number, f"koord-{k:04d}", PARTICIPATION) for k, s in enumerate(schools, 1))


def cases(
    seed: int, schools: Sequence[Institution], learners: int, count: int, facts: Columns
) -> tuple[SupportCase, ...]:
    """``count`` cases of learners ``L0000001`` ... (of ``learners``) in ``schools``, valid by construction; their
    P-6 facts (as :func:`~karjera_core.programmes.pumpurs.facts` gives them) go into ``facts``.

    A case opens on a day from 2017-09-01 to 2023-10-31, assessed up to two
    weeks before, at an eligible grade (1-4 only from 2021-09-01) or course;
    it has plans for one to four consecutive semesters from the one it opens
    in, none starting after the project's end, each drawn up within three
    weeks of the later of its semester's start and the opening (P-4); three
    in five cases are closed at the end of their last plan's semester (or the
    project's).  A plan gives consultative support (70 %), meal compensation
    (45 %) or individual-use items (5 %), at least one of them.
    """
    rng = stream(seed, "pumpurs")
    terms = semesters()
    starts = [s.start for s in terms]
    ends = [s.end for s in terms]
    codes = [indicator_codes(s) for s in terms]
    learner_ref = builder(LearnerRef)
    first, span = offset(FIRST_OPENING), (LAST_OPENING - FIRST_OPENING).days + 1
    r, made = rng.random, []
    add = facts.add
    for k in range(1, count + 1):
        school = schools[int(r() * len(schools))]
        opened = _DAYS[first + int(r() * span)]
        if school.kind is InstitutionKind.VOCATIONAL:
            grade, course = None, COURSES[int(r() * 4)]
        else:
            low = 0 if opened >= YOUNGER_FROM else 4
            grade, course = GRADES[low + int(r() * (12 - low))], None
        at = bisect_right(starts, opened) - 1
        plans = []
        learner = f"L{int(r() * learners) + 1:07d}"
        for index in range(at, min(len(terms), at + 1 + int(r() * 4))):
            semester, semester_start, semester_end = terms[index], starts[index], ends[index]
            start = max(semester_start, opened)
            drawn_up = min(start + timedelta(days=int(r() * 21)), semester_end, PROJECT_END)
            consultative = _CONSULTATIVE[int(r() * len(_CONSULTATIVE))] if r() < 0.7 else ()
            meals, items = r() < 0.45, r() < 0.05
            if not (consultative or meals or items):
                meals = True
            economic = ((_MEALS,) if meals else ()) + ((_ITEMS,) if items else ())
            plans.append(_PLAN(semester, drawn_up, consultative, economic, None))
            day = max(drawn_up, semester_start)
            consulted, fed, clothed = codes[index]
            if consultative:
                add(consulted, day, learner)
            if meals:
                add(fed, day, learner)
            if items:
                add(clothed, day, learner)
        closed, outcome = None, None
        if r() < 0.6:
            closed, outcome = min(semester_end, PROJECT_END), _OUTCOMES[int(r() * len(_OUTCOMES))]
        assessment = _ASSESSMENT(opened - timedelta(days=int(r() * 15)), _FACTORS[int(r() * 5)], _ROLE, None)
        case = _CASE(
            f"C-{k:06d}", learner_ref(learner), school.registration_number, grade, course, opened, assessment,
            tuple(plans), closed, outcome,
        )  # fmt: skip
        made.append(case)
    return tuple(made)
