"""Career support in general and vocational schools: ESF project 8.3.5.0/16/I/001 (rules C-1 ... C-10).

VIAA runs the project; a municipality joins it by an :class:`Agreement` and
nominates pilot schools (C-1).  This module holds the agreement and its
parameters, the people and their loads, the municipal plan and obligations,
the compliance checks and the reach figures.  Events and their figures (C-9)
are in the same namespace (defined in ``_career_events``).

Every rule that differs between municipalities or over time is a parameter
object with the brief's defaults, replaceable by the caller:

* :class:`PilotRequirements` -- at least 1 minority-programme institution and
  6 general institutions in 2016/2017 (C-2);
* :class:`QualificationRules` -- MK No. 662 (2014), then MK No. 569 (2018) (C-3);
* :class:`RatioSchedule` -- one consultant per 700 learners, per 600 from 2020 (C-4);
* :class:`LoadBounds` -- at least 0.3 FTE per consultant in a school, at most
  6 FTE in all pilot schools together (C-5);
* :class:`TrainingRequirement` -- taking part in VIAA's further education (C-6).

The compliance checks return every :class:`~karjera_core.errors.Violation`
at once, in a fixed order that does not depend on the order of the input;
their paths name things by id (``$.assignments[c01@4500000001]``), never by
position.

>>> required_load(1000, on=date(2017, 10, 1))
Decimal('1.43')
>>> required_load(600, on=date(2020, 10, 1))
Decimal('1.00')
"""

from __future__ import annotations

import bisect
import enum
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import attrs

from karjera_core._enums import LabelledEnum
from karjera_core.education import Institution, InstitutionKind, LearnerCount, total_learners
from karjera_core.errors import Problem, ValidationError, Violation, fail
from karjera_core.funding import Regulation
from karjera_core.privacy import id_problems, raise_problems, text_ok, text_problems
from karjera_core.programmes._career_events import (
    CareerEvent,
    EventFigures,
    EventKind,
    EventPartner,
    GradeParticipants,
    OrganiserLevel,
    PartnerKind,
    event_figures,
)
from karjera_core.programmes._career_fields import (
    PLACES,
    all_of,
    check_instance,
    check_on,
    day_ok,
    day_problems,
    decimal_ok,
    decimal_problem,
    fte,
    fte_ok,
    int_ok,
    int_problem,
    items,
    person_id_ok,
    registration_ok,
    registration_problem,
    round_fraction,
    sort_violations,
    tuple_of,
    two_places,
    type_problem,
)
from karjera_core.programmes._career_indicators import (
    career_event_id,
    career_support_facts,
    career_support_indicators,
)
from karjera_core.time import DateRange, SchoolYear, check_day

__all__ = [
    "CAREER_SUPPORT_PERIOD",
    "DEFAULT_QUALIFICATION_RULES",
    "DEFAULT_RATIO_SCHEDULE",
    "MK_569_2018",
    "MK_662_2014",
    "Agreement",
    "CareerEvent",
    "CareerSupportPlan",
    "Consultant",
    "ConsultantAssignment",
    "EventFigures",
    "EventKind",
    "EventPartner",
    "GeneralProgrammeKind",
    "GradeParticipants",
    "LoadBounds",
    "Obligation",
    "ObligationEvidence",
    "OrganiserLevel",
    "PartnerKind",
    "PilotRequirements",
    "PilotSchool",
    "PlanAspect",
    "QualificationRecord",
    "QualificationRule",
    "QualificationRules",
    "RatioPolicy",
    "RatioSchedule",
    "RatioStep",
    "RoundingMode",
    "TrainingRecord",
    "TrainingRequirement",
    "career_event_id",
    "career_support_facts",
    "career_support_indicators",
    "check_agreement",
    "check_loads",
    "check_obligations",
    "check_pilot_set",
    "check_plan",
    "check_qualifications",
    "check_required_loads",
    "check_training",
    "consultant_count",
    "event_figures",
    "institutions_supported",
    "learners_reached",
    "pilot_school_count",
    "qualified_on",
    "required_load",
    "teachers_trained",
    "total_load",
]

#: The longest pseudonymous person id accepted (P-7: never a name or a personal code).
MAX_PERSON_ID = 64
#: The longest name, title or note accepted.
MAX_TEXT = 500
#: The largest learner count :func:`required_load` accepts: far above any school or the whole country.
MAX_LEARNERS = 10_000_000
#: The most a single assignment may load one consultant in one school: one full-time post (1.0 FTE).
MAX_ASSIGNMENT_LOAD = Decimal("1.00")
_ZERO = Decimal(0)
#: The largest total load a :class:`LoadBounds` cap may name.
MAX_TOTAL_LOAD = Decimal("10000.00")
#: The most training hours one record may hold.
MAX_TRAINING_HOURS = Decimal("10000.00")

#: The project period as [000] states it: "2016.gada 4.ceturksnis - 2020.gada decembris" (F-4 keeps later extensions).
CAREER_SUPPORT_PERIOD = DateRange(start=date(2016, 10, 1), end=date(2020, 12, 31))


def _label(member: enum.Enum, labels: dict[str, str]) -> str:
    return labels[member.value]


# ================================================================ C-4: the ratio schedule


class RatioPolicy(LabelledEnum):
    """How the ratio is read between two published points of a :class:`RatioSchedule` (C-4)."""

    #: The earlier point's value stays in force until the next point (the default).
    STEP = "step", "pakāpeniski"
    #: The value moves in a straight line, day by day, from one point to the next.
    LINEAR = "linear", "lineāri"


class RoundingMode(LabelledEnum):
    """How a required load is rounded (C-4); the values are the :mod:`decimal` module's names."""

    HALF_UP = "ROUND_HALF_UP", "līdz tuvākajam, pusi uz augšu"
    HALF_EVEN = "ROUND_HALF_EVEN", "līdz tuvākajam, pusi uz pāra ciparu"
    HALF_DOWN = "ROUND_HALF_DOWN", "līdz tuvākajam, pusi uz leju"
    UP = "ROUND_UP", "uz augšu"
    DOWN = "ROUND_DOWN", "uz leju"


#: The most learners per consultant a step may name.
MAX_RATIO = 100_000


@attrs.frozen(kw_only=True)
class RatioStep:
    """A published point of the ratio: from ``start`` on, one consultant per ``learners_per_consultant`` (C-4).

    >>> RatioStep(start=date(2020, 1, 1), learners_per_consultant=600).learners_per_consultant
    600
    """

    start: date
    learners_per_consultant: int

    def __attrs_post_init__(self) -> None:
        if not (day_ok(self.start) and int_ok(self.learners_per_consultant, 1, MAX_RATIO)):
            raise ValidationError(
                [
                    *day_problems(self.start, "$.start"),
                    *int_problem(
                        self.learners_per_consultant,
                        "$.learners_per_consultant",
                        "ratio.learners_per_consultant",
                        1,
                        MAX_RATIO,
                        what="the learners per consultant",
                    ),
                ]
            )


@attrs.frozen(kw_only=True)
class RatioSchedule:
    """The dated ratio of learners per consultant and how a required load is rounded (C-4).

    ``steps`` are the published points in strictly increasing order of
    ``start``.  Before the first step there is no rule (``ratio.no_rule``).
    With :attr:`RatioPolicy.STEP` the earlier point stays in force until the
    next; with :attr:`RatioPolicy.LINEAR` the ratio moves day by day from one
    point to the next and stays at the last.  A required load is rounded to
    ``places`` decimals (0-6) by ``rounding``.

    >>> steps = (RatioStep(start=date(2017, 1, 1), learners_per_consultant=700),
    ...          RatioStep(start=date(2017, 1, 11), learners_per_consultant=600))
    >>> step, linear = RatioSchedule(steps=steps), RatioSchedule(steps=steps, policy=RatioPolicy.LINEAR)
    >>> step.ratio_on(date(2017, 1, 6)), linear.ratio_on(date(2017, 1, 6))
    (Fraction(700, 1), Fraction(650, 1))
    >>> linear.required_load(650, on=date(2017, 1, 6)), linear.required_load(650, on=date(2030, 1, 1))
    (Decimal('1.00'), Decimal('1.08'))
    """

    steps: tuple[RatioStep, ...]
    policy: RatioPolicy = RatioPolicy.STEP
    places: int = 2
    rounding: RoundingMode = RoundingMode.HALF_UP

    def __attrs_post_init__(self) -> None:
        steps = self.steps
        if not (
            all_of(steps, RatioStep)
            and steps
            and all(a.start < b.start for a, b in pairwise(steps))
            and type(self.policy) is RatioPolicy
            and int_ok(self.places, 0, 6)
            and type(self.rounding) is RoundingMode
        ):
            _reject_schedule(self)

    def ratio_on(self, day: date) -> Fraction:
        """The learners per consultant in force on ``day``, exactly; ``ratio.no_rule`` before the first step."""
        check_day(day, "$.on")
        steps = self.steps
        index = bisect.bisect_right([s.start for s in steps], day) - 1
        if index < 0:
            fail("$.on", "ratio.no_rule", f"expected a date on or after the first step of the ratio ({steps[0].start})")
        here = steps[index]
        if self.policy is RatioPolicy.STEP or index == len(steps) - 1:
            return Fraction(here.learners_per_consultant)
        following = steps[index + 1]
        span = (following.start - here.start).days
        elapsed = (day - here.start).days
        change = following.learners_per_consultant - here.learners_per_consultant
        return here.learners_per_consultant + Fraction(change * elapsed, span)

    def required_load(self, learners: int, *, on: date) -> Decimal:
        """The FTE ``learners`` require on ``on``: learners divided by the ratio, rounded (C-4)."""
        if not int_ok(learners, 0, MAX_LEARNERS):
            fail("$.learners", "learners.count", f"expected the learners as an int (not a bool) in 0-{MAX_LEARNERS}")
        ratio = self.ratio_on(on)
        return round_fraction(Fraction(learners) / ratio, self.places, self.rounding.value)


