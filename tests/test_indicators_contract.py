"""The indicator engine's contract (issues #9, #10): arguments, bounds, JSON, privacy and layout (I-1 ... I-4, P-7)."""

from __future__ import annotations

import ast
import json
import re
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar, cast

import attrs
import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import karjera_core
from karjera_core import indicators as package
from karjera_core import json_schema, structure, unstructure
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.indicators import (
    Count,
    DateSpan,
    DistinctCount,
    Fact,
    Indicator,
    IndicatorResult,
    Measure,
    Report,
    Share,
    Sum,
    Summary,
    Tally,
    Timeline,
    aggregates,
    definitions,
    display,
    evaluate,
    evaluate_summary,
    evaluation,
    facts,
    facts_from,
    month_ends,
    progress,
    status_of,
    summarize,
    summary,
    timeline,
)
from karjera_core.strategies import _indicators as strategies

D = date
T = TypeVar("T")
DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
FACTS = "expected an iterable (not text or a mapping) of Fact"
IND = Indicator(code="C", title_lv="Skaits", measure=Measure.COUNT, target=Decimal(1))
FACT = Fact(indicator="C", on=D(2025, 1, 1), subject="a")
SUMMARY = summarize([IND], [FACT], as_of=D(2025, 1, 1))
TIMELINE = timeline([IND], [FACT], on=[D(2025, 1, 1)])
REPORT = evaluate_summary(SUMMARY)
DECIMALS = ("$.decimals", "text.choice", "expected decimals given as 'decimal' or 'float'")


def problems_of(call: Callable[[], object]) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as error:
        call()
    return [(p.path, p.code, p.message) for p in error.value.problems]


def evolve(obj: T, **changes: object) -> T:
    """``attrs.evolve``, typed for records (which mypy does not see as attrs classes)."""
    return cast(T, attrs.evolve(cast(Any, obj), **changes))


def items_of(what: str) -> str:
    return f"expected an iterable (not text) of items, each {what}"


# --------------------------------------------------------------------------- every public function and method


