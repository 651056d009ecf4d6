"""Education institutions, programmes, grades, courses and learner counts (O-3 ... O-5)."""

from __future__ import annotations

from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import (
    PersonalDataRejected,
    SchoolYear,
    ValidationError,
    education,
    structure,
    unstructure,
)
from karjera_core.education import (
    Founder,
    Grade,
    Institution,
    InstitutionKind,
    LearnerCount,
    Programme,
    VocationalCourse,
    VocationalLearnerCount,
    is_registration_number,
)
from karjera_core.organisations import OrganisationKind
from karjera_core.serialization import json_schema
from karjera_core.strategies._education import (
    TYPE_STRATEGIES,
    founders,
    grades,
    institution_kinds,
    institutions,
    learner_counts,
    programmes,
    registration_numbers,
    vocational_courses,
    vocational_learner_counts,
)

SCHOOL = "4213900473"
OTHER_SCHOOL = "4219902694"
YEAR = SchoolYear(2016)
PERSONAL_CODE = "161175-19997"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")


def loose(value: object) -> Any:
    """``value`` typed as Any, to hand a wrongly typed argument to a function under test."""
    return value


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def programme(code: str = "21011111", **flags: Any) -> Programme:
    values: dict[str, Any] = {
        "code": code,
        "title": "Pamatizglītības programma",
        "basic": True,
        "general_secondary": False,
        "vocational": False,
        "special": False,
        "minority": False,
    }
    values.update(flags)
    return Programme(**values)


BASIC = programme()
MINORITY_BASIC = programme("21011121", minority=True)
SECONDARY = programme("31011011", basic=False, general_secondary=True)
VOCATIONAL = programme("33481011", basic=False, vocational=True)


def school(**fields: Any) -> Institution:
    values: dict[str, Any] = {
        "registration_number": SCHOOL,
        "name": "Ciblas vidusskola",
        "founder": Founder.MUNICIPALITY,
        "municipality": "Ludzas novads",
        "kind": InstitutionKind.GENERAL,
        "programmes": (BASIC, SECONDARY),
    }
    values.update(fields)
    return Institution(**values)


def test_public_names_are_listed() -> None:
    assert dir(education) == sorted(education.__all__)
    for name in education.__all__:
        module = getattr(getattr(education, name), "__module__", "karjera_core.education")
        assert module == "karjera_core.education"


# ---------------------------------------------------------------- O-3 enumerations


def test_o3_founders_and_kinds_have_latvian_labels() -> None:
    assert [f.label for f in Founder] == ["valsts", "pašvaldība", "privāts dibinātājs"]
    assert InstitutionKind.GENERAL.label == "vispārējās izglītības iestāde"
    assert InstitutionKind.SPECIAL.label == "speciālās izglītības iestāde"
    assert InstitutionKind.PRESCHOOL.label == "pirmsskolas izglītības iestāde"
    assert InstitutionKind.OTHER.label == "cita izglītības iestāde"
    assert [k.value for k in InstitutionKind] == ["general", "special", "vocational", "preschool", "other"]


# ---------------------------------------------------------------- O-4 programmes


def test_o4_codes_21_and_31_determine_basic_and_general_secondary() -> None:
    assert BASIC.basic
    assert not BASIC.general_secondary
    assert SECONDARY.general_secondary
    assert not SECONDARY.basic
    assert BASIC.is_general_education
    assert SECONDARY.is_general_education
    assert not VOCATIONAL.is_general_education


def test_o4_special_programmes_carry_5_in_the_5th_digit() -> None:
    special = programme("21015611", title="Speciālās pamatizglītības programma", special=True)
    assert special.special
    level_one = programme("11015811", basic=False, special=True)
    assert level_one.special
    assert level_one.is_general_education


def test_o4_the_minority_flag_is_taken_as_given() -> None:
    assert programme("21011111", minority=True).minority
    assert not programme("21011121", minority=False).minority


def test_o4_flags_of_codes_that_do_not_determine_them_are_taken_as_given() -> None:
    preschool = programme("01015611", title="Pirmsskolas programma", basic=False, special=False)
    assert not preschool.special
    assert programme("22481011", basic=True, vocational=True, special=True).vocational


def mismatch(flag: str, wanted: bool) -> tuple[str, str, str]:
    reasons = {
        "basic": "a code starting 21 is basic education and one starting 31 is not",
        "general_secondary": "a code starting 31 is general secondary education and one starting 21 is not",
        "vocational": "a general-education code (first digit 1-3, second digit 1) is not vocational",
        "special": "the code's 5th digit marks a special education programme exactly when it is 5",
    }
    return (f"$.{flag}", "programme.flag_mismatch", f"expected {flag}={wanted}: {reasons[flag]} (O-4)")


