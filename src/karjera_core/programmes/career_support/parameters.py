"""The parameters of the career-support rules (C-2 ... C-6): every threshold and dated table, each step with its law.

A municipality's :class:`~karjera_core.programmes.career_support.agreement.Agreement`
holds one of each; the defaults are the brief's, and every one is
replaceable.  Rules that change over time are :class:`~karjera_core.schedule.Schedule`
tables whose every step names its source:

* C-2 :class:`PilotRequirements` -- at least 1 minority-programme institution
  and 6 general institutions in 2016/2017;
* C-3 :data:`QUALIFICATION_SCHEDULE` -- MK No. 662 of 2014-10-28, then MK
  No. 569 of 2018-09-11 (a :class:`QualificationRule` per step);
* C-4 :data:`RATIO_SCHEDULE` -- one consultant per 700 learners, per 600 from
  2020 (a :class:`Ratio` per step), read by a :class:`RatioRule` with its
  policy between steps and its rounding (two decimals, half up);
* C-5 :class:`LoadBounds` -- at least 0.3 FTE per consultant in a school, at
  most 6 FTE in all pilot schools together;
* C-6 :class:`TrainingRequirement` -- taking part in VIAA's further education.

>>> required_load(1000, on=date(2017, 10, 1)), required_load(600, on=date(2020, 1, 1))
(Decimal('1.43'), Decimal('1.00'))
>>> QUALIFICATION_SCHEDULE.value_on(on=date(2018, 9, 11)).regulation.number
569
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from fractions import Fraction

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.programmes.career_support._common import two_places
from karjera_core.schedule import Regulation, Schedule, Source, Step
from karjera_core.time import DateRange, SchoolYear

__all__ = [
    "CAREER_SUPPORT_PERIOD",
    "DEFAULT_RATIO_RULE",
    "MK_569_2018",
    "MK_662_2014",
    "PROJECT_NUMBER",
    "QUALIFICATION_SCHEDULE",
    "RATIO_SCHEDULE",
    "GeneralProgrammeKind",
    "LoadBounds",
    "PilotRequirements",
    "QualificationRule",
    "Ratio",
    "RatioPolicy",
    "RatioRule",
    "RoundingMode",
    "TrainingRequirement",
    "required_load",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The project period as [000] states it: "2016.gada 4.ceturksnis - 2020.gada decembris" (T-5; F-4 keeps
#: the later extensions).  The default period of an agreement.
CAREER_SUPPORT_PERIOD = DateRange(start=date(2016, 10, 1), end=date(2020, 12, 31))
#: The project's number (F-2) [000], [002]: the ``project`` of its indicators.
PROJECT_NUMBER = "8.3.5.0/16/I/001"

# ================================================================ C-2: the pilot set

#: The most institutions a minimum may ask for.
MAX_THRESHOLD = 10_000


class GeneralProgrammeKind(LabelledEnum):
    """A kind of general education programme that makes an institution count towards C-2's general minimum."""

    BASIC = "basic", "pamatizglītības programma"
    GENERAL_SECONDARY = "general_secondary", "vispārējās vidējās izglītības programma"


@record
class PilotRequirements:
    """What a municipality's pilot set must hold (C-2), with [000]'s values as defaults.

    * ``min_minority`` -- pilot institutions implementing a minority education programme (default 1);
    * ``min_general`` -- general education pilot institutions implementing a programme of one of
      ``general_kinds`` (default 6; kinds default to basic: "basic, or basic plus general secondary");
    * ``reference_year`` -- the school year in which the general minimum applies (default 2016/2017,
      as [000] says); ``None`` applies it in every year.  The minority minimum applies whenever the
      agreement is in force.

    Design choice: one institution may count towards both minimums.

    >>> PilotRequirements().min_general, str(PilotRequirements().reference_year)
    (6, '2016./2017.')
    """

    min_minority: int = fields.count(MAX_THRESHOLD, what="a number of institutions", default=1)
    min_general: int = fields.count(MAX_THRESHOLD, what="a number of institutions", default=6)
    reference_year: SchoolYear | None = SchoolYear(2016)
    general_kinds: tuple[GeneralProgrammeKind, ...] = fields.items(
        min_size=1, max_size=2, default=(GeneralProgrammeKind.BASIC,)
    )

    @rule("general_kinds")
    def _kinds_once(self) -> Flaw | None:
        if len(set(self.general_kinds)) == len(self.general_kinds):
            return None
        return Flaw("$.general_kinds[1]", "pilot_requirements.kind_twice", "expected each programme kind at most once")


