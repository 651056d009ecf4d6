"""Strategies for money (M-1)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.money import Money

__all__ = ["money"]


def money(*, min_value: Money | None = None, max_value: Money | None = None) -> st.SearchStrategy[Money]:
    """Amounts of euros between ``min_value`` and ``max_value`` (default 0 ... 100 million), shrinking to the least.

    Drawn as whole cents, so every value is exact by construction.  Any amount
    Money can hold may be a bound; a bound that is not a Money, or a
    ``min_value`` above ``max_value``, is an InvalidArgument.
    """
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if value is not None and type(value) is not Money:
            raise InvalidArgument(f"{name} must be a Money or None")
    low = 0 if min_value is None else int(min_value.amount * 100)
    high = 10**10 if max_value is None else int(max_value.amount * 100)
    if low > high:
        raise InvalidArgument("min_value must not be above max_value")
    return st.integers(min_value=low, max_value=high).map(lambda cents: Money(Decimal(cents) / 100))


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {Money: money()}
