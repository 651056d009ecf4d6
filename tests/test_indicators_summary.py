"""Mergeable aggregates, tallies and summaries (rule I-4), and the one pass of summarize (I-2)."""

from __future__ import annotations

import functools
import pickle
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core.errors import ValidationError
from karjera_core.indicators import (
    Count,
    Counting,
    DateSpan,
    DistinctCount,
    Fact,
    FactKind,
    Indicator,
    Measure,
    Share,
    Sum,
    Summary,
    Tally,
    aggregates,
    evaluate,
    evaluate_summary,
    summarize,
    summary,
)
from karjera_core.strategies._indicators import (
    counts,
    date_spans,
    distinct_counts,
    fact_days,
    facts,
    indicators,
    shares,
    sums,
    tallies,
)
from karjera_core.time import DateRange

D = date


def too_large(subjects: int = 10_000_000) -> tuple[str, str, str]:
    return (
        "$",
        "summary.too_large",
        f"expected at most {subjects} subjects (and subject-day measurements) per indicator, and on each day at most "
        "1000000000000000 facts whose values add up to at most 999999999999999999.9999999999",
    )


TOO_LARGE = too_large()


def count(target: int = 2, *, code: str = "C", counting: Counting = Counting.DISTINCT) -> Indicator:
    return Indicator(code=code, title_lv="Skaits", measure=Measure.COUNT, counting=counting, target=Decimal(target))


def occurred(subject: str, on: date, code: str = "C", value: Decimal | None = None) -> Fact:
    return Fact(indicator=code, on=on, subject=subject, value=value)


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


# --------------------------------------------------------------------------- small aggregates


def fact_list() -> list[Fact]:
    return [occurred("b", D(2025, 3, 1), value=Decimal(2)), occurred("a", D(2025, 1, 1), value=Decimal(3))]


def test_i4_small_aggregates_from_facts() -> None:
    assert Count.from_facts(fact_list()) == Count(2)
    assert Sum.from_facts(iter(fact_list())) == Sum(Decimal(5))
    assert DateSpan.from_facts(fact_list()) == DateSpan(earliest=D(2025, 1, 1), latest=D(2025, 3, 1))
    assert DateSpan.from_facts([]) == DateSpan.empty()
    assert Share.from_facts(fact_list(), population=["a", "z", "a"]) == Share(numerator=1, denominator=2)
    distinct = DistinctCount.from_facts([*fact_list(), occurred("a", D(2025, 2, 1))])
    assert (distinct.count, distinct.subjects, distinct.firsts) == (2, ("a", "b"), (D(2025, 1, 1), D(2025, 3, 1)))
    assert distinct.as_dict() == {"a": D(2025, 1, 1), "b": D(2025, 3, 1)}
    assert Share.empty().value is None
    assert Share(numerator=1, denominator=4).value == Decimal("0.25")
    assert (repr(Count(2)), repr(Sum(Decimal(5)))) == ("Count(2)", "Sum(Decimal('5'))")


def test_i4_date_span_merges_with_the_empty_span_on_either_side() -> None:
    span = DateSpan(earliest=D(2025, 1, 1), latest=D(2025, 1, 1))
    assert DateSpan.empty().merge(span) == span == span.merge(DateSpan.empty())
    assert span.merge(DateSpan(earliest=D(2024, 12, 31), latest=D(2025, 1, 2))) == DateSpan(
        earliest=D(2024, 12, 31), latest=D(2025, 1, 2)
    )


