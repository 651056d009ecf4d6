"""Funds, programming periods, project numbers and budgets (rules F-1, F-2, F-3, M-2)."""

from __future__ import annotations

import importlib
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import karjera_core.funding as funding_module
from karjera_core import schedule
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.funding import (
    ERASMUS_PLUS_2014_2020,
    ERASMUS_PLUS_2021_2027,
    ESF_2014_2020,
    ESF_PLUS_2021_2027,
    Budget,
    BudgetLine,
    Fund,
    FundingSource,
    ProgrammingPeriod,
    Regulation,
    Selection,
)
from karjera_core.money import Money
from karjera_core.serialization import json_schema, structure, unstructure
from karjera_core.strategies import _funding
from karjera_core.strategies._funding import budgets, programming_periods, project_numbers, texts
from karjera_core.time import DateRange

#: Read through importlib: the package ships no type stubs.
jsonschema: Any = importlib.import_module("jsonschema")

PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
CODE = "expected a code of 1-40 characters a-z, 0-9 or _"


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


def line(source: FundingSource, amount: int) -> BudgetLine:
    return BudgetLine(source=source, amount=Money(amount))


def period(**changes: Any) -> ProgrammingPeriod:
    values: dict[str, Any] = {"code": "x", "name": "X", "fund": Fund.ESF, "eligibility": ESF_2014_2020.eligibility}
    values.update(changes)
    return ProgrammingPeriod(**values)


# ---------------------------------------------------------------- F-1 programming periods


def test_f1_esf_2014_2020_window_from_2014_01_01_to_2023_12_31() -> None:
    assert ESF_2014_2020.fund is Fund.ESF
    assert ESF_2014_2020.eligibility == DateRange(start=date(2014, 1, 1), end=date(2023, 12, 31))
    window = ESF_2014_2020.eligibility
    assert [day in window for day in (date(2013, 12, 31), date(2014, 1, 1))] == [False, True]
    assert [day in window for day in (date(2023, 12, 31), date(2024, 1, 1))] == [True, False]
    assert ESF_2014_2020.binds_implementation is True
    assert ESF_2014_2020.numbers_have_round is False


def test_f1_esf_plus_2021_2027_window_ends_on_2029_12_31() -> None:
    assert ESF_PLUS_2021_2027.fund is Fund.ESF_PLUS
    window = ESF_PLUS_2021_2027.eligibility
    assert window == DateRange(start=date(2021, 1, 1), end=date(2029, 12, 31))
    assert [day in window for day in (date(2020, 12, 31), date(2021, 1, 1))] == [False, True]
    assert [day in window for day in (date(2029, 12, 30), date(2029, 12, 31), date(2030, 1, 1))] == [True, True, False]
    assert ESF_PLUS_2021_2027.numbers_have_round is True


def test_f1_erasmus_generations_are_programme_years_that_do_not_bind_projects() -> None:
    assert ERASMUS_PLUS_2014_2020.eligibility == DateRange(start=date(2014, 1, 1), end=date(2020, 12, 31))
    assert ERASMUS_PLUS_2021_2027.eligibility == DateRange(start=date(2021, 1, 1), end=date(2027, 12, 31))
    for generation in (ERASMUS_PLUS_2014_2020, ERASMUS_PLUS_2021_2027):
        assert generation.fund is Fund.ERASMUS_PLUS
        assert generation.binds_implementation is False
        assert generation.numbers_have_round is None
        assert str(generation) == generation.name


def test_f1_every_enumeration_has_a_latvian_label() -> None:
    for enumeration in (Fund, Selection, FundingSource):
        for member in enumeration:
            assert isinstance(member.label, str)
            assert member.label.strip()
    assert Fund.ESF.label == "Eiropas Sociālais fonds"
    assert Selection.LIMITED.label == "ierobežota projektu iesniegumu atlase"


def test_f1_programming_period_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        ProgrammingPeriod(
            code="Bad Code",
            name=" ",
            fund=untyped("esf"),
            eligibility=untyped("2014..2023"),
            legal_basis="",
            binds_implementation=untyped(1),
            numbers_have_round=untyped("yes"),
        )
    assert problems(error) == [
        ("$.code", "text.format", CODE),
        ("$.name", "text.blank", "expected a name that is not blank"),
        ("$.fund", "enum.type", "expected a Fund"),
        ("$.eligibility", "record.type", "expected a DateRange"),
        ("$.legal_basis", "text.blank", "expected a legal basis that is not blank"),
        ("$.binds_implementation", "boolean.type", "expected a bool"),
        ("$.numbers_have_round", "boolean.type", "expected a bool"),
    ]
    assert "Bad Code" not in str(error.value)


