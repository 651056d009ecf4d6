"""Columnar facts: a fact table given as columns, checked column by column and summarised without a Fact per row.

A *fact table* is facts given as columns named like the fields of
:class:`~karjera_core.indicators.Fact` -- ``indicator``, ``on``, ``subject``,
``value``, ``kind`` (``value`` and ``kind`` may be left out: no values, every
fact ``OCCURRED``) -- as

* a mapping of column names to sequences (lists, tuples, numpy arrays, Series),
* a pandas or a polars ``DataFrame`` (neither is needed by the library), or
* a :class:`FactColumns`, the library's own validated table.

``kind`` holds :class:`~karjera_core.indicators.FactKind` members or their
values (``"occurred"``, ``"total"``, ``"measurement"``), so that a data frame
can hold it as text.  :func:`~karjera_core.indicators.summarize` accepts a fact
table wherever it accepts facts, and gives the summary the same facts as
``Fact`` objects give.  Each column is checked with the rules of ``Fact``'s own
fields -- the same kinds, the same codes and messages, the personal-code guard
on subjects (P-7) -- at the row's path (``$.facts[123].on``), but each distinct
value once rather than once per row, and no ``Fact`` is built.

>>> from datetime import date
>>> from decimal import Decimal
>>> from karjera_core.indicators import Indicator, Measure, Fact, summarize
>>> ind = Indicator(code="M", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(2))
>>> table = {"indicator": ["M", "M", "X"], "on": [date(2025, 1, 9), date(2025, 2, 1), date(2025, 2, 1)],
...          "subject": ["m-1", "m-2", "m-1"]}
>>> facts = [Fact(indicator=i, on=d, subject=s) for i, d, s in zip(*table.values())]
>>> summarize([ind], table, as_of=date(2025, 12, 31)) == summarize([ind], facts, as_of=date(2025, 12, 31))
True
>>> summarize([ind], dict(table, on=["2025-01-09", date(2025, 2, 1), None]), as_of=date(2025, 12, 31))
Traceback (most recent call last):
...
karjera_core.errors.ValidationError: 2 problems:
  $.facts[0].on: expected a date (datetime.date, not datetime) in the years 1900-2199 [date.type]
  $.facts[2].on: expected a date (datetime.date, not datetime) in the years 1900-2199 [date.type]

Which engine: a polars frame is summarised with polars; any other table in
pure Python (``engine="polars"`` converts it first).  Both give the identical
summary.  See ``docs/howto-split.md`` for splitting a table across processes.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from itertools import compress, repeat
from operator import is_not, or_
from typing import Any

from karjera_core import _fields as fields
from karjera_core._arguments import Where, arguments
from karjera_core._compile import Flaw, Sink, predicate
from karjera_core._records import error, plan_of, record, rule
from karjera_core.indicators import _columnar, summary
from karjera_core.indicators.definitions import CODE, NUMBER, SUBJECT, Indicator, refuse
from karjera_core.indicators.facts import Fact, FactKind
from karjera_core.indicators.summary import Summary, duplicate_codes

__all__ = ["COLUMNS", "FactColumns", "is_fact_table", "summarize_columns"]

#: The columns of a fact table, in the order of ``Fact``'s fields; the first three are required.
COLUMNS = ("indicator", "on", "subject", "value", "kind")
REQUIRED = COLUMNS[:3]
#: The most rows a :class:`FactColumns` holds.
MAX_ROWS = 100_000_000

_FACT = plan_of(Fact)
_KIND_OF: dict[object, FactKind] = {**{k: k for k in FactKind}, **{k.value: k for k in FactKind}}
_OCCURRED = FactKind.OCCURRED
#: Each column's kind (``Fact``'s own), its check, and the exact types a valid value has.
_FIELD = {x.name: x.kind for x in _FACT.fields}
_OK = {name: predicate(kind) for name, kind in _FIELD.items()}
_TYPES: dict[str, frozenset[type]] = {
    "indicator": frozenset({str}),
    "on": frozenset({date}),
    "subject": frozenset({str}),
    "value": frozenset({Decimal, type(None)}),
    "kind": frozenset({FactKind, str}),
}
#: The name of a column that may be shown in a problem's path (an identifier, never a personal code).
_SHOWABLE = predicate(fields.Text(64, "a column name", pattern=r"[A-Za-z_][A-Za-z0-9_]{0,63}"))
_EXPECTED = ", ".join(COLUMNS)


class _Row:
    """What a rule of ``Fact`` reads, for one row: a stand-in, so that the rules run without a ``Fact``."""

    __slots__ = ("kind", "value")

    def __init__(self, value: Decimal | None, kind: FactKind) -> None:
        self.value, self.kind = value, kind


def _is_frame(value: object, module: str) -> bool:
    found = sys.modules.get(module)
    return found is not None and isinstance(value, found.DataFrame)


def is_fact_table(value: object) -> bool:
    """True for what the column path reads: a mapping, a pandas or polars DataFrame, or :class:`FactColumns`.

    >>> is_fact_table({"indicator": []}), is_fact_table([])
    (True, False)
    """
    return isinstance(value, Mapping | FactColumns) or _is_frame(value, "polars") or _is_frame(value, "pandas")


# ---------------------------------------------------------------- reading a table


def _column(values: object) -> Sequence[Any] | None:
    """A column as a sequence of Python values, or None when it is not a column."""
    if isinstance(values, list | tuple):
        return values
    for method in ("to_list", "tolist"):  # polars and pandas Series, numpy arrays: Python values, not numpy's
        convert = getattr(values, method, None)
        if callable(convert):
            found = convert()
            return found if isinstance(found, list) else None
    if isinstance(values, Sequence) and not isinstance(values, str | bytes):
        return list(values)
    return None


def read_table(table: object) -> dict[str, Sequence[Any]]:
    """The columns of a mapping or a pandas frame as Python sequences; a ValidationError for a bad shape."""
    names = list(table.columns) if _is_frame(table, "pandas") else list(table)  # type: ignore[attr-defined, call-overload]
    sink = Sink()
    for name in names:
        if name not in COLUMNS:
            if _SHOWABLE(name):
                sink.add(f"$.facts.{name}", "object.unknown_key", f"unexpected column; expected only: {_EXPECTED}")
            else:
                sink.add(
                    "$.facts",
                    "object.unknown_key",
                    f"unexpected column (its name is not shown); expected only: {_EXPECTED}",
                )
    found: dict[str, Sequence[Any]] = {}
    for name in COLUMNS:
        if name not in names:
            if name in REQUIRED:
                sink.add(f"$.facts.{name}", "object.missing_key", "expected this column")
            continue
        column = _column(table[name])  # type: ignore[index]
        if column is None:
            sink.add(f"$.facts.{name}", "columns.type", "expected a column: a list, a tuple or another sequence")
        else:
            found[name] = column
    lengths = {len(column) for column in found.values()}
    if len(lengths) > 1:
        first = len(next(iter(found.values())))
        for name, column in found.items():
            if len(column) != first:
                sink.add(f"$.facts.{name}", "columns.length", "expected every column to have the same length")
    if sink:
        raise error(sink)
    return found


# ---------------------------------------------------------------- checking the columns


def _all_clean(kind: fields.Text, texts: set[str]) -> bool:
    """True when every one of ``texts`` (each a ``str``) is a valid single line of ``kind``, judged all at once.

    The texts joined by ``x`` are one line for the control-character and
    personal-code guards (P-7): ``x`` is neither a digit nor a separator a
    code may hold, so no code runs across two texts, and one in a text is
    found as in the text alone.  False says only "look at each one".
    """
    if not texts:
        return True
    sizes = set(map(len, texts))
    if min(sizes) < kind.min_length or max(sizes) > kind.max_length:
        return False
    if not all(map(str.__eq__, map(str.strip, texts), texts)):  # strip() removes exactly what isspace() sees
        return False
    return _ONE_LINE("x".join(texts))


#: The guard of one single line of any length: no control character, no personal code (P-7).
_ONE_LINE = predicate(fields.Text(1 << 62, "texts"))
#: The single-line text kinds (no pattern) whose distinct values :func:`_all_clean` may judge at once.
_TEXT_FIELDS = {
    name: kind
    for name, kind in _FIELD.items()
    if isinstance(kind, fields.Text) and kind.pattern is None and not kind.lines and not kind.edges
}


def _bad_rows(name: str, column: Sequence[Any]) -> list[int]:
    """The rows of ``column`` whose value ``Fact``'s field ``name`` refuses (each distinct value checked once)."""
    ok = _OK[name] if name != "kind" else _KIND_OF.__contains__
    try:
        if set(map(type, column)) <= _TYPES[name]:
            distinct = set(column)
            text = _TEXT_FIELDS.get(name)
            if text is not None and _all_clean(text, distinct):
                return []
            bad = {v for v in distinct if not ok(v)}
            return [i for i, v in enumerate(column) if v in bad] if bad else []
    except TypeError:  # an unhashable value: checked row by row
        pass
    return [i for i, v in enumerate(column) if not _safe(ok, v)]


