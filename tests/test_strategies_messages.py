"""Every strategy argument check says what it refuses in the one form of Narrowing (issue #14):
``strategy(name=...): expected X, got Y`` for one argument, ``strategy(...): message`` for arguments together."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import find
from hypothesis.errors import InvalidArgument

from karjera_core import DateRange, MunicipalityKind, strategies
from karjera_core.strategies import _education, _named
from karjera_core.strategies._narrowing import Narrowing

#: The module untyped, so that wrong arguments pass the type checker.
S: Any = strategies
#: The unwrapped module, to reach the check its own strategy makes of a strategy argument.
EDUCATION: Any = _education
OPEN = DateRange(start=date(2020, 1, 1), end=None)
TOO_EARLY, TOO_LATE = date(1913, 12, 31), date(2131, 1, 1)


def _drawn(strategy: Any) -> Callable[[], object]:
    """A draw from ``strategy``, for the checks that run when a strategy is first drawn from: its refusal without
    the note hypothesis adds (what it was generating), which pytest would match too."""

    def draw() -> object:
        try:
            return find(strategy, lambda _: True)
        except InvalidArgument as refused:
            raise InvalidArgument(str(refused)) from None

    return draw


def _refused(make: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        make()


LOAD = "a Decimal from 0.01 to 10000.00 with at most 2 decimal places"
PARAMETER_DAY = "a date (not a datetime) in the years 1914-2130 or None"
REFUSED: list[tuple[Callable[[], object], str]] = [
    # _career_support
    (lambda: S.fte_loads(min_value=Decimal("0.001")), f"fte_loads(min_value=...): expected {LOAD}, got a Decimal"),
    (lambda: S.fte_loads(min_value=Decimal("0.00")), f"fte_loads(min_value=...): expected {LOAD}, got a Decimal"),
    (lambda: S.fte_loads(max_value=1), f"fte_loads(max_value=...): expected {LOAD}, got an int"),
    (lambda: S.fte_loads(max_value=Decimal("NaN")), f"fte_loads(max_value=...): expected {LOAD}, got a Decimal"),
    (lambda: S.fte_loads(max_value=Decimal("1e30")), f"fte_loads(max_value=...): expected {LOAD}, got a Decimal"),
    (
        lambda: S.fte_loads(max_value=Decimal("10000.01")),
        f"fte_loads(max_value=...): expected {LOAD}, got a Decimal",
    ),
    (
        lambda: S.fte_loads(min_value=Decimal("0.50"), max_value=Decimal("0.49")),
        "fte_loads(...): min_value must not be above max_value",
    ),
    (lambda: S.consultants(person_id=1), "consultants(person_id=...): expected a str or None, got an int"),
    (
        _drawn(S.training_records(person_id=1)),
        "training_records(person_id=...): expected a str or None, got an int",
    ),
    (lambda: S.pilot_schools(within=1), "pilot_schools(within=...): expected a DateRange or None, got an int"),
    (
        lambda: S.consultant_assignments(on=datetime(2020, 1, 1)),
        f"consultant_assignments(on=...): expected {PARAMETER_DAY}, got a datetime",
    ),
    (
        lambda: S.consultant_assignments(on=TOO_EARLY),
        f"consultant_assignments(on=...): expected {PARAMETER_DAY}, got a date",
    ),
    (
        lambda: S.consultant_assignments(consultant=1),
        "consultant_assignments(consultant=...): expected a str or None, got an int",
    ),
    (
        lambda: S.consultant_assignments(institution=1),
        "consultant_assignments(institution=...): expected a str or None, got an int",
    ),
    (
        lambda: S.consultant_assignments(max_load=Decimal("0")),
        f"consultant_assignments(max_load=...): expected {LOAD}, got a Decimal",
    ),
    (lambda: S.agreements(on=TOO_LATE), f"agreements(on=...): expected {PARAMETER_DAY}, got a date"),
    (
        lambda: S.career_support_plans(municipality=1),
        "career_support_plans(municipality=...): expected a str or None, got an int",
    ),
    (
        lambda: S.grade_participants(max_count=10**6 + 1),
        "grade_participants(max_count=...): expected an int from 0 to 1000000, got an int",
    ),
    (
        lambda: S.grade_participants(max_count=True),
        "grade_participants(max_count=...): expected an int from 0 to 1000000, got a bool",
    ),
    (_drawn(S.career_events(within=1)), "career_events(within=...): expected a DateRange or None, got an int"),
    (
        _drawn(S.career_events(max_length=366)),
        "career_events(max_length=...): expected an int from 0 to 365, got an int",
    ),
    (_drawn(S.career_events(status="held")), "career_events(status=...): expected an EventStatus or None, got a str"),
    (
        _drawn(S.career_events(level="school")),
        "career_events(level=...): expected an OrganiserLevel or None, got a str",
    ),
    # _career_parameters
    (
        _drawn(S.ratio_schedules(first=datetime(2020, 1, 1))),
        f"ratio_schedules(first=...): expected {PARAMETER_DAY}, got a datetime",
    ),
    (_drawn(S.ratio_rules(first=TOO_EARLY)), f"ratio_rules(first=...): expected {PARAMETER_DAY}, got a date"),
    (
        _drawn(S.qualification_schedules(first="2020-01-01")),
        f"qualification_schedules(first=...): expected {PARAMETER_DAY}, got a str",
    ),
    (
        lambda: S.qualification_records(regulation="MK 662"),
        "qualification_records(regulation=...): expected a Regulation or None, got a str",
    ),
    # _education
    (lambda: S.grades(min_value=0), "grades(min_value=...): expected an int from 1 to 12, got an int"),
    (lambda: S.grades(max_value=13), "grades(max_value=...): expected an int from 1 to 12, got an int"),
    (lambda: S.grades(min_value=5, max_value=4), "grades(...): min_value must not be above max_value"),
    (
        lambda: S.vocational_courses(min_value=1.0),
        "vocational_courses(min_value=...): expected an int from 1 to 4, got a float",
    ),
    (
        lambda: S.vocational_courses(max_value=5),
        "vocational_courses(max_value=...): expected an int from 1 to 4, got an int",
    ),
    (
        lambda: S.vocational_courses(min_value=3, max_value=2),
        "vocational_courses(...): min_value must not be above max_value",
    ),
    *[
        (
            (lambda flag=flag: S.programmes(**{flag: 1})),
            f"programmes({flag}=...): expected True, False or None, got an int",
        )
        for flag in ("basic", "general_secondary", "vocational", "special", "minority")
    ],
    (
        lambda: S.institutions(founders=[]),
        "institutions(founders=...): expected a non-empty list or tuple of Founder values, or None, got a list",
    ),
    (
        lambda: S.institutions(kinds=("school",)),
        "institutions(kinds=...): expected a non-empty list or tuple of InstitutionKind values, or None, got a tuple",
    ),
    (
        lambda: S.institutions(municipality=" Rīga"),
        "institutions(municipality=...): expected a name Institution accepts (one line, no surrounding spaces), "
        "or None, got a str",
    ),
    (
        lambda: S.institutions(registration_number="421390047"),
        "institutions(registration_number=...): expected a registration number of 10 digits, or None, got a str",
    ),
    (
        lambda: EDUCATION.institutions(programme=1),
        "institutions(programme=...): expected a strategy of Programme, got an int; "
        "to draw always this one value, pass st.just(value)",
    ),
    (lambda: S.institutions(max_size=51), "institutions(max_size=...): expected an int from 0 to 50, got an int"),
    (
        lambda: S.learner_counts(institution=4213900473),
        "learner_counts(institution=...): expected a registration number of 10 digits, or None, got an int",
    ),
    (
        lambda: S.learner_counts(school_year=2020),
        "learner_counts(school_year=...): expected a SchoolYear or None, got an int",
    ),
    (lambda: S.learner_counts(per_grade=1), "learner_counts(per_grade=...): expected True, False or None, got an int"),
    (
        lambda: S.learner_counts(max_learners=-1),
        "learner_counts(max_learners=...): expected an int from 0 to 10000000, got an int",
    ),
    (
        lambda: S.vocational_learner_counts(per_course="yes"),
        "vocational_learner_counts(per_course=...): expected True, False or None, got a str",
    ),
    # _organisations
    (
        lambda: S.organisations(kinds=["ngo"]),
        "organisations(kinds=...): expected a non-empty list or tuple of OrganisationKind values, or None, got a list",
    ),
    (
        lambda: S.organisations(countries="LV"),
        "organisations(countries=...): expected a non-empty list or tuple of str values, or None, got a str",
    ),
    (lambda: S.organisations(registered=1), "organisations(registered=...): expected True, False or None, got an int"),
    (
        lambda: S.municipalities(kinds=[]),
        "municipalities(kinds=...): expected a non-empty list or tuple of MunicipalityKind values, or None, got a list",
    ),
    (
        lambda: S.municipalities(on=datetime(2020, 1, 1)),
        "municipalities(on=...): expected a date (not a datetime) in the years 1900-2199 or None, got a datetime",
    ),
    (lambda: S.municipalities(reference=None), "municipalities(reference=...): expected True or False, got None"),
    (
        lambda: S.municipalities(on=date(2005, 1, 1), reference=True),
        "municipalities(...): no shipped municipality has one of these kinds on that day",
    ),
    (
        lambda: S.municipalities(on=date(2022, 1, 1), kinds=[MunicipalityKind.REPUBLIC_CITY]),
        "municipalities(...): no municipality of these kinds can be in force on that day",
    ),
    # _erasmus
    (
        lambda: S.partnership_rules(format="small"),
        "partnership_rules(format=...): expected a PartnershipFormat or None, got a str",
    ),
    (
        lambda: S.partnerships(format="small"),
        "partnerships(format=...): expected a PartnershipFormat or None, got a str",
    ),
    (lambda: S.meetings(within=1), "meetings(within=...): expected a closed DateRange or None, got an int"),
    (lambda: S.meetings(within=OPEN), "meetings(within=...): expected a closed DateRange or None, got a DateRange"),
    (lambda: S.training_events(host=1), "training_events(host=...): expected an Organisation or None, got an int"),
    (
        lambda: S.training_events(within=OPEN),
        "training_events(within=...): expected a closed DateRange or None, got a DateRange",
    ),
    (lambda: S.outputs(kind="report"), "outputs(kind=...): expected an OutputKind or None, got a str"),
    # _pumpurs
    (
        lambda: S.participating_institutions(institution="421390047"),
        "participating_institutions(institution=...): expected a registration number of 10 digits, or None, got a str",
    ),
    (
        lambda: S.risk_factors(group="no_such_group"),
        "risk_factors(group=...): expected the code of one of the default risk groups, or None, got a str",
    ),
    (
        lambda: S.semester_targets(semester=2020),
        "semester_targets(semester=...): expected a Semester or None, got an int",
    ),
]


@pytest.mark.parametrize(("make", "message"), REFUSED, ids=[message for _, message in REFUSED])
def test_every_refused_argument_says_so_in_the_one_form(make: Callable[[], object], message: str) -> None:
    _refused(make, message)


@pytest.mark.parametrize(
    "make",
    [
        lambda: S.fte_loads(min_value=Decimal("0.01"), max_value=Decimal("10000.00")),
        lambda: S.fte_loads(min_value=Decimal("0.5"), max_value=Decimal("0.50")),
        lambda: S.consultant_assignments(on=date(1914, 1, 1), max_load=Decimal("10000.00")),
        lambda: S.agreements(on=date(2130, 12, 31)),
        lambda: S.grade_participants(max_count=0),
        lambda: S.municipalities(on=date(1900, 1, 1)),
        lambda: S.meetings(within=DateRange(start=date(2020, 1, 1), end=date(2020, 1, 1))),
    ],
)
def test_the_bounds_of_each_check_are_accepted(make: Callable[[], object]) -> None:
    make()


def test_a_bounded_day_names_its_years() -> None:
    check = Narrowing("x")
    assert check.day("on", date(1950, 1, 1), years=(1950, 1960)) == date(1950, 1, 1)
    assert check.day("on", date(1960, 12, 31), years=(1950, 1960)) == date(1960, 12, 31)
    _refused(
        lambda: check.day("on", date(1949, 12, 31), years=(1950, 1960)),
        "x(on=...): expected a date (not a datetime) in the years 1950-1960 or None, got a date",
    )
    _refused(
        lambda: check.day("on", None, optional=False, years=(1950, 1960)),
        "x(on=...): expected a date (not a datetime) in the years 1950-1960, got None",
    )


def test_a_decimal_is_finite_bounded_and_has_at_most_its_places() -> None:
    check = Narrowing("x")
    assert check.decimal("a", Decimal("0.10"), Decimal("0.1"), Decimal("1"), 1) == Decimal("0.10")
    assert check.decimal("a", Decimal("1"), Decimal("0.1"), Decimal("1"), 1) == Decimal("1")
    expected = "x(a=...): expected a Decimal from 0.1 to 1 with at most 1 decimal places, got "
    wrongs: list[tuple[object, str]] = [
        (Decimal("0.15"), "a Decimal"),
        (Decimal("0.0"), "a Decimal"),
        (Decimal("1.1"), "a Decimal"),
        (Decimal("Infinity"), "a Decimal"),
        (0.5, "a float"),
    ]
    for wrong, kind in wrongs:
        with pytest.raises(InvalidArgument, match=f"^{re.escape(expected + kind)}$"):
            check.decimal("a", wrong, Decimal("0.1"), Decimal("1"), 1)


def test_an_unnamed_refusal_from_inside_a_strategy_is_named_for_it() -> None:
    def refusing() -> None:
        raise InvalidArgument("nothing to draw")

    _refused(_named("x", refusing), "x(...): nothing to draw")


def _raises_invalid_argument(tree: ast.AST) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Raise)
        and isinstance(node.exc, ast.Call)
        and isinstance(node.exc.func, ast.Name | ast.Attribute)
        and (node.exc.func.id if isinstance(node.exc.func, ast.Name) else node.exc.func.attr) == "InvalidArgument"
    ]


def test_the_scan_finds_a_hand_written_refusal() -> None:
    assert _raises_invalid_argument(ast.parse("if x:\n    raise errors.InvalidArgument('no')")) == [2]


def test_no_strategy_module_but_narrowing_raises_invalid_argument_by_hand() -> None:
    package = Path(strategies.__file__).parent
    found = {
        path.name: lines
        for path in sorted(package.glob("*.py"))
        if path.name != "_narrowing.py" and (lines := _raises_invalid_argument(ast.parse(path.read_text("utf-8"))))
    }
    assert found == {}
