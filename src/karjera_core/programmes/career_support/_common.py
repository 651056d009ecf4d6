"""Private helpers of the career-support package: the order of violations and learner totals (O-5).

Nothing here is public API; :mod:`karjera_core.programmes.career_support` is.

>>> from karjera_core.errors import Violation
>>> late = Violation(code="load.below_minimum", rule="C-5", message="m", path="$.assignments[10].load")
>>> early = Violation(code="load.below_minimum", rule="C-5", message="m", path="$.assignments[2].load")
>>> [v.path for v in sort_violations([late, early])]
['$.assignments[2].load', '$.assignments[10].load']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core.education import LearnerCount
from karjera_core.errors import Violation
from karjera_core.time import SchoolYear

#: The kind of a field holding an institution's registration number of the state register: ten digits (O-3).
REGISTRATION_NUMBER = fields.Text(10, "a registration number of ten digits", pattern="[0-9]{10}")

_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")
_RULE = re.compile(r"([A-Z])-([0-9]+)")


def _path_key(path: str) -> tuple[tuple[int, int | str], ...]:
    """A path as a sortable key: names by their text, indexes by their number (``[2]`` before ``[10]``)."""
    return tuple((0, name) if name else (1, int(index)) for name, index in _STEP.findall(path))


def _rule_key(rule: str) -> tuple[str, int]:
    match = _RULE.fullmatch(rule)
    assert match is not None  # a Violation's rule always has this shape
    return match[1], int(match[2])


def sort_violations(found: Iterable[Violation]) -> tuple[Violation, ...]:
    """``found`` in a fixed order -- rule (C-2 before C-10), code, path, message -- whatever the input's order."""
    return tuple(sorted(found, key=lambda v: (_rule_key(v.rule), v.code, _path_key(v.path), v.message)))


#: Two decimal places: FTE loads and training hours.
CENT = Decimal("0.01")


def two_places(value: Decimal) -> Decimal:
    """``value`` written with exactly two decimal places (it has at most two): the canonical form of a load."""
    return value.quantize(CENT)


def fte(value: Decimal) -> str:
    """An FTE load for a message: two decimal places."""
    return f"{value:.2f}"


def learner_totals(counts: tuple[LearnerCount, ...], year: SchoolYear) -> tuple[dict[str, int], dict[str, int]]:
    """Each institution's learners in ``year``, and the institutions whose counts would count learners twice (O-5).

    An institution's learners are one whole count or counts per grade, never
    both, and no grade twice -- the rule of
    :func:`~karjera_core.education.total_learners`.  The second result maps
    each institution whose counts break it to the index (in ``counts``) of
    the first entry that does; such an institution has no total.  Linear.
    """
    totals: dict[str, int] = {}
    wholes: set[str] = set()
    grades: dict[str, set[object]] = {}
    conflicts: dict[str, int] = {}
    for index, count in enumerate(counts):
        if count.school_year != year:
            continue
        number = count.institution
        seen = grades.setdefault(number, set())
        clash = number in wholes or (bool(seen) if count.grade is None else count.grade in seen)
        if clash and number not in conflicts:
            conflicts[number] = index
        if count.grade is None:
            wholes.add(number)
        else:
            seen.add(count.grade)
        totals[number] = totals.get(number, 0) + count.learners
    for number in conflicts:
        del totals[number]
    return totals, conflicts
