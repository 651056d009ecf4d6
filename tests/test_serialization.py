"""Strict serialization (DESIGN.md §5): round trips, strictness, paths, and fuzzed input."""

from __future__ import annotations

import enum
import json
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from karjera_core import DateRange, Money, PersonalDataRejected, SchoolYear, ValidationError, structure, unstructure
from karjera_core.errors import fail
from karjera_core.serialization import make_converter
from karjera_core.strategies import all_type_strategies

PUBLIC_TYPES = sorted(all_type_strategies().items(), key=lambda item: item[0].__qualname__)


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@attrs.frozen(kw_only=True)
class Code:
    """A type with a canonical text form."""

    __karjera_text__ = True
    text: str

    @classmethod
    def parse(cls, text: str) -> Code:
        if not text.isalpha():
            fail("$", "code.format", "expected letters")
        return cls(text=text.upper())

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Stamp:
    """A single-value type around a non-plain value."""

    day: date


@attrs.frozen(kw_only=True)
class Secret:
    value: str

    def __attrs_post_init__(self) -> None:
        if self.value == "personal":
            raise PersonalDataRejected.single("$.value", "privacy.personal_code", "refused")


@attrs.frozen(kw_only=True)
class Probe:
    """One field of every kind the converter supports."""

    name: str
    count: int
    flag: bool
    day: date
    share: Decimal
    price: Money
    colour: Colour
    year: SchoolYear
    code: Code
    period: DateRange
    maybe_day: date | None
    tags: tuple[str, ...]
    periods: tuple[DateRange, ...]
    stamp: Stamp
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if type(self.name) is not str or type(self.count) is not int or type(self.flag) is not bool:
            fail("$", "probe.type", "expected name str, count int and flag bool")


GOOD: dict[str, Any] = {
    "name": "x",
    "count": 3,
    "flag": False,
    "day": "2024-01-02",
    "share": "0.90",
    "price": "12.50",
    "colour": "red",
    "year": 2016,
    "code": "abc",
    "period": {"start": "2024-10-01", "end": None},
    "maybe_day": None,
    "tags": ["a", "b"],
    "periods": [{"start": "2020-01-01", "end": "2020-12-31"}],
    "stamp": "2020-02-29",
    "note": None,
}


def _codes(error: ValidationError) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in error.problems]


def test_record_round_trips_to_plain_json() -> None:
    probe = structure(GOOD, Probe)
    assert probe.code == Code(text="ABC")
    assert probe.year == SchoolYear(2016)
    assert probe.price == Money("12.50")
    data = unstructure(probe)
    assert data == {**GOOD, "code": "ABC"}
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert structure(data, Probe) == probe


def test_a_defaulted_key_may_be_left_out() -> None:
    data = {k: v for k, v in GOOD.items() if k != "note"}
    assert structure(data, Probe).note is None


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("name", 12345, ("$.name", "type.string")),
        ("count", 3.9, ("$.count", "type.integer")),
        ("count", True, ("$.count", "type.integer")),
        ("flag", "false", ("$.flag", "type.boolean")),
        ("day", "20240102", ("$.day", "date.format")),
        ("day", "2024-W01-1", ("$.day", "date.format")),
        ("day", "2023-02-29", ("$.day", "date.invalid")),
        ("day", 20240102, ("$.day", "date.format")),
        ("share", 0.9, ("$.share", "decimal.format")),
        ("share", "1e5", ("$.share", "decimal.format")),
        ("price", 12, ("$.price", "money.format")),
        ("price", "1.005", ("$.price", "money.sub_cent")),
        ("colour", "green", ("$.colour", "enum.value")),
        ("colour", ["red"], ("$.colour", "enum.value")),
        ("year", "2016", ("$.year", "type.integer")),
        ("year", 10**100, ("$.year", "school_year.range")),
        ("code", 5, ("$.code", "type.string")),
        ("code", "a1", ("$.code", "code.format")),
        ("period", [], ("$.period", "type.object")),
        ("period", {"start": "2024-10-01", "end": "2024-01-01"}, ("$.period.end", "period.end_before_start")),
        ("maybe_day", "x", ("$.maybe_day", "date.format")),
        ("tags", "ab", ("$.tags", "type.array")),
        ("tags", ["a", 1, "b", None], None),
        ("periods", [{"start": "2020-01-01"}, {"end": None}], ("$.periods[1].start", "object.missing_key")),
    ],
)
def test_structure_is_strict_and_reports_paths(key: str, value: Any, expected: tuple[str, str] | None) -> None:
    with pytest.raises(ValidationError) as caught:
        structure({**GOOD, key: value}, Probe)
    found = _codes(caught.value)
    if expected is None:
        assert found == [("$.tags[1]", "type.string"), ("$.tags[3]", "type.string")]
    else:
        assert found == [expected]


