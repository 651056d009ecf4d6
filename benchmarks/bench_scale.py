"""Benchmark: the national data set at 100,000, 1,000,000 and 4,000,000 facts (issue #13; DESIGN §8).

Every path summarises the same facts of :func:`karjera_core.examples.national`
for the indicators they feed (:func:`karjera_core.national.catalogue`, about
160 of them, of all three programmes), all sizes interleaved in one run with
the shared harness (``_harness``: the order rotates each round; medians and
spreads of per-round ratios):

* ``object`` -- ``summarize(catalogue, facts)`` over a tuple of ``Fact``;
* ``column, Python`` -- the same facts as a dict of lists (checked column-wise);
* ``column, polars`` -- the same facts as a polars frame (checked and added up by polars);
* ``dict loop`` -- the floor: a hand-written loop over tuples doing the same counting, no checks;
* ``polars group-by`` -- the distinct-subject counting written directly in polars, no checks.

Targets: object ≤ 1.5× the dict loop; column+polars ≤ 0.5× the dict loop at 1M;
time(4M)/time(1M) ≤ 4.4 for every path; peak memory (tracemalloc) of the column
path ≤ 0.5× the object path at 1M.  Then the split: a Dask ``LocalCluster`` of
two worker processes reads the 4M facts in partitions (parquet files, one
task each: read, summarise, return the summary) and merges the summaries in a
tree, against one process reading and summarising the same files; the same
report, target ≥ 1.6× faster.

Run from the repository root: ``python benchmarks/bench_scale.py`` (``--quick``:
small sizes, three rounds, no measurement; ``--rounds``; ``--no-split``).
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import polars as pl
from _harness import MIN_ROUNDS, Impl, Ratio, interleaved, markdown

from karjera_core.examples import national
from karjera_core.indicators import Counting, Indicator, Summary, evaluate_summary, merge_summaries, summarize
from karjera_core.indicators.columns import FactColumns, summarize_columns
from karjera_core.national import catalogue

AS_OF = date(2026, 9, 30)
#: The split: two worker processes, one per core, each with one polars thread (two processes of two threads
#: would share two cores four ways); a bag partition per worker, so that each summarises its files one after
#: another and merges them where they are, and one summary per worker travels.
WORKERS, ONE_THREAD = 2, {"POLARS_MAX_THREADS": "1"}
SEED = 2024
Row = tuple[str, date, str, Decimal | None, str]


def plain_loop(rows: Sequence[Row], indicators: Sequence[Indicator], as_of: date) -> dict[str, Any]:
    """The counting of the catalogue, hand-written over tuples with dictionaries: what a user would write."""
    plans: dict[str, tuple[date, date, int, dict[Any, Any], tuple[date, ...]]] = {}
    for ind in indicators:
        low = date.min if ind.period is None else ind.period.start
        high = as_of if ind.period is None or ind.period.end is None else min(as_of, ind.period.end)
        mode = 1 if ind.counting in (Counting.FACTS, Counting.SUM) else 2 if ind.counting is Counting.EVERY_YEAR else 0
        plans[ind.code] = (low, high, mode, {}, tuple(w.start for w in ind.windows))
    measured: dict[tuple[str, str, date], Decimal] = {}
    totals: dict[str, tuple[date, Decimal]] = {}
    masks: dict[tuple[str, str], int] = {}
    days: dict[tuple[str, date], tuple[int, Decimal]] = {}
    ignored = 0
    zero = Decimal(0)
    for code, on, subject, value, kind in rows:
        plan = plans.get(code)
        if plan is None:
            ignored += 1
            continue
        low, high, mode, firsts, starts = plan
        if on < low or on > high:
            continue
        if kind == "occurred":
            first = firsts.get(subject)
            if first is None or on < first:
                firsts[subject] = on
            if mode == 1:
                count, total = days.get((code, on), (0, zero))
                days[code, on] = (count + 1, total + value if value is not None else total)
            elif mode == 2:
                masks[code, subject] = masks.get((code, subject), 0) | (1 << (bisect_right(starts, on) - 1))
        elif kind == "total":
            assert value is not None
            totals[code] = max(totals.get(code, (on, value)), (on, value))
        else:
            assert value is not None
            key = (code, subject, on)
            before = measured.get(key)
            if before is None or value > before:
                measured[key] = value
    return {"distinct": {code: len(plan[3]) for code, plan in plans.items()}, "days": days, "masks": masks,
            "measured": measured, "totals": totals, "ignored": ignored}  # fmt: skip


def polars_group_by(frame: pl.DataFrame, as_of: date) -> pl.DataFrame:
    """The distinct-subject counting in polars itself, no checks: the first day of each subject, per indicator."""
    return (
        frame.lazy()
        .filter((pl.col("on") <= as_of) & (pl.col("kind") == "occurred"))
        .group_by("indicator", "subject")
        .agg(pl.col("on").min())
        .group_by("indicator")
        .agg(pl.len())
        .collect()
    )


class Size:
    """The inputs of every path at one size, made once: the same facts in each form."""

    def __init__(self, facts: int) -> None:
        started = time.perf_counter()
        data = national(seed=SEED, cases=min(50_000, facts // 20), facts=facts)
        self.made = time.perf_counter() - started
        self.n = len(data.facts)
        self.columns = data.facts
        self.objects = data.facts.rows()
        self.mapping = {name: list(column) for name, column in data.facts.as_dict().items()}
        self.rows: list[Row] = list(zip(*self.mapping.values(), strict=True))
        self.frame = data.facts.to_polars()


def impls(size: Size, indicators: tuple[Indicator, ...]) -> list[Impl]:
    tag = f" @{size.n:,}"
    return [
        Impl("object" + tag, lambda: summarize(indicators, size.objects, as_of=AS_OF)),
        Impl("column, Python" + tag, lambda: summarize(indicators, size.mapping, as_of=AS_OF)),
        Impl("column, polars" + tag, lambda: summarize(indicators, size.frame, as_of=AS_OF)),
        Impl("dict loop" + tag, lambda: plain_loop(size.rows, indicators, AS_OF)),
        Impl("polars group-by" + tag, lambda: polars_group_by(size.frame, AS_OF)),
    ]


PATHS = ("object", "column, Python", "column, polars", "dict loop", "polars group-by")


def peak(run: Callable[[], object]) -> int:
    """The peak of Python's allocations (tracemalloc) while ``run`` runs; polars' own (Rust) are not seen."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