def test_f1_programming_period_needs_a_closed_window() -> None:
    with pytest.raises(ValidationError) as error:
        period(eligibility=DateRange(start=date(2014, 1, 1)))
    assert problems(error) == [
        ("$.eligibility.end", "programming_period.open_window", "expected a closed eligibility window")
    ]


def test_f1_programming_period_text_fields_are_single_lines_of_bounded_length() -> None:
    with pytest.raises(ValidationError) as error:
        period(code=untyped(7), name="X\n", legal_basis="a" * 501)
    assert problems(error) == [
        ("$.code", "text.type", f"{CODE} as a str"),
        ("$.name", "text.whitespace", "expected a name without spaces at either end"),
        ("$.name", "text.control", "expected a name without control characters or format characters"),
        ("$.legal_basis", "text.too_long", "expected a legal basis of at most 500 characters"),
    ]


def test_p7_programming_period_refuses_a_personal_code_without_echoing_it() -> None:
    with pytest.raises(PersonalDataRejected) as error:
        period(name="Skolēns 161175-19997", legal_basis="161175-19997")
    assert problems(error) == [("$.name", *PERSONAL), ("$.legal_basis", *PERSONAL)]
    assert "161175" not in str(error.value)


def test_f1_programming_period_from_json_reports_every_problem() -> None:
    data = unstructure(ESF_2014_2020)
    data.update(eligibility={"start": "2014-01-01", "end": None}, fund="ESF", extra=1)
    with pytest.raises(ValidationError) as error:
        structure(data, ProgrammingPeriod)
    assert problems(error) == [
        (
            "$.extra",
            "object.unknown_key",
            "unexpected key; expected only: code, name, fund, eligibility, legal_basis, binds_implementation, "
            "numbers_have_round",
        ),
        ("$.fund", "enum.value", "expected one of: erasmus_plus, esf, esf_plus"),
        ("$.eligibility.end", "programming_period.open_window", "expected a closed eligibility window"),
    ]
    data.update(fund="esf")
    del data["extra"]
    with pytest.raises(ValidationError) as error:
        structure(data, ProgrammingPeriod)
    assert problems(error) == [
        ("$.eligibility.end", "programming_period.open_window", "expected a closed eligibility window")
    ]


# ---------------------------------------------------------------- M-2 budgets


def test_m2_the_835_budget_adds_up_exactly() -> None:
    budget = Budget(
        total=Money(23_080_688),
        parts=(line(FundingSource.EU_FUND, 19_618_584), line(FundingSource.STATE_BUDGET, 3_462_104)),
    )
    assert budget.part(FundingSource.EU_FUND) == Money(19_618_584)
    assert budget.part(FundingSource.MUNICIPAL) == Money(0)
    assert budget.unallocated == Money(0)
    assert budget.known_sources == tuple(FundingSource)
    assert budget.unknown_sources == ()


def test_m2_a_partial_breakdown_says_what_is_unknown() -> None:
    budget = Budget(
        total=Money(49_731_514),
        parts=(line(FundingSource.EXTERNAL, 0), line(FundingSource.MUNICIPAL, 0)),
        complete=False,
    )
    assert budget.part(FundingSource.EU_FUND) is None
    assert budget.part(FundingSource.EXTERNAL) == Money(0)
    assert budget.known_sources == (FundingSource.MUNICIPAL, FundingSource.EXTERNAL)
    assert budget.unknown_sources == (FundingSource.EU_FUND, FundingSource.STATE_BUDGET, FundingSource.OTHER)
    assert budget.unallocated == Money(49_731_514)


def test_m2_parts_are_kept_in_source_order_so_equal_budgets_compare_equal() -> None:
    forward = Budget(total=Money(10), parts=(line(FundingSource.EU_FUND, 8), line(FundingSource.STATE_BUDGET, 2)))
    backward = Budget(total=Money(10), parts=(line(FundingSource.STATE_BUDGET, 2), line(FundingSource.EU_FUND, 8)))
    assert forward == backward
    assert [p.source for p in backward.parts] == [FundingSource.EU_FUND, FundingSource.STATE_BUDGET]
    assert (
        structure(unstructure(backward) | {"parts": list(reversed(unstructure(backward)["parts"]))}, Budget) == forward
    )


