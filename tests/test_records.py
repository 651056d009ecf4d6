"""Rows for pandas: ``to_records`` flattens library objects into JSON-compatible scalars."""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest

from karjera_core import records
from karjera_core.education import Grade, LearnerCount
from karjera_core.errors import ValidationError
from karjera_core.indicators import Fact, Indicator, Measure, evaluate, evaluate_summary, summarize
from karjera_core.money import Money
from karjera_core.records import MAX_DEPTH, to_records
from karjera_core.time import SchoolYear


class Colour(enum.Enum):
    RED = "red"


@attrs.frozen
class Part:
    label: str
    amount: Money


@attrs.frozen(kw_only=True)
class Holder:
    name: str
    day: date
    moment: datetime
    colour: Colour
    money: Money
    year: SchoolYear
    share: Decimal
    parts: tuple[Part, ...]
    tags: tuple[str, ...]
    empty: tuple[str, ...]
    ratio: float
    flag: bool
    count: int
    nothing: None


@attrs.frozen
class Bad:
    mapping: dict[str, int]


def holder() -> Holder:
    return Holder(
        name="Jelgava",
        day=date(2017, 4, 20),
        moment=datetime(2017, 4, 20, 10, 30),
        colour=Colour.RED,
        money=Money("10.5"),
        year=SchoolYear(2016),
        share=Decimal("0.90"),
        parts=(Part("a", Money(1)), Part("b", Money(2))),
        tags=("x", "y"),
        empty=(),
        ratio=0.5,
        flag=True,
        count=3,
        nothing=None,
    )


def test_records_list_their_public_names() -> None:
    assert dir(records) == ["to_records"]


def test_records_flatten_nested_objects_with_dotted_keys_into_json_scalars() -> None:
    (row,) = to_records([holder()])
    assert row == {
        "name": "Jelgava",
        "day": "2017-04-20",
        "moment": "2017-04-20T10:30:00",
        "colour": "red",
        "money": "10.50",
        "year": 2016,
        "share": "0.90",
        "parts.0.label": "a",
        "parts.0.amount": "1.00",
        "parts.1.label": "b",
        "parts.1.amount": "2.00",
        "tags.0": "x",
        "tags.1": "y",
        "ratio": 0.5,
        "flag": True,
        "count": 3,
        "nothing": None,
    }
    assert json.loads(json.dumps(row)) == row


def test_i3_records_of_a_report_keep_numerator_and_denominator() -> None:
    share = Indicator(
        code="S", title_lv="Īpatsvars", measure=Measure.SHARE, target=Decimal("0.9"), population=("a", "b")
    )
    report = evaluate_summary(
        summarize([share], [Fact(indicator="S", on=date(2025, 1, 1), subject="a")], as_of=date(2025, 2, 1))
    )
    (row,) = to_records(report)
    assert (row["code"], row["numerator"], row["denominator"], row["value"], row["status"]) == (
        "S",
        1,
        2,
        "0.5",
        "not_due",
    )
    assert row["reached_on"] is None
    assert row["measure"] == "share"
    assert row["target"] == "0.9"
    assert to_records([evaluate(share, [], as_of=date(2025, 2, 1))])[0]["numerator"] == 0


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


VALUE = "expected a scalar, an enum, a date, a Decimal, a tuple or an attrs object"


def test_records_refuse_what_is_not_an_attrs_object_at_its_index() -> None:
    with pytest.raises(ValidationError) as caught:
        to_records([holder(), "text", Bad({"a": 1}), 5])
    assert problems(caught.value) == [
        ("$.objects[1]", "records.item", "expected an attrs object"),
        ("$.objects[3]", "records.item", "expected an attrs object"),
    ]


def test_records_refuse_a_field_with_no_plain_form_and_name_where() -> None:
    with pytest.raises(ValidationError) as caught:
        to_records([holder(), Bad({"a": 1}), Loose(value=[1]), Loose(value=(1, {2})), Loose(value=float("nan"))])
    assert problems(caught.value) == [
        ("$.objects[1].mapping", "records.value", VALUE),
        ("$.objects[2].value", "records.value", VALUE),
        ("$.objects[3].value[1]", "records.value", VALUE),
        ("$.objects[4].value", "records.value", "expected a finite float, not NaN or infinity"),
    ]


@pytest.mark.parametrize("not_an_iterable", ["text", b"bytes", 42, None, {"a": 1}])
def test_records_refuse_an_argument_that_is_not_an_iterable_of_objects(not_an_iterable: object) -> None:
    with pytest.raises(ValidationError) as caught:
        to_records(not_an_iterable)  # type: ignore[arg-type]
    assert problems(caught.value) == [
        ("$.objects", "array.type", "expected an iterable (not text) of items, each an attrs object"),
    ]


def test_records_refuse_a_non_iterable_attrs_object_as_the_argument() -> None:
    with pytest.raises(ValidationError) as caught:
        to_records(holder())  # type: ignore[arg-type]
    assert problems(caught.value)[0][:2] == ("$.objects", "array.type")


def test_records_take_any_iterable_and_an_empty_one() -> None:
    assert to_records(iter([Part("a", Money(1))])) == [{"label": "a", "amount": "1.00"}]
    assert to_records(()) == []
    assert to_records([Money("2")]) == [{"amount": "2.00"}]


@attrs.define
class Loose:
    value: object = None


@attrs.define
class Unset:
    value: int = attrs.field(init=False)


DEPTH = f"expected objects nested at most {MAX_DEPTH} deep, none inside itself"


def test_records_refuse_an_object_inside_itself_rather_than_recurse() -> None:
    looping = Loose()
    looping.value = (looping, 1)
    with pytest.raises(ValidationError) as caught:
        to_records([looping])
    assert problems(caught.value) == [("$.objects[0].value[0]", "records.depth", DEPTH)]


def test_records_refuse_objects_nested_too_deep() -> None:
    deep = Loose(value=1)
    for _ in range(MAX_DEPTH - 1):
        deep = Loose(value=deep)
    assert to_records([deep]) == [{"value": 1}]  # a one-field object is one cell, however deep
    with pytest.raises(ValidationError) as caught:
        to_records([Loose(value=deep)])
    assert problems(caught.value) == [("$.objects[0].value", "records.depth", DEPTH)]


def test_records_refuse_a_field_that_was_never_set() -> None:
    with pytest.raises(ValidationError) as caught:
        to_records([Unset()])
    assert problems(caught.value) == [("$.objects[0].value", "records.value", VALUE)]


def test_records_of_declared_records_flatten_the_same_way() -> None:
    count = LearnerCount(institution="4213900473", school_year=SchoolYear(2016), learners=25, grade=Grade(5))
    assert to_records([count]) == [
        {"institution": "4213900473", "school_year": 2016, "learners": 25, "grade": 5},
    ]