# ================================================================ C-3: the qualification schedule

_TEACHER_QUALIFICATION_TITLE = (
    "Noteikumi par pedagogiem nepieciešamo izglītību un profesionālo kvalifikāciju "
    "un pedagogu profesionālās kompetences pilnveides kārtību"
)
#: Cabinet Regulation No. 662 of 2014-10-28, the qualification rule [000] cites (C-3).
MK_662_2014 = Regulation(number=662, adopted=date(2014, 10, 28), title=_TEACHER_QUALIFICATION_TITLE)
#: Cabinet Regulation No. 569 of 2018-09-11, which replaced No. 662 [pub: likumi.lv id 301572] (C-3).
MK_569_2018 = Regulation(number=569, adopted=date(2018, 9, 11), title=_TEACHER_QUALIFICATION_TITLE)


@record
class QualificationRule:
    """The regulation a consultant's qualification must meet while this rule is in force (C-3).

    ``also_accepts`` lists earlier regulations whose recorded qualifications
    still count (none twice, not the rule's own).

    >>> sorted(r.number for r in QUALIFICATION_SCHEDULE.steps[1].value.accepted)
    [569, 662]
    """

    regulation: Regulation
    also_accepts: tuple[Regulation, ...] = fields.items(max_size=100, default=())

    @rule("regulation", "also_accepts")
    def _others_once(self) -> Iterator[Flaw] | None:
        if not self.also_accepts:
            return None
        seen = [self.regulation]
        twice = []
        for index, regulation in enumerate(self.also_accepts):
            if regulation in seen:
                twice.append(index)
            seen.append(regulation)
        if not twice:
            return None
        return (
            Flaw(
                f"$.also_accepts[{index}]",
                "qualification_rule.accepted_twice",
                "expected other regulations than the rule's own, none twice",
            )
            for index in twice
        )

    @property
    def accepted(self) -> frozenset[Regulation]:
        """The regulations whose recorded qualifications meet this rule."""
        return frozenset((self.regulation, *self.also_accepts))


#: The brief's qualification rules (C-3), each step in force from its regulation's adoption.  Design
#: choices: the public sources checked did not give No. 569's entry into force, so the switch is dated by
#: its adoption; a qualification recorded against No. 662 still counts under No. 569 (no requalification
#: is known to have been required).  Replaceable in an agreement.
QUALIFICATION_SCHEDULE: Schedule[QualificationRule] = Schedule(
    steps=(
        Step(
            start=MK_662_2014.adopted,
            value=QualificationRule(regulation=MK_662_2014),
            source=Source(
                citation="[000] 3a: kvalifikācijas prasības 2014.gada 28.oktobra MK noteikumos Nr. 662",
                regulation=MK_662_2014,
            ),
        ),
        Step(
            start=MK_569_2018.adopted,
            value=QualificationRule(regulation=MK_569_2018, also_accepts=(MK_662_2014,)),
            source=Source(
                citation="[pub] likumi.lv id 301572: MK noteikumi Nr. 569 (2018-09-11) aizstāj Nr. 662",
                regulation=MK_569_2018,
            ),
        ),
    )
)


# ================================================================ C-4: the ratio

#: The most learners per consultant a ratio may name.
MAX_RATIO = 100_000
#: The largest learner count a required load is computed for: far above any school or the whole country.
MAX_LEARNERS = 10_000_000


@record(kw_only=False, order=True)
class Ratio:
    """One consultant per ``learners_per_consultant`` learners (C-4): the value of a ratio step.

    >>> Ratio(700) < Ratio(600)
    False
    """

    learners_per_consultant: int = fields.integer(1, MAX_RATIO, what="a number of learners per consultant")

    def __repr__(self) -> str:
        return f"Ratio({self.learners_per_consultant})"


#: The brief's ratio (C-4): one consultant per 700 learners from the project's start (design choice: [000]
#: says "2017", and the first step applies from 2016-10-01 so that every day of the project has a ratio),
#: one per 600 from 2020-01-01 ([000]: "2020.gadā").  No regulation stating the ratio was found: each step
#: cites the seed.
RATIO_SCHEDULE: Schedule[Ratio] = Schedule(
    steps=(
        Step(
            start=CAREER_SUPPORT_PERIOD.start,
            value=Ratio(700),
            source=Source(citation="[000] 3b: viens pedagogs karjeras konsultants uz 700 izglītojamiem 2017.gadā"),
        ),
        Step(
            start=date(2020, 1, 1),
            value=Ratio(600),
            source=Source(citation="[000] 3b: viens pedagogs karjeras konsultants uz 600 izglītojamiem 2020.gadā"),
        ),
    )
)


