"""Strict JSON-compatible structuring and unstructuring of every library type.

One converter is built by the library (never cattrs' global one):
:func:`make_converter` returns a fresh configured :class:`cattrs.Converter`;
:func:`structure` and :func:`unstructure` use a shared instance.

What goes out (``unstructure``) is plain JSON data:

* a record becomes a dict keyed by its field names, every field present;
* a date is ``"YYYY-MM-DD"``, money and other decimals are decimal strings,
  an enumeration is its value, a tuple is a list;
* a single-value type (``SchoolYear(2016)``, ``Grade(5)``) becomes its value,
  and a type with a canonical text form (a project number) becomes that text.

What comes in (``structure``) is checked strictly: no coercion (``"false"`` is
no bool, ``12345`` no string, ``3.9`` no int), unknown keys refused, missing
keys reported (a field with a default may be left out), only ``YYYY-MM-DD``
for dates.  Every problem is reported at once, with its path, in one
:class:`~karjera_core.errors.ValidationError`.

>>> from karjera_core.time import DateRange
>>> unstructure(DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31)))
{'start': '2024-10-01', 'end': '2029-12-31'}
>>> structure({"start": "2024-10-01", "end": None}, DateRange)
DateRange(start=datetime.date(2024, 10, 1), end=None)
>>> structure({"start": "20241001", "finish": None}, DateRange)
Traceback (most recent call last):
...
karjera_core.errors.ValidationError: 2 problems:
  $: unexpected key; expected only the keys: start, end [object.unknown_key]
  $.start: expected a date written YYYY-MM-DD [date.format]

How it is fast: for each record type a structuring function is generated once
that builds the object straight from a well-formed dict, letting the class's
own single validation do the checking; only when that fails is the input walked
again, slowly, to report every problem with its path.
"""

from __future__ import annotations

import enum
import operator
import re
import types
import typing
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs

from karjera_core.errors import PersonalDataRejected, ValidationError, fail
from karjera_core.money import Money

__all__ = ["make_converter"]

T = TypeVar("T")
StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?")


# ---------------------------------------------------------------- leaf values


def _structure_str(value: Any, _: Any) -> str:
    if type(value) is not str:
        fail("$", "type.string", "expected a string")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if type(value) is not int:
        fail("$", "type.integer", "expected an integer")
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if type(value) is not bool:
        fail("$", "type.boolean", "expected true or false")
    return value


