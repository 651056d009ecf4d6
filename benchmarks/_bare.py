"""The no-validation floors and the msgspec reference, derived from the library's classes by their fields alone.

Everything here reads only what a class publicly declares -- its attrs fields,
their annotations and defaults -- so it follows the library's classes while
they are migrated, without knowing how they validate:

* :meth:`Mirror.bare` -- a frozen, slotted, kw-only attrs class with the same
  fields and defaults and no validation at all (a one-field value type such as
  ``Grade`` or ``Money`` stays positional);
* :meth:`Mirror.floor` -- the structure floor: straight-line code building
  the bare classes from JSON dicts with no check whatsoever (dates by
  ``date.fromisoformat``, decimals by ``Decimal``, enums by a dict look-up,
  nested records by nested calls), generated once per class -- the code a
  person would write by hand; ``Mirror.floor_source`` prints it;
* :meth:`Mirror.builder` -- construction from Python values: the same
  straight-line code building either the library's classes or the bare ones
  from one tree of values (so both are built from the very same values, every
  nested object included);
* :meth:`Mirror.struct` -- msgspec ``Struct`` classes with the same field
  types and no constraints: the type-only reference.

A type written as text in JSON (``ProjectNumber``, "8.3.4.0/16/I/001") needs a
parser; :data:`TEXT_FORMS` holds the hand-written one.
"""

from __future__ import annotations

import enum
import itertools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import msgspec

SCALARS = (str, int, bool, date, Decimal)
Key = tuple[type, tuple[Any, ...]]


@dataclass(frozen=True)
class Scalar:
    type: type


@dataclass(frozen=True)
class Enum:
    cls: type[enum.Enum]


@dataclass(frozen=True)
class Rec:
    key: Key


@dataclass(frozen=True)
class Opt:
    inner: Any


@dataclass(frozen=True)
class Tup:
    inner: Any


Kind = Scalar | Enum | Rec | Opt | Tup


@dataclass
class FieldShape:
    name: str
    kind: Kind
    default: Any  # the library's default value, or attrs.NOTHING


@dataclass
class Shape:
    """A library class as this module sees it: its form in JSON and its fields."""

    key: Key
    name: str
    form: str  # "record" (a JSON object), "value" (its one field's value) or "text" (a canonical string)
    fields: list[FieldShape] = field(default_factory=list)

    @property
    def cls(self) -> type:
        return self.key[0]


# ---------------------------------------------------------------- text forms


def _project_number_parser(shape: Shape, bare: type) -> Callable[[str], Any]:
    """The floor's parser of a canonical project number (F-2): "8.3.4.0/16/I/001", "4.2.2.3/1/24/I/001" or
    the research-application form "1.1.1.2/VIAA/3/19/482" (no selection letter)."""
    selection = next(f.kind for f in shape.fields if f.name == "selection")
    if isinstance(selection, Opt):
        selection = selection.inner
    assert isinstance(selection, Enum)
    letters = {member.value: member for member in selection.cls}

    def parse(text: str) -> Any:
        parts = text.split("/")
        if len(parts) == 5 and not parts[1].isdigit():  # measure/body/round/year/sequence
            return bare(
                measure=tuple(map(int, parts[0].split("."))),
                implementing_body=parts[1],
                selection_round=int(parts[2]),
                year=int(parts[3]),
                selection=None,
                sequence=int(parts[4]),
            )
        return bare(
            measure=tuple(map(int, parts[0].split("."))),
            implementing_body=None,
            selection_round=int(parts[1]) if len(parts) == 5 else None,
            year=int(parts[-3]),
            selection=letters[parts[-2]],
            sequence=int(parts[-1]),
        )

    return parse


def _project_number_text(value: Any) -> str:
    measure = ".".join(map(str, value.measure))
    if value.implementing_body is not None:
        return f"{measure}/{value.implementing_body}/{value.selection_round}/{value.year:02d}/{value.sequence:03d}"
    rnd = "" if value.selection_round is None else f"/{value.selection_round}"
    return f"{measure}{rnd}/{value.year:02d}/{value.selection.value}/{value.sequence:03d}"


