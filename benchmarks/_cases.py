"""Benchmark cases: a library type, its bare attrs floor, a pydantic v2 model doing the same validation, and data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import pydantic

from karjera_core import DateRange
from karjera_core.time import FIRST_DAY, LAST_DAY


@attrs.frozen(kw_only=True)
class Case:
    name: str
    cls: Any
    floor: Any
    model: Any
    kwargs: list[dict[str, Any]]
    data: list[dict[str, Any]]

    @property
    def fields(self) -> int:
        return len(attrs.fields(self.floor))


_STRICT = pydantic.ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------- DateRange


@attrs.frozen(kw_only=True)
class BareRange:
    start: date
    end: date | None = None


class RangeModel(pydantic.BaseModel):
    model_config = _STRICT
    start: date
    end: date | None = None

    @pydantic.model_validator(mode="after")
    def _order(self) -> RangeModel:
        if not FIRST_DAY <= self.start <= (LAST_DAY if self.end is None else self.end) <= LAST_DAY:
            raise ValueError("expected start <= end within the supported years")
        return self


def date_ranges(size: int) -> Case:
    kwargs = [
        {"start": date(2000 + i % 30, 1 + i % 12, 1 + i % 28), "end": None if i % 5 == 0 else date(2031, 1, 1 + i % 28)}
        for i in range(size)
    ]
    data = [{k: None if v is None else v.isoformat() for k, v in kw.items()} for kw in kwargs]
    return Case(name="DateRange", cls=DateRange, floor=BareRange, model=RangeModel, kwargs=kwargs, data=data)


CASES: list[Callable[[int], Case]] = [date_ranges]
