"""Timing and reporting shared by every benchmark script: interleaved rounds, ratios per round, markdown tables.

How a comparison is timed (:func:`interleaved`):

* every implementation of one operation runs the same whole batch once per
  round, and the order rotates from round to round (A B C D, then B C D A,
  C D A B, ...), so that a slow moment of a loaded machine falls on every
  implementation alike rather than on whichever happened to run then;
* one warm-up round comes first and is not counted (lazily built hooks,
  caches, the allocator's pools);
* the garbage collector is collected before and disabled during each timing,
  and each batch's results are freed only after its clock has stopped; the
  inputs, alive throughout, are frozen out of the collector's walks.

What is reported (:class:`Ratio`): for each round the ratio of the library's
time to the other implementation's time *in that same round*, then the
median of those ratios and their spread (min-max).  A verdict compares the
median with a target; no figure is averaged across types or operations.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: Rounds below this are a smoke test, not a measurement.
MIN_ROUNDS = 7


@dataclass(frozen=True)
class Impl:
    """One implementation of an operation: ``run()`` does the whole batch and returns what it built."""

    name: str
    run: Callable[[], object]
    #: Run before each timed call, untimed: to empty a cache, so that every round starts as the first did.
    before: Callable[[], object] | None = None


def time_once(run: Callable[[], object], before: Callable[[], object] | None = None) -> float:
    """Seconds one call of ``run`` takes, with the garbage collector collected first and off while timing."""
    if before is not None:
        before()
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - started
    finally:
        gc.enable()
    del result  # freed after the clock stopped
    return elapsed


def interleaved(impls: Sequence[Impl], rounds: int, *, warmup: bool = True) -> dict[str, list[float]]:
    """The time of each implementation in each of ``rounds`` rounds, the order rotating every round."""
    gc.collect()
    gc.freeze()  # the inputs live through every round: no collection needs to walk them again
    try:
        if warmup:
            for impl in impls:
                time_once(impl.run, impl.before)
        times: dict[str, list[float]] = {impl.name: [] for impl in impls}
        count = len(impls)
        for index in range(rounds):
            shift = index % count
            for impl in [*impls[shift:], *impls[:shift]]:
                times[impl.name].append(time_once(impl.run, impl.before))
    finally:
        gc.unfreeze()
    return times


@dataclass(frozen=True)
class Ratio:
    """The per-round ratios of one implementation's time to another's, and their summary."""

    rounds: tuple[float, ...]

    @classmethod
    def of(cls, mine: Sequence[float], theirs: Sequence[float]) -> Ratio:
        return cls(tuple(a / b for a, b in zip(mine, theirs, strict=True)))

    @property
    def median(self) -> float:
        return statistics.median(self.rounds)

    @property
    def low(self) -> float:
        return min(self.rounds)

    @property
    def high(self) -> float:
        return max(self.rounds)

    @property
    def spread(self) -> str:
        return f"{self.low:.2f}–{self.high:.2f}×"

    def __str__(self) -> str:
        return f"{self.median:.2f}×"


def best(run: Callable[[], object], repeat: int) -> float:
    """The shortest of ``repeat`` timings of ``run`` (for a cost that does not depend on luck: bounded work)."""
    return min(time_once(run) for _ in range(repeat))


def markdown(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured markdown table, its columns padded so that it also reads as plain text."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def us(seconds: float, count: int) -> str:
    """Microseconds per item, for a batch of ``count`` items."""
    return f"{seconds / count * 1e6:.2f}"
