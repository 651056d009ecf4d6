"""Near-miss payloads: JSON data for testing what an app does when the library refuses its input (issue #14).

:func:`payloads` draws the JSON form of a valid record (``unstructure`` of a
drawn object), which :func:`~karjera_core.serialization.structure` accepts.
:func:`invalid_payloads` draws ``(data, path)``: such a payload with one leaf
broken -- a wrong type, a number out of range, a date written ``20240102``,
an unknown key, a missing required key, a personal code in a text -- and the
path of that leaf in the library's grammar (``$``, ``.name``, ``[index]``),
at which the :class:`~karjera_core.errors.ValidationError` of ``structure``
lists a problem.

Both are derived from the records' declarations, for every record class
alike: the payload is written by the record's own plan, its leaves are
found by walking it, and the breaks are tried, simplest site and simplest
break first from a drawn starting point, until one is refused *at its own
path* (a break that the declaration allows, such as leaving out a key with a
default, or that a cross-field rule reports elsewhere, is passed over, never
drawn and thrown away).  The last resort, always refused where it is, is a
payload of the wrong JSON type as a whole, at ``$``.

One leaf is all a break needs, so the valid payload broken is drawn small
(:func:`~karjera_core.strategies._draw.few_items`: at most one item more than
the least in each drawn count of items), and only the breaks tried are made.
The first site tried is drawn as a walk from the root would stop at it (each
node: stop there, or go on into one of its children, all alike), so that
every top-level field is broken about as often as the root and a leaf deep
inside less often; now and then any break alike, so that each can be drawn.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator
from typing import Any

from hypothesis import strategies as st

from karjera_core._records import is_record
from karjera_core.errors import ValidationError
from karjera_core.serialization import structure, unstructure
from karjera_core.strategies._draw import count, few_items, integers
from karjera_core.strategies._narrowing import Narrowing

__all__ = ["invalid_payloads", "payloads"]

#: JSON data: what ``unstructure`` writes.
JSON = Any
#: One step into JSON data: a key of an object or an index of an array.
Step = str | int
#: A personal code (P-7) as an app might find it typed into a text field.
PERSONAL_CODE = "161175-19997"
#: The key added to an object to break it with an unknown key.
UNKNOWN_KEY = "unexpected"
_DAY_TEXT_LENGTH = 10


def _wrong(value: JSON) -> list[JSON]:
    """Replacements for leaf ``value``, simplest first: another JSON type, out of range, a date without dashes,
    a personal code."""
    if type(value) is bool:
        return ["false" if value else "true", 2]
    if type(value) is int:
        return [str(value), 10**15, -(10**15), 1.5]
    if type(value) is str:
        found: list[JSON] = [12345]
        if len(value) == _DAY_TEXT_LENGTH and value[4] == "-" and value[7] == "-":
            found.append(value.replace("-", ""))  # 2024-01-02 written 20240102
        found += [PERSONAL_CODE, f"{value[:20]} {PERSONAL_CODE}", "", "1e999"]
        return found
    if value is None:
        return [[], 12345, PERSONAL_CODE]
    if type(value) is list:
        return [{}, "[]"]
    return [[], "{}"]  # an object


#: The break is one choice of this many values (hypothesis draws a range this small uniformly): all but the
#: last are spread over the sites by their weights (see :func:`_sites`); the last one stands for any break,
#: drawn as a second choice, so that every break can be drawn.
_SITE_CHOICES = 256
_SITE_CHOICE = integers(0, _SITE_CHOICES - 1)


def _sites(
    data: JSON, steps: tuple[Step, ...] = (), weight: float = 1.0
) -> Iterator[tuple[tuple[Step, ...], JSON, float]]:
    """Every node of ``data`` with the steps to it and its weight, the root first, depth first.

    The weights are the chances of a walk from the root that at each node stops there or goes on into one of
    its children, all alike: a top-level field is broken as often as the root, a leaf deep inside less often.
    """
    children = len(data) if type(data) in (dict, list) else 0
    share = weight / (children + 1)
    yield steps, data, share if children else weight
    if type(data) is dict:
        for key, value in data.items():
            yield from _sites(value, (*steps, key), share)
    elif type(data) is list:
        for index, value in enumerate(data):
            yield from _sites(value, (*steps, index), share)


def _path(steps: tuple[Step, ...]) -> str:
    return "$" + "".join(f"[{step}]" if type(step) is int else f".{step}" for step in steps)


def _replace(data: JSON, steps: tuple[Step, ...], change: Callable[[JSON], JSON]) -> JSON:
    """A copy of ``data`` in which the node at ``steps`` is ``change(node)``; only the nodes on the way copied."""
    if not steps:
        return change(data)
    head, rest = steps[0], steps[1:]
    copy: Any = dict(data) if type(data) is dict else list(data)
    copy[head] = _replace(data[head], rest, change)
    return copy


def _constant(value: JSON) -> Callable[[JSON], JSON]:
    return lambda _: value


def _without(key: str) -> Callable[[JSON], JSON]:
    return lambda node: {k: v for k, v in node.items() if k != key}


def _break_count(node: JSON) -> int:
    """How many breaks :func:`_break` makes of ``node``: its replacements, then for an object an unknown key and
    each key left out."""
    found = len(_wrong(node))
    return found + 1 + len(node) if type(node) is dict else found


def _break(data: JSON, steps: tuple[Step, ...], node: JSON, which: int) -> tuple[JSON, str]:
    """Break number ``which`` (``0 ... _break_count(node) - 1``) of the node at ``steps``, as (data, path)."""
    replacements = _wrong(node)
    if which < len(replacements):
        return _replace(data, steps, _constant(replacements[which])), _path(steps)
    which -= len(replacements)
    if which == 0:
        return _replace(data, steps, lambda n: {**n, UNKNOWN_KEY: 1}), _path((*steps, UNKNOWN_KEY))
    key = list(node)[which - 1]
    return _replace(data, steps, _without(key)), _path((*steps, key))


def _breaks(sites: list[tuple[tuple[Step, ...], JSON, float]], at: int, first: int) -> Iterator[tuple[JSON, str]]:
    """The single-leaf breaks of the data whose nodes are ``sites`` (the root first), as ``(broken data,
    path)``, site by site, simplest break first: from break ``first`` of site ``at`` on, and round to the ones
    before it.  Each break is made only when asked for."""
    data = sites[0][1]
    steps, node, _ = sites[at]
    yield from (_break(data, steps, node, number) for number in range(first, _break_count(node)))
    for index in [*range(at + 1, len(sites)), *range(at)]:
        other_steps, other, _ = sites[index]
        yield from (_break(data, other_steps, other, number) for number in range(_break_count(other)))
    yield from (_break(data, steps, node, number) for number in range(first))


def refused_at(data: JSON, path: str, cls: type) -> bool:
    """Whether ``structure(data, cls)`` raises a ValidationError with a problem at ``path``."""
    try:
        structure(data, cls)
    except ValidationError as error:
        return any(problem.path == path for problem in error.problems)
    return False


def _public_record(check: Narrowing, cls: Any) -> type:
    if not (isinstance(cls, type) and is_record(cls)) or cls.__module__.startswith("karjera_core._"):
        hint = "pass the class itself, e.g. karjera_core.Project" if is_record(type(cls)) else ""
        check.fail("cls", "a public record class of karjera_core", cls, hint)
    return cls


@functools.lru_cache(maxsize=256)
def _payloads(cls: type) -> st.SearchStrategy[JSON]:
    return st.from_type(cls).map(unstructure)


def payloads(cls: type) -> st.SearchStrategy[JSON]:
    """JSON-compatible data of record class ``cls`` that ``structure(data, cls)`` accepts.

    It is the JSON form of an object that ``st.from_type(cls)`` draws, and
    shrinks as that object does.

    >>> from hypothesis import find
    >>> from karjera_core import SchoolYear
    >>> find(payloads(SchoolYear), lambda data: data >= 2020)
    2020
    """
    return _payloads(_public_record(Narrowing("payloads"), cls))


def _drawn_break(draw: st.DrawFn, sites: list[tuple[tuple[Step, ...], JSON, float]]) -> tuple[int, int]:
    """The site (its index) and the break of it to try first: a site by its weight, then a break of it, as one
    choice shrinking to the first break of the root; now and then (one value in 256) any break alike.  A
    payload of one node (a value type's) has only a break to draw."""
    if len(sites) == 1:
        return 0, count(draw, 0, _break_count(sites[0][1]) - 1)
    drawn = draw(_SITE_CHOICE)
    if drawn == _SITE_CHOICES - 1:
        ends = list(itertools.accumulate(_break_count(node) for _, node, _ in sites))
        number = count(draw, 0, ends[-1] - 1)
        at = bisect.bisect_right(ends, number)
        return at, number - (ends[at - 1] if at else 0)
    tops = list(itertools.accumulate(weight * (_SITE_CHOICES - 1) for _, _, weight in sites))
    at = min(bisect.bisect_right(tops, drawn), len(sites) - 1)
    low = tops[at - 1] if at else 0.0
    return at, min(int((drawn - low) / (tops[at] - low) * _break_count(sites[at][1])), _break_count(sites[at][1]) - 1)


@st.composite
def _invalid(draw: st.DrawFn, cls: type) -> tuple[JSON, str]:
    with few_items():  # one item in a collection is enough to break one
        data = draw(_payloads(cls))
    sites = list(_sites(data))
    at, first = _drawn_break(draw, sites)
    for broken, path in _breaks(sites, at, first):
        if refused_at(broken, path, cls):
            return broken, path
    raise AssertionError(f"no break of {cls.__name__} is refused: the root of the wrong type always is")


@functools.lru_cache(maxsize=256)
def _invalid_payloads(cls: type) -> st.SearchStrategy[tuple[JSON, str]]:
    return _invalid(cls)


def invalid_payloads(cls: type) -> st.SearchStrategy[tuple[JSON, str]]:
    """Pairs ``(data, path)``: a valid payload of ``cls`` with one leaf broken, and that leaf's path.

    ``structure(data, cls)`` raises a :class:`~karjera_core.errors.ValidationError`
    whose problems include one at ``path``.  The breaks: a value of another
    JSON type, a number out of range, a date written ``20240102``, an unknown
    key, a missing required key, a personal code in a text.  The payload
    broken is a small one (at most one item more than the least in each
    collection), enough for a break inside a collection.  Shrinks toward a
    small payload broken at its root.

    >>> from hypothesis import find
    >>> from karjera_core import DateRange
    >>> from karjera_core import ValidationError, structure
    >>> data, path = find(invalid_payloads(DateRange), lambda found: found[1] == "$.start")
    >>> try:
    ...     structure(data, DateRange)
    ... except ValidationError as error:
    ...     print(path, path in [problem.path for problem in error.problems])
    $.start True
    """
    return _invalid_payloads(_public_record(Narrowing("invalid_payloads"), cls))