def _reject_schedule(schedule: RatioSchedule) -> None:
    problems = tuple_of(schedule.steps, RatioStep, "$.steps", "ratio.steps")
    if not problems:
        if not schedule.steps:
            problems.append(Problem(path="$.steps", code="ratio.steps", message="expected at least one step"))
        for index, (a, b) in enumerate(pairwise(schedule.steps), start=1):
            if not a.start < b.start:
                problems.append(
                    Problem(
                        path=f"$.steps[{index}].start",
                        code="ratio.steps_order",
                        message="expected steps in strictly increasing order of start",
                    )
                )
    problems += type_problem(schedule.policy, RatioPolicy, "$.policy", "ratio.policy")
    problems += int_problem(schedule.places, "$.places", "ratio.places", 0, 6, what="the decimal places")
    problems += type_problem(schedule.rounding, RoundingMode, "$.rounding", "ratio.rounding")
    raise ValidationError(problems)


#: The brief's ratio (C-4): 700 learners per consultant from the project start, 600 from 2020-01-01,
#: the earlier value in force between them; loads rounded to two decimals, half up.
DEFAULT_RATIO_SCHEDULE = RatioSchedule(
    steps=(
        RatioStep(start=CAREER_SUPPORT_PERIOD.start, learners_per_consultant=700),
        RatioStep(start=date(2020, 1, 1), learners_per_consultant=600),
    )
)


def required_load(learners: int, *, on: date, schedule: RatioSchedule | None = None) -> Decimal:
    """The FTE a pilot school with ``learners`` learners requires on ``on`` (C-4).

    Learners divided by the ratio in force on ``on``, rounded by the
    schedule's rule (default :data:`DEFAULT_RATIO_SCHEDULE`: one consultant
    per 700 learners until 2019-12-31, per 600 from 2020-01-01; two decimals,
    half up).  Design choice: the first step applies from the project start
    (2016-10-01); a date before it is a ValidationError ``ratio.no_rule``.
    A negative count, a bool or a non-int is a ValidationError.

    >>> required_load(350, on=date(2017, 10, 1)), required_load(700, on=date(2018, 10, 1))
    (Decimal('0.50'), Decimal('1.00'))
    >>> required_load(350, on=date(2016, 9, 30))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.on: expected a date on or after the first step of the ratio (2016-10-01) [ratio.no_rule]
    """
    if schedule is None:
        schedule = DEFAULT_RATIO_SCHEDULE
    else:
        check_instance(schedule, RatioSchedule, "$.schedule")
    return schedule.required_load(learners, on=on)


# ================================================================ C-5: load bounds


@attrs.frozen(kw_only=True)
class LoadBounds:
    """The load rules of an agreement (C-5): each consultant at least ``minimum`` FTE in a pilot school,
    all pilot schools of the municipality together at most ``total_cap`` FTE.

    Both are Decimals with at most two decimal places, stored with exactly two:
    ``minimum`` above 0 and at most 1.00, ``total_cap`` at least ``minimum``.

    >>> LoadBounds()
    LoadBounds(minimum=Decimal('0.30'), total_cap=Decimal('6.00'))
    >>> LoadBounds(minimum=Decimal("0.5"), total_cap=Decimal("4")).total_cap
    Decimal('4.00')
    """

    minimum: Decimal = Decimal("0.30")
    total_cap: Decimal = Decimal("6.00")

    def __attrs_post_init__(self) -> None:
        minimum, cap = self.minimum, self.total_cap
        if not (
            fte_ok(minimum, maximum=MAX_ASSIGNMENT_LOAD) and fte_ok(cap, maximum=MAX_TOTAL_LOAD) and minimum <= cap
        ):
            problems = decimal_problem(
                minimum,
                "$.minimum",
                "load_bounds.minimum",
                what="the minimum load",
                minimum=Decimal(0),
                maximum=MAX_ASSIGNMENT_LOAD,
                exclusive_minimum=True,
            ) + decimal_problem(
                cap,
                "$.total_cap",
                "load_bounds.total_cap",
                what="the total cap",
                minimum=Decimal(0),
                maximum=MAX_TOTAL_LOAD,
                exclusive_minimum=True,
            )
            if not problems:
                problems.append(
                    Problem(
                        path="$.total_cap",
                        code="load_bounds.cap_below_minimum",
                        message="expected a cap at least the minimum",
                    )
                )
            raise ValidationError(problems)
        object.__setattr__(self, "minimum", two_places(minimum))
        object.__setattr__(self, "total_cap", two_places(cap))


# ================================================================ C-2: pilot set requirements


class GeneralProgrammeKind(LabelledEnum):
    """A kind of general education programme that makes an institution count towards C-2's general minimum."""

    BASIC = "basic", "pamatizglītības programma"
    GENERAL_SECONDARY = "general_secondary", "vispārējās vidējās izglītības programma"


#: The school year of C-2's general minimum in [000]: "2016./2017. mācību gadā".
_REFERENCE_YEAR = SchoolYear(2016)
#: The most institutions a threshold may ask for.
MAX_THRESHOLD = 10_000


@attrs.frozen(kw_only=True)
class PilotRequirements:
    """What a municipality's pilot set must hold (C-2), with [000]'s values as defaults.

    * ``min_minority`` -- pilot institutions implementing a minority education programme (default 1);
    * ``min_general`` -- general education pilot institutions implementing a programme of one of
      ``general_kinds`` (default 6, basic: "basic, or basic plus general secondary");
    * ``reference_year`` -- the school year in which the general minimum applies (default 2016/2017,
      as [000] says); ``None`` applies it in every year.  The minority minimum applies whenever the
      agreement is in force.

    Design choice: one institution may count towards both minimums.

    >>> PilotRequirements().min_general, str(PilotRequirements().reference_year)
    (6, '2016./2017.')
    """

    min_minority: int = 1
    min_general: int = 6
    reference_year: SchoolYear | None = _REFERENCE_YEAR
    general_kinds: tuple[GeneralProgrammeKind, ...] = (GeneralProgrammeKind.BASIC,)

    def __attrs_post_init__(self) -> None:
        kinds = self.general_kinds
        if not (
            int_ok(self.min_minority, 0, MAX_THRESHOLD)
            and int_ok(self.min_general, 0, MAX_THRESHOLD)
            and (self.reference_year is None or type(self.reference_year) is SchoolYear)
            and all_of(kinds, GeneralProgrammeKind)
            and kinds
            and len(set(kinds)) == len(kinds)
        ):
            problems = int_problem(
                self.min_minority,
                "$.min_minority",
                "pilot_requirements.min_minority",
                0,
                MAX_THRESHOLD,
                what="the minimum",
            ) + int_problem(
                self.min_general,
                "$.min_general",
                "pilot_requirements.min_general",
                0,
                MAX_THRESHOLD,
                what="the minimum",
            )
            if self.reference_year is not None:
                problems += type_problem(
                    self.reference_year, SchoolYear, "$.reference_year", "pilot_requirements.reference_year"
                )
            kind_problems = tuple_of(kinds, GeneralProgrammeKind, "$.general_kinds", "pilot_requirements.general_kinds")
            if not kind_problems and (not kinds or len(set(kinds)) != len(kinds)):
                kind_problems.append(
                    Problem(
                        path="$.general_kinds",
                        code="pilot_requirements.general_kinds",
                        message="expected at least one programme kind, none twice",
                    )
                )
            raise ValidationError(problems + kind_problems)


