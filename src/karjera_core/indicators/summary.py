"""The one-pass, mergeable summary of a catalogue of indicators (rules I-2, I-4).

* :class:`Tally` -- what the facts of one indicator add up to so far.
* :class:`Summary` and :func:`summarize` -- the mergeable partial evaluation
  of a catalogue: summarize each part of the facts (in any process, on any
  machine), :meth:`Summary.merge` them in any grouping and order, then
  evaluate the merged summary (:func:`~karjera_core.indicators.evaluate_summary`).
  The result is exactly that of evaluating all facts at once (I-4).

A summary holds one entry per subject and day, never one per fact.

>>> from karjera_core.indicators.definitions import Indicator, Measure
>>> ind, day = Indicator(code="M", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(2)), date(2025, 12, 31)
>>> a = [Fact(indicator="M", on=date(2025, 1, 1), subject="m-1")]
>>> b = [Fact(indicator="M", on=date(2025, 2, 1), subject="m-2")]
>>> summarize([ind], a, as_of=day).merge(summarize([ind], b, as_of=day)) == summarize([ind], b + a, as_of=day)
True
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import islice
from typing import Any, NoReturn, TypeVar

from karjera_core import _fields as fields
from karjera_core._arguments import Stream, arguments
from karjera_core._compile import FIRST_DAY, Flaw, Sink
from karjera_core._records import error, plan_of, record, rule
from karjera_core.errors import fail
from karjera_core.indicators import _packing, display
from karjera_core.indicators.aggregates import DistinctCount, distinct, merge_distinct, out_of_order, too_large
from karjera_core.indicators.definitions import (
    CODE,
    MAX_COUNT,
    MAX_DAYS,
    MAX_INDICATORS,
    MAX_NUMBER,
    MAX_SUBJECTS,
    MAX_TOTAL,
    MAX_WINDOWS,
    NUMBER,
    PLACES,
    SUBJECT,
    Counting,
    Indicator,
    refuse,
)
from karjera_core.indicators.facts import Fact, FactKind

__all__ = ["Summary", "Tally", "summarize"]

M = TypeVar("M")
#: What keeps a part (at a path) from merging with the first: a list of problems, empty when none.
Mismatches = Callable[[M, M, str], list[Flaw]]

_ZERO = Decimal(0)


@record
class Tally:
    """What the facts of one indicator add up to so far (I-4); :func:`summarize` builds it, merges combine it.

    * ``seen`` -- the ``OCCURRED`` subjects with their first day;
    * ``days``, ``day_facts``, ``day_totals`` -- the facts and the sum of
      their values on each day (``FACTS`` and ``SUM``);
    * ``window_subjects``, ``window_masks`` -- the yearly windows (bit k is
      window k) each subject had a fact in (``EVERY_YEAR``, T-7);
    * ``measured_subjects``, ``measured_on``, ``measured_values`` -- one
      measurement per subject and day, the larger on a tie (``IMPROVED``);
    * ``total_on``, ``total_value`` -- the latest ``TOTAL`` fact, the larger on a tie.

    Each group is in sorted order, so that equal facts give equal tallies.
    """

    seen: DistinctCount = DistinctCount()
    days: tuple[date, ...] = fields.items(max_size=MAX_DAYS, default=())
    day_facts: tuple[int, ...] = fields.items(
        fields.Integer(1, MAX_COUNT, "a number of facts"), max_size=MAX_DAYS, default=()
    )
    day_totals: tuple[Decimal, ...] = fields.items(
        fields.Dec(_ZERO, MAX_TOTAL, PLACES, "a total"), max_size=MAX_DAYS, default=()
    )
    window_subjects: tuple[str, ...] = fields.items(SUBJECT, max_size=MAX_SUBJECTS, default=())
    window_masks: tuple[int, ...] = fields.items(
        fields.Integer(1, (1 << MAX_WINDOWS) - 1, "a mask of yearly windows"), max_size=MAX_SUBJECTS, default=()
    )
    measured_subjects: tuple[str, ...] = fields.items(SUBJECT, max_size=MAX_SUBJECTS, default=())
    measured_on: tuple[date, ...] = fields.items(max_size=MAX_SUBJECTS, default=())
    measured_values: tuple[Decimal, ...] = fields.items(NUMBER, max_size=MAX_SUBJECTS, default=())
    total_on: date | None = None
    total_value: Decimal | None = fields.field(
        fields.Optional(fields.Dec(_ZERO, MAX_NUMBER, 0, "a total")), default=None
    )

    @rule("days", "day_facts", "day_totals")
    def _one_count_and_total_per_day(self) -> list[Flaw] | None:
        found = [
            Flaw(path, "tally.lengths", "expected one entry for each day")
            for path, length in (("$.day_facts", len(self.day_facts)), ("$.day_totals", len(self.day_totals)))
            if length != len(self.days)
        ]
        return found or None

    @rule("window_subjects", "window_masks")
    def _one_mask_per_subject(self) -> Flaw | None:
        if len(self.window_masks) != len(self.window_subjects):
            return Flaw("$.window_masks", "tally.lengths", "expected one entry for each window subject")
        return None

    @rule("measured_subjects", "measured_on", "measured_values")
    def _measured_in_parallel(self) -> list[Flaw] | None:
        lead = len(self.measured_subjects)
        found = [
            Flaw(path, "tally.lengths", "expected one entry for each measured subject")
            for path, length in (
                ("$.measured_on", len(self.measured_on)),
                ("$.measured_values", len(self.measured_values)),
            )
            if length != lead
        ]
        return found or None

    @rule("days", "window_subjects", "measured_subjects", "measured_on")
    def _sorted(self) -> list[Flaw] | None:
        message = "expected entries in sorted order, each once"
        measured = list(zip(self.measured_subjects, self.measured_on, strict=False))
        found = [
            *(out_of_order(self.days, "$.days", "tally.order", message) or ()),
            *(out_of_order(self.window_subjects, "$.window_subjects", "tally.order", message) or ()),
            *(out_of_order(measured, "$.measured_subjects", "tally.order", message) or ()),
        ]
        return found or None

    @rule("total_on", "total_value")
    def _total_has_its_day(self) -> Flaw | None:
        if (self.total_on is None) != (self.total_value is None):
            return Flaw("$.total_value", "tally.total", "expected the latest total and its day, or neither")
        return None

    def merge(self, other: Tally) -> Tally:
        """The tally of both parts' facts."""
        (other,) = _OTHER_TALLY(other)
        return _merge_tallies(self, other)

    def __reduce__(self) -> tuple[Callable[..., Tally], tuple[Any, ...]]:
        # Compact: each tuple as one string or byte array (``_packing``), so that a summary of many subjects
        # pickles in a few large values; read back without checking again, as pickle itself must be trusted.
        return (_unpacked_tally, _packing.pack(getattr(self, name) for name in _TALLY_FIELDS))


