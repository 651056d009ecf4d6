"""The polars engine of the column path (private; needs polars, the ``polars`` extra).

:func:`summarize_frame` adds the rows of a polars frame up with polars'
group-bys: the first day of each subject, the facts (and values) of each
day, the yearly windows of each subject, the largest measurement of each
subject and day, the latest total -- what the pure-Python loop of
``_columnar.scan`` adds up row by row.  Every group-by is of integers (an
indicator's position in the catalogue, a subject's id, a day's number), they
run together on polars' streaming engine, and each indicator's ``Tally`` is
built from their sorted results, with no dictionary between.  A frame the
caller gives is first checked the fast way (:func:`_shape_valid`,
:func:`_values_valid`): its dtypes, nulls and the distinct values of each
column, the personal-code guard (P-7) run on every distinct subject polars
cannot show to be plain; anything it cannot vouch for goes the Python way,
which reports every problem as ``Fact`` does.  :func:`to_polars` builds a
frame from checked columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

import polars as pl

from karjera_core._compile import FIRST_DAY, LAST_DAY, predicate
from karjera_core._records import plan_of
from karjera_core.indicators._columnar import refuse_missing, sorted_distinct
from karjera_core.indicators.aggregates import DistinctCount, too_large
from karjera_core.indicators.definitions import (
    CODE,
    MAX_COUNT,
    MAX_NUMBER,
    MAX_SUBJECT,
    MAX_SUBJECTS,
    MAX_TOTAL,
    PLACES,
    SUBJECT,
)
from karjera_core.indicators.facts import FactKind
from karjera_core.indicators.summary import DAYS, SUMS, WINDOWS, Acc, Tally

_EPOCH = date(1970, 1, 1).toordinal()
_FIRST, _LAST = FIRST_DAY.toordinal() - _EPOCH, LAST_DAY.toordinal() - _EPOCH
_TEXTS = frozenset(k.value for k in FactKind)
_COLUMNS, _REQUIRED = ("indicator", "on", "subject", "value", "kind"), ("indicator", "on", "subject")
_OK_CODE, _OK_SUBJECT = predicate(CODE), predicate(SUBJECT)
#: Subjects that are certainly fine: printable ASCII and the Latvian letters (U+0100-U+017F), no space at either
#: end -- the alphabet the Python guard reads without a closer look (P-7) -- and nothing like a personal code:
#: the Python guard's first look (``_personal_code._MAYBE``), whose separators in this alphabet are these.
_PLAIN = r"^[ -~\x{100}-\x{17f}]*$"
_MAYBE_CODE = r"[0-9]{6}[- /._]?[0-9]{5}"
_ZERO = Decimal(0)
_KIND_OF = {k.value: k for k in FactKind}
_BUILD_TALLY = plan_of(Tally).build


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


# ---------------------------------------------------------------- the fast check


def _shape_valid(frame: pl.DataFrame) -> bool:
    """True when ``frame`` has the columns and dtypes of valid facts, and no null but in ``value``."""
    names = frame.columns
    schema = frame.schema
    if not set(names) <= set(_COLUMNS) or not set(_REQUIRED) <= set(names):
        return False
    value, kind = schema.get("value"), schema.get("kind")
    strings = (schema["indicator"], schema["subject"], pl.String if kind is None else kind)
    if any(dtype != pl.String for dtype in strings) or schema["on"] != pl.Date:
        return False
    if value is not None and value != pl.Null and not (isinstance(value, pl.Decimal) and (value.scale or 0) <= PLACES):
        return False
    return not any(frame.get_column(name).null_count() for name in names if name != "value")


def _values(frame: pl.DataFrame) -> pl.Series | None:
    """The value column; None when left out or of nulls only (of dtype Null): no fact has a value."""
    if "value" not in frame.columns or frame.schema["value"] == pl.Null:
        return None
    return frame.get_column("value")


_Kinds = tuple[pl.Series, pl.Series, pl.Series]


def _kinds(frame: pl.DataFrame) -> _Kinds | None:
    """A mask of the OCCURRED, MEASUREMENT and TOTAL rows of a frame; None without a kind column (all OCCURRED)."""
    if "kind" not in frame.columns:
        return None
    kind = frame.get_column("kind")
    return kind == "occurred", kind == "measurement", kind == "total"


def _values_valid(frame: pl.DataFrame, others: list[str], subjects: pl.Series, kinds: _Kinds | None) -> bool:
    """True when every row of ``frame`` (of a valid shape) makes a valid ``Fact``; False when polars cannot tell
    (the Python way can).  ``others`` are its codes that are no indicator's, ``subjects`` its distinct subjects:
    the personal-code guard (P-7) runs in Python on those polars cannot show to be plain."""
    if not all(map(_OK_CODE, others)):  # the catalogue's own codes are valid codes
        return False
    text = subjects.str
    plain = (
        text.contains(_PLAIN)
        & text.len_chars().is_between(1, MAX_SUBJECT)
        & ~text.contains(_MAYBE_CODE)
        & ~text.starts_with(" ")
        & ~text.ends_with(" ")
    )
    if not all(map(_OK_SUBJECT, subjects.filter(~plain).to_list())):
        return False
    return _rows_valid(frame.get_column("on").to_physical(), kinds, _values(frame))


def _rows_valid(days: pl.Series, kinds: _Kinds | None, values: pl.Series | None) -> bool:
    """True when the days, kinds and values of the rows make valid facts: polars' passes over the rows in one go."""
    d = pl.col("d")
    columns, found = [days.alias("d")], [d.min().alias("low"), d.max().alias("high")]
    if kinds is not None:
        columns += [kinds[0].alias("o"), kinds[1].alias("m"), kinds[2].alias("t")]
        found.append((pl.col("o") | pl.col("m") | pl.col("t")).all().alias("kinds"))
    if values is None:  # no values: valid facts are all OCCURRED
        found.append(pl.lit(True).alias("occurred") if kinds is None else pl.col("o").all().alias("occurred"))
    else:
        v = pl.col("v")
        columns.append(values.alias("v"))
        found += [v.min().alias("least"), v.max().alias("most"), (v < 0).any().alias("negative")]
        if kinds is not None:
            found += [
                (v.is_null() & ~pl.col("o")).any().alias("unvalued"),
                ((v < 0) & ~pl.col("m")).any().alias("below"),
                v.filter(pl.col("t")).unique().implode().alias("totals"),
            ]
    (row,) = pl.DataFrame(columns).select(found).rows(named=True)
    if row["low"] < _FIRST or row["high"] > _LAST or not row.get("kinds", True):
        return False
    if values is None:
        return bool(row["occurred"])
    low, high = row["least"], row["most"]
    if low is not None and (low < -MAX_NUMBER or high > MAX_NUMBER):
        return False
    if kinds is None:
        return not row["negative"]  # every fact OCCURRED: no value, or one of at least zero
    if row["unvalued"] or row["below"]:
        return False
    totals: list[Decimal] = row["totals"]
    return all(v == v.to_integral_value() for v in totals)  # a TOTAL counts whole things


