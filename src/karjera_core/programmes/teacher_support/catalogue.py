"""The [003] catalogue: the eleven results as indicators, with the targets the caller gives (I-5, I-1, I-3, O-2, T-7).

:func:`indicators` builds the catalogue from ONE :class:`TeacherSupportTargets`.
The seed publishes the targets of items 1 and 2 (90 % of municipalities,
20 % of institutions); the milestones (items 3, 5-9) are "delivered", so
their target is fixed; items 4, 10 and 11 have no published target at all.
:data:`PUBLISHED_TARGETS` holds what the seed says and nothing more: passed
as it is, it gives the eight results whose targets are known.  To evaluate
items 4, 10 and 11 the caller states their targets --
``TeacherSupportTargets.published(item4=..., item10=..., item11=...)`` -- or
``None`` for each item to leave out; there is no placeholder default.

Design choices, where the seed is silent (documented, never hidden constants):

* Item 1's denominator is the municipalities in force on its deadline,
  2025-08-31 (O-2): 42, Varakļāni having merged into Madona on 2025-07-01;
  a municipality counts when it is one of them.  ``municipalities=`` replaces them.
* Items 2 and 10 divide by all education institutions (I-3): the
  ``institutions_total=`` parameter, or else the latest
  :func:`~karjera_core.programmes.teacher_support.builders.institutions_total`
  fact as of the evaluation date.
* Item 3 is delivered when training has started for both methodologists and
  didacticians; items 5-9 when materials for every subject area and school
  level the item names are delivered.
* Item 10 counts an institution that received support in every complete
  yearly window of the project period (windows from 2024-10-01, T-7); before
  the first window ends nobody counts.
* Item 11 counts an institution whose performance measured after its first
  support is higher than the last measurement on or before that day.
* Every indicator counts only facts dated in the project period, 2024-10-01 ... 2029-12-31.

>>> from decimal import Decimal
>>> catalogue = indicators(PUBLISHED_TARGETS)
>>> [ind.code for ind in catalogue][:3], len(catalogue)
(['4.2.2.3-R1', '4.2.2.3-R2', '4.2.2.3-R3'], 8)
>>> item1 = catalogue[0]
>>> item1.target, item1.deadline, len(item1.population)
(Decimal('0.9'), datetime.date(2025, 8, 31), 42)
>>> chosen = TeacherSupportTargets.published(item4=40, item10=Decimal("0.5"), item11=60)
>>> [str(ind.target) for ind in indicators(chosen)][9:]
['0.5', '60']
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import UNBOUNDED
from karjera_core._records import record
from karjera_core.errors import Problem, ValidationError
from karjera_core.indicators import Counting, Indicator, Measure
from karjera_core.organisations import municipalities_on
from karjera_core.programmes.teacher_support.parameters import (
    CODES,
    DEADLINES,
    ITEM_COMPONENTS,
    PROJECT_NUMBER,
    PROJECT_PERIOD,
    TITLES,
)

__all__ = ["PUBLISHED_TARGETS", "TeacherSupportTargets", "indicators"]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The most a count target may be: far above any project's materials or institutions.
MAX_COUNT = 1_000_000


def _share(what: str) -> Any:
    return fields.decimal(0, 1, places=4, exclusive_minimum=True, what=what)


@record
class TeacherSupportTargets:
    """The targets of the [003] results that are not fixed by their kind (I-5).

    * ``item1`` -- the share of municipalities whose education specialists
      started training (the seed: 90 %, ``Decimal("0.9")``);
    * ``item2`` -- the share of education institutions whose management team
      started training (the seed: 20 %, ``Decimal("0.2")``);
    * ``item4`` -- the number of materials developed or adapted;
    * ``item10`` -- the share of institutions supported at least once a year;
    * ``item11`` -- the number of institutions showing positive dynamics.

    The seed publishes no target for items 4, 10 and 11; each must be given,
    as a target or as ``None``, which leaves the item out of the catalogue.
    Shares are fractions above 0 and at most 1; counts whole numbers of 1 or
    more.  The milestones (items 3, 5-9) always have the target "delivered".

    >>> TeacherSupportTargets(item1=Decimal("0.9"), item2=Decimal("0.2"), item4=16, item10=None, item11=None).item4
    16
    >>> TeacherSupportTargets(item1=Decimal("1.2"), item2=Decimal("0.2"), item4=None, item10=None, item11=0)
    ... # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 2 problems:
      $.item1: expected a share of municipalities as a finite Decimal with at most 4 decimal places,
        above 0 and at most 1 [decimal.range]
      $.item11: expected None (no target) or a number of institutions: an int (not a bool) from 1 to 1000000
        [integer.range]
    """

    item1: Decimal = _share("a share of municipalities")
    item2: Decimal = _share("a share of education institutions")
    item4: int | None = fields.integer(1, MAX_COUNT, what="None (no target) or a number of materials")
    item10: Decimal | None = _share("None (no target) or a share of education institutions")
    item11: int | None = fields.integer(1, MAX_COUNT, what="None (no target) or a number of institutions")

    @classmethod
    def published(cls, *, item4: int | None, item10: Decimal | None, item11: int | None) -> TeacherSupportTargets:
        """The seed's targets of items 1 and 2 (90 % and 20 %) with the caller's for items 4, 10 and 11.

        Each of the three must be given: a target, or ``None`` to leave the item out.

        >>> TeacherSupportTargets.published(item4=16, item10=None, item11=None).item1
        Decimal('0.9')
        """
        return cls(item1=Decimal("0.9"), item2=Decimal("0.2"), item4=item4, item10=item10, item11=item11)


#: What [003] publishes: 90 % of municipalities (item 1) and 20 % of institutions (item 2); no target for
#: items 4, 10 and 11, so :func:`indicators` leaves them out.  A reference value the caller passes explicitly.
PUBLISHED_TARGETS = TeacherSupportTargets.published(item4=None, item10=None, item11=None)

_INDICATORS = arguments(
    targets=TeacherSupportTargets,
    institutions_total=fields.Optional(fields.Integer(1, MAX_COUNT, "a number of education institutions")),
    municipalities=fields.Optional(fields.Items(fields.Text(200, "a municipality's name"), UNBOUNDED)),
)


def indicators(
    targets: TeacherSupportTargets,
    *,
    institutions_total: int | None = None,
    municipalities: Iterable[str] | None = None,
) -> tuple[Indicator, ...]:
    """The [003] results as indicators, in the seed's order, with ``targets`` (I-5).

    Items 4, 10 and 11 are left out when their target is ``None``.
    ``institutions_total`` is the fixed denominator of items 2 and 10 (I-3);
    None (the default) takes it from the latest ``institutions_total`` fact.
    ``municipalities`` (any iterable of names, each once) is item 1's
    denominator population; None (the default) means the municipalities in
    force on its deadline, 2025-08-31 (O-2).

    >>> [ind.code for ind in indicators(PUBLISHED_TARGETS, municipalities=["Rīga", "Valmieras novads"])][:2]
    ['4.2.2.3-R1', '4.2.2.3-R2']
    >>> indicators(PUBLISHED_TARGETS, municipalities=["Rīga", "Rīga"])
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.municipalities[1]: expected each municipality once [teacher_support.municipality_duplicate]
    """
    targets, institutions_total, given = _INDICATORS(targets, institutions_total, municipalities)
    population = _in_force_on_deadline() if given is None else _distinct(given)
    built = [
        _share_of(1, targets.item1, population=population),
        _share_of(2, targets.item2, denominator=institutions_total),
        _milestone(3),
    ]
    if targets.item4 is not None:
        built.append(_count_of(4, targets.item4, Counting.DISTINCT))
    built.extend(_milestone(item) for item in (5, 6, 7, 8, 9))
    if targets.item10 is not None:
        built.append(_share_of(10, targets.item10, denominator=institutions_total))
    if targets.item11 is not None:
        built.append(_count_of(11, targets.item11, Counting.IMPROVED))
    return tuple(built)


def _named(item: int) -> dict[str, Any]:
    """What every indicator of the catalogue states: its code, titles, project and period."""
    lv, en = TITLES[item]
    return {"code": CODES[item], "title_lv": lv, "title_en": en, "project": PROJECT_NUMBER, "period": PROJECT_PERIOD}


def _share_of(item: int, target: Decimal, **denominator: Any) -> Indicator:
    """Item 1, 2 or 10 as a share (I-3): 1 and 2 count distinct subjects by their deadline, 10 every year (T-7)."""
    counting = Counting.EVERY_YEAR if item == 10 else Counting.DISTINCT
    return Indicator(
        **_named(item),
        measure=Measure.SHARE,
        counting=counting,
        target=target,
        deadline=DEADLINES.get(item),
        **denominator,
    )


def _count_of(item: int, target: int, counting: Counting) -> Indicator:
    """Item 4 (distinct materials) or 11 (institutions that improved) as a count without a deadline."""
    return Indicator(**_named(item), measure=Measure.COUNT, counting=counting, target=Decimal(target))


def _milestone(item: int) -> Indicator:
    """Item 3 or 5-9: every component delivered by the deadline."""
    return Indicator(
        **_named(item),
        measure=Measure.MILESTONE,
        target=Decimal(1),
        deadline=DEADLINES[item],
        population=ITEM_COMPONENTS[item],
    )


def _in_force_on_deadline() -> tuple[str, ...]:
    """The names of the municipalities in force on item 1's deadline (O-2)."""
    return tuple(m.name for m in municipalities_on(on=DEADLINES[1]))


def _distinct(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names``, or a ValidationError at each repeated one and for none at all."""
    if not names:
        raise ValidationError.single(
            "$.municipalities", "teacher_support.municipalities_empty", "expected at least one municipality"
        )
    seen: set[str] = set()
    problems = []
    for index, name in enumerate(names):
        if name in seen:
            problems.append(
                Problem(
                    path=f"$.municipalities[{index}]",
                    code="teacher_support.municipality_duplicate",
                    message="expected each municipality once",
                )
            )
        seen.add(name)
    if problems:
        raise ValidationError(problems)
    return names
