"""The labelled enumerations: a value for serialization, a Latvian label for display."""

from __future__ import annotations

import copy
import enum
import pickle
from typing import assert_type

import pytest

import karjera_core
from karjera_core._enums import LabelledEnum
from karjera_core.serialization import structure, unstructure


class Meal(LabelledEnum):
    """A sample enumeration."""

    COMPENSATION = "meal_compensation", "ēdināšanas kompensācija"
    NONE = "none", "bez ēdināšanas"


PUBLIC_ENUMS = [
    member
    for member in (getattr(karjera_core, name) for name in karjera_core.__all__)
    if isinstance(member, type) and issubclass(member, enum.Enum)
]


def test_value_is_the_plain_string() -> None:
    value = assert_type(Meal.COMPENSATION.value, str)
    assert type(value) is str
    assert value == "meal_compensation"
    assert Meal.COMPENSATION._value_ == "meal_compensation"
    assert repr(Meal.COMPENSATION) == "<Meal.COMPENSATION: 'meal_compensation'>"


def test_round_trips_by_value() -> None:
    assert assert_type(Meal("meal_compensation"), Meal) is Meal.COMPENSATION
    assert Meal(Meal.NONE) is Meal.NONE
    assert [Meal(member.value) for member in Meal] == [Meal.COMPENSATION, Meal.NONE]
    assert Meal["NONE"] is Meal.NONE


def test_the_label_is_not_a_value() -> None:
    with pytest.raises(ValueError, match="is not a valid Meal"):
        Meal("ēdināšanas kompensācija")
    with pytest.raises(ValueError, match="is not a valid Meal"):
        Meal(("meal_compensation", "ēdināšanas kompensācija"))


def test_keeps_labels() -> None:
    assert assert_type(Meal.COMPENSATION.label, str) == "ēdināšanas kompensācija"
    assert [member.label for member in Meal] == ["ēdināšanas kompensācija", "bez ēdināšanas"]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickles_to_the_same_member(protocol: int) -> None:
    for meal in Meal:
        assert pickle.loads(pickle.dumps(meal, protocol=protocol)) is meal
    for enumeration in PUBLIC_ENUMS:
        for member in enumeration:
            assert pickle.loads(pickle.dumps(member, protocol=protocol)) is member


def test_copies_hashes_and_order_are_those_of_an_enum() -> None:
    assert copy.copy(Meal.NONE) is Meal.NONE
    assert copy.deepcopy(Meal.NONE) is Meal.NONE
    assert hash(Meal.NONE) == hash("NONE")
    assert {Meal.COMPENSATION: 1, Meal.NONE: 2}[Meal("none")] == 2
    assert list(Meal) == [Meal.COMPENSATION, Meal.NONE]
    assert not isinstance(Meal.COMPENSATION, str)


def test_a_member_without_a_label_is_refused() -> None:
    with pytest.raises(TypeError, match="label"):

        class Unlabelled(LabelledEnum):
            ONLY = "only"


def test_every_public_enumeration_is_found() -> None:
    assert len(PUBLIC_ENUMS) >= 28  # PuMPuRS's RiskGroup is a replaceable parameter now, a record (P-3)


@pytest.mark.parametrize("enumeration", PUBLIC_ENUMS, ids=lambda enumeration: enumeration.__name__)
def test_every_public_enumeration_is_labelled(enumeration: type[enum.Enum]) -> None:
    assert issubclass(enumeration, LabelledEnum)
    members = list(enumeration)
    assert members
    # No aliases: every name is its own member, every value distinct.
    assert len(enumeration.__members__) == len(members)
    assert len({member.value for member in members}) == len(members)
    for member in members:
        assert type(member.value) is str
        assert member.value
        assert type(member.label) is str
        assert member.label.strip()
        assert enumeration(member.value) is member
        assert unstructure(member) == member.value
        assert structure(member.value, enumeration) is member
