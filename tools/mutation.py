"""Mutation testing of the rule and validation modules: a uniform sample of mutants, a score.

Run it with ``python -m nox -s mutation`` (not part of the default sessions):
``python tools/mutation.py --sample 320 --seed 2026 --workers 1``.

How it works.  cosmic-ray enumerates every mutant of every module listed in :data:`MODULES` and
:data:`PACKAGES` (its operators: numbers, comparisons, boolean and binary operators, break/continue,
decorators ...).  A fixed seed picks ``--sample`` of them uniformly.  Each is applied in a private copy of
the tree and tests run against it (``pytest -x``, with a per-mutant timeout: a hang counts as killed).  A
mutant is *killed* when the tests fail or time out, *survives* when they pass.  The score is
killed / (killed + survived); the survivors are listed with their place and change, so that a test can be
written or the mutant shown to be equivalent.

Which tests run (coverage-directed selection).  Once per source state, every mapped test file runs unmutated
under ``pytest --cov=karjera_core --cov-context=test`` (coverage's dynamic contexts): the data say, for every
line of every module, which tests executed it.  That run is also the baseline: a mapped test file that fails
unmutated stops the tool.  The map is cached in ``.mutation-cache/`` per test file, keyed by the hash of
``src/``, ``pyproject.toml``, ``tests/conftest.py`` and the test file, so editing one test file re-measures
only that file.  cosmic-ray's enumeration is cached the same way, per module.  Then, for a mutant:

* on a line inside a function body that some test executes: only those tests run (``pytest -x`` with their
  node ids).  A test that never executes the line cannot see the change, except through an effect the line
  has at import time or through a memoized result; leaving such tests out can only turn a kill into a
  survivor, never the reverse, so the selection never raises the score.  When the line also runs at import
  (its context includes coverage's empty one, the collection) or lies in a memoized function
  (``lru_cache``, ``cache``, ``cached_property``), the module's mapped test files run as well, after the
  covering tests pass;
* on a line inside a function body that no test executes but the import does (a helper run while the
  modules load), and on a line outside every function body -- a module or class statement, a ``def``
  line, a decorator, a field declaration, which runs at import and whose effect reaches every user of the
  module: the tests that execute the innermost class or function around the line run first, then the
  module's mapped test files, as a whole (the old way);
* on a line that no test executes at all, not even at import: nothing runs; the mutant survives.

The stages run as separate pytest processes, the second only when the first passes, so that a kill by the
nearest tests does not wait for whole files to be collected.  A mutant's run has a per-test limit of
:data:`PER_TEST_TIMEOUT` seconds and ``--timeout`` seconds in all; a hang counts as killed.

Annotation mutants.  Every mutated module starts with ``from __future__ import annotations``, so an
annotation is a string that only ``typing.get_type_hints`` (or an eval of it) turns into objects.  A mutant
inside an annotation node (a parameter's ``arg.annotation``, a ``FunctionDef.returns``, an
``AnnAssign.annotation``; found from cosmic-ray's start position and the module's ``ast``) is still run:
a function's annotations against the tests that evaluate signatures (:data:`ANNOTATION_READERS`, among
them tests/test_public_signatures.py, which evaluates every public callable's hints), a class or module
variable's annotation against the module's test files (a record class's field annotations are evaluated
when the class is built, at import).  Such a mutant that is killed counts as killed; one that survives was
evaluated by nothing the tests do, and is reported as *equivalent (annotation never evaluated)* and left
out of the score (the raw score, with it as a survivor, is printed too).  Other equivalent mutants are
listed by hand, each with its reason, in tools/equivalent_mutants.toml.

Checks on the selection.  Every node id of the map is collected once unmutated (``--collect-only``); an id
pytest cannot select again stops the tool.  After the run, the tests that killed a mutant (the first
failure each ``pytest -x`` reports) run together on the unmutated tree; a killing test that fails there
would make its mutants' kills worthless, so those mutants are reported and counted as survivors.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import difflib
import hashlib
import json
import math
import os
import py_compile
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: cosmic-ray of the running interpreter's environment (found also when that environment is not activated).
_BESIDE = Path(sys.executable).parent / "cosmic-ray"
COSMIC_RAY = str(_BESIDE) if _BESIDE.exists() else "cosmic-ray"

#: Mutants reviewed as equivalent (no behaviour differs), each with its reason: left out of the score.
EQUIVALENT = ROOT / "tools" / "equivalent_mutants.toml"

#: The rule and validation modules, each with the tests that cover it (every test file that exercises the
#: module's rules directly: a mutant whose tests are missing here would look like a survivor).  Every module
#: is also covered by tests/test_public_signatures.py (its public annotations must evaluate), added in targets().
_TOOLKIT_TESTS = (
    "tests/test_fields.py",
    "tests/test_fields_unions.py",
    "tests/test_bounded_lists.py",
    "tests/test_serialization.py",
    "tests/test_errors.py",
    "tests/test_learner_refs.py",
    "tests/test_envelopes.py",
)
MODULES: dict[str, tuple[str, ...]] = {
    "src/karjera_core/_compile.py": _TOOLKIT_TESTS,
    "src/karjera_core/_fields.py": _TOOLKIT_TESTS,
    "src/karjera_core/_containers.py": _TOOLKIT_TESTS,
    "src/karjera_core/_records.py": _TOOLKIT_TESTS,
    "src/karjera_core/_bulk.py": _TOOLKIT_TESTS,
    "src/karjera_core/_envelopes.py": _TOOLKIT_TESTS,
    "src/karjera_core/_arguments.py": ("tests/test_fields.py", "tests/test_fields_unions.py"),
    "src/karjera_core/serialization.py": _TOOLKIT_TESTS,
    "src/karjera_core/_personal_code.py": ("tests/test_privacy.py",),
    "src/karjera_core/errors.py": ("tests/test_errors.py",),
    "src/karjera_core/privacy.py": ("tests/test_privacy.py", "tests/test_learner_refs.py"),
    "src/karjera_core/time.py": ("tests/test_time.py",),
    "src/karjera_core/_notation_grammar.py": ("tests/test_notation.py", "tests/test_notation_pages.py"),
    "src/karjera_core/notation.py": ("tests/test_time.py", "tests/test_notation.py", "tests/test_notation_pages.py"),
    "src/karjera_core/money.py": ("tests/test_money.py",),
    "src/karjera_core/schedule.py": ("tests/test_schedule.py",),
    "src/karjera_core/organisations.py": (
        "tests/test_organisations.py",
        "tests/test_municipalities.py",
        "tests/test_municipality_lookup.py",
        "tests/test_succession.py",
    ),
    "src/karjera_core/_latvian.py": ("tests/test_municipality_lookup.py",),
    "src/karjera_core/education.py": (
        "tests/test_education.py",
        "tests/test_education_checks.py",
        "tests/test_learner_counts.py",
    ),
    "src/karjera_core/register.py": ("tests/test_register.py",),
    "src/karjera_core/funding.py": ("tests/test_funding.py", "tests/test_project_numbers.py"),
    "src/karjera_core/projects.py": ("tests/test_projects.py",),
}
#: Packages whose every module is mutated, each with the tests that cover it.
PACKAGES: dict[str, tuple[str, ...]] = {
    "src/karjera_core/indicators": (
        "tests/test_indicators*.py",
        "tests/test_timeline.py",
        "tests/test_reports.py",
        "tests/test_notebook.py",
    ),
    "src/karjera_core/programmes/career_support": ("tests/test_career*.py", "tests/test_examples.py"),
    "src/karjera_core/programmes/pumpurs": ("tests/test_pumpurs*.py", "tests/test_examples.py"),
    "src/karjera_core/programmes/erasmus": ("tests/test_erasmus*.py",),
    "src/karjera_core/programmes/teacher_support": ("tests/test_teacher_support*.py", "tests/test_examples.py"),
}
#: The test that every public annotation evaluates: it covers every module.
SIGNATURES = "tests/test_public_signatures.py"
#: Modules that hold data or examples, not rules: not mutated.
SKIPPED = ("examples.py", "__init__.py")
#: Every other module of the library, with why it is not a rule or validation module.  A module of the tree
#: in none of MODULES, PACKAGES and this list stops the run: the map must be kept true to the tree.
NOT_MUTATED: dict[str, str] = {
    "src/karjera_core/__init__.py": "re-exports only",
    "src/karjera_core/_display.py": "how objects look in a notebook (HTML cells), no rule",
    "src/karjera_core/_enums.py": "the enumerations' base class: a value and a label, no rule",
    "src/karjera_core/_hypothesis_plugin.py": "registers the test strategies with hypothesis",
    "src/karjera_core/_iso3166.py": "data: the ISO 3166-1 code list",
    "src/karjera_core/_municipality_data.py": "data: the municipality rows (O-2), turned into records elsewhere",
    "src/karjera_core/_succession_data.py": "data: the succession rows (O-2), turned into records elsewhere",
    "src/karjera_core/examples.py": "example scenarios",
    "src/karjera_core/records.py": "rows and columns for pandas (an edge), no rule",
    "src/karjera_core/reference.py": "ready-made values of the seeds",
    "src/karjera_core/programmes/__init__.py": "re-exports only",
    "src/karjera_core/strategies": "hypothesis strategies for the tests",
    "src/karjera_core/national": "a seeded synthetic national data set for benchmarks and demos, no rule",
}


#: The tests that evaluate functions' annotations: an annotation mutant of a ``def`` runs against these.
#: tests/test_public_signatures.py evaluates (typing.get_type_hints) every public callable's hints; the other
#: tests that look at signatures read parameter names and kinds only (tests/test_layout.py,
#: tests/test_teacher_support.py, tests/test_strategies_arguments.py) or evaluate the same public callables
#: (tests/test_career_support.py's check for private types in public signatures), so they add no kill.
ANNOTATION_READERS = (SIGNATURES,)
#: Where the coverage map and the enumeration are cached (ignored by git).
CACHE = ROOT / ".mutation-cache"


@dataclass(frozen=True)
class Mutant:
    module: str
    operator: str
    occurrence: int
    line: int
    definition: str
    start: tuple[int, int] = (0, 0)
    end: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Shape:
    """What the ``ast`` of a module says about its lines."""

    body: frozenset[int]
    """The lines inside some function body (run when the function is called, not when the module loads)."""
    annotations: tuple[tuple[tuple[int, int], tuple[int, int], str], ...]
    """Every annotation node: start and end (line, character column) and ``signature`` or ``variable``."""
    future: bool
    """Whether the module starts with ``from __future__ import annotations``."""
    cached: frozenset[int] = frozenset()
    """The lines inside the body of a memoized function (``lru_cache``, ``cache``, ``cached_property``)."""
    scopes: tuple[tuple[int, int], ...] = ()
    """The first and last line of every class and function (decorators included)."""

    def around(self, line: int) -> range:
        """The lines of the innermost class or function around ``line`` (none at module level)."""
        spans = [(last - first, first, last) for first, last in self.scopes if first <= line <= last]
        if not spans:
            return range(0)
        _, first, last = min(spans)
        return range(first, last + 1)

    def annotation_at(self, position: tuple[int, int]) -> str | None:
        for start, end, kind in self.annotations:
            if start <= position < end:
                return kind
        return None


@dataclass(frozen=True)
class Plan:
    """The tests a mutant runs against, in two stages, and why: ``first`` runs, and only when it passes
    ``then`` (so that a kill by the few tests nearest the line does not wait for whole files to be collected)."""

    how: str  # "tests", "files", "annotation" or "unexecuted"
    first: tuple[str, ...] = ()
    then: tuple[str, ...] = ()
    annotation: bool = False
    reason: str = ""

    @property
    def tests(self) -> tuple[str, ...]:
        return (*self.first, *self.then)

    def describe(self) -> str:
        if self.how == "annotation":
            return "annotation of a def: the annotation readers"
        if self.how == "unexecuted":
            return "no test executes the line"
        shown = [f"{len(self.first)} {'covering' if self.how == 'tests' else 'nearby'} tests"] if self.first else []
        shown += [f"{len(self.then)} test files"] if self.then else []
        return ", then ".join(shown) + (f": {self.reason}" if self.reason else "")


@dataclass
class Outcome:
    mutant: Mutant
    plan: Plan
    result: str
    diff: str = ""
    killer: str = ""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def _digest(*parts: bytes | str) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part.encode() if isinstance(part, str) else part)
        sha.update(b"\0")
    return sha.hexdigest()[:20]


def _files(patterns: Iterable[str]) -> tuple[str, ...]:
    """The test files (and node ids, kept as they are) that ``patterns`` name, sorted, each once."""
    found: set[str] = set()
    for pattern in patterns:
        if "::" in pattern:
            found.add(pattern)
        else:
            found |= {str(p.relative_to(ROOT)) for p in ROOT.glob(pattern)}
    return tuple(sorted(found))


def targets() -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every module to mutate, with its test files; stops when the map is not true to the tree."""
    found = dict(MODULES)
    for package, tests in PACKAGES.items():
        for path in sorted((ROOT / package).glob("*.py")):
            if path.name not in SKIPPED:
                found[str(path.relative_to(ROOT))] = tests
    found = {module: (*tests, SIGNATURES) for module, tests in found.items()}
    stale = [f"{module}: no such module" for module in found if not (ROOT / module).exists()]
    stale += [f"{m}: no test matches {t}" for m, tests in found.items() for t in tests if not any(ROOT.glob(t))]
    stale += [f"ANNOTATION_READERS: no file {t}" for t in ANNOTATION_READERS if not (ROOT / t.split("::")[0]).exists()]
    covered = (*found, *NOT_MUTATED, *PACKAGES)
    for path in sorted((ROOT / "src/karjera_core").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        if not any(name == c or name.startswith(c + "/") for c in covered):
            stale.append(f"{name}: in none of MODULES, PACKAGES, NOT_MUTATED")
    if stale:
        raise SystemExit("tools/mutation.py: the map is not true to the tree:\n  " + "\n  ".join(stale))
    for module, tests in sorted(found.items()):
        yield module, _files(tests)


def enumerate_mutants(module: str, work: Path) -> list[Mutant]:
    """Every mutant cosmic-ray finds in ``module`` (cached by the module's text and cosmic-ray's version)."""
    key = _digest(module, (ROOT / module).read_bytes(), version("cosmic-ray"))
    cached = CACHE / "mutants" / f"{Path(module).stem}-{key}.json"
    if cached.exists():
        rows = json.loads(cached.read_text(encoding="utf-8"))
    else:
        config = work / "enumerate.toml"
        config.write_text(
            "[cosmic-ray]\n"
            f'module-path = "{module}"\n'
            "timeout = 60.0\nexcluded-modules = []\n"
            'test-command = "true"\n'
            '[cosmic-ray.distributor]\nname = "local"\n',
            encoding="utf-8",
        )
        session = work / "enumerate.sqlite"
        session.unlink(missing_ok=True)
        subprocess.run([COSMIC_RAY, "init", str(config), str(session)], cwd=ROOT, check=True, capture_output=True)
        with sqlite3.connect(session) as db:
            rows = [
                list(row)
                for row in db.execute(
                    "SELECT module_path, operator_name, occurrence, start_pos_row, start_pos_col, end_pos_row,"
                    " end_pos_col, definition_name FROM mutation_specs"
                )
            ]
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(rows), encoding="utf-8")
    return [
        Mutant(str(m), str(op), int(occ), int(row), str(name or ""), (int(row), int(col)), (int(erow), int(ecol)))
        for m, op, occ, row, col, erow, ecol, name in rows
    ]


