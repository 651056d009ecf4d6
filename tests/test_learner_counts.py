"""Grades, vocational courses and learner counts, and adding them up without double counting (O-5)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core import (
    SchoolYear,
    ValidationError,
    structure,
    unstructure,
)
from karjera_core.education import (
    MAX_LEARNERS,
    Grade,
    LearnerCount,
    VocationalCourse,
    VocationalLearnerCount,
    total_learners,
)
from karjera_core.strategies._education import (
    learner_counts,
    vocational_learner_counts,
)

SCHOOL = "4213900473"
OTHER_SCHOOL = "4219902694"
YEAR = SchoolYear(2016)


def loose(value: object) -> Any:
    """``value`` typed as Any, to hand a wrongly typed argument to a function under test."""
    return value


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


NUMBER = "expected a 10-digit registration number"


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


GRADE = "expected a grade of general education (O-5): an int (not a bool) from 1 to 12"
COURSE = "expected a course of vocational education (O-5): an int (not a bool) from 1 to 4"


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (0, "integer.range"),
        (13, "integer.range"),
        (-1, "integer.range"),
        (True, "integer.type"),
        (5.0, "integer.type"),
        ("5", "integer.type"),
        (None, "integer.type"),
    ],
)
def test_o5_a_grade_is_1_to_12(number: Any, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Grade(number)
    assert problems(caught.value) == [("$", code, GRADE)]
    assert [Grade(1).number, Grade(12).number] == [1, 12]


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (0, "integer.range"),
        (5, "integer.range"),
        (12, "integer.range"),
        (False, "integer.type"),
        (2.0, "integer.type"),
        ("2", "integer.type"),
    ],
)
def test_o5_a_vocational_course_is_1_to_4(number: Any, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        VocationalCourse(number)
    assert problems(caught.value) == [("$", code, COURSE)]
    assert [VocationalCourse(1).number, VocationalCourse(4).number] == [1, 4]


# ---------------------------------------------------------------- O-5 learner counts


def test_o5_learner_counts_hold_grades_and_vocational_counts_hold_courses() -> None:
    general = LearnerCount(institution=SCHOOL, school_year=YEAR, learners=25, grade=Grade(5))
    vocational = VocationalLearnerCount(institution=SCHOOL, school_year=YEAR, learners=30, course=VocationalCourse(2))
    assert general.grade == Grade(5)
    assert vocational.course == VocationalCourse(2)
    assert LearnerCount(institution=SCHOOL, school_year=YEAR, learners=0).grade is None


LEARNERS = "expected a number of learners: an int (not a bool) from 0 to 10000000"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"institution": "42139"}, [("$.institution", "text.format", NUMBER)]),
        ({"school_year": 2016}, [("$.school_year", "record.type", "expected a SchoolYear")]),
        ({"learners": -1}, [("$.learners", "integer.range", LEARNERS)]),
        ({"learners": 10**7 + 1}, [("$.learners", "integer.range", LEARNERS)]),
        ({"learners": 2.0}, [("$.learners", "integer.type", LEARNERS)]),
        ({"learners": True}, [("$.learners", "integer.type", LEARNERS)]),
        ({"grade": VocationalCourse(1)}, [("$.grade", "record.type", "expected a Grade")]),
        ({"grade": 5}, [("$.grade", "record.type", "expected a Grade")]),
        (
            {"institution": None, "school_year": None, "learners": None, "grade": "5"},
            [
                ("$.institution", "text.type", f"{NUMBER} as a str"),
                ("$.school_year", "record.type", "expected a SchoolYear"),
                ("$.learners", "integer.type", LEARNERS),
                ("$.grade", "record.type", "expected a Grade"),
            ],
        ),
    ],
)
def test_o5_bad_learner_counts_are_refused(fields: dict[str, Any], expected: list[tuple[str, str, str]]) -> None:
    values: dict[str, Any] = {"institution": SCHOOL, "school_year": YEAR, "learners": 10}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        LearnerCount(**values)
    assert problems(caught.value) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"institution": "4213900473 "}, [("$.institution", "text.too_long", f"{NUMBER} of at most 10 characters")]),
        ({"school_year": "2016./2017."}, [("$.school_year", "record.type", "expected a SchoolYear")]),
        ({"learners": -5}, [("$.learners", "integer.range", LEARNERS)]),
        ({"course": Grade(1)}, [("$.course", "record.type", "expected a VocationalCourse")]),
    ],
)
def test_o5_bad_vocational_learner_counts_are_refused(
    fields: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"institution": SCHOOL, "school_year": YEAR, "learners": 10}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        VocationalLearnerCount(**values)
    assert problems(caught.value) == expected


def test_o5_a_count_holds_zero_to_ten_million_learners() -> None:
    assert LearnerCount(institution=SCHOOL, school_year=YEAR, learners=0).learners == 0
    assert LearnerCount(institution=SCHOOL, school_year=YEAR, learners=MAX_LEARNERS).learners == 10**7


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


def duplicate(index: int, part: str) -> tuple[str, str, str]:
    return (
        f"$.counts[{index}]",
        "learners.duplicate",
        f"expected each {part} (and the whole institution) counted at most once: "
        "a second count would count learners twice (O-5)",
    )


def mixed(index: int, part: str) -> tuple[str, str, str]:
    return (
        f"$.counts[{index}]",
        f"learners.mixed_whole_and_per_{part}",
        f"expected either one whole-institution count or counts per {part} for the institution and school year, "
        "not both: they would count learners twice (O-5)",
    )


def test_o5_a_mix_of_whole_and_per_grade_counts_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        total_learners([general(20, 1), general(640), general(22, 2)], institution=SCHOOL, school_year=YEAR)
    assert problems(caught.value) == [mixed(1, "grade")]
    with pytest.raises(ValidationError) as caught:
        total_learners([vocational(70), general(5), vocational(40, 3)], institution=SCHOOL, school_year=YEAR)
    assert problems(caught.value) == [mixed(2, "course")]


def test_o5_a_grade_or_whole_count_given_twice_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        total_learners(
            [general(20, 1), general(20, 1), general(300), vocational(1, 4), vocational(2, 4), vocational(9)],
            institution=SCHOOL,
            school_year=YEAR,
        )
    assert problems(caught.value) == [
        duplicate(1, "grade"),
        mixed(2, "grade"),
        duplicate(4, "course"),
        mixed(5, "course"),
    ]
    with pytest.raises(ValidationError) as caught:
        total_learners([general(300), general(300)], institution=SCHOOL, school_year=YEAR)
    assert problems(caught.value) == [duplicate(1, "grade")]


def test_o5_double_counts_of_other_institutions_and_years_are_ignored() -> None:
    counts = [
        general(20, 1),
        general(20, 1, institution=OTHER_SCHOOL),
        general(20, 1, year=2017),
        general(300, year=2017),
    ]
    assert total_learners(counts, institution=SCHOOL, school_year=YEAR) == 20


def test_o5_the_problems_are_listed_by_position_whatever_the_kind() -> None:
    counts: list[Count] = [vocational(9), vocational(1, 2), general(1, 3), general(1, 3)]
    with pytest.raises(ValidationError) as caught:
        total_learners(counts, institution=SCHOOL, school_year=YEAR)
    assert problems(caught.value) == [mixed(1, "course"), duplicate(3, "grade")]


def test_o5_more_than_fifty_double_counts_are_counted_not_listed() -> None:
    with pytest.raises(ValidationError) as caught:
        total_learners([general(1)] * 60, institution=SCHOOL, school_year=YEAR)
    assert problems(caught.value) == [duplicate(index, "grade") for index in range(1, 51)]
    assert caught.value.omitted == {"learners.duplicate": 9}


COUNTS = "expected an iterable (not text) of items, each a LearnerCount or a VocationalLearnerCount"
COUNT = "expected a LearnerCount or a VocationalLearnerCount"


def test_o5_total_learners_refuses_bad_arguments_with_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        total_learners(loose(5), institution="123", school_year=loose(2016))
    assert problems(caught.value) == [
        ("$.counts", "array.type", COUNTS),
        ("$.institution", "text.format", NUMBER),
        ("$.school_year", "record.type", "expected a SchoolYear"),
    ]
    with pytest.raises(ValidationError) as caught:
        total_learners(loose([general(1), "12", Grade(3), general(2, 1)]), institution=SCHOOL, school_year=YEAR)
    assert problems(caught.value) == [("$.counts[1]", "record.type", COUNT), ("$.counts[2]", "record.type", COUNT)]
    assert "12" not in str(caught.value)
    for not_counts in ("4213900473", {"a": general(1)}, None, general(1)):
        with pytest.raises(ValidationError) as caught:
            total_learners(loose(not_counts), institution=loose(None), school_year=YEAR)
        assert problems(caught.value) == [
            ("$.counts", "array.type", COUNTS),
            ("$.institution", "text.type", f"{NUMBER} as a str"),
        ]


def test_o5_total_learners_takes_its_institution_and_year_by_keyword() -> None:
    with pytest.raises(TypeError):
        total_learners([general(1)], SCHOOL, YEAR)  # type: ignore[call-arg]


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


# ---------------------------------------------------------------- serialization


def test_o5_a_grade_serializes_as_its_number() -> None:
    count = general(25, 5)
    assert unstructure(count) == {"institution": SCHOOL, "school_year": 2016, "learners": 25, "grade": 5}
    assert structure(5, Grade) == Grade(5)
    assert structure(unstructure(count), LearnerCount) == count
    with pytest.raises(ValidationError) as caught:
        structure(13, Grade)
    assert problems(caught.value) == [("$", "integer.range", GRADE)]
    with pytest.raises(ValidationError) as caught:
        structure({"institution": SCHOOL, "school_year": 2016, "learners": "25", "grade": 0}, LearnerCount)
    assert problems(caught.value) == [
        ("$.learners", "type.integer", "expected an integer"),
        ("$.grade", "integer.range", GRADE),
    ]
