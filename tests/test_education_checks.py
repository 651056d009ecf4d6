"""Programme codes' language and form digits (O-4) and institutions' municipalities on a day (O-3)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from karjera_core import (
    COMMONLY_CITED_MINORITY_DIGITS,
    DateRange,
    Founder,
    Institution,
    InstitutionKind,
    Municipality,
    MunicipalityKind,
    Programme,
    StudyForm,
    ValidationError,
    check_institutions,
    check_programmes,
)

DAY_MESSAGE = "expected a date (datetime.date, not datetime) in the years 1900-2199"
NOT_IN_FORCE = (
    "institution.municipality_not_in_force",
    "O-3",
    "expected the name of a municipality in force on the day (O-3)",
)
NOT_OFFICIAL = (
    "institution.municipality_not_official",
    "O-3",
    "expected the official name of a municipality in force on the day, with its capitals and diacritics; "
    "the name matches one only when they are ignored (O-3)",
)


def minority_mismatch(wanted: bool) -> tuple[str, str, str]:
    verb = "is" if wanted else "is not"
    return (
        "programme.minority_mismatch",
        "O-4",
        f"expected minority={wanted}: the code's 7th digit (language of instruction, MK 322 point 3.1) {verb} one "
        "of the digits given for minority programmes (O-4)",
    )


def loose(value: object) -> Any:
    """``value`` typed as Any, to hand a wrongly typed argument to a function under test."""
    return value


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def programme(code: str, *, minority: bool = False) -> Programme:
    basic, secondary = code[:2] == "21", code[:2] == "31"
    general = code[0] in "123" and code[1] == "1"
    return Programme(
        code=code,
        title="Programma",
        basic=basic,
        general_secondary=secondary,
        vocational=not general,
        special=general and code[4] == "5",
        minority=minority,
    )


def school(municipality: str, number: str = "4213900473") -> Institution:
    return Institution(
        registration_number=number,
        name="Ciblas vidusskola",
        founder=Founder.MUNICIPALITY,
        municipality=municipality,
        kind=InstitutionKind.GENERAL,
    )


# ---------------------------------------------------------------- O-4 the form of study and the language digit


@pytest.mark.parametrize(
    ("code", "form"),
    [
        ("21011111", StudyForm.FULL_TIME),
        ("31011012", StudyForm.EVENING),
        ("21011013", StudyForm.PART_TIME),
        ("31011014", StudyForm.DISTANCE),
        ("21011110", None),
        ("21011115", None),
        ("21011119", None),
        ("11011112", StudyForm.EVENING),
        ("33481012", None),
        ("01011112", None),
    ],
)
def test_o4_the_8th_digit_of_a_general_code_is_the_form_of_study(code: str, form: StudyForm | None) -> None:
    assert programme(code).study_form is form


def test_o4_the_evening_form_is_the_one_mk_737_names() -> None:
    assert StudyForm.EVENING.value == "evening"
    assert StudyForm.EVENING.label == "vakara (maiņu) izglītības ieguves forma"
    assert [f.value for f in StudyForm] == ["full_time", "evening", "part_time", "distance"]


@pytest.mark.parametrize(("code", "digit"), [("21011121", "2"), ("31011011", "1"), ("33481011", None)])
def test_o4_the_7th_digit_of_a_general_code_is_the_language_digit(code: str, digit: str | None) -> None:
    assert programme(code).language_digit == digit


# ---------------------------------------------------------------- O-4 minority against the 7th digit


def test_o4_minority_agreeing_with_the_given_digits_is_no_violation() -> None:
    found = [programme("21011121", minority=True), programme("21011111"), programme("33481021", minority=False)]
    assert check_programmes(found, minority_digits=COMMONLY_CITED_MINORITY_DIGITS) == ()
    assert check_programmes([], minority_digits=()) == ()


def test_o4_the_minority_digits_are_named_when_given() -> None:
    # keyword-only: which digits mark a minority programme is a choice the caller states by name (O-4)
    untyped: Any = check_programmes
    with pytest.raises(TypeError):
        untyped([programme("21011121", minority=True)], COMMONLY_CITED_MINORITY_DIGITS)


def test_o4_minority_disagreeing_with_the_given_digits_is_a_violation_at_the_flag() -> None:
    found = [
        programme("21011121"),
        programme("31011011", minority=True),
        programme("33481021", minority=True),
        programme("21011131", minority=True),
    ]
    violations = check_programmes(iter(found), minority_digits=["2"])
    assert [(v.path, v.code, v.rule, v.message) for v in violations] == [
        ("$.programmes[0].minority", *minority_mismatch(True)),
        ("$.programmes[1].minority", *minority_mismatch(False)),
        ("$.programmes[3].minority", *minority_mismatch(False)),
    ]
    assert [v.path for v in check_programmes(found, minority_digits=("2", "3"))] == [
        "$.programmes[0].minority",
        "$.programmes[1].minority",
    ]


def test_o4_the_commonly_cited_minority_digit_is_offered_not_assumed() -> None:
    assert COMMONLY_CITED_MINORITY_DIGITS == ("2",)
    with pytest.raises(TypeError):
        check_programmes([programme("21011121")])  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            {"programmes": "21011121"},
            [("$.programmes", "array.type", "expected an iterable (not text) of items, each a Programme")],
        ),
        ({"programmes": [None]}, [("$.programmes[0]", "record.type", "expected a Programme")]),
        (
            {"minority_digits": "2"},
            [("$.minority_digits", "array.type", "expected a tuple of items, each a digit")],
        ),
        (
            {"minority_digits": ["22"]},
            [("$.minority_digits[0]", "text.too_long", "expected a digit of at most 1 characters")],
        ),
        ({"minority_digits": ["x"]}, [("$.minority_digits[0]", "text.format", "expected a digit")]),
        (
            {"minority_digits": [str(d) for d in range(10)] + ["1"]},
            [("$.minority_digits", "array.size", "expected at most 10 items")],
        ),
    ],
)
def test_o4_bad_programme_check_arguments_are_refused_with_their_paths(
    arguments: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"programmes": [programme("21011121")], "minority_digits": ("2",), **arguments}
    with pytest.raises(ValidationError) as caught:
        check_programmes(values["programmes"], minority_digits=values["minority_digits"])
    assert problems(caught.value) == expected


# ---------------------------------------------------------------- O-3 the institution's municipality on a day


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Ciblas novads", date(2021, 6, 30), None),
        ("Ciblas novads", date(2021, 7, 1), NOT_IN_FORCE),
        ("Ludzas novads", date(2021, 6, 30), None),
        ("Ludzas novads", date(2021, 7, 1), None),
        ("Valmiera", date(2021, 6, 30), None),
        ("Valmiera", date(2021, 7, 1), NOT_IN_FORCE),
        ("Varakļānu novads", date(2025, 6, 30), None),
        ("Varakļānu novads", date(2025, 7, 1), NOT_IN_FORCE),
        ("Madonas novads", date(2026, 11, 23), None),
        ("Madonas novads", date(2026, 11, 24), None),
        ("LUDZAS NOVADS", date(2022, 1, 1), NOT_OFFICIAL),
        ("Ludzas nov.", date(2022, 1, 1), NOT_OFFICIAL),
        ("Riga", date(2022, 1, 1), NOT_OFFICIAL),
        ("Ludzas rajons", date(2022, 1, 1), NOT_IN_FORCE),
    ],
)
def test_o3_an_institutions_municipality_is_checked_on_the_day(
    name: str, day: date, expected: tuple[str, str, str] | None
) -> None:
    found = check_institutions([school(name)], on=day)
    assert [(v.path, v.code, v.rule, v.message) for v in found] == (
        [] if expected is None else [("$.institutions[0].municipality", *expected)]
    )


def test_o3_every_institution_is_checked_in_input_order() -> None:
    found = check_institutions(
        (school(name) for name in ("Rīga", "Ciblas novads", "rīga", "Jelgavas novads")), on=date(2022, 1, 1)
    )
    assert [(v.path, v.code) for v in found] == [
        ("$.institutions[1].municipality", NOT_IN_FORCE[0]),
        ("$.institutions[2].municipality", NOT_OFFICIAL[0]),
    ]


def test_o3_a_callers_table_answers_the_check() -> None:
    table = [Municipality(name="Alfas novads", kind=MunicipalityKind.NOVADS, valid=DateRange(start=date(2050, 1, 1)))]
    assert check_institutions([school("Alfas novads")], on=date(2050, 1, 1), table=loose(table)) == ()
    found = check_institutions([school("Rīga")], on=date(2050, 1, 1), table=loose(table))
    assert [v.code for v in found] == [NOT_IN_FORCE[0]]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"on": "2022-01-01"}, [("$.on", "date.type", DAY_MESSAGE)]),
        ({"on": datetime(2022, 1, 1)}, [("$.on", "date.type", DAY_MESSAGE)]),
        (
            {"on": date(2010, 12, 31)},
            [
                (
                    "$.on",
                    "municipalities.no_data",
                    "expected a day on or after 2011-01-03, the first day the shipped municipality data cover (O-2); "
                    "pass table= to answer from other data",
                )
            ],
        ),
        ({"institutions": [school("Rīga"), "Rīga"]}, [("$.institutions[1]", "record.type", "expected an Institution")]),
        (
            {"institutions": 5, "table": "Rīga"},
            [
                ("$.institutions", "array.type", "expected an iterable (not text) of items, each an Institution"),
                ("$.table", "array.type", "expected an iterable (not text) of items, each a Municipality"),
            ],
        ),
    ],
)
def test_o3_bad_institution_check_arguments_are_refused_with_their_paths(
    arguments: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"institutions": [school("Rīga")], "on": date(2022, 1, 1), "table": None, **arguments}
    with pytest.raises(ValidationError) as caught:
        check_institutions(values["institutions"], on=values["on"], table=values["table"])
    assert problems(caught.value) == expected
