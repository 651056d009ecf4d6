"""The declared-fields toolkit (issue #9): kinds, generated records, JSON hooks, schemas and bounded work.

Each record here is a probe declared in the test, so that every kind is tested through the same
mechanism the library's records use.
"""

from __future__ import annotations

import enum
import inspect
import json
import re
import typing
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any, Generic, TypeVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from karjera_core import _fields as fields
from karjera_core import _personal_code
from karjera_core import _records as records
from karjera_core._arguments import arguments
from karjera_core._compile import (
    BAD,
    CAP,
    PERSONAL_CODE,
    Fallback,
    Flaw,
    Kind,
    Scope,
    Sink,
    define,
    fallback,
    new_scope,
    predicate,
)
from karjera_core._personal_code import contains_personal_code
from karjera_core._records import plan_of, record, rule
from karjera_core.errors import PersonalDataRejected, Problem, ValidationError, Violation
from karjera_core.indicators import Fact
from karjera_core.money import Money
from karjera_core.privacy import LearnerRef
from karjera_core.schedule import Regulation, Schedule, Source, Step
from karjera_core.serialization import json_schema, make_converter, structure, unstructure
from karjera_core.strategies._errors import problems, violations
from karjera_core.strategies._money import money
from karjera_core.strategies._pumpurs import learner_refs
from karjera_core.strategies._schedule import schedules, sources, steps
from karjera_core.strategies._time import date_ranges, quarters, school_years, semesters
from karjera_core.time import DateRange, Quarter, SchoolYear, Semester

DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
ACCEPTED = (
    "expected a public karjera_core type, date, bool, str, int or Decimal, X | None, tuple[X, ...] or "
    "dict[str, X] of them, or an attrs class or TypedDict of your own whose fields are of these types"
)
CODE = "161175-19997"

Problems = list[tuple[str, str, str]]


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def problems_of(error: ValidationError) -> Problems:
    return [(p.path, p.code, p.message) for p in error.problems]


def refused(call: Callable[[], object], expected: Problems) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert problems_of(caught.value) == expected
    return caught.value


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@record
class Probe:
    """One field of every kind, and a cross-field rule."""

    name: str = fields.name(20, what="a name")
    ref: str = fields.ident(8, what="an id")
    code: str = fields.code(r"[A-Z]{2}[0-9]{2}", what="a code such as 'AB12'", max_length=4)
    country: str = fields.choice({"LV", "EE", "LT"}, what="a Baltic country")
    count: int = fields.count(100, what="a count")
    level: int = fields.integer(-3, 3, what="a level")
    share: Decimal = fields.decimal(0, 1, places=2, what="a share")
    rate: Decimal = fields.decimal(0, 10, places=1, exclusive_minimum=True, what="a rate")
    flag: bool
    day: date
    colour: Colour
    period: DateRange
    price: Money = fields.field(default=Money.zero())
    note: str | None = fields.text(50, what="a note", default=None)
    year: SchoolYear | None = None
    tags: tuple[str, ...] = fields.items(fields.Text(10, "a tag"), max_size=3, default=())
    periods: tuple[DateRange, ...] = fields.items(max_size=2, default=())

    @rule("level", "count")
    def _count_for_a_level(self) -> Flaw | None:
        if self.level > 0 and self.count == 0:
            return Flaw("$.count", "probe.count_for_level", "expected a count above 0 for a positive level")
        return None


GOOD: dict[str, Any] = {
    "name": "Skola",
    "ref": "P-1",
    "code": "AB12",
    "country": "LV",
    "count": 3,
    "level": 1,
    "share": "0.30",
    "rate": "2.5",
    "flag": False,
    "day": "2024-01-02",
    "colour": "red",
    "period": {"start": "2024-10-01", "end": None},
    "price": "12.50",
    "note": "Piezīme\nar divām rindām",
    "year": 2016,
    "tags": ["a", "b"],
    "periods": [{"start": "2020-01-01", "end": "2020-12-31"}],
}
EXPECTED_KEYS = ", ".join(GOOD)


def good(**changes: Any) -> Probe:
    return structure({**GOOD, **changes}, Probe)


# ------------------------------------------------------------ a record from its declaration


def test_a_probe_round_trips_every_kind() -> None:
    probe = good()
    assert probe.share == Decimal("0.30")
    assert probe.period == DateRange(start=date(2024, 10, 1))
    assert probe.year == SchoolYear(2016)
    assert probe.colour is Colour.RED
    assert probe.tags == ("a", "b")
    data = unstructure(probe)
    assert data == GOOD
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert structure(data, Probe) == probe
    assert Probe(**{f.name: getattr(probe, f.name) for f in attrs.fields(untyped(Probe))}) == probe


def test_defaulted_keys_may_be_absent() -> None:
    required = {k: v for k, v in GOOD.items() if k not in ("price", "note", "year", "tags", "periods")}
    probe = structure(required, Probe)
    assert (probe.price, probe.note, probe.year, probe.tags, probe.periods) == (Money.zero(), None, None, (), ())


def test_missing_keys_are_each_reported() -> None:
    refused(
        lambda: structure({k: v for k, v in GOOD.items() if k not in ("name", "period")}, Probe),
        [
            ("$.name", "object.missing_key", "expected this key"),
            ("$.period", "object.missing_key", "expected this key"),
        ],
    )


def test_a_record_is_frozen_slotted_and_keyword_only() -> None:
    probe = good()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        probe.name = "x"  # type: ignore[misc]
    assert not hasattr(probe, "__dict__")
    with pytest.raises(TypeError):
        untyped(Probe)("x")


def test_every_field_problem_of_the_constructor_at_once() -> None:
    refused(
        lambda: Probe(
            name=" x",
            ref=untyped(5),
            code="ab12",
            country="FI",
            count=-1,
            level=untyped(True),
            share=Decimal("0.305"),
            rate=Decimal(0),
            flag=untyped(0),
            day=untyped(datetime(2024, 1, 2)),
            colour=untyped("red"),
            period=untyped({"start": "2024-10-01"}),
            price=untyped("12.50"),
            note="  ",
            year=untyped(2016),
            tags=untyped(["a"]),
            periods=untyped((DateRange(start=date(2020, 1, 1)), None)),
        ),
        [
            ("$.name", "text.whitespace", "expected a name without spaces at either end"),
            ("$.ref", "text.type", "expected an id as a str"),
            ("$.code", "text.format", "expected a code such as 'AB12'"),
            ("$.country", "text.choice", "expected a Baltic country"),
            ("$.count", "integer.range", "expected a count: an int (not a bool) from 0 to 100"),
            ("$.level", "integer.type", "expected a level: an int (not a bool) from -3 to 3"),
            (
                "$.share",
                "decimal.range",
                "expected a share as a finite Decimal with at most 2 decimal places, at least 0 and at most 1",
            ),
            (
                "$.rate",
                "decimal.range",
                "expected a rate as a finite Decimal with at most 1 decimal places, above 0 and at most 10",
            ),
            ("$.flag", "boolean.type", "expected a bool"),
            ("$.day", "date.type", DAY),
            ("$.colour", "enum.type", "expected a Colour"),
            ("$.period", "record.type", "expected a DateRange"),
            ("$.price", "record.type", "expected a Money"),
            ("$.note", "text.blank", "expected a note that is not blank"),
            ("$.year", "record.type", "expected a SchoolYear"),
            ("$.tags", "array.type", "expected a tuple of items, each a tag"),
            ("$.periods[1]", "record.type", "expected a DateRange"),
        ],
    )


