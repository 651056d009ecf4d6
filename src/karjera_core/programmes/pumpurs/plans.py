"""P-4: the individual support plan of one semester, and the measures it holds.

A :class:`SupportPlan` is drawn up at its semester's start (how late is a
parameter, :class:`~karjera_core.programmes.pumpurs.parameters.PlanTiming`,
checked by :func:`~karjera_core.programmes.pumpurs.checks.check_plans`); it is
never drawn up after its semester has ended, and it holds at least one
measure: consultative support (:class:`ConsultativeMeasure`, who gives it) or
economic support (:class:`EconomicMeasure`: meals, individual-use items,
transport, accommodation, learning materials).

>>> from karjera_core.time import SchoolYear
>>> plan = SupportPlan(
...     semester=Semester(school_year=SchoolYear(2020), number=1),
...     drawn_up=date(2020, 9, 15),
...     consultative=(ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),),
...     economic=(EconomicMeasure(kind=EconomicKind.MEAL_COMPENSATION),),
... )
>>> plan.has_consultative, plan.has(EconomicKind.MEAL_COMPENSATION), plan.has(EconomicKind.PERSONAL_ITEMS)
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.money import Money
from karjera_core.time import Semester

__all__ = [
    "ConsultativeKind",
    "ConsultativeMeasure",
    "EconomicKind",
    "EconomicMeasure",
    "PersonalItem",
    "SupportPlan",
]


def __dir__() -> list[str]:
    return sorted(__all__)


class ConsultativeKind(LabelledEnum):
    """Who gives consultative support (P-4) [004; pub: rmdv.lv]."""

    SUBJECT_TEACHER = "subject_teacher", "mācību priekšmeta pedagogs"
    PSYCHOLOGIST = "psychologist", "psihologs"
    SPEECH_THERAPIST = "speech_therapist", "logopēds"
    SPECIAL_EDUCATION_TEACHER = "special_education_teacher", "speciālās izglītības pedagogs"
    SOCIAL_PEDAGOGUE = "social_pedagogue", "sociālais pedagogs"
    TEACHER_ASSISTANT = "teacher_assistant", "pedagoga palīgs"
    SIGN_LANGUAGE_INTERPRETER = "sign_language_interpreter", "surdotulks"
    OCCUPATIONAL_THERAPIST = "occupational_therapist", "ergoterapeits"
    OTHER_SPECIALIST = "other_specialist", "cits speciālists"


class EconomicKind(LabelledEnum):
    """Economic support (P-4) [004; pub: rmdv.lv, IZM]."""

    MEAL_COMPENSATION = "meal_compensation", "ēdināšanas kompensācija"
    PERSONAL_ITEMS = "personal_items", "individuālās lietošanas priekšmeti"
    PUBLIC_TRANSPORT = "public_transport", "sabiedriskā transporta izdevumu kompensācija"
    ACCOMMODATION = "accommodation", "naktsmītnes izdevumu kompensācija"
    LEARNING_MATERIALS = "learning_materials", "individuālie mācību līdzekļi"


class PersonalItem(LabelledEnum):
    """What individual-use items are (P-4): clothing [004], footwear and hygiene goods [pub: IZM]."""

    CLOTHING = "clothing", "apģērbs"
    FOOTWEAR = "footwear", "apavi"
    HYGIENE = "hygiene", "higiēnas preces"


@record
class ConsultativeMeasure:
    """Consultative support in a plan (P-4): who gives it, and for a subject teacher, the subject.

    >>> ConsultativeMeasure(kind=ConsultativeKind.SUBJECT_TEACHER, subject="matemātika").subject
    'matemātika'
    >>> ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST, subject="matemātika")
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.subject: expected a subject only for a subject teacher [consultative.subject_kind]
    """

    kind: ConsultativeKind
    subject: str | None = fields.name(200, what="a subject", default=None)
    note: str | None = fields.text(2000, what="a note", default=None)

    @rule("kind", "subject")
    def _subject_for_a_teacher(self) -> Flaw | None:
        if self.subject is not None and self.kind is not ConsultativeKind.SUBJECT_TEACHER:
            return Flaw("$.subject", "consultative.subject_kind", "expected a subject only for a subject teacher")
        return None


@record
class EconomicMeasure:
    """Economic support in a plan (P-4): its kind, an optional amount, and for individual-use items, which.

    ``amount`` (optional) is more than zero euros; the project's limits per
    learner were not published (BRIEF §9), so none is enforced.  ``items`` is
    allowed only for :attr:`EconomicKind.PERSONAL_ITEMS`, each item at most once.

    >>> EconomicMeasure(kind=EconomicKind.PERSONAL_ITEMS, items=(PersonalItem.CLOTHING,)).items
    (<PersonalItem.CLOTHING: 'clothing'>,)
    """

    kind: EconomicKind
    amount: Money | None = None
    items: tuple[PersonalItem, ...] = fields.items(max_size=10, default=())
    note: str | None = fields.text(2000, what="a note", default=None)

    @rule("amount")
    def _amount_above_zero(self) -> Flaw | None:
        if self.amount is not None and self.amount.amount <= 0:
            return Flaw("$.amount", "economic.amount", "expected an amount above zero euros")
        return None

    @rule("kind", "items")
    def _items_for_personal_items(self) -> Flaw | None:
        if self.items and self.kind is not EconomicKind.PERSONAL_ITEMS:
            return Flaw("$.items", "economic.items_kind", "expected items only for individual-use items")
        return None

    @rule("items")
    def _items_once(self) -> Iterator[Flaw] | None:
        if len(set(self.items)) == len(self.items):
            return None
        return (
            Flaw(f"$.items[{index}]", "economic.items_repeated", "expected each item at most once")
            for index, item in enumerate(self.items)
            if item in self.items[:index]
        )


@record
class SupportPlan:
    """A learner's individual support plan for one semester (P-4).

    ``drawn_up`` is never after the semester's end; how soon after its start
    a plan must be drawn up is a parameter checked across a case
    (:class:`~karjera_core.programmes.pumpurs.parameters.PlanTiming`).  At
    least one consultative or economic measure; at most 20 of each.
    """

    semester: Semester
    drawn_up: date
    consultative: tuple[ConsultativeMeasure, ...] = fields.items(max_size=20, default=())
    economic: tuple[EconomicMeasure, ...] = fields.items(max_size=20, default=())
    note: str | None = fields.text(2000, what="a note", default=None)

    @rule("semester", "drawn_up")
    def _drawn_up_by_the_semester_end(self) -> Flaw | None:
        if self.drawn_up > self.semester.end:
            return Flaw(
                "$.drawn_up", "plan.drawn_up_after_semester", "expected the plan drawn up by its semester's end"
            )
        return None

    @rule("consultative", "economic")
    def _not_empty(self) -> Flaw | None:
        if not self.consultative and not self.economic:
            return Flaw("$", "plan.empty", "expected at least one consultative or economic measure (P-4)")
        return None

    @property
    def has_consultative(self) -> bool:
        """True when the plan gives any consultative support."""
        return bool(self.consultative)

    def has(self, kind: EconomicKind) -> bool:
        """True when the plan gives economic support of ``kind``."""
        (kind,) = _KIND(kind)
        return any(measure.kind is kind for measure in self.economic)


_KIND = arguments(kind=EconomicKind)