INTEGER = "an int (not a bool) from 0 to 1000000000000000"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: Count(-1), [("$", "integer.range", f"expected a number of facts: {INTEGER}")]),
        (lambda: Count(True), [("$", "integer.type", f"expected a number of facts: {INTEGER}")]),
        (lambda: Count(10**5000), [("$", "integer.range", f"expected a number of facts: {INTEGER}")]),
        (
            lambda: Sum(Decimal("NaN")),
            [
                (
                    "$",
                    "decimal.range",
                    "expected a total as a finite Decimal with at most 10 decimal places, "
                    "at least -999999999999999999.9999999999 and at most 999999999999999999.9999999999",
                )
            ],
        ),
        (
            lambda: Sum(Decimal("1E+999999999")),
            [
                (
                    "$",
                    "decimal.range",
                    "expected a total as a finite Decimal with at most 10 decimal places, "
                    "at least -999999999999999999.9999999999 and at most 999999999999999999.9999999999",
                )
            ],
        ),
        (
            lambda: Share(numerator=3, denominator=2),
            [("$.numerator", "share.numerator", "expected a numerator of at most the denominator")],
        ),
        (
            lambda: Share(numerator=2, denominator=2),
            None,
        ),
        (
            lambda: Share(numerator=10**20, denominator=-1),
            [
                ("$.numerator", "integer.range", f"expected a numerator: {INTEGER}"),
                ("$.denominator", "integer.range", f"expected a denominator: {INTEGER}"),
            ],
        ),
        (
            lambda: DateSpan(earliest=D(2025, 1, 2), latest=D(2025, 1, 1)),
            [("$.latest", "date_span.order", "expected the latest day on or after the earliest")],
        ),
        (lambda: DateSpan(earliest=D(2025, 1, 1), latest=D(2025, 1, 1)), None),
        (lambda: DateSpan(earliest=D(2025, 2, 1)), [("$.latest", "date_span.half", "expected both days or neither")]),
        (lambda: DateSpan(latest=D(2025, 2, 1)), [("$.earliest", "date_span.half", "expected both days or neither")]),
        (
            lambda: DistinctCount(subjects=("b", "a", "a"), firsts=(D(2025, 1, 1),) * 3),
            [
                ("$.subjects[1]", "distinct_count.order", "expected subjects in sorted order, each once"),
                ("$.subjects[2]", "distinct_count.order", "expected subjects in sorted order, each once"),
            ],
        ),
        (
            lambda: DistinctCount(subjects=("a",), firsts=()),
            [("$.firsts", "distinct_count.lengths", "expected one first day for each subject")],
        ),
    ],
)
def test_i4_small_aggregates_refuse_what_they_cannot_be(
    make: object, expected: list[tuple[str, str, str]] | None
) -> None:
    if expected is None:
        make()  # type: ignore[operator]
        return
    with pytest.raises(ValidationError) as error:
        make()  # type: ignore[operator]
    assert problems(error) == expected


def test_i4_sum_from_facts_names_every_fact_without_a_value() -> None:
    with pytest.raises(ValidationError) as error:
        Sum.from_facts(
            [occurred("a", D(2025, 1, 1)), occurred("b", D(2025, 1, 1), value=Decimal(1)), occurred("c", D(2025, 1, 1))]
        )
    assert problems(error) == [
        ("$.facts[0].value", "sum.value.missing", "expected a fact with a value to add"),
        ("$.facts[2].value", "sum.value.missing", "expected a fact with a value to add"),
    ]


def test_i4_merging_past_the_bounds_of_a_small_aggregate_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        Count(10**15).merge(Count(1))
    assert problems(error) == [("$", "integer.range", f"expected a number of facts: {INTEGER}")]
    with pytest.raises(ValidationError):
        Sum(Decimal("999999999999999999")).merge(Sum(Decimal(1)))


@given(st.data())
def test_i4_every_small_aggregate_merges_associatively_commutatively_with_an_identity(data: st.DataObject) -> None:
    for strategy in (counts(), sums(), date_spans(), shares(), distinct_counts()):
        a, b, c = data.draw(strategy), data.draw(strategy), data.draw(strategy)
        empty = type(a).empty()  # type: ignore[attr-defined]
        assert a.merge(b) == b.merge(a)  # type: ignore[attr-defined]
        assert a.merge(b).merge(c) == a.merge(b.merge(c))  # type: ignore[attr-defined]
        assert a.merge(empty) == a == empty.merge(a)  # type: ignore[attr-defined]


@given(st.lists(facts(kinds=(FactKind.OCCURRED,), valued=True), max_size=20), st.data())
def test_i4_small_aggregates_of_parts_merge_to_the_aggregate_of_the_whole(
    drawn: list[Fact], data: st.DataObject
) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(drawn)))
    left, right = drawn[:cut], drawn[cut:]
    assert Count.from_facts(left).merge(Count.from_facts(right)) == Count.from_facts(drawn)
    assert Sum.from_facts(left).merge(Sum.from_facts(right)) == Sum.from_facts(drawn)
    assert DateSpan.from_facts(left).merge(DateSpan.from_facts(right)) == DateSpan.from_facts(drawn)
    assert DistinctCount.from_facts(left).merge(DistinctCount.from_facts(right)) == DistinctCount.from_facts(drawn)


# --------------------------------------------------------------------------- tallies


