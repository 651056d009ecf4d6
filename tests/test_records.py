"""Rows for pandas: ``to_records`` and ``to_columns`` flatten library objects into typed cells.

A cell is an int, a Decimal (or float when asked), a ``datetime.date``, a str, a bool or None -- never a
number or a day written as text -- so that a data frame compares and filters with no conversion.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

import attrs
import pandas as pd
import pytest

from karjera_core import TeacherSupportTargets, examples, records, teacher_support
from karjera_core.education import Grade, LearnerCount
from karjera_core.errors import ValidationError
from karjera_core.indicators import Fact, Indicator, Measure, evaluate, evaluate_summary, summarize, timeline
from karjera_core.money import Money
from karjera_core.records import MAX_DEPTH, to_columns, to_records
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
    assert dir(records) == ["to_columns", "to_records"]


#: The one row of ``holder()``: every cell keeps its type.
HOLDER_ROW = {
    "name": "Jelgava",
    "day": date(2017, 4, 20),
    "moment": datetime(2017, 4, 20, 10, 30),
    "colour": "red",
    "money": Decimal("10.50"),
    "year": 2016,
    "share": Decimal("0.90"),
    "parts.0.label": "a",
    "parts.0.amount": Decimal("1.00"),
    "parts.1.label": "b",
    "parts.1.amount": Decimal("2.00"),
    "tags.0": "x",
    "tags.1": "y",
    "ratio": 0.5,
    "flag": True,
    "count": 3,
    "nothing": None,
}


def test_records_flatten_nested_objects_with_dotted_keys_into_typed_cells() -> None:
    (row,) = to_records([holder()])
    assert row == HOLDER_ROW
    assert [type(value) for value in row.values()] == [type(value) for value in HOLDER_ROW.values()]
    assert list(row) == list(HOLDER_ROW)


def test_records_never_hold_a_number_or_a_day_as_text() -> None:
    report = teacher_support.evaluate(CATALOGUE, FACTS, as_of=date(2025, 9, 1))
    allowed = (int, Decimal, date, str, bool, type(None))
    for row in to_records(report):
        assert all(type(cell) in allowed for cell in row.values()), row
        assert all(type(row[name]) is not str for name in ("target", "value", "as_of", "numerator"))


def test_records_give_decimals_as_floats_when_asked() -> None:
    (row,) = to_records([holder()], decimals="float")
    assert row == {**HOLDER_ROW, "money": 10.5, "share": 0.9, "parts.0.amount": 1.0, "parts.1.amount": 2.0}
    assert type(row["money"]) is float
    assert type(row["count"]) is int  # ints stay ints


@pytest.mark.parametrize("bad", ["Decimal", "int", None, 1])
def test_records_refuse_another_way_of_giving_decimals(bad: object) -> None:
    for convert in (to_records, to_columns):
        with pytest.raises(ValidationError) as caught:
            convert([holder()], decimals=bad)  # type: ignore[arg-type]
        assert problems(caught.value) == [
            ("$.decimals", "text.choice", "expected decimals given as 'decimal' or 'float'")
        ]


def test_columns_are_the_cells_of_the_rows_column_by_column() -> None:
    assert to_columns([holder(), holder()]) == {name: [value, value] for name, value in HOLDER_ROW.items()}
    short = Holder(**{**attrs.asdict(holder(), recurse=False), "tags": ("z",), "nothing": None})
    columns = to_columns([short, holder()])
    assert list(columns) == [*(name for name in HOLDER_ROW if name != "tags.1"), "tags.1"]  # as they appear
    assert columns["tags.0"] == ["z", "x"]
    assert columns["tags.1"] == [None, "y"]  # a column an object lacks holds None for it
    assert to_columns([]) == {}
    assert to_columns([holder()], decimals="float")["money"] == [10.5]


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
        Decimal("0.5"),
        "not_due",
    )
    assert (row["reached_on"], row["as_of"]) == (None, date(2025, 2, 1))
    assert row["measure"] == "share"
    assert row["target"] == Decimal("0.9")
    assert to_records([evaluate(share, [], as_of=date(2025, 2, 1))])[0]["numerator"] == 0
    assert report.to_records() == to_records(report)
    assert report.to_records(decimals="float") == to_records(report, decimals="float")
    assert report.to_records(decimals="float")[0]["value"] == 0.5


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


VALUE = "expected a scalar, an enum, a date, a Decimal, a tuple or an attrs object"
FINITE = "expected a finite number, not NaN or infinity"


def test_records_refuse_what_is_not_an_attrs_object_at_its_index() -> None:
    with pytest.raises(ValidationError) as caught:
        to_records([holder(), "text", Bad({"a": 1}), 5])
    assert problems(caught.value) == [
        ("$.objects[1]", "records.item", "expected an attrs object"),
        ("$.objects[3]", "records.item", "expected an attrs object"),
    ]


def test_records_refuse_a_field_with_no_plain_form_and_name_where() -> None:
    with pytest.raises(ValidationError) as caught:
        to_records(
            [
                holder(),
                Bad({"a": 1}),
                Loose(value=[1]),
                Loose(value=(1, {2})),
                Loose(value=float("nan")),
                Loose(value=Decimal("-Infinity")),
                Loose(value=Decimal("sNaN")),
            ],
            decimals="float",
        )
    assert problems(caught.value) == [
        ("$.objects[1].mapping", "records.value", VALUE),
        ("$.objects[2].value", "records.value", VALUE),
        ("$.objects[3].value[1]", "records.value", VALUE),
        ("$.objects[4].value", "records.value", FINITE),
        ("$.objects[5].value", "records.value", FINITE),
        ("$.objects[6].value", "records.value", FINITE),
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
    assert to_records(iter([Part("a", Money(1))])) == [{"label": "a", "amount": Decimal("1.00")}]
    assert to_records(()) == []
    assert to_records([Money("2")]) == [{"amount": Decimal("2.00")}]


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


# --------------------------------------------------------------------------- pandas, with no conversion

#: The teacher-support scenario of the issue: the [003] catalogue with item 4 (16 materials) and item 10.
CATALOGUE = teacher_support.indicators(TeacherSupportTargets.published(item4=16, item10=Decimal("0.5"), item11=None))
FACTS = examples.teacher_support_facts(10_000, seed=1)


def test_i2_a_data_frame_of_a_report_filters_values_below_target_with_no_conversion() -> None:
    report = teacher_support.evaluate(CATALOGUE, FACTS, as_of=date(2025, 9, 1))
    df = pd.DataFrame(to_records(report))
    r4 = df[df.code == "4.2.2.3-R4"].iloc[0]
    assert (r4.value, r4.target) == (Decimal(4), Decimal(16))  # '4' < '16' is false as text: R4 was left out
    below = df[df.value < df.target]
    assert list(below.code) == [
        "4.2.2.3-R1",
        "4.2.2.3-R2",
        "4.2.2.3-R4",
        "4.2.2.3-R6",
        "4.2.2.3-R7",
        "4.2.2.3-R8",
        "4.2.2.3-R9",
        "4.2.2.3-R10",
    ]
    assert list(below.code) == [r.code for r in report if r.value is not None and r.value < r.target]
    assert list(df[df.deadline < date(2025, 9, 1)].code) == [f"4.2.2.3-R{n}" for n in (1, 2, 3, 5)]
    assert list(df.sort_values("value", ascending=False).code[:1]) == ["4.2.2.3-R4"]
    floats = pd.DataFrame(to_records(report, decimals="float"))
    assert list(floats[floats.value < floats.target].code) == list(below.code)
    assert str(floats.value.dtype) == "float64"
    assert df.value.sum() == sum(r.value for r in report if r.value is not None)


def test_i2_a_data_frame_of_a_timeline_pivots_to_one_column_per_indicator() -> None:
    days = [date(2025, 6, 30), date(2025, 8, 31), date(2025, 12, 31)]
    progress = timeline(CATALOGUE, FACTS, on=days)
    df = pd.DataFrame(progress.to_records())
    assert len(df) == len(CATALOGUE) * 3
    assert list(df.as_of[:3]) == days
    wide = df.pivot(index="as_of", columns="code", values="value")
    assert list(wide.index) == days
    for code in ("4.2.2.3-R1", "4.2.2.3-R4"):
        assert list(wide[code]) == [r.value for r in progress[code]]
    late = df[(df.reached_on > df.deadline) & (df.as_of == days[-1])]
    assert list(late.code) == ["4.2.2.3-R1", "4.2.2.3-R2"]
    assert progress.to_records() == to_records(progress)
    assert to_columns(progress)["value"] == [r.value for r in progress]