BAD_CALLS: list[tuple[str, Callable[[], object], list[tuple[str, str, str]]]] = [
    (
        "facts_from(None, ...)",
        lambda: facts_from(None, indicator=" C", day_of=D(2025, 1, 1), subject_of="x", value_of=5, kind="total"),  # type: ignore[arg-type]
        [
            ("$.items", "array.type", "expected an iterable (not text or a mapping) of domain objects"),
            ("$.indicator", "text.whitespace", "expected an indicator code without spaces at either end"),
            ("$.day_of", "function.type", "expected a function giving an item's day"),
            ("$.subject_of", "function.type", "expected a function giving an item's subject"),
            ("$.value_of", "function.type", "expected a function giving an item's value"),
            ("$.kind", "enum.type", "expected a FactKind"),
        ],
    ),
    (
        "facts_from(a mapping)",
        lambda: facts_from({"a": 1}, indicator="C", day_of=len, subject_of=len),  # type: ignore[arg-type]
        [("$.items", "array.type", "expected an iterable (not text or a mapping) of domain objects")],
    ),
    (
        "summarize(...)",
        lambda: summarize("C", "facts", as_of=datetime(2025, 1, 1)),  # type: ignore[arg-type]
        [
            ("$.indicators", "array.type", items_of("an Indicator")),
            ("$.facts", "array.type", FACTS),
            ("$.as_of", "date.type", DAY),
        ],
    ),
    ("summarize(as_of=None)", lambda: summarize([IND], [], as_of=None), [("$.as_of", "date.type", DAY)]),  # type: ignore[arg-type]
    (
        "summarize(as_of=1899-12-31)",
        lambda: summarize([IND], [], as_of=D(1899, 12, 31)),
        [("$.as_of", "date.range", DAY)],
    ),
    (
        "evaluate(...)",
        lambda: evaluate("C", None, as_of="2025-01-01"),  # type: ignore[arg-type]
        [
            ("$.indicator", "record.type", "expected an Indicator"),
            ("$.facts", "array.type", FACTS),
            ("$.as_of", "date.type", DAY),
        ],
    ),
    ("evaluate(as_of=2200-01-01)", lambda: evaluate(IND, [], as_of=D(2200, 1, 1)), [("$.as_of", "date.range", DAY)]),
    (
        "evaluate_summary(...)",
        lambda: evaluate_summary("summary"),  # type: ignore[arg-type]
        [("$.summary", "record.type", "expected a Summary")],
    ),
    (
        "status_of(...)",
        lambda: status_of(reached_on="2025-01-01", deadline=datetime(2025, 1, 1), as_of=None),  # type: ignore[arg-type]
        [("$.reached_on", "date.type", DAY), ("$.deadline", "date.type", DAY), ("$.as_of", "date.type", DAY)],
    ),
    (
        "Summary.empty(...)",
        lambda: Summary.empty([IND, None], as_of=datetime(2025, 1, 1)),  # type: ignore[list-item]
        [("$.indicators[1]", "record.type", "expected an Indicator"), ("$.as_of", "date.type", DAY)],
    ),
    ("Summary.merge(...)", lambda: SUMMARY.merge("b"), [("$.other", "record.type", "expected a Summary")]),  # type: ignore[arg-type]
    (
        "Summary.merge_all(...)",
        lambda: Summary.merge_all([SUMMARY, 3]),  # type: ignore[list-item]
        [("$.parts[1]", "record.type", "expected a Summary")],
    ),
    ("Summary.merge_all(5)", lambda: Summary.merge_all(5), [("$.parts", "array.type", items_of("a Summary"))]),  # type: ignore[arg-type]
    ("Tally.merge(...)", lambda: Tally().merge(None), [("$.other", "record.type", "expected a Tally")]),  # type: ignore[arg-type]
    ("Count.from_facts(...)", lambda: Count.from_facts([FACT, 3]), [("$.facts[1]", "record.type", "expected a Fact")]),  # type: ignore[list-item]
    ("Count.from_facts(str)", lambda: Count.from_facts("facts"), [("$.facts", "array.type", items_of("a Fact"))]),  # type: ignore[arg-type]
    ("Count.merge(...)", lambda: Count(1).merge(1), [("$.other", "record.type", "expected a Count")]),  # type: ignore[arg-type]
    ("Sum.from_facts(...)", lambda: Sum.from_facts(None), [("$.facts", "array.type", items_of("a Fact"))]),  # type: ignore[arg-type]
    ("Sum.merge(...)", lambda: Sum.empty().merge(Count(1)), [("$.other", "record.type", "expected a Sum")]),  # type: ignore[arg-type]
    (
        "DateSpan.from_facts(...)",
        lambda: DateSpan.from_facts([None]),  # type: ignore[list-item]
        [("$.facts[0]", "record.type", "expected a Fact")],
    ),
    (
        "DateSpan.merge(...)",
        lambda: DateSpan.empty().merge(D(2025, 1, 1)),  # type: ignore[arg-type]
        [("$.other", "record.type", "expected a DateSpan")],
    ),
    (
        "Share.from_facts(...)",
        lambda: Share.from_facts([FACT, "x"], population=["A", 1, "161175-19997"]),  # type: ignore[list-item]
        [
            ("$.facts[1]", "record.type", "expected a Fact"),
            ("$.population[1]", "text.type", "expected a subject as a str"),
            (
                "$.population[2]",
                "privacy.personal_code",
                "expected pseudonymous text; a Latvian personal code is refused (P-7)",
            ),
        ],
    ),
    ("Share.merge(...)", lambda: Share.empty().merge(None), [("$.other", "record.type", "expected a Share")]),  # type: ignore[arg-type]
    (
        "DistinctCount.from_facts(...)",
        lambda: DistinctCount.from_facts(7),  # type: ignore[arg-type]
        [("$.facts", "array.type", items_of("a Fact"))],
    ),
    (
        "timeline(...)",
        lambda: timeline("C", "facts", on=D(2025, 1, 1)),  # type: ignore[arg-type]
        [
            ("$.indicators", "array.type", items_of("an Indicator")),
            ("$.facts", "array.type", FACTS),
            ("$.on", "array.type", items_of("a date")),
        ],
    ),
    (
        "timeline(on=[datetime])",
        lambda: timeline([IND], [], on=[D(2025, 1, 1), datetime(2025, 1, 2)]),
        [("$.on[1]", "date.type", DAY)],
    ),
    (
        "timeline(on=[])",
        lambda: timeline([IND], [], on=[]),
        [("$.on", "timeline.days", "expected at least one day to evaluate on")],
    ),
    (
        "timeline(facts=[..., 3])",
        lambda: timeline([IND], [FACT, 3], on=[D(2025, 1, 1)]),  # type: ignore[list-item]
        [("$.facts[1]", "record.type", "expected a Fact")],
    ),
    (
        "Timeline.empty(...)",
        lambda: Timeline.empty([None], on=None),  # type: ignore[list-item, arg-type]
        [
            ("$.indicators[0]", "record.type", "expected an Indicator"),
            ("$.on", "array.type", items_of("a date")),
        ],
    ),
    (
        "Timeline.empty(on=())",
        lambda: Timeline.empty([IND], on=()),
        [("$.on", "timeline.days", "expected at least one day to evaluate on")],
    ),
    ("Timeline.merge(...)", lambda: TIMELINE.merge(SUMMARY), [("$.other", "record.type", "expected a Timeline")]),  # type: ignore[arg-type]
    (
        "Timeline.merge_all(...)",
        lambda: Timeline.merge_all([TIMELINE, None]),  # type: ignore[list-item]
        [("$.parts[1]", "record.type", "expected a Timeline")],
    ),
    (
        "Timeline.merge_all([])",
        lambda: Timeline.merge_all([]),
        [("$.parts", "timeline.none", "expected at least one timeline to merge")],
    ),
    ("Timeline.to_records(...)", lambda: TIMELINE.to_records(decimals="str"), [DECIMALS]),  # type: ignore[arg-type]
    (
        "Timeline[1]",
        lambda: TIMELINE[1],  # type: ignore[index]
        [("$.code", "timeline.code", "expected an indicator code (str) of the timeline")],
    ),
    ("Report.to_records(...)", lambda: REPORT.to_records(decimals=None), [DECIMALS]),  # type: ignore[arg-type]
    (
        "month_ends(...)",
        lambda: month_ends(start="2025-01-01", end=datetime(2025, 1, 1)),  # type: ignore[arg-type]
        [("$.start", "date.type", DAY), ("$.end", "date.type", DAY)],
    ),
    (
        "month_ends(end before start)",
        lambda: month_ends(start=D(2025, 2, 1), end=D(2025, 1, 31)),
        [("$.end", "month_ends.order", "expected an end on or after the start")],
    ),
    (
        "DistinctCount.merge(...)",
        lambda: DistinctCount.empty().merge(Tally()),  # type: ignore[arg-type]
        [("$.other", "record.type", "expected a DistinctCount")],
    ),
]


