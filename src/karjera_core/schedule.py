"""Dated rule tables: which value of a rule is in force on a day, each step beside the law that set it.

Rules that change over time (the consultant ratio of C-4, the qualification
regulation of C-3, PuMPuRS eligibility of P-1) are data: a :class:`Schedule`
of :class:`Step` values, each with its first day, its value and its
:class:`Source` -- a Cabinet :class:`Regulation` or a cited document -- in
the manner of python-holidays' country modules, where every dated rule stands
beside the law that made it.

One policy for every table:

* steps are in strictly increasing order of their first day (anything else is
  a ValidationError: a table is never silently re-ordered);
* a step is in force from its first day until the day before the next step's;
* a day before the first step has no value: :meth:`Schedule.value_on` refuses
  it (``schedule.before_start``), and :meth:`Schedule.in_force` says whether a
  day has one.

>>> from karjera_core.time import DateRange
>>> mk = Regulation(number=359, adopted=date(2016, 6, 7))
>>> seed, law = Source(citation="[000]"), Source(citation=str(mk), regulation=mk)
>>> table = Schedule(steps=(
...     Step(start=date(2017, 1, 1), value=DateRange(start=date(2017, 1, 1)), source=seed),
...     Step(start=date(2020, 1, 1), value=DateRange(start=date(2020, 1, 1)), source=law),
... ))
>>> table.value_on(on=date(2019, 12, 31)).start, table.value_on(on=date(2020, 1, 1)).start
(datetime.date(2017, 1, 1), datetime.date(2020, 1, 1))
>>> table.in_force(on=date(2016, 12, 31))
False
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from typing import Any, Generic, TypeVar

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw, Sink
from karjera_core._records import error, record, rule
from karjera_core.errors import ValidationError, fail

__all__ = ["Regulation", "Schedule", "Source", "Step"]

V = TypeVar("V")


@record
class Regulation:
    """A Cabinet Regulation (Ministru kabineta noteikumi), by its number and the day it was adopted (F-3).

    ``title`` is optional: the full title is not always in the public sources.

    >>> print(Regulation(number=359, adopted=date(2016, 6, 7)))
    MK noteikumi Nr. 359 (2016-06-07)
    """

    number: int = fields.integer(1, 99999, what="a regulation number")
    adopted: date
    title: str | None = fields.name(1000, what="a title", default=None)

    def __str__(self) -> str:
        return f"MK noteikumi Nr. {self.number} ({self.adopted.isoformat()})"


@record
class Source:
    """Where a dated rule comes from: a citation (a seed "[000]", a page), and the regulation when there is one."""

    citation: str = fields.name(500, what="a citation")
    regulation: Regulation | None = None


@record
class Step(Generic[V]):
    """One step of a :class:`Schedule`: ``value`` is in force from ``start``, as ``source`` says."""

    start: date
    value: V
    source: Source


@record
class Schedule(Generic[V]):
    """Steps of a dated rule, in strictly increasing order of their first day (see the module's docstring)."""

    steps: tuple[Step[V], ...] = fields.items(min_size=1, max_size=1000)

    @rule("steps")
    def _in_order(self) -> Iterator[Flaw] | None:
        if len(self.steps) < 2 or all(a.start < b.start for a, b in pairwise(self.steps)):
            return None
        return (
            Flaw(f"$.steps[{index + 1}].start", "schedule.order", "expected each step to start after the one before")
            for index, (a, b) in enumerate(pairwise(self.steps))
            if not a.start < b.start
        )

    @property
    def start(self) -> date:
        """The first day any step is in force."""
        return self.steps[0].start

    def in_force(self, *, on: date) -> bool:
        """True when some step is in force ``on`` the day (it is not before the first step)."""
        (on,) = _ON(on)
        return on >= self.steps[0].start

    def step_on(self, *, on: date) -> Step[V]:
        """The step in force ``on`` the day; a ValidationError (``schedule.before_start``) before the first."""
        (on,) = _ON(on)
        index = bisect_right([step.start for step in self.steps], on) - 1
        if index < 0:
            fail("$.on", "schedule.before_start", "expected a day on or after the first step of the schedule")
        return self.steps[index]

    def value_on(self, *, on: date) -> V:
        """The value in force ``on`` the day (see :meth:`step_on`)."""
        return self.step_on(on=on).value

    def __iter__(self) -> Iterator[Step[V]]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)


_ON = arguments(on=date)


def schedule(*steps: tuple[date, Any, Source]) -> Schedule[Any]:
    """A schedule from ``(start, value, source)`` triples, for writing tables compactly.

    Every problem is reported at once, at ``$.steps[i]`` (not a triple) or
    ``$.steps[i].start`` / ``.value`` / ``.source``; an empty or unordered
    table as :class:`Schedule` reports it.

    >>> schedule((date(2020, 1, 1), Regulation(number=1, adopted=date(2019, 1, 1)), Source(citation="[000]"))).start
    datetime.date(2020, 1, 1)
    """
    sink = Sink()
    built: list[Step[Any]] = []
    for index, triple in enumerate(steps):
        path = f"$.steps[{index}]"
        if type(triple) is not tuple or len(triple) != 3:
            sink.add(path, "schedule.step", "expected a (start, value, source) triple")
            continue
        start, value, source = triple
        try:
            built.append(Step(start=start, value=value, source=source))
        except ValidationError as refused:
            for problem in refused.under(path).problems:
                sink.add(problem.path, problem.code, problem.message)
    if sink:
        raise error(sink)
    return Schedule(steps=tuple(built))


__all__ += ["schedule"]


def __dir__() -> list[str]:
    return sorted(__all__)
