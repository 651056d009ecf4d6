"""PuMPuRS, ESF 8.3.4.0/16/I/001: support for learners at risk of leaving school early (rules P-1 ... P-7).

* :func:`pumpurs_eligible` -- may a learner of this grade or course be
  supported on a day (P-1)?  The rules are data: :class:`EligibilityRules`, a
  dated schedule of :class:`EligibleLevels` and the project, whose start and
  end as known on the day (F-4) bound eligibility.
* :class:`RiskAssessment` of :class:`RiskFactor` values in the four
  :class:`RiskGroup` groups (P-3).
* :class:`SupportPlan` -- the individual support plan of one semester, with
  :class:`ConsultativeMeasure` and :class:`EconomicMeasure` values (P-4).
* :class:`SupportCase` -- one learner's case from opening to closing (P-5);
  :func:`check_case` and :func:`check_cases` report the rules that need a
  date or the project.
* :func:`semester_figures` -- distinct learners with consultative support,
  meal compensation and individual-use items in a semester, per institution
  and in total (P-6), mergeable across any split of the cases (I-4).

Every free text here (case ids, notes, descriptions, roles) is refused when it
holds a personal code, wherever the code stands in it (P-7); learners are
:class:`~karjera_core.privacy.LearnerRef` pseudonyms.

>>> from karjera_core.education import Grade, VocationalCourse
>>> pumpurs_eligible(Grade(5), on=date(2018, 1, 15)), pumpurs_eligible(Grade(4), on=date(2018, 1, 15))
(True, False)
>>> pumpurs_eligible(Grade(4), on=date(2021, 10, 1)), pumpurs_eligible(VocationalCourse(4), on=date(2024, 3, 1))
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain, pairwise

import attrs

from karjera_core._enums import LabelledEnum
from karjera_core.education import Grade, VocationalCourse, is_registration_number
from karjera_core.errors import ROOT, Problem, ValidationError, Violation, fail
from karjera_core.money import Money
from karjera_core.privacy import (
    LearnerRef,
    id_ok,
    id_problems,
    looks_like_personal_code,
    personal_code_problem,
    raise_problems,
    text_ok,
    text_problems,
)
from karjera_core.programmes._pumpurs_indicators import (
    JELGAVA_AUTUMN_2020_FIGURES,
    pumpurs_facts,
    pumpurs_indicators,
)
from karjera_core.projects import Project, ProjectStatus
from karjera_core.reference import PUMPURS_834
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange, Semester

__all__ = [
    "DEFAULT_ELIGIBILITY",
    "JELGAVA_AUTUMN_2020_FIGURES",
    "CaseOutcome",
    "ConsultativeKind",
    "ConsultativeMeasure",
    "EconomicKind",
    "EconomicMeasure",
    "EligibilityRules",
    "EligibleLevels",
    "InstitutionFigures",
    "ParticipatingInstitution",
    "PersonalItem",
    "RiskAssessment",
    "RiskFactor",
    "RiskGroup",
    "SemesterFigures",
    "SupportCase",
    "SupportPlan",
    "check_case",
    "check_cases",
    "check_participation",
    "participating_on",
    "pumpurs_eligible",
    "pumpurs_facts",
    "pumpurs_indicators",
    "semester_figures",
]

#: The longest free text (notes, descriptions) accepted.
MAX_TEXT = 2000
#: The longest short text (a case id, an assessor's role, a subject) accepted.
MAX_SHORT = 200
MAX_CASE_ID = 64

_MESSAGE_INSTITUTION = "expected the institution's registration number: exactly 10 ASCII digits (O-3)"
_MESSAGE_DATE = f"expected a date (datetime.date, not datetime) in the years {MIN_YEAR}-{MAX_YEAR}"


def _day_ok(value: object) -> bool:
    return type(value) is date and MIN_YEAR <= value.year <= MAX_YEAR


def _optional_text_ok(value: object, max_length: int) -> bool:
    return value is None or text_ok(value, max_length)


_institution_ok = is_registration_number


def _institution_problems(value: object, path: str, code: str) -> list[Problem]:
    """Problems of ``value`` as a registration number; a personal code in it is named as such (P-7)."""
    if _institution_ok(value):
        return []
    problems = [Problem(path=path, code=code, message=_MESSAGE_INSTITUTION)]
    if type(value) is str and looks_like_personal_code(value):
        problems.append(personal_code_problem(path))
    return problems


def _day_problems(value: object, path: str, code: str) -> list[Problem]:
    return [] if _day_ok(value) else [Problem(path=path, code=code, message=_MESSAGE_DATE)]


def _optional_text_problems(value: object, path: str, what: str, max_length: int) -> list[Problem]:
    return [] if value is None else text_problems(value, path, what, max_length)


def _tuple_problems(value: object, kind: type, path: str, code: str, what: str) -> list[Problem]:
    """Problems of ``value`` as a tuple of ``kind``: one for a non-tuple, one per wrong element."""
    if type(value) is not tuple:
        return [Problem(path=path, code=code, message=f"expected a tuple of {what}")]
    return [
        Problem(path=f"{path}[{index}]", code=code, message=f"expected a {kind.__name__}")
        for index, item in enumerate(value)
        if type(item) is not kind
    ]


def _tuple_of(value: object, kind: type) -> bool:
    return type(value) is tuple and all(type(item) is kind for item in value)


# ---------------------------------------------------------------- eligibility (P-1)


@attrs.frozen(kw_only=True)
class EligibleLevels:
    """From ``since`` on, learners of grades ``first_grade`` ... ``last_grade`` and vocational courses
    ``first_course`` ... ``last_course`` may be supported (P-1), until the next step of the schedule.

    >>> EligibleLevels(since=date(2021, 9, 1), first_grade=1, last_grade=12).admits(Grade(4))
    True
    """

    since: date
    first_grade: int
    last_grade: int
    first_course: int = 1
    last_course: int = 4

    def __attrs_post_init__(self) -> None:
        if not (
            _day_ok(self.since)
            and _range_ok(self.first_grade, self.last_grade, 12)
            and _range_ok(self.first_course, self.last_course, 4)
        ):
            _reject_levels(self)

    def admits(self, level: Grade | VocationalCourse) -> bool:
        """True when this step admits ``level`` (a :class:`Grade` or a :class:`VocationalCourse`)."""
        if type(level) is VocationalCourse:
            return self.first_course <= level.number <= self.last_course
        if type(level) is not Grade:
            fail("$.level", "pumpurs.level", "expected a Grade or a VocationalCourse")
        return self.first_grade <= level.number <= self.last_grade


def _range_ok(first: object, last: object, top: int) -> bool:
    return type(first) is int and type(last) is int and 1 <= first <= last <= top


def _reject_levels(levels: EligibleLevels) -> None:
    problems = _day_problems(levels.since, "$.since", "eligible_levels.since")
    for name, top in (("grade", 12), ("course", 4)):
        first, last = getattr(levels, f"first_{name}"), getattr(levels, f"last_{name}")
        if not _range_ok(first, last, top):
            problems.append(
                Problem(
                    path=f"$.first_{name}",
                    code=f"eligible_levels.{name}_range",
                    message=f"expected int first_{name} <= last_{name}, both in 1-{top}",
                )
            )
    raise ValidationError(problems)


#: The published eligibility schedule (P-1):
#:
#: * grades 5-12 and vocational courses 1-4 under MK No. 460 of 2016-07-12 [004];
#: * from school year 2021/2022 (2021-09-01) also grades 1-4 [pub: programme
#:   amendment reported April 2021].
DEFAULT_SCHEDULE = (
    EligibleLevels(since=date(2016, 7, 12), first_grade=5, last_grade=12),
    EligibleLevels(since=date(2021, 9, 1), first_grade=1, last_grade=12),
)


def _in_date_order(schedule: tuple[EligibleLevels, ...]) -> tuple[EligibleLevels, ...]:
    """The schedule ordered by ``since``; anything else is passed on for the constructor to refuse."""
    if not _tuple_of(schedule, EligibleLevels):
        return schedule
    return tuple(sorted(schedule, key=lambda step: step.since))


@attrs.frozen(kw_only=True)
class EligibilityRules:
    """Who may be supported, and when (P-1, F-4): a parameter object.

    ``schedule`` -- dated :class:`EligibleLevels` steps (at least one, no two on
    the same day; kept in date order); each is in force from its ``since`` until
    the next.  Before the first step nobody is eligible.  Default:
    :data:`DEFAULT_SCHEDULE`.

    ``project`` -- the project whose period bounds eligibility: nobody is
    eligible before its start or after its end as known on the day asked about
    (F-4).  Default: :data:`~karjera_core.reference.PUMPURS_834`.

    >>> rules = EligibilityRules()
    >>> rules.levels_on(date(2020, 10, 1)).first_grade, rules.levels_on(date(2021, 10, 1)).first_grade
    (5, 1)
    >>> rules.levels_on(date(2016, 1, 1)) is None
    True
    """

    schedule: tuple[EligibleLevels, ...] = attrs.field(default=DEFAULT_SCHEDULE, converter=_in_date_order)
    project: Project = PUMPURS_834

    def __attrs_post_init__(self) -> None:
        schedule = self.schedule
        if (
            not _tuple_of(schedule, EligibleLevels)
            or not schedule
            or len({step.since for step in schedule}) != len(schedule)
            or type(self.project) is not Project
        ):
            _reject_rules(self)

    def levels_on(self, on: date) -> EligibleLevels | None:
        """The schedule step in force on ``on``; ``None`` before the first step."""
        if not _day_ok(on):
            fail("$.on", "pumpurs.on", _MESSAGE_DATE)
        found = None
        for step in self.schedule:
            if step.since > on:
                break
            found = step
        return found

    def project_active_on(self, on: date) -> bool:
        """True when the project has started and not ended, as its end was known on ``on`` (F-4)."""
        return self.project.status(on=on) is ProjectStatus.ACTIVE


def _reject_rules(rules: EligibilityRules) -> None:
    problems = _tuple_problems(rules.schedule, EligibleLevels, "$.schedule", "eligibility.schedule", "EligibleLevels")
    if not problems:
        if not rules.schedule:
            problems.append(
                Problem(path="$.schedule", code="eligibility.schedule_empty", message="expected at least one step")
            )
        elif len({step.since for step in rules.schedule}) != len(rules.schedule):
            problems.append(
                Problem(
                    path="$.schedule",
                    code="eligibility.schedule_same_day",
                    message="expected at most one step starting on any one day",
                )
            )
    if type(rules.project) is not Project:
        problems.append(Problem(path="$.project", code="eligibility.project", message="expected a Project"))
    raise ValidationError(problems)


#: The default rules: :data:`DEFAULT_SCHEDULE` and the PuMPuRS project.
DEFAULT_ELIGIBILITY = EligibilityRules()


def _rules_or_default(rules: object, problems: list[Problem]) -> EligibilityRules:
    if rules is None:
        return DEFAULT_ELIGIBILITY
    if type(rules) is not EligibilityRules:
        problems.append(Problem(path="$.rules", code="pumpurs.rules", message="expected None or EligibilityRules"))
        return DEFAULT_ELIGIBILITY
    return rules


def pumpurs_eligible(level: Grade | VocationalCourse, *, on: date, rules: EligibilityRules | None = None) -> bool:
    """True when a learner of ``level`` may be supported on the day ``on`` (P-1).

    The learner's grade or vocational course must be admitted by the
    schedule step in force on ``on``, and the project must be active on
    ``on`` as its end was known that day (F-4).  Wrong argument types are a
    :class:`~karjera_core.errors.ValidationError`.

    >>> from karjera_core.education import Grade
    >>> pumpurs_eligible(Grade(12), on=date(2017, 3, 15)), pumpurs_eligible(Grade(12), on=date(2017, 3, 16))
    (False, True)
    >>> pumpurs_eligible(Grade(12), on=date(2023, 12, 31)), pumpurs_eligible(Grade(12), on=date(2024, 1, 1))
    (True, False)
    """
    problems: list[Problem] = []
    if type(level) is not Grade and type(level) is not VocationalCourse:
        problems.append(Problem(path="$.level", code="pumpurs.level", message="expected a Grade or a VocationalCourse"))
    if not _day_ok(on):
        problems.append(Problem(path="$.on", code="pumpurs.on", message=_MESSAGE_DATE))
    chosen = _rules_or_default(rules, problems)
    if problems:
        raise ValidationError(problems)
    return _level_admitted(chosen, level, on) and chosen.project_active_on(on)


def _level_admitted(rules: EligibilityRules, level: Grade | VocationalCourse, on: date) -> bool:
    step = rules.levels_on(on)
    return step is not None and step.admits(level)


# ---------------------------------------------------------------- risk assessment (P-3)


class RiskGroup(LabelledEnum):
    """The four groups of risk factors the project reports (P-3) [pub: pumpurs.lv, 2019/20]."""

    LEARNING_AND_INSTITUTION = "learning_and_institution", "mācību darba un izglītības iestādes riski"
    ECONOMIC = "economic", "ekonomiskie riski"
    FAMILY = "family", "ar ģimeni saistītie riski"
    SOCIAL_ENVIRONMENT_AND_HEALTH = "social_environment_and_health", "sociālās vides un veselības riski"


@attrs.frozen(kw_only=True)
class RiskFactor:
    """One risk factor of an assessment, in its group (P-3).

    ``description`` is free text (the official factor list of MK No. 460 is
    not public); it may not hold a personal code (P-7).

    >>> RiskFactor(group=RiskGroup.LEARNING_AND_INSTITUTION, description="zemi mācību sasniegumi").group.label
    'mācību darba un izglītības iestādes riski'
    """

    group: RiskGroup
    description: str

    def __attrs_post_init__(self) -> None:
        if type(self.group) is not RiskGroup or not text_ok(self.description, MAX_SHORT):
            problems = text_problems(self.description, "$.description", "risk_factor.description", MAX_SHORT)
            if type(self.group) is not RiskGroup:
                problems.insert(0, Problem(path="$.group", code="risk_factor.group", message="expected a RiskGroup"))
            raise_problems(problems)


@attrs.frozen(kw_only=True)
class RiskAssessment:
    """The assessment that identifies a learner at risk of leaving school early (P-3).

    At least one factor; ``assessor_role`` (e.g. "klases audzinātājs") and
    ``note`` are optional free text without personal codes (P-7).

    >>> a = RiskAssessment(assessed_on=date(2020, 9, 10), factors=(
    ...     RiskFactor(group=RiskGroup.ECONOMIC, description="ģimenei trūkst līdzekļu"),
    ...     RiskFactor(group=RiskGroup.LEARNING_AND_INSTITUTION, description="neattaisnoti kavējumi"),
    ... ))
    >>> [group.value for group in a.groups]
    ['learning_and_institution', 'economic']
    """

    assessed_on: date
    factors: tuple[RiskFactor, ...]
    assessor_role: str | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if not (
            _day_ok(self.assessed_on)
            and _tuple_of(self.factors, RiskFactor)
            and self.factors
            and _optional_text_ok(self.assessor_role, MAX_SHORT)
            and _optional_text_ok(self.note, MAX_TEXT)
        ):
            _reject_assessment(self)

    @property
    def groups(self) -> tuple[RiskGroup, ...]:
        """The distinct groups of the factors, in the order of :class:`RiskGroup`."""
        present = {factor.group for factor in self.factors}
        return tuple(group for group in RiskGroup if group in present)


def _reject_assessment(assessment: RiskAssessment) -> None:
    problems = _day_problems(assessment.assessed_on, "$.assessed_on", "risk_assessment.assessed_on")
    factors = _tuple_problems(assessment.factors, RiskFactor, "$.factors", "risk_assessment.factors", "RiskFactor")
    if not factors and not assessment.factors:
        factors.append(
            Problem(
                path="$.factors", code="risk_assessment.no_factors", message="expected at least one risk factor (P-3)"
            )
        )
    problems += factors
    problems += _optional_text_problems(
        assessment.assessor_role, "$.assessor_role", "risk_assessment.assessor_role", MAX_SHORT
    )
    problems += _optional_text_problems(assessment.note, "$.note", "risk_assessment.note", MAX_TEXT)
    raise_problems(problems)


# ---------------------------------------------------------------- support plans (P-4)


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


@attrs.frozen(kw_only=True)
class ConsultativeMeasure:
    """Consultative support in a plan (P-4): who gives it, and for a subject teacher, the subject.

    >>> ConsultativeMeasure(kind=ConsultativeKind.SUBJECT_TEACHER, subject="matemātika").subject
    'matemātika'
    """

    kind: ConsultativeKind
    subject: str | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if not (
            type(self.kind) is ConsultativeKind
            and (
                self.subject is None
                or (self.kind is ConsultativeKind.SUBJECT_TEACHER and text_ok(self.subject, MAX_SHORT))
            )
            and _optional_text_ok(self.note, MAX_TEXT)
        ):
            _reject_consultative(self)


def _reject_consultative(measure: ConsultativeMeasure) -> None:
    problems: list[Problem] = []
    if type(measure.kind) is not ConsultativeKind:
        problems.append(Problem(path="$.kind", code="consultative.kind", message="expected a ConsultativeKind"))
    if measure.subject is not None:
        problems += text_problems(measure.subject, "$.subject", "consultative.subject", MAX_SHORT)
        if measure.kind is not ConsultativeKind.SUBJECT_TEACHER:
            problems.append(
                Problem(
                    path="$.subject",
                    code="consultative.subject_kind",
                    message="expected a subject only for a subject teacher",
                )
            )
    problems += _optional_text_problems(measure.note, "$.note", "consultative.note", MAX_TEXT)
    raise_problems(problems)


@attrs.frozen(kw_only=True)
class EconomicMeasure:
    """Economic support in a plan (P-4): its kind, an optional amount, and for individual-use items, which.

    ``amount`` (optional) is more than zero euros; the project's limits per
    learner were not published (§9), so none is enforced.  ``items`` is
    allowed only for :attr:`EconomicKind.PERSONAL_ITEMS`, each item at most once.

    >>> EconomicMeasure(kind=EconomicKind.PERSONAL_ITEMS, items=(PersonalItem.CLOTHING,)).items
    (<PersonalItem.CLOTHING: 'clothing'>,)
    """

    kind: EconomicKind
    amount: Money | None = None
    items: tuple[PersonalItem, ...] = ()
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if not (
            type(self.kind) is EconomicKind
            and (self.amount is None or (type(self.amount) is Money and self.amount.amount > 0))
            and _tuple_of(self.items, PersonalItem)
            and (not self.items or self.kind is EconomicKind.PERSONAL_ITEMS)
            and len(set(self.items)) == len(self.items)
            and _optional_text_ok(self.note, MAX_TEXT)
        ):
            _reject_economic(self)


def _reject_economic(measure: EconomicMeasure) -> None:
    problems: list[Problem] = []
    if type(measure.kind) is not EconomicKind:
        problems.append(Problem(path="$.kind", code="economic.kind", message="expected an EconomicKind"))
    if measure.amount is not None and (type(measure.amount) is not Money or measure.amount.amount <= 0):
        problems.append(Problem(path="$.amount", code="economic.amount", message="expected None or Money above zero"))
    items = _tuple_problems(measure.items, PersonalItem, "$.items", "economic.items", "PersonalItem")
    if not items:
        if measure.items and type(measure.kind) is EconomicKind and measure.kind is not EconomicKind.PERSONAL_ITEMS:
            items.append(
                Problem(
                    path="$.items", code="economic.items_kind", message="expected items only for individual-use items"
                )
            )
        if len(set(measure.items)) != len(measure.items):
            items.append(
                Problem(path="$.items", code="economic.items_repeated", message="expected each item at most once")
            )
    problems += items
    problems += _optional_text_problems(measure.note, "$.note", "economic.note", MAX_TEXT)
    raise_problems(problems)


@attrs.frozen(kw_only=True)
class SupportPlan:
    """A learner's individual support plan for one semester (P-4).

    Drawn up at the semester's start (``drawn_up`` may be before the semester
    starts, never after it ends); at least one consultative or economic
    measure.

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

    semester: Semester
    drawn_up: date
    consultative: tuple[ConsultativeMeasure, ...] = ()
    economic: tuple[EconomicMeasure, ...] = ()
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if not (
            type(self.semester) is Semester
            and _day_ok(self.drawn_up)
            and self.drawn_up <= self.semester.end
            and _tuple_of(self.consultative, ConsultativeMeasure)
            and _tuple_of(self.economic, EconomicMeasure)
            and (self.consultative or self.economic)
            and _optional_text_ok(self.note, MAX_TEXT)
        ):
            _reject_plan(self)

    @property
    def has_consultative(self) -> bool:
        """True when the plan gives any consultative support."""
        return bool(self.consultative)

    def has(self, kind: EconomicKind) -> bool:
        """True when the plan gives economic support of ``kind``."""
        return any(measure.kind is kind for measure in self.economic)


