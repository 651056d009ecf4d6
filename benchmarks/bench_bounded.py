"""Benchmark: bounded work -- the cost of accepting or refusing adversarial input of 64 KiB and 1 MiB (issue #9).

For every public record class (the attrs classes named in ``karjera_core.__all__``
and in each programme package's ``__all__``) through ``structure()``, and for
the other entry points the contract names -- ``looks_like_personal_code()``,
``parse_lv_date()``, ``parse_lv_period()``, ``summarize()`` and ``evaluate()``
(the teacher-support catalogue, and one indicator) with long fact lists, and
``read_register(register_rows(lines))`` on the big text of a register export --
JSON-compatible inputs of two sizes, measured as UTF-8 JSON (facts by the JSON
``unstructure`` writes of them).  Into a record class:

* a long list of junk at a tuple field (mixed types, personal codes, nested arrays);
* a huge string at a text field (Latvian text with digit groups shaped almost like codes);
* text of U+FDFA, a character NFKC expands eighteen-fold, at a text field;
* an object with many unknown keys (some shaped like personal codes);
* deeply nested arrays at a field.

Into the text entry points: U+FDFA text, Latvian text with digit groups,
full-width digit groups, one long digit run, digit pairs with separators, and
nested arrays.  Into ``summarize``/``evaluate``: facts, a junk list, a list of
many small items, facts followed by one junk item, and a stream of junk.  Into
the register: good rows, mixed good and bad rows, rows with a personal code,
and one very long line.

Each input is put into a payload the class accepts where one is known (a
public constant of the library, or the benchmark's own payloads, unstructured),
else into an empty object.  The time is the best of a few runs with
``time.perf_counter`` of ``structure(data, cls)`` accepting it or raising
``ValidationError``; anything else raised is reported as an error.  Per class
the worst input at each size is reported with two verdicts: at most 200 ms at
1 MiB, and 1 MiB costing at most about 16x what 64 KiB does, input by input
(linear: the verdict allows 20x, and does not apply below 1 ms at 1 MiB, where
the clock's noise rules).  An input already over the limit at 64 KiB is not
run at 1 MiB (its row says so: the verdict is missed either way, and a
quadratic path would take minutes).  Classes declared through the toolkit are
marked.

Run from the repository root: ``python benchmarks/bench_bounded.py`` (``--quick``
uses 4 KiB and 64 KiB, with the 200 ms limit scaled to 12.5 ms).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import pkgutil
import sys
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import attrs
from _data import BASES
from _harness import best, markdown

import karjera_core
import karjera_core.programmes
from karjera_core import ValidationError, looks_like_personal_code, structure, unstructure
from karjera_core.indicators import evaluate, summarize
from karjera_core.notation import parse_lv_date, parse_lv_period
from karjera_core.programmes.teacher_support import PUBLISHED_TARGETS
from karjera_core.programmes.teacher_support import evaluate as teacher_evaluate
from karjera_core.programmes.teacher_support import indicators as teacher_indicators
from karjera_core.programmes.teacher_support.examples import generate_facts
from karjera_core.register import read_register, register_rows

KIB = 1024
LIMIT_MS = 200.0
#: "about 16": the ratio verdict allows this much for 16 times the input.
LINEAR = 20.0
#: Below this many milliseconds at the larger size the ratio is noise.
NOISE_MS = 1.0
JUNK = [{"x": [1, "ā"]}, "161175-19997", 1.5, None, True, [[]], "ķēķis", {"161175-19997": 1}, -(10**30)]
TEXT = "Skolēns saņēma atbalstu – „ēdināšana” 991399-12345, tālr. 29196866; "


@dataclass
class Timing:
    what: str
    ms: float
    outcome: str


def public_classes() -> list[type]:
    """The attrs classes the library and its programme packages export, each once, by name."""
    modules = [karjera_core]
    for info in pkgutil.iter_modules(karjera_core.programmes.__path__):
        if not info.name.startswith("_"):
            modules.append(importlib.import_module(f"karjera_core.programmes.{info.name}"))
    found: dict[int, type] = {}
    for module in modules:
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and attrs.has(obj) and obj.__module__.startswith("karjera_core"):
                found[id(obj)] = obj
    return sorted(found.values(), key=lambda c: (c.__name__, c.__module__))


def known_payloads() -> dict[type, Any]:
    """A payload each class accepts, where one is known: its public constants and the benchmark's own payloads."""
    seen: dict[type, Any] = {}

    def walk(value: Any) -> None:
        if isinstance(value, tuple):
            for item in value:
                walk(item)
        elif attrs.has(type(value)) and type(value) not in seen:
            try:
                seen[type(value)] = unstructure(value)
            except ValidationError:
                return
            for attribute in attrs.fields(type(value)):
                walk(getattr(value, attribute.name))

    modules: list[Any] = [karjera_core]
    for name in ("karjera_core.reference", "karjera_core.programmes.career_support", "karjera_core.programmes.pumpurs"):
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            continue
    for module in modules:
        for name in getattr(module, "__all__", ()):
            walk(getattr(module, name, None))
    for name, data in BASES.items():
        try:
            walk(structure(data, getattr(karjera_core, name)))
        except ValidationError:
            continue
    return seen