def test_every_problem_is_reported_at_once() -> None:
    data = {**GOOD, "name": 1, "day": "x", "extra": 1}
    del data["count"]
    with pytest.raises(ValidationError) as caught:
        structure(data, Probe)
    assert _codes(caught.value) == [
        ("$", "object.unknown_key"),
        ("$.name", "type.string"),
        ("$.count", "object.missing_key"),
        ("$.day", "date.format"),
    ]


def test_constructor_problems_surface_after_the_fields_check_out() -> None:
    # The fast path hands plain fields straight to the constructor; the slow path reports its problem.
    @attrs.frozen(kw_only=True)
    class Pair:
        low: int
        high: int

        def __attrs_post_init__(self) -> None:
            if type(self.low) is not int or type(self.high) is not int or self.low > self.high:
                fail("$.high", "pair.order", "expected high >= low")

    with pytest.raises(ValidationError) as caught:
        structure({"low": 2, "high": 1}, Pair)
    assert _codes(caught.value) == [("$.high", "pair.order")]
    assert structure({"low": 1, "high": 2}, Pair) == Pair(low=1, high=2)


def test_personal_data_refusal_keeps_its_class_through_nesting() -> None:
    @attrs.frozen(kw_only=True)
    class Holder:
        secrets: tuple[Secret, ...]

    with pytest.raises(PersonalDataRejected) as caught:
        structure({"secrets": [{"value": "ok"}, {"value": "personal"}]}, Holder)
    assert _codes(caught.value) == [("$.secrets[1].value", "privacy.personal_code")]


def test_unstructure_of_single_value_and_plain_types() -> None:
    assert unstructure(SchoolYear(2016)) == 2016
    assert unstructure(Money("1")) == "1.00"
    assert unstructure(Decimal("1E+1")) == "10"
    assert unstructure(date(2024, 1, 2)) == "2024-01-02"
    assert unstructure(Colour.BLUE) == "blue"


def test_make_converter_is_fresh_each_time() -> None:
    first, second = make_converter(), make_converter()
    assert first is not second
    assert first.structure({"start": "2024-01-01", "end": None}, DateRange) == DateRange(start=date(2024, 1, 1))


@pytest.mark.parametrize(("cls", "strategy"), PUBLIC_TYPES, ids=[c.__qualname__ for c, _ in PUBLIC_TYPES])
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_every_public_type_round_trips(cls: type, strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    value = data.draw(strategy)
    plain = unstructure(value)
    assert json.loads(json.dumps(plain, allow_nan=False)) == plain
    assert structure(plain, cls) == value


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**20, max_value=10**400)
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["2024-01-02", "0.30", "12.50", "I", "LV", "1", ""]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


def _mutate(plain: Any, replacement: Any, choice: int) -> Any:
    """``plain`` with one node (picked by ``choice``) replaced."""
    nodes: list[tuple[Any, Any]] = []

    def walk(node: Any, parent: Any, key: Any) -> None:
        nodes.append((parent, key))
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, node, k)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, node, i)

    walk(plain, None, None)
    parent, key = nodes[choice % len(nodes)]
    if parent is None:
        return replacement
    parent[key] = replacement
    return plain


@pytest.mark.parametrize(("cls", "strategy"), PUBLIC_TYPES, ids=[c.__qualname__ for c, _ in PUBLIC_TYPES])
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), junk=JSON, choice=st.integers(min_value=0))
def test_any_json_input_gives_an_object_or_a_validation_error(
    cls: type, strategy: st.SearchStrategy[Any], data: st.DataObject, junk: Any, choice: int
) -> None:
    plain = _mutate(unstructure(data.draw(strategy)), junk, choice)
    for candidate in (plain, junk):
        try:
            result: Any = structure(candidate, cls)
        except ValidationError as error:
            assert error.problems
        else:
            assert structure(unstructure(result), cls) == result


@pytest.mark.parametrize(("cls", "strategy"), PUBLIC_TYPES, ids=[c.__qualname__ for c, _ in PUBLIC_TYPES])
def test_input_nested_thousands_deep_is_refused_cleanly(cls: type, strategy: st.SearchStrategy[Any]) -> None:
    deep_list: Any = []
    deep_dict: Any = {}
    for _ in range(5000):
        deep_list = [deep_list]
        deep_dict = {"start": deep_dict}
    for candidate in (deep_list, deep_dict):
        with pytest.raises(ValidationError):
            structure(candidate, cls)
