"""The field kinds every record of the library declares its fields with (private; layer 1).

A record states each field once, with its kind and bounds::

    name: str = fields.name(200)
    opened: date                              # a day, from the annotation
    plans: tuple[SupportPlan, ...] = ()       # a tuple of records, from the annotation
    note: str | None = fields.text(2000, default=None)

From the kind, :mod:`karjera_core._records` derives the constructor's check,
the list of problems when it fails, the converter's hooks, the personal-code
guard (P-7) and the JSON Schema: nothing of it is written twice by hand.

A kind knows how to:

* ``check(v, scope)``: a Python expression, true when ``v`` is a valid value
  (compiled into the generated constructor: no interpretation per call);
* ``problems(value, path, code, sink)``: report what is wrong with a value
  that failed the check, returning whether it was fine after all;
* ``load(v, scope)``: for JSON input, an expression true when ``v`` has the
  right JSON shape, and an expression building the value (which may raise,
  sending the caller to the slow path);
* ``load_slow(data, path, code, sink)``: the same with every problem reported;
* ``dump(expr, scope)``: an expression writing the value as JSON data;
* ``schema(defs)``: the JSON Schema (draft 2020-12) of what ``load`` accepts.

Problems are collected in a :class:`Sink`, which keeps the first
:data:`CAP` in full and only counts the rest by code, so that refusing even
a large input costs little and stays linear in its size.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from karjera_core._personal_code import contains_personal_code

#: Years the library accepts anywhere: wide enough for any project, narrow enough that date arithmetic never overflows.
MIN_YEAR, MAX_YEAR = 1900, 2199
FIRST_DAY, LAST_DAY = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)
#: How many problems an error lists in full; the rest are counted by code.
CAP = 50
#: The code and message of a personal code found in text (P-7); the message never holds the value.
PERSONAL_CODE = "privacy.personal_code"
PERSONAL_MESSAGE = "expected pseudonymous text; a Latvian personal code is refused (P-7)"
#: The default largest number of items of a tuple field.
MAX_ITEMS = 10_000
#: A size bound that is no bound: the caller's own collections passed to a function.
UNBOUNDED = 1 << 62
#: The metadata key under which a field's declaration is kept.
KEY = "karjera_core.field"
#: What a slow loader returns for a value it could not build.
BAD: Any = object()


class Flaw(NamedTuple):
    """One thing wrong, as a rule reports it: a path from ``$``, a stable code and what was expected."""

    path: str
    code: str
    message: str


class Sink:
    """Where problems are collected: the first :data:`CAP` in full, then a count per code."""

    __slots__ = ("flaws", "more", "personal")

    def __init__(self) -> None:
        self.flaws: list[Flaw] = []
        self.more: dict[str, int] = {}
        self.personal = False

    def add(self, path: str, code: str, message: str) -> None:
        if code == PERSONAL_CODE:
            self.personal = True
        if len(self.flaws) < CAP:
            self.flaws.append(Flaw(path, code, message))
        else:
            self.more[code] = self.more.get(code, 0) + 1

    def __bool__(self) -> bool:
        return bool(self.flaws)

    def __len__(self) -> int:
        return len(self.flaws) + sum(self.more.values())


class Scope(dict[str, Any]):
    """The names a generated function sees: :meth:`add` gives each object a fresh one."""

    def add(self, obj: Any, hint: str = "o") -> str:
        name = f"_{hint}{len(self)}"
        self[name] = obj
        return name


class Fallback(ValueError):
    """Raised on a generated fast path to send the input to the slow path, which reports every problem."""


def fallback(*_: Any) -> Any:
    """Give up the fast path (see :class:`Fallback`)."""
    raise Fallback


# ---------------------------------------------------------------- the kinds


def article(name: str) -> str:
    """``name`` after its indefinite article: "a Grade", "an Organisation"."""
    return f"{'an' if name[:1] in 'AEIOU' else 'a'} {name}"


class Kind:
    """A field kind; see the module's docstring for what each method gives."""

    #: A noun phrase for messages: "a name", "a date".
    what = "a value"
    #: The JSON type word of a wrong-typed value's code (``type.string``), or "" when the kind reports its own.
    json = ""
    #: True when the Python value is its own JSON form (dump and load are the identity).
    plain = False
    #: The code of a value that is not of the kind.
    code = "value.type"

    def check(self, v: str, scope: Scope) -> str:
        raise NotImplementedError

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if predicate(self)(value):
            return True
        sink.add(path, self.code, f"expected {self.what}")
        return False

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return self.check(v, scope), v

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        return data if self.problems(data, path, sink) else BAD

    def dump(self, expr: str, scope: Scope) -> str:
        return expr

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError


