"""Benchmark: what generating the library's objects costs a downstream property test (issue #14).

For every strategy of :mod:`karjera_core.strategies` (each function in its
``__all__``, called with its defaults; ``steps``/``schedules`` with
``school_years()``; ``payloads``/``invalid_payloads`` once per public record
class) and, with ``--from-type``, for ``st.from_type(cls)`` of every registered
type: the time hypothesis takes to run a test that does nothing with 100
examples drawn from it -- generation only, hypothesis' default settings
(health checks on), except ``database=None`` so that no example is replayed
from or written to disk.

Each strategy runs once to warm up (lazily compiled hooks, hypothesis'
caches), then ``--rounds`` times; the median is reported, in seconds per
100 examples: the processor time the run took (``time.process_time``: what
the wall clock shows on a quiet machine, and nearly unaffected by other
processes on a loaded one), with a verdict against the issue's limit of
0.5 s, and beside it the wall-clock time.  A health check that fails, or an
error while drawing, is reported as such.  The load average of the machine
is printed before and after.

``--save FILE`` writes the figures as JSON; ``--baseline FILE`` adds the
figures of an earlier run (say, before a change) as a column beside them.

Run from the repository root: ``python benchmarks/bench_strategies.py``
(``--only NAME`` times the rows whose label contains NAME).
"""

from __future__ import annotations

import argparse
import gc
import inspect
import json
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _harness import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import FailedHealthCheck

import karjera_core
from karjera_core import strategies

try:
    from karjera_core._records import is_record
except ImportError:  # an older karjera_core, before the declared records (for the "before" figures)
    from attrs import has as is_record

LIMIT = 0.5
#: Names in ``karjera_core.strategies.__all__`` that are no strategy.
NOT_STRATEGIES = {"all_type_strategies", "register_type_strategies"}
#: Strategies that need an argument, and the argument they are timed with.
NEEDS_VALUES = {"steps", "schedules"}
PER_RECORD = {"payloads", "invalid_payloads"}


def public_records() -> list[type]:
    """The public record classes: declared records named in ``karjera_core.__all__`` or a programme's ``__all__``."""
    found: dict[str, type] = {}
    for name in karjera_core.__all__:
        value = getattr(karjera_core, name)
        names = getattr(value, "__all__", None) if inspect.ismodule(value) else None
        for cls in [value] if names is None else [getattr(value, n) for n in names]:
            if is_record(cls):
                found.setdefault(cls.__name__, cls)
    return [found[name] for name in sorted(found)]


def rows(from_type: bool) -> Iterator[tuple[str, Callable[[], st.SearchStrategy[Any]]]]:
    """(label, a function making the strategy) for every row of the table."""
    for name in strategies.__all__:
        value = getattr(strategies, name)
        if name in NOT_STRATEGIES or not callable(value):
            continue
        if name in NEEDS_VALUES:
            yield f"{name}(school_years())", lambda value=value: value(strategies.school_years())
        elif name in PER_RECORD:
            for cls in public_records():
                yield f"{name}({cls.__name__})", lambda value=value, cls=cls: value(cls)
        else:
            yield f"{name}()", value
    if from_type:
        for cls in sorted(strategies.all_type_strategies(), key=lambda cls: cls.__name__):
            yield f"from_type({cls.__name__})", lambda cls=cls: st.from_type(cls)


def hundred(strategy: st.SearchStrategy[Any], suppress: tuple[HealthCheck, ...] = ()) -> tuple[float, float]:
    """Processor and wall-clock seconds hypothesis takes to run a test doing nothing with 100 examples."""

    @settings(database=None, max_examples=100, suppress_health_check=suppress)
    @given(strategy)
    def test(value: Any) -> None:
        pass

    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    test()
    return time.process_time() - cpu, time.perf_counter() - wall


#: [processor seconds, wall-clock seconds, a note], or what went wrong.
Figure = list[Any] | str


def measure(make: Callable[[], st.SearchStrategy[Any]], rounds: int) -> Figure:
    """The median processor and wall-clock times of ``rounds`` runs after one warm-up, or what went wrong.

    When a health check fails, the figures are those of runs with that check suppressed, and the note says so.
    """
    note, suppress = "", ()
    try:
        strategy = make()
        try:
            hundred(strategy)
        except FailedHealthCheck as failed:
            suppress = tuple(check for check in HealthCheck if check.name in str(failed)) or tuple(HealthCheck)
            note = f"health check failed: {', '.join(check.name for check in suppress)}"
            hundred(strategy, suppress)
        runs = [hundred(strategy, suppress) for _ in range(rounds)]
    except Exception as problem:
        return f"error: {type(problem).__name__}: {str(problem).splitlines()[0][:80] if str(problem) else ''}"
    return [statistics.median(cpu for cpu, _ in runs), statistics.median(wall for _, wall in runs), note]


def shown(figure: Figure) -> tuple[str, str]:
    if isinstance(figure, str):
        return figure, ""
    return f"{figure[0]:.3f}", f"{figure[1]:.3f}" + (f" ({figure[2]})" if figure[2] else "")


def within(figure: Figure) -> bool:
    return not isinstance(figure, str) and figure[0] <= LIMIT and not figure[2]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min) on {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed runs per strategy (default 3)")
    parser.add_argument("--only", default="", help="time only the rows whose label contains this")
    parser.add_argument("--from-type", action="store_true", help="also st.from_type(cls) of every registered type")
    parser.add_argument("--save", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--baseline", type=Path, help="figures of an earlier run (--save) to show beside these")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # e.g. hypothesis' note that a strategy is slow: the figure says it
    baseline: dict[str, Figure] = json.loads(args.baseline.read_text()) if args.baseline else {}
    print(f"load average before: {load()}")
    figures: dict[str, Figure] = {}
    for label, make in rows(args.from_type):
        if args.only in label:
            figures[label] = measure(make, args.rounds)
    print(f"load average after:  {load()}\n")
    header = [
        "strategy",
        *(["before: cpu s", "before: wall s"] if baseline else []),
        "cpu s per 100",
        "wall s",
        f"≤ {LIMIT} s",
    ]
    table = []
    for label, figure in figures.items():
        before = [*shown(baseline.get(label, "-"))] if baseline else []
        table.append([label, *before, *shown(figure), "yes" if within(figure) else "NO"])
    print(markdown(header, table))
    missed = [label for label, figure in figures.items() if not within(figure)]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} strategies within {LIMIT} s per 100 examples")
    for label in missed:
        print(f"  missed: {label}: {shown(figures[label])[0]}")
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
