"""Envelopes (issue #12): structure/unstructure/json_schema of X | None, tuple[X, ...], dict[str, X] and a
caller's own attrs class or TypedDict built of public types, with the records' strictness and paths."""

from __future__ import annotations

import enum
import json
import typing
from datetime import date
from decimal import Decimal
from typing import Any, NotRequired, Required, TypedDict

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from karjera_core import (
    DateRange,
    Money,
    PersonalDataRejected,
    SchoolYear,
    ValidationError,
    json_schema,
    structure,
    unstructure,
)
from karjera_core.privacy import LearnerRef
from karjera_core.strategies import all_type_strategies
from karjera_core.time import Semester

PUBLIC_TYPES = sorted(all_type_strategies().items(), key=lambda item: item[0].__qualname__)
IDS = [c.__qualname__ for c, _ in PUBLIC_TYPES]
CODE = "161175-19997"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
ACCEPTED = (
    "expected a public karjera_core type, date, bool, str, int or Decimal, X | None, tuple[X, ...] or "
    "dict[str, X] of them, or an attrs class or TypedDict of your own whose fields are of these types"
)
TEXT_ONLY = "expected a string"
NOT_SHOWN = "whose key is not shown"


def problems_of(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def refused(call: Any, expected: list[tuple[str, str, str]]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert problems_of(caught.value) == expected
    return caught.value


class Level(enum.Enum):
    LOW = "low"
    HIGH = "high"


@attrs.frozen
class Request:
    """An app's request: public types, plain scalars, containers."""

    learner: LearnerRef
    period: DateRange | None = None
    years: tuple[SchoolYear, ...] = ()
    groups: dict[str, Semester] = attrs.Factory(dict)
    note: str | None = None
    count: int = 0
    share: Decimal = Decimal("0.5")
    urgent: bool = False
    level: Level = Level.LOW
    due: date | None = None
    price: Money | None = None


class Filter(TypedDict):
    """A total TypedDict, one key NotRequired."""

    year: SchoolYear
    learners: tuple[LearnerRef, ...]
    note: NotRequired[str]


class Page(TypedDict, total=False):
    """A non-total TypedDict, one key Required, nesting an attrs envelope and a dict."""

    request: Required[Request]
    filters: dict[str, Filter]
    size: int


REQUEST = {
    "learner": "L-1",
    "period": {"start": "2024-09-01", "end": None},
    "years": [2023, 2024],
    "groups": {"autumn": {"school_year": 2024, "number": 1}, "4.2.2.3-R1": {"school_year": 2024, "number": 2}},
    "note": "call back",
    "count": -3,
    "share": "0.125",
    "urgent": True,
    "level": "high",
    "due": "2025-01-31",
    "price": "12.50",
}


# ------------------------------------------------------------ the contract: X | None and dict[str, X] for every X


@pytest.mark.parametrize(("cls", "strategy"), PUBLIC_TYPES, ids=IDS)
@settings(max_examples=5, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_every_public_type_in_an_optional_and_a_dict_round_trips(
    cls: type, strategy: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    value = data.draw(st.none() | strategy)
    mapping = data.draw(st.dictionaries(st.sampled_from(["a", "b_2", "C-1", "Rīga 1"]), strategy, max_size=3))
    hints: list[Any] = [cls | None, dict[str, cls], tuple[cls | None, ...]]  # type: ignore[valid-type]
    for obj, hint in zip((value, mapping, (value,)), hints, strict=True):
        plain = unstructure(obj, hint)
        assert plain == unstructure(obj)
        assert json.loads(json.dumps(plain, allow_nan=False)) == plain
        assert structure(plain, hint) == obj
        Draft202012Validator(json_schema(hint)).validate(plain)


@pytest.mark.parametrize(("cls", "strategy"), PUBLIC_TYPES[::7], ids=IDS[::7])
@settings(max_examples=5, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), junk=st.none() | st.integers() | st.text(max_size=5) | st.lists(st.none(), max_size=2))
def test_any_bad_entry_of_a_dict_gives_a_validation_error(
    cls: type, strategy: st.SearchStrategy[Any], data: st.DataObject, junk: Any
) -> None:
    plain = {"ok": unstructure(data.draw(strategy)), "bad": junk}
    hint: Any = dict[str, cls]  # type: ignore[valid-type]
    try:
        result = structure(plain, hint)
    except ValidationError as error:
        assert error.problems
        assert all(p.path.startswith("$.bad") for p in error.problems)
    else:
        assert structure(unstructure(result), hint) == result


# ------------------------------------------------------------ a caller's attrs class and TypedDicts


def test_a_callers_attrs_class_round_trips() -> None:
    request = structure(REQUEST, Request)
    assert request.groups["4.2.2.3-R1"] == Semester(school_year=SchoolYear(2024), number=2)
    assert request.share == Decimal("0.125")
    assert request.level is Level.HIGH
    assert unstructure(request) == REQUEST == unstructure(request, Request)
    assert structure({"learner": "L-1"}, Request) == Request(learner=LearnerRef("L-1"))
    Draft202012Validator(json_schema(Request)).validate(REQUEST)


def test_typed_dicts_total_and_not_with_required_and_not_required_keys() -> None:
    page = {"request": {"learner": "L-1"}, "filters": {"x": {"year": 2024, "learners": ["L-2"]}}}
    built = structure(page, Page)
    assert built == {
        "request": Request(learner=LearnerRef("L-1")),
        "filters": {"x": {"year": SchoolYear(2024), "learners": (LearnerRef("L-2"),)}},
    }
    assert structure({"request": {"learner": "L-1"}}, Page) == {"request": Request(learner=LearnerRef("L-1"))}
    assert unstructure(built, Page) == {**page, "request": unstructure(Request(learner=LearnerRef("L-1")))}
    assert structure({"year": 2024, "learners": [], "note": "n"}, Filter)["note"] == "n"
    schema = json_schema(Page)
    assert schema["$defs"]["Page"]["required"] == ["request"]
    assert schema["$defs"]["Filter"]["required"] == ["year", "learners"]
    validator = Draft202012Validator(schema)
    validator.validate(unstructure(built, Page))
    assert not validator.is_valid({**page, "extra": 1})
    refused(
        lambda: structure({"filters": {"x": {"learners": [], "size": 1}}}, Page),
        [
            ("$.request", "object.missing_key", "expected this key"),
            ("$.filters.x.size", "object.unknown_key", "unexpected key; expected only: year, learners, note"),
            ("$.filters.x.year", "object.missing_key", "expected this key"),
        ],
    )


def test_every_problem_of_an_envelope_with_its_path() -> None:
    bad = {
        **REQUEST,
        "learner": "Jānis Bērziņš",
        "years": [2023, "2024"],
        "groups": {"autumn": {"school_year": 2024}, "4.2.2.3-R1": {"school_year": 2024, "number": 3}},
        "note": f"code {CODE}",
        "count": 2**53,
        "share": 0.5,
        "urgent": "yes",
        "level": "medium",
        "due": "31.01.2025",
        "colour": "red",
    }
    error = refused(
        lambda: structure(bad, Request),
        [
            ("$.colour", "object.unknown_key", "unexpected key; expected only: " + ", ".join(REQUEST)),
            (
                "$.learner",
                "text.format",
                "expected a learner id of ASCII letters, digits, '-' and '_', no spaces: a pseudonym, not a name (P-7)",
            ),
            ("$.years[1]", "type.integer", "expected an integer"),
            ("$.groups.autumn.number", "object.missing_key", "expected this key"),
            (
                "$.groups",
                "integer.range",
                f"expected a semester number: an int (not a bool) from 1 to 2 (in entry 1, {NOT_SHOWN}, at .number)",
            ),
            ("$.note", *PERSONAL),
            (
                "$.count",
                "integer.range",
                "expected an integer: an int (not a bool) from -9007199254740991 to 9007199254740991",
            ),
            ("$.share", "decimal.format", "expected a decimal number written as a string, such as '0.30'"),
            ("$.urgent", "type.boolean", "expected true or false"),
            ("$.level", "enum.value", "expected one of: high, low"),
            ("$.due", "date.format", "expected a date written YYYY-MM-DD"),
        ],
    )
    assert isinstance(error, PersonalDataRejected)


def test_plain_scalars_have_their_bounds() -> None:
    refused(lambda: structure("x" * 2001, str), [("$", "text.too_long", "expected text of at most 2000 characters")])
    refused(lambda: structure(" ", str), [("$", "text.blank", "expected text that is not blank")])
    assert structure("two\nlines ", str) == "two\nlines "
    number = (
        "expected a number as a finite Decimal with at most 6 decimal places, "
        "at least -1000000000000000 and at most 1000000000000000"
    )
    refused(lambda: structure("0.1234567", Decimal), [("$", "decimal.range", number)])
    refused(lambda: structure("1" + "0" * 15 + ".1", Decimal), [("$", "decimal.range", number)])
    assert structure("-1000000000000000", Decimal) == Decimal(-(10**15))
    assert structure(2**53 - 1, int) == 2**53 - 1
    refused(lambda: structure(True, int), [("$", "type.integer", "expected an integer")])


# ------------------------------------------------------------ dict keys: paths and privacy


def test_dict_paths_name_plain_keys_and_hide_others() -> None:
    data = {"ok": 2016, "_x9": "a", "C-1": "b", "Rīga": [1], CODE: 2016, "x" * 65: None, "": 2016}
    error = refused(
        lambda: structure(data, dict[str, SchoolYear]),
        [
            ("$._x9", "type.integer", "expected an integer"),
            ("$", "type.integer", f"expected an integer (in entry 2, {NOT_SHOWN})"),
            ("$", "type.integer", f"expected an integer (in entry 3, {NOT_SHOWN})"),
            ("$", *PERSONAL),
            ("$", "type.integer", f"expected an integer (in entry 5, {NOT_SHOWN})"),
            ("$", "text.blank", "expected a key that is not blank"),
        ],
    )
    assert isinstance(error, PersonalDataRejected)
    refused(
        lambda: structure({"x" * 201: 1, 5: 1, " a": 1}, dict[str, int]),
        [
            ("$", "text.too_long", "expected a key of at most 200 characters"),
            ("$", "type.string", "expected every key to be a string"),
            ("$", "text.whitespace", "expected a key without spaces at either end"),
        ],
    )


def test_dict_size_is_checked_before_its_entries() -> None:
    big = {f"k{i}": "x" for i in range(10_001)}
    refused(lambda: structure(big, dict[str, int]), [("$", "mapping.size", "expected at most 10000 entries")])
    refused(lambda: structure([], dict[str, int]), [("$", "type.object", "expected an object")])
    refused(lambda: unstructure(big, dict[str, int]), [("$", "mapping.size", "expected at most 10000 entries")])


def test_many_bad_entries_are_capped_and_counted() -> None:
    data = {f"k{i}": "x" for i in range(200)} | {f"key {i}": "x" for i in range(200)}
    with pytest.raises(ValidationError) as caught:
        structure({"request": {"learner": "L-1"}, "filters": {}, "size": 1, "extra": 1}, Page)
    assert problems_of(caught.value) == [
        ("$.extra", "object.unknown_key", "unexpected key; expected only: request, filters, size")
    ]
    with pytest.raises(ValidationError) as caught:
        structure(data, dict[str, int])
    assert len(caught.value.problems) == 50
    assert caught.value.omitted == {"type.integer": 350}
    with pytest.raises(ValidationError) as caught:
        structure({"C-1": ["x"] * 60, "C-2": ["x"] * 60}, dict[str, tuple[int, ...]])
    assert problems_of(caught.value)[0] == (
        "$",
        "type.integer",
        f"expected an integer (in entry 0, {NOT_SHOWN}, at [0])",
    )
    assert len(caught.value.problems) == 50
    assert caught.value.omitted == {"type.integer": 70}
    with pytest.raises(ValidationError) as caught:
        structure({"a": [{"x": 1}] * 60 + [{"learner": 1}] * 3}, dict[str, tuple[Request, ...]])
    assert len(caught.value.problems) == 50
    assert caught.value.omitted == {"object.unknown_key": 35, "object.missing_key": 35, "type.string": 3}


def test_structure_never_raises_anything_else_for_json_input() -> None:
    deep: Any = {}
    for _ in range(5000):
        deep = {"groups": deep}
    for candidate in (deep, [deep], {"a": deep}, "x", 1.5, {"learner": deep}):
        for hint in (Request, Page, dict[str, Request], dict[str, dict[str, int]] | None):
            with pytest.raises(ValidationError):
                structure(candidate, hint)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["L-1", "0.5", "2024-01-02", "low"]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["learner", "request", "year", "learners", "x", "C-1"]), children, max_size=4)
    ),
    max_leaves=15,
)


