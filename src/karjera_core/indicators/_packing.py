"""Compact pickles of tallies (private): a summary travels as a few strings and byte arrays, not as objects.

A :class:`~karjera_core.indicators.Tally` holds one entry per distinct
subject (and per day), never per fact; pickled field by field it still
carries an object per entry -- a date is some twenty bytes and a call to
build it again.  :func:`pack` writes each tuple of the same type as one
value -- texts joined by a line break (a subject is a single line, P-7),
days as 32-bit ordinals, Decimals as their exact text -- and :func:`unpack`
reads them back, equal and of the same types.  Anything else is kept as it is.

>>> from datetime import date
>>> from decimal import Decimal
>>> fields = (("a", "b"), (date(2025, 1, 2),), (Decimal("1.50"),), (), 7, None)
>>> unpack(pack(fields)) == fields
True
>>> pack([("a\\nb", "c")])  # a text with a line break of its own is kept as it is
(('p', ('a\\nb', 'c')),)
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from karjera_core._records import plan_of
from karjera_core.indicators.aggregates import DistinctCount

_BUILD_DISTINCT = plan_of(DistinctCount).build
_TEXTS, _DAYS, _NUMBERS, _DISTINCT, _PLAIN = "t", "d", "n", "c", "p"


def _pack_one(value: Any) -> tuple[str, Any]:
    if type(value) is DistinctCount:
        return _DISTINCT, (_pack_one(value.subjects), _pack_one(value.firsts))
    if type(value) is tuple and value:
        kinds = set(map(type, value))
        if kinds == {str}:
            joined = "\n".join(value)
            if joined.count("\n") == len(value) - 1:  # no text holds a line break of its own
                return _TEXTS, joined
        if kinds == {date}:
            return _DAYS, array("i", map(date.toordinal, value)).tobytes()
        if kinds == {Decimal}:
            return _NUMBERS, " ".join(map(str, value))
    return _PLAIN, value


def pack(values: Iterable[Any]) -> tuple[tuple[str, Any], ...]:
    """``values`` (a record's fields, in order) in their compact form."""
    return tuple(map(_pack_one, values))


def _days(data: bytes) -> tuple[date, ...]:
    numbers = array("i")
    numbers.frombytes(data)
    made = {number: date.fromordinal(number) for number in set(numbers)}
    return tuple(map(made.__getitem__, numbers))


def _unpack_one(tag: str, data: Any) -> Any:
    if tag == _TEXTS:
        return tuple(data.split("\n"))
    if tag == _DAYS:
        return _days(data)
    if tag == _NUMBERS:
        return tuple(map(Decimal, data.split(" ")))
    if tag == _DISTINCT:
        return _BUILD_DISTINCT(_unpack_one(*data[0]), _unpack_one(*data[1]))
    return data


def unpack(packed: Iterable[tuple[str, Any]]) -> tuple[Any, ...]:
    """The values :func:`pack` packed, equal and of the same types."""
    return tuple(_unpack_one(tag, data) for tag, data in packed)
