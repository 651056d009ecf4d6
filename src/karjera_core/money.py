"""Euros, exact to the cent (rules M-1 and M-3).

A :class:`Money` holds a :class:`~decimal.Decimal` number of euros with exactly
two decimal places.  It is built from ``str``, ``int`` or ``Decimal`` -- never
from ``float``, which cannot hold cents exactly (M-1).  Non-finite values,
amounts beyond a trillion euros and absurd exponents are refused before any
arithmetic is done on them.

>>> Money("1.5")
Money('1.50')
>>> Money("10.00") + Money(5) - Money("0.25")
Money('14.75')
>>> [str(part.amount) for part in Money("100.00").allocate([1, 1, 1])]
['33.34', '33.33', '33.33']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._records import record
from karjera_core.errors import ROOT, Problem, ValidationError, fail

__all__ = ["Money"]

CENT = Decimal("0.01")
#: The largest magnitude accepted, in euros (exclusive).  Public budgets of
#: the programmes are tens of millions; a trillion leaves room and keeps every
#: sum exact within Decimal's default 28 digits.
LIMIT = 10**12
_TEXT = re.compile(r"[+-]?[0-9]{1,13}(?:\.[0-9]{1,20})?")
_MAX_FRACTION_DIGITS = 20


def _decimal_amount(value: object, path: str) -> Decimal:
    """The amount ``value`` stands for, exact to the cent, or a ValidationError."""
    kind = type(value)
    if kind is str:
        text = str(value)
        if not _TEXT.fullmatch(text):
            fail(path, "money.format", "expected a decimal number of euros such as '1234.50'")
        number = Decimal(text)
    elif kind is int:
        assert isinstance(value, int)
        if not -LIMIT < value < LIMIT:
            fail(path, "money.too_large", f"expected an amount below {LIMIT} euros in magnitude")
        number = Decimal(value)
    elif kind is Decimal:
        assert isinstance(value, Decimal)
        number = value
        if not number.is_finite():
            fail(path, "money.not_finite", "expected a finite amount, not NaN or infinity")
        exponent = number.as_tuple().exponent
        assert isinstance(exponent, int)
        if exponent < -_MAX_FRACTION_DIGITS or (number and number.adjusted() >= 12):
            fail(path, "money.too_large", f"expected an amount below {LIMIT} euros with at most two decimals")
    elif kind is float:
        fail(path, "money.float", "expected str, int or Decimal: a float cannot hold cents exactly")
    else:
        fail(path, "money.type", "expected str, int or Decimal euros")
    if not -LIMIT < number < LIMIT:
        fail(path, "money.too_large", f"expected an amount below {LIMIT} euros in magnitude")
    cents = number.quantize(CENT)
    if cents != number:
        fail(path, "money.sub_cent", "expected an amount exact to the cent (at most two decimals)")
    return cents


_ZERO = Decimal("0.00")


def _cents(value: Decimal) -> Decimal:
    """``value`` written with exactly two decimal places (it has at most two); zero without a sign."""
    cents = value if value.same_quantum(CENT) else value.quantize(CENT)
    return cents if cents else _ZERO


#: Every amount Money can hold, as a declared field kind (M-1).
_AMOUNT = fields.Dec(CENT - LIMIT, LIMIT - CENT, 2, "euros")
_LOWEST, _HIGHEST = _AMOUNT.minimum, _AMOUNT.maximum


def _amount(value: object) -> object:
    """What the constructor checks: ``value`` itself when it is already cents (a Decimal of exactly two
    places within the bounds, as amounts read or added up are: ``same_quantum`` is false for NaN and
    infinity), else :func:`_decimal_amount` of it."""
    if type(value) is Decimal and value.same_quantum(CENT) and _LOWEST <= value <= _HIGHEST:
        return value
    return _decimal_amount(value, ROOT)


@record(kw_only=False, order=True)
class Money:
    """An amount of euros exact to the cent (M-1).

    ``amount`` is a :class:`~decimal.Decimal` with two decimal places.

    >>> Money("1.5").amount
    Decimal('1.50')
    >>> Money(1.5)
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $: expected str, int or Decimal: a float cannot hold cents exactly [money.float]
    """

    amount: Decimal = fields.field(_AMOUNT, convert=_amount, canonical=_cents)

    if TYPE_CHECKING:  # what type checkers see: the generated constructor takes str, int or Decimal

        def __init__(self, amount: str | int | Decimal) -> None: ...

    @classmethod
    def zero(cls) -> Money:
        """Zero euros."""
        return cls(0)

    @classmethod
    def total(cls, amounts: Iterable[Money]) -> Money:
        """The sum of ``amounts`` (zero for none).

        >>> Money.total([Money("1.10"), Money("2.20")])
        Money('3.30')
        """
        (found,) = _AMOUNTS(amounts)
        return cls(sum((amount.amount for amount in found), Decimal("0.00")))

    def __add__(self, other: Money) -> Money:
        if type(other) is not Money:
            return NotImplemented
        return Money(self.amount + other.amount)

    def __sub__(self, other: Money) -> Money:
        if type(other) is not Money:
            return NotImplemented
        return Money(self.amount - other.amount)

    def __neg__(self) -> Money:
        return Money(-self.amount)

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __repr__(self) -> str:
        return f"Money('{self.amount}')"

    def __str__(self) -> str:
        return f"{self.amount} EUR"

    def allocate(self, weights: Sequence[int | Decimal]) -> tuple[Money, ...]:
        """Split this amount by ``weights`` into parts that sum exactly to it (M-3).

        Each part gets its share rounded down to the cent; the cents left over
        go one each to the parts with the largest remainders (the earlier part
        first on a tie).  Weights are non-negative ``int`` or ``Decimal`` with
        a positive sum, in a list or tuple; anything else is a ValidationError
        at ``$.weights`` (or ``$.weights[i]`` for one weight).

        >>> [str(p.amount) for p in Money("0.05").allocate([3, 7])]
        ['0.02', '0.03']
        >>> [str(p.amount) for p in Money("-1.00").allocate([1, 2])]
        ['-0.33', '-0.67']
        """
        shares = _weights(weights)
        total_cents = int(self.amount * 100)
        sign = -1 if total_cents < 0 else 1
        whole = abs(total_cents)
        raw = [whole * share for share in shares]
        floors = [int(part) for part in raw]
        left = whole - sum(floors)
        by_remainder = sorted(range(len(raw)), key=lambda i: (-(raw[i] - floors[i]), i))
        for index in by_remainder[:left]:
            floors[index] += 1
        return tuple(Money(Decimal(sign * cents) / 100) for cents in floors)


_AMOUNTS = arguments(amounts=tuple[Money, ...])


def _weights(weights: Any) -> list[Fraction]:
    """The weights as exact fractions of their sum, or a ValidationError."""
    if not isinstance(weights, (list, tuple)) or not weights:
        fail("$.weights", "allocate.weights", "expected a non-empty list or tuple of weights")
    problems: list[Problem] = []
    exact: list[Fraction] = []
    for index, weight in enumerate(weights):
        kind = type(weight)
        if kind is int or (kind is Decimal and weight.is_finite()):
            if weight < 0:
                problems.append(
                    Problem(
                        path=f"$.weights[{index}]",
                        code="allocate.negative_weight",
                        message="expected a weight of zero or more",
                    )
                )
            elif kind is Decimal and (weight and not -30 < weight.adjusted() < 30):
                problems.append(
                    Problem(
                        path=f"$.weights[{index}]",
                        code="allocate.weight_range",
                        message="expected a weight of reasonable size",
                    )
                )
            else:
                exact.append(Fraction(weight))
        else:
            problems.append(
                Problem(
                    path=f"$.weights[{index}]",
                    code="allocate.weight_type",
                    message="expected an int or a finite Decimal weight",
                )
            )
    if problems:
        raise ValidationError(problems)
    whole = sum(exact)
    if whole == 0:
        fail("$.weights", "allocate.zero_weights", "expected weights with a positive sum")
    return [weight / whole for weight in exact]


def __dir__() -> list[str]:
    return sorted(__all__)