#: Characters no single-line text may hold: C0 and C1 controls, invisible format characters, lone surrogates.
_FORMAT = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff"
_CONTROL_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_FORMAT}]")
#: The same for free text, where tab, newline and carriage return are allowed.
_CONTROL_TEXT = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_FORMAT}]")


def _clean_line(text: str) -> bool:
    return _CONTROL_LINE.search(text) is None and not contains_personal_code(text)


def _clean_text(text: str) -> bool:
    return _CONTROL_TEXT.search(text) is None and not contains_personal_code(text)


#: The UTF-8 bytes of text that is clean without a closer look (besides its digits): printable ASCII and
#: the Latvian letters (U+0100-U+017F, whose lead bytes are C4 and C5), for single lines and for free text.
_LINE_BYTES = bytes([*range(0x20, 0x30), *range(0x3A, 0x7F), 0xC4, 0xC5, *range(0x80, 0xC0)])
_TEXT_BYTES = _LINE_BYTES + b"\t\n\r"


def _quick(allowed: bytes, careful: Callable[[str], bool]) -> Callable[[str], bool]:
    """A check equal to ``careful``, but fast for text of ``allowed`` bytes with fewer than 11 digits:
    such text holds no control character and, having too few digits, no personal code (P-7)."""

    def clean(text: str) -> bool:
        rest = text.encode("utf-8", "surrogatepass").translate(None, allowed)
        if not rest or (len(rest) < 11 and rest.isdigit()):
            return True
        return careful(text)

    return clean


clean_line = _quick(_LINE_BYTES, _clean_line)
clean_text = _quick(_TEXT_BYTES, _clean_text)


@attrs.frozen
class Text(Kind):
    """Text: ``min_length``-``max_length`` characters, no control characters, no personal code (P-7).

    ``lines`` allows tab and line breaks; ``edges`` allows spaces at either end
    (then the text must not be blank); ``pattern`` must match the whole text.
    """

    max_length: int
    what: str = "text"
    min_length: int = 1
    lines: bool = False
    edges: bool = False
    pattern: str | None = None
    json = "string"
    plain = True

    @property
    def _regex(self) -> re.Pattern[str] | None:
        return None if self.pattern is None else re.compile(self.pattern)

    def check(self, v: str, scope: Scope) -> str:
        clean = scope.add(clean_text if self.lines else clean_line, "clean")
        parts = [f"type({v}) is str", f"{self.min_length} <= len({v}) <= {self.max_length}", f"{clean}({v})"]
        if self.edges:
            parts.append(f"not {v}.isspace()")
        else:
            parts.append(f"(not {v} or not ({v}[0].isspace() or {v}[-1].isspace()))")
        if self.pattern is not None:
            parts.append(f"{scope.add(re.compile(self.pattern).fullmatch, 'pattern')}({v}) is not None")
        return " and ".join(parts)

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        what = self.what
        if type(value) is not str:
            sink.add(path, "text.type", f"expected {what} as a str")
            return False
        size = len(value)
        if size > self.max_length:  # measured before anything else is read
            sink.add(path, "text.too_long", f"expected {what} of at most {self.max_length} characters")
            return False
        fine = True
        if size < self.min_length or (size and value.isspace()):
            sink.add(path, "text.blank", f"expected {what} that is not blank")
            fine = False
        elif size and not self.edges and (value[0].isspace() or value[-1].isspace()):
            sink.add(path, "text.whitespace", f"expected {what} without spaces at either end")
            fine = False
        if (_CONTROL_TEXT if self.lines else _CONTROL_LINE).search(value) is not None:
            allowed = "other than tab and line breaks" if self.lines else "or format characters"
            sink.add(path, "text.control", f"expected {what} without control characters {allowed}")
            fine = False
        regex = self._regex
        if regex is not None and regex.fullmatch(value) is None:
            sink.add(path, "text.format", f"expected {what}")
            fine = False
        if contains_personal_code(value):
            sink.add(path, PERSONAL_CODE, PERSONAL_MESSAGE)
            fine = False
        return fine

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not str:
            sink.add(path, "type.string", "expected a string")
            return BAD
        return data if self.problems(data, path, sink) else BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        found: dict[str, Any] = {"type": "string", "minLength": self.min_length, "maxLength": self.max_length}
        if self.pattern is not None:
            found["pattern"] = f"^(?:{self.pattern})$"
        found["description"] = f"{self.what}; a Latvian personal code is refused (P-7)"
        return found


