"""Rule I-4, run for real: the national data set's million facts summarised in partitions where they are read.

The facts of :func:`karjera_core.examples.national` are written as eight
parquet files, the partitions a caller's own pipeline would read.  On a Dask
local cluster of two worker processes each partition is read and summarised
on a worker -- only its summary travels, never a fact -- and the summaries
are merged in a tree; the report must be exactly the single-process one.
The steps are those of ``docs/howto-split.md``.  Run by ``nox -s split`` (and
``.ci/run``), not by the default test session.
"""

from __future__ import annotations

import functools
import pickle
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import dask.bag as db
import polars as pl
import pytest
from distributed import Client, LocalCluster

from karjera_core.examples import national
from karjera_core.indicators import Report, Summary, evaluate_summary, merge_summaries, summarize
from karjera_core.indicators.columns import FactColumns, summarize_columns
from karjera_core.national import catalogue

SEED = 2024
N_FACTS = 1_000_000
PARTS = 8
WORKERS = 2  # one worker process per core, each with one polars thread
AS_OF = date(2026, 9, 30)
CATALOGUE = catalogue()


@pytest.fixture(scope="module")
def facts() -> FactColumns:
    return national(seed=SEED, facts=N_FACTS).facts


@pytest.fixture(scope="module")
def paths(facts: FactColumns, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("partitions")
    frame, step = facts.to_polars(), -(-len(facts) // PARTS)
    found = []
    for part in range(PARTS):
        path = folder / f"part-{part}.parquet"
        frame.slice(part * step, step).write_parquet(path)
        found.append(str(path))
    return found


@pytest.fixture(scope="module")
def whole(facts: FactColumns) -> Summary:
    return summarize(CATALOGUE, facts, as_of=AS_OF)


@pytest.fixture(scope="module")
def expected(whole: Summary) -> Report:
    return evaluate_summary(whole)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(  # type: ignore[no-untyped-call,unused-ignore]
            n_workers=WORKERS,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            env={"POLARS_MAX_THREADS": "1"},
        ) as cluster,
        Client(cluster) as found,  # type: ignore[no-untyped-call,unused-ignore]
    ):
        yield found


@pytest.mark.parametrize(("partitions", "split_every"), [(WORKERS, None), (PARTS, 3)])
def test_i4_a_dask_bag_of_partitions_read_and_summarised_on_the_workers_gives_the_whole_report(
    client: Client, paths: list[str], whole: Summary, expected: Report, partitions: int, split_every: int | None
) -> None:
    # A bag partition per worker (the docs' recipe: a worker's files one after another, merged where they are),
    # or one per file merged in a tree.
    summarise = functools.partial(summarize, CATALOGUE, as_of=AS_OF)
    bag = db.from_sequence(paths, npartitions=partitions).map(pl.read_parquet).map(summarise)  # type: ignore[no-untyped-call]
    merged: Summary = bag.reduction(merge_summaries, merge_summaries, split_every=split_every).compute()
    assert merged == whole
    assert evaluate_summary(merged) == expected


def test_i4_futures_of_partitions_read_where_they_are_and_merged_in_any_order_give_the_whole_report(
    client: Client, paths: list[str], whole: Summary, expected: Report
) -> None:
    # The pure-Python column path on the workers; each summary is computed where its frame was read.
    frames = client.map(pl.read_parquet, paths)
    summarise = functools.partial(summarize_columns, CATALOGUE, as_of=AS_OF, engine="python")
    summaries = client.map(summarise, frames)
    random.Random(SEED).shuffle(summaries)
    merged: Summary = client.submit(merge_summaries, summaries).result()
    assert merged == whole
    assert evaluate_summary(merged) == expected


def test_i4_a_partitions_summary_travels_in_a_size_of_subjects_not_of_facts(
    facts: FactColumns, paths: list[str], whole: Summary
) -> None:
    parts = [summarize(CATALOGUE, pl.read_parquet(path), as_of=AS_OF) for path in paths]
    frame_bytes = sum(Path(path).stat().st_size for path in paths)
    assert len(pickle.dumps(parts[0])) < len(pickle.dumps(facts)) / PARTS
    assert frame_bytes > 0
    assert merge_summaries(random.Random(SEED).sample(parts, len(parts))) == whole


def test_i4_the_national_scenario_is_not_trivial(facts: FactColumns, expected: Report) -> None:
    # The split tests would prove little over a scenario where nothing happens.
    assert len(facts) == N_FACTS
    statuses = {result.status.name for result in expected}
    assert {"MET", "PENDING"} <= statuses or {"MET", "NOT_MET"} <= statuses
    assert len(expected) == len(CATALOGUE)
    assert {code.split("-")[0] for code in facts.indicator} == {"4.2.2.3", "8.3.4", "8.3.5"}
