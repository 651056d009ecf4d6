"""Private helpers of the career-support module (rules C-1 ... C-10): field checks, exact rounding, sorting.

Nothing here is public API; :mod:`karjera_core.programmes.career_support` is.

>>> fte_ok(Decimal("0.3"), maximum=Decimal("1.00"))
True
>>> round_fraction(Fraction(1000, 700), 2, "ROUND_HALF_UP")
Decimal('1.43')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from karjera_core.education import is_registration_number
from karjera_core.errors import Problem, ValidationError, Violation, fail
from karjera_core.privacy import id_ok
from karjera_core.time import MAX_YEAR, MIN_YEAR, check_day

T = TypeVar("T")

#: Decimal places of an FTE load ("slodze") and of training hours.
PLACES = Decimal("0.01")
#: Six digits, an optional hyphen and five digits: wider than a personal code, so a miss is safe (P-7).
_CODE_LIKE = re.compile(r"[0-9]{6}-?[0-9]{5}")


def person_id_ok(value: object, max_length: int) -> bool:
    """True for a pseudonymous person id as :func:`karjera_core.privacy.id_ok` defines it (P-7).

    A fast path for plain ASCII ids that hold nothing shaped like a personal
    code; anything else is left to ``id_ok`` itself.

    >>> person_id_ok("c-17", 64), person_id_ok("161175-19997", 64), person_id_ok("Ķ-1", 64)
    (True, False, True)
    """
    # The fast path takes printable ASCII without spaces (no control or format characters).
    if (
        type(value) is str
        and 0 < len(value) <= max_length
        and value.isascii()
        and value.isprintable()
        and " " not in value
        and (len(value) < 11 or _CODE_LIKE.search(value) is None)
    ):
        return True
    return id_ok(value, max_length)


#: True for a ten-digit registration number given as ``str`` (O-3).
registration_ok = is_registration_number


def registration_problem(path: str) -> Problem:
    """The problem reported for a value that is not a ten-digit registration number."""
    return Problem(
        path=path,
        code="institution.registration_number",
        message="expected a registration number of ten digits as a str",
    )


def day_ok(value: object) -> bool:
    """True for a plain :class:`~datetime.date` (not a datetime) in the library's years."""
    return type(value) is date and MIN_YEAR <= value.year <= MAX_YEAR


def day_problems(value: object, path: str) -> list[Problem]:
    """The problem of ``value`` as a date, or none."""
    try:
        check_day(value, path)
    except ValidationError as error:
        return list(error.problems)
    return []


def decimal_ok(value: object, *, minimum: Decimal, maximum: Decimal, exclusive_minimum: bool) -> bool:
    """True for a finite :class:`~decimal.Decimal` with at most two decimal places within the bounds.

    The bounds are checked before any arithmetic, so an absurd exponent never reaches it (M-1).
    """
    if type(value) is not Decimal or not value.is_finite():
        return False
    if exclusive_minimum:
        if not minimum < value <= maximum:
            return False
    elif not minimum <= value <= maximum:
        return False
    return value.quantize(PLACES) == value


def fte_ok(value: object, *, maximum: Decimal) -> bool:
    """True for an FTE load: a Decimal above zero, at most ``maximum``, with at most two decimal places."""
    return decimal_ok(value, minimum=Decimal(0), maximum=maximum, exclusive_minimum=True)


def decimal_problem(
    value: object, path: str, code: str, *, what: str, minimum: Decimal, maximum: Decimal, exclusive_minimum: bool
) -> list[Problem]:
    """The problem of ``value`` as a bounded two-place Decimal (see :func:`decimal_ok`), or none."""
    if decimal_ok(value, minimum=minimum, maximum=maximum, exclusive_minimum=exclusive_minimum):
        return []
    low = f"above {minimum}" if exclusive_minimum else f"at least {minimum}"
    return [
        Problem(
            path=path,
            code=code,
            message=f"expected {what} as a finite Decimal with at most two decimal places, {low} and at most {maximum}",
        )
    ]


def two_places(value: Decimal) -> Decimal:
    """``value`` written with exactly two decimal places (it has at most two)."""
    return value.quantize(PLACES)