def test_every_field_problem_from_json_at_once() -> None:
    refused(
        lambda: structure(
            {
                **GOOD,
                "name": 5,
                "code": "AB123",
                "country": ["LV"],
                "count": 3.0,
                "level": 4,
                "share": 0.3,
                "rate": "0",
                "flag": "false",
                "day": "2024-02-30",
                "colour": "green",
                "period": [],
                "price": "1.005",
                "year": "2016",
                "tags": "ab",
                "periods": [{"start": "2020-01-01", "end": "2019-12-31"}, 5],
            },
            Probe,
        ),
        [
            ("$.name", "type.string", "expected a string"),
            ("$.code", "text.too_long", "expected a code such as 'AB12' of at most 4 characters"),
            ("$.country", "type.string", "expected a string"),
            ("$.count", "type.integer", "expected an integer"),
            ("$.level", "integer.range", "expected a level: an int (not a bool) from -3 to 3"),
            ("$.share", "decimal.format", "expected a decimal number written as a string, such as '0.30'"),
            (
                "$.rate",
                "decimal.range",
                "expected a rate as a finite Decimal with at most 1 decimal places, above 0 and at most 10",
            ),
            ("$.flag", "type.boolean", "expected true or false"),
            ("$.day", "date.invalid", "expected a real calendar date"),
            ("$.colour", "enum.value", "expected one of: blue, red"),
            ("$.period", "type.object", "expected an object"),
            (
                "$.price",
                "decimal.range",
                "expected euros as a finite Decimal with at most 2 decimal places, "
                "at least -999999999999.99 and at most 999999999999.99",
            ),
            ("$.year", "type.integer", "expected an integer"),
            ("$.tags", "type.array", "expected an array"),
            ("$.periods[0].end", "period.end_before_start", "expected an end on or after the start"),
            ("$.periods[1]", "type.object", "expected an object"),
        ],
    )


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("name", "", [("$.name", "text.blank", "expected a name that is not blank")]),
        ("name", "x" * 21, [("$.name", "text.too_long", "expected a name of at most 20 characters")]),
        (
            "name",
            "a\tb",
            [("$.name", "text.control", "expected a name without control characters or format characters")],
        ),
        ("note", "a\tb\r\n", []),
        (
            "note",
            "a\x0bb",
            [("$.note", "text.control", "expected a note without control characters other than tab and line breaks")],
        ),
        ("note", " spaces at the ends are fine in free text ", []),
        (
            "ref",
            "L\u200b1",
            [("$.ref", "text.control", "expected an id without control characters or format characters")],
        ),
        ("code", "AB1", [("$.code", "text.format", "expected a code such as 'AB12'")]),
        ("country", "lv", [("$.country", "text.choice", "expected a Baltic country")]),
        ("count", True, [("$.count", "type.integer", "expected an integer")]),
        ("count", 10**400, [("$.count", "integer.range", "expected a count: an int (not a bool) from 0 to 100")]),
        (
            "share",
            "1e-2",
            [("$.share", "decimal.format", "expected a decimal number written as a string, such as '0.30'")],
        ),
        (
            "share",
            "NaN",
            [("$.share", "decimal.format", "expected a decimal number written as a string, such as '0.30'")],
        ),
        (
            "share",
            "1" * 31,
            [("$.share", "decimal.format", "expected a decimal number written as a string, such as '0.30'")],
        ),
        ("share", "0.300", []),
        ("share", "1.00", []),
        ("day", "20240102", [("$.day", "date.format", "expected a date written YYYY-MM-DD")]),
        ("day", "2024-W01-1", [("$.day", "date.format", "expected a date written YYYY-MM-DD")]),
        ("day", "２０２４-０１-０２", [("$.day", "date.format", "expected a date written YYYY-MM-DD")]),
        ("day", "1899-12-31", [("$.day", "date.range", DAY)]),
        ("day", "2200-01-01", [("$.day", "date.range", DAY)]),
        ("colour", "RED", [("$.colour", "enum.value", "expected one of: blue, red")]),
        (
            "year",
            10**100,
            [("$.year", "integer.range", "expected a start year: an int (not a bool) from 1900 to 2198")],
        ),
        ("tags", ["a", 1, "b"], [("$.tags[1]", "type.string", "expected a string")]),
    ],
)
def test_one_json_field(key: str, value: Any, expected: Problems) -> None:
    if expected:
        refused(lambda: good(**{key: value}), expected)
    else:  # accepted, and written back as it came
        assert unstructure(good(**{key: value}))[key] == value


def test_a_personal_code_in_any_text_field_is_refused_with_the_other_problems() -> None:
    error = refused(
        lambda: good(name=f"Skola {CODE}", note=f"kods {CODE}", ref="1611751999", count=200),
        [
            ("$.name", *PERSONAL),
            ("$.ref", "text.too_long", "expected an id of at most 8 characters"),
            ("$.count", "integer.range", "expected a count: an int (not a bool) from 0 to 100"),
            ("$.note", *PERSONAL),
        ],
    )
    assert type(error) is PersonalDataRejected
    assert CODE not in str(error) + repr(error)


# ------------------------------------------------------------ unknown keys (issue #9)


def test_unknown_keys_are_named_alongside_every_other_problem() -> None:
    refused(
        lambda: structure({**GOOD, "extra": 1, "name": 1, "finish": None}, Probe),
        [
            ("$.extra", "object.unknown_key", f"unexpected key; expected only: {EXPECTED_KEYS}"),
            ("$.finish", "object.unknown_key", f"unexpected key; expected only: {EXPECTED_KEYS}"),
            ("$.name", "type.string", "expected a string"),
        ],
    )


@pytest.mark.parametrize(
    "key",
    [
        CODE,
        "x161175_19997",  # an identifier holding a personal code
        "a b",  # not an identifier
        "$.x",
        "1abc",
        "x" * 65,  # too long to echo
        "kods-161175",
        "",
        "ā",
    ],
)
def test_an_unknown_key_that_is_no_safe_name_is_not_echoed(key: str) -> None:
    error = refused(
        lambda: structure({"start": "2020-01-01", key: 1}, DateRange),
        [("$", "object.unknown_key", "unexpected key (its name is not shown); expected only: start, end")],
    )
    assert not key or key not in str(error)