def shape_of(module: str) -> Shape:
    """The function-body lines and the annotation nodes of ``module``."""
    text = (ROOT / module).read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)

    def column(line: int, offset: int) -> int:  # ast counts UTF-8 bytes; cosmic-ray (parso) characters
        return len(lines[line - 1].encode("utf-8")[:offset].decode("utf-8", errors="ignore"))

    def span(node: ast.expr, kind: str) -> tuple[tuple[int, int], tuple[int, int], str]:
        end_line = node.end_lineno or node.lineno
        return (
            (node.lineno, column(node.lineno, node.col_offset)),
            (end_line, column(end_line, node.end_col_offset or 0)),
            kind,
        )

    body: set[int] = set()
    cached: set[int] = set()
    scopes: list[tuple[int, int]] = []
    annotations: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            scopes.append((first, node.end_lineno or node.lineno))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            lines_of_body = set(range(node.body[0].lineno, (node.end_lineno or node.lineno) + 1))
            body |= lines_of_body
            if any("cache" in ast.unparse(decorator) for decorator in node.decorator_list):
                cached |= lines_of_body
            arguments = node.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
            annotations += [span(a.annotation, "signature") for a in every if a is not None and a.annotation]
            if node.returns is not None:
                annotations.append(span(node.returns, "signature"))
        elif isinstance(node, ast.AnnAssign):
            annotations.append(span(node.annotation, "variable"))
    future = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(a.name == "annotations" for a in node.names)
        for node in tree.body
    )
    return Shape(frozenset(body), tuple(annotations), future, frozenset(cached), tuple(scopes))


