"""Plain rows for pandas and friends, without importing them (layer 7, an edge).

:func:`to_records` turns library objects -- indicator results, reports,
projects, anything built with attrs -- into a list of flat dicts whose values
are JSON-compatible scalars, ready for ``pandas.DataFrame(to_records(...))``
or ``json.dumps``:

* nested attrs objects are flattened with dotted keys (``indicator.code``);
  an attrs object with a single field (a value type such as ``Money`` or
  ``SchoolYear``) is one cell, under the field's own key;
* tuples are flattened with their positions (``population.0``,
  ``population.1``, ...); an empty tuple gives no key;
* enumerations become their value (``"met"``), dates and datetimes their
  ISO text (``"2025-08-31"``), Decimals their exact text (``"0.9"``: use
  ``pandas.to_numeric`` or ``Decimal`` to compute with them); str, int, bool,
  float and None stay as they are.

An iterable of objects gives one row each; a :class:`~karjera_core.indicators.Report`
is such an iterable (one row per indicator).

>>> from datetime import date
>>> from decimal import Decimal
>>> from karjera_core.indicators import Indicator, Measure, evaluate
>>> ind = Indicator(code="M", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(2))
>>> row = to_records([evaluate(ind, [], as_of=date(2025, 1, 1))])[0]
>>> row["code"], row["value"], row["status"], row["as_of"]
('M', '0', 'not_due', '2025-01-01')
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from karjera_core import _fields as fields
from karjera_core._arguments import Where, arguments
from karjera_core._compile import UNBOUNDED, Sink
from karjera_core._records import error

__all__ = ["to_records"]


def __dir__() -> list[str]:
    return sorted(__all__)


Scalar = str | int | float | bool | None
#: How deep objects and tuples may nest inside one object: deeper (or a cycle) is refused, never recursed into.
MAX_DEPTH = 100
_ATTRS_OBJECT = Where(lambda value: attrs.has(type(value)), "an attrs object", "records.item")
_TO_RECORDS = arguments(objects=fields.Items(_ATTRS_OBJECT, UNBOUNDED))
_VALUE = "expected a scalar, an enum, a date, a Decimal, a tuple or an attrs object"


def to_records(objects: Iterable[object]) -> list[dict[str, Scalar]]:
    """One flat row of JSON-compatible scalars for each attrs object in ``objects`` (see the module's docstring).

    ``objects`` is any iterable (not text or a mapping) of attrs objects.
    Anything else, or a field value of a type with no plain form (a dict, a
    list, a set, a non-finite float), is a ValidationError naming where it is:
    ``$.objects[1]`` (``records.item``), ``$.objects[2].mapping``
    (``records.value``).  An object inside itself, or objects nested more
    than 100 deep, are refused (``records.depth``).

    >>> to_records("text")
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.objects: expected an iterable (not text) of items, each an attrs object [array.type]
    """
    (found,) = _TO_RECORDS(objects)
    rows: list[dict[str, Scalar]] = []
    flatten = _Flatten()
    for index, obj in enumerate(found):
        row: dict[str, Scalar] = {}
        flatten.cell(obj, "", row, f"$.objects[{index}]")
        rows.append(row)
    if flatten.sink:
        raise error(flatten.sink)
    return rows


class _Flatten:
    """Flattens objects into rows, collecting problems and watching the objects it is inside of."""

    def __init__(self) -> None:
        self.sink = Sink()
        self.inside: list[int] = []

    def cell(self, value: object, key: str, row: dict[str, Scalar], path: str) -> None:
        kind = type(value)
        if value is None or kind in (str, int, bool):
            row[key] = value  # type: ignore[assignment]
        elif isinstance(value, float):
            if math.isfinite(value):
                row[key] = value
            else:
                self.sink.add(path, "records.value", "expected a finite float, not NaN or infinity")
        elif isinstance(value, enum.Enum):
            self.cell(value.value, key, row, path)
        elif isinstance(value, date | datetime):
            row[key] = value.isoformat()
        elif isinstance(value, Decimal):
            row[key] = str(value)
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