#: What a fresh process does to measure one path's peak memory: the facts read from a parquet file, then
#: summarised; the peak resident size (VmHWM, reset after the imports) above the size then, in KiB (Linux).
MEMORY_SCRIPT = """
import sys
from datetime import date
import polars as pl
from karjera_core.indicators import Fact, FactKind, summarize
from karjera_core.indicators.columns import summarize_columns
from karjera_core.national import catalogue
path, mode, as_of = sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])
indicators = catalogue()
def status(name):
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) for line in lines if line.startswith(name + ":"))
with open("/proc/self/clear_refs", "w") as reset:
    reset.write("5")  # the peak (VmHWM) starts again from the size now
before = status("VmRSS")
frame = pl.read_parquet(path)
if mode == "object":
    columns = frame.to_dict(as_series=False)
    del frame
    kinds = {k.value: k for k in FactKind}
    facts = [Fact(indicator=i, on=o, subject=s, value=v, kind=kinds[k]) for i, o, s, v, k in zip(*columns.values())]
    del columns
    summarize(indicators, facts, as_of=as_of)
else:
    summarize_columns(indicators, frame, as_of=as_of, engine=mode)
print(status("VmHWM") - before)
"""


def peak_rss(path: str, mode: str) -> int:
    """The peak resident memory (KiB above the imports) of a fresh process reading ``path`` and summarising it
    by ``mode``:
    ``object`` (a ``Fact`` per row), ``python`` or ``polars`` (the column path's engines)."""
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, path, mode, AS_OF.isoformat()], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1])