SUM = (
    "$.parts",
    "budget.parts_do_not_sum",
    "expected the parts of a complete budget to sum exactly to the total (M-2)",
)
EXCEED = (
    "$.parts",
    "budget.parts_exceed_total",
    "expected the known parts of an incomplete budget not to exceed the total (M-2)",
)


def test_m2_complete_parts_must_sum_exactly_to_the_total() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money("23000000.00"), parts=(line(FundingSource.EU_FUND, 19_618_584),))
    assert problems(error) == [SUM]
    assert "23000000" not in str(error.value)
    for total in ("10.01", "9.99"):
        with pytest.raises(ValidationError) as error:
            Budget(total=Money(total), parts=(line(FundingSource.EU_FUND, 10),))
        assert problems(error) == [SUM]
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(1))
    assert problems(error) == [SUM]


def test_m2_known_parts_of_a_partial_budget_never_exceed_the_total() -> None:
    parts = (line(FundingSource.EU_FUND, 4), line(FundingSource.OTHER, 2))
    assert Budget(total=Money(6), parts=parts, complete=False).unallocated == Money(0)
    with pytest.raises(ValidationError) as error:
        Budget(total=Money("5.99"), parts=parts, complete=False)
    assert problems(error) == [EXCEED]


def test_m2_a_budget_listing_every_source_is_complete() -> None:
    every = tuple(line(source, 1) for source in FundingSource)
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(9), parts=every, complete=False)
    assert problems(error) == [
        ("$.complete", "budget.nothing_unknown", "expected complete=True when every funding source is listed")
    ]
    assert Budget(total=Money(5), parts=every).unallocated == Money(0)


def test_m2_each_source_at_most_once_reported_where_the_caller_put_it() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(
            total=Money(3),
            parts=(
                line(FundingSource.STATE_BUDGET, 1),
                line(FundingSource.EU_FUND, 1),
                line(FundingSource.STATE_BUDGET, 1),
            ),
        )
    assert problems(error) == [
        ("$.parts[2].source", "budget.duplicate_source", "expected each funding source at most once")
    ]


def test_m2_at_most_one_line_per_source() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(6), parts=tuple(line(source, 1) for source in (*FundingSource, FundingSource.OTHER)))
    assert problems(error) == [("$.parts", "array.size", "expected at most 5 items")]


def test_m2_budget_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(-1), parts=untyped([line(FundingSource.EU_FUND, 1)]), complete=untyped("yes"))
    assert problems(error) == [
        ("$.parts", "array.type", "expected a tuple of items, each a BudgetLine"),
        ("$.complete", "boolean.type", "expected a bool"),
        ("$.total", "budget.negative_total", "expected a total of zero or more euros (M-2)"),
    ]


def test_m2_a_zero_total_is_a_total() -> None:
    assert Budget(total=Money(0)).unallocated == Money(0)
    with pytest.raises(ValidationError) as error:
        Budget(total=Money("-0.01"), parts=(line(FundingSource.EU_FUND, 0),))
    assert problems(error) == [("$.total", "budget.negative_total", "expected a total of zero or more euros (M-2)")]


def test_m2_budget_refuses_parts_that_are_not_lines() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=untyped(10), parts=untyped((line(FundingSource.EU_FUND, 10), "EUR 10")))
    assert problems(error) == [
        ("$.total", "record.type", "expected a Money"),
        ("$.parts[1]", "record.type", "expected a BudgetLine"),
    ]


def test_m2_budget_part_needs_a_funding_source() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(0)).part(untyped("eu_fund"))
    assert problems(error) == [("$.source", "enum.type", "expected a FundingSource")]


def test_m2_budget_line_refuses_bad_fields() -> None:
    negative = ("$.amount", "budget_line.negative_amount", "expected an amount of zero or more euros (M-2)")
    with pytest.raises(ValidationError) as error:
        BudgetLine(source=untyped("eu_fund"), amount=Money(-5))
    assert problems(error) == [("$.source", "enum.type", "expected a FundingSource"), negative]
    with pytest.raises(ValidationError) as error:
        BudgetLine(source=FundingSource.EU_FUND, amount=untyped(Decimal("1.00")))
    assert problems(error) == [("$.amount", "record.type", "expected a Money")]
    with pytest.raises(ValidationError) as error:
        BudgetLine(source=FundingSource.EU_FUND, amount=Money("-0.01"))
    assert problems(error) == [negative]
    assert BudgetLine(source=FundingSource.EU_FUND, amount=Money("0.00")).amount == Money(0)


