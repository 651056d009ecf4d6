"""The toolkit's union kind (``A | B``) and its predicate kind for arguments no annotation describes."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from karjera_core import _fields as fields
from karjera_core._arguments import Where, arguments
from karjera_core._records import infer, record
from karjera_core.errors import ValidationError
from karjera_core.serialization import json_schema, structure, unstructure
from karjera_core.time import DateRange, SchoolYear


@record
class Small:
    x: int = fields.integer(0, 5, what="a small number")


@record
class Dated:
    y: date


@record
class Holder:
    v: Small | Dated
    w: Small | Dated | None = None
    z: tuple[SchoolYear | DateRange, ...] = fields.items(max_size=3, default=())
    plain: int | str = fields.field(fields.OneOf((fields.Integer(0, 9), fields.Text(5, "a word"))), default=0)


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def test_a_union_is_inferred_with_and_without_none() -> None:
    assert infer(Small | Dated, None) == fields.OneOf((infer(Small, None), infer(Dated, None)))
    assert infer(Small | Dated | None, None) == fields.Optional(infer(Small | Dated, None))
    assert infer(Small | None, None) == fields.Optional(infer(Small, None))


def test_a_union_field_takes_a_value_of_any_of_its_kinds_and_round_trips() -> None:
    value = Holder(
        v=Dated(y=date(2020, 1, 1)), w=Small(x=1), z=(SchoolYear(2016), DateRange(start=date(2020, 1, 1))), plain="ab"
    )
    data = unstructure(value)
    assert data == {
        "v": {"y": "2020-01-01"},
        "w": {"x": 1},
        "z": [2016, {"start": "2020-01-01", "end": None}],
        "plain": "ab",
    }
    assert structure(data, Holder) == value
    assert unstructure(Holder(v=Small(x=2))) == {"v": {"x": 2}, "w": None, "z": [], "plain": 0}


def test_a_union_reads_its_second_kind_on_the_slow_path_too() -> None:
    with pytest.raises(ValidationError) as caught:
        structure({"v": {"y": "2020-01-01"}, "w": {"x": 1}, "plain": 3, "extra": 1}, Holder)
    assert problems(caught.value) == [
        ("$.extra", "object.unknown_key", "unexpected key; expected only: v, w, z, plain"),
    ]


def test_a_value_of_none_of_the_kinds_is_refused_with_one_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        Holder(v=date(2020, 1, 1), plain=1.5)  # type: ignore[arg-type]
    assert problems(caught.value) == [
        ("$.v", "record.type", "expected a Small or a Dated"),
        ("$.plain", "value.type", "expected an integer or a word"),
    ]
    with pytest.raises(ValidationError) as caught:
        structure({"v": {"x": 9}, "plain": [1]}, Holder)
    assert problems(caught.value) == [
        ("$.v", "record.type", "expected a Small or a Dated"),
        ("$.plain", "value.type", "expected an integer or a word"),
    ]


def test_a_union_has_a_schema_of_its_alternatives() -> None:
    body = json_schema(Holder)["$defs"]["Holder"]["properties"]
    assert body["v"] == {"anyOf": [{"$ref": "#/$defs/Small"}, {"$ref": "#/$defs/Dated"}]}
    assert body["plain"]["anyOf"][0] == {"type": "integer", "minimum": 0, "maximum": 9}


def test_an_argument_may_be_a_union_or_a_predicate() -> None:
    check = arguments(items=tuple[Small | Dated, ...], thing=Where(attrs.has, "a class built with attrs"))
    assert check([Small(x=1)], Small) == ((Small(x=1),), Small)
    bad: Any = 3
    with pytest.raises(ValidationError) as caught:
        check([Small(x=1), bad], bad)
    assert problems(caught.value) == [
        ("$.items[1]", "record.type", "expected a Small or a Dated"),
        ("$.thing", "value.type", "expected a class built with attrs"),
    ]