@settings(max_examples=200)
@given(junk=JSON)
def test_any_json_input_gives_an_envelope_or_a_validation_error(junk: Any) -> None:
    for hint in (Request, Page, Filter, dict[str, Filter | None]):
        try:
            result = structure(junk, hint)
        except ValidationError as error:
            assert error.problems or error.omitted
        else:
            assert structure(unstructure(result, hint), hint) == result


# ------------------------------------------------------------ unstructure of envelopes checks them


def test_unstructure_checks_what_the_library_did_not_build() -> None:
    refused(lambda: unstructure(Request(learner=LearnerRef("L-1"), note=CODE)), [("$.note", *PERSONAL)])
    refused(
        lambda: unstructure(Request(learner="L-1", count=1.5, groups={"a": 1, "C-1": 2}), Request),  # type: ignore[arg-type, dict-item]
        [
            ("$.learner", "record.type", "expected a LearnerRef"),
            ("$.groups.a", "record.type", "expected a Semester"),
            ("$.groups", "record.type", f"expected a Semester (in entry 1, {NOT_SHOWN})"),
            (
                "$.count",
                "integer.type",
                "expected an integer: an int (not a bool) from -9007199254740991 to 9007199254740991",
            ),
        ],
    )
    refused(lambda: unstructure(5, Request), [("$", "record.type", "expected a Request")])
    refused(
        lambda: unstructure([], dict[str, int]),
        [("$", "mapping.type", "expected a dict of text keys to values, each an integer")],
    )
    refused(
        lambda: unstructure({CODE: 1, "a": 1.5}, dict[str, int]),
        [
            ("$", *PERSONAL),
            (
                "$.a",
                "integer.type",
                "expected an integer: an int (not a bool) from -9007199254740991 to 9007199254740991",
            ),
        ],
    )
    refused(lambda: unstructure("x", str | None) and unstructure(CODE, str | None), [("$", *PERSONAL)])
    refused(
        lambda: unstructure({"year": 2024, "extra": 1, "note": 5}, Filter),
        [
            ("$.extra", "object.unknown_key", "unexpected key; expected only: year, learners, note"),
            ("$.year", "record.type", "expected a SchoolYear"),
            ("$.learners", "object.missing_key", "expected this key"),
            ("$.note", "text.type", "expected text as a str"),
        ],
    )
    refused(lambda: unstructure([], Filter), [("$", "record.type", "expected a Filter")])
    refused(
        lambda: unstructure({"year": 1}, Filter),
        [("$.year", "record.type", "expected a SchoolYear"), ("$.learners", "object.missing_key", "expected this key")],
    )
    refused(
        lambda: unstructure(5, dict[str, Request] | None),
        [("$", "mapping.type", "expected a dict of text keys to values, each a Request")],
    )
    assert unstructure({"a": SchoolYear(2016)}) == {"a": 2016}
    refused(lambda: unstructure({1: SchoolYear(2016)}), [("$", "text.type", "expected a key as a str")])
    assert unstructure({"a": "x"}, dict[str, str]) == {"a": "x"}


