"""Strategies for organisations and municipalities (O-1, O-2).

Every value is valid by construction (no ``.filter()``) and shrinks toward the
simplest one: a national agency in Latvia, a novads with the first name of the
reference data, the earliest dates allowed.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

from hypothesis import strategies as st

from karjera_core import _municipality_data as _data
from karjera_core._iso3166 import ALPHA_2
from karjera_core.organisations import (
    MUNICIPALITIES,
    REFORM_2021,
    SUCCESSIONS,
    Municipality,
    MunicipalityKind,
    Organisation,
    OrganisationKind,
    Succession,
)
from karjera_core.strategies import _draw
from karjera_core.strategies._draw import builder, count, day
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._time import DEFAULT_MAX_DATE, DEFAULT_MIN_DATE, date_ranges
from karjera_core.time import DateRange

__all__ = ["municipalities", "municipality_kinds", "organisation_kinds", "organisations", "successions"]

E = TypeVar("E")

_COUNTRIES = ("LV", *sorted(ALPHA_2 - {"LV"}))
_LAST_DAY_BEFORE_REFORM = REFORM_2021 - timedelta(days=1)


def organisation_kinds() -> st.SearchStrategy[OrganisationKind]:
    """Any :class:`~karjera_core.organisations.OrganisationKind`."""
    return st.sampled_from(OrganisationKind)


def municipality_kinds() -> st.SearchStrategy[MunicipalityKind]:
    """Any :class:`~karjera_core.organisations.MunicipalityKind`."""
    return st.sampled_from(MunicipalityKind)


def _names(max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank names without surrounding spaces: words of :func:`karjera_core.strategies._draw.texts`,
    single spaces inside, one choice."""
    return _draw.texts(max_size)


def _registration_numbers() -> st.SearchStrategy[str]:
    """Registration numbers of any country: digits, optionally after a country prefix such as ``RO-``.

    Never a run of exactly eleven digits, which could be a personal code (P-7) and would be refused.
    """
    digits = st.text(alphabet="0123456789", min_size=1, max_size=10) | st.text(
        alphabet="0123456789", min_size=12, max_size=20
    )
    prefix = st.sampled_from(["", "LV", "RO-", "ES B", "IT "])
    return st.tuples(prefix, digits).map("".join)


def organisations(
    *,
    kinds: Sequence[OrganisationKind] | None = None,
    countries: Sequence[str] | None = None,
    registered: bool | None = None,
) -> st.SearchStrategy[Organisation]:
    """Organisations (O-1), narrowed to ``kinds`` and ``countries`` (ISO alpha-2 codes) when given.

    ``registered``: True for organisations with a registration number only,
    False for ones without, None (default) for both.
    """
    check = Narrowing("organisations")
    kind_list = check.choices("kinds", kinds, list(OrganisationKind), OrganisationKind)
    country_list = check.choices("countries", countries, _COUNTRIES, str)
    check.flag("registered", registered)
    number = _registration_numbers()
    if registered is None:
        registration: st.SearchStrategy[str | None] = st.none() | number
    elif registered:
        registration = number
    else:
        registration = st.none()
    return st.builds(
        Organisation,
        name=_names(),
        kind=st.sampled_from(kind_list),
        country=st.sampled_from(country_list),
        registration_number=registration,
    )


_NAMES_BY_KIND = {
    MunicipalityKind.NOVADS: tuple(dict.fromkeys(_data.NOVADI_2021 + _data.NOVADI_2011)),
    MunicipalityKind.REPUBLIC_CITY: _data.REPUBLIC_CITIES,
    MunicipalityKind.STATE_CITY: _data.STATE_CITIES,
}


def _hard_bounds(kind: MunicipalityKind) -> tuple[date | None, date | None]:
    """The first and last day (None = no limit) a municipality of ``kind`` may be in force (O-2)."""
    if kind is MunicipalityKind.REPUBLIC_CITY:
        return None, _LAST_DAY_BEFORE_REFORM
    if kind is MunicipalityKind.STATE_CITY:
        return REFORM_2021, None
    return None, None


def _possible_on(kind: MunicipalityKind, on: date) -> bool:
    first, last = _hard_bounds(kind)
    return (first is None or first <= on) and (last is None or on <= last)


@functools.lru_cache(maxsize=16)
def _valid_ranges(first: date, last: date | None) -> st.SearchStrategy[DateRange]:
    return date_ranges(within=DateRange(start=first, end=last))


#: ISO 3166-2 codes of Latvia (ISO_3166_2_LV): LV-000 ... LV-999, then LV-AAA ... LV-ZZZ, as one choice.
_ISO_CODES = 1000 + 26**3


def _iso_code(number: int) -> str:
    if number < 1000:
        return f"LV-{number:03d}"
    number -= 1000
    return "LV-" + "".join(chr(ord("A") + number // 26**power % 26) for power in (2, 1, 0))


@st.composite
def _synthetic(draw: st.DrawFn, kinds: list[MunicipalityKind], on: date | None) -> Municipality:
    kind = kinds[count(draw, 0, len(kinds) - 1)]
    first, last = _hard_bounds(kind)
    if on is None:
        valid = draw(_valid_ranges(first or DEFAULT_MIN_DATE, last))
    else:
        start = day(draw, first or min(DEFAULT_MIN_DATE, on), on)
        if last is None:
            end = day(draw, on, max(on, DEFAULT_MAX_DATE)) if draw(_BOOLEANS) else None
        else:
            end = day(draw, on, last)
        valid = _RANGE(start, end)
    atvk = f"{count(draw, 0, 10**7 - 1):07d}" if draw(_BOOLEANS) else None
    iso_code = _iso_code(count(draw, 0, _ISO_CODES - 1)) if draw(_BOOLEANS) else None
    names = _NAMES_BY_KIND[kind]
    return _MUNICIPALITY(names[count(draw, 0, len(names) - 1)], kind, valid, atvk, iso_code)


_BOOLEANS = st.booleans()
_RANGE = builder(DateRange)
_MUNICIPALITY = builder(Municipality)


def municipalities(
    *,
    kinds: Sequence[MunicipalityKind] | None = None,
    on: date | None = None,
    reference: bool = False,
) -> st.SearchStrategy[Municipality]:
    """Municipalities (O-2), narrowed to ``kinds`` and to those in force ``on`` a day when given.

    A republic city always ends by 2021-06-30 and a state city begins on or
    after 2021-07-01, as the constructor requires.  ``reference=True`` draws
    from the shipped data (:data:`~karjera_core.organisations.MUNICIPALITIES`)
    instead of making municipalities up.
    """
    check = Narrowing("municipalities")
    kind_list = check.choices("kinds", kinds, list(MunicipalityKind), MunicipalityKind)
    check.day("on", on)
    check.boolean("reference", reference)
    if reference:
        found = [m for m in MUNICIPALITIES if m.kind in kind_list and (on is None or on in m.valid)]
        if not found:
            check.refuse("no shipped municipality has one of these kinds on that day")
        return st.sampled_from(found)
    if on is not None:
        kind_list = [k for k in kind_list if _possible_on(k, on)]
        if not kind_list:
            check.refuse("no municipality of these kinds can be in force on that day")
    return _synthetic(kind_list, on)


def successions() -> st.SearchStrategy[Succession]:
    """The shipped successions of the reforms of 2021 and 2025 (O-2), shrinking toward the first."""
    return st.sampled_from(SUCCESSIONS)


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Organisation: organisations(),
    OrganisationKind: organisation_kinds(),
    Municipality: municipalities(),
    MunicipalityKind: municipality_kinds(),
    Succession: successions(),
}
