"""The narrowing arguments of the strategies: one vocabulary, checked at once, with one kind of message.

Every strategy narrows with the same keyword-only names for the same idea:

* a day window: ``on=`` (a date the drawn object is about, or in force on)
  and ``within=`` (a :class:`~karjera_core.time.DateRange` every day of the
  drawn object lies in);
* counts of the drawn object's items: ``min_size=`` and ``max_size=``;
* bounds of the drawn type itself: ``min_value=`` and ``max_value=``
  (``school_years(min_value=SchoolYear(2016))``, ``money(max_value=Money(5))``).

A wrong argument is a :class:`hypothesis.errors.InvalidArgument` raised when
the strategy is made (not when it is first drawn from), whose message names
the strategy and the argument, says what was expected and what kind of value
came instead, and suggests ``st.just(...)`` where a value was passed for a
strategy.  A message never repeats the value itself.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, NoReturn, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core._compile import FIRST_DAY, LAST_DAY
from karjera_core.education import is_registration_number
from karjera_core.time import DateRange

__all__ = ["Narrowing"]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
C = TypeVar("C")


def article(name: str) -> str:
    """``name`` after its indefinite article: "a SchoolYear", "an int", "an Organisation"."""
    return f"{'an' if name[:1] in 'AEIOUaeiou' else 'a'} {name}"


def described(value: object) -> str:
    """What kind of value ``value`` is, for a message, without showing it."""
    if isinstance(value, st.SearchStrategy):
        return "a strategy"
    if value is None:
        return "None"
    return article(type(value).__name__)


class Narrowing:
    """The argument checks of one strategy, whose messages all name it: ``Narrowing("school_years")``."""

    __slots__ = ("strategy",)

    def __init__(self, strategy: str) -> None:
        self.strategy = strategy

    def fail(self, name: str, expected: str, value: object, hint: str = "") -> NoReturn:
        """Raise the InvalidArgument for argument ``name``: what was expected, what came, and a hint."""
        message = f"{self.strategy}({name}=...): expected {expected}, got {described(value)}"
        raise InvalidArgument(message + (f"; {hint}" if hint else ""))

    def refuse(self, message: str) -> NoReturn:
        """Raise an InvalidArgument about the arguments together (bounds reversed, an empty window)."""
        raise InvalidArgument(f"{self.strategy}(...): {message}")

    def value(self, name: str, value: Any, cls: type[T], *, optional: bool = True) -> T | None:
        """``value``, which must be exactly a ``cls`` (or None when ``optional``)."""
        if value is None and optional:
            return None
        if type(value) is not cls:
            expected = article(cls.__name__) + (" or None" if optional else "")
            hint = "pass a value, not a strategy" if isinstance(value, st.SearchStrategy) else ""
            self.fail(name, expected, value, hint)
        return value

    def flag(self, name: str, value: Any) -> bool | None:
        """True, False or None."""
        if value is not None and type(value) is not bool:
            self.fail(name, "True, False or None", value)
        return value

    def boolean(self, name: str, value: Any) -> bool:
        """True or False."""
        if type(value) is not bool:
            self.fail(name, "True or False", value)
        return value

    def strategy_of(self, name: str, value: Any, what: str) -> Any:
        """``value``, which must be a strategy (drawing ``what``)."""
        if not isinstance(value, st.SearchStrategy):
            hint = "to draw always this one value, pass st.just(value)" if value is not None else ""
            self.fail(name, f"a strategy of {what}", value, hint)
        return value

    def integer(self, name: str, value: Any, low: int, high: int) -> int:
        """An int (not a bool) from ``low`` to ``high``."""
        if type(value) is not int or not low <= value <= high:
            self.fail(name, f"an int from {low} to {high}", value)
        return value

    def sizes(self, min_size: Any, max_size: Any, low: int, high: int) -> tuple[int, int]:
        """``min_size`` and ``max_size``: ints from ``low`` to ``high``, the first not above the second."""
        return self.int_range(("min_size", "max_size"), min_size, max_size, low, high)

    def int_range(self, names: tuple[str, str], first: Any, last: Any, low: int, high: int) -> tuple[int, int]:
        """Two int arguments (named ``names``) from ``low`` to ``high``, the first not above the second."""
        smallest, largest = self.integer(names[0], first, low, high), self.integer(names[1], last, low, high)
        if smallest > largest:
            self.refuse(f"{names[0]} must not be above {names[1]}")
        return smallest, largest

    def choices(self, name: str, values: Any, allowed: Sequence[C], kind: type) -> list[C]:
        """``values``, a non-empty list or tuple of ``kind`` values among ``allowed`` (all of them when None), in
        their given order."""
        if values is None:
            return list(allowed)
        chosen = list(values) if isinstance(values, (list, tuple)) else None
        if not chosen or any(type(v) is not kind or v not in allowed for v in chosen):
            self.fail(name, f"a non-empty list or tuple of {kind.__name__} values, or None", values)
        return chosen

    def registration_number(self, name: str, value: Any) -> str | None:
        """An institution's registration number (O-3: 10 digits), or None."""
        if value is not None and not is_registration_number(value):
            self.fail(name, "a registration number of 10 digits, or None", value)
        return value  # type: ignore[no-any-return]

    def day(
        self, name: str, value: Any, *, optional: bool = True, years: tuple[int, int] = (FIRST_DAY.year, LAST_DAY.year)
    ) -> date | None:
        """A date (not a datetime) of the library's years (or of ``years``, first and last), or None when
        ``optional``."""
        if value is None and optional:
            return None
        first, last = years
        if type(value) is not date or not first <= value.year <= last:
            expected = f"a date (not a datetime) in the years {first}-{last}" + (" or None" if optional else "")
            self.fail(name, expected, value)
        return value

    def decimal(self, name: str, value: Any, low: Decimal, high: Decimal, places: int) -> Decimal:
        """A finite Decimal from ``low`` to ``high`` with at most ``places`` decimal places."""
        if (
            type(value) is not Decimal
            or not value.is_finite()
            or not low <= value <= high
            or value.quantize(Decimal(1).scaleb(-places)) != value
        ):
            self.fail(name, f"a Decimal from {low} to {high} with at most {places} decimal places", value)
        return value

    def window(self, name: str, value: Any, *, closed: bool = False) -> DateRange | None:
        """A DateRange (a closed one when ``closed``), or None."""
        if value is None:
            return None
        if type(value) is not DateRange or (closed and value.end is None):
            self.fail(name, "a closed DateRange or None" if closed else "a DateRange or None", value)
        return value

    def bounds(self, min_value: Any, max_value: Any, cls: type[T]) -> tuple[T | None, T | None]:
        """``min_value`` and ``max_value``, each a ``cls`` (an ordered type) or None, the first not above the second."""
        low, high = self.value("min_value", min_value, cls), self.value("max_value", max_value, cls)
        if low is not None and high is not None and high < low:  # type: ignore[operator]
            self.refuse("min_value must not be above max_value")
        return low, high

    def member(self, name: str, value: Any, cls: type[E]) -> E | None:
        """A member of the enumeration ``cls``, or None."""
        return self.value(name, value, cls)
