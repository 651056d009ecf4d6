"""Typed rows and columns for pandas and friends, without importing them (layer 7, an edge).

:func:`to_records` turns library objects -- indicator results, reports,
timelines, projects, anything built with attrs -- into a list of flat dicts,
one per object, whose values keep their types, so that
``pandas.DataFrame(to_records(report))`` compares, sorts and filters with no
conversion (``df[df.value < df.target]``); :func:`to_columns` gives the same
cells column by column (a dict of column name -> list), the shape
``pandas.DataFrame``, ``polars.DataFrame`` and ``pyarrow.table`` all take.

* nested attrs objects are flattened with dotted keys (``indicator.code``);
  an attrs object with a single field (a value type such as ``Money`` or
  ``SchoolYear``) is one cell, under the field's own key;
* tuples are flattened with their positions (``population.0``,
  ``population.1``, ...); an empty tuple gives no key;
* an enumeration is its value (``"met"``); a day stays a ``datetime.date``
  (a ``datetime`` stays one too); a Decimal stays a ``Decimal`` -- or becomes
  a ``float`` when you ask with ``decimals="float"`` (fast in pandas, but
  binary: 0.1 is not exact); str, int, bool, float and None stay as they are.

A cell is never a number or a day written as text.  For JSON, write objects
with :func:`karjera_core.unstructure` instead.  An iterable of objects gives
one row each; a :class:`~karjera_core.indicators.Report` is such an iterable
(one row per indicator), and so is a
:class:`~karjera_core.indicators.Timeline` (one row per indicator and day).

>>> from datetime import date
>>> from decimal import Decimal
>>> from karjera_core.indicators import Indicator, Measure, evaluate
>>> ind = Indicator(code="M", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(2))
>>> row = to_records([evaluate(ind, [], as_of=date(2025, 1, 1))])[0]
>>> row["code"], row["value"], row["target"], row["status"], row["as_of"]
('M', Decimal('0'), Decimal('2'), 'not_due', datetime.date(2025, 1, 1))
>>> to_columns([evaluate(ind, [], as_of=date(2025, 1, 1))], decimals="float")["target"]
[2.0]
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import attrs

from karjera_core import _fields as fields
from karjera_core._arguments import Where, arguments
from karjera_core._compile import UNBOUNDED, Sink
from karjera_core._records import error
from karjera_core.indicators.evaluation import DECIMALS

__all__ = ["to_columns", "to_records"]


def __dir__() -> list[str]:
    return sorted(__all__)


#: What a cell holds: never a number or a day as text.
Scalar = str | int | float | bool | Decimal | date | None
#: How deep objects and tuples may nest inside one object: deeper (or a cycle) is refused, never recursed into.
MAX_DEPTH = 100
_ATTRS_OBJECT = Where(lambda value: attrs.has(type(value)), "an attrs object", "records.item")
_TO_RECORDS = arguments(objects=fields.Items(_ATTRS_OBJECT, UNBOUNDED), decimals=DECIMALS)
_FINITE = "expected a finite number, not NaN or infinity"
_VALUE = "expected a scalar, an enum, a date, a Decimal, a tuple or an attrs object"


def to_records(
    objects: Iterable[object], *, decimals: Literal["decimal", "float"] = "decimal"
) -> list[dict[str, Scalar]]:
    """One flat row of typed cells for each attrs object in ``objects`` (see the module's docstring).

    ``objects`` is any iterable (not text or a mapping) of attrs objects;
    ``decimals`` is ``"decimal"`` (the default: exact) or ``"float"``.
    Anything else, or a field value of a type with no plain form (a dict, a
    list, a set, a NaN or infinite float or Decimal), is a ValidationError
    naming where it is: ``$.objects[1]`` (``records.item``),
    ``$.objects[2].mapping`` (``records.value``).  An object inside itself, or
    objects nested more than 100 deep, are refused (``records.depth``).

    >>> to_records("text")
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.objects: expected an iterable (not text) of items, each an attrs object [array.type]
    """
    found, decimals = _TO_RECORDS(objects, decimals)
    rows: list[dict[str, Scalar]] = []
    flatten = _Flatten(as_float=decimals == "float")
    for index, obj in enumerate(found):
        row: dict[str, Scalar] = {}
        flatten.cell(obj, "", row, f"$.objects[{index}]")
        rows.append(row)
    if flatten.sink:
        raise error(flatten.sink)
    return rows


def to_columns(
    objects: Iterable[object], *, decimals: Literal["decimal", "float"] = "decimal"
) -> dict[str, list[Scalar]]:
    """The cells of :func:`to_records`, column by column: each column's name -> its cells, one per object.

    Columns are in the order they first appear; an object without a column
    (say, a shorter tuple) has None in it.  The same arguments and problems
    as :func:`to_records`.

    >>> from karjera_core.money import Money
    >>> to_columns([Money("1.5"), Money(2)])
    {'amount': [Decimal('1.50'), Decimal('2.00')]}
    """
    rows = to_records(objects, decimals=decimals)
    names = list(dict.fromkeys(name for row in rows for name in row))
    return {name: [row.get(name) for row in rows] for name in names}


class _Flatten:
    """Flattens objects into rows, collecting problems and watching the objects it is inside of."""

    def __init__(self, *, as_float: bool) -> None:
        self.sink = Sink()
        self.inside: list[int] = []
        self.as_float = as_float

    def cell(self, value: object, key: str, row: dict[str, Scalar], path: str) -> None:
        kind = type(value)
        if value is None or kind in (str, int, bool):
            row[key] = value  # type: ignore[assignment]
        elif isinstance(value, Decimal):
            if value.is_finite():
                row[key] = float(value) if self.as_float else value
            else:
                self.sink.add(path, "records.value", _FINITE)
        elif isinstance(value, float):
            if math.isfinite(value):
                row[key] = value
            else:
                self.sink.add(path, "records.value", _FINITE)
        elif isinstance(value, enum.Enum):
            self.cell(value.value, key, row, path)
        elif isinstance(value, date):  # a datetime too
            row[key] = value
        elif isinstance(value, tuple) or attrs.has(kind):
            self._nested(value, key, row, path)
        else:
            self.sink.add(path, "records.value", _VALUE)

    def _nested(self, value: Any, key: str, row: dict[str, Scalar], path: str) -> None:
        if len(self.inside) >= MAX_DEPTH or id(value) in self.inside:
            self.sink.add(
                path, "records.depth", f"expected objects nested at most {MAX_DEPTH} deep, none inside itself"
            )
            return
        self.inside.append(id(value))
        if isinstance(value, tuple):
            for position, item in enumerate(value):
                self.cell(item, f"{key}.{position}", row, f"{path}[{position}]")
        else:
            found = attrs.fields(type(value))
            if len(found) == 1 and key:  # a value type nested in an object: one cell, under the field's own key
                self.cell(getattr(value, found[0].name, _UNSET), key, row, path)
            else:
                for field in found:
                    name = f"{key}.{field.name}" if key else field.name
                    self.cell(getattr(value, field.name, _UNSET), name, row, f"{path}.{field.name}")
        self.inside.pop()


#: What a field that was never set reads as: refused as a value with no plain form.
_UNSET: Any = object()
