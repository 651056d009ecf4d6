"""What an indicator is: its measure, how it counts its facts, its target and deadline (rule I-1, T-7).

* :class:`Measure` -- the kind of figure: a count, a share (I-3) or a milestone.
* :class:`Counting` -- how facts make the figure: distinct subjects, every
  fact, the sum of the facts' values, subjects seen every year (T-7), or
  subjects that improved.
* :class:`Status` -- where an indicator stands as of a day (I-2).
* :class:`Indicator` -- one expected result of a project (I-1).

A sum (the participants of events) is a ``Measure.COUNT`` counted with
``Counting.SUM``: the measure says what the figure is, the counting how facts
make it, and the two are independent, so there is no ``Measure.SUM``.

The bounds every figure of the engine keeps are here too: any value they
allow can be written with ``repr``, as JSON and read back.

>>> Indicator(code="4", title_lv="Materiālu skaits", measure=Measure.COUNT, target=Decimal(16)).counting
<Counting.DISTINCT: 'distinct'>
>>> Indicator(code="1", title_lv="x", measure=Measure.SHARE, target=Decimal("1.5"))
Traceback (most recent call last):
...
karjera_core.errors.ValidationError: 1 problem:
  $.target: expected a share target from 0 to 1, e.g. Decimal('0.9') for 90 % [indicator.target]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, NoReturn

import attrs

from karjera_core import _fields as fields
from karjera_core._compile import MAX_YEAR, MIN_YEAR, Flaw, Sink
from karjera_core._enums import LabelledEnum
from karjera_core._records import error, record, rule
from karjera_core.funding import CANONICAL_NUMBER
from karjera_core.time import DateRange, yearly_windows

__all__ = ["Counting", "Indicator", "Measure", "Status"]

#: The longest indicator code, title and subject.
MAX_CODE, MAX_TITLE, MAX_SUBJECT = 50, 500, 200
#: The largest target, baseline or fact value in magnitude: at most 15 digits before the point and 10 after.
MAX_NUMBER = Decimal("999999999999999.9999999999")
#: The largest sum of values (a day's, a Sum's, an indicator's): 28 digits, exact in Decimal's default context.
MAX_TOTAL = Decimal("999999999999999999.9999999999")
#: The largest count of facts or subjects, and the largest denominator.
MAX_COUNT = 10**15
#: The most subjects (or subject-day measurements) one aggregate holds.
MAX_SUBJECTS = 10_000_000
#: The most members of an indicator's population, and the most indicators in a catalogue.
MAX_POPULATION, MAX_INDICATORS = 100_000, 10_000
#: The most distinct days (all the library's years) and the most yearly windows of a period.
MAX_DAYS, MAX_WINDOWS = 366 * (MAX_YEAR - MIN_YEAR + 1), MAX_YEAR - MIN_YEAR + 1
#: Decimal places of a target, a value and a share's value (numerator / denominator, rounded half even).
PLACES = 10

#: The field kinds the engine shares: an indicator code, a subject (never a personal code, P-7), a number.
CODE = fields.Text(MAX_CODE, "an indicator code")
SUBJECT = fields.Text(MAX_SUBJECT, "a subject", kept=False)  # a learner's pseudonymous id, among others
NUMBER = fields.Dec(-MAX_NUMBER, MAX_NUMBER, PLACES, "a number")


@attrs.frozen
class _Target(fields.Dec):
    """A target: a Decimal from 0 to :data:`MAX_NUMBER`; a value of another type is told so, not its range."""

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is not Decimal:
            sink.add(
                path,
                "decimal.type",
                "expected a target as a Decimal, not an int, a float or text: Decimal('16') for 16, "
                "Decimal('0.9') for 90 %",
            )
            return False
        if self.ok(value):
            return True
        if not value.is_finite():
            wrong = "expected a finite target, not NaN or infinity"
        elif value < self.minimum:
            wrong = "expected a target of zero or more"
        elif value > self.maximum:
            wrong = f"expected a target of at most {self.maximum}"
        else:
            wrong = f"expected a target with at most {self.places} decimal places"
        sink.add(path, "decimal.range", wrong)
        return False


#: An indicator's target (and a result's): the type is checked before the range, each with its own message.
TARGET = _Target(Decimal(0), MAX_NUMBER, PLACES, "a target")
#: A canonical project number (F-2), exactly as ``str(ProjectNumber)`` writes one: "8.3.5.0/16/I/001",
#: "4.2.2.3/1/24/I/001", "1.1.1.2/VIAA/1/16/173".
PROJECT_WHAT = "a canonical project number such as '4.2.2.3/1/24/I/001' (F-2)"
PROJECT_NUMBER = CANONICAL_NUMBER


def refuse(flaws: Iterable[Flaw]) -> NoReturn:
    """Raise the library's error listing ``flaws`` (the first 50 in full)."""
    sink = Sink()
    for flaw in flaws:
        sink.add(*flaw)
    raise error(sink)


