"""Small mergeable aggregates of facts, for figures of one's own (rules I-3, I-4).

:class:`Count`, :class:`Sum`, :class:`DateSpan`, :class:`Share` and
:class:`DistinctCount` each have ``empty()``, ``from_facts(...)`` and
``merge(...)``; every merge is associative and commutative, and ``empty()``
is its identity, so an aggregate of parts of the facts, merged in any
grouping and order, is the aggregate of all of them (I-4).  The summary of a
whole catalogue, built the same way, is :mod:`karjera_core.indicators.summary`.

>>> facts = [Fact(indicator="E", on=date(2017, 4, 20), subject="school-1", value=Decimal(120)),
...          Fact(indicator="E", on=date(2017, 5, 3), subject="school-2", value=Decimal(90))]
>>> Sum.from_facts(facts[:1]).merge(Sum.from_facts(facts[1:])) == Sum.from_facts(facts)
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any, NoReturn

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import UNBOUNDED, Flaw
from karjera_core._records import plan_of, record, rule
from karjera_core.errors import fail
from karjera_core.indicators.definitions import (
    MAX_COUNT,
    MAX_SUBJECTS,
    MAX_TOTAL,
    PLACES,
    SUBJECT,
    refuse,
)
from karjera_core.indicators.facts import Fact

__all__ = ["Count", "DateSpan", "DistinctCount", "Share", "Sum"]

_ZERO = Decimal(0)
_FACTS = arguments(facts=tuple[Fact, ...])


@record(kw_only=False)
class Count:
    """The number of facts (I-4): merged by adding.

    >>> Count.from_facts([Fact(indicator="E", on=date(2017, 4, 20), subject="e-1")]).merge(Count(2))
    Count(3)
    """

    facts: int = fields.count(MAX_COUNT, what="a number of facts")

    def __repr__(self) -> str:
        return f"Count({self.facts!r})"

    @classmethod
    def empty(cls) -> Count:
        """No facts: the identity of :meth:`merge`."""
        return cls(0)

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> Count:
        """The number of ``facts``."""
        (found,) = _FACTS(facts)
        return cls(len(found))

    def merge(self, other: Count) -> Count:
        """The count of both parts."""
        (other,) = _OTHER_COUNT(other)
        return Count(self.facts + other.facts)


@record(kw_only=False)
class Sum:
    """The sum of the facts' values (I-4): merged by adding.

    >>> Sum.from_facts([Fact(indicator="E", on=date(2017, 4, 20), subject="e-1", value=Decimal(120))])
    Sum(Decimal('120'))
    """

    total: Decimal = fields.decimal(-MAX_TOTAL, MAX_TOTAL, places=PLACES, what="a total")

    def __repr__(self) -> str:
        return f"Sum({self.total!r})"

    @classmethod
    def empty(cls) -> Sum:
        """Nothing: the identity of :meth:`merge`."""
        return cls(_ZERO)

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> Sum:
        """The sum of the values of ``facts``; a fact without a value is a ValidationError."""
        (found,) = _FACTS(facts)
        missing = [index for index, fact in enumerate(found) if fact.value is None]
        if missing:
            refuse(
                Flaw(f"$.facts[{i}].value", "sum.value.missing", "expected a fact with a value to add") for i in missing
            )
        return cls(sum((fact.value for fact in found if fact.value is not None), _ZERO))

    def merge(self, other: Sum) -> Sum:
        """The sum of both parts."""
        (other,) = _OTHER_SUM(other)
        return Sum(self.total + other.total)


@record
class DateSpan:
    """The earliest and the latest day of the facts (I-4): merged by min and max.

    >>> span = DateSpan.from_facts([Fact(indicator="E", on=date(2017, 4, 20), subject="e-1")])
    >>> span.merge(DateSpan.empty()) == span, span.earliest
    (True, datetime.date(2017, 4, 20))
    """

    earliest: date | None = None
    latest: date | None = None

    @rule("earliest", "latest")
    def _both_in_order(self) -> Flaw | None:
        if self.earliest is None or self.latest is None:
            if self.earliest is self.latest:
                return None
            return Flaw(
                "$.latest" if self.latest is None else "$.earliest", "date_span.half", "expected both days or neither"
            )
        if self.latest < self.earliest:
            return Flaw("$.latest", "date_span.order", "expected the latest day on or after the earliest")
        return None

    @classmethod
    def empty(cls) -> DateSpan:
        """No days: the identity of :meth:`merge`."""
        return cls()

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> DateSpan:
        """The days ``facts`` span."""
        (found,) = _FACTS(facts)
        days = [fact.on for fact in found]
        return cls(earliest=min(days), latest=max(days)) if days else cls()

    def merge(self, other: DateSpan) -> DateSpan:
        """The span of both parts."""
        (other,) = _OTHER_SPAN(other)
        if self.earliest is None or self.latest is None:
            return other
        if other.earliest is None or other.latest is None:
            return self
        return DateSpan(earliest=min(self.earliest, other.earliest), latest=max(self.latest, other.latest))


@record
class Share:
    """A share kept as its numerator and denominator, never only a percentage (I-3, I-4).

    Merged by adding both: the parts must cover disjoint populations (say,
    the schools of different municipalities).  A share of distinct subjects
    over facts split any way is what :func:`summarize` handles.

    >>> share = Share.from_facts([Fact(indicator="1", on=date(2025, 1, 1), subject="A")], population=["A", "B"])
    >>> share, share.value
    (Share(numerator=1, denominator=2), Decimal('0.5'))
    >>> share.merge(Share(numerator=2, denominator=2)).value
    Decimal('0.75')
    """

    numerator: int = fields.count(MAX_COUNT, what="a numerator")
    denominator: int = fields.count(MAX_COUNT, what="a denominator")

    @rule("numerator", "denominator")
    def _part_of_the_whole(self) -> Flaw | None:
        if self.numerator > self.denominator:
            return Flaw("$.numerator", "share.numerator", "expected a numerator of at most the denominator")
        return None

    @property
    def value(self) -> Decimal | None:
        """numerator / denominator, or None when the denominator is zero."""
        return Decimal(self.numerator) / Decimal(self.denominator) if self.denominator else None

    @classmethod
    def empty(cls) -> Share:
        """0 of 0: the identity of :meth:`merge`."""
        return cls(numerator=0, denominator=0)

    @classmethod
    def from_facts(cls, facts: Iterable[Fact], *, population: Iterable[str]) -> Share:
        """The share of ``population`` that is a subject of at least one of ``facts``."""
        found, members = _FACTS_POPULATION(facts, population)
        reached = {fact.subject for fact in found} & set(members)
        return cls(numerator=len(reached), denominator=len(set(members)))

    def merge(self, other: Share) -> Share:
        """The share of both (disjoint) parts."""
        (other,) = _OTHER_SHARE(other)
        return Share(numerator=self.numerator + other.numerator, denominator=self.denominator + other.denominator)


def out_of_order(values: Sequence[Any], path: str, code: str, message: str) -> list[Flaw] | None:
    """A flaw at each item of ``values`` not after the one before it; None when they strictly increase."""
    if all(a < b for a, b in pairwise(values)):
        return None
    return [Flaw(f"{path}[{i + 1}]", code, message) for i, (a, b) in enumerate(pairwise(values)) if not a < b]


@record
class DistinctCount:
    """Distinct subjects with the day each was first seen (I-4): merged by the earlier day.

    Keeping the first day of every subject, rather than only their number,
    lets the evaluation tell *when* a target was reached: the day the k-th
    subject was first seen.  ``subjects`` is sorted; ``firsts[i]`` is the
    first day of ``subjects[i]``.  A subject is never a personal code (P-7).

    >>> a = DistinctCount.from_facts([Fact(indicator="1", on=date(2025, 2, 1), subject="A")])
    >>> b = DistinctCount.from_facts([Fact(indicator="1", on=date(2025, 1, 1), subject="A"),
    ...                               Fact(indicator="1", on=date(2025, 3, 1), subject="B")])
    >>> merged = a.merge(b)
    >>> merged.count, merged.firsts
    (2, (datetime.date(2025, 1, 1), datetime.date(2025, 3, 1)))
    """

    subjects: tuple[str, ...] = fields.items(SUBJECT, max_size=MAX_SUBJECTS, default=())
    firsts: tuple[date, ...] = fields.items(max_size=MAX_SUBJECTS, default=())

    @rule("subjects", "firsts")
    def _one_day_per_subject(self) -> Flaw | None:
        if len(self.subjects) != len(self.firsts):
            return Flaw("$.firsts", "distinct_count.lengths", "expected one first day for each subject")
        return None

    @rule("subjects")
    def _sorted(self) -> list[Flaw] | None:
        return out_of_order(
            self.subjects, "$.subjects", "distinct_count.order", "expected subjects in sorted order, each once"
        )

    @property
    def count(self) -> int:
        """The number of distinct subjects."""
        return len(self.subjects)

    @classmethod
    def empty(cls) -> DistinctCount:
        """No subjects: the identity of :meth:`merge`."""
        return cls()

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> DistinctCount:
        """The subjects of ``facts``, each with its earliest day."""
        (found,) = _FACTS(facts)
        firsts: dict[str, date] = {}
        for fact in found:
            seen = firsts.get(fact.subject)
            if seen is None or fact.on < seen:
                firsts[fact.subject] = fact.on
        return distinct(firsts)

    def as_dict(self) -> dict[str, date]:
        """Subject -> first day."""
        return dict(zip(self.subjects, self.firsts, strict=True))

    def merge(self, other: DistinctCount) -> DistinctCount:
        """The subjects of both parts, each with the earlier of its first days."""
        (other,) = _OTHER_DISTINCT(other)
        return merge_distinct(self, other)


def merge_distinct(mine: DistinctCount, other: DistinctCount) -> DistinctCount:
    """The subjects of both, each with the earlier of its first days (the arguments already checked)."""
    firsts = mine.as_dict()
    for subject, on in zip(other.subjects, other.firsts, strict=True):
        seen = firsts.get(subject)
        if seen is None or on < seen:
            firsts[subject] = on
    return distinct(firsts)


def too_large() -> NoReturn:
    """Refuse a figure that adding has taken past the engine's bounds: never rounded or clipped."""
    fail(
        "$",
        "summary.too_large",
        f"expected at most {MAX_SUBJECTS} subjects (and subject-day measurements) per indicator, and on each day "
        f"at most {MAX_COUNT} facts whose values add up to at most {MAX_TOTAL}",
    )


_BUILD_DISTINCT = plan_of(DistinctCount).build


def distinct(firsts: dict[str, date]) -> DistinctCount:
    """The distinct count of ``firsts`` (valid subjects and days), built without checking them again."""
    if len(firsts) > MAX_SUBJECTS:
        too_large()
    subjects = sorted(firsts)
    return _BUILD_DISTINCT(tuple(subjects), tuple([firsts[s] for s in subjects]))  # type: ignore[no-any-return]


_OTHER_COUNT, _OTHER_SUM = arguments(other=Count), arguments(other=Sum)
_OTHER_SPAN, _OTHER_SHARE = arguments(other=DateSpan), arguments(other=Share)
_OTHER_DISTINCT = arguments(other=DistinctCount)
_FACTS_POPULATION = arguments(facts=tuple[Fact, ...], population=fields.Items(SUBJECT, UNBOUNDED))


def __dir__() -> list[str]:
    return sorted(__all__)
