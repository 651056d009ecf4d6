"""The facts of the eleven [003] results: one builder per kind of fact, and :func:`facts` over the records (I-5).

Every builder makes the :class:`~karjera_core.indicators.Fact` values one
item counts, dated ``on=`` the day it happened (keyword-only); a wrong-typed
argument is a ValidationError at ``$.<parameter>``.

====  ==============================  ==========================================
item  subject of a fact               builder
====  ==============================  ==========================================
1     municipality name (O-2)         :func:`specialists_training_started`
2     institution registration no.    :func:`management_training_started`
2, 10 (denominator, I-3)              :func:`institutions_total` (a ``TOTAL``)
3     "metodiķi" or "didaktiķi"       :func:`methodologists_training_started`
4     material id                     :func:`material_developed`
5-9   subject area / school level     :func:`materials_delivered`
10    institution registration no.    :func:`support_received` (also item 11)
11    institution registration no.    :func:`support_received`, :func:`performance_measured`
====  ==============================  ==========================================

>>> from datetime import date
>>> specialists_training_started("Valmieras novads", on=date(2024, 11, 5)).indicator
'4.2.2.3-R1'
>>> [f.indicator for f in support_received("4310900037", on=date(2025, 2, 3))]
['4.2.2.3-R10', '4.2.2.3-R11']
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core.indicators import Fact, FactKind
from karjera_core.programmes.teacher_support.activities import (
    _INSTITUTION,
    _INSTITUTIONS,
    _MATERIAL,
    _MEASURE,
    _MUNICIPALITY,
    _SOURCE,
    InstitutionCount,
    PerformanceMeasurement,
    SupportMaterial,
    SupportVisit,
    TrainingAudience,
    TrainingSession,
)
from karjera_core.programmes.teacher_support.parameters import CODES, ITEM_COMPONENTS, MATERIAL_COMPONENTS

__all__ = [
    "facts",
    "institutions_total",
    "management_training_started",
    "material_developed",
    "materials_delivered",
    "methodologists_training_started",
    "performance_measured",
    "specialists_training_started",
    "support_received",
]


def __dir__() -> list[str]:
    return sorted(__all__)


_GROUP = fields.Choice(frozenset(ITEM_COMPONENTS[3]), "'metodiķi' or 'didaktiķi'")
_COMPONENT = fields.Choice(frozenset(MATERIAL_COMPONENTS), "a component items 5-9 name, such as 'fizika/vidusskola'")

_SPECIALISTS = arguments(municipality=_MUNICIPALITY, on=date)
_MANAGEMENT = arguments(institution=_INSTITUTION, on=date)
_TOTAL = arguments(count=_INSTITUTIONS, on=date, source=_SOURCE)
_METHODOLOGISTS = arguments(group=_GROUP, on=date)
_DEVELOPED = arguments(material=_MATERIAL, on=date)
_DELIVERED = arguments(component=_COMPONENT, on=date)
_SUPPORT = arguments(institution=_INSTITUTION, on=date)
_MEASURED = arguments(institution=_INSTITUTION, value=_MEASURE, on=date)


def specialists_training_started(municipality: str, *, on: date) -> Fact:
    """Item 1: training for education specialists took place in ``municipality`` (its name) on the day ``on``."""
    municipality, on = _SPECIALISTS(municipality, on)
    return Fact(indicator=CODES[1], on=on, subject=municipality)


def management_training_started(institution: str, *, on: date) -> Fact:
    """Item 2: a management-team member of ``institution`` (its registration number) was in training ``on`` the day.

    >>> management_training_started("4310900037", on=date(2025, 1, 15)).subject
    '4310900037'
    """
    institution, on = _MANAGEMENT(institution, on)
    return Fact(indicator=CODES[2], on=on, subject=institution)


def institutions_total(count: int, *, on: date, source: str = "VIIS") -> tuple[Fact, Fact]:
    """Items 2 and 10: there were ``count`` education institutions as known on the day ``on`` (I-3).

    The latest such fact as of the evaluation date is the two shares'
    denominator, unless the catalogue was built with a fixed one.  ``source``
    names where the figure comes from (default the state education
    information system, VIIS).

    >>> [f.value for f in institutions_total(600, on=date(2024, 10, 1))]
    [Decimal('600'), Decimal('600')]
    """
    count, on, source = _TOTAL(count, on, source)
    value = Decimal(count)
    return (
        Fact(indicator=CODES[2], on=on, subject=source, value=value, kind=FactKind.TOTAL),
        Fact(indicator=CODES[10], on=on, subject=source, value=value, kind=FactKind.TOTAL),
    )


def methodologists_training_started(group: str, *, on: date) -> Fact:
    """Item 3: training started for ``group``, ``"metodiķi"`` or ``"didaktiķi"``, on the day ``on``."""
    group, on = _METHODOLOGISTS(group, on)
    return Fact(indicator=CODES[3], on=on, subject=group)


def material_developed(material: str, *, on: date) -> Fact:
    """Item 4: methodological support material ``material`` (its id) was developed or adapted on the day ``on``."""
    material, on = _DEVELOPED(material, on)
    return Fact(indicator=CODES[4], on=on, subject=material)


def materials_delivered(component: str, *, on: date) -> Fact:
    """Items 5-9: materials for ``component`` were delivered on the day ``on``.

    ``component`` is a subject area and school level one of items 5-9 names
    (see :data:`~karjera_core.programmes.teacher_support.parameters.ITEM_COMPONENTS`);
    the fact is one of the item naming it.

    >>> materials_delivered("latviešu valoda/pamatskola", on=date(2026, 5, 4)).indicator
    '4.2.2.3-R8'
    """
    component, on = _DELIVERED(component, on)
    return Fact(indicator=CODES[MATERIAL_COMPONENTS[component]], on=on, subject=component)


def support_received(institution: str, *, on: date) -> tuple[Fact, Fact]:
    """Items 10 and 11: ``institution`` (its registration number) received professional support on the day ``on``."""
    institution, on = _SUPPORT(institution, on)
    return (
        Fact(indicator=CODES[10], on=on, subject=institution),
        Fact(indicator=CODES[11], on=on, subject=institution),
    )


def performance_measured(institution: str, value: Decimal, *, on: date) -> Fact:
    """Item 11: ``institution``'s performance measure was ``value`` on the day ``on`` (higher is better).

    >>> performance_measured("4310900037", Decimal("61.5"), on=date(2025, 6, 30)).kind.name
    'MEASUREMENT'
    """
    institution, value, on = _MEASURED(institution, value, on)
    return Fact(indicator=CODES[11], on=on, subject=institution, value=value, kind=FactKind.MEASUREMENT)


_FACTS = arguments(
    trainings=tuple[TrainingSession, ...],
    materials=tuple[SupportMaterial, ...],
    visits=tuple[SupportVisit, ...],
    measurements=tuple[PerformanceMeasurement, ...],
    counts=tuple[InstitutionCount, ...],
)


def facts(
    *,
    trainings: Iterable[TrainingSession] = (),
    materials: Iterable[SupportMaterial] = (),
    visits: Iterable[SupportVisit] = (),
    measurements: Iterable[PerformanceMeasurement] = (),
    counts: Iterable[InstitutionCount] = (),
) -> tuple[Fact, ...]:
    """Every fact the catalogue counts, from the project's records (I-5).

    * a :class:`TrainingSession` gives the fact of item 1 (specialists, by
      municipality), item 2 (management, by institution) or item 3
      (methodologists or didacticians);
    * a :class:`SupportMaterial` gives item 4's fact, and the fact of the item
      5-9 naming its component, when it has one;
    * a :class:`SupportVisit` gives the facts of items 10 and 11;
    * a :class:`PerformanceMeasurement` gives item 11's measurement;
    * an :class:`InstitutionCount` gives the denominator facts of items 2 and 10.

    The facts come in that order, each group in the order of its records.
    Anything that is not such a record is a ValidationError at its position
    (``$.visits[3]``).

    >>> visit = SupportVisit(institution="4310900037", on=date(2025, 2, 3))
    >>> material = SupportMaterial(material="MAT-1", on=date(2025, 5, 5), component="fizika/vidusskola")
    >>> [(f.indicator, f.subject) for f in facts(visits=[visit], materials=[material])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('4.2.2.3-R4', 'MAT-1'), ('4.2.2.3-R5', 'fizika/vidusskola'),
     ('4.2.2.3-R10', '4310900037'), ('4.2.2.3-R11', '4310900037')]
    """
    trainings, materials, visits, measurements, counts = _FACTS(trainings, materials, visits, measurements, counts)
    made = [_training_fact(session) for session in trainings]
    for material in materials:
        made.append(Fact(indicator=CODES[4], on=material.on, subject=material.material))
        if material.component is not None:
            made.append(materials_delivered(material.component, on=material.on))
    for visit in visits:
        made.extend(support_received(visit.institution, on=visit.on))
    for measured in measurements:
        made.append(performance_measured(measured.institution, measured.value, on=measured.on))
    for count in counts:
        made.extend(institutions_total(count.count, on=count.on, source=count.source))
    return tuple(made)


def _training_fact(session: TrainingSession) -> Fact:
    audience, on = session.audience, session.on
    if audience is TrainingAudience.SPECIALISTS:
        assert session.municipality is not None  # the record's rule
        return Fact(indicator=CODES[1], on=on, subject=session.municipality)
    if audience is TrainingAudience.MANAGEMENT:
        assert session.institution is not None  # the record's rule
        return Fact(indicator=CODES[2], on=on, subject=session.institution)
    group = audience.group
    assert group is not None  # methodologists and didacticians have one
    return Fact(indicator=CODES[3], on=on, subject=group)
