"""The [003] catalogue: the eleven ESF+ results of project 4.2.2.3/1/24/I/001 (I-5), with I-1, I-2, I-3, O-2 and T-7."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

import karjera_core
import karjera_core.examples
import karjera_core.reference
from karjera_core import json_schema, structure, unstructure
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.indicators import Counting, Fact, FactKind, Indicator, Measure, Report, Status
from karjera_core.organisations import municipalities_on
from karjera_core.programmes import teacher_support as ts
from karjera_core.programmes.teacher_support import activities, evaluation, examples, parameters

# The verbs facts() and indicators() shadow their modules' names in the package: reach the modules by path.
facts_module = importlib.import_module("karjera_core.programmes.teacher_support.builders")
indicators_module = importlib.import_module("karjera_core.programmes.teacher_support.catalogue")

D = date
CODES = ts.CODES
FULL_TARGETS = ts.TeacherSupportTargets.published(item4=16, item10=Decimal("0.2"), item11=1)
CATALOGUE = ts.indicators(FULL_TARGETS)
INSTITUTIONS = examples.INSTITUTIONS
ITEM1_NAMES = CATALOGUE[0].population
DATE_MESSAGE = "expected a date (datetime.date, not datetime) in the years 1900-2199"
INSTITUTION_MESSAGE = "expected an institution's registration number of 10 digits (O-3)"
MODULES = (ts, parameters, activities, facts_module, indicators_module, evaluation, examples)


def problems_of(call: Callable[[], object]) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as error:
        call()
    return [(p.path, p.code, p.message) for p in error.value.problems]


def evaluate(found: Iterable[Fact], *, as_of: date, catalogue: tuple[Indicator, ...] = CATALOGUE) -> Report:
    return ts.evaluate(catalogue, found, as_of=as_of)


# ---------------------------------------------------------------- the catalogue (I-5, I-1)


def test_i5_catalogue_has_the_eleven_results_in_the_seed_order() -> None:
    assert [ind.code for ind in CATALOGUE] == [f"4.2.2.3-R{item}" for item in range(1, 12)]
    assert [ind.deadline for ind in CATALOGUE] == [
        D(2025, 8, 31),
        D(2025, 8, 31),
        D(2025, 8, 31),
        None,
        D(2025, 8, 31),
        D(2026, 3, 31),
        D(2026, 6, 30),
        D(2026, 8, 31),
        D(2026, 12, 31),
        None,
        None,
    ]
    assert [ind.measure for ind in CATALOGUE] == [
        Measure.SHARE,
        Measure.SHARE,
        Measure.MILESTONE,
        Measure.COUNT,
        *[Measure.MILESTONE] * 5,
        Measure.SHARE,
        Measure.COUNT,
    ]
    assert [ind.target for ind in CATALOGUE] == [
        Decimal("0.9"),
        Decimal("0.2"),
        Decimal(1),
        Decimal(16),
        *[Decimal(1)] * 5,
        Decimal("0.2"),
        Decimal(1),
    ]
    assert [ind.counting for ind in CATALOGUE] == [Counting.DISTINCT] * 9 + [Counting.EVERY_YEAR, Counting.IMPROVED]
    assert [ind.population for ind in CATALOGUE[2:9] if ind.measure is Measure.MILESTONE] == [
        ts.ITEM_COMPONENTS[item] for item in (3, 5, 6, 7, 8, 9)
    ]
    assert [(ind.title_lv, ind.title_en) for ind in CATALOGUE] == [ts.TITLES[item] for item in range(1, 12)]
    assert CATALOGUE[2].title_lv == "Līdz 2025.gada 31.augustam uzsāktas mācības metodiķu un didaktiķu sagatavošanai"


def test_i5_catalogue_belongs_to_the_project_of_the_seed() -> None:
    assert ts.PROJECT_NUMBER == "4.2.2.3/1/24/I/001" == str(ts.TEACHER_SUPPORT_2024.number)
    assert karjera_core.DateRange(start=D(2024, 10, 1), end=D(2029, 12, 31)) == ts.PROJECT_PERIOD
    assert all(ind.project == ts.PROJECT_NUMBER and ind.period == ts.PROJECT_PERIOD for ind in CATALOGUE)
    assert karjera_core.reference.TEACHER_SUPPORT_2024 is ts.TEACHER_SUPPORT_2024


def test_i1_published_targets_are_the_seeds_and_leave_out_the_items_without_one() -> None:
    published = ts.PUBLISHED_TARGETS
    assert (published.item1, published.item2, published.item4, published.item10, published.item11) == (
        Decimal("0.9"),
        Decimal("0.2"),
        None,
        None,
        None,
    )
    catalogue = ts.indicators(published)
    assert [ind.code for ind in catalogue] == [CODES[item] for item in (1, 2, 3, 5, 6, 7, 8, 9)]
    assert catalogue == tuple(ind for ind in CATALOGUE if ind.code not in (CODES[4], CODES[10], CODES[11]))


@pytest.mark.parametrize(("left_out", "codes"), [("item4", [4]), ("item10", [10]), ("item11", [11])])
def test_i1_an_item_without_a_target_is_left_out_only_when_the_caller_says_so(left_out: str, codes: list[int]) -> None:
    chosen: dict[str, Any] = {"item4": 16, "item10": Decimal("0.2"), "item11": 1, left_out: None}
    built = ts.indicators(ts.TeacherSupportTargets.published(**chosen))
    assert [ind.code for ind in built] == [CODES[item] for item in range(1, 12) if item not in codes]


def test_i1_the_targets_without_a_published_value_have_no_default() -> None:
    # Every field and every argument of published() is required: no silent placeholder (issue #11).
    with pytest.raises(TypeError):
        ts.TeacherSupportTargets.published(item4=16, item10=None)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ts.TeacherSupportTargets(item1=Decimal("0.9"), item2=Decimal("0.2"))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ts.indicators()  # type: ignore[call-arg]
    signature = inspect.signature(ts.TeacherSupportTargets)
    assert all(p.default is inspect.Parameter.empty for p in signature.parameters.values())


def test_i5_targets_are_one_parameter_object() -> None:
    targets = ts.TeacherSupportTargets(
        item1=Decimal("0.95"), item2=Decimal("0.25"), item4=40, item10=Decimal("0.5"), item11=60
    )
    built = ts.indicators(targets, institutions_total=610)
    assert [built[i].target for i in (0, 1, 3, 9, 10)] == [
        Decimal("0.95"),
        Decimal("0.25"),
        Decimal(40),
        Decimal("0.5"),
        Decimal(60),
    ]
    assert (built[1].denominator, built[9].denominator) == (610, 610)
    assert ts.indicators(FULL_TARGETS, municipalities=iter(["A", "B"]))[0].population == ("A", "B")
    assert structure(unstructure(targets), ts.TeacherSupportTargets) == targets
    assert unstructure(ts.PUBLISHED_TARGETS) == {
        "item1": "0.9",
        "item2": "0.2",
        "item4": None,
        "item10": None,
        "item11": None,
    }


def test_i1_bad_targets_are_every_one_reported() -> None:
    share = "as a finite Decimal with at most 4 decimal places, above 0 and at most 1"
    assert problems_of(
        lambda: ts.TeacherSupportTargets(
            item1=Decimal(0),
            item2="0.2",  # type: ignore[arg-type]
            item4=0,
            item10=Decimal("0.12345"),
            item11=True,
        )
    ) == [
        ("$.item1", "decimal.range", f"expected a share of municipalities {share}"),
        ("$.item2", "decimal.type", f"expected a share of education institutions {share}"),
        (
            "$.item4",
            "integer.range",
            "expected None (no target) or a number of materials: an int (not a bool) from 1 to 1000000",
        ),
        ("$.item10", "decimal.range", f"expected None (no target) or a share of education institutions {share}"),
        (
            "$.item11",
            "integer.type",
            "expected None (no target) or a number of institutions: an int (not a bool) from 1 to 1000000",
        ),
    ]
    assert problems_of(lambda: ts.TeacherSupportTargets.published(item4=None, item10=Decimal(2), item11=None)) == [
        ("$.item10", "decimal.range", f"expected None (no target) or a share of education institutions {share}"),
    ]
    assert problems_of(
        lambda: structure({"item1": "0.9", "item2": "0.2", "item4": "16", "item10": None}, ts.TeacherSupportTargets)
    ) == [
        ("$.item4", "type.integer", "expected an integer"),
        ("$.item11", "object.missing_key", "expected this key"),
    ]


def test_i1_the_json_schema_of_the_targets_accepts_their_json() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema(ts.TeacherSupportTargets)
    jsonschema.validate(unstructure(FULL_TARGETS), schema)
    jsonschema.validate(unstructure(ts.PUBLISHED_TARGETS), schema)


def test_i5_indicators_refuses_wrong_arguments_at_their_paths() -> None:
    assert problems_of(lambda: ts.indicators(None)) == [  # type: ignore[arg-type]
        ("$.targets", "record.type", "expected a TeacherSupportTargets"),
    ]
    assert problems_of(lambda: ts.indicators(FULL_TARGETS, institutions_total=0)) == [
        (
            "$.institutions_total",
            "integer.range",
            "expected a number of education institutions: an int (not a bool) from 1 to 1000000",
        ),
    ]
    assert problems_of(lambda: ts.indicators(FULL_TARGETS, institutions_total=True, municipalities="Rīga")) == [
        (
            "$.institutions_total",
            "integer.type",
            "expected a number of education institutions: an int (not a bool) from 1 to 1000000",
        ),
        ("$.municipalities", "array.type", "expected an iterable (not text) of items, each a municipality's name"),
    ]
    assert problems_of(lambda: ts.indicators(FULL_TARGETS, municipalities=["Rīga", 5, " Cēsis"])) == [  # type: ignore[list-item]
        ("$.municipalities[1]", "text.type", "expected a municipality's name as a str"),
        ("$.municipalities[2]", "text.whitespace", "expected a municipality's name without spaces at either end"),
    ]
    assert problems_of(lambda: ts.indicators(FULL_TARGETS, municipalities=["A", "B", "A", "B"])) == [
        ("$.municipalities[2]", "teacher_support.municipality_duplicate", "expected each municipality once"),
        ("$.municipalities[3]", "teacher_support.municipality_duplicate", "expected each municipality once"),
    ]
    assert problems_of(lambda: ts.indicators(FULL_TARGETS, municipalities=())) == [
        ("$.municipalities", "teacher_support.municipalities_empty", "expected at least one municipality"),
    ]


# ---------------------------------------------------------------- item 1: municipalities in force on the deadline (O-2)


def test_o2_item1_denominator_is_the_municipalities_in_force_on_its_deadline() -> None:
    on_deadline = tuple(m.name for m in municipalities_on(on=D(2025, 8, 31)))
    assert on_deadline == ITEM1_NAMES
    assert len(ITEM1_NAMES) == 42
    # Varakļāni was in force when the project started and merged into Madona on 2025-07-01: not in the denominator.
    assert "Varakļānu novads" in {m.name for m in municipalities_on(on=D(2024, 10, 1))}
    assert "Varakļānu novads" not in ITEM1_NAMES
    assert "Madonas novads" in ITEM1_NAMES


def item1_facts(last_day: date, *, count: int = 38) -> list[Fact]:
    """Training in ``count`` of the 42 municipalities, all on 2025-01-01 except the last one, on ``last_day``."""
    made = [ts.specialists_training_started(name, on=D(2025, 1, 1)) for name in ITEM1_NAMES[: count - 1]]
    made.append(ts.specialists_training_started(ITEM1_NAMES[count - 1], on=last_day))
    return made


def test_o2_item1_is_met_when_38_of_the_42_municipalities_started_by_the_deadline() -> None:
    found = item1_facts(D(2025, 8, 31))
    found.append(ts.specialists_training_started("Varakļānu novads", on=D(2025, 2, 1)))  # merged away by the deadline
    result = evaluate(found, as_of=D(2025, 9, 1))[0]
    assert (result.numerator, result.denominator, result.reached_on, result.status) == (
        38,
        42,
        D(2025, 8, 31),
        Status.MET,
    )
    short = evaluate(found[:37] + found[38:], as_of=D(2025, 9, 1))[0]
    assert (short.numerator, short.status) == (37, Status.MISSED)


# ---------------------------------------------------------------- each deadline: the day before, on, after (I-5, I-2)


def completing_facts(item: int, last_day: date) -> list[Fact]:
    """Facts that complete item ``item``, the last of them on ``last_day`` and the others well before it."""
    early = D(2025, 1, 1)
    if item == 1:
        return item1_facts(last_day)
    if item == 2:
        return [
            *ts.institutions_total(10, on=D(2024, 10, 1)),
            ts.management_training_started(INSTITUTIONS[0], on=early),
            ts.management_training_started(INSTITUTIONS[1], on=last_day),
        ]
    if item == 3:
        return [
            ts.methodologists_training_started("metodiķi", on=early),
            ts.methodologists_training_started("didaktiķi", on=last_day),
        ]
    *first, last = ts.ITEM_COMPONENTS[item]
    return [*(ts.materials_delivered(part, on=early) for part in first), ts.materials_delivered(last, on=last_day)]


DEADLINE_CASES = [
    (1, D(2025, 8, 31)),
    (2, D(2025, 8, 31)),
    (3, D(2025, 8, 31)),
    (5, D(2025, 8, 31)),
    (6, D(2026, 3, 31)),
    (7, D(2026, 6, 30)),
    (8, D(2026, 8, 31)),
    (9, D(2026, 12, 31)),
]


@pytest.mark.parametrize(("item", "deadline"), DEADLINE_CASES)
@pytest.mark.parametrize(("offset", "status"), [(-1, Status.MET), (0, Status.MET), (1, Status.MET_LATE)])
def test_i5_item_reached_the_day_before_on_or_after_its_deadline(
    item: int, deadline: date, offset: int, status: Status
) -> None:
    assert ts.DEADLINES[item] == deadline
    day = deadline + timedelta(days=offset)
    result = evaluate(completing_facts(item, day), as_of=D(2027, 6, 30))[CODES[item]]
    assert (result.reached_on, result.status) == (day, status)
    expected = {1: (38, 42), 2: (2, 10)}[item] if item in (1, 2) else (len(ts.ITEM_COMPONENTS[item]),) * 2
    assert (result.numerator, result.denominator) == expected


@pytest.mark.parametrize(("item", "deadline"), DEADLINE_CASES)
@pytest.mark.parametrize(("offset", "status"), [(-1, Status.PENDING), (0, Status.PENDING), (1, Status.MISSED)])
def test_i2_an_unreached_item_is_pending_up_to_its_deadline_and_missed_after(
    item: int, deadline: date, offset: int, status: Status
) -> None:
    unfinished = completing_facts(item, D(2029, 12, 31))[:-1]
    result = evaluate(unfinished, as_of=deadline + timedelta(days=offset))[CODES[item]]
    assert (result.reached_on, result.status) == (None, status)


@pytest.mark.parametrize(
    ("day", "counted"),
    [
        (D(2024, 9, 30), False),
        (D(2024, 10, 1), True),
        (D(2024, 10, 2), True),
        (D(2029, 12, 30), True),
        (D(2029, 12, 31), True),
        (D(2030, 1, 1), False),
    ],
)
def test_i5_only_facts_in_the_project_period_count(day: date, counted: bool) -> None:
    found = [ts.material_developed("MAT-1", on=day)]
    found += completing_facts(3, day)
    report = evaluate(found, as_of=D(2030, 6, 30))
    assert report[CODES[4]].value == (Decimal(1) if counted else Decimal(0))
    assert report[CODES[3]].numerator == (2 if counted else 1)  # the other group started on 2025-01-01


# ---------------------------------------------------------------- items 2 and 10 divide by all institutions (I-3)


def test_i3_item2_divides_by_all_institutions() -> None:
    found = [*ts.institutions_total(600, on=D(2024, 10, 1))]
    found += [ts.management_training_started(inst, on=D(2025, 5, 5)) for inst in INSTITUTIONS[:119]]
    item2 = evaluate(found, as_of=D(2025, 9, 1))[1]
    assert (item2.numerator, item2.denominator, item2.status) == (119, 600, Status.MISSED)
    found.append(ts.management_training_started(INSTITUTIONS[119], on=D(2025, 8, 30)))
    assert evaluate(found, as_of=D(2025, 9, 1))[1].status is Status.MET
    fixed = ts.indicators(FULL_TARGETS, institutions_total=1000)
    assert evaluate(found, as_of=D(2025, 9, 1), catalogue=fixed)[1].denominator == 1000


def test_i3_the_latest_institution_count_as_of_the_evaluation_is_the_denominator() -> None:
    found = [*ts.institutions_total(600, on=D(2024, 10, 1)), *ts.institutions_total(620, on=D(2025, 9, 1))]
    assert evaluate(found, as_of=D(2025, 8, 31))[1].denominator == 600
    assert evaluate(found, as_of=D(2025, 9, 1))[1].denominator == 620
    assert evaluate(found, as_of=D(2025, 9, 1))[9].denominator == 620


# ---------------------------------------------------------------- item 10: at least once a year (T-7)


def test_t7_item10_counts_institutions_supported_every_project_year() -> None:
    found = [*ts.institutions_total(10, on=D(2024, 10, 1))]
    found += ts.support_received(INSTITUTIONS[0], on=D(2024, 11, 1))
    found += ts.support_received(INSTITUTIONS[0], on=D(2025, 10, 1))
    found += ts.support_received(INSTITUTIONS[1], on=D(2024, 12, 1))
    found += ts.support_received(INSTITUTIONS[2], on=D(2025, 11, 1))
    first_year = evaluate(found, as_of=D(2025, 9, 30))[9]
    assert (first_year.numerator, first_year.denominator, first_year.status) == (2, 10, Status.MET)
    second_year = evaluate(found, as_of=D(2026, 9, 30))[9]
    assert (second_year.numerator, second_year.status) == (1, Status.NOT_DUE)


@pytest.mark.parametrize(
    ("as_of", "numerator", "reached_on"),
    [
        (D(2025, 9, 29), 0, None),  # the first window, 2024-10-01 ... 2025-09-30, is not complete yet
        (D(2025, 9, 30), 2, D(2025, 9, 30)),  # institutions 0 and 2 were supported in it
        (D(2026, 9, 29), 2, D(2025, 9, 30)),  # the second window is not complete yet
        (D(2026, 9, 30), 1, D(2025, 9, 30)),  # only institution 0 was supported in both
    ],
)
def test_t7_item10_yearly_windows_at_their_edges(as_of: date, numerator: int, reached_on: date | None) -> None:
    found = [*ts.institutions_total(5, on=D(2024, 10, 1))]
    # INSTITUTIONS[0]: the first and the last day of window 1, the first and the last day of window 2.
    for day in (D(2024, 10, 1), D(2025, 9, 30), D(2025, 10, 1), D(2026, 9, 30)):
        found += ts.support_received(INSTITUTIONS[0], on=day)
    # INSTITUTIONS[1]: the day before the project (no window holds it), then window 2 only.
    found += ts.support_received(INSTITUTIONS[1], on=D(2024, 9, 30))
    found += ts.support_received(INSTITUTIONS[1], on=D(2025, 10, 1))
    # INSTITUTIONS[2]: window 1 only, on its last day.
    found += ts.support_received(INSTITUTIONS[2], on=D(2025, 9, 30))
    item10 = evaluate(found, as_of=as_of)[9]
    assert (item10.numerator, item10.denominator, item10.reached_on) == (numerator, 5, reached_on)
    assert item10.status is (Status.NOT_DUE if reached_on is None else Status.MET)


def test_t7_item10_windows_are_the_project_years() -> None:
    assert [str(w) for w in CATALOGUE[9].windows] == [
        "2024-10-01..2025-09-30",
        "2025-10-01..2026-09-30",
        "2026-10-01..2027-09-30",
        "2027-10-01..2028-09-30",
        "2028-10-01..2029-09-30",
        "2029-10-01..2029-12-31",
    ]


# ---------------------------------------------------------------- item 11: better after support


def test_i5_item11_counts_institutions_that_improved_after_support() -> None:
    school = INSTITUTIONS[0]
    found = [
        ts.performance_measured(school, Decimal("60.0"), on=D(2024, 12, 31)),
        *ts.support_received(school, on=D(2025, 2, 1)),
        ts.performance_measured(school, Decimal("60.5"), on=D(2025, 6, 30)),
    ]
    item11 = evaluate(found, as_of=D(2025, 12, 31))[10]
    assert (item11.value, item11.reached_on, item11.status) == (Decimal(1), D(2025, 6, 30), Status.MET)


@pytest.mark.parametrize(
    ("measured", "after", "improved"),
    [
        (D(2025, 2, 1), Decimal("60.5"), True),  # a measurement on the support day is the one before
        (D(2025, 2, 2), Decimal("60.5"), False),  # the day after: no measurement before the support
        (D(2025, 1, 31), Decimal("60.0"), False),  # the same value is no improvement
    ],
)
def test_i5_item11_compares_the_last_measure_on_or_before_the_first_support(
    measured: date, after: Decimal, improved: bool
) -> None:
    school = INSTITUTIONS[3]
    found = [
        ts.performance_measured(school, Decimal("60.0"), on=measured),
        *ts.support_received(school, on=D(2025, 2, 1)),
        ts.performance_measured(school, after, on=D(2025, 6, 30)),
    ]
    assert evaluate(found, as_of=D(2025, 12, 31))[10].value == Decimal(1 if improved else 0)


# ---------------------------------------------------------------- items 3-9: counts and milestones


def test_i5_materials_count_and_milestones() -> None:
    found = [ts.material_developed(f"MAT-{k}", on=D(2025, 1, 1 + k)) for k in range(16)]
    found += [ts.materials_delivered(part, on=D(2026, 9, 2)) for part in ts.ITEM_COMPONENTS[8]]
    found += [ts.methodologists_training_started(group, on=D(2025, 3, 1)) for group in ts.ITEM_COMPONENTS[3]]
    report = evaluate(found, as_of=D(2026, 12, 31))
    assert (report[3].value, report[3].reached_on, report[3].status) == (Decimal(16), D(2025, 1, 16), Status.MET)
    assert report[7].status is Status.MET_LATE
    assert report[2].status is Status.MET
    assert report[8].status is Status.PENDING
    assert report[4].status is Status.MISSED
    assert report[3].status is Status.MET


def test_i5_item4_without_its_target_is_not_due() -> None:
    found = [ts.material_developed(f"MAT-{k}", on=D(2025, 1, 1)) for k in range(15)]
    item4 = evaluate(found, as_of=D(2029, 12, 31))[3]
    assert (item4.value, item4.status) == (Decimal(15), Status.NOT_DUE)


# ---------------------------------------------------------------- the fact builders


def test_i5_fact_builders_make_the_facts_of_each_item() -> None:
    day = D(2025, 3, 3)
    inst = INSTITUTIONS[0]
    assert ts.specialists_training_started("Valmieras novads", on=day) == Fact(
        indicator=CODES[1], on=day, subject="Valmieras novads"
    )
    assert ts.management_training_started(inst, on=day) == Fact(indicator=CODES[2], on=day, subject=inst)
    assert ts.institutions_total(600, on=day, source="VIIS 2025") == (
        Fact(indicator=CODES[2], on=day, subject="VIIS 2025", value=Decimal(600), kind=FactKind.TOTAL),
        Fact(indicator=CODES[10], on=day, subject="VIIS 2025", value=Decimal(600), kind=FactKind.TOTAL),
    )
    assert ts.institutions_total(0, on=day)[0].subject == "VIIS"
    assert ts.methodologists_training_started("didaktiķi", on=day) == Fact(
        indicator=CODES[3], on=day, subject="didaktiķi"
    )
    assert ts.material_developed("MAT-0001", on=day) == Fact(indicator=CODES[4], on=day, subject="MAT-0001")
    assert [ts.materials_delivered(part, on=day).indicator for part in ts.MATERIAL_COMPONENTS] == [
        CODES[ts.MATERIAL_COMPONENTS[part]] for part in ts.MATERIAL_COMPONENTS
    ]
    assert ts.support_received(inst, on=day) == (
        Fact(indicator=CODES[10], on=day, subject=inst),
        Fact(indicator=CODES[11], on=day, subject=inst),
    )
    assert ts.performance_measured(inst, Decimal("61.5"), on=day) == Fact(
        indicator=CODES[11], on=day, subject=inst, value=Decimal("61.5"), kind=FactKind.MEASUREMENT
    )


def test_i5_components_of_items_5_to_9_are_sixteen_each_named_by_one_item() -> None:
    assert len(ts.MATERIAL_COMPONENTS) == 16
    assert sorted(ts.MATERIAL_COMPONENTS) == sorted(p for item in (5, 6, 7, 8, 9) for p in ts.ITEM_COMPONENTS[item])
    assert ts.MATERIAL_COMPONENTS["fizika/vidusskola"] == 5
    assert ts.MATERIAL_COMPONENTS["fizika/pamatskola"] == 7


WRONG_DAY = datetime(2025, 1, 1, 12, 0)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda: ts.specialists_training_started(" Rīga", on=WRONG_DAY),
            [
                (
                    "$.municipality",
                    "text.whitespace",
                    "expected a municipality's name (O-2) without spaces at either end",
                ),
                ("$.on", "date.type", DATE_MESSAGE),
            ],
        ),
        (
            lambda: ts.management_training_started("431090003", on="2025-01-01"),  # type: ignore[arg-type]
            [
                ("$.institution", "text.format", INSTITUTION_MESSAGE),
                ("$.on", "date.type", DATE_MESSAGE),
            ],
        ),
        (
            lambda: ts.institutions_total(-1, on=None, source=""),  # type: ignore[arg-type]
            [
                (
                    "$.count",
                    "integer.range",
                    "expected a number of education institutions: an int (not a bool) from 0 to 1000000",
                ),
                ("$.on", "date.type", DATE_MESSAGE),
                ("$.source", "text.blank", "expected a source that is not blank"),
            ],
        ),
        (
            lambda: ts.institutions_total(True, on=D(2025, 1, 1)),
            [
                (
                    "$.count",
                    "integer.type",
                    "expected a number of education institutions: an int (not a bool) from 0 to 1000000",
                )
            ],
        ),
        (
            lambda: ts.methodologists_training_started("skolotāji", on=D(1899, 12, 31)),
            [
                ("$.group", "text.choice", "expected 'metodiķi' or 'didaktiķi'"),
                ("$.on", "date.range", DATE_MESSAGE),
            ],
        ),
        (
            lambda: ts.material_developed("M" * 65, on=D(2025, 1, 1)),
            [("$.material", "text.too_long", "expected a material id of at most 64 characters")],
        ),
        (
            lambda: ts.materials_delivered("fizika/augstskola", on=20250101),  # type: ignore[arg-type]
            [
                ("$.component", "text.choice", "expected a component items 5-9 name, such as 'fizika/vidusskola'"),
                ("$.on", "date.type", DATE_MESSAGE),
            ],
        ),
        (
            lambda: ts.support_received(4310900037, on=D(2025, 1, 1)),  # type: ignore[arg-type]
            [("$.institution", "text.type", f"{INSTITUTION_MESSAGE} as a str")],
        ),
        (
            lambda: ts.performance_measured(INSTITUTIONS[0], 61.5, on=None),  # type: ignore[arg-type]
            [
                (
                    "$.value",
                    "decimal.type",
                    "expected a performance measure as a finite Decimal with at most 4 decimal places, "
                    "at least -1000000000000 and at most 1000000000000",
                ),
                ("$.on", "date.type", DATE_MESSAGE),
            ],
        ),
        (
            lambda: ts.performance_measured(INSTITUTIONS[0], Decimal("NaN"), on=D(2025, 1, 1)),
            [
                (
                    "$.value",
                    "decimal.range",
                    "expected a performance measure as a finite Decimal with at most 4 decimal places, "
                    "at least -1000000000000 and at most 1000000000000",
                )
            ],
        ),
    ],
)
def test_i5_fact_builders_refuse_wrong_arguments_at_their_paths(
    call: Callable[[], object], expected: list[tuple[str, str, str]]
) -> None:
    assert problems_of(call) == expected


def test_p7_a_personal_code_never_becomes_a_subject() -> None:
    with pytest.raises(PersonalDataRejected) as error:
        ts.specialists_training_started("Skolēns 161175-19997", on=D(2025, 1, 1))
    assert "161175" not in str(error.value)
    with pytest.raises(PersonalDataRejected):
        ts.material_developed("161175-19997", on=D(2025, 1, 1))


# ---------------------------------------------------------------- the records and facts(...)


def test_i5_facts_from_the_projects_records() -> None:
    day, inst = D(2025, 4, 1), INSTITUTIONS[4]
    made = ts.facts(
        trainings=[
            ts.TrainingSession(audience=ts.TrainingAudience.SPECIALISTS, on=day, municipality="Cēsu novads"),
            ts.TrainingSession(audience=ts.TrainingAudience.MANAGEMENT, on=day, institution=inst),
            ts.TrainingSession(audience=ts.TrainingAudience.METHODOLOGISTS, on=day, municipality="Rīga"),
            ts.TrainingSession(audience=ts.TrainingAudience.DIDACTICIANS, on=day),
        ],
        materials=(
            ts.SupportMaterial(material="MAT-7", on=day),
            ts.SupportMaterial(material="MAT-8", on=day, component="vēsture/vidusskola"),
        ),
        visits=iter([ts.SupportVisit(institution=inst, on=day)]),
        measurements=[ts.PerformanceMeasurement(institution=inst, on=day, value=Decimal("7.25"))],
        counts=[ts.InstitutionCount(count=610, on=day)],
    )
    assert made == (
        ts.specialists_training_started("Cēsu novads", on=day),
        ts.management_training_started(inst, on=day),
        ts.methodologists_training_started("metodiķi", on=day),
        ts.methodologists_training_started("didaktiķi", on=day),
        ts.material_developed("MAT-7", on=day),
        ts.material_developed("MAT-8", on=day),
        ts.materials_delivered("vēsture/vidusskola", on=day),
        *ts.support_received(inst, on=day),
        ts.performance_measured(inst, Decimal("7.25"), on=day),
        *ts.institutions_total(610, on=day),
    )
    assert ts.facts() == ()
    assert ts.SupportMaterial(material="MAT-8", on=day, component="vēsture/vidusskola").item == 9
    assert ts.SupportMaterial(material="MAT-7", on=day).item is None
    assert [a.group for a in ts.TrainingAudience] == [None, None, "metodiķi", "didaktiķi"]


def test_i5_facts_refuses_what_is_not_a_record_at_its_position() -> None:
    visit = ts.SupportVisit(institution=INSTITUTIONS[0], on=D(2025, 1, 1))
    assert problems_of(lambda: ts.facts(trainings=[visit], visits=[visit, "x"], counts=5)) == [  # type: ignore[list-item,arg-type]
        ("$.trainings[0]", "record.type", "expected a TrainingSession"),
        ("$.visits[1]", "record.type", "expected a SupportVisit"),
        ("$.counts", "array.type", "expected an iterable (not text) of items, each an InstitutionCount"),
    ]
    assert problems_of(lambda: ts.facts(materials="MAT-1", measurements=[None])) == [  # type: ignore[arg-type,list-item]
        ("$.materials", "array.type", "expected an iterable (not text) of items, each a SupportMaterial"),
        ("$.measurements[0]", "record.type", "expected a PerformanceMeasurement"),
    ]


def test_i5_a_training_names_who_was_trained() -> None:
    assert problems_of(lambda: ts.TrainingSession(audience=ts.TrainingAudience.SPECIALISTS, on=D(2025, 1, 1))) == [
        (
            "$.municipality",
            "training_session.municipality_missing",
            "expected the municipality whose education specialists were trained (item 1)",
        )
    ]
    assert problems_of(
        lambda: structure({"audience": "management", "on": "2025-01-01", "municipality": "Rīga"}, ts.TrainingSession)
    ) == [
        (
            "$.institution",
            "training_session.institution_missing",
            "expected the institution whose management team was trained (item 2)",
        )
    ]
    assert problems_of(
        lambda: structure({"audience": "teachers", "on": "2025-1-1", "institution": "12"}, ts.TrainingSession)
    ) == [
        ("$.audience", "enum.value", "expected one of: didacticians, management, methodologists, specialists"),
        ("$.on", "date.format", "expected a date written YYYY-MM-DD"),
        ("$.institution", "text.format", INSTITUTION_MESSAGE),
    ]


def test_i5_records_refuse_bad_fields_every_one() -> None:
    assert problems_of(lambda: ts.SupportMaterial(material="", on=D(2025, 1, 1), component="fizika")) == [
        ("$.material", "text.blank", "expected a material id that is not blank"),
        ("$.component", "text.choice", "expected a component items 5-9 name, such as 'fizika/vidusskola'"),
    ]
    assert problems_of(lambda: ts.SupportVisit(institution="43109000370", on=D(2200, 1, 1))) == [
        (
            "$.institution",
            "text.too_long",
            "expected an institution's registration number of 10 digits (O-3) of at most 10 characters",
        ),
        ("$.on", "date.range", DATE_MESSAGE),
    ]
    assert problems_of(
        lambda: ts.PerformanceMeasurement(institution=INSTITUTIONS[0], on=D(2025, 1, 1), value=Decimal("1.00001"))
    ) == [
        (
            "$.value",
            "decimal.range",
            "expected a performance measure as a finite Decimal with at most 4 decimal places, "
            "at least -1000000000000 and at most 1000000000000",
        )
    ]
    assert problems_of(lambda: ts.InstitutionCount(count=10**6 + 1, on=D(2025, 1, 1), source="a\nb")) == [
        (
            "$.count",
            "integer.range",
            "expected a number of education institutions: an int (not a bool) from 0 to 1000000",
        ),
        ("$.source", "text.control", "expected a source without control characters or format characters"),
    ]


@pytest.mark.parametrize(
    "value",
    [
        ts.TrainingSession(audience=ts.TrainingAudience.MANAGEMENT, on=D(2025, 1, 1), institution="4310900037"),
        ts.SupportMaterial(material="MAT-1", on=D(2025, 1, 1), component="datorika/pamatskola"),
        ts.SupportVisit(institution="4310900037", on=D(2025, 1, 1)),
        ts.PerformanceMeasurement(institution="4310900037", on=D(2025, 1, 1), value=Decimal("-3.5")),
        ts.InstitutionCount(count=0, on=D(2025, 1, 1)),
        FULL_TARGETS,
    ],
    ids=lambda value: type(value).__name__,
)
def test_i5_records_round_trip_and_match_their_json_schema(value: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    plain = unstructure(value)
    assert structure(plain, type(value)) == value
    jsonschema.validate(plain, json_schema(type(value)))


# ---------------------------------------------------------------- evaluate(...)


def test_i2_evaluate_counts_only_facts_up_to_as_of() -> None:
    found = [ts.material_developed(f"MAT-{k}", on=D(2025, 1, 1) + timedelta(days=k)) for k in range(20)]
    assert evaluate(found, as_of=D(2025, 1, 15))[3].value == Decimal(15)
    assert evaluate(iter(found), as_of=D(2025, 1, 16))[3].value == Decimal(16)
    report = ts.evaluate(CATALOGUE[3:4], found, as_of=D(2025, 1, 16))
    assert (len(report), report.as_of, report[0].reached_on) == (1, D(2025, 1, 16), D(2025, 1, 16))


def test_i2_evaluate_refuses_wrong_arguments_at_their_paths() -> None:
    fact = ts.material_developed("MAT-1", on=D(2025, 1, 1))
    assert problems_of(lambda: ts.evaluate(None, [fact], as_of=WRONG_DAY)) == [  # type: ignore[arg-type]
        ("$.catalogue", "array.type", "expected an iterable (not text) of items, each an Indicator"),
        ("$.as_of", "date.type", DATE_MESSAGE),
    ]
    assert problems_of(lambda: ts.evaluate([CATALOGUE[0], "R2"], [fact, 5], as_of=None)) == [  # type: ignore[list-item,arg-type]
        ("$.catalogue[1]", "record.type", "expected an Indicator"),
        ("$.facts[1]", "record.type", "expected a Fact"),
        ("$.as_of", "date.type", DATE_MESSAGE),
    ]
    assert problems_of(lambda: ts.evaluate(CATALOGUE, 5, as_of=D(2025, 1, 1))) == [  # type: ignore[arg-type]
        ("$.facts", "array.type", "expected an iterable (not text) of items, each a Fact"),
    ]


# ---------------------------------------------------------------- the scenario generator (examples)


def test_t1_i4_generated_facts_are_reproducible_and_split_into_parts() -> None:
    whole = examples.generate_facts(20_000, seed=3)
    assert len(whole) == 20_000
    assert whole == examples.generate_facts(20_000, seed=3)
    assert whole != examples.generate_facts(20_000, seed=4)
    parts = [examples.generate_facts(20_000, seed=3, part=k, parts=3) for k in range(3)]
    assert sorted(map(repr, sum(parts, ()))) == sorted(map(repr, whole))
    assert examples.generate_facts(0, seed=1) == ()
    assert len(examples.generate_facts(1, seed=1)) == 1
    assert examples.generate_facts(3, seed=1, part=1, parts=2) == ()
    assert {f.indicator for f in whole} == set(CODES.values())
    assert all(ts.PROJECT_PERIOD.start <= f.on <= D(2029, 12, 31) for f in whole)
    assert karjera_core.examples.teacher_support_facts is examples.generate_facts


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            {"n": -1, "seed": 1},
            [("$.n", "integer.range", "expected a number of facts: an int (not a bool) from 0 to 10000000")],
        ),
        (
            {"n": 1.0, "seed": "1"},
            [
                ("$.n", "integer.type", "expected a number of facts: an int (not a bool) from 0 to 10000000"),
                (
                    "$.seed",
                    "integer.type",
                    "expected a seed: an int (not a bool) from -9223372036854775808 to 9223372036854775807",
                ),
            ],
        ),
        (
            {"n": 1, "seed": 1, "part": 2, "parts": 2},
            [("$.part", "generate.part", "expected a part number from 0 to parts - 1")],
        ),
        (
            {"n": 1, "seed": 1, "part": -1, "parts": 0},
            [
                ("$.part", "integer.range", "expected a part number: an int (not a bool) from 0 to 9999"),
                ("$.parts", "integer.range", "expected a number of parts: an int (not a bool) from 1 to 10000"),
            ],
        ),
    ],
)
def test_generate_facts_refuses_bad_arguments(arguments: dict[str, Any], expected: list[tuple[str, str, str]]) -> None:
    assert problems_of(lambda: examples.generate_facts(**arguments)) == expected


def test_i5_generated_scenario_moves_through_the_statuses_of_i2() -> None:
    found = examples.generate_facts(20_000, seed=1)
    early = {r.code: r.status for r in evaluate(found, as_of=D(2025, 6, 1))}
    late = {r.code: r.status for r in evaluate(found, as_of=D(2030, 1, 1))}
    assert early[CODES[1]] is Status.PENDING
    assert early[CODES[4]] is Status.NOT_DUE
    assert late[CODES[9]] is Status.MET
    assert late[CODES[4]] is Status.MET
    item1 = evaluate(found, as_of=D(2030, 1, 1), catalogue=CATALOGUE[:1])[0]
    assert item1.denominator == 42


# ---------------------------------------------------------------- the package's public face (issue #10)


def test_the_programme_has_the_shared_verbs() -> None:
    assert all(callable(verb) for verb in (ts.facts, ts.indicators, ts.evaluate))
    assert ts.facts is facts_module.facts
    assert ts.indicators is indicators_module.indicators
    assert not hasattr(ts, "check")
    assert karjera_core.teacher_support is ts
    assert "teacher_support" in karjera_core.__all__
    assert not {"evaluate_catalogue", "teacher_support_indicators"} & set(karjera_core.__all__)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_module_lists_its_names_and_dir_shows_them(module: Any) -> None:
    assert module.__dir__() == sorted(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)


def test_public_classes_live_in_public_modules() -> None:
    classes = [value for name in ts.__all__ if inspect.isclass(value := getattr(ts, name))]
    assert len(classes) == 7
    assert all(not any(part.startswith("_") for part in cls.__module__.split(".")) for cls in classes)
    assert all(getattr(karjera_core, cls.__name__) is cls for cls in classes)


def test_t1_every_public_function_takes_its_day_as_a_keyword() -> None:
    functions: list[Callable[..., Any]] = [f for name in ts.__all__ if inspect.isfunction(f := getattr(ts, name))]
    functions.append(examples.generate_facts)
    for function in functions:
        for parameter in inspect.signature(function).parameters.values():
            if parameter.name in ("on", "as_of"):
                assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, function.__name__
            assert parameter.name not in ("day", "date"), function.__name__
