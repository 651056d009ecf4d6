"""Every public type has a strategy, registered for st.from_type (DESIGN.md §6)."""

from __future__ import annotations

import inspect
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import karjera_core
from karjera_core import looks_like_personal_code, structure, unstructure
from karjera_core import strategies as ks
from karjera_core.strategies import all_type_strategies

PUBLIC_CLASSES = [
    getattr(karjera_core, name)
    for name in karjera_core.__all__
    if inspect.isclass(getattr(karjera_core, name)) and attrs.has(getattr(karjera_core, name))
]
REGISTERED = all_type_strategies()


def test_every_public_attrs_type_has_a_strategy() -> None:
    missing = [cls.__qualname__ for cls in PUBLIC_CLASSES if cls not in REGISTERED]
    assert missing == []


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda cls: cls.__qualname__)
@settings(max_examples=10)
@given(data=st.data())
def test_from_type_draws_valid_objects(cls: type[Any], data: st.DataObject) -> None:
    value = data.draw(st.from_type(cls))
    assert type(value) is cls
    assert hash(value) == hash(structure(unstructure(value), cls))


@given(st.data())
def test_p7_case_ids_are_a_letter_prefix_and_digits_never_a_personal_code(data: st.DataObject) -> None:
    case_id = data.draw(ks.case_ids())
    assert re.fullmatch(r"[A-Z]+-[0-9]{1,9}", case_id), case_id
    assert not looks_like_personal_code(case_id)