_BUILD_TALLY = plan_of(Tally).build
_TALLY_FIELDS = tuple(x.name for x in plan_of(Tally).fields)


def _unpacked_tally(*packed: tuple[str, Any]) -> Tally:
    return _BUILD_TALLY(*_packing.unpack(packed))  # type: ignore[no-any-return]


def tally_of(
    seen: DistinctCount,
    days: dict[date, tuple[int, Decimal]],
    masks: dict[str, int],
    measured: dict[tuple[str, date], Decimal],
    total: tuple[date, Decimal] | None,
) -> Tally:
    """The tally of the engine's dictionaries (valid keys and values), built without checking them again;
    only the bounds that adding can cross are checked."""
    if len(masks) > MAX_SUBJECTS or len(measured) > MAX_SUBJECTS:
        too_large()
    ordered = sorted(days)
    counts = tuple([days[d][0] for d in ordered])
    totals = tuple([days[d][1] for d in ordered])
    if ordered and (max(counts) > MAX_COUNT or max(totals) > MAX_TOTAL):
        too_large()
    subjects = sorted(masks)
    keys = sorted(measured)
    return _BUILD_TALLY(  # type: ignore[no-any-return]
        seen,
        tuple(ordered),
        counts,
        totals,
        tuple(subjects),
        tuple([masks[s] for s in subjects]),
        tuple([k[0] for k in keys]),
        tuple([k[1] for k in keys]),
        tuple([measured[k] for k in keys]),
        None if total is None else total[0],
        None if total is None else total[1],
    )