@attrs.frozen
class Choice(Kind):
    """One of a fixed set of texts (a country code); none of them can be personal data."""

    values: frozenset[str]
    what: str
    json = "string"
    plain = True
    code = "text.choice"

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is str and {v} in {scope.add(self.values, 'choices')}"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not str:
            sink.add(path, "type.string", "expected a string")
            return BAD
        return data if data in self.values or self.problems(data, path, sink) else BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "enum": sorted(self.values)}


@attrs.frozen
class Integer(Kind):
    """An ``int`` (never a bool) from ``minimum`` to ``maximum``."""

    minimum: int
    maximum: int
    what: str = "an integer"
    json = "integer"
    plain = True

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is int and {self.minimum} <= {v} <= {self.maximum}"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is int and self.minimum <= value <= self.maximum:
            return True
        kind = "integer.range" if type(value) is int else "integer.type"
        sink.add(path, kind, f"expected {self.what}: an int (not a bool) from {self.minimum} to {self.maximum}")
        return False

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not int:
            sink.add(path, "type.integer", "expected an integer")
            return BAD
        return data if self.minimum <= data <= self.maximum or self.problems(data, path, sink) else BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}


#: A decimal number as JSON writes it here: a string of digits, an optional point and more digits.
DECIMAL_TEXT = r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?"
_DECIMAL = re.compile(DECIMAL_TEXT).fullmatch


@attrs.frozen
class Dec(Kind):
    """A finite :class:`~decimal.Decimal` with at most ``places`` decimal places within the bounds.

    The bounds are compared before any arithmetic, so an absurd exponent never reaches it (M-1).
    """

    minimum: Decimal
    maximum: Decimal
    places: int = 2
    what: str = "a number"
    exclusive_minimum: bool = False

    @property
    def _quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.places)

    def ok(self, value: Decimal) -> bool:
        if not value.is_finite():  # before any comparison: ordering a NaN raises InvalidOperation
            return False
        low = self.minimum < value if self.exclusive_minimum else self.minimum <= value
        return low and value <= self.maximum and value.quantize(self._quantum) == value

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is Decimal and {scope.add(self.ok, 'decimal')}({v})"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is Decimal and self.ok(value):
            return True
        low = f"above {self.minimum}" if self.exclusive_minimum else f"at least {self.minimum}"
        sink.add(
            path,
            "decimal.range" if type(value) is Decimal else "decimal.type",
            f"expected {self.what} as a finite Decimal with at most {self.places} decimal places, "
            f"{low} and at most {self.maximum}",
        )
        return False

    def _build(self, text: Any) -> Decimal:
        if type(text) is not str or _DECIMAL(text) is None:
            raise Fallback
        value = Decimal(text)
        if not self.ok(value):
            raise Fallback
        return value

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return "True", f"{scope.add(self._build, 'dec')}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not str or _DECIMAL(data) is None:
            sink.add(path, "decimal.format", "expected a decimal number written as a string, such as '0.30'")
            return BAD
        value = Decimal(data)
        return value if self.ok(value) or self.problems(value, path, sink) else BAD

    def written(self, value: Decimal) -> str:
        """``value`` as JSON writes it: its plain digits, or, when those hold more fraction digits than JSON
        input may (:data:`DECIMAL_TEXT`; a value of this kind has only zeros beyond ``places``), quantized."""
        text = format(value, "f")
        return text if _DECIMAL(text) is not None else format(value.quantize(self._quantum), "f")

    def dump(self, expr: str, scope: Scope) -> str:
        # Text of at most 30 characters always fits DECIMAL_TEXT; only longer text needs a closer look.
        held, written = scope.add(None, "t"), scope.add(self.written, "written")
        return f'({held} if len({held} := format({expr}, "f")) <= 30 else {written}({expr}))'

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{DECIMAL_TEXT}$", "description": f"{self.what}, a decimal string"}


@attrs.frozen
class Bool(Kind):
    """``True`` or ``False``, never 0 or 1."""

    what = "a bool"
    json = "boolean"
    plain = True
    code = "boolean.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is bool"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not bool:
            sink.add(path, "type.boolean", "expected true or false")
            return BAD
        return data

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}