# ---------------------------------------------------------------- adding the rows up

#: A row's key: its indicator's position times 2**50 plus its subject's id (below 2**50; a catalogue has fewer
#: than 2**14 indicators), or its indicator's position times 2**17 plus its day's offset from the library's first
#: day (1900-2199 is fewer than 2**17 days).  Subjects' ids are the top bits of their hashes with this seed.
_ID_BITS, _DAY_BITS, _HASH_BITS, _SEED = 50, 17, 50, 1907
#: A subject's rank is below 2**32 (a UInt32): a position (below 2**14), a rank and a day's offset fit 63 bits.
_RANK_BITS = 32
_CHUNK_ROWS = 1 << 16
_BITS = pl.Series([1 << k for k in range(64)], dtype=pl.UInt64)


def summarize_frame(accs: list[Acc], frame: pl.DataFrame, unmatched: set[str], *, checked: bool) -> int | None:
    """Add the rows of ``frame`` into ``accs``; return how many are of no indicator of them (their codes go
    into ``unmatched``).

    None when ``frame`` was not ``checked`` and polars cannot vouch for it
    (:func:`_shape_valid`, :func:`_values_valid`): nothing is added then, and
    the caller goes the Python way.  Each row's indicator becomes its
    position in ``accs`` (an ``Enum`` cast: another code is null), its subject
    an id (:func:`_subject_ids`) and its day a number, so that every group-by
    is of integers (:func:`_group`); each accumulator gets its tally built
    from their sorted results (``Acc.built``), with no dictionary between.
    """
    if not checked and not _shape_valid(frame):
        return None
    if frame.height == 0:
        return 0
    frame = _in_chunks(frame)
    indicator, subject = frame.get_column("indicator"), frame.get_column("subject")
    pos = indicator.cast(pl.Enum([acc.code for acc in accs]), strict=False).to_physical().cast(pl.UInt32)
    ignored = pos.null_count()
    others = indicator.filter(pos.is_null()).unique().to_list() if ignored else []
    subjects = subject.unique().sort()  # polars sorts text by its UTF-8 bytes: the order of Python's str
    kinds = _kinds(frame)
    if not checked and not _values_valid(frame, others, subjects, kinds):
        return None
    unmatched.update(others)
    on = frame.get_column("on").to_physical()
    low = pl.Series([_number(acc.low) for acc in accs], dtype=pl.Int32)
    high = pl.Series([_number(acc.high) for acc in accs], dtype=pl.Int32)
    counted = on.is_between(low.gather(pos), high.gather(pos)).fill_null(False)
    mode = pl.Series([acc.mode for acc in accs], dtype=pl.Int8).gather(pos)
    occurred = counted if kinds is None else counted & kinds[0]
    value = _values(frame)
    sums = occurred & (mode == SUMS)
    missing = sums if value is None else sums & value.is_null()
    if missing.any():
        refuse_missing(missing.arg_true().to_list())
    ids, known = _subject_ids(subject, subjects)
    columns = [
        pos.alias("p"),
        ids.alias("s"),
        on.alias("d"),
        mode.alias("mode"),
        occurred.alias("o"),
    ]
    if value is not None:
        columns.append(value.alias("v"))
    valued = value is not None and kinds is not None
    if value is not None and kinds is not None:  # else every row is OCCURRED (or it was refused)
        columns += [(counted & kinds[1]).alias("m"), (counted & kinds[2]).alias("t")]
    found = _group(accs, pl.DataFrame(columns).lazy(), known, value is not None, valued)
    made, size = _Made(subjects.to_list(), on.min(), on.max()), len(accs)  # type: ignore[arg-type]
    seen = _firsts(made, size, found["firsts"])
    daily = _day_counts(made, size, found["days"])
    windows = _windows(size, found.get("windows"))
    measured = _measured(made, size, found.get("measured"))
    totals = _totals(made, found.get("totals"))
    for position, acc in enumerate(accs):
        subjects_seen, firsts = seen.part(position)
        days, counts, amounts = daily.part(position)
        (masks,) = windows.part(position)
        measured_subjects, measured_on, measured_values = measured.part(position)
        acc.built = sorted_tally(
            sorted_distinct(subjects_seen, firsts),
            days,
            counts,
            amounts if acc.mode == SUMS else (_ZERO,) * len(days),
            subjects_seen if acc.mode == WINDOWS else (),  # the same subjects: every counted fact is in a window
            masks,
            measured_subjects,
            measured_on,
            measured_values,
            totals.get(position),
        )
    return ignored