def _merge_tallies(mine: Tally, other: Tally) -> Tally:
    """The tally of both parts' facts (the arguments already checked)."""
    days = dict(zip(mine.days, zip(mine.day_facts, mine.day_totals, strict=True), strict=True))
    for on, facts, total in zip(other.days, other.day_facts, other.day_totals, strict=True):
        had = days.get(on)
        days[on] = (facts, total) if had is None else (had[0] + facts, had[1] + total)
    masks = dict(zip(mine.window_subjects, mine.window_masks, strict=True))
    for subject, mask in zip(other.window_subjects, other.window_masks, strict=True):
        masks[subject] = masks.get(subject, 0) | mask
    measured = dict(zip(zip(mine.measured_subjects, mine.measured_on, strict=True), mine.measured_values, strict=True))
    for key, value in zip(
        zip(other.measured_subjects, other.measured_on, strict=True), other.measured_values, strict=True
    ):
        had_value = measured.get(key)
        if had_value is None or value > had_value:
            measured[key] = value
    totals = [
        (on, value)
        for on, value in ((mine.total_on, mine.total_value), (other.total_on, other.total_value))
        if on is not None and value is not None
    ]
    return tally_of(merge_distinct(mine.seen, other.seen), days, masks, measured, max(totals, default=None))


def duplicate_codes(indicators: tuple[Indicator, ...], path: str) -> list[Flaw]:
    """A flaw at the code of each indicator whose code an earlier one has."""
    seen: set[str] = set()
    found = []
    for index, ind in enumerate(indicators):
        if ind.code in seen:
            found.append(Flaw(f"{path}[{index}].code", "summary.duplicate_code", "expected every indicator code once"))
        seen.add(ind.code)
    return found


@record
class Summary:
    """The mergeable partial evaluation of a catalogue of indicators as of a day (I-4).

    Build one with :func:`summarize` for each part of the facts, combine them
    with :meth:`merge` (associative and commutative, :meth:`empty` is the
    identity) and finish with :func:`~karjera_core.indicators.evaluate_summary`.
    ``tallies[i]`` is what the facts of ``indicators[i]`` add up to;
    ``ignored`` counts the facts of indicators not in the catalogue and
    ``unmatched`` lists their codes (sorted, each once; never their subjects).
    Summaries are small and pickle, so they travel between processes and machines.
    """

    indicators: tuple[Indicator, ...] = fields.items(max_size=MAX_INDICATORS)
    as_of: date
    tallies: tuple[Tally, ...] = fields.items(max_size=MAX_INDICATORS)
    ignored: int = fields.count(MAX_COUNT, what="a number of facts", default=0)
    unmatched: tuple[str, ...] = fields.items(CODE, max_size=MAX_INDICATORS, default=())

    @rule("indicators", "tallies")
    def _one_tally_per_indicator(self) -> Flaw | None:
        if len(self.tallies) != len(self.indicators):
            return Flaw("$.tallies", "summary.tallies", "expected one tally for each indicator")
        return None

    @rule("indicators")
    def _codes_once(self) -> list[Flaw] | None:
        return duplicate_codes(self.indicators, "$.indicators") or None

    @rule("indicators", "ignored", "unmatched")
    def _unmatched_codes(self) -> list[Flaw] | None:
        return unmatched_flaws({ind.code for ind in self.indicators}, self.ignored, self.unmatched) or None

    @classmethod
    def empty(cls, indicators: Iterable[Indicator], *, as_of: date) -> Summary:
        """The summary of no facts: the identity of :meth:`merge`."""
        catalogue, as_of = _EMPTY(indicators, as_of)
        return cls(indicators=catalogue, as_of=as_of, tallies=tuple(Tally() for _ in catalogue))

    def merge(self, other: Summary) -> Summary:
        """The summary of both parts' facts; both must be of the same catalogue and day."""
        (other,) = _OTHER_SUMMARY(other)
        flaws = _mismatches(self, other, "$.other")
        if flaws:
            refuse(flaws)
        return merge_summaries_trusted(self, other)

    @classmethod
    def merge_all(cls, parts: Iterable[Summary]) -> Summary:
        """All ``parts`` merged (at least one), every part of the catalogue and day of the first (I-4).

        Merged pairwise as a balanced tree (:func:`merge_parts`): the work grows with the size of the
        summaries times the logarithm of their number, and the result does not depend on the order.
        """
        found: tuple[Summary, ...]
        (found,) = _PARTS(parts)
        return merge_parts(found, "summary", _mismatches, merge_summaries_trusted)

    def __repr__(self) -> str:
        return display.short_repr(self)

    def _repr_html_(self) -> str:
        return display.summary_html(self)


