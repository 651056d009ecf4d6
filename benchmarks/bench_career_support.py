"""Benchmark: career-support checks at national scale are linear (rules C-4, C-5, C-9; DESIGN §8).

:func:`check_loads` and :func:`check_required_loads` over 600 pilot schools and
``--size`` assignments, and :func:`tally_events` over ``--size`` events, each
against the same over ten times fewer (target: at most 11x the time for 10x
the input), timed in interleaved rounds with the shared harness.  Constructing
the objects is measured by ``bench_records.py``.

Run from the repository root: ``python benchmarks/bench_career_support.py``
(``--rounds 7``, ``--size 100000`` to change them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _harness import MIN_ROUNDS, Impl, Ratio, interleaved, markdown

from karjera_core.education import Grade, LearnerCount
from karjera_core.programmes.career_support import (
    Agreement,
    CareerEvent,
    ConsultantAssignment,
    EventKind,
    EventStatus,
    GradeParticipants,
    LoadBounds,
    OrganiserLevel,
    PilotSchool,
    check_loads,
    check_required_loads,
    tally_events,
)
from karjera_core.time import DateRange, SchoolYear

ON = date(2017, 12, 4)
YEAR = SchoolYear(2017)
SCHOOLS = tuple(f"45{n:08d}" for n in range(600))


def assignments(size: int) -> list[ConsultantAssignment]:
    return [
        ConsultantAssignment(
            consultant=f"c-{n}", institution=SCHOOLS[n % len(SCHOOLS)], load=Decimal(30 + n % 71).scaleb(-2),
            period=YEAR.period,
        )
        for n in range(size)
    ]  # fmt: skip


def events(size: int) -> list[CareerEvent]:
    return [
        CareerEvent(
            title="Pasākums „Karjeras diena”",
            kind=EventKind.WORKSHOP,
            status=EventStatus.HELD,
            period=DateRange(start=date(2016, 9, 1 + n % 28), end=date(2016, 9, 1 + n % 28)),
            level=OrganiserLevel.SCHOOL,
            participants=(GradeParticipants(grade=Grade(1 + n % 12), count=20),),
            non_pilot_participants=n % 5,
        )
        for n in range(size)
    ]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", "--runs", type=int, default=MIN_ROUNDS)
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args(argv)
    size = args.size
    agreement = Agreement(
        municipality="Latvija",
        signed=date(2017, 1, 1),
        pilot_schools=tuple(PilotSchool(registration_number=n, period=YEAR.period) for n in SCHOOLS),
        load_bounds=LoadBounds(total_cap=Decimal("10000")),
    )
    counts = [LearnerCount(institution=n, school_year=YEAR, learners=350) for n in SCHOOLS]
    many = assignments(size)
    few = many[: size // 10]
    period = DateRange(start=date(2016, 9, 1), end=date(2017, 8, 31))
    all_events = events(size)
    some_events = all_events[: size // 10]
    checks: list[tuple[str, Callable[[Sequence[object]], object], Sequence[object], Sequence[object]]] = [
        ("check_loads", lambda found: check_loads(agreement, found, on=ON), few, many),
        ("check_required_loads", lambda found: check_required_loads(agreement, found, counts, on=ON), few, many),
        (
            "tally_events",
            lambda found: tally_events(found, period=period, status=EventStatus.HELD),
            some_events,
            all_events,
        ),
    ]
    table = []
    for name, run, small, large in checks:
        try:
            run(small)
        except Exception as error:  # a broken check is reported, and the others still run
            first = str(error).splitlines()[-1].strip()
            table.append((name, f"{len(small):,}", "—", "—", "≤ 11.00×", f"**error**: {type(error).__name__}: {first}"))
            continue
        impls = [Impl("large", partial(run, large)), Impl("small", partial(run, small))]
        times = interleaved(impls, args.rounds)
        ratio = Ratio.of(times["large"], times["small"])
        verdict = "met" if ratio.median <= 11 else "**missed**"
        table.append((name, f"{len(small):,} → {len(large):,}", str(ratio), ratio.spread, "≤ 11.00×", verdict))
    print(f"## Career support: checks over 10× the input ({args.rounds} interleaved rounds)\n")
    print(markdown(("function", "items", "ratio (median)", "spread", "target", "verdict"), table))
    missed = [row for row in table if row[-1] != "met"]
    print(f"\nCells that miss their target ({len(missed)} of {len(table)}):")
    lines = [
        f"- {row[0]}: {row[5]}" if row[2] == "—" else f"- {row[0]}: {row[2]} (spread {row[3]}), target {row[4]}"
        for row in missed
    ]
    print("\n".join(lines) or "- none")


if __name__ == "__main__":
    main()
