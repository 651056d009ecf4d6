"""The one error type for bad input, and the value compliance checks return.

Layer 1 of the library: it imports nothing from the rest of it.

* :class:`ValidationError` is raised when input cannot become a valid object.
  It carries every :class:`Problem` found, each with a path such as
  ``$.assignments[3].load``, a stable code such as ``load.below_minimum`` and
  a message that says what was expected.  Messages never repeat the rejected
  value: it may be personal data (rule P-7).
* :class:`Violation` is what a rule that looks across many objects, or that
  depends on a date, returns: a value, never raised by itself.

>>> err = ValidationError.single("$.end", "period.end_before_start", "end must not be before start")
>>> err.problems[0].code
'period.end_before_start'
>>> print(err)
1 problem:
  $.end: end must not be before start [period.end_before_start]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn

import attrs

__all__ = [
    "PersonalDataRejected",
    "Problem",
    "ValidationError",
    "Violation",
    "raise_violations",
]

ROOT = "$"


def join_path(parent: str, child: str) -> str:
    """Put ``child`` (a path from ``$``) under ``parent``.

    >>> join_path("$.items[2]", "$.end")
    '$.items[2].end'
    >>> join_path("$.items[2]", "$")
    '$.items[2]'
    """
    return parent + child[1:]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with an input: where, what kind, and what was expected."""

    path: str
    code: str
    message: str

    def under(self, parent: str) -> Problem:
        """The same problem, with its path put under ``parent``."""
        return Problem(path=join_path(parent, self.path), code=self.code, message=self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"


class ValidationError(ValueError):
    """Input that cannot become a valid object.

    ``problems`` lists every problem found (never empty); ``str()`` lists them
    all.  The message never contains the rejected value.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        found = tuple(problems)
        if not found:
            found = (Problem(path=ROOT, code="invalid", message="the input is not valid"),)
        self.problems = found
        super().__init__(self._render())

    @classmethod
    def single(cls, path: str, code: str, message: str) -> ValidationError:
        """An error with one problem."""
        return cls((Problem(path=path, code=code, message=message),))

    def under(self, parent: str) -> ValidationError:
        """The same error of the same class, its paths put under ``parent``."""
        return type(self)(p.under(parent) for p in self.problems)

    def _render(self) -> str:
        count = len(self.problems)
        head = "1 problem:" if count == 1 else f"{count} problems:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])

    def __str__(self) -> str:
        return self._render()

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


class PersonalDataRejected(ValidationError):
    """A value shaped like personal data (a Latvian personal code) was refused (rule P-7).

    The refused value is never part of the error, its message or its repr.
    """


def fail(path: str, code: str, message: str) -> NoReturn:
    """Raise a :class:`ValidationError` with one problem."""
    raise ValidationError.single(path, code, message)


@attrs.frozen(kw_only=True)
class Violation:
    """A rule broken by otherwise valid data, as a compliance check reports it.

    ``code`` is stable (``load.total_above_cap``); ``rule`` is the brief's rule
    id (``C-5``); ``path`` says what broke it, in the terms of the check's input.

    >>> found = Violation(code="load.total_above_cap", rule="C-5", message="6.30 FTE is above the cap", path="$")
    >>> found.rule, str(found)
    ('C-5', '$: 6.30 FTE is above the cap [C-5 load.total_above_cap]')
    """

    code: str
    rule: str
    message: str
    path: str = ROOT

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.rule} {self.code}]"


def raise_violations(violations: Iterable[Violation]) -> None:
    """Raise every violation at once as one :class:`ValidationError`; do nothing if there are none.

    >>> raise_violations(())
    >>> raise_violations([Violation(code="x.y", rule="C-5", message="too much")])
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $: too much (rule C-5) [x.y]
    """
    found = tuple(violations)
    if found:
        raise ValidationError(Problem(path=v.path, code=v.code, message=f"{v.message} (rule {v.rule})") for v in found)