class Measure(LabelledEnum):
    """What kind of figure an indicator is (I-1).  The value is what serialization writes."""

    COUNT = "count", "skaits"
    SHARE = "share", "īpatsvars"
    MILESTONE = "milestone", "nodevums līdz termiņam"


class Counting(LabelledEnum):
    """How an indicator counts its facts.

    * ``DISTINCT`` -- distinct subjects with a fact (a municipality counts once
      however many trainings it held); the default.
    * ``FACTS`` -- every fact once (events held).  Counts only.
    * ``SUM`` -- the sum of the facts' values (participants).  Counts only.
    * ``EVERY_YEAR`` -- distinct subjects with a fact in every complete yearly
      window of the indicator's period ("at least once a year", T-7).
    * ``IMPROVED`` -- distinct subjects whose performance measured after their
      first fact (the support they received) is higher than before it.
    """

    DISTINCT = "distinct", "dažādu subjektu skaits"
    FACTS = "facts", "faktu skaits"
    SUM = "sum", "vērtību summa"
    EVERY_YEAR = "every_year", "katru gadu"
    IMPROVED = "improved", "pozitīva dinamika"


#: The countings that count subjects (a share or a milestone must).
SUBJECT_COUNTINGS = frozenset({Counting.DISTINCT, Counting.EVERY_YEAR, Counting.IMPROVED})


class Status(LabelledEnum):
    """Where an indicator stands as of a day (I-2).

    * ``MET`` -- the target was reached on or before the deadline, or at all
      when there is no deadline;
    * ``MET_LATE`` -- reached, but after the deadline;
    * ``PENDING`` -- not reached, and the deadline has not passed;
    * ``MISSED`` -- not reached, and the deadline has passed;
    * ``NOT_DUE`` -- not reached, and there is no deadline.
    """

    MET = "met", "sasniegts"
    MET_LATE = "met_late", "sasniegts pēc termiņa"
    PENDING = "pending", "procesā"
    MISSED = "missed", "nav sasniegts"
    NOT_DUE = "not_due", "vēl nav sasniegts (bez termiņa)"


