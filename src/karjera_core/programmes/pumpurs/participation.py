"""P-2: the institutions taking part in PuMPuRS, each with its project coordinator.

A :class:`ParticipatingInstitution` takes part for a period with one
coordinator, a pseudonymous person id (P-7).  [004] reports 12 participating
institutions in Jelgava novads.  Support given where the institution was not
taking part, and one institution with two coordinators at once, are reported
by :func:`~karjera_core.programmes.pumpurs.checks.check_participation`.

>>> school = ParticipatingInstitution(institution="9000000001", coordinator="koord-1",
...                                   period=DateRange(start=date(2017, 9, 1), end=date(2023, 12, 31)))
>>> school.participates(on=date(2017, 8, 31)), school.participates(on=date(2017, 9, 1))
(False, True)
>>> participating_on([school], on=date(2020, 10, 1))
('9000000001',)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._records import record
from karjera_core.programmes.pumpurs.parameters import REGISTRATION_NUMBER
from karjera_core.time import DateRange

__all__ = ["ParticipatingInstitution", "participating_on"]


def __dir__() -> list[str]:
    return sorted(__all__)


@record
class ParticipatingInstitution:
    """An institution taking part in PuMPuRS for ``period``, with its project ``coordinator`` (P-2).

    ``institution`` is the registration number (10 digits, O-3);
    ``coordinator`` the coordinator's pseudonymous person id (P-7: never a
    name or a personal code).
    """

    institution: str = fields.code(REGISTRATION_NUMBER, what="an institution's registration number (10 digits, O-3)")
    coordinator: str = fields.ident(64, what="a coordinator's pseudonymous id")
    period: DateRange

    def participates(self, *, on: date) -> bool:
        """True when the institution takes part ``on`` the day (the day is in its period)."""
        (on,) = _ON(on)
        return on in self.period


_ON = arguments(on=date)


def participating_on(institutions: Iterable[ParticipatingInstitution], *, on: date) -> tuple[str, ...]:
    """The registration numbers of the ``institutions`` taking part ``on`` the day, sorted, each once (P-2)."""
    found, on = _PARTICIPATING(institutions, on)
    return tuple(sorted({entry.institution for entry in found if on in entry.period}))


_PARTICIPATING = arguments(institutions=tuple[ParticipatingInstitution, ...], on=date)
