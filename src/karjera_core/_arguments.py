"""The declared arguments of the library's public functions (private; layer 1).

A public function states its arguments once, at module level, and checks
them first thing::

    _CHECK = arguments(cases=tuple[SupportCase, ...], on=date, rules=EligibilityRules | None)

    def check(cases, *, on, rules=None):
        cases, on, rules = _CHECK(cases, on, rules)

Each argument is a field kind of :mod:`karjera_core._fields` (or a type to
infer one from, as for a record's field), checked by the same compiled
predicate; a wrong argument gives one ``ValidationError`` listing every
problem at ``$.<name>``, never a ``TypeError`` or ``AttributeError``.  The
kinds below exist for arguments only: a stream read once, a function, a value
a test function recognises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NoReturn

import attrs

from karjera_core import _compile as c
from karjera_core import _fields as f
from karjera_core._compile import Kind, Scope, Sink
from karjera_core._records import error, infer

__all__ = ["Arguments", "Function", "Stream", "Where", "arguments", "is_stream"]


@attrs.frozen
class Where(Kind):
    """A function's argument that no annotation describes: a value for which ``test`` is true
    (``attrs.has(type(v))``).  Only for :func:`~karjera_core._records.arguments`, never a record's field."""

    test: Callable[[Any], bool]
    what: str
    code: str = "value.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"{scope.add(self.test, 'test')}({v})"


def is_stream(value: Any) -> bool:
    """True for an iterable that is not text, bytes or a mapping."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


@attrs.frozen
class Stream(Kind):
    """An iterable (not text, bytes or a mapping) that a public function reads once, lazily, checking each
    item as it reads it -- so a generator of a million facts is never copied.  For function arguments only."""

    what: str = "an iterable (not text or a mapping)"
    code = "array.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"{scope.add(is_stream, 'stream')}({v})"


@attrs.frozen
class Function(Kind):
    """A function (any callable) given to a public function, such as a key function.  For function arguments only."""

    what: str = "a function"
    code = "function.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"callable({v})"


class Arguments:
    """The declared arguments of a public function: each checked like a field, its problems at ``$.<name>``.

    An argument declared ``tuple[X, ...]`` takes any iterable (not text or a
    mapping) and is passed on as a tuple.  :attr:`check` is the
    arguments' checks compiled into one function (as a record's constructor
    is), which :func:`arguments` returns; only when one fails, :meth:`reject`.
    """

    def __init__(self, hints: dict[str, Any]) -> None:
        self.names = list(hints)
        self.kinds = [hint if isinstance(hint, Kind) else _argument_kind(hint) for hint in hints.values()]
        scope = c.new_scope()
        scope.update(_as_tuple=_as_tuple, _reject=self.reject)
        params = [f"a{index}" for index in range(len(self.kinds))]
        body = [f"{p} = _as_tuple({p})" for p, kind in zip(params, self.kinds, strict=True) if _is_items(kind)]
        checks = " and ".join(f"({kind.check(p, scope)})" for p, kind in zip(params, self.kinds, strict=True))
        given = "".join(f"{p}, " for p in params)
        body += [f"if {checks or 'True'}:", f"    return ({given})", f"return _reject({given})"]
        #: The compiled check: the arguments, iterables as tuples, when all are valid; else :meth:`reject`.
        self.check: Callable[..., tuple[Any, ...]] = scope[c.define(scope, "arguments", body, ", ".join(params))]

    def reject(self, *given: Any) -> NoReturn:
        """Raise the error listing the problem of every invalid argument of ``given`` (iterables as tuples)."""
        sink = Sink()
        for name, kind, value in zip(self.names, self.kinds, given, strict=True):
            if not c.predicate(kind)(value):
                kind.problems(value, f"$.{name}", sink)
        raise error(sink)


def _argument_kind(hint: Any) -> Kind:
    kind = infer(hint, None)
    if isinstance(kind, f.Items):  # the caller's own collection: no size bound beyond memory
        return f.Items(kind.item, c.UNBOUNDED)
    if isinstance(kind, f.Optional) and isinstance(kind.inner, f.Items):
        return f.Optional(f.Items(kind.inner.item, c.UNBOUNDED))
    return kind


def _is_items(kind: Kind) -> bool:
    return isinstance(kind, f.Items) or (isinstance(kind, f.Optional) and isinstance(kind.inner, f.Items))


def _as_tuple(value: Any) -> Any:
    if type(value) is tuple or value is None or isinstance(value, str | bytes | dict):
        return value
    try:
        return tuple(value)
    except TypeError:
        return value


def arguments(**hints: Any) -> Callable[..., tuple[Any, ...]]:
    """Declare a function's arguments by name: a kind, or a type to infer one from (``date``, a record class,
    ``tuple[X, ...]`` for any iterable of ``X``, ``X | None``).  The compiled check of :class:`Arguments`: called
    with the arguments in that order, it returns them (iterables as tuples) or raises the ValidationError."""
    return Arguments(hints).check