def test_unknown_keys_of_nested_objects_and_non_text_keys() -> None:
    refused(
        lambda: structure({**GOOD, "periods": [{"start": "2020-01-01", "x_y": 1, 5: 1}]}, Probe),
        [
            ("$.periods[0].x_y", "object.unknown_key", "unexpected key; expected only: start, end"),
            ("$.periods[0]", "object.unknown_key", "unexpected key (its name is not shown); expected only: start, end"),
        ],
    )


def test_a_sixty_four_character_identifier_is_named() -> None:
    key = "a" * 64
    refused(
        lambda: structure({"start": "2020-01-01", key: 1}, DateRange),
        [(f"$.{key}", "object.unknown_key", "unexpected key; expected only: start, end")],
    )


# ------------------------------------------------------------ rules


def test_a_rule_runs_once_its_fields_are_valid_in_the_constructor_and_from_json() -> None:
    flaw = ("$.count", "probe.count_for_level", "expected a count above 0 for a positive level")
    refused(lambda: good(count=0), [flaw])
    probe: Any = good()  # a record is an attrs class (mypy sees only the dataclass transform)
    refused(lambda: attrs.evolve(probe, count=0), [flaw])
    # alongside another field's problem (structure() and the constructor agree)
    refused(
        lambda: good(count=0, name=" x"),
        [("$.name", "text.whitespace", "expected a name without spaces at either end"), flaw],
    )
    refused(
        lambda: attrs.evolve(probe, count=0, name=" x"),
        [("$.name", "text.whitespace", "expected a name without spaces at either end"), flaw],
    )
    # not when a field it reads is bad
    refused(
        lambda: good(count=-1), [("$.count", "integer.range", "expected a count: an int (not a bool) from 0 to 100")]
    )
    assert good(level=0, count=0).count == 0


def test_rule_paths_go_under_the_nested_record() -> None:
    refused(
        lambda: good(periods=[{"start": "2020-01-02", "end": "2020-01-01"}]),
        [("$.periods[0].end", "period.end_before_start", "expected an end on or after the start")],
    )
    assert good(periods=[{"start": "2020-01-02", "end": "2020-01-02"}]).periods[0].days == 1


@record
class Pair:
    low: int = fields.integer(0, 9)
    high: int = fields.integer(0, 9)
    also: int = fields.integer(0, 9, default=0)

    @rule()
    def _ordered(self) -> Iterator[Flaw] | None:  # reads every field
        if self.low <= self.high <= 5:
            return None
        flaws = []
        if self.low > self.high:
            flaws.append(Flaw("$.high", "pair.order", "expected high >= low"))
        if self.high > 5:
            flaws.append(Flaw("$.high", "pair.high", "expected high <= 5"))
        return iter(flaws)

    @rule("also")
    def _never(self) -> Iterator[Flaw]:
        return iter(())  # an empty iterable: the rule holds (a slower path than None, but the same answer)


def test_a_rule_may_report_several_flaws_and_read_every_field() -> None:
    assert Pair(low=1, high=2) == structure({"low": 1, "high": 2}, Pair)
    expected = [("$.high", "pair.order", "expected high >= low"), ("$.high", "pair.high", "expected high <= 5")]
    refused(lambda: Pair(low=9, high=6), expected)
    refused(lambda: structure({"low": 9, "high": 6}, Pair), expected)
    refused(
        lambda: Pair(low=9, high=6, also=10),
        [("$.also", "integer.range", "expected an integer: an int (not a bool) from 0 to 9")],
    )


def test_a_rule_returning_an_empty_iterable_holds_everywhere() -> None:
    assert Pair(low=0, high=0, also=1).also == 1
    assert structure({"low": 0, "high": 0, "also": 1}, Pair).also == 1


# ------------------------------------------------------------ signatures


@record
class Defaults:
    years: tuple[SchoolYear, ...] = fields.items(max_size=300, default=tuple(SchoolYear(y) for y in range(2000, 2100)))
    name: str = fields.name(10, default="x")
    one: SchoolYear = fields.field(default=SchoolYear(2020))


def test_a_long_default_shows_its_type_name_in_the_signature() -> None:
    shown = str(inspect.signature(Defaults))
    assert shown == "(*, years=<tuple>, name='x', one=SchoolYear(2020))"
    assert len(Defaults().years) == 100
    assert Defaults(name="y").years == Defaults().years
    assert Defaults(years=()).years == ()
    assert Defaults.__init__.__doc__ == "Build a validated Defaults; a ValidationError lists every problem."


def test_a_value_type_takes_its_one_field_positionally() -> None:
    assert str(inspect.signature(SchoolYear)) == "(start_year)"
    assert str(inspect.signature(DateRange)) == "(*, start, end=None)"


# ------------------------------------------------------------ declarations the decorator refuses


def test_str_int_and_decimal_fields_need_their_bounds() -> None:
    with pytest.raises(TypeError, match="str, int and Decimal need their bounds"):

        @record
        class Unbounded:
            name: str

    with pytest.raises(TypeError, match="not tuple"):

        @record
        class NotATuple:
            name: str = fields.items(fields.Text(5))

    with pytest.raises(TypeError, match="bounds"):

        @record
        class UnboundedItems:
            counts: tuple[int, ...] = fields.items(max_size=3, default=())


def test_a_choice_of_personal_codes_cannot_be_declared() -> None:
    with pytest.raises(AssertionError):
        fields.choice({CODE}, what="codes")


# ------------------------------------------------------------ forward references and generic records


@record
class Early:
    later: Later


@record
class Later:
    x: int = fields.integer(0, 1)


def test_a_record_declared_before_the_class_it_holds_is_compiled_on_first_use() -> None:
    assert structure({"later": {"x": 1}}, Early) == Early(later=Later(x=1))
    refused(lambda: Early(later=untyped(1)), [("$.later", "record.type", "expected a Later")])


T = TypeVar("T")


@record
class Box(Generic[T]):
    item: T
    more: tuple[T, ...] = fields.items(max_size=2, default=())


@record
class Holder:
    box: Box[SchoolYear]
    maybe: Box[DateRange] | None = None


