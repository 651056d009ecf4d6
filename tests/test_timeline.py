"""Progress over time: a catalogue evaluated on a series of days in one pass (I-2), mergeable (I-4).

Every row of a timeline is what ``evaluate`` gives as of its day; a fact dated a day counts on it and one
dated the day after does not; the first day a target was reached is the very day, not the day it was
sampled on; the timeline of parts of the facts, merged in any grouping and order, is that of all of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Any, TypeVar, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core import _display
from karjera_core.errors import ValidationError
from karjera_core.indicators import (
    Counting,
    Fact,
    FactKind,
    Indicator,
    IndicatorResult,
    Measure,
    Status,
    Summary,
    Timeline,
    evaluate,
    month_ends,
    progress,
    summarize,
    timeline,
)
from karjera_core.records import to_records
from karjera_core.strategies._indicators import fact_days, facts, indicators
from karjera_core.time import DateRange

D = date
T = TypeVar("T")


def count(target: int = 2, *, code: str = "C", deadline: date | None = None, higher: bool = True) -> Indicator:
    return Indicator(
        code=code,
        title_lv="Skaits",
        measure=Measure.COUNT,
        target=Decimal(target),
        deadline=deadline,
        higher_is_better=higher,
    )


def share(target: str = "0.5", *, code: str = "S", **fields: Any) -> Indicator:
    return Indicator(code=code, title_lv="Īpatsvars", measure=Measure.SHARE, target=Decimal(target), **fields)


def occurred(subject: str, on: date, code: str = "C") -> Fact:
    return Fact(indicator=code, on=on, subject=subject)


def total(value: int, on: date, code: str = "S", subject: str = "VIIS") -> Fact:
    return Fact(indicator=code, on=on, subject=subject, value=Decimal(value), kind=FactKind.TOTAL)


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


def evolve(obj: T, **changes: object) -> T:
    return cast(T, attrs.evolve(cast(Any, obj), **changes))


# --------------------------------------------------------------------------- the days


def test_i2_a_fact_dated_a_day_counts_on_it_and_one_dated_the_day_after_does_not() -> None:
    day = D(2025, 3, 31)
    data = [occurred("a", day), occurred("b", day + timedelta(days=1))]
    rows = list(timeline(count(), data, on=[day - timedelta(days=1), day, day + timedelta(days=1)]))
    assert [(r.as_of, r.value) for r in rows] == [
        (D(2025, 3, 30), Decimal(0)),
        (D(2025, 3, 31), Decimal(1)),
        (D(2025, 4, 1), Decimal(2)),
    ]


def test_i2_the_first_day_the_target_was_reached_is_the_very_day_not_the_day_it_was_sampled() -> None:
    ind = count(2, deadline=D(2025, 2, 28))
    data = [occurred("a", D(2025, 1, 5)), occurred("a", D(2025, 2, 1)), occurred("b", D(2025, 3, 14))]
    progress_ = timeline(ind, data, on=month_ends(start=D(2025, 1, 1), end=D(2025, 4, 30)))
    assert progress_.first_reached == {"C": D(2025, 3, 14)}
    assert [(r.as_of, int(r.value or 0), r.reached_on, r.status) for r in progress_] == [
        (D(2025, 1, 31), 1, None, Status.PENDING),
        (D(2025, 2, 28), 1, None, Status.PENDING),
        (D(2025, 3, 31), 2, D(2025, 3, 14), Status.MET_LATE),
        (D(2025, 4, 30), 2, D(2025, 3, 14), Status.MET_LATE),
    ]
    on_the_day = timeline(ind, data, on=[D(2025, 3, 13), D(2025, 3, 14)])
    assert [r.reached_on for r in on_the_day] == [None, D(2025, 3, 14)]
    assert timeline(ind, data[:2], on=[D(2025, 12, 31)]).first_reached == {"C": None}


def test_i2_days_are_taken_in_order_each_once_and_rows_go_indicator_by_indicator() -> None:
    catalogue = [count(code="B"), count(code="A")]
    days = [D(2025, 3, 1), D(2025, 1, 1), D(2025, 3, 1), D(2025, 2, 1)]
    progress_ = timeline(catalogue, [], on=iter(days))
    assert progress_.days == (D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1))
    assert [(r.code, r.as_of.month) for r in progress_] == [(c, m) for c in ("B", "A") for m in (1, 2, 3)]
    assert len(progress_) == 6
    assert progress_.keys() == ("B", "A")
    assert progress_.indicators == tuple(catalogue)


def test_i2_lower_is_better_is_met_until_the_ceiling_is_passed_and_not_again() -> None:
    ceiling = count(1, higher=False)
    data = [occurred("a", D(2025, 1, 10)), occurred("b", D(2025, 2, 10))]
    rows = list(timeline(ceiling, data, on=[D(2025, 1, 1), D(2025, 1, 31), D(2025, 2, 28)]))
    assert [(r.value, r.reached_on, r.status) for r in rows] == [
        (Decimal(0), None, Status.NOT_DUE),  # nothing measured yet does not meet a target
        (Decimal(1), D(2025, 1, 10), Status.MET),
        (Decimal(2), None, Status.NOT_DUE),
    ]
    assert timeline(ceiling, data, on=[D(2025, 1, 31), D(2025, 2, 28)]).first_reached == {"C": D(2025, 1, 10)}


# --------------------------------------------------------------------------- shares divided by a TOTAL (I-3)


def test_i3_a_share_is_divided_by_the_latest_total_as_of_each_day() -> None:
    ind = share("0.5")
    data = [
        occurred("a", D(2025, 1, 5), code="S"),
        total(4, D(2025, 1, 20)),
        total(3, D(2025, 1, 20), subject="other"),  # the larger on a tie: 4
        occurred("b", D(2025, 2, 5), code="S"),
        total(10, D(2025, 2, 20)),  # a new denominator: the target now needs 5
        occurred("c", D(2025, 3, 5), code="S"),
        occurred("d", D(2025, 3, 6), code="S"),
        occurred("e", D(2025, 3, 7), code="S"),
    ]
    days = [D(2025, 1, 10), D(2025, 1, 31), D(2025, 2, 10), D(2025, 2, 28), D(2025, 3, 31)]
    rows = list(timeline(ind, data, on=days))
    assert [(r.numerator, r.denominator, r.value, r.reached_on) for r in rows] == [
        (1, None, None, None),  # no total yet: no value
        (1, 4, Decimal("0.25"), None),
        (2, 4, Decimal("0.5"), D(2025, 2, 5)),
        (2, 10, Decimal("0.2"), None),
        (5, 10, Decimal("0.5"), D(2025, 3, 7)),
    ]
    assert rows == [evaluate(ind, data, as_of=day) for day in days]
    progress_ = timeline(ind, data, on=days)
    assert progress_.first_reached == {"S": D(2025, 2, 5)}
    assert (progress_.total_indicators, progress_.total_days, progress_.total_values) == (
        ("S", "S"),
        (D(2025, 1, 20), D(2025, 2, 20)),
        (Decimal(4), Decimal(10)),
    )


def test_i3_only_totals_in_the_period_and_by_the_last_day_are_kept_and_only_for_shares_that_use_them() -> None:
    bounded = share(period=DateRange(start=D(2025, 1, 10), end=D(2025, 2, 28)))
    fixed = share(code="F", denominator=10)
    data = [
        total(5, D(2025, 1, 9)),
        total(6, D(2025, 1, 10)),
        total(7, D(2025, 2, 28)),
        total(8, D(2025, 3, 1)),
        total(9, D(2025, 1, 15), code="F"),
        Fact(indicator="S", on=D(2025, 1, 11), subject="x", value=Decimal(1), kind=FactKind.MEASUREMENT),
    ]
    progress_ = timeline([bounded, fixed], data, on=[D(2025, 2, 1), D(2025, 3, 31)])
    assert list(zip(progress_.total_days, progress_.total_values, strict=True)) == [
        (D(2025, 1, 10), Decimal(6)),
        (D(2025, 2, 28), Decimal(7)),
    ]
    assert [r.denominator for r in progress_] == [6, 7, 10, 10]
    early = timeline(bounded, data, on=[D(2025, 2, 1)])
    assert early.total_days == (D(2025, 1, 10),)  # none after the last day
    open_ended = share(period=DateRange(start=D(2025, 1, 10)))
    assert timeline(open_ended, data, on=[D(2025, 3, 1)]).total_values == (Decimal(6), Decimal(7), Decimal(8))


# --------------------------------------------------------------------------- every row is evaluate's answer


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[Indicator], list[Fact], list[date]]:
    codes = draw(st.lists(st.sampled_from(("A", "B", "C")), unique=True, min_size=1))
    catalogue = [draw(indicators(code=code)) for code in codes]
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    data = draw(st.lists(facts(valued=valued), max_size=40))
    days = draw(st.lists(fact_days(), min_size=1, max_size=6))
    return catalogue, data, days


@given(scenarios())
def test_i2_each_row_is_exactly_what_evaluate_gives_as_of_its_day(
    scenario: tuple[list[Indicator], list[Fact], list[date]],
) -> None:
    catalogue, data, days = scenario
    progress_ = timeline(catalogue, data, on=days)
    expected = [evaluate(ind, data, as_of=day) for ind in catalogue for day in sorted(set(days))]
    assert list(progress_) == expected
    for ind in catalogue:
        mine = [r for r in expected if r.code == ind.code]
        assert progress_[ind.code] == tuple(mine)
        assert progress_.first_reached[ind.code] == next((r.reached_on for r in mine if r.reached_on), None)
    assert progress_.summary == summarize(catalogue, data, as_of=max(days))


@given(scenarios(), st.lists(st.integers(min_value=0, max_value=3), max_size=40), st.randoms())
def test_i4_the_timeline_of_parts_merged_in_any_grouping_and_order_is_that_of_all(
    scenario: tuple[list[Indicator], list[Fact], list[date]], assignment: list[int], shuffle: Any
) -> None:
    catalogue, data, days = scenario
    parts: list[list[Fact]] = [[], [], [], []]
    for index, fact in enumerate(data):
        parts[assignment[index] if index < len(assignment) else 0].append(fact)
    pieces = [timeline(catalogue, part, on=days) for part in parts]
    whole = timeline(catalogue, data, on=days)
    shuffle.shuffle(pieces)
    assert Timeline.merge_all(pieces) == whole
    a, b, c, d = pieces
    assert a.merge(b).merge(c.merge(d)) == d.merge(a.merge(c)).merge(b) == whole
    empty = Timeline.empty(catalogue, on=days)
    assert empty.merge(whole) == whole.merge(empty) == whole
    assert list(Timeline.merge_all(pieces)) == list(whole)


def test_i4_totals_merge_by_the_larger_on_the_same_day() -> None:
    ind, days = share("0.5"), [D(2025, 1, 31), D(2025, 2, 28)]
    a = [total(4, D(2025, 1, 10)), total(9, D(2025, 2, 1)), occurred("x", D(2025, 1, 5), code="S")]
    b = [total(6, D(2025, 1, 10)), total(2, D(2025, 2, 1)), total(3, D(2025, 2, 2))]
    merged = timeline(ind, a, on=days).merge(timeline(ind, b, on=days))
    assert merged == timeline(ind, a + b, on=days) == timeline(ind, b, on=days).merge(timeline(ind, a, on=days))
    assert merged.total_values == (Decimal(6), Decimal(9), Decimal(3))
    assert [r.denominator for r in merged] == [6, 3]


def test_i4_timelines_merge_only_with_the_same_catalogue_and_days() -> None:
    mine = timeline([count()], [], on=[D(2025, 1, 1)])
    other_catalogue = timeline([count(code="X")], [], on=[D(2025, 1, 1)])
    other_days = timeline([count()], [], on=[D(2025, 1, 1), D(2025, 2, 1)])
    with pytest.raises(ValidationError) as error:
        mine.merge(other_catalogue)
    assert problems(error) == [
        ("$.other.summary.indicators", "timeline.mismatch", "expected a timeline of the same indicators")
    ]
    with pytest.raises(ValidationError) as error:
        Timeline.merge_all([mine, other_days, other_catalogue])
    assert problems(error) == [
        ("$.parts[1].days", "timeline.mismatch", "expected a timeline of the same days"),
        ("$.parts[2].summary.indicators", "timeline.mismatch", "expected a timeline of the same indicators"),
    ]
    assert Timeline.merge_all([mine]) is mine


def test_i4_timelines_of_fewer_earlier_or_later_days_do_not_merge() -> None:
    mine = timeline([count()], [], on=[D(2025, 1, 1), D(2025, 2, 1)])
    fewer = timeline([count()], [], on=[D(2025, 1, 1)])
    earlier = timeline([count()], [], on=[D(2024, 12, 31), D(2025, 2, 1)])
    later = timeline([count()], [], on=[D(2025, 1, 1), D(2025, 2, 2)])
    days = "expected a timeline of the same days"
    for other in (fewer, earlier, later):
        with pytest.raises(ValidationError) as error:
            mine.merge(other)
        assert problems(error) == [("$.other.days", "timeline.mismatch", days)]
    with pytest.raises(ValidationError) as error:
        Timeline.merge_all([mine, fewer, earlier, later])
    assert problems(error) == [(f"$.parts[{i}].days", "timeline.mismatch", days) for i in (1, 2, 3)]


def test_i4_more_totals_than_a_timeline_holds_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "MAX_SUBJECTS", 1)
    with pytest.raises(ValidationError) as error:
        timeline(share(), [total(1, D(2025, 1, 1)), total(2, D(2025, 1, 2))], on=[D(2025, 2, 1)])
    assert [(p.path, p.code) for p in error.value.problems] == [("$", "summary.too_large")]


# --------------------------------------------------------------------------- the record


def test_a_timeline_refuses_what_does_not_fit_together() -> None:
    good = timeline(share(), [total(4, D(2024, 12, 2)), total(5, D(2024, 12, 3))], on=[D(2025, 1, 1), D(2025, 2, 1)])
    cases: list[tuple[dict[str, object], list[tuple[str, str, str]]]] = [
        (
            {"days": (D(2025, 2, 1), D(2025, 2, 1))},
            [("$.days[1]", "timeline.days.order", "expected days in increasing order, each once")],
        ),
        (
            {"days": (D(2025, 1, 1),)},
            [("$.summary.as_of", "timeline.summary", "expected the summary as of the last day")],
        ),
        (
            {"total_days": (D(2024, 12, 2),)},
            [("$.total_days", "timeline.lengths", "expected one entry for each total")],
        ),
        (
            {"total_days": (D(2024, 12, 3), D(2024, 12, 3))},
            [("$.total_indicators[1]", "timeline.totals.order", "expected totals sorted by code and day, each once")],
        ),
        (
            {"total_indicators": ("S", "X")},
            [("$.total_indicators[1]", "timeline.totals.code", "expected the code of a share with totals")],
        ),
        (
            {"total_days": (D(2024, 12, 2), D(2025, 3, 1))},
            [("$.total_days[1]", "timeline.totals.day", "expected a day on or before the last day")],
        ),
        ({"days": ()}, [("$.days", "array.size", "expected 1 to 109800 items")]),
    ]
    for changes, expected in cases:
        with pytest.raises(ValidationError) as error:
            evolve(good, **changes)
        assert problems(error) == expected, changes
    assert evolve(good, total_values=(Decimal(4), Decimal(6))).total_values == (Decimal(4), Decimal(6))


def test_a_timeline_is_a_mapping_by_code_whose_unknown_codes_are_key_errors() -> None:
    progress_ = timeline(
        [count(code="A"), count(code="B")], [occurred("a", D(2025, 1, 1), code="A")], on=[D(2025, 1, 1)]
    )
    assert ("A" in progress_, "Z" in progress_, 1 in progress_) == (True, False, False)
    assert [r.value for r in progress_["A"]] == [Decimal(1)]
    with pytest.raises(KeyError) as error:
        progress_["Z"]
    assert error.value.args == ("expected the code of an indicator in the timeline: A, B",)


def test_a_timeline_reports_the_codes_of_facts_of_no_indicator() -> None:
    data = [
        occurred("a", D(2025, 1, 1), code="Q"),
        occurred("b", D(2025, 1, 2), code="P"),
        occurred("c", D(2025, 1, 2)),
    ]
    progress_ = timeline([count()], data, on=[D(2025, 1, 1)])
    assert (progress_.unmatched, progress_.ignored) == (("P", "Q"), 2)


def test_a_timeline_reads_a_stream_once_and_names_a_bad_item_of_it() -> None:
    read: list[Fact] = []

    def stream() -> Iterator[Fact]:
        for fact in [occurred("a", D(2025, 1, 1)), occurred("b", D(2025, 1, 2))]:
            read.append(fact)
            yield fact

    assert [r.value for r in timeline(count(), stream(), on=[D(2025, 1, 1), D(2025, 1, 2)])] == [1, 2]
    assert len(read) == 2
    with pytest.raises(ValidationError) as error:
        timeline(share(), [total(1, D(2025, 1, 1)), "fact", None], on=[D(2025, 1, 1)])  # type: ignore[list-item]
    assert problems(error) == [("$.facts[1]", "record.type", "expected a Fact")]


def test_a_timeline_gives_typed_rows_and_prints_short() -> None:
    progress_ = timeline(
        [count(code="A")], [occurred("a", D(2025, 1, 1), code="A")], on=[D(2025, 1, 1), D(2025, 1, 31)]
    )
    rows = progress_.to_records()
    assert rows == to_records(progress_)
    assert [(row["code"], row["as_of"], row["value"], row["status"]) for row in rows] == [
        ("A", D(2025, 1, 1), Decimal(1), "not_due"),
        ("A", D(2025, 1, 31), Decimal(1), "not_due"),
    ]
    assert progress_.to_records(decimals="float")[0]["value"] == 1.0
    assert repr(progress_) == "<Timeline of 1 indicators on 2 days, 2025-01-01..2025-01-31>"
    assert all(type(row) is IndicatorResult for row in progress_)


def test_a_single_indicator_is_a_catalogue_of_one() -> None:
    assert timeline(count(), [], on=[D(2025, 1, 1)]) == timeline([count()], [], on=[D(2025, 1, 1)])
    assert Timeline.empty([count()], on=[D(2025, 1, 1)]).summary == Summary.empty([count()], as_of=D(2025, 1, 1))


# --------------------------------------------------------------------------- month ends


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2025, 1, 1), D(2025, 1, 31), [D(2025, 1, 31)]),
        (D(2025, 1, 31), D(2025, 1, 31), [D(2025, 1, 31)]),  # a start on a month end counts
        (D(2025, 1, 1), D(2025, 1, 30), []),  # the day before the month's end: none
        (D(2025, 2, 1), D(2025, 3, 1), [D(2025, 2, 28)]),
        (D(2024, 2, 1), D(2024, 2, 29), [D(2024, 2, 29)]),  # a leap year
        (D(2024, 11, 30), D(2025, 1, 31), [D(2024, 11, 30), D(2024, 12, 31), D(2025, 1, 31)]),  # across a year
        (D(2025, 3, 1), D(2025, 3, 1), []),
        (D(2199, 12, 1), D(2199, 12, 31), [D(2199, 12, 31)]),  # the library's last day
    ],
)
def test_month_ends_are_the_last_days_of_the_months_between_two_days(
    start: date, end: date, expected: list[date]
) -> None:
    assert list(month_ends(start=start, end=end)) == expected


def test_month_ends_of_a_project_give_its_timeline_of_sixty_three_months() -> None:
    days = month_ends(start=D(2024, 10, 1), end=D(2029, 12, 31))
    assert (len(days), days[0], days[-1]) == (63, D(2024, 10, 31), D(2029, 12, 31))
    assert all((day + timedelta(days=1)).day == 1 for day in days)
    assert all((b.year * 12 + b.month) - (a.year * 12 + a.month) == 1 for a, b in pairwise(days))


def test_the_display_of_a_timeline_says_how_many_more_indicators_it_does_not_chart() -> None:
    many = timeline([count(code=f"C{n:02}") for n in range(25)], [], on=[D(2025, 1, 1)])
    page = many._repr_html_()
    assert page.count("<svg") == 20
    assert _display.more(20, 25, "indicators") in page
