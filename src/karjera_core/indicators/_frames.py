"""The polars engine of the column path (private; needs polars, the ``polars`` extra).

:func:`summarize_frame` adds the rows of a polars frame up with polars'
group-bys: the first day of each subject, the facts (and values) of each
day, the yearly windows of each subject, the largest measurement of each
subject and day, the latest total -- what the pure-Python loop of
``_columnar.scan`` adds up row by row, in the same dictionaries.  A frame the
caller gives is first checked the fast way (:func:`certainly_valid`): its
dtypes, nulls and the distinct values of each column, the personal-code
guard (P-7) run on every distinct subject polars cannot show to be plain;
anything it cannot vouch for goes the Python way, which reports every problem
as ``Fact`` does.  :func:`to_polars` builds a frame from checked columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import polars as pl

from karjera_core._compile import FIRST_DAY, LAST_DAY, predicate
from karjera_core.indicators._columnar import refuse_missing, sorted_distinct
from karjera_core.indicators.definitions import CODE, MAX_NUMBER, MAX_SUBJECT, PLACES, SUBJECT
from karjera_core.indicators.facts import FactKind
from karjera_core.indicators.summary import DAYS, SUMS, WINDOWS, Acc

_EPOCH = date(1970, 1, 1).toordinal()
_FIRST, _LAST = FIRST_DAY.toordinal() - _EPOCH, LAST_DAY.toordinal() - _EPOCH
_TEXTS = frozenset(k.value for k in FactKind)
_COLUMNS, _REQUIRED = ("indicator", "on", "subject", "value", "kind"), ("indicator", "on", "subject")
_OK_CODE, _OK_SUBJECT = predicate(CODE), predicate(SUBJECT)
#: Subjects that are certainly fine: printable ASCII and the Latvian letters (U+0100-U+017F), fewer than 11
#: digits, no space at either end -- the alphabet the Python guard reads without a closer look (P-7).
_PLAIN = r"^[ -~\x{100}-\x{17f}]*$"
_ZERO = Decimal(0)


def python_columns(frame: pl.DataFrame) -> dict[str, list[Any]]:
    """Every column of ``frame`` as a list of Python values (for the Python way), each distinct value one object."""
    return {name: _python_values(frame.get_column(name)) for name in frame.columns}


def _python_values(series: pl.Series) -> list[Any]:
    """A series as Python values: a column of repeated values (codes, days, subjects) makes each distinct one once
    and repeats it, rather than a new object per row; anything polars cannot look up so is converted row by row."""
    try:
        distinct = series.unique()
        if distinct.len() * 2 > series.len():
            return series.to_list()
        lookup = pl.DataFrame([distinct.alias("v"), pl.Series("i", range(distinct.len()), dtype=pl.UInt32)])
        index = (
            series.alias("v").to_frame().join(lookup, on="v", how="left", maintain_order="left", nulls_equal=True)
        ).get_column("i")
    except pl.exceptions.PolarsError:
        return series.to_list()
    values = distinct.to_list()
    return list(map(values.__getitem__, index.to_list()))


def _days(series: pl.Series) -> list[date]:
    """A Date series as Python dates, each distinct day made once (polars makes them) and looked up by number."""
    distinct = series.unique()
    made = dict(zip(distinct.to_physical().to_list(), distinct.to_list(), strict=True))
    return list(map(made.__getitem__, series.to_physical().to_list()))


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


def certainly_valid(frame: pl.DataFrame) -> bool:
    """True when every row of ``frame`` makes a valid ``Fact``; False when polars cannot tell (the Python way can)."""
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
    if frame.height == 0:
        return True
    if any(frame.get_column(name).null_count() for name in names if name != "value"):
        return False
    return _values_valid(frame, value is not None, kind is not None)


def _values_valid(frame: pl.DataFrame, has_value: bool, has_kind: bool) -> bool:
    if not all(map(_OK_CODE, frame.get_column("indicator").unique().to_list())):
        return False
    subjects = frame.get_column("subject").unique()
    text = subjects.str
    plain = (
        text.contains(_PLAIN)
        & text.len_chars().is_between(1, MAX_SUBJECT)
        & (text.count_matches("[0-9]") < 11)
        & ~text.starts_with(" ")
        & ~text.ends_with(" ")
    )
    if not all(map(_OK_SUBJECT, subjects.filter(~plain).to_list())):
        return False
    days = frame.get_column("on").to_physical()
    if days.min() < _FIRST or days.max() > _LAST:  # type: ignore[operator]
        return False
    kinds = frame.get_column("kind") if has_kind else pl.repeat("occurred", frame.height, eager=True)
    if not set(kinds.unique().to_list()) <= _TEXTS:
        return False
    values = (
        frame.get_column("value") if has_value else pl.repeat(None, frame.height, dtype=pl.Decimal(38, 0), eager=True)
    )
    low, high = values.min(), values.max()
    if low is not None and (low < -MAX_NUMBER or high > MAX_NUMBER):  # type: ignore[operator]
        return False
    table = pl.DataFrame([values.alias("value"), kinds.alias("kind")])
    kind, amount = pl.col("kind"), pl.col("value")
    broken = table.filter((amount.is_null() & (kind != "occurred")) | ((amount < 0) & (kind != "measurement"))).height
    totals = table.filter(kind == "total").get_column("value").unique().to_list()
    return not broken and all(v == v.to_integral_value() for v in totals)


# ---------------------------------------------------------------- adding the rows up


def summarize_frame(accs: list[Acc], frame: pl.DataFrame, unmatched: set[str], *, checked: bool) -> int | None:
    """Add the rows of ``frame`` into ``accs``; return how many are of no indicator of them (their codes go
    into ``unmatched``).

    None when ``frame`` was not ``checked`` and :func:`certainly_valid` cannot
    vouch for it: nothing is added then, and the caller goes the Python way.
    """
    if not checked and not certainly_valid(frame):
        return None
    has_kind, has_value = "kind" in frame.columns, "value" in frame.columns
    plan = pl.DataFrame(
        {
            "indicator": [acc.code for acc in accs],
            "_pos": list(range(len(accs))),
            "_low": [acc.low for acc in accs],
            "_high": [acc.high for acc in accs],
            "_mode": [acc.mode for acc in accs],
        },
        schema={"indicator": pl.String, "_pos": pl.UInt32, "_low": pl.Date, "_high": pl.Date, "_mode": pl.Int8},
    )
    joined = frame.with_row_index("_row").join(plan, on="indicator", how="inner")
    ignored = frame.height - joined.height
    if ignored:
        unmatched.update(frame.join(plan, on="indicator", how="anti").get_column("indicator").unique().to_list())
    counted = joined.filter(pl.col("on").is_between(pl.col("_low"), pl.col("_high")))
    occurred = counted.filter(pl.col("kind") == "occurred") if has_kind else counted
    mode = pl.col("_mode")
    sums = occurred.filter(mode == SUMS)
    missing = sums if not has_value else sums.filter(pl.col("value").is_null())
    if missing.height:
        refuse_missing(sorted(missing.get_column("_row").to_list()))
    _firsts(accs, occurred)
    _day_counts(accs, occurred.filter(mode == DAYS), None)
    for index, acc in enumerate(accs):
        if acc.mode == WINDOWS:
            _windows(acc, occurred.filter(pl.col("_pos") == index))
    if has_value:  # without values every row is OCCURRED and no SUM indicator counts one (or it was refused)
        _day_counts(accs, sums, "value")
        if has_kind:
            _measured(accs, counted.filter(pl.col("kind") == "measurement"))
            _totals(accs, counted.filter(pl.col("kind") == "total"))
    return ignored


def _firsts(accs: list[Acc], occurred: pl.DataFrame) -> None:
    firsts = occurred.group_by("_pos", "subject").agg(pl.col("on").min()).sort("_pos", "subject")
    positions = firsts.get_column("_pos")
    subjects = firsts.get_column("subject").to_list()
    days = _days(firsts.get_column("on"))
    ends = positions.search_sorted(pl.Series(range(len(accs) + 1), dtype=pl.UInt32), side="left").to_list()
    for index, acc in enumerate(accs):
        low, high = ends[index], ends[index + 1]
        acc.seen = sorted_distinct(subjects[low:high], days[low:high])


def _day_counts(accs: list[Acc], rows: pl.DataFrame, value: str | None) -> None:
    amounts = [pl.col(value).sum().alias("_total")] if value is not None else []
    grouped = rows.group_by("_pos", "on").agg(pl.len().alias("_facts"), *amounts)
    days = _days(grouped.get_column("on"))
    totals = grouped.get_column("_total").to_list() if value is not None else [_ZERO] * grouped.height
    for index, day, facts, total in zip(
        grouped.get_column("_pos").to_list(), days, grouped.get_column("_facts").to_list(), totals, strict=True
    ):
        accs[index].days[day] = (facts, total)


def _windows(acc: Acc, rows: pl.DataFrame) -> None:
    starts = pl.Series(acc.starts, dtype=pl.Date)
    seen = rows.select(
        "subject", (pl.lit(starts).search_sorted(pl.col("on"), side="right").cast(pl.Int32) - 1).alias("_window")
    ).unique()
    masks = acc.masks
    for subject, window in zip(seen.get_column("subject").to_list(), seen.get_column("_window").to_list(), strict=True):
        masks[subject] = masks.get(subject, 0) | (1 << window)


def _measured(accs: list[Acc], rows: pl.DataFrame) -> None:
    best = rows.group_by("_pos", "subject", "on").agg(pl.col("value").max())
    days = _days(best.get_column("on"))
    for index, subject, day, value in zip(
        best.get_column("_pos").to_list(),
        best.get_column("subject").to_list(),
        days,
        best.get_column("value").to_list(),
        strict=True,
    ):
        accs[index].measured[subject, day] = value


def _totals(accs: list[Acc], rows: pl.DataFrame) -> None:
    latest = rows.sort("on", "value", descending=True).group_by("_pos", maintain_order=True).first()
    days = _days(latest.get_column("on"))
    for index, day, value in zip(
        latest.get_column("_pos").to_list(), days, latest.get_column("value").to_list(), strict=True
    ):
        accs[index].totals.append((day, value))