# ================================================================ C-3: qualifications

_TEACHER_QUALIFICATION_TITLE = (
    "Noteikumi par pedagogiem nepieciešamo izglītību un profesionālo kvalifikāciju "
    "un pedagogu profesionālās kompetences pilnveides kārtību"
)
#: Cabinet Regulation No. 662 of 2014-10-28, the qualification rule [000] cites (C-3).
MK_662_2014 = Regulation(number=662, adopted=date(2014, 10, 28), title=_TEACHER_QUALIFICATION_TITLE)
#: Cabinet Regulation No. 569 of 2018-09-11, which replaced No. 662 [pub: likumi.lv id 301572] (C-3).
MK_569_2018 = Regulation(number=569, adopted=date(2018, 9, 11), title=_TEACHER_QUALIFICATION_TITLE)


@attrs.frozen(kw_only=True)
class QualificationRule:
    """The regulation a consultant's qualification must meet from ``start`` on (C-3).

    ``also_accepts`` lists earlier regulations whose recorded qualifications
    still count while this one is in force.  ``start`` is not before the
    regulation's adoption.
    """

    regulation: Regulation
    start: date
    also_accepts: tuple[Regulation, ...] = ()

    def __attrs_post_init__(self) -> None:
        accepts = self.also_accepts
        if not (
            type(self.regulation) is Regulation
            and day_ok(self.start)
            and self.start >= self.regulation.adopted
            and all_of(accepts, Regulation)
            and len(set(accepts)) == len(accepts)
            and self.regulation not in accepts
        ):
            problems = type_problem(self.regulation, Regulation, "$.regulation", "qualification_rule.regulation")
            problems += day_problems(self.start, "$.start")
            if not problems and self.start < self.regulation.adopted:
                problems.append(
                    Problem(
                        path="$.start",
                        code="qualification_rule.before_adoption",
                        message="expected a start on or after the regulation's adoption",
                    )
                )
            accept_problems = tuple_of(accepts, Regulation, "$.also_accepts", "qualification_rule.also_accepts")
            if not accept_problems and (len(set(accepts)) != len(accepts) or self.regulation in accepts):
                accept_problems.append(
                    Problem(
                        path="$.also_accepts",
                        code="qualification_rule.also_accepts",
                        message="expected other regulations than the rule's own, none twice",
                    )
                )
            raise ValidationError(problems + accept_problems)

    @property
    def accepted(self) -> frozenset[Regulation]:
        """The regulations whose recorded qualifications meet this rule."""
        return frozenset((self.regulation, *self.also_accepts))


@attrs.frozen(kw_only=True)
class QualificationRules:
    """Which regulation a consultant's qualification must meet on each date (C-3), as dated steps.

    Each rule is in force from its ``start`` until the next rule's start.
    Before the first rule there is none (``qualification.no_rule``).

    >>> DEFAULT_QUALIFICATION_RULES.rule_on(date(2018, 9, 10)).regulation.number
    662
    >>> DEFAULT_QUALIFICATION_RULES.rule_on(date(2018, 9, 11)).regulation.number
    569
    """

    rules: tuple[QualificationRule, ...]

    def __attrs_post_init__(self) -> None:
        rules = self.rules
        if not (all_of(rules, QualificationRule) and rules and all(a.start < b.start for a, b in pairwise(rules))):
            problems = tuple_of(rules, QualificationRule, "$.rules", "qualification_rules.rules")
            if not problems:
                problems.append(
                    Problem(
                        path="$.rules",
                        code="qualification_rules.order",
                        message="expected at least one rule, in strictly increasing order of start",
                    )
                )
            raise ValidationError(problems)

    def rule_on(self, day: date) -> QualificationRule:
        """The rule in force on ``day``; a ValidationError ``qualification.no_rule`` before the first."""
        check_day(day, "$.on")
        index = bisect.bisect_right([r.start for r in self.rules], day) - 1
        if index < 0:
            fail(
                "$.on",
                "qualification.no_rule",
                f"expected a date on or after the first qualification rule ({self.rules[0].start})",
            )
        return self.rules[index]


#: The brief's qualification rules (C-3).  MK No. 662 applies from its adoption (2014-10-28); MK No. 569
#: from 2018-09-11.  Design choices: the public sources checked did not give No. 569's entry into force,
#: so the switch is dated by its adoption; a qualification recorded against No. 662 still counts under
#: No. 569 (no requalification is known to have been required).  Both are replaceable.
DEFAULT_QUALIFICATION_RULES = QualificationRules(
    rules=(
        QualificationRule(regulation=MK_662_2014, start=MK_662_2014.adopted),
        QualificationRule(regulation=MK_569_2018, start=MK_569_2018.adopted, also_accepts=(MK_662_2014,)),
    )
)


@attrs.frozen(kw_only=True)
class QualificationRecord:
    """A qualification meeting ``regulation``, held from ``obtained`` on (C-3)."""

    regulation: Regulation
    obtained: date

    def __attrs_post_init__(self) -> None:
        if not (type(self.regulation) is Regulation and day_ok(self.obtained)):
            raise ValidationError(
                type_problem(self.regulation, Regulation, "$.regulation", "qualification.regulation")
                + day_problems(self.obtained, "$.obtained")
            )


@attrs.frozen(kw_only=True)
class Consultant:
    """A teacher career consultant ("pedagogs karjeras konsultants") and the qualifications they hold (C-3).

    ``person_id`` is pseudonymous (P-7): at most 64 characters, never a name
    or a personal code.  No qualification is recorded twice.

    >>> degree = QualificationRecord(regulation=MK_662_2014, obtained=date(2010, 6, 20))
    >>> c = Consultant(person_id="c01", qualifications=(degree,))
    >>> qualified_on(c, date(2017, 10, 1)), qualified_on(c, date(2019, 10, 1))
    (True, True)
    """

    person_id: str
    qualifications: tuple[QualificationRecord, ...] = ()

    def __attrs_post_init__(self) -> None:
        quals = self.qualifications
        if not (
            person_id_ok(self.person_id, MAX_PERSON_ID)
            and all_of(quals, QualificationRecord)
            and len(set(quals)) == len(quals)
        ):
            problems = id_problems(self.person_id, "$.person_id", "person_id", MAX_PERSON_ID)
            qual_problems = tuple_of(quals, QualificationRecord, "$.qualifications", "consultant.qualifications")
            if not qual_problems and len(set(quals)) != len(quals):
                qual_problems.append(
                    Problem(
                        path="$.qualifications",
                        code="consultant.qualifications",
                        message="expected no qualification twice",
                    )
                )
            raise_problems(problems + qual_problems)


def _qualified(qualifications: Iterable[QualificationRecord], day: date, rules: QualificationRules) -> bool:
    accepted = rules.rule_on(day).accepted
    return any(q.regulation in accepted and q.obtained <= day for q in qualifications)


def qualified_on(consultant: Consultant, day: date, *, rules: QualificationRules | None = None) -> bool:
    """True when ``consultant`` holds, on ``day``, a qualification the rule in force accepts (C-3).

    A qualification counts from the day it was obtained.  ``rules`` default
    to :data:`DEFAULT_QUALIFICATION_RULES`; a day before the first rule is a
    ValidationError ``qualification.no_rule``.

    >>> record = QualificationRecord(regulation=MK_569_2018, obtained=date(2019, 1, 15))
    >>> late = Consultant(person_id="c02", qualifications=(record,))
    >>> qualified_on(late, date(2018, 10, 1)), qualified_on(late, date(2019, 1, 15))
    (False, True)
    """
    check_instance(consultant, Consultant, "$.consultant")
    rules = _rules(rules)
    return _qualified(consultant.qualifications, check_on(day, "day"), rules)


def _rules(rules: QualificationRules | None) -> QualificationRules:
    if rules is None:
        return DEFAULT_QUALIFICATION_RULES
    return check_instance(rules, QualificationRules, "$.rules")


# ================================================================ C-6: training


#: The longest grace period a :class:`TrainingRequirement` may give, in days.
MAX_GRACE_DAYS = 3660