def test_a_generic_record_is_specialised_for_json_and_checked_in_a_field() -> None:
    box = Box(item=SchoolYear(2016), more=(SchoolYear(2017),))
    assert unstructure(box) == {"item": 2016, "more": [2017]}
    assert structure({"item": 2016, "more": [2017]}, Box[SchoolYear]) == box
    refused(
        lambda: structure({"item": 2016, "more": [1, 2, 3]}, Box[SchoolYear]),
        [("$.more", "array.size", "expected at most 2 items")],
    )
    holder = Holder(box=box)
    assert structure(unstructure(holder), Holder) == holder
    refused(
        lambda: Holder(box=untyped(Box(item=DateRange(start=date(2020, 1, 1))))),
        [("$.box", "record.type", "expected a Box[SchoolYear]")],
    )
    refused(lambda: Holder(box=box, maybe=untyped(box)), [("$.maybe", "record.type", "expected a Box[DateRange]")])
    schema = json_schema(Holder)
    assert schema["$defs"]["Box_SchoolYear"]["properties"]["item"] == {"$ref": "#/$defs/SchoolYear"}
    Draft202012Validator(schema).validate(unstructure(holder))
    refused(
        lambda: structure({"item": 2016}, Box),
        [("$.item", "structure.type", "expected the type's parameter, as in structure(data, Schedule[X])")],
    )
    assert unstructure(Box(item=Money("1"))) == {"item": "1.00", "more": []}


# ------------------------------------------------------------ the problem cap


@record
class Many:
    counts: tuple[int, ...] = fields.items(fields.Integer(0, 9, "a digit"), max_size=300_000)
    days: tuple[date, ...] = fields.items(max_size=10, default=())


def test_an_error_lists_fifty_problems_and_counts_the_rest_by_code() -> None:
    data = {"counts": [None] * 40 + [10] * 20, "days": ["x"] * 5}
    error = refused(
        lambda: structure(data, Many),
        [(f"$.counts[{i}]", "type.integer", "expected an integer") for i in range(40)]
        + [
            (f"$.counts[{i}]", "integer.range", "expected a digit: an int (not a bool) from 0 to 9")
            for i in range(40, 50)
        ],
    )
    assert error.omitted == {"integer.range": 10, "date.format": 5}
    assert str(error).splitlines()[0] == "65 problems:"
    assert str(error).splitlines()[-1] == "  ... and 15 more not listed: 5 date.format, 10 integer.range"
    with pytest.raises(ValidationError) as caught:
        Many(counts=untyped((None,) * 60))
    assert len(caught.value.problems) == 50
    assert caught.value.omitted == {"integer.type": 10}


def test_the_sink_keeps_fifty_and_counts_the_rest() -> None:
    sink = Sink()
    assert not sink
    assert len(sink) == 0
    for i in range(52):
        sink.add(f"$[{i}]", "x.y", "m")
    sink.add("$", PERSONAL_CODE, "m")
    assert len(sink.flaws) == CAP == 50
    assert sink.more == {"x.y": 2, PERSONAL_CODE: 1}
    assert sink.personal
    assert len(sink) == 53


# ------------------------------------------------------------ bounded work (issue #9; not timed)


def test_a_list_of_200000_junk_items_into_a_tuple_field_is_refused_with_a_capped_list() -> None:
    junk: Any = [{"x": [1, 2, 3]}] * 200_000
    error = refused(
        lambda: structure({"counts": junk}, Many),
        [(f"$.counts[{i}]", "type.integer", "expected an integer") for i in range(50)],
    )
    assert error.omitted == {"type.integer": 199_950}
    # sizes are checked before items: beyond a field's bound, one problem
    refused(
        lambda: structure({"counts": [], "days": junk}, Many), [("$.days", "array.size", "expected at most 10 items")]
    )
    refused(
        lambda: structure({"steps": junk}, Schedule[SchoolYear]),
        [("$.steps", "array.size", "expected 1 to 1000 items")],
    )
    with pytest.raises(ValidationError) as caught:
        Many(counts=untyped(tuple(junk)))
    assert caught.value.omitted == {"integer.type": 199_950}


def test_a_one_mebibyte_string_into_a_text_field_is_measured_before_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    careful = contains_personal_code

    def spy(text: str) -> bool:
        read.append(len(text))
        return careful(text)

    monkeypatch.setattr(fields, "contains_personal_code", spy)
    for text in ("\ufdfa" * (1 << 20), CODE * (1 << 17), "x" * (1 << 20)):  # NFKC would expand the first 18 times
        too_long = [("$.message", "text.too_long", "expected a message of at most 1000 characters")]
        refused(partial(Problem, path="$", code="x.y", message=text), too_long)
        refused(partial(structure, {"path": "$", "code": "x.y", "message": text}, Problem), too_long)
        refused(
            partial(LearnerRef, text),
            [("$", "text.too_long", "expected a learner id of at most 64 characters")],
        )
    assert all(size <= 3 for size in read)  # only the short path and code were ever read
    refused(lambda: LearnerRef(CODE), [("$", *PERSONAL)])
    assert read[-1] == len(CODE)


def test_a_dict_with_100000_unknown_keys_is_refused_with_a_capped_list() -> None:
    data = {f"k{i}": i for i in range(100_000)}
    error = refused(  # the unknown keys leave room for the object's other problems
        lambda: structure(data, DateRange),
        [
            *((f"$.k{i}", "object.unknown_key", "unexpected key; expected only: start, end") for i in range(49)),
            ("$.start", "object.missing_key", "expected this key"),
        ],
    )
    assert error.omitted == {"object.unknown_key": 99_951}
    hidden = {f"{i:06d}-{i:05d}": i for i in range(100_000)}  # key names that are personal codes are never echoed
    error = structure_error(hidden, DateRange)
    assert type(error) is ValidationError
    assert [p.path for p in error.problems] == ["$"] * 49 + ["$.start"]
    assert "000001-" not in str(error)