# ------------------------------------------------------------ what cannot be an envelope


@attrs.frozen
class WithFloat:
    ratio: float


@attrs.frozen
class Nested:
    inner: WithFloat | None = None


@attrs.frozen
class Tree:
    children: tuple[Tree, ...] = ()


class Rank(enum.Enum):
    ONE = 1


@attrs.frozen
class Ranked:
    rank: Rank


@attrs.frozen
class Unreadable:
    later: Missing  # type: ignore[name-defined]  # noqa: F821


@attrs.define
class Untyped:
    x = attrs.field()  # type: ignore[var-annotated]


Odd = TypedDict("Odd", {"a-b": int})


@pytest.mark.parametrize(
    ("cls", "detail"),
    [
        (WithFloat, "WithFloat.ratio: float is not one of these"),
        (Nested, "Nested.inner: WithFloat.ratio: float is not one of these"),
        (dict[str, WithFloat], "WithFloat.ratio: float is not one of these"),
        (Tree, "Tree.children: Tree holds itself; an envelope may not be recursive"),
        (Ranked, "Ranked.rank: Rank is an enumeration whose values are not all text"),
        (Unreadable, "the annotations of Unreadable cannot be read"),
        (Untyped, "Untyped.x has no annotation"),
        (Odd, "Odd has a key that is not a plain name"),
        (tuple[int, str], "tuple[int, str] is a tuple of fixed length; use tuple[X, ...]"),
        (dict[int, str], "dict[int, str] has keys other than str; use dict[str, X]"),
        (dict, "dict needs the types it holds: tuple[X, ...] or dict[str, X]"),
    ],
    ids=repr,
)
def test_a_type_that_cannot_be_an_envelope_is_refused_naming_what_is(cls: Any, detail: str) -> None:
    expected = [("$", "structure.type", f"{ACCEPTED}; {detail}")]
    refused(lambda: structure({}, cls), expected)
    refused(lambda: json_schema(cls), expected)
    refused(lambda: unstructure({}, cls), expected)


@attrs.frozen
class Guarded:
    """A caller's class whose own constructor refuses some values, with private and computed attributes."""

    _low: int = attrs.field(validator=attrs.validators.le(10))
    high: int = 0
    total: int = attrs.field(init=False, default=0)


def test_a_callers_constructor_refusal_is_a_problem_at_its_path() -> None:
    assert structure({"_low": 3}, Guarded) == Guarded(low=3)
    assert unstructure(Guarded(low=3)) == {"_low": 3, "high": 0}
    refused(
        lambda: structure({"a": {"_low": 11}}, dict[str, Guarded]),
        [("$.a", "envelope.refused", "expected data that Guarded() accepts: its constructor refused it")],
    )
    assert typing.get_type_hints(Guarded)["total"] is int
