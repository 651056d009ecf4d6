"""Strict JSON-compatible structuring and unstructuring of every library type.

What goes out (``unstructure``) is plain JSON data:

* a record becomes a dict keyed by its field names, every field present;
* a date is ``"YYYY-MM-DD"``, money and other decimals are decimal strings,
  an enumeration is its value, a tuple is a list;
* a value type (``SchoolYear(2016)``, ``Grade(5)``) becomes its value, and a
  type with a canonical text form (a project number) becomes that text.

What comes in (``structure``) is checked strictly: no coercion (``"false"`` is
no bool, ``12345`` no string, ``3.9`` no int), unknown keys refused by name,
missing keys reported (a field with a default may be left out), only
``YYYY-MM-DD`` for dates.  Every problem is reported at once, with its path,
in one :class:`~karjera_core.errors.ValidationError`; no other exception
escapes, whatever the input.  Besides the library's types, ``structure`` reads
envelopes built of them -- ``dict[str, X]``, ``tuple[X, ...]``, ``X | None``
and a caller's own attrs class or ``TypedDict`` -- with the same strictness.
Sizes are checked before items are read and an error lists the first 50
problems, so refusing a large input costs little.

>>> from karjera_core.time import DateRange
>>> unstructure(DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31)))
{'start': '2024-10-01', 'end': '2029-12-31'}
>>> structure({"start": "2024-10-01", "end": None}, DateRange)
DateRange(start=datetime.date(2024, 10, 1), end=None)
>>> structure({"start": "20241001", "finish": None}, DateRange)
Traceback (most recent call last):
...
karjera_core.errors.ValidationError: 2 problems:
  $.finish: unexpected key; expected only: start, end [object.unknown_key]
  $.start: expected a date written YYYY-MM-DD [date.format]

How it is fast: every hook is generated once per type from the record's
declared fields (:mod:`karjera_core._records`): well-formed data is checked and
built inline, nested records included; only when that fails is the input
walked again, slowly, to report every problem with its path.

:func:`make_converter` gives a :mod:`cattrs` converter with the same hooks,
for callers who combine the library's types with cattrs of their own.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar, overload

import attrs
import cattrs

from karjera_core._compile import BAD, Kind, Scope, Sink, define, new_scope, predicate
from karjera_core._envelopes import ACCEPTED, KEY, Refused, kind_of
from karjera_core._records import error, is_record, plan_of
from karjera_core.errors import ROOT, ValidationError

__all__ = ["json_schema", "make_converter", "structure", "unstructure"]

T = TypeVar("T")
Loader = Callable[[Any], Any]

_LOADERS: dict[Any, Loader] = {}
_DUMPERS: dict[type, Callable[[Any], Any]] = {}
_TYPED: dict[Any, Callable[[Any], Any]] = {}


def _kind_of(cls: Any, scope: Scope) -> tuple[Kind, tuple[str, str]]:
    """The kind of ``cls`` and its loader's (shape, build) in ``scope``; a ValidationError when it has none.

    Building the loader resolves every declaration ``cls`` reaches, so a generic record of an undeclared
    type (``Schedule[int]``) is refused here like any other unknown type.
    """
    try:
        kind = kind_of(cls)
        return kind, kind.load("data", scope)
    except Refused as problem:
        raise ValidationError.single(ROOT, "structure.type", f"{ACCEPTED}; {problem}") from None
    except TypeError:  # a generic record of an undeclared type
        raise ValidationError.single(ROOT, "structure.type", ACCEPTED) from None


def _loader(cls: Any) -> Loader:
    """The whole structuring function for ``cls``: the fast path, then the slow one on any failure."""
    scope = new_scope()
    kind, (shape, build) = _kind_of(cls, scope)

    def slow(data: Any) -> Any:
        sink = Sink()
        value = kind.load_slow(data, ROOT, sink)
        if value is BAD or sink:
            if not sink:
                sink.add(ROOT, "value.invalid", "expected a valid value")
            raise error(sink)
        return value

    scope["_slow"] = slow
    body = [  # the fast path inline (a Fallback is a ValueError; a missing key, a KeyError), else the slow one
        "try:",
        f"    if {shape}:",
        f"        return {build}",
        "except (ValueError, KeyError):",
        "    pass",
        "return _slow(data)",
    ]
    load: Loader = scope[define(scope, "structure", body, "data")]
    return load


@overload
def structure(data: Any, cls: type[T]) -> T: ...
@overload
def structure(data: Any, cls: object) -> Any: ...  # X | None, where a type checker has no type[...] for it
def structure(data: Any, cls: Any) -> Any:
    """Build a ``cls`` from JSON-compatible ``data``, strictly; a ValidationError on any problem.

    ``cls`` is a public class of the library, ``date``, ``bool``, a bounded plain ``str``, ``int`` or
    ``Decimal``; ``X | None``, ``tuple[X, ...]`` or ``dict[str, X]`` of these; or an envelope: an
    attrs class or ``TypedDict`` of the caller's whose fields are of these types (see "Envelopes"
    on the serialization page of the docs).

    >>> from karjera_core.time import SchoolYear
    >>> structure(2016, SchoolYear)
    SchoolYear(2016)
    >>> structure({"autumn": 2016, "spring": None}, dict[str, SchoolYear | None])
    {'autumn': SchoolYear(2016), 'spring': None}
    """
    try:
        load = _LOADERS[cls]
    except KeyError:
        load = _LOADERS[cls] = _loader(cls)
    except TypeError:  # an unhashable "type"
        raise ValidationError.single(ROOT, "structure.type", ACCEPTED) from None
    return load(data)


def _dumper(cls: type) -> Callable[[Any], Any]:
    if is_record(cls):
        return plan_of(cls).dumper
    if cls in (str, int, bool, type(None)):
        return lambda value: value
    if cls is date:
        return date.isoformat
    if cls is Decimal:
        return lambda value: format(value, "f")
    if issubclass(cls, enum.Enum):
        return lambda value: value.value
    if issubclass(cls, tuple | list):
        return lambda value: [unstructure(item) for item in value]
    if cls is dict:
        return _dump_dict
    if attrs.has(cls):
        return _typed_dumper(cls)
    raise ValidationError.single(ROOT, "unstructure.type", "expected a value of a public karjera_core type")


def _dump_dict(value: dict[Any, Any]) -> dict[str, Any]:
    if not all(map(predicate(KEY), value)):
        sink = Sink()
        for key in value:
            KEY.problems(key, ROOT, sink)
        raise error(sink)
    return {key: unstructure(item) for key, item in value.items()}


def _typed_dumper(cls: Any) -> Callable[[Any], Any]:
    """The function writing a value of type ``cls`` as JSON data, after checking it is one."""
    scope = new_scope()
    kind, _ = _kind_of(cls, scope)
    ok = predicate(kind)
    dump = scope[define(scope, "dump", [f"return {kind.dump('obj', scope)}"], "obj")]

    def checked(obj: Any) -> Any:
        if not ok(obj):
            sink = Sink()
            kind.problems(obj, ROOT, sink)
            raise error(sink)
        return dump(obj)

    return checked


def unstructure(obj: Any, cls: object = None) -> Any:
    """The JSON-compatible data for ``obj``: dicts, lists, strings, ints, bools and None.

    Given ``cls`` (any type :func:`structure` takes), ``obj`` is first checked to be a valid
    value of it, with the same checks as on the way in (plain text never a personal code).

    >>> from karjera_core.money import Money
    >>> unstructure(Money("12.5"))
    '12.50'
    >>> unstructure({"price": Money("12.5"), "note": None}, dict[str, Money | None])
    {'price': '12.50', 'note': None}
    """
    if cls is not None:
        try:
            typed = _TYPED[cls]
        except KeyError:
            typed = _TYPED[cls] = _typed_dumper(cls)
        except TypeError:  # an unhashable "type"
            raise ValidationError.single(ROOT, "structure.type", ACCEPTED) from None
        return typed(obj)
    cls = type(obj)
    dump = _DUMPERS.get(cls)
    if dump is None:
        dump = _DUMPERS[cls] = _dumper(cls)
    return dump(obj)


def json_schema(cls: object) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the data :func:`structure` accepts for ``cls``, field by field.

    Rules that tie fields together (an end not before its start) and the
    personal-code guard are beyond what a schema says; ``structure`` still checks them.

    >>> from karjera_core.time import DateRange
    >>> json_schema(DateRange)["$defs"]["DateRange"]["required"]
    ['start']
    """
    defs: dict[str, Any] = {}
    kind, _ = _kind_of(cls, new_scope())
    body = kind.schema(defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **body, "$defs": defs}


def _declared(cls: Any) -> bool:
    """True for a record of the library, a generic one such as ``Schedule[X]`` included."""
    return is_record(cls) or is_record(typing.get_origin(cls))


def make_converter() -> cattrs.Converter:
    """A fresh :class:`cattrs.Converter` using the library's strict hooks for the library's types.

    For callers who combine the library's records with cattrs classes of their own; the library
    itself uses :func:`structure` and :func:`unstructure`, which need no converter.
    """
    converter = cattrs.Converter()
    converter.register_structure_hook_factory(_declared, lambda cls: lambda data, _: structure(data, cls))
    converter.register_unstructure_hook_factory(_declared, lambda cls: unstructure)
    return converter


def __dir__() -> list[str]:
    return sorted(__all__)
