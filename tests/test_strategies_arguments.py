"""One narrowing vocabulary (issue #14): every strategy's wrong arguments raise InvalidArgument naming it."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import Grade, SchoolYear, strategies
from karjera_core.strategies import RENAMED

#: The module untyped, so that wrong arguments pass the type checker.
S: Any = strategies

STRATEGIES = sorted(
    name
    for name in strategies.__all__
    if inspect.isfunction(getattr(strategies, name)) and name not in {"all_type_strategies", "register_type_strategies"}
)


@pytest.mark.parametrize("name", STRATEGIES)
def test_an_unknown_keyword_names_the_strategy_and_its_arguments(name: str) -> None:
    make: Any = getattr(strategies, name)
    with pytest.raises(
        InvalidArgument, match=rf"^{name}\(\.\.\.\): .*(unexpected keyword|missing a required).*; it takes "
    ):
        make(no_such_argument=1)


@pytest.mark.parametrize("name", STRATEGIES)
def test_every_narrowing_argument_is_keyword_only(name: str) -> None:
    parameters = inspect.signature(getattr(strategies, name)).parameters.values()
    positional = [p.name for p in parameters if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    assert positional in ([], ["values"], ["cls"])


@pytest.mark.parametrize(
    ("make", "old"),
    [
        (lambda: S.school_years(min_year=2016), "min_year"),
        (lambda: S.semesters(max_year=2016), "max_year"),
        (lambda: S.steps(S.school_years(), min_start=None), "min_start"),
        (lambda: S.schedules(S.school_years(), max_start=None), "max_start"),
        (lambda: S.agreements(max_pilot_schools=3), "max_pilot_schools"),
        (lambda: S.institutions(max_programmes=3), "max_programmes"),
        (lambda: S.risk_assessments(assessed_on=None), "assessed_on"),
    ],
)
def test_a_renamed_keyword_names_its_new_name(make: Any, old: str) -> None:
    with pytest.raises(InvalidArgument, match=rf"{old}= is now {RENAMED[old]}="):
        make()


def test_a_strategy_without_arguments_says_so() -> None:
    with pytest.raises(
        InvalidArgument, match=r"^funds\(\.\.\.\): too many positional arguments; it takes no arguments"
    ):
        S.funds(1)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: S.steps(SchoolYear(2020)), r"^steps\(values=\.\.\.\): expected a strategy, got a SchoolYear"),
        (lambda: S.learner_counts(grade=Grade(3)), r"^learner_counts\(grade=\.\.\.\): .* got a Grade"),
        (lambda: S.institutions(programme=1), r"^institutions\(programme=\.\.\.\): .* got an int"),
    ],
)
def test_a_value_for_a_strategy_suggests_st_just(make: Any, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message + r"; to draw always this one value, pass st\.just\(value\)$"):
        make()


def test_a_strategy_for_a_strategy_argument_is_accepted() -> None:
    assert isinstance(strategies.learner_counts(grade=st.just(Grade(3))), st.SearchStrategy)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: S.meetings(within=1), r"^meetings\(within=\.\.\.\): expected a closed DateRange or None, got an int$"),
        (lambda: S.school_years(min_value=2016), r"^school_years\(min_value=\.\.\.\): expected a SchoolYear"),
    ],
)
def test_every_refused_argument_names_the_strategy(make: Any, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        make()
