"""The error type and violations (DESIGN.md §4): Problem and Violation are declared records like any other."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from hypothesis import given

from karjera_core import PersonalDataRejected, Problem, ValidationError, Violation, raise_violations, structure
from karjera_core.errors import join_path
from karjera_core.strategies._errors import paths, problems, violations

PATH_WHAT = "expected a path such as '$.items[2].end'"
CODE_WHAT = "expected a code such as 'load.total_above_cap'"
RULE_WHAT = "expected a rule id such as 'C-5'"
PARENT = "expected a path such as '$.items[2]'"
VIOLATIONS = "expected an iterable (not text) of items, each a Violation"
PROBLEMS = "expected an iterable (not text) of items, each a Problem"
OMITTED = "expected None or a mapping of problem codes to counts of one or more"


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def problems_of(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def one(path: str = "$.a", code: str = "x.a", message: str = "first") -> Problem:
    return Problem(path=path, code=code, message=message)


# ------------------------------------------------------------ Problem


def test_problem_paths_go_under_a_parent() -> None:
    problem = Problem(path="$.end", code="period.end_before_start", message="expected an end on or after the start")
    assert problem.under("$.items[2]").path == "$.items[2].end"
    assert problem.under("$").path == "$.end"
    assert Problem(path="$", code="x.y", message="m").under("$.items[2]").path == "$.items[2]"
    assert join_path("$.a", "$") == "$.a"
    assert str(problem) == "$.end: expected an end on or after the start [period.end_before_start]"
    assert str(Problem(path="$", code="x.y", message="m", rule="C-5")) == "$: m [C-5 x.y]"


@pytest.mark.parametrize("parent", [5, None, "x", "$.", "$.a[", "$['C-1']", "$[2017-1]"])
def test_problem_under_refuses_a_parent_that_is_no_path(parent: object) -> None:
    code = "text.type" if type(parent) is not str else "text.format"
    message = f"{PARENT} as a str" if code == "text.type" else PARENT
    for target in (one(), ValidationError([one()])):
        with pytest.raises(ValidationError) as caught:
            target.under(untyped(parent))
        assert problems_of(caught.value) == [("$.parent", code, message)]


def test_problem_holds_its_fields_as_declared() -> None:
    found = Problem(path="$.assignments[3].load", code="load.below_minimum", message="expected more", rule="C-5")
    assert (found.path, found.code, found.message, found.rule) == (
        "$.assignments[3].load",
        "load.below_minimum",
        "expected more",
        "C-5",
    )
    assert Problem(path="$", code="x", message="m").rule is None
    assert hash(found) == hash(Problem(path=found.path, code=found.code, message=found.message, rule="C-5"))


def test_problem_validates_every_field_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        Problem(path=untyped({}), code=untyped([1]), message=untyped(1.5), rule=untyped(5))
    assert problems_of(caught.value) == [
        ("$.path", "text.type", f"{PATH_WHAT} as a str"),
        ("$.code", "text.type", f"{CODE_WHAT} as a str"),
        ("$.message", "text.type", "expected a message as a str"),
        ("$.rule", "text.type", f"{RULE_WHAT} as a str"),
    ]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("path", "", [("text.blank", f"{PATH_WHAT} that is not blank"), ("text.format", PATH_WHAT)]),
        ("path", "$[some-id]", ("text.format", PATH_WHAT)),
        ("path", "$['C-1']", ("text.format", PATH_WHAT)),
        ("path", "items[2]", ("text.format", PATH_WHAT)),
        ("path", "$" + ".a" * 500, ("text.too_long", f"{PATH_WHAT} of at most 1000 characters")),
        ("code", "Load.Below", ("text.format", CODE_WHAT)),
        ("code", "load..x", ("text.format", CODE_WHAT)),
        (
            "code",
            " load.x",
            [("text.whitespace", f"{CODE_WHAT} without spaces at either end"), ("text.format", CODE_WHAT)],
        ),
        ("message", "", ("text.blank", "expected a message that is not blank")),
        ("message", "  ", ("text.blank", "expected a message that is not blank")),
        ("message", " m", ("text.whitespace", "expected a message without spaces at either end")),
        ("message", "a\nb", ("text.control", "expected a message without control characters or format characters")),
        ("message", "a\u200bb", ("text.control", "expected a message without control characters or format characters")),
        ("message", "m" * 1001, ("text.too_long", "expected a message of at most 1000 characters")),
        ("rule", "C5", ("text.format", RULE_WHAT)),
        ("rule", "c-5", ("text.format", RULE_WHAT)),
        ("rule", "C-123", ("text.format", RULE_WHAT)),
    ],
)
def test_problem_refuses_a_bad_field(field: str, value: str, expected: tuple[str, str] | list[tuple[str, str]]) -> None:
    fields = {"path": "$", "code": "x.y", "message": "m", field: value}
    with pytest.raises(ValidationError) as caught:
        Problem(**fields)
    assert not isinstance(caught.value, PersonalDataRejected)
    listed = expected if isinstance(expected, list) else [expected]
    assert problems_of(caught.value) == [(f"$.{field}", code, message) for code, message in listed]


def test_problem_from_json_is_validated_and_hashable() -> None:
    # issue #9: this was accepted, and its hash() raised TypeError
    with pytest.raises(ValidationError) as caught:
        structure({"path": {}, "code": [1], "message": 1.5}, Problem)
    assert problems_of(caught.value) == [
        ("$.path", "type.string", "expected a string"),
        ("$.code", "type.string", "expected a string"),
        ("$.message", "type.string", "expected a string"),
    ]
    found = structure({"path": "$.end", "code": "x.y", "message": "m"}, Problem)
    assert hash(found) == hash(Problem(path="$.end", code="x.y", message="m"))


@given(problem=problems(), parent=paths())
def test_problem_under_a_parent_keeps_all_but_the_path(problem: Problem, parent: str) -> None:
    moved = problem.under(parent)
    assert moved.path == parent + problem.path[1:]
    assert (moved.code, moved.message, moved.rule) == (problem.code, problem.message, problem.rule)


# ------------------------------------------------------------ ValidationError


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError([one(), Problem(path="$.b", code="x.b", message="second")])
    assert isinstance(error, ValueError)
    assert problems_of(error) == [("$.a", "x.a", "first"), ("$.b", "x.b", "second")]
    assert error.omitted == {}
    assert str(error).splitlines() == ["2 problems:", "  $.a: first [x.a]", "  $.b: second [x.b]"]
    assert error.args == (str(error),)


def test_validation_error_is_never_empty() -> None:
    error = ValidationError([])
    assert problems_of(error) == [("$", "invalid", "expected valid input")]
    assert str(error).splitlines() == ["1 problem:", "  $: expected valid input [invalid]"]


def test_validation_error_single() -> None:
    error = ValidationError.single("$.x", "x.y", "expected something")
    assert problems_of(error) == [("$.x", "x.y", "expected something")]
    with pytest.raises(ValidationError) as caught:
        ValidationError.single("x", "X", " m")
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.path", "text.format"),
        ("$.code", "text.format"),
        ("$.message", "text.whitespace"),
    ]


def test_an_error_lists_at_most_fifty_problems_and_counts_the_rest_by_code() -> None:
    listed = [one(path=f"$[{i}]", code="x.a") for i in range(45)]
    more = [one(path=f"$[{i}]", code="x.b") for i in range(45, 60)]
    error = ValidationError([*listed, *more], {"x.c": 3})
    assert len(error.problems) == 50
    assert [p.path for p in error.problems] == [f"$[{i}]" for i in range(50)]
    assert error.omitted == {"x.b": 10, "x.c": 3}
    lines = str(error).splitlines()
    assert lines[0] == "63 problems:"
    assert len(lines) == 52
    assert lines[-1] == "  ... and 13 more not listed: 10 x.b, 3 x.c"


def test_exactly_fifty_problems_are_all_listed() -> None:
    error = ValidationError([one(path=f"$[{i}]") for i in range(50)])
    assert len(error.problems) == 50
    assert error.omitted == {}
    assert "more not listed" not in str(error)


def test_under_keeps_the_error_class_and_the_omitted_counts() -> None:
    error = PersonalDataRejected(
        [Problem(path="$", code="privacy.personal_code", message="refused")], {"privacy.personal_code": 2}
    )
    moved = error.under("$.learner")
    assert type(moved) is PersonalDataRejected
    assert problems_of(moved) == [("$.learner", "privacy.personal_code", "refused")]
    assert moved.omitted == {"privacy.personal_code": 2}


def test_validation_error_pickles_with_its_omitted_counts() -> None:
    error = ValidationError([one(path=f"$[{i}]") for i in range(52)])
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ValidationError
    assert again.problems == error.problems
    assert again.omitted == {"x.a": 2}
    assert str(again) == str(error)
    refused = pickle.loads(pickle.dumps(PersonalDataRejected([one()])))
    assert type(refused) is PersonalDataRejected


@pytest.mark.parametrize(
    ("problems", "omitted", "expected"),
    [
        (5, None, [("$.problems", "array.type", PROBLEMS)]),
        ("x", None, [("$.problems", "array.type", PROBLEMS)]),
        ({"a": 1}, None, [("$.problems", "array.type", PROBLEMS)]),
        (
            [one(), 1, "x"],
            None,
            [
                ("$.problems[1]", "record.type", "expected a Problem"),
                ("$.problems[2]", "record.type", "expected a Problem"),
            ],
        ),
        ([one()], [("x.a", 1)], [("$.omitted", "error.omitted", OMITTED)]),
        ([one()], {"x.a": 0}, [("$.omitted", "error.omitted", OMITTED)]),
        ([one()], {"x.a": True}, [("$.omitted", "error.omitted", OMITTED)]),
        ([one()], {1: 1}, [("$.omitted", "error.omitted", OMITTED)]),
    ],
)
def test_validation_error_checks_its_arguments(
    problems: object, omitted: object, expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        ValidationError(untyped(problems), untyped(omitted))
    assert type(caught.value) is ValidationError
    assert problems_of(caught.value) == expected


def test_validation_error_takes_any_iterable_of_problems() -> None:
    assert problems_of(ValidationError(p for p in [one()])) == [("$.a", "x.a", "first")]


# ------------------------------------------------------------ Violation


def test_violation_is_a_value() -> None:
    found = Violation(code="load.total_above_cap", rule="C-5", message="too much", path="$.assignments")
    assert found == Violation(code="load.total_above_cap", rule="C-5", message="too much", path="$.assignments")
    assert str(found) == "$.assignments: too much [C-5 load.total_above_cap]"
    assert Violation(code="c", rule="C-1", message="m").path == "$"


def test_violation_validates_every_field_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        Violation(code=untyped(None), rule="5", message="", path="$[x]")
    assert problems_of(caught.value) == [
        ("$.code", "text.type", f"{CODE_WHAT} as a str"),
        ("$.rule", "text.format", RULE_WHAT),
        ("$.message", "text.blank", "expected a message that is not blank"),
        ("$.path", "text.format", "expected a path such as '$.assignments[2]'"),
    ]


@given(found=violations())
def test_drawn_violations_are_valid(found: Violation) -> None:
    assert Violation(code=found.code, rule=found.rule, message=found.message, path=found.path) == found


@given(found=violations(rule="C-5"), with_rule=problems(rule=True), without=problems(rule=False))
def test_strategies_of_one_rule(found: Violation, with_rule: Problem, without: Problem) -> None:
    assert found.rule == "C-5"
    assert with_rule.rule is not None
    assert without.rule is None


# ------------------------------------------------------------ raise_violations


def test_raise_violations_raises_them_together() -> None:
    raise_violations([])
    raise_violations(())
    raise_violations(iter([]))
    with pytest.raises(ValidationError) as caught:
        raise_violations(
            [Violation(code="a.b", rule="C-5", message="one"), Violation(code="c.d", rule="C-2", message="two")]
        )
    assert [(p.path, p.code, p.message, p.rule) for p in caught.value.problems] == [
        ("$", "a.b", "one", "C-5"),
        ("$", "c.d", "two", "C-2"),
    ]
    assert str(caught.value).splitlines() == ["2 problems:", "  $: one [C-5 a.b]", "  $: two [C-2 c.d]"]


def test_raise_violations_takes_any_iterable_and_keeps_each_path() -> None:
    found = (Violation(code="a.b", rule="C-5", message="one", path=f"$.assignments[{i}].load") for i in range(2))
    with pytest.raises(ValidationError) as caught:
        raise_violations(found)
    assert [p.path for p in caught.value.problems] == ["$.assignments[0].load", "$.assignments[1].load"]


def test_raise_violations_lists_fifty_and_counts_the_rest_by_code() -> None:
    found = [Violation(code="a.b" if i < 55 else "c.d", rule="C-5", message="m", path=f"$.x[{i}]") for i in range(58)]
    with pytest.raises(ValidationError) as caught:
        raise_violations(found)
    assert [p.path for p in caught.value.problems] == [f"$.x[{i}]" for i in range(50)]
    assert caught.value.omitted == {"a.b": 5, "c.d": 3}
    assert str(caught.value).splitlines()[-1] == "  ... and 8 more not listed: 5 a.b, 3 c.d"


@pytest.mark.parametrize(
    ("violations", "expected"),
    [
        (5, [("$.violations", "array.type", VIOLATIONS)]),  # issue #9: raised TypeError
        (None, [("$.violations", "array.type", VIOLATIONS)]),
        ("ab", [("$.violations", "array.type", VIOLATIONS)]),
        (b"ab", [("$.violations", "array.type", VIOLATIONS)]),
        ({"a": 1}, [("$.violations", "array.type", VIOLATIONS)]),
        ([1], [("$.violations[0]", "record.type", "expected a Violation")]),  # issue #9: raised AttributeError
        (
            [Violation(code="a.b", rule="C-5", message="m"), one(), None],
            [
                ("$.violations[1]", "record.type", "expected a Violation"),
                ("$.violations[2]", "record.type", "expected a Violation"),
            ],
        ),
    ],
)
def test_raise_violations_refuses_what_is_not_violations(
    violations: object, expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        raise_violations(untyped(violations))
    assert problems_of(caught.value) == expected
    assert all(p.rule is None for p in caught.value.problems)


def test_raise_violations_of_many_non_violations_is_capped() -> None:
    with pytest.raises(ValidationError) as caught:
        raise_violations(untyped([1] * 200_000))
    assert len(caught.value.problems) == 50
    assert caught.value.omitted == {"record.type": 199_950}