@record
class Indicator:
    """An expected result of a project, and how to count it from facts (I-1).

    * ``code`` -- identifies the indicator in its catalogue; facts name it.
    * ``title_lv`` / ``title_en`` -- the title in Latvian, optionally English.
    * ``measure`` -- a count, a share (I-3) or a milestone ("delivered by a date").
    * ``counting`` -- how facts are counted (:class:`Counting`, default distinct subjects).
    * ``higher_is_better`` -- False when the target is a ceiling.
    * ``target`` -- a number for a count; a fraction for a share (90 % is
      ``Decimal("0.9")``); ``Decimal(1)`` ("delivered") for a milestone.  A
      higher-is-better target is above zero: zero would be met before anything happened.
    * ``deadline`` -- the day the target is due by, or None (I-1: [003] items 4, 10, 11).
    * ``baseline`` -- the starting value, for information.
    * ``project`` -- the canonical number of the project it belongs to ("4.2.2.3/1/24/I/001", F-2).
    * ``period`` -- only facts dated in it count (None: all); ``EVERY_YEAR``
      needs a closed period, whose yearly windows it judges (T-7).
    * ``population`` -- the subjects that count, when they are a known set:
      for a share the denominator is their number (e.g. the municipalities in
      force on the deadline, O-2); for a milestone, the components that must
      all be delivered.  Empty: any subject counts.
    * ``denominator`` -- a share's fixed denominator (I-3) when there is no
      population; when both are absent the latest ``TOTAL`` fact gives it.
    """

    code: str = fields.field(CODE)
    title_lv: str = fields.name(MAX_TITLE, what="a Latvian title")
    title_en: str | None = fields.name(MAX_TITLE, what="an English title", default=None)
    measure: Measure
    counting: Counting = Counting.DISTINCT
    higher_is_better: bool = True
    target: Decimal = fields.field(TARGET)
    deadline: date | None = None
    baseline: Decimal | None = fields.field(fields.Optional(NUMBER), default=None)
    project: str | None = fields.code(PROJECT_NUMBER, what=PROJECT_WHAT, default=None)
    period: DateRange | None = None
    population: tuple[str, ...] = fields.items(SUBJECT, max_size=MAX_POPULATION, default=())
    denominator: int | None = fields.integer(1, MAX_COUNT, what="a denominator", default=None)

    @rule("measure", "target", "higher_is_better")
    def _target_fits_the_measure(self) -> Flaw | None:
        measure, target = self.measure, self.target
        if measure is Measure.SHARE and target > 1:
            return Flaw(
                "$.target", "indicator.target", "expected a share target from 0 to 1, e.g. Decimal('0.9') for 90 %"
            )
        if measure is Measure.MILESTONE and target != 1:
            return Flaw("$.target", "indicator.target", "expected the target Decimal(1) of a milestone: delivered")
        if self.higher_is_better and target == 0:
            return Flaw("$.target", "indicator.target.zero", "expected a target above zero when higher is better")
        return None

    @rule("measure", "counting", "higher_is_better")
    def _counting_fits_the_measure(self) -> Flaw | None:
        measure, counting = self.measure, self.counting
        if measure is not Measure.COUNT and counting not in SUBJECT_COUNTINGS:
            return Flaw(
                "$.counting",
                "indicator.counting.measure",
                "expected DISTINCT, EVERY_YEAR or IMPROVED counting: a share or a milestone counts subjects",
            )
        if measure is Measure.MILESTONE and (counting is not Counting.DISTINCT or not self.higher_is_better):
            return Flaw(
                "$.counting",
                "indicator.counting.milestone",
                "expected a milestone to count DISTINCT delivered components, higher being better",
            )
        return None

    @rule("population", "counting")
    def _population_counts_subjects(self) -> Flaw | None:
        if self.population and self.counting not in SUBJECT_COUNTINGS:
            return Flaw(
                "$.population",
                "indicator.population.counting",
                "expected no population when every fact or value counts",
            )
        return None

    @rule("population")
    def _population_is_distinct(self) -> Iterator[Flaw] | None:
        if len(set(self.population)) == len(self.population):
            return None
        return _repeated(
            self.population, "$.population", "indicator.population.duplicate", "expected every subject once"
        )

    @rule("denominator", "measure", "population")
    def _denominator_is_used(self) -> Flaw | None:
        if self.denominator is not None and (self.measure is not Measure.SHARE or self.population):
            return Flaw(
                "$.denominator",
                "indicator.denominator.unused",
                "expected a denominator only for a share without a population",
            )
        return None

    @rule("counting", "period")
    def _every_year_has_a_closed_period(self) -> Flaw | None:
        if self.counting is Counting.EVERY_YEAR and (self.period is None or self.period.end is None):
            return Flaw(
                "$.period",
                "indicator.period.every_year",
                "expected a closed period whose yearly windows EVERY_YEAR judges (T-7)",
            )
        return None

    @property
    def windows(self) -> tuple[DateRange, ...]:
        """The yearly windows an ``EVERY_YEAR`` indicator judges (T-7); empty for other countings.

        >>> ind = Indicator(code="R", title_lv="Atbalsts", measure=Measure.SHARE, counting=Counting.EVERY_YEAR,
        ...                 target=Decimal("0.2"), period=DateRange(start=date(2024, 10, 1), end=date(2025, 12, 31)))
        >>> [str(window) for window in ind.windows]
        ['2024-10-01..2025-09-30', '2025-10-01..2025-12-31']
        """
        if self.counting is not Counting.EVERY_YEAR:
            return ()
        assert self.period is not None  # rule: EVERY_YEAR has a closed period
        return yearly_windows(self.period)


def _repeated(values: tuple[str, ...], path: str, code: str, message: str) -> Iterator[Flaw]:
    """A flaw at each item of ``values`` that repeats an earlier one."""
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            yield Flaw(f"{path}[{index}]", code, message)
        seen.add(value)


def __dir__() -> list[str]:
    return sorted(__all__)