def _safe(ok: Any, value: object) -> bool:
    try:
        return bool(ok(value))
    except TypeError:  # an unhashable value is no FactKind
        return False


def _report(name: str, value: object, path: str, sink: Sink) -> None:
    """The problems of a refused value, as ``Fact`` reports them; a kind's text as JSON input reports it."""
    kind = _FIELD[name]
    if name == "kind" and type(value) is str:
        kind.load_slow(value, path, sink)
    else:
        kind.problems(value, path, sink)


def _judge(pairs: Iterable[tuple[Decimal | None, FactKind]]) -> dict[tuple[Decimal | None, FactKind], list[Flaw]]:
    """The flaws of ``Fact``'s rules for each distinct (value, kind) pair, judged once, without a ``Fact``."""
    judged = {}
    for value, kind in set(pairs):
        row = _Row(value, kind)
        found: list[Flaw] = []
        for check, _reads in _FACT.rules:
            result = check(row)
            if result is not None:
                found += [result] if isinstance(result, Flaw) else list(result)
        judged[value, kind] = found
    return judged


def _rule_rows(values: Sequence[Decimal | None], kinds: Sequence[FactKind]) -> dict[int, list[Flaw]]:
    """The rows (valid fields) that break a rule of ``Fact``, with their flaws.

    Only rows with a value or a kind other than OCCURRED can break one (no
    value, OCCURRED is always fine): only their pairs are collected.
    """
    telling = map(or_, map(is_not, values, repeat(None)), map(is_not, kinds, repeat(_OCCURRED)))
    judged = _judge(compress(zip(values, kinds, strict=True), telling))
    if not any(judged.values()):
        return {}
    return {row: judged[pair] for row, pair in enumerate(zip(values, kinds, strict=True)) if judged.get(pair)}