def structure_error(data: Any, cls: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        structure(data, cls)
    return caught.value


# ------------------------------------------------------------ envelopes and unknown types


def test_structure_of_optional_and_tuple_envelopes() -> None:
    period = DateRange(start=date(2020, 1, 1))
    assert structure(None, DateRange | None) is None
    assert structure({"start": "2020-01-01"}, DateRange | None) == period
    assert structure(None, typing.Optional[DateRange]) is None  # noqa: UP045 - the typing spelling works too
    assert structure([{"start": "2020-01-01"}] * 2, tuple[DateRange, ...]) == (period, period)
    assert structure([], tuple[SchoolYear, ...]) == ()
    refused(
        lambda: structure([{"start": "x"}, 5], tuple[DateRange, ...]),
        [
            ("$[0].start", "date.format", "expected a date written YYYY-MM-DD"),
            ("$[1]", "type.object", "expected an object"),
        ],
    )
    refused(
        lambda: structure([2016] * 10_001, tuple[SchoolYear, ...]),
        [("$", "array.size", "expected at most 10000 items")],
    )
    refused(lambda: structure(5, DateRange | None), [("$", "type.object", "expected an object")])
    assert structure("2024-01-02", date) == date(2024, 1, 2)
    assert unstructure((period, None)) == [{"start": "2020-01-01", "end": None}, None]
    for cls in (DateRange | None, tuple[DateRange, ...]):
        Draft202012Validator.check_schema(json_schema(cls))
    assert json_schema(DateRange | None)["anyOf"][1] == {"type": "null"}


class Plain:
    pass


@attrs.frozen(kw_only=True)
class Bare:
    x: int
    y: int = 0


@pytest.mark.parametrize(
    ("cls", "detail"),
    [
        (dict, "; dict needs the types it holds: tuple[X, ...] or dict[str, X]"),
        (tuple, "; tuple needs the types it holds: tuple[X, ...] or dict[str, X]"),
        (list, "; list is not one of these"),
        (object, "; object is not one of these"),
        (float, "; float is not one of these"),
        (Plain, "; Plain is not one of these"),
        ("DateRange", "; 'DateRange' is not one of these"),
        (5, "; 5 is not one of these"),
        (None, "; None is not one of these"),
        (typing.Any, "; Any is not one of these"),
        (list[int], "; list[int] is not one of these"),
        (tuple[()], "; tuple[()] is a tuple of fixed length; use tuple[X, ...]"),
        (tuple[int, str], "; tuple[int, str] is a tuple of fixed length; use tuple[X, ...]"),
        (dict[int, str], "; dict[int, str] has keys other than str; use dict[str, X]"),
        (float | None, "; float is not one of these"),
        (Schedule[int], ""),
        (Box[int], ""),
        ([DateRange], ""),
    ],
    ids=repr,
)
def test_an_unknown_class_is_a_validation_error(cls: Any, detail: str) -> None:
    refused(lambda: structure({}, cls), [("$", "structure.type", ACCEPTED + detail)])
    refused(lambda: json_schema(cls), [("$", "structure.type", ACCEPTED + detail)])
    if cls is not None:  # unstructure(obj, None): by obj's own type
        refused(lambda: unstructure({}, cls), [("$", "structure.type", ACCEPTED + detail)])


def test_unstructure_of_what_the_library_does_not_hold() -> None:
    for value in (object(), 1.5, Plain()):
        refused(
            partial(unstructure, value),
            [("$", "unstructure.type", "expected a value of a public karjera_core type")],
        )
    assert unstructure(Decimal("1E+1")) == "10"
    assert unstructure(Colour.BLUE) == "blue"
    assert unstructure([SchoolYear(2016), "x", 1, True, None]) == [2016, "x", 1, True, None]


def test_make_converter_uses_the_same_hooks() -> None:
    converter = make_converter()
    assert converter is not make_converter()
    assert converter.structure({"start": "2024-01-01", "end": None}, DateRange) == DateRange(start=date(2024, 1, 1))
    assert converter.unstructure(SchoolYear(2016)) == 2016
    with pytest.raises(ValidationError):
        converter.structure({"start": "x"}, DateRange)


# ------------------------------------------------------------ an undeclared attrs class


def test_a_field_of_an_undeclared_attrs_class_is_a_declaration_error() -> None:
    with pytest.raises(TypeError, match="declare the kind"):

        @record
        class WithBare:
            bare: Bare


# ------------------------------------------------------------ arguments()

_CHECK = arguments(
    periods=tuple[DateRange, ...],
    on=date,
    year=SchoolYear | None,
    share=fields.Dec(Decimal(0), Decimal(1), 2, "a share"),
    years=tuple[SchoolYear, ...] | None,
)


def check(periods: Any, on: Any, year: Any = None, share: Any = Decimal("0.5"), years: Any = None) -> tuple[Any, ...]:
    return _CHECK(periods, on, year, share, years)


def test_arguments_are_checked_at_their_parameter_paths() -> None:
    period = DateRange(start=date(2020, 1, 1))
    assert check([period], date(2020, 1, 1)) == ((period,), date(2020, 1, 1), None, Decimal("0.5"), None)
    assert check((p for p in [period]), date(2020, 1, 1))[0] == (period,)
    assert check({period}, date(2020, 1, 1), years=[SchoolYear(2016)])[4] == (SchoolYear(2016),)
    refused(
        lambda: check([period, None], datetime(2020, 1, 1), 2016, Decimal("NaN"), "2016"),
        [
            ("$.periods[1]", "record.type", "expected a DateRange"),
            ("$.on", "date.type", DAY),
            ("$.year", "record.type", "expected a SchoolYear"),
            (
                "$.share",
                "decimal.range",
                "expected a share as a finite Decimal with at most 2 decimal places, at least 0 and at most 1",
            ),
            ("$.years", "array.type", "expected an iterable (not text) of items, each a SchoolYear"),
        ],
    )
    for not_iterable in (5, "ab", b"ab", {"a": period}, None):
        refused(
            partial(check, not_iterable, date(2020, 1, 1)),
            [("$.periods", "array.type", "expected an iterable (not text) of items, each a DateRange")],
        )


def test_arguments_take_collections_of_any_size() -> None:
    many = [DateRange(start=date(2020, 1, 1))] * 20_000
    assert len(check(many, date(2020, 1, 1))[0]) == 20_000


# ------------------------------------------------------------ every kind: check and problems() agree

_WORD = st.from_regex(r"[A-Za-zāčē]{1,5}", fullmatch=True)
#: Every kind, with a strategy of values it accepts.
KINDS: list[tuple[Kind, st.SearchStrategy[Any]]] = [
    (fields.Text(10, "a name"), st.from_regex(r"[A-Za-zāč](?:[A-Za-zāč .,-]{0,8}[A-Za-zāč])?", fullmatch=True)),
    (fields.Text(10, "a note", lines=True, edges=True), st.from_regex(r" ?[a-z\t\n]{0,8}[a-z]", fullmatch=True)),
    (fields.Text(4, "a code", pattern=r"[A-Z]{2}[0-9]?"), st.from_regex(r"[A-Z]{2}[0-9]?", fullmatch=True)),
    (fields.Text(5, "maybe empty", min_length=0), st.from_regex(r"[a-z]{0,5}", fullmatch=True)),
    (fields.Choice(frozenset({"LV", "EE"}), "a country"), st.sampled_from(["LV", "EE"])),
    (fields.Integer(-5, 5, "a level"), st.integers(-5, 5)),
    (fields.Integer(0, 10**30, "a big count"), st.integers(0, 10**30)),
    (fields.Dec(Decimal(0), Decimal(100), 2, "a share"), st.decimals(0, 100, places=2)),
    (
        fields.Dec(Decimal(-1), Decimal(1), 0, "a sign", exclusive_minimum=True),
        st.sampled_from([Decimal(0), Decimal(1)]),
    ),
    (fields.Bool(), st.booleans()),
    (fields.Day(), st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))),
    (fields.Enum(Colour), st.sampled_from(Colour)),
    (fields.Optional(fields.Integer(0, 5, "a digit")), st.none() | st.integers(0, 5)),
    (fields.Optional(fields.Text(5, "a word")), st.none() | _WORD),
    (fields.Items(fields.Integer(0, 5, "a digit"), max_size=3), st.lists(st.integers(0, 5), max_size=3).map(tuple)),
    (
        fields.Items(fields.Text(5, "a word"), min_size=1, max_size=2),
        st.lists(_WORD, min_size=1, max_size=2).map(tuple),
    ),
    (fields.Items(records.Record(DateRange), max_size=2), st.lists(date_ranges(), max_size=2).map(tuple)),
    (records.Record(DateRange), date_ranges()),
    (records.Record(SchoolYear), school_years()),
    (records.Record(Money), money()),
    (records.Record(LearnerRef), learner_refs()),
    (records.Record(Schedule, (SchoolYear,)), schedules(school_years(), max_size=2)),
    (records.AnyRecord(), date_ranges() | school_years() | money()),
]
KIND_IDS = [f"{type(kind).__name__}-{i}" for i, (kind, _) in enumerate(KINDS)]

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-10, max_value=200)
    | st.integers()
    | st.floats()
    | st.decimals(places=3, min_value=-200, max_value=200)
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.sampled_from([Decimal("1E+999999999"), Decimal("0E-40"), Decimal("-0"), Decimal("sNaN"), Decimal("1.000")])
    | st.text(max_size=12)
    | st.sampled_from(["LV", "AB1", "AB", "", " ", "x" * 11, CODE, "a\tb", "a\u200b", "red", "2024-01-02"])
    | st.dates(min_value=date(1800, 1, 1), max_value=date(2300, 1, 1))
    | st.datetimes(min_value=datetime(1899, 1, 1), max_value=datetime(2201, 1, 1))
    | st.sampled_from(list(Colour))
    | date_ranges()
    | school_years()
    | money()
    | learner_refs()
    | schedules(school_years(), max_size=2)
    | schedules(date_ranges(), max_size=2)
)
VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=4).map(tuple) | st.lists(inner, max_size=3), max_leaves=6
)


