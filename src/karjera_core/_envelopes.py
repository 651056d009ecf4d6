"""Envelopes: the types a caller builds around the library's (private; layer 1, used by serialization).

:func:`kind_of` gives the kind of any type :func:`~karjera_core.structure` accepts: the library's
records, enumerations, ``date`` and ``bool``; plain ``str``, ``int`` and ``Decimal`` with fixed bounds;
``X | None``, unions, ``tuple[X, ...]`` and ``dict[str, X]`` of these; and a caller's own attrs class
or ``TypedDict`` whose fields are of these types.  The caller's classes get a :class:`Shape`, a
:class:`~karjera_core._records.Plan` compiled once per class, so that they are read with the same
generated fast path, the same slow path (unknown and missing keys, every problem with its path,
capped) and written with the same dumpers as the library's records.

Paths follow the one grammar ``$``, ``.name``, ``[index]``: an entry of a ``dict[str, X]`` whose key
is a plain name (letters, digits, ``_``, not starting with a digit, at most 64 characters) is at
``$.key``; the problems in an entry whose key is anything else are reported at the dict's own path,
their message saying which entry (by position) and where in it, the key never shown.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

import attrs

from karjera_core import _compile as c
from karjera_core import _fields as f
from karjera_core._compile import BAD, MAX_ITEMS, Fallback, Kind, Scope, Sink
from karjera_core._personal_code import PLAIN_NAME, shown_key
from karjera_core._records import Field, Plan, infer, is_record

#: What a plain ``str``, ``int`` or ``Decimal`` field of an envelope is: free text of at most 2000
#: characters (never a personal code, P-7), an int JSON numbers hold exactly, a decimal of 6 places.
TEXT = f.Text(2000, "text", lines=True, edges=True)
INTEGER = f.Integer(-(2**53 - 1), 2**53 - 1)
NUMBER = f.Dec(Decimal(-(10**15)), Decimal(10**15), places=6)
#: A key of a ``dict[str, X]``: a single line of 1-200 characters, never a personal code (P-7).
KEY = f.Text(200, "a key")
ACCEPTED = (
    "expected a public karjera_core type, date, bool, str, int or Decimal, X | None, tuple[X, ...] or "
    "dict[str, X] of them, or an attrs class or TypedDict of your own whose fields are of these types"
)
#: A key of a TypedDict or an argument of an attrs class left out: the class's own default applies.
_OMIT: Any = object()


class Refused(TypeError):
    """A type that cannot be an envelope; its message says which part and why."""


# ---------------------------------------------------------------- inference


def kind_of(hint: Any) -> Kind:
    """The kind of ``hint`` as an envelope (or a part of one); :class:`Refused` when it has none."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        rest = tuple(kind_of(a) for a in args if a is not type(None))
        inner = rest[0] if len(rest) == 1 else f.OneOf(rest)
        return f.Optional(inner) if len(rest) < len(args) else inner
    plain = _PLAIN.get(hint)
    if plain is not None:
        return plain
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        if not all(type(member.value) is str for member in hint):
            raise Refused(f"{hint.__name__} is an enumeration whose values are not all text")
        return f.Enum(hint)
    if is_record(hint) or is_record(typing.get_origin(hint)):
        return infer(hint, None)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            raise Refused(f"{hint!r} is a tuple of fixed length; use tuple[X, ...]")
        return f.Items(kind_of(args[0]))
    if origin is dict:
        if args[:1] != (str,):
            raise Refused(f"{hint!r} has keys other than str; use dict[str, X]")
        return Mapping(kind_of(args[1]))
    if isinstance(hint, type) and (attrs.has(hint) or typing.is_typeddict(hint)):
        shape(hint)
        return Envelope(hint)
    if hint in (tuple, dict):
        raise Refused(f"{hint.__name__} needs the types it holds: tuple[X, ...] or dict[str, X]")
    raise Refused(f"{hint.__qualname__ if isinstance(hint, type) else repr(hint)} is not one of these")


_PLAIN: dict[Any, Kind] = {str: TEXT, int: INTEGER, Decimal: NUMBER, date: f.Day(), bool: f.Bool()}
_SHAPES: dict[type, Shape] = {}
_COMPILING: set[type] = set()


def shape(cls: type) -> Shape:
    """The plan of a caller's attrs class or TypedDict ``cls``, compiled once."""
    found = _SHAPES.get(cls)
    if found is not None:
        return found
    if cls in _COMPILING:
        raise Refused(f"{cls.__qualname__} holds itself; an envelope may not be recursive")
    _COMPILING.add(cls)
    try:
        found = Shape(cls, False, False, cls.__name__, typed=typing.is_typeddict(cls))
        found.declare()
    finally:
        _COMPILING.discard(cls)
    _SHAPES[cls] = found
    return found


# ---------------------------------------------------------------- dict[str, X]