def _reject_plan(plan: SupportPlan) -> None:
    problems: list[Problem] = []
    semester_ok = type(plan.semester) is Semester
    if not semester_ok:
        problems.append(Problem(path="$.semester", code="plan.semester", message="expected a Semester"))
    if not _day_ok(plan.drawn_up):
        problems.append(Problem(path="$.drawn_up", code="plan.drawn_up", message=_MESSAGE_DATE))
    elif semester_ok and plan.drawn_up > plan.semester.end:
        problems.append(
            Problem(
                path="$.drawn_up",
                code="plan.drawn_up_after_semester",
                message="expected the plan drawn up by the semester's end (P-4)",
            )
        )
    consultative = _tuple_problems(
        plan.consultative, ConsultativeMeasure, "$.consultative", "plan.consultative", "ConsultativeMeasure"
    )
    economic = _tuple_problems(plan.economic, EconomicMeasure, "$.economic", "plan.economic", "EconomicMeasure")
    problems += consultative + economic
    if not consultative and not economic and not plan.consultative and not plan.economic:
        problems.append(
            Problem(path="$", code="plan.empty", message="expected at least one consultative or economic measure (P-4)")
        )
    problems += _optional_text_problems(plan.note, "$.note", "plan.note", MAX_TEXT)
    raise_problems(problems)


