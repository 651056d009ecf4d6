"""Project numbers (rule F-2): the three Latvian forms, "Nr." before them, and numbers of other schemes refused.

Every refusal compares the whole problem list (path, code, message); every form round-trips through
its text and through JSON.  Real research-application numbers cited: "Nr.1.1.1.2/VIAA/3/19/482"
(https://lulfmi.lv/projekti/prozisti-padomju-okupacija) and "projekts Nr. 1.1.1.2/VIAA/4/20/744"
(https://du.lv/projektu-zinas/, the Daugavpils University post-doctoral project page).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import funding
from karjera_core.errors import ValidationError
from karjera_core.funding import CANONICAL_NUMBER, IMPLEMENTING_BODIES, ProjectNumber, Selection
from karjera_core.serialization import json_schema, structure, unstructure
from karjera_core.strategies._funding import project_numbers


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("8.3.5.0/16/I/001", "8.3.5.0/16/I/001"),
        ("8.3.4.0/16/1/001", "8.3.4.0/16/I/001"),
        ("9.2.2.2./16/I/001", "9.2.2.2/16/I/001"),
        ("4.2.2.3/1/24/I/001", "4.2.2.3/1/24/I/001"),
        (" 8.3.5.0/16/A/002\n", "8.3.5.0/16/A/002"),
        ("08.3.5.0/16/I/001", "8.3.5.0/16/I/001"),
    ],
)
def test_f2_numbers_normalise_to_the_canonical_form(text: str, canonical: str) -> None:
    number = ProjectNumber.parse(text)
    assert str(number) == canonical
    assert ProjectNumber.parse(canonical) == number
    assert structure(text, ProjectNumber) == number
    assert unstructure(number) == canonical


def test_f2_parts_of_a_2014_2020_number() -> None:
    number = ProjectNumber.parse("8.3.5.0/16/I/001")
    assert number.measure == (8, 3, 5, 0)
    assert number.selection_round is None
    assert number.year == 16
    assert number.selection_year == 2016
    assert number.selection is Selection.LIMITED
    assert number.sequence == 1
    assert number.measure_code == "8.3.5.0"
    assert number.specific_objective == "8.3.5"


def test_f2_parts_of_a_2021_2027_number() -> None:
    number = ProjectNumber.parse("4.2.2.3/1/24/I/001")
    assert number.measure == (4, 2, 2, 3)
    assert number.selection_round == 1
    assert number.selection_year == 2024
    assert number.specific_objective == "4.2.2"
    assert number == ProjectNumber(
        measure=(4, 2, 2, 3), selection_round=1, year=24, selection=Selection.LIMITED, sequence=1
    )


def test_f2_open_call_letter_a_is_read_as_assumed() -> None:
    assert ProjectNumber.parse("8.3.5.0/16/A/001").selection is Selection.OPEN


def test_f2_repr_is_evaluable() -> None:
    number = ProjectNumber.parse("4.2.2.3/1/24/I/001")
    assert repr(number) == "ProjectNumber.parse('4.2.2.3/1/24/I/001')"
    assert eval(repr(number), {"ProjectNumber": ProjectNumber}) == number


MEASURE = ("project_number.measure", "expected a measure of four dot-separated numbers, such as 8.3.5.0")
PARTS = (
    "project_number.parts",
    "expected measure/year/selection/sequence (8.3.5.0/16/I/001), measure/round/year/selection/sequence"
    " (4.2.2.3/1/24/I/001) or measure/body/round/year/sequence (1.1.1.2/VIAA/1/16/173)",
)
ROUND = ("project_number.round", "expected a selection round of one or two digits, not 0")
YEAR = ("project_number.year", "expected a selection year of two digits, such as 16")
SELECTION = (
    "project_number.selection",
    "expected the selection letter I (limited call; 1 is read as I) or A (open call)",
)
SEQUENCE = ("project_number.sequence", "expected a sequence number of three digits, such as 001")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8.3.5/16/I/001", [MEASURE]),
        ("8.3.5.0.1/16/I/001", [MEASURE]),
        ("0.3.5.0/16/I/001", [MEASURE]),
        ("8.3.x.0/16/I/001", [MEASURE]),
        ("8.3.5.0../16/I/001", [MEASURE]),
        ("8.3.123.0/16/I/001", [MEASURE]),
        ("8.3.5.0/16/001", [PARTS]),
        ("8.3.6.0", [PARTS]),
        ("", [PARTS]),
        ("8.3.5.0/16/I/001/002/003", [PARTS]),
        ("8.3.5.0/16/B/001", [SELECTION]),
        ("8.3.5.0/16/i/001", [SELECTION]),
        ("8.3.5.0/2016/I/001", [YEAR]),
        ("8.3.5.0/٣٣/I/001", [YEAR]),
        ("8.3.5.0/16/I/1", [SEQUENCE]),
        ("8.3.5.0/16/I/000", [SEQUENCE]),
        ("4.2.2.3/0/24/I/001", [ROUND]),
        ("4.2.2.3/x/24/I/001", [ROUND]),
        ("8.3.5/0/1/X/1", [MEASURE, ROUND, YEAR, SELECTION, SEQUENCE]),
        ("8" * 65, [("project_number.format", "expected a project number of at most 64 characters")]),
    ],
)
def test_f2_malformed_numbers_are_refused_with_every_problem(text: str, expected: list[tuple[str, str]]) -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber.parse(text)
    assert problems(error) == [("$", code, message) for code, message in expected]
    if text.strip():
        assert text.strip() not in str(error.value)
    with pytest.raises(ValidationError) as nested:
        structure(text, ProjectNumber)
    assert problems(nested) == problems(error)


@pytest.mark.parametrize("value", [12345, None, b"8.3.5.0/16/I/001", 8.3])
def test_f2_parse_refuses_what_is_not_text(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber.parse(untyped(value))
    assert problems(error) == [
        ("$", "project_number.type", "expected the project number as text, such as '8.3.5.0/16/I/001'")
    ]


@pytest.mark.parametrize("value", [12345, None, ["8.3.5.0/16/I/001"]])
def test_f2_a_number_in_json_is_a_string(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        structure(value, ProjectNumber)
    assert problems(error) == [("$", "type.string", "expected a string")]


def test_f2_constructor_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber(
            measure=untyped([8, 3, 5, 0]),
            selection_round=untyped(True),
            year=100,
            selection=untyped("I"),
            sequence=0,
        )
    assert problems(error) == [
        ("$.measure", "array.type", "expected a tuple of items, each a measure part"),
        ("$.selection_round", "integer.type", "expected a selection round: an int (not a bool) from 1 to 99"),
        ("$.year", "integer.range", "expected a two-digit selection year: an int (not a bool) from 0 to 99"),
        ("$.selection", "enum.type", "expected a Selection"),
        ("$.sequence", "integer.range", "expected a sequence number: an int (not a bool) from 1 to 999"),
    ]


PART = "expected a measure part: an int (not a bool) from 0 to 99"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"measure": (8, 3, 5)}, ("$.measure", "array.size", "expected 4 to 4 items")),
        ({"measure": (0, 3, 5, 0)}, ("$.measure[0]", MEASURE[0], "expected a measure whose first part is at least 1")),
        ({"measure": (8, 3, True, 0)}, ("$.measure[2]", "integer.type", PART)),
        ({"measure": (8, 3, 100, 0)}, ("$.measure[2]", "integer.range", PART)),
        (
            {"selection_round": 0},
            ("$.selection_round", "integer.range", "expected a selection round: an int (not a bool) from 1 to 99"),
        ),
        (
            {"year": "16"},
            ("$.year", "integer.type", "expected a two-digit selection year: an int (not a bool) from 0 to 99"),
        ),
        (
            {"sequence": 1.0},
            ("$.sequence", "integer.type", "expected a sequence number: an int (not a bool) from 1 to 999"),
        ),
    ],
)
def test_f2_constructor_refuses_one_bad_field(changes: dict[str, Any], expected: tuple[str, str, str]) -> None:
    values: dict[str, Any] = {"measure": (8, 3, 5, 0), "year": 16, "selection": Selection.LIMITED, "sequence": 1}
    values.update(changes)
    with pytest.raises(ValidationError) as error:
        ProjectNumber(**values)
    assert problems(error) == [expected]


def test_f2_the_first_measure_part_may_be_one_but_not_zero() -> None:
    assert ProjectNumber(measure=(1, 0, 0, 0), year=0, selection=Selection.OPEN, sequence=999).measure_code == "1.0.0.0"


@given(project_numbers())
def test_f2_canonical_text_parses_back_to_the_same_number(number: ProjectNumber) -> None:
    assert ProjectNumber.parse(str(number)) == number
    assert structure(unstructure(number), ProjectNumber) == number


@given(st.from_regex(funding._WRITTEN_NUMBER, fullmatch=True))
def test_f2_a_number_written_as_str_writes_it_reads_as_the_full_reading_does(text: str) -> None:
    # parse() reads such a text without looking for every problem; " " before it takes the full reading
    assert ProjectNumber.parse(text) == ProjectNumber.parse(f" {text}")
    assert str(ProjectNumber.parse(text)) == text


@given(project_numbers(with_round=True, min_selection_year=2021, max_selection_year=2027, selection=Selection.OPEN))
def test_f2_narrowed_numbers_respect_their_bounds(number: ProjectNumber) -> None:
    assert number.selection_round is not None
    assert 2021 <= number.selection_year <= 2027
    assert number.selection is Selection.OPEN


@given(project_numbers(with_round=False))
def test_f2_numbers_without_a_round(number: ProjectNumber) -> None:
    assert number.selection_round is None


# ---------------------------------------------------------------- the research-application form (F-2)

BODY = ("project_number.implementing_body", "expected the implementing body VIAA or LZP, in capitals")


def test_f2_contract_the_post_doctoral_number_is_read_and_written_back() -> None:
    number = ProjectNumber.parse("1.1.1.2/VIAA/1/16/173")
    assert str(number) == "1.1.1.2/VIAA/1/16/173"
    assert number == ProjectNumber(
        measure=(1, 1, 1, 2), implementing_body="VIAA", selection_round=1, year=16, sequence=173
    )
    assert number.measure_code == "1.1.1.2"
    assert number.specific_objective == "1.1.1"
    assert number.selection is None
    assert number.selection_year == 2016
    assert repr(number) == "ProjectNumber.parse('1.1.1.2/VIAA/1/16/173')"


def test_f2_contract_nr_before_a_number_is_the_same_number() -> None:
    assert ProjectNumber.parse("Nr.8.3.4.0/16/I/001") == ProjectNumber.parse("8.3.4.0/16/I/001")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Nr.8.3.4.0/16/I/001", "8.3.4.0/16/I/001"),
        ("Nr. 8.3.4.0/16/I/001", "8.3.4.0/16/I/001"),
        ("Nr 8.3.4.0/16/I/001", "8.3.4.0/16/I/001"),
        ("nr. 8.3.4.0/16/1/001", "8.3.4.0/16/I/001"),
        ("NR.4.2.2.3/1/24/I/001", "4.2.2.3/1/24/I/001"),
        ("№ 9.2.2.2./16/I/001", "9.2.2.2/16/I/001"),
        ("  Nr.1.1.1.2/VIAA/3/19/482 ", "1.1.1.2/VIAA/3/19/482"),  # lulfmi.lv writes it this way
        ("Nr. 1.1.1.2/VIAA/4/20/744", "1.1.1.2/VIAA/4/20/744"),  # du.lv
        ("№1.1.1.2/VIAA/2/18/282", "1.1.1.2/VIAA/2/18/282"),
        ("1.1.1.9/LZP/1/24/107", "1.1.1.9/LZP/1/24/107"),
        ("1.1.1.2./VIAA/1/16/001", "1.1.1.2/VIAA/1/16/001"),
    ],
)
def test_f2_written_forms_read_to_the_canonical_number(text: str, canonical: str) -> None:
    number = ProjectNumber.parse(text)
    assert str(number) == canonical
    assert ProjectNumber.parse(canonical) == number
    assert structure(text, ProjectNumber) == number
    assert unstructure(number) == canonical
    assert re.fullmatch(CANONICAL_NUMBER, canonical)


def scheme(what: str) -> tuple[str, str, str]:
    return (
        "$",
        "project_number.scheme",
        f"expected a Latvian EU-funds project number such as 8.3.5.0/16/I/001; this looks like {what}",
    )


ERASMUS = scheme("an Erasmus+ project number")
RECOVERY = scheme("a Recovery and Resilience Facility (Atveseļošanas fonds) number")
OLD_PERIOD = scheme("a 2007-2013 EU funds number")
INTERREG = scheme("an Interreg project code")
CONTRACT = scheme("a contract or agreement reference")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-1-LV01-KA121-ADU-000204150", [ERASMUS]),
        ("Nr. 2024-1-LV01-KA121-ADU-000204150", [ERASMUS]),
        ("2017-1-LV01-KA219-035424", [ERASMUS]),
        ("3.1.2.5.i.0/1/23/I/CFLA/001", [RECOVERY]),
        ("2.3.1.1.r/1/22/I/CFLA/001", [RECOVERY]),
        ("5.1.1.2.i.1/1/22/A/CFLA/003", [RECOVERY]),
        ("2009/0162/1DP/1.1.2.1.2/09/IPIA/VIAA/004", [OLD_PERIOD]),
        ("LLI-501", [INTERREG]),
        ("Est-Lat62", [INTERREG]),
        ("Līgums Nr. 8.3.4.0/16/I/001", [CONTRACT]),
        ("vienošanās Nr. 1.1.1.2/16/I/001", [CONTRACT]),
        ("1.1.1.2/viaa/1/16/173", [("$", *BODY)]),
        ("1.1.1.2/CFLB/1/16/173", [("$", *BODY)]),
        (
            "1.1.1/ABC/0/2016/1",
            [
                ("$", *MEASURE),
                ("$", *BODY),
                ("$", *ROUND),
                ("$", *YEAR),
                ("$", *SEQUENCE),
            ],
        ),
        ("1.1.1.2/VIAA/1/16/000", [("$", *SEQUENCE)]),
        ("Nr8.3.4.0/16/I/001", [("$", *MEASURE)]),
        ("Nr.", [("$", *PARTS)]),
        ("Nr. Nr. 8.3.4.0/16/I/001", [("$", *MEASURE)]),
        ("Projekts Nr. 8.3.4.0/16/I/001", [("$", *MEASURE)]),
        ("4.2.2.3/x/24/I/001", [("$", *ROUND)]),  # a letter in the round's place with a selection letter after
    ],
)
def test_f2_other_schemes_and_bad_forms_are_refused_saying_what_they_look_like(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber.parse(text)
    assert problems(error) == expected
    assert text.strip() not in str(error.value)
    with pytest.raises(ValidationError) as nested:
        structure(text, ProjectNumber)
    assert problems(nested) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            {"implementing_body": "VIAA", "selection_round": 1, "selection": Selection.LIMITED},
            [
                (
                    "$.selection",
                    "project_number.selection_with_body",
                    "expected no selection letter in a number with an implementing body",
                )
            ],
        ),
        (
            {"implementing_body": "LZP"},
            [
                (
                    "$.selection_round",
                    "project_number.round_missing",
                    "expected a selection round in a number with an implementing body",
                )
            ],
        ),
        (
            {"implementing_body": "LZP", "selection": Selection.OPEN},
            [
                (
                    "$.selection_round",
                    "project_number.round_missing",
                    "expected a selection round in a number with an implementing body",
                ),
                (
                    "$.selection",
                    "project_number.selection_with_body",
                    "expected no selection letter in a number with an implementing body",
                ),
            ],
        ),
        (
            {},
            [
                (
                    "$.selection",
                    "project_number.selection_missing",
                    "expected a selection (I or A) in a number without an implementing body",
                )
            ],
        ),
        (
            {"implementing_body": "viaa", "selection_round": 1},
            [("$.implementing_body", "text.choice", "expected an implementing body: VIAA or LZP")],
        ),
    ],
)
def test_f2_the_three_forms_do_not_mix(values: dict[str, Any], expected: list[tuple[str, str, str]]) -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber(measure=(1, 1, 1, 2), year=16, sequence=173, **values)
    assert problems(error) == expected


@pytest.mark.parametrize("body", IMPLEMENTING_BODIES)
def test_f2_every_implementing_body_round_trips(body: str) -> None:
    number = ProjectNumber(measure=(1, 1, 1, 9), implementing_body=body, selection_round=99, year=0, sequence=1)
    assert str(number) == f"1.1.1.9/{body}/99/00/001"
    assert ProjectNumber.parse(str(number)) == number
    assert structure(unstructure(number), ProjectNumber) == number


@given(project_numbers())
def test_f2_every_generated_number_s_text_is_canonical_and_parses_back(number: ProjectNumber) -> None:
    text = str(number)
    assert re.fullmatch(CANONICAL_NUMBER, text)
    assert ProjectNumber.parse(text) == number
    assert ProjectNumber.parse(f"Nr. {text}") == number
    assert structure(unstructure(number), ProjectNumber) == number
    assert unstructure(number) == text
    assert (number.implementing_body is None) == (number.selection is not None)


@given(project_numbers(with_body=True, min_selection_year=2016, max_selection_year=2020))
def test_f2_research_application_numbers(number: ProjectNumber) -> None:
    assert number.implementing_body in IMPLEMENTING_BODIES
    assert number.selection is None
    assert number.selection_round is not None
    assert 2016 <= number.selection_year <= 2020


@given(project_numbers(with_body=False))
def test_f2_numbers_without_a_body(number: ProjectNumber) -> None:
    assert number.implementing_body is None
    assert number.selection is not None


@pytest.mark.parametrize(
    "text",
    [
        "8.3.5.0/16/I/001",
        "1.1.1.2/VIAA/1/16/173",
        "4.2.2.3/1/24/I/001",
        "99.99.99.99/99/99/A/999",
        "8.3.5.0/16/1/001",
        "08.3.5.0/16/I/001",
        "1.1.1.2/VIAA/0/16/173",
        "1.1.1.2/VIAA/1/16/000",
        "1.1.1.2/VIAA/16/I/001",
        "1.1.1.2/viaa/1/16/173",
        "Nr.8.3.4.0/16/I/001",
    ],
)
def test_f2_the_canonical_pattern_is_exactly_what_str_writes(text: str) -> None:
    try:
        canonical = str(ProjectNumber.parse(text)) == text
    except ValidationError:
        canonical = False
    assert bool(re.fullmatch(CANONICAL_NUMBER, text)) == canonical


def test_f2_json_schema_of_a_number_is_its_text() -> None:
    schema = json_schema(ProjectNumber)
    assert schema["$defs"]["ProjectNumber"]["type"] == "string"


@pytest.mark.parametrize(
    "build",
    [
        lambda: project_numbers(with_body=untyped(1)),
        lambda: project_numbers(with_body=True, with_round=False),
        lambda: project_numbers(with_body=True, selection=Selection.LIMITED),
    ],
)
def test_f2_number_strategy_refuses_bad_arguments(build: Any) -> None:
    with pytest.raises(InvalidArgument):
        build()
