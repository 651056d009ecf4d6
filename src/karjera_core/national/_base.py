"""What every part of the national data set uses (private): days, the trusted builders, the fact columns."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from karjera_core._records import plan_of
from karjera_core.indicators import FactKind

#: The first and the last day of the data set: a decade and more, school year 2016/2017 to 2026/2027.
FIRST, LAST = date(2016, 1, 1), date(2027, 12, 31)
#: Every day of the data set, made once: ``DAYS[n]`` is ``FIRST`` + n days.
DAYS: tuple[date, ...] = tuple(FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1))
OCCURRED, TOTAL, MEASUREMENT = FactKind.OCCURRED, FactKind.TOTAL, FactKind.MEASUREMENT


def offset(day: date) -> int:
    """The position of ``day`` in :data:`DAYS`."""
    return (day - FIRST).days


def builder(cls: type) -> Callable[..., Any]:
    """The trusted builder of ``cls``: its fields in order, not checked (the data set knows them valid)."""
    return plan_of(cls).build


def stream(seed: int, part: str) -> random.Random:
    """The random stream of one part of the data set: the same for the same seed, independent of the others."""
    return random.Random(f"{seed}/{part}")  # noqa: S311 -- a reproducible data set, not a secret


class Columns:
    """Fact columns being filled: five lists, appended to row by row or column by column."""

    __slots__ = ("indicator", "kind", "on", "subject", "value")

    def __init__(self) -> None:
        self.indicator: list[str] = []
        self.on: list[date] = []
        self.subject: list[str] = []
        self.value: list[Decimal | None] = []
        self.kind: list[FactKind] = []

    def add(
        self, indicator: str, on: date, subject: str, value: Decimal | None = None, kind: FactKind = OCCURRED
    ) -> None:
        self.indicator.append(indicator)
        self.on.append(on)
        self.subject.append(subject)
        self.value.append(value)
        self.kind.append(kind)

    def __len__(self) -> int:
        return len(self.indicator)
