"""The polars engine of the column path (private; needs polars, the ``polars`` extra).

:func:`summarize_frame` adds the rows of a polars frame up with polars'
group-bys: the first day of each subject, the facts (and values) of each
day, the yearly windows of each subject, the largest measurement of each
subject and day, the latest total -- what the pure-Python loop of
``_columnar.scan`` adds up row by row.  It reads the rows once, into numbers
(:func:`_numbered`: an indicator's position in the catalogue, a subject's
id, a day's number) and the distinct subjects; every group-by is then of
integers, they run together on polars' streaming engine with the checks, and
each indicator's ``Tally`` is built from their sorted results, with no
dictionary between.  A frame the caller gives is checked the fast way
(:func:`_shape_valid`, :func:`_valid`): its dtypes and nulls, what one pass
over the rows finds of them, the personal-code guard (P-7) run on every
distinct subject polars cannot show to be plain; anything it cannot vouch
for goes the Python way, which reports every problem as ``Fact`` does, and
nothing is added up then.  :func:`to_polars` builds a frame from checked
columns.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

import polars as pl

from karjera_core._compile import FIRST_DAY, LAST_DAY, predicate
from karjera_core._records import plan_of
from karjera_core.indicators._columnar import refuse_missing, sorted_distinct
from karjera_core.indicators._frame_columns import python_columns as python_columns  # the engine's other half
from karjera_core.indicators._frame_columns import to_polars as to_polars
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
_PLAIN_LINES = _PLAIN.replace("]", "\n]")
_ZERO = Decimal(0)
_BUILD_TALLY = plan_of(Tally).build


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


def _checks(shape: _Shape) -> list[pl.Expr]:
    """What polars finds of the numbered rows (of a frame of a valid shape: :func:`_rows`) in one pass, before
    any is added up: how many are of no indicator (``ignored``), whether a counted fact of a SUM indicator has
    no value (``missing``); the least and largest day, and whether every kind is known, every value a number
    in range, a value of each row that needs one, no value below zero but a measurement's, every total a whole
    number -- what :func:`_rows_valid` reads."""
    d, v, has_kind, has_value = pl.col("d"), pl.col("v"), shape.kind, shape.value
    found = [pl.col("p").null_count().alias("ignored"), _missing_value(shape).any().alias("missing")]
    found += [d.min().alias("low"), d.max().alias("high")]
    if has_kind:
        found.append((pl.col("ko") | pl.col("km") | pl.col("kt")).all().alias("kinds"))
    if not has_value:  # no values: valid facts are all OCCURRED
        found.append(pl.lit(True).alias("occurred") if not has_kind else pl.col("ko").all().alias("occurred"))
        return found
    found += [v.min().alias("least"), v.max().alias("most"), (v < 0).any().alias("negative")]
    if has_kind:
        found += [
            (v.is_null() & ~pl.col("ko")).any().alias("unvalued"),
            ((v < 0) & ~pl.col("km")).any().alias("below"),
            v.filter(pl.col("kt")).unique().implode().alias("totals"),
        ]
    return found


def _rows_valid(row: dict[str, Any], has_kind: bool, has_value: bool) -> bool:
    """True when the days, kinds and values of the rows (what :func:`_checks` found of them) make valid facts."""
    if row["low"] < _FIRST or row["high"] > _LAST or not row.get("kinds", True):
        return False
    if not has_value:
        return bool(row["occurred"])
    low, high = row["least"], row["most"]
    if low is not None and (low < -MAX_NUMBER or high > MAX_NUMBER):
        return False
    if not has_kind:
        return not row["negative"]  # every fact OCCURRED: no value, or one of at least zero
    if row["unvalued"] or row["below"]:
        return False
    totals: list[Decimal] = row["totals"]
    return all(v == v.to_integral_value() for v in totals)  # a TOTAL counts whole things


def _valid(
    check: dict[str, Any], look: dict[str, bool], subjects: pl.DataFrame, others: list[str], shape: _Shape
) -> bool:
    """True when every row of a frame (of a valid shape) makes a valid ``Fact``; False when polars cannot tell (the
    Python way can): its days, kinds and values (``check``: :func:`_rows_valid`), the codes of no indicator
    (``others``; the catalogue's own are valid codes) and the distinct subjects (:func:`_subjects_valid`)."""
    valid = _rows_valid(check, shape.kind, shape.value) and all(map(_OK_CODE, others))
    return valid and _subjects_valid(subjects, look)


def _subjects_valid(subjects: pl.DataFrame, look: dict[str, bool]) -> bool:
    """True when every distinct subject is a valid subject: the personal-code guard (P-7) runs in Python on
    those polars cannot show to be plain.

    What polars found of them all at once (``look``: :func:`_look`) mostly
    tells: when every subject has a valid length, no space at either end and
    no line break, the subjects joined, one a line, are read as one text for
    their alphabet and the shape of a personal code (a line break ends any
    shape of a code); only the subjects of that shape are then doubtful.
    Else every subject is looked at by itself (:func:`_plain`).
    """
    if look["edges"] and look["alphabet"]:
        if not look["maybe"]:
            return True
        doubtful = subjects.filter(pl.col("subject").str.contains(_MAYBE_CODE))
    else:
        doubtful = subjects.filter(~_plain())
    return all(map(_OK_SUBJECT, doubtful.get_column("subject").to_list()))


def _look(subjects: pl.DataFrame) -> pl.LazyFrame:
    """What :func:`_subjects_valid` reads of the distinct subjects, found in one pass."""
    lines = pl.col("subject").str.join("\n").str
    edges = _edges().all() & ~pl.col("subject").str.contains("\n", literal=True).any()
    return subjects.lazy().select(
        edges.alias("edges"), lines.contains(_PLAIN_LINES).alias("alphabet"), lines.contains(_MAYBE_CODE).alias("maybe")
    )


def _plain() -> pl.Expr:
    """Whether a subject is certainly fine without the Python guard's closer look (``_PLAIN``, ``_MAYBE_CODE``)."""
    text = pl.col("subject").str
    return (text.contains(_PLAIN) & _edges() & ~text.contains(_MAYBE_CODE)).alias("plain")


def _edges() -> pl.Expr:
    """Whether a subject has a length a subject may have and no space at either end."""
    text = pl.col("subject").str
    return text.len_chars().is_between(1, MAX_SUBJECT) & ~text.starts_with(" ") & ~text.ends_with(" ")


# ---------------------------------------------------------------- adding the rows up

#: A row's key: its indicator's position times 2**50 plus its subject's id (below 2**50; a catalogue has fewer
#: than 2**14 indicators), or its indicator's position times 2**17 plus its day's offset from the library's first
#: day (1900-2199 is fewer than 2**17 days).  Subjects' ids are the top bits of their hashes with this seed.
_ID_BITS, _DAY_BITS, _HASH_BITS, _SEED = 50, 17, 50, 1907
#: A frame is worked on in chunks of at least this many rows (:func:`_in_chunks`).
_CHUNK_ROWS = 1 << 16
#: A subject's rank is below 2**32 (a UInt32): a position (below 2**14), a rank and a day's offset fit 63 bits.
_RANK_BITS = 32
_BITS = pl.Series([1 << k for k in range(64)], dtype=pl.UInt64)


def summarize_frame(accs: list[Acc], frame: pl.DataFrame, unmatched: set[str], *, checked: bool) -> int | None:
    """Add the rows of ``frame`` into ``accs``; return how many are of no indicator of them (their codes go
    into ``unmatched``).

    None when ``frame`` was not ``checked`` and polars cannot vouch for it
    (:func:`_shape_valid`, :func:`_valid`): nothing is added then, and the
    caller goes the Python way.  The rows are read once into numbers and the
    distinct subjects (:func:`_numbered`); the checks and the group-bys of
    those numbers then run in one go (:func:`_queries`), and only once the
    checks pass is any result used: each accumulator gets its tally built from
    the sorted results (``Acc.built``), with no dictionary between.
    """
    if not checked and not _shape_valid(frame):
        return None
    if frame.height == 0:
        return 0
    frame = _in_chunks(frame)
    shape = _Shape(frame)
    rows, subjects = _numbered(accs, frame, shape, None)
    found = _collect(_queries(accs, rows, subjects, shape))
    check = found["check"].row(0, named=True)
    ignored: int = check["ignored"]
    others = frame.get_column("indicator").filter(rows.get_column("p").is_null()).unique().to_list() if ignored else []
    if not checked and not _valid(check, found["look"].row(0, named=True), subjects, others, shape):
        return None
    unmatched.update(others)
    if check["missing"]:
        refuse_missing(_missing(rows, shape).arg_true().to_list())
    if found["ids"].item() < subjects.height:  # two subjects of one id: ids by rank
        rows, subjects = _numbered(accs, frame, shape, subjects)
        found = _collect(_queries(accs, rows, subjects, shape))
    on = frame.get_column("on").to_physical()
    made, size = _Made(subjects.get_column("subject").to_list(), on.min(), on.max()), len(accs)  # type: ignore[arg-type]
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


class _Shape:
    """Which of the columns that may be left out a frame has: ``value`` (not only nulls) and ``kind``."""

    __slots__ = ("kind", "value")

    def __init__(self, frame: pl.DataFrame) -> None:
        self.value = _values(frame) is not None
        self.kind = "kind" in frame.columns


def _collect(queries: dict[str, pl.LazyFrame]) -> dict[str, pl.DataFrame]:
    """Every query run in one go on polars' streaming engine, each on both cores."""
    return dict(zip(queries, pl.collect_all(queries.values(), engine="streaming"), strict=True))


def _in_chunks(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` in as many chunks as polars has threads, four times over (at least ``_CHUNK_ROWS`` rows each),
    when it has fewer: polars works on the chunks of a column in parallel.  The chunks are slices (no copy)."""
    parts = min(frame.height // _CHUNK_ROWS, 4 * pl.thread_pool_size())
    if frame.n_chunks() >= parts:
        return frame
    step = -(-frame.height // parts)
    return pl.concat([frame.slice(start, step) for start in range(0, frame.height, step)], rechunk=False)


def _numbered(
    accs: list[Acc], frame: pl.DataFrame, shape: _Shape, ranked: pl.DataFrame | None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Each row as numbers (:func:`_rows`) and the distinct subjects, sorted (polars sorts text by its UTF-8 bytes,
    the order of Python's str), each with its id ``i``: made in one go.  A subject's id is the top bits of its
    hash, unless ``ranked`` (the subjects, when two of them had one id): then its rank.

    A hash per row is far quicker than a lookup per row, and the ids are then
    the subjects, one for one, when they tell every distinct subject apart:
    :func:`summarize_frame` checks it, and numbers the rows again by rank when
    they do not.
    """
    if ranked is not None:
        subjects = ranked.with_columns(pl.int_range(pl.len(), dtype=pl.UInt64).alias("i"))
        rank = pl.col("subject").cast(pl.Enum(subjects.get_column("subject"))).to_physical().cast(pl.UInt64)
        return _rows(accs, frame, shape, rank).collect(engine="streaming"), subjects
    hashed = pl.col("subject").hash(_SEED) // (1 << (64 - _HASH_BITS))
    distinct = frame.lazy().select(pl.col("subject").unique().sort())
    rows, subjects = pl.collect_all([_rows(accs, frame, shape, hashed), distinct], engine="streaming")
    return rows, subjects.with_columns(hashed.alias("i"))  # the distinct subjects are few: polars' eager way


def _rows(accs: list[Acc], frame: pl.DataFrame, shape: _Shape, subject_id: pl.Expr) -> pl.LazyFrame:
    """Each row as numbers: its indicator's position ``p`` (null for a code of none), its subject's id ``s``, its
    day ``d``, its indicator's mode; whether it is counted and OCCURRED (``o``), MEASUREMENT (``m``) or TOTAL
    (``t``); its kind as found (``ko``, ``km``, ``kt``, for the checks) and its value ``v``."""
    codes = pl.Enum([acc.code for acc in accs])
    position = pl.col("indicator").cast(codes, strict=False).to_physical().cast(pl.UInt32)
    columns = [position.alias("p"), subject_id.alias("s"), pl.col("on").to_physical().alias("d")]
    if shape.kind:
        kind = pl.col("kind")
        columns += [
            (kind == "occurred").alias("ko"),
            (kind == "measurement").alias("km"),
            (kind == "total").alias("kt"),
        ]
    if shape.value:
        columns.append(pl.col("value").alias("v"))
    low = pl.Series([_number(acc.low) for acc in accs], dtype=pl.Int32)
    high = pl.Series([_number(acc.high) for acc in accs], dtype=pl.Int32)
    modes = pl.Series([acc.mode for acc in accs], dtype=pl.Int8)
    p = pl.col("p")
    counted = pl.col("d").is_between(pl.lit(low).gather(p), pl.lit(high).gather(p)).fill_null(False)
    more = [pl.lit(modes).gather(p).alias("mode"), (counted & pl.col("ko") if shape.kind else counted).alias("o")]
    if shape.kind and shape.value:  # else every row is OCCURRED (or it is refused)
        more += [(counted & pl.col("km")).alias("m"), (counted & pl.col("kt")).alias("t")]
    return frame.lazy().select(columns).with_columns(more)


def _missing(rows: pl.DataFrame, shape: _Shape) -> pl.Series:
    """Which rows are counted OCCURRED facts of a SUM indicator without a value (to be refused)."""
    return rows.select(_missing_value(shape).fill_null(False).alias("missing")).get_column("missing")


def _missing_value(shape: _Shape) -> pl.Expr:
    missing = pl.col("o") & (pl.col("mode") == SUMS)
    return missing & pl.col("v").is_null() if shape.value else missing


def _queries(accs: list[Acc], numbered: pl.DataFrame, subjects: pl.DataFrame, shape: _Shape) -> dict[str, pl.LazyFrame]:
    """polars' queries of the numbered rows: the checks (``check``: :func:`_checks`), what is read of the distinct
    subjects (``look``: :func:`_look`) and how many ids they have (``ids``); the group-bys, each sorted, whose
    results are used only once the checks pass (none of them can fail on rows that do not): the first day of
    each subject (``firsts``), the facts and total of each day
    (``days``), the yearly windows of each subject (``windows``), the largest measurement of each subject and
    day (``measured``), the latest total (``totals``) -- of each indicator (its position ``p``; a subject as its
    rank ``r`` among ``subjects``)."""
    rows = numbered.lazy()
    p, d, v, occurred = pl.col("p"), pl.col("d"), pl.col("v"), pl.col("o")
    by_subject = (p.cast(pl.UInt64) * (1 << _ID_BITS) + pl.col("s")).alias("k")
    by_day = p.cast(pl.UInt64) * (1 << _DAY_BITS) + (d - _FIRST).cast(pl.UInt64)
    key = pl.col("k")
    ids = subjects.lazy().select("i", pl.int_range(pl.len(), dtype=pl.UInt32).alias("r"))

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
        "check": rows.select(_checks(shape)),
        "look": _look(subjects),
        "ids": subjects.lazy().select(pl.col("i").n_unique()),
        "firsts": ranked(rows.filter(occurred).group_by(by_subject).agg(d.min()), packed=True),
        "days": rows.filter(occurred & pl.col("mode").is_in([DAYS, SUMS]))
        .group_by(by_day.alias("k"))
        .agg(pl.len().alias("n"), *([v.sum()] if shape.value else []))
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
    if shape.kind and shape.value:
        queries["measured"] = ranked(rows.filter("m").group_by(by_subject, d).agg(v.max()), "d")
        queries["totals"] = rows.filter("t").group_by(p).agg(d.max(), v.sort_by(d, v).last())
    return queries


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

    Each position's entries are read out of polars by themselves, straight
    into the tuple the tally keeps: every Python value is touched once, and
    no list of all the entries is ever made.
    """

    __slots__ = ("columns", "ends")

    def __init__(self, size: int, positions: pl.Series | None, *columns: tuple[Any, pl.Series | list[Any]]) -> None:
        self.columns = columns
        if positions is None:
            self.ends = [0] * (size + 1)
        else:
            self.ends = positions.search_sorted(pl.Series(range(size + 1), dtype=positions.dtype), "left").to_list()

    def part(self, position: int) -> tuple[tuple[Any, ...], ...]:
        """Each column's entries of the indicator at ``position``."""
        low, high = self.ends[position], self.ends[position + 1]
        if low == high:
            return ((),) * len(self.columns)
        return tuple(_entries(lookup, column, low, high) for lookup, column in self.columns)


def _entries(lookup: Any, column: pl.Series | list[Any], low: int, high: int) -> tuple[Any, ...]:
    """The entries ``low`` to ``high`` of a column as Python values, each looked up in ``lookup`` (unless None)."""
    found = column[low:high] if isinstance(column, list) else column.slice(low, high - low).to_list()
    return tuple(found) if lookup is None else _pick(lookup, found)


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