@pytest.mark.parametrize(
    ("call", "expected"), [(call, expected) for _, call, expected in BAD_CALLS], ids=[n for n, _, _ in BAD_CALLS]
)
def test_i4_every_public_function_refuses_wrong_arguments_with_their_paths(
    call: Callable[[], object], expected: list[tuple[str, str, str]]
) -> None:
    assert problems_of(call) == expected


def test_p7_a_personal_code_argument_is_refused_as_personal_data() -> None:
    with pytest.raises(PersonalDataRejected):
        Share.from_facts([], population=["161175-19997"])
    with pytest.raises(PersonalDataRejected):
        facts_from([], indicator="161175-19997", day_of=lambda _: D(2025, 1, 1), subject_of=str)


def test_i4_iterables_that_are_not_sequences_are_accepted_everywhere() -> None:
    assert Count.from_facts(iter([FACT])) == Count(1)
    assert Share.from_facts({FACT}, population=iter(["a", "b"])) == Share(numerator=1, denominator=2)
    assert Summary.empty(iter([IND]), as_of=D(2025, 1, 1)) == summarize(IND, (), as_of=D(2025, 1, 1))
    assert Summary.merge_all(part for part in (SUMMARY, SUMMARY)) == SUMMARY


# --------------------------------------------------------------------------- bounds (issue #9)


def test_i2_a_result_refuses_a_nan_target_a_negative_numerator_and_unbounded_integers() -> None:
    result = evaluate(IND, [FACT], as_of=D(2025, 1, 1))
    with pytest.raises(ValidationError) as error:
        evolve(result, target=Decimal("NaN"), numerator=-1, denominator=10**5000, value=Decimal("-1"))
    assert [(p.path, p.code) for p in error.value.problems] == [
        ("$.target", "decimal.range"),
        ("$.value", "decimal.range"),
        ("$.numerator", "integer.range"),
        ("$.denominator", "integer.range"),
    ]


