"""C-10: the project's reach -- pilot schools, consultants and learners on a day; institutions and people over time.

:func:`figures` gives the reach on a day as a :class:`Reach`, the shape in
which the project's published actuals are kept: :data:`NATIONAL_REACH_2020_2021`,
the peak of school year 2020/21 -- 385 consultants, about 75,000 learners
in 333 schools [pub].  The national targets of C-10 (at least 328
institutions supported and 656 teachers or specialists trained) are
indicator targets, in :mod:`~karjera_core.programmes.career_support.catalogue`;
:func:`institutions_supported` and :func:`teachers_trained` give the figures
they are measured by.

>>> from karjera_core.programmes.career_support import examples as ex
>>> figures([ex.daugavpils_2017_agreement()], ex.daugavpils_2017_assignments(), ex.daugavpils_2017_learner_counts(),
...         on=date(2017, 12, 4))
Reach(schools=10, consultants=20, learners=4200)
>>> NATIONAL_REACH_2020_2021.consultants
385
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._records import record
from karjera_core.education import LearnerCount
from karjera_core.errors import Problem, ValidationError
from karjera_core.programmes.career_support._common import learner_totals
from karjera_core.programmes.career_support.agreement import Agreement
from karjera_core.programmes.career_support.people import ConsultantAssignment, TrainingRecord
from karjera_core.time import SchoolYear

__all__ = [
    "NATIONAL_REACH_2020_2021",
    "Reach",
    "consultant_count",
    "figures",
    "institutions_supported",
    "learners_reached",
    "pilot_school_count",
    "teachers_trained",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The most schools, consultants or learners a :class:`Reach` may count: far beyond the country.
MAX_REACH = 10**9


@record
class Reach:
    """The project's reach (C-10): its pilot ``schools``, the ``consultants`` working in them and their ``learners``.

    >>> Reach(schools=333, consultants=385, learners=75_000) == NATIONAL_REACH_2020_2021
    True
    """

    schools: int = fields.count(MAX_REACH, what="a number of schools")
    consultants: int = fields.count(MAX_REACH, what="a number of consultants")
    learners: int = fields.count(MAX_REACH, what="a number of learners")


#: The reach at the project's peak, school year 2020/21 [pub: VIAA, "Karjeras atbalsta projekts tuvojas
#: noslēgumam", euroguidance.viaa.gov.lv: "karjeras atbalstu nodrošināja 385 pedagogi karjeras konsultanti"; the
#: 75,000 learners are "about" that many, as published].  A reference value, for comparing with :func:`figures`.
NATIONAL_REACH_2020_2021 = Reach(schools=333, consultants=385, learners=75_000)


def _pilot_schools_on(agreements: tuple[Agreement, ...], on: date) -> set[str]:
    return {
        p.registration_number
        for a in agreements
        if a.signed <= on and on in a.period
        for p in a.pilot_schools
        if on in p.period
    }


def pilot_school_count(agreements: Iterable[Agreement], *, on: date) -> int:
    """The number of distinct pilot schools ``on`` the day, over the ``agreements`` in force that day (C-10).

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> pilot_school_count([ex.daugavpils_2017_agreement()], on=date(2017, 12, 4))
    10
    """
    found, on = _AGREEMENTS_ON(agreements, on)
    return len(_pilot_schools_on(found, on))


_AGREEMENTS_ON = arguments(agreements=tuple[Agreement, ...], on=date)


def consultant_count(assignments: Iterable[ConsultantAssignment], *, on: date) -> int:
    """The number of distinct consultants with an assignment in force ``on`` the day (C-10).

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> consultant_count(ex.daugavpils_2017_assignments(), on=date(2017, 12, 4))
    20
    """
    found, on = _ASSIGNMENTS_ON(assignments, on)
    return len({a.consultant for a in found if on in a.period})


_ASSIGNMENTS_ON = arguments(assignments=tuple[ConsultantAssignment, ...], on=date)


def _learners(agreements: tuple[Agreement, ...], counts: tuple[LearnerCount, ...], on: date) -> int:
    learners, conflicts = learner_totals(counts, SchoolYear.containing(on))
    schools = _pilot_schools_on(agreements, on)
    clashing = sorted(conflicts[n] for n in schools & conflicts.keys())
    if clashing:
        raise ValidationError(
            Problem(
                path=f"$.learner_counts[{index}]",
                code="learners.conflicting",
                message="expected the learners of a pilot school counted once: a whole count or per-grade counts (O-5)",
            )
            for index in clashing
        )
    return sum(learners.get(n, 0) for n in schools)


def learners_reached(agreements: Iterable[Agreement], learner_counts: Iterable[LearnerCount], *, on: date) -> int:
    """The learners of the pilot schools ``on`` the day, in the school year containing it (C-10).

    Each school counts once: its whole count, or the sum of its per-grade
    counts.  Counts that would count a school's learners twice (O-5) are a
    ValidationError ``learners.conflicting`` at the first such count.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> learners_reached([ex.daugavpils_2017_agreement()], ex.daugavpils_2017_learner_counts(), on=date(2017, 12, 4))
    4200
    """
    found, counts, on = _LEARNERS(agreements, learner_counts, on)
    return _learners(found, counts, on)


_LEARNERS = arguments(agreements=tuple[Agreement, ...], learner_counts=tuple[LearnerCount, ...], on=date)


def figures(
    agreements: Iterable[Agreement],
    assignments: Iterable[ConsultantAssignment],
    learner_counts: Iterable[LearnerCount],
    *,
    on: date,
) -> Reach:
    """The reach ``on`` the day (C-10): :func:`pilot_school_count`, :func:`consultant_count` and
    :func:`learners_reached` together, the arguments checked once.

    >>> figures([], [], [], on=date(2020, 10, 1))
    Reach(schools=0, consultants=0, learners=0)
    """
    found, assigned, counts, on = _FIGURES(agreements, assignments, learner_counts, on)
    return Reach(
        schools=len(_pilot_schools_on(found, on)),
        consultants=len({a.consultant for a in assigned if on in a.period}),
        learners=_learners(found, counts, on),
    )


_FIGURES = arguments(
    agreements=tuple[Agreement, ...],
    assignments=tuple[ConsultantAssignment, ...],
    learner_counts=tuple[LearnerCount, ...],
    on=date,
)


def institutions_supported(agreements: Iterable[Agreement], *, as_of: date) -> int:
    """The number of distinct institutions that had been pilot schools by ``as_of`` (C-10; target at least 328).

    A school counts from the later of its agreement's signing and its first day as a pilot school.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> [institutions_supported([ex.daugavpils_2017_agreement()], as_of=day)
    ...  for day in (date(2017, 2, 28), date(2017, 3, 1))]
    [0, 10]
    """
    found, as_of = _AGREEMENTS_AS_OF(agreements, as_of)
    return len(
        {p.registration_number for a in found if a.signed <= as_of for p in a.pilot_schools if p.period.start <= as_of}
    )


_AGREEMENTS_AS_OF = arguments(agreements=tuple[Agreement, ...], as_of=date)


def teachers_trained(training_records: Iterable[TrainingRecord], *, as_of: date) -> int:
    """The number of distinct people with a training record that ended by ``as_of`` (C-10; target at least 656).

    >>> from decimal import Decimal
    >>> r = TrainingRecord(person_id="c01", course="Karjeras atbalsts", start=date(2017, 4, 3),
    ...                    end=date(2017, 4, 5), hours=Decimal(24))
    >>> teachers_trained([r, r], as_of=date(2017, 4, 4)), teachers_trained([r, r], as_of=date(2017, 4, 5))
    (0, 1)
    """
    found, as_of = _TRAINED(training_records, as_of)
    return len({r.person_id for r in found if r.end <= as_of})


_TRAINED = arguments(training_records=tuple[TrainingRecord, ...], as_of=date)
