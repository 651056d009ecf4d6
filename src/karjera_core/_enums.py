"""The base of the library's enumerations: a value for serialization and a Latvian label for display."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Self


class LabelledEnum(enum.Enum):
    """An enumeration whose members carry a Latvian label beside their value.

    A member is written ``NAME = value, label``.  The value alone is what
    serialization writes, what ``E(value)`` looks up and what pickling
    stores; the label is only for display.

    >>> class Meal(LabelledEnum):
    ...     COMPENSATION = "meal_compensation", "ēdināšanas kompensācija"
    >>> Meal.COMPENSATION.value, Meal.COMPENSATION.label
    ('meal_compensation', 'ēdināšanas kompensācija')
    >>> Meal("meal_compensation") is Meal.COMPENSATION
    True
    """

    _value_: str
    _label: str

    if TYPE_CHECKING:
        # What type checkers see.  Once the class is built, Enum puts its own
        # ``__new__`` back, so calling the class looks a member up by value;
        # and ``value`` is the str set below (mypy cannot see into ``__new__``).
        def __new__(cls, value: object) -> Self: ...

        @property
        def value(self) -> str: ...

    else:

        def __new__(cls, value: str, label: str) -> LabelledEnum:
            # Builds each member from its ``value, label`` pair while the class is created.
            member = object.__new__(cls)
            member._value_ = value
            member._label = label
            return member

    @property
    def label(self) -> str:
        """The Latvian name, for display."""
        return self._label