@attrs.frozen(kw_only=True)
class TrainingRequirement:
    """What C-6 asks of a consultant: having taken part in VIAA's further education.

    A consultant whose first assignment (among those given) began at least
    ``grace_days`` days before the day checked must have at least one training
    record that ended on or before that day, with at least ``min_hours`` hours
    in all.  Design choice: the sources give neither hours nor a deadline, so
    the defaults are "any recorded participation" (``min_hours`` 0.00) within
    the first year (``grace_days`` 365).

    >>> TrainingRequirement()
    TrainingRequirement(min_hours=Decimal('0.00'), grace_days=365)
    """

    min_hours: Decimal = Decimal("0.00")
    grace_days: int = 365

    def __attrs_post_init__(self) -> None:
        hours = self.min_hours
        if not (
            decimal_ok(hours, minimum=Decimal(0), maximum=MAX_TRAINING_HOURS, exclusive_minimum=False)
            and int_ok(self.grace_days, 0, MAX_GRACE_DAYS)
        ):
            raise ValidationError(
                decimal_problem(
                    hours,
                    "$.min_hours",
                    "training_requirement.min_hours",
                    what="the minimum hours",
                    minimum=Decimal(0),
                    maximum=MAX_TRAINING_HOURS,
                    exclusive_minimum=False,
                )
                + int_problem(
                    self.grace_days,
                    "$.grace_days",
                    "training_requirement.grace_days",
                    0,
                    MAX_GRACE_DAYS,
                    what="the grace days",
                )
            )
        object.__setattr__(self, "min_hours", two_places(hours))


@attrs.frozen(kw_only=True)
class TrainingRecord:
    """One person's participation in a further-education course, with dates and hours (C-6).

    ``hours`` is a Decimal above 0 with at most two decimal places (stored with two).

    >>> TrainingRecord(person_id="c01", course="Karjeras atbalsts skolā", start=date(2017, 4, 3),
    ...                end=date(2017, 4, 5), hours=Decimal("24")).hours
    Decimal('24.00')
    """

    person_id: str
    course: str
    start: date
    end: date
    hours: Decimal

    def __attrs_post_init__(self) -> None:
        start, end, hours = self.start, self.end, self.hours
        if not (
            person_id_ok(self.person_id, MAX_PERSON_ID)
            and text_ok(self.course, MAX_TEXT)
            and day_ok(start)
            and day_ok(end)
            and start <= end
            and fte_ok(hours, maximum=MAX_TRAINING_HOURS)
        ):
            problems = id_problems(self.person_id, "$.person_id", "person_id", MAX_PERSON_ID)
            problems += text_problems(self.course, "$.course", "course", MAX_TEXT)
            dates = day_problems(start, "$.start") + day_problems(end, "$.end")
            if not dates and end < start:
                dates.append(
                    Problem(
                        path="$.end", code="period.end_before_start", message="expected an end on or after the start"
                    )
                )
            problems += dates
            problems += decimal_problem(
                hours,
                "$.hours",
                "training.hours",
                what="the hours",
                minimum=Decimal(0),
                maximum=MAX_TRAINING_HOURS,
                exclusive_minimum=True,
            )
            raise_problems(problems)
        object.__setattr__(self, "hours", two_places(hours))


# ================================================================ C-1, C-5: pilot schools and assignments


@attrs.frozen(kw_only=True)
class PilotSchool:
    """An institution nominated as a pilot school ("izmēģinājumskola") for ``period`` (C-1).

    ``registration_number`` is the ten-digit number of the state register (O-3).
    """

    registration_number: str
    period: DateRange

    def __attrs_post_init__(self) -> None:
        if not (registration_ok(self.registration_number) and type(self.period) is DateRange):
            problems = (
                [] if registration_ok(self.registration_number) else [registration_problem("$.registration_number")]
            )
            raise ValidationError(problems + type_problem(self.period, DateRange, "$.period", "pilot_school.period"))


@attrs.frozen(kw_only=True)
class ConsultantAssignment:
    """A consultant's load ("slodze") in one school for a period (C-3, C-5).

    ``consultant`` is the consultant's pseudonymous person id, ``institution``
    the school's ten-digit registration number, ``load`` the FTE (1.0 = one
    full-time post): a Decimal above 0 and at most 1.00, with at most two
    decimal places, stored with exactly two.  Design choice: the constructor
    checks only what is always true; the 0.3 minimum is a parameter of the
    agreement and :func:`check_loads` reports it.

    >>> a = ConsultantAssignment(consultant="c01", institution="4500000001", load=Decimal("0.3"),
    ...                          period=DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31)))
    >>> a.load, a.in_force(date(2018, 1, 10))
    (Decimal('0.30'), True)
    """

    consultant: str
    institution: str
    load: Decimal
    period: DateRange

    def __attrs_post_init__(self) -> None:
        load = self.load
        if (
            person_id_ok(self.consultant, MAX_PERSON_ID)
            and registration_ok(self.institution)
            and type(load) is Decimal
            and load.is_finite()
            and _ZERO < load <= MAX_ASSIGNMENT_LOAD
            and type(self.period) is DateRange
        ):
            fixed = load.quantize(PLACES)
            if fixed == load:
                object.__setattr__(self, "load", fixed)
                return
        _reject_assignment(self)

    def in_force(self, day: date) -> bool:
        """True when ``day`` is in the assignment's period."""
        return day in self.period


def _reject_assignment(assignment: ConsultantAssignment) -> None:
    problems = id_problems(assignment.consultant, "$.consultant", "person_id", MAX_PERSON_ID)
    if not registration_ok(assignment.institution):
        problems.append(registration_problem("$.institution"))
    problems += decimal_problem(
        assignment.load,
        "$.load",
        "load.value",
        what="the load (FTE)",
        minimum=Decimal(0),
        maximum=MAX_ASSIGNMENT_LOAD,
        exclusive_minimum=True,
    )
    problems += type_problem(assignment.period, DateRange, "$.period", "assignment.period")
    raise_problems(problems)


def total_load(assignments: Iterable[ConsultantAssignment], *, on: date) -> Decimal:
    """The sum of the loads of ``assignments`` in force on ``on`` (C-5), with two decimal places.

    >>> p = DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31))
    >>> total_load([ConsultantAssignment(consultant=f"c{i}", institution="4500000001", load=Decimal("0.3"), period=p)
    ...             for i in range(20)], on=date(2017, 10, 1))
    Decimal('6.00')
    """
    found = items(assignments, ConsultantAssignment, "$.assignments")
    day = check_on(on)
    return sum((a.load for a in found if day in a.period), Decimal("0.00"))


# ================================================================ C-1: the agreement


@attrs.frozen(kw_only=True)
class Agreement:
    """A municipality's agreement to take part in the project, with every parameter of its rules (C-1 ... C-6).

    ``municipality`` is the municipality's name; ``signed`` the day the
    agreement was signed (not after the period's end); ``period`` the
    participation period (default: [000]'s project period, 2016 Q4 - December
    2020).  ``pilot_schools`` are the nominated schools, each for a period
    inside the agreement's, no school twice with overlapping periods.  The
    agreement is in force on days in its period from its signing on; its
    ratio schedule and qualification rules must be in force from that first
    day (so its checks always have a rule).

    >>> agreement = Agreement(municipality="Jelgava", signed=date(2017, 2, 24),
    ...     pilot_schools=(PilotSchool(registration_number="4513900001", period=CAREER_SUPPORT_PERIOD),))
    >>> agreement.in_force(date(2017, 2, 23)), agreement.in_force(date(2017, 2, 24))
    (False, True)
    >>> agreement.pilot_schools_on(date(2017, 3, 1))
    ('4513900001',)
    """

    municipality: str
    signed: date
    period: DateRange = CAREER_SUPPORT_PERIOD
    pilot_schools: tuple[PilotSchool, ...] = ()
    requirements: PilotRequirements = PilotRequirements()
    ratio: RatioSchedule = DEFAULT_RATIO_SCHEDULE
    load_bounds: LoadBounds = LoadBounds()
    qualification_rules: QualificationRules = DEFAULT_QUALIFICATION_RULES
    training: TrainingRequirement = TrainingRequirement()

    def __attrs_post_init__(self) -> None:
        period, pilots = self.period, self.pilot_schools
        if not (
            text_ok(self.municipality, MAX_TEXT)
            and day_ok(self.signed)
            and type(period) is DateRange
            and (period.end is None or self.signed <= period.end)
            and all_of(pilots, PilotSchool)
            and all(period.covers(p.period) for p in pilots)
            and not _overlapping_pilots(pilots)
            and type(self.requirements) is PilotRequirements
            and type(self.ratio) is RatioSchedule
            and type(self.load_bounds) is LoadBounds
            and type(self.qualification_rules) is QualificationRules
            and type(self.training) is TrainingRequirement
            and self.ratio.steps[0].start <= self.effective_start
            and self.qualification_rules.rules[0].start <= self.effective_start
        ):
            _reject_agreement(self)

    @property
    def effective_start(self) -> date:
        """The first day the agreement is in force: the later of its signing and its period's start."""
        return max(self.signed, self.period.start)

    def in_force(self, day: date) -> bool:
        """True when the agreement is signed by ``day`` and ``day`` is in its period."""
        check_day(day, "$.on")
        return self.signed <= day and day in self.period

    def pilot_schools_on(self, day: date) -> tuple[str, ...]:
        """The registration numbers of the pilot schools on ``day``, sorted.

        Whether or not the agreement is in force that day.
        """
        check_day(day, "$.on")
        return tuple(sorted({p.registration_number for p in self.pilot_schools if day in p.period}))


