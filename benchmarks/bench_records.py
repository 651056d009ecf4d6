"""Benchmark: structure, construction and unstructure of the nested types an app sends (issue #9; DESIGN §8).

Per type, in one run, each operation's implementations timed in interleaved
rounds over the same batch (see ``_harness``):

* ``structure(data, cls)`` against pydantic v2 ``Model.model_validate(data)``
  (strict models with the same rules, ``_models``; target <= 0.8x), against the
  no-validation floor building bare attrs classes from the same dicts
  (``_bare``; target <= 1.5x) and against ``msgspec.convert`` into Structs of
  the same field types (the type-only reference; no verdict);
* validated construction from Python values -- the whole tree, every nested
  object built by its constructor -- against bare frozen, slotted, kw-only
  attrs classes with the same fields built from the very same values
  (target <= 2x);
* ``unstructure(x)`` against ``model.model_dump(mode="json")`` (target <= 0.6x)
  and ``msgspec.to_builtins`` (reference).

Nothing is timed for a type before ``_equivalence.check`` has compared the
library with its model; the inputs timed are the payloads both accept with
equal dumps, and a type with any finding is marked in the table.

Run from the repository root: ``python benchmarks/bench_records.py`` (``--quick``,
``--size 20000``, ``--rounds 7``, ``--types Project,Fact``, ``--show-floor Project``,
``--check-only`` for the equivalence check alone, ``--findings -1`` to list every finding).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import msgspec
import pydantic
from _bare import Mirror
from _data import payloads, rule_payloads
from _equivalence import Report, check
from _harness import MIN_ROUNDS, Impl, Ratio, interleaved, markdown
from _models import MODELS

import karjera_core
from karjera_core import structure, unstructure
from karjera_core._fields import forget_texts

#: The benchmarked types, by name, as the library exports them.
TYPES = ["Project", "SupportCase", "CareerEvent", "Agreement", "Institution", "Fact", "ConsultantAssignment"]
#: (operation, versus, target): a ratio of the library's time to the other's at most the target; None: reference.
CELLS: list[tuple[str, str, float | None]] = [
    ("structure", "pydantic", 0.8),
    ("structure", "floor", 1.5),
    ("structure", "msgspec", None),
    ("construct", "bare attrs", 2.0),
    ("unstructure", "pydantic", 0.6),
    ("unstructure", "msgspec", None),
]


@dataclass
class Cell:
    type: str
    operation: str
    versus: str
    target: float | None
    ratio: Ratio
    per_object_us: float
    equivalent: bool

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.ratio.median <= self.target

    def verdict(self) -> str:
        if self.met is None:
            return "reference"
        word = "met" if self.met else "**missed**"
        return word if self.equivalent else f"{word} †"


@dataclass
class Outcome:
    cells: list[Cell] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def measure(name: str, size: int, rounds: int, mirror: Mirror, out: Outcome, *, timed: bool = True) -> None:
    cls = getattr(karjera_core, name)
    model = MODELS[name]
    report = check(name, cls, model, payloads(name, size), rule_payloads(name))
    out.reports.append(report)
    if not timed:
        return
    # As a web app has them: read from JSON text, so that no two payloads share a string object.
    data = json.loads(json.dumps(report.accepted))
    if not data:
        out.notes.append(f"{name}: no payload is accepted by both the library and the model; nothing timed")
        return
    if len(data) < size:
        out.notes.append(f"{name}: {size - len(data)} of {size} payloads are not accepted alike; {len(data)} timed")
    floor = mirror.floor(cls)
    make_library, make_bare = mirror.builder(cls, library=True), mirror.builder(cls, library=False)
    struct = mirror.struct(cls)
    objects = [structure(d, cls) for d in data]
    models = [model.model_validate(d) for d in data]
    trees = [floor(d) for d in data]
    try:
        same = [make_library(t) for t in trees] == objects
    except Exception as error:
        same = False
        out.notes.append(f"{name}: a constructor refuses what structure() accepts: {type(error).__name__}: {error}")
    if not same:
        out.notes.append(
            f"{name}: construction from values does not give what structure() gives; construction not timed"
        )
        trees = []
    try:
        structs = [msgspec.convert(d, type=struct) for d in data]
    except Exception as error:  # the reference is optional: its absence is noted
        out.notes.append(f"{name}: msgspec refuses a payload ({error}); no msgspec reference")
        structs = []
    validate, convert, to_builtins = model.model_validate, msgspec.convert, msgspec.to_builtins
    # Each batch is one comprehension calling each tool as its user would: no wrapper frame for anyone.
    operations: dict[str, list[Impl]] = {
        "structure": [
            Impl("library", lambda: [structure(d, cls) for d in data], forget_texts),
            Impl("pydantic", lambda: [validate(d) for d in data]),
            Impl("floor", lambda: [floor(d) for d in data]),
            *([Impl("msgspec", lambda: [convert(d, type=struct) for d in data])] if structs else []),
        ],
        "construct": [
            Impl("library", lambda: [make_library(t) for t in trees], forget_texts),
            Impl("bare attrs", lambda: [make_bare(t) for t in trees]),
        ]
        if trees
        else [],
        "unstructure": [
            Impl("library", lambda: [unstructure(o) for o in objects]),
            Impl("pydantic", lambda: [m.model_dump(mode="json") for m in models]),
            *([Impl("msgspec", lambda: [to_builtins(s) for s in structs])] if structs else []),
        ],
    }
    for operation, impls in operations.items():
        if not impls:
            continue
        times = interleaved(impls, rounds)
        mine = times["library"]
        per_object = sorted(mine)[len(mine) // 2] / len(data) * 1e6
        for op, versus, target in CELLS:
            if op == operation and versus in times:
                ratio = Ratio.of(mine, times[versus])
                out.cells.append(Cell(name, op, versus, target, ratio, per_object, report.equivalent))


def _target(cell: Cell) -> str:
    return "reference" if cell.target is None else f"≤ {cell.target:.2f}×"


def render(out: Outcome, size: int, rounds: int, limit: int, quick: bool = False) -> str:
    lines = ["## Equivalence of the library and its pydantic models", ""]
    for report in out.reports:
        sides: dict[str, int] = {}
        for finding in report.findings:
            sides[finding.laxer] = sides.get(finding.laxer, 0) + 1
        detail = "; ".join(f"{n} where {side}" for side, n in sides.items())
        state = "equivalent" if report.equivalent else f"**{len(report.findings)} findings** ({detail})"
        lines.append(f"- {report.name}: {report.checked} inputs decided by both; {state}")
        shown = report.findings if limit < 0 else report.findings[:limit]
        for finding in shown:
            lines.append(f"  - {finding}")
        if len(shown) < len(report.findings):
            lines.append(f"  - … and {len(report.findings) - len(shown)} more (`--findings -1` lists all)")
    if not out.cells:
        return "\n".join([*lines, "", *(f"- note: {note}" for note in out.notes)])
    caveat = " (--quick: no measurement)" if quick else ""
    lines += ["", f"## Records: {size:,} objects a batch, {rounds} interleaved rounds{caveat}", ""]
    rows = [
        (
            c.type,
            c.operation,
            c.versus,
            f"{c.per_object_us:.2f}",
            str(c.ratio),
            c.ratio.spread,
            _target(c),
            c.verdict(),
        )
        for c in out.cells
    ]
    header = ("type", "operation", "versus", "library µs/object", "ratio (median)", "spread", "target", "verdict")
    lines.append(markdown(header, rows))
    if any(c.met is not None and not c.equivalent for c in out.cells):
        lines.append(
            "\n† the library and the model do not decide every input alike (see Equivalence): not a fair cell."
        )
    missed = [c for c in out.cells if c.met is False]
    lines += ["", f"Cells that miss their target ({len(missed)} of {sum(c.met is not None for c in out.cells)}):"]
    lines += [
        f"- {c.type} {c.operation} vs {c.versus}: {c.ratio} (spread {c.ratio.spread}), target {_target(c)}"
        for c in missed
    ] or ["- none"]
    lines += [f"- note: {note}" for note in out.notes]
    return "\n".join(lines)


def environment() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"Python {platform.python_version()}, pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}, "
        f"{os.cpu_count()} CPUs, load average {load}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small batch: checks that everything runs")
    parser.add_argument("--size", type=int, help="objects a batch (default 20,000; 1,000 with --quick)")
    parser.add_argument("--rounds", type=int, default=MIN_ROUNDS, help=f"interleaved rounds (at least {MIN_ROUNDS})")
    parser.add_argument("--types", default=",".join(TYPES), help="comma-separated type names")
    parser.add_argument("--findings", type=int, default=25, help="findings listed per type (-1: all)")
    parser.add_argument("--show-floor", metavar="TYPE", help="print the generated floor of TYPE and stop")
    parser.add_argument("--check-only", action="store_true", help="only the equivalence check: nothing timed")
    args = parser.parse_args(argv)
    mirror = Mirror()
    if args.show_floor:
        print(mirror.floor_source(getattr(karjera_core, args.show_floor)))
        return 0
    size = args.size or (1_000 if args.quick else 20_000)
    if args.rounds < MIN_ROUNDS and not args.quick:
        parser.error(f"--rounds must be at least {MIN_ROUNDS} for a measurement")
    out = Outcome()
    print(environment(), file=sys.stderr)
    for name in args.types.split(","):
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            measure(name, size, args.rounds, mirror, out, timed=not args.check_only)
        except Exception as error:  # one type that cannot be benchmarked does not hide the others
            out.notes.append(f"{name}: not benchmarked: {type(error).__name__}: {error}")
            out.failed.append(name)
        if out.reports:
            out.reports[-1].accepted = []  # the payloads are no longer needed
    print(render(out, size, args.rounds, args.findings, args.quick))
    print(f"\n_{environment()}_")
    return 0 if all(r.equivalent for r in out.reports) and not out.failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