def test_m2_budget_from_json_reports_the_nested_problems() -> None:
    data = {"total": "10.00", "parts": [{"source": "eu_fund", "amount": "-2.00"}, {"source": "state", "amount": 1}]}
    with pytest.raises(ValidationError) as error:
        structure(data, Budget)
    assert problems(error) == [
        ("$.parts[0].amount", "budget_line.negative_amount", "expected an amount of zero or more euros (M-2)"),
        ("$.parts[1].source", "enum.value", "expected one of: eu_fund, external, municipal, other, state_budget"),
        ("$.parts[1].amount", "decimal.format", "expected a decimal number written as a string, such as '0.30'"),
    ]


@given(budgets())
def test_m2_drawn_budgets_hold_the_sum_rule(budget: Budget) -> None:
    known = Money.total(part.amount for part in budget.parts)
    if budget.complete:
        assert known == budget.total
        assert budget.unallocated == Money(0)
    else:
        assert known <= budget.total
        assert budget.unknown_sources
    reordered = Budget(total=budget.total, parts=tuple(reversed(budget.parts)), complete=budget.complete)
    assert reordered == budget
    assert structure(unstructure(budget), Budget) == budget


@given(budgets(complete=True, max_total=Money(100)), budgets(complete=False, max_total=Money(100)))
def test_m2_narrowed_budgets(complete: Budget, partial: Budget) -> None:
    assert complete.complete
    assert not partial.complete
    assert complete.total <= Money(100)
    assert partial.total <= Money(100)


# ---------------------------------------------------------------- F-3 regulations


def test_f3_regulation_is_defined_once_in_schedule_and_re_exported() -> None:
    assert Regulation is schedule.Regulation
    assert funding_module.Regulation is schedule.Regulation
    regulation = Regulation(number=359, adopted=date(2016, 6, 7))
    assert str(regulation) == "MK noteikumi Nr. 359 (2016-06-07)"
    assert regulation.title is None


def test_f3_regulation_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        Regulation(number=untyped(True), adopted=untyped(datetime(2016, 6, 7)), title=" ")
    assert [p.path for p in error.value.problems] == ["$.number", "$.adopted", "$.title"]


# ---------------------------------------------------------------- the module, strategies, serialization


def test_funding_module_lists_its_names() -> None:
    assert dir(funding_module) == sorted(funding_module.__all__)
    for name in funding_module.__all__:
        value = getattr(funding_module, name)
        if isinstance(value, type):
            assert "._" not in value.__module__


@given(st.data())
def test_every_funding_type_round_trips_through_serialization_and_fits_its_schema(data: st.DataObject) -> None:
    for cls, strategy in _funding.TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert type(value) is cls
        dumped = unstructure(value)
        assert structure(json.loads(json.dumps(dumped, allow_nan=False)), cls) == value
        jsonschema.validate(dumped, json_schema(cls))


@given(programming_periods(binds_implementation=True), programming_periods(binds_implementation=False))
def test_f1_narrowed_programming_periods(binding: ProgrammingPeriod, free: ProgrammingPeriod) -> None:
    assert binding.binds_implementation
    assert not free.binds_implementation


@given(texts(max_size=1), texts(max_size=500))
def test_p7_drawn_texts_are_valid_names(short: str, long: str) -> None:
    assert len(short) == 1
    assert 1 <= len(long) <= 500
    assert period(name=long, legal_basis=short).name == long


@pytest.mark.parametrize(
    "build",
    [
        lambda: _funding.texts(max_size=0),
        lambda: programming_periods(binds_implementation=untyped("yes")),
        lambda: project_numbers(min_selection_year=1999),
        lambda: project_numbers(max_selection_year=untyped("2099")),
        lambda: project_numbers(min_selection_year=2030, max_selection_year=2020),
        lambda: project_numbers(with_round=untyped(1)),
        lambda: project_numbers(selection=untyped("I")),
        lambda: _funding.budget_lines(source=untyped("eu_fund")),
        lambda: _funding.budget_lines(max_amount=Money(-1)),
        lambda: budgets(complete=untyped(0)),
    ],
)
def test_funding_strategies_refuse_bad_arguments(build: Any) -> None:
    with pytest.raises(InvalidArgument):
        build()


@given(_funding.budget_lines(source=FundingSource.OTHER, max_amount=Money(5)))
def test_m2_narrowed_budget_lines(budget_line: BudgetLine) -> None:
    assert budget_line.source is FundingSource.OTHER
    assert Money(0) <= budget_line.amount <= Money(5)
