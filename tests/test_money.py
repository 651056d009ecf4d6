"""Money: euros exact to the cent (M-1) and exact allocation (M-3)."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from karjera_core import Money, ValidationError, json_schema, structure, unstructure
from karjera_core.money import LIMIT
from karjera_core.strategies._money import money

FORMAT = ("money.format", "expected a decimal number of euros such as '1234.50'")
TOO_LARGE = ("money.too_large", "expected an amount below 1000000000000 euros in magnitude")
EXPONENT = ("money.too_large", "expected an amount below 1000000000000 euros with at most two decimals")
SUB_CENT = ("money.sub_cent", "expected an amount exact to the cent (at most two decimals)")
NOT_FINITE = ("money.not_finite", "expected a finite amount, not NaN or infinity")
FLOAT = ("money.float", "expected str, int or Decimal: a float cannot hold cents exactly")
TYPE = ("money.type", "expected str, int or Decimal euros")
WEIGHTS = ("allocate.weights", "expected a non-empty list or tuple of weights")
NOT_MONEY = "expected an iterable (not text) of items, each a Money"
LARGEST = Money("999999999999.99")


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def refused(call: Callable[[], object], expected: list[tuple[str, str, str]]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == expected
    return caught.value


def test_m1_amounts_are_exact_to_the_cent() -> None:
    assert Money("1.5").amount == Decimal("1.50")
    assert str(Money("1.5").amount) == "1.50"
    assert Money(10).amount == Decimal("10.00")
    assert Money(Decimal("2.500")).amount == Decimal("2.50")
    assert str(Money(Decimal("2.500")).amount) == "2.50"
    assert str(Money("-0").amount) == "0.00"
    assert str(Money(Decimal("-0.00")).amount) == "0.00"
    assert Money("+3.1").amount == Decimal("3.10")
    assert repr(Money("49731514")) == "Money('49731514.00')"
    assert str(Money("1")) == "1.00 EUR"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.5, FLOAT),
        (float("nan"), FLOAT),
        (None, TYPE),
        (True, TYPE),
        ([1], TYPE),
        ("1.005", SUB_CENT),
        (Decimal("1.005"), SUB_CENT),
        (Decimal("999999999999.995"), SUB_CENT),
        ("1e3", FORMAT),
        ("12,50", FORMAT),
        ("", FORMAT),
        (" 1", FORMAT),
        ("1.", FORMAT),
        (".5", FORMAT),
        ("+", FORMAT),
        ("NaN", FORMAT),
        ("１２", FORMAT),  # full-width digits are no amount
        ("1" * 10**6, FORMAT),
        (Decimal("NaN"), NOT_FINITE),
        (Decimal("sNaN"), NOT_FINITE),
        (Decimal("-Infinity"), NOT_FINITE),
        (Decimal("1E+999999"), EXPONENT),
        (Decimal("1E+999999999"), EXPONENT),  # refused cheaply: never expanded
        (Decimal("1E-999999"), EXPONENT),
        (Decimal("1E+12"), EXPONENT),
        (10**12, TOO_LARGE),
        (-(10**12), TOO_LARGE),
        (-(10**40), TOO_LARGE),
        ("9999999999999", TOO_LARGE),
        ("1000000000000.00", TOO_LARGE),
        ("-1000000000000", TOO_LARGE),
    ],
    ids=repr,
)
def test_m1_bad_amounts_are_refused(value: object, expected: tuple[str, str]) -> None:
    refused(lambda: Money(untyped(value)), [("$", *expected)])


def test_m1_the_largest_amounts_are_held() -> None:
    assert Money("999999999999.99") == LARGEST
    assert Money("-999999999999.99") == -LARGEST
    assert Money(LIMIT - 1).amount == Decimal("999999999999.00")
    assert Money(-(LIMIT - 1)).amount == Decimal("-999999999999.00")
    assert Money(Decimal("999999999999.99")) == LARGEST


@given(cents=st.integers(-(10**14) + 1, 10**14 - 1), more=st.integers(0, 18))
def test_m1_a_decimal_of_cents_is_taken_as_it_is_and_any_other_as_its_text(cents: int, more: int) -> None:
    # the constructor's quick way for a Decimal of exactly two places gives what the full reading gives
    two = Decimal(cents).scaleb(-2)
    longer = Decimal(cents * 10**more).scaleb(-2 - more)  # the same amount with more places: the full reading
    assert Money(two) == Money(longer) == Money(str(two)) == structure(str(two), Money)
    assert str(Money(two).amount) == str(Money(longer).amount) == ("0.00" if cents == 0 else str(two))


def test_m1_the_bounds_of_a_decimal_of_cents() -> None:
    assert Money(Decimal("999999999999.99")).amount == Decimal("999999999999.99")
    assert Money(Decimal("-999999999999.99")).amount == Decimal("-999999999999.99")
    assert str(Money(Decimal("-0.00")).amount) == "0.00"
    refused(lambda: Money(Decimal("1000000000000.00")), [("$", *EXPONENT)])
    refused(lambda: Money(Decimal("-1000000000000.00")), [("$", *EXPONENT)])
    refused(lambda: Money(Decimal("NaN")), [("$", *NOT_FINITE)])


def test_m1_zero_with_a_tiny_exponent_is_exact() -> None:
    assert Money(Decimal("0E-5")).amount == Decimal("0.00")
    assert Money(Decimal("1.00000000000000000000")).amount == Decimal("1.00")  # 20 decimals
    refused(lambda: Money(Decimal("1.000000000000000000000")), [("$", *EXPONENT)])  # 21 decimals


def test_m1_evolve_goes_through_the_same_check() -> None:
    one: Any = Money("1")  # a record is an attrs class (mypy sees only the dataclass transform)
    assert attrs.evolve(one, amount="2.5") == Money("2.50")
    refused(lambda: attrs.evolve(one, amount=None), [("$", *TYPE)])
    refused(lambda: attrs.evolve(one, amount=1.5), [("$", *FLOAT)])


def test_money_arithmetic_and_order() -> None:
    assert Money("10.00") + Money("0.05") == Money("10.05")
    assert Money("10.00") - Money("0.05") == Money("9.95")
    assert -Money("1.00") == Money("-1.00")
    assert str((-Money("0.00")).amount) == "0.00"
    assert Money("1.00") < Money("1.01")
    assert not Money.zero()
    assert Money("0.01")
    assert Money.total([Money("1.10"), Money("2.20")]) == Money("3.30")
    assert Money.total([]) == Money.zero()
    assert Money.total(m for m in [Money("1"), Money("2")]) == Money("3")
    assert Money("1.00").__add__(untyped(1)) is NotImplemented
    assert Money("1.00").__sub__(untyped(1)) is NotImplemented


def test_money_arithmetic_at_the_limit() -> None:
    assert LARGEST - Money("0.01") + Money("0.01") == LARGEST
    refused(lambda: LARGEST + Money("0.01"), [("$", *EXPONENT)])
    refused(lambda: -LARGEST - Money("0.01"), [("$", *EXPONENT)])
    refused(lambda: Money.total([LARGEST, Money("0.01")]), [("$", *EXPONENT)])


@pytest.mark.parametrize(
    ("amounts", "expected"),
    [
        (None, [("$.amounts", "array.type", NOT_MONEY)]),  # issue #9: raised TypeError
        (5, [("$.amounts", "array.type", NOT_MONEY)]),
        ("12", [("$.amounts", "array.type", NOT_MONEY)]),
        ({"a": Money("1")}, [("$.amounts", "array.type", NOT_MONEY)]),
        (
            [Money("1.00"), Decimal("1.00"), "2.00"],
            [("$.amounts[1]", "record.type", "expected a Money"), ("$.amounts[2]", "record.type", "expected a Money")],
        ),
    ],
)
def test_money_total_refuses_what_is_not_money(amounts: object, expected: list[tuple[str, str, str]]) -> None:
    refused(lambda: Money.total(untyped(amounts)), expected)


def test_money_total_of_a_million_non_money_is_refused_with_a_capped_list() -> None:
    error = refused(
        lambda: Money.total(untyped([1] * 200_000)),
        [(f"$.amounts[{i}]", "record.type", "expected a Money") for i in range(50)],
    )
    assert error.omitted == {"record.type": 199_950}


def test_m2_budget_figures_of_the_seeds_add_up() -> None:
    # [pub] 8.3.4: 39,812,376 = ESF 33,840,519 + state 5,971,857
    assert Money(33_840_519) + Money(5_971_857) == Money(39_812_376)


def test_m3_allocate_splits_exactly() -> None:
    parts = Money("100.00").allocate([1, 1, 1])
    assert [p.amount for p in parts] == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert Money("0.05").allocate([3, 7]) == (Money("0.02"), Money("0.03"))
    assert Money("-1.00").allocate([1, 2]) == (Money("-0.33"), Money("-0.67"))
    assert Money("1.00").allocate((Decimal("0.5"), 0)) == (Money("1.00"), Money("0.00"))
    assert Money("1.00").allocate([Decimal("-0"), 1]) == (Money("0.00"), Money("1.00"))
    assert Money("0.00").allocate([1, 2]) == (Money("0.00"), Money("0.00"))
    assert Money("0.01").allocate([1, 1]) == (Money("0.01"), Money("0.00"))  # a tie: the earlier part first
    assert LARGEST.allocate([1]) == (LARGEST,)


def test_m3_weights_of_reasonable_size_on_both_sides_of_the_bound() -> None:
    assert Money("1.00").allocate([Decimal("1E+29")]) == (Money("1.00"),)
    assert Money("1.00").allocate([Decimal("1E-29")]) == (Money("1.00"),)
    for weight in (Decimal("1E+30"), Decimal("1E-30")):
        refused(
            partial(Money("1.00").allocate, [weight, 1]),
            [("$.weights[0]", "allocate.weight_range", "expected a weight of reasonable size")],
        )


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        ([], [("$.weights", *WEIGHTS)]),
        ((), [("$.weights", *WEIGHTS)]),
        ("12", [("$.weights", *WEIGHTS)]),
        (None, [("$.weights", *WEIGHTS)]),
        (5, [("$.weights", *WEIGHTS)]),
        ({1: 1}, [("$.weights", *WEIGHTS)]),
        ([0, 0], [("$.weights", "allocate.zero_weights", "expected weights with a positive sum")]),
        (
            [Decimal("0"), Decimal("0E+5")],
            [("$.weights", "allocate.zero_weights", "expected weights with a positive sum")],
        ),
        ([-1, 2], [("$.weights[0]", "allocate.negative_weight", "expected a weight of zero or more")]),
        (
            [1.5, True, "1", Decimal("NaN"), Decimal("Infinity")],
            [
                (f"$.weights[{i}]", "allocate.weight_type", "expected an int or a finite Decimal weight")
                for i in range(5)
            ],
        ),
        ([Decimal("1E+99")], [("$.weights[0]", "allocate.weight_range", "expected a weight of reasonable size")]),
        (
            [-1, Decimal("1E+99"), None, 2],
            [
                ("$.weights[0]", "allocate.negative_weight", "expected a weight of zero or more"),
                ("$.weights[1]", "allocate.weight_range", "expected a weight of reasonable size"),
                ("$.weights[2]", "allocate.weight_type", "expected an int or a finite Decimal weight"),
            ],
        ),
    ],
)
def test_m3_bad_weights_are_refused(weights: object, expected: list[tuple[str, str, str]]) -> None:
    refused(lambda: Money("1.00").allocate(untyped(weights)), expected)


@given(
    amount=money(min_value=Money("-1000000.00"), max_value=Money("1000000.00")),
    weights=st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12).filter(any),
)
def test_m3_parts_always_sum_to_the_whole(amount: Money, weights: list[int]) -> None:
    parts = amount.allocate(weights)
    assert len(parts) == len(weights)
    assert Money.total(parts) == amount
    for part, weight in zip(parts, weights, strict=True):
        exact = amount.amount * weight / sum(weights)
        assert abs(part.amount - exact) < Decimal("0.01")


# ------------------------------------------------------------ JSON


def test_money_is_written_as_a_decimal_string() -> None:
    assert unstructure(Money("12.5")) == "12.50"
    assert unstructure(-LARGEST) == "-999999999999.99"
    assert structure("12.5", Money) == Money("12.50")
    assert structure("-0.00", Money) == Money.zero()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (12, ("decimal.format", "expected a decimal number written as a string, such as '0.30'")),
        (12.5, ("decimal.format", "expected a decimal number written as a string, such as '0.30'")),
        ("1e5", ("decimal.format", "expected a decimal number written as a string, such as '0.30'")),
        ("NaN", ("decimal.format", "expected a decimal number written as a string, such as '0.30'")),
        (
            "1.005",
            (
                "decimal.range",
                "expected euros as a finite Decimal with at most 2 decimal places, "
                "at least -999999999999.99 and at most 999999999999.99",
            ),
        ),
        (
            "1000000000000",
            (
                "decimal.range",
                "expected euros as a finite Decimal with at most 2 decimal places, "
                "at least -999999999999.99 and at most 999999999999.99",
            ),
        ),
    ],
)
def test_money_from_json_is_strict(data: object, expected: tuple[str, str]) -> None:
    refused(lambda: structure(data, Money), [("$", *expected)])


@given(amount=money(min_value=-LARGEST, max_value=LARGEST))
def test_m1_every_amount_round_trips_and_fits_its_schema(amount: Money) -> None:
    data = unstructure(amount)
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert structure(data, Money) == amount
    Draft202012Validator(json_schema(Money)).validate(data)


# ------------------------------------------------------------ strategies


@given(amount=money(min_value=Money("0.01"), max_value=Money("0.02")), default=money())
def test_strategy_money_bounds(amount: Money, default: Money) -> None:
    assert amount in (Money("0.01"), Money("0.02"))
    assert Money.zero() <= default <= Money(10**8)


@pytest.mark.parametrize(
    "make",
    [
        lambda: money(min_value=untyped("1")),
        lambda: money(max_value=untyped(Decimal(1))),
        lambda: money(min_value=Money(2), max_value=Money(1)),
    ],
)
def test_strategy_money_arguments_are_checked(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        make()