def _overlapping_pilots(pilots: tuple[PilotSchool, ...]) -> list[int]:
    """The indexes of pilot schools whose period overlaps an earlier entry of the same school."""
    seen: dict[str, list[DateRange]] = defaultdict(list)
    found: list[int] = []
    for index, pilot in enumerate(pilots):
        earlier = seen[pilot.registration_number]
        if any(pilot.period.overlaps(other) for other in earlier):
            found.append(index)
        earlier.append(pilot.period)
    return found


def _reject_agreement(agreement: Agreement) -> None:
    problems = text_problems(agreement.municipality, "$.municipality", "municipality", MAX_TEXT)
    problems += day_problems(agreement.signed, "$.signed")
    period_problems = type_problem(agreement.period, DateRange, "$.period", "agreement.period")
    problems += period_problems
    period = agreement.period
    if not period_problems and day_ok(agreement.signed) and period.end is not None and agreement.signed > period.end:
        problems.append(
            Problem(
                path="$.signed",
                code="agreement.signed_after_end",
                message="expected the agreement signed by its period's end",
            )
        )
    pilots = agreement.pilot_schools
    pilot_problems = tuple_of(pilots, PilotSchool, "$.pilot_schools", "agreement.pilot_schools")
    if not pilot_problems:
        if not period_problems:
            pilot_problems += [
                Problem(
                    path=f"$.pilot_schools[{index}].period",
                    code="agreement.pilot_outside_period",
                    message="expected a pilot school's period inside the agreement's period",
                )
                for index, pilot in enumerate(pilots)
                if not period.covers(pilot.period)
            ]
        pilot_problems += [
            Problem(
                path=f"$.pilot_schools[{index}]",
                code="agreement.pilot_twice",
                message="expected each school once for any day: its periods overlap",
            )
            for index in _overlapping_pilots(pilots)
        ]
    problems += pilot_problems
    for name, cls in (
        ("requirements", PilotRequirements),
        ("ratio", RatioSchedule),
        ("load_bounds", LoadBounds),
        ("qualification_rules", QualificationRules),
        ("training", TrainingRequirement),
    ):
        problems += type_problem(getattr(agreement, name), cls, f"$.{name}", f"agreement.{name}")
    if not problems:
        start = agreement.effective_start
        if agreement.ratio.steps[0].start > start:
            problems.append(
                Problem(
                    path="$.ratio.steps[0].start",
                    code="agreement.ratio_after_start",
                    message="expected a ratio schedule in force from the day the agreement is (C-4)",
                )
            )
        if agreement.qualification_rules.rules[0].start > start:
            problems.append(
                Problem(
                    path="$.qualification_rules.rules[0].start",
                    code="agreement.qualification_rules_after_start",
                    message="expected qualification rules in force from the day the agreement is (C-3)",
                )
            )
    raise_problems(problems)


# ================================================================ C-7: the plan


class PlanAspect(LabelledEnum):
    """The three aspects the municipal career development support plan must cover (C-7, [000] 1a-1c)."""

    #: (a) the model for implementing career support in supervised general and vocational institutions,
    #: with its monitoring mechanism.
    IMPLEMENTATION_MODEL = (
        "implementation_model",
        "karjeras attīstības atbalsta pasākumu īstenošanas modelis un tā uzraudzības mehānisms",
    )
    #: (b) career support measures in supervised general institutions not in the project.
    NON_PROJECT_SCHOOLS = (
        "non_project_schools",
        "karjeras atbalsta pasākumi projektā neiesaistītajās vispārējās izglītības iestādēs",
    )
    #: (c) cooperation with vocational and higher education institutions, employers, their
    #: professional organisations and social partners.
    COOPERATION = (
        "cooperation",
        "sadarbība ar profesionālās un augstākās izglītības iestādēm, darba devējiem un sociālajiem partneriem",
    )

    @property
    def letter(self) -> str:
        """The aspect's letter in [000]: ``a``, ``b`` or ``c``."""
        return _label(self, {"implementation_model": "a", "non_project_schools": "b", "cooperation": "c"})


@attrs.frozen(kw_only=True)
class CareerSupportPlan:
    """A municipality's career development support plan for a school year (C-7).

    ``aspects`` are the aspects it covers (none twice); ``submitted`` the day
    it was submitted to VIAA, ``due`` the day it was due (both optional).
    :func:`check_plan` says whether it is complete and on time.

    >>> plan = CareerSupportPlan(municipality="Daugavpils", school_year=SchoolYear(2017),
    ...     aspects=tuple(PlanAspect), submitted=date(2017, 9, 29), due=date(2017, 10, 2))
    >>> check_plan(plan, on=date(2017, 12, 4))
    ()
    """

    municipality: str
    school_year: SchoolYear
    aspects: tuple[PlanAspect, ...]
    submitted: date | None = None
    due: date | None = None

    def __attrs_post_init__(self) -> None:
        aspects = self.aspects
        if not (
            text_ok(self.municipality, MAX_TEXT)
            and type(self.school_year) is SchoolYear
            and all_of(aspects, PlanAspect)
            and len(set(aspects)) == len(aspects)
            and (self.submitted is None or day_ok(self.submitted))
            and (self.due is None or day_ok(self.due))
        ):
            problems = text_problems(self.municipality, "$.municipality", "municipality", MAX_TEXT)
            problems += type_problem(self.school_year, SchoolYear, "$.school_year", "plan.school_year")
            aspect_problems = tuple_of(aspects, PlanAspect, "$.aspects", "plan.aspects")
            if not aspect_problems and len(set(aspects)) != len(aspects):
                aspect_problems.append(
                    Problem(path="$.aspects", code="plan.aspects", message="expected no aspect twice")
                )
            problems += aspect_problems
            for name in ("submitted", "due"):
                value = getattr(self, name)
                if value is not None:
                    problems += day_problems(value, f"$.{name}")
            raise_problems(problems)

    @property
    def missing_aspects(self) -> tuple[PlanAspect, ...]:
        """The aspects the plan does not cover, in the order a, b, c."""
        return tuple(a for a in PlanAspect if a not in self.aspects)


def check_plan(plan: CareerSupportPlan, *, on: date) -> tuple[Violation, ...]:
    """What is wrong with ``plan`` as known on ``on`` (C-7).

    * ``plan.incomplete`` -- one for each aspect it does not cover;
    * ``plan.overdue`` -- it has a due date before ``on`` and was not submitted by ``on``;
    * ``plan.submitted_late`` -- it was submitted (by ``on``) after its due date.

    A submission dated after ``on`` has not happened yet as of ``on``.

    >>> late = CareerSupportPlan(municipality="Jelgava", school_year=SchoolYear(2017),
    ...     aspects=(PlanAspect.IMPLEMENTATION_MODEL,), due=date(2017, 10, 2))
    >>> [v.code for v in check_plan(late, on=date(2017, 10, 3))]
    ['plan.incomplete', 'plan.incomplete', 'plan.overdue']
    """
    plan = check_instance(plan, CareerSupportPlan, "$.plan")
    day = check_on(on)
    return sort_violations(_plan_violations(plan, day))


def _plan_violations(plan: CareerSupportPlan, day: date) -> list[Violation]:
    found = [
        Violation(
            code="plan.incomplete",
            rule="C-7",
            message=f"the {plan.school_year} plan does not cover aspect ({aspect.letter}): {aspect.label}",
            path=f"$.aspects[{aspect.value}]",
        )
        for aspect in plan.missing_aspects
    ]
    submitted = plan.submitted if plan.submitted is not None and plan.submitted <= day else None
    due = plan.due
    if due is not None:
        if submitted is None and due < day:
            found.append(
                Violation(
                    code="plan.overdue",
                    rule="C-7",
                    message=f"the {plan.school_year} plan was due on {due} and is not submitted",
                    path="$.submitted",
                )
            )
        elif submitted is not None and submitted > due:
            found.append(
                Violation(
                    code="plan.submitted_late",
                    rule="C-7",
                    message=f"the {plan.school_year} plan was submitted on {submitted}, after its due date {due}",
                    path="$.submitted",
                )
            )
    return found


# ================================================================ C-8: obligations


