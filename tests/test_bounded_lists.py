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

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core import _fields as fields
from karjera_core import _records as records
from karjera_core._compile import BAD, CAP, PERSONAL_CODE, Flaw, Kind, Sink, predicate
from karjera_core._personal_code import holding_codes
from karjera_core._records import record, rule
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.funding import ProjectNumber
from karjera_core.indicators import DistinctCount
from karjera_core.privacy import LearnerRef, looks_like_personal_code
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


#: The personal-code problem's code, built at run time: equal to the library's, never the same object.
RUNTIME_P7_CODE = "".join(("privacy.", "personal_code"))


@record
class Flagging:
    note: str = fields.name(20, what="a note")

    @rule("note")
    def _flagged(self) -> Flaw | None:
        if self.note == "flag":
            return Flaw("$.note", RUNTIME_P7_CODE, P7)
        return None


def test_p7_a_personal_code_problem_is_told_by_its_codes_value_not_its_identity() -> None:
    assert RUNTIME_P7_CODE == "privacy.personal_code"
    assert RUNTIME_P7_CODE is not PERSONAL_CODE
    sink = Sink()
    sink.add("$.x", RUNTIME_P7_CODE, P7)
    assert (sink.flaws, sink.personal) == ([Flaw("$.x", "privacy.personal_code", P7)], True)
    assert Flagging(note="fine").note == "fine"
    error = refused(lambda: Flagging(note="flag"))
    assert type(error) is PersonalDataRejected
    assert listed(error) == [("$.note", "privacy.personal_code", P7)]
    error = refused(lambda: structure({"note": "flag"}, Flagging))
    assert type(error) is PersonalDataRejected
    assert listed(error) == [("$.note", "privacy.personal_code", P7)]


# ---------------------------------------------------------------- count-only reading past the cap


WORDS = fields.Text(20, "a word")
LINES = fields.Text(30, "a note", min_length=0, lines=True, edges=True)
SHAPED = fields.Text(12, "a shaped id", pattern="[a-z0-9-]+")
LEARNER = fields.Text(64, "a learner id", pattern="[A-Za-z0-9_-]+", pattern_message="expected a token")


@record
class Probe:
    """A record with a canonical field and cross-field rules, read many at a time past the cap."""

    low: int = fields.integer(0, 9)
    high: int = fields.integer(0, 9, default=9)
    words: tuple[str, ...] = fields.items(WORDS, max_size=3, default=(), canonical=lambda t: tuple(sorted(t)))

    @rule("low", "high")
    def _ordered(self) -> Flaw | None:
        return None if self.low <= self.high else Flaw("$.high", "probe.order", "expected high of at least low")

    @rule("words")
    def _no_stop(self) -> Flaw | None:
        return None if "stop" not in self.words else Flaw("$.words", "probe.stop", "expected no stop word")


@record
class Bag:
    words: tuple[str, ...] = fields.items(WORDS, max_size=10_000, default=())
    notes: tuple[str | None, ...] = fields.items(fields.Optional(LINES), max_size=10_000, default=())
    shaped: tuple[str, ...] = fields.items(SHAPED, max_size=10_000, default=())
    probes: tuple[Probe, ...] = fields.items(max_size=10_000, default=())
    nested: tuple[tuple[str, ...], ...] = fields.items(fields.Items(WORDS, 2, 1), max_size=10_000, default=())


#: Texts of every problem a text kind tells, and fine ones: each decided past the cap as it is before it.
TEXTS = [
    "fine", "", " ", "\t", " lead", "trail ", "a\x00b", "line\nbreak", "x" * 21, "Ab-1", "ab-1", CODE, f"nr. {CODE}",
    "１６１１７５－１９９９７", "ķēķis 161175\u201319997", "161175 19997 ", "\u200bzero", "tālr. +37129196866",
    "+37129196866", "32123412345", "310299-19997", "1161175-19997", "ﷺ" * 3, "A_b-9", "A b", "nr. 161175-19997\x01",
]  # fmt: skip


def full_sink() -> Sink:
    sink = Sink()
    for _ in range(CAP):
        sink.add("$", "filler", "a listed problem")
    return sink


def one_by_one(kind: Kind, items: list[Any]) -> tuple[list[bool], dict[str, int], bool]:
    """What reading each item alone into a full sink gives: which failed, the counts by code, P-7 seen."""
    sink = full_sink()
    failed = [kind.load_slow(item, "", sink) is BAD for item in items]
    return failed, sink.more, sink.personal


def together(kind: Kind, items: list[Any]) -> tuple[list[bool], dict[str, int], bool]:
    sink = full_sink()
    failed = [value is BAD for value in kind.load_each(items, sink)]
    return failed, sink.more, sink.personal


