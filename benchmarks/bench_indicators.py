"""Benchmark: evaluating the [003] catalogue over generated facts (rules I-2, I-4; DESIGN §8).

Two comparisons, each timed in ``--rounds`` interleaved rounds with the shared
harness (``_harness``: the order rotates each round; the median of the
per-round ratios and their spread are reported):

1. the library's one-pass evaluation of the eleven indicators over 1,000,000
   facts, against a plain-Python loop over tuples that does the same
   counting with dictionaries and no validation (target: at most 1.5x);
2. the library over 1,000,000 facts against 100,000 facts (target: at most
   11x the time for 10x the facts: linear).

Run from the repository root: ``python benchmarks/bench_indicators.py``
(``--rounds 7``, ``--facts 1000000`` to change them).
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _harness import MIN_ROUNDS, Impl, Ratio, interleaved, markdown

from karjera_core.indicators import Fact
from karjera_core.programmes.teacher_support import (
    CODES,
    ITEM_COMPONENTS,
    PROJECT_PERIOD,
    PUBLISHED_TARGETS,
    evaluate,
    indicators,
)
from karjera_core.programmes.teacher_support.examples import generate_facts
from karjera_core.time import yearly_windows

AS_OF = date(2030, 1, 1)
Row = tuple[str, date, str, Decimal | None, str]


def plain_loop(rows: Sequence[Row], as_of: date) -> dict[str, Any]:
    """The same counting as the catalogue, hand-written over tuples: the floor a user would write."""
    low, high = PROJECT_PERIOD.start, min(as_of, PROJECT_PERIOD.end or as_of)
    firsts: dict[str, dict[str, date]] = {code: {} for code in CODES.values()}
    starts = [w.start for w in yearly_windows(PROJECT_PERIOD)]
    masks: dict[str, int] = {}
    measured: dict[tuple[str, date], Decimal] = {}
    totals: dict[str, tuple[date, Decimal]] = {}
    item10 = CODES[10]
    for code, on, subject, value, kind in rows:
        if on < low or on > high:
            continue
        if kind == "occurred":
            seen = firsts[code]
            first = seen.get(subject)
            if first is None or on < first:
                seen[subject] = on
            if code == item10:
                masks[subject] = masks.get(subject, 0) | (1 << (bisect_right(starts, on) - 1))
        elif kind == "total":
            assert value is not None
            totals[code] = max(totals.get(code, (on, value)), (on, value))
        else:
            assert value is not None
            key = (subject, on)
            before = measured.get(key)
            if before is None or value > before:
                measured[key] = value
    complete = sum(1 for w in yearly_windows(PROJECT_PERIOD) if w.end is not None and w.end <= as_of)
    need = (1 << complete) - 1
    return {
        "distinct": {code: len(seen) for code, seen in firsts.items()},
        "components": {item: len(set(firsts[CODES[item]]) & set(parts)) for item, parts in ITEM_COMPONENTS.items()},
        "regular": sum(1 for mask in masks.values() if need and mask & need == need),
        "measured": len(measured),
        "totals": totals,
    }


def as_rows(facts: Sequence[Fact]) -> list[Row]:
    """The facts as plain tuples, the input of :func:`plain_loop`."""
    return [(f.indicator, f.on, f.subject, f.value, f.kind.value) for f in facts]


def main(argv: Sequence[str] | None = None) -> None:
    """Run both comparisons and print a table of the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", "--runs", type=int, default=MIN_ROUNDS)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    big = generate_facts(args.facts, seed=args.seed)
    small = big[: args.facts // 10]
    rows = as_rows(big)
    catalogue = indicators(PUBLISHED_TARGETS)

    def evaluated(facts: Sequence[Fact]) -> Callable[[], object]:
        return lambda: evaluate(catalogue, facts, as_of=AS_OF)

    times = interleaved(
        [
            Impl("library", evaluated(big)),
            Impl("floor", lambda: plain_loop(rows, AS_OF)),
            Impl("library, a tenth", evaluated(small)),
        ],
        args.rounds,
    )
    floor = Ratio.of(times["library"], times["floor"])
    linear = Ratio.of(times["library"], times["library, a tenth"])
    median = {name: sorted(found)[len(found) // 2] for name, found in times.items()}
    table = [
        ("evaluate_catalogue vs a plain dict loop over tuples", f"{len(big):,}", f"{median['library']:.3f}",
         str(floor), floor.spread, "≤ 1.50×", "met" if floor.median <= 1.5 else "**missed**"),
        ("evaluate_catalogue, 10× the facts", f"{len(small):,} → {len(big):,}",
         f"{median['library, a tenth']:.3f} → {median['library']:.3f}",
         str(linear), linear.spread, "≤ 11.00×", "met" if linear.median <= 11 else "**missed**"),
    ]  # fmt: skip
    print(f"## Indicators: the [003] catalogue over generated facts ({args.rounds} interleaved rounds)\n")
    print(
        markdown(("comparison", "facts", "library s (median)", "ratio (median)", "spread", "target", "verdict"), table)
    )
    missed = [row for row in table if row[-1] != "met"]
    print(f"\nCells that miss their target ({len(missed)} of {len(table)}):")
    print("\n".join(f"- {row[0]}: {row[3]} (spread {row[4]}), target {row[5]}" for row in missed) or "- none")
    print(f"\nas_of {AS_OF}; seed {args.seed}")


if __name__ == "__main__":
    main()
