"""Strategies for the values of the errors layer: problems and violations.

Every value is valid by construction (no ``.filter()``): a path follows the
path grammar, a code the code grammar, and a message is one line of words
that can never hold a personal code (P-7) -- its digits come in runs of at
most five, and its letters include no character that stands for a digit.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from karjera_core.errors import Problem, Violation

__all__ = ["messages", "paths", "problems", "violations"]

_CODE = st.from_regex(r"[a-z]{1,12}\.[a-z_]{1,20}", fullmatch=True)
_RULE = st.from_regex(r"[A-Z]-[1-9][0-9]?", fullmatch=True)
#: Letters, marks, punctuation and symbols of any script; no number (N*), space (Z*), control or format character.
_LETTERS = st.characters(codec="utf-8", exclude_categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "N"])
_WORD = st.text(_LETTERS, min_size=1, max_size=12) | st.from_regex(r"[0-9]{1,5}", fullmatch=True)
_NAME = st.from_regex(r"[A-Za-z_]{1,12}", fullmatch=True)
_SEGMENT = _NAME.map(lambda name: f".{name}") | st.integers(min_value=0, max_value=999).map(lambda i: f"[{i}]")


def paths(*, max_depth: int = 4) -> st.SearchStrategy[str]:
    """Paths of the one grammar: ``$``, then ``.name`` or ``[index]`` up to ``max_depth`` times."""
    return st.lists(_SEGMENT, max_size=max_depth).map(lambda parts: "$" + "".join(parts))


def messages() -> st.SearchStrategy[str]:
    """One-line messages of one to eight words joined by single spaces."""
    return st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


def problems(*, rule: bool | None = None) -> st.SearchStrategy[Problem]:
    """Problems with a path, a dotted code and a message; ``rule=True`` only with a rule id, ``False`` only without."""
    rules = {None: st.none() | _RULE, True: _RULE, False: st.none()}[rule]
    return st.builds(Problem, path=paths(), code=_CODE, message=messages(), rule=rules)


def violations(*, rule: str | None = None) -> st.SearchStrategy[Violation]:
    """Violations, optionally of one rule id (``rule="C-5"``)."""
    return st.builds(
        Violation, code=_CODE, rule=_RULE if rule is None else st.just(rule), message=messages(), path=paths()
    )


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {Problem: problems(), Violation: violations()}