# ---------------------------------------------------------------- cases (P-5)


class CaseOutcome(LabelledEnum):
    """How a case ended (P-5)."""

    CONTINUES_EDUCATION = "continues_education", "turpina mācības"
    COMPLETED_EDUCATION = "completed_education", "ieguva izglītību"
    RISK_REDUCED = "risk_reduced", "risks mazināts"
    LEFT_EDUCATION = "left_education", "pārtrauca mācības"
    MOVED_ELSEWHERE = "moved_elsewhere", "mainīja izglītības iestādi vai dzīvesvietu"
    PROJECT_ENDED = "project_ended", "projekts noslēdzās"


@attrs.frozen(kw_only=True)
class SupportCase:
    """One learner's PuMPuRS case, from opening to closing (P-5).

    ``institution`` is the registration number (10 digits) of the institution
    that runs the case.  ``grade`` or ``course`` -- exactly one -- is the
    learner's level when the case opened.  The assessment is not after the
    opening; ``closed`` is not before it; ``outcome`` is set exactly when the
    case is closed.  Rules that need a date or the project (plans inside the
    open period, eligibility, the project's end) are in :func:`check_case`.

    A case is never changed: :meth:`with_plan` and :meth:`close` return new
    cases, and closing keeps every plan (the past does not change).

    >>> from karjera_core.education import Grade
    >>> from karjera_core.time import SchoolYear
    >>> case = SupportCase(
    ...     case_id="JN-2020-001", learner=LearnerRef("L-0001"), institution="9000000001", grade=Grade(7),
    ...     opened=date(2020, 9, 10),
    ...     assessment=RiskAssessment(assessed_on=date(2020, 9, 10),
    ...                               factors=(RiskFactor(group=RiskGroup.ECONOMIC, description="trūkst līdzekļu"),)),
    ... )
    >>> plan = SupportPlan(semester=Semester(school_year=SchoolYear(2020), number=1), drawn_up=date(2020, 9, 15),
    ...                    economic=(EconomicMeasure(kind=EconomicKind.MEAL_COMPENSATION),))
    >>> closed = case.with_plan(plan).close(on=date(2020, 12, 22), outcome=CaseOutcome.RISK_REDUCED)
    >>> len(case.plans), len(closed.plans), closed.period
    (0, 1, DateRange(start=datetime.date(2020, 9, 10), end=datetime.date(2020, 12, 22)))
    >>> check_case(closed)
    ()
    """

    case_id: str
    learner: LearnerRef
    institution: str
    grade: Grade | None = None
    course: VocationalCourse | None = None
    opened: date
    assessment: RiskAssessment
    plans: tuple[SupportPlan, ...] = ()
    closed: date | None = None
    outcome: CaseOutcome | None = None

    def __attrs_post_init__(self) -> None:
        opened, closed = self.opened, self.closed
        if not (
            id_ok(self.case_id, MAX_CASE_ID)
            and type(self.learner) is LearnerRef
            and _institution_ok(self.institution)
            and ((type(self.grade) is Grade) != (type(self.course) is VocationalCourse))
            and (self.grade is None or self.course is None)
            and _day_ok(opened)
            and type(self.assessment) is RiskAssessment
            and self.assessment.assessed_on <= opened
            and _tuple_of(self.plans, SupportPlan)
            and (closed is None or (_day_ok(closed) and opened <= closed))
            and ((closed is None) == (self.outcome is None))
            and (self.outcome is None or type(self.outcome) is CaseOutcome)
        ):
            _reject_case(self)

    @property
    def level(self) -> Grade | VocationalCourse:
        """The learner's grade or vocational course when the case opened."""
        level = self.grade if self.grade is not None else self.course
        assert level is not None
        return level

    @property
    def period(self) -> DateRange:
        """The days the case is open: from ``opened`` to ``closed`` (open-ended while not closed)."""
        return DateRange(start=self.opened, end=self.closed)

    def with_plan(self, plan: SupportPlan) -> SupportCase:
        """A new case with ``plan`` added after the existing plans; this case is unchanged (P-5)."""
        if type(plan) is not SupportPlan:
            fail("$.plan", "case.plan", "expected a SupportPlan")
        return attrs.evolve(self, plans=(*self.plans, plan))

    def close(self, *, on: date, outcome: CaseOutcome) -> SupportCase:
        """A new case closed on ``on`` with ``outcome``; plans, opening and assessment stay as they were (P-5).

        Closing a closed case is a :class:`~karjera_core.errors.ValidationError`
        (``case.already_closed``): its closing is part of the past.
        """
        if self.closed is not None:
            fail("$.closed", "case.already_closed", "expected an open case: a closed case cannot be closed again (P-5)")
        return attrs.evolve(self, closed=on, outcome=outcome)


