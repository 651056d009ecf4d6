"""Rule I-4, run for real: the [003] catalogue over 1,000,000 facts, split across processes and a Dask cluster.

Each runner summarizes parts of the facts in other processes, merges the
summaries in a shuffled order and evaluates the merged summary; the result
must be exactly the single-process one.  The steps are those of
``docs/howto-split.md``.
"""

from __future__ import annotations

import functools
import multiprocessing
import random
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal

import pytest
from distributed import Client, LocalCluster

from karjera_core.indicators import Fact, Report, Summary, evaluate_summary, summarize
from karjera_core.programmes import teacher_support
from karjera_core.programmes.teacher_support.examples import generate_facts

N_FACTS = 1_000_000
SEED = 2024
AS_OF = date(2026, 9, 30)
# All eleven results, so that every kind of aggregate is split: the seed publishes no target for items
# 4, 10 and 11, so this test chooses its own.
TARGETS = teacher_support.TeacherSupportTargets.published(item4=16, item10=Decimal("0.2"), item11=1)
CATALOGUE = teacher_support.indicators(TARGETS)


@pytest.fixture(scope="module")
def facts() -> tuple[Fact, ...]:
    return generate_facts(N_FACTS, seed=SEED)


@pytest.fixture(scope="module")
def whole(facts: tuple[Fact, ...]) -> Summary:
    return summarize(CATALOGUE, facts, as_of=AS_OF)


@pytest.fixture(scope="module")
def expected(facts: tuple[Fact, ...]) -> Report:
    return teacher_support.evaluate(CATALOGUE, facts, as_of=AS_OF)


def chunks(facts: tuple[Fact, ...], size: int) -> Iterator[tuple[Fact, ...]]:
    for start in range(0, len(facts), size):
        yield facts[start : start + size]


def test_i4_process_pool_split_gives_the_single_process_result(
    facts: tuple[Fact, ...], whole: Summary, expected: Report
) -> None:
    work = functools.partial(summarize, CATALOGUE, as_of=AS_OF)
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        parts = list(pool.map(work, chunks(facts, 125_000)))
    assert len(parts) == 8
    random.Random(SEED).shuffle(parts)
    merged = Summary.merge_all(parts)
    assert merged == whole
    assert evaluate_summary(merged) == expected


def test_i4_dask_local_cluster_split_gives_the_single_process_result(whole: Summary, expected: Report) -> None:
    parts = 8
    with (
        LocalCluster(  # type: ignore[no-untyped-call,unused-ignore]
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call,unused-ignore]
    ):
        # Each task makes its own share of the facts on a worker, as a worker would read its partition.
        made = [client.submit(generate_facts, N_FACTS, seed=SEED, part=part, parts=parts) for part in range(parts)]
        summaries = [client.submit(summarize, CATALOGUE, facts, as_of=AS_OF) for facts in made]
        random.Random(SEED).shuffle(summaries)
        merged: Summary = client.submit(Summary.merge_all, summaries).result()
    assert merged == whole
    assert evaluate_summary(merged) == expected


def test_i4_the_scenario_is_not_trivial(expected: Report) -> None:
    # The split tests would prove little over a scenario where nothing happens.
    statuses = {result.status.name for result in expected}
    assert {"MET", "PENDING"} <= statuses
    assert expected["4.2.2.3-R1"].denominator == 42