def _run_quiet(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def _env(tree: Path) -> dict[str, str]:
    """The environment of a test run in ``tree``: its own sources are imported, not the installed ones."""
    return {**os.environ, "PYTHONPATH": str(tree / "src")}


_PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-header"]
#: The per-test time limit of a mutant's run (pytest-timeout; the suite's own limit is 120 s): no test of the
#: suite takes more than a few seconds, so a test that runs 30 s under a mutant hangs (and counts as killed;
#: the killing tests are run again unmutated, under the same limit, before the score is given).
PER_TEST_TIMEOUT = 30
#: A mutant's test run: without the plugins it does not use (one process, no coverage).
_MUTANT_PYTEST = [*_PYTEST, "-p", "no:xdist", "-p", "no:pytest_cov", f"--timeout={PER_TEST_TIMEOUT}"]

#: A module's lines mapped to the tests that execute them: ``""`` stands for the import (pytest's collection).
Coverage = dict[str, dict[int, set[str]]]


def coverage_map(test_files: Iterable[str]) -> Coverage:
    """For every line of every module, the node ids of the tests that execute it (see the module docstring).

    Each test file is measured on its own, unmutated, and must pass (the baseline); the result is cached by
    the hash of the sources, the configuration and the test file.
    """
    common = [p.read_bytes() for p in sorted((ROOT / "src").rglob("*.py"))]
    common_key = _digest(*common, (ROOT / "pyproject.toml").read_bytes(), (ROOT / "tests/conftest.py").read_bytes())
    merged: Coverage = {}
    for test_file in test_files:
        key = _digest(common_key, test_file, (ROOT / test_file).read_bytes())
        cached = CACHE / "coverage" / f"{Path(test_file).stem}-{key}.json"
        if not cached.exists():
            began = time.monotonic()
            cached.parent.mkdir(parents=True, exist_ok=True)
            data_file = cached.with_suffix(".sqlite")
            data_file.unlink(missing_ok=True)
            command = [
                *_PYTEST,
                "--cov=karjera_core",
                "--cov-context=test",
                "--cov-report=",
                "--cov-fail-under=0",
                test_file,
            ]
            done = _run_quiet(command, ROOT, {**_env(ROOT), "COVERAGE_FILE": str(data_file)})
            if done.returncode != 0:
                tail = "\n".join(done.stdout.splitlines()[-15:])
                raise SystemExit(f"the tests of {test_file} fail without any mutant: fix them first\n{tail}")
            cached.write_text(json.dumps(_read_contexts(data_file)), encoding="utf-8")
            data_file.unlink()
            print(f"  measured {test_file} ({time.monotonic() - began:.0f} s)", flush=True)
        for module, lines in json.loads(cached.read_text(encoding="utf-8")).items():
            into = merged.setdefault(module, {})
            for line, tests in lines.items():
                into.setdefault(int(line), set()).update(tests)
    return merged


def _read_contexts(data_file: Path) -> dict[str, dict[str, list[str]]]:
    from coverage import CoverageData  # only the map needs coverage

    data = CoverageData(basename=str(data_file))
    data.read()
    found: dict[str, dict[str, list[str]]] = {}
    for measured in data.measured_files():
        module = str(Path(measured).resolve().relative_to(ROOT))
        by_line = data.contexts_by_lineno(measured)
        found[module] = {
            str(line): sorted({context.rsplit("|", 1)[0] for context in contexts}) for line, contexts in by_line.items()
        }
    return found


def check_node_ids(node_ids: set[str], tree: Path) -> None:
    """Stops unless pytest collects every node id of the map again (unmutated)."""
    if not node_ids:
        return
    listing = tree / ".mutation-collect"
    listing.write_text("\n".join(sorted(node_ids)) + "\n", encoding="utf-8")
    done = _run_quiet([*_PYTEST, "--collect-only", f"@{listing}"], tree, _env(tree))
    collected = {line.strip() for line in done.stdout.splitlines() if "::" in line}
    missing = sorted(node_ids - collected)
    if done.returncode != 0 or missing:
        shown = "\n  ".join(missing[:10]) or "\n".join(done.stdout.splitlines()[-10:])
        raise SystemExit(f"pytest does not collect {len(missing)} node ids of the coverage map again:\n  {shown}")


def plan_of(mutant: Mutant, shape: Shape, covered: dict[int, set[str]], files: tuple[str, ...]) -> Plan:
    """The tests ``mutant`` runs against (see the module docstring)."""
    kind = shape.annotation_at(mutant.start) if shape.future else None
    if kind == "signature":
        return Plan("annotation", _files(ANNOTATION_READERS), annotation=True)
    rows = range(mutant.start[0], max(mutant.start[0], mutant.end[0]) + 1)

    def tests_of(lines: Iterable[int]) -> tuple[str, ...]:
        return tuple(sorted({c for line in lines for c in covered.get(line, ()) if c}))

    if any(row not in shape.body for row in rows):
        # First the tests that execute the innermost class or function around the line (they use what the
        # line declares, most likely), then the module's files.
        return Plan(
            "files", tests_of(shape.around(mutant.start[0])), files, kind is not None, "the line runs at import"
        )
    contexts = set().union(*(covered.get(row, set()) for row in rows))
    tests = tests_of(rows)
    if tests and ("" in contexts or any(row in shape.cached for row in rows)):
        # The line runs at import too, or its function is memoized: the tests that a first call happened in
        # are not all the tests that see its result.  The covering tests run first, then the module's files.
        why = "the line runs at import too" if "" in contexts else "the function is memoized"
        return Plan("tests", tests, files, kind is not None, why)
    if tests:
        return Plan("tests", tests, (), kind is not None)
    if "" in contexts:
        return Plan(
            "files", tests_of(shape.around(mutant.start[0])), files, kind is not None, "the line runs at import only"
        )
    return Plan("unexecuted", (), (), kind is not None)


def _key(mutant: Mutant) -> tuple[str, str, int, str]:
    """A mutant's identity in :data:`EQUIVALENT`: module, operator, occurrence and the text of its line."""
    lines = (ROOT / mutant.module).read_text(encoding="utf-8").splitlines()
    text = lines[mutant.line - 1].strip() if 0 < mutant.line <= len(lines) else ""
    return mutant.module, mutant.operator, mutant.occurrence, text


def load_equivalent() -> dict[tuple[str, str, int, str], str]:
    """The reviewed equivalent mutants of :data:`EQUIVALENT`, each with its reason.

    An entry names the mutated line's text as well as the occurrence: when the source changes under it,
    the entry no longer matches (its mutant counts as a survivor again) until it is reviewed anew.
    """
    with EQUIVALENT.open("rb") as handle:
        entries = tomllib.load(handle).get("equivalent", [])
    return {(e["module"], e["operator"], int(e["occurrence"]), e["line"].strip()): e["reason"] for e in entries}


_KILLER = re.compile(r"^(?:FAILED|ERROR) (.+?)(?: - .*)?$")


def run_one(mutant: Mutant, plan: Plan, tree: Path, timeout: float) -> tuple[str, str, str]:
    """``killed``, ``survived`` or ``incompetent`` (the mutant could not be applied), its change and the
    first test that failed (empty after a timeout).

    cosmic-ray's own operator writes the mutant into ``tree`` and puts the module back afterwards (as its
    ``mutate-and-test`` does, in this process so as not to start cosmic-ray once a mutant); the tests run
    in a new process group, killed whole after ``timeout`` seconds.
    """
    from cosmic_ray.mutating import use_mutation  # type: ignore[import-untyped]
    from cosmic_ray.plugins import get_operator  # type: ignore[import-untyped]

    module = tree / mutant.module
    with use_mutation(module, get_operator(mutant.operator)(), mutant.occurrence) as (before, after):
        if after is None:
            return "incompetent", "", ""
        diff = "\n".join(difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm=""))
        deadline = time.monotonic() + timeout
        for stage in (plan.first, plan.then):
            if not stage:
                continue
            listing = tree / ".mutation-tests"
            listing.write_text("\n".join(stage) + "\n", encoding="utf-8")
            process = subprocess.Popen(
                [*_MUTANT_PYTEST, "-x", f"@{listing}"],
                cwd=tree,
                env=_env(tree),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                start_new_session=True,
            )
            try:
                output, _ = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
                return "killed", diff, ""  # a hang is a failure the per-test time limit would report
            if process.returncode != 0:
                killers = [m[1] for line in output.splitlines() if (m := _KILLER.match(line))]
                return "killed", diff, (killers[0] if killers else "")
    return "survived", diff, ""


