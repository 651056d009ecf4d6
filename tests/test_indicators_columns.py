"""The column path (issue #13): fact tables summarised like the same facts as Fact objects (I-2, I-4, I-6, P-7).

Three things are checked against the object path on drawn input: that a
table of valid rows gives the equal summary (every engine, every kind of
table), that a table with bad rows gives exactly the problems building a
``Fact`` of each row gives (under ``$.facts[i]``), and that the personal-code
guard on subjects gives the answer of the Python guard on any text (P-7).
"""

from __future__ import annotations

import pickle
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import numpy
import pandas
import polars as pl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.indicators import (
    Counting,
    Fact,
    FactKind,
    Indicator,
    Measure,
    Summary,
    _packing,
    merge_summaries,
    summarize,
)
from karjera_core.indicators.columns import COLUMNS, FactColumns, is_fact_table, summarize_columns
from karjera_core.strategies._indicators import fact_days, facts, indicators
from karjera_core.time import DateRange

D = date
AS_OF = D(2026, 6, 30)
MISSING = "expected a value: a SUM indicator adds the values of its facts"
DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


def table_of(rows: Sequence[Fact], *, text_kinds: bool = False) -> dict[str, list[Any]]:
    return {
        "indicator": [f.indicator for f in rows],
        "on": [f.on for f in rows],
        "subject": [f.subject for f in rows],
        "value": [f.value for f in rows],
        "kind": [f.kind.value if text_kinds else f.kind for f in rows],
    }


def count(code: str = "C", counting: Counting = Counting.DISTINCT, **more: Any) -> Indicator:
    return Indicator(code=code, title_lv="Skaits", measure=Measure.COUNT, counting=counting, target=Decimal(2), **more)


@st.composite
def catalogues(draw: st.DrawFn) -> tuple[Indicator, ...]:
    codes = draw(st.lists(st.sampled_from(("A", "B", "C")), unique=True, min_size=1))
    return tuple(draw(indicators(code=code)) for code in codes)


# --------------------------------------------------------------------------- equal summaries


KINDS_OF_TABLE: dict[str, Callable[[list[Fact]], object]] = {
    "mapping": table_of,
    "mapping, kinds as text": lambda rows: table_of(rows, text_kinds=True),
    "pandas": lambda rows: pandas.DataFrame(table_of(rows, text_kinds=True)),
    "polars": lambda rows: FactColumns.from_facts(rows).to_polars(),
    "FactColumns": FactColumns.from_facts,
}


@pytest.mark.parametrize("engine", ["auto", "python", "polars"])
@pytest.mark.parametrize("shape", list(KINDS_OF_TABLE))
@given(catalogue=catalogues(), drawn=st.data(), as_of=fact_days())
def test_i4_a_fact_table_gives_the_summary_of_the_same_facts_as_objects(
    engine: str, shape: str, catalogue: tuple[Indicator, ...], drawn: st.DataObject, as_of: date
) -> None:
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    rows = drawn.draw(st.lists(facts(valued=valued), max_size=30))
    expected = summarize(catalogue, rows, as_of=as_of)
    table = KINDS_OF_TABLE[shape](rows)
    found = summarize_columns(catalogue, table, as_of=as_of, engine=engine)
    assert found == expected
    if shape != "polars":  # a polars column has one scale: 70 and 70.0 are equal, written alike
        assert repr(found) == repr(expected)
    assert summarize(catalogue, table, as_of=as_of) == expected


def test_i4_a_table_without_value_and_kind_columns_is_of_occurred_facts_without_values() -> None:
    rows = [Fact(indicator="C", on=D(2025, 1, k), subject=f"s{k % 3}") for k in range(1, 20)]
    table = {"indicator": [f.indicator for f in rows], "on": [f.on for f in rows], "subject": [f.subject for f in rows]}
    catalogue = (count(), count("F", Counting.FACTS), count("Y", Counting.EVERY_YEAR, period=YEARS))
    expected = summarize(catalogue, rows, as_of=AS_OF)
    for engine in ("python", "polars"):
        assert summarize_columns(catalogue, table, as_of=AS_OF, engine=engine) == expected
        assert summarize_columns(catalogue, pl.DataFrame(table), as_of=AS_OF, engine=engine) == expected
    assert summarize(catalogue, pandas.DataFrame(table), as_of=AS_OF) == expected


YEARS = DateRange(start=D(2024, 10, 1), end=D(2026, 12, 31))


def test_i4_columns_of_any_sequence_kind_give_the_same_summary() -> None:
    rows = [Fact(indicator="C", on=D(2025, 1, k), subject=f"s{k % 3}") for k in range(1, 9)]
    days = numpy.array([f.on for f in rows], dtype="datetime64[D]")  # tolist(): datetime.date values
    table = {
        "indicator": tuple(f.indicator for f in rows),
        "on": days,
        "subject": pandas.Series([f.subject for f in rows]),
        "kind": pl.Series([f.kind.value for f in rows]),
    }
    assert summarize([count()], table, as_of=AS_OF) == summarize([count()], rows, as_of=AS_OF)
    assert summarize(
        [count()], {**table, "on": range(0)} | {"indicator": [], "subject": [], "kind": []}, as_of=AS_OF
    ) == (Summary.empty([count()], as_of=AS_OF))


def test_i4_an_empty_table_is_the_empty_summary_in_every_engine() -> None:
    empty: dict[str, list[object]] = {name: [] for name in COLUMNS[:3]}
    for engine in ("python", "polars"):
        assert summarize_columns(count(), empty, as_of=AS_OF, engine=engine) == Summary.empty([count()], as_of=AS_OF)
    frame = pl.DataFrame(schema={"indicator": pl.String, "on": pl.Date, "subject": pl.String})
    assert summarize(count(), frame, as_of=AS_OF) == Summary.empty([count()], as_of=AS_OF)