@pytest.mark.parametrize(("kind", "valid"), KINDS, ids=KIND_IDS)
@settings(max_examples=40)
@given(data=st.data())
def test_every_kind_s_check_and_problems_agree(kind: Kind, valid: st.SearchStrategy[Any], data: st.DataObject) -> None:
    value = data.draw(VALUES | valid)
    sink = Sink()
    fine = kind.problems(value, "$", sink)
    assert predicate(kind)(value) == fine == (not sink)


@pytest.mark.parametrize(("kind", "valid"), KINDS, ids=KIND_IDS)
def test_every_kind_refuses_its_own_wrong_types(kind: Kind, valid: st.SearchStrategy[Any]) -> None:
    for value in (object(), float("nan"), Decimal("NaN"), b"", {}, [], datetime(2020, 1, 1)):
        sink = Sink()
        assert not predicate(kind)(value) or type(kind) is fields.Items
        if not predicate(kind)(value):
            assert not kind.problems(value, "$", sink)
            assert sink


_COMPILED: dict[Kind, tuple[Callable[[Any], Any], Callable[[Any], Any], Draft202012Validator]] = {}


def compiled(kind: Kind) -> tuple[Callable[[Any], Any], Callable[[Any], Any], Draft202012Validator]:
    """The kind's fast loader, its dumper and its schema's validator, each compiled once."""
    if kind not in _COMPILED:
        scope = new_scope()
        shape, build = kind.load("v", scope)
        load = scope[define(scope, "fast", [f"if not ({shape}): raise _Fallback", f"return {build}"], "v")]
        dump = scope[define(scope, "dump", [f"return {kind.dump('v', scope)}"], "v")]
        defs: dict[str, Any] = {}
        schema = kind.schema(defs)
        _COMPILED[kind] = (load, dump, Draft202012Validator({**schema, "$defs": defs}))
    return _COMPILED[kind]


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-10, max_value=200)
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["LV", "AB1", "0.30", "1.005", "-0", "2024-01-02", "2024-02-30", "1899-12-31", "red", "", CODE]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["start", "end", "x"]) | st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
JSON_KINDS = [(kind, valid) for kind, valid in KINDS if not isinstance(kind, records.AnyRecord)]


@pytest.mark.parametrize(("kind", "valid"), JSON_KINDS, ids=KIND_IDS[: len(JSON_KINDS)])
@settings(max_examples=40)
@given(data=st.data())
def test_every_kind_s_fast_and_slow_json_paths_agree(
    kind: Kind, valid: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    load, dump, schema = compiled(kind)
    candidate = data.draw(_JSON | valid.map(dump))
    sink = Sink()
    slow = kind.load_slow(candidate, "$", sink)
    try:
        fast = load(candidate)
    except (ValueError, KeyError):
        assert slow is BAD or sink
    else:
        assert slow is not BAD
        assert not sink
        assert fast == slow
        assert predicate(kind)(fast)
        assert load(dump(fast)) == fast  # what it writes reads back
        schema.validate(candidate)


# ------------------------------------------------------------ the quick text check equals the careful one


@given(text=st.text() | st.text(alphabet=st.sampled_from("0123456789 -\tā\u00a0\u200bx\x00\x7f\x85")))
def test_the_quick_text_checks_equal_the_careful_ones(text: str) -> None:
    assert _personal_code.clean_line(text) == _personal_code._clean_line(text)
    assert _personal_code.clean_text(text) == _personal_code._clean_text(text)


@pytest.mark.parametrize(
    ("text", "line", "free"),
    [
        ("Skolēns 1234567890", True, True),  # ten digits: too few for a code, no closer look needed
        ("Skolēns 16117519997", False, False),
        ("a\tb", False, True),
        ("a\x7fb", False, False),
        ("\ud800", False, False),
        ("é", True, True),
        ("161175\u00ad19997", False, False),
    ],
)
def test_the_quick_text_check_on_its_edges(text: str, line: bool, free: bool) -> None:
    assert (_personal_code.clean_line(text), _personal_code.clean_text(text)) == (line, free)


# ------------------------------------------------------------ any JSON into the base layers' types

BASE_TYPES: dict[Any, st.SearchStrategy[Any]] = {
    DateRange: date_ranges(),
    SchoolYear: school_years(),
    Semester: semesters(),
    Quarter: quarters(),
    Money: money(),
    Problem: problems(),
    Violation: violations(),
    LearnerRef: learner_refs(),
    Source: sources(),
    Regulation: sources().map(lambda s: s.regulation).filter(lambda r: r is not None),
    Step[SchoolYear]: steps(school_years()),
    Schedule[SchoolYear]: schedules(school_years()),
    Schedule[DateRange]: schedules(date_ranges(), max_size=3),
    DateRange | None: st.none() | date_ranges(),
    tuple[Problem, ...]: st.lists(problems(), max_size=3).map(tuple),
}
BASE_IDS = [getattr(cls, "__name__", None) or repr(cls) for cls in BASE_TYPES]
SCHEMAS = {cls: Draft202012Validator(json_schema(cls)) for cls in BASE_TYPES}


def _mutate(plain: Any, replacement: Any, choice: int) -> Any:
    """``plain`` with one node (picked by ``choice``) replaced, or a key added to one object."""
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
    if isinstance(parent, dict) and choice % 5 == 0:
        parent[f"k{choice}"] = replacement
    else:
        parent[key] = replacement
    return plain


@pytest.mark.parametrize("cls", BASE_TYPES, ids=BASE_IDS)
@settings(max_examples=40)
@given(data=st.data(), junk=_JSON, choice=st.integers(min_value=0))
def test_any_json_gives_a_value_that_round_trips_or_a_validation_error(
    cls: Any, data: st.DataObject, junk: Any, choice: int
) -> None:
    value = data.draw(BASE_TYPES[cls])
    plain = unstructure(value)
    assert json.loads(json.dumps(plain, allow_nan=False)) == plain
    assert structure(plain, cls) == value
    SCHEMAS[cls].validate(plain)
    for candidate in (_mutate(json.loads(json.dumps(plain)), junk, choice), junk):
        try:
            result = structure(candidate, cls)
        except ValidationError as error:
            assert error.problems
            assert all(isinstance(p, Problem) for p in error.problems)
        else:
            again = unstructure(result)
            json.dumps(again, allow_nan=False)
            assert structure(again, cls) == result
            SCHEMAS[cls].validate(again)


@pytest.mark.parametrize("cls", BASE_TYPES, ids=BASE_IDS)
def test_every_base_schema_is_a_valid_draft_2020_12_schema(cls: Any) -> None:
    schema = json_schema(cls)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_the_schema_says_what_the_fields_accept() -> None:
    schema = json_schema(Probe)["$defs"]
    probe = schema["Probe"]
    assert probe["additionalProperties"] is False
    assert probe["required"] == [
        "name",
        "ref",
        "code",
        "country",
        "count",
        "level",
        "share",
        "rate",
        "flag",
        "day",
        "colour",
        "period",
    ]
    assert probe["properties"]["code"]["pattern"] == "^(?:[A-Z]{2}[0-9]{2})$"
    assert probe["properties"]["country"] == {"type": "string", "enum": ["EE", "LT", "LV"]}
    assert probe["properties"]["count"] == {"type": "integer", "minimum": 0, "maximum": 100}
    assert probe["properties"]["colour"] == {"enum": ["blue", "red"]}
    assert probe["properties"]["tags"] == {
        "type": "array",
        "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 10,
            "description": "a tag; a Latvian personal code is refused (P-7)",
        },
        "minItems": 0,
        "maxItems": 3,
    }
    assert schema["SchoolYear"] == {"type": "integer", "minimum": 1900, "maximum": 2198, "title": "SchoolYear"}
    assert schema["Money"]["type"] == "string"
    validator = Draft202012Validator(json_schema(Probe))
    validator.validate(GOOD)
    assert not validator.is_valid({**GOOD, "extra": 1})
    assert not validator.is_valid({**GOOD, "count": 101})


