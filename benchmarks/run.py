"""The benchmark suite: ``python -m nox -s bench`` (or ``python benchmarks/run.py [--quick]``).

Every figure is a ratio measured in one run, never an absolute time:

* construction of validated objects against a *floor* -- a plain frozen attrs
  class with the same fields and no validation -- and against pydantic v2
  models doing the same validation;
* ``structure()`` from JSON dicts against pydantic v2's ``model_validate`` on
  the same dicts;
* ``unstructure()`` against pydantic v2's ``model_dump(mode="json")``.

Targets (issue #2): construction <= 2x the floor, structure <= 0.8x and
unstructure <= 0.6x pydantic v2.  The indicator engine has its own script,
``bench_indicators.py``, run after this one.
"""

from __future__ import annotations

import argparse
import math
import runpy
import sys
from pathlib import Path

from _cases import CASES, Case
from _harness import best_of, table

from karjera_core import structure, unstructure

TARGETS = {"construct": 2.0, "structure": 0.8, "unstructure": 0.6}


def measure(case: Case, repeat: int) -> dict[str, float]:
    """The ratios for one case."""
    cls, floor, model, kwargs, data = case.cls, case.floor, case.model, case.kwargs, case.data
    floor_kwargs = case.floor_kwargs or kwargs
    model_kwargs = case.model_kwargs or kwargs
    objects = [cls(**kw) for kw in kwargs]
    models = [model(**kw) for kw in model_kwargs]
    assert [unstructure(o) for o in objects] == [m.model_dump(mode="json") for m in models], case.name
    assert [structure(d, cls) for d in data] == objects, case.name
    floor_time = best_of(lambda: [floor(**kw) for kw in floor_kwargs], repeat=repeat)
    construct = best_of(lambda: [cls(**kw) for kw in kwargs], repeat=repeat)
    construct_pd = best_of(lambda: [model(**kw) for kw in model_kwargs], repeat=repeat)
    struct = best_of(lambda: [structure(d, cls) for d in data], repeat=repeat)
    struct_pd = best_of(lambda: [model.model_validate(d) for d in data], repeat=repeat)
    unstruct = best_of(lambda: [unstructure(o) for o in objects], repeat=repeat)
    unstruct_pd = best_of(lambda: [m.model_dump(mode="json") for m in models], repeat=repeat)
    return {
        "construct": construct / floor_time,
        "construct_pd_floor": construct_pd / floor_time,
        "structure": struct / struct_pd,
        "unstructure": unstruct / unstruct_pd,
        "per_object_us": construct / len(kwargs) * 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer objects and runs, for a smoke test")
    args = parser.parse_args(argv)
    size, repeat = (5_000, 3) if args.quick else (100_000, 7)
    rows, ratios = [], {key: [] for key in TARGETS}
    for make in CASES:
        case = make(size)
        found = measure(case, repeat)
        for key in TARGETS:
            ratios[key].append(found[key])
        rows.append(
            (
                case.name,
                str(case.fields),
                f"{found['construct']:.2f}x",
                f"{found['construct_pd_floor']:.2f}x",
                f"{found['structure']:.2f}x",
                f"{found['unstructure']:.2f}x",
            )
        )
    means = {key: math.exp(sum(map(math.log, values)) / len(values)) for key, values in ratios.items()}
    rows.append(
        (
            "geometric mean",
            "",
            f"{means['construct']:.2f}x",
            "",
            f"{means['structure']:.2f}x",
            f"{means['unstructure']:.2f}x",
        )
    )
    print(
        table(
            f"karjera_core vs a bare attrs floor and pydantic v2 ({size:,} objects, best of {repeat})",
            ("type", "fields", "construct/floor", "pydantic/floor", "structure/pydantic", "unstructure/pydantic"),
            rows,
        )
    )
    verdict = "  ".join(
        f"{key} {means[key]:.2f}x (target <= {target}x: {'met' if means[key] <= target else 'NOT met'})"
        for key, target in TARGETS.items()
    )
    print(verdict)
    indicators = Path(__file__).with_name("bench_indicators.py")
    if indicators.exists():
        print()
        sys.argv = [str(indicators), *(["--facts", "100000", "--runs", "2"] if args.quick else [])]
        runpy.run_path(str(indicators), run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
