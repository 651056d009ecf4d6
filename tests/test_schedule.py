"""Dated rule tables (issue #10): one Schedule type, steps in strictly increasing order, each with its source."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.schedule import Regulation, Schedule, Source, Step, schedule
from karjera_core.serialization import json_schema, structure, unstructure
from karjera_core.strategies._schedule import schedules, sources, steps
from karjera_core.strategies._time import date_ranges, school_years
from karjera_core.time import LAST_DAY, DateRange, SchoolYear

DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
ORDER = "expected each step to start after the one before"
BEFORE_START = ("$.on", "schedule.before_start", "expected a day on or after the first step of the schedule")
ONE_DAY = timedelta(days=1)
MK_359 = Regulation(number=359, adopted=date(2016, 6, 7))
SEED = Source(citation="[000]")
LAW = Source(citation=str(MK_359), regulation=MK_359)

Problems = list[tuple[str, str, str]]


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def refused(call: Callable[[], object], expected: Problems) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == expected
    return caught.value


def step(start: str, year: int, source: Source = SEED) -> Step[SchoolYear]:
    return Step(start=date.fromisoformat(start), value=SchoolYear(year), source=source)


#: Three steps: from 2017-01-01, from 2020-01-01 (under MK 359), from 2024-09-01.
TABLE: Schedule[SchoolYear] = Schedule(
    steps=(step("2017-01-01", 2016), step("2020-01-01", 2019, LAW), step("2024-09-01", 2024))
)


# ------------------------------------------------------------ Regulation and Source


def test_a_regulation_is_named_by_its_number_and_day() -> None:
    assert str(MK_359) == "MK noteikumi Nr. 359 (2016-06-07)"
    assert MK_359.title is None
    titled = Regulation(number=1, adopted=date(2016, 1, 1), title="Darbības programmas īstenošanas noteikumi")
    assert titled.title == "Darbības programmas īstenošanas noteikumi"


def test_a_regulation_checks_every_field() -> None:
    refused(
        lambda: Regulation(number=untyped("359"), adopted=untyped("2016-06-07"), title=" x"),
        [
            ("$.number", "integer.type", "expected a regulation number: an int (not a bool) from 1 to 99999"),
            ("$.adopted", "date.type", DAY),
            ("$.title", "text.whitespace", "expected a title without spaces at either end"),
        ],
    )
    refused(
        lambda: Regulation(number=100_000, adopted=date(1899, 12, 31)),
        [
            ("$.number", "integer.range", "expected a regulation number: an int (not a bool) from 1 to 99999"),
            ("$.adopted", "date.range", DAY),
        ],
    )
    assert Regulation(number=1, adopted=date(1900, 1, 1)).number == 1
    assert Regulation(number=99_999, adopted=LAST_DAY).number == 99_999


def test_a_source_names_a_citation_and_maybe_a_regulation() -> None:
    assert LAW.regulation == MK_359
    assert SEED.regulation is None
    refused(
        lambda: Source(citation="", regulation=untyped(359)),
        [
            ("$.citation", "text.blank", "expected a citation that is not blank"),
            ("$.regulation", "record.type", "expected a Regulation"),
        ],
    )


def test_p7_a_source_refuses_personal_codes() -> None:
    with pytest.raises(PersonalDataRejected):
        Source(citation="iesniegums 161175 19997")


# ------------------------------------------------------------ Step and Schedule


def test_a_step_holds_a_record_from_its_first_day_with_its_source() -> None:
    found = step("2020-01-01", 2019, LAW)
    assert (found.start, found.value, found.source) == (date(2020, 1, 1), SchoolYear(2019), LAW)
    refused(
        lambda: Step(start=untyped(None), value=untyped(5), source=untyped("[000]")),
        [
            ("$.start", "date.type", DAY),
            ("$.value", "record.type", "expected a record of the library"),
            ("$.source", "record.type", "expected a Source"),
        ],
    )


def test_a_schedule_has_one_to_a_thousand_steps() -> None:
    assert len(Schedule(steps=(step("2020-01-01", 2019),))) == 1
    refused(lambda: Schedule(steps=()), [("$.steps", "array.size", "expected 1 to 1000 items")])
    many = tuple(Step(start=date(2000, 1, 1) + i * ONE_DAY, value=SchoolYear(2000), source=SEED) for i in range(1001))
    assert len(Schedule(steps=many[:1000])) == 1000
    refused(lambda: Schedule(steps=many), [("$.steps", "array.size", "expected 1 to 1000 items")])


def test_a_schedule_s_steps_must_be_steps() -> None:
    refused(
        lambda: Schedule(steps=untyped([step("2020-01-01", 2019)])),
        [("$.steps", "array.type", "expected a tuple of items, each a Step")],
    )
    refused(
        lambda: Schedule(steps=untyped((step("2020-01-01", 2019), SchoolYear(2020)))),
        [("$.steps[1]", "record.type", "expected a Step")],
    )


def test_steps_out_of_order_are_refused_never_sorted() -> None:
    refused(
        lambda: Schedule(steps=(step("2020-01-01", 2019), step("2019-12-31", 2018))),
        [("$.steps[1].start", "schedule.order", ORDER)],
    )
    refused(  # the same day twice
        lambda: Schedule(steps=(step("2020-01-01", 2019), step("2020-01-01", 2018))),
        [("$.steps[1].start", "schedule.order", ORDER)],
    )
    refused(  # every step out of order is reported
        lambda: Schedule(
            steps=(
                step("2020-01-01", 2019),
                step("2019-01-01", 2018),
                step("2021-01-01", 2020),
                step("2021-01-01", 2021),
            )
        ),
        [("$.steps[1].start", "schedule.order", ORDER), ("$.steps[3].start", "schedule.order", ORDER)],
    )
    assert Schedule(steps=(step("2020-01-01", 2019), step("2020-01-02", 2018))).start == date(2020, 1, 1)


@pytest.mark.parametrize(
    ("on", "value"),
    [
        ("2017-01-01", 2016),  # the first step's first day
        ("2019-12-31", 2016),  # the day before the second step
        ("2020-01-01", 2019),  # the second step's first day
        ("2020-01-02", 2019),
        ("2024-08-31", 2019),  # the day before the last step
        ("2024-09-01", 2024),  # the last step's first day
        ("2199-12-31", 2024),  # the library's last day
    ],
)
def test_the_value_in_force_on_a_day(on: str, value: int) -> None:
    day = date.fromisoformat(on)
    assert TABLE.in_force(on=day)
    assert TABLE.value_on(on=day) == SchoolYear(value)
    assert TABLE.step_on(on=day).value == SchoolYear(value)
    assert TABLE.step_on(on=day).start <= day


def test_the_step_names_its_source() -> None:
    assert TABLE.step_on(on=date(2020, 1, 1)).source == LAW
    assert TABLE.step_on(on=date(2019, 12, 31)).source == SEED


@pytest.mark.parametrize("on", [date(2016, 12, 31), date(1900, 1, 1)])
def test_a_day_before_the_first_step_has_no_value(on: date) -> None:
    assert not TABLE.in_force(on=on)
    refused(lambda: TABLE.value_on(on=on), [BEFORE_START])
    refused(lambda: TABLE.step_on(on=on), [BEFORE_START])


@pytest.mark.parametrize(
    ("on", "code"),
    [
        (None, "date.type"),
        ("2020-01-01", "date.type"),
        (datetime(2020, 1, 1), "date.type"),
        (20200101, "date.type"),
        (date(1899, 12, 31), "date.range"),
        (date(2200, 1, 1), "date.range"),
    ],
)
def test_a_bad_on_is_a_validation_error_at_its_path(on: object, code: str) -> None:
    for ask in (TABLE.value_on, TABLE.step_on, TABLE.in_force):
        refused(partial(ask, on=untyped(on)), [("$.on", code, DAY)])


@pytest.mark.parametrize("name", ["value_on", "step_on", "in_force"])
def test_on_is_keyword_only(name: str) -> None:
    with pytest.raises(TypeError):
        untyped(getattr(TABLE, name))(date(2020, 1, 1))


def test_a_schedule_iterates_its_steps() -> None:
    assert list(TABLE) == list(TABLE.steps)
    assert len(TABLE) == 3
    assert TABLE.start == date(2017, 1, 1)


# ------------------------------------------------------------ the compact helper


def test_schedule_builds_a_table_from_triples() -> None:
    built = schedule((date(2017, 1, 1), SchoolYear(2016), SEED), (date(2020, 1, 1), SchoolYear(2019), LAW))
    assert built == Schedule(steps=TABLE.steps[:2])


@pytest.mark.parametrize(
    ("triples", "expected"),
    [
        ((), [("$.steps", "array.size", "expected 1 to 1000 items")]),
        ((5,), [("$.steps[0]", "schedule.step", "expected a (start, value, source) triple")]),
        (
            ((date(2020, 1, 1), SchoolYear(2019)),),
            [("$.steps[0]", "schedule.step", "expected a (start, value, source) triple")],
        ),
        (
            ((date(2020, 1, 1), 5, "x"), (None, SchoolYear(2019), SEED), [date(2020, 1, 1), SchoolYear(2019), SEED]),
            [
                ("$.steps[0].value", "record.type", "expected a record of the library"),
                ("$.steps[0].source", "record.type", "expected a Source"),
                ("$.steps[1].start", "date.type", DAY),
                ("$.steps[2]", "schedule.step", "expected a (start, value, source) triple"),
            ],
        ),
        (
            ((date(2020, 1, 1), SchoolYear(2019), SEED), (date(2020, 1, 1), SchoolYear(2019), SEED)),
            [("$.steps[1].start", "schedule.order", ORDER)],
        ),
    ],
)
def test_schedule_reports_every_bad_triple(triples: tuple[Any, ...], expected: Problems) -> None:
    refused(lambda: schedule(*triples), expected)


def test_schedule_never_echoes_a_refused_value() -> None:
    error = refused(
        lambda: schedule((date(2020, 1, 1), untyped("161175-19997"), SEED)),
        [("$.steps[0].value", "record.type", "expected a record of the library")],
    )
    assert "161175" not in str(error)


# ------------------------------------------------------------ JSON: a generic record, specialised


def test_a_schedule_of_school_years_is_written_as_plain_json() -> None:
    data = unstructure(TABLE)
    assert data["steps"][1] == {
        "start": "2020-01-01",
        "value": 2019,
        "source": {
            "citation": "MK noteikumi Nr. 359 (2016-06-07)",
            "regulation": {"number": 359, "adopted": "2016-06-07", "title": None},
        },
    }
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert structure(data, Schedule[SchoolYear]) == TABLE


def test_structure_of_a_schedule_checks_its_order_and_its_values_type() -> None:
    data = unstructure(TABLE)
    data["steps"][2]["start"] = "2019-12-31"
    data["steps"][0]["value"] = "2016"
    refused(
        lambda: structure(data, Schedule[SchoolYear]),
        [("$.steps[0].value", "type.integer", "expected an integer")],
    )
    data["steps"][0]["value"] = 2016
    refused(lambda: structure(data, Schedule[SchoolYear]), [("$.steps[2].start", "schedule.order", ORDER)])
    refused(
        lambda: structure(unstructure(TABLE), Schedule[DateRange]),
        [(f"$.steps[{i}].value", "type.object", "expected an object") for i in range(3)],
    )


def test_structure_of_an_unspecialised_schedule_asks_for_its_parameter() -> None:
    refused(
        lambda: structure(unstructure(TABLE), Schedule),
        [
            (
                f"$.steps[{i}].value",
                "structure.type",
                "expected the type's parameter, as in structure(data, Schedule[X])",
            )
            for i in range(3)
        ],
    )


def test_structure_of_a_schedule_of_an_undeclared_type_is_refused() -> None:
    unknown = (
        "$",
        "structure.type",
        "expected a public karjera_core type, date, bool, str, int or Decimal, X | None, tuple[X, ...] or "
        "dict[str, X] of them, or an attrs class or TypedDict of your own whose fields are of these types",
    )
    refused(lambda: structure(unstructure(TABLE), Schedule[int]), [unknown])
    refused(lambda: json_schema(Schedule[int]), [unknown])


def test_a_specialised_schedule_s_schema() -> None:
    schema = json_schema(Schedule[SchoolYear])
    assert schema["$ref"] == "#/$defs/Schedule_SchoolYear"
    assert sorted(schema["$defs"]) == ["Regulation", "Schedule_SchoolYear", "SchoolYear", "Source", "Step_SchoolYear"]
    steps_schema = schema["$defs"]["Schedule_SchoolYear"]["properties"]["steps"]
    assert (steps_schema["minItems"], steps_schema["maxItems"]) == (1, 1000)
    assert schema["$defs"]["Step_SchoolYear"]["properties"]["value"] == {"$ref": "#/$defs/SchoolYear"}
    Draft202012Validator.check_schema(schema)
    Draft202012Validator(schema).validate(unstructure(TABLE))
    assert not Draft202012Validator(schema).is_valid({"steps": []})


SCHOOL_YEARS_SCHEMA = Draft202012Validator(json_schema(Schedule[SchoolYear]))
PERIODS_SCHEMA = Draft202012Validator(json_schema(Schedule[DateRange]))
SOURCE_SCHEMA = Draft202012Validator(json_schema(Source))


@given(table=schedules(school_years()))
def test_every_schedule_of_school_years_round_trips_and_fits_its_schema(table: Schedule[SchoolYear]) -> None:
    data = unstructure(table)
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert structure(data, Schedule[SchoolYear]) == table
    SCHOOL_YEARS_SCHEMA.validate(data)


@given(table=schedules(date_ranges(), max_size=3))
def test_every_schedule_of_periods_round_trips_and_fits_its_schema(table: Schedule[DateRange]) -> None:
    data = unstructure(table)
    assert structure(data, Schedule[DateRange]) == table
    PERIODS_SCHEMA.validate(data)


@given(found=steps(school_years()), source=sources())
def test_every_step_and_source_round_trips(found: Step[SchoolYear], source: Source) -> None:
    assert structure(unstructure(found), Step[SchoolYear]) == found
    assert structure(unstructure(source), Source) == source
    SOURCE_SCHEMA.validate(unstructure(source))


# ------------------------------------------------------------ strategies


@given(table=st.from_type(Schedule[SchoolYear]), one=st.from_type(Step[DateRange]), default=st.from_type(Schedule))
def test_strategy_from_type_of_a_specialised_schedule(
    table: Schedule[SchoolYear], one: Step[DateRange], default: Schedule[Any]
) -> None:
    assert all(type(s.value) is SchoolYear for s in table)
    assert type(one.value) is DateRange
    assert all(type(s.value) is SchoolYear for s in default)


@given(
    table=schedules(
        school_years(), min_size=3, max_size=3, within=DateRange(start=date(2020, 1, 1), end=date(2020, 1, 3))
    )
)
def test_strategy_schedules_bounds(table: Schedule[SchoolYear]) -> None:
    assert [s.start for s in table] == [date(2020, 1, 1), date(2020, 1, 2), date(2020, 1, 3)]


@pytest.mark.parametrize(
    "make",
    [
        lambda: schedules(untyped(SchoolYear)),
        lambda: steps(untyped(None)),
        lambda: schedules(school_years(), min_size=0),
        lambda: schedules(school_years(), max_size=1001),
        lambda: schedules(school_years(), min_size=untyped(True)),
        lambda: schedules(school_years(), min_size=3, max_size=2),
        lambda: schedules(school_years(), min_size=3, within=DateRange(start=date(2020, 1, 1), end=date(2020, 1, 2))),
        lambda: steps(school_years(), within=untyped(datetime(2020, 1, 1))),
    ],
)
def test_strategy_arguments_are_checked(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        make()


def test_a_source_citation_holds_up_to_500_characters() -> None:
    # Every dated rule names its source (the brief's rule ids cite it, e.g. C-4's [000]): a citation is a name
    # of at most 500 characters, the 500th accepted and the 501st refused with its path.
    assert Source(citation="a" * 500).citation == "a" * 500
    with pytest.raises(ValidationError) as err:
        Source(citation="a" * 501)
    assert [(p.path, p.code, p.message) for p in err.value.problems] == [
        ("$.citation", "text.too_long", "expected a citation of at most 500 characters")
    ]
