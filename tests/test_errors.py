"""The error type and violations (DESIGN.md §4)."""

from __future__ import annotations

import pickle

import pytest

from karjera_core import PersonalDataRejected, Problem, ValidationError, Violation, raise_violations
from karjera_core.errors import join_path


def test_problem_paths_go_under_a_parent() -> None:
    problem = Problem(path="$.end", code="period.end_before_start", message="expected an end on or after the start")
    assert problem.under("$.items[2]").path == "$.items[2].end"
    assert join_path("$.a", "$") == "$.a"
    assert str(problem) == "$.end: expected an end on or after the start [period.end_before_start]"


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError(
        [Problem(path="$.a", code="x.a", message="first"), Problem(path="$.b", code="x.b", message="second")]
    )
    assert isinstance(error, ValueError)
    assert [p.code for p in error.problems] == ["x.a", "x.b"]
    assert str(error).splitlines() == ["2 problems:", "  $.a: first [x.a]", "  $.b: second [x.b]"]


def test_validation_error_is_never_empty() -> None:
    error = ValidationError([])
    assert [p.code for p in error.problems] == ["invalid"]


def test_under_keeps_the_error_class() -> None:
    error = PersonalDataRejected([Problem(path="$", code="privacy.personal_code", message="refused")])
    moved = error.under("$.learner")
    assert type(moved) is PersonalDataRejected
    assert moved.problems[0].path == "$.learner"


def test_validation_error_pickles() -> None:
    error = ValidationError.single("$.x", "x.y", "expected something")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ValidationError
    assert again.problems == error.problems


def test_violation_is_a_value() -> None:
    one = Violation(code="load.total_above_cap", rule="C-5", message="too much", path="$.assignments")
    assert one == Violation(code="load.total_above_cap", rule="C-5", message="too much", path="$.assignments")
    assert str(one) == "$.assignments: too much [C-5 load.total_above_cap]"
    assert Violation(code="c", rule="C-1", message="m").path == "$"


def test_raise_violations_raises_them_together() -> None:
    raise_violations([])
    with pytest.raises(ValidationError) as caught:
        raise_violations(
            [Violation(code="a.b", rule="C-5", message="one"), Violation(code="c.d", rule="C-2", message="two")]
        )
    assert [(p.path, p.code, p.message, p.rule) for p in caught.value.problems] == [
        ("$", "a.b", "one", "C-5"),
        ("$", "c.d", "two", "C-2"),
    ]
    assert str(caught.value).splitlines() == ["2 problems:", "  $: one [C-5 a.b]", "  $: two [C-2 c.d]"]
