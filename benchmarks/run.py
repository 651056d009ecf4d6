"""The benchmark suite: ``python -m nox -s bench`` (or ``python benchmarks/run.py [--quick]``).

Every figure is a ratio measured in the same run, never an absolute time,
and every comparison is timed in interleaved rounds (``_harness``).  The
sections, each in its own process so that none inherits another's heap:

* ``records`` (``bench_records.py``) -- structure, construction and unstructure of
  ``Project``, ``SupportCase``, ``CareerEvent``, ``Agreement``, ``Institution``,
  ``Fact`` and ``ConsultantAssignment`` against strict pydantic v2 models with the
  same rules, a no-validation floor, bare attrs classes and msgspec, after the
  equivalence check of library and models; a verdict per type and operation;
* ``bounded`` (``bench_bounded.py``) -- adversarial input of 64 KiB and 1 MiB into
  every public record class and ``looks_like_personal_code``;
* ``indicators`` (``bench_indicators.py``) -- the [003] catalogue over a million facts;
* ``career`` (``bench_career_support.py``) -- the career-support checks over 10x the input;
* ``scale`` (``bench_scale.py``) -- the national data set at 100,000, 1,000,000 and 4,000,000 facts:
  the object path, the column path (Python and polars), a dict loop and polars' own group-by, peak
  memory, and the split on a Dask local cluster of two workers.

The output is markdown, ready for a closing note: each table, then every cell
that misses its target with its figure.  ``--quick`` runs everything small, to
check that it runs -- its figures are no measurement.  The exit status is 1
when the library and a pydantic model do not decide every input alike (the
verdicts of that type are then not fair), else 0, whether targets are met or not.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
SECTIONS = ["records", "bounded", "indicators", "career", "scale"]


def commands(args: argparse.Namespace) -> dict[str, list[str]]:
    records = ["bench_records.py", "--rounds", str(args.rounds), "--findings", str(args.findings)]
    if args.types:
        records += ["--types", args.types]
    if args.size:
        records += ["--size", str(args.size)]
    quick = args.quick
    return {
        "records": records + (["--quick"] if quick else []),
        "bounded": ["bench_bounded.py", *(["--quick"] if quick else [])],
        "indicators": ["bench_indicators.py", *(["--facts", "100000", "--rounds", "3"] if quick else [])],
        "career": ["bench_career_support.py", *(["--size", "10000", "--rounds", "3"] if quick else [])],
        "scale": ["bench_scale.py", *(["--quick"] if quick else [])],
    }


def revision() -> str:
    try:
        found = subprocess.run(
            ["git", "describe", "--always", "--dirty"], cwd=HERE, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"
    return found.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="everything small: checks that it runs")
    parser.add_argument("--sections", default=",".join(SECTIONS), help=f"comma-separated, of {', '.join(SECTIONS)}")
    parser.add_argument("--size", type=int, help="records: objects a batch (default 20,000)")
    parser.add_argument("--rounds", type=int, default=7, help="records: interleaved rounds (at least 7)")
    parser.add_argument("--types", help="records: comma-separated type names")
    parser.add_argument("--findings", type=int, default=25, help="records: equivalence findings listed per type")
    args = parser.parse_args(argv)
    chosen = args.sections.split(",")
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    print(f"# karjera_core benchmarks ({revision()}{', --quick: no measurement' if args.quick else ''})\n")
    status = 0
    for name, command in commands(args).items():
        if name not in chosen:
            continue
        sys.stdout.flush()
        done = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]], check=False)
        print()
        if done.returncode:
            print(f"_section {name} exited with status {done.returncode}_\n")
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
