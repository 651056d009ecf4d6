"""The README, CI, packaging metadata, licence and demo say what is true (issue #12).

* The README's quick start is two commands a fresh Debian or Ubuntu machine
  can run with nothing but ``python3`` and its venv module, and the second is
  the one CI runs (``.ci/run``).
* Only user-facing extras are published; the development tools are PEP 735
  dependency groups, and every group the noxfile installs exists.
* The licence is MIT, as the metadata says.
* The demo tour runs and prints its tables with their headers.
"""

from __future__ import annotations

import re
import runpy
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def quick_start() -> list[str]:
    """The commands of the README's quick start, one a line."""
    found = re.search(r"^## Quick start\n.*?^```console\n(.*?)^```", README, re.M | re.S)
    assert found is not None
    return found[1].splitlines()


def test_the_quick_start_is_two_commands_for_a_machine_with_only_python3() -> None:
    demo, tests = quick_start()
    for command in (demo, tests):
        assert command.startswith("python3 -m venv .venv && .venv/bin/python -m pip install ")
        # No bare `python` (Debian has none) and no pip outside the virtual environment (PEP 668).
        assert re.search(r"(^|&& )(python|pip) ", command) is None
    assert demo.endswith("-m nox -s demo")
    assert tests.endswith("-m nox")


def test_ci_runs_the_readme_test_command_and_then_the_split_session() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = [line for line in script if line and not line.startswith("#") and not line.startswith(("set ", "cd "))]
    assert commands == [quick_start()[1], ".venv/bin/python -m nox -s split"]


def test_the_readme_never_says_to_install_from_pypi() -> None:
    assert re.search(r"^\S*pip install (karjera-core|\"karjera-core\[)", README, re.M) is None
    assert "not published on PyPI" in README


def test_only_user_facing_extras_are_published() -> None:
    assert set(PYPROJECT["project"]["optional-dependencies"]) <= {"strategies", "polars"}
    assert PYPROJECT["project"]["optional-dependencies"]["strategies"] == ["hypothesis>=6.100"]


def test_every_dependency_group_the_noxfile_installs_exists() -> None:
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    used = set(re.findall(r'group\("(\w+)"\)', noxfile))
    assert used == {"test", "split", "lint", "typecheck", "docs", "bench", "mutation"}
    assert used <= set(PYPROJECT["dependency-groups"])
    assert "optional-dependencies" not in noxfile


def test_the_licence_is_mit_as_the_metadata_says() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["license"] == "MIT"
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 karjera_core developers\n")


def test_the_demo_tour_runs_and_shows_its_tables(capsys: pytest.CaptureFixture[str]) -> None:
    tour = runpy.run_path(str(ROOT / "examples" / "tour.py"), run_name="tour")
    tour["main"]()
    shown = capsys.readouterr().out
    for seed in ("[000]", "[001]", "[002]", "[003]", "[004]"):
        assert re.search(rf"^  {re.escape(seed)} \S", shown, re.M), seed
    # Every table has a header row underlined column by column.
    headers = [line.split() for line in re.findall(r"^  (\S.*)\n  -+(?:  -+)*$", shown, re.M)]
    assert len(headers) >= 12
    assert ["code", "value", "target", "deadline", "reached", "on", "status"] in headers
    assert "sasniegts pēc termiņa" in shown
    assert re.search(r"\b\d+(\.\d)? % \(\d+/42\)", shown)
    # Real data (issue #11): a real-page period, a look-up by an upper-case name, one municipality's succession.
    assert "'no 2020. gada 19. oktobra līdz 2020. gada 23. oktobrim'  2020-10-19..2020-10-23" in shown
    assert "'AGLONAS NOVADS' (as an export writes it) on 2020-01-01 is Aglonas novads, ATVK 0604300" in shown
    assert "from 2021-07-01 it is part of Preiļu novads" in shown
