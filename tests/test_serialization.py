"""Strict serialization (DESIGN.md §5): round trips, strictness, paths, schemas, and fuzzed input."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from karjera_core import (
    DateRange,
    Money,
    PersonalDataRejected,
    Problem,
    Quarter,
    SchoolYear,
    Semester,
    ValidationError,
    Violation,
    json_schema,
    structure,
    unstructure,
)
from karjera_core import _fields as fields
from karjera_core._compile import Flaw
from karjera_core._records import record, rule
from karjera_core.errors import fail
from karjera_core.privacy import LearnerRef
from karjera_core.schedule import Schedule, Source, Step
from karjera_core.serialization import make_converter
from karjera_core.strategies import all_type_strategies

PUBLIC_TYPES = sorted(all_type_strategies().items(), key=lambda item: item[0].__qualname__)
DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")


def problems_of(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


@record(as_text=True)
class Code:
    """A type with a canonical text form, read with parse() and written with str()."""

    text: str = fields.code("[A-Z]{1,8}", what="a code of capital letters", max_length=8)

    @classmethod
    def parse(cls, text: str) -> Code:
        if text == "!":
            raise ValueError("a parse that fails without listing its problems")
        if not text.isalpha() or not text.isascii() or len(text) > 8:
            fail("$", "code.format", "expected letters")
        return cls(text=text.upper())

    def __str__(self) -> str:
        return self.text


@record(kw_only=False)
class Stamp:
    """A value type around a non-plain value: JSON writes it as that value."""

    day: date


@record
class Secret:
    value: str = fields.name(20, what="a secret")


@record
class Envelope:
    """The base layers' types as an app sends them, nested."""

    period: DateRange
    year: SchoolYear
    semester: Semester
    quarter: Quarter
    price: Money
    learner: LearnerRef
    code: Code
    stamp: Stamp
    table: Schedule[SchoolYear]
    problems: tuple[Problem, ...] = fields.items(max_size=5, default=())
    violation: Violation | None = None
    secrets: tuple[Secret, ...] = fields.items(max_size=5, default=())


GOOD: dict[str, Any] = {
    "period": {"start": "2024-10-01", "end": None},
    "year": 2016,
    "semester": {"school_year": 2016, "number": 2},
    "quarter": {"year": 2016, "number": 4},
    "price": "12.50",
    "learner": "L-0001",
    "code": "ABC",
    "stamp": "2020-02-29",
    "table": {"steps": [{"start": "2017-01-01", "value": 2016, "source": {"citation": "[000]", "regulation": None}}]},
    "problems": [{"path": "$.end", "code": "period.end_before_start", "message": "expected an end", "rule": None}],
    "violation": {"code": "load.total_above_cap", "rule": "C-5", "message": "too much", "path": "$.assignments[2]"},
    "secrets": [{"value": "ok"}],
}


def test_record_round_trips_to_plain_json() -> None:
    envelope = structure(GOOD, Envelope)
    assert envelope.code == Code(text="ABC")
    assert envelope.year == SchoolYear(2016)
    assert envelope.price == Money("12.50")
    assert envelope.stamp == Stamp(date(2020, 2, 29))
    assert envelope.table.value_on(on=date(2020, 1, 1)) == SchoolYear(2016)
    data = unstructure(envelope)
    assert data == GOOD
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert structure(data, Envelope) == envelope
    Draft202012Validator(json_schema(Envelope)).validate(data)


def test_a_text_form_is_parsed_on_the_way_in() -> None:
    assert structure({**GOOD, "code": "abc"}, Envelope).code == Code(text="ABC")
    assert unstructure(structure({**GOOD, "code": "abc"}, Envelope))["code"] == "ABC"
    assert json_schema(Code)["$defs"]["Code"] == {
        "type": "string",
        "description": "a Code in its written form",
        "title": "Code",
    }


def test_a_text_form_that_fails_without_problems_is_still_reported() -> None:
    with pytest.raises(ValidationError) as caught:
        structure("!", Code)
    assert problems_of(caught.value) == [("$", "value.invalid", "expected a valid value")]


def test_defaulted_keys_may_be_left_out() -> None:
    data = {k: v for k, v in GOOD.items() if k not in ("problems", "violation", "secrets")}
    envelope = structure(data, Envelope)
    assert (envelope.problems, envelope.violation, envelope.secrets) == ((), None, ())