#: A date's JSON shape, as a generated expression: with it, date.fromisoformat accepts exactly the
#: strings YYYY-MM-DD of the library's years (no "20240102", no week dates).
_DAY_SHAPE = (
    '(type({v}) is str and len({v}) == 10 and {v}[4] == "-" and {v}[7] == "-" and {v}.isascii()'
    ' and "1900-01-01" <= {v} <= "2199-12-31")'
)
_DAY_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DAY_MESSAGE = f"expected a date (datetime.date, not datetime) in the years {MIN_YEAR}-{MAX_YEAR}"


@attrs.frozen
class Day(Kind):
    """A whole day: exactly a :class:`~datetime.date` (not a datetime) in the library's years (T-2)."""

    what = "a date"

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is _date and _FIRST_DAY <= {v} <= _LAST_DAY"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is date and FIRST_DAY <= value <= LAST_DAY:
            return True
        sink.add(path, "date.range" if type(value) is date else "date.type", DAY_MESSAGE)
        return False

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return _DAY_SHAPE.format(v=v), f"_fromiso({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not str or not _DAY_TEXT.fullmatch(data):
            sink.add(path, "date.format", "expected a date written YYYY-MM-DD")
            return BAD
        try:
            value = date.fromisoformat(data)
        except ValueError:
            sink.add(path, "date.invalid", "expected a real calendar date")
            return BAD
        return value if FIRST_DAY <= value <= LAST_DAY or self.problems(value, path, sink) else BAD

    def dump(self, expr: str, scope: Scope) -> str:
        return f"{expr}.isoformat()"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


@attrs.frozen
class Enum(Kind):
    """A member of an enumeration, written as its value."""

    cls: type[enum.Enum]
    code = "enum.type"

    @property
    def what(self) -> str:  # type: ignore[override]
        return article(self.cls.__name__)

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is {scope.add(self.cls, 'enum')}"

    def _members(self) -> dict[Any, enum.Enum]:
        return {member.value: member for member in self.cls}

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return f"type({v}) is str", f"{scope.add(self._members(), 'members')}[{v}]"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        members = self._members()
        if type(data) is str and data in members:
            return members[data]
        sink.add(path, "enum.value", f"expected one of: {', '.join(sorted(str(v) for v in members))}")
        return BAD

    def dump(self, expr: str, scope: Scope) -> str:
        return f"{expr}.value"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": sorted(str(member.value) for member in self.cls)}


@attrs.frozen
class Optional(Kind):
    """``None`` or a value of ``inner``."""

    inner: Kind

    @property
    def what(self) -> str:  # type: ignore[override]
        return f"None or {self.inner.what}"

    @property
    def plain(self) -> bool:  # type: ignore[override]
        return self.inner.plain

    def check(self, v: str, scope: Scope) -> str:
        return f"({v} is None or ({self.inner.check(v, scope)}))"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        return value is None or self.inner.problems(value, path, sink)

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        shape, build = self.inner.load(v, scope)
        return f"({v} is None or ({shape}))", (v if build == v else f"(None if {v} is None else {build})")

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        return None if data is None else self.inner.load_slow(data, path, sink)

    def dump(self, expr: str, scope: Scope) -> str:
        if self.inner.plain:
            return expr
        held = scope.add(None, "w")
        return f"(None if ({held} := {expr}) is None else {self.inner.dump(held, scope)})"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [self.inner.schema(defs), {"type": "null"}]}


@attrs.frozen
class Items(Kind):
    """A tuple of ``min_size``-``max_size`` values of ``item``; JSON writes it as an array.

    Its size is checked before any item is read.
    """

    item: Kind
    max_size: int = MAX_ITEMS
    min_size: int = 0

    @property
    def what(self) -> str:  # type: ignore[override]
        if self.max_size >= UNBOUNDED:
            return f"an iterable (not text) of items, each {self.item.what}"
        return f"a tuple of items, each {self.item.what}"

    @property
    def _size(self) -> str:
        if self.min_size:
            return f"expected {self.min_size} to {self.max_size} items"
        return f"expected at most {self.max_size} items"

    def check(self, v: str, scope: Scope) -> str:
        item = self.item.check("x", scope)
        every = define(scope, "every", ["for x in t:", f"    if not ({item}):", "        return False", "return True"])
        return f"type({v}) is tuple and {self.min_size} <= len({v}) <= {self.max_size} and (not {v} or {every}({v}))"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is not tuple:
            sink.add(path, "array.type", f"expected {self.what}")
            return False
        if not self.min_size <= len(value) <= self.max_size:
            sink.add(path, "array.size", self._size)
            return False
        item, item_ok, fine = self.item, predicate(self.item), True
        for index, entry in enumerate(value):
            if not item_ok(entry):
                fine = item.problems(entry, f"{path}[{index}]", sink) and fine
        return fine

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        shape, build = self.item.load("x", scope)
        if build == "x":
            body = ["for x in t:", f"    if not ({shape}):", "        raise _Fallback", "return tuple(t)"]
        else:
            body = [f"return tuple([{build} if ({shape}) else _fallback() for x in t])"]
        name = define(scope, "load_items", body)
        return f"type({v}) is list and {self.min_size} <= len({v}) <= {self.max_size}", f"{name}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not list:
            sink.add(path, "type.array", "expected an array")
            return BAD
        if not self.min_size <= len(data) <= self.max_size:
            sink.add(path, "array.size", self._size)
            return BAD
        built = [self.item.load_slow(entry, f"{path}[{index}]", sink) for index, entry in enumerate(data)]
        return BAD if any(x is BAD for x in built) else tuple(built)

    def dump(self, expr: str, scope: Scope) -> str:
        if self.item.plain:
            return f"list({expr})"
        return f"[{self.item.dump('x', scope)} for x in {expr}]"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "array", "items": self.item.schema(defs), "minItems": self.min_size, "maxItems": self.max_size}


