"""Sphinx configuration for the karjera_core documentation."""

from __future__ import annotations

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
