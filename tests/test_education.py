"""Education institutions, programmes, grades, courses and learner counts (O-3 ... O-5)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import SchoolYear, ValidationError, structure, unstructure
from karjera_core.education import (
    Founder,
    Grade,
    Institution,
    InstitutionKind,
    LearnerCount,
    Programme,
    VocationalCourse,
    VocationalLearnerCount,
    total_learners,
)
from karjera_core.organisations import OrganisationKind
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


def loose(value: object) -> Any:
    """``value`` typed as Any, to hand a wrongly typed argument to a function under test."""
    return value


def codes(error: ValidationError) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in error.problems]


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


# ---------------------------------------------------------------- O-5 grades and courses


def test_o5_grade_is_never_a_course() -> None:
    for number in range(1, 5):
        grade: object = Grade(number)
        course: object = VocationalCourse(number)
        assert grade != course
        assert course != grade
    assert len({Grade(1), VocationalCourse(1)}) == 2


def test_o5_grades_and_courses_are_ordered_among_themselves() -> None:
    assert sorted([Grade(12), Grade(1), Grade(9)]) == [Grade(1), Grade(9), Grade(12)]
    assert VocationalCourse(1) < VocationalCourse(4)
    with pytest.raises(TypeError):
        assert Grade(1) < VocationalCourse(2)  # type: ignore[operator]


def test_o5_grades_know_basic_from_secondary() -> None:
    assert [g.number for g in map(Grade, range(1, 13)) if g.is_basic] == list(range(1, 10))
    assert [g.number for g in map(Grade, range(1, 13)) if g.is_secondary] == [10, 11, 12]


def test_o5_grades_and_courses_print_and_repr() -> None:
    assert repr(Grade(5)) == "Grade(5)"
    assert repr(VocationalCourse(3)) == "VocationalCourse(3)"
    assert eval(repr(Grade(5))) == Grade(5)
    assert str(Grade(12)) == "12. klase"
    assert str(VocationalCourse(1)) == "1. kurss"


@pytest.mark.parametrize("number", [0, 13, -1, True, 5.0, "5", None])
def test_o5_a_grade_is_1_to_12(number: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Grade(number)
    assert codes(caught.value) == [("$", "grade.number")]


@pytest.mark.parametrize("number", [0, 5, 12, False, 2.0, "2"])
def test_o5_a_vocational_course_is_1_to_4(number: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        VocationalCourse(number)
    assert codes(caught.value) == [("$", "vocational_course.number")]


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


@pytest.mark.parametrize(
    ("code", "flags", "expected"),
    [
        ("21011111", {"basic": False}, [("$.basic", "programme.flag_mismatch")]),
        ("21011111", {"general_secondary": True}, [("$.general_secondary", "programme.flag_mismatch")]),
        (
            "31011011",
            {},
            [("$.basic", "programme.flag_mismatch"), ("$.general_secondary", "programme.flag_mismatch")],
        ),
        ("21011111", {"vocational": True}, [("$.vocational", "programme.flag_mismatch")]),
        ("21015611", {}, [("$.special", "programme.flag_mismatch")]),
        (
            "31011011",
            {"basic": False, "general_secondary": True, "special": True},
            [("$.special", "programme.flag_mismatch")],
        ),
        ("11011111", {"special": True}, [("$.special", "programme.flag_mismatch")]),
    ],
)
def test_o4_flags_that_contradict_the_code_are_refused(
    code: str, flags: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        programme(code, **flags)
    assert codes(caught.value) == expected
    assert code not in str(caught.value)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"code": "2101111"}, [("$.code", "programme.code")]),
        ({"code": "210111111"}, [("$.code", "programme.code")]),
        ({"code": "2101111a"}, [("$.code", "programme.code")]),
        ({"code": "２１０１１１１１"}, [("$.code", "programme.code")]),
        ({"code": 21011111}, [("$.code", "programme.code")]),
        ({"title": ""}, [("$.title", "programme.title")]),
        ({"title": " Programma"}, [("$.title", "programme.title")]),
        ({"code": "33481011", "title": "", "vocational": True}, [("$.title", "programme.title")]),
        ({"title": None}, [("$.title", "programme.title")]),
        ({"basic": 1}, [("$.basic", "programme.flag")]),
        ({"minority": "false"}, [("$.minority", "programme.flag")]),
        ({"code": "x", "special": True}, [("$.code", "programme.code")]),
        (
            {"code": "21015611", "vocational": None, "special": None, "minority": 0},
            [("$.vocational", "programme.flag"), ("$.special", "programme.flag"), ("$.minority", "programme.flag")],
        ),
    ],
)
def test_o4_bad_programmes_are_refused_with_every_problem(
    fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    values: dict[str, Any] = {"code": "21011111"}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        programme(**values)
    assert codes(caught.value) == expected


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


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"registration_number": "421390047"}, [("$.registration_number", "institution.registration_number")]),
        ({"registration_number": "42139004730"}, [("$.registration_number", "institution.registration_number")]),
        ({"registration_number": 4213900473}, [("$.registration_number", "institution.registration_number")]),
        ({"registration_number": "4213900473\n"}, [("$.registration_number", "institution.registration_number")]),
        ({"name": ""}, [("$.name", "institution.name")]),
        ({"name": "x" * 501}, [("$.name", "institution.name")]),
        ({"founder": "state"}, [("$.founder", "institution.founder")]),
        ({"municipality": "Ludzas novads "}, [("$.municipality", "institution.municipality")]),
        ({"municipality": None}, [("$.municipality", "institution.municipality")]),
        ({"kind": "general"}, [("$.kind", "institution.kind")]),
        ({"programmes": [BASIC]}, [("$.programmes", "institution.programmes")]),
        (
            {"programmes": (BASIC, "21011111", SECONDARY, None)},
            [("$.programmes[1]", "institution.programmes"), ("$.programmes[3]", "institution.programmes")],
        ),
        (
            {"registration_number": "", "name": None, "founder": None, "municipality": "", "kind": None},
            [
                ("$.registration_number", "institution.registration_number"),
                ("$.name", "institution.name"),
                ("$.founder", "institution.founder"),
                ("$.municipality", "institution.municipality"),
                ("$.kind", "institution.kind"),
            ],
        ),
    ],
)
def test_o3_bad_institutions_are_refused_with_every_problem(
    fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        school(**fields)
    assert codes(caught.value) == expected
    number = fields.get("registration_number")
    if isinstance(number, str) and number:
        assert number.strip() not in str(caught.value)


# ---------------------------------------------------------------- O-5 learner counts


def test_o5_learner_counts_hold_grades_and_vocational_counts_hold_courses() -> None:
    general = LearnerCount(institution=SCHOOL, school_year=YEAR, learners=25, grade=Grade(5))
    vocational = VocationalLearnerCount(institution=SCHOOL, school_year=YEAR, learners=30, course=VocationalCourse(2))
    assert general.grade == Grade(5)
    assert vocational.course == VocationalCourse(2)
    assert LearnerCount(institution=SCHOOL, school_year=YEAR, learners=0).grade is None


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"institution": "42139"}, [("$.institution", "learner_count.institution")]),
        ({"school_year": 2016}, [("$.school_year", "learner_count.school_year")]),
        ({"learners": -1}, [("$.learners", "learner_count.learners")]),
        ({"learners": 2.0}, [("$.learners", "learner_count.learners")]),
        ({"learners": True}, [("$.learners", "learner_count.learners")]),
        ({"grade": VocationalCourse(1)}, [("$.grade", "learner_count.grade")]),
        ({"grade": 5}, [("$.grade", "learner_count.grade")]),
        (
            {"institution": None, "school_year": None, "learners": None, "grade": "5"},
            [
                ("$.institution", "learner_count.institution"),
                ("$.school_year", "learner_count.school_year"),
                ("$.learners", "learner_count.learners"),
                ("$.grade", "learner_count.grade"),
            ],
        ),
    ],
)
def test_o5_bad_learner_counts_are_refused(fields: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    values: dict[str, Any] = {"institution": SCHOOL, "school_year": YEAR, "learners": 10}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        LearnerCount(**values)
    assert codes(caught.value) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"institution": "4213900473 "}, [("$.institution", "vocational_learner_count.institution")]),
        ({"school_year": "2016./2017."}, [("$.school_year", "vocational_learner_count.school_year")]),
        ({"learners": -5}, [("$.learners", "vocational_learner_count.learners")]),
        ({"course": Grade(1)}, [("$.course", "vocational_learner_count.course")]),
    ],
)
def test_o5_bad_vocational_learner_counts_are_refused(fields: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    values: dict[str, Any] = {"institution": SCHOOL, "school_year": YEAR, "learners": 10}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        VocationalLearnerCount(**values)
    assert codes(caught.value) == expected


def general(learners: int, grade: int | None = None, *, institution: str = SCHOOL, year: int = 2016) -> LearnerCount:
    return LearnerCount(
        institution=institution,
        school_year=SchoolYear(year),
        learners=learners,
        grade=None if grade is None else Grade(grade),
    )


def vocational(
    learners: int, course: int | None = None, *, institution: str = SCHOOL, year: int = 2016
) -> VocationalLearnerCount:
    return VocationalLearnerCount(
        institution=institution,
        school_year=SchoolYear(year),
        learners=learners,
        course=None if course is None else VocationalCourse(course),
    )


Count = LearnerCount | VocationalLearnerCount


def test_o5_total_learners_sums_per_grade_counts_of_the_institution_and_year() -> None:
    counts: list[Count] = [
        general(20, 1),
        general(22, 2),
        general(99, 1, institution=OTHER_SCHOOL),
        general(99, 1, year=2017),
        vocational(99, 1, institution=OTHER_SCHOOL),
        vocational(99, year=2015),
    ]
    assert total_learners(counts, institution=SCHOOL, school_year=YEAR) == 42
    assert total_learners(iter(counts), institution=OTHER_SCHOOL, school_year=YEAR) == 198
    assert total_learners((), institution=SCHOOL, school_year=YEAR) == 0


def test_o5_total_learners_takes_a_whole_institution_count() -> None:
    assert total_learners([general(640)], institution=SCHOOL, school_year=YEAR) == 640


def test_o5_general_and_vocational_learners_are_added() -> None:
    counts: list[Count] = [general(300), vocational(40, 1), vocational(35, 2)]
    assert total_learners(counts, institution=SCHOOL, school_year=YEAR) == 375
    assert total_learners([general(300), vocational(75)], institution=SCHOOL, school_year=YEAR) == 375


def test_o5_a_mix_of_whole_and_per_grade_counts_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        total_learners([general(20, 1), general(640), general(22, 2)], institution=SCHOOL, school_year=YEAR)
    assert codes(caught.value) == [("$.counts[1]", "learners.mixed_whole_and_per_grade")]
    with pytest.raises(ValidationError) as caught:
        total_learners([vocational(70), general(5), vocational(40, 3)], institution=SCHOOL, school_year=YEAR)
    assert codes(caught.value) == [("$.counts[2]", "learners.mixed_whole_and_per_course")]


def test_o5_a_grade_or_whole_count_given_twice_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        total_learners(
            [general(20, 1), general(20, 1), general(300), vocational(1, 4), vocational(2, 4), vocational(9)],
            institution=SCHOOL,
            school_year=YEAR,
        )
    assert codes(caught.value) == [
        ("$.counts[1]", "learners.duplicate"),
        ("$.counts[2]", "learners.mixed_whole_and_per_grade"),
        ("$.counts[4]", "learners.duplicate"),
        ("$.counts[5]", "learners.mixed_whole_and_per_course"),
    ]
    with pytest.raises(ValidationError) as caught:
        total_learners([general(300), general(300)], institution=SCHOOL, school_year=YEAR)
    assert codes(caught.value) == [("$.counts[1]", "learners.duplicate")]


def test_o5_total_learners_refuses_bad_arguments_with_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        total_learners(5, institution="123", school_year=2016)  # type: ignore[arg-type]
    assert codes(caught.value) == [
        ("$.institution", "learners.institution"),
        ("$.school_year", "learners.school_year"),
        ("$.counts", "learners.counts"),
    ]
    with pytest.raises(ValidationError) as caught:
        total_learners([general(1), "12", Grade(3), general(2, 1)], institution=SCHOOL, school_year=YEAR)  # type: ignore[list-item]
    assert codes(caught.value) == [
        ("$.counts[1]", "learners.count_type"),
        ("$.counts[2]", "learners.count_type"),
        ("$.counts[3]", "learners.mixed_whole_and_per_grade"),
    ]
    assert "12" not in str(caught.value)


@given(st.lists(learner_counts(institution=SCHOOL, school_year=YEAR, per_grade=True), unique_by=lambda c: c.grade))
def test_o5_i4_totals_of_parts_add_up(counts: list[LearnerCount]) -> None:
    whole = total_learners(counts, institution=SCHOOL, school_year=YEAR)
    assert whole == sum(c.learners for c in counts)
    middle = len(counts) // 2
    parts = total_learners(counts[:middle], institution=SCHOOL, school_year=YEAR) + total_learners(
        counts[middle:], institution=SCHOOL, school_year=YEAR
    )
    assert parts == whole


def counts_from(items: list[LearnerCount | VocationalLearnerCount]) -> Iterator[LearnerCount | VocationalLearnerCount]:
    yield from items


@given(
    st.lists(
        vocational_learner_counts(institution=SCHOOL, per_course=True), unique_by=lambda c: (c.school_year, c.course)
    )
)
def test_o5_vocational_totals_count_only_the_asked_year(counts: list[VocationalLearnerCount]) -> None:
    for year in {c.school_year for c in counts}:
        expected = sum(c.learners for c in counts if c.school_year == year)
        assert total_learners(counts_from(list(counts)), institution=SCHOOL, school_year=year) == expected


# ---------------------------------------------------------------- serialization and strategies


@given(st.data())
def test_o3_o5_values_round_trip_through_json(data: st.DataObject) -> None:
    for cls, strategy in TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert structure(unstructure(value), cls) == value


def test_o5_a_grade_serializes_as_its_number() -> None:
    count = general(25, 5)
    assert unstructure(count) == {"institution": SCHOOL, "school_year": 2016, "learners": 25, "grade": 5}
    assert structure(5, Grade) == Grade(5)
    with pytest.raises(ValidationError):
        structure(13, Grade)


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
        max_programmes=2,
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
        lambda: institutions(max_programmes=-1),
        lambda: learner_counts(institution="42139"),
        lambda: learner_counts(school_year=loose(2016)),
        lambda: learner_counts(per_grade=loose("yes")),
        lambda: vocational_learner_counts(max_learners=-1),
    ],
)
def test_o3_o5_strategies_refuse_bad_arguments(make: Any) -> None:
    with pytest.raises(InvalidArgument):
        make()