def unmatched_flaws(codes: set[str], ignored: int, unmatched: tuple[str, ...]) -> list[Flaw]:
    """What is wrong with ``unmatched``, the codes of the ``ignored`` facts whose code is none of ``codes``."""
    order = "expected codes in sorted order, each once"
    flaws = out_of_order(unmatched, "$.unmatched", "summary.unmatched.order", order) or []
    flaws += [
        Flaw(f"$.unmatched[{index}]", "summary.unmatched.known", "expected only codes of no indicator in the catalogue")
        for index, code in enumerate(unmatched)
        if code in codes
    ]
    if (ignored == 0) != (not unmatched) or ignored < len(unmatched):
        flaws.append(Flaw("$.ignored", "summary.ignored", "expected at least one ignored fact per unmatched code"))
    return flaws


def unmatched_codes(codes: set[str]) -> tuple[str, ...]:
    """``codes`` sorted; more than the bound is refused, never cut short."""
    if len(codes) > MAX_INDICATORS:
        fail(
            "$",
            "summary.too_large",
            f"expected facts of at most {MAX_INDICATORS} indicator codes that are not in the catalogue",
        )
    return tuple(sorted(codes))


def merge_parts(found: tuple[M, ...], what: str, mismatches: Mismatches[M], merge: Callable[[M, M], M]) -> M:
    """``found`` (``$.parts``, at least one) merged pairwise as a balanced tree: the one merge of many parts.

    Every part is first checked against the first with ``mismatches`` (all problems at once, each under
    ``$.parts[i]``), so that each pairwise ``merge`` is trusted and nothing is checked twice.  Merges of
    mergeable aggregates are associative and commutative (I-4): the tree gives what a fold would.
    """
    if not found:
        fail("$.parts", f"{what}.none", f"expected at least one {what} to merge")
    first = found[0]
    flaws = [flaw for index, part in enumerate(found) for flaw in mismatches(first, part, f"$.parts[{index}]")]
    if flaws:
        refuse(flaws)
    level = list(found)
    while len(level) > 1:
        paired = [merge(a, b) for a, b in zip(level[::2], level[1::2], strict=False)]
        level = [*paired, level[-1]] if len(level) % 2 else paired
    return level[0]


def _mismatches(mine: Summary, other: Summary, path: str) -> list[Flaw]:
    """What keeps ``other`` (at ``path``) from merging with ``mine``: another catalogue or another day."""
    flaws = []
    if other.indicators != mine.indicators:
        flaws.append(Flaw(f"{path}.indicators", "summary.mismatch", "expected a summary of the same indicators"))
    if other.as_of != mine.as_of:
        flaws.append(Flaw(f"{path}.as_of", "summary.mismatch", "expected a summary as of the same day"))
    return flaws


def merge_summaries_trusted(mine: Summary, other: Summary) -> Summary:
    """The summary of both parts (of the same catalogue and day)."""
    return Summary(
        indicators=mine.indicators,
        as_of=mine.as_of,
        tallies=tuple(_merge_tallies(a, b) for a, b in zip(mine.tallies, other.tallies, strict=True)),
        ignored=mine.ignored + other.ignored,
        unmatched=unmatched_codes({*mine.unmatched, *other.unmatched}),
    )


_OTHER_TALLY, _OTHER_SUMMARY = arguments(other=Tally), arguments(other=Summary)
_PARTS = arguments(parts=tuple[Summary, ...])
_EMPTY = arguments(indicators=tuple[Indicator, ...], as_of=date)
_SUMMARIZE = arguments(
    indicators=tuple[Indicator, ...],
    facts=Stream("an iterable (not text or a mapping) of Fact"),
    as_of=date,
)

# ---------------------------------------------------------------- the one pass over the facts

#: How an indicator adds its OCCURRED facts besides their subjects' first days.
FIRSTS, DAYS, SUMS, WINDOWS = 0, 1, 2, 3
#: How many facts of a stream (an iterator, not a sequence) are read at a time.
CHUNK = 4096