@given(tallies(), tallies(), tallies())
def test_i4_tallies_merge_associatively_and_commutatively_with_the_empty_tally_as_identity(
    a: Tally, b: Tally, c: Tally
) -> None:
    assert a.merge(b) == b.merge(a)
    assert a.merge(b).merge(c) == a.merge(b.merge(c))
    assert a.merge(Tally()) == a == Tally().merge(a)


def test_i4_merged_tallies_keep_every_window_a_subject_was_seen_in_by_either_part() -> None:
    both_windows = Tally(window_subjects=("s1", "s2"), window_masks=(0b11, 0b10))
    first_window = Tally(window_subjects=("s1", "s3"), window_masks=(0b01, 0b01))
    merged = both_windows.merge(first_window)
    assert (merged.window_subjects, merged.window_masks) == (("s1", "s2", "s3"), (0b11, 0b10, 0b01))
    assert first_window.merge(both_windows) == merged


def test_i4_a_tally_refuses_groups_of_unequal_length_unsorted_entries_and_a_total_without_its_day() -> None:
    day = D(2025, 1, 1)
    with pytest.raises(ValidationError) as error:
        Tally(
            days=(day, day),
            day_facts=(1,),
            day_totals=(Decimal(0), Decimal(0)),
            window_subjects=("b", "a"),
            window_masks=(1,),
            measured_subjects=("a", "a"),
            measured_on=(day,),
            total_value=Decimal(3),
        )
    order = "expected entries in sorted order, each once"
    assert problems(error) == [
        ("$.day_facts", "tally.lengths", "expected one entry for each day"),
        ("$.window_masks", "tally.lengths", "expected one entry for each window subject"),
        ("$.measured_on", "tally.lengths", "expected one entry for each measured subject"),
        ("$.measured_values", "tally.lengths", "expected one entry for each measured subject"),
        ("$.days[1]", "tally.order", order),
        ("$.window_subjects[1]", "tally.order", order),
        ("$.total_value", "tally.total", "expected the latest total and its day, or neither"),
    ]
    with pytest.raises(ValidationError) as error:
        Tally(
            day_totals=(Decimal(0),),
            measured_subjects=("a", "a"),
            measured_on=(day, day),
            measured_values=(Decimal(1), Decimal(2)),
            total_on=day,
            window_masks=(0,),
        )
    assert problems(error) == [
        (
            "$.window_masks[0]",
            "integer.range",
            f"expected a mask of yearly windows: an int (not a bool) from 1 to {(1 << 300) - 1}",
        ),
        ("$.day_totals", "tally.lengths", "expected one entry for each day"),
        ("$.measured_subjects[1]", "tally.order", order),
        ("$.total_value", "tally.total", "expected the latest total and its day, or neither"),
    ]


def test_i4_a_tally_counts_at_least_one_fact_on_each_of_its_days() -> None:
    day = D(2025, 1, 1)
    assert Tally(days=(day,), day_facts=(1,), day_totals=(Decimal(0),)).day_facts == (1,)
    with pytest.raises(ValidationError) as error:
        Tally(days=(day,), day_facts=(0,), day_totals=(Decimal(0),))
    assert problems(error) == [
        ("$.day_facts[0]", "integer.range", f"expected a number of facts: an int (not a bool) from 1 to {10**15}")
    ]


def test_i4_merging_tallies_past_a_days_bounds_is_refused() -> None:
    day = D(2025, 1, 1)
    full = Tally(days=(day,), day_facts=(10**15,), day_totals=(Decimal(0),))
    with pytest.raises(ValidationError) as error:
        full.merge(Tally(days=(day,), day_facts=(1,), day_totals=(Decimal(0),)))
    assert problems(error) == [TOO_LARGE]
    rich = Tally(days=(day,), day_facts=(1,), day_totals=(Decimal("999999999999999999"),))
    with pytest.raises(ValidationError) as error:
        rich.merge(rich)
    assert problems(error) == [TOO_LARGE]


def test_i4_the_sum_of_a_days_values_past_its_bound_is_refused() -> None:
    big = Decimal("999999999999999")
    ind = count(1, counting=Counting.SUM)
    data = [occurred("e", D(2025, 1, 1), value=big) for _ in range(1001)]
    assert evaluate(ind, data[:1000], as_of=D(2025, 1, 1)).value == big * 1000
    with pytest.raises(ValidationError) as error:
        summarize([ind], data, as_of=D(2025, 1, 1))
    assert problems(error) == [TOO_LARGE]


