"""The indicators the national data set's facts feed (private): the three programmes' catalogues, each code once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from karjera_core.indicators import Indicator
from karjera_core.national._career import YEARS
from karjera_core.national._pumpurs import semesters
from karjera_core.programmes import career_support, pumpurs, teacher_support
from karjera_core.programmes.career_support import CareerSupportTargets, CountTarget, OrganiserLevel
from karjera_core.programmes.pumpurs import SemesterTargets
from karjera_core.time import SchoolYear

#: The data set's own targets (made up, like the data): [003]'s published ones, with items 4, 10 and 11 set.
TEACHER_TARGETS = teacher_support.TeacherSupportTargets.published(item4=16, item10=Decimal("0.2"), item11=1)


def catalogue() -> tuple[Indicator, ...]:
    """Every indicator the facts of :func:`~karjera_core.national.national` count, with made-up targets: the
    eleven [003] results, the three P-6 figures of each semester 2017/2018 I ... 2023/2024 I, the two C-10
    figures and the C-9 figures of each school year of the decade, of both levels and of each."""
    found = list(teacher_support.indicators(TEACHER_TARGETS))
    for semester in semesters():
        found += pumpurs.indicators(SemesterTargets(semester=semester, consultative=500, meals=300, items=20))
    for year in YEARS:
        for level in (None, *OrganiserLevel):
            targets = CareerSupportTargets(
                deadline=date(2020, 12, 31),
                institutions=CountTarget(at_least=328),
                trained=CountTarget(at_least=656),
                school_year=SchoolYear(year),
                level=level,
                events=CountTarget(at_least=14),
                participants=CountTarget(more_than=900),
                non_pilot_participants=CountTarget(more_than=0),
            )
            found += career_support.indicators(targets)
    unique = {indicator.code: indicator for indicator in found}
    return tuple(unique.values())