class Obligation(LabelledEnum):
    """The five obligations of a municipality in the project (C-8, [000])."""

    NOMINATE_PILOT_SCHOOLS = (
        "nominate_pilot_schools",
        "izvirzīt izglītības iestādes, kuras piedalīsies projektā kā pilotskolas",
    )
    ENSURE_ACCESS = "ensure_access", "nodrošināt karjeras atbalsta pieejamību izglītojamajiem"
    SUBMIT_PLAN = "submit_plan", "izstrādāt un iesniegt VIAA karjeras attīstības atbalsta pasākumu plānu"
    ACCUMULATE_DATA = "accumulate_data", "nodrošināt datu uzkrāšanu par sasniegtajiem rezultātiem"
    PUBLISH_INFORMATION = "publish_information", "tīmekļa vietnē ievietot aktuālu informāciju par projekta īstenošanu"


@attrs.frozen(kw_only=True)
class ObligationEvidence:
    """Evidence that ``obligation`` was met, dated ``on``, with a short ``note`` (C-8)."""

    obligation: Obligation
    on: date
    note: str

    def __attrs_post_init__(self) -> None:
        if not (type(self.obligation) is Obligation and day_ok(self.on) and text_ok(self.note, MAX_TEXT)):
            raise_problems(
                type_problem(self.obligation, Obligation, "$.obligation", "evidence.obligation")
                + day_problems(self.on, "$.on")
                + text_problems(self.note, "$.note", "note", MAX_TEXT)
            )


def check_obligations(
    evidence: Iterable[ObligationEvidence], *, on: date, since: date | None = None
) -> tuple[Violation, ...]:
    """The obligations outstanding on ``on``: those with no evidence dated on or before it (C-8).

    ``since`` (optional) counts only evidence dated on or after it, e.g. for
    "current information" in this school year.  Each outstanding obligation
    is one ``obligation.outstanding`` violation.

    >>> done = [ObligationEvidence(obligation=Obligation.NOMINATE_PILOT_SCHOOLS, on=date(2017, 2, 24), note="saraksts")]
    >>> [v.path for v in check_obligations(done, on=date(2017, 3, 1))][:2]
    ['$.obligations[accumulate_data]', '$.obligations[ensure_access]']
    """
    found = items(evidence, ObligationEvidence, "$.evidence")
    day = check_on(on)
    if since is not None:
        check_on(since, "since")
    met = {e.obligation for e in found if e.on <= day and (since is None or since <= e.on)}
    return sort_violations(
        Violation(
            code="obligation.outstanding",
            rule="C-8",
            message=f"no evidence by {day} that the municipality did: {o.label}",
            path=f"$.obligations[{o.value}]",
        )
        for o in Obligation
        if o not in met
    )


# ================================================================ the checks


def _school_path(registration_number: str) -> str:
    return f"$.pilot_schools[{registration_number}]"


def _assignment_path(consultant: str, institution: str) -> str:
    return f"$.assignments[{consultant}@{institution}]"


#: Institutions that count as general education for C-2: [000]'s target group is "vispārējās, tai skaitā
#: speciālās" (general, including special) institutions.
_GENERAL_INSTITUTIONS = frozenset((InstitutionKind.GENERAL, InstitutionKind.SPECIAL))


def _general_kind_ok(institution: Institution, kinds: tuple[GeneralProgrammeKind, ...]) -> bool:
    return (GeneralProgrammeKind.BASIC in kinds and institution.implements_basic) or (
        GeneralProgrammeKind.GENERAL_SECONDARY in kinds and institution.implements_general_secondary
    )


def check_pilot_set(agreement: Agreement, institutions: Iterable[Institution], *, on: date) -> tuple[Violation, ...]:
    """Whether the agreement's pilot set on ``on`` meets its requirements (C-1, C-2).

    ``institutions`` describe the pilot schools (by registration number).
    Nothing is required while the agreement is not in force.  Violations:

    * ``pilot.unknown_institution`` (C-2) -- a pilot school not among ``institutions``;
    * ``pilot.other_municipality`` (C-1) -- a pilot school supervised by another municipality;
    * ``pilot.too_few_minority`` (C-2) -- fewer minority-programme institutions than required;
    * ``pilot.too_few_general`` (C-2) -- fewer general institutions of the required programme
      kinds than required (only in the reference year, when one is set).

    >>> check_pilot_set(Agreement(municipality="Jelgava", signed=date(2017, 2, 24)), [], on=date(2016, 12, 1))
    ()
    """
    agreement = check_instance(agreement, Agreement, "$.agreement")
    known = items(institutions, Institution, "$.institutions")
    day = check_on(on)
    if not agreement.in_force(day):
        return ()
    by_number = {i.registration_number: i for i in known}
    requirements = agreement.requirements
    found: list[Violation] = []
    pilots: list[Institution] = []
    for number in agreement.pilot_schools_on(day):
        institution = by_number.get(number)
        if institution is None:
            found.append(
                Violation(
                    code="pilot.unknown_institution",
                    rule="C-2",
                    message=f"pilot school {number} is not among the institutions given, so it cannot be counted",
                    path=_school_path(number),
                )
            )
            continue
        pilots.append(institution)
        if institution.municipality != agreement.municipality:
            found.append(
                Violation(
                    code="pilot.other_municipality",
                    rule="C-1",
                    message=f"pilot school {number} is supervised by a municipality other than "
                    f"{agreement.municipality}",
                    path=_school_path(number),
                )
            )
    minority = sum(1 for i in pilots if i.implements_minority)
    if minority < requirements.min_minority:
        found.append(
            Violation(
                code="pilot.too_few_minority",
                rule="C-2",
                message=(
                    f"{minority} pilot institution(s) implement a minority education programme on {day}; "
                    f"at least {requirements.min_minority} required"
                ),
                path="$.pilot_schools",
            )
        )
    year = requirements.reference_year
    if year is None or day in year:
        general = sum(
            1 for i in pilots if i.kind in _GENERAL_INSTITUTIONS and _general_kind_ok(i, requirements.general_kinds)
        )
        if general < requirements.min_general:
            kinds = " or ".join(k.value for k in requirements.general_kinds)
            found.append(
                Violation(
                    code="pilot.too_few_general",
                    rule="C-2",
                    message=(
                        f"{general} general education pilot institution(s) implement {kinds} programmes on {day}; "
                        f"at least {requirements.min_general} required"
                    ),
                    path="$.pilot_schools",
                )
            )
    return sort_violations(found)


def check_qualifications(
    consultants: Iterable[Consultant],
    assignments: Iterable[ConsultantAssignment],
    *,
    on: date,
    rules: QualificationRules | None = None,
) -> tuple[Violation, ...]:
    """Whether every consultant with an assignment in force on ``on`` is qualified on that day (C-3).

    A consultant listed more than once holds all the qualifications of the
    entries.  One violation per consultant:

    * ``qualification.unknown_consultant`` -- assigned, but not among ``consultants``;
    * ``qualification.missing`` -- holds no qualification the rule in force accepts.

    ``rules`` default to :data:`DEFAULT_QUALIFICATION_RULES`; a day before
    their first rule is a ValidationError ``qualification.no_rule`` when
    anyone is assigned that day.

    >>> p = DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31))
    >>> a = ConsultantAssignment(consultant="c09", institution="4500000001", load=Decimal("0.3"), period=p)
    >>> [v.code for v in check_qualifications([Consultant(person_id="c09")], [a], on=date(2017, 10, 1))]
    ['qualification.missing']
    """
    people = items(consultants, Consultant, "$.consultants")
    found_assignments = items(assignments, ConsultantAssignment, "$.assignments")
    day = check_on(on)
    rules = _rules(rules)
    held: dict[str, list[QualificationRecord]] = defaultdict(list)
    for person in people:
        held[person.person_id].extend(person.qualifications)
    assigned = sorted({a.consultant for a in found_assignments if day in a.period})
    found: list[Violation] = []
    for person_id in assigned:
        if person_id not in held:
            found.append(
                Violation(
                    code="qualification.unknown_consultant",
                    rule="C-3",
                    message=f"consultant {person_id} is assigned on {day} but not among the consultants given",
                    path=f"$.consultants[{person_id}]",
                )
            )
        elif not _qualified(held[person_id], day, rules):
            found.append(
                Violation(
                    code="qualification.missing",
                    rule="C-3",
                    message=f"consultant {person_id} holds no qualification meeting {rules.rule_on(day).regulation} "
                    f"on {day}",
                    path=f"$.consultants[{person_id}]",
                )
            )
    return sort_violations(found)


def _loads_by_consultant_and_school(
    assignments: tuple[ConsultantAssignment, ...], day: date
) -> dict[tuple[str, str], Decimal]:
    loads: dict[tuple[str, str], Decimal] = defaultdict(lambda: Decimal("0.00"))
    for a in assignments:
        if day in a.period:
            loads[(a.consultant, a.institution)] += a.load
    return loads


