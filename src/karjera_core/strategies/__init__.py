"""Hypothesis strategies for every public type of karjera_core (DESIGN.md §6).

Public API for downstream property tests: one strategy per public type, with
keyword-only arguments to narrow it, valid objects by construction, bounded
dates, shrinking toward the simplest object.  Installing the package registers
them with hypothesis through the ``hypothesis`` entry point, so that
``st.from_type(karjera_core.SchoolYear)`` works in any project.

>>> from hypothesis import strategies as st
>>> from karjera_core import SchoolYear
>>> isinstance(st.from_type(SchoolYear).example(), SchoolYear)
True

Needs the ``strategies`` extra (``pip install "karjera-core[strategies]"``).
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from karjera_core.strategies import _errors, _money, _time
from karjera_core.strategies._errors import problems, violations
from karjera_core.strategies._money import money
from karjera_core.strategies._time import date_ranges, dates, quarters, school_years, semesters

__all__ = [
    "all_type_strategies",
    "date_ranges",
    "dates",
    "money",
    "problems",
    "quarters",
    "register_type_strategies",
    "school_years",
    "semesters",
    "violations",
]

_MODULES = (_errors, _money, _time)


def all_type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """Every public type mapped to its default strategy."""
    found: dict[type, st.SearchStrategy[Any]] = {}
    for module in _MODULES:
        found.update(module.TYPE_STRATEGIES)
    return found


def register_type_strategies() -> None:
    """Register every default strategy with hypothesis, for ``st.from_type``."""
    for cls, strategy in all_type_strategies().items():
        st.register_type_strategy(cls, strategy)


register_type_strategies()
