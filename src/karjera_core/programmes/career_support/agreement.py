"""C-1: a municipality's agreement to take part in the project, and the pilot schools it nominates.

VIAA runs the project; a municipality joins it by an :class:`Agreement` and
nominates institutions it supervises as pilot schools ("izmēģinājumskolas",
"pilotskolas") [000].  The agreement holds every parameter of its rules
(:mod:`~karjera_core.programmes.career_support.parameters`); what the
constructor checks is what one agreement must always satisfy.  Whether the
pilot set, the loads and the rest comply on a day is for
:mod:`~karjera_core.programmes.career_support.checks`.

>>> agreement = Agreement(municipality="Jelgava", signed=date(2017, 2, 24),
...     pilot_schools=(PilotSchool(registration_number="4513900001", period=CAREER_SUPPORT_PERIOD),))
>>> agreement.in_force(on=date(2017, 2, 23)), agreement.in_force(on=date(2017, 2, 24))
(False, True)
>>> agreement.pilot_schools_on(on=date(2017, 3, 1))
('4513900001',)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._records import record, rule
from karjera_core.programmes.career_support._common import REGISTRATION_NUMBER
from karjera_core.programmes.career_support.parameters import (
    CAREER_SUPPORT_PERIOD,
    DEFAULT_RATIO_RULE,
    QUALIFICATION_SCHEDULE,
    LoadBounds,
    PilotRequirements,
    QualificationRule,
    RatioRule,
    TrainingRequirement,
)
from karjera_core.schedule import Schedule
from karjera_core.time import DateRange

__all__ = ["Agreement", "PilotSchool"]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The most pilot schools one agreement may list (the whole country has fewer than 1,000 schools).
MAX_PILOT_SCHOOLS = 10_000


@record
class PilotSchool:
    """An institution nominated as a pilot school for ``period`` (C-1), by its ten-digit registration number (O-3).

    >>> PilotSchool(registration_number="4513900001", period=DateRange(start=date(2017, 3, 1))).period.is_open
    True
    """

    registration_number: str = fields.field(REGISTRATION_NUMBER)
    period: DateRange


@record
class Agreement:
    """A municipality's agreement to take part in the project, with every parameter of its rules (C-1 ... C-6).

    * ``municipality`` -- the municipality's name; ``signed`` -- the day it was signed (not after the
      period's end); ``period`` -- the participation period (default: [000]'s project period, 2016 Q4 -
      December 2020);
    * ``pilot_schools`` -- the nominated schools, each for a period inside the agreement's, no school
      twice for any day;
    * ``requirements`` (C-2), ``qualification_rules`` (C-3), ``ratio`` (C-4), ``load_bounds`` (C-5) and
      ``training`` (C-6) -- the brief's defaults, replaceable.  The dated tables must be in force from the
      agreement's first day, so that its checks always have a rule, and no qualification rule may start
      before its regulation was adopted.

    The agreement is in force on the days of its period from its signing on.
    """

    municipality: str = fields.name(200, what="a municipality's name")
    signed: date
    period: DateRange = CAREER_SUPPORT_PERIOD
    pilot_schools: tuple[PilotSchool, ...] = fields.items(max_size=MAX_PILOT_SCHOOLS, default=())
    requirements: PilotRequirements = PilotRequirements()
    qualification_rules: Schedule[QualificationRule] = QUALIFICATION_SCHEDULE
    ratio: RatioRule = DEFAULT_RATIO_RULE
    load_bounds: LoadBounds = LoadBounds()
    training: TrainingRequirement = TrainingRequirement()

    @rule("signed", "period")
    def _signed_by_end(self) -> Flaw | None:
        if self.period.end is None or self.signed <= self.period.end:
            return None
        return Flaw("$.signed", "agreement.signed_after_end", "expected the agreement signed by its period's end")

    @rule("period", "pilot_schools")
    def _pilots_inside(self) -> Iterator[Flaw] | None:
        period = self.period
        outside = [index for index, pilot in enumerate(self.pilot_schools) if not period._covers(pilot.period)]
        if not outside:
            return None
        return (
            Flaw(
                f"$.pilot_schools[{index}].period",
                "agreement.pilot_outside_period",
                "expected a pilot school's period inside the agreement's period",
            )
            for index in outside
        )

    @rule("pilot_schools")
    def _pilots_once(self) -> Iterator[Flaw] | None:
        numbers = [pilot.registration_number for pilot in self.pilot_schools]
        if len(set(numbers)) == len(numbers):  # no school twice: no periods to compare
            return None
        seen: dict[str, list[DateRange]] = {}
        twice = []
        for index, pilot in enumerate(self.pilot_schools):
            earlier = seen.setdefault(pilot.registration_number, [])
            if any(pilot.period.overlaps(other) for other in earlier):
                twice.append(index)
            earlier.append(pilot.period)
        if not twice:
            return None
        return (
            Flaw(
                f"$.pilot_schools[{index}]",
                "agreement.pilot_twice",
                "expected each school once for any day: its periods overlap",
            )
            for index in twice
        )

    @rule("signed", "period", "ratio")
    def _ratio_from_start(self) -> Flaw | None:
        if self.ratio.schedule.start <= self.effective_start:
            return None
        return Flaw(
            "$.ratio.schedule.steps[0].start",
            "agreement.ratio_after_start",
            "expected a ratio schedule in force from the agreement's first day (C-4)",
        )

    @rule("signed", "period", "qualification_rules")
    def _qualifications_from_start(self) -> Flaw | None:
        if self.qualification_rules.start <= self.effective_start:
            return None
        return Flaw(
            "$.qualification_rules.steps[0].start",
            "agreement.qualification_rules_after_start",
            "expected qualification rules in force from the agreement's first day (C-3)",
        )

    @rule("qualification_rules")
    def _rules_after_adoption(self) -> Iterator[Flaw] | None:
        early = [
            index
            for index, step in enumerate(self.qualification_rules.steps)
            if step.start < step.value.regulation.adopted
        ]
        if not early:
            return None
        return (
            Flaw(
                f"$.qualification_rules.steps[{index}].start",
                "agreement.rule_before_adoption",
                "expected a qualification rule to start on or after its regulation's adoption (C-3)",
            )
            for index in early
        )

    @property
    def effective_start(self) -> date:
        """The first day the agreement is in force: the later of its signing and its period's start."""
        return max(self.signed, self.period.start)

    def in_force(self, *, on: date) -> bool:
        """True when the agreement is signed by ``on`` and ``on`` is in its period."""
        (on,) = _ON(on)
        return self.signed <= on and on in self.period

    def pilot_schools_on(self, *, on: date) -> tuple[str, ...]:
        """The registration numbers of the pilot schools ``on`` the day, sorted, whether or not the agreement is
        in force that day."""
        (on,) = _ON(on)
        return tuple(sorted({p.registration_number for p in self.pilot_schools if on in p.period}))


_ON = arguments(on=date)
