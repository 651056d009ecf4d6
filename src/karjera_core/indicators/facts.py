"""Facts: the dated observations indicators count, and the hook that makes them from domain objects (I-2, I-6, P-7).

* :class:`FactKind` -- what a fact says: something occurred, a total (a
  share's denominator, I-3), or a measurement.
* :class:`Fact` -- one small flat record, so that a million of them are cheap.
  Its subject is pseudonymous text: a personal code is refused (P-7).
* :func:`facts_from` -- facts of one indicator from any iterable of domain
  objects, through key functions (I-6).

>>> Fact(indicator="1", on=date(2025, 1, 15), subject="Valmieras novads").kind
<FactKind.OCCURRED: 'occurred'>
>>> Fact(indicator="2", on=date(2025, 1, 15), subject="VIIS", kind=FactKind.TOTAL, value=Decimal("600.5"))
Traceback (most recent call last):
...
karjera_core.errors.ValidationError: 1 problem:
  $.value: expected a whole number of zero or more as the total [fact.value.total]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import TypeVar

from karjera_core import _fields as fields
from karjera_core._arguments import Function, Stream, arguments
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.errors import ValidationError
from karjera_core.indicators.definitions import CODE, NUMBER, SUBJECT

__all__ = ["Fact", "FactKind", "facts_from"]

T = TypeVar("T")


class FactKind(LabelledEnum):
    """What a :class:`Fact` says.

    * ``OCCURRED`` -- the subject did, received or delivered the counted thing
      on the day; ``value`` is an optional non-negative amount (for ``SUM``).
    * ``TOTAL`` -- the denominator of a share as known on the day (e.g. all
      education institutions, I-3); ``value`` is the whole number, ``subject``
      says where the figure comes from.  The latest one as of the evaluation
      day counts.
    * ``MEASUREMENT`` -- a performance measure of the subject on the day
      (``value`` required); used by ``IMPROVED``.
    """

    OCCURRED = "occurred", "notikums"
    TOTAL = "total", "kopskaits"
    MEASUREMENT = "measurement", "mērījums"


_OCCURRED, _TOTAL, _MEASUREMENT = FactKind.OCCURRED, FactKind.TOTAL, FactKind.MEASUREMENT


@record
class Fact:
    """One dated observation an indicator counts.

    * ``indicator`` -- the code of the indicator it is a fact of;
    * ``on`` -- the day; only facts on or before the evaluation day count (I-2);
    * ``subject`` -- what is counted: a municipality's name, an institution's
      registration number, a material's id, a pseudonymous learner id; never a
      personal code (P-7);
    * ``value`` -- an amount (``OCCURRED``, optional, zero or more), the
      denominator (``TOTAL``, a whole number) or the measure (``MEASUREMENT``);
    * ``kind`` -- what the fact says (:class:`FactKind`).
    """

    indicator: str = fields.field(CODE)
    on: date
    subject: str = fields.field(SUBJECT)
    value: Decimal | None = fields.field(fields.Optional(NUMBER), default=None)
    kind: FactKind = FactKind.OCCURRED

    @rule("value", "kind")
    def _value_suits_the_kind(self) -> Flaw | None:
        value, kind = self.value, self.kind
        if value is None:
            if kind is _OCCURRED:
                return None
            return Flaw("$.value", "fact.value.missing", f"expected a value: a {kind.name} fact carries one")
        if kind is _MEASUREMENT or (value >= 0 and (kind is _OCCURRED or value == value.to_integral_value())):
            return None
        if kind is _TOTAL:
            return Flaw("$.value", "fact.value.total", "expected a whole number of zero or more as the total")
        return Flaw("$.value", "fact.value.negative", "expected an amount of zero or more")

    def __reduce__(self) -> tuple[Callable[..., Fact], tuple[str, date, str, Decimal | None, str]]:
        # Plain values, not the slots' state nor the enum: a million facts pickle
        # about four times faster, and unpickling validates them again.
        return (_unpickle_fact, (self.indicator, self.on, self.subject, self.value, self.kind.value))


_KINDS = {kind.value: kind for kind in FactKind}


def _unpickle_fact(indicator: str, on: date, subject: str, value: Decimal | None, kind: str) -> Fact:
    return Fact(indicator=indicator, on=on, subject=subject, value=value, kind=_KINDS[kind])


_FACTS_FROM = arguments(
    items=Stream("an iterable (not text or a mapping) of domain objects"),
    indicator=CODE,
    day_of=Function("a function giving an item's day"),
    subject_of=Function("a function giving an item's subject"),
    value_of=fields.Optional(Function("a function giving an item's value")),
    kind=FactKind,
)


def facts_from(
    items: Iterable[T],
    *,
    indicator: str,
    day_of: Callable[[T], date],
    subject_of: Callable[[T], str],
    value_of: Callable[[T], Decimal | None] | None = None,
    kind: FactKind = FactKind.OCCURRED,
) -> Iterator[Fact]:
    """Facts of ``indicator`` made from any iterable of domain objects (I-6).

    Each item gives one fact: its day from ``day_of(item)``, its subject from
    ``subject_of(item)`` and, when given, its value from ``value_of(item)``.
    This is the hook through which events, assignments and support cases
    become indicator facts.  The arguments are checked at once; the items are
    read lazily, as the facts are, and a bad one is a ValidationError at its
    position (``$.items[3].subject``).

    >>> events = [("2017-04-20", "school-1", 120), ("2017-05-03", "school-2", 90)]
    >>> made = facts_from(events, indicator="C-9", day_of=lambda e: date.fromisoformat(e[0]),
    ...                   subject_of=lambda e: e[1], value_of=lambda e: Decimal(e[2]))
    >>> [(f.subject, f.value) for f in made]
    [('school-1', Decimal('120')), ('school-2', Decimal('90'))]
    """
    items, indicator, day_of, subject_of, value_of, kind = _FACTS_FROM(
        items, indicator, day_of, subject_of, value_of, kind
    )
    return _made(items, indicator, day_of, subject_of, value_of, kind)


def _made(
    items: Iterable[T],
    indicator: str,
    day_of: Callable[[T], date],
    subject_of: Callable[[T], str],
    value_of: Callable[[T], Decimal | None] | None,
    kind: FactKind,
) -> Iterator[Fact]:
    for index, item in enumerate(items):
        try:
            yield Fact(
                indicator=indicator,
                on=day_of(item),
                subject=subject_of(item),
                value=None if value_of is None else value_of(item),
                kind=kind,
            )
        except ValidationError as problem:
            raise problem.under(f"$.items[{index}]") from None


def __dir__() -> list[str]:
    return sorted(__all__)