def test_i4_summaries_of_table_parts_merge_into_the_summary_of_the_whole() -> None:
    rows = [Fact(indicator="C", on=D(2025, 1 + k % 12, 1 + k % 28), subject=f"s{k % 7}") for k in range(200)]
    whole = summarize([count()], rows, as_of=AS_OF)
    table = table_of(rows)
    parts = [summarize([count()], {name: col[k::5] for name, col in table.items()}, as_of=AS_OF) for k in range(5)]
    assert merge_summaries(parts) == whole == merge_summaries(parts[::-1]) == Summary.merge_all(parts)
    assert merge_summaries(parts[:1]) == parts[0]


# --------------------------------------------------------------------------- the same problems as Fact


#: Pieces of text that make personal codes (old and new form), near misses and their look-alikes (P-7).
PIECES = st.one_of(
    st.sampled_from(["161175", "19997", "320000", "12345", "311299", "010100", "29021", "+371", "2919686"]),
    st.text(alphabet="0123456789", min_size=1, max_size=7),
    st.sampled_from(["-", " ", "/", ".", "_", "+", "x", "ā", "L-", "\u2013", "\u2212", "\u00a0", "\u200b", "\u00ad"]),
    st.sampled_from(["\t", "\n", "\x00", "\x7f", "\u0661\u0666\u0661\u0661\u0667\u0665", "\uff11", "\u2460", "€"]),
    st.text(max_size=3),
)
SUBJECT_TEXTS = st.lists(PIECES, max_size=6).map("".join)
#: Personal codes in the forms the guard knows, and texts that only look like one.
KNOWN = st.sampled_from(
    [
        "161175-19997",
        "32000012345",
        "x 161175 19997",
        "161175\u201319997",
        "161175/19997",
        "+37129196866",
        "+371 29196866",
        "311299-29021",
        "310299-29021",
        "161175-199971",
        "1611751999",
        "L-161175.19997",
    ]
)
CODE_TEXTS = st.one_of(KNOWN) | st.lists(
    st.sampled_from(["161175", "19997", "320000", "12345", "-", " ", "+", "x"]), max_size=4
).map("".join)
NOT_TEXT = st.sampled_from([None, 5, 2.5, b"x", ("a",), ["a"]])
VALID_CODES = st.sampled_from(["A", "B", "C", "X"])
INDICATORS = st.one_of(
    VALID_CODES,
    VALID_CODES,
    VALID_CODES,
    st.sampled_from(["A", "B", "", " A", "A" * 51]) | SUBJECT_TEXTS | NOT_TEXT,
)
PLAIN = st.sampled_from(["s1", "s2", "Rīga", "4310900000", "L-00001", "Jelgavas novads"])
SUBJECTS = st.one_of(
    PLAIN,
    PLAIN,
    CODE_TEXTS,
    st.sampled_from(["A" * 201, "  ", "s\n"]) | SUBJECT_TEXTS | NOT_TEXT,
)
GOOD_DAYS = st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 12, 31))
DAYS = st.one_of(
    GOOD_DAYS,
    GOOD_DAYS,
    GOOD_DAYS,
    st.dates(min_value=D(1899, 12, 30), max_value=D(2200, 1, 2))
    | st.sampled_from([datetime(2025, 1, 1), "2025-01-01", None, 20250101, D(1, 1, 1), D(9999, 12, 31)]),
)
VALUES = st.one_of(
    st.none(),
    st.none(),
    st.decimals(min_value=-1000, max_value=1000, places=2),
    st.decimals(min_value=0, max_value=1000, places=0),
    st.sampled_from(
        [Decimal("1.5"), Decimal("-3"), Decimal("7.00"), Decimal("1e16"), Decimal("0.00000000001"), Decimal("NaN")]
    )
    | st.sampled_from([Decimal("sNaN"), 5, 1.5, "1", [1]]),
)
KINDS = st.one_of(
    st.just(FactKind.OCCURRED),
    st.just("occurred"),
    st.sampled_from(FactKind),
    st.sampled_from(["occurred", "total", "measurement"]),
    st.sampled_from(["OCCURRED", "x", ""]),
)
ODD_KINDS = st.sampled_from([None, 1, ("occurred",), ["total"]])


def expected_problems(rows: Sequence[dict[str, Any]]) -> tuple[list[tuple[str, str, str]], bool]:
    """The problems of building a Fact of each row, under its row's path, and whether one is a personal code.

    A kind written as text is read as JSON reads it: its value, or ``enum.value``.
    """
    found: list[tuple[str, str, str]] = []
    personal = False
    for index, row in enumerate(rows):
        given = dict(row)
        text = given.get("kind")
        if type(text) is str and text in {k.value for k in FactKind}:
            given["kind"] = FactKind(text)
        try:
            Fact(**given)
        except ValidationError as error:
            personal = personal or isinstance(error, PersonalDataRejected)
            for p in error.problems:
                if p.path == "$.kind" and type(text) is str:
                    found.append(
                        (f"$.facts[{index}].kind", "enum.value", "expected one of: measurement, occurred, total")
                    )
                else:
                    found.append((f"$.facts[{index}]{p.path[1:]}", p.code, p.message))
    return found, personal


@st.composite
def rows_of(draw: st.DrawFn, kinds: st.SearchStrategy[object] = KINDS) -> list[dict[str, Any]]:
    columns = draw(st.sampled_from([COLUMNS, COLUMNS[:3], COLUMNS[:4], (*COLUMNS[:3], "kind")]))
    made = {"indicator": INDICATORS, "on": DAYS, "subject": SUBJECTS, "value": VALUES, "kind": kinds}
    return draw(st.lists(st.fixed_dictionaries({name: made[name] for name in columns}), max_size=6))


