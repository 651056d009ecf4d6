"""Every public signature can be read: ``typing.get_type_hints`` resolves it (issue #10's public faces).

Documentation, IDEs and type-aware tools (cattrs, pydantic adapters, Sphinx) evaluate the annotations of the
public functions, methods and properties; an annotation that does not evaluate -- a misspelt name, an operator
that is not ``|`` -- breaks them.  So each public module's ``__all__`` is read, and every function, every
public method or property of a class, and every dunder method a class defines itself, has hints that resolve.
A name a module imports only for type checking (``if TYPE_CHECKING:``, to keep the layers free of cycles) is
looked up among the names the package offers at its top level, as a reader of the docs would.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

import karjera_core


def _public_modules() -> Iterator[ModuleType]:
    yield karjera_core
    for info in pkgutil.walk_packages(karjera_core.__path__, "karjera_core."):
        if not any(part.startswith("_") for part in info.name.split(".")) and ".strategies" not in info.name:
            yield importlib.import_module(info.name)


def _callables(module: ModuleType) -> Iterator[tuple[str, Any]]:
    for name in getattr(module, "__all__", ()):
        item = getattr(module, name)
        if inspect.isfunction(item):
            yield f"{module.__name__}.{name}", item
        elif inspect.isclass(item) and item.__module__ == module.__name__:
            for attr, value in vars(item).items():
                function = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
                public = not attr.startswith("_") or (attr.startswith("__") and attr.endswith("__"))
                own = inspect.isfunction(function) and function.__code__.co_filename == inspect.getsourcefile(item)
                if public and own:
                    yield f"{module.__name__}.{name}.{attr}", function


CALLABLES = sorted({place: item for module in _public_modules() for place, item in _callables(module)}.items())


def test_every_public_module_offers_callables_to_read() -> None:
    places = [place for place, _ in CALLABLES]
    assert "karjera_core.indicators.evaluation.status_of" in places
    assert "karjera_core.programmes.pumpurs.parameters.EligibilityRules.admits" in places
    assert "karjera_core.indicators.evaluation.Report.__getitem__" in places


@pytest.mark.parametrize(("place", "item"), CALLABLES, ids=[place for place, _ in CALLABLES])
def test_the_hints_of_a_public_callable_resolve(place: str, item: Any) -> None:
    hints = typing.get_type_hints(item, localns=dict(vars(karjera_core)))
    assert "return" in hints, place