def verify_killers(outcomes: list[Outcome], tree: Path) -> None:
    """Runs the tests that killed mutants, unmutated; a mutant whose killing test fails there is not killed."""
    killers = sorted({o.killer for o in outcomes if o.result == "killed" and "::" in o.killer})
    if not killers:
        return
    listing = tree / ".mutation-killers"
    listing.write_text("\n".join(killers) + "\n", encoding="utf-8")
    done = _run_quiet([*_MUTANT_PYTEST, f"@{listing}"], tree, _env(tree))
    failing = {m[1] for line in done.stdout.splitlines() if (m := _KILLER.match(line))}
    if done.returncode != 0 and not failing:
        failing = set(killers)
    print(f"\nthe {len(killers)} tests that killed mutants, run unmutated: {len(killers) - len(failing)} pass")
    for outcome in outcomes:
        if outcome.killer in failing:
            outcome.result = "survived"
            outcome.notes.append(f"its killing test {outcome.killer} fails unmutated: not counted as killed")


def _change(diff: str) -> str:
    """The removed and added lines of a mutant's diff, one ``- old`` / ``+ new`` pair a line."""
    lines = diff.splitlines()
    picked = [line for line in lines if line[:1] in "-+" and not line.startswith(("---", "+++"))]
    return " | ".join(f"{line[0]} {line[1:].strip()}" for line in picked)