def test_i4_a_running_total_past_its_bound_is_refused() -> None:
    ind = count(1, counting=Counting.SUM)
    days = (D(2025, 1, 1), D(2025, 1, 2))
    tally = Tally(days=days, day_facts=(1, 1), day_totals=(Decimal("999999999999999999"),) * 2)
    with pytest.raises(ValidationError) as error:
        evaluate_summary(Summary(indicators=(ind,), as_of=D(2025, 1, 2), tallies=(tally,)))
    assert problems(error) == [TOO_LARGE]


def test_i4_more_subjects_than_an_aggregate_holds_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregates, "MAX_SUBJECTS", 2)
    monkeypatch.setattr(summary, "MAX_SUBJECTS", 2)
    three = [occurred(s, D(2025, 1, 1)) for s in "abc"]
    with pytest.raises(ValidationError) as error:
        DistinctCount.from_facts(three)
    assert problems(error) == [too_large(2)]
    every_year = Indicator(
        code="C",
        title_lv="x",
        measure=Measure.COUNT,
        counting=Counting.EVERY_YEAR,
        target=Decimal(1),
        period=DateRange(start=D(2024, 1, 1), end=D(2026, 1, 1)),
    )
    monkeypatch.setattr(aggregates, "MAX_SUBJECTS", 5)
    with pytest.raises(ValidationError) as error:
        summarize([every_year], three, as_of=D(2025, 1, 1))
    assert problems(error) == [too_large(5)]
    measured = [
        Fact(indicator="C", on=D(2025, 1, k), subject="a", value=Decimal(1), kind=FactKind.MEASUREMENT)
        for k in (1, 2, 3)
    ]
    with pytest.raises(ValidationError) as error:
        summarize([count()], measured, as_of=D(2025, 1, 3))
    assert problems(error) == [too_large(5)]


# --------------------------------------------------------------------------- summarize: one pass


def test_i4_facts_of_other_indicators_are_counted_as_ignored() -> None:
    found = summarize(
        count(), [occurred("a", D(2025, 1, 1), code="other"), occurred("a", D(2025, 1, 1))], as_of=D(2025, 1, 1)
    )
    assert (found.ignored, found.tallies[0].seen.subjects) == (1, ("a",))


def test_i4_summaries_merge_days_windows_measurements_and_totals() -> None:
    catalogue = [
        count(5, code="F", counting=Counting.SUM),
        Indicator(
            code="R",
            title_lv="Regulārs atbalsts",
            measure=Measure.SHARE,
            counting=Counting.EVERY_YEAR,
            target=Decimal("0.5"),
            period=DateRange(start=D(2024, 10, 1), end=D(2026, 12, 31)),
            denominator=2,
        ),
        Indicator(code="P", title_lv="Dinamika", measure=Measure.COUNT, counting=Counting.IMPROVED, target=Decimal(1)),
        Indicator(code="S", title_lv="Īpatsvars", measure=Measure.SHARE, target=Decimal("0.5")),
    ]
    part_a = [
        Fact(indicator="F", on=D(2025, 1, 1), subject="e", value=Decimal(2)),
        Fact(indicator="R", on=D(2024, 11, 1), subject="a"),
        Fact(indicator="P", on=D(2025, 1, 1), subject="m", value=Decimal(5), kind=FactKind.MEASUREMENT),
        Fact(indicator="S", on=D(2025, 1, 1), subject="VIIS", value=Decimal(4), kind=FactKind.TOTAL),
    ]
    part_b = [
        Fact(indicator="F", on=D(2025, 1, 1), subject="e", value=Decimal(3)),
        Fact(indicator="F", on=D(2025, 1, 2), subject="e", value=Decimal(3)),
        Fact(indicator="R", on=D(2025, 10, 1), subject="a"),
        Fact(indicator="P", on=D(2025, 1, 1), subject="m", value=Decimal(7), kind=FactKind.MEASUREMENT),
        Fact(indicator="P", on=D(2025, 1, 1), subject="m", value=Decimal(6), kind=FactKind.MEASUREMENT),
        Fact(indicator="S", on=D(2025, 1, 1), subject="VIIS", value=Decimal(6), kind=FactKind.TOTAL),
    ]
    as_of = D(2026, 12, 31)
    merged = summarize(catalogue, part_a, as_of=as_of).merge(summarize(catalogue, part_b, as_of=as_of))
    assert merged == summarize(catalogue, part_a + part_b, as_of=as_of)
    assert summarize(catalogue, part_b, as_of=as_of).merge(summarize(catalogue, part_a, as_of=as_of)) == merged
    report = evaluate_summary(merged)
    # "a" was supported in the first two yearly windows but not in the third (clipped) one (T-7)
    assert (report["F"].value, report["S"].denominator, report["R"].numerator) == (Decimal(8), 6, 0)
    tally = merged.tallies[0]
    assert (tally.days, tally.day_facts, tally.day_totals) == (
        (D(2025, 1, 1), D(2025, 1, 2)),
        (2, 1),
        (Decimal(5), Decimal(3)),
    )
    assert (merged.tallies[1].window_subjects, merged.tallies[1].window_masks) == (("a",), (0b11,))
    assert merged.tallies[2].measured_values == (Decimal(7),)
    assert (merged.tallies[3].total_on, merged.tallies[3].total_value) == (D(2025, 1, 1), Decimal(6))