@pytest.mark.parametrize(
    ("code", "flags", "expected"),
    [
        ("21011111", {"basic": False}, [mismatch("basic", True)]),
        ("21011111", {"general_secondary": True}, [mismatch("general_secondary", False)]),
        ("31011011", {}, [mismatch("basic", False), mismatch("general_secondary", True)]),
        ("21011111", {"vocational": True}, [mismatch("vocational", False)]),
        ("21015611", {}, [mismatch("special", True)]),
        ("31011011", {"basic": False, "general_secondary": True, "special": True}, [mismatch("special", False)]),
        ("11011111", {"special": True}, [mismatch("special", False)]),
        ("11015111", {}, [mismatch("special", True)]),
        ("31011011", {"basic": False, "general_secondary": True, "vocational": True}, [mismatch("vocational", False)]),
        (
            "21011111",
            {"basic": False, "general_secondary": True, "vocational": True, "special": True},
            [
                mismatch("basic", True),
                mismatch("general_secondary", False),
                mismatch("vocational", False),
                mismatch("special", False),
            ],
        ),
    ],
)
def test_o4_flags_that_contradict_the_code_are_refused(
    code: str, flags: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        programme(code, **flags)
    assert problems(caught.value) == expected
    assert code not in str(caught.value)


@pytest.mark.parametrize("code", ["41011111", "12011111", "01015611", "22481011"])
def test_o4_codes_that_are_not_general_education_leave_vocational_and_special_open(code: str) -> None:
    for vocational_ in (False, True):
        for special in (False, True):
            found = programme(code, basic=False, vocational=vocational_, special=special)
            assert (found.vocational, found.special) == (vocational_, special)


def test_o4_a_flag_of_the_wrong_type_does_not_hide_the_other_flags_mismatch() -> None:
    with pytest.raises(ValidationError) as caught:
        programme("21015611", basic=None, vocational=True)
    assert problems(caught.value) == [
        ("$.basic", "boolean.type", "expected a bool"),
        mismatch("vocational", False),
        mismatch("special", True),
    ]


CODE = "expected a programme code of 8 digits (O-4)"
TITLE = "expected a programme's title"
FLAG = "expected a bool"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"code": "2101111"}, [("$.code", "text.format", CODE)]),
        ({"code": "210111111"}, [("$.code", "text.too_long", f"{CODE} of at most 8 characters")]),
        ({"code": "2101111a"}, [("$.code", "text.format", CODE)]),
        ({"code": "２１０１１１１１"}, [("$.code", "text.format", CODE)]),
        ({"code": 21011111}, [("$.code", "text.type", f"{CODE} as a str")]),
        ({"title": ""}, [("$.title", "text.blank", f"{TITLE} that is not blank")]),
        ({"title": " Programma"}, [("$.title", "text.whitespace", f"{TITLE} without spaces at either end")]),
        (
            {"code": "33481011", "title": "", "vocational": True},
            [("$.title", "text.blank", f"{TITLE} that is not blank")],
        ),
        ({"title": None}, [("$.title", "text.type", f"{TITLE} as a str")]),
        ({"title": "x" * 501}, [("$.title", "text.too_long", f"{TITLE} of at most 500 characters")]),
        ({"basic": 1}, [("$.basic", "boolean.type", FLAG)]),
        ({"minority": "false"}, [("$.minority", "boolean.type", FLAG)]),
        ({"code": "x", "special": True}, [("$.code", "text.format", CODE)]),
        (
            {"code": "21015611", "vocational": None, "special": None, "minority": 0},
            [
                ("$.vocational", "boolean.type", FLAG),
                ("$.special", "boolean.type", FLAG),
                ("$.minority", "boolean.type", FLAG),
            ],
        ),
    ],
)
def test_o4_bad_programmes_are_refused_with_every_problem(
    fields: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"code": "21011111"}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        programme(**values)
    assert problems(caught.value) == expected


def test_p7_o4_a_programme_title_holds_no_personal_code() -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        programme(title=f"Programma {PERSONAL_CODE}")
    assert problems(caught.value) == [("$.title", *PERSONAL)]
    assert PERSONAL_CODE not in str(caught.value)


def test_o4_bad_json_for_a_programme_is_refused_with_every_problem() -> None:
    data = unstructure(BASIC)
    assert data == {
        "code": "21011111",
        "title": "Pamatizglītības programma",
        "basic": True,
        "general_secondary": False,
        "vocational": False,
        "special": False,
        "minority": False,
    }
    assert structure(data, Programme) == BASIC
    with pytest.raises(ValidationError) as caught:
        structure({**data, "code": "21015611", "minority": "no"}, Programme)
    assert problems(caught.value) == [
        ("$.minority", "type.boolean", "expected true or false"),
        mismatch("special", True),
    ]
    with pytest.raises(ValidationError) as caught:
        structure({**data, "code": "21015611"}, Programme)
    assert problems(caught.value) == [mismatch("special", True)]


