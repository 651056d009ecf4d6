"""Near-miss payloads (issue #14): payloads(cls) are accepted, invalid_payloads(cls) refused at their path,
for every public record class."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import karjera_core
from karjera_core import DateRange, Project, SchoolYear, ValidationError, structure
from karjera_core._records import is_record
from karjera_core.strategies import invalid_payloads, payloads
from karjera_core.strategies._payloads import PERSONAL_CODE, UNKNOWN_KEY, _break, _break_count, _breaks, _sites


def _public_records() -> list[type]:
    """Every record class named in karjera_core.__all__ or in a programme package's __all__."""
    found: dict[int, type] = {}
    for name in karjera_core.__all__:
        value = getattr(karjera_core, name)
        names = getattr(value, "__all__", None) if inspect.ismodule(value) else None
        for cls in [value] if names is None else [getattr(value, n) for n in names]:
            if isinstance(cls, type) and is_record(cls):
                found.setdefault(id(cls), cls)
    return sorted(found.values(), key=lambda cls: (cls.__name__, cls.__module__))


PUBLIC_RECORDS = _public_records()
IDS = [f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}" for cls in PUBLIC_RECORDS]


def test_the_public_records_are_found() -> None:
    assert len(PUBLIC_RECORDS) > 80
    assert {Project, SchoolYear, DateRange, karjera_core.SupportCase} <= set(PUBLIC_RECORDS)


@pytest.mark.parametrize("cls", PUBLIC_RECORDS, ids=IDS)
@settings(max_examples=5)
@given(data=st.data())
def test_payloads_are_accepted(cls: type, data: st.DataObject) -> None:
    payload = data.draw(payloads(cls))
    assert type(structure(payload, cls)) is cls


@pytest.mark.parametrize("cls", PUBLIC_RECORDS, ids=IDS)
@settings(max_examples=5)
@given(data=st.data())
def test_invalid_payloads_are_refused_at_their_path(cls: type, data: st.DataObject) -> None:
    payload, path = data.draw(invalid_payloads(cls))
    with pytest.raises(ValidationError) as refused:
        structure(payload, cls)
    assert path in [problem.path for problem in refused.value.problems]


def _broken(cls: type, path: str, code: str, wanted: Any = None) -> tuple[Any, str]:
    """The first (shrunk) invalid payload of ``cls`` broken at ``path`` with a problem of ``code``."""

    def matches(found: tuple[Any, str]) -> bool:
        if found[1] != path:
            return False
        try:
            structure(found[0], cls)
        except ValidationError as error:
            codes = [p.code for p in error.problems if p.path == path]
            return code in codes and (wanted is None or wanted(found[0]))
        raise AssertionError(found)  # pragma: no cover - invalid payloads are always refused

    return find(invalid_payloads(cls), matches, settings=settings(max_examples=2000, database=None))


def test_the_breaks_include_a_date_without_dashes() -> None:
    payload, _ = _broken(DateRange, "$.start", "date.format", lambda data: type(data["start"]) is str)
    assert len(payload["start"]) == 8
    assert payload["start"].isdigit()


def test_the_breaks_include_a_personal_code_in_a_text() -> None:
    payload, _ = _broken(Project, "$.title", "privacy.personal_code")
    assert PERSONAL_CODE in payload["title"]


def test_the_breaks_include_an_unknown_key() -> None:
    payload, _path = _broken(DateRange, f"$.{UNKNOWN_KEY}", "object.unknown_key")
    assert UNKNOWN_KEY in payload


def test_the_breaks_include_a_missing_required_key() -> None:
    payload, _ = _broken(Project, "$.title", "object.missing_key")
    assert "title" not in payload


def test_the_breaks_include_a_number_out_of_range_and_a_wrong_type() -> None:
    assert _broken(SchoolYear, "$", "integer.range")[0] > 2100
    assert _broken(SchoolYear, "$", "type.integer")[0] is not None


@pytest.mark.parametrize("make", [payloads, invalid_payloads])
def test_a_value_for_the_class_is_refused_with_a_hint(make: Any) -> None:
    with pytest.raises(InvalidArgument, match=rf"{make.__name__}\(cls=...\).*SchoolYear.*class itself"):
        make(SchoolYear(2020))


@pytest.mark.parametrize("cls", [int, dict, ValidationError, karjera_core._records.Plan])
def test_a_class_that_is_no_public_record_is_refused(cls: Any) -> None:
    with pytest.raises(InvalidArgument, match=r"payloads\(cls=...\): expected a public record class"):
        payloads(cls)


def test_the_breaks_are_tried_from_the_drawn_one_round_to_those_before_it() -> None:
    data = {"a": [1, {"b": "x"}], "c": None}
    sites = list(_sites(data))
    every = [_break(data, steps, node, which) for steps, node, _ in sites for which in range(_break_count(node))]
    start = 0
    for at, (_, node, _) in enumerate(sites):
        for first in range(_break_count(node)):
            assert list(_breaks(sites, at, first)) == every[start + first :] + every[: start + first]
        start += _break_count(node)