def checked_alone(kind: Kind, values: list[Any]) -> tuple[dict[str, int], bool]:
    sink = full_sink()
    for value in values:
        kind.problems(value, "", sink)
    return sink.more, sink.personal


def counted(kind: Kind, values: list[Any]) -> tuple[dict[str, int], bool]:
    sink = full_sink()
    kind.count_each(values, sink)
    return sink.more, sink.personal


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.sampled_from(TEXTS) | st.text(max_size=15),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["low", "high", "words", "x"]), inner),
    max_leaves=8,
)
KINDS = [
    WORDS,
    LINES,
    SHAPED,
    LEARNER,
    fields.Optional(SHAPED),
    fields.Items(WORDS, 2, 1),
    fields.Items(fields.Items(LEARNER, 2), 3),
    records.Record(Probe),
    records.Record(LearnerRef),
    fields.Integer(0, 9),
    fields.OneOf((fields.Integer(0, 9), fields.Day())),
]


@pytest.mark.parametrize("kind", KINDS, ids=repr)
@given(items=st.lists(JSON, max_size=12))
def test_past_the_cap_a_list_read_together_fails_and_counts_exactly_as_each_item_read_alone(
    kind: Kind, items: list[Any]
) -> None:
    assert together(kind, items) == one_by_one(kind, items)


@pytest.mark.parametrize("kind", KINDS[:7], ids=repr)
def test_past_the_cap_every_text_of_every_problem_is_counted_as_read_alone(kind: Kind) -> None:
    items: list[Any] = [*TEXTS, *TEXTS, 5, None, [CODE], [CODE, "fine"], ["fine"], [], ["x", "y", "z"]]
    assert together(kind, items) == one_by_one(kind, items)
    values = [v for v in items if not predicate(kind)(v)]
    assert counted(kind, values) == checked_alone(kind, values)


@given(values=st.lists(st.sampled_from(TEXTS) | st.text(max_size=15) | st.integers(), max_size=12))
def test_past_the_cap_a_constructor_counts_bad_texts_exactly_as_each_checked_alone(values: list[Any]) -> None:
    for kind in (WORDS, LINES, SHAPED, LEARNER, fields.Optional(LEARNER)):
        bad = [v for v in values if not predicate(kind)(v)]
        assert counted(kind, bad) == checked_alone(kind, bad)


def test_p7_past_the_cap_text_items_are_counted_by_code_each_as_often_as_it_occurs() -> None:
    data = {"words": [1] * CAP + ["", " x", "x" * 21, CODE, CODE, "ok", "a\x00b", f"{CODE} \x01", 2, None]}
    error = refused(lambda: structure(data, Bag))
    assert type(error) is PersonalDataRejected
    assert listed(error) == [(f"$.words[{i}]", "type.string", "expected a string") for i in range(CAP)]
    assert error.omitted == {
        "type.string": 2,
        "text.blank": 1,
        "text.whitespace": 1,
        "text.too_long": 1,
        "text.control": 2,
        "privacy.personal_code": 3,
    }
    assert CODE not in str(error)


def test_past_the_cap_a_pattern_told_last_is_counted_only_for_text_otherwise_fine() -> None:
    data = [1] * CAP + ["a b", "ok", CODE, "ķ", "ķ16117519997", " a", "a", 3]
    error = refused(lambda: structure({"shaped": data}, Bag))
    assert error.omitted == {"type.string": 1, "text.format": 4, "privacy.personal_code": 2, "text.whitespace": 1}
    sink = full_sink()
    assert [v is BAD for v in LEARNER.load_each(data[CAP:], sink)] == [True, False, True, True, True, True, False, True]
    assert sink.more == {"type.string": 1, "text.format": 2, "privacy.personal_code": 2, "text.whitespace": 1}


def test_past_the_cap_records_are_read_field_by_field_with_their_rules_and_canonical_forms() -> None:
    good = [{"low": 1, "words": ["b", "a"]}, {"low": 2, "high": 3}]
    data = [{"low": 10}] * CAP + [
        *good,
        {"low": 5, "high": 4},  # a rule fails
        {"low": 5, "high": "x", "words": ["stop"]},  # a bad field; the other rule still runs
        {"low": "x", "high": "y"},  # both fields the first rule reads are bad: it does not run
        {"low": 1, "high": 2, "words": [3]},  # bad words (not made canonical); the first rule runs and holds
        {"high": 1, "zz": 1, "zy": 2},  # missing low, two unknown keys
        {"words": ["a", 1, "b", "c"]},  # too many words, and low missing
        [],
        None,
    ]
    error = refused(lambda: structure({"probes": data}, Bag))
    message = "expected an integer: an int (not a bool) from 0 to 9"
    assert listed(error) == [(f"$.probes[{i}].low", "integer.range", message) for i in range(CAP)]
    assert error.omitted == {
        "probe.order": 1,
        "type.integer": 3,
        "probe.stop": 1,
        "object.missing_key": 2,
        "object.unknown_key": 2,
        "array.size": 1,
        "type.object": 2,
        "type.string": 1,
    }
    sink = full_sink()
    built = records.Record(Probe).load_each(good, sink)
    assert built == [Probe(low=1, words=("a", "b")), Probe(low=2, high=3)]
    assert sink.more == {}