def check_like_facts(rows: list[dict[str, Any]], engine: str) -> None:
    expected, personal = expected_problems(rows)
    catalogue = (count("A"), count("B", Counting.SUM))
    table = {name: [row[name] for row in rows] for name in (rows[0] if rows else COLUMNS[:3])}
    if not expected:
        made = [
            Fact(
                **{
                    **row,
                    "kind": FactKind(row["kind"])
                    if type(row.get("kind")) is str
                    else row.get("kind", FactKind.OCCURRED),
                }
            )
            for row in rows
        ]
        sums = [
            i
            for i, f in enumerate(made)
            if f.indicator == "B" and f.value is None and f.kind is FactKind.OCCURRED and f.on <= AS_OF
        ]
        if sums:
            with pytest.raises(ValidationError) as error:
                summarize_columns(catalogue, table, as_of=AS_OF, engine=engine)
            assert problems(error) == [(f"$.facts[{i}].value", "fact.value.missing", MISSING) for i in sums]
        else:
            assert summarize_columns(catalogue, table, as_of=AS_OF, engine=engine) == summarize(
                catalogue, made, as_of=AS_OF
            )
        return
    with pytest.raises(ValidationError) as error:
        summarize_columns(catalogue, table, as_of=AS_OF, engine=engine)
    assert problems(error) == expected
    assert isinstance(error.value, PersonalDataRejected) is personal


@given(rows=rows_of())
def test_i6_a_bad_table_has_the_problems_of_its_rows_as_facts(rows: list[dict[str, Any]]) -> None:
    check_like_facts(rows, "python")


@given(rows=rows_of(st.one_of(KINDS, ODD_KINDS)))
def test_i6_odd_kinds_have_the_problems_they_have_as_fact_kinds(rows: list[dict[str, Any]]) -> None:
    check_like_facts(rows, "python")


@given(subjects=st.lists(st.one_of(PLAIN, KNOWN, CODE_TEXTS, SUBJECT_TEXTS), min_size=1, max_size=8))
@example(subjects=["s1\n", "s2"])  # the polars guard reads all distinct subjects as one text of a subject a line
@example(subjects=["161175\n19997", "s2"])
@example(subjects=["s1", "161175", "19997"])
def test_p7_the_column_guard_gives_the_python_guards_answer_on_any_subject(subjects: list[str]) -> None:
    rows = [{"indicator": "A", "on": D(2025, 1, 1), "subject": s} for s in subjects]
    check_like_facts(rows, "python")
    check_like_facts(rows, "polars")
    frame = pl.DataFrame(
        {"indicator": ["A"] * len(subjects), "on": [D(2025, 1, 1)] * len(subjects), "subject": subjects}
    )
    expected, personal = expected_problems(rows)
    if expected:
        with pytest.raises(ValidationError) as error:
            summarize(count("A"), frame, as_of=AS_OF)
        assert problems(error) == expected
        assert isinstance(error.value, PersonalDataRejected) is personal
    else:
        made = [Fact(indicator="A", on=D(2025, 1, 1), subject=s) for s in subjects]
        assert summarize(count("A"), frame, as_of=AS_OF) == summarize(count("A"), made, as_of=AS_OF)


def test_p7_codes_split_across_neighbouring_subjects_are_no_codes() -> None:
    # The guard reads distinct subjects joined: a code must never run from one into the next.
    subjects = ["161175", "19997", "161175-", "19997", "+", "37129196866", "ok 161175 19997"]
    rows = [{"indicator": "A", "on": D(2025, 1, 1), "subject": s} for s in subjects]
    with pytest.raises(PersonalDataRejected) as error:
        summarize(count("A"), {k: [r[k] for r in rows] for k in rows[0]}, as_of=AS_OF)
    message = "expected pseudonymous text; a Latvian personal code is refused (P-7)"
    assert problems(error) == [
        ("$.facts[5].subject", "privacy.personal_code", message),
        ("$.facts[6].subject", "privacy.personal_code", message),
    ]


# --------------------------------------------------------------------------- the shape of a table

UNKNOWN = "unexpected column; expected only: indicator, on, subject, value, kind"
HIDDEN = "unexpected column (its name is not shown); expected only: indicator, on, subject, value, kind"
NO_COLUMN = "expected a column: a list, a tuple or another sequence"
LENGTH = "expected every column to have the same length"


class Listless:
    """Has a ``to_list`` that gives no list."""

    def to_list(self) -> tuple[int, ...]:
        return (1,)


def test_i6_a_table_of_the_wrong_shape_is_refused_column_by_column() -> None:
    table = {
        "indicator": ["A"],
        "on": [D(2025, 1, 1)],
        "extra": [1],
        "bad name": [1],
        "_161175_19997": [1],
        3: [1],
        "value": "1.5",
        "kind": [FactKind.OCCURRED, FactKind.OCCURRED],
    }
    with pytest.raises(ValidationError) as error:
        summarize(count(), table, as_of=AS_OF)
    assert problems(error) == [
        ("$.facts.extra", "object.unknown_key", UNKNOWN),
        ("$.facts", "object.unknown_key", HIDDEN),
        ("$.facts", "object.unknown_key", HIDDEN),
        ("$.facts", "object.unknown_key", HIDDEN),
        ("$.facts.subject", "object.missing_key", "expected this column"),
        ("$.facts.value", "columns.type", NO_COLUMN),
        ("$.facts.kind", "columns.length", LENGTH),
    ]
    with pytest.raises(ValidationError) as error:
        summarize(count(), {"indicator": (x for x in "A"), "on": Listless(), "subject": range(1)}, as_of=AS_OF)
    assert problems(error) == [
        ("$.facts.indicator", "columns.type", NO_COLUMN),
        ("$.facts.on", "columns.type", NO_COLUMN),
    ]