def check_columns(
    columns: dict[str, Sequence[Any]],
) -> tuple[Sequence[Decimal | None] | None, Sequence[FactKind] | None]:
    """Check read columns with ``Fact``'s rules; return the value column and the kind column (as members), if given.

    Every refused row is reported, in row order, each with its fields' problems
    in field order and then its rules': as building a ``Fact`` of each row would.
    """
    n = len(columns["indicator"])
    bad = {name: _bad_rows(name, column) for name, column in columns.items()}
    values, kinds = columns.get("value"), columns.get("kind")
    marked = {name: set(found) for name, found in bad.items() if found}
    given_values = values if values is not None else [None] * n
    if "value" in marked or "kind" in marked:
        unfit = marked.get("value", set()) | marked.get("kind", set())
        kins = [_OCCURRED] * n if kinds is None else kinds
        fit = [(row, given_values[row], _KIND_OF[kins[row]]) for row in range(n) if row not in unfit]
        judged = _judge((value, kind) for _, value, kind in fit)
        broken = {row: judged[value, kind] for row, value, kind in fit if judged[value, kind]}
    else:
        if kinds is not None and not all(type(k) is FactKind for k in set(kinds)):
            kinds = list(map(_KIND_OF.__getitem__, kinds))
        broken = _rule_rows(given_values, [_OCCURRED] * n if kinds is None else kinds)
    if not marked and not broken:
        return values, kinds
    sink = Sink()
    for row in sorted({row for found in marked.values() for row in found} | set(broken)):
        path = f"$.facts[{row}]"
        for name, column in columns.items():
            if row in marked.get(name, ()):
                _report(name, column[row], f"{path}.{name}", sink)
        for flaw in broken.get(row, ()):
            sink.add(path + flaw.path[1:], flaw.code, flaw.message)
    raise error(sink)


# ---------------------------------------------------------------- the library's own table


def _kind_text(kinds: Iterable[FactKind]) -> list[str]:
    texts = {k: k.value for k in FactKind}
    return list(map(texts.__getitem__, kinds))


