"""The layout and the vocabulary hold everywhere (issue #10): layers without cycles, short files, public types in
public modules, and every day a question depends on passed as keyword-only ``on=`` or ``as_of=``."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import subprocess
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

import karjera_core
from karjera_core._records import is_record

SOURCE = Path(karjera_core.__file__).parent
#: Parameter names that would say "a day" without saying which day: the vocabulary has only on= and as_of=.
OTHER_DAY_NAMES = {"day", "date", "when", "today", "at", "as_at", "on_day"}


def _modules() -> Iterator[str]:
    for info in pkgutil.walk_packages([str(SOURCE)], prefix="karjera_core."):
        yield info.name


def _public_modules() -> list[types.ModuleType]:
    names = [n for n in _modules() if not any(part.startswith("_") for part in n.split(".")[1:])]
    return [importlib.import_module(n) for n in ["karjera_core", *names] if not n.startswith("karjera_core.strategies")]


def _imports(path: Path, module: str) -> set[str]:
    """The library modules ``path`` imports at its top level (not under TYPE_CHECKING, not inside functions)."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            if base.startswith("karjera_core"):
                found.add(base)
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    if (SOURCE.parent / (candidate.replace(".", "/") + ".py")).exists() or (
                        SOURCE.parent / candidate.replace(".", "/")
                    ).is_dir():
                        found.add(candidate)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("karjera_core")}
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle a depth-first walk of ``graph`` meets."""
    visiting, done, cycles = set[str](), set[str](), list[list[str]]()

    def visit(node: str, trail: list[str]) -> None:
        if node in done or node not in graph:
            return
        if node in visiting:
            cycles.append(trail[trail.index(node) :])
            return
        visiting.add(node)
        for target in sorted(graph[node]):
            visit(target, [*trail, target])
        visiting.discard(node)
        done.add(node)

    for module in sorted(graph):
        visit(module, [module])
    return cycles


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_of_the_library_imports_in_a_cycle() -> None:
    graph: dict[str, set[str]] = {}
    for path in SOURCE.rglob("*.py"):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        graph[module] = _imports(path, module) - {module}
    # ``from karjera_core import x`` in a submodule depends on ``x``, not on the package that re-exports it.
    for module in graph:
        graph[module] = {t for t in graph[module] if not module.startswith(t + ".")}
    assert _cycles(graph) == []


def test_importing_the_library_imports_none_of_its_optional_dependencies() -> None:
    code = "import sys, karjera_core; print(sorted({m.split('.')[0] for m in sys.modules}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(ast.literal_eval(done.stdout))
    assert {"karjera_core", "attrs", "cattrs", "dateutil"} <= loaded
    assert loaded.isdisjoint({"hypothesis", "pandas", "polars", "dask", "distributed", "numpy"})


def test_no_file_of_the_library_is_longer_than_600_lines() -> None:
    long = {str(p.relative_to(SOURCE)): n for p in SOURCE.rglob("*.py") if (n := len(p.read_text().splitlines())) > 600}
    assert long == {}


def _public_classes() -> Iterator[type]:
    for module in _public_modules():
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, type):
                yield value


def test_every_public_class_is_defined_in_a_public_module() -> None:
    private = sorted({f"{c.__module__}.{c.__qualname__}" for c in _public_classes() if "._" in c.__module__})
    assert private == []


def test_no_private_type_in_a_public_record_field() -> None:
    found = []
    for cls in set(_public_classes()):
        if not is_record(cls):
            continue
        for name, hint in typing.get_type_hints(cls).items():
            for part in _types_in(hint):
                if part.__name__.startswith("_") or "._" in part.__module__:
                    found.append(f"{cls.__name__}.{name}: {part.__module__}.{part.__name__}")
    assert found == []


def _types_in(hint: object) -> Iterator[type]:
    if isinstance(hint, type):
        yield hint
    for arg in typing.get_args(hint):
        yield from _types_in(arg)


def _public_callables() -> Iterator[tuple[str, object]]:
    seen: set[int] = set()
    for module in _public_modules():
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if id(value) in seen:
                continue
            seen.add(id(value))
            if inspect.isfunction(value):
                yield f"{module.__name__}.{name}", value
            elif isinstance(value, type):
                for attr, member in vars(value).items():
                    if attr.startswith("_") and attr != "__init__":
                        continue
                    if isinstance(member, classmethod):
                        # A value constructor (``SchoolYear.containing(day)``) keeps its natural form (issue #10).
                        yield f"{module.__name__}.{name}.{attr}", _ConstructorOf(member.__func__)
                        continue
                    function = member.__func__ if isinstance(member, staticmethod) else member
                    if inspect.isfunction(function):
                        yield f"{module.__name__}.{name}.{attr}", function


class _ConstructorOf:
    """A class method: a value constructor, whose one day argument may be positional."""

    def __init__(self, function: object) -> None:
        self.function = function


def test_every_day_a_public_callable_takes_is_keyword_only_on_or_as_of() -> None:
    wrong = []
    for where, callable_ in _public_callables():
        constructor = isinstance(callable_, _ConstructorOf)
        function = callable_.function if isinstance(callable_, _ConstructorOf) else callable_
        for parameter in inspect.signature(function).parameters.values():  # type: ignore[arg-type]
            if parameter.name in ("on", "as_of") and parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
                wrong.append(f"{where}({parameter.name}) is not keyword-only")
            if parameter.name in OTHER_DAY_NAMES and not constructor:
                wrong.append(f"{where}({parameter.name}): a day is on= or as_of=")
    assert wrong == []


def test_every_public_module_lists_its_names_and_dir_shows_them() -> None:
    for module in _public_modules():
        assert hasattr(module, "__all__"), module.__name__
        assert all(hasattr(module, name) for name in module.__all__), module.__name__
        assert set(module.__all__) <= set(dir(module)), module.__name__


@pytest.mark.parametrize("package", ["career_support", "erasmus", "pumpurs", "teacher_support"])
def test_each_programme_package_is_importable_from_the_top_level_as_the_same_module(package: str) -> None:
    module = importlib.import_module(f"karjera_core.{package}")
    assert module is getattr(karjera_core, package)
    assert module is importlib.import_module(f"karjera_core.programmes.{package}")
