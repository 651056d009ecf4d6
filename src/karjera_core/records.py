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
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

import attrs

from karjera_core.errors import ROOT, Problem, ValidationError, fail

__all__ = ["to_records"]

Scalar = str | int | float | bool | None


def to_records(objects: Iterable[object]) -> list[dict[str, Scalar]]:
    """One flat row of JSON-compatible scalars for each attrs object in ``objects`` (see the module's docstring).

    Anything in ``objects`` that is not an attrs instance, or a field value
    of a type with no plain form (a dict, a list, a set), is a ValidationError
    naming where it is.
    """
    if isinstance(objects, (str, bytes)) or not isinstance(objects, Iterable):
        fail(ROOT, "records.type", "expected an iterable of attrs objects (a list, a tuple, a Report)")
    rows: list[dict[str, Scalar]] = []
    problems: list[Problem] = []
    for index, obj in enumerate(objects):
        if not attrs.has(type(obj)):
            problems.append(Problem(path=f"$[{index}]", code="records.item", message="expected an attrs object"))
            continue
        row: dict[str, Scalar] = {}
        _fields(obj, "", row, f"$[{index}]", problems)
        rows.append(row)
    if problems:
        raise ValidationError(problems)
    return rows


def _fields(obj: Any, prefix: str, row: dict[str, Scalar], path: str, problems: list[Problem]) -> None:
    for field in attrs.fields(type(obj)):
        _cell(getattr(obj, field.name), f"{prefix}{field.name}", row, f"{path}.{field.name}", problems)


def _cell(value: object, key: str, row: dict[str, Scalar], path: str, problems: list[Problem]) -> None:
    if value is None or type(value) in (str, int, float, bool):
        row[key] = value  # type: ignore[assignment]
    elif isinstance(value, enum.Enum):
        _cell(value.value, key, row, path, problems)
    elif isinstance(value, (date, datetime)):
        row[key] = value.isoformat()
    elif isinstance(value, Decimal):
        row[key] = str(value)
    elif isinstance(value, tuple):
        for position, item in enumerate(value):
            _cell(item, f"{key}.{position}", row, f"{path}[{position}]", problems)
    elif attrs.has(type(value)):
        fields = attrs.fields(cast(Any, type(value)))
        if len(fields) == 1:
            _cell(getattr(value, fields[0].name), key, row, path, problems)
        else:
            _fields(value, f"{key}.", row, path, problems)
    else:
        problems.append(
            Problem(
                path=path,
                code="records.value",
                message="expected a scalar, an enum, a date, a Decimal, a tuple or an attrs object",
            )
        )
