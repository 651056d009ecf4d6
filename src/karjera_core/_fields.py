"""The field kinds every record of the library declares its fields with (private; layer 1).

A record states each field once, with its kind and bounds::

    name: str = fields.name(200)
    opened: date                              # a day, from the annotation
    plans: tuple[SupportPlan, ...] = ()       # a tuple of records, from the annotation
    note: str | None = fields.text(2000, default=None)

From the kind, :mod:`karjera_core._records` derives the constructor's check,
the list of problems when it fails, the converter's hooks, the personal-code
guard (P-7) and the JSON Schema: nothing of it is written twice by hand.

Problems are collected in a :class:`Sink`, which keeps the first
:data:`CAP` in full and only counts the rest by code, so that refusing even
a large input costs little and stays linear in its size.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from karjera_core._compile import (
    BAD,
    FIRST_DAY,
    INFER,
    KEY,
    LAST_DAY,
    MAX_ITEMS,
    MAX_YEAR,
    MIN_YEAR,
    PERSONAL_CODE,
    PERSONAL_MESSAGE,
    Kind,
    Scope,
    Sink,
    article,
    predicate,
)
from karjera_core._containers import Items as Items
from karjera_core._containers import OneOf as OneOf
from karjera_core._containers import Optional as Optional
from karjera_core._personal_code import (
    CONTROL_LINE,
    CONTROL_TEXT,
    careful_line,
    careful_text,
    contains_personal_code,
    fast_line,
    fast_text,
    holding_codes,
    maybe,
    no_code,
    plain_line,
    plain_text,
)

# ---------------------------------------------------------------- the kinds

#: The texts found valid of each text kind, by kind: a text read again (a school's or an organisation's name in
#: every record of a batch) is found there instead of being read again.  Only :func:`keep_text` adds to them,
#: and only texts the kind's whole check passed; at most :data:`KEPT` texts of at most :data:`LONGEST`
#: characters are kept in all (once there are as many, every set is emptied before the next is kept), so that
#: they never hold more than a few megabytes.
_SEEN: dict[Kind, set[str]] = {}
KEPT = 16384
LONGEST = 256
_KEPT = [0]


def keep_text(seen: set[str], text: str) -> bool:
    """Keep ``text``, just found valid of the kind whose set ``seen`` is, unless it is too long; True."""
    if len(text) <= LONGEST:
        if _KEPT[0] >= KEPT:
            forget_texts()
        seen.add(text)
        _KEPT[0] += 1
    return True


def forget_texts() -> None:
    """Empty every set of texts found valid (the benchmarks start each round so)."""
    for seen in list(_SEEN.values()):  # a copy: a kind compiled meanwhile in another thread adds to _SEEN
        seen.clear()
    _KEPT[0] = 0


@attrs.frozen
class Text(Kind):
    """Text: ``min_length``-``max_length`` characters, no control characters, no personal code (P-7).

    ``lines`` allows tab and line breaks; ``edges`` allows spaces at either end
    (then the text must not be blank); ``pattern`` must match the whole text.
    With ``pattern_message``, the pattern is told last, only of text that is
    otherwise fine, and with that message.  ``kept``: texts found valid are kept
    (see :func:`keep_text`) -- not for free text or ids, which may be about a
    person and are not held any longer than the records that hold them.
    """

    max_length: int
    what: str = "text"
    min_length: int = 1
    lines: bool = False
    edges: bool = False
    pattern: str | None = None
    pattern_message: str | None = None
    kept: bool = True
    plain = True
    json_type = str
    json_code = "type.string"

    @property
    def _regex(self) -> re.Pattern[str] | None:
        return None if self.pattern is None else re.compile(self.pattern)

    def check(self, v: str, scope: Scope) -> str:
        # The text check of _personal_code.clean_line / clean_text inlined: printable ASCII without a digit group
        # shaped like a code; else text of the fast alphabet read in one pass (plain_line / plain_text); else the
        # whole check.  A text of eleven characters or more, or not ASCII, is looked up first among the texts found
        # valid of this kind before, and kept there once found so (see keep_text).
        fast = scope.add(fast_text if self.lines else fast_line, "fast")
        careful = scope.add(careful_text if self.lines else careful_line, "careful")
        plain = scope.add(plain_text if self.lines else plain_line, "plain")
        maybe_ = scope.add(maybe, "maybe")
        clean = (
            f"(({v}.isascii() and {v}.isprintable() and (len({v}) < 11 or {maybe_}({v}) is None))"
            f" or {plain}({v}) is not None"
            f" or ((len({v}) < 11 or {maybe_}({v}) is None or {scope.add(no_code, 'no_code')}({v}))"
            f" if ({v}.isascii() and {v}.isprintable()) or {fast}({v}) is not None else {careful}({v})))"
        )
        # no space at either end: strip() strips what isspace() is true of, and gives the text itself back
        # when there is nothing to strip, so that comparing them costs nothing then
        edges = f"not {v}.isspace()" if self.edges else f"{v}.strip() == {v}"
        pattern = [] if self.pattern is None else [_matches(self.pattern, v, scope)]
        whole = " and ".join([f"{self.min_length} <= len({v}) <= {self.max_length}", clean, edges, *pattern])
        # printable ASCII of at most ten characters holds no personal code and no control character
        size = f"{self.min_length} <= len({v}) <= {min(self.max_length, 10)}"
        short = " and ".join([size, f"{v}.isascii()", f"{v}.isprintable()", edges, *pattern])
        if not self.kept:
            return f"type({v}) is str and (({short}) or ({whole}))"
        seen, keep = scope.add(_SEEN.setdefault(self, set()), "seen"), scope.add(keep_text, "keep")
        return f"type({v}) is str and (({short}) or {v} in {seen} or ({whole} and {keep}({seen}, {v})))"

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
        if (CONTROL_TEXT if self.lines else CONTROL_LINE).search(value) is not None:
            allowed = "other than tab and line breaks" if self.lines else "or format characters"
            sink.add(path, "text.control", f"expected {what} without control characters {allowed}")
            fine = False
        regex, last = self._regex, self.pattern_message
        if regex is not None and last is None and regex.fullmatch(value) is None:
            sink.add(path, "text.format", f"expected {what}")
            fine = False
        if contains_personal_code(value):
            sink.add(path, PERSONAL_CODE, PERSONAL_MESSAGE)
            fine = False
        if fine and regex is not None and last is not None and regex.fullmatch(value) is None:
            sink.add(path, "text.format", last)
            fine = False
        return fine

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not str:
            sink.add(path, "type.string", "expected a string")
            return BAD
        return data if self.problems(data, path, sink) else BAD

    def load_each(self, items: list[Any], sink: Sink) -> list[Any]:
        texts = [x for x in items if type(x) is str]
        if len(texts) < len(items):
            sink.count("type.string", len(items) - len(texts))
        bad = self._count_texts(texts, sink)
        if not bad and len(texts) == len(items):
            return items
        return [x if type(x) is str and x not in bad else BAD for x in items]

    def count_each(self, values: list[Any], sink: Sink) -> None:
        texts = [x for x in values if type(x) is str]
        if len(texts) < len(values):
            sink.count("text.type", len(values) - len(texts))
        self._count_texts(texts, sink)

    def _count_texts(self, texts: list[str], sink: Sink) -> set[str]:
        """Count into a full ``sink`` the problems :meth:`problems` reports of each of the ``texts``; the texts
        with any.  Each distinct text is read once, each problem decided by its own test over all of them (the
        personal codes by one search, :func:`holding_codes`), and counted as often as its texts occur."""
        if type(self).problems is not Text.problems:  # a kind of its own problems: each text is read alone
            return {text for text in texts if not self.problems(text, "", sink)}
        times = Counter(texts)
        bad = {t for t in times if len(t) > self.max_length}  # measured before anything else is read
        if bad:
            sink.count("text.too_long", sum(times[t] for t in bad))
        rest = [t for t in times if t not in bad]
        shortest, regex, last = self.min_length, self._regex, self.pattern_message is not None
        control = CONTROL_TEXT if self.lines else CONTROL_LINE
        found = {
            "text.blank": [t for t in rest if len(t) < shortest or (t and t.isspace())],
            "text.whitespace": []
            if self.edges
            else [
                t for t in rest if len(t) >= shortest and t and not t.isspace() and (t[0].isspace() or t[-1].isspace())
            ],
            "text.control": [] if control.search("".join(rest)) is None else [t for t in rest if control.search(t)],
            "text.format": [] if regex is None or last else [t for t in rest if regex.fullmatch(t) is None],
            PERSONAL_CODE: [rest[i] for i in holding_codes(rest)],
        }
        if regex is not None and last:  # told only of text that is otherwise fine
            told = set().union(*found.values())
            found["text.format"] = [t for t in rest if t not in told and regex.fullmatch(t) is None]
        for code, where in found.items():
            if where:
                sink.count(code, sum(times[t] for t in where))
                bad.update(where)
        return bad

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        found: dict[str, Any] = {"type": "string", "minLength": self.min_length, "maxLength": self.max_length}
        if self.pattern is not None:
            found["pattern"] = f"^(?:{self.pattern})$"
        found["description"] = f"{self.what}; a Latvian personal code is refused (P-7)"
        return found


#: A pattern of a run of ASCII digits, "[0-9]{10}" or "[0-9]{1,3}": str methods match it without the regex engine.
_DIGIT_RUN = re.compile(r"\[0-9\](?:\{([0-9]+)(?:,([0-9]+))?\})?")


def _matches(pattern: str, v: str, scope: Scope) -> str:
    """The expression that is true when the text ``v`` matches the whole of ``pattern``."""
    run = _DIGIT_RUN.fullmatch(pattern)
    if run is None or run[1] == "0":
        return f"{scope.add(re.compile(pattern).fullmatch, 'pattern')}({v}) is not None"
    least = int(run[1] or 1)
    most = int(run[2] or least) if run[1] else 1
    size = f"len({v}) == {least}" if least == most else f"{least} <= len({v}) <= {most}"
    return f"({size} and {v}.isascii() and {v}.isdigit())"


@attrs.frozen
class Choice(Kind):
    """One of a fixed set of texts (a country code); none of them can be personal data."""

    values: frozenset[str]
    what: str
    plain = True
    code = "text.choice"
    json_type = str
    json_code = "type.string"

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
    plain = True
    json_type = int
    json_code = "type.integer"

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
    json_type = str
    json_code = "decimal.format"

    #: The smallest step of a value: 0.01 for two places.
    quantum: Decimal = attrs.field(init=False, eq=False, repr=False)

    #: True for a value of this kind: :meth:`check`, compiled once.
    ok: Callable[[Any], bool] = attrs.field(init=False, eq=False, repr=False)

    @quantum.default
    def _quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.places)

    @ok.default
    def _compiled(self) -> Callable[[Any], bool]:
        return predicate(self)

    def check(self, v: str, scope: Scope) -> str:
        low, high, step = (scope.add(x, "bound") for x in (self.minimum, self.maximum, self.quantum))
        # is_finite() first: ordering a NaN raises InvalidOperation; a value of exactly ``places`` places is
        # known to fit them without quantizing it
        return (
            f"type({v}) is Decimal and {v}.is_finite() and {low} {'<' if self.exclusive_minimum else '<='} {v}"
            f" <= {high} and ({v}.same_quantum({step}) or {v}.quantize({step}) == {v})"
        )

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

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        # the text's form first (Decimal() reads more forms than JSON input may have), then the value's check
        held = scope.add(None, "d")
        shape = f"type({v}) is str and {scope.add(_DECIMAL, 'form')}({v}) is not None"
        check = self.check(held, scope)
        return shape, f"({held} if ({held} := _Decimal({v})) is not None and {check} else _fallback())"

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
        return text if _DECIMAL(text) is not None else format(value.quantize(self.quantum), "f")

    def dump(self, expr: str, scope: Scope) -> str:
        # str() writes plain digits unless it needs an exponent, and then as format "f" does; text of at most
        # 30 characters always fits DECIMAL_TEXT; anything else needs a closer look.
        held, written = scope.add(None, "t"), scope.add(self.written, "written")
        return f'({held} if len({held} := str({expr})) <= 30 and "E" not in {held} else {written}({expr}))'

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{DECIMAL_TEXT}$", "description": f"{self.what}, a decimal string"}


@attrs.frozen
class Bool(Kind):
    """``True`` or ``False``, never 0 or 1."""

    what = "a bool"
    plain = True
    code = "boolean.type"
    json_type = bool
    json_code = "type.boolean"

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
#: A text already read is found in ``_text_day`` (which holds only valid days' texts) before it is measured.
_DAY_SHAPE = (
    '(type({v}) is str and ({v} in _text_day or len({v}) == 10 and {v}[4] == "-" and {v}[7] == "-"'
    ' and {v}.isascii() and "1900-01-01" <= {v} <= "2199-12-31"))'
)
_DAY_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DAY_MESSAGE = f"expected a date (datetime.date, not datetime) in the years {MIN_YEAR}-{MAX_YEAR}"


@attrs.frozen
class Day(Kind):
    """A whole day: exactly a :class:`~datetime.date` (not a datetime) in the library's years (T-2)."""

    what = "a date"
    json_type = str
    json_code = "date.format"

    def check(self, v: str, scope: Scope) -> str:
        return f"type({v}) is _date and _FIRST_DAY <= {v} <= _LAST_DAY"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is date and FIRST_DAY <= value <= LAST_DAY:
            return True
        sink.add(path, "date.range" if type(value) is date else "date.type", DAY_MESSAGE)
        return False

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        return _DAY_SHAPE.format(v=v), f"_text_day[{v}]"

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
        return f"_day_text[{expr}]"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


@attrs.frozen
class Enum(Kind):
    """A member of an enumeration, written as its value."""

    cls: type[enum.Enum]
    code = "enum.type"
    json_type = str
    json_code = "enum.value"

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
        return f"{expr}._value_"  # what ``.value`` gives, without the property's call

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": sorted(str(member.value) for member in self.cls)}


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
    """Free text: tab and line breaks allowed, not blank, no personal code (P-7); never kept (see Text)."""
    return field(Text(max_length, what, lines=True, edges=True, kept=False), default=default)


def ident(max_length: int = 64, *, what: str = "an id", default: Any = attrs.NOTHING) -> Any:
    """A pseudonymous id: a single line without spaces at either end, never a personal code (P-7); never kept."""
    return field(Text(max_length, what, kept=False), default=default)


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