def check_loads(
    agreement: Agreement, assignments: Iterable[ConsultantAssignment], *, on: date
) -> tuple[Violation, ...]:
    """Whether the loads in force on ``on`` keep the agreement's bounds (C-5) and place (C-1).

    * ``load.below_minimum`` (C-5) -- a consultant's load in a school (the sum of their
      assignments there on that day) is below ``agreement.load_bounds.minimum``;
    * ``load.total_above_cap`` (C-5) -- the loads in all pilot schools together are above
      ``agreement.load_bounds.total_cap``;
    * ``assignment.not_pilot_school`` (C-1) -- a load in a school that is not a pilot school that day;
    * ``assignment.outside_agreement`` (C-1) -- a load on a day the agreement is not in force.

    >>> from karjera_core.programmes._career_examples import daugavpils_2017_agreement, daugavpils_2017_assignments
    >>> check_loads(daugavpils_2017_agreement(), daugavpils_2017_assignments(), on=date(2017, 12, 4))
    ()
    >>> over = daugavpils_2017_assignments(21)
    >>> [v.code for v in check_loads(daugavpils_2017_agreement(), over, on=date(2017, 12, 4))]
    ['load.total_above_cap']
    """
    agreement = check_instance(agreement, Agreement, "$.agreement")
    found_assignments = items(assignments, ConsultantAssignment, "$.assignments")
    day = check_on(on)
    loads = _loads_by_consultant_and_school(found_assignments, day)
    bounds = agreement.load_bounds
    in_force = agreement.in_force(day)
    pilots = set(agreement.pilot_schools_on(day))
    found: list[Violation] = []
    total = Decimal("0.00")
    for (consultant, institution), load in loads.items():
        path = _assignment_path(consultant, institution)
        if not in_force:
            found.append(
                Violation(
                    code="assignment.outside_agreement",
                    rule="C-1",
                    message=f"consultant {consultant} has a load in {institution} on {day}, "
                    "when the agreement is not in force",
                    path=path,
                )
            )
        if institution not in pilots:
            found.append(
                Violation(
                    code="assignment.not_pilot_school",
                    rule="C-1",
                    message=f"consultant {consultant} has a load in {institution}, "
                    f"which is not a pilot school on {day}",
                    path=path,
                )
            )
        else:
            total += load
        if load < bounds.minimum:
            found.append(
                Violation(
                    code="load.below_minimum",
                    rule="C-5",
                    message=(
                        f"consultant {consultant} has {fte(load)} FTE in {institution} on {day}; "
                        f"at least {fte(bounds.minimum)} FTE required"
                    ),
                    path=path,
                )
            )
    if total > bounds.total_cap:
        found.append(
            Violation(
                code="load.total_above_cap",
                rule="C-5",
                message=(
                    f"the loads in all pilot schools of {agreement.municipality} total {fte(total)} FTE on {day}; "
                    f"the cap is {fte(bounds.total_cap)} FTE"
                ),
                path="$.assignments",
            )
        )
    return sort_violations(found)


#: The largest tolerance :func:`check_required_loads` accepts.
MAX_TOLERANCE = Decimal("100.00")


def _learner_totals(counts: tuple[LearnerCount, ...], year: SchoolYear) -> tuple[dict[str, int], set[str]]:
    """Each institution's learners in ``year`` by :func:`~karjera_core.education.total_learners` (O-5).

    Also the institutions whose counts would count learners twice (a whole
    count and per-grade counts, or one grade twice): they get no total.
    Linear: the counts are grouped by institution first.
    """
    groups: dict[str, list[LearnerCount]] = defaultdict(list)
    for count in counts:
        if count.school_year == year:
            groups[count.institution].append(count)
    totals: dict[str, int] = {}
    conflicting: set[str] = set()
    for number, group in groups.items():
        try:
            totals[number] = total_learners(group, institution=number, school_year=year)
        except ValidationError:
            conflicting.add(number)
    return totals, conflicting


def check_required_loads(
    agreement: Agreement,
    assignments: Iterable[ConsultantAssignment],
    learner_counts: Iterable[LearnerCount],
    *,
    on: date,
    tolerance: Decimal = Decimal("0.00"),
) -> tuple[Violation, ...]:
    """Whether each pilot school's load on ``on`` matches what its learners require (C-4).

    A school's required load is :meth:`RatioSchedule.required_load` of the
    agreement's ratio for its learners in the school year containing ``on``
    (its whole count, or the sum of its per-grade counts); its
    assigned load is the sum of its assignments in force on ``on``.
    ``tolerance`` (a Decimal, default 0.00) is the difference allowed either
    way.  Nothing is required while the agreement is not in force.

    * ``load.below_required`` -- the assigned load falls short of the required by more than the tolerance;
    * ``load.above_required`` -- the assigned load exceeds the required by more than the tolerance;
    * ``load.no_learner_count`` -- no learner count for the school and year;
    * ``load.conflicting_learner_counts`` -- counts that would count the school's learners twice
      (a whole count and per-grade counts, or one grade twice; O-5).

    >>> from karjera_core.programmes._career_examples import (daugavpils_2017_agreement,
    ...     daugavpils_2017_assignments, daugavpils_2017_learner_counts)
    >>> check_required_loads(daugavpils_2017_agreement(), daugavpils_2017_assignments(),
    ...     daugavpils_2017_learner_counts(), on=date(2017, 12, 4))
    ()
    """
    agreement = check_instance(agreement, Agreement, "$.agreement")
    found_assignments = items(assignments, ConsultantAssignment, "$.assignments")
    counts = items(learner_counts, LearnerCount, "$.learner_counts")
    day = check_on(on)
    if not decimal_ok(tolerance, minimum=Decimal(0), maximum=MAX_TOLERANCE, exclusive_minimum=False):
        raise ValidationError(
            decimal_problem(
                tolerance,
                "$.tolerance",
                "tolerance.value",
                what="the tolerance",
                minimum=Decimal(0),
                maximum=MAX_TOLERANCE,
                exclusive_minimum=False,
            )
        )
    if not agreement.in_force(day):
        return ()
    year = SchoolYear.containing(day)
    learners, conflicting = _learner_totals(counts, year)
    assigned: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for a in found_assignments:
        if day in a.period:
            assigned[a.institution] += a.load
    found: list[Violation] = []
    for number in agreement.pilot_schools_on(day):
        path = _school_path(number)
        if number in conflicting:
            found.append(
                Violation(
                    code="load.conflicting_learner_counts",
                    rule="C-4",
                    message=f"pilot school {number} has learner counts for {year} "
                    "that would count learners twice (O-5)",
                    path=path,
                )
            )
            continue
        if number not in learners:
            found.append(
                Violation(
                    code="load.no_learner_count",
                    rule="C-4",
                    message=f"pilot school {number} has no learner count for {year}, so its required load is unknown",
                    path=path,
                )
            )
            continue
        required = agreement.ratio.required_load(learners[number], on=day)
        load = assigned[number]
        if load < required - tolerance:
            found.append(
                Violation(
                    code="load.below_required",
                    rule="C-4",
                    message=(
                        f"pilot school {number} has {fte(load)} FTE on {day}; its {learners[number]} learners "
                        f"require {required} FTE"
                    ),
                    path=path,
                )
            )
        elif load > required + tolerance:
            found.append(
                Violation(
                    code="load.above_required",
                    rule="C-4",
                    message=(
                        f"pilot school {number} has {fte(load)} FTE on {day}; its {learners[number]} learners "
                        f"require only {required} FTE"
                    ),
                    path=path,
                )
            )
    return sort_violations(found)