class Acc:
    """One indicator of the catalogue while its facts are added: its period, how it counts, its dictionaries."""

    __slots__ = ("built", "code", "days", "firsts", "high", "low", "masks", "measured", "mode", "starts", "totals")

    def __init__(self, ind: Indicator, as_of: date) -> None:
        period = ind.period
        self.code = ind.code
        self.low = FIRST_DAY if period is None else period.start  # no valid fact is dated earlier
        self.high = as_of if period is None or period.end is None else min(as_of, period.end)
        counting = ind.counting
        if counting is Counting.FACTS:
            self.mode = DAYS
        elif counting is Counting.SUM:
            self.mode = SUMS
        elif counting is Counting.EVERY_YEAR:
            self.mode = WINDOWS
        else:
            self.mode = FIRSTS
        self.starts = tuple(w.start for w in ind.windows)
        self.firsts: dict[str, date] = {}
        self.days: dict[date, tuple[int, Decimal]] = {}
        self.masks: dict[str, int] = {}
        self.measured: dict[tuple[str, date], Decimal] = {}
        self.totals: list[tuple[date, Decimal]] = []
        self.built: Tally | None = None  # set instead of the dictionaries by an engine that builds the tally itself

    def tally(self) -> Tally:
        if self.built is not None:
            return self.built
        return tally_of(distinct(self.firsts), self.days, self.masks, self.measured, max(self.totals, default=None))


def accumulators(catalogue: tuple[Indicator, ...], as_of: date) -> list[Acc]:
    """One accumulator per indicator of ``catalogue``, in its order."""
    return [Acc(ind, as_of) for ind in catalogue]


def plans_of(accs: Iterable[Acc]) -> dict[str, _Plan]:
    """What the hot loops read per indicator code: its first and last counted day, its first days, mode, Acc."""
    return {acc.code: (acc.low, acc.high, acc.firsts, acc.mode, acc) for acc in accs}


def finish(
    catalogue: tuple[Indicator, ...], as_of: date, accs: Iterable[Acc], ignored: int, unmatched: set[str]
) -> Summary:
    """The summary of what the accumulators hold; ``unmatched`` are the codes of the ignored rows."""
    return Summary(
        indicators=catalogue,
        as_of=as_of,
        tallies=tuple(acc.tally() for acc in accs),
        ignored=ignored,
        unmatched=unmatched_codes(unmatched),
    )


VALUE_MISSING = "expected a value: a SUM indicator adds the values of its facts"


_Plan = tuple[date, date, dict[str, date], int, Acc]


class _Unfit(Exception):
    """Raised inside the hot loop of :func:`summarize` at an item it cannot add; turned into a ValidationError."""


def summarize(indicators: Iterable[Indicator] | Indicator, facts: Iterable[Fact] | Any, *, as_of: date) -> Summary:
    """The mergeable summary of ``facts`` for ``indicators`` as of ``as_of`` (I-2, I-4).

    One pass over the facts, doing a few dictionary updates per fact; a
    sequence is read as it is, any other iterable once, 4,096 facts at a
    time.  Facts dated after ``as_of`` or outside an indicator's period are
    left out (a fact dated ``as_of`` counts); facts of indicators not in the
    catalogue are counted in ``ignored`` and their codes listed in
    ``unmatched``.  Anything in ``facts`` that is not a
    :class:`Fact` is a ValidationError at its position (``$.facts[3]``), and so
    is a fact without a value for a ``SUM`` indicator (``$.facts[3].value``):
    every such item of a sequence, the first one of a stream.  ``facts`` may
    also be a fact table -- a mapping of columns, a pandas or polars frame --
    summarised by :func:`~karjera_core.indicators.columns.summarize_columns`.
    """
    is_table, by_columns = COLUMN_PATH[0]
    if is_table(facts):
        return by_columns(indicators, facts, as_of=as_of)
    if type(indicators) is Indicator:
        indicators = (indicators,)
    catalogue, facts, as_of = _SUMMARIZE(indicators, facts, as_of)
    flaws = duplicate_codes(catalogue, "$.indicators")
    if flaws:
        refuse(flaws)
    accs = accumulators(catalogue, as_of)
    plans = plans_of(accs)
    ignored, unmatched = 0, set[str]()
    if isinstance(facts, Sequence):
        try:
            ignored = _scan(plans, facts, unmatched)
        except _Unfit:
            _refuse_unfit(plans, facts, 0, whole=True)
    else:
        stream, offset = iter(facts), 0
        while chunk := tuple(islice(stream, CHUNK)):
            try:
                ignored += _scan(plans, chunk, unmatched)
            except _Unfit:
                _refuse_unfit(plans, chunk, offset, whole=False)
            offset += len(chunk)
            if len(unmatched) > MAX_INDICATORS:  # refused as soon as it is known, before memory fills
                unmatched_codes(unmatched)
    return finish(catalogue, as_of, accs, ignored, unmatched)