@attrs.frozen
class Mapping(Kind):
    """A ``dict[str, X]``: at most ``max_size`` entries, each key a single line (``KEY``), each value of ``value``.

    Its size is checked before any entry is read.
    """

    value: Kind
    max_size: int = MAX_ITEMS
    code = "mapping.type"
    json_type = dict
    json_code = "type.object"

    @property
    def what(self) -> str:  # type: ignore[override]
        return f"a dict of text keys to values, each {self.value.what}"

    def check(self, v: str, scope: Scope) -> str:
        entry = f"({KEY.check('k', scope)}) and ({self.value.check('x', scope)})"
        lines = ["for k, x in t.items():", f"    if not ({entry}):", "        return False", "return True"]
        every = c.define(scope, "every_entry", lines)
        return f"type({v}) is dict and len({v}) <= {self.max_size} and (not {v} or {every}({v}))"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is not dict:
            sink.add(path, "mapping.type", f"expected {self.what}")
            return False
        if len(value) > self.max_size:
            sink.add(path, "mapping.size", f"expected at most {self.max_size} entries")
            return False
        fine, key_ok, value_ok = True, c.predicate(KEY), c.predicate(self.value)
        for index, (key, entry) in enumerate(value.items()):
            if not key_ok(key):
                fine = KEY.problems(key, path, sink) and fine
            if not value_ok(entry):
                fine = _entry(self.value.problems, entry, key, index, path, sink) and fine
        return fine

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        shape, build = self.value.load("x", scope)
        entry = f"({KEY.check('k', scope)}) and ({shape})"
        if build == "x":
            body = ["for k, x in t.items():", f"    if not ({entry}):", "        raise _Fallback", "return dict(t)"]
        else:
            body = [f"return {{k: ({build} if ({entry}) else _fallback()) for k, x in t.items()}}"]
        name = c.define(scope, "load_entries", body)
        return f"type({v}) is dict and len({v}) <= {self.max_size}", f"{name}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not dict:
            sink.add(path, "type.object", "expected an object")
            return BAD
        if len(data) > self.max_size:
            sink.add(path, "mapping.size", f"expected at most {self.max_size} entries")
            return BAD
        built: dict[Any, Any] = {}
        fine = True
        for index, (key, entry) in enumerate(data.items()):
            if type(key) is not str:
                sink.add(path, "type.string", "expected every key to be a string")
                fine = False
            elif not c.predicate(KEY)(key):
                fine = KEY.problems(key, path, sink) and fine
            built[key] = _entry(self.value.load_slow, entry, key, index, path, sink)
        return BAD if not fine or any(x is BAD for x in built.values()) else built

    def dump(self, expr: str, scope: Scope) -> str:
        if self.value.plain:
            return f"dict({expr})"
        return f"{{k: {self.value.dump('x', scope)} for k, x in {expr}.items()}}"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        keys = {"minLength": KEY.min_length, "maxLength": KEY.max_length}
        values = self.value.schema(defs)
        return {"type": "object", "propertyNames": keys, "additionalProperties": values, "maxProperties": self.max_size}


def _entry(read: Callable[[Any, str, Sink], Any], entry: Any, key: Any, index: int, path: str, sink: Sink) -> Any:
    """``read(entry, path_of_entry, sink)``; for a key not shown in paths, its problems at ``path``, saying where."""
    if sink.full:  # no path is read any more
        return read(entry, path, sink)
    if shown_key(key):
        return read(entry, f"{path}.{key}", sink)
    inner = Sink()
    result = read(entry, "$", inner)
    for flaw in inner.flaws:
        where = f", at {flaw.path[1:]}" if flaw.path != "$" else ""
        sink.add(path, flaw.code, f"{flaw.message} (in entry {index}, whose key is not shown{where})")
    for code, times in inner.more.items():
        sink.count(code, times)
    return result


# ---------------------------------------------------------------- a caller's class


@attrs.frozen
class Envelope(Kind):
    """A caller's attrs class or TypedDict built of the kinds above; JSON writes it as an object."""

    cls: type
    code = "record.type"
    json_type = dict
    json_code = "type.object"

    @property
    def what(self) -> str:  # type: ignore[override]
        return c.article(self.cls.__name__)

    @property
    def plan(self) -> Shape:
        return shape(self.cls)

    def check(self, v: str, scope: Scope) -> str:
        plan = self.plan
        return f"type({v}) is {scope.add(plan.python_type, 'cls')} and {scope.add(plan.holds, 'holds')}({v})"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        return self.plan.problems(value, path, sink)

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return "True", f"{scope.add(self.plan.loader, 'load')}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        return self.plan.slow(data, path, sink)

    def dump(self, expr: str, scope: Scope) -> str:
        return f"{scope.add(self.plan.dumper, 'dump')}({expr})"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self.plan.schema(defs)


