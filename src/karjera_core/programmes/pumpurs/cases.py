"""P-5: one learner's support case, from its opening with an assessment to its closing with an outcome.

A :class:`SupportCase` never changes: :meth:`SupportCase.with_plan` and
:meth:`SupportCase.close` return new cases, and closing keeps every plan (the
past does not change).  What one case must always satisfy is checked when it
is built; the rules that need the project, a date or the other cases are in
:mod:`karjera_core.programmes.pumpurs.checks`.  Learners are pseudonymous
:class:`~karjera_core.privacy.LearnerRef` values, and every text refuses a
personal code (P-7).

>>> from karjera_core.education import Grade
>>> from karjera_core.programmes.pumpurs.assessment import RiskAssessment, RiskFactor
>>> from karjera_core.programmes.pumpurs.plans import EconomicKind, EconomicMeasure, SupportPlan
>>> from karjera_core.time import SchoolYear, Semester
>>> case = SupportCase(
...     case_id="JN-2020-001", learner=LearnerRef("L-0001"), institution="9000000001", grade=Grade(7),
...     opened=date(2020, 9, 10),
...     assessment=RiskAssessment(assessed_on=date(2020, 9, 10),
...                               factors=(RiskFactor(group="economic", description="trūkst līdzekļu"),)),
... )
>>> plan = SupportPlan(semester=Semester(school_year=SchoolYear(2020), number=1), drawn_up=date(2020, 9, 15),
...                    economic=(EconomicMeasure(kind=EconomicKind.MEAL_COMPENSATION),))
>>> closed = case.with_plan(plan).close(on=date(2020, 12, 22), outcome=CaseOutcome.RISK_REDUCED)
>>> len(case.plans), len(closed.plans), str(closed.period)
(0, 1, '2020-09-10..2020-12-22')
"""

from __future__ import annotations

from datetime import date

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.education import Grade, VocationalCourse
from karjera_core.errors import fail
from karjera_core.privacy import LearnerRef
from karjera_core.programmes.pumpurs.assessment import RiskAssessment
from karjera_core.programmes.pumpurs.parameters import REGISTRATION_NUMBER
from karjera_core.programmes.pumpurs.plans import SupportPlan
from karjera_core.time import DateRange

__all__ = ["CaseOutcome", "SupportCase"]


def __dir__() -> list[str]:
    return sorted(__all__)


class CaseOutcome(LabelledEnum):
    """How a case ended (P-5)."""

    CONTINUES_EDUCATION = "continues_education", "turpina mācības"
    COMPLETED_EDUCATION = "completed_education", "ieguva izglītību"
    RISK_REDUCED = "risk_reduced", "risks mazināts"
    LEFT_EDUCATION = "left_education", "pārtrauca mācības"
    MOVED_ELSEWHERE = "moved_elsewhere", "mainīja izglītības iestādi vai dzīvesvietu"
    PROJECT_ENDED = "project_ended", "projekts noslēdzās"


@record
class SupportCase:
    """One learner's PuMPuRS case, from opening to closing (P-5).

    * ``case_id`` -- the case's pseudonymous id; ``learner`` -- the learner's (P-7);
    * ``institution`` -- the registration number (10 digits, O-3) of the institution running the case;
    * ``grade`` or ``course`` -- exactly one: the learner's level when the case opened (O-5);
    * ``opened`` -- the opening day; ``assessment`` is not after it (P-3);
    * ``plans`` -- the support plans, one per semester (P-4), at most 100;
    * ``closed`` and ``outcome`` -- both or neither; the closing day is not before the opening.
    """

    case_id: str = fields.ident(64, what="a case id")
    learner: LearnerRef
    institution: str = fields.code(REGISTRATION_NUMBER, what="an institution's registration number (10 digits, O-3)")
    grade: Grade | None = None
    course: VocationalCourse | None = None
    opened: date
    assessment: RiskAssessment
    plans: tuple[SupportPlan, ...] = fields.items(max_size=100, default=())
    closed: date | None = None
    outcome: CaseOutcome | None = None

    @rule("grade", "course")
    def _one_level(self) -> Flaw | None:
        if (self.grade is None) == (self.course is None):
            return Flaw("$.grade", "case.level", "expected exactly one of grade and course (O-5)")
        return None

    @rule("opened", "assessment")
    def _assessed_by_opening(self) -> Flaw | None:
        if self.assessment.assessed_on > self.opened:
            return Flaw(
                "$.assessment.assessed_on",
                "case.assessed_after_opening",
                "expected the assessment on or before the opening day (P-5)",
            )
        return None

    @rule("opened", "closed")
    def _closed_after_opening(self) -> Flaw | None:
        if self.closed is not None and self.closed < self.opened:
            return Flaw(
                "$.closed", "case.closed_before_opening", "expected the closing day on or after the opening day"
            )
        return None

    @rule("closed", "outcome")
    def _outcome_when_closed(self) -> Flaw | None:
        if (self.closed is None) != (self.outcome is None):
            return Flaw(
                "$.outcome", "case.outcome_without_closing", "expected an outcome exactly when the case is closed (P-5)"
            )
        return None

    @property
    def level(self) -> Grade | VocationalCourse:
        """The learner's grade or vocational course when the case opened."""
        return self.course if self.grade is None else self.grade  # type: ignore[return-value]  # one is set

    @property
    def period(self) -> DateRange:
        """The days the case is open: from ``opened`` to ``closed`` (open-ended while not closed)."""
        return DateRange(start=self.opened, end=self.closed)

    def with_plan(self, plan: SupportPlan) -> SupportCase:
        """A new case with ``plan`` added after the existing plans; this case is unchanged (P-5)."""
        (plan,) = _PLAN(plan)
        return self._changed(plans=(*self.plans, plan), closed=self.closed, outcome=self.outcome)

    def close(self, *, on: date, outcome: CaseOutcome) -> SupportCase:
        """A new case closed ``on`` the day with ``outcome``; plans, opening and assessment stay as they were (P-5).

        Closing a closed case is a :class:`~karjera_core.errors.ValidationError`
        (``case.already_closed``): its closing is part of the past.
        """
        on, outcome = _CLOSE(on, outcome)
        if self.closed is not None:
            fail("$", "case.already_closed", "expected an open case: a closed case cannot be closed again (P-5)")
        return self._changed(plans=self.plans, closed=on, outcome=outcome)

    def _changed(
        self, *, plans: tuple[SupportPlan, ...], closed: date | None, outcome: CaseOutcome | None
    ) -> SupportCase:
        return SupportCase(
            case_id=self.case_id,
            learner=self.learner,
            institution=self.institution,
            grade=self.grade,
            course=self.course,
            opened=self.opened,
            assessment=self.assessment,
            plans=plans,
            closed=closed,
            outcome=outcome,
        )


_PLAN = arguments(plan=SupportPlan)
_CLOSE = arguments(on=date, outcome=CaseOutcome)
