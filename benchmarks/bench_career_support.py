"""Benchmark: career-support objects and checks at national scale (rules C-4, C-5, C-9; DESIGN §8).

Three measurements, best of ``--runs`` runs each, timed with ``time.perf_counter``:

1. constructing ``--size`` :class:`ConsultantAssignment` objects, against a bare
   frozen attrs class with the same fields and no validation (the floor);
2. :func:`check_loads` and :func:`check_required_loads` over 600 pilot schools
   and ``--size`` assignments, and over ten times fewer (linear: about 10x);
3. :func:`event_figures` over ``--size`` events, and over ten times fewer.

Run from the repository root: ``python benchmarks/bench_career_support.py``
(``--runs 5``, ``--size 100000`` to change them).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

import attrs

from karjera_core.education import Grade, LearnerCount
from karjera_core.programmes.career_support import (
    Agreement,
    CareerEvent,
    ConsultantAssignment,
    EventKind,
    GradeParticipants,
    LoadBounds,
    OrganiserLevel,
    PilotSchool,
    check_loads,
    check_required_loads,
    event_figures,
)
from karjera_core.time import DateRange, SchoolYear

ON = date(2017, 12, 4)
YEAR = SchoolYear(2017)
SCHOOLS = tuple(f"45{n:08d}" for n in range(600))


@attrs.frozen(kw_only=True)
class BareAssignment:
    consultant: str
    institution: str
    load: Decimal
    period: DateRange


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The shortest of ``runs`` timings of ``work()``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def assignment_kwargs(size: int) -> list[dict[str, Any]]:
    period = YEAR.period
    return [
        {
            "consultant": f"c-{n}",
            "institution": SCHOOLS[n % len(SCHOOLS)],
            "load": Decimal(30 + n % 71).scaleb(-2),
            "period": period,
        }
        for n in range(size)
    ]


def events(size: int) -> list[CareerEvent]:
    return [
        CareerEvent(
            title="Pasākums",
            kind=EventKind.WORKSHOP,
            period=DateRange(start=date(2016, 9, 1 + n % 28), end=date(2016, 9, 1 + n % 28)),
            level=OrganiserLevel.SCHOOL,
            participants=(GradeParticipants(grade=Grade(1 + n % 12), count=20),),
            non_pilot_participants=n % 5,
        )
        for n in range(size)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    runs, size = args.runs, args.size

    kwargs = assignment_kwargs(size)
    library = best_of(runs, lambda: [ConsultantAssignment(**kw) for kw in kwargs])
    floor = best_of(runs, lambda: [BareAssignment(**kw) for kw in kwargs])
    print(f"construct {size} assignments: {library:.3f} s, floor {floor:.3f} s, ratio {library / floor:.2f}x")

    agreement = Agreement(
        municipality="Latvija",
        signed=date(2017, 1, 1),
        pilot_schools=tuple(PilotSchool(registration_number=n, period=YEAR.period) for n in SCHOOLS),
        load_bounds=LoadBounds(total_cap=Decimal("10000")),
    )
    counts = [LearnerCount(institution=n, school_year=YEAR, learners=350) for n in SCHOOLS]
    small = [ConsultantAssignment(**kw) for kw in kwargs[: size // 10]]
    large = [ConsultantAssignment(**kw) for kw in kwargs]

    def loads(found: list[ConsultantAssignment]) -> object:
        return check_loads(agreement, found, on=ON)

    def required(found: list[ConsultantAssignment]) -> object:
        return check_required_loads(agreement, found, counts, on=ON)

    for name, check in (("check_loads", loads), ("check_required_loads", required)):
        t_small = best_of(runs, partial(check, small))
        t_large = best_of(runs, partial(check, large))
        print(f"{name}: {len(small)} in {t_small:.3f} s, {len(large)} in {t_large:.3f} s, {t_large / t_small:.1f}x")

    few, many = events(size // 10), events(size)
    period = DateRange(start=date(2016, 9, 1), end=date(2017, 8, 31))
    t_few = best_of(runs, lambda: event_figures(few, period))
    t_many = best_of(runs, lambda: event_figures(many, period))
    print(f"event_figures: {len(few)} in {t_few:.3f} s, {len(many)} in {t_many:.3f} s, {t_many / t_few:.1f}x")


if __name__ == "__main__":
    main()
