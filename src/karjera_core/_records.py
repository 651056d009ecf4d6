"""Records built from their declared fields (private; layer 1).

:func:`record` turns a class whose fields are declared with
:mod:`karjera_core._fields` into a frozen, slotted attrs class, and derives
from that one declaration, once per class:

* the constructor: a generated ``__init__`` whose fast path is one compiled
  condition over the arguments; only when it fails is every problem listed,
  with its path, code and message, in one ``ValidationError``;
* the cross-field rules, methods marked with :func:`rule` that return ``None`` when they hold and a
  :class:`~karjera_core._fields.Flaw` (or several) when they do not -- run on every construction and structuring;
* a trusted builder for values already checked; the converter's loader (fast, building in place as the builder
  does, then slow with every problem and its path), its dumper and the JSON Schema.

A record with one positional field (``SchoolYear(2016)``) is a value type: JSON writes it as that field's
value.  A record declared ``as_text`` (a project number) is written as its ``str()`` and read with its ``parse``.
"""

from __future__ import annotations

import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date
from itertools import islice
from typing import Any, ClassVar, TypeVar, dataclass_transform, overload

import attrs

from karjera_core import _compile as c
from karjera_core import _fields as f
from karjera_core._bulk import load_records
from karjera_core._compile import BAD, KEY, Default, Flaw, Kind, Scope, Sink
from karjera_core._fields import Spec
from karjera_core._personal_code import shown_key

__all__ = ["Plan", "error", "infer", "is_record", "plan_of", "raise_with", "record", "rule"]

T = TypeVar("T")
#: What the errors layer gives the toolkit: a function making the error to raise from a sink.
_RAISE: list[Callable[[Sink], BaseException]] = []


def raise_with(make: Callable[[Sink], BaseException]) -> None:
    """Tell the toolkit how to turn collected problems into the library's error (done once, by ``errors``)."""
    _RAISE.append(make)


def error(sink: Sink) -> BaseException:
    """The library's error for the problems in ``sink``."""
    return _RAISE[0](sink)


def rule(*fields: str) -> Callable[[Callable[[Any], Any]], Callable[[Any], Any]]:
    """Mark a method as a cross-field rule reading ``fields`` (all fields when none are named).

    The method returns ``None`` when the rule holds, else a ``Flaw`` or an iterable of them, with paths from
    the record (``"$.closed"``).  It runs only once every field it reads is valid.
    """

    def mark(method: Callable[[Any], Any]) -> Callable[[Any], Any]:
        method.__karjera_rule__ = fields  # type: ignore[attr-defined]
        return method

    return mark


def _flaws(found: Any) -> Iterable[Flaw]:
    return () if found is None else (found,) if isinstance(found, Flaw) else found


# ---------------------------------------------------------------- the record kind


@attrs.frozen
class Record(Kind):
    """A nested record of the library, or a value type written as its one value.

    ``args`` are the type arguments of a generic record (``Schedule[Ratio]``).
    """

    cls: type
    args: tuple[Any, ...] = ()
    code = "record.type"

    @property
    def what(self) -> str:  # type: ignore[override]
        return c.article(self.plan.name)

    @property
    def plan(self) -> Plan:
        return specialised(self.cls, self.args) if self.args else plan_of(self.cls)

    def check(self, v: str, scope: Scope) -> str:
        plain = f"type({v}) is {scope.add(self.cls, 'cls')}"
        return f"{plain} and {scope.add(self.plan.holds, 'holds')}({v})" if self.args else plain

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return "True", f"{scope.add(self.plan.loader, 'load')}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        return self.plan.slow(data, path, sink)

    def load_each(self, items: list[Any], sink: Sink) -> list[Any]:
        return super().load_each(items, sink) if self.plan.as_text else load_records(self.plan, items, sink)

    @property
    def json_type(self) -> type | None:  # type: ignore[override]
        plan = self.plan
        return str if plan.as_text else plan.fields[0].kind.json_type if plan.scalar else dict

    @property
    def json_code(self) -> str:  # type: ignore[override]
        plan = self.plan
        if plan.as_text:
            return "type.string"
        return plan.fields[0].kind.json_code if plan.scalar else "type.object"

    def dump(self, expr: str, scope: Scope) -> str:
        inline = self.plan.inline_dump(expr, scope)
        return f"{scope.add(self.plan.dumper, 'dump')}({expr})" if inline is None else inline

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self.plan.schema(defs)