class RatioPolicy(LabelledEnum):
    """How the ratio is read between two steps of the schedule (C-4)."""

    #: The earlier step's value stays in force until the next step (the default).
    STEP = "step", "pakāpeniski"
    #: The value moves in a straight line, day by day, from one step to the next, and stays at the last.
    LINEAR = "linear", "lineāri"


class RoundingMode(LabelledEnum):
    """How a required load is rounded (C-4); the values are the :mod:`decimal` module's names."""

    HALF_UP = "ROUND_HALF_UP", "līdz tuvākajam, pusi uz augšu"
    HALF_EVEN = "ROUND_HALF_EVEN", "līdz tuvākajam, pusi uz pāra ciparu"
    HALF_DOWN = "ROUND_HALF_DOWN", "līdz tuvākajam, pusi uz leju"
    UP = "ROUND_UP", "uz augšu"
    DOWN = "ROUND_DOWN", "uz leju"


def _round(value: Fraction, places: int, mode: RoundingMode) -> Decimal:
    """The non-negative ``value`` rounded exactly to ``places`` decimals: no float, no limited precision."""
    scaled = value * 10**places
    quotient, remainder = divmod(scaled.numerator, scaled.denominator)
    if remainder:
        twice = 2 * remainder
        if mode is RoundingMode.UP:
            up = True
        elif mode is RoundingMode.DOWN:
            up = False
        elif twice == scaled.denominator:  # a tie: exactly half way
            up = mode is RoundingMode.HALF_UP or (mode is RoundingMode.HALF_EVEN and quotient % 2 == 1)
        else:
            up = twice > scaled.denominator
        quotient += up
    return Decimal(quotient).scaleb(-places)


@record
class RatioRule:
    """The C-4 formula: learners divided by the ratio in force on the day, rounded.

    ``schedule`` is the dated ratio (default :data:`RATIO_SCHEDULE`);
    ``policy`` how it is read between steps (default :attr:`RatioPolicy.STEP`:
    the earlier step stays in force); a required load is rounded to
    ``places`` decimals (0-6, default 2) by ``rounding`` (default half up).
    [pub: VIAA computed and allotted each school's load; the formula and
    rounding are not published -- hence parameters.]

    >>> steps = Schedule(steps=(Step(start=date(2017, 1, 1), value=Ratio(700), source=Source(citation="x")),
    ...                         Step(start=date(2017, 1, 11), value=Ratio(600), source=Source(citation="x"))))
    >>> linear = RatioRule(schedule=steps, policy=RatioPolicy.LINEAR)
    >>> RatioRule(schedule=steps).ratio_on(on=date(2017, 1, 6)), linear.ratio_on(on=date(2017, 1, 6))
    (Fraction(700, 1), Fraction(650, 1))
    >>> linear.required_load(650, on=date(2017, 1, 6)), linear.required_load(650, on=date(2030, 1, 1))
    (Decimal('1.00'), Decimal('1.08'))
    """

    schedule: Schedule[Ratio] = RATIO_SCHEDULE
    policy: RatioPolicy = RatioPolicy.STEP
    places: int = fields.integer(0, 6, what="a number of decimal places", default=2)
    rounding: RoundingMode = RoundingMode.HALF_UP

    def ratio_on(self, *, on: date) -> Fraction:
        """The learners per consultant in force ``on`` the day, exactly.

        Before the first step there is none: a ValidationError ``schedule.before_start`` at ``$.on``.
        """
        (on,) = _ON(on)
        here = self.schedule.step_on(on=on)
        steps = self.schedule.steps
        index = bisect_right([step.start for step in steps], on) - 1
        if self.policy is RatioPolicy.STEP or index == len(steps) - 1:
            return Fraction(here.value.learners_per_consultant)
        following = steps[index + 1]
        span = (following.start - here.start).days
        elapsed = (on - here.start).days
        change = following.value.learners_per_consultant - here.value.learners_per_consultant
        return here.value.learners_per_consultant + Fraction(change * elapsed, span)

    def required_load(self, learners: int, *, on: date) -> Decimal:
        """The FTE ``learners`` require ``on`` the day: learners divided by the ratio, rounded (C-4)."""
        learners, on = _REQUIRED(learners, on)
        return _round(Fraction(learners) / self.ratio_on(on=on), self.places, self.rounding)


