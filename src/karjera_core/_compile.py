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

import types
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

    @property
    def full(self) -> bool:
        """True once :data:`CAP` problems are listed: from then on a problem's path is never read."""
        return len(self.flaws) >= CAP

    def count(self, code: str, times: int) -> None:
        """Count ``times`` more problems of ``code`` without listing them (the caller checked ``times``)."""
        if code == PERSONAL_CODE:
            self.personal = True
        self.more[code] = self.more.get(code, 0) + times

    def merge(self, other: Sink) -> None:
        """Add the problems of ``other``: its listed ones as if added now, its counted ones counted."""
        for flaw in other.flaws:
            self.add(*flaw)
        for code, times in other.more.items():
            self.count(code, times)
        self.personal = self.personal or other.personal

    def __bool__(self) -> bool:
        return bool(self.flaws) or bool(self.more)

    def __len__(self) -> int:
        return len(self.flaws) + sum(self.more.values())


class Scope(dict[str, Any]):
    """The names a generated function sees: :meth:`add` gives each object a fresh one."""

    def add(self, obj: Any, hint: str = "o") -> str:
        name = f"_{hint}{len(self)}"
        self[name] = obj
        return name


class Default:
    """Stands for a long default value in a generated signature, so that help() stays short."""

    __slots__ = ("label",)

    def __init__(self, label: str) -> None:
        self.label = label

    def __repr__(self) -> str:
        return self.label


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
    #: The JSON type of the kind's data (None: several), and the code ``load_slow`` gives data of another.
    json_type: type | None = None
    json_code = "value.type"

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

    def load_each(self, items: list[Any], sink: Sink) -> list[Any]:
        """What ``load_slow`` gives for each of ``items`` into a full ``sink`` (so no path is read): its value or
        :data:`BAD`, each problem counted as ``load_slow`` would.  Items of another JSON type than the kind's are
        counted at once; a kind that reads many items quicker together than one by one overrides this."""
        if self.json_type is not None:
            expected = self.json_type
            where = [k for k, x in enumerate(items) if type(x) is expected]
            if len(where) < len(items):
                sink.count(self.json_code, len(items) - len(where))
                found = [BAD] * len(items)
                for k in where:
                    found[k] = self.load_slow(items[k], "", sink)
                return found
        return [self.load_slow(x, "", sink) for x in items]

    def load_many(self, items: list[Any], sink: Sink) -> list[Any] | None:
        """The values :meth:`load_each` gives for ``items`` into a full ``sink``, or None when any failed."""
        built = self.load_each(items, sink)
        return None if any(x is BAD for x in built) else built

    def count_each(self, values: list[Any], sink: Sink) -> None:
        """Count into a full ``sink`` the problems ``problems`` reports of ``values``, each of which failed the
        check.  A kind whose only problem is its own code counts them at once."""
        if type(self).problems is Kind.problems:
            sink.count(self.code, len(values))
        else:
            for value in values:
                self.problems(value, "", sink)

    def dump(self, expr: str, scope: Scope) -> str:
        return expr

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError


#: The item kind of ``items()`` when it is to be inferred from the annotation.
INFER = Kind()


class _DayTexts(dict[date, str]):
    """Each day's ISO text, kept once written (a dict look-up is a third of ``date.isoformat()``): at most
    one entry per day of the library's years, as only a valid record's days are written."""

    def __missing__(self, day: date) -> str:
        text = self[day] = day.isoformat()
        return text


class _TextDays(dict[str, date]):
    """The day each ISO text names, kept once read: only texts of real days of the library's years reach
    it (the generated shape check comes first; an impossible day raises ValueError and is not kept)."""

    def __missing__(self, text: str) -> date:
        day = self[text] = date.fromisoformat(text)
        return day


#: The names every generated function sees.
_BASE_SCOPE: dict[str, Any] = {
    "_date": date,
    "_FIRST_DAY": FIRST_DAY,
    "_LAST_DAY": LAST_DAY,
    "_fromiso": date.fromisoformat,
    "_day_text": _DayTexts(),
    "_text_day": _TextDays(),
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


def set_slot(cls: type, name: str, scope: Scope, target: str = "self", value: str | None = None) -> str:
    """The statement setting field ``name`` of a new ``cls`` (in ``target``) to ``value`` (by default the local
    of that name): through the field's slot (a record is slotted), which the frozen class's ``__setattr__``
    does not stand in front of, a third faster than ``object.__setattr__``."""
    slot = next(vars(k)[name] for k in cls.__mro__ if isinstance(vars(k).get(name), types.MemberDescriptorType))
    return f"{scope.add(slot.__set__, 'set')}({target}, {name if value is None else value})"


_PREDICATES: dict[Kind, Callable[[Any], bool]] = {}


def predicate(kind: Kind) -> Callable[[Any], bool]:
    """The compiled check of ``kind`` as a function of one value (made once per kind)."""
    found = _PREDICATES.get(kind)
    if found is None:
        scope = new_scope()
        found = _PREDICATES[kind] = scope[define(scope, "ok", [f"return {kind.check('v', scope)}"], "v")]
    return found