def copy_tree(into: Path) -> Path:
    """A private copy of the sources and tests, imported first by the mutant's test run."""
    tree = into / "tree"
    for part in ("src", "tests", "pyproject.toml", "docs", "examples", "README.md"):  # tests read docs and examples
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, tree / part, ignore=shutil.ignore_patterns("__pycache__", "_build"))
        elif source.exists():
            shutil.copy2(source, tree / part)
    # Byte code checked against the source's hash (not its time stamp), so that a mutant and the module put
    # back within the same second are never confused, and the unchanged modules are not compiled anew each run.
    compileall.compile_dir(tree / "src", quiet=1, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    return tree


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300, help="how many mutants to test (uniform sample)")
    parser.add_argument("--seed", type=int, default=2026, help="the seed of the sample")
    parser.add_argument("--workers", type=int, default=1, help="mutants tested at once")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds a mutant's test run may take")
    parser.add_argument(
        "--keep-killed",
        type=Path,
        metavar="LOG",
        help="the printed output of an earlier run of the same sample on the same sources: its killed mutants "
        "are kept, only the others are tested again (to confirm new tests quickly; a full run confirms all)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        population: list[tuple[Mutant, tuple[str, ...]]] = []
        for module, tests in targets():
            population += [(m, tests) for m in enumerate_mutants(module, work)]
        population.sort(key=lambda item: (item[0].module, item[0].operator, item[0].occurrence))
        chosen = random.Random(args.seed).sample(population, min(args.sample, len(population)))
        header = f"{len(population)} mutants in {len({m.module for m, _ in population})} modules; testing {len(chosen)}"
        print(header)
        print(f"seed {args.seed}; {sources()}", flush=True)
        kept = set() if args.keep_killed is None else killed_in(args.keep_killed, header, sources())
        todo = [(m, tests) for m, tests in chosen if (m.module, m.operator, m.occurrence) not in kept]
        measured = {t for _, tests in todo for t in tests if "::" not in t}
        measured |= {t.split("::")[0] for t in ANNOTATION_READERS}
        print(f"coverage map of {len(measured)} test files (cached in {CACHE.relative_to(ROOT)}/)", flush=True)
        covered = coverage_map(sorted(measured))
        shapes = {m.module: shape_of(m.module) for m, _ in chosen}
        plans = {m: plan_of(m, shapes[m.module], covered.get(m.module, {}), tests) for m, tests in chosen}
        trees = [copy_tree(work / f"w{i}") for i in range(args.workers)]
        check_node_ids({t for m, _ in todo for t in plans[m].tests if "::" in t}, trees[0])

        def test(index: int) -> Outcome:
            mutant, _ = chosen[index]
            plan = plans[mutant]
            tree = trees[index % args.workers]
            if (mutant.module, mutant.operator, mutant.occurrence) in kept:
                print(f"  {index + 1}/{len(chosen)} killed {_place(mutant)} (kept from {args.keep_killed})", flush=True)
                return Outcome(mutant, plan, "killed")
            began = time.monotonic()
            if plan.how == "unexecuted":
                result, diff, killer = "survived", "", ""
            else:
                result, diff, killer = run_one(mutant, plan, tree, args.timeout)
            seconds = time.monotonic() - began
            print(
                f"  {index + 1}/{len(chosen)} {result} {_place(mutant)} ({seconds:.0f} s; {plan.describe()})",
                flush=True,
            )
            return Outcome(mutant, plan, result, diff, killer, seconds)

        outcomes: list[Outcome] = []
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            # Each worker owns one tree: index i always goes to tree i % workers, one at a time per tree.
            for start in range(0, len(chosen), args.workers):
                batch = range(start, min(start + args.workers, len(chosen)))
                outcomes += list(pool.map(test, batch))
        verify_killers(outcomes, trees[0])

    return report(outcomes, len(chosen))


def report(outcomes: list[Outcome], sampled: int) -> int:
    """Prints the figures, the survivors and the equivalent mutants."""
    equivalent = load_equivalent()
    killed = [o for o in outcomes if o.result == "killed"]
    survived = [o for o in outcomes if o.result == "survived"]
    annotation = [o for o in survived if o.plan.annotation]
    listed = [o for o in survived if not o.plan.annotation and _key(o.mutant) in equivalent]
    left = [o for o in survived if not o.plan.annotation and _key(o.mutant) not in equivalent]
    unexecuted = [o for o in survived if o.plan.how == "unexecuted"]
    scored = len(killed) + len(survived)
    ran = [o for o in outcomes if o.seconds]
    print(
        f"\nsample {sampled}: {sampled - scored} could not be applied; {scored} scored: {len(killed)} killed, "
        f"{len(survived)} survived ({len(unexecuted)} of them on a line no test executes)"
    )
    print(
        f"equivalent, left out of the score: {len(annotation)} annotation mutants that survived (annotation "
        f"never evaluated) and {len(listed)} listed in {EQUIVALENT.relative_to(ROOT)}"
    )
    print(f"raw score (equivalent mutants counted as survivors) {_score(len(killed), scored)}")
    print(
        f"score ({len(annotation) + len(listed)} equivalent mutants left out) "
        f"{_score(len(killed), scored - len(annotation) - len(listed))}"
    )
    if ran:
        total = sum(o.seconds for o in ran)
        print(f"time: {total:.0f} s for {len(ran)} mutants run here, {total / len(ran):.1f} s a mutant")
    for o in sorted(left, key=lambda o: (o.mutant.module, o.mutant.line)):
        print(f"  survived: {_place(o.mutant)} ({o.plan.describe()})\n      {_change(o.diff)}")
        for note in o.notes:
            print(f"      {note}")
    for o in sorted(annotation, key=lambda o: (o.mutant.module, o.mutant.line)):
        print(f"  equivalent (annotation never evaluated): {_place(o.mutant)}\n      {_change(o.diff)}")
    for o in sorted(listed, key=lambda o: (o.mutant.module, o.mutant.line)):
        print(f"  equivalent: {_place(o.mutant)}\n      {_change(o.diff)}\n      why: {equivalent[_key(o.mutant)]}")
    return 0


def sources() -> str:
    """The git tree of ``src`` the mutants are made from (and whether it has uncommitted changes)."""
    tree = subprocess.run(["git", "rev-parse", "HEAD:src"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src"], cwd=ROOT).returncode != 0
    return f"sources: src tree {tree}" + (" with uncommitted changes" if dirty else "")


_RESULT = re.compile(r"^\s+\d+/\d+ killed (\S+):\d+ \S* (\S+) #(\d+) ")


def killed_in(log: Path, header: str, now: str) -> set[tuple[str, str, int]]:
    """The mutants an earlier run's output ``log`` reports killed; it must be of this sample and these sources."""
    lines = log.read_text(encoding="utf-8").splitlines()
    if header not in lines:
        raise SystemExit(f"{log} is not a run of this sample ({header})")
    recorded = [line for line in lines if "sources: " in line]
    if any(now not in line for line in recorded) or "uncommitted" in now:
        raise SystemExit(f"{log} was made from other sources than the committed {now}")
    if not recorded:
        print(f"note: {log} does not record its sources; it must be of the same src tree", flush=True)
    return {(m[1], m[2], int(m[3])) for line in lines if (m := _RESULT.match(line))}


def _place(mutant: Mutant) -> str:
    return f"{mutant.module}:{mutant.line} {mutant.definition} {mutant.operator} #{mutant.occurrence}"


def _score(killed: int, scored: int) -> str:
    score = killed / scored if scored else 0.0
    low, high = _wilson(killed, scored)
    return f"{killed}/{scored} = {score:.1%} (95 % interval {low:.1%} to {high:.1%})"


def _wilson(hits: int, total: int) -> tuple[float, float]:
    """The Wilson score interval (95 %) of a proportion."""
    if not total:
        return 0.0, 0.0
    z, p = 1.96, hits / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return centre - half, centre + half


if __name__ == "__main__":
    raise SystemExit(main())
