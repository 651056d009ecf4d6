"""Rows for pandas: ``to_records`` flattens library objects into JSON-compatible scalars."""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest

from karjera_core.errors import ValidationError
from karjera_core.indicators import Fact, Indicator, Measure, evaluate, evaluate_summary, summarize
from karjera_core.money import Money
from karjera_core.records import to_records
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


def test_records_refuse_what_has_no_plain_form_and_name_where() -> None:
    with pytest.raises(ValidationError) as error:
        to_records([holder(), "text", Bad({"a": 1})])
    assert [(p.path, p.code) for p in error.value.problems] == [
        ("$[1]", "records.item"),
        ("$[2].mapping", "records.value"),
    ]
    for not_a_list in ("text", 42, holder()):
        with pytest.raises(ValidationError) as error:
            to_records(not_a_list)  # type: ignore[arg-type]
        assert error.value.problems[0].code == "records.type"