def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except Exception:  # a class whose annotations do not resolve: every field is "anything"
        return {a.name: Any for a in attrs.fields(cls)}


def _is_tuple(hint: Any) -> bool:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return typing.get_origin(hint) is tuple or any(typing.get_origin(a) is tuple for a in args)


def _is_text(hint: Any) -> bool:
    return hint is str or (str in typing.get_args(hint) and len(typing.get_args(hint)) == 2)


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False).encode())


def _repeat(unit: list[Any], size: int) -> list[Any]:
    return unit * max(1, size // max(1, _size(unit)))


def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def adversarial(cls: type, base: Any, size: int) -> Iterator[tuple[str, Any]]:
    """(what, payload) of about ``size`` bytes of JSON for ``cls``."""
    hints = _hints(cls)
    names = [a.name for a in attrs.fields(cls)]
    scalar = len(names) == 1 and not attrs.fields(cls)[0].kw_only
    obj = base if isinstance(base, dict) else {}

    def at(name: str, value: Any) -> Any:
        return value if scalar else {**obj, name: value}

    tuples = [n for n in names if _is_tuple(hints.get(n))]
    texts = [n for n in names if _is_text(hints.get(n))]
    if tuples:
        yield f"junk list at .{tuples[0]}", at(tuples[0], _repeat(JUNK, size))
        yield f"list of many small items at .{tuples[0]}", at(tuples[0], [0] * (size // 3))
    if texts:
        yield f"long text at .{texts[0]}", at(texts[0], TEXT * max(1, size // _size(TEXT)))
        yield f"U+FDFA text at .{texts[0]}", at(texts[0], "\ufdfa" * (size // 3))
    if not scalar:
        keys = {(f"161175-{n % 100000:05d}" if n % 10 == 0 else f"k{n:07d}"): 0 for n in range(size // 14)}
        yield "many unknown keys", {**obj, **keys}
    target = tuples[0] if tuples else names[0]
    yield f"nested arrays at .{target}", at(target, _nested(size // 2))


def _time(call: Callable[[Any], Any], data: Any, repeat: int, limit_ms: float) -> tuple[float, str]:
    """Milliseconds of ``call(data)`` -- the best of ``repeat`` runs, one if far over the limit -- and how it ended."""
    outcome = ""

    def run() -> None:
        nonlocal outcome
        try:
            call(data)
            outcome = "accepted"
        except ValidationError:
            outcome = "refused"
        except Exception as error:  # reported, never hidden: the contract allows only ValidationError
            outcome = f"raised {type(error).__name__}"

    ms = best(run, 1) * 1000
    if ms <= 10 * limit_ms and repeat > 1:  # far over the limit, one run says enough; near it, a spike must not
        ms = min(ms, best(run, repeat - 1) * 1000)
    return ms, outcome


def timings(
    call: Callable[[Any], Any], inputs: Iterator[tuple[str, Any]], repeat: int, limit_ms: float
) -> list[Timing]:
    return [Timing(what, *_time(call, data, repeat, limit_ms)) for what, data in inputs]


def sizes(
    call: Callable[[Any], Any],
    inputs: Callable[[int], Iterator[tuple[str, Any]]],
    small: int,
    large: int,
    repeat: int,
    limit_ms: float,
) -> tuple[list[Timing], list[Timing]]:
    """Each input's timing at both sizes.  An input already over the limit at the smaller size is not run at the
    larger one (linear work would take 16 times as long: the verdict is missed either way); its row says so."""
    few = timings(call, inputs(small), repeat, limit_ms)
    many = []
    for before, (what, data) in zip(few, inputs(large), strict=True):
        if before.ms > limit_ms:
            many.append(Timing(what, 16 * before.ms, f"not run: ≥ 16 × {before.ms:.0f} ms if linear"))
        else:
            many.append(Timing(what, *_time(call, data, repeat, limit_ms)))
    return few, many


def text_inputs(size: int) -> Iterator[tuple[str, Any]]:
    yield "U+FDFA text", "\ufdfa" * (size // 3)
    yield "Latvian text with digit groups", TEXT * max(1, size // _size(TEXT))
    yield "full-width digit groups", "１６１１７ ab 　" * (size // 40)
    yield "one long digit run", "1" * size
    yield "digit pairs and separators", "12 34-56/78.90_" * (size // 15)
    yield "nested arrays (not text)", _nested(size // 2)


AS_OF = date(2030, 1, 1)
REGISTER_DAY = date(2020, 9, 1)
_HEADER = "Iestādes reģistrācijas Nr.,Iestādes nosaukums,Pakļautība,Iestādes veids,Adrese"
#: Register rows: a good one, one whose name holds a personal code, one of unknown founder, kind and municipality.
_ROWS = [
    '4213900473,Ciblas vidusskola,Pašvaldība,Vispārējās izglītības iestāde,"Skolas iela 2, Blonti, CIBLAS NOV."',
    '4213900474,Skola 161175-19997,Pašvaldība,Vispārējās izglītības iestāde,"Skolas iela 1, Rīga"',
    '4213900475,Ķekavas skola,Nezināms,Cita iestāde,"Skolas iela 1, Ludzas raj."',
]


def _register_text(size: int, rows: list[str]) -> list[str]:
    """CSV lines of about ``size`` bytes: the header, then ``rows`` over and over (registration numbers unique)."""
    unit = sum(len(r.encode()) + 1 for r in rows) / len(rows)
    lines = [_HEADER]
    for n in range(max(1, int(size / unit))):
        row = rows[n % len(rows)]
        lines.append(f"{4000000000 + n}{row[10:]}")
    return lines


def register_inputs(size: int) -> Iterator[tuple[str, Any]]:
    """(what, CSV lines) for ``read_register(register_rows(lines), on=...)``: the big text of an export."""
    yield "good rows", _register_text(size, _ROWS[:1])
    yield "mixed good and bad rows", _register_text(size, _ROWS)
    yield "rows with a personal code", _register_text(size, _ROWS[1:2])
    yield "one very long line", [_HEADER, "4213900473," + "ā" * (size // 2)]


def read_register_text(lines: Any) -> Any:
    return read_register(register_rows(lines), on=REGISTER_DAY)


_FACTS: list[Any] = []


def _facts(size: int) -> list[Any]:
    """Facts of the teacher-support catalogue whose JSON (``unstructure``) is about ``size`` bytes."""
    if not _FACTS:
        _FACTS.extend(generate_facts(40_000, seed=1))
    per = _size([unstructure(f) for f in _FACTS[:1000]]) / 1000
    count = int(size / per)
    return (_FACTS * (1 + count // len(_FACTS)))[:count]


def fact_inputs(size: int) -> Iterator[tuple[str, Any]]:
    """(what, facts) for ``summarize`` / ``evaluate``: real facts, junk, and facts after junk."""
    yield "facts", _facts(size)
    yield "junk list", _repeat(JUNK, size)
    yield "list of many small items", [0] * (size // 3)
    yield "facts, then one junk item", [*_facts(size), "161175-19997"]
    yield "a stream of junk", Streamed(_repeat(JUNK, size))


@dataclass(frozen=True)
class Streamed:
    """Items given to the entry point as a fresh iterator on every run (a stream is read once)."""

    items: list[Any]


def _given(facts: Any) -> Any:
    return iter(facts.items) if isinstance(facts, Streamed) else facts


def entry_points() -> list[tuple[str, Callable[[Any], Any], Callable[[int], Iterator[tuple[str, Any]]]]]:
    """(name, call, inputs) of each public entry point the bounded-work contract names, beyond ``structure``."""
    catalogue = teacher_indicators(PUBLISHED_TARGETS)
    first = catalogue[0]

    def summarize_all(facts: Any) -> Any:
        return summarize(catalogue, _given(facts), as_of=AS_OF)

    def evaluate_one(facts: Any) -> Any:
        return evaluate(first, _given(facts), as_of=AS_OF)

    def evaluate_catalogue(facts: Any) -> Any:
        return teacher_evaluate(catalogue, _given(facts), as_of=AS_OF)

    def period(text: Any) -> Any:
        return parse_lv_period(text)

    return [
        ("`looks_like_personal_code()`", looks_like_personal_code, text_inputs),
        ("`parse_lv_date()`", parse_lv_date, text_inputs),
        ("`parse_lv_period()`", period, text_inputs),
        ("`summarize()` (teacher-support catalogue)", summarize_all, fact_inputs),
        ("`evaluate()` (one indicator)", evaluate_one, fact_inputs),
        ("`teacher_support.evaluate()`", evaluate_catalogue, fact_inputs),
        ("`read_register(register_rows(lines))`", read_register_text, register_inputs),
    ]


@dataclass
class Row:
    """One class or entry point: each input's timing at the smaller and the larger size."""

    name: str
    declared: bool
    small: list[Timing]
    large: list[Timing]

    @staticmethod
    def _worst(found: list[Timing]) -> Timing:
        raised = [t for t in found if t.outcome.startswith("raised")]
        return max(raised or found, key=lambda t: t.ms)

    @property
    def worst_small(self) -> Timing:
        return self._worst(self.small)

    @property
    def worst_large(self) -> Timing:
        return self._worst(self.large)

    @property
    def ratio(self) -> tuple[float, str]:
        """The largest ratio large / small of one input (where the larger size is above the clock's noise)."""
        pairs = [
            (b.ms / a.ms, b.what)
            for a, b in zip(self.small, self.large, strict=True)
            if b.ms >= NOISE_MS and not b.outcome.startswith("not run")
        ]
        return max(pairs, default=(float("nan"), "no input measured above the noise floor at both sizes"))


def _declared(cls: type) -> bool:
    try:
        from karjera_core._records import is_record
    except ImportError:
        return False
    return bool(is_record(cls))


def verdict(row: Row, limit_ms: float) -> list[str]:
    """What misses, with its figure; empty when the row meets both limits."""
    misses = []
    for t in [*row.small, *row.large]:
        if t.outcome.startswith("raised"):
            misses.append(f"{t.what} {t.outcome} (only ValidationError may escape)")
    large = row.worst_large
    if large.ms > limit_ms:
        misses.append(f"{large.what}: {large.ms:.1f} ms, limit {limit_ms:g} ms")
    ratio, what = row.ratio
    if ratio > LINEAR:
        misses.append(f"{what}: {ratio:.1f}× the time for 16× the input")
    return misses


def label(size: int) -> str:
    return f"{size // KIB} KiB" if size < 1024 * KIB else f"{size // (1024 * KIB)} MiB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="4 KiB and 64 KiB instead of 64 KiB and 1 MiB")
    parser.add_argument("--repeat", type=int, default=5, help="runs per input; the best counts")
    parser.add_argument("--classes", help="comma-separated class names (default: every public record class)")
    args = parser.parse_args(argv)
    small, large = (4 * KIB, 64 * KIB) if args.quick else (64 * KIB, 1024 * KIB)
    limit_ms = LIMIT_MS * large / (1024 * KIB)
    classes = public_classes()
    if args.classes:
        wanted = set(args.classes.split(","))
        classes = [c for c in classes if c.__name__ in wanted]
    bases = known_payloads()
    rows: list[Row] = []
    for cls in classes:
        print(f"… {cls.__name__}", file=sys.stderr, flush=True)
        base = bases.get(cls)

        def call(data: Any, cls: type = cls) -> Any:
            return structure(data, cls)

        def inputs(n: int, cls: type = cls, base: Any = base) -> Iterator[tuple[str, Any]]:
            return adversarial(cls, base, n)

        found = sizes(call, inputs, small, large, args.repeat, limit_ms)
        rows.append(
            Row(f"`{cls.__name__}`" + ("" if base is not None else " (no base payload)"), _declared(cls), *found)
        )
    for name, entry, inputs in entry_points():
        print(f"… {name}", file=sys.stderr, flush=True)
        found = sizes(entry, inputs, small, large, args.repeat, limit_ms)
        rows.append(Row(name, True, *found))
    header = (
        "class / entry point",
        "declared",
        f"worst at {label(small)}",
        f"worst at {label(large)}",
        "ratio",
        "verdict",
    )
    table, misses = [], []
    for row in rows:
        why = verdict(row, limit_ms)
        a, b = row.worst_small, row.worst_large
        table.append(
            (
                row.name,
                "yes" if row.declared else "no",
                f"{a.ms:.2f} ms ({a.what}, {a.outcome})",
                f"{b.ms:.2f} ms ({b.what}, {b.outcome})",
                "—" if math.isnan(row.ratio[0]) else f"{row.ratio[0]:.1f}×",
                "**missed**" if why else "met",
            )
        )
        misses += [f"- {row.name}: {reason}" for reason in why]
    caveat = " (--quick: no measurement)" if args.quick else ""
    print(f"## Bounded work: adversarial input of {label(small)} and {label(large)}{caveat}\n")
    print(f"Limits: at most {limit_ms:g} ms at {label(large)}; at most {LINEAR:g}× for 16× the input (linear).\n")
    print(markdown(header, table))
    print(f"\nRows that miss ({sum(bool(verdict(r, limit_ms)) for r in rows)} of {len(rows)}):")
    print("\n".join(misses) or "- none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
