"""Money: euros exact to the cent (M-1) and exact allocation (M-3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core import Money, ValidationError
from karjera_core.strategies._money import money


def test_m1_amounts_are_exact_to_the_cent() -> None:
    assert Money("1.5").amount == Decimal("1.50")
    assert Money(10).amount == Decimal("10.00")
    assert Money(Decimal("2.500")).amount == Decimal("2.50")
    assert Money("-0").amount == Decimal("0.00")
    assert Money("+3.1").amount == Decimal("3.10")
    assert repr(Money("49731514")) == "Money('49731514.00')"
    assert str(Money("1")) == "1.00 EUR"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (1.5, "money.float"),
        (None, "money.type"),
        (True, "money.type"),
        ("1.005", "money.sub_cent"),
        (Decimal("1.005"), "money.sub_cent"),
        ("1e3", "money.format"),
        ("12,50", "money.format"),
        ("", "money.format"),
        ("NaN", "money.format"),
        (Decimal("NaN"), "money.not_finite"),
        (Decimal("-Infinity"), "money.not_finite"),
        (Decimal("1E+999999"), "money.too_large"),
        (Decimal("1E-999999"), "money.too_large"),
        (10**12, "money.too_large"),
        (-(10**40), "money.too_large"),
        ("9999999999999", "money.too_large"),
    ],
)
def test_m1_bad_amounts_are_refused(value: object, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money(value)  # type: ignore[arg-type]
    assert [p.code for p in caught.value.problems] == [code]
    assert [p.path for p in caught.value.problems] == ["$"]


def test_m1_zero_with_a_tiny_exponent_is_exact() -> None:
    assert Money(Decimal("0E-5")).amount == Decimal("0.00")


def test_money_arithmetic_and_order() -> None:
    assert Money("10.00") + Money("0.05") == Money("10.05")
    assert Money("10.00") - Money("0.05") == Money("9.95")
    assert -Money("1.00") == Money("-1.00")
    assert Money("1.00") < Money("1.01")
    assert not Money.zero()
    assert Money("0.01")
    assert Money.total([Money("1.10"), Money("2.20")]) == Money("3.30")
    assert Money.total([]) == Money.zero()
    assert Money("1.00").__add__(1) is NotImplemented  # type: ignore[operator]
    assert Money("1.00").__sub__(1) is NotImplemented  # type: ignore[operator]


def test_money_total_refuses_non_money() -> None:
    with pytest.raises(ValidationError) as caught:
        Money.total([Money("1.00"), Decimal("1.00")])  # type: ignore[list-item]
    assert caught.value.problems[0].path == "$[1]"


def test_m2_budget_figures_of_the_seeds_add_up() -> None:
    # [pub] 8.3.4: 39,812,376 = ESF 33,840,519 + state 5,971,857
    assert Money(33_840_519) + Money(5_971_857) == Money(39_812_376)


def test_m3_allocate_splits_exactly() -> None:
    parts = Money("100.00").allocate([1, 1, 1])
    assert [p.amount for p in parts] == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert Money("0.05").allocate([3, 7]) == (Money("0.02"), Money("0.03"))
    assert Money("-1.00").allocate([1, 2]) == (Money("-0.33"), Money("-0.67"))
    assert Money("1.00").allocate((Decimal("0.5"), 0)) == (Money("1.00"), Money("0.00"))


@pytest.mark.parametrize(
    ("weights", "code"),
    [
        ([], "allocate.weights"),
        ("12", "allocate.weights"),
        ([0, 0], "allocate.zero_weights"),
        ([-1, 2], "allocate.negative_weight"),
        ([1.5], "allocate.weight_type"),
        ([Decimal("NaN")], "allocate.weight_type"),
        ([Decimal("1E+99")], "allocate.weight_range"),
    ],
)
def test_m3_bad_weights_are_refused(weights: object, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money("1.00").allocate(weights)  # type: ignore[arg-type]
    assert caught.value.problems[0].code == code


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