@attrs.frozen
class OneOf(Kind):
    """A value of any one of ``kinds``: a union such as ``LearnerCount | VocationalLearnerCount``.

    JSON is read by trying each kind in turn: the first that accepts the data wins.
    """

    kinds: tuple[Kind, ...]

    @property
    def what(self) -> str:  # type: ignore[override]
        return " or ".join(kind.what for kind in self.kinds)

    @property
    def code(self) -> str:  # type: ignore[override]
        codes = {kind.code for kind in self.kinds}
        return codes.pop() if len(codes) == 1 else "value.type"

    def check(self, v: str, scope: Scope) -> str:
        return "(" + " or ".join(f"({kind.check(v, scope)})" for kind in self.kinds) + ")"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        sink.add(path, self.code, f"expected {self.what}")
        return False

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        body: list[str] = []
        for kind in self.kinds:
            shape, build = kind.load("x", scope)
            body += ["try:", f"    if {shape}:", f"        return {build}", "except (ValueError, KeyError):"]
            body.append("    pass")
        return "True", f"{define(scope, 'one_of', [*body, 'raise _Fallback'], 'x')}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        for kind in self.kinds:
            trial = Sink()
            value = kind.load_slow(data, path, trial)
            if value is not BAD and not trial:
                return value
        sink.add(path, self.code, f"expected {self.what}")
        return BAD

    def dump(self, expr: str, scope: Scope) -> str:
        lines = [f"if {kind.check('x', scope)}: return {kind.dump('x', scope)}" for kind in self.kinds[:-1]]
        body = [*lines, f"return {self.kinds[-1].dump('x', scope)}"]
        return f"{define(scope, 'dump_one_of', body, 'x')}({expr})"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [kind.schema(defs) for kind in self.kinds]}


@attrs.frozen
class Where(Kind):
    """A function's argument that no annotation describes: a value for which ``test`` is true
    (``attrs.has(type(v))``).  Only for :func:`~karjera_core._records.arguments`, never a record's field."""

    test: Callable[[Any], bool]
    what: str
    code: str = "value.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"{scope.add(self.test, 'test')}({v})"