# ------------------------------------------------------------ decimals at the edges (M-1, issue #9)


@record
class Noted:
    note: str | None = fields.text(200, what="a note", default=None)


@record
class Fine:
    value: Decimal = fields.decimal(-100, 100, places=2, what="a value")


_FORM = ("$.value", "decimal.format", "expected a decimal number written as a string, such as '0.30'")
_BOUNDS = (
    "$.value",
    "decimal.range",
    "expected a value as a finite Decimal with at most 2 decimal places, at least -100 and at most 100",
)


@pytest.mark.parametrize(
    "value",
    [
        Decimal("NaN"),
        Decimal("-NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        Decimal("1E+999999999"),
        Decimal("-1E+999999999"),
        Decimal("0.001"),
        Decimal("100.01"),
    ],
    ids=str,
)
def test_non_finite_huge_and_too_precise_decimals_are_refused(value: Decimal) -> None:
    refused(lambda: Fine(value=value), [_BOUNDS])


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Decimal("100"), "100"),
        (Decimal("-100.00"), "-100.00"),
        (Decimal("0.5"), "0.5"),
        (Decimal("1E+1"), "10"),
        (Decimal("-0"), "-0"),
        (Decimal("0E-40"), "0.00"),  # more than 30 fraction digits: written at its places
        (Decimal("1.0000000000000000000000000000000"), "1.00"),
        (Decimal("1." + "0" * 28), "1." + "0" * 28),
    ],
    ids=str,
)
def test_every_accepted_decimal_is_written_so_that_it_reads_back(value: Decimal, written: str) -> None:
    held = Fine(value=value)
    assert unstructure(held) == {"value": written}
    assert structure(unstructure(held), Fine) == held
    Draft202012Validator(json_schema(Fine)).validate(unstructure(held))


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("100", Decimal("100")),
        ("-100.00", Decimal("-100.00")),
        ("0.5", Decimal("0.5")),
        ("-0", Decimal("-0")),
        ("0." + "0" * 30, Decimal("0")),
    ],
)
def test_a_decimal_is_read_from_its_text_at_the_bounds(written: str, expected: Decimal) -> None:
    assert structure({"value": written}, Fine) == Fine(value=expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        *((text, _BOUNDS) for text in ["100.01", "-100.01", "0.001"]),
        *((text, _FORM) for text in ["1e2", " 1", "1_0", "Infinity", "NaN", "0x1", "+1", "." + "0" * 31]),
    ],
)
def test_a_decimal_of_the_wrong_form_or_beyond_the_bounds_is_refused_when_read(
    written: str, expected: tuple[str, str, str]
) -> None:
    refused(lambda: structure({"value": written}, Fine), [expected])


@given(
    pattern=st.sampled_from(["[0-9]{10}", "[0-9]{1,3}", "[0-9]", "[0-9]{0,2}", "[a-z0-9_]{1,4}"]),
    text=st.text(st.sampled_from("0123456789a_\u0660\u00b2\uff11 "), max_size=12),
)
def test_a_pattern_of_a_run_of_digits_is_matched_as_the_regex_engine_matches_it(pattern: str, text: str) -> None:
    check = fields._matches(pattern, "v", scope := new_scope())
    matched = eval(check, dict(scope), {"v": text})
    assert matched == (re.fullmatch(pattern, text) is not None)


def test_p7_free_text_ids_learner_ids_and_subjects_are_never_kept() -> None:
    # they may be about a person: held no longer than the records holding them (P-7)
    fields.forget_texts()
    note = structure({"note": "Skolēnam grūtības ar matemātiku\nun latviešu valodu"}, Noted)
    assert note.note == "Skolēnam grūtības ar matemātiku\nun latviešu valodu"
    assert predicate(fields.Text(64, "an id", kept=False))("koordinators-Jēkabpils-000123")
    assert LearnerRef("L-2024-000000000123").value == "L-2024-000000000123"
    assert structure(
        {"indicator": "P", "on": "2024-09-01", "subject": "Rēzeknes tehnikums, L-000123"}, Fact
    ).subject.startswith("Rēzeknes")
    assert all(not seen for seen in fields._SEEN.values())
    kind = records.plan_of(Noted).fields[0].kind
    assert isinstance(kind, fields.Optional)
    assert isinstance(kind.inner, fields.Text)
    assert not kind.inner.kept
    assert not fields.Text(2000, "a note", lines=True, kept=False).kept