ENDS = "expected an end on or after the start"


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("period", [], [("$.period", "type.object", "expected an object")]),
        ("period", {"start": "20241001"}, [("$.period.start", "date.format", "expected a date written YYYY-MM-DD")]),
        ("period", {"start": "2023-02-29"}, [("$.period.start", "date.invalid", "expected a real calendar date")]),
        ("period", {"start": 20240102}, [("$.period.start", "date.format", "expected a date written YYYY-MM-DD")]),
        ("period", {"start": "2024-10-01", "end": "2024-01-01"}, [("$.period.end", "period.end_before_start", ENDS)]),
        ("period", {"end": None}, [("$.period.start", "object.missing_key", "expected this key")]),
        (
            "period",
            {"start": "2024-10-01", "finish": None},
            [("$.period.finish", "object.unknown_key", "unexpected key; expected only: start, end")],
        ),
        ("year", "2016", [("$.year", "type.integer", "expected an integer")]),
        ("year", True, [("$.year", "type.integer", "expected an integer")]),
        ("year", 3.9, [("$.year", "type.integer", "expected an integer")]),
        (
            "year",
            10**100,
            [("$.year", "integer.range", "expected a start year: an int (not a bool) from 1900 to 2198")],
        ),
        (
            "semester",
            {"school_year": 2016, "number": 3},
            [("$.semester.number", "integer.range", "expected a semester number: an int (not a bool) from 1 to 2")],
        ),
        ("quarter", {"year": 2016}, [("$.quarter.number", "object.missing_key", "expected this key")]),
        ("price", 12, [("$.price", "decimal.format", "expected a decimal number written as a string, such as '0.30'")]),
        (
            "price",
            "1e5",
            [("$.price", "decimal.format", "expected a decimal number written as a string, such as '0.30'")],
        ),
        ("learner", 5, [("$.learner", "type.string", "expected a string")]),
        ("learner", " L-1", [("$.learner", "text.whitespace", "expected a learner id without spaces at either end")]),
        ("code", 5, [("$.code", "type.string", "expected a string")]),
        ("code", "a1", [("$.code", "code.format", "expected letters")]),
        ("stamp", "x", [("$.stamp", "date.format", "expected a date written YYYY-MM-DD")]),
        ("table", {"steps": []}, [("$.table.steps", "array.size", "expected 1 to 1000 items")]),
        (
            "problems",
            [{"path": "$", "code": "x", "message": "m"}, {"path": "x", "code": "x", "message": "m"}],
            [("$.problems[1].path", "text.format", "expected a path such as '$.items[2].end'")],
        ),
        ("problems", "ab", [("$.problems", "type.array", "expected an array")]),
        ("problems", [None] * 6, [("$.problems", "array.size", "expected at most 5 items")]),
        (
            "violation",
            {"code": "x", "rule": "C5", "message": "m"},
            [("$.violation.rule", "text.format", "expected a rule id such as 'C-5'")],
        ),
    ],
)
def test_structure_is_strict_and_reports_paths(key: str, value: Any, expected: list[tuple[str, str, str]]) -> None:
    with pytest.raises(ValidationError) as caught:
        structure({**GOOD, key: value}, Envelope)
    assert problems_of(caught.value) == expected


def test_every_problem_is_reported_at_once() -> None:
    data = {**GOOD, "year": "x", "stamp": None, "extra": 1}
    del data["price"]
    with pytest.raises(ValidationError) as caught:
        structure(data, Envelope)
    assert problems_of(caught.value) == [
        ("$.extra", "object.unknown_key", f"unexpected key; expected only: {', '.join(GOOD)}"),
        ("$.year", "type.integer", "expected an integer"),
        ("$.price", "object.missing_key", "expected this key"),
        ("$.stamp", "date.format", "expected a date written YYYY-MM-DD"),
    ]


@record
class Span:
    low: int = fields.integer(0, 9)
    high: int = fields.integer(0, 9)

    @rule("low", "high")
    def _ordered(self) -> Flaw | None:
        return None if self.low <= self.high else Flaw("$.high", "pair.order", "expected high >= low")


def test_rule_problems_surface_after_the_fields_check_out() -> None:
    with pytest.raises(ValidationError) as caught:
        structure({"low": 2, "high": 1}, Span)
    assert problems_of(caught.value) == [("$.high", "pair.order", "expected high >= low")]
    assert structure({"low": 1, "high": 1}, Span) == Span(low=1, high=1)
    with pytest.raises(ValidationError) as caught:
        structure([{"low": 1, "high": 2}, {"low": 2, "high": 1}], tuple[Span, ...])
    assert problems_of(caught.value) == [("$[1].high", "pair.order", "expected high >= low")]


def test_personal_data_refusal_keeps_its_class_through_nesting() -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        structure({**GOOD, "secrets": [{"value": "ok"}, {"value": "161175-19997"}]}, Envelope)
    assert problems_of(caught.value) == [("$.secrets[1].value", *PERSONAL)]
    assert "161175" not in str(caught.value)
    with pytest.raises(PersonalDataRejected) as caught:
        structure({**GOOD, "learner": "L 161175 19997"}, Envelope)
    assert problems_of(caught.value) == [("$.learner", *PERSONAL)]


def test_unstructure_of_single_value_and_plain_types() -> None:
    assert unstructure(SchoolYear(2016)) == 2016
    assert unstructure(Money("1")) == "1.00"
    assert unstructure(Stamp(date(2020, 2, 29))) == "2020-02-29"
    assert unstructure(Code(text="AB")) == "AB"
    assert unstructure(LearnerRef("L-1")) == "L-1"
    assert unstructure(Decimal("1E+1")) == "10"
    assert unstructure(date(2024, 1, 2)) == "2024-01-02"
    assert unstructure((SchoolYear(2016), None)) == [2016, None]


def test_make_converter_is_fresh_each_time() -> None:
    first, second = make_converter(), make_converter()
    assert first is not second
    assert first.structure({"start": "2024-01-01", "end": None}, DateRange) == DateRange(start=date(2024, 1, 1))
    assert first.unstructure(Money("1")) == "1.00"


def test_json_schema_of_the_base_types() -> None:
    schema = json_schema(DateRange)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$ref"] == "#/$defs/DateRange"
    assert schema["$defs"]["DateRange"] == {
        "type": "object",
        "properties": {
            "start": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "end": {
                "anyOf": [
                    {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                    {"type": "null"},
                ]
            },
        },
        "required": ["start"],
        "additionalProperties": False,
        "title": "DateRange",
    }
    assert json_schema(Step[SchoolYear])["$ref"] == "#/$defs/Step_SchoolYear"
    assert json_schema(Source)["$defs"]["Source"]["required"] == ["citation"]
    validator = Draft202012Validator(json_schema(Envelope))
    assert not validator.is_valid({**GOOD, "extra": 1})
    assert not validator.is_valid({**GOOD, "year": "2016"})


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
