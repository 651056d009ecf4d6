"""The API reference documents every public name, top level and in each programme package (docs match the code)."""

from __future__ import annotations

import pkgutil
import re
import types
from pathlib import Path

import karjera_core

API = (Path(__file__).parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"\.\. auto(?:class|function|exception|data|module):: (karjera_core(?:\.\w+)+)", API))
PACKAGES = {
    name: value for name in karjera_core.__all__ if isinstance(value := getattr(karjera_core, name), types.ModuleType)
}


def test_every_top_level_name_is_in_the_api_reference() -> None:
    names = {name for name in karjera_core.__all__ if not name.startswith("__") and name not in PACKAGES}
    missing = sorted(name for name in names if f"karjera_core.{name}" not in DOCUMENTED)
    assert missing == []


def test_every_name_of_every_programme_package_is_in_the_api_reference() -> None:
    assert sorted(PACKAGES) == ["career_support", "erasmus", "pumpurs", "teacher_support"]
    missing = []
    for package, module in PACKAGES.items():
        assert {f"karjera_core.{package}", f"karjera_core.programmes.{package}"} & DOCUMENTED, package
        for name in module.__all__:
            value = getattr(module, name)
            places = {f"karjera_core.{package}.{name}", f"karjera_core.programmes.{package}.{name}"}
            if getattr(karjera_core, name, None) is value:
                places.add(f"karjera_core.{name}")
            inner = f"karjera_core.programmes.{package}."
            places |= {doc for doc in DOCUMENTED if doc.startswith(inner) and doc.endswith(f".{name}")}
            if not places & DOCUMENTED:
                missing.append(f"{package}.{name}")
    assert missing == []


def test_every_documented_name_exists() -> None:
    for dotted in sorted(DOCUMENTED):
        pkgutil.resolve_name(dotted)