def _structure_date(value: Any, _: Any) -> date:
    if type(value) is not str or not _DATE.fullmatch(value):
        fail("$", "date.format", "expected a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail("$", "date.invalid", "expected a real calendar date")


def _structure_decimal(value: Any, _: Any) -> Decimal:
    if type(value) is not str or not _DECIMAL.fullmatch(value):
        fail("$", "decimal.format", "expected a decimal number written as a string, such as '0.30'")
    return Decimal(value)


def _structure_money(value: Any, _: Any) -> Money:
    if type(value) is not str:
        fail("$", "money.format", "expected euros written as a decimal string, such as '1234.50'")
    return Money(value)


def _unstructure_decimal(value: Decimal) -> str:
    return format(value, "f")


def _unstructure_date(value: date) -> str:
    return value.isoformat()


def _unstructure_money(value: Money) -> str:
    return format(value.amount, "f")


# ---------------------------------------------------------------- predicates


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _optional_of(cls: Any) -> Any:
    """``X`` when ``cls`` is ``X | None``, else ``None``."""
    args = typing.get_args(cls)
    if typing.get_origin(cls) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return None


def _is_optional(cls: Any) -> bool:
    return _optional_of(cls) is not None


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_text_type(cls: Any) -> bool:
    return attrs.has(cls) and getattr(cls, "__karjera_text__", False) is True


def _is_scalar_record(cls: Any) -> bool:
    """A single-value type: an attrs class with one positional field."""
    return attrs.has(cls) and len(fields := attrs.fields(cls)) == 1 and not fields[0].kw_only and fields[0].init


def _field_types(cls: type) -> dict[str, Any]:
    attrs.resolve_types(cls)
    return {f.name: f.type for f in attrs.fields(cls)}


# ---------------------------------------------------------------- structure factories


def _collect(errors: list[ValidationError]) -> ValidationError:
    problems = [p for e in errors for p in e.problems]
    kind = PersonalDataRejected if any(isinstance(e, PersonalDataRejected) for e in errors) else ValidationError
    return kind(problems)


def _enum_structure(converter: cattrs.Converter) -> Callable[[Any], StructureHook]:
    def factory(cls: type[enum.Enum]) -> StructureHook:
        members: dict[Any, enum.Enum] = {m.value: m for m in cls}
        allowed = ", ".join(sorted(str(v) for v in members))

        def hook(value: Any, _: Any) -> enum.Enum:
            if type(value) is str and value in members:
                return members[value]
            fail("$", "enum.value", f"expected one of: {allowed}")

        return hook

    return factory


def _optional_structure(converter: cattrs.Converter) -> Callable[[Any], StructureHook]:
    def factory(cls: Any) -> StructureHook:
        inner = converter.get_structure_hook(_optional_of(cls))
        inner_type = _optional_of(cls)

        def hook(value: Any, _: Any) -> Any:
            return None if value is None else inner(value, inner_type)

        return hook

    return factory


def _tuple_structure(converter: cattrs.Converter) -> Callable[[Any], StructureHook]:
    def factory(cls: Any) -> StructureHook:
        item_type = typing.get_args(cls)[0]
        item = converter.get_structure_hook(item_type)

        def hook(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                fail("$", "type.array", "expected an array")
            try:
                return tuple([item(v, item_type) for v in value])
            except ValidationError:
                pass
            errors: list[ValidationError] = []
            for index, entry in enumerate(value):
                try:
                    item(entry, item_type)
                except ValidationError as error:
                    errors.append(error.under(f"$[{index}]"))
            raise _collect(errors)

        return hook

    return factory


def _text_structure(converter: cattrs.Converter) -> Callable[[Any], StructureHook]:
    def factory(cls: Any) -> StructureHook:
        parse = cls.parse

        def hook(value: Any, _: Any) -> Any:
            if type(value) is not str:
                fail("$", "type.string", "expected a string")
            return parse(value)

        return hook

    return factory


def _scalar_structure(converter: cattrs.Converter) -> Callable[[Any], StructureHook]:
    def factory(cls: Any) -> StructureHook:
        field_type = next(iter(_field_types(cls).values()))
        inner = converter.get_structure_hook(field_type)

        def hook(value: Any, _: Any) -> Any:
            return cls(inner(value, field_type))

        return hook

    return factory


def _record_structure(converter: cattrs.Converter) -> Callable[[Any], StructureHook]:
    def factory(cls: Any) -> StructureHook:
        fields = [f for f in attrs.fields(cls) if f.init]
        hints = _field_types(cls)
        names = [f.name for f in fields]
        known = frozenset(names)
        expected = ", ".join(names)
        hooks = {name: converter.get_structure_hook(hints[name]) for name in names}

        def slow(data: Any) -> Any:
            if type(data) is not dict:
                fail("$", "type.object", "expected an object")
            errors: list[ValidationError] = []
            if any(key not in known for key in data):
                errors.append(
                    ValidationError.single(
                        "$", "object.unknown_key", f"unexpected key; expected only the keys: {expected}"
                    )
                )
            values: dict[str, Any] = {}
            for field in fields:
                name = field.name
                if name not in data:
                    if field.default is attrs.NOTHING:
                        errors.append(ValidationError.single(f"$.{name}", "object.missing_key", "expected this key"))
                    continue
                try:
                    values[name] = hooks[name](data[name], hints[name])
                except ValidationError as error:
                    errors.append(error.under(f"$.{name}"))
            if errors:
                raise _collect(errors)
            return cls(**values)

        # The fast path: one generated function per class.  Plain fields go to
        # the constructor as they are (every library class checks their exact
        # type itself); dates are checked for the YYYY-MM-DD shape inline; other
        # fields use their own hooks.  Anything unexpected falls to ``slow``.
        scope: dict[str, Any] = {"cls": cls, "slow": slow, "fromiso": date.fromisoformat}
        reads, shapes, arguments = [], [], []
        for index, name in enumerate(names):
            value = f"v{index}"
            reads.append(f"            {value} = data[{name!r}]")
            inline = _inline_structure(hints[name], value, index, scope)
            if inline is None:
                scope[f"h{index}"], scope[f"t{index}"] = hooks[name], hints[name]
                arguments.append(f"{name}=h{index}({value}, t{index})")
            else:
                shape, expression = inline
                if shape:
                    shapes.append(shape)
                arguments.append(f"{name}={expression}")
        lines = [
            "def structure_record(data, _):",
            f"    if type(data) is dict and len(data) == {len(names)}:",
            "        try:",
            *reads,
            "        except KeyError:",
            "            return slow(data)",
            f"        if {' and '.join(shapes) or 'True'}:",
            "            try:",
            f"                return cls({', '.join(arguments)})",
            "            except (ValueError, KeyError):",
            "                pass",
            "    return slow(data)",
        ]
        exec("\n".join(lines), scope)  # noqa: S102 - generated from field names, not from input
        hook: StructureHook = scope["structure_record"]
        return hook

    return factory


_PLAIN = (str, int, bool)
#: The shape of a YYYY-MM-DD date, as a generated expression: with it, date.fromisoformat
#: accepts exactly the strings the strict pattern does (no "20240102", no week dates).
_DATE_SHAPE = '(type({v}) is str and len({v}) == 10 and {v}[4] == "-" and {v}[7] == "-" and {v}.isascii())'


def _inline_structure(field_type: Any, value: str, index: int, scope: dict[str, Any]) -> tuple[str, str] | None:
    """For the fast path: a check of the JSON shape and the expression building the field, or None for a hook.

    Plain fields go to the constructor as they are (every library class checks
    their exact type itself); dates, decimals and enumerations are built inline
    once their shape is right; an optional one of these passes ``None`` through.
    """
    if field_type in _PLAIN:
        return "", value
    if field_type is date:
        scope["fromiso"] = date.fromisoformat
        return _DATE_SHAPE.format(v=value), f"fromiso({value})"
    if field_type is Decimal:
        scope["decimal_text"], scope["Decimal"] = _DECIMAL.fullmatch, Decimal
        return f"(type({value}) is str and decimal_text({value}) is not None)", f"Decimal({value})"
    if _is_enum(field_type):
        scope[f"e{index}"] = {member.value: member for member in field_type}
        return f"type({value}) is str", f"e{index}[{value}]"
    inner = _optional_of(field_type)
    if inner is None:
        return None
    found = _inline_structure(inner, value, index, scope)
    if found is None:
        return None
    shape, expression = found
    if not shape:
        return "", value
    return f"({value} is None or {shape})", f"None if {value} is None else {expression}"


def _inline_unstructure(field_type: Any, access: str, index: int) -> str | None:
    """For the generated unstructure function: the expression writing the field, or None for a hook."""
    if field_type in _PLAIN:
        return access
    if field_type is date:
        return f"{access}.isoformat()"
    if field_type is Decimal:
        return f'format({access}, "f")'
    if _is_enum(field_type):
        return f"{access}.value"
    inner = _optional_of(field_type)
    if inner is None or inner in _PLAIN:
        return access if inner in _PLAIN else None
    expression = _inline_unstructure(inner, f"w{index}", index)
    if expression is None:
        return None
    return f"None if (w{index} := {access}) is None else {expression}"


# ---------------------------------------------------------------- unstructure factories


def _enum_unstructure(converter: cattrs.Converter) -> Callable[[Any], UnstructureHook]:
    def factory(cls: Any) -> UnstructureHook:
        def hook(value: enum.Enum) -> Any:
            return value.value

        return hook

    return factory


def _optional_unstructure(converter: cattrs.Converter) -> Callable[[Any], UnstructureHook]:
    def factory(cls: Any) -> UnstructureHook:
        inner = converter.get_unstructure_hook(_optional_of(cls))

        def hook(value: Any) -> Any:
            return None if value is None else inner(value)

        return hook

    return factory


def _tuple_unstructure(converter: cattrs.Converter) -> Callable[[Any], UnstructureHook]:
    def factory(cls: Any) -> UnstructureHook:
        item_type = typing.get_args(cls)[0]
        if item_type in _PLAIN:
            return list
        item = converter.get_unstructure_hook(item_type)

        def hook(value: tuple[Any, ...]) -> list[Any]:
            return [item(v) for v in value]

        return hook

    return factory


def _text_unstructure(converter: cattrs.Converter) -> Callable[[Any], UnstructureHook]:
    def factory(cls: Any) -> UnstructureHook:
        return str

    return factory


def _scalar_unstructure(converter: cattrs.Converter) -> Callable[[Any], UnstructureHook]:
    def factory(cls: Any) -> UnstructureHook:
        name, field_type = next(iter(_field_types(cls).items()))
        if field_type in _PLAIN:
            return operator.attrgetter(name)
        inner = converter.get_unstructure_hook(field_type)
        return lambda value: inner(getattr(value, name))

    return factory


def _record_unstructure(converter: cattrs.Converter) -> Callable[[Any], UnstructureHook]:
    def factory(cls: Any) -> UnstructureHook:
        hints = _field_types(cls)
        scope: dict[str, Any] = {}
        lines = ["def unstructure_record(obj):", "    return {"]
        for index, (name, field_type) in enumerate(hints.items()):
            expression = _inline_unstructure(field_type, f"obj.{name}", index)
            if expression is None:
                scope[f"h{index}"] = converter.get_unstructure_hook(field_type)
                expression = f"h{index}(obj.{name})"
            lines.append(f"        {name!r}: {expression},")
        lines.append("    }")
        exec("\n".join(lines), scope)  # noqa: S102 - generated from field names, not from input
        hook: UnstructureHook = scope["unstructure_record"]
        return hook

    return factory


# ---------------------------------------------------------------- the converter


def make_converter() -> cattrs.Converter:
    """A fresh converter configured with the library's strict rules.

    Hooks for each type are generated the first time the type is seen and
    cached by the converter, so build one converter and reuse it.
    """
    converter = cattrs.Converter()
    for kind, s_hook in ((str, _structure_str), (int, _structure_int), (bool, _structure_bool)):
        converter.register_structure_hook(kind, s_hook)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(Money, _structure_money)
    converter.register_unstructure_hook(date, _unstructure_date)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_unstructure_hook(Money, _unstructure_money)
    # Later registrations take precedence in cattrs, so the most general comes first.
    converter.register_structure_hook_factory(attrs.has, _record_structure(converter))
    converter.register_structure_hook_factory(_is_scalar_record, _scalar_structure(converter))
    converter.register_structure_hook_factory(_is_text_type, _text_structure(converter))
    converter.register_structure_hook_factory(_is_enum, _enum_structure(converter))
    converter.register_structure_hook_factory(_is_optional, _optional_structure(converter))
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_structure(converter))
    converter.register_unstructure_hook_factory(attrs.has, _record_unstructure(converter))
    converter.register_unstructure_hook_factory(_is_scalar_record, _scalar_unstructure(converter))
    converter.register_unstructure_hook_factory(_is_text_type, _text_unstructure(converter))
    converter.register_unstructure_hook_factory(_is_enum, _enum_unstructure(converter))
    converter.register_unstructure_hook_factory(_is_optional, _optional_unstructure(converter))
    converter.register_unstructure_hook_factory(_is_homogeneous_tuple, _tuple_unstructure(converter))
    # Declared records use their own hooks (temporary bridge while the library moves over).
    from karjera_core._records import is_record

    def _declared(cls: Any) -> StructureHook:
        from karjera_core import serialization

        return lambda data, _: serialization.structure(data, cls)

    def _declared_out(cls: Any) -> UnstructureHook:
        from karjera_core._records import plan_of

        return plan_of(cls).dumper

    converter.register_structure_hook_factory(is_record, _declared)
    converter.register_unstructure_hook_factory(is_record, _declared_out)
    # Money is an attrs class but serializes as one decimal string: register it again, last.
    converter.register_structure_hook(Money, _structure_money)
    converter.register_unstructure_hook(Money, _unstructure_money)
    return converter


_CONVERTER = make_converter()
_STRUCTURE_HOOKS: dict[Any, StructureHook] = {}
_UNSTRUCTURE_HOOKS: dict[type, UnstructureHook] = {}


def structure(data: Any, cls: type[T]) -> T:
    """Build a ``cls`` from JSON-compatible ``data``, strictly; a ValidationError on any problem.

    >>> from karjera_core.time import SchoolYear
    >>> structure(2016, SchoolYear)
    SchoolYear(2016)
    """
    hook = _STRUCTURE_HOOKS.get(cls)
    if hook is None:
        hook = _STRUCTURE_HOOKS[cls] = _CONVERTER.get_structure_hook(cls)
    result: T = hook(data, cls)
    return result


def unstructure(obj: Any) -> Any:
    """The JSON-compatible data for ``obj``: dicts, lists, strings, ints, bools and None.

    >>> unstructure(Money("12.5"))
    '12.50'
    """
    cls = type(obj)
    hook = _UNSTRUCTURE_HOOKS.get(cls)
    if hook is None:
        hook = _UNSTRUCTURE_HOOKS[cls] = _CONVERTER.get_unstructure_hook(cls)
    return hook(obj)
