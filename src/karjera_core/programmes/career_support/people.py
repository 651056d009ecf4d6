"""The people of the project: consultants and their qualifications (C-3), their loads (C-5), their training (C-6).

Every person is a pseudonymous id (P-7): never a name or a personal code.
The constructors check only what is always true of one record -- a load is
above 0 and at most one full-time post (1.00 FTE); the minimum of C-5 is a
parameter of the agreement (:class:`~karjera_core.programmes.career_support.parameters.LoadBounds`)
that :func:`~karjera_core.programmes.career_support.checks.check_loads` reports.

>>> from karjera_core.programmes.career_support.parameters import MK_662_2014
>>> degree = QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20))
>>> c = Consultant(person_id="c01", qualifications=(degree,))
>>> qualified_on(c, on=date(2017, 10, 1)), qualified_on(c, on=date(2019, 10, 1))
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._records import record, rule
from karjera_core.programmes.career_support._common import REGISTRATION_NUMBER, two_places
from karjera_core.programmes.career_support.parameters import (
    MAX_ASSIGNMENT_LOAD,
    MAX_TRAINING_HOURS,
    QUALIFICATION_SCHEDULE,
    QualificationRule,
)
from karjera_core.schedule import Regulation, Schedule
from karjera_core.time import DateRange

__all__ = [
    "Consultant",
    "ConsultantAssignment",
    "QualificationRecord",
    "TrainingRecord",
    "qualified_on",
    "total_load",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The longest pseudonymous person id accepted (P-7: never a name or a personal code).
MAX_PERSON_ID = 64
_PERSON = "a pseudonymous person id"


# ================================================================ C-3: consultants and their qualifications


@record
class QualificationRecord:
    """A qualification meeting ``regulation``, held from ``obtained`` on (C-3)."""

    regulation: Regulation
    obtained: date


@record
class Consultant:
    """A teacher career consultant ("pedagogs karjeras konsultants") and the qualifications they hold (C-3).

    ``person_id`` is pseudonymous (P-7): at most 64 characters, never a name
    or a personal code.  No qualification is recorded twice.
    """

    person_id: str = fields.ident(MAX_PERSON_ID, what=_PERSON)
    qualifications: tuple[QualificationRecord, ...] = fields.items(max_size=100, default=())

    @rule("qualifications")
    def _recorded_once(self) -> Iterator[Flaw] | None:
        seen: set[QualificationRecord] = set()
        twice = []
        for index, record_ in enumerate(self.qualifications):
            if record_ in seen:
                twice.append(index)
            seen.add(record_)
        if not twice:
            return None
        return (
            Flaw(f"$.qualifications[{index}]", "consultant.qualification_twice", "expected no qualification twice")
            for index in twice
        )


def _qualifies(qualifications: Iterable[QualificationRecord], *, on: date, rules: Schedule[QualificationRule]) -> bool:
    """True when one of ``qualifications``, held by ``on``, meets the rule in force that day (unchecked)."""
    accepted = rules.value_on(on=on).accepted
    return any(q.regulation in accepted and q.obtained <= on for q in qualifications)


def qualified_on(consultant: Consultant, *, on: date, rules: Schedule[QualificationRule] | None = None) -> bool:
    """True when ``consultant`` holds, ``on`` the day, a qualification the rule in force accepts (C-3).

    A qualification counts from the day it was obtained.  ``rules`` default
    to :data:`~karjera_core.programmes.career_support.parameters.QUALIFICATION_SCHEDULE`;
    a day before their first step is a ValidationError ``schedule.before_start``.

    >>> from karjera_core.programmes.career_support.parameters import MK_569_2018
    >>> late = Consultant(person_id="c02",
    ...     qualifications=(QualificationRecord(regulation=MK_569_2018, obtained=date(2019, 1, 15)),))
    >>> qualified_on(late, on=date(2019, 1, 14)), qualified_on(late, on=date(2019, 1, 15))
    (False, True)
    """
    consultant, on, rules = _QUALIFIED(consultant, on, rules)
    return _qualifies(consultant.qualifications, on=on, rules=rules or QUALIFICATION_SCHEDULE)


_QUALIFIED = arguments(consultant=Consultant, on=date, rules=Schedule[QualificationRule] | None)


# ================================================================ C-5: assignments


#: An FTE load of one assignment: above 0, at most one full-time post, two decimal places.
LOAD = fields.Dec(Decimal(0), MAX_ASSIGNMENT_LOAD, 2, "a load in FTE", True)


@record
class ConsultantAssignment:
    """A consultant's load ("slodze") in one school for a period (C-3, C-5).

    ``consultant`` is the consultant's pseudonymous person id, ``institution``
    the school's ten-digit registration number, ``load`` the FTE (1.0 = one
    full-time post): above 0 and at most 1.00, with at most two decimal
    places, stored with exactly two.

    >>> a = ConsultantAssignment(consultant="c01", institution="4500000001", load=Decimal("0.3"),
    ...                          period=DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31)))
    >>> a.load, a.in_force(on=date(2018, 8, 31)), a.in_force(on=date(2018, 9, 1))
    (Decimal('0.30'), True, False)
    """

    consultant: str = fields.ident(MAX_PERSON_ID, what=_PERSON)
    institution: str = fields.field(REGISTRATION_NUMBER)
    load: Decimal = fields.field(LOAD, canonical=two_places)
    period: DateRange

    def in_force(self, *, on: date) -> bool:
        """True when ``on`` is in the assignment's period."""
        (on,) = _ON(on)
        return on in self.period


_ON = arguments(on=date)


def total_load(assignments: Iterable[ConsultantAssignment], *, on: date) -> Decimal:
    """The sum of the loads of ``assignments`` in force ``on`` the day (C-5), with two decimal places.

    >>> p = DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31))
    >>> total_load([ConsultantAssignment(consultant=f"c{i}", institution="4500000001", load=Decimal("0.3"), period=p)
    ...             for i in range(20)], on=date(2017, 10, 1))
    Decimal('6.00')
    """
    found, on = _TOTAL(assignments, on)
    return sum((a.load for a in found if on in a.period), Decimal("0.00"))


_TOTAL = arguments(assignments=tuple[ConsultantAssignment, ...], on=date)


# ================================================================ C-6: training


@record
class TrainingRecord:
    """One person's participation in a further-education course, with its days and hours (C-6).

    ``end`` is not before ``start``; ``hours`` is above 0 with at most two
    decimal places (stored with two).

    >>> TrainingRecord(person_id="c01", course="Karjeras atbalsts skolā", start=date(2017, 4, 3),
    ...                end=date(2017, 4, 5), hours=Decimal("24")).hours
    Decimal('24.00')
    """

    person_id: str = fields.ident(MAX_PERSON_ID, what=_PERSON)
    course: str = fields.name(500, what="a course title")
    start: date
    end: date
    hours: Decimal = fields.decimal(
        0, MAX_TRAINING_HOURS, exclusive_minimum=True, what="a number of hours", canonical=two_places
    )

    @rule("start", "end")
    def _ordered(self) -> Flaw | None:
        if self.start <= self.end:
            return None
        return Flaw("$.end", "period.end_before_start", "expected an end on or after the start")