def check_training(
    assignments: Iterable[ConsultantAssignment],
    training_records: Iterable[TrainingRecord],
    *,
    on: date,
    requirement: TrainingRequirement | None = None,
) -> tuple[Violation, ...]:
    """Whether each consultant assigned on ``on`` has taken part in further education (C-6).

    See :class:`TrainingRequirement` (default: any participation within the
    first year).  A consultant's tenure starts at the earliest start of their
    assignments given that began by ``on``.  One ``training.missing``
    violation per consultant who is past the grace period without enough
    training that ended by ``on``.

    >>> p = DateRange(start=date(2017, 3, 1), end=date(2018, 8, 31))
    >>> a = ConsultantAssignment(consultant="c01", institution="4500000001", load=Decimal("0.3"), period=p)
    >>> check_training([a], [], on=date(2018, 2, 28)), [v.code for v in check_training([a], [], on=date(2018, 3, 1))]
    ((), ['training.missing'])
    """
    found_assignments = items(assignments, ConsultantAssignment, "$.assignments")
    records = items(training_records, TrainingRecord, "$.training_records")
    day = check_on(on)
    if requirement is None:
        requirement = TrainingRequirement()
    else:
        check_instance(requirement, TrainingRequirement, "$.requirement")
    tenure: dict[str, date] = {}
    active: set[str] = set()
    for a in found_assignments:
        start = a.period.start
        if start <= day:
            if a.consultant not in tenure or start < tenure[a.consultant]:
                tenure[a.consultant] = start
            if day in a.period:
                active.add(a.consultant)
    hours: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    trained: set[str] = set()
    for r in records:
        if r.end <= day:
            trained.add(r.person_id)
            hours[r.person_id] += r.hours
    found: list[Violation] = []
    for person_id in sorted(active):
        if (day - tenure[person_id]).days < requirement.grace_days:
            continue
        if person_id not in trained or hours[person_id] < requirement.min_hours:
            found.append(
                Violation(
                    code="training.missing",
                    rule="C-6",
                    message=(
                        f"consultant {person_id} has {hours[person_id]} hours of further education by {day}; "
                        f"at least one course and {requirement.min_hours} hours required"
                    ),
                    path=f"$.consultants[{person_id}]",
                )
            )
    return sort_violations(found)


def check_agreement(
    agreement: Agreement,
    *,
    on: date,
    institutions: Iterable[Institution] = (),
    consultants: Iterable[Consultant] = (),
    assignments: Iterable[ConsultantAssignment] = (),
    learner_counts: Iterable[LearnerCount] = (),
    training_records: Iterable[TrainingRecord] = (),
    plans: Iterable[CareerSupportPlan] = (),
    evidence: Iterable[ObligationEvidence] = (),
    tolerance: Decimal = Decimal("0.00"),
) -> tuple[Violation, ...]:
    """Every rule of the agreement on ``on`` at once (C-1 ... C-8), in a fixed order.

    Runs :func:`check_pilot_set`, :func:`check_qualifications` (with the
    agreement's qualification rules), :func:`check_loads`,
    :func:`check_required_loads`, :func:`check_training` (with the
    agreement's training requirement), :func:`check_plan` for every plan and
    :func:`check_obligations`.  Missing data reads as missing: with no
    evidence, every obligation is outstanding.  A plan of another municipality
    is ``plan.other_municipality`` (C-7).

    >>> from karjera_core.programmes import _career_examples as ex
    >>> data = dict(institutions=ex.daugavpils_2017_institutions(), consultants=ex.daugavpils_2017_consultants(21),
    ...     learner_counts=ex.daugavpils_2017_learner_counts(), training_records=ex.daugavpils_2017_training(21),
    ...     plans=[ex.daugavpils_2017_plan()], evidence=ex.daugavpils_2017_evidence())
    >>> check_agreement(ex.daugavpils_2017_agreement(), on=date(2017, 12, 4),
    ...     assignments=ex.daugavpils_2017_assignments(), **data)
    ()
    >>> [v.code for v in check_agreement(ex.daugavpils_2017_agreement(), on=date(2017, 12, 4),
    ...     assignments=ex.daugavpils_2017_assignments(21), **data)]
    ['load.above_required', 'load.total_above_cap']
    """
    agreement = check_instance(agreement, Agreement, "$.agreement")
    day = check_on(on)
    found_institutions = items(institutions, Institution, "$.institutions")
    people = items(consultants, Consultant, "$.consultants")
    found_assignments = items(assignments, ConsultantAssignment, "$.assignments")
    counts = items(learner_counts, LearnerCount, "$.learner_counts")
    records = items(training_records, TrainingRecord, "$.training_records")
    found_plans = items(plans, CareerSupportPlan, "$.plans")
    found_evidence = items(evidence, ObligationEvidence, "$.evidence")
    found: list[Violation] = [
        *check_pilot_set(agreement, found_institutions, on=day),
        *check_qualifications(people, found_assignments, on=day, rules=agreement.qualification_rules),
        *check_loads(agreement, found_assignments, on=day),
        *check_required_loads(agreement, found_assignments, counts, on=day, tolerance=tolerance),
        *check_training(found_assignments, records, on=day, requirement=agreement.training),
        *check_obligations(found_evidence, on=day),
    ]
    for plan in found_plans:
        if plan.municipality != agreement.municipality:
            found.append(
                Violation(
                    code="plan.other_municipality",
                    rule="C-7",
                    message=f"the {plan.school_year} plan belongs to a municipality other than "
                    f"{agreement.municipality}",
                    path=f"$.plans[{plan.school_year.start_year}]",
                )
            )
        found += [
            attrs.evolve(v, path=f"$.plans[{plan.school_year.start_year}]{v.path[1:]}")
            for v in _plan_violations(plan, day)
        ]
    return sort_violations(found)


# ================================================================ C-10: reach figures


def pilot_school_count(agreements: Iterable[Agreement], *, on: date) -> int:
    """The number of distinct pilot schools on ``on`` over ``agreements`` in force that day (C-10).

    >>> from karjera_core.programmes._career_examples import daugavpils_2017_agreement
    >>> pilot_school_count([daugavpils_2017_agreement()], on=date(2017, 12, 4))
    10
    """
    found = items(agreements, Agreement, "$.agreements")
    day = check_on(on)
    return len({n for a in found if a.in_force(day) for n in a.pilot_schools_on(day)})


def consultant_count(assignments: Iterable[ConsultantAssignment], *, on: date) -> int:
    """The number of distinct consultants with an assignment in force on ``on`` (C-10).

    >>> from karjera_core.programmes._career_examples import daugavpils_2017_assignments
    >>> consultant_count(daugavpils_2017_assignments(), on=date(2017, 12, 4))
    20
    """
    found = items(assignments, ConsultantAssignment, "$.assignments")
    day = check_on(on)
    return len({a.consultant for a in found if day in a.period})


def learners_reached(agreements: Iterable[Agreement], learner_counts: Iterable[LearnerCount], *, on: date) -> int:
    """The learners of the pilot schools on ``on`` in the school year containing it (C-10).

    Each school counts once: its whole count, or the sum of its per-grade
    counts.  Counts that would count a school's learners twice (O-5) are a
    ValidationError ``learners.conflicting``.

    >>> from karjera_core.programmes._career_examples import daugavpils_2017_agreement, daugavpils_2017_learner_counts
    >>> learners_reached([daugavpils_2017_agreement()], daugavpils_2017_learner_counts(), on=date(2017, 12, 4))
    4200
    """
    found = items(agreements, Agreement, "$.agreements")
    counts = items(learner_counts, LearnerCount, "$.learner_counts")
    day = check_on(on)
    learners, conflicting = _learner_totals(counts, SchoolYear.containing(day))
    schools = {n for a in found if a.in_force(day) for n in a.pilot_schools_on(day)}
    if schools & conflicting:
        raise ValidationError(
            Problem(
                path="$.learner_counts",
                code="learners.conflicting",
                message=f"expected the learners of pilot school {n} counted once: "
                "a whole count or per-grade counts (O-5)",
            )
            for n in sorted(schools & conflicting)
        )
    return sum(learners.get(n, 0) for n in schools)


def institutions_supported(agreements: Iterable[Agreement], *, as_of: date) -> int:
    """The number of distinct institutions that had been pilot schools by ``as_of`` (C-10; target at least 328).

    >>> from karjera_core.programmes._career_examples import daugavpils_2017_agreement
    >>> institutions_supported([daugavpils_2017_agreement()], as_of=date(2017, 2, 28)), institutions_supported(
    ...     [daugavpils_2017_agreement()], as_of=date(2020, 1, 1))
    (0, 10)
    """
    found = items(agreements, Agreement, "$.agreements")
    day = check_on(as_of, "as_of")
    return len(
        {p.registration_number for a in found if a.signed <= day for p in a.pilot_schools if p.period.start <= day}
    )


def teachers_trained(training_records: Iterable[TrainingRecord], *, as_of: date) -> int:
    """The number of distinct people with a training record that ended by ``as_of`` (C-10; target at least 656).

    >>> r = TrainingRecord(person_id="c01", course="Karjeras atbalsts", start=date(2017, 4, 3),
    ...                    end=date(2017, 4, 5), hours=Decimal(24))
    >>> teachers_trained([r, r], as_of=date(2017, 4, 4)), teachers_trained([r, r], as_of=date(2017, 4, 5))
    (0, 1)
    """
    found = items(training_records, TrainingRecord, "$.training_records")
    day = check_on(as_of, "as_of")
    return len({r.person_id for r in found if r.end <= day})