@given(text=st.text(st.characters(codec="utf-8") | st.sampled_from(" \t\n\u00a0\u2003\u3000\x1c\x85"), max_size=8))
def test_the_edge_check_is_strip_of_what_isspace_is_true_of(text: str) -> None:
    # the generated check compares strip() with the text; the problems list reads both ends with isspace()
    assert (text.strip() == text) == (not text or not (text[0].isspace() or text[-1].isspace()))
    name = fields.Text(20, "a name", min_length=0)
    assert predicate(name)(text) == name.problems(text, "$", Sink())


def test_p7_a_text_found_valid_is_kept_once_per_kind_and_the_sets_stay_bounded() -> None:
    kind, note = fields.Text(300, "a name"), fields.Text(300, "a note", lines=True)
    ok, note_ok = predicate(kind), predicate(note)
    fields.forget_texts()
    names = fields._SEEN[kind]
    assert ok("Jelgavas novada Izglītības pārvalde")
    assert names == {"Jelgavas novada Izglītības pārvalde"}
    assert not ok("Jelgavas 161175-19997")  # refused: never kept
    assert not ok(" Jelgavas novada Izglītības pārvalde")
    assert not ok("x" * 301)
    assert ok("short")  # printable ASCII of at most ten characters: checked without the set
    assert ok("ā" * 257)  # too long to keep
    assert ok("ā" * 256)
    assert names == {"Jelgavas novada Izglītības pārvalde", "ā" * 256}
    assert note_ok("Rēzekne\nLiepāja")
    assert fields._SEEN[note] == {"Rēzekne\nLiepāja"}
    assert not ok("Rēzekne\nLiepāja")  # a line break: valid of the one kind, not of the other
    for index in range(fields.KEPT - 3):
        assert ok(f"Rēzekne {index}")
    assert len(names) + len(fields._SEEN[note]) == fields.KEPT
    assert ok("Liepāja, Jūrmalas iela")  # once as many are kept in all, every set is emptied first
    assert names == {"Liepāja, Jūrmalas iela"}
    assert fields._SEEN[note] == set()
    names.add("Jelgava 161175-19997")  # what is in a set is taken as valid: only keep_text adds to them
    assert ok("Jelgava 161175-19997")
    fields.forget_texts()
    assert not ok("Jelgava 161175-19997")


# ------------------------------------------------------------ small parts of the toolkit


def test_the_trusted_builder_and_the_plan() -> None:
    plan = plan_of(DateRange)
    built = plan.build(date(2020, 1, 1), None)
    assert built == DateRange(start=date(2020, 1, 1))
    assert [x.required for x in plan.fields] == [True, False]
    assert [records.is_record(c) for c in (DateRange, Bare, 5)] == [True, False, False]


def test_an_unknown_kind_has_no_check_or_schema() -> None:
    with pytest.raises(NotImplementedError):
        Kind().check("v", new_scope())
    with pytest.raises(NotImplementedError):
        Kind().schema({})
    with pytest.raises(Fallback):
        fallback(1)


class Even(Kind):
    """A kind that defines only its check: problems, load and load_slow come from the base class."""

    what = "an even number"
    code = "even.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is int and {v} % 2 == 0"


def test_a_kind_defining_only_its_check_gets_the_rest_from_the_base() -> None:
    kind, sink = Even(), Sink()
    assert kind.load_slow(4, "$.n", sink) == 4
    assert kind.load_slow(3, "$.n", sink) is BAD
    assert sink.flaws == [Flaw("$.n", "even.type", "expected an even number")]
    assert compiled_loader(kind)(2) == 2
    with pytest.raises(Fallback):
        compiled_loader(kind)(1)


def compiled_loader(kind: Kind) -> Callable[[Any], Any]:
    scope = new_scope()
    shape, build = kind.load("v", scope)
    fast: Callable[[Any], Any] = scope[
        define(scope, "fast", [f"if not ({shape}): raise _Fallback", f"return {build}"], "v")
    ]
    return fast


@record
class Sorted:
    tags: tuple[str, ...] = fields.items(fields.Text(5, "a tag"), max_size=5, canonical=lambda t: tuple(sorted(t)))
    maybe: tuple[int | None, ...] = fields.items(
        fields.Optional(fields.Integer(0, 5, "a digit")), max_size=3, default=()
    )

    @rule("tags")
    def _no_repeats(self) -> Flaw | None:
        if len(set(self.tags)) != len(self.tags):
            return Flaw("$.tags", "sorted.repeated", "expected each tag once")
        return None


def test_a_canonical_field_is_normalised_on_every_path() -> None:
    assert Sorted(tags=("b", "a")).tags == ("a", "b")
    assert structure({"tags": ["b", "a"]}, Sorted).tags == ("a", "b")
    assert unstructure(Sorted(tags=("b", "a"), maybe=(None, 1))) == {"tags": ["a", "b"], "maybe": [None, 1]}
    # the rule reads the normalised value, alongside another field's problem
    refused(
        lambda: Sorted(tags=("b", "a", "b"), maybe=untyped((6,))),
        [
            ("$.maybe[0]", "integer.range", "expected a digit: an int (not a bool) from 0 to 5"),
            ("$.tags", "sorted.repeated", "expected each tag once"),
        ],
    )
    refused(
        lambda: Sorted(tags=(), maybe=untyped([None])),
        [("$.maybe", "array.type", "expected a tuple of items, each None or a digit")],
    )


@record
class Before:
    after: After


@record
class After:
    x: int = fields.integer(0, 1)


def test_a_forward_referenced_record_built_first_by_its_constructor() -> None:
    assert Before(after=After(x=1)).after == After(x=1)
    assert structure({"after": {"x": 0}}, Before) == Before(after=After(x=0))


def test_the_schema_of_an_unspecialised_generic_record_leaves_its_parameter_open() -> None:
    schema = json_schema(Schedule)
    assert schema["$defs"]["Step"]["properties"]["value"] == {}
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", ["errors", "privacy", "time", "notation", "money", "schedule", "serialization"])
def test_a_public_module_lists_its_public_names(name: str) -> None:
    import importlib

    module = importlib.import_module(f"karjera_core.{name}")
    assert dir(module) == sorted(module.__all__)
    assert all(hasattr(module, public) for public in module.__all__)


def test_a_positional_record_without_fields_is_an_empty_object_not_a_bare_value() -> None:
    @record(kw_only=False)
    class Nothing:
        pass

    assert Nothing() == Nothing()
    assert unstructure(Nothing()) == {}
    assert structure({}, Nothing) == Nothing()