@pytest.mark.parametrize(
    ("cls", "data", "expected"),
    [
        (Count, 10**5000, [("$", "integer.range")]),
        (Share, {"numerator": 1, "denominator": 10**20}, [("$.denominator", "integer.range")]),
        (Sum, "1" * 31, [("$", "decimal.format")]),
        (Sum, "NaN", [("$", "decimal.format")]),
        (
            Indicator,
            {"code": "C", "title_lv": "x", "measure": "count", "target": "1", "denominator": 10**16},
            [("$.denominator", "integer.range")],
        ),
        (
            DistinctCount,
            {"subjects": ["161175-19997"], "firsts": ["2020-01-01"]},
            [("$.subjects[0]", "privacy.personal_code")],
        ),
        (Fact, {"indicator": "C", "on": "2025-01-01", "subject": "a", "bogus": 1}, [("$.bogus", "object.unknown_key")]),
    ],
    ids=["count", "share", "sum-digits", "sum-nan", "indicator", "distinct-count", "fact"],
)
def test_i4_structure_refuses_unbounded_numbers_and_personal_codes(
    cls: type, data: Any, expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(ValidationError) as error:
        structure(data, cls)
    assert [(p.path, p.code) for p in error.value.problems] == expected


@pytest.mark.parametrize("cls", list(strategies.TYPE_STRATEGIES), ids=lambda cls: cls.__name__)
@settings(max_examples=15)
@given(data=st.data())
def test_i4_every_type_round_trips_through_json_that_its_schema_describes(cls: type, data: st.DataObject) -> None:
    value = data.draw(strategies.TYPE_STRATEGIES[cls])
    written = unstructure(value)
    json.dumps(written, allow_nan=False)
    jsonschema.Draft202012Validator(json_schema(cls)).validate(written)
    assert structure(written, cls) == value
    assert structure(json.loads(json.dumps(written)), cls) == value
    assert repr(value)


def test_i4_a_fact_structures_with_its_defaults_left_out() -> None:
    assert structure({"indicator": "C", "on": "2025-01-01", "subject": "a"}, Fact) == FACT


# --------------------------------------------------------------------------- layout (issue #10)

MODULES = [package, definitions, facts, aggregates, summary, evaluation, display, progress]
SOURCE = Path(package.__file__).parent


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_each_module_has_all_and_dir_and_no_more_than_600_lines(module: Any) -> None:
    assert module.__all__ == sorted(module.__all__)
    assert dir(module) == sorted(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)
    assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) <= 600


def test_public_classes_live_in_public_modules_and_are_public_at_the_top() -> None:
    for name in package.__all__:
        thing = getattr(package, name)
        assert not any(part.startswith("_") for part in thing.__module__.split("."))
        assert getattr(karjera_core, name) is thing
    assert typing.get_type_hints(Summary)["tallies"] == tuple[Tally, ...]  # no private type in a public field


def test_the_engine_imports_only_the_layers_below_it() -> None:
    allowed = re.compile(
        r"karjera_core\.(_fields|_records|_compile|_arguments|_enums|_display|errors|time|funding|indicators(\.\w+)?)$"
    )
    for path in SOURCE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("karjera_core"):
                targets = (
                    [node.module] if node.module != "karjera_core" else [f"karjera_core.{a.name}" for a in node.names]
                )
                assert all(allowed.match(t) for t in targets), (path.name, targets)


STRATEGY_NAMES = {
    Indicator: "indicators",
    Fact: "facts",
    Count: "counts",
    Sum: "sums",
    DateSpan: "date_spans",
    Share: "shares",
    DistinctCount: "distinct_counts",
    Tally: "tallies",
    Summary: "summaries",
    IndicatorResult: "indicator_results",
    Report: "reports",
    Timeline: "timelines",
}


def test_strategies_cover_every_public_type_with_names_that_follow_the_types() -> None:
    classes = {getattr(package, name) for name in package.__all__ if attrs.has(getattr(package, name))}
    assert set(strategies.TYPE_STRATEGIES) == classes == set(STRATEGY_NAMES)
    assert all(name in strategies.__all__ for name in STRATEGY_NAMES.values())


@pytest.mark.parametrize(("cls", "name"), list(STRATEGY_NAMES.items()), ids=lambda x: getattr(x, "__name__", x))
@settings(max_examples=5)
@given(data=st.data())
def test_each_named_strategy_draws_its_type(cls: type, name: str, data: st.DataObject) -> None:
    assert type(data.draw(getattr(strategies, name)())) is cls