#: The column path (``columns.py`` puts itself here): whether ``facts`` is a fact table, and its summarize.
COLUMN_PATH: list[tuple[Callable[[object], bool], Callable[..., Summary]]] = [(lambda facts: False, summarize)]


def _scan(plans: dict[str, _Plan], facts: Sequence[Fact], unmatched: set[str]) -> int:
    """The hot loop of :func:`summarize`: add ``facts`` into the plans' dictionaries; return the ignored count
    and add the codes of the ignored facts to ``unmatched``.

    Written for speed: locals only, no per-fact objects, the common case
    (an ``OCCURRED`` fact of a subject-counting indicator) first.
    """
    ignored = 0
    occurred, total_kind, fact_type = FactKind.OCCURRED, FactKind.TOTAL, Fact
    windows_mode, sums_mode = WINDOWS, SUMS
    get_plan = plans.get
    for fact in facts:
        if type(fact) is not fact_type:
            raise _Unfit
        plan = get_plan(fact.indicator)
        if plan is None:
            ignored += 1
            unmatched.add(fact.indicator)
            continue
        low, high, firsts, mode, acc = plan
        on = fact.on
        if on < low or on > high:
            continue
        kind = fact.kind
        if kind is occurred:
            subject = fact.subject
            seen = firsts.get(subject)
            if seen is None or on < seen:
                firsts[subject] = on
            if not mode:
                continue
            if mode == windows_mode:
                masks = acc.masks
                masks[subject] = masks.get(subject, 0) | (1 << (bisect_right(acc.starts, on) - 1))
            else:
                days = acc.days
                facts_then, total_then = days.get(on, (0, _ZERO))
                if mode == sums_mode:
                    value = fact.value
                    if value is None:
                        raise _Unfit
                    days[on] = (facts_then + 1, total_then + value)
                else:
                    days[on] = (facts_then + 1, total_then)
        elif kind is total_kind:
            acc.totals.append((on, fact.value))  # type: ignore[arg-type]  # TOTAL facts carry a value
        else:
            measured = acc.measured
            key = (fact.subject, on)
            value = fact.value
            before = measured.get(key)
            if before is None or value > before:  # type: ignore[operator]  # MEASUREMENT facts carry a value
                measured[key] = value  # type: ignore[assignment]
    return ignored


def _refuse_unfit(plans: dict[str, _Plan], facts: Sequence[object], offset: int, *, whole: bool) -> NoReturn:
    """The error for the items of ``facts`` (the first at position ``offset``) that :func:`_scan` cannot add:
    every one when ``whole``, else the first.  Past the error's first :data:`~karjera_core._compile.CAP`
    problems the rest are only counted by code (no path is written for them), so refusing a long list costs
    little."""
    sink = Sink()
    fact_type = Fact
    for index, fact in enumerate(facts, offset):
        if sink.full:
            rest = facts[index - offset :]
            _count_unfit(plans, rest, sink)
            break
        if type(fact) is not fact_type:
            sink.add(f"$.facts[{index}]", "record.type", "expected a Fact")
        elif _lacks_its_value(plans.get(fact.indicator), fact):
            sink.add(f"$.facts[{index}].value", "fact.value.missing", VALUE_MISSING)
        else:
            continue
        if not whole:
            break
    raise error(sink)


def _count_unfit(plans: dict[str, _Plan], facts: Sequence[object], sink: Sink) -> None:
    """Count, by code, the items of ``facts`` that :func:`_scan` cannot add (into a full ``sink``)."""
    fact_type = Fact
    good: list[Fact] = [fact for fact in facts if type(fact) is fact_type]
    if len(good) < len(facts):
        sink.count("record.type", len(facts) - len(good))
    missing = sum(1 for fact in good if _lacks_its_value(plans.get(fact.indicator), fact))
    if missing:
        sink.count("fact.value.missing", missing)


def _lacks_its_value(plan: _Plan | None, fact: Fact) -> bool:
    """True for a fact that a SUM indicator counts but that has no value to add."""
    return (
        plan is not None
        and plan[3] == SUMS
        and plan[0] <= fact.on <= plan[1]
        and fact.kind is FactKind.OCCURRED
        and fact.value is None
    )


def __dir__() -> list[str]:
    return sorted(__all__)