@pytest.mark.parametrize("make", [pandas.DataFrame, pl.DataFrame], ids=["pandas", "polars"])
def test_i6_a_data_frame_of_the_wrong_shape_is_refused_like_a_mapping(make: Callable[..., object]) -> None:
    frame = make({"indicator": ["A"], "on": [D(2025, 1, 1)], "extra": [1]})
    with pytest.raises(ValidationError) as error:
        summarize(count(), frame, as_of=AS_OF)
    assert problems(error) == [
        ("$.facts.extra", "object.unknown_key", UNKNOWN),
        ("$.facts.subject", "object.missing_key", "expected this column"),
    ]


def test_i2_bad_arguments_of_summarize_columns_are_named() -> None:
    with pytest.raises(ValidationError) as error:
        summarize_columns("x", [], as_of="2025", engine="fast")  # type: ignore[arg-type]
    assert problems(error) == [
        ("$.indicators", "array.type", "expected an iterable (not text) of items, each an Indicator"),
        ("$.facts", "columns.table", TABLE),
        ("$.as_of", "date.type", DAY),
        ("$.engine", "text.choice", "expected one of: auto, python, polars"),
    ]
    with pytest.raises(ValidationError) as error:
        summarize([count(), count()], {"indicator": [], "on": [], "subject": []}, as_of=D(2025, 1, 1))
    assert problems(error) == [("$.indicators[1].code", "summary.duplicate_code", "expected every indicator code once")]


TABLE = "expected a fact table: a mapping of columns, a pandas or polars DataFrame, a FactColumns"


def test_i6_is_fact_table_knows_data_frames_only_once_their_library_is_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frame = pandas.DataFrame({"indicator": []})
    assert is_fact_table(frame)
    assert is_fact_table(FactColumns())
    assert not is_fact_table("indicator")
    monkeypatch.delitem(sys.modules, "pandas")
    monkeypatch.delitem(sys.modules, "polars")
    assert not is_fact_table(frame)


def test_i6_the_polars_engine_needs_polars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "polars", None)  # import polars: ImportError
    monkeypatch.delitem(sys.modules, "karjera_core.indicators._frames", raising=False)
    message = 'expected polars installed: the polars extra (".[polars]" in a clone) or pip install polars'
    with pytest.raises(ValidationError) as error:
        summarize_columns(count(), {"indicator": [], "on": [], "subject": []}, as_of=AS_OF, engine="polars")
    assert problems(error) == [("$.engine", "columns.polars", message)]
    with pytest.raises(ValidationError) as error:
        FactColumns().to_polars()
    assert problems(error) == [("$", "columns.polars", message)]


def test_i6_the_auto_and_python_engines_add_up_a_mapping_without_polars(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"indicator": ["A", "A"], "on": [D(2025, 1, 1), D(2025, 1, 2)], "subject": ["s1", "s2"]}
    expected = summarize_columns(count(), table, as_of=AS_OF, engine="python")
    monkeypatch.setitem(sys.modules, "polars", None)  # import polars: ImportError
    monkeypatch.delitem(sys.modules, "karjera_core.indicators._frames", raising=False)
    assert summarize_columns(count(), table, as_of=AS_OF, engine="auto") == expected
    assert summarize_columns(count(), table, as_of=AS_OF, engine="python") == expected


# --------------------------------------------------------------------------- SUM facts without a value


def sum_rows() -> dict[str, list[Any]]:
    return {
        "indicator": ["B", "B", "B", "C", "B"],
        "on": [D(2025, 1, 1), D(2027, 1, 1), D(2025, 2, 1), D(2025, 1, 1), D(2025, 3, 1)],
        "subject": ["e1", "e2", "e3", "e4", "e5"],
        "value": [None, None, Decimal(1), None, Decimal(2)],
        "kind": ["occurred", "occurred", "occurred", "occurred", "total"],
    }


@pytest.mark.parametrize("engine", ["python", "polars"])
def test_i3_every_counted_sum_fact_without_a_value_is_named(engine: str) -> None:
    catalogue = (count("B", Counting.SUM), count("C"))
    table = sum_rows()
    for shown in (table, pl.DataFrame(table)):
        with pytest.raises(ValidationError) as error:
            summarize_columns(catalogue, shown, as_of=AS_OF, engine=engine)
        assert problems(error) == [("$.facts[0].value", "fact.value.missing", MISSING)]
    table = {name: table[name][:4] for name in COLUMNS[:3]}
    for shown in (table, pl.DataFrame(table)):
        with pytest.raises(ValidationError) as error:
            summarize_columns(catalogue, shown, as_of=AS_OF, engine=engine)
        assert problems(error) == [(f"$.facts[{i}].value", "fact.value.missing", MISSING) for i in (0, 2)]


# --------------------------------------------------------------------------- polars frames polars cannot vouch for


def frame(**changed: Any) -> pl.DataFrame:
    base = {
        "indicator": pl.Series(["A", "B", "A"]),
        "on": pl.Series([D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1)]),
        "subject": pl.Series(["s1", "s2", "s1"]),
        "value": pl.Series([None, Decimal(3), Decimal("2.5")], dtype=pl.Decimal(38, 1)),
        "kind": pl.Series(["occurred", "total", "measurement"]),
    }
    base.update(changed)
    return pl.DataFrame({k: v for k, v in base.items() if v is not None})