def is_stream(value: Any) -> bool:
    """True for an iterable that is not text, bytes or a mapping."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


@attrs.frozen
class Stream(Kind):
    """An iterable (not text, bytes or a mapping) that a public function reads once, lazily, checking each
    item as it reads it -- so a generator of a million facts is never copied.  For function arguments only."""

    what: str = "an iterable (not text or a mapping)"
    code = "array.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"{scope.add(is_stream, 'stream')}({v})"


@attrs.frozen
class Function(Kind):
    """A function (any callable) given to a public function, such as a key function.  For function arguments only."""

    what: str = "a function"
    code = "function.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"callable({v})"


#: The item kind of ``items()`` when it is to be inferred from the annotation.
INFER = Kind()

#: The names every generated function sees.
_BASE_SCOPE: dict[str, Any] = {
    "_date": date,
    "_FIRST_DAY": FIRST_DAY,
    "_LAST_DAY": LAST_DAY,
    "_fromiso": date.fromisoformat,
    "_Decimal": Decimal,
    "Decimal": Decimal,
    "_Fallback": Fallback,
    "_fallback": fallback,
}


def new_scope() -> Scope:
    """A fresh scope for a generated function, holding the base names."""
    return Scope(_BASE_SCOPE)


def define(scope: Scope, hint: str, body: list[str], params: str = "t") -> str:
    """Compile a function of ``params`` whose body is the lines ``body`` into ``scope``; its name there."""
    name = scope.add(None, hint)
    source = "\n".join([f"def {name}({params}):", *(f"    {line}" for line in body)])
    namespace = dict(scope)  # a plain dict: global look-ups in a generated function stay fast
    exec(source, namespace)  # noqa: S102 - generated from declarations, never from input
    scope[name] = namespace[name]
    return name


_PREDICATES: dict[Kind, Callable[[Any], bool]] = {}


def predicate(kind: Kind) -> Callable[[Any], bool]:
    """The compiled check of ``kind`` as a function of one value (made once per kind)."""
    found = _PREDICATES.get(kind)
    if found is None:
        scope = new_scope()
        found = _PREDICATES[kind] = scope[define(scope, "ok", [f"return {kind.check('v', scope)}"], "v")]
    return found


# ---------------------------------------------------------------- declaring a field


@attrs.frozen
class Spec:
    """What a field declares: its kind, and optional functions run before (``convert``) and after
    (``canonical``) the check."""

    kind: Kind | None
    convert: Callable[[Any], Any] | None = None
    canonical: Callable[[Any], Any] | None = None


def field(
    kind: Kind | None = None,
    *,
    default: Any = attrs.NOTHING,
    convert: Callable[[Any], Any] | None = None,
    canonical: Callable[[Any], Any] | None = None,
) -> Any:
    """Declare a field of ``kind`` (inferred from the annotation when ``None``)."""
    return attrs.field(default=default, metadata={KEY: Spec(kind, convert, canonical)})


def name(max_length: int = 200, *, what: str = "a name", default: Any = attrs.NOTHING) -> Any:
    """A single-line name or title: no control characters, no spaces at either end, no personal code."""
    return field(Text(max_length, what), default=default)


def text(max_length: int = 2000, *, what: str = "text", default: Any = attrs.NOTHING) -> Any:
    """Free text: tab and line breaks allowed, not blank, no personal code (P-7)."""
    return field(Text(max_length, what, lines=True, edges=True), default=default)


def ident(max_length: int = 64, *, what: str = "an id", default: Any = attrs.NOTHING) -> Any:
    """A pseudonymous id: a single line without spaces at either end, never a personal code (P-7)."""
    return field(Text(max_length, what), default=default)


def code(pattern: str, *, what: str, max_length: int = 64, default: Any = attrs.NOTHING) -> Any:
    """A code whose whole text matches ``pattern``."""
    return field(Text(max_length, what, pattern=pattern), default=default)


def choice(values: Iterable[str], *, what: str, default: Any = attrs.NOTHING) -> Any:
    """One of a fixed set of texts."""
    found = frozenset(values)
    assert not any(map(contains_personal_code, found))
    return field(Choice(found, what), default=default)


def integer(minimum: int, maximum: int, *, what: str = "an integer", default: Any = attrs.NOTHING) -> Any:
    """An int (not a bool) from ``minimum`` to ``maximum``."""
    return field(Integer(minimum, maximum, what), default=default)


def count(maximum: int = 10**9, *, what: str = "a count", default: Any = attrs.NOTHING) -> Any:
    """A count: an int from 0 to ``maximum``."""
    return field(Integer(0, maximum, what), default=default)


def decimal(
    minimum: Decimal | int,
    maximum: Decimal | int,
    *,
    places: int = 2,
    what: str = "a number",
    exclusive_minimum: bool = False,
    default: Any = attrs.NOTHING,
    canonical: Callable[[Any], Any] | None = None,
) -> Any:
    """A finite Decimal with at most ``places`` decimal places within the bounds."""
    kind = Dec(Decimal(minimum), Decimal(maximum), places, what, exclusive_minimum)
    return field(kind, default=default, canonical=canonical)


def items(
    item: Kind | None = None,
    *,
    max_size: int = MAX_ITEMS,
    min_size: int = 0,
    default: Any = attrs.NOTHING,
    canonical: Callable[[Any], Any] | None = None,
) -> Any:
    """A tuple of items of ``item`` (inferred from the annotation when ``None``)."""
    return field(Items(INFER if item is None else item, max_size, min_size), default=default, canonical=canonical)


def text_kind(max_length: int = 200, what: str = "a name") -> Text:
    """The kind :func:`name` declares, for items of a tuple."""
    return Text(max_length, what)
