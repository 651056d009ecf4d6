"""The one error type for bad input, and the value compliance checks return.

Layer 1 of the library, above only the private field toolkit.

* :class:`ValidationError` is raised when input cannot become a valid object.
  It carries every :class:`Problem` found, each with a path such as
  ``$.assignments[3].load``, a stable code such as ``load.below_minimum`` and
  a message that says what was expected.  Messages never repeat the rejected
  value: it may be personal data (rule P-7).  An error lists at most the
  first 50 problems in full; ``omitted`` counts the rest by code.
* :class:`Violation` is what a rule that looks across many objects, or that
  depends on a date, returns: a value, never raised by itself.

Paths have one grammar: ``$`` is the whole input (or, for a function, the
call), ``.name`` a field or parameter, ``[index]`` an item of a list.

>>> err = ValidationError.single("$.end", "period.end_before_start", "expected an end on or after the start")
>>> err.problems[0].code
'period.end_before_start'
>>> print(err)
1 problem:
  $.end: expected an end on or after the start [period.end_before_start]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NoReturn

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import CAP, Sink
from karjera_core._records import plan_of, raise_with, record

__all__ = [
    "PersonalDataRejected",
    "Problem",
    "ValidationError",
    "Violation",
    "raise_violations",
]

ROOT = "$"
#: The grammar of a path: ``$``, then ``.name`` or ``[index]`` any number of times.
PATH = r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]{1,9}\])*"
#: A stable code: lower-case words joined by dots (``load.total_above_cap``).
CODE = r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*"
#: A rule id of the brief (``C-5``).
RULE = r"[A-Z]-[0-9]{1,2}"


def join_path(parent: str, child: str) -> str:
    """Put ``child`` (a path from ``$``) under ``parent``.

    >>> join_path("$.items[2]", "$.end")
    '$.items[2].end'
    >>> join_path("$.items[2]", "$")
    '$.items[2]'
    """
    return parent + child[1:]


@record
class Problem:
    """One thing wrong with an input: where (``path``), what kind (``code``), and what was expected.

    ``rule`` is the brief's rule id when the problem is a broken rule raised by :func:`raise_violations`.
    Every text here is checked like any other (P-7): a message can never carry a personal code.
    """

    path: str = fields.code(PATH, what="a path such as '$.items[2].end'", max_length=1000)
    code: str = fields.code(CODE, what="a code such as 'load.total_above_cap'", max_length=200)
    message: str = fields.name(1000, what="a message")
    rule: str | None = fields.code(RULE, what="a rule id such as 'C-5'", max_length=8, default=None)

    def under(self, parent: str) -> Problem:
        """The same problem, with its path put under ``parent`` (a path; anything else is a ValidationError)."""
        (parent,) = _PARENT(parent)
        return Problem(path=join_path(parent, self.path), code=self.code, message=self.message, rule=self.rule)

    def __str__(self) -> str:
        tag = self.code if self.rule is None else f"{self.rule} {self.code}"
        return f"{self.path}: {self.message} [{tag}]"


#: A path as an argument of a function (``Problem.under``): checked like a Problem's own path.
_PARENT = arguments(parent=fields.Text(1000, "a path such as '$.items[2]'", pattern=PATH))
_PROBLEMS = arguments(problems=tuple[Problem, ...])


class ValidationError(ValueError):
    """Input that cannot become a valid object.

    ``problems`` lists the problems found (never empty), the first 50 in
    full; ``omitted`` maps the code of each further problem to how many there
    were.  ``str()`` lists them all.  The message never contains the rejected value.

    ``problems`` is any iterable of :class:`Problem` (more than 50 are counted
    into ``omitted``); ``omitted`` maps codes to counts of one or more.
    Anything else is itself a ValidationError, at ``$.problems[i]`` or ``$.omitted``.
    """

    problems: tuple[Problem, ...]
    omitted: Mapping[str, int]

    def __init__(self, problems: Iterable[Problem], omitted: Mapping[str, int] | None = None) -> None:
        (found,) = _PROBLEMS(problems)
        more = _counts(omitted)
        if not found:
            found = (Problem(path=ROOT, code="invalid", message="expected valid input"),)
        for extra in found[CAP:]:
            more[extra.code] = more.get(extra.code, 0) + 1
        self.problems = found[:CAP]
        self.omitted = more
        super().__init__(self._render())

    @classmethod
    def single(cls, path: str, code: str, message: str) -> ValidationError:
        """An error with one problem."""
        return cls((Problem(path=path, code=code, message=message),))

    def under(self, parent: str) -> ValidationError:
        """The same error of the same class, its paths put under ``parent`` (a path)."""
        (parent,) = _PARENT(parent)
        return type(self)((p.under(parent) for p in self.problems), self.omitted)

    def _render(self) -> str:
        count = len(self.problems) + sum(self.omitted.values())
        head = "1 problem:" if count == 1 else f"{count} problems:"
        lines = [head, *(f"  {p}" for p in self.problems)]
        if self.omitted:
            more = ", ".join(f"{n} {code}" for code, n in sorted(self.omitted.items()))
            lines.append(f"  ... and {sum(self.omitted.values())} more not listed: {more}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self._render()

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...], dict[str, int]]]:
        return (type(self), (self.problems, dict(self.omitted)))


def _counts(omitted: object) -> dict[str, int]:
    """``omitted`` as a fresh dict of code -> count, or a ValidationError at ``$.omitted``."""
    if omitted is None:
        return {}
    if not isinstance(omitted, Mapping) or not all(
        type(code) is str and type(count) is int and count >= 1 for code, count in omitted.items()
    ):
        fail("$.omitted", "error.omitted", "expected None or a mapping of problem codes to counts of one or more")
    return dict(omitted)


class PersonalDataRejected(ValidationError):
    """A value shaped like personal data (a Latvian personal code) was refused (rule P-7).

    The refused value is never part of the error, its message or its repr.
    """


def _from_sink(sink: Sink) -> ValidationError:
    build = plan_of(Problem).build
    problems = [build(path, code, message, None) for path, code, message in sink.flaws]
    kind = PersonalDataRejected if sink.personal else ValidationError
    return kind(problems, sink.more)


raise_with(_from_sink)


def fail(path: str, code: str, message: str) -> NoReturn:
    """Raise a :class:`ValidationError` with one problem."""
    raise ValidationError.single(path, code, message)


@record
class Violation:
    """A rule broken by otherwise valid data, as a compliance check reports it.

    ``code`` is stable (``load.total_above_cap``); ``rule`` is the brief's rule
    id (``C-5``); ``path`` says what broke it, as a path into the check's
    arguments (``$.assignments[2].load``).

    >>> found = Violation(code="load.total_above_cap", rule="C-5", message="6.30 FTE is above the cap", path="$")
    >>> found.rule, str(found)
    ('C-5', '$: 6.30 FTE is above the cap [C-5 load.total_above_cap]')
    """

    code: str = fields.code(CODE, what="a code such as 'load.total_above_cap'", max_length=200)
    rule: str = fields.code(RULE, what="a rule id such as 'C-5'", max_length=8)
    message: str = fields.name(1000, what="a message")
    path: str = fields.code(PATH, what="a path such as '$.assignments[2]'", max_length=1000, default=ROOT)

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.rule} {self.code}]"


def raise_violations(violations: Iterable[Violation]) -> None:
    """Raise every violation at once as one :class:`ValidationError`; do nothing if there are none.

    Each problem keeps its violation's path, code, message and rule id; the
    first 50 are listed and the rest counted by code.  ``violations`` is any
    iterable of :class:`Violation` (not text or a mapping); anything else is a
    ValidationError at ``$.violations`` or ``$.violations[i]``.

    >>> raise_violations(())
    >>> raise_violations([Violation(code="x.y", rule="C-5", message="too much")])
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $: too much [C-5 x.y]
    """
    (found,) = _VIOLATIONS(violations)
    if found:
        more: dict[str, int] = {}
        for v in found[CAP:]:
            more[v.code] = more.get(v.code, 0) + 1
        listed = (Problem(path=v.path, code=v.code, message=v.message, rule=v.rule) for v in found[:CAP])
        raise ValidationError(listed, more)


_VIOLATIONS = arguments(violations=tuple[Violation, ...])


def __dir__() -> list[str]:
    return sorted(__all__)
