"""Sphinx configuration for the karjera_core documentation."""

from __future__ import annotations

import sys
from typing import Any

from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer, PycodeError

import karjera_core

project = "karjera_core"
author = "karjera_core developers"
copyright = "2026, karjera_core developers"  # noqa: A001
release = karjera_core.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": False}

html_theme = "furo"
html_title = f"karjera_core {release}"


def _doc_comment(name: str, obj: object) -> list[str] | None:
    """The ``#:`` comment above a constant, from whichever karjera_core module defines it under that name."""
    attr = name.rsplit(".", 1)[-1]
    for modname, module in sorted(sys.modules.items()):
        if not modname.startswith("karjera_core") or getattr(module, attr, None) is not obj:
            continue
        try:
            found = ModuleAnalyzer.for_module(modname).find_attr_docs().get(("", attr))
        except PycodeError:
            continue
        if found:
            return list(found)
    return None


def _data_docstring(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """A constant documented under a re-exported name shows its own ``#:`` comment, not its type's docstring.

    autodoc reads ``#:`` comments only in the module a name is documented under; a constant re-exported
    by a package (``karjera_core.career_support.MESSAGES``) would otherwise show ``dict``'s docstring.
    """
    if what not in {"data", "attribute"} or not lines:
        return
    inherited = type(obj).__doc__
    if inherited is None or "\n".join(lines).strip() != "\n".join(inherited.splitlines()).strip():
        return
    own = _doc_comment(name, obj)
    lines[:] = [*own, ""] if own else []


def setup(app: Sphinx) -> dict[str, bool]:
    app.connect("autodoc-process-docstring", _data_docstring)
    return {"parallel_read_safe": True}
