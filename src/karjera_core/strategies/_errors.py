"""Strategies for the values of the errors layer: problems and violations.

Every value is valid by construction (no ``.filter()``) and cheap to draw: a
path follows the path grammar (a count of segments, then one choice each), a
code the code grammar, and a message is one line of words that can never hold
a personal code (P-7) -- it has no digits, and its letters include no
character that stands for one.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from hypothesis import strategies as st

from karjera_core.errors import RULE, Problem, Violation
from karjera_core.strategies._draw import builder, count, integers
from karjera_core.strategies._narrowing import Narrowing

__all__ = ["messages", "paths", "problems", "violations"]

_HEAD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
_TAIL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=20)
_RULES = 26 * 99
_RULE = integers(0, _RULES - 1).map(lambda n: f"{chr(65 + n // 99)}-{n % 99 + 1}")
#: Letters, marks, punctuation and symbols of any script, and the space; no number (N*), other space (Z*),
#: control or format character.
_LETTERS = st.characters(
    codec="utf-8", exclude_categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "N"], include_characters=" "
)
_MESSAGE = st.text(_LETTERS, min_size=1, max_size=60).map(lambda drawn: " ".join(drawn.split()) or "A")
#: Field names a path's segments use (an index otherwise).
_NAMES = ("start", "end", "items", "period", "plans", "value", "assignments", "load", "pilot_schools", "A_b", "x")
_SEGMENT = integers(0, len(_NAMES) + 999)
_PROBLEM = builder(Problem)
_VIOLATION = builder(Violation)


def _segment(number: int) -> str:
    return f".{_NAMES[number]}" if number < len(_NAMES) else f"[{number - len(_NAMES)}]"


@st.composite
def _paths(draw: st.DrawFn, max_depth: int) -> str:
    return "$" + "".join(_segment(draw(_SEGMENT)) for _ in range(count(draw, 0, max_depth)))


@functools.lru_cache(maxsize=16)
def paths(*, max_depth: int = 4) -> st.SearchStrategy[str]:
    """Paths of the one grammar: ``$``, then ``.name`` or ``[index]`` up to ``max_depth`` times."""
    return _paths(Narrowing("paths").integer("max_depth", max_depth, 0, 100))


def messages() -> st.SearchStrategy[str]:
    """One-line messages of words of any script joined by single spaces, never blank, never a personal code."""
    return _MESSAGE


def _codes(draw: st.DrawFn) -> str:
    return f"{draw(_HEAD)}.{draw(_TAIL)}"


@st.composite
def _problems(draw: st.DrawFn, rule: bool | None) -> Problem:
    path, code, message = draw(paths()), _codes(draw), draw(_MESSAGE)
    with_rule = draw(st.booleans()) if rule is None else rule
    return _PROBLEM(path, code, message, draw(_RULE) if with_rule else None)


def problems(*, rule: bool | None = None) -> st.SearchStrategy[Problem]:
    """Problems with a path, a dotted code and a message; ``rule=True`` only with a rule id, ``False`` only without."""
    return _problems(Narrowing("problems").flag("rule", rule))


@st.composite
def _violations(draw: st.DrawFn, rule: str | None) -> Violation:
    code, drawn_rule = _codes(draw), draw(_RULE) if rule is None else rule
    return _VIOLATION(code, drawn_rule, draw(_MESSAGE), draw(paths()))


def violations(*, rule: str | None = None) -> st.SearchStrategy[Violation]:
    """Violations, optionally of one rule id (``rule="C-5"``)."""
    check = Narrowing("violations")
    chosen = check.value("rule", rule, str)
    if chosen is not None and (len(chosen) > 8 or re.fullmatch(RULE, chosen) is None):
        check.fail("rule", "a rule id such as 'C-5', or None", chosen)
    return _violations(chosen)


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {Problem: problems(), Violation: violations()}