def memory(columns: FactColumns) -> tuple[list[tuple[str, ...]], str]:
    """The column path's peak memory against the object path's, each in its own process, from the same parquet."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "facts.parquet")
        columns.to_polars().write_parquet(path)
        found = {mode: peak_rss(path, mode) for mode in ("object", "python", "polars")}
    rows = []
    for mode, name in (("python", "column, Python"), ("polars", "column, polars")):
        ratio = found[mode] / found["object"]
        rows.append((f"peak memory: {name} / object (fresh processes, from parquet)", f"{len(columns):,}",
                     f"{ratio:.2f}×", "one run", "≤ 0.50×", verdict(ratio <= 0.5)))  # fmt: skip
    note = ", ".join(f"{mode} {kib / 1024:.0f} MiB" for mode, kib in found.items())
    return rows, f"Peak resident memory above the imports, reading {len(columns):,} facts from parquet: {note}."


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def summarize_file(path: str, indicators: tuple[Indicator, ...], engine: str) -> Summary:
    """Read one partition and summarise it: what each worker does (nothing but the summary travels back)."""
    return summarize_columns(indicators, pl.read_parquet(path), as_of=AS_OF, engine=engine)


def split(columns: FactColumns, indicators: tuple[Indicator, ...], rounds: int, parts: int) -> list[tuple[str, ...]]:
    """The split on a Dask LocalCluster of two workers against one process, both reading the same partitions."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    table = []
    with tempfile.TemporaryDirectory() as folder:
        n, step = len(columns), -(-len(columns) // parts)
        frame = columns.to_polars()
        paths = []
        for k in range(parts):
            path = os.path.join(folder, f"part-{k}.parquet")
            frame.slice(k * step, step).write_parquet(path)
            paths.append(path)
        expected = evaluate_summary(summarize(indicators, columns, as_of=AS_OF))
        with (
            LocalCluster(
                n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=None, env=ONE_THREAD
            ) as cluster,  # type: ignore[no-untyped-call]
            Client(cluster),  # type: ignore[no-untyped-call]
        ):
            for engine in ("python", "polars"):
                work = functools.partial(summarize_file, indicators=indicators, engine=engine)

                def one_process(work: Callable[[str], Summary] = work) -> Summary:
                    return merge_summaries(work(path) for path in paths)

                def cluster_run(work: Callable[[str], Summary] = work) -> Summary:
                    bag = db.from_sequence(paths, npartitions=WORKERS).map(work)  # a worker's files, one after another
                    merged: Summary = bag.reduction(merge_summaries, merge_summaries).compute()
                    return merged

                assert evaluate_summary(cluster_run()) == expected == evaluate_summary(one_process())
                times = interleaved([Impl("one", one_process), Impl("cluster", cluster_run)], rounds)
                speed = Ratio.of(times["one"], times["cluster"])
                median = {name: sorted(found)[len(found) // 2] for name, found in times.items()}
                table.append((f"{engine} engine, {parts} files of {n // parts:,}, {WORKERS} bag partitions", f"{n:,}",
                              f"{median['one']:.2f}", f"{median['cluster']:.2f}", f"{speed}", speed.spread,
                              "≥ 1.60×", verdict(speed.median >= 1.6)))  # fmt: skip
    return table


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, three rounds: checks that it runs")
    parser.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    parser.add_argument("--no-split", action="store_true", help="leave out the Dask split")
    parser.add_argument("--memory-only", action="store_true", help="only the peak memory at the middle size")
    args = parser.parse_args(argv)
    if args.memory_only:
        made = Size(100_000 if args.quick else 1_000_000)
        rows, note = memory(made.columns)
        print(markdown(("comparison", "facts", "ratio", "spread", "target", "verdict"), rows) + "\n\n" + note)
        return
    rounds = 3 if args.quick else max(args.rounds, MIN_ROUNDS)
    counts = (10_000, 40_000, 160_000) if args.quick else (100_000, 1_000_000, 4_000_000)
    indicators = catalogue()
    sizes = [Size(count) for count in counts]
    small, middle, big = sizes
    mid = f" @{middle.n:,}"
    times = interleaved([impl for size in sizes for impl in impls(size, indicators)], rounds)
    median = {name: sorted(found)[len(found) // 2] for name, found in times.items()}
    print(f"## Scale: the national data set, {len(indicators)} indicators ({rounds} interleaved rounds)\n")
    print(f"Generated by `examples.national`: {', '.join(f'{s.n:,} facts in {s.made:.1f} s' for s in sizes)}.\n")
    header = ("path", *(f"{s.n:,} facts, s" for s in sizes), "µs a fact (1M)")
    print(markdown(header, [(p, *(f"{median[f'{p} @{s.n:,}']:.3f}" for s in sizes),
                             f"{median[p + mid] / middle.n * 1e6:.2f}") for p in PATHS]))  # fmt: skip
    cells = []
    for path, target in (("object", 1.5), ("column, Python", None), ("column, polars", None)):
        for size in sizes:
            ratio = Ratio.of(times[f"{path} @{size.n:,}"], times[f"dict loop @{size.n:,}"])
            goal = 0.5 if path == "column, polars" and size is middle else target
            cells.append((f"{path} / dict loop", f"{size.n:,}", str(ratio), ratio.spread,
                          "—" if goal is None else f"≤ {goal:.2f}×",
                          "—" if goal is None else verdict(ratio.median <= goal)))  # fmt: skip
    for path in PATHS:
        ratio = Ratio.of(times[f"{path} @{big.n:,}"], times[f"{path} @{middle.n:,}"])
        cells.append((f"{path}: 4× the facts", f"{middle.n:,} → {big.n:,}", str(ratio), ratio.spread, "≤ 4.40×",
                      verdict(ratio.median <= 4.4)))  # fmt: skip
    del small
    as_mapping = middle.columns.as_dict()
    object_peak = peak(lambda: summarize(indicators, middle.columns.rows(), as_of=AS_OF))
    column_peak = peak(lambda: summarize(indicators, {k: list(v) for k, v in as_mapping.items()}, as_of=AS_OF))
    polars_peak = peak(lambda: summarize(indicators, middle.columns.to_polars(), as_of=AS_OF))
    traced = column_peak / object_peak
    cells.append(("Python allocations: column, Python / object (tracemalloc)", f"{middle.n:,}", f"{traced:.2f}×",
                  "one run", "—", "—"))  # fmt: skip
    rss_rows, rss_note = memory(middle.columns)
    cells += rss_rows
    print("\n" + markdown(("comparison", "facts", "ratio (median)", "spread", "target", "verdict"), cells))
    print(f"\nPeak Python allocations at {middle.n:,} facts (tracemalloc; making the input, then summarising it):"
          f" object path {object_peak / 2**20:.0f} MiB (its Fact objects), column path, Python"
          f" {column_peak / 2**20:.0f} MiB, column path, polars {polars_peak / 2**20:.0f} MiB"
          " (Python side only: polars' own memory is not traced).")  # fmt: skip
    print(rss_note)
    missed = [row for row in cells if row[-1] == "**missed**"]
    if not args.no_split:
        big_columns = big.columns
        sizes.clear()
        del middle, big
        splits = split(big_columns, indicators, rounds, 8)
        print(f"\n## The split: a Dask LocalCluster of 2 workers against one process ({rounds} interleaved rounds)\n")
        print(markdown(("partitions read where they are", "facts", "one process s", "cluster s", "speed-up (median)",
                        "spread", "target", "verdict"), splits))  # fmt: skip
        missed += [(row[0], row[1], row[4], row[5], row[6]) for row in splits if row[-1] == "**missed**"]
    print(f"\nCells that miss their target ({len(missed)}):")
    lines = [f"- {row[0]} ({row[1]}): {row[2]} (spread {row[3]}), target {row[4]}" for row in missed]
    print("\n".join(lines) or "- none")
    print(f"\nas_of {AS_OF}; seed {SEED}; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
