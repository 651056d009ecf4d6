"""How to run anything in this project: tests, lint, types, docs, the demo and the benchmarks.

``python -m nox`` runs the default sessions (tests, lint, typecheck, docs);
``python -m nox -s demo`` runs the tour; ``python -m nox -s bench`` the
benchmarks; ``python -m nox -s split`` the split-evaluation test.  Every
tool comes from the PEP 735 dependency groups of ``pyproject.toml``
(``[dependency-groups]``), read with ``nox.project.dependency_groups`` (nox
2025.02.09 or later); the library itself is installed from this checkout.
"""

from __future__ import annotations

import nox

nox.needs_version = ">=2025.2.9"

PYPROJECT = nox.project.load_toml("pyproject.toml")


def group(*names: str) -> tuple[str, ...]:
    """The requirements of the named dependency groups of ``pyproject.toml``."""
    return nox.project.dependency_groups(PYPROJECT, *names)


nox.options.sessions = ["tests", "lint", "typecheck", "docs"]
nox.options.error_on_external_run = True


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, with branch coverage that must be 100 %."""
    session.install("-e", ".", *group("test"))
    session.run(
        "pytest",
        "--ignore=tests/split",
        "--numprocesses=auto",
        "--cov",
        "--cov-report=term-missing",
        "--cov-fail-under=100",
        *session.posargs,
    )


@nox.session
def split(session: nox.Session) -> None:
    """Summarise the national data set's facts in partitions read on a Dask local cluster, merged: the same report."""
    session.install("-e", ".", *group("split"))
    session.run("pytest", "tests/split", "-p", "no:cacheprovider", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install(*group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the library and its tests."""
    session.install("-e", ".", *group("typecheck"))
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs with warnings as errors, then run the doctests of docs, README and docstrings."""
    session.install("-e", ".", *group("docs"))
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "--doctest-modules",
        "--doctest-glob=*.md",
        "src/karjera_core",
        "docs",
        "README.md",
        "--ignore=docs/_build",
        "--ignore=docs/conf.py",
    )


@nox.session
def demo(session: nox.Session) -> None:
    """A readable tour of what the library does."""
    session.install(".")
    session.run("python", "examples/tour.py")


@nox.session
def mutation(session: nox.Session) -> None:
    """Mutation testing: a uniform, seeded sample of mutants of the rule and validation modules, and the score."""
    session.install("-e", ".", *group("mutation"))
    session.run(
        "python", "tools/mutation.py", *(session.posargs or ["--sample", "320", "--seed", "2026", "--workers", "1"])
    )


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmark suite, as markdown tables with a verdict per type and operation (``benchmarks/run.py``).

    Interleaved rounds against strict pydantic v2 models with the same rules (checked for equivalence first),
    a no-validation floor, bare attrs classes and msgspec; bounded work on 64 KiB and 1 MiB of adversarial
    input; the indicator engine; the national data set at 4,000,000 facts and its split on Dask (``scale``).
    ``nox -s bench -- --quick`` only checks that it all runs.
    """
    session.install(".", *group("bench"))
    session.run("python", "benchmarks/run.py", *session.posargs)