_ON = arguments(on=date)
_REQUIRED = arguments(learners=fields.Integer(0, MAX_LEARNERS, "a number of learners"), on=date)

#: The brief's C-4 rule: :data:`RATIO_SCHEDULE`, the earlier step in force between steps, two decimals, half up.
DEFAULT_RATIO_RULE = RatioRule()


def required_load(learners: int, *, on: date, ratio: RatioRule | None = None) -> Decimal:
    """The FTE a pilot school with ``learners`` learners requires ``on`` the day (C-4).

    By ``ratio`` (default :data:`DEFAULT_RATIO_RULE`: one consultant per 700
    learners until 2019-12-31, per 600 from 2020-01-01; two decimals, half up,
    so that a tie -- 3 learners per 600 is 0.005 -- goes up).  A day before the
    first step is a ValidationError ``schedule.before_start``.

    >>> required_load(350, on=date(2017, 10, 1)), required_load(3, on=date(2020, 1, 1))
    (Decimal('0.50'), Decimal('0.01'))
    >>> required_load(350, on=date(2016, 9, 30))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.on: expected a day on or after the first step of the schedule [schedule.before_start]
    """
    learners, on, ratio = _REQUIRED_LOAD(learners, on, ratio)
    return (ratio or DEFAULT_RATIO_RULE).required_load(learners, on=on)


_REQUIRED_LOAD = arguments(
    learners=fields.Integer(0, MAX_LEARNERS, "a number of learners"), on=date, ratio=RatioRule | None
)


# ================================================================ C-5: load bounds

#: The most a single assignment may load one consultant in one school: one full-time post (1.0 FTE).
MAX_ASSIGNMENT_LOAD = Decimal("1.00")
#: The largest total load a cap may name.
MAX_TOTAL_LOAD = Decimal("10000.00")


@record
class LoadBounds:
    """The load rules of an agreement (C-5, [000] 3c): each consultant at least ``minimum`` FTE in a pilot
    school, all pilot schools of the municipality together at most ``total_cap`` FTE.

    Decimals with at most two places, stored with exactly two: ``minimum``
    above 0 and at most 1.00 (default 0.30), ``total_cap`` at least
    ``minimum`` (default 6.00, the brief's design choice for "ne vairāk kā 6
    visās izmēģinājumskolās kopā").

    >>> LoadBounds()
    LoadBounds(minimum=Decimal('0.30'), total_cap=Decimal('6.00'))
    >>> LoadBounds(minimum=Decimal("0.5"), total_cap=Decimal("4")).total_cap
    Decimal('4.00')
    """

    minimum: Decimal = fields.decimal(
        0,
        MAX_ASSIGNMENT_LOAD,
        exclusive_minimum=True,
        what="a minimum load in FTE",
        canonical=two_places,
        default=Decimal("0.30"),
    )
    total_cap: Decimal = fields.decimal(
        0,
        MAX_TOTAL_LOAD,
        exclusive_minimum=True,
        what="a total cap in FTE",
        canonical=two_places,
        default=Decimal("6.00"),
    )

    @rule("minimum", "total_cap")
    def _cap_not_below_minimum(self) -> Flaw | None:
        if self.total_cap >= self.minimum:
            return None
        return Flaw("$.total_cap", "load_bounds.cap_below_minimum", "expected a total cap at least the minimum")


# ================================================================ C-6: training

#: The longest grace period a :class:`TrainingRequirement` may give, in days.
MAX_GRACE_DAYS = 3660
#: The most training hours a requirement or a record may name.
MAX_TRAINING_HOURS = Decimal("10000.00")


@record
class TrainingRequirement:
    """What C-6 asks of a consultant: having taken part in VIAA's further education ([000] 4).

    A consultant whose first assignment (among those given) began at least
    ``grace_days`` days before the day checked must have training records
    that ended on or before that day, at least one, with at least
    ``min_hours`` hours in all.  Design choice: the sources give neither hours
    nor a deadline, so the defaults are "any recorded participation"
    (``min_hours`` 0.00) within the first year (``grace_days`` 365).

    >>> TrainingRequirement()
    TrainingRequirement(min_hours=Decimal('0.00'), grace_days=365)
    """

    min_hours: Decimal = fields.decimal(
        0, MAX_TRAINING_HOURS, what="a number of hours", canonical=two_places, default=Decimal("0.00")
    )
    grace_days: int = fields.integer(0, MAX_GRACE_DAYS, what="a number of days", default=365)