@attrs.frozen
class AnyRecord(Kind):
    """The value of a generic record's type parameter: any record of the library (``Step(value=...)``)."""

    code = "record.type"
    what = "a record of the library"

    def check(self, v: str, scope: Scope) -> str:
        return f"{scope.add(is_record, 'is_record')}(type({v}))"

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return "False", v

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        sink.add(path, "structure.type", "expected the type's parameter, as in structure(data, Schedule[X])")
        return BAD

    def dump(self, expr: str, scope: Scope) -> str:
        return f"{scope.add(_dump_any, 'dump_any')}({expr})"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {}


def _dump_any(value: Any) -> Any:
    return plan_of(type(value)).dumper(value)


def infer(hint: Any, spec_kind: Kind | None) -> Kind:
    """The kind of a field from its annotation ``hint`` and what it declares."""
    inner, optional = hint, False
    args = typing.get_args(hint)
    if _is_union(hint) and type(None) in args:
        rest = tuple(a for a in args if a is not type(None))
        inner, optional = functools.reduce(operator.or_, rest), True
    kind = _infer_inner(inner, spec_kind)
    return f.Optional(kind) if optional and not isinstance(kind, f.Optional) else kind


def _infer_inner(hint: Any, spec_kind: Kind | None) -> Kind:
    if isinstance(spec_kind, f.Items):
        if typing.get_origin(hint) is not tuple:
            raise TypeError(f"items() declared for a field annotated {hint!r}, not tuple[X, ...]")
        if spec_kind.item is c.INFER:
            item = _infer_inner(typing.get_args(hint)[0], None)
            return f.Items(item, spec_kind.max_size, spec_kind.min_size)
        return spec_kind
    if spec_kind is not None:
        return spec_kind
    if _is_union(hint):
        return f.OneOf(tuple(_infer_inner(a, None) for a in typing.get_args(hint)))
    if hint is date:
        return f.Day()
    if hint is bool:
        return f.Bool()
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return f.Enum(hint)
    if isinstance(hint, TypeVar):
        return AnyRecord()
    if isinstance(hint, type) and hasattr(hint, "__karjera_plan__"):
        return Record(hint)
    origin = typing.get_origin(hint)
    if isinstance(origin, type) and hasattr(origin, "__karjera_plan__"):
        args = typing.get_args(hint)
        return Record(origin, () if any(isinstance(a, TypeVar) for a in args) else args)
    if typing.get_origin(hint) is tuple:
        return f.Items(_infer_inner(typing.get_args(hint)[0], None))
    raise TypeError(f"declare the kind of a field annotated {hint!r}: str, int and Decimal need their bounds")


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)


# ---------------------------------------------------------------- the plan of one record


@attrs.define
class Field:
    name: str
    kind: Kind
    spec: Spec
    default: Any
    path: str

    @property
    def required(self) -> bool:
        return self.default is attrs.NOTHING


