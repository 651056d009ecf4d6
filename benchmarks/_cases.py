"""Benchmark cases: a library type, its bare attrs floor, a pydantic v2 model doing the same validation, and data."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pydantic

from karjera_core import (
    ConsultantAssignment,
    DateRange,
    Fact,
    FactKind,
    Organisation,
    OrganisationKind,
    looks_like_personal_code,
    unstructure,
)
from karjera_core._iso3166 import ALPHA_2
from karjera_core.time import FIRST_DAY, LAST_DAY


@attrs.frozen(kw_only=True)
class Case:
    name: str
    cls: Any
    floor: Any
    model: Any
    kwargs: list[dict[str, Any]]
    data: list[dict[str, Any]]
    #: Keyword arguments for the floor and the pydantic model, when their nested values differ.
    floor_kwargs: list[dict[str, Any]] | None = None
    model_kwargs: list[dict[str, Any]] | None = None

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


# --------------------------------------------------------------------- Organisation (O-1)

_REG = re.compile(r"[0-9]{10}")


@attrs.frozen(kw_only=True)
class BareOrganisation:
    name: str
    kind: OrganisationKind
    country: str
    registration_number: str | None = None


class OrganisationModel(pydantic.BaseModel):
    model_config = _STRICT
    name: str = pydantic.Field(min_length=1, max_length=500)
    kind: OrganisationKind
    country: str
    registration_number: str | None = pydantic.Field(default=None, min_length=1, max_length=40)

    @pydantic.field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("expected a non-blank name")
        return value

    @pydantic.field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if value not in ALPHA_2:
            raise ValueError("expected an ISO 3166-1 alpha-2 code")
        return value


def organisations(size: int) -> Case:
    kinds = list(OrganisationKind)
    countries = sorted(ALPHA_2)
    kwargs = [
        {
            "name": f"Izglītības iestāde Nr. {i}",
            "kind": kinds[i % len(kinds)],
            "country": countries[i % len(countries)],
            "registration_number": None if i % 3 else f"{4000000000 + i}",
        }
        for i in range(size)
    ]
    data = [{**kw, "kind": kw["kind"].value} for kw in kwargs]
    return Case(
        name="Organisation", cls=Organisation, floor=BareOrganisation, model=OrganisationModel, kwargs=kwargs, data=data
    )


# --------------------------------------------------------------------- ConsultantAssignment (C-5)


@attrs.frozen(kw_only=True)
class BareAssignment:
    consultant: str
    institution: str
    load: Decimal
    period: BareRange


class AssignmentModel(pydantic.BaseModel):
    model_config = _STRICT
    consultant: str = pydantic.Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")
    institution: str = pydantic.Field(pattern=r"^[0-9]{10}$")
    load: Decimal = pydantic.Field(gt=0, le=1, decimal_places=2, allow_inf_nan=False)
    period: RangeModel

    @pydantic.field_validator("consultant")
    @classmethod
    def _pseudonymous(cls, value: str) -> str:
        if looks_like_personal_code(value):
            raise ValueError("a personal code is refused")
        return value

    @pydantic.field_serializer("load")
    def _two_places(self, value: Decimal) -> str:
        return format(value.quantize(Decimal("0.01")), "f")


def assignments(size: int) -> Case:
    periods = [DateRange(start=date(2017, 9, 1), end=date(2018, 8, 31)), DateRange(start=date(2018, 9, 1))]
    kwargs = [
        {
            "consultant": f"c-{i}",
            "institution": f"{4500000000 + i % 600}",
            "load": Decimal("0.30") + Decimal(i % 70) / 100,
            "period": periods[i % 2],
        }
        for i in range(size)
    ]
    floor_kwargs = [{**kw, "period": BareRange(start=kw["period"].start, end=kw["period"].end)} for kw in kwargs]
    data = [{**unstructure(ConsultantAssignment(**kw))} for kw in kwargs]
    case = Case(
        name="ConsultantAssignment",
        cls=ConsultantAssignment,
        floor=BareAssignment,
        model=AssignmentModel,
        kwargs=kwargs,
        data=data,
    )
    model_kwargs = [{**kw, "period": RangeModel(**data[i]["period"])} for i, kw in enumerate(kwargs)]
    return attrs.evolve(case, floor_kwargs=floor_kwargs, model_kwargs=model_kwargs)


# --------------------------------------------------------------------- Fact (I-2)


@attrs.frozen(kw_only=True)
class BareFact:
    indicator: str
    on: date
    subject: str
    value: Decimal | None = None
    kind: FactKind = FactKind.OCCURRED


class FactModel(pydantic.BaseModel):
    model_config = _STRICT
    indicator: str = pydantic.Field(min_length=1, max_length=64)
    on: date
    subject: str = pydantic.Field(min_length=1, max_length=200)
    value: Decimal | None = pydantic.Field(default=None, ge=0, allow_inf_nan=False)
    kind: FactKind = FactKind.OCCURRED

    @pydantic.model_validator(mode="after")
    def _checks(self) -> FactModel:
        if not FIRST_DAY <= self.on <= LAST_DAY or self.subject.isspace():
            raise ValueError("expected a day in range and a non-blank subject")
        if self.value is None and self.kind is not FactKind.OCCURRED:
            raise ValueError("expected a value")
        return self

    @pydantic.field_serializer("value")
    def _decimal(self, value: Decimal | None) -> str | None:
        return None if value is None else format(value, "f")


def facts(size: int) -> Case:
    kwargs = [
        {
            "indicator": f"4.2.2.3-R{1 + i % 11}",
            "on": date(2024, 10, 1) + timedelta(days=i % 1500),
            "subject": f"{4000000000 + i % 600}",
            "value": None if i % 4 else Decimal(i % 9),
            "kind": FactKind.OCCURRED,
        }
        for i in range(size)
    ]
    data = [unstructure(Fact(**kw)) for kw in kwargs]
    return Case(name="Fact", cls=Fact, floor=BareFact, model=FactModel, kwargs=kwargs, data=data)


CASES.extend([organisations, assignments, facts])
