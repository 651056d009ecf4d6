"""The machinery under the field kinds (private; layer 1): problems, generated functions, the kind protocol.

* :class:`Sink` collects problems: the first :data:`CAP` in full, then a
  count per code, so that refusing a large input costs little;
* :class:`Scope` and :func:`define` compile the functions the records
  generate from their declarations (constructors, loaders, dumpers) into
  plain-dict namespaces, so that their global look-ups stay fast;
* :class:`Kind` is the protocol every field kind of :mod:`karjera_core._fields`
  follows, and :func:`predicate` its check compiled once as a function.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

#: Years the library accepts anywhere: wide enough for any project, narrow enough that date arithmetic never overflows.
MIN_YEAR, MAX_YEAR = 1900, 2199
FIRST_DAY, LAST_DAY = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)
#: How many problems an error lists in full; the rest are counted by code.
CAP = 50
#: The code and message of a personal code found in text (P-7); the message never holds the value.
PERSONAL_CODE = "privacy.personal_code"
PERSONAL_MESSAGE = "expected pseudonymous text; a Latvian personal code is refused (P-7)"
#: The default largest number of items of a tuple field.
MAX_ITEMS = 10_000
#: A size bound that is no bound: the caller's own collections passed to a function.
UNBOUNDED = 1 << 62
#: The metadata key under which a field's declaration is kept.
KEY = "karjera_core.field"
#: What a slow loader returns for a value it could not build.
BAD: Any = object()


class Flaw(NamedTuple):
    """One thing wrong, as a rule reports it: a path from ``$``, a stable code and what was expected."""

    path: str
    code: str
    message: str


class Sink:
    """Where problems are collected: the first :data:`CAP` in full, then a count per code."""

    __slots__ = ("flaws", "more", "personal")

    def __init__(self) -> None:
        self.flaws: list[Flaw] = []
        self.more: dict[str, int] = {}
        self.personal = False

    def add(self, path: str, code: str, message: str) -> None:
        if code == PERSONAL_CODE:
            self.personal = True
        if len(self.flaws) < CAP:
            self.flaws.append(Flaw(path, code, message))
        else:
            self.more[code] = self.more.get(code, 0) + 1

    def __bool__(self) -> bool:
        return bool(self.flaws)

    def __len__(self) -> int:
        return len(self.flaws) + sum(self.more.values())


class Scope(dict[str, Any]):
    """The names a generated function sees: :meth:`add` gives each object a fresh one."""

    def add(self, obj: Any, hint: str = "o") -> str:
        name = f"_{hint}{len(self)}"
        self[name] = obj
        return name


class Fallback(ValueError):
    """Raised on a generated fast path to send the input to the slow path, which reports every problem."""


def fallback(*_: Any) -> Any:
    """Give up the fast path (see :class:`Fallback`)."""
    raise Fallback


# ---------------------------------------------------------------- the kind protocol


def article(name: str) -> str:
    """``name`` after its indefinite article: "a Grade", "an Organisation"."""
    return f"{'an' if name[:1] in 'AEIOU' else 'a'} {name}"


class Kind:
    """A field kind.  A kind knows how to:

    * ``check(v, scope)``: a Python expression, true when ``v`` is a valid value
      (compiled into the generated constructor: no interpretation per call);
    * ``problems(value, path, code, sink)``: report what is wrong with a value
      that failed the check, returning whether it was fine after all;
    * ``load(v, scope)``: for JSON input, an expression true when ``v`` has the
      right JSON shape, and an expression building the value (which may raise,
      sending the caller to the slow path);
    * ``load_slow(data, path, code, sink)``: the same with every problem reported;
    * ``dump(expr, scope)``: an expression writing the value as JSON data;
    * ``schema(defs)``: the JSON Schema (draft 2020-12) of what ``load`` accepts.
    """

    #: A noun phrase for messages: "a name", "a date".
    what = "a value"
    #: True when the Python value is its own JSON form (dump and load are the identity).
    plain = False
    #: The code of a value that is not of the kind.
    code = "value.type"

    def check(self, v: str, scope: Scope) -> str:
        raise NotImplementedError

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if predicate(self)(value):
            return True
        sink.add(path, self.code, f"expected {self.what}")
        return False

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return self.check(v, scope), v

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        return data if self.problems(data, path, sink) else BAD

    def dump(self, expr: str, scope: Scope) -> str:
        return expr

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError


#: The item kind of ``items()`` when it is to be inferred from the annotation.
INFER = Kind()

#: The names every generated function sees.
_BASE_SCOPE: dict[str, Any] = {
    "_date": date,
    "_FIRST_DAY": FIRST_DAY,
    "_LAST_DAY": LAST_DAY,
    "_fromiso": date.fromisoformat,
    "_Decimal": Decimal,
    "Decimal": Decimal,
    "_Fallback": Fallback,
    "_fallback": fallback,
}


def new_scope() -> Scope:
    """A fresh scope for a generated function, holding the base names."""
    return Scope(_BASE_SCOPE)


def define(scope: Scope, hint: str, body: list[str], params: str = "t") -> str:
    """Compile a function of ``params`` whose body is the lines ``body`` into ``scope``; its name there."""
    name = scope.add(None, hint)
    source = "\n".join([f"def {name}({params}):", *(f"    {line}" for line in body)])
    namespace = dict(scope)  # a plain dict: global look-ups in a generated function stay fast
    exec(source, namespace)  # noqa: S102 - generated from declarations, never from input
    scope[name] = namespace[name]
    return name


_PREDICATES: dict[Kind, Callable[[Any], bool]] = {}


def predicate(kind: Kind) -> Callable[[Any], bool]:
    """The compiled check of ``kind`` as a function of one value (made once per kind)."""
    found = _PREDICATES.get(kind)
    if found is None:
        scope = new_scope()
        found = _PREDICATES[kind] = scope[define(scope, "ok", [f"return {kind.check('v', scope)}"], "v")]
    return found