def int_ok(value: object, minimum: int, maximum: int) -> bool:
    """True for an ``int`` (not a bool) in ``minimum ... maximum``."""
    return type(value) is int and minimum <= value <= maximum


def int_problem(value: object, path: str, code: str, minimum: int, maximum: int, *, what: str) -> list[Problem]:
    """The problem of ``value`` as a bounded int, or none."""
    if int_ok(value, minimum, maximum):
        return []
    return [Problem(path=path, code=code, message=f"expected {what} as an int (not a bool) in {minimum}-{maximum}")]


def type_problem(value: object, cls: type, path: str, code: str) -> list[Problem]:
    """The problem of ``value`` not being exactly a ``cls``, or none."""
    if type(value) is cls:
        return []
    return [Problem(path=path, code=code, message=f"expected a {cls.__name__}")]


def tuple_of(value: object, cls: type, path: str, code: str) -> list[Problem]:
    """The problems of ``value`` as a tuple whose every item is exactly a ``cls``."""
    if type(value) is not tuple:
        return [Problem(path=path, code=code, message=f"expected a tuple of {cls.__name__}")]
    return [
        Problem(path=f"{path}[{index}]", code=code, message=f"expected a {cls.__name__}")
        for index, item in enumerate(value)
        if type(item) is not cls
    ]


def all_of(value: object, cls: type) -> bool:
    """True when ``value`` is a tuple whose every item is exactly a ``cls``."""
    return type(value) is tuple and all(type(item) is cls for item in value)


def items(values: Iterable[T], cls: type[T], path: str) -> tuple[T, ...]:
    """The items of ``values`` as a tuple, each checked to be exactly a ``cls``; a ValidationError otherwise.

    Used by the check functions, whose inputs may be any iterable.
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        fail(path, "input.type", f"expected an iterable of {cls.__name__}")
    found = tuple(values)
    wrong = [index for index, item in enumerate(found) if type(item) is not cls]
    if wrong:
        raise ValidationError(
            Problem(path=f"{path}[{index}]", code="input.type", message=f"expected a {cls.__name__}") for index in wrong
        )
    return found


def check_on(value: object, name: str = "on") -> date:
    """``value`` as the date of a check, or a ValidationError."""
    check_day(value, f"$.{name}")
    assert isinstance(value, date)
    return value


def check_instance(value: Any, cls: type[T], path: str) -> T:
    """``value`` when it is exactly a ``cls``, else a ValidationError."""
    if type(value) is not cls:
        fail(path, "input.type", f"expected a {cls.__name__}")
    result: T = value
    return result


def sort_violations(found: Iterable[Violation]) -> tuple[Violation, ...]:
    """``found`` in a fixed order (rule, code, path, message), so results never depend on input order."""
    return tuple(sorted(found, key=lambda v: (v.rule, v.code, v.path, v.message)))


def round_fraction(value: Fraction, places: int, mode: str) -> Decimal:
    """The non-negative ``value`` rounded exactly to ``places`` decimals by the :mod:`decimal` rounding ``mode``.

    Exact: no intermediate float or limited-precision Decimal is involved.

    >>> round_fraction(Fraction(1, 2), 0, "ROUND_HALF_EVEN"), round_fraction(Fraction(3, 2), 0, "ROUND_HALF_EVEN")
    (Decimal('0'), Decimal('2'))
    >>> round_fraction(Fraction(0), 2, "ROUND_UP")
    Decimal('0.00')
    """
    scaled = value * 10**places
    quotient, remainder = divmod(scaled.numerator, scaled.denominator)
    if remainder:
        if mode == "ROUND_UP":
            quotient += 1
        elif mode != "ROUND_DOWN":
            twice = 2 * remainder
            if twice > scaled.denominator or (
                twice == scaled.denominator
                and (mode == "ROUND_HALF_UP" or (mode == "ROUND_HALF_EVEN" and quotient % 2 == 1))
            ):
                quotient += 1
    return Decimal(f"{quotient}E-{places}") if places else Decimal(quotient)


def fte(value: Decimal) -> str:
    """An FTE load for a message: two decimal places."""
    return f"{value:.2f}"