def _reject_case(case: SupportCase) -> None:
    problems = id_problems(case.case_id, "$.case_id", "case.case_id", MAX_CASE_ID)
    if type(case.learner) is not LearnerRef:
        problems.append(Problem(path="$.learner", code="case.learner", message="expected a LearnerRef"))
    problems += _institution_problems(case.institution, "$.institution", "case.institution")
    problems += _level_problems(case.grade, case.course)
    opened_ok = _day_ok(case.opened)
    if not opened_ok:
        problems.append(Problem(path="$.opened", code="case.opened", message=_MESSAGE_DATE))
    if type(case.assessment) is not RiskAssessment:
        problems.append(Problem(path="$.assessment", code="case.assessment", message="expected a RiskAssessment"))
    elif opened_ok and case.assessment.assessed_on > case.opened:
        problems.append(
            Problem(
                path="$.assessment.assessed_on",
                code="case.assessed_after_opening",
                message="expected the assessment on or before the opening day (P-5)",
            )
        )
    problems += _tuple_problems(case.plans, SupportPlan, "$.plans", "case.plans", "SupportPlan")
    if case.closed is not None:
        if not _day_ok(case.closed):
            problems.append(Problem(path="$.closed", code="case.closed", message=_MESSAGE_DATE))
        elif opened_ok and case.closed < case.opened:
            problems.append(
                Problem(
                    path="$.closed",
                    code="case.closed_before_opening",
                    message="expected the closing day on or after the opening day",
                )
            )
    if case.outcome is not None and type(case.outcome) is not CaseOutcome:
        problems.append(Problem(path="$.outcome", code="case.outcome", message="expected None or a CaseOutcome"))
    if (case.closed is None) != (case.outcome is None):
        problems.append(
            Problem(
                path="$.outcome",
                code="case.outcome_without_closing",
                message="expected an outcome exactly when the case is closed (P-5)",
            )
        )
    raise_problems(problems)