def _in_chunks(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` in as many chunks as polars has threads, four times over (at least ``_CHUNK_ROWS`` rows each),
    when it has fewer: polars works on the chunks of a column in parallel.  The chunks are slices (no copy)."""
    parts = min(frame.height // _CHUNK_ROWS, 4 * pl.thread_pool_size())
    if frame.n_chunks() >= parts:
        return frame
    step = -(-frame.height // parts)
    return pl.concat([frame.slice(start, step) for start in range(0, frame.height, step)], rechunk=False)


def _subject_ids(subject: pl.Series, subjects: pl.Series) -> tuple[pl.Series, pl.Series]:
    """An id of each row's subject (below 2**50) and the ids of ``subjects`` (distinct, sorted), in their order.

    The ids are the top bits of the subjects' hashes when those tell every
    distinct subject apart (they are then the subjects, one for one: a hash
    per row is far quicker than a lookup per row); else their ranks (an Enum
    cast of the rows).
    """
    shift = 1 << (64 - _HASH_BITS)
    known = subjects.hash(_SEED) // shift
    if known.n_unique() == known.len():
        return subject.hash(_SEED) // shift, known
    return subject.cast(pl.Enum(subjects)).to_physical().cast(pl.UInt64), pl.Series(range(known.len()), dtype=pl.UInt64)


def _group(
    accs: list[Acc], rows: pl.LazyFrame, known: pl.Series, has_value: bool, valued: bool
) -> dict[str, pl.DataFrame]:
    """polars' group-bys of the rows, run in one go (polars' streaming engine), each sorted: the first day of each
    subject (``firsts``), the facts and total of each day (``days``), the yearly windows of each subject
    (``windows``), the largest measurement of each subject and day (``measured``), the latest total
    (``totals``) -- of each indicator (its position ``p``; a subject as its rank ``r``, ``known`` the ids of
    the ranks)."""
    p, d, v, occurred = pl.col("p"), pl.col("d"), pl.col("v"), pl.col("o")
    by_subject = (p.cast(pl.UInt64) * (1 << _ID_BITS) + pl.col("s")).alias("k")
    by_day = p.cast(pl.UInt64) * (1 << _DAY_BITS) + (d - _FIRST).cast(pl.UInt64)
    key = pl.col("k")
    ids = pl.DataFrame([known.alias("i"), pl.Series("r", range(known.len()), dtype=pl.UInt32)]).lazy()

    def ranked(found: pl.LazyFrame, *more: str, packed: bool = False) -> pl.LazyFrame:
        """Grouped rows by their indicator's position ``p`` and their subject's rank ``r``, sorted; ``packed``: the
        first days, each row one number ``x`` (:func:`_firsts`), so that polars sorts a single column."""
        split = found.with_columns(
            (key // (1 << _ID_BITS)).cast(pl.UInt32).alias("p"), (key % (1 << _ID_BITS)).alias("i")
        )
        joined = split.join(ids, on="i").drop("k", "i")
        if packed:
            number = pl.col("p").cast(pl.UInt64) * (1 << _RANK_BITS + _DAY_BITS)
            number += pl.col("r").cast(pl.UInt64) * (1 << _DAY_BITS) + (d - _FIRST).cast(pl.UInt64)
            return joined.select(number.alias("x")).sort("x")
        return joined.sort(pl.col("p").cast(pl.UInt64) * (1 << _RANK_BITS) + pl.col("r"), *more)

    queries = {
        "firsts": ranked(rows.filter(occurred).group_by(by_subject).agg(d.min()), packed=True),
        "days": rows.filter(occurred & pl.col("mode").is_in([DAYS, SUMS]))
        .group_by(by_day.alias("k"))
        .agg(pl.len().alias("n"), *([v.sum()] if has_value else []))
        .sort("k"),
    }
    starts: list[int] = []
    windows: list[int] = []
    for position, acc in enumerate(accs):
        if acc.mode == WINDOWS:
            starts += [position << _DAY_BITS | (_number(start) - _FIRST) for start in acc.starts]
            windows += range(len(acc.starts))
    if starts:
        window = pl.lit(pl.Series(windows, dtype=pl.UInt32)).gather(
            pl.lit(pl.Series(starts, dtype=pl.UInt64)).search_sorted(by_day, side="right") - 1
        )
        w = pl.col("w")
        queries["windows"] = ranked(
            rows.filter(occurred & (pl.col("mode") == WINDOWS))
            .select(by_subject, window.alias("w"))
            .unique()  # each subject's windows once, before their bits are made
            .select("k", (w // 64).alias("w"), pl.lit(_BITS).gather(w % 64).alias("b"))
            .group_by("k", "w")
            .agg(pl.col("b").bitwise_or()),
            "w",
        )
    if valued:
        queries["measured"] = ranked(rows.filter("m").group_by(by_subject, d).agg(v.max()), "d")
        queries["totals"] = rows.filter("t").group_by(p).agg(d.max(), v.sort_by(d, v).last())
    return dict(zip(queries, pl.collect_all(queries.values(), engine="streaming"), strict=True))


def sorted_tally(
    seen: DistinctCount,
    days: tuple[date, ...],
    counts: tuple[int, ...],
    totals: tuple[Decimal, ...],
    window_subjects: tuple[str, ...],
    masks: tuple[int, ...],
    measured_subjects: tuple[str, ...],
    measured_on: tuple[date, ...],
    measured_values: tuple[Decimal, ...],
    total: tuple[date, Decimal] | None,
) -> Tally:
    """The tally of valid entries already in sorted order, each once, built without checking them again; only
    the bounds that adding can cross are checked (as ``summary.tally_of`` checks them)."""
    if len(window_subjects) > MAX_SUBJECTS or len(measured_subjects) > MAX_SUBJECTS:
        too_large()
    if counts and (max(counts) > MAX_COUNT or max(totals) > MAX_TOTAL):
        too_large()
    return _BUILD_TALLY(  # type: ignore[no-any-return]
        seen,
        days,
        counts,
        totals,
        window_subjects,
        masks,
        measured_subjects,
        measured_on,
        measured_values,
        None if total is None else total[0],
        None if total is None else total[1],
    )


def _number(day: date) -> int:
    return day.toordinal() - _EPOCH


class _Made:
    """Python values made from polars' results, each distinct subject and day one object."""

    __slots__ = ("dates", "first", "names")

    def __init__(self, names: list[str], first: int, last: int) -> None:
        self.names = names  # the distinct subjects, sorted: a subject's rank is its place here
        self.first = first  # the number (days since 1970) of the earliest day; ``dates[k]`` is the k-th day after it
        self.dates = list(map(date.fromordinal, range(first + _EPOCH, last + _EPOCH + 1)))

    def offsets(self, numbers: pl.Series) -> pl.Series:
        """The places in ``dates`` of day numbers."""
        return numbers - self.first

    @staticmethod
    def decimals(values: pl.Series) -> list[Decimal]:
        """The Decimals of a Decimal series without nulls, each distinct one converted once."""
        distinct = values.unique()
        made = dict(zip(distinct.to_physical().to_list(), distinct.to_list(), strict=True))
        return list(map(made.__getitem__, values.to_physical().to_list()))


def _pick(values: Any, keys: list[Any]) -> tuple[Any, ...]:
    """``values[key]`` for each of ``keys``, as a tuple."""
    if len(keys) > 1:
        return itemgetter(*keys)(values)  # type: ignore[no-any-return]
    return tuple(values[key] for key in keys)


class _Sorted:
    """Columns of entries sorted by the position of their indicator, and where each position's entries start;
    a column of ranks or day offsets reads its values from a lookup (``names``, ``dates``: each one made once).
    A column polars holds is read into Python a slice at a time (``_CHUNK_ROWS``), then cut by indicator."""

    __slots__ = ("columns", "ends")

    def __init__(self, size: int, positions: pl.Series | None, *columns: tuple[Any, pl.Series | list[Any]]) -> None:
        self.columns = [_entries(lookup, column) for lookup, column in columns]
        if positions is None:
            self.ends = [0] * (size + 1)
        else:
            self.ends = positions.search_sorted(pl.Series(range(size + 1), dtype=positions.dtype), "left").to_list()

    def part(self, position: int) -> tuple[tuple[Any, ...], ...]:
        """Each column's entries of the indicator at ``position``."""
        low, high = self.ends[position], self.ends[position + 1]
        return tuple(column[low:high] for column in self.columns)


def _entries(lookup: Any, column: pl.Series | list[Any]) -> tuple[Any, ...]:
    """A column's entries as Python values, each looked up in ``lookup`` (unless it is None)."""
    if not isinstance(column, pl.Series):
        return tuple(column) if lookup is None else _pick(lookup, column)
    found: list[Any] = []
    for start in range(0, column.len(), _CHUNK_ROWS):
        entries = column.slice(start, _CHUNK_ROWS).to_list()
        found += entries if lookup is None else _pick(lookup, entries)
    return tuple(found)


def _firsts(made: _Made, size: int, found: pl.DataFrame) -> _Sorted:
    """The first day of each subject of each indicator, from their numbers: position, rank and day packed."""
    numbers = found.get_column("x")
    ranks = numbers // (1 << _DAY_BITS) % (1 << _RANK_BITS)
    days = made.offsets((numbers % (1 << _DAY_BITS)).cast(pl.Int32) + _FIRST)
    return _Sorted(size, numbers // (1 << _RANK_BITS + _DAY_BITS), (made.names, ranks), (made.dates, days))


def _day_counts(made: _Made, size: int, found: pl.DataFrame) -> _Sorted:
    keys = found.get_column("k")
    days = made.offsets((keys % (1 << _DAY_BITS)).cast(pl.Int32) + _FIRST)
    amounts = made.decimals(found.get_column("v")) if "v" in found.columns else [_ZERO] * len(days)
    return _Sorted(size, keys // (1 << _DAY_BITS), (made.dates, days), (None, found.get_column("n")), (None, amounts))


def _windows(size: int, found: pl.DataFrame | None) -> _Sorted:
    """The mask of each subject of each EVERY_YEAR indicator, in the order of its subjects."""
    if found is None:
        return _Sorted(size, None, (None, []))
    if not found.get_column("w").max():
        return _Sorted(size, found.get_column("p"), (None, found.get_column("b")))
    # windows past the 64th: each subject's words joined into one mask
    joined: dict[tuple[int, int], int] = {}
    keys = zip(found.get_column("p").to_list(), found.get_column("r").to_list(), strict=True)
    for key, word, bits in zip(keys, found.get_column("w").to_list(), found.get_column("b").to_list(), strict=True):
        joined[key] = joined.get(key, 0) | bits << (64 * word)
    positions = pl.Series([key[0] for key in joined], dtype=pl.UInt32)
    return _Sorted(size, positions, (None, list(joined.values())))


def _measured(made: _Made, size: int, found: pl.DataFrame | None) -> _Sorted:
    if found is None:
        return _Sorted(size, None, (None, []), (None, []), (None, []))
    ranks, days = found.get_column("r"), made.offsets(found.get_column("d"))
    values = made.decimals(found.get_column("v"))
    return _Sorted(size, found.get_column("p"), (made.names, ranks), (made.dates, days), (None, values))


def _totals(made: _Made, found: pl.DataFrame | None) -> dict[int, tuple[date, Decimal]]:
    if found is None:
        return {}
    days = [made.dates[day] for day in made.offsets(found.get_column("d")).to_list()]
    values = made.decimals(found.get_column("v"))
    return dict(zip(found.get_column("p").to_list(), zip(days, values, strict=True), strict=True))
