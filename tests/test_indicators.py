"""Indicators: definitions (I-1), facts (I-6, P-7), evaluation as of a day (I-2), shares (I-3), T-7 and display.

The mergeable aggregates and summaries (I-4) are in ``test_indicators_summary.py``;
bad arguments to every public function, bounds and JSON in ``test_indicators_contract.py``;
results and reports (a mapping by code, the facts of no indicator, their tables) in ``test_reports.py``.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from itertools import pairwise
from typing import Any, TypeVar, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core import structure
from karjera_core._compile import Sink
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.funding import ProjectNumber
from karjera_core.indicators import (
    Counting,
    Fact,
    FactKind,
    Indicator,
    Measure,
    Status,
    evaluate,
    facts_from,
    status_of,
)
from karjera_core.indicators.definitions import TARGET
from karjera_core.strategies._indicators import fact_days, facts, indicators
from karjera_core.time import DateRange

D = date
T = TypeVar("T")
DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
NUMBER = (
    "expected a number as a finite Decimal with at most 10 decimal places, "
    "at least -999999999999999.9999999999 and at most 999999999999999.9999999999"
)
#: I-1: a target of the wrong type is told so, with what to write instead -- not a range it is not out of.
TARGET_TYPE = (
    "expected a target as a Decimal, not an int, a float or text: Decimal('16') for 16, Decimal('0.9') for 90 %"
)
PERSONAL = "expected pseudonymous text; a Latvian personal code is refused (P-7)"


def count(
    target: int = 2,
    *,
    code: str = "C",
    deadline: date | None = None,
    counting: Counting = Counting.DISTINCT,
    higher: bool = True,
    period: DateRange | None = None,
) -> Indicator:
    return Indicator(
        code=code,
        title_lv="Skaits",
        measure=Measure.COUNT,
        counting=counting,
        target=Decimal(target),
        deadline=deadline,
        higher_is_better=higher,
        period=period,
    )


def occurred(subject: str, on: date, code: str = "C", value: Decimal | None = None) -> Fact:
    return Fact(indicator=code, on=on, subject=subject, value=value)


def evolve(obj: T, **changes: object) -> T:
    """``attrs.evolve``, typed for records (which mypy does not see as attrs classes)."""
    return cast(T, attrs.evolve(cast(Any, obj), **changes))


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


# --------------------------------------------------------------------------- I-1 definitions


def test_i1_indicator_has_the_fields_of_the_brief_with_defaults() -> None:
    ind = Indicator(code="4", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(16))
    assert (ind.title_en, ind.counting, ind.higher_is_better, ind.deadline, ind.baseline, ind.project) == (
        None,
        Counting.DISTINCT,
        True,
        None,
        None,
        None,
    )
    assert (ind.period, ind.population, ind.denominator, ind.windows) == (None, (), None, ())


def test_i1_indicator_reports_every_bad_field_at_once_without_echoing_them() -> None:
    with pytest.raises(ValidationError) as error:
        Indicator(
            code=" x",
            title_lv="   ",
            title_en="",
            measure="count",  # type: ignore[arg-type]
            counting="distinct",  # type: ignore[arg-type]
            higher_is_better=1,  # type: ignore[arg-type]
            target=0.5,  # type: ignore[arg-type]
            deadline=datetime(2025, 1, 1),
            baseline=Decimal("NaN"),
            project="not a project number",
            period="2024",  # type: ignore[arg-type]
            population=["secret-subject"],  # type: ignore[arg-type]
            denominator=0,
        )
    assert problems(error) == [
        ("$.code", "text.whitespace", "expected an indicator code without spaces at either end"),
        ("$.title_lv", "text.blank", "expected a Latvian title that is not blank"),
        ("$.title_en", "text.blank", "expected an English title that is not blank"),
        ("$.measure", "enum.type", "expected a Measure"),
        ("$.counting", "enum.type", "expected a Counting"),
        ("$.higher_is_better", "boolean.type", "expected a bool"),
        ("$.target", "decimal.type", TARGET_TYPE),
        ("$.deadline", "date.type", DAY),
        ("$.baseline", "decimal.range", NUMBER),
        ("$.project", "text.format", "expected a canonical project number such as '4.2.2.3/1/24/I/001' (F-2)"),
        ("$.period", "record.type", "expected a DateRange"),
        ("$.population", "array.type", "expected a tuple of items, each a subject"),
        ("$.denominator", "integer.range", "expected a denominator: an int (not a bool) from 1 to 1000000000000000"),
    ]
    assert "secret-subject" not in str(error.value)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"measure": Measure.SHARE, "target": Decimal("1.5")},
            ("$.target", "indicator.target", "expected a share target from 0 to 1, e.g. Decimal('0.9') for 90 %"),
        ),
        (
            {"measure": Measure.MILESTONE, "target": Decimal(2)},
            ("$.target", "indicator.target", "expected the target Decimal(1) of a milestone: delivered"),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal(0)},
            ("$.target", "indicator.target.zero", "expected a target above zero when higher is better"),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal(-1)},
            ("$.target", "decimal.range", "expected a target of zero or more"),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal("1E+15")},
            ("$.target", "decimal.range", "expected a target of at most 999999999999999.9999999999"),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal("1E-11")},
            ("$.target", "decimal.range", "expected a target with at most 10 decimal places"),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal("NaN")},
            ("$.target", "decimal.range", "expected a finite target, not NaN or infinity"),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal("-Infinity")},
            ("$.target", "decimal.range", "expected a finite target, not NaN or infinity"),
        ),
        ({"measure": Measure.COUNT, "target": 2}, ("$.target", "decimal.type", TARGET_TYPE)),
        ({"measure": Measure.COUNT, "target": 2.5}, ("$.target", "decimal.type", TARGET_TYPE)),
        ({"measure": Measure.COUNT, "target": "2"}, ("$.target", "decimal.type", TARGET_TYPE)),
        ({"measure": Measure.COUNT, "target": True}, ("$.target", "decimal.type", TARGET_TYPE)),
        (
            {"measure": Measure.COUNT, "target": Decimal(1), "population": ("a", "b", "a")},
            ("$.population[2]", "indicator.population.duplicate", "expected every subject once"),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal(1), "project": 42},
            (
                "$.project",
                "text.type",
                "expected a canonical project number such as '4.2.2.3/1/24/I/001' (F-2) as a str",
            ),
        ),
        (
            {"measure": Measure.COUNT, "target": Decimal(1), "denominator": 10**16},
            (
                "$.denominator",
                "integer.range",
                "expected a denominator: an int (not a bool) from 1 to 1000000000000000",
            ),
        ),
    ],
)
def test_i1_indicator_refuses_a_bad_target_population_project_or_denominator(
    fields: dict[str, object], expected: tuple[str, str, str]
) -> None:
    with pytest.raises(ValidationError) as error:
        Indicator(code="X", title_lv="X", **fields)  # type: ignore[arg-type]
    assert problems(error) == [expected]


def test_i1_the_target_kind_says_a_valid_target_is_fine_and_reads_json_with_the_same_messages() -> None:
    sink = Sink()
    assert TARGET.problems(Decimal("0.9"), "$", sink) is True
    assert not sink
    with pytest.raises(ValidationError) as error:
        structure({"code": "X", "title_lv": "X", "measure": "count", "target": "-1"}, Indicator)
    assert problems(error) == [("$.target", "decimal.range", "expected a target of zero or more")]


def test_i1_the_largest_target_and_the_finest_one_are_accepted() -> None:
    for target in (Decimal("999999999999999.9999999999"), Decimal("1E-10"), Decimal("2.50")):
        assert count().__class__(code="X", title_lv="X", measure=Measure.COUNT, target=target).target == target


COUNTING_MEASURE = (
    "$.counting",
    "indicator.counting.measure",
    "expected DISTINCT, EVERY_YEAR or IMPROVED counting: a share or a milestone counts subjects",
)
COUNTING_MILESTONE = (
    "$.counting",
    "indicator.counting.milestone",
    "expected a milestone to count DISTINCT delivered components, higher being better",
)
UNUSED = (
    "$.denominator",
    "indicator.denominator.unused",
    "expected a denominator only for a share without a population",
)
EVERY_YEAR = (
    "$.period",
    "indicator.period.every_year",
    "expected a closed period whose yearly windows EVERY_YEAR judges (T-7)",
)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"measure": Measure.SHARE, "counting": Counting.SUM, "target": Decimal("0.5")}, [COUNTING_MEASURE]),
        ({"measure": Measure.MILESTONE, "counting": Counting.FACTS, "target": Decimal(1)}, [COUNTING_MEASURE]),
        ({"measure": Measure.MILESTONE, "counting": Counting.IMPROVED, "target": Decimal(1)}, [COUNTING_MILESTONE]),
        ({"measure": Measure.MILESTONE, "higher_is_better": False, "target": Decimal(1)}, [COUNTING_MILESTONE]),
        (
            {"measure": Measure.COUNT, "counting": Counting.FACTS, "target": Decimal(1), "population": ("a",)},
            [
                (
                    "$.population",
                    "indicator.population.counting",
                    "expected no population when every fact or value counts",
                )
            ],
        ),
        ({"measure": Measure.COUNT, "target": Decimal(1), "denominator": 5}, [UNUSED]),
        ({"measure": Measure.SHARE, "target": Decimal("0.5"), "denominator": 5, "population": ("a",)}, [UNUSED]),
        ({"measure": Measure.COUNT, "counting": Counting.EVERY_YEAR, "target": Decimal(1)}, [EVERY_YEAR]),
        (
            {
                "measure": Measure.COUNT,
                "counting": Counting.EVERY_YEAR,
                "target": Decimal(1),
                "period": DateRange(start=D(2024, 1, 1)),
            },
            [EVERY_YEAR],
        ),
        (  # every rule that can break at once is reported at once
            {
                "measure": Measure.MILESTONE,
                "counting": Counting.SUM,
                "target": Decimal(2),
                "population": ("a",),
                "denominator": 3,
            },
            [
                ("$.target", "indicator.target", "expected the target Decimal(1) of a milestone: delivered"),
                COUNTING_MEASURE,
                (
                    "$.population",
                    "indicator.population.counting",
                    "expected no population when every fact or value counts",
                ),
                UNUSED,
            ],
        ),
    ],
)
def test_i1_indicator_refuses_fields_that_do_not_go_together(
    fields: dict[str, object], expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as error:
        Indicator(code="X", title_lv="X", **fields)  # type: ignore[arg-type]
    assert problems(error) == expected


def test_i1_lower_is_better_allows_a_zero_target() -> None:
    ind = Indicator(code="X", title_lv="X", measure=Measure.COUNT, target=Decimal(0), higher_is_better=False)
    assert ind.target == 0


@pytest.mark.parametrize(
    "number",
    [
        "8.3.5.0/16/I/001",
        "4.2.2.3/1/24/I/001",
        "10.1.2.0/23/A/999",
        "99.99.99.99/99/99/I/100",
        "1.1.1.2/VIAA/1/16/173",
        "1.1.1.9/LZP/1/24/107",
        "1.1.1.2/viaa/1/16/173",
        "1.1.1.2/VIAA/16/173",
        "4.2.2.3/1/24/1/001",
        "9.2.2.2./16/I/001",
        "8.3.5.0/16/I/000",
        "08.3.5.0/16/I/001",
        "8.3.05.0/16/I/001",
        "8.3.5.0/6/I/001",
        "8.3.5.0/0/16/I/001",
        "0.3.5.0/16/I/001",
        "8.3.5/16/I/001",
        "8.3.5.0/16/X/001",
    ],
)
def test_f2_an_indicators_project_is_exactly_a_canonical_project_number(number: str) -> None:
    try:
        canonical = str(ProjectNumber.parse(number)) == number
    except ValidationError:
        canonical = False
    try:
        accepted = (
            Indicator(code="X", title_lv="X", measure=Measure.COUNT, target=Decimal(1), project=number).project
            == number
        )
    except ValidationError as error:
        assert [(p.path, p.code) for p in error.problems] == [("$.project", "text.format")]
        accepted = False
    assert accepted is canonical


def test_t7_every_year_indicator_has_the_yearly_windows_of_its_period() -> None:
    ind = count(1, counting=Counting.EVERY_YEAR, period=DateRange(start=D(2024, 10, 1), end=D(2025, 12, 31)))
    assert [str(w) for w in ind.windows] == ["2024-10-01..2025-09-30", "2025-10-01..2025-12-31"]


def test_enum_labels_are_latvian() -> None:
    assert Measure.SHARE.label == "īpatsvars"
    assert Counting.EVERY_YEAR.label == "katru gadu"
    assert FactKind.TOTAL.label == "kopskaits"
    assert Status.MET_LATE.label == "sasniegts pēc termiņa"
    assert all(member.label for enum in (Measure, Counting, FactKind, Status) for member in enum)


# --------------------------------------------------------------------------- facts (I-6, P-7)


def test_fact_defaults_to_an_occurrence_without_value() -> None:
    fact = occurred("Valmieras novads", D(2025, 1, 15))
    assert (fact.kind, fact.value) == (FactKind.OCCURRED, None)


def test_fact_reports_every_bad_field_without_echoing_them() -> None:
    with pytest.raises(ValidationError) as error:
        Fact(indicator=" C", on=datetime(2025, 1, 1), subject=" ", kind="occurred")  # type: ignore[arg-type]
    assert problems(error) == [
        ("$.indicator", "text.whitespace", "expected an indicator code without spaces at either end"),
        ("$.on", "date.type", DAY),
        ("$.subject", "text.blank", "expected a subject that is not blank"),
        ("$.kind", "enum.type", "expected a FactKind"),
    ]
    with pytest.raises(ValidationError) as error:
        Fact(indicator="C", on=D(1800, 1, 1), subject="x" * 201, value=Decimal("Infinity"))
    assert problems(error) == [
        ("$.on", "date.range", DAY),
        ("$.subject", "text.too_long", "expected a subject of at most 200 characters"),
        ("$.value", "decimal.range", NUMBER),
    ]


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (FactKind.TOTAL, None, ("$.value", "fact.value.missing", "expected a value: a TOTAL fact carries one")),
        (
            FactKind.MEASUREMENT,
            None,
            ("$.value", "fact.value.missing", "expected a value: a MEASUREMENT fact carries one"),
        ),
        (
            FactKind.TOTAL,
            Decimal("1.5"),
            ("$.value", "fact.value.total", "expected a whole number of zero or more as the total"),
        ),
        (
            FactKind.TOTAL,
            Decimal(-1),
            ("$.value", "fact.value.total", "expected a whole number of zero or more as the total"),
        ),
        (FactKind.OCCURRED, Decimal(-1), ("$.value", "fact.value.negative", "expected an amount of zero or more")),
        (FactKind.OCCURRED, Decimal("0.00000000001"), ("$.value", "decimal.range", NUMBER)),
        (FactKind.OCCURRED, 1.5, ("$.value", "decimal.type", NUMBER)),
    ],
)
def test_fact_value_must_suit_its_kind(kind: FactKind, value: object, expected: tuple[str, str, str]) -> None:
    with pytest.raises(ValidationError) as error:
        Fact(indicator="C", on=D(2025, 1, 1), subject="s", value=value, kind=kind)  # type: ignore[arg-type]
    assert problems(error) == [expected]


def test_fact_values_at_the_edges_of_their_kinds_are_accepted() -> None:
    for kind, value in (
        (FactKind.OCCURRED, Decimal(0)),
        (FactKind.TOTAL, Decimal(0)),
        (FactKind.TOTAL, Decimal("600.0")),
        (FactKind.MEASUREMENT, Decimal("-999999999999999.9999999999")),
    ):
        assert Fact(indicator="C", on=D(2025, 1, 1), subject="s", value=value, kind=kind).value == value


def test_fact_measurement_may_be_negative_and_facts_pickle() -> None:
    fact = Fact(indicator="C", on=D(2025, 1, 1), subject="s", value=Decimal("-2.5"), kind=FactKind.MEASUREMENT)
    assert pickle.loads(pickle.dumps(fact)) == fact


def test_i6_facts_from_any_iterable_of_domain_objects() -> None:
    events = [("2017-04-20", "school-1", 120), ("2017-05-03", "school-2", 90)]
    made = list(
        facts_from(
            events,
            indicator="C-9",
            day_of=lambda e: D.fromisoformat(e[0]),
            subject_of=lambda e: e[1],
            value_of=lambda e: Decimal(e[2]),
        )
    )
    assert [(f.indicator, f.on, f.subject, f.value, f.kind) for f in made] == [
        ("C-9", D(2017, 4, 20), "school-1", Decimal(120), FactKind.OCCURRED),
        ("C-9", D(2017, 5, 3), "school-2", Decimal(90), FactKind.OCCURRED),
    ]
    plain = list(
        facts_from(iter(events), indicator="C-9", day_of=lambda e: D.fromisoformat(e[0]), subject_of=lambda e: e[1])
    )
    assert plain[0].value is None
    totals = facts_from(
        events,
        indicator="T",
        day_of=lambda e: D(2017, 1, 1),
        subject_of=lambda e: "VIIS",
        value_of=lambda e: Decimal(600),
        kind=FactKind.TOTAL,
    )
    assert {f.kind for f in totals} == {FactKind.TOTAL}


def test_i6_facts_from_reports_a_bad_item_at_its_position_in_items() -> None:
    events = [("2017-04-20", "school-1"), ("2017-05-03", "161175-19997")]
    made = facts_from(events, indicator="C-9", day_of=lambda e: D.fromisoformat(e[0]), subject_of=lambda e: e[1])
    assert next(made).subject == "school-1"
    with pytest.raises(PersonalDataRejected) as error:
        next(made)
    assert problems(error) == [("$.items[1].subject", "privacy.personal_code", PERSONAL)]
    assert "161175-19997" not in str(error.value)
    with pytest.raises(ValidationError) as failed:
        list(facts_from(events, indicator="C-9", day_of=lambda e: e[0], subject_of=lambda e: " "))  # type: ignore[arg-type,return-value]
    assert problems(failed) == [
        ("$.items[0].on", "date.type", DAY),
        ("$.items[0].subject", "text.blank", "expected a subject that is not blank"),
    ]


@pytest.mark.parametrize("subject", ["161175-19997", "Skolēns 16117519997", "328673-00679", "161175 19997"])
def test_p7_a_fact_never_holds_a_personal_code(subject: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        Fact(indicator="P6-meals", on=date(2020, 10, 1), subject=subject)
    assert problems(caught) == [("$.subject", "privacy.personal_code", PERSONAL)]
    assert subject not in str(caught.value)
    assert subject not in repr(caught.value.args)


def test_p7_no_indicator_code_or_title_holds_a_personal_code() -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        Fact(indicator="161175-19997", on=date(2020, 10, 1), subject="s")
    assert problems(caught) == [("$.indicator", "privacy.personal_code", PERSONAL)]
    with pytest.raises(PersonalDataRejected) as caught:
        Indicator(
            code="X",
            title_lv="Skolēns 161175-19997",
            measure=Measure.COUNT,
            target=Decimal(1),
            population=("a", "32867300679"),
        )
    assert problems(caught) == [
        ("$.title_lv", "privacy.personal_code", PERSONAL),
        ("$.population[1]", "privacy.personal_code", PERSONAL),
    ]


def test_p7_registration_numbers_phone_numbers_and_pseudonyms_are_fine_subjects() -> None:
    for subject in (
        "4213900473",
        "L-000123",
        "Valmieras novads",
        "123456 materials",
        "99999912345",
        "Nr.９９９９９９-12345",
        "tel. +37129196866",
    ):
        assert Fact(indicator="X", on=date(2020, 10, 1), subject=subject).subject == subject


# --------------------------------------------------------------------------- I-2 status and evaluation


@pytest.mark.parametrize(
    ("reached_on", "as_of", "status"),
    [
        # reached the day before, on and after the deadline (2025-08-31)
        (D(2025, 8, 30), D(2025, 9, 30), Status.MET),
        (D(2025, 8, 31), D(2025, 9, 30), Status.MET),
        (D(2025, 9, 1), D(2025, 9, 30), Status.MET_LATE),
        # not reached, as of the day before, on and after the deadline
        (None, D(2025, 8, 30), Status.PENDING),
        (None, D(2025, 8, 31), Status.PENDING),
        (None, D(2025, 9, 1), Status.MISSED),
    ],
)
def test_i2_status_at_the_deadline_boundaries(reached_on: date | None, as_of: date, status: Status) -> None:
    assert status_of(reached_on=reached_on, deadline=D(2025, 8, 31), as_of=as_of) is status


def test_i2_without_a_deadline_status_is_met_once_reached_else_not_due() -> None:
    assert status_of(reached_on=None, deadline=None, as_of=D(2025, 9, 1)) is Status.NOT_DUE
    assert status_of(reached_on=D(2025, 1, 1), deadline=None, as_of=D(2025, 9, 1)) is Status.MET


@pytest.mark.parametrize(
    ("reached", "status"),
    [(D(2025, 8, 30), Status.MET), (D(2025, 8, 31), Status.MET), (D(2025, 9, 1), Status.MET_LATE)],
)
def test_i2_evaluate_a_target_reached_the_day_before_on_or_after_the_deadline(reached: date, status: Status) -> None:
    ind = count(2, deadline=D(2025, 8, 31))
    data = [occurred("a", D(2025, 3, 1)), occurred("b", reached)]
    result = evaluate(ind, data, as_of=D(2025, 12, 31))
    assert (result.value, result.reached_on, result.status) == (Decimal(2), reached, status)


@pytest.mark.parametrize(
    ("as_of", "status"),
    [(D(2025, 8, 30), Status.PENDING), (D(2025, 8, 31), Status.PENDING), (D(2025, 9, 1), Status.MISSED)],
)
def test_i2_evaluate_as_of_the_day_before_on_or_after_the_deadline(as_of: date, status: Status) -> None:
    ind = count(2, deadline=D(2025, 8, 31))
    result = evaluate(ind, [occurred("a", D(2025, 3, 1)), occurred("b", D(2025, 10, 1))], as_of=as_of)
    assert (result.value, result.reached_on, result.status) == (Decimal(1), None, status)


def test_i2_a_fact_dated_as_of_counts_and_one_dated_the_day_after_does_not() -> None:
    ind = count(1)
    on_the_day = evaluate(ind, [occurred("a", D(2025, 6, 1))], as_of=D(2025, 6, 1))
    assert (on_the_day.value, on_the_day.reached_on, on_the_day.status) == (Decimal(1), D(2025, 6, 1), Status.MET)
    day_after = evaluate(ind, [occurred("a", D(2025, 6, 2))], as_of=D(2025, 6, 1))
    assert (day_after.value, day_after.reached_on, day_after.status) == (Decimal(0), None, Status.NOT_DUE)


def test_i2_count_target_is_reached_on_the_day_the_kth_subject_is_first_seen() -> None:
    ind = count(2, deadline=D(2025, 8, 31))
    data = [occurred("a", D(2025, 3, 1)), occurred("a", D(2025, 2, 1)), occurred("b", D(2025, 9, 9))]
    late = evaluate(ind, data, as_of=D(2025, 12, 31))
    assert (late.value, late.reached_on, late.status) == (Decimal(2), D(2025, 9, 9), Status.MET_LATE)
    missed = evaluate(ind, data, as_of=D(2025, 9, 1))
    assert (missed.value, missed.reached_on, missed.status) == (Decimal(1), None, Status.MISSED)


def test_i2_facts_on_the_edges_of_the_indicators_period() -> None:
    ind = count(1, period=DateRange(start=D(2025, 1, 1), end=D(2025, 12, 31)))
    for day, value in ((D(2024, 12, 31), 0), (D(2025, 1, 1), 1), (D(2025, 12, 31), 1), (D(2026, 1, 1), 0)):
        assert evaluate(ind, [occurred("a", day)], as_of=D(2030, 1, 1)).value == value
    open_period = count(1, period=DateRange(start=D(2025, 1, 1)))
    data = [occurred("a", D(2024, 12, 31)), occurred("b", D(2026, 1, 1)), occurred("c", D(2025, 7, 1))]
    assert evaluate(open_period, data, as_of=D(2030, 1, 1)).value == 2


def test_c9_facts_counting_counts_every_fact_and_sum_adds_values() -> None:
    events = count(3, counting=Counting.FACTS)
    data = [
        occurred("e", D(2017, 4, 20), value=Decimal(120)),
        occurred("e", D(2017, 4, 20), value=Decimal(80)),
        occurred("f", D(2017, 5, 3), value=Decimal(700)),
    ]
    result = evaluate(events, data, as_of=D(2017, 8, 31))
    assert (result.value, result.reached_on) == (Decimal(3), D(2017, 5, 3))
    pupils = count(900, counting=Counting.SUM)
    result = evaluate(pupils, data, as_of=D(2017, 8, 31))
    assert (result.value, result.reached_on, result.status) == (Decimal(900), D(2017, 5, 3), Status.MET)


def test_i2_lower_is_better_is_met_while_the_value_stays_at_or_under_the_target() -> None:
    ceiling = count(1, higher=False, deadline=D(2025, 12, 31))
    assert evaluate(ceiling, [], as_of=D(2025, 6, 1)).status is Status.PENDING  # nothing measured yet
    data = [occurred("a", D(2025, 2, 1))]
    result = evaluate(ceiling, data, as_of=D(2025, 6, 1))
    assert (result.value, result.reached_on, result.status) == (Decimal(1), D(2025, 2, 1), Status.MET)
    data.append(occurred("b", D(2025, 3, 1)))
    result = evaluate(ceiling, data, as_of=D(2026, 1, 1))
    assert (result.value, result.reached_on, result.status) == (Decimal(2), None, Status.MISSED)


def test_i2_evaluate_accepts_a_single_pass_iterator() -> None:
    def stream() -> Iterator[Fact]:
        yield occurred("a", D(2025, 1, 1))
        yield occurred("b", D(2025, 1, 2))

    assert evaluate(count(2), stream(), as_of=D(2025, 1, 2)).status is Status.MET


@given(st.data())
def test_i2_evaluation_ignores_facts_after_as_of(data: st.DataObject) -> None:
    ind = data.draw(indicators(code="A"))
    valued = ind.counting is Counting.SUM
    as_of = data.draw(fact_days(max_value=D(2027, 6, 30)))
    before = data.draw(
        st.lists(facts(indicator="A", valued=valued), max_size=20).map(lambda fs: [f for f in fs if f.on <= as_of])
    )
    after = data.draw(
        st.lists(facts(indicator="A", valued=valued), max_size=20).map(lambda fs: [f for f in fs if f.on > as_of])
    )
    assert evaluate(ind, before + after, as_of=as_of) == evaluate(ind, before, as_of=as_of)


ALLOWED_NEXT = {
    Status.PENDING: {Status.PENDING, Status.MET, Status.MISSED, Status.MET_LATE},
    Status.MISSED: {Status.MISSED, Status.MET_LATE},
    Status.MET: {Status.MET},
    Status.MET_LATE: {Status.MET_LATE},
    Status.NOT_DUE: {Status.NOT_DUE, Status.MET},
}


def monotone_indicators() -> st.SearchStrategy[Indicator]:
    """Indicators whose value can only grow with time: higher is better, never judged over yearly windows."""
    return st.sampled_from((Measure.COUNT, Measure.SHARE, Measure.MILESTONE)).flatmap(
        lambda measure: st.sampled_from(
            (Counting.DISTINCT, Counting.FACTS, Counting.SUM, Counting.IMPROVED)
            if measure is Measure.COUNT
            else (Counting.DISTINCT, Counting.IMPROVED)
            if measure is Measure.SHARE
            else (Counting.DISTINCT,)
        ).flatmap(lambda counting: indicators(code="A", measure=measure, counting=counting))
    )


@given(monotone_indicators(), st.data())
def test_i2_status_moves_over_as_of_only_as_i2_allows(ind: Indicator, data: st.DataObject) -> None:
    if not ind.higher_is_better:
        ind = evolve(ind, higher_is_better=True, target=ind.target or Decimal(1))
    # Without TOTAL facts: a share's denominator may change with them, and with it when the target was reached.
    kinds = (FactKind.OCCURRED, FactKind.MEASUREMENT)
    drawn = data.draw(st.lists(facts(indicator="A", kinds=kinds, valued=ind.counting is Counting.SUM), max_size=30))
    days = sorted(set(data.draw(st.lists(fact_days(), min_size=2, max_size=8))))
    results = [evaluate(ind, drawn, as_of=day) for day in days]
    for earlier, later in pairwise(results):
        assert later.status in ALLOWED_NEXT[earlier.status]
        if earlier.reached_on is not None:
            assert later.reached_on == earlier.reached_on


# --------------------------------------------------------------------------- I-3 shares


def share(target: str, **fields: object) -> Indicator:
    return Indicator(code="S", title_lv="Īpatsvars", measure=Measure.SHARE, target=Decimal(target), **fields)  # type: ignore[arg-type]


def test_i3_share_of_a_population_counts_only_its_members() -> None:
    ind = share("0.5", population=("A", "B", "C", "D"), deadline=D(2025, 8, 31))
    data = [
        Fact(indicator="S", on=D(2025, 1, 1), subject="A"),
        Fact(indicator="S", on=D(2025, 2, 1), subject="Gone"),
        Fact(indicator="S", on=D(2025, 3, 1), subject="B"),
    ]
    result = evaluate(ind, data, as_of=D(2025, 9, 1))
    assert (result.numerator, result.denominator, result.value) == (2, 4, Decimal("0.5"))
    assert (result.reached_on, result.status) == (D(2025, 3, 1), Status.MET)


@pytest.mark.parametrize(
    ("reached", "denominator", "text"),
    [(1, 2, "0.5"), (3, 8, "0.375"), (4, 4, "1"), (12, 10, "1.2"), (1, 3, "0.3333333333"), (2, 3, "0.6666666667")],
)
def test_i3_a_shares_value_is_exact_or_rounded_to_ten_places(reached: int, denominator: int, text: str) -> None:
    ind = share("0.1", denominator=denominator)
    data = [Fact(indicator="S", on=D(2025, 1, 1), subject=f"i{k}") for k in range(reached)]
    assert str(evaluate(ind, data, as_of=D(2025, 1, 1)).value) == text


def test_i3_share_with_a_fixed_denominator_and_its_value_to_ten_places() -> None:
    ind = share("0.2", denominator=3)
    data = [Fact(indicator="S", on=D(2025, 1, k), subject=f"i{k}") for k in range(1, 3)]
    result = evaluate(ind, data, as_of=D(2025, 9, 1))
    assert (result.numerator, result.denominator, result.value, result.reached_on) == (
        2,
        3,
        Decimal("0.6666666667"),
        D(2025, 1, 1),
    )


def test_i3_share_denominator_from_the_latest_total_fact() -> None:
    ind = share("0.5")
    data = [
        Fact(indicator="S", on=D(2025, 1, 1), subject="VIIS", value=Decimal(10), kind=FactKind.TOTAL),
        Fact(indicator="S", on=D(2025, 6, 1), subject="VIIS", value=Decimal(4), kind=FactKind.TOTAL),
        Fact(indicator="S", on=D(2025, 6, 1), subject="other", value=Decimal(3), kind=FactKind.TOTAL),
        Fact(indicator="S", on=D(2025, 2, 1), subject="i1"),
        Fact(indicator="S", on=D(2025, 3, 1), subject="i2"),
    ]
    assert evaluate(ind, data, as_of=D(2025, 5, 31)).denominator == 10
    result = evaluate(ind, data, as_of=D(2025, 6, 1))
    assert (result.numerator, result.denominator, result.value, result.status) == (2, 4, Decimal("0.5"), Status.MET)


def test_i3_share_without_a_known_denominator_has_no_value() -> None:
    ind = share("0.5", deadline=D(2025, 8, 31))
    data = [Fact(indicator="S", on=D(2025, 2, 1), subject="i1")]
    result = evaluate(ind, data, as_of=D(2025, 9, 1))
    assert (result.value, result.numerator, result.denominator, result.status) == (None, 1, None, Status.MISSED)
    zero = [*data, Fact(indicator="S", on=D(2025, 1, 1), subject="VIIS", value=Decimal(0), kind=FactKind.TOTAL)]
    assert evaluate(ind, zero, as_of=D(2025, 9, 1)).value is None


def test_i3_lower_is_better_share() -> None:
    ind = share("0.5", denominator=4, higher_is_better=False)
    data = [Fact(indicator="S", on=D(2025, 1, k), subject=f"i{k}") for k in range(1, 4)]
    assert evaluate(ind, data, as_of=D(2025, 1, 2)).reached_on == D(2025, 1, 1)
    assert evaluate(ind, data, as_of=D(2025, 1, 3)).reached_on is None


# --------------------------------------------------------------------------- milestones (I-5), T-7, improvement


def test_i5_milestone_is_delivered_when_every_component_is() -> None:
    ind = Indicator(
        code="M",
        title_lv="Materiāli",
        measure=Measure.MILESTONE,
        target=Decimal(1),
        deadline=D(2026, 3, 31),
        population=("matemātika/pamatskola", "programmēšana/vidusskola"),
    )
    data = [
        Fact(indicator="M", on=D(2026, 1, 10), subject="matemātika/pamatskola"),
        Fact(indicator="M", on=D(2026, 4, 2), subject="programmēšana/vidusskola"),
    ]
    pending = evaluate(ind, data, as_of=D(2026, 3, 1))
    assert (pending.value, pending.numerator, pending.denominator, pending.status) == (Decimal(0), 1, 2, Status.PENDING)
    late = evaluate(ind, data, as_of=D(2026, 5, 1))
    assert (late.value, late.reached_on, late.status) == (Decimal(1), D(2026, 4, 2), Status.MET_LATE)


def test_i5_milestone_without_components_is_delivered_by_any_fact() -> None:
    ind = Indicator(code="M", title_lv="Mācības", measure=Measure.MILESTONE, target=Decimal(1), deadline=D(2025, 8, 31))
    result = evaluate(ind, [Fact(indicator="M", on=D(2025, 3, 3), subject="start")], as_of=D(2025, 9, 1))
    assert (result.value, result.numerator, result.denominator, result.status) == (Decimal(1), None, None, Status.MET)


def every_year(target: str = "0.5", **fields: object) -> Indicator:
    return Indicator(
        code="R",
        title_lv="Regulārs atbalsts",
        measure=Measure.SHARE,
        counting=Counting.EVERY_YEAR,
        target=Decimal(target),
        period=DateRange(start=D(2024, 10, 1), end=D(2026, 12, 31)),
        **fields,  # type: ignore[arg-type]
    )


def test_t7_regular_support_counts_institutions_supported_in_every_complete_yearly_window() -> None:
    ind = every_year(denominator=4)
    data = [
        Fact(indicator="R", on=D(2024, 11, 1), subject="a"),
        Fact(indicator="R", on=D(2025, 10, 5), subject="a"),
        Fact(indicator="R", on=D(2025, 1, 1), subject="b"),
        Fact(indicator="R", on=D(2025, 9, 30), subject="b"),
        Fact(indicator="R", on=D(2026, 1, 1), subject="c"),
        Fact(indicator="R", on=D(2027, 1, 1), subject="d"),  # after the period
    ]
    first = evaluate(ind, data, as_of=D(2025, 9, 30))
    assert (first.numerator, first.value, first.reached_on, first.status) == (
        2,
        Decimal("0.5"),
        D(2025, 9, 30),
        Status.MET,
    )
    second = evaluate(ind, data, as_of=D(2026, 9, 30))
    assert (second.numerator, second.reached_on, second.status) == (1, None, Status.NOT_DUE)


@pytest.mark.parametrize(
    ("as_of", "numerator"),
    [(D(2025, 9, 29), 0), (D(2025, 9, 30), 1), (D(2025, 10, 1), 1)],
)
def test_t7_a_window_counts_from_the_day_it_ends_not_before(as_of: date, numerator: int) -> None:
    result = evaluate(every_year(denominator=1), [Fact(indicator="R", on=D(2024, 10, 1), subject="a")], as_of=as_of)
    assert result.numerator == numerator


@pytest.mark.parametrize(
    ("days", "numerator"),
    [
        ((D(2024, 10, 1), D(2025, 10, 1)), 1),  # the first day of each window
        ((D(2025, 9, 30), D(2026, 9, 30)), 1),  # the last day of each window
        ((D(2024, 10, 1), D(2025, 9, 30)), 0),  # both in the first window, none in the second
        ((D(2024, 9, 30), D(2025, 10, 1)), 0),  # the day before the period starts counts in no window
    ],
)
def test_t7_facts_on_the_edges_of_the_yearly_windows(days: tuple[date, date], numerator: int) -> None:
    data = [Fact(indicator="R", on=day, subject="a") for day in days]
    assert evaluate(every_year(denominator=1), data, as_of=D(2026, 9, 30)).numerator == numerator


def test_t7_the_last_clipped_window_counts_up_to_the_periods_end() -> None:
    windows = (D(2024, 10, 1), D(2025, 10, 1))
    inside = [Fact(indicator="R", on=day, subject="a") for day in (*windows, D(2026, 12, 31))]
    outside = [Fact(indicator="R", on=day, subject="a") for day in (*windows, D(2027, 1, 1))]
    assert evaluate(every_year(denominator=1), inside, as_of=D(2026, 12, 31)).numerator == 1
    assert evaluate(every_year(denominator=1), inside, as_of=D(2026, 12, 30)).numerator == 1  # two windows complete
    assert evaluate(every_year(denominator=1), outside, as_of=D(2027, 6, 1)).numerator == 0


def test_t7_regular_support_within_a_population() -> None:
    ind = every_year(population=("a",))
    data = [Fact(indicator="R", on=D(2024, 11, 1), subject="a"), Fact(indicator="R", on=D(2024, 11, 1), subject="z")]
    assert evaluate(ind, data, as_of=D(2025, 10, 1)).numerator == 1


def improved(target: int = 1, **fields: object) -> Indicator:
    return Indicator(
        code="P",
        title_lv="Pozitīva dinamika",
        measure=Measure.COUNT,
        counting=Counting.IMPROVED,
        target=Decimal(target),
        **fields,  # type: ignore[arg-type]
    )


def measured(subject: str, on: date, value: str) -> Fact:
    return Fact(indicator="P", on=on, subject=subject, value=Decimal(value), kind=FactKind.MEASUREMENT)


def test_i5_item11_counts_institutions_measured_higher_after_their_first_support() -> None:
    data = [
        measured("a", D(2025, 6, 30), "60"),
        Fact(indicator="P", on=D(2025, 9, 1), subject="a"),
        Fact(indicator="P", on=D(2026, 2, 1), subject="a"),
        measured("a", D(2025, 12, 31), "59"),
        measured("a", D(2026, 6, 30), "61"),
        measured("b", D(2025, 9, 1), "50"),  # on the day of the first support: still "before"
        measured("b", D(2025, 9, 1), "40"),  # the same day measured twice: the larger counts
        Fact(indicator="P", on=D(2025, 9, 1), subject="b"),
        measured("b", D(2025, 12, 31), "45"),
        Fact(indicator="P", on=D(2025, 9, 1), subject="c"),  # never measured before support
        measured("c", D(2025, 12, 31), "70"),
    ]
    result = evaluate(improved(), data, as_of=D(2026, 12, 31))
    assert (result.value, result.reached_on, result.status) == (Decimal(1), D(2026, 6, 30), Status.MET)
    assert evaluate(improved(), data, as_of=D(2026, 6, 29)).status is Status.NOT_DUE
    assert evaluate(improved(population=("b",)), data, as_of=D(2026, 12, 31)).value == 0


def test_i5_item11_an_improvement_counts_from_the_first_day_it_shows() -> None:
    # measured higher than the baseline twice after the first support: reached on the first of those days
    data = [
        measured("a", D(2025, 6, 30), "60"),
        Fact(indicator="P", on=D(2025, 9, 1), subject="a"),
        measured("a", D(2025, 12, 31), "61"),
        measured("a", D(2026, 6, 30), "65"),
    ]
    result = evaluate(improved(), data, as_of=D(2026, 12, 31))
    assert (result.value, result.reached_on, result.status) == (Decimal(1), D(2025, 12, 31), Status.MET)
    assert evaluate(improved(), data, as_of=D(2025, 12, 30)).value == 0
    assert evaluate(improved(), data, as_of=D(2025, 12, 31)).value == 1
