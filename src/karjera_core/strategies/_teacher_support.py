"""Strategies for the ESF+ teacher-support records and targets of [003] (I-5).

Every value is valid by construction: days fall in the project period
(2024-10-01 ... 2029-12-31), institutions are 10-digit registration numbers
(O-3), municipalities are names of the 42 in force on item 1's deadline,
materials are short ids without long digit runs (P-7), and a training names
whom its audience needs.  Values shrink toward the simplest: the first day,
the first municipality, the lowest targets.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from karjera_core.organisations import municipalities_on
from karjera_core.programmes.teacher_support import (
    DEADLINES,
    MATERIAL_COMPONENTS,
    PROJECT_PERIOD,
    InstitutionCount,
    PerformanceMeasurement,
    SupportMaterial,
    SupportVisit,
    TeacherSupportTargets,
    TrainingAudience,
    TrainingSession,
)
from karjera_core.strategies._draw import builder, count
from karjera_core.strategies._education import registration_numbers

__all__ = [
    "TYPE_STRATEGIES",
    "institution_counts",
    "performance_measurements",
    "support_materials",
    "support_visits",
    "teacher_support_days",
    "teacher_support_targets",
    "training_audiences",
    "training_sessions",
]

#: The municipalities in force on item 1's deadline (O-2).
_MUNICIPALITIES = tuple(m.name for m in municipalities_on(on=DEADLINES[1]))
_COMPONENTS = tuple(MATERIAL_COMPONENTS)


def teacher_support_days() -> st.SearchStrategy[Any]:
    """Days of the project period, 2024-10-01 ... 2029-12-31, shrinking to the first."""
    assert PROJECT_PERIOD.end is not None
    return st.dates(min_value=PROJECT_PERIOD.start, max_value=PROJECT_PERIOD.end)


def training_audiences() -> st.SearchStrategy[TrainingAudience]:
    """The audiences of a training, shrinking to ``SPECIALISTS``."""
    return st.sampled_from(tuple(TrainingAudience))


@st.composite
def _training_sessions(draw: st.DrawFn, audience: TrainingAudience | None) -> TrainingSession:
    chosen = _AUDIENCES[count(draw, 0, len(_AUDIENCES) - 1)] if audience is None else audience
    municipality = draw(_MUNICIPALITY if chosen is TrainingAudience.SPECIALISTS else _OPTIONAL_MUNICIPALITY)
    institution = draw(_INSTITUTION if chosen is TrainingAudience.MANAGEMENT else _OPTIONAL_INSTITUTION)
    return _TRAINING_SESSION(chosen, draw(_DAYS), municipality, institution)


_AUDIENCES = tuple(TrainingAudience)
_MUNICIPALITY = st.sampled_from(_MUNICIPALITIES)
_OPTIONAL_MUNICIPALITY = st.none() | _MUNICIPALITY
_INSTITUTION = registration_numbers()
_OPTIONAL_INSTITUTION = st.none() | _INSTITUTION
_TRAINING_SESSION = builder(TrainingSession)


def training_sessions(*, audience: TrainingAudience | None = None) -> st.SearchStrategy[TrainingSession]:
    """Training sessions (items 1-3), of ``audience`` when given; each names whom its audience needs."""
    return _training_sessions(audience)


def _material(number: int) -> str:
    """Material ids ``MAT-`` and one to four digits, numbered: MAT-0 ... MAT-9, MAT-00 ... MAT-9999."""
    width = 1
    while number >= 10**width:
        number -= 10**width
        width += 1
    return f"MAT-{number:0{width}d}"


@st.composite
def _support_materials(draw: st.DrawFn) -> SupportMaterial:
    return _SUPPORT_MATERIAL(_material(count(draw, 0, _MATERIAL_IDS - 1)), draw(_DAYS), draw(_OPTIONAL_COMPONENT))


_MATERIAL_IDS = sum(10**width for width in range(1, 5))
_OPTIONAL_COMPONENT = st.none() | st.sampled_from(_COMPONENTS)
_SUPPORT_MATERIAL = builder(SupportMaterial)


def support_materials() -> st.SearchStrategy[SupportMaterial]:
    """Materials (item 4), some serving a component of items 5-9."""
    return _SUPPORT_MATERIALS


def support_visits() -> st.SearchStrategy[SupportVisit]:
    """Occasions of professional support to an institution (items 10, 11)."""
    return st.builds(SupportVisit, institution=registration_numbers(), on=teacher_support_days())


def performance_measurements() -> st.SearchStrategy[PerformanceMeasurement]:
    """Performance measurements of an institution (item 11), values -1000.0000 ... 1000.0000."""
    return st.builds(
        PerformanceMeasurement,
        institution=registration_numbers(),
        on=teacher_support_days(),
        value=st.integers(min_value=-(10**7), max_value=10**7).map(lambda n: Decimal(n).scaleb(-4)),
    )


def institution_counts() -> st.SearchStrategy[InstitutionCount]:
    """How many education institutions there are (items 2, 10), 0 ... 5,000."""
    return st.builds(
        InstitutionCount,
        count=st.integers(min_value=0, max_value=5000),
        on=teacher_support_days(),
        source=st.sampled_from(("VIIS", "IZM")),
    )


def _shares() -> st.SearchStrategy[Decimal]:
    return st.integers(min_value=1, max_value=10_000).map(lambda n: Decimal(n).scaleb(-4))


def teacher_support_targets() -> st.SearchStrategy[TeacherSupportTargets]:
    """Targets of the [003] results: shares above 0 and at most 1, counts of 1 or more, or None (left out)."""
    counts = st.none() | st.integers(min_value=1, max_value=1000)
    return st.builds(
        TeacherSupportTargets,
        item1=_shares(),
        item2=_shares(),
        item4=counts,
        item10=st.none() | _shares(),
        item11=counts,
    )


_DAYS = teacher_support_days()
_SUPPORT_MATERIALS = _support_materials()

TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    TrainingAudience: training_audiences(),
    TrainingSession: training_sessions(),
    SupportMaterial: support_materials(),
    SupportVisit: support_visits(),
    PerformanceMeasurement: performance_measurements(),
    InstitutionCount: institution_counts(),
    TeacherSupportTargets: teacher_support_targets(),
}
