"""Strategies for the parameters of ESF 8.3.5 career support: pilot requirements, ratios, qualification rules,
load bounds and training requirements (C-2 ... C-6), and the days they are drawn around.

Each is valid by construction, drawn with one choice per field where one will do and built with the records'
trusted builders; the schedules' steps start on strictly increasing days (a start, then each gap).  Public
through :mod:`karjera_core.strategies._career_support`, which uses them for agreements.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from karjera_core.programmes.career_support import (
    MK_569_2018,
    MK_662_2014,
    RATIO_SCHEDULE,
    GeneralProgrammeKind,
    LoadBounds,
    PilotRequirements,
    QualificationRecord,
    QualificationRule,
    Ratio,
    RatioPolicy,
    RatioRule,
    RoundingMode,
    TrainingRequirement,
)
from karjera_core.schedule import Regulation, Schedule, Source, Step
from karjera_core.strategies._draw import builder, count, day, size
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._schedule import regulation
from karjera_core.time import SchoolYear

__all__ = [
    "HIGH",
    "LOW",
    "MAX_SPAN",
    "YEARS",
    "load_bounds",
    "pilot_requirements",
    "qualification_records",
    "qualification_rules",
    "qualification_schedules",
    "ratio_rules",
    "ratio_schedules",
    "ratios",
    "training_requirements",
]

#: Dates drawn when nothing narrows them: around the project's years.
LOW = date(2014, 1, 1)
HIGH = date(2030, 12, 31)
#: The longest closed range drawn where no container bounds it, in days.
MAX_SPAN = 3 * 366
_SOURCE = Source(citation="[hypothesis] a drawn step")


#: The years of a day that narrows a parameter strategy (``on=``, ``first=``): a century around the drawn ones.
YEARS = (LOW.year - 100, HIGH.year + 100)


_BOOLEANS = st.booleans()


def _starts(draw: st.DrawFn, first: date, most: int) -> list[date]:
    """1 ... ``most`` + 1 days in strictly increasing order from ``first`` (few more often than many)."""
    starts = [first]
    for _ in range(size(draw, 0, most)):
        starts.append(starts[-1] + timedelta(days=count(draw, 1, 2000)))
    return starts


# ---------------------------------------------------------------- C-2, C-5, C-6 parameters


#: Every valid list of general programme kinds: one kind, or both in either order.
_GENERAL_KINDS = tuple(kinds for n in (1, 2) for kinds in itertools.permutations(GeneralProgrammeKind, n))
_FIRST_YEAR, _LAST_YEAR = LOW.year, HIGH.year


@st.composite
def _pilot_requirements(draw: st.DrawFn) -> PilotRequirements:
    year = count(draw, 0, _LAST_YEAR - _FIRST_YEAR + 1)  # 0: no reference year
    return _BUILD_REQUIREMENTS(
        count(draw, 0, 10),
        count(draw, 0, 10),
        None if year == 0 else _SCHOOL_YEAR(_FIRST_YEAR + year - 1),
        _GENERAL_KINDS[count(draw, 0, len(_GENERAL_KINDS) - 1)],
    )


def pilot_requirements() -> st.SearchStrategy[PilotRequirements]:
    """Pilot-set requirements (C-2): minimums of 0-10, a reference year or none, 1-2 programme kinds
    (four choices)."""
    return _REQUIREMENTS


@st.composite
def _load_bounds(draw: st.DrawFn) -> LoadBounds:
    minimum = count(draw, 1, 100)
    return _BUILD_LOAD_BOUNDS(Decimal(minimum).scaleb(-2), Decimal(count(draw, minimum, 5000)).scaleb(-2))


def load_bounds() -> st.SearchStrategy[LoadBounds]:
    """Load bounds (C-5): a minimum of 0.01-1.00 FTE and a cap at least as large, up to 50 FTE."""
    return _LOAD_BOUNDS


@st.composite
def _training_requirements(draw: st.DrawFn) -> TrainingRequirement:
    return _BUILD_TRAINING(Decimal(count(draw, 0, 10000)).scaleb(-2), count(draw, 0, 730))


def training_requirements() -> st.SearchStrategy[TrainingRequirement]:
    """Training requirements (C-6): 0-100 hours with two decimals, a grace period of 0-730 days."""
    return _TRAINING


_BUILD_REQUIREMENTS = builder(PilotRequirements)
_BUILD_LOAD_BOUNDS = builder(LoadBounds)
_BUILD_TRAINING = builder(TrainingRequirement)
_SCHOOL_YEAR = builder(SchoolYear)
_REQUIREMENTS = _pilot_requirements()
_LOAD_BOUNDS = _load_bounds()
_TRAINING = _training_requirements()


# ---------------------------------------------------------------- C-4


def ratios() -> st.SearchStrategy[Ratio]:
    """Ratios (C-4): one consultant per 1-2000 learners."""
    return st.builds(Ratio, st.integers(min_value=1, max_value=2000))


@st.composite
def ratio_schedules(draw: st.DrawFn, *, first: date | None = None) -> Schedule[Ratio]:
    """Ratio schedules (C-4) of 1-4 steps in increasing order, each with its source.

    ``first`` fixes the first step's start (default: drawn in 2014-2020).
    """
    Narrowing("ratio_schedules").day("first", first, years=YEARS)
    return _ratio_schedule(draw, first if first is not None else day(draw, LOW, date(2020, 12, 31)))


def _ratio_schedule(draw: st.DrawFn, start: date) -> Schedule[Ratio]:
    return _SCHEDULE(tuple(_STEP(s, _RATIO(count(draw, 1, 2000)), _SOURCE) for s in _starts(draw, start, 3)))


@st.composite
def ratio_rules(draw: st.DrawFn, *, first: date | None = None) -> RatioRule:
    """Ratio rules (C-4): a drawn schedule (or the brief's), any policy, places and rounding.

    ``first`` fixes the first step's start.
    """
    Narrowing("ratio_rules").day("first", first, years=YEARS)
    return _ratio_rule(draw, first)


def _ratio_rule(draw: st.DrawFn, first: date | None) -> RatioRule:
    if first is not None:
        schedule = _ratio_schedule(draw, first)
    elif draw(_BOOLEANS):
        schedule = _ratio_schedule(draw, day(draw, LOW, date(2020, 12, 31)))
    else:
        schedule = RATIO_SCHEDULE
    return _RATIO_RULE(
        schedule,
        _POLICIES[count(draw, 0, len(_POLICIES) - 1)],
        count(draw, 0, 6),
        _ROUNDINGS[count(draw, 0, len(_ROUNDINGS) - 1)],
    )


_SCHEDULE = builder(Schedule)
_STEP = builder(Step)
_RATIO = builder(Ratio)
_RATIO_RULE = builder(RatioRule)
_POLICIES = tuple(RatioPolicy)
_ROUNDINGS = tuple(RoundingMode)


# ---------------------------------------------------------------- C-3


def _regulations() -> st.SearchStrategy[Regulation]:
    return st.sampled_from((MK_662_2014, MK_569_2018))


def _adopted(draw: st.DrawFn, low: date, high: date) -> Regulation:
    """A Cabinet Regulation adopted from ``low`` to ``high`` (three choices)."""
    return regulation(draw, low, high)


def qualification_records(*, regulation: Regulation | None = None) -> st.SearchStrategy[QualificationRecord]:
    """Qualification records (C-3) against MK No. 662 or No. 569 (or ``regulation``), obtained in 1990-2030."""
    Narrowing("qualification_records").value("regulation", regulation, Regulation)
    return st.builds(
        QualificationRecord,
        regulation=_regulations() if regulation is None else st.just(regulation),
        obtained=st.dates(min_value=date(1990, 1, 1), max_value=HIGH),
    )


@st.composite
def qualification_rules(draw: st.DrawFn) -> QualificationRule:
    """Qualification rules (C-3): a regulation adopted in 2000-2030, accepting 0-2 other regulations."""
    main = _adopted(draw, date(2000, 1, 1), HIGH)
    others = dict.fromkeys(_adopted(draw, date(1990, 1, 1), HIGH) for _ in range(count(draw, 0, 2)))
    return QualificationRule(regulation=main, also_accepts=tuple(o for o in others if o != main))


@st.composite
def qualification_schedules(draw: st.DrawFn, *, first: date | None = None) -> Schedule[QualificationRule]:
    """Qualification schedules (C-3): 1-3 steps in increasing order, each starting on or after the adoption of
    its regulation, each later rule accepting some earlier regulations.

    ``first`` fixes the first step's start (default: drawn in 2000-2020).
    """
    Narrowing("qualification_schedules").day("first", first, years=YEARS)
    return _qualification_schedule(
        draw, first if first is not None else day(draw, date(2000, 1, 1), date(2020, 12, 31))
    )


def _qualification_schedule(draw: st.DrawFn, start: date) -> Schedule[QualificationRule]:
    steps: list[Step[QualificationRule]] = []
    for begins in _starts(draw, start, 2):
        adopted = _adopted(draw, begins - timedelta(days=365), begins)
        earlier = list(dict.fromkeys(s.value.regulation for s in steps if s.value.regulation != adopted))
        mask = count(draw, 0, 2 ** len(earlier) - 1)  # one choice: which earlier regulations it accepts
        accepted = [r for index, r in enumerate(earlier) if mask >> index & 1]
        steps.append(_STEP(begins, _QUALIFICATION_RULE(adopted, tuple(accepted)), _RULE_SOURCE))
    return _SCHEDULE(tuple(steps))


_QUALIFICATION_RULE = builder(QualificationRule)
_RULE_SOURCE = Source(citation="[hypothesis] a drawn rule")