@record
class FactColumns:
    """Facts as five columns of equal length, checked like ``Fact`` s: a fact table the library trusts.

    Build one with :meth:`of` from any fact table (checked column by column,
    at ``$.facts[i].<field>``) or :meth:`from_facts` from ``Fact`` objects; the
    constructor checks every item of each column (at ``$.<column>[i]``).
    :func:`~karjera_core.indicators.summarize` reads it without checking it
    again.  ``rows()`` gives the facts back; ``as_dict()``, ``to_polars()`` and
    ``to_pandas()`` the columns, ``kind`` as text.

    >>> table = FactColumns.of({"indicator": ["A", "A"], "on": [date(2025, 1, 9)] * 2, "subject": ["x", "y"]})
    >>> len(table), table.kind, table.rows()[1].subject
    (2, (<FactKind.OCCURRED: 'occurred'>, <FactKind.OCCURRED: 'occurred'>), 'y')
    """

    indicator: tuple[str, ...] = fields.items(CODE, max_size=MAX_ROWS, default=())
    on: tuple[date, ...] = fields.items(max_size=MAX_ROWS, default=())
    subject: tuple[str, ...] = fields.items(SUBJECT, max_size=MAX_ROWS, default=())
    value: tuple[Decimal | None, ...] = fields.items(fields.Optional(NUMBER), max_size=MAX_ROWS, default=())
    kind: tuple[FactKind, ...] = fields.items(max_size=MAX_ROWS, default=())

    @rule("indicator", "on", "subject", "value", "kind")
    def _same_length(self) -> list[Flaw] | None:
        size = len(self.indicator)
        found = [
            Flaw(f"$.{name}", "columns.length", "expected every column to have the same length")
            for name in COLUMNS[1:]
            if len(getattr(self, name)) != size
        ]
        return found or None

    @rule("value", "kind")
    def _values_suit_the_kinds(self) -> list[Flaw] | None:
        if len(self.value) != len(self.kind):
            return None  # the lengths' rule says so
        broken = _rule_rows(self.value, self.kind)
        found = [
            Flaw(f"$.{flaw.path[2:]}[{row}]", flaw.code, flaw.message)
            for row, flaws in broken.items()
            for flaw in flaws
        ]
        return found or None

    def __len__(self) -> int:
        return len(self.indicator)

    @classmethod
    def of(cls, facts: object) -> FactColumns:
        """The fact table ``facts`` (a mapping, a pandas or polars frame, a FactColumns), checked column by column."""
        (facts,) = _OF(facts)
        return facts if type(facts) is FactColumns else _trusted(*_python_columns(facts))

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> FactColumns:
        """The columns of ``facts``, any iterable of :class:`~karjera_core.indicators.Fact`."""
        (found,) = _FROM_FACTS(facts)
        return _trusted(
            tuple(f.indicator for f in found),
            tuple(f.on for f in found),
            tuple(f.subject for f in found),
            tuple(f.value for f in found),
            tuple(f.kind for f in found),
        )

    def rows(self) -> tuple[Fact, ...]:
        """The facts, one per row."""
        build = _FACT.build
        return tuple(map(build, self.indicator, self.on, self.subject, self.value, self.kind))

    def as_dict(self) -> dict[str, tuple[Any, ...]]:
        """The columns by name; ``kind`` as the kinds' text (``"occurred"``), as a data frame holds it."""
        return {
            "indicator": self.indicator,
            "on": self.on,
            "subject": self.subject,
            "value": self.value,
            "kind": tuple(_kind_text(self.kind)),
        }

    def to_polars(self) -> Any:
        """The columns as a polars DataFrame (needs polars: the ``polars`` extra, or ``pip install polars``)."""
        return _frames("$").to_polars(self.indicator, self.on, self.subject, self.value, _kind_text(self.kind))

    def to_pandas(self) -> Any:
        """The columns as a pandas DataFrame of Python values (needs pandas)."""
        import pandas

        return pandas.DataFrame({name: list(column) for name, column in self.as_dict().items()})


_TABLE = Where(
    is_fact_table, "a fact table: a mapping of columns, a pandas or polars DataFrame, a FactColumns", "columns.table"
)
_OF = arguments(facts=_TABLE)
_FROM_FACTS = arguments(facts=tuple[Fact, ...])
_BUILD = plan_of(FactColumns).build