@st.composite
def catalogues(draw: st.DrawFn) -> list[Indicator]:
    chosen = draw(st.lists(st.sampled_from(("A", "B", "C")), unique=True, min_size=1))
    return [draw(indicators(code=code)) for code in chosen]


def drawn_facts(catalogue: list[Indicator]) -> st.SearchStrategy[list[Fact]]:
    valued = any(ind.counting is Counting.SUM for ind in catalogue)
    return st.lists(facts(valued=valued), max_size=40)


@given(st.data())
def test_i4_any_partition_merged_in_any_order_and_grouping_gives_the_summary_of_the_whole(data: st.DataObject) -> None:
    catalogue = data.draw(catalogues())
    drawn = data.draw(drawn_facts(catalogue))
    as_of = data.draw(fact_days())
    parts_count = data.draw(st.integers(min_value=1, max_value=5))
    owners = data.draw(
        st.lists(st.integers(min_value=0, max_value=parts_count - 1), min_size=len(drawn), max_size=len(drawn))
    )
    parts = [[f for f, owner in zip(drawn, owners, strict=True) if owner == k] for k in range(parts_count)]
    summaries = data.draw(st.permutations([summarize(catalogue, part, as_of=as_of) for part in parts]))
    whole = summarize(catalogue, drawn, as_of=as_of)
    merged = Summary.merge_all(summaries)
    assert merged == whole
    assert evaluate_summary(merged) == evaluate_summary(whole)
    # right to left, as a tree, with the identity anywhere
    empty = Summary.empty(catalogue, as_of=as_of)
    assert functools.reduce(lambda acc, part: part.merge(acc), summaries, empty) == whole
    half = len(summaries) // 2
    left, right = summaries[:half] or [empty], summaries[half:]
    assert Summary.merge_all(left).merge(Summary.merge_all(right)) == whole
    assert merged.merge(empty) == merged == empty.merge(merged)


@given(st.data())
def test_i4_a_stream_gives_the_summary_of_the_same_facts_as_a_list(data: st.DataObject) -> None:
    catalogue = data.draw(catalogues())
    drawn = data.draw(drawn_facts(catalogue))
    as_of = data.draw(fact_days())
    assert summarize(catalogue, iter(drawn), as_of=as_of) == summarize(catalogue, drawn, as_of=as_of)


def test_i4_a_stream_longer_than_a_chunk_is_read_whole_and_a_bad_item_is_named_by_its_position() -> None:
    day = D(2025, 1, 1)
    many = [occurred(f"s{k}", day + timedelta(days=k % 300)) for k in range(2 * summary.CHUNK + 5)]
    assert summarize(count(), iter(many), as_of=D(2026, 1, 1)) == summarize(count(), many, as_of=D(2026, 1, 1))

    def spoilt() -> Iterator[object]:
        yield from many
        yield "not a fact"
        yield 5

    with pytest.raises(ValidationError) as error:
        summarize(count(), spoilt(), as_of=D(2026, 1, 1))
    assert problems(error) == [(f"$.facts[{len(many)}]", "record.type", "expected a Fact")]


def test_i4_summarize_names_every_item_of_a_sequence_it_cannot_add() -> None:
    pupils = count(900, code="P", counting=Counting.SUM)
    data: list[object] = [
        occurred("e", D(2017, 4, 20), code="P", value=Decimal(1)),
        occurred("f", D(2017, 5, 3), code="P"),
        "fact",
        occurred("f", D(2017, 9, 3), code="P"),  # after as_of: not counted, so no value needed
        occurred("f", D(2017, 5, 3), code="other"),  # not in the catalogue
        Fact(indicator="P", on=D(2017, 5, 3), subject="VIIS", value=Decimal(5), kind=FactKind.TOTAL),
        occurred("g", D(2017, 5, 4), code="P"),
    ]
    missing = "expected a value: a SUM indicator adds the values of its facts"
    with pytest.raises(ValidationError) as error:
        summarize([pupils], data, as_of=D(2017, 8, 31))
    assert problems(error) == [
        ("$.facts[1].value", "fact.value.missing", missing),
        ("$.facts[2]", "record.type", "expected a Fact"),
        ("$.facts[6].value", "fact.value.missing", missing),
    ]
    with pytest.raises(ValidationError) as error:
        evaluate(pupils, iter(data), as_of=D(2017, 8, 31))  # type: ignore[arg-type]
    assert problems(error) == [("$.facts[1].value", "fact.value.missing", missing)]


