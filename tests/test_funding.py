"""Funds, programming periods, project numbers, budgets and regulations (rules F-1, F-2, F-3, M-2)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.errors import ValidationError
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
    ProjectNumber,
    Regulation,
    Selection,
)
from karjera_core.money import Money
from karjera_core.serialization import structure, unstructure
from karjera_core.strategies import _funding
from karjera_core.strategies._funding import budgets, programming_periods, project_numbers
from karjera_core.time import DateRange


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [problem.code for problem in error.value.problems]


def line(source: FundingSource, amount: int) -> BudgetLine:
    return BudgetLine(source=source, amount=Money(amount))


# ---------------------------------------------------------------- F-1 programming periods


def test_f1_esf_2014_2020_window() -> None:
    assert ESF_2014_2020.fund is Fund.ESF
    assert ESF_2014_2020.eligibility == DateRange(start=date(2014, 1, 1), end=date(2023, 12, 31))
    assert ESF_2014_2020.binds_implementation is True
    assert ESF_2014_2020.numbers_have_round is False


def test_f1_esf_plus_2021_2027_window_ends_on_2029_12_31() -> None:
    assert ESF_PLUS_2021_2027.fund is Fund.ESF_PLUS
    assert ESF_PLUS_2021_2027.eligibility == DateRange(start=date(2021, 1, 1), end=date(2029, 12, 31))
    assert date(2029, 12, 31) in ESF_PLUS_2021_2027.eligibility
    assert date(2030, 1, 1) not in ESF_PLUS_2021_2027.eligibility
    assert ESF_PLUS_2021_2027.numbers_have_round is True


def test_f1_erasmus_generations_are_programme_years_that_do_not_bind_projects() -> None:
    assert ERASMUS_PLUS_2014_2020.eligibility == DateRange(start=date(2014, 1, 1), end=date(2020, 12, 31))
    assert ERASMUS_PLUS_2021_2027.eligibility == DateRange(start=date(2021, 1, 1), end=date(2027, 12, 31))
    for period in (ERASMUS_PLUS_2014_2020, ERASMUS_PLUS_2021_2027):
        assert period.fund is Fund.ERASMUS_PLUS
        assert period.binds_implementation is False
        assert period.numbers_have_round is None
        assert str(period) == period.name


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
    assert codes(error) == [
        "programming_period.code",
        "programming_period.name",
        "programming_period.fund",
        "programming_period.eligibility",
        "programming_period.legal_basis",
        "programming_period.binds_implementation",
        "programming_period.numbers_have_round",
    ]
    assert "Bad Code" not in str(error.value)


def test_f1_programming_period_needs_a_closed_window() -> None:
    with pytest.raises(ValidationError) as error:
        ProgrammingPeriod(code="x", name="X", fund=Fund.ESF, eligibility=DateRange(start=date(2014, 1, 1)))
    assert codes(error) == ["programming_period.eligibility"]


def test_f1_programming_period_code_must_be_text() -> None:
    with pytest.raises(ValidationError) as error:
        ProgrammingPeriod(
            code=untyped(7), name="X", fund=Fund.ESF, eligibility=ESF_2014_2020.eligibility, legal_basis=None
        )
    assert codes(error) == ["programming_period.code"]


# ---------------------------------------------------------------- F-2 project numbers


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


def test_f2_open_call_letter_a_is_read_as_assumed() -> None:
    assert ProjectNumber.parse("8.3.5.0/16/A/001").selection is Selection.OPEN


def test_f2_repr_is_evaluable() -> None:
    number = ProjectNumber.parse("4.2.2.3/1/24/I/001")
    assert repr(number) == "ProjectNumber.parse('4.2.2.3/1/24/I/001')"
    assert eval(repr(number), {"ProjectNumber": ProjectNumber}) == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8.3.5/16/I/001", ["project_number.measure"]),
        ("8.3.5.0.1/16/I/001", ["project_number.measure"]),
        ("0.3.5.0/16/I/001", ["project_number.measure"]),
        ("8.3.x.0/16/I/001", ["project_number.measure"]),
        ("8.3.5.0../16/I/001", ["project_number.measure"]),
        ("8.3.123.0/16/I/001", ["project_number.measure"]),
        ("8.3.5.0/16/001", ["project_number.parts"]),
        ("8.3.5.0", ["project_number.parts"]),
        ("", ["project_number.parts"]),
        ("8.3.5.0/16/I/001/002/003", ["project_number.parts"]),
        ("8.3.5.0/16/B/001", ["project_number.selection"]),
        ("8.3.5.0/16/i/001", ["project_number.selection"]),
        ("8.3.5.0/2016/I/001", ["project_number.year"]),
        ("8.3.5.0/٣٣/I/001", ["project_number.year"]),
        ("8.3.5.0/16/I/1", ["project_number.sequence"]),
        ("8.3.5.0/16/I/000", ["project_number.sequence"]),
        ("4.2.2.3/0/24/I/001", ["project_number.round"]),
        ("4.2.2.3/x/24/I/001", ["project_number.round"]),
        (
            "8.3.5/0/1/X/1",
            [
                "project_number.measure",
                "project_number.round",
                "project_number.year",
                "project_number.selection",
                "project_number.sequence",
            ],
        ),
        ("8" * 65, ["project_number.format"]),
    ],
)
def test_f2_malformed_numbers_are_refused_with_every_problem(text: str, expected: list[str]) -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber.parse(text)
    assert codes(error) == expected
    if text.strip():
        assert text.strip() not in str(error.value)


@pytest.mark.parametrize("value", [12345, None, b"8.3.5.0/16/I/001", 8.3])
def test_f2_only_text_is_parsed(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber.parse(untyped(value))
    assert codes(error) == ["project_number.type"]


def test_f2_constructor_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        ProjectNumber(
            measure=untyped([8, 3, 5, 0]),
            selection_round=untyped(True),
            year=100,
            selection=untyped("I"),
            sequence=0,
        )
    assert codes(error) == [
        "project_number.measure",
        "project_number.round",
        "project_number.year",
        "project_number.selection",
        "project_number.sequence",
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"measure": (8, 3, 5)}, "project_number.measure"),
        ({"measure": (0, 3, 5, 0)}, "project_number.measure"),
        ({"measure": (8, 3, True, 0)}, "project_number.measure"),
        ({"selection_round": 0}, "project_number.round"),
        ({"year": untyped("16")}, "project_number.year"),
        ({"sequence": untyped(1.0)}, "project_number.sequence"),
    ],
)
def test_f2_constructor_refuses_one_bad_field(fields: dict[str, Any], expected: str) -> None:
    values: dict[str, Any] = {"measure": (8, 3, 5, 0), "year": 16, "selection": Selection.LIMITED, "sequence": 1}
    values.update(fields)
    with pytest.raises(ValidationError) as error:
        ProjectNumber(**values)
    assert codes(error) == [expected]


@given(project_numbers())
def test_f2_canonical_text_parses_back_to_the_same_number(number: ProjectNumber) -> None:
    assert ProjectNumber.parse(str(number)) == number
    assert structure(unstructure(number), ProjectNumber) == number


@given(project_numbers(with_round=True, min_selection_year=2021, max_selection_year=2027, selection=Selection.OPEN))
def test_f2_narrowed_numbers_respect_their_bounds(number: ProjectNumber) -> None:
    assert number.selection_round is not None
    assert 2021 <= number.selection_year <= 2027
    assert number.selection is Selection.OPEN


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


def test_m2_complete_parts_must_sum_exactly_to_the_total() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money("23000000.00"), parts=(line(FundingSource.EU_FUND, 19_618_584),))
    assert codes(error) == ["budget.parts_do_not_sum"]
    assert "23000000" not in str(error.value)


def test_m2_known_parts_of_a_partial_budget_never_exceed_the_total() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(5), parts=(line(FundingSource.EU_FUND, 4), line(FundingSource.OTHER, 2)), complete=False)
    assert codes(error) == ["budget.parts_exceed_total"]


def test_m2_a_budget_listing_every_source_is_complete() -> None:
    every = tuple(line(source, 1) for source in FundingSource)
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(9), parts=every, complete=False)
    assert codes(error) == ["budget.nothing_unknown"]
    assert Budget(total=Money(5), parts=every).unallocated == Money(0)


def test_m2_each_source_at_most_once() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(2), parts=(line(FundingSource.EU_FUND, 1), line(FundingSource.EU_FUND, 1)))
    assert codes(error) == ["budget.duplicate_source"]
    assert error.value.problems[0].path == "$.parts[1].source"


def test_m2_budget_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(-1), parts=untyped([line(FundingSource.EU_FUND, 1)]), complete=untyped("yes"))
    assert codes(error) == ["budget.total", "budget.complete", "budget.parts"]


def test_m2_budget_refuses_parts_that_are_not_lines() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=untyped(10), parts=untyped((line(FundingSource.EU_FUND, 10), "EUR 10")))
    assert codes(error) == ["budget.total", "budget.parts"]
    assert error.value.problems[1].path == "$.parts[1]"


def test_m2_budget_part_needs_a_funding_source() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(0)).part(untyped("eu_fund"))
    assert codes(error) == ["budget.source"]


def test_m2_budget_line_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        BudgetLine(source=untyped("eu_fund"), amount=Money(-5))
    assert codes(error) == ["budget_line.source", "budget_line.amount"]
    with pytest.raises(ValidationError) as error:
        BudgetLine(source=FundingSource.EU_FUND, amount=untyped(Decimal("1.00")))
    assert codes(error) == ["budget_line.amount"]
    with pytest.raises(ValidationError) as error:
        BudgetLine(source=untyped(None), amount=Money(1))
    assert codes(error) == ["budget_line.source"]


def test_m2_budget_parts_must_be_a_tuple() -> None:
    with pytest.raises(ValidationError) as error:
        Budget(total=Money(1), parts=untyped([line(FundingSource.EU_FUND, 1)]))
    assert codes(error) == ["budget.parts"]


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


def test_f3_regulation_of_835() -> None:
    regulation = Regulation(number=359, adopted=date(2016, 6, 7))
    assert str(regulation) == "MK noteikumi Nr. 359 (2016-06-07)"
    assert regulation.title is None


def test_f3_regulation_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        Regulation(number=untyped(True), adopted=untyped(datetime(2016, 6, 7)), title=" ")
    assert codes(error) == ["regulation.number", "regulation.adopted", "regulation.title"]


def test_f3_regulation_refuses_one_bad_field() -> None:
    with pytest.raises(ValidationError) as error:
        Regulation(number=0, adopted=date(2016, 6, 7), title="Noteikumi")
    assert codes(error) == ["regulation.number"]
    with pytest.raises(ValidationError) as error:
        Regulation(number=359, adopted=date(1899, 6, 7))
    assert codes(error) == ["regulation.adopted"]


# ---------------------------------------------------------------- strategies and serialization


@given(st.data())
def test_every_funding_type_round_trips_through_serialization(data: st.DataObject) -> None:
    for cls, strategy in _funding.TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert type(value) is cls
        assert structure(unstructure(value), cls) == value


@given(programming_periods(binds_implementation=True), programming_periods(binds_implementation=False))
def test_f1_narrowed_programming_periods(binding: ProgrammingPeriod, free: ProgrammingPeriod) -> None:
    assert binding.binds_implementation
    assert not free.binds_implementation


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