# ---------------------------------------------------------------- O-3 institutions


def test_o3_an_institution_knows_which_programmes_it_implements() -> None:
    ciblas = school()
    assert ciblas.implements_basic
    assert ciblas.implements_general_secondary
    assert not ciblas.implements_minority
    assert not ciblas.implements_special
    assert not ciblas.implements_vocational
    minority = school(programmes=(MINORITY_BASIC, VOCATIONAL, programme("21015811", special=True)))
    assert minority.implements_minority
    assert minority.implements_vocational
    assert minority.implements_special
    assert not minority.implements_general_secondary
    empty = school(programmes=())
    assert not (empty.implements_basic)
    assert not (empty.implements_minority)
    assert not (empty.implements_general_secondary)


def test_o3_programmes_default_to_none() -> None:
    preschool = Institution(
        registration_number=OTHER_SCHOOL,
        name="Pirmsskolas izglītības iestāde",
        founder=Founder.PRIVATE,
        municipality="Rīga",
        kind=InstitutionKind.PRESCHOOL,
    )
    assert preschool.programmes == ()


def test_o1_o3_an_institution_is_an_organisation_in_latvia() -> None:
    org = school().as_organisation()
    assert org.kind is OrganisationKind.EDUCATION_INSTITUTION
    assert (org.name, org.country, org.registration_number) == ("Ciblas vidusskola", "LV", SCHOOL)


NUMBER = "expected a 10-digit registration number"
NAME = "expected an institution's name"
SUPERVISOR = "expected the supervising municipality's name"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"registration_number": "421390047"}, [("$.registration_number", "text.format", NUMBER)]),
        (
            {"registration_number": "42139004730"},
            [("$.registration_number", "text.too_long", f"{NUMBER} of at most 10 characters")],
        ),
        ({"registration_number": 4213900473}, [("$.registration_number", "text.type", f"{NUMBER} as a str")]),
        (
            {"registration_number": "421390047\n"},
            [
                ("$.registration_number", "text.whitespace", f"{NUMBER} without spaces at either end"),
                (
                    "$.registration_number",
                    "text.control",
                    f"{NUMBER} without control characters or format characters",
                ),
                ("$.registration_number", "text.format", NUMBER),
            ],
        ),
        ({"registration_number": "４２１３９００４７３"}, [("$.registration_number", "text.format", NUMBER)]),
        ({"name": ""}, [("$.name", "text.blank", f"{NAME} that is not blank")]),
        ({"name": "x" * 501}, [("$.name", "text.too_long", f"{NAME} of at most 500 characters")]),
        ({"founder": "state"}, [("$.founder", "enum.type", "expected a Founder")]),
        (
            {"municipality": "Ludzas novads "},
            [("$.municipality", "text.whitespace", f"{SUPERVISOR} without spaces at either end")],
        ),
        ({"municipality": None}, [("$.municipality", "text.type", f"{SUPERVISOR} as a str")]),
        ({"kind": "general"}, [("$.kind", "enum.type", "expected an InstitutionKind")]),
        ({"programmes": [BASIC]}, [("$.programmes", "array.type", "expected a tuple of items, each a Programme")]),
        (
            {"programmes": (BASIC,) * 1001},
            [("$.programmes", "array.size", "expected at most 1000 items")],
        ),
        (
            {"programmes": (BASIC, "21011111", SECONDARY, None)},
            [
                ("$.programmes[1]", "record.type", "expected a Programme"),
                ("$.programmes[3]", "record.type", "expected a Programme"),
            ],
        ),
        (
            {"registration_number": "", "name": None, "founder": None, "municipality": "", "kind": None},
            [
                ("$.registration_number", "text.blank", f"{NUMBER} that is not blank"),
                ("$.registration_number", "text.format", NUMBER),
                ("$.name", "text.type", f"{NAME} as a str"),
                ("$.founder", "enum.type", "expected a Founder"),
                ("$.municipality", "text.blank", f"{SUPERVISOR} that is not blank"),
                ("$.kind", "enum.type", "expected an InstitutionKind"),
            ],
        ),
    ],
)
def test_o3_bad_institutions_are_refused_with_every_problem(
    fields: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        school(**fields)
    assert problems(caught.value) == expected
    number = fields.get("registration_number")
    if isinstance(number, str) and number:
        assert number.strip() not in str(caught.value)


@pytest.mark.parametrize("field", ["name", "municipality"])
def test_p7_o3_no_text_of_an_institution_holds_a_personal_code(field: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        school(**{field: f"Skola {PERSONAL_CODE}"})
    assert problems(caught.value) == [(f"$.{field}", *PERSONAL)]
    assert PERSONAL_CODE not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("4213900473", True),
        ("0000000000", True),
        ("421390047", False),
        ("42139004730", False),
        ("4213900473\n", False),
        ("４２１３９００４７３", False),
        ("421390047a", False),
        (4213900473, False),
        (None, False),
    ],
)
def test_o3_the_registration_number_is_one_rule_of_ten_ascii_digits(value: object, expected: bool) -> None:
    assert is_registration_number(value) is expected
    if isinstance(value, str):
        count: dict[str, Any] = {"institution": value, "school_year": YEAR, "learners": 1}
        if expected:
            assert school(registration_number=value).registration_number == value
            assert LearnerCount(**count).institution == value
            assert VocationalLearnerCount(**count).institution == value
        else:
            for make in (lambda: school(registration_number=value), lambda: LearnerCount(**count)):
                with pytest.raises(ValidationError):
                    make()


