"""Strategies for the values of the errors layer: problems and violations."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from karjera_core.errors import Problem, Violation

_CODE = st.from_regex(r"[a-z]{1,12}\.[a-z_]{1,20}", fullmatch=True)
_RULE = st.from_regex(r"[A-Z]-[1-9][0-9]?", fullmatch=True)
_PATH = st.sampled_from(["$", "$.start", "$.end", "$.assignments[0].load", "$.plans[2].semester"])
_MESSAGE = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=60)


def problems() -> st.SearchStrategy[Problem]:
    """Problems with a path, a dotted code and a message."""
    return st.builds(Problem, path=_PATH, code=_CODE, message=_MESSAGE)


def violations(*, rule: str | None = None) -> st.SearchStrategy[Violation]:
    """Violations, optionally of one rule id (``rule="C-5"``)."""
    return st.builds(Violation, code=_CODE, rule=_RULE if rule is None else st.just(rule), message=_MESSAGE, path=_PATH)


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {Problem: problems(), Violation: violations()}
