"""Bounded work on long lists: once CAP problems are listed, the rest are counted in bulk, never read by path.

The first :data:`~karjera_core._compile.CAP` problems are listed in full,
every later one is counted by its code in ``ValidationError.omitted``; a
personal code among the counted ones still makes the error a
``PersonalDataRejected`` (P-7), and unknown keys leave room in the list for
the object's other problems.  Each test compares the whole list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from karjera_core import _fields as fields
from karjera_core._compile import CAP, Flaw
from karjera_core._records import record, rule
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.funding import ProjectNumber
from karjera_core.indicators import DistinctCount
from karjera_core.serialization import structure

P7 = "expected pseudonymous text; a Latvian personal code is refused (P-7)"
CODE = "161175-19997"


@record
class Scalar:
    n: int = fields.integer(0, 9)


@record(kw_only=False)
class Wrapped:
    n: int = fields.integer(0, 9)


@record
class Holder:
    numbers: tuple[ProjectNumber, ...] = fields.items(max_size=100, default=())
    inner: tuple[Scalar, ...] = fields.items(max_size=100, default=())
    wrapped: tuple[Wrapped, ...] = fields.items(max_size=100, default=())
    maybe: tuple[int | None, ...] = fields.items(fields.Optional(fields.Integer(0, 9)), max_size=100, default=())
    either: tuple[int | date, ...] = fields.items(
        fields.OneOf((fields.Integer(0, 9), fields.Day())), max_size=100, default=()
    )


@record
class Ruled:
    first: tuple[int, ...] = fields.items(fields.Integer(0, 9), max_size=100, default=())
    second: tuple[int, ...] = fields.items(fields.Integer(0, 9), max_size=100, default=())

    @rule("second")
    def _at_most_two(self) -> Flaw | None:
        if len(self.second) > 2:
            return Flaw("$.second", "ruled.too_many", "expected at most two")
        return None


def refused(make: Callable[[], Any]) -> ValidationError:
    try:
        make()
    except ValidationError as error:
        return error
    raise AssertionError("accepted")


def listed(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def test_past_the_cap_entries_of_another_json_type_are_counted_by_the_kinds_code() -> None:
    error = refused(lambda: structure({"numbers": [1] * 52 + ["x", 2]}, Holder))
    assert listed(error) == [(f"$.numbers[{i}]", "type.string", "expected a string") for i in range(CAP)]
    assert error.omitted == {"type.string": 3, "project_number.parts": 1}  # "x" is read, 1 and 2 only counted


def test_past_the_cap_records_are_counted_as_objects_and_still_read_when_they_are_objects() -> None:
    error = refused(lambda: structure({"inner": [1] * 52 + [{"n": 99}, 2]}, Holder))
    assert listed(error) == [(f"$.inner[{i}]", "type.object", "expected an object") for i in range(CAP)]
    assert error.omitted == {"type.object": 3, "integer.range": 1}


def test_past_the_cap_a_scalar_record_is_counted_by_its_fields_json_type() -> None:
    error = refused(lambda: structure({"wrapped": ["x"] * 51 + [1, 10]}, Holder))
    assert listed(error) == [(f"$.wrapped[{i}]", "type.integer", "expected an integer") for i in range(CAP)]
    assert error.omitted == {"type.integer": 1, "integer.range": 1}


def test_past_the_cap_optional_entries_pass_none_and_count_the_rest() -> None:
    error = refused(lambda: structure({"maybe": ["x"] * 52 + [None, 1, "y"]}, Holder))
    assert listed(error) == [(f"$.maybe[{i}]", "type.integer", "expected an integer") for i in range(CAP)]
    assert error.omitted == {"type.integer": 3}
    error = refused(lambda: structure({"maybe": ["x"] * CAP + [None, 1]}, Holder))  # the rest all valid
    assert listed(error) == [(f"$.maybe[{i}]", "type.integer", "expected an integer") for i in range(CAP)]
    assert error.omitted == {}


def test_past_the_cap_a_kind_of_no_single_json_type_reads_each_entry() -> None:
    error = refused(lambda: structure({"either": [None] * 52 + [1, "a", None]}, Holder))
    expected = "expected an integer or a date"
    assert listed(error) == [(f"$.either[{i}]", "value.type", expected) for i in range(CAP)]
    assert error.omitted == {"value.type": 4}


def test_p7_a_personal_code_counted_past_the_cap_inside_an_object_with_an_unknown_key_is_still_refused_as_one() -> None:
    data = {"subjects": [CODE] * 60, "firsts": ["2020-01-01"] * 60, "zzz": 1}
    error = refused(lambda: structure(data, DistinctCount))
    assert type(error) is PersonalDataRejected
    assert listed(error) == [
        ("$.zzz", "object.unknown_key", "unexpected key; expected only: subjects, firsts"),
        *((f"$.subjects[{i}]", "privacy.personal_code", P7) for i in range(CAP - 1)),
    ]
    assert error.omitted == {"privacy.personal_code": 60 - (CAP - 1)}
    assert CODE not in str(error)


def test_unknown_keys_of_an_object_met_after_the_cap_are_counted() -> None:
    data = {"inner": [1] * CAP + [{"n": 1, "a": 1, "b": 2}]}
    error = refused(lambda: structure(data, Holder))
    assert listed(error) == [(f"$.inner[{i}]", "type.object", "expected an object") for i in range(CAP)]
    assert error.omitted == {"object.unknown_key": 2}


def test_with_one_place_left_an_object_with_an_unknown_key_and_a_bad_field_lists_the_field() -> None:
    data = {"inner": [1] * (CAP - 1) + [{"n": 99, "a": 1}]}
    error = refused(lambda: structure(data, Holder))
    assert listed(error) == [
        *((f"$.inner[{i}]", "type.object", "expected an object") for i in range(CAP - 1)),
        (f"$.inner[{CAP - 1}].n", "integer.range", "expected an integer: an int (not a bool) from 0 to 9"),
    ]
    assert error.omitted == {"object.unknown_key": 1}


def test_past_the_cap_a_constructor_counts_the_bad_entries_of_a_tuple_by_code() -> None:
    error = refused(lambda: Holder(inner=(1,) * 52 + (Scalar(n=1), "x")))  # type: ignore[arg-type]
    assert listed(error) == [(f"$.inner[{i}]", "record.type", "expected a Scalar") for i in range(CAP)]
    assert error.omitted == {"record.type": 3}
    error = refused(lambda: Holder(maybe=("x",) * 51 + (None, 1, 10)))  # type: ignore[arg-type]
    message = "expected an integer: an int (not a bool) from 0 to 9"
    assert listed(error) == [(f"$.maybe[{i}]", "integer.type", message) for i in range(CAP)]
    assert error.omitted == {"integer.type": 1, "integer.range": 1}


def test_past_the_cap_a_list_of_valid_entries_is_valid_so_its_rules_run_and_are_counted() -> None:
    error = refused(lambda: structure({"first": ["x"] * CAP, "second": [1, 2, 3]}, Ruled))
    assert listed(error) == [(f"$.first[{i}]", "type.integer", "expected an integer") for i in range(CAP)]
    assert error.omitted == {"ruled.too_many": 1}


def test_past_the_cap_a_list_with_one_bad_entry_is_bad_so_its_rules_do_not_run() -> None:
    error = refused(lambda: structure({"first": ["x"] * CAP, "second": [1, 10, 2]}, Ruled))
    assert listed(error) == [(f"$.first[{i}]", "type.integer", "expected an integer") for i in range(CAP)]
    assert error.omitted == {"integer.range": 1}
