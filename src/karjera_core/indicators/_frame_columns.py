"""polars frames of checked fact columns, and Python values of a frame's columns (private; needs polars).

The two ways between the column path's Python columns and a polars frame,
for the polars engine (``_frames``) and ``FactColumns.to_polars``:
:func:`to_polars` builds a frame from checked columns, each distinct value
converted once; :func:`python_columns` reads a frame's columns back as
Python values, each distinct value one object, for the Python way to check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import polars as pl

from karjera_core._compile import FIRST_DAY, LAST_DAY
from karjera_core.indicators.definitions import PLACES
from karjera_core.indicators.facts import FactKind

_EPOCH = date(1970, 1, 1).toordinal()
_FIRST, _LAST = FIRST_DAY.toordinal() - _EPOCH, LAST_DAY.toordinal() - _EPOCH
_KIND_OF = {k.value: k for k in FactKind}
#: Rows read into Python a slice at a time: no list of a million integers is ever made.
_CHUNK_ROWS = 1 << 16


def python_columns(frame: pl.DataFrame) -> dict[str, list[Any]]:
    """Every column of ``frame`` as a list of Python values (for the Python way), each distinct value one object;
    a text ``kind`` column's valid texts as the ``FactKind`` members they name (what the check makes of them)."""
    return {
        name: _python_values(frame.get_column(name), _KIND_OF if name == "kind" and dtype == pl.String else None)
        for name, dtype in frame.schema.items()
    }


def _python_values(series: pl.Series, rename: dict[str, FactKind] | None = None) -> list[Any]:
    """A series as Python values: a column of repeated values (codes, days, subjects) makes each distinct one once
    and repeats it, rather than a new object per row; anything polars cannot look up so is converted row by row.

    Each row's place among the distinct values is read into Python a slice
    at a time (``_CHUNK_ROWS``), so that no list of a million integers is
    ever made: the list of values is all the memory it takes.
    """
    try:
        found = _lookup(series)
    except pl.exceptions.PolarsError:
        found = None
    if found is None:
        return series.to_list()
    values, index = found
    if rename is not None:
        values = [rename.get(value, value) for value in values]
    made: list[Any] = []
    for start in range(0, index.len(), _CHUNK_ROWS):
        made += map(values.__getitem__, index.slice(start, _CHUNK_ROWS).to_list())
    return made


def _lookup(series: pl.Series) -> tuple[list[Any], pl.Series] | None:
    """The distinct values of a series (and None) as Python values, and each row's place among them; None when
    most rows are distinct.  Days are numbers: a column of valid days looks its days up by their number."""
    if series.dtype == pl.Date and series.len() and not series.null_count():
        numbers = series.to_physical()
        first, last = int(numbers.min()), int(numbers.max())  # type: ignore[arg-type]
        if first >= _FIRST and last <= _LAST and last - first < series.len():
            return list(map(date.fromordinal, range(first + _EPOCH, last + _EPOCH + 1))), numbers - first
    distinct = series.drop_nulls().unique()
    if distinct.len() * 2 > series.len():
        return None
    if series.dtype == pl.String:
        index = series.cast(pl.Enum(distinct)).to_physical()
    elif series.dtype.is_decimal() or series.dtype.is_temporal() or series.dtype.is_integer():
        distinct = distinct.sort()
        index = series.rank("dense") - 1  # the place in the sorted distinct values; a null stays null
    else:
        lookup = pl.DataFrame([distinct.alias("v"), pl.Series("i", range(distinct.len()), dtype=pl.UInt32)])
        found = series.alias("v").to_frame().join(lookup, on="v", how="left", maintain_order="left")
        index = found.get_column("i")
    return [*distinct.to_list(), None], index.fill_null(distinct.len())


def _series(name: str, values: Sequence[Any], dtype: Any) -> pl.Series:
    """A series of ``values``, each distinct value converted once: polars then gathers them."""
    distinct = list(dict.fromkeys(values))
    position = {value: index for index, value in enumerate(distinct)}
    index = pl.Series(list(map(position.__getitem__, values)), dtype=pl.UInt32)
    return pl.Series(name, distinct, dtype=dtype).gather(index)


def _decimal_dtype(values: Iterable[Decimal | None]) -> tuple[Any, list[Decimal | None]]:
    """The dtype of valid values (at most 10 places that are not zeros) and the distinct values as polars takes them."""
    distinct = list(dict.fromkeys(values))
    places = max((max(0, -int(v.as_tuple().exponent)) for v in distinct if v is not None), default=0)
    if places > PLACES:  # only zeros beyond the tenth place: the same numbers with ten places
        quantum = Decimal(1).scaleb(-PLACES)
        distinct = [None if v is None else v.quantize(quantum) for v in distinct]
        places = PLACES
    return pl.Decimal(38, places), distinct


def to_polars(
    indicator: Sequence[str],
    on: Sequence[date],
    subject: Sequence[str],
    value: Sequence[Decimal | None] | None,
    kind: Sequence[str] | None,
) -> pl.DataFrame:
    """A polars frame of checked columns (``kind`` as text); left-out columns stay out."""
    numbers = {day: day.toordinal() - _EPOCH for day in set(on)}
    columns = [
        _series("indicator", indicator, pl.String),
        pl.Series("on", list(map(numbers.__getitem__, on)), dtype=pl.Int32).cast(pl.Date),
        _series("subject", subject, pl.String),
    ]
    if value is not None:
        dtype, distinct = _decimal_dtype(value)
        position = {v: i for i, v in enumerate(dict.fromkeys(value))}
        index = pl.Series(list(map(position.__getitem__, value)), dtype=pl.UInt32)
        columns.append(pl.Series("value", distinct, dtype=dtype).gather(index))
    if kind is not None:
        columns.append(_series("kind", kind, pl.String))
    return pl.DataFrame(columns)
