"""The API reference documents every public name (docs match the code)."""

from __future__ import annotations

import re
from pathlib import Path

import karjera_core

API = (Path(__file__).parent.parent / "docs" / "api.md").read_text(encoding="utf-8")


def test_every_public_name_is_in_the_api_reference() -> None:
    documented = set(re.findall(r"\.\. auto(?:class|function|exception|data):: karjera_core\.(\w+)", API))
    public = {name for name in karjera_core.__all__ if not name.startswith("__")}
    assert sorted(public - documented) == []
    assert sorted(documented - public) == []