def test_i4_summarize_counts_what_it_cannot_add_past_the_cap() -> None:
    pupils = count(900, code="P", counting=Counting.SUM)
    lacking = occurred("f", D(2017, 5, 3), code="P")
    fine = occurred("e", D(2017, 4, 20), code="P", value=Decimal(1))
    missing = "expected a value: a SUM indicator adds the values of its facts"
    listed = [(f"$.facts[{i}]", "record.type", "expected a Fact") for i in range(50)]
    cases: list[tuple[list[object], dict[str, int]]] = [
        (["x"] * 50 + [lacking, 7, fine, lacking], {"record.type": 1, "fact.value.missing": 2}),
        (["x"] * 50 + ["y", 7], {"record.type": 2}),
        (["x"] * 50 + [lacking, fine], {"fact.value.missing": 1}),
    ]
    for data, omitted in cases:
        with pytest.raises(ValidationError) as error:
            summarize([pupils], data, as_of=D(2017, 8, 31))
        assert problems(error) == listed
        assert dict(error.value.omitted) == omitted
    with pytest.raises(ValidationError) as error:
        summarize([pupils], [lacking] * 51, as_of=D(2017, 8, 31))
    assert problems(error) == [(f"$.facts[{i}].value", "fact.value.missing", missing) for i in range(50)]
    assert dict(error.value.omitted) == {"fact.value.missing": 1}


def test_i4_summarize_refuses_a_bad_catalogue() -> None:
    with pytest.raises(ValidationError) as error:
        summarize([count(), 5, count()], [], as_of=D(2025, 1, 1))  # type: ignore[list-item]
    assert problems(error) == [("$.indicators[1]", "record.type", "expected an Indicator")]
    with pytest.raises(ValidationError) as error:
        summarize([count(), count(code="D"), count(), count()], [], as_of=D(2025, 1, 1))
    once = "expected every indicator code once"
    assert problems(error) == [
        ("$.indicators[2].code", "summary.duplicate_code", once),
        ("$.indicators[3].code", "summary.duplicate_code", once),
    ]


def test_i4_a_summary_refuses_a_tally_too_many_or_few_and_repeated_codes() -> None:
    with pytest.raises(ValidationError) as error:
        Summary(indicators=(count(), count()), as_of=D(2025, 1, 1), tallies=(Tally(),))
    assert problems(error) == [
        ("$.tallies", "summary.tallies", "expected one tally for each indicator"),
        ("$.indicators[1].code", "summary.duplicate_code", "expected every indicator code once"),
    ]


def test_i4_merge_checks_its_partner_and_merge_all_every_part() -> None:
    a = summarize([count()], [], as_of=D(2025, 1, 1))
    other_day = summarize([count()], [], as_of=D(2025, 1, 2))
    other_catalogue = summarize([count(code="B")], [], as_of=D(2025, 1, 2))
    with pytest.raises(ValidationError) as error:
        a.merge(other_catalogue)
    assert problems(error) == [
        ("$.other.indicators", "summary.mismatch", "expected a summary of the same indicators"),
        ("$.other.as_of", "summary.mismatch", "expected a summary as of the same day"),
    ]
    with pytest.raises(ValidationError) as error:
        Summary.merge_all([a, a, other_day])
    assert problems(error) == [("$.parts[2].as_of", "summary.mismatch", "expected a summary as of the same day")]
    with pytest.raises(ValidationError) as error:
        Summary.merge_all(iter([]))
    assert problems(error) == [("$.parts", "summary.none", "expected at least one summary to merge")]
    assert Summary.merge_all([a]) is a


def test_i4_summaries_pickle_and_travel_between_processes() -> None:
    found = summarize([count()], [occurred("a", D(2025, 1, 1))], as_of=D(2025, 1, 1))
    assert pickle.loads(pickle.dumps(found)) == found