def test_past_the_cap_arrays_of_arrays_are_read_together() -> None:
    data = [1] * CAP + [["a"], [], ["a", "b", "c"], "x", [CODE], ["ok", 2], ["a", "b"]]
    error = refused(lambda: structure({"nested": data}, Bag))
    assert type(error) is PersonalDataRejected
    assert error.omitted == {"array.size": 2, "type.array": 1, "privacy.personal_code": 1, "type.string": 1}
    sink = full_sink()
    assert fields.Items(fields.Items(WORDS, 2, 1)).load_each([[["a"], ["b", "c"]], [[]]], sink) == [
        (("a",), ("b", "c")),
        BAD,
    ]
    assert sink.more == {"array.size": 1}


def test_past_the_cap_optional_text_items_pass_none_and_count_the_rest() -> None:
    data = [1] * CAP + [None, "", "  ", "a\x00", None, "ok"]
    error = refused(lambda: structure({"notes": data}, Bag))
    assert error.omitted == {"text.blank": 1, "text.control": 1}
    notes: Any = (1,) * CAP + (None, "ok", 2, "\x00")
    error = refused(lambda: Bag(notes=notes))
    assert listed(error)[-1] == (f"$.notes[{CAP - 1}]", "text.type", "expected a note as a str")
    assert error.omitted == {"text.type": 1, "text.control": 1}


def test_past_the_cap_a_constructor_counts_the_bad_texts_of_a_tuple_by_code() -> None:
    values = (1,) * CAP + ("ok", "", CODE, CODE, "x" * 21, 2)
    error = refused(lambda: Bag(words=values))  # type: ignore[arg-type]
    assert type(error) is PersonalDataRejected
    assert listed(error) == [(f"$.words[{i}]", "text.type", "expected a word as a str") for i in range(CAP)]
    assert error.omitted == {"text.blank": 1, "privacy.personal_code": 2, "text.too_long": 1, "text.type": 1}


def test_past_the_cap_a_text_kind_of_its_own_problems_reads_each_text_alone() -> None:
    @attrs.frozen
    class Shouting(fields.Text):
        def problems(self, value: Any, path: str, sink: Sink) -> bool:
            fine = super().problems(value, path, sink)
            if fine and value != value.upper():
                sink.add(path, "text.case", "expected capitals")
                return False
            return fine

    kind = Shouting(10, "a shout")
    items: list[Any] = ["OK", "no", "", CODE, 1]
    assert together(kind, items) == one_by_one(kind, items)
    sink = full_sink()
    kind.count_each(["no", "", "no"], sink)
    assert sink.more == {"text.case": 2, "text.blank": 1}


def test_p7_holding_codes_finds_exactly_the_texts_with_a_personal_code() -> None:
    texts = [*TEXTS, "161175-", "19997", "161175-1999", "7", "+371291968", "66"]
    assert holding_codes(texts) == {i for i, text in enumerate(texts) if looks_like_personal_code(text)}
    assert holding_codes(["plain", "ascii"]) == set()
    assert holding_codes(["ķēķis", "ﷺ"]) == set()
    assert holding_codes([]) == set()


def test_a_record_kind_names_the_json_type_of_its_data_and_the_code_of_other_data() -> None:
    assert (records.Record(Probe).json_type, records.Record(Probe).json_code) == (dict, "type.object")
    assert (records.Record(LearnerRef).json_type, records.Record(LearnerRef).json_code) == (str, "type.string")
    assert (records.Record(ProjectNumber).json_type, records.Record(ProjectNumber).json_code) == (str, "type.string")


def test_past_the_cap_a_list_of_valid_entries_is_valid_so_its_rules_run_and_are_counted() -> None:
    error = refused(lambda: structure({"first": ["x"] * CAP, "second": [1, 2, 3]}, Ruled))
    assert listed(error) == [(f"$.first[{i}]", "type.integer", "expected an integer") for i in range(CAP)]
    assert error.omitted == {"ruled.too_many": 1}


def test_past_the_cap_a_list_with_one_bad_entry_is_bad_so_its_rules_do_not_run() -> None:
    error = refused(lambda: structure({"first": ["x"] * CAP, "second": [1, 10, 2]}, Ruled))
    assert listed(error) == [(f"$.first[{i}]", "type.integer", "expected an integer") for i in range(CAP)]
    assert error.omitted == {"integer.range": 1}
