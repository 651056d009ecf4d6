"""The [003] catalogue: the eleven ESF+ results of project 4.2.2.3/1/24/I/001 (I-5), with O-2, I-3 and T-7."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from karjera_core.errors import ValidationError
from karjera_core.indicators import Counting, Fact, FactKind, Measure, Status
from karjera_core.organisations import municipalities_on
from karjera_core.programmes.teacher_support import (
    CODES,
    INSTITUTIONS,
    ITEM_COMPONENTS,
    PROJECT_NUMBER,
    PROJECT_PERIOD,
    TEACHER_SUPPORT_2024_INDICATORS,
    evaluate_catalogue,
    generate_facts,
    institutions_total,
    management_training_started,
    material_developed,
    materials_delivered,
    methodologists_training_started,
    performance_measured,
    specialists_training_started,
    support_received,
    teacher_support_indicators,
)
from karjera_core.reference import TEACHER_SUPPORT_2024

D = date
CATALOGUE = TEACHER_SUPPORT_2024_INDICATORS


def test_i5_catalogue_has_the_eleven_results_in_the_seed_order() -> None:
    assert [ind.code for ind in CATALOGUE] == [CODES[item] for item in range(1, 12)]
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
    assert (CATALOGUE[0].target, CATALOGUE[1].target) == (Decimal("0.9"), Decimal("0.2"))
    assert all(ind.target == 1 for ind in CATALOGUE if ind.measure is Measure.MILESTONE)
    assert CATALOGUE[9].counting is Counting.EVERY_YEAR
    assert CATALOGUE[10].counting is Counting.IMPROVED
    assert CATALOGUE[2].title_lv.startswith("Līdz 2025.gada 31.augustam uzsāktas mācības metodiķu")
    assert all(ind.title_en for ind in CATALOGUE)


def test_i5_catalogue_belongs_to_the_project_of_the_seed() -> None:
    assert str(TEACHER_SUPPORT_2024.number) == PROJECT_NUMBER
    assert TEACHER_SUPPORT_2024.period == PROJECT_PERIOD
    assert all(ind.project == PROJECT_NUMBER and ind.period == PROJECT_PERIOD for ind in CATALOGUE)


def test_o2_item1_denominator_is_the_municipalities_in_force_on_its_deadline() -> None:
    names = tuple(m.name for m in municipalities_on(D(2025, 8, 31)))
    assert CATALOGUE[0].population == names
    assert len(names) == 42
    assert "Varakļānu novads" not in names


def test_i5_targets_the_seed_does_not_give_are_parameters() -> None:
    built = teacher_support_indicators(
        item4_target=Decimal(40), item10_target=Decimal("0.5"), item11_target=Decimal(60), institutions_total=610
    )
    assert (built[3].target, built[9].target, built[10].target) == (Decimal(40), Decimal("0.5"), Decimal(60))
    assert (built[1].denominator, built[9].denominator) == (610, 610)
    assert (CATALOGUE[3].target, CATALOGUE[9].target, CATALOGUE[10].target) == (Decimal(16), Decimal("0.2"), Decimal(1))
    assert sum(len(parts) for item, parts in ITEM_COMPONENTS.items() if item != 3) == 16
    assert teacher_support_indicators(municipalities=("A", "B"))[0].population == ("A", "B")


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"item4_target": Decimal(0)}, "$.item4_target.target"),
        ({"item10_target": Decimal(2)}, "$.item10_target.target"),
        ({"item11_target": Decimal(-1)}, "$.item11_target.target"),
        ({"institutions_total": 0}, "$.institutions_total.denominator"),
        ({"municipalities": ("A", "A")}, "$.municipalities.population"),
    ],
)
def test_i5_bad_parameters_are_reported_under_their_names(fields: dict[str, object], path: str) -> None:
    with pytest.raises(ValidationError) as error:
        teacher_support_indicators(**fields)  # type: ignore[arg-type]
    assert error.value.problems[0].path == path


def test_i5_fact_helpers_make_the_facts_of_each_item() -> None:
    day = D(2025, 3, 3)
    assert specialists_training_started("Valmieras novads", day) == Fact(
        indicator=CODES[1], on=day, subject="Valmieras novads"
    )
    assert management_training_started("4310900000", day).indicator == CODES[2]
    totals = institutions_total(600, day, source="VIIS")
    assert [(f.indicator, f.kind, f.value) for f in totals] == [
        (CODES[2], FactKind.TOTAL, Decimal(600)),
        (CODES[10], FactKind.TOTAL, Decimal(600)),
    ]
    assert methodologists_training_started("didaktiķi", day).subject == "didaktiķi"
    assert material_developed("MAT-0001", day).indicator == CODES[4]
    assert materials_delivered(5, "ģeogrāfija/vidusskola", day).indicator == CODES[5]
    assert [f.indicator for f in support_received("4310900000", day)] == [CODES[10], CODES[11]]
    measured = performance_measured("4310900000", day, Decimal("61.5"))
    assert (measured.kind, measured.value) == (FactKind.MEASUREMENT, Decimal("61.5"))


@pytest.mark.parametrize(
    "make",
    [
        lambda: institutions_total(-1, D(2025, 1, 1)),
        lambda: institutions_total(True, D(2025, 1, 1)),
        lambda: methodologists_training_started("skolotāji", D(2025, 1, 1)),
        lambda: materials_delivered(4, "fizika/vidusskola", D(2025, 1, 1)),
        lambda: materials_delivered(5, "fizika/pamatskola", D(2025, 1, 1)),
    ],
)
def test_i5_fact_helpers_refuse_what_the_items_do_not_name(make: object) -> None:
    with pytest.raises(ValidationError):
        make()  # type: ignore[operator]


def test_i5_item1_is_met_when_38_of_the_42_municipalities_started_by_the_deadline() -> None:
    names = CATALOGUE[0].population
    facts = [specialists_training_started(name, D(2025, 1, 1 + k % 28)) for k, name in enumerate(names[:37])]
    facts.append(specialists_training_started("Varakļānu novads", D(2025, 2, 1)))  # merged away by the deadline
    facts.append(specialists_training_started(names[37], D(2025, 8, 31)))
    result = evaluate_catalogue(facts, as_of=D(2025, 9, 1))[0]
    assert (result.numerator, result.denominator, result.reached_on, result.status) == (
        38,
        42,
        D(2025, 8, 31),
        Status.MET,
    )
    assert evaluate_catalogue(facts[:-1], as_of=D(2025, 9, 1))[0].status is Status.MISSED


def test_i3_item2_divides_by_all_institutions() -> None:
    facts = [*institutions_total(600, D(2024, 10, 1))]
    facts += [management_training_started(inst, D(2025, 5, 5)) for inst in INSTITUTIONS[:119]]
    item2 = evaluate_catalogue(facts, as_of=D(2025, 9, 1))[1]
    assert (item2.numerator, item2.denominator, item2.status) == (119, 600, Status.MISSED)
    facts.append(management_training_started(INSTITUTIONS[119], D(2025, 8, 30)))
    assert evaluate_catalogue(facts, as_of=D(2025, 9, 1))[1].status is Status.MET


def test_t7_item10_counts_institutions_supported_every_project_year() -> None:
    facts = [*institutions_total(10, D(2024, 10, 1))]
    facts += support_received(INSTITUTIONS[0], D(2024, 11, 1))
    facts += support_received(INSTITUTIONS[0], D(2025, 10, 1))
    facts += support_received(INSTITUTIONS[1], D(2024, 12, 1))
    facts += support_received(INSTITUTIONS[2], D(2025, 11, 1))
    first_year = evaluate_catalogue(facts, as_of=D(2025, 9, 30))[9]
    assert (first_year.numerator, first_year.denominator, first_year.status) == (2, 10, Status.MET)
    second_year = evaluate_catalogue(facts, as_of=D(2026, 9, 30))[9]
    assert (second_year.numerator, second_year.status) == (1, Status.NOT_DUE)


def test_i5_item11_counts_institutions_that_improved_after_support() -> None:
    school = INSTITUTIONS[0]
    facts = [
        performance_measured(school, D(2024, 12, 31), Decimal("60.0")),
        *support_received(school, D(2025, 2, 1)),
        performance_measured(school, D(2025, 6, 30), Decimal("60.5")),
    ]
    item11 = evaluate_catalogue(facts, as_of=D(2025, 12, 31))[10]
    assert (item11.value, item11.reached_on, item11.status) == (Decimal(1), D(2025, 6, 30), Status.MET)


def test_i5_materials_count_and_milestones() -> None:
    facts = [material_developed(f"MAT-{k}", D(2025, 1, 1 + k)) for k in range(16)]
    facts += [materials_delivered(8, part, D(2026, 9, 2)) for part in ITEM_COMPONENTS[8]]
    facts += [methodologists_training_started(group, D(2025, 3, 1)) for group in ITEM_COMPONENTS[3]]
    report = evaluate_catalogue(facts, as_of=D(2026, 12, 31))
    assert (report[3].value, report[3].reached_on, report[3].status) == (Decimal(16), D(2025, 1, 16), Status.MET)
    assert report[7].status is Status.MET_LATE
    assert report[2].status is Status.MET
    assert report[8].status is Status.PENDING
    assert report[4].status is Status.MISSED


def test_generated_facts_are_reproducible_and_split_into_parts() -> None:
    whole = generate_facts(20_000, seed=3)
    assert len(whole) == 20_000
    assert whole == generate_facts(20_000, seed=3)
    assert whole != generate_facts(20_000, seed=4)
    parts = [generate_facts(20_000, seed=3, part=k, parts=3) for k in range(3)]
    assert sorted(map(repr, sum(parts, ()))) == sorted(map(repr, whole))
    assert generate_facts(0, seed=1) == ()
    assert len(generate_facts(1, seed=1)) == 1
    assert generate_facts(3, seed=1, part=1, parts=2) == ()
    codes = {f.indicator for f in whole}
    assert codes == set(CODES.values())
    assert all(PROJECT_PERIOD.start <= f.on <= D(2029, 12, 31) for f in whole)


@pytest.mark.parametrize(
    "fields",
    [
        {"n": -1, "seed": 1},
        {"n": 1.0, "seed": 1},
        {"n": 1, "seed": "1"},
        {"n": 1, "seed": 1, "part": 2, "parts": 2},
        {"n": 1, "seed": 1, "part": 0, "parts": 0},
    ],
)
def test_generate_facts_refuses_bad_arguments(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        generate_facts(**fields)  # type: ignore[arg-type]


def test_i5_generated_scenario_moves_through_the_statuses_of_i2() -> None:
    facts = generate_facts(20_000, seed=1)
    early = {r.code: r.status for r in evaluate_catalogue(facts, as_of=D(2025, 6, 1))}
    late = {r.code: r.status for r in evaluate_catalogue(facts, as_of=D(2030, 1, 1))}
    assert early[CODES[1]] is Status.PENDING
    assert early[CODES[4]] is Status.NOT_DUE
    assert late[CODES[9]] is Status.MET
    assert late[CODES[4]] is Status.MET
    item1 = evaluate_catalogue(facts, as_of=D(2030, 1, 1), indicators=CATALOGUE[:1])[0]
    assert item1.denominator == 42
