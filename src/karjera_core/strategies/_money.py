"""Strategies for money (M-1)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from karjera_core.money import Money
from karjera_core.strategies._draw import builder, integers
from karjera_core.strategies._narrowing import Narrowing

__all__ = ["money"]

#: The largest amount drawn by default: EUR 100 million, in cents.
DEFAULT_MAX_CENTS = 10**10
_MONEY = builder(Money)


def cents(value: int) -> Money:
    """``value`` cents as Money, built as Money itself writes it (two decimal places)."""
    return _MONEY(Decimal(value).scaleb(-2))


def money(*, min_value: Money | None = None, max_value: Money | None = None) -> st.SearchStrategy[Money]:
    """Amounts of euros from ``min_value`` to ``max_value`` (default 0 ... 100 million), shrinking to the least.

    Drawn as whole cents (one choice), so every value is exact by construction.
    Any amount Money can hold may be a bound; a bound that is not a Money, or
    a ``min_value`` above ``max_value``, is an InvalidArgument.
    """
    low, high = Narrowing("money").bounds(min_value, max_value, Money)
    last = None if high is None else int(high.amount * 100)
    first = min(0, last or 0) if low is None else int(low.amount * 100)
    return integers(first, max(DEFAULT_MAX_CENTS, first) if last is None else last).map(cents)


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {Money: money()}