def _level_problems(grade: object, course: object) -> list[Problem]:
    problems: list[Problem] = []
    if grade is not None and type(grade) is not Grade:
        problems.append(Problem(path="$.grade", code="case.grade", message="expected None or a Grade"))
    if course is not None and type(course) is not VocationalCourse:
        problems.append(Problem(path="$.course", code="case.course", message="expected None or a VocationalCourse"))
    if (grade is None) == (course is None):
        problems.append(
            Problem(path="$.grade", code="case.level", message="expected exactly one of grade and course (O-5)")
        )
    return problems


# ---------------------------------------------------------------- checks (P-1, P-4, P-5, F-4)


def check_case(case: SupportCase, *, rules: EligibilityRules | None = None) -> tuple[Violation, ...]:
    """Every rule ``case`` breaks that needs a date or the project; empty when it complies.

    * P-1 ``case.not_eligible`` -- the learner's level is not eligible on the opening day;
    * P-5 ``case.outside_project`` -- the project is not active on the opening
      day, as its end was known that day (F-4);
    * P-5 ``plan.before_opening`` -- a plan's semester ends, or the plan was
      drawn up, before the case opened;
    * P-5 ``plan.after_close`` -- a plan's semester starts, or the plan was
      drawn up, after the case closed;
    * P-5 ``plan.after_project_end`` -- a plan's semester starts after the
      project's end as known on the day the plan was drawn up (F-4);
    * P-1 ``plan.not_eligible`` -- the learner's level is not eligible on the
      first day of the plan's semester on which the case is open (the level is
      the one recorded at opening);
    * P-4 ``plan.duplicate_semester`` -- more than one plan for a semester
      (each of them is reported).

    Paths are in the terms of the case (``$.plans[2].semester``).

    >>> from karjera_core.education import Grade
    >>> from karjera_core.time import SchoolYear
    >>> early = SupportCase(case_id="C-1", learner=LearnerRef("L-1"), institution="9000000001", grade=Grade(4),
    ...     opened=date(2020, 9, 1), assessment=RiskAssessment(assessed_on=date(2020, 9, 1),
    ...     factors=(RiskFactor(group=RiskGroup.FAMILY, description="bieža dzīvesvietas maiņa"),)))
    >>> [(v.code, v.rule, v.path) for v in check_case(early)]
    [('case.not_eligible', 'P-1', '$.opened')]
    """
    problems: list[Problem] = []
    if type(case) is not SupportCase:
        problems.append(Problem(path="$.case", code="pumpurs.case", message="expected a SupportCase"))
    chosen = _rules_or_default(rules, problems)
    if problems:
        raise ValidationError(problems)
    return tuple(_case_violations(case, chosen, ROOT))


