"""Indicators: definitions (I-1), evaluation as of a date (I-2), shares (I-3) and mergeable aggregates (I-4)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from itertools import pairwise

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.indicators import (
    Count,
    Counting,
    DateSpan,
    DistinctCount,
    Fact,
    FactKind,
    Indicator,
    IndicatorResult,
    Measure,
    Report,
    Share,
    Status,
    Sum,
    Summary,
    _Tally,
    evaluate,
    evaluate_summary,
    facts_from,
    status_of,
    summarize,
)
from karjera_core.strategies._indicators import (
    TYPE_STRATEGIES,
    counts,
    date_spans,
    distinct_counts,
    fact_days,
    facts,
    indicators,
    shares,
    sums,
)
from karjera_core.time import DateRange

D = date
PERIOD = DateRange(start=D(2024, 10, 1), end=D(2027, 12, 31))


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


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [problem.code for problem in error.value.problems]


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
    assert codes(error) == [
        "indicator.code",
        "indicator.title_lv",
        "indicator.title_en",
        "indicator.measure",
        "indicator.counting",
        "indicator.higher_is_better",
        "indicator.target",
        "indicator.deadline",
        "indicator.baseline",
        "indicator.project",
        "indicator.period",
        "indicator.population",
        "indicator.denominator",
    ]
    assert "secret-subject" not in str(error.value)


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"measure": Measure.SHARE, "target": Decimal("1.5")}, "indicator.target"),
        ({"measure": Measure.MILESTONE, "target": Decimal(2)}, "indicator.target"),
        ({"measure": Measure.COUNT, "target": Decimal(0)}, "indicator.target.zero"),
        ({"measure": Measure.COUNT, "target": Decimal(-1)}, "indicator.target"),
        ({"measure": Measure.COUNT, "target": Decimal("1E+20")}, "indicator.target"),
        ({"measure": Measure.COUNT, "target": Decimal("1E-20")}, "indicator.target"),
        ({"measure": Measure.COUNT, "target": Decimal(1), "population": ("a", "a")}, "indicator.population.duplicate"),
        ({"measure": Measure.COUNT, "target": Decimal(1), "project": 42}, "indicator.project"),
    ],
)
def test_i1_indicator_refuses_a_bad_target_population_or_project(fields: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as error:
        Indicator(code="X", title_lv="X", **fields)  # type: ignore[arg-type]
    assert codes(error) == [code]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"measure": Measure.SHARE, "counting": Counting.SUM, "target": Decimal("0.5")}, "indicator.counting.measure"),
        (
            {"measure": Measure.MILESTONE, "counting": Counting.IMPROVED, "target": Decimal(1)},
            "indicator.counting.milestone",
        ),
        (
            {"measure": Measure.MILESTONE, "higher_is_better": False, "target": Decimal(1)},
            "indicator.counting.milestone",
        ),
        (
            {"measure": Measure.COUNT, "counting": Counting.FACTS, "target": Decimal(1), "population": ("a",)},
            "indicator.population.counting",
        ),
        ({"measure": Measure.COUNT, "target": Decimal(1), "denominator": 5}, "indicator.denominator.unused"),
        (
            {"measure": Measure.SHARE, "target": Decimal("0.5"), "denominator": 5, "population": ("a",)},
            "indicator.denominator.unused",
        ),
        (
            {"measure": Measure.COUNT, "counting": Counting.EVERY_YEAR, "target": Decimal(1)},
            "indicator.period.every_year",
        ),
        (
            {
                "measure": Measure.COUNT,
                "counting": Counting.EVERY_YEAR,
                "target": Decimal(1),
                "period": DateRange(start=D(2024, 1, 1)),
            },
            "indicator.period.every_year",
        ),
    ],
)
def test_i1_indicator_refuses_fields_that_do_not_go_together(fields: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as error:
        Indicator(code="X", title_lv="X", **fields)  # type: ignore[arg-type]
    assert codes(error) == [code]


def test_i1_lower_is_better_allows_a_zero_target_and_project_numbers_are_canonical() -> None:
    ind = Indicator(
        code="X",
        title_lv="X",
        measure=Measure.COUNT,
        target=Decimal(0),
        higher_is_better=False,
        project="4.2.2.3/1/24/I/001",
    )
    assert ind.target == 0
    with pytest.raises(ValidationError):
        Indicator(code="X", title_lv="X", measure=Measure.COUNT, target=Decimal(1), project="4.2.2.3/1/24/1/001")


def test_t7_every_year_indicator_has_the_yearly_windows_of_its_period() -> None:
    ind = count(1, counting=Counting.EVERY_YEAR, period=DateRange(start=D(2024, 10, 1), end=D(2025, 12, 31)))
    assert [str(w) for w in ind.windows] == ["2024-10-01..2025-09-30", "2025-10-01..2025-12-31"]


def test_enum_labels_are_latvian() -> None:
    assert Measure.SHARE.label == "īpatsvars"
    assert Counting.EVERY_YEAR.label == "katru gadu"
    assert FactKind.TOTAL.label == "kopskaits"
    assert Status.MET_LATE.label == "sasniegts pēc termiņa"
    assert all(member.label for enum in (Measure, Counting, FactKind, Status) for member in enum)


# --------------------------------------------------------------------------- facts


def test_fact_defaults_to_an_occurrence_without_value() -> None:
    fact = occurred("Valmieras novads", D(2025, 1, 15))
    assert (fact.kind, fact.value) == (FactKind.OCCURRED, None)


def test_fact_reports_every_bad_field_without_echoing_them() -> None:
    with pytest.raises(ValidationError) as error:
        Fact(indicator=" C", on=datetime(2025, 1, 1), subject=" ", kind="occurred")  # type: ignore[arg-type]
    assert codes(error) == ["fact.indicator", "date.type", "fact.subject", "fact.kind"]
    with pytest.raises(ValidationError) as error:
        Fact(indicator="C", on=D(1800, 1, 1), subject="x" * 201, value=Decimal("Infinity"))
    assert codes(error) == ["date.range", "fact.subject", "fact.value"]


@pytest.mark.parametrize(
    ("kind", "value", "code"),
    [
        (FactKind.TOTAL, None, "fact.value.missing"),
        (FactKind.MEASUREMENT, None, "fact.value.missing"),
        (FactKind.TOTAL, Decimal("1.5"), "fact.value.total"),
        (FactKind.TOTAL, Decimal(-1), "fact.value.total"),
        (FactKind.OCCURRED, Decimal(-1), "fact.value.negative"),
        (FactKind.OCCURRED, 1.5, "fact.value"),
    ],
)
def test_fact_value_must_suit_its_kind(kind: FactKind, value: object, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        Fact(indicator="C", on=D(2025, 1, 1), subject="s", value=value, kind=kind)  # type: ignore[arg-type]
    assert codes(error) == [code]


def test_fact_measurement_may_be_negative_and_facts_pickle() -> None:
    fact = Fact(indicator="C", on=D(2025, 1, 1), subject="s", value=Decimal("-2.5"), kind=FactKind.MEASUREMENT)
    assert pickle.loads(pickle.dumps(fact)) == fact


def test_i6_facts_from_any_iterable_of_domain_objects() -> None:
    events = [("2017-04-20", "school-1", 120), ("2017-05-03", "school-2", 90)]
    made = list(
        facts_from(
            events,
            indicator="C-9",
            on=lambda e: D.fromisoformat(e[0]),
            subject=lambda e: e[1],
            value=lambda e: Decimal(e[2]),
        )
    )
    assert [(f.on, f.subject, f.value) for f in made] == [
        (D(2017, 4, 20), "school-1", Decimal(120)),
        (D(2017, 5, 3), "school-2", Decimal(90)),
    ]
    plain = list(facts_from(events, indicator="C-9", on=lambda e: D.fromisoformat(e[0]), subject=lambda e: e[1]))
    assert plain[0].value is None
    with pytest.raises(ValidationError) as error:
        list(facts_from(events, indicator="C-9", on=lambda e: D.fromisoformat(e[0]), subject=lambda e: ""))
    assert error.value.problems[0].path == "$[0].subject"


# --------------------------------------------------------------------------- I-2 status and evaluation


@pytest.mark.parametrize(
    ("reached_on", "deadline", "as_of", "status"),
    [
        (D(2025, 8, 31), D(2025, 8, 31), D(2025, 9, 30), Status.MET),
        (D(2025, 9, 1), D(2025, 8, 31), D(2025, 9, 30), Status.MET_LATE),
        (None, D(2025, 8, 31), D(2025, 8, 31), Status.PENDING),
        (None, D(2025, 8, 31), D(2025, 9, 1), Status.MISSED),
        (None, None, D(2025, 9, 1), Status.NOT_DUE),
        (D(2025, 1, 1), None, D(2025, 9, 1), Status.MET),
    ],
)
def test_i2_status_follows_the_reach_date_and_deadline(
    reached_on: date | None, deadline: date | None, as_of: date, status: Status
) -> None:
    assert status_of(reached_on, deadline, as_of) is status


def test_i2_count_target_is_reached_on_the_day_the_kth_subject_is_first_seen() -> None:
    ind = count(2, deadline=D(2025, 8, 31))
    data = [occurred("a", D(2025, 3, 1)), occurred("a", D(2025, 2, 1)), occurred("b", D(2025, 9, 9))]
    late = evaluate(ind, data, as_of=D(2025, 12, 31))
    assert (late.value, late.reached_on, late.status) == (Decimal(2), D(2025, 9, 9), Status.MET_LATE)
    assert evaluate(ind, data, as_of=D(2025, 6, 1)).status is Status.PENDING
    missed = evaluate(ind, data, as_of=D(2025, 9, 1))
    assert (missed.value, missed.reached_on, missed.status) == (Decimal(1), None, Status.MISSED)
    on_time = evaluate(ind, [*data, occurred("c", D(2025, 8, 31))], as_of=D(2025, 12, 31))
    assert (on_time.value, on_time.reached_on, on_time.status) == (Decimal(3), D(2025, 8, 31), Status.MET)


def test_i2_without_deadline_a_count_is_not_due_until_reached_then_met() -> None:
    ind = count(2)
    data = [occurred("a", D(2025, 1, 1)), occurred("b", D(2025, 6, 1))]
    assert evaluate(ind, data, as_of=D(2025, 5, 31)).status is Status.NOT_DUE
    assert evaluate(ind, data, as_of=D(2025, 6, 1)).status is Status.MET


def test_i2_facts_after_as_of_and_outside_the_period_do_not_count() -> None:
    ind = count(1, period=DateRange(start=D(2025, 1, 1), end=D(2025, 12, 31)))
    data = [occurred("a", D(2024, 12, 31)), occurred("b", D(2026, 1, 1)), occurred("c", D(2025, 7, 1))]
    assert evaluate(ind, data, as_of=D(2030, 1, 1)).value == 1
    assert evaluate(ind, data, as_of=D(2025, 6, 30)).value == 0
    open_period = count(1, period=DateRange(start=D(2025, 1, 1)))
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


def test_c9_sum_needs_a_value_on_every_counted_fact() -> None:
    pupils = count(900, counting=Counting.SUM)
    data = [occurred("e", D(2017, 4, 20), value=Decimal(1)), occurred("f", D(2017, 5, 3))]
    with pytest.raises(ValidationError) as error:
        evaluate(pupils, data, as_of=D(2017, 8, 31))
    assert [(p.path, p.code) for p in error.value.problems] == [("$.facts[1].value", "fact.value.missing")]
    with pytest.raises(ValidationError) as error:
        evaluate(pupils, iter(data), as_of=D(2017, 8, 31))
    assert error.value.problems[0].path == "$.facts[?].value"


def test_i2_lower_is_better_is_met_while_the_value_stays_at_or_under_the_target() -> None:
    ceiling = count(1, higher=False, deadline=D(2025, 12, 31))
    assert evaluate(ceiling, [], as_of=D(2025, 6, 1)).status is Status.PENDING  # nothing measured yet
    data = [occurred("a", D(2025, 2, 1))]
    result = evaluate(ceiling, data, as_of=D(2025, 6, 1))
    assert (result.value, result.reached_on, result.status) == (Decimal(1), D(2025, 2, 1), Status.MET)
    data.append(occurred("b", D(2025, 3, 1)))
    result = evaluate(ceiling, data, as_of=D(2026, 1, 1))
    assert (result.value, result.reached_on, result.status) == (Decimal(2), None, Status.MISSED)


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


def test_i3_share_with_a_fixed_denominator() -> None:
    ind = share("0.2", denominator=10)
    data = [Fact(indicator="S", on=D(2025, 1, k), subject=f"i{k}") for k in range(1, 4)]
    result = evaluate(ind, data, as_of=D(2025, 9, 1))
    assert (result.numerator, result.denominator, result.value, result.reached_on) == (
        3,
        10,
        Decimal("0.3"),
        D(2025, 1, 2),
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
    assert evaluate(ind, data, as_of=D(2025, 5, 1)).denominator == 10
    result = evaluate(ind, data, as_of=D(2025, 7, 1))
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


# --------------------------------------------------------------------------- milestones, T-7, improvement


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
    assert (pending.value, pending.numerator, pending.denominator, pending.status) == (
        Decimal(0),
        1,
        2,
        Status.PENDING,
    )
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
    assert evaluate(ind, data, as_of=D(2025, 9, 29)).value == 0  # no window complete yet
    first = evaluate(ind, data, as_of=D(2025, 9, 30))
    assert (first.numerator, first.value, first.reached_on, first.status) == (
        2,
        Decimal("0.5"),
        D(2025, 9, 30),
        Status.MET,
    )
    second = evaluate(ind, data, as_of=D(2026, 9, 30))
    assert (second.numerator, second.reached_on, second.status) == (1, None, Status.NOT_DUE)


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


# --------------------------------------------------------------------------- bad input to the engine


def test_i4_summarize_refuses_what_is_not_a_fact_and_names_its_position() -> None:
    ind = count()
    with pytest.raises(ValidationError) as error:
        summarize(ind, [occurred("a", D(2025, 1, 1)), "fact"], as_of=D(2025, 1, 1))  # type: ignore[list-item]
    assert [(p.path, p.code) for p in error.value.problems] == [("$.facts[1]", "facts.item")]
    with pytest.raises(ValidationError) as error:
        summarize(ind, 42, as_of=D(2025, 1, 1))  # type: ignore[arg-type]
    assert codes(error) == ["facts.type"]
    with pytest.raises(ValidationError) as error:
        summarize(ind, [], as_of=datetime(2025, 1, 1))
    assert codes(error) == ["date.type"]


def test_i4_summarize_refuses_a_bad_catalogue() -> None:
    with pytest.raises(ValidationError) as error:
        summarize([count(), count(), "x"], [], as_of=D(2025, 1, 1))  # type: ignore[list-item]
    assert codes(error) == ["indicators.item"]
    with pytest.raises(ValidationError) as error:
        summarize([count(), count()], [], as_of=D(2025, 1, 1))
    assert [(p.path, p.code) for p in error.value.problems] == [("$.indicators[1].code", "indicators.duplicate")]
    with pytest.raises(ValidationError) as error:
        summarize("C", [], as_of=D(2025, 1, 1))  # type: ignore[arg-type]
    assert codes(error) == ["indicators.type"]


def test_i4_facts_of_other_indicators_are_counted_as_ignored() -> None:
    summary = summarize([count()], [occurred("a", D(2025, 1, 1), code="other")], as_of=D(2025, 1, 1))
    assert summary.ignored == 1


def test_evaluate_refuses_what_is_not_an_indicator_or_a_summary() -> None:
    with pytest.raises(ValidationError):
        evaluate("C", [], as_of=D(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        evaluate_summary("summary")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- I-4 summaries


def test_i4_summary_merge_checks_its_partner() -> None:
    a = summarize([count()], [], as_of=D(2025, 1, 1))
    with pytest.raises(ValidationError) as error:
        a.merge(summarize([count()], [], as_of=D(2025, 1, 2)))
    assert codes(error) == ["summary.mismatch"]
    with pytest.raises(ValidationError) as error:
        a.merge("b")  # type: ignore[arg-type]
    assert codes(error) == ["summary.type"]
    with pytest.raises(ValidationError) as error:
        Summary.merge_all([])
    assert codes(error) == ["summary.none"]
    assert Summary.merge_all([a]) is a


def test_i4_summary_and_tally_refuse_parts_that_do_not_fit() -> None:
    with pytest.raises(ValidationError):
        Summary(indicators=(count(),), as_of=D(2025, 1, 1), tallies=())
    with pytest.raises(ValidationError):
        _Tally(days=(D(2025, 1, 1),))


def test_i4_summaries_merge_days_windows_measurements_and_totals() -> None:
    catalogue = [
        count(5, code="F", counting=Counting.SUM),
        every_year(denominator=2),
        improved(),
        share("0.5"),
    ]
    part_a = [
        Fact(indicator="F", on=D(2025, 1, 1), subject="e", value=Decimal(2)),
        Fact(indicator="R", on=D(2024, 11, 1), subject="a"),
        measured("m", D(2025, 1, 1), "5"),
        Fact(indicator="S", on=D(2025, 1, 1), subject="VIIS", value=Decimal(4), kind=FactKind.TOTAL),
    ]
    part_b = [
        Fact(indicator="F", on=D(2025, 1, 1), subject="e", value=Decimal(3)),
        Fact(indicator="F", on=D(2025, 1, 2), subject="e", value=Decimal(3)),
        Fact(indicator="R", on=D(2025, 10, 1), subject="a"),
        measured("m", D(2025, 1, 1), "7"),
        measured("m", D(2025, 1, 1), "6"),
        Fact(indicator="S", on=D(2025, 1, 1), subject="VIIS", value=Decimal(6), kind=FactKind.TOTAL),
    ]
    as_of = D(2026, 12, 31)
    merged = summarize(catalogue, part_a, as_of=as_of).merge(summarize(catalogue, part_b, as_of=as_of))
    assert merged == summarize(catalogue, part_a + part_b, as_of=as_of)
    reverse = summarize(catalogue, part_b, as_of=as_of).merge(summarize(catalogue, part_a, as_of=as_of))
    assert reverse == merged
    report = evaluate_summary(merged)
    assert report["F"].value == 8
    assert report["S"].denominator == 6
    assert merged.tallies[2].measured_values == (Decimal(7),)


# --------------------------------------------------------------------------- results and reports


def test_i2_result_refuses_a_status_that_does_not_follow_from_its_dates() -> None:
    result = evaluate(count(1), [occurred("a", D(2025, 1, 1))], as_of=D(2025, 2, 1))
    assert attrs.evolve(result, as_of=D(2025, 3, 1)).reached_on == D(2025, 1, 1)
    with pytest.raises(ValidationError):
        attrs.evolve(result, status=Status.NOT_DUE)
    with pytest.raises(ValidationError):
        attrs.evolve(result, reached_on=D(2025, 3, 1))


def test_report_is_indexed_by_position_and_code_and_refuses_bad_keys() -> None:
    report = evaluate_summary(summarize([count(code="A"), count(code="B")], [], as_of=D(2025, 1, 1)))
    assert len(report) == 2
    assert [r.code for r in report] == ["A", "B"]
    assert report["B"] is report[1] is report[-1]
    for key in ("Z", 2, True):
        with pytest.raises(ValidationError):
            report[key]  # type: ignore[index,unused-ignore]
    with pytest.raises(ValidationError):
        Report(as_of=D(2025, 1, 2), results=report.results)


def test_results_and_reports_render_as_escaped_html_tables() -> None:
    catalogue = [
        Indicator(code="<b>", title_lv="Skaits <script>", measure=Measure.COUNT, target=Decimal("2.50")),
        share("0.9", population=("a", "b")),
        Indicator(code="M", title_lv="Nodevums", measure=Measure.MILESTONE, target=Decimal(1)),
        Indicator(code="N", title_lv="Nodots", measure=Measure.MILESTONE, target=Decimal(1)),
        Indicator(code="L", title_lv="Griesti", measure=Measure.COUNT, target=Decimal(3), higher_is_better=False),
        share("0.5", deadline=D(2025, 1, 1)),
    ]
    catalogue[-1] = Indicator(
        code="T", title_lv="Bez saucēja", measure=Measure.SHARE, target=Decimal("0.5"), deadline=D(2025, 1, 1)
    )
    data = [Fact(indicator="S", on=D(2025, 1, 1), subject="a"), Fact(indicator="N", on=D(2025, 1, 1), subject="x")]
    report = evaluate_summary(summarize(catalogue, data, as_of=D(2025, 6, 1)))
    page = report._repr_html_()
    assert page.startswith('<table class="karjera-report">')
    assert "&lt;script&gt;" in page
    assert "<script>" not in page
    assert "&lt;b&gt;" in page
    assert "50.0 %" in page
    assert "90.0 %" in page
    assert "1 / 2" in page
    assert "nav nodots" in page
    assert ">nodots<" in page
    assert "≤ 3" in page
    assert ">2.5<" in page
    assert "–" in page
    assert 'data-status="missed"' in page
    assert report[0]._repr_html_().count("<tr") == 2


# --------------------------------------------------------------------------- small aggregates


def fact_list() -> list[Fact]:
    return [occurred("b", D(2025, 3, 1), value=Decimal(2)), occurred("a", D(2025, 1, 1), value=Decimal(3))]


def test_i4_small_aggregates_from_facts() -> None:
    assert Count.from_facts(fact_list()) == Count(2)
    assert Sum.from_facts(fact_list()) == Sum(Decimal(5))
    assert DateSpan.from_facts(fact_list()) == DateSpan(earliest=D(2025, 1, 1), latest=D(2025, 3, 1))
    assert DateSpan.from_facts([]) == DateSpan.empty()
    assert Share.from_facts(fact_list(), population=["a", "z"]) == Share(numerator=1, denominator=2)
    distinct = DistinctCount.from_facts([*fact_list(), occurred("a", D(2025, 2, 1))])
    assert (distinct.count, distinct.subjects, distinct.firsts) == (2, ("a", "b"), (D(2025, 1, 1), D(2025, 3, 1)))
    assert distinct.as_dict() == {"a": D(2025, 1, 1), "b": D(2025, 3, 1)}
    assert Share.empty().value is None
    assert Share(numerator=1, denominator=4).value == Decimal("0.25")
    assert repr(Count(2)) == "Count(2)"
    assert repr(Sum(Decimal(5))) == "Sum(Decimal('5'))"


def test_i4_small_aggregates_refuse_bad_input() -> None:
    with pytest.raises(ValidationError) as error:
        Sum.from_facts([occurred("a", D(2025, 1, 1))])
    assert codes(error) == ["sum.value.missing"]
    with pytest.raises(ValidationError) as error:
        Count.from_facts([occurred("a", D(2025, 1, 1)), 3])  # type: ignore[list-item]
    assert [p.path for p in error.value.problems] == ["$[1]"]
    with pytest.raises(ValidationError):
        Count.from_facts("facts")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Share.from_facts([], population=[1])  # type: ignore[list-item]
    bad: list[tuple[type, dict[str, object]]] = [
        (Share, {"numerator": 3, "denominator": 2}),
        (DateSpan, {"earliest": D(2025, 2, 1), "latest": D(2025, 1, 1)}),
        (DateSpan, {"earliest": D(2025, 2, 1)}),
        (DistinctCount, {"subjects": ("b", "a"), "firsts": (D(2025, 1, 1), D(2025, 1, 1))}),
        (DistinctCount, {"subjects": ("a",), "firsts": ()}),
    ]
    for cls, fields in bad:
        with pytest.raises(ValidationError):
            cls(**fields)
    for make in (lambda: Count(-1), lambda: Count(True), lambda: Sum(Decimal("NaN")), lambda: Sum(1)):  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            make()


@given(st.data())
def test_i4_every_small_aggregate_merges_associatively_commutatively_with_an_identity(data: st.DataObject) -> None:
    for strategy in (counts(), sums(), date_spans(), shares(), distinct_counts()):
        a, b, c = data.draw(strategy), data.draw(strategy), data.draw(strategy)
        empty = type(a).empty()  # type: ignore[attr-defined]
        assert a.merge(b) == b.merge(a)  # type: ignore[attr-defined]
        assert a.merge(b).merge(c) == a.merge(b.merge(c))  # type: ignore[attr-defined]
        assert a.merge(empty) == a == empty.merge(a)  # type: ignore[attr-defined]


@given(st.lists(facts(kinds=(FactKind.OCCURRED,), valued=True), max_size=20), st.data())
def test_i4_small_aggregates_of_parts_merge_to_the_aggregate_of_the_whole(
    drawn: list[Fact], data: st.DataObject
) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(drawn)))
    left, right = drawn[:cut], drawn[cut:]
    assert Count.from_facts(left).merge(Count.from_facts(right)) == Count.from_facts(drawn)
    assert Sum.from_facts(left).merge(Sum.from_facts(right)) == Sum.from_facts(drawn)
    assert DateSpan.from_facts(left).merge(DateSpan.from_facts(right)) == DateSpan.from_facts(drawn)
    assert DistinctCount.from_facts(left).merge(DistinctCount.from_facts(right)) == DistinctCount.from_facts(drawn)


# --------------------------------------------------------------------------- properties of the engine


@st.composite
def catalogues(draw: st.DrawFn) -> list[Indicator]:
    chosen = draw(st.lists(st.sampled_from(("A", "B", "C")), unique=True, min_size=1))
    return [draw(indicators(code=code)) for code in chosen]


def drawn_facts(catalogue: list[Indicator]) -> st.SearchStrategy[list[Fact]]:
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    return st.lists(facts(valued=valued), max_size=40)


@given(st.data())
def test_i4_any_partition_merged_in_any_order_gives_the_result_of_the_whole(data: st.DataObject) -> None:
    catalogue = data.draw(catalogues())
    drawn = data.draw(drawn_facts(catalogue))
    as_of = data.draw(fact_days())
    parts_count = data.draw(st.integers(min_value=1, max_value=5))
    owners = data.draw(
        st.lists(st.integers(min_value=0, max_value=parts_count - 1), min_size=len(drawn), max_size=len(drawn))
    )
    parts = [[f for f, owner in zip(drawn, owners, strict=True) if owner == k] for k in range(parts_count)]
    summaries = [summarize(catalogue, part, as_of=as_of) for part in parts]
    summaries = data.draw(st.permutations(summaries))
    whole = summarize(catalogue, drawn, as_of=as_of)
    merged = Summary.merge_all(summaries)
    assert merged == whole
    assert evaluate_summary(merged) == evaluate_summary(whole)
    # A tree of merges, not only left to right, and the identity.
    if len(summaries) >= 3:
        tree = summaries[0].merge(summaries[1].merge(summaries[2]))
        assert tree == Summary.merge_all(summaries[:3])
    assert merged.merge(Summary.empty(catalogue, as_of=as_of)) == merged


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
        ind = attrs.evolve(ind, higher_is_better=True, target=ind.target or Decimal(1))
    # Without TOTAL facts: a share's denominator may change with them, and with it when the target was reached.
    kinds = (FactKind.OCCURRED, FactKind.MEASUREMENT)
    drawn = data.draw(st.lists(facts(indicator="A", kinds=kinds, valued=ind.counting is Counting.SUM), max_size=30))
    days = sorted(set(data.draw(st.lists(fact_days(), min_size=2, max_size=8))))
    results = [evaluate(ind, drawn, as_of=day) for day in days]
    for earlier, later in pairwise(results):
        assert later.status in ALLOWED_NEXT[earlier.status]
        if earlier.reached_on is not None:
            assert later.reached_on == earlier.reached_on


def test_strategies_cover_every_public_type_of_the_module() -> None:
    assert set(TYPE_STRATEGIES) == {
        Indicator,
        Fact,
        Count,
        Sum,
        DateSpan,
        Share,
        DistinctCount,
        Summary,
        IndicatorResult,
        Report,
    }


def test_i4_summarize_accepts_a_single_pass_iterator() -> None:
    def stream() -> Iterator[Fact]:
        yield occurred("a", D(2025, 1, 1))
        yield occurred("b", D(2025, 1, 2))

    assert evaluate(count(2), stream(), as_of=D(2025, 1, 2)).status is Status.MET


@pytest.mark.parametrize("subject", ["161175-19997", "Skolēns 16117519997", "328673-00679"])
def test_p7_a_fact_never_holds_a_personal_code(subject: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        Fact(indicator="P6-meals", on=date(2020, 10, 1), subject=subject)
    assert [(p.path, p.code) for p in caught.value.problems] == [("$.subject", "privacy.personal_code")]
    assert subject not in str(caught.value)
    assert subject not in repr(caught.value.args)


def test_p7_registration_numbers_and_pseudonyms_are_fine_subjects() -> None:
    for subject in (
        "4213900473",
        "L-000123",
        "Valmieras novads",
        "123456 materials",
        "99999912345",
        "Nr.９９９９９９-12345",
    ):
        assert Fact(indicator="X", on=date(2020, 10, 1), subject=subject).subject == subject
