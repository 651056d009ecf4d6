"""Strategies for money (M-1)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from karjera_core.money import LIMIT, Money


def money(*, min_value: Money | None = None, max_value: Money | None = None) -> st.SearchStrategy[Money]:
    """Amounts of euros between ``min_value`` and ``max_value`` (default 0 ... 100 million), shrinking to the least.

    Drawn as whole cents, so every value is exact by construction.
    """
    low = 0 if min_value is None else int(min_value.amount * 100)
    high = 10**10 if max_value is None else int(max_value.amount * 100)
    low, high = max(low, -(LIMIT * 100) + 1), min(high, LIMIT * 100 - 1)
    return st.integers(min_value=low, max_value=high).map(lambda cents: Money(Decimal(cents) / 100))


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {Money: money()}