@attrs.define
class Shape(Plan):
    """The plan of a caller's attrs class (built through its own ``__init__``) or TypedDict (a dict)."""

    typed: bool = False
    aliases: tuple[str, ...] = ()
    in_place: ClassVar[bool] = False

    @property
    def python_type(self) -> type[Any]:
        """The type of the values: the class, or ``dict`` for a TypedDict."""
        return dict if self.typed else self.cls

    def declare(self) -> None:
        """Find the fields and their kinds: ``Refused`` for a field of a type that is not accepted."""
        cls = self.cls
        try:
            hints = typing.get_type_hints(cls, include_extras=self.typed)
        except Exception as problem:  # any failure to read the annotations is a refusal
            raise Refused(f"the annotations of {cls.__qualname__} cannot be read") from problem
        if self.typed:
            names = [(name, name, self._required(name, hints)) for name in hints]
        else:
            names = [(a.name, a.alias, a.default is attrs.NOTHING) for a in attrs.fields(cls) if a.init]
        for name, _, required in names:
            if not PLAIN_NAME.fullmatch(name):
                raise Refused(f"{cls.__qualname__} has a key that is not a plain name")
            if name not in hints:
                raise Refused(f"{cls.__qualname__}.{name} has no annotation")
            hint = hints[name]
            if typing.get_origin(hint) in (typing.Required, typing.NotRequired):
                hint = typing.get_args(hint)[0]
            try:
                kind = kind_of(hint)
            except Refused as problem:
                raise Refused(f"{cls.__qualname__}.{name}: {problem}") from None
            default = attrs.NOTHING if required else _OMIT
            self.fields.append(Field(name, kind, f.Spec(None), default, f"$.{name}"))
        self.aliases = tuple(alias for _, alias, _ in names)
        self.build = self._make_building()

    def _required(self, name: str, hints: dict[str, Any]) -> bool:
        # Required[]/NotRequired[] as annotations written with ``from __future__ import annotations``
        # are missed by TypedDict itself before Python 3.12: they are read here from the hints.
        origin = typing.get_origin(hints[name])
        if origin is typing.Required:
            return True
        if origin is typing.NotRequired:
            return False
        return name in self.cls.__required_keys__  # type: ignore[attr-defined]

    def _make_building(self) -> Callable[..., Any]:
        names = tuple(x.name for x in self.fields)
        if self.typed:

            def build_dict(*values: Any) -> Any:
                return {n: v for n, v in zip(names, values, strict=True) if v is not _OMIT}

            return build_dict
        cls, aliases = self.cls, self.aliases

        def build_object(*values: Any) -> Any:
            given = {a: v for a, v in zip(aliases, values, strict=True) if v is not _OMIT}
            try:
                return cls(**given)
            except Exception:  # the caller's own constructor: its refusal becomes a problem
                raise Fallback from None

        return build_object

    @property
    def holds(self) -> Callable[[Any], bool]:
        """True for a value whose fields are all valid (the type itself checked by the caller)."""
        if self._holds is None:
            scope = c.new_scope()
            scope.update(_known=frozenset(x.name for x in self.fields))
            scope.update(_needed=frozenset(x.name for x in self.fields if x.required))
            checks = []
            for x in self.fields:
                if not self.typed:
                    checks.append(f"({x.kind.check('obj.' + x.name, scope)})")
                elif x.required:
                    checks.append(f"({x.kind.check(f'obj[{x.name!r}]', scope)})")
                else:
                    checks.append(f"({x.name!r} not in obj or ({x.kind.check(f'obj[{x.name!r}]', scope)}))")
            if self.typed:
                checks.insert(0, "obj.keys() <= _known and _needed <= obj.keys()")
            self._holds = scope[c.define(scope, "holds", [f"return {' and '.join(checks) or 'True'}"], "obj")]
        return self._holds

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        """Report what is wrong with ``value`` as a Python value of this class (for ``unstructure``)."""
        held: Any = value
        if type(held) is not self.python_type:
            sink.add(path, "record.type", f"expected {c.article(self.name)}")
            return False
        if self.typed:
            names = {x.name for x in self.fields}
            unknown = [key for key in held if key not in names]
            if unknown:
                self._unknown_keys(held, path, len(unknown), sink)
        for x in self.fields:
            if not self.typed:
                field = getattr(held, x.name)
            elif x.name in held:
                field = held[x.name]
            elif x.required:
                sink.add(f"{path}.{x.name}", "object.missing_key", "expected this key")
                continue
            else:
                continue
            if not c.predicate(x.kind)(field):
                x.kind.problems(field, f"{path}.{x.name}", sink)
        return False

    def slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not dict:
            sink.add(path, "type.object", "expected an object")
            return BAD
        values = self._slow_fields(data, path, sink)
        if any(value is BAD for value in values.values()):
            return BAD
        try:
            return self.build(*values.values())
        except Fallback:
            sink.add(path, "envelope.refused", f"expected data that {self.name}() accepts: its constructor refused it")
            return BAD

    @property
    def dumper(self) -> Callable[[Any], Any]:
        if self._dumper is None:
            if not self.typed:
                return super().dumper
            scope = c.new_scope()
            body = ["out = {}"]
            for x in self.fields:
                line = f"out[{x.name!r}] = {x.kind.dump(f'obj[{x.name!r}]', scope)}"
                body.append(line if x.required else f"if {x.name!r} in obj: {line}")
            self._dumper = scope[c.define(scope, "dump", [*body, "return out"], "obj")]
        return self._dumper