@attrs.define
class Plan:
    """Everything derived from one record's declaration."""

    cls: type
    scalar: bool
    as_text: bool
    name: str = ""
    fields: list[Field] = attrs.Factory(list)
    rules: list[tuple[Callable[[Any], Any], frozenset[str]]] = attrs.Factory(list)
    build: Callable[..., Any] = attrs.field(default=None)
    _loader: Callable[[Any], Any] | None = None
    _dumper: Callable[[Any], Any] | None = None
    _holds: Callable[[Any], bool] | None = None
    #: The loader builds the record in place, as :attr:`build` does (a caller's class has a builder of its own).
    in_place: ClassVar[bool] = True

    @property
    def holds(self) -> Callable[[Any], bool]:
        """True for an instance whose fields are of this plan's kinds (for a generic record's type arguments)."""
        if self._holds is None:
            scope = c.new_scope()
            checks = [f"({x.kind.check('obj.' + x.name, scope)})" for x in self.fields]
            self._holds = scope[c.define(scope, "holds", [f"return {' and '.join(checks) or 'True'}"], "obj")]
        return self._holds

    # -------------------------------------------------------- construction

    def compile(self) -> None:
        hints = typing.get_type_hints(self.cls)
        for attribute in attrs.fields(self.cls):
            spec: Spec = attribute.metadata.get(KEY, Spec(None))
            kind = infer(hints[attribute.name], spec.kind)
            path = "$" if self.scalar else f"$.{attribute.name}"
            self.fields.append(Field(attribute.name, kind, spec, attribute.default, path))
        for value in vars(self.cls).values():
            reads = getattr(value, "__karjera_rule__", None)
            if reads is not None:
                self.rules.append((value, frozenset(reads or [x.name for x in self.fields])))
        self._make_build()
        self._make_init()

    def _make_build(self) -> None:
        scope = c.new_scope()
        scope.update(_new=object.__new__, _cls=self.cls)
        names = [x.name for x in self.fields]
        body = ["self = _new(_cls)", *(c.set_slot(self.cls, n, scope) for n in names), "return self"]
        self.build = scope[c.define(scope, "build", body, ", ".join(names))]

    def _make_init(self) -> None:
        scope = c.new_scope()
        scope.update(_reject=self.reject)
        params, before, checks, after = [], [], [], []
        for x in self.fields:
            n = x.name
            if x.required:
                params.append(n)
            else:
                shown = x.default if len(repr(x.default)) <= 40 else Default(f"<{type(x.default).__name__}>")
                marker = scope.add(shown, "default")
                params.append(f"{n}={marker}")
                if shown is not x.default:
                    before.append(f"if {n} is {marker}: {n} = {scope.add(x.default, 'value')}")
            if x.spec.convert is not None:
                before.append(f"{n} = {scope.add(x.spec.convert, 'convert')}({n})")
            checks.append(f"({x.kind.check(n, scope)})")
            if x.spec.canonical is not None:
                after.append(f"{n} = {scope.add(x.spec.canonical, 'canonical')}({n})")
        names = [x.name for x in self.fields]
        rules = " and ".join(f"{scope.add(r, 'rule')}(self) is None" for r, _ in self.rules) or "True"
        body = [
            *before,
            f"if {' and '.join(checks) or 'True'}:",
            *(f"    {line}" for line in after),
            *(f"    {c.set_slot(self.cls, n, scope)}" for n in names),
            f"    if {rules}:",
            "        return",
            f"_reject({', '.join(names)})",
        ]
        signature = ", ".join(params) if self.scalar else ", ".join(["*", *params]) if params else ""
        init = scope[c.define(scope, "init", body, ", ".join(x for x in ["self", signature] if x))]
        init.__name__ = init.__qualname__ = "__init__"
        init.__doc__ = f"Build a validated {self.cls.__name__}; a ValidationError lists every problem."
        self.cls.__init__ = init  # type: ignore[misc]

    def reject(self, *values: Any) -> None:
        """Raise the error listing every problem of the constructor's ``values``.

        Called when the fast check or a rule failed.  A rule that returned an
        empty iterable of flaws holds (as on the JSON path): then, every field
        being valid and already set, nothing is raised.
        """
        sink, bad = Sink(), set()
        for x, value in zip(self.fields, values, strict=True):
            if not c.predicate(x.kind)(value):
                x.kind.problems(value, x.path, sink)
                bad.add(x.name)
        if self.finish(list(values), bad, "$", sink) is BAD:
            raise error(sink)

    # -------------------------------------------------------- JSON in

    @property
    def loader(self) -> Callable[[Any], Any]:
        """The fast loader: builds from well-formed data, raises anything else (see ``structure``)."""
        if self._loader is None:
            self._loader = self._make_loader()
        return self._loader

    def _make_loader(self) -> Callable[[Any], Any]:
        scope = c.new_scope()
        scope.update(_new=object.__new__, _cls=self.cls, _build=self.build, _absent=BAD)
        if self.as_text:
            scope["_parse"] = self.cls.parse  # type: ignore[attr-defined]
            text = ["if type(data) is not str: raise _Fallback", "return _parse(data)"]
            return typing.cast("Callable[[Any], Any]", scope[c.define(scope, "load", text, "data")])
        body: list[str] = []
        shapes, builds, optional = [], [], []
        for index, x in enumerate(self.fields):
            v = f"v{index}"
            shape, build = x.kind.load(v, scope)
            if x.spec.canonical is not None:
                build = f"{scope.add(x.spec.canonical, 'canonical')}({build})"
            if self.scalar:
                body.append(f"{v} = data")
            elif x.required:
                body.append(f"{v} = data[{x.name!r}]")
            else:
                body.append(f"{v} = data.get({x.name!r}, _absent)")
                optional.append(v)
                shape = f"({v} is _absent or ({shape}))"
                build = f"({scope.add(x.default, 'default')} if {v} is _absent else {build})"
            shapes.append(shape)
            builds.append(build)
        rules = " or ".join(f"{scope.add(r, 'rule')}(obj) is not None" for r, _ in self.rules)
        if not self.scalar:  # every key known: as many keys as fields found (each found key is a field's)
            found = " + ".join([str(len(self.fields) - len(optional)), *(f"({v} is not _absent)" for v in optional)])
            body = ["if type(data) is not dict: raise _Fallback", *body]
            body.append(f"if len(data) != {found}: raise _Fallback")
        if self.in_place:  # the values (a nested record failing raises first), then the record built as build() does
            making = [f"v{k} = {b}" for k, b in enumerate(builds) if b != f"v{k}"] + ["obj = _new(_cls)"]
            making += [c.set_slot(self.cls, x.name, scope, "obj", f"v{k}") for k, x in enumerate(self.fields)]
        else:
            making = [f"obj = _build({', '.join(builds)})"]
        body = [
            *body,
            f"if not ({' and '.join(shapes) or 'True'}): raise _Fallback",
            *making,
            *([f"if {rules}: raise _Fallback"] if rules else []),
            "return obj",
        ]
        loader: Callable[[Any], Any] = scope[c.define(scope, "load", body, "data")]
        return loader

    def slow(self, data: Any, path: str, sink: Sink) -> Any:
        """Build from ``data`` reporting every problem into ``sink`` with its path; ``BAD`` when it cannot."""
        if self.as_text:
            return self._slow_text(data, path, sink)
        if self.scalar:
            x = self.fields[0]
            value = x.kind.load_slow(data, path, sink)
            values = {x.name: value}
        else:
            if type(data) is not dict:
                sink.add(path, "type.object", "expected an object")
                return BAD
            values = self._slow_fields(data, path, sink)
        bad = {name for name, value in values.items() if value is BAD}
        return self.finish([values[x.name] for x in self.fields], bad, path, sink)

    def finish(self, values: list[Any], bad: set[str], path: str, sink: Sink) -> Any:
        """The record of its fields' ``values`` (``BAD`` in the fields named in ``bad``) as the slow paths end:
        canonical forms of the valid values, then, as the constructor, the rules whose fields are all valid;
        ``BAD`` when any field or rule failed (at once when no rule can run)."""
        if bad and all(reads & bad for _, reads in self.rules):
            return BAD
        for j, x in enumerate(self.fields):
            if x.spec.canonical is not None and x.name not in bad:
                values[j] = x.spec.canonical(values[j])
        obj, before = self.build(*values), len(sink)
        for check, reads in self.rules:
            if not reads & bad:
                for flaw in _flaws(check(obj)):
                    sink.add(path + flaw.path[1:], flaw.code, flaw.message)
        return BAD if bad or len(sink) != before else obj

    def _slow_fields(self, data: dict[Any, Any], path: str, sink: Sink) -> dict[str, Any]:
        """The fields' values from ``data`` (``BAD`` where one fails), every problem reported: unknown keys by
        name (unless unsafe or like a personal code) first, taking no more room than the fields' problems leave
        (and at least half of it); the rest are counted, never looked at."""
        unknown = len(data) - sum(1 for x in self.fields if x.name in data)
        if not unknown:
            return self._slow_values(data, path, sink)
        if sink.full:
            sink.count("object.unknown_key", unknown)
            return self._slow_values(data, path, sink)
        inner = Sink()
        values = self._slow_values(data, path, inner)
        room = c.CAP - len(sink.flaws)
        listed = min(unknown, max(room - len(inner.flaws), room // 2) if inner else room)
        if listed:
            self._unknown_keys(data, path, listed, sink)
        if unknown > listed:
            sink.count("object.unknown_key", unknown - listed)
        sink.merge(inner)
        return values

    def _unknown_keys(self, data: dict[Any, Any], path: str, listed: int, sink: Sink) -> None:
        """Report the first ``listed`` unknown keys of ``data``."""
        known = {x.name for x in self.fields}
        expected = ", ".join(x.name for x in self.fields)
        for key in islice((key for key in data if key not in known), listed):
            if shown_key(key):
                sink.add(f"{path}.{key}", "object.unknown_key", f"unexpected key; expected only: {expected}")
            else:
                sink.add(
                    path, "object.unknown_key", f"unexpected key (its name is not shown); expected only: {expected}"
                )

    def _slow_values(self, data: dict[Any, Any], path: str, sink: Sink) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for x in self.fields:
            sub = path if sink.full else f"{path}.{x.name}"  # a full sink reads no more paths
            if x.name in data:
                values[x.name] = x.kind.load_slow(data[x.name], sub, sink)
            elif x.required:
                sink.add(sub, "object.missing_key", "expected this key")
                values[x.name] = BAD
            else:
                values[x.name] = x.default
        return values

    def _slow_text(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not str:
            sink.add(path, "type.string", "expected a string")
            return BAD
        try:
            return self.cls.parse(data)  # type: ignore[attr-defined]
        except ValueError as problem:
            for p in getattr(problem, "problems", ()):
                sink.add(path + p.path[1:], p.code, p.message)
            return BAD

    # -------------------------------------------------------- JSON out

    @property
    def dumper(self) -> Callable[[Any], Any]:
        """The function writing a record as JSON data."""
        if self._dumper is None:
            scope, outer = c.new_scope(), _INLINING[0]
            _INLINING[0] = 0  # a dumper made while another is being made inlines as deep as any
            if self.as_text:
                self._dumper = str
            elif self.scalar:
                x = self.fields[0]
                self._dumper = scope[c.define(scope, "dump", [f"return {x.kind.dump('obj.' + x.name, scope)}"], "obj")]
            else:
                items = [f"{x.name!r}: {x.kind.dump('obj.' + x.name, scope)}," for x in self.fields]
                self._dumper = scope[c.define(scope, "dump", ["return {", *items, "}"], "obj")]
            _INLINING[0] = outer
        return self._dumper

    def inline_dump(self, expr: str, scope: Scope) -> str | None:
        """The record ``expr`` written in place (no call of its dumper), up to :data:`_INLINE_DEPTH` deep; or None."""
        if self.as_text or _INLINING[0] >= _INLINE_DEPTH:
            return None
        named = expr.isidentifier()  # an item's name in a comprehension or an optional's: read as it is
        _INLINING[0], held = _INLINING[0] + 1, expr if named else scope.add(None, "r")
        if self.scalar:
            found = self.fields[0].kind.dump(f"{expr}.{self.fields[0].name}", scope)
        else:
            items = ", ".join(f"{x.name!r}: {x.kind.dump(f'{held}.{x.name}', scope)}" for x in self.fields)
            found = f"{{{items}}}" if named else f"({{{items}}} if ({held} := {expr}) is not None else None)"
        _INLINING[0] -= 1
        return found

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """The JSON Schema of this record's JSON form, its definition kept in ``defs``."""
        name = self.name.replace("[", "_").replace("]", "").replace(", ", "_")
        if name not in defs:
            defs[name] = {}  # reserved first: a record may be reached again while its fields are described
            if self.as_text:
                body: dict[str, Any] = {"type": "string", "description": f"a {name} in its written form"}
            elif self.scalar:
                body = self.fields[0].kind.schema(defs)
            else:
                body = {
                    "type": "object",
                    "properties": {x.name: x.kind.schema(defs) for x in self.fields},
                    "required": [x.name for x in self.fields if x.required],
                    "additionalProperties": False,
                }
            body["title"] = self.name
            defs[name] = body
        return {"$ref": f"#/$defs/{name}"}


_INLINE_DEPTH, _INLINING = 4, [0]  # how deep dumpers inline records (Plan.inline_dump); the depth now

_SPECIALISED: dict[tuple[type, tuple[Any, ...]], Plan] = {}


def specialised(cls: type, args: tuple[Any, ...]) -> Plan:
    """The plan of generic record ``cls`` with its type parameters bound to ``args``."""
    found = _SPECIALISED.get((cls, args))
    if found is None:
        base = plan_of(cls)
        names = ", ".join(getattr(a, "__name__", repr(a)) for a in args)
        found = Plan(cls, base.scalar, base.as_text, f"{base.name}[{names}]", rules=base.rules, build=base.build)
        mapping = dict(zip(cls.__parameters__, args, strict=True))  # type: ignore[attr-defined]
        hints = typing.get_type_hints(cls)
        for x in base.fields:
            hint = hints[x.name]
            params = getattr(hint, "__parameters__", ())
            if isinstance(hint, TypeVar):
                hint = mapping[hint]
            elif params:
                hint = hint[tuple(mapping[p] for p in params)]
            found.fields.append(Field(x.name, infer(hint, x.spec.kind), x.spec, x.default, x.path))
        _SPECIALISED[(cls, args)] = found
    return found


def plan_of(cls: type) -> Plan:
    """The plan of a record class (compiled on first use)."""
    found: Plan = cls.__karjera_plan__  # type: ignore[attr-defined]
    if not found.fields and attrs.fields(cls):
        found.compile()
    return found


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, kw_only: bool = True, order: bool = False, as_text: bool = False) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform(
    frozen_default=True,
    kw_only_default=True,
    field_specifiers=(
        attrs.field,
        f.field,
        f.name,
        f.text,
        f.ident,
        f.code,
        f.choice,
        f.integer,
        f.count,
        f.decimal,
        f.items,
    ),
)
def record(cls: Any = None, /, *, kw_only: bool = True, order: bool = False, as_text: bool = False) -> Any:
    """Make ``cls`` a frozen record whose checks, hooks and schema come from its declared fields."""

    def wrap(target: type[T]) -> type[T]:
        own_repr = "__repr__" in vars(target)
        built: Any = attrs.frozen(target, init=False, kw_only=kw_only, order=order, repr=not own_repr)
        scalar = not kw_only and len(attrs.fields(built)) == 1
        built.__karjera_plan__ = plan = Plan(built, scalar, as_text, target.__name__)
        try:
            plan.compile()
        except NameError:  # a forward reference: compiled on first use instead
            plan.fields.clear()
            built.__init__ = _late(built)
        return built  # type: ignore[no-any-return]

    return wrap if cls is None else wrap(cls)


def _late(cls: type) -> Callable[..., None]:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        plan_of(cls)
        cls.__init__(self, *args, **kwargs)  # type: ignore[misc]

    return __init__


def is_record(cls: Any) -> bool:
    """True for a class declared with :func:`record`."""
    return isinstance(cls, type) and "__karjera_plan__" in vars(cls)