def _case_violations(case: SupportCase, rules: EligibilityRules, root: str) -> Iterator[Violation]:
    level, opened, closed = case.level, case.opened, case.closed
    if not _level_admitted(rules, level, opened):
        yield Violation(
            code="case.not_eligible",
            rule="P-1",
            message=f"expected a grade or course eligible on the opening day; {level} is not",
            path=f"{root}.opened",
        )
    if not rules.project_active_on(opened):
        yield Violation(
            code="case.outside_project",
            rule="P-5",
            message="expected the case to open while the project is active, as its end was known that day (F-4)",
            path=f"{root}.opened",
        )
    counts: dict[Semester, int] = {}
    for plan in case.plans:
        counts[plan.semester] = counts.get(plan.semester, 0) + 1
    for index, plan in enumerate(case.plans):
        path = f"{root}.plans[{index}]"
        semester = plan.semester
        if semester.end < opened or plan.drawn_up < opened:
            yield Violation(
                code="plan.before_opening",
                rule="P-5",
                message="expected the plan's semester and the day it was drawn up not before the case opened",
                path=f"{path}.semester",
            )
        if closed is not None and (semester.start > closed or plan.drawn_up > closed):
            yield Violation(
                code="plan.after_close",
                rule="P-5",
                message="expected the plan's semester to start and the plan to be drawn up by the day the case closed",
                path=f"{path}.semester",
            )
        end = rules.project.end_on(as_of=plan.drawn_up)
        if end is not None and semester.start > end:
            yield Violation(
                code="plan.after_project_end",
                rule="P-5",
                message=f"expected no support after the project's end {end.isoformat()}, as known on the plan's date",
                path=f"{path}.semester",
            )
        if not _level_admitted(rules, level, max(semester.start, opened)):
            yield Violation(
                code="plan.not_eligible",
                rule="P-1",
                message=f"expected a grade or course eligible in {semester}; {level} is not",
                path=f"{path}.semester",
            )
        if counts[semester] > 1:
            yield Violation(
                code="plan.duplicate_semester",
                rule="P-4",
                message=f"expected one plan per semester; {semester} has {counts[semester]}",
                path=f"{path}.semester",
            )


def _cases_tuple(cases: object, problems: list[Problem]) -> tuple[SupportCase, ...]:
    """``cases`` as a tuple of cases, or the problems that make it none."""
    if isinstance(cases, (str, bytes, dict)) or not isinstance(cases, Iterable):
        problems.append(Problem(path="$.cases", code="pumpurs.cases", message="expected an iterable of SupportCase"))
        return ()
    found = tuple(cases)
    problems += [
        Problem(path=f"$.cases[{index}]", code="pumpurs.cases", message="expected a SupportCase")
        for index, case in enumerate(found)
        if type(case) is not SupportCase
    ]
    return found


def check_cases(cases: Iterable[SupportCase], *, rules: EligibilityRules | None = None) -> tuple[Violation, ...]:
    """Every violation of :func:`check_case` in each of ``cases``, and of the rules across cases.

    * P-5 ``case.duplicate_id`` -- two or more cases share a case id (each is reported).

    Paths start with the case id (``$['C-1'].plans[0].semester``), and the
    result is sorted, so it does not depend on the order of ``cases``.

    >>> check_cases([])
    ()
    """
    problems: list[Problem] = []
    found = _cases_tuple(cases, problems)
    chosen = _rules_or_default(rules, problems)
    if problems:
        raise ValidationError(problems)
    ids: dict[str, int] = {}
    for case in found:
        ids[case.case_id] = ids.get(case.case_id, 0) + 1
    violations: list[Violation] = []
    for case in found:
        root = f"$[{case.case_id!r}]"
        violations.extend(_case_violations(case, chosen, root))
        if ids[case.case_id] > 1:
            violations.append(
                Violation(
                    code="case.duplicate_id",
                    rule="P-5",
                    message=f"expected each case id once; {ids[case.case_id]} cases share it",
                    path=f"{root}.case_id",
                )
            )
    return tuple(sorted(violations, key=lambda v: (v.path, v.code, v.rule, v.message)))


# ---------------------------------------------------------------- participating institutions (P-2)

#: The longest coordinator id accepted.
MAX_COORDINATOR = 64


@attrs.frozen(kw_only=True)
class ParticipatingInstitution:
    """An institution taking part in PuMPuRS for a period, with its project coordinator (P-2).

    ``institution`` is the registration number (O-3); ``coordinator`` the
    coordinator's pseudonymous person id (P-7: never a name or a personal
    code); ``period`` the days the institution takes part.  [004] reports 12
    participating institutions in Jelgava novads.

    >>> school = ParticipatingInstitution(institution="9000000001", coordinator="koord-1",
    ...                                   period=DateRange(start=date(2017, 9, 1), end=date(2023, 12, 31)))
    >>> school.participates_on(date(2020, 10, 1))
    True
    """

    institution: str
    coordinator: str
    period: DateRange

    def __attrs_post_init__(self) -> None:
        if not (
            _institution_ok(self.institution)
            and id_ok(self.coordinator, MAX_COORDINATOR)
            and type(self.period) is DateRange
        ):
            _reject_participation(self)

    def participates_on(self, day: date) -> bool:
        """True when ``day`` is in the participation period."""
        return day in self.period


def _reject_participation(entry: ParticipatingInstitution) -> None:
    problems = _institution_problems(entry.institution, "$.institution", "participation.institution")
    problems += id_problems(entry.coordinator, "$.coordinator", "coordinator", MAX_COORDINATOR)
    if type(entry.period) is not DateRange:
        problems.append(Problem(path="$.period", code="participation.period", message="expected a DateRange"))
    raise_problems(problems)


def _participation_tuple(institutions: object, problems: list[Problem]) -> tuple[ParticipatingInstitution, ...]:
    if isinstance(institutions, (str, bytes, dict)) or not isinstance(institutions, Iterable):
        problems.append(
            Problem(
                path="$.institutions",
                code="pumpurs.institutions",
                message="expected an iterable of ParticipatingInstitution",
            )
        )
        return ()
    found = tuple(institutions)
    problems += [
        Problem(
            path=f"$.institutions[{index}]", code="pumpurs.institutions", message="expected a ParticipatingInstitution"
        )
        for index, entry in enumerate(found)
        if type(entry) is not ParticipatingInstitution
    ]
    return found