ODD_FRAMES = {
    "valid": frame(),
    "no rows": frame().head(0),
    "categorical subjects": frame(subject=pl.Series(["s1", "s2", "s1"], dtype=pl.Categorical)),
    "a subject polars cannot read": frame(subject=pl.Series(["s€", "s2", "x\u00a0y"])),
    "a personal code": frame(subject=pl.Series(["s1", "161175-19997", "s1"])),
    "datetimes": frame(on=pl.Series([datetime(2025, 1, 1)] * 3)),
    "a day out of the years": frame(on=pl.Series([D(1800, 1, 1), D(2025, 1, 1), D(2300, 1, 1)])),
    "a null code": frame(indicator=pl.Series(["A", None, "A"])),
    "a bad code": frame(indicator=pl.Series(["A", "", "A" * 51])),
    "float values": frame(value=pl.Series([None, 3.0, 2.5])),
    "values of 12 places": frame(value=pl.Series([None, Decimal(3), Decimal("2.5")], dtype=pl.Decimal(38, 12))),
    "a value too large": frame(value=pl.Series([None, Decimal(10) ** 16, Decimal(1)], dtype=pl.Decimal(38, 0))),
    "a bad kind": frame(kind=pl.Series(["occurred", "totals", "measurement"])),
    "a total without a value": frame(value=pl.Series([None, None, Decimal("2.5")], dtype=pl.Decimal(38, 1))),
    "a negative amount": frame(value=pl.Series([Decimal(-1), Decimal(3), Decimal("2.5")], dtype=pl.Decimal(38, 1))),
    "a total of a fraction": frame(value=pl.Series([None, Decimal("3.5"), Decimal("2.5")], dtype=pl.Decimal(38, 1))),
    "no values, other kinds": frame(value=None),
    "null values only": frame(value=pl.Series([None, None, None]), kind=pl.Series(["occurred"] * 3)),
    "no kinds, a negative amount": frame(
        kind=None, value=pl.Series([None, Decimal(-3), None], dtype=pl.Decimal(38, 0))
    ),
}


def outcome(run: Callable[[], Summary]) -> object:
    try:
        return run()
    except ValidationError as error:
        return (type(error), [(p.path, p.code, p.message) for p in error.problems])


@pytest.mark.parametrize("name", list(ODD_FRAMES))
def test_i6_a_polars_frame_gives_what_its_rows_give_in_python(name: str) -> None:
    given = ODD_FRAMES[name]
    catalogue = (count("A", Counting.IMPROVED), count("B"))
    rows = {column: given.get_column(column).to_list() for column in given.columns}
    expected = outcome(lambda: summarize_columns(catalogue, rows, as_of=AS_OF, engine="python"))
    assert outcome(lambda: summarize(catalogue, given, as_of=AS_OF)) == expected
    assert outcome(lambda: summarize_columns(catalogue, given, as_of=AS_OF, engine="python")) == expected


# --------------------------------------------------------------------------- FactColumns


def some_facts() -> list[Fact]:
    return [
        Fact(indicator="A", on=D(2025, 1, 1), subject="s1"),
        Fact(indicator="B", on=D(2025, 2, 1), subject="VIIS", value=Decimal(600), kind=FactKind.TOTAL),
        Fact(indicator="A", on=D(2025, 3, 1), subject="s2", value=Decimal("-1.5"), kind=FactKind.MEASUREMENT),
    ]


def test_i6_fact_columns_hold_the_facts_column_by_column() -> None:
    rows = some_facts()
    table = FactColumns.from_facts(rows)
    assert len(table) == 3
    assert table.rows() == tuple(rows)
    assert table.as_dict()["kind"] == ("occurred", "total", "measurement")
    assert FactColumns.of(table) is table
    assert (
        FactColumns.of(table.as_dict())
        == table
        == FactColumns.of(table.to_polars())
        == FactColumns.of(table.to_pandas())
    )
    assert table.to_pandas().to_dict("list") == {name: list(column) for name, column in table.as_dict().items()}
    assert dict(table.to_polars().schema) == {
        "indicator": pl.String,
        "on": pl.Date,
        "subject": pl.String,
        "value": pl.Decimal(38, 1),
        "kind": pl.String,
    }
    assert FactColumns(**{name: getattr(table, name) for name in COLUMNS}) == table
    assert pickle.loads(pickle.dumps(table)) == table


def test_i6_a_polars_value_column_has_ten_places_at_most_and_keeps_all_ten() -> None:
    def column(*values: str) -> pl.Series:
        rows = [Fact(indicator="A", on=D(2025, 1, 1), subject=f"s{n}", value=Decimal(v)) for n, v in enumerate(values)]
        series: pl.Series = FactColumns.from_facts(rows).to_polars().get_column("value")
        return series

    ten = column("0.1234567891", "2")  # exactly ten places: kept, every one
    assert (ten.dtype, ten.to_list()) == (pl.Decimal(38, 10), [Decimal("0.1234567891"), Decimal("2.0000000000")])
    twelve = column("0.1234567891", "1.500000000000")  # only zeros past the tenth place: the same numbers at ten
    assert (twelve.dtype, twelve.to_list()) == (pl.Decimal(38, 10), [Decimal("0.1234567891"), Decimal("1.5000000000")])