def test_o3_an_institution_serializes_to_plain_json_and_back() -> None:
    ciblas = school()
    data = unstructure(ciblas)
    assert data["registration_number"] == SCHOOL
    assert data["founder"] == "municipality"
    assert [p["code"] for p in data["programmes"]] == ["21011111", "31011011"]
    assert structure(data, Institution) == ciblas
    with pytest.raises(ValidationError) as caught:
        structure({**data, "registration_number": 4213900473, "programmes": [data["programmes"][0], 5]}, Institution)
    assert problems(caught.value) == [
        ("$.registration_number", "type.string", "expected a string"),
        ("$.programmes[1]", "type.object", "expected an object"),
    ]


# ---------------------------------------------------------------- serialization and strategies


@given(st.data())
def test_o3_o5_values_round_trip_through_json_and_match_the_schema(data: st.DataObject) -> None:
    for cls, strategy in TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert structure(unstructure(value), cls) == value
        jsonschema.validate(unstructure(value), json_schema(cls))


@given(
    programmes(basic=True, minority=True),
    programmes(general_secondary=True, special=True),
    programmes(vocational=True, special=False),
    programmes(basic=False, general_secondary=False, vocational=False, special=True, minority=False),
)
def test_o4_programme_strategy_narrows_flags(a: Programme, b: Programme, c: Programme, d: Programme) -> None:
    assert a.basic
    assert a.minority
    assert b.general_secondary
    assert b.special
    assert c.vocational
    assert not c.special
    assert not c.is_general_education
    assert not (d.basic)
    assert not (d.general_secondary)
    assert not (d.vocational)
    assert not (d.minority)
    assert d.special


@given(
    institutions(
        founders=[Founder.STATE],
        kinds=(InstitutionKind.VOCATIONAL,),
        municipality="Jelgavas novads",
        registration_number=OTHER_SCHOOL,
        programme=programmes(vocational=True),
        max_size=2,
    ),
    founders(),
    institution_kinds(),
    registration_numbers(),
)
def test_o3_institution_strategy_narrows(
    institution: Institution, founder: Founder, kind: InstitutionKind, number: str
) -> None:
    assert institution.founder is Founder.STATE
    assert institution.kind is InstitutionKind.VOCATIONAL
    assert institution.municipality == "Jelgavas novads"
    assert institution.registration_number == OTHER_SCHOOL
    assert len(institution.programmes) <= 2
    assert all(p.vocational for p in institution.programmes)
    assert type(founder) is Founder
    assert type(kind) is InstitutionKind
    assert len(number) == 10
    assert number.isdecimal()


@given(
    grades(min_value=5, max_value=9),
    vocational_courses(min_value=2, max_value=3),
    learner_counts(per_grade=False, max_learners=10),
    vocational_learner_counts(per_course=False, school_year=YEAR),
)
def test_o5_count_strategies_narrow(
    grade: Grade, course: VocationalCourse, count: LearnerCount, vcount: VocationalLearnerCount
) -> None:
    assert 5 <= grade.number <= 9
    assert 2 <= course.number <= 3
    assert count.grade is None
    assert count.learners <= 10
    assert vcount.course is None
    assert vcount.school_year == YEAR


@pytest.mark.parametrize(
    "make",
    [
        lambda: grades(min_value=0),
        lambda: grades(min_value=9, max_value=5),
        lambda: vocational_courses(max_value=5),
        lambda: vocational_courses(min_value=4, max_value=1),
        lambda: programmes(basic=loose(1)),
        lambda: institutions(founders=loose(["state"])),
        lambda: institutions(municipality=" Rīga"),
        lambda: institutions(registration_number="12345"),
        lambda: institutions(programme=loose([BASIC])),
        lambda: institutions(max_size=-1),
        lambda: learner_counts(institution="42139"),
        lambda: learner_counts(school_year=loose(2016)),
        lambda: learner_counts(per_grade=loose("yes")),
        lambda: vocational_learner_counts(max_learners=-1),
    ],
)
def test_o3_o5_strategies_refuse_bad_arguments(make: Any) -> None:
    with pytest.raises(InvalidArgument):
        make()