def participating_on(institutions: Iterable[ParticipatingInstitution], day: date) -> tuple[str, ...]:
    """The registration numbers of the institutions taking part on ``day``, sorted (P-2).

    >>> from karjera_core.examples import example_participation_jelgava_2020
    >>> len(participating_on(example_participation_jelgava_2020(), date(2020, 10, 1)))
    12
    """
    problems: list[Problem] = []
    found = _participation_tuple(institutions, problems)
    problems += _day_problems(day, "$.day", "pumpurs.on")
    if problems:
        raise ValidationError(problems)
    return tuple(sorted({entry.institution for entry in found if entry.participates_on(day)}))


def check_participation(
    cases: Iterable[SupportCase], institutions: Iterable[ParticipatingInstitution]
) -> tuple[Violation, ...]:
    """Support given where the project was not, and institutions with two coordinators at once (P-2).

    * ``plan.institution_not_participating`` -- a plan drawn up on a day its
      case's institution is not participating;
    * ``participation.overlapping`` -- one institution listed twice for
      overlapping periods, so it would have two coordinators at once.

    Paths name the case id or the institution; the result is sorted, so it
    does not depend on the order of the input.

    >>> from karjera_core.examples import example_cases_jelgava_2020, example_participation_jelgava_2020
    >>> check_participation(example_cases_jelgava_2020(), example_participation_jelgava_2020())
    ()
    """
    problems: list[Problem] = []
    found_cases = _cases_tuple(cases, problems)
    found = _participation_tuple(institutions, problems)
    if problems:
        raise ValidationError(problems)
    by_institution: dict[str, list[ParticipatingInstitution]] = {}
    for entry in found:
        by_institution.setdefault(entry.institution, []).append(entry)
    violations: list[Violation] = []
    for number, entries in by_institution.items():
        ordered = sorted(entries, key=lambda e: e.period.start)
        for first, second in pairwise(ordered):
            if first.period.overlaps(second.period):
                violations.append(
                    Violation(
                        code="participation.overlapping",
                        rule="P-2",
                        message=f"expected one coordinator at a time; two entries overlap from {second.period.start}",
                        path=f"$.institutions[{number!r}]",
                    )
                )
    for case in found_cases:
        entries = by_institution.get(case.institution, [])
        for index, plan in enumerate(case.plans):
            if not any(entry.participates_on(plan.drawn_up) for entry in entries):
                violations.append(
                    Violation(
                        code="plan.institution_not_participating",
                        rule="P-2",
                        message=f"expected the case's institution to take part in the project on {plan.drawn_up}",
                        path=f"$[{case.case_id!r}].plans[{index}]",
                    )
                )
    return tuple(sorted(violations, key=lambda v: (v.path, v.code, v.rule, v.message)))


# ---------------------------------------------------------------- semester figures (P-6)


def _sorted_refs(refs: Iterable[LearnerRef]) -> tuple[LearnerRef, ...]:
    return tuple(sorted(set(refs), key=lambda ref: ref.value))


def _refs_ok(refs: object) -> bool:
    """True for a tuple of distinct learner refs in increasing order."""
    if not _tuple_of(refs, LearnerRef):
        return False
    assert isinstance(refs, tuple)
    return all(a.value < b.value for a, b in pairwise(refs))


_LEARNER_FIELDS = ("consultative_learners", "meal_learners", "item_learners")


@attrs.frozen(kw_only=True)
class InstitutionFigures:
    """The learners one institution supported in a semester (P-6).

    Learner tuples hold distinct :class:`~karjera_core.privacy.LearnerRef`
    values in increasing order.  ``supported_learners`` -- learners with any
    support (at least one); the others, each a part of it: consultative
    support, meal compensation, individual-use items.  The counts are
    :attr:`learners`, :attr:`consultative`, :attr:`meals` and :attr:`items`.
    Learners are kept, not only counted, so that figures merge exactly (I-4).

    >>> a, b = LearnerRef("a"), LearnerRef("b")
    >>> f = InstitutionFigures(institution="9000000001", supported_learners=(a, b),
    ...                        consultative_learners=(a,), meal_learners=(a, b))
    >>> f.learners, f.consultative, f.meals, f.items
    (2, 1, 2, 0)
    """

    institution: str
    supported_learners: tuple[LearnerRef, ...]
    consultative_learners: tuple[LearnerRef, ...] = ()
    meal_learners: tuple[LearnerRef, ...] = ()
    item_learners: tuple[LearnerRef, ...] = ()

    def __attrs_post_init__(self) -> None:
        supported = self.supported_learners
        if not (
            _institution_ok(self.institution)
            and _refs_ok(supported)
            and supported
            and all(_refs_ok(getattr(self, name)) for name in _LEARNER_FIELDS)
            and set(supported).issuperset(chain.from_iterable(getattr(self, name) for name in _LEARNER_FIELDS))
        ):
            _reject_institution_figures(self)

    @property
    def learners(self) -> int:
        """Distinct learners with any support."""
        return len(self.supported_learners)

    @property
    def consultative(self) -> int:
        """Distinct learners with consultative support."""
        return len(self.consultative_learners)

    @property
    def meals(self) -> int:
        """Distinct learners with meal compensation."""
        return len(self.meal_learners)

    @property
    def items(self) -> int:
        """Distinct learners with individual-use items."""
        return len(self.item_learners)

    def merge(self, other: InstitutionFigures) -> InstitutionFigures:
        """The figures of both parts of the same institution's cases: learners are united, never double counted."""
        if type(other) is not InstitutionFigures or other.institution != self.institution:
            fail("$.other", "figures.institution_mismatch", "expected InstitutionFigures of the same institution")
        return _institution_figures(
            self.institution,
            *((*getattr(self, name), *getattr(other, name)) for name in ("supported_learners", *_LEARNER_FIELDS)),
        )


def _institution_figures(
    institution: str,
    supported: Iterable[LearnerRef],
    consultative: Iterable[LearnerRef],
    meals: Iterable[LearnerRef],
    items: Iterable[LearnerRef],
) -> InstitutionFigures:
    return InstitutionFigures(
        institution=institution,
        supported_learners=_sorted_refs(supported),
        consultative_learners=_sorted_refs(consultative),
        meal_learners=_sorted_refs(meals),
        item_learners=_sorted_refs(items),
    )


