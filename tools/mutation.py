"""Mutation testing of the rule and validation modules: a uniform sample of mutants, a score.

Run it with ``python -m nox -s mutation`` (not part of the default sessions):
``python tools/mutation.py --sample 320 --seed 2026 --workers 1``.

How it works.  cosmic-ray enumerates every mutant of every module listed in
:data:`MODULES` (its operators: numbers, comparisons, boolean operators,
break/continue, exceptions ...).  A fixed seed picks ``--sample`` of them
uniformly; each is applied in a private copy of the tree and the tests that
cover its module run against it (``pytest -x``, with a per-mutant timeout).
A mutant is *killed* when the tests fail or time out, *survives* when they
pass.  The score is killed / (killed + survived); the survivors are listed
with their place, so that a test can be written or the mutant shown to be
equivalent.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
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
)
MODULES: dict[str, tuple[str, ...]] = {
    "src/karjera_core/_compile.py": _TOOLKIT_TESTS,
    "src/karjera_core/_fields.py": _TOOLKIT_TESTS,
    "src/karjera_core/_containers.py": _TOOLKIT_TESTS,
    "src/karjera_core/_records.py": _TOOLKIT_TESTS,
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
    "src/karjera_core/indicators": ("tests/test_indicators*.py", "tests/test_timeline.py", "tests/test_reports.py"),
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
}


@dataclass(frozen=True)
class Mutant:
    module: str
    operator: str
    occurrence: int
    line: int
    definition: str


def targets() -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every module to mutate, with its tests; stops when the map is not true to the tree."""
    found = dict(MODULES)
    for package, tests in PACKAGES.items():
        for path in sorted((ROOT / package).glob("*.py")):
            if path.name not in SKIPPED:
                found[str(path.relative_to(ROOT))] = tests
    found = {module: (*tests, SIGNATURES) for module, tests in found.items()}
    stale = [f"{module}: no such module" for module in found if not (ROOT / module).exists()]
    stale += [f"{m}: no test matches {t}" for m, tests in found.items() for t in tests if not any(ROOT.glob(t))]
    covered = (*found, *NOT_MUTATED, *PACKAGES)
    for path in sorted((ROOT / "src/karjera_core").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        if not any(name == c or name.startswith(c + "/") for c in covered):
            stale.append(f"{name}: in none of MODULES, PACKAGES, NOT_MUTATED")
    if stale:
        raise SystemExit("tools/mutation.py: the map is not true to the tree:\n  " + "\n  ".join(stale))
    yield from sorted(found.items())


def enumerate_mutants(module: str, work: Path) -> list[Mutant]:
    """Every mutant cosmic-ray finds in ``module``."""
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
        rows = db.execute(
            "SELECT module_path, operator_name, occurrence, start_pos_row, definition_name FROM mutation_specs"
        )
        return [Mutant(m, op, int(occ), int(row), str(name or "")) for m, op, occ, row, name in rows]


def _command(tests: tuple[str, ...]) -> str:
    files = sorted({str(p.relative_to(ROOT)) for pattern in tests for p in ROOT.glob(pattern)})
    return f"{sys.executable} -m pytest -x -q -p no:cacheprovider --no-header {' '.join(files)}"


def _env(tree: Path) -> dict[str, str]:
    """The environment of a test run in ``tree``: its own sources are imported, not the installed ones."""
    return {**os.environ, "PYTHONPATH": str(tree / "src")}


def baseline(tests: tuple[str, ...], tree: Path) -> bool:
    """True when ``tests`` pass on the unmutated tree (otherwise every mutant would look killed)."""
    done = subprocess.run(_command(tests).split(), cwd=tree, env=_env(tree), capture_output=True, text=True)
    return done.returncode == 0


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


def run_one(mutant: Mutant, tests: tuple[str, ...], tree: Path, timeout: float) -> tuple[str, str]:
    """``killed``, ``survived`` or ``incompetent`` (the mutant could not be applied), and the mutant's change."""
    command = _command(tests)
    try:
        done = subprocess.run(
            [COSMIC_RAY, "mutate-and-test", mutant.module, mutant.operator, str(mutant.occurrence), command],
            cwd=tree,
            env=_env(tree),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        subprocess.run(["git", "checkout", "--", mutant.module], cwd=tree, capture_output=True)
        return "killed", ""  # a hang is a failure the per-test time limit would report
    try:
        outcome = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return "incompetent", ""
    if isinstance(outcome, list):
        outcome = outcome[1] or {}
    if not isinstance(outcome, dict):
        return "incompetent", ""
    result = {"killed": "killed", "survived": "survived"}.get(str(outcome.get("test_outcome")), "incompetent")
    return result, str(outcome.get("diff") or "")


def _change(diff: str) -> str:
    """The removed and added lines of a mutant's diff, one ``- old`` / ``+ new`` pair a line."""
    lines = diff.splitlines()
    picked = [line for line in lines if line[:1] in "-+" and not line.startswith(("---", "+++"))]
    return " | ".join(f"{line[0]} {line[1:].strip()}" for line in picked)


def copy_tree(into: Path) -> Path:
    """A private copy of the sources and tests, imported first by the mutant's test run."""
    tree = into / "tree"
    for part in ("src", "tests", "pyproject.toml"):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, tree / part, ignore=shutil.ignore_patterns("__pycache__", "_build"))
        else:
            shutil.copy2(source, tree / part)
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    subprocess.run(["git", "add", "-A"], cwd=tree, check=True)
    subprocess.run(["git", "-c", "user.email=m@m", "-c", "user.name=m", "commit", "-qm", "base"], cwd=tree, check=True)
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
        trees = [copy_tree(work / f"w{i}") for i in range(args.workers)]
        for tests in sorted({tests for m, tests in chosen if (m.module, m.operator, m.occurrence) not in kept}):
            if not baseline(tests, trees[0]):
                print(f"the tests {' '.join(tests)} fail without any mutant: fix them first")
                return 1

        def test(index: int) -> tuple[Mutant, str, str]:
            mutant, tests = chosen[index]
            tree = trees[index % args.workers]
            if (mutant.module, mutant.operator, mutant.occurrence) in kept:
                print(f"  {index + 1}/{len(chosen)} killed {_place(mutant)} (kept from {args.keep_killed})", flush=True)
                return mutant, "killed", ""
            began = time.monotonic()
            result, diff = run_one(mutant, tests, tree, args.timeout)
            seconds = time.monotonic() - began
            print(f"  {index + 1}/{len(chosen)} {result} {_place(mutant)} ({seconds:.0f} s)", flush=True)
            return mutant, result, diff

        results: list[tuple[Mutant, str, str]] = []
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            # Each worker owns one tree: index i always goes to tree i % workers, one at a time per tree.
            for start in range(0, len(chosen), args.workers):
                batch = range(start, min(start + args.workers, len(chosen)))
                results += list(pool.map(test, batch))

    equivalent = load_equivalent()
    killed = sum(1 for _, r, _ in results if r == "killed")
    survived = [(m, d) for m, r, d in results if r == "survived"]
    marked = [(m, d, equivalent[key]) for m, d in survived if (key := _key(m)) in equivalent]
    unmarked = [(m, d) for m, d in survived if _key(m) not in equivalent]
    scored = killed + len(survived)
    print(f"\n{len(results) - scored} could not be applied; {killed} killed, {len(survived)} survived")
    print(f"raw score (equivalent mutants counted as survivors) {_score(killed, scored)}")
    print(f"score ({len(marked)} listed equivalent mutants left out) {_score(killed, scored - len(marked))}")
    for mutant, diff in sorted(unmarked, key=lambda item: (item[0].module, item[0].line)):
        print(f"  survived: {_place(mutant)}\n      {_change(diff)}")
    for mutant, diff, reason in sorted(marked, key=lambda item: (item[0].module, item[0].line)):
        print(f"  equivalent: {_place(mutant)}\n      {_change(diff)}\n      why: {reason}")
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