#: Types JSON writes as one canonical string: (the floor's parser factory, the canonical writer).
TEXT_FORMS: dict[str, tuple[Callable[[Shape, type], Callable[[str], Any]], Callable[[Any], str]]] = {
    "ProjectNumber": (_project_number_parser, _project_number_text),
}


# ---------------------------------------------------------------- the mirror


class _Code:
    """Source lines and the names they see, compiled at once."""

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {"_fromiso": date.fromisoformat, "_Decimal": Decimal, "_ABSENT": _ABSENT}
        self.lines: list[str] = []
        self.done: dict[Key, str] = {}
        self._count = itertools.count()

    def add(self, obj: Any, hint: str) -> str:
        name = f"_{hint}{next(self._count)}"
        self.ns[name] = obj
        return name

    def temp(self) -> str:
        return f"_v{next(self._count)}"

    def compile(self) -> dict[str, Any]:
        exec("\n".join(self.lines), self.ns)  # generated from class declarations, never from data
        return self.ns


_ABSENT = object()


class Mirror:
    """The bare classes, floors, builders and structs for library classes (each made once)."""

    def __init__(self) -> None:
        self.shapes: dict[Key, Shape] = {}
        self._bare: dict[Key, type] = {}
        self._struct: dict[Key, Any] = {}
        self._text: dict[Key, Callable[[str], Any]] = {}

    # ------------------------------------------------------------ shapes

    def shape(self, key: Key) -> Shape:
        found = self.shapes.get(key)
        if found is not None:
            return found
        cls, args = key
        attributes = attrs.fields(cls)
        if cls.__name__ in TEXT_FORMS:
            form = "text"
        elif len(attributes) == 1 and not attributes[0].kw_only:
            form = "value"
        else:
            form = "record"
        names = ", ".join(getattr(a, "__name__", repr(a)) for a in args)
        shape = self.shapes[key] = Shape(key, f"{cls.__name__}[{names}]" if args else cls.__name__, form)
        hints = typing.get_type_hints(cls)
        subst = dict(zip(getattr(cls, "__parameters__", ()), args, strict=False))
        for attribute in attributes:
            default = attribute.default
            if isinstance(default, attrs.Factory):
                default = default.factory()
            shape.fields.append(FieldShape(attribute.name, self.kind(hints[attribute.name], subst), default))
        return shape

    def kind(self, hint: Any, subst: dict[Any, Any]) -> Kind:
        if isinstance(hint, TypeVar):
            hint = subst[hint]
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            rest = [a for a in args if a is not type(None)]
            if len(rest) == 1 and len(args) == 2:
                return Opt(self.kind(rest[0], subst))
        elif origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return Tup(self.kind(args[0], subst))
        elif hint in SCALARS:
            return Scalar(hint)
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            return Enum(hint)
        elif isinstance(hint, type) and attrs.has(hint):
            self.shape((hint, ()))
            return Rec((hint, ()))
        elif origin is not None and attrs.has(origin):
            key = (origin, tuple(subst.get(a, a) for a in args))
            self.shape(key)
            return Rec(key)
        raise TypeError(f"the benchmark cannot mirror a field annotated {hint!r}")

    def root(self, cls: type) -> Key:
        key = (cls, ())
        self.shape(key)
        return key

    # ------------------------------------------------------------ bare classes and values

    def bare(self, cls: type) -> type:
        return self._bare_of(self.root(cls))

    def _bare_of(self, key: Key) -> type:
        found = self._bare.get(key)
        if found is None:
            shape = self.shapes[key]
            fields = {
                f.name: attrs.field(
                    default=attrs.NOTHING if f.default is attrs.NOTHING else self.to_bare(f.kind, f.default)
                )
                for f in shape.fields
            }
            name = "Bare" + "".join(c for c in shape.name if c.isalnum())
            found = attrs.make_class(name, fields, frozen=True, slots=True, kw_only=shape.form != "value")
            self._bare[key] = found
        return found

    def to_bare(self, kind: Kind, value: Any) -> Any:
        """A library value (a default) as the bare classes hold it."""
        if isinstance(kind, Scalar | Enum):
            return value
        if isinstance(kind, Opt):
            return None if value is None else self.to_bare(kind.inner, value)
        if isinstance(kind, Tup):
            return tuple(self.to_bare(kind.inner, x) for x in value)
        shape = self.shapes[kind.key]
        bare = self._bare_of(kind.key)
        values = {f.name: self.to_bare(f.kind, getattr(value, f.name)) for f in shape.fields}
        return bare(*values.values()) if shape.form == "value" else bare(**values)

    def json_of(self, kind: Kind, value: Any) -> Any:
        """The JSON form of a library or bare value, by its declared kinds (for setting up defaults)."""
        if isinstance(kind, Scalar):
            if kind.type is date:
                return value.isoformat()
            return format(value, "f") if kind.type is Decimal else value
        if isinstance(kind, Enum):
            return value.value
        if isinstance(kind, Opt):
            return None if value is None else self.json_of(kind.inner, value)
        if isinstance(kind, Tup):
            return [self.json_of(kind.inner, x) for x in value]
        shape = self.shapes[kind.key]
        if shape.form == "text":
            return TEXT_FORMS[shape.cls.__name__][1](value)
        if shape.form == "value":
            only = shape.fields[0]
            return self.json_of(only.kind, getattr(value, only.name))
        return {f.name: self.json_of(f.kind, getattr(value, f.name)) for f in shape.fields}

    # ------------------------------------------------------------ the structure floor

    def floor(self, cls: type) -> Callable[[Any], Any]:
        code = _Code()
        name = self._floor_func(code, self.root(cls))
        return code.compile()[name]

    def floor_source(self, cls: type) -> str:
        code = _Code()
        self._floor_func(code, self.root(cls))
        return "\n".join(code.lines)

    def _floor_func(self, code: _Code, key: Key) -> str:
        if key in code.done:
            return code.done[key]
        shape = self.shapes[key]
        name = code.done[key] = f"floor_{''.join(c for c in shape.name if c.isalnum())}"
        parts = []
        for f in shape.fields:
            if f.default is attrs.NOTHING:
                parts.append(f"{f.name}={self._floor_expr(code, f.kind, f'd[{f.name!r}]')}")
            elif _simple(f.default):
                get = f"d.get({f.name!r}, {_literal(f.default)!r})"
                parts.append(f"{f.name}={self._floor_expr(code, f.kind, get)}")
            else:
                held, v = code.add(self.to_bare(f.kind, f.default), "default"), code.temp()
                built = self._floor_expr(code, f.kind, v)
                parts.append(f"{f.name}=({held} if ({v} := d.get({f.name!r}, _ABSENT)) is _ABSENT else {built})")
        bare = code.add(self._bare_of(key), "Bare")
        code.lines += [f"def {name}(d):", f"    return {bare}(", *(f"        {p}," for p in parts), "    )"]
        return name

    def _floor_expr(self, code: _Code, kind: Kind, expr: str) -> str:
        if isinstance(kind, Scalar):
            if kind.type is date:
                return f"_fromiso({expr})"
            return f"_Decimal({expr})" if kind.type is Decimal else expr
        if isinstance(kind, Enum):
            return f"{code.add({m.value: m for m in kind.cls}, kind.cls.__name__)}[{expr}]"
        if isinstance(kind, Opt):
            w = code.temp()
            inner = self._floor_expr(code, kind.inner, w)
            return expr if inner == w else f"(None if ({w} := {expr}) is None else {inner})"
        if isinstance(kind, Tup):
            x = code.temp()
            inner = self._floor_expr(code, kind.inner, x)
            return f"tuple({expr})" if inner == x else f"tuple([{inner} for {x} in {expr}])"
        shape = self.shapes[kind.key]
        if shape.form == "value":
            bare = code.add(self._bare_of(kind.key), "Bare")
            return f"{bare}({self._floor_expr(code, shape.fields[0].kind, expr)})"
        if shape.form == "text":
            parse = self._text.get(kind.key)
            if parse is None:
                parse = self._text[kind.key] = TEXT_FORMS[shape.cls.__name__][0](shape, self._bare_of(kind.key))
            return f"{code.add(parse, 'parse')}({expr})"
        return f"{self._floor_func(code, kind.key)}({expr})"

    # ------------------------------------------------------------ construction from values

    def builder(self, cls: type, *, library: bool) -> Callable[[Any], Any]:
        """A function building ``cls`` (``library=True``) or its bare class from a bare tree of values."""
        code = _Code()
        name = self._make_func(code, self.root(cls), library)
        return code.compile()[name]

    def _target(self, key: Key, library: bool) -> type:
        return key[0] if library else self._bare_of(key)

    def _make_func(self, code: _Code, key: Key, library: bool) -> str:
        if key in code.done:
            return code.done[key]
        shape = self.shapes[key]
        name = code.done[key] = f"make_{''.join(c for c in shape.name if c.isalnum())}"
        parts = [f"{f.name}={self._make_expr(code, f.kind, f's.{f.name}', library)}" for f in shape.fields]
        target = code.add(self._target(key, library), "T")
        code.lines += [f"def {name}(s):", f"    return {target}(", *(f"        {p}," for p in parts), "    )"]
        return name

    def _make_expr(self, code: _Code, kind: Kind, expr: str, library: bool) -> str:
        if isinstance(kind, Scalar | Enum):
            return expr
        if isinstance(kind, Opt):
            w = code.temp()
            inner = self._make_expr(code, kind.inner, w, library)
            return expr if inner == w else f"(None if ({w} := {expr}) is None else {inner})"
        if isinstance(kind, Tup):
            x = code.temp()
            inner = self._make_expr(code, kind.inner, x, library)
            return expr if inner == x else f"tuple([{inner} for {x} in {expr}])"
        shape = self.shapes[kind.key]
        if shape.form == "value":
            only = shape.fields[0]
            target = code.add(self._target(kind.key, library), "T")
            return f"{target}({self._make_expr(code, only.kind, f'{expr}.{only.name}', library)})"
        return f"{self._make_func(code, kind.key, library)}({expr})"

    # ------------------------------------------------------------ the msgspec reference

    def struct(self, cls: type) -> Any:
        return self._struct_type(Rec(self.root(cls)))

    def _struct_type(self, kind: Kind) -> Any:
        if isinstance(kind, Scalar):
            return kind.type
        if isinstance(kind, Enum):
            return kind.cls
        if isinstance(kind, Opt):
            return typing.Optional[self._struct_type(kind.inner)]  # noqa: UP045 - a runtime type expression
        if isinstance(kind, Tup):
            return tuple[self._struct_type(kind.inner), ...]
        shape = self.shapes[kind.key]
        if shape.form == "text":
            return str
        if shape.form == "value":
            return self._struct_type(shape.fields[0].kind)
        found = self._struct.get(kind.key)
        if found is None:
            specs: list[Any] = []
            for f in shape.fields:
                ftype = self._struct_type(f.kind)
                if f.default is attrs.NOTHING:
                    specs.append((f.name, ftype))
                else:
                    default = msgspec.convert(self.json_of(f.kind, f.default), type=ftype)
                    specs.append((f.name, ftype, default))
            name = "Struct" + "".join(c for c in shape.name if c.isalnum())
            found = msgspec.defstruct(name, specs, frozen=True, kw_only=True, forbid_unknown_fields=True)
            self._struct[kind.key] = found
        return found


def _simple(value: Any) -> bool:
    return value is None or value == () or type(value) in (bool, int, str) or isinstance(value, enum.Enum)


def _literal(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value