def _reject_institution_figures(figures: InstitutionFigures) -> None:
    problems = _institution_problems(figures.institution, "$.institution", "figures.institution")
    message = "expected a tuple of distinct LearnerRef in increasing order"
    supported = figures.supported_learners
    if not _refs_ok(supported):
        problems.append(Problem(path="$.supported_learners", code="figures.learners", message=message))
    elif not supported:
        problems.append(
            Problem(
                path="$.supported_learners",
                code="figures.no_learners",
                message="expected at least one supported learner",
            )
        )
    for name in _LEARNER_FIELDS:
        value = getattr(figures, name)
        if not _refs_ok(value):
            problems.append(Problem(path=f"$.{name}", code="figures.learners", message=message))
        elif _refs_ok(supported) and not set(supported).issuperset(value):
            problems.append(
                Problem(
                    path=f"$.{name}",
                    code="figures.not_supported",
                    message="expected only learners among the supported learners",
                )
            )
    raise_problems(problems)


@attrs.frozen(kw_only=True)
class SemesterFigures:
    """PuMPuRS figures of one semester (P-6): distinct learners per kind of support, in total and per institution.

    ``by_institution`` -- one :class:`InstitutionFigures` per institution with
    any support, in increasing order of registration number.  The totals
    (:attr:`consultative`, :attr:`meals`, :attr:`items`, :attr:`learners`)
    count each learner once, even one supported by two institutions in the
    semester; :attr:`institutions` counts institutions with any support.

    Mergeable (I-4): ``a + b`` (or ``a.merge(b)``) gives the figures of the
    cases of both, for any split of the cases -- by institution, by region,
    in chunks -- because learners are united, not counts added.  Both must be
    of the same semester.

    >>> from karjera_core.time import SchoolYear
    >>> empty = SemesterFigures(semester=Semester(school_year=SchoolYear(2020), number=1))
    >>> empty.consultative, empty.meals, empty.items, empty.institutions
    (0, 0, 0, 0)
    """

    semester: Semester
    by_institution: tuple[InstitutionFigures, ...] = ()

    def __attrs_post_init__(self) -> None:
        parts = self.by_institution
        if not (
            type(self.semester) is Semester and _tuple_of(parts, InstitutionFigures) and _institutions_in_order(parts)
        ):
            _reject_semester_figures(self)

    def _total(self, name: str) -> int:
        learners: set[LearnerRef] = set()
        for part in self.by_institution:
            learners.update(getattr(part, name))
        return len(learners)

    @property
    def learners(self) -> int:
        """Distinct learners with any support."""
        return self._total("supported_learners")

    @property
    def consultative(self) -> int:
        """Distinct learners with consultative support."""
        return self._total("consultative_learners")

    @property
    def meals(self) -> int:
        """Distinct learners with meal compensation."""
        return self._total("meal_learners")

    @property
    def items(self) -> int:
        """Distinct learners with individual-use items."""
        return self._total("item_learners")

    @property
    def institutions(self) -> int:
        """Distinct institutions with any support."""
        return len(self.by_institution)

    def institution(self, registration_number: str) -> InstitutionFigures | None:
        """The figures of one institution; ``None`` when it gave no support in the semester."""
        for part in self.by_institution:
            if part.institution == registration_number:
                return part
        return None

    def merge(self, other: SemesterFigures) -> SemesterFigures:
        """The figures of the cases of both (I-4); a ValidationError unless both are of the same semester."""
        if type(other) is not SemesterFigures or other.semester != self.semester:
            fail("$.other", "figures.semester_mismatch", "expected SemesterFigures of the same semester")
        merged: dict[str, InstitutionFigures] = {part.institution: part for part in self.by_institution}
        for part in other.by_institution:
            mine = merged.get(part.institution)
            merged[part.institution] = part if mine is None else mine.merge(part)
        return SemesterFigures(semester=self.semester, by_institution=tuple(merged[key] for key in sorted(merged)))

    def __add__(self, other: SemesterFigures) -> SemesterFigures:
        return self.merge(other)


def _institutions_in_order(parts: tuple[InstitutionFigures, ...]) -> bool:
    return all(a.institution < b.institution for a, b in pairwise(parts))


def _reject_semester_figures(figures: SemesterFigures) -> None:
    problems: list[Problem] = []
    if type(figures.semester) is not Semester:
        problems.append(Problem(path="$.semester", code="figures.semester", message="expected a Semester"))
    parts = _tuple_problems(
        figures.by_institution, InstitutionFigures, "$.by_institution", "figures.by_institution", "InstitutionFigures"
    )
    if not parts and not _institutions_in_order(figures.by_institution):
        parts.append(
            Problem(
                path="$.by_institution",
                code="figures.institution_order",
                message="expected one entry per institution, in increasing order of registration number",
            )
        )
    raise ValidationError(problems + parts)


def semester_figures(cases: Iterable[SupportCase], semester: Semester) -> SemesterFigures:
    """The PuMPuRS figures of ``semester`` (P-6) from the plans of ``cases`` for that semester.

    A learner counts for consultative support when a plan of theirs for the
    semester has any consultative measure; for meals and items when it has
    meal compensation or individual-use items.  Plans count as recorded: run
    :func:`check_cases` to find plans that break the rules.

    >>> from karjera_core.programmes._pumpurs_example import example_cases_jelgava_2020
    >>> from karjera_core.time import SchoolYear
    >>> autumn = semester_figures(example_cases_jelgava_2020(), Semester(school_year=SchoolYear(2020), number=1))
    >>> autumn.consultative, autumn.meals, autumn.items, autumn.institutions
    (310, 171, 6, 12)
    """
    problems: list[Problem] = []
    found = _cases_tuple(cases, problems)
    if type(semester) is not Semester:
        problems.append(Problem(path="$.semester", code="pumpurs.semester", message="expected a Semester"))
    if problems:
        raise ValidationError(problems)
    tallies: dict[str, tuple[set[LearnerRef], set[LearnerRef], set[LearnerRef], set[LearnerRef]]] = {}
    for case in found:
        for plan in case.plans:
            if plan.semester != semester:
                continue
            supported, consultative, meals, items = tallies.setdefault(case.institution, (set(), set(), set(), set()))
            supported.add(case.learner)
            if plan.has_consultative:
                consultative.add(case.learner)
            if plan.has(EconomicKind.MEAL_COMPENSATION):
                meals.add(case.learner)
            if plan.has(EconomicKind.PERSONAL_ITEMS):
                items.add(case.learner)
    return SemesterFigures(
        semester=semester,
        by_institution=tuple(_institution_figures(key, *tallies[key]) for key in sorted(tallies)),
    )