def _trusted(
    indicator: Sequence[str],
    on: Sequence[date],
    subject: Sequence[str],
    value: Sequence[Decimal | None] | None,
    kind: Sequence[FactKind] | None,
) -> FactColumns:
    """A FactColumns of checked columns, built without checking them again."""
    n = len(indicator)
    return _BUILD(  # type: ignore[no-any-return]
        tuple(indicator),
        tuple(on),
        tuple(subject),
        (None,) * n if value is None else tuple(value),
        (_OCCURRED,) * n if kind is None else tuple(kind),
    )


def _python_columns(
    facts: object,
) -> tuple[Sequence[str], Sequence[date], Sequence[str], Sequence[Decimal | None] | None, Sequence[FactKind] | None]:
    """A fact table's columns as checked Python sequences (a polars frame is converted first)."""
    if _is_frame(facts, "polars"):
        facts = _frames().python_columns(facts)
    columns = read_table(facts)
    values, kinds = check_columns(columns)
    return columns["indicator"], columns["on"], columns["subject"], values, kinds


# ---------------------------------------------------------------- summarising a table

_ENGINES = ("auto", "python", "polars")
_SUMMARIZE = arguments(
    indicators=tuple[Indicator, ...],
    facts=_TABLE,
    as_of=date,
    engine=fields.Choice(frozenset(_ENGINES), "one of: auto, python, polars"),
)


def _frames(path: str = "$.engine") -> Any:
    """The polars engine; a ValidationError at ``path`` when polars is not installed."""
    try:
        return importlib.import_module("karjera_core.indicators._frames")
    except ImportError:
        refuse(
            [
                Flaw(
                    path,
                    "columns.polars",
                    'expected polars installed: the polars extra (".[polars]" in a clone) or pip install polars',
                )
            ]
        )


def summarize_columns(
    indicators: Iterable[Indicator] | Indicator, facts: object, *, as_of: date, engine: str = "auto"
) -> Summary:
    """The summary of the fact table ``facts`` for ``indicators`` as of ``as_of`` (I-2, I-4).

    What :func:`~karjera_core.indicators.summarize` does with a fact table:
    the summary is equal to the one of the same facts as ``Fact`` objects.
    ``engine`` chooses who adds the rows up: ``"python"`` (the library alone),
    ``"polars"`` (polars must be installed; any table is converted) or
    ``"auto"``: polars for a polars frame, Python for anything else.  A bad
    column is a ValidationError at its rows (``$.facts[3].subject``), every
    refused row listed as building a ``Fact`` of it would.
    """
    if type(indicators) is Indicator:
        indicators = (indicators,)
    catalogue, facts, as_of, engine = _SUMMARIZE(indicators, facts, as_of, engine)
    flaws = duplicate_codes(catalogue, "$.indicators")
    if flaws:
        refuse(flaws)
    accs = summary.accumulators(catalogue, as_of)
    unmatched: set[str] = set()
    polars_frame = _is_frame(facts, "polars")
    if engine == "polars" or (engine == "auto" and polars_frame):
        module = _frames()
        if polars_frame:
            ignored = module.summarize_frame(accs, facts, unmatched, checked=False)
        else:
            indicator, on, subject, value, kind = _checked(facts)
            frame = module.to_polars(indicator, on, subject, value, None if kind is None else _kind_text(kind))
            ignored = module.summarize_frame(accs, frame, unmatched, checked=True)
        if ignored is not None:
            return summary.finish(catalogue, as_of, accs, ignored, unmatched)
        # polars cannot vouch for the frame (a dtype, a null, a value): the Python way says what is wrong
    ignored = _columnar.scan(accs, *_checked(facts), unmatched)
    return summary.finish(catalogue, as_of, accs, ignored, unmatched)


def _checked(
    facts: object,
) -> tuple[Sequence[str], Sequence[date], Sequence[str], Sequence[Decimal | None] | None, Sequence[FactKind] | None]:
    """The checked columns of a fact table: a FactColumns' own, any other table's checked now."""
    if type(facts) is FactColumns:
        return facts.indicator, facts.on, facts.subject, facts.value, facts.kind
    return _python_columns(facts)


summary.COLUMN_PATH[0] = (is_fact_table, summarize_columns)


def __dir__() -> list[str]:
    return sorted(__all__)