def test_i6_fact_columns_check_their_items_and_rows() -> None:
    with pytest.raises(PersonalDataRejected) as refused:
        FactColumns(
            indicator=("A", ""),
            on=(D(2025, 1, 1), D(2025, 1, 1)),
            subject=("161175-19997", "y"),
            value=(Decimal(-1), None),
            kind=(FactKind.TOTAL, FactKind.OCCURRED),
        )
    assert [(p.path, p.code, p.message) for p in refused.value.problems] == [
        ("$.indicator[1]", "text.blank", "expected an indicator code that is not blank"),
        (
            "$.subject[0]",
            "privacy.personal_code",
            "expected pseudonymous text; a Latvian personal code is refused (P-7)",
        ),
        ("$.value[0]", "fact.value.total", "expected a whole number of zero or more as the total"),
    ]
    with pytest.raises(ValidationError) as error:
        FactColumns(indicator=("A",), on=(), subject=("x", "y"), value=(None,), kind=())
    assert problems(error) == [
        ("$.on", "columns.length", LENGTH),
        ("$.subject", "columns.length", LENGTH),
        ("$.kind", "columns.length", LENGTH),
    ]


def test_i6_fact_columns_are_made_from_fact_tables_and_facts_only() -> None:
    with pytest.raises(ValidationError) as error:
        FactColumns.of([])
    assert problems(error) == [("$.facts", "columns.table", TABLE)]
    with pytest.raises(ValidationError) as error:
        FactColumns.from_facts([1])  # type: ignore[list-item]
    assert problems(error) == [("$.facts[0]", "record.type", "expected a Fact")]
    with pytest.raises(ValidationError) as error:
        FactColumns.of({"indicator": ["A"], "on": [None], "subject": ["x"]})
    assert problems(error) == [("$.facts[0].on", "date.type", DAY)]


# --------------------------------------------------------------------------- compact summaries


def test_i4_a_pickled_summary_grows_with_subjects_and_days_not_with_facts() -> None:
    catalogue = (count("A"), count("F", Counting.FACTS), count("Y", Counting.EVERY_YEAR, period=YEARS))

    def table(n: int) -> dict[str, list[Any]]:
        return {
            "indicator": [("A", "F", "Y")[k % 3] for k in range(n)],
            "on": [D(2025, 1 + k % 12, 1 + k % 28) for k in range(n)],
            "subject": [f"L-{k % 997:05d}" for k in range(n)],
        }

    small, large = (summarize(catalogue, table(n), as_of=AS_OF) for n in (20_000, 200_000))
    sizes = [len(pickle.dumps(s)) for s in (small, large)]
    assert sizes[1] <= sizes[0] * 1.05
    assert pickle.loads(pickle.dumps(large)) == large


def test_i4_the_compact_form_keeps_texts_with_a_line_break_of_their_own_as_they_are() -> None:
    values = (("a\nb", "c"), ("x", "y"), (D(2025, 1, 2),), (Decimal("1.50"),), (), 7)
    packed = _packing.pack(values)
    assert [kind for kind, _ in packed] == ["p", "t", "d", "n", "p", "p"]
    assert _packing.unpack(packed) == values


@given(catalogue=catalogues(), drawn=st.data(), as_of=fact_days())
def test_i4_a_summary_pickles_back_to_an_equal_one_written_alike(
    catalogue: tuple[Indicator, ...], drawn: st.DataObject, as_of: date
) -> None:
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    made = summarize(catalogue, drawn.draw(st.lists(facts(valued=valued), max_size=30)), as_of=as_of)
    back = pickle.loads(pickle.dumps(made))
    assert back == made
    assert repr(back) == repr(made)


def test_i4_merge_summaries_needs_summaries_of_one_catalogue_and_day() -> None:
    a = Summary.empty([count()], as_of=AS_OF)
    with pytest.raises(ValidationError) as error:
        merge_summaries([])
    assert problems(error) == [("$.parts", "summary.none", "expected at least one summary to merge")]
    with pytest.raises(ValidationError) as error:
        merge_summaries([a, Summary.empty([count("D")], as_of=D(2025, 1, 1))])
    assert problems(error) == [
        ("$.parts[1].indicators", "summary.mismatch", "expected a summary of the same indicators"),
        ("$.parts[1].as_of", "summary.mismatch", "expected a summary as of the same day"),
    ]
    with pytest.raises(ValidationError) as error:
        merge_summaries(5)  # type: ignore[arg-type]
    assert problems(error) == [("$.parts", "array.type", "expected an iterable (not text) of items, each a Summary")]
    assert merge_summaries(iter([a, a, a])) == a


def test_i4_every_path_refuses_a_tally_past_the_bound_of_subjects(monkeypatch: pytest.MonkeyPatch) -> None:
    from karjera_core.indicators import _columnar, aggregates

    monkeypatch.setattr(aggregates, "MAX_SUBJECTS", 1)
    monkeypatch.setattr(_columnar, "MAX_SUBJECTS", 1)
    rows = [Fact(indicator="C", on=D(2025, 1, 1), subject=s) for s in ("a", "b")]
    found = [
        outcome(lambda: summarize(count(), rows, as_of=AS_OF)),
        outcome(lambda: summarize_columns(count(), table_of(rows), as_of=AS_OF, engine="python")),
        outcome(lambda: summarize_columns(count(), table_of(rows), as_of=AS_OF, engine="polars")),
    ]
    assert found[0] == found[1] == found[2]
    assert found[0][1][0][1] == "summary.too_large"  # type: ignore[index]


PAST_BOUNDS = {
    "windows": ("Y", Counting.EVERY_YEAR, None, FactKind.OCCURRED, "ab"),
    "measurements": ("C", Counting.DISTINCT, Decimal(1), FactKind.MEASUREMENT, "ab"),
    "facts of a day": ("F", Counting.FACTS, None, FactKind.OCCURRED, "aa"),
    "total of a day": ("B", Counting.SUM, Decimal(6), FactKind.OCCURRED, "a"),
}


