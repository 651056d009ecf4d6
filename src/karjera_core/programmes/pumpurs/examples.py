"""The seed scenario [004]: synthetic PuMPuRS cases that give Jelgava novads's published figures of autumn 2020 (P-6).

[004] reports for semester I of school year 2020/2021 in Jelgava novads: 310
learners with consultative support, 171 with meal compensation and 6 with
individual-use items (clothing), in 12 institutions.  The cases built here are
**synthetic**: made-up learner pseudonyms, case ids and institution
registration numbers (``9000000001`` ... ``9000000012``, not real ones),
arranged so that :func:`~karjera_core.programmes.pumpurs.semesters.figures`
gives exactly those figures.  Nothing here describes a real learner.

The shape, so that the figures are not trivially one case per count:

* learners 1-310 receive consultative support in autumn 2020;
* learners 200-370 receive meal compensation (111 of them also consultative support);
* learners 365-370 also receive individual-use items (clothing);
* every seventh learner's case opened in September 2019 and has plans for
  both semesters of 2019/2020 as well;
* learners 371-375 had cases in 2019/2020 only, closed on 2020-06-30, which
  do not count in autumn 2020;
* learner ``n`` belongs to institution ``(n - 1) % 12 + 1``; every tenth
  learner (``n % 10 == 3``) is a vocational learner, the others are in grades 5-12.

>>> from karjera_core.programmes.pumpurs.checks import check
>>> cases = example_cases_jelgava_2020()
>>> len(cases), check(cases=cases, participation=example_participation_jelgava_2020(), as_of=date(2021, 1, 1))
(375, ())
"""

from __future__ import annotations

from datetime import date

from karjera_core.education import Grade, VocationalCourse
from karjera_core.privacy import LearnerRef
from karjera_core.programmes.pumpurs.assessment import RiskAssessment, RiskFactor
from karjera_core.programmes.pumpurs.cases import CaseOutcome, SupportCase
from karjera_core.programmes.pumpurs.participation import ParticipatingInstitution
from karjera_core.programmes.pumpurs.plans import (
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    PersonalItem,
    SupportPlan,
)
from karjera_core.time import DateRange, SchoolYear, Semester

__all__ = ["example_cases_jelgava_2020", "example_participation_jelgava_2020"]


def __dir__() -> list[str]:
    return sorted(__all__)


_AUTUMN_2019 = Semester(school_year=SchoolYear(2019), number=1)
_SPRING_2020 = Semester(school_year=SchoolYear(2019), number=2)
_AUTUMN_2020 = Semester(school_year=SchoolYear(2020), number=1)
_DRAWN_UP = {_AUTUMN_2019: date(2019, 9, 19), _SPRING_2020: date(2020, 1, 13), _AUTUMN_2020: date(2020, 9, 14)}

_SUBJECTS = ("matemātika", "latviešu valoda", "angļu valoda")
_KINDS = (
    ConsultativeKind.SUBJECT_TEACHER,
    ConsultativeKind.PSYCHOLOGIST,
    ConsultativeKind.SPEECH_THERAPIST,
    ConsultativeKind.SPECIAL_EDUCATION_TEACHER,
    ConsultativeKind.SOCIAL_PEDAGOGUE,
    ConsultativeKind.OTHER_SPECIALIST,
)


def _consultative(n: int) -> ConsultativeMeasure:
    kind = _KINDS[n % len(_KINDS)]
    subject = _SUBJECTS[n % len(_SUBJECTS)] if kind is ConsultativeKind.SUBJECT_TEACHER else None
    return ConsultativeMeasure(kind=kind, subject=subject)


def _plan(n: int, semester: Semester) -> SupportPlan:
    consultative = (_consultative(n),) if n <= 310 else ()
    economic: tuple[EconomicMeasure, ...] = ()
    if 200 <= n <= 375:
        economic += (EconomicMeasure(kind=EconomicKind.MEAL_COMPENSATION),)
    if 365 <= n <= 370:
        economic += (EconomicMeasure(kind=EconomicKind.PERSONAL_ITEMS, items=(PersonalItem.CLOTHING,)),)
    return SupportPlan(semester=semester, drawn_up=_DRAWN_UP[semester], consultative=consultative, economic=economic)


def _assessment(n: int, on: date) -> RiskAssessment:
    factors: tuple[RiskFactor, ...] = ()
    if n <= 310:
        factors += (RiskFactor(group="learning_and_institution", description="grūtības apgūt mācību saturu"),)
    if n >= 200:
        factors += (RiskFactor(group="economic", description="ģimenes ienākumi nepietiek ēdināšanai"),)
    if 365 <= n <= 370:
        factors += (RiskFactor(group="economic", description="trūkst piemērota apģērba"),)
    return RiskAssessment(assessed_on=on, factors=factors, assessor_role="projekta koordinators")


def _case(n: int) -> SupportCase:
    earlier = n % 7 == 0 or n > 370
    opened = date(2019, 9, 12) if earlier else date(2020, 9, 7)
    semesters: tuple[Semester, ...] = (_AUTUMN_2019, _SPRING_2020) if earlier else ()
    if n <= 370:
        semesters += (_AUTUMN_2020,)
    vocational = n % 10 == 3
    case = SupportCase(
        case_id=f"JN-{n:04d}",
        learner=LearnerRef(f"JN-L{n:04d}"),
        institution=f"90000000{(n - 1) % 12 + 1:02d}",
        grade=None if vocational else Grade(5 + n % 8),
        course=VocationalCourse(1 + n % 4) if vocational else None,
        opened=opened,
        assessment=_assessment(n, opened),
        plans=tuple(_plan(n, semester) for semester in semesters),
    )
    if n > 370:
        case = case.close(on=date(2020, 6, 30), outcome=CaseOutcome.RISK_REDUCED)
    return case


def example_cases_jelgava_2020() -> tuple[SupportCase, ...]:
    """375 synthetic cases whose autumn 2020 figures are the published 310 / 171 / 6 in 12 institutions (P-6).

    Synthetic data shaped to reproduce the figures of [004]; see the module
    docstring for its shape.  The same tuple every call (no clock, no randomness).
    """
    return tuple(_case(n) for n in range(1, 376))


def example_participation_jelgava_2020() -> tuple[ParticipatingInstitution, ...]:
    """The 12 participating institutions of the example, each with its coordinator (P-2).

    Synthetic registration numbers ``9000000001`` ... ``9000000012`` and
    coordinator pseudonyms; each takes part from 2017-09-01 ("already the
    fourth year" in autumn 2020 [004]) to the project's amended end, 2023-12-31.

    >>> len(example_participation_jelgava_2020())
    12
    """
    period = DateRange(start=date(2017, 9, 1), end=date(2023, 12, 31))
    return tuple(
        ParticipatingInstitution(institution=f"90000000{n:02d}", coordinator=f"koord-{n:02d}", period=period)
        for n in range(1, 13)
    )
