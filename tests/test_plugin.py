"""The hypothesis entry point registers every strategy, whoever imports first (DESIGN.md §6)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import find
from hypothesis import strategies as st

from karjera_core import SchoolYear
from karjera_core._hypothesis_plugin import _hypothesis_setup_hook


def test_hook_registers_the_strategies_when_hypothesis_loads_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "karjera_core.strategies")
    _hypothesis_setup_hook()
    assert "karjera_core.strategies" in sys.modules
    assert isinstance(find(st.from_type(SchoolYear), lambda _: True), SchoolYear)


def test_hook_steps_aside_while_the_strategies_module_imports_hypothesis() -> None:
    assert "karjera_core.strategies" in sys.modules
    _hypothesis_setup_hook()
    assert isinstance(find(st.from_type(SchoolYear), lambda _: True), SchoolYear)


@pytest.mark.parametrize(
    "first_import",
    ["import hypothesis", "import karjera_core.strategies", "import karjera_core"],
)
def test_from_type_works_in_a_fresh_interpreter(first_import: str) -> None:
    code = (
        f"{first_import}\n"
        "from hypothesis import strategies as st\n"
        "import karjera_core\n"
        "print(type(st.from_type(karjera_core.SchoolYear).example()).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "SchoolYear"