@pytest.mark.parametrize("case", list(PAST_BOUNDS))
def test_i4_every_path_refuses_windows_measurements_and_day_counts_past_their_bounds(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from karjera_core.indicators import _frames
    from karjera_core.indicators import summary as summary_module

    for module in (summary_module, _frames):  # one subject, one fact a day, a total of 5
        monkeypatch.setattr(module, "MAX_SUBJECTS", 1)
        monkeypatch.setattr(module, "MAX_COUNT", 1)
        monkeypatch.setattr(module, "MAX_TOTAL", Decimal(5))
    code, counting, value, kind, subjects = PAST_BOUNDS[case]
    catalogue = (count(code, counting, **({"period": YEARS} if counting is Counting.EVERY_YEAR else {})),)
    rows = [Fact(indicator=code, on=D(2025, 1, 1), subject=s, value=value, kind=kind) for s in subjects]
    found = [
        outcome(lambda: summarize(catalogue, rows, as_of=AS_OF)),
        outcome(lambda: summarize_columns(catalogue, table_of(rows), as_of=AS_OF, engine="python")),
        outcome(lambda: summarize_columns(catalogue, table_of(rows), as_of=AS_OF, engine="polars")),
    ]
    assert found[0] == found[1] == found[2]
    assert found[0][1][0][1] == "summary.too_large"  # type: ignore[index]


def test_i6_odd_but_valid_values_give_the_summary_of_the_facts() -> None:
    # Zeros past the tenth place, a value column without kinds, a signalling NaN (refused, never hashed).
    catalogue = (count("B", Counting.SUM), count("C", Counting.FACTS))
    rows = [
        Fact(indicator="B", on=D(2025, 1, 1), subject="e", value=Decimal("1.000000000000")),
        Fact(indicator="B", on=D(2025, 1, 1), subject="f", value=Decimal("2.5")),
        Fact(indicator="C", on=D(2025, 1, 2), subject="f"),
    ]
    table = {name: column for name, column in table_of(rows).items() if name != "kind"}
    expected = summarize(catalogue, rows, as_of=AS_OF)
    for engine in ("python", "polars"):
        assert summarize_columns(catalogue, table, as_of=AS_OF, engine=engine) == expected
        assert summarize_columns(catalogue, pl.DataFrame(FactColumns.of(table).as_dict()), as_of=AS_OF) == expected
    with pytest.raises(ValidationError) as error:
        summarize(catalogue, {**table, "value": [Decimal("sNaN"), Decimal(1), None]}, as_of=AS_OF)
    with pytest.raises(ValidationError) as fact_error:
        Fact(indicator="B", on=D(2025, 1, 1), subject="e", value=Decimal("sNaN"))
    assert problems(error) == [("$.facts[0].value", p.code, p.message) for p in fact_error.value.problems]


def test_the_column_modules_list_what_they_export() -> None:
    from karjera_core.indicators import columns, split

    for module in (columns, split):
        assert dir(module) == sorted(module.__all__)


def test_i4_measurements_of_a_subject_on_one_day_keep_the_largest_whatever_their_order() -> None:
    catalogue = (count(),)
    values = (Decimal(5), Decimal(3), Decimal(7), Decimal(7))
    rows = [Fact(indicator="C", on=D(2025, 3, 1), subject="s1", value=v, kind=FactKind.MEASUREMENT) for v in values]
    expected = summarize(catalogue, rows, as_of=AS_OF)
    for engine in ("python", "polars"):
        assert summarize_columns(catalogue, table_of(rows), as_of=AS_OF, engine=engine) == expected
    tally = expected.tallies[0]
    assert (tally.measured_subjects, tally.measured_on, tally.measured_values) == (
        ("s1",),
        (D(2025, 3, 1),),
        (Decimal(7),),
    )


def test_i4_an_unhashable_kind_is_refused_at_its_row_as_a_fact_refuses_it() -> None:
    table = {"indicator": ["C", "C"], "on": [D(2025, 1, 1)] * 2, "subject": ["a", "b"], "kind": ["occurred", ["x"]]}
    with pytest.raises(ValidationError) as error:
        summarize_columns((count(),), table, as_of=AS_OF)
    with pytest.raises(ValidationError) as by_object:
        Fact(indicator="C", on=D(2025, 1, 1), subject="b", kind=["x"])  # type: ignore[arg-type]
    assert problems(error) == [("$.facts[1].kind", *problems(by_object)[0][1:])]


def test_i4_a_polars_frame_read_the_python_way_shares_each_distinct_value_and_still_refuses_objects() -> None:
    ind = Indicator(code="M", title_lv="Materiāli", measure=Measure.COUNT, target=Decimal(2))
    days, subjects = [date(2025, 1, 9)] * 6, ["m-1", "m-2", "m-1"] * 2
    rows: dict[str, list[Any]] = {"indicator": ["M"] * 6, "on": days, "subject": subjects}
    frame = pl.DataFrame(rows)
    as_of = date(2025, 12, 31)
    summary = summarize_columns([ind], frame, as_of=as_of, engine="python")
    assert summary == summarize(
        [ind],
        [Fact(indicator="M", on=d, subject=s) for d, s in zip(days, subjects, strict=True)],
        as_of=as_of,
    )
    table = FactColumns.of(frame)
    assert table.subject[0] is table.subject[2]  # one str object for each distinct subject, not one per row
    thing = object()
    strange = pl.DataFrame({**rows, "subject": pl.Series([thing] * 6, dtype=pl.Object)})
    with pytest.raises(ValidationError) as err:
        summarize_columns([ind], strange, as_of=as_of, engine="python")
    assert [(p.path, p.code) for p in err.value.problems] == [(f"$.facts[{k}].subject", "text.type") for k in range(6)]


def test_i4_every_year_indicators_count_each_subjects_windows_alike_on_both_engines() -> None:
    days = (D(2024, 10, 1), D(2025, 3, 1), D(2025, 10, 1), D(2025, 10, 2))
    rows = [Fact(indicator="Y", on=day, subject=who) for day in days for who in ("s1", "s2")]
    catalogue = (count("Y", Counting.EVERY_YEAR, period=YEARS),)
    expected = summarize(catalogue, rows, as_of=AS_OF)
    for engine in ("python", "polars"):
        assert summarize_columns(catalogue, table_of(rows), as_of=AS_OF, engine=engine) == expected
    assert summarize_columns(catalogue, pl.DataFrame(table_of(rows, text_kinds=True)), as_of=AS_OF) == expected
    assert (expected.tallies[0].window_subjects, expected.tallies[0].window_masks) == (("s1", "s2"), (3, 3))


def test_i4_every_year_indicators_of_more_than_64_windows_count_alike_on_both_engines() -> None:
    period = DateRange(start=D(1950, 1, 1), end=D(2025, 12, 31))  # 76 yearly windows
    days = (D(1950, 1, 1), D(1951, 6, 1), D(2014, 1, 1), D(2020, 12, 31), D(2025, 12, 31))
    rows = [Fact(indicator="Y", on=day, subject="s1") for day in days]
    rows += [Fact(indicator="Y", on=D(1953, 1, 1), subject="s2"), Fact(indicator="Y", on=D(2019, 1, 1), subject="s3")]
    catalogue = (count("Y", Counting.EVERY_YEAR, period=period), count())
    expected = summarize(catalogue, rows, as_of=AS_OF)
    for engine in ("python", "polars"):
        assert summarize_columns(catalogue, table_of(rows), as_of=AS_OF, engine=engine) == expected
    tally = expected.tallies[0]
    assert tally.window_subjects == ("s1", "s2", "s3")
    assert tally.window_masks == (1 | 1 << 1 | 1 << 64 | 1 << 70 | 1 << 75, 1 << 3, 1 << 69)


def test_i4_subjects_of_any_script_are_sorted_as_python_sorts_them_on_both_engines() -> None:
    subjects = ["z", "Z", "ā", "a", "Ā", "é", "日本", "😀", "a b", "ab", "€", "ß", "ſ", "\u00e9x"]
    rows = [Fact(indicator="C", on=D(2025, 1, 1 + k % 28), subject=s) for k, s in enumerate(subjects * 2)]
    rows += [
        Fact(indicator="C", on=D(2025, 2, 1), subject=s, value=Decimal(1), kind=FactKind.MEASUREMENT) for s in subjects
    ]
    catalogue = (count(), count("Y", Counting.EVERY_YEAR, period=YEARS))
    rows += [Fact(indicator="Y", on=D(2025, 3, 1), subject=s) for s in subjects]
    expected = summarize(catalogue, rows, as_of=AS_OF)
    assert expected.tallies[0].seen.subjects == tuple(sorted(set(subjects)))
    for engine in ("python", "polars"):
        assert summarize_columns(catalogue, table_of(rows), as_of=AS_OF, engine=engine) == expected
    assert summarize(catalogue, FactColumns.from_facts(rows).to_polars(), as_of=AS_OF) == expected


def test_i4_subjects_whose_hashes_collide_are_told_apart_by_their_ranks(monkeypatch: pytest.MonkeyPatch) -> None:
    from karjera_core.indicators import _frames

    monkeypatch.setattr(_frames, "_HASH_BITS", 1)  # two ids for three subjects: some collide
    rows = [Fact(indicator="C", on=D(2025, 1, k), subject=f"s{k % 3}") for k in range(1, 10)]
    rows += [Fact(indicator="C", on=D(2025, 2, 1), subject="s1", value=Decimal(2), kind=FactKind.MEASUREMENT)]
    catalogue = (count(), count("Y", Counting.EVERY_YEAR, period=YEARS))
    expected = summarize(catalogue, rows, as_of=AS_OF)
    assert summarize_columns(catalogue, table_of(rows), as_of=AS_OF, engine="polars") == expected


def test_i4_a_frame_of_one_chunk_summarised_in_parallel_chunks_gives_the_same_summary(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from karjera_core.indicators import _frames

    monkeypatch.setattr(_frames, "_CHUNK_ROWS", 2)  # a frame of 30 rows in chunks of at least 2
    rows = [Fact(indicator="C", on=D(2025, 1 + k % 12, 1 + k % 28), subject=f"s{k % 7}") for k in range(30)]
    catalogue = (count(), count("F", Counting.FACTS), count("Y", Counting.EVERY_YEAR, period=YEARS))
    frame = FactColumns.from_facts(rows).to_polars()
    assert frame.n_chunks() == 1
    assert _frames._in_chunks(frame).n_chunks() > 1
    assert _frames._in_chunks(_frames._in_chunks(frame)).n_chunks() == _frames._in_chunks(frame).n_chunks()
    assert summarize(catalogue, frame, as_of=AS_OF) == summarize(catalogue, rows, as_of=AS_OF)


@pytest.mark.parametrize("engine", ["auto", "polars"])
def test_i6_a_polars_frame_with_every_column_and_one_more_is_refused_for_the_extra_one(engine: str) -> None:
    frame = pl.DataFrame({"indicator": ["A"], "on": [D(2025, 1, 1)], "subject": ["s1"], "extra": [1]})
    with pytest.raises(ValidationError) as error:
        summarize_columns(count(), frame, as_of=AS_OF, engine=engine)
    assert problems(error) == [("$.facts.extra", "object.unknown_key", UNKNOWN)]
