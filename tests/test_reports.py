"""Results and reports (I-2, I-3): a report is a mapping by indicator code, nothing is left out without a word
(the codes of facts of no indicator), and both render as well-formed, escaped tables in a notebook.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any, TypeVar, cast

import attrs
import pytest

from karjera_core._display import badge
from karjera_core.errors import ValidationError
from karjera_core.indicators import (
    Fact,
    Indicator,
    Measure,
    Report,
    Status,
    Summary,
    evaluate,
    evaluate_summary,
    summarize,
)
from karjera_core.indicators.definitions import MAX_INDICATORS

D = date
T = TypeVar("T")


def count(target: int = 2, *, code: str = "C") -> Indicator:
    return Indicator(code=code, title_lv="Skaits", measure=Measure.COUNT, target=Decimal(target))


def share(target: str, **fields: Any) -> Indicator:
    return Indicator(code="S", title_lv="Īpatsvars", measure=Measure.SHARE, target=Decimal(target), **fields)


def occurred(subject: str, on: date, code: str = "C") -> Fact:
    return Fact(indicator=code, on=on, subject=subject)


def evolve(obj: T, **changes: object) -> T:
    """``attrs.evolve``, typed for records (which mypy does not see as attrs classes)."""
    return cast(T, attrs.evolve(cast(Any, obj), **changes))


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


# --------------------------------------------------------------------------- results and reports


def test_i2_result_refuses_a_status_or_reach_day_that_does_not_follow_from_its_days() -> None:
    result = evaluate(count(1), [occurred("a", D(2025, 1, 1))], as_of=D(2025, 2, 1))
    assert evolve(result, as_of=D(2025, 3, 1)).reached_on == D(2025, 1, 1)
    with pytest.raises(ValidationError) as error:
        evolve(result, status=Status.NOT_DUE)
    assert problems(error) == [
        ("$.status", "indicator_result.status", "expected the status I-2 gives from reached_on, deadline and as_of")
    ]
    with pytest.raises(ValidationError) as error:
        evolve(result, reached_on=D(2025, 2, 2))
    assert problems(error) == [("$.reached_on", "indicator_result.reached_on", "expected a day on or before as_of")]
    assert evolve(result, reached_on=D(2025, 2, 1)).reached_on == D(2025, 2, 1)


def test_report_is_indexed_by_position_and_code_and_refuses_bad_positions() -> None:
    report = evaluate_summary(summarize([count(code="A"), count(code="B")], [], as_of=D(2025, 1, 1)))
    assert len(report) == 2
    assert [r.code for r in report] == ["A", "B"]
    assert report["B"] is report[1] is report[-1]
    assert report[-2] is report[0]
    bad: list[tuple[object, tuple[str, str, str]]] = [
        (2, ("$.key", "report.index", "expected an indicator code (str) or a position (int) in the report")),
        (-3, ("$.key", "report.index", "expected an indicator code (str) or a position (int) in the report")),
        (True, ("$.key", "report.index", "expected an indicator code (str) or a position (int) in the report")),
        (None, ("$.key", "report.index", "expected an indicator code (str) or a position (int) in the report")),
    ]
    for key, expected in bad:
        with pytest.raises(ValidationError) as error:
            report[key]  # type: ignore[index]
        assert problems(error) == [expected]


def test_report_is_a_mapping_by_indicator_code_in_catalogue_order() -> None:
    report = evaluate_summary(summarize([count(code="B"), count(code="A")], [], as_of=D(2025, 1, 1)))
    first, second = report.results
    assert ("B" in report, "A" in report, "Z" in report, "" in report) == (True, True, False, False)
    assert first in report  # a result, as iteration gives them, is in it too
    assert 0 not in report
    assert (report.get("A"), report.get("Z"), report.get("Z", first)) == (second, None, first)
    assert report.keys() == ("B", "A")
    assert report.values() == (first, second)
    assert report.items() == (("B", first), ("A", second))
    assert dict(report.items()) == {"B": first, "A": second}
    assert [r.code for r in report] == ["B", "A"]


def test_report_an_unknown_code_is_a_key_error_that_lists_the_codes_without_echoing_the_key() -> None:
    report = evaluate_summary(summarize([count(code="A"), count(code="B")], [], as_of=D(2025, 1, 1)))
    with pytest.raises(KeyError) as error:
        report["161175-19997"]
    assert type(error.value) is KeyError
    assert error.value.args == ("expected the code of an indicator in the report: A, B",)
    assert "161175" not in str(error.value)
    many = evaluate_summary(summarize([count(code=f"C{n:02}") for n in range(12)], [], as_of=D(2025, 1, 1)))
    with pytest.raises(KeyError) as error:
        many["Z"]
    assert error.value.args == (
        "expected the code of an indicator in the report: C00, C01, C02, C03, C04, C05, C06, C07, C08, C09, "
        "... (12 codes)",
    )
    empty = evaluate_summary(summarize([], [], as_of=D(2025, 1, 1)))
    with pytest.raises(KeyError) as error:
        empty["A"]
    assert error.value.args == ("expected the code of an indicator in the report: it has none",)


def test_report_get_refuses_a_code_that_is_not_text_and_a_default_that_is_not_a_result() -> None:
    report = evaluate_summary(summarize([count(code="A")], [], as_of=D(2025, 1, 1)))
    with pytest.raises(ValidationError) as error:
        report.get(1, "x")  # type: ignore[arg-type]
    assert problems(error) == [
        ("$.code", "text.type", "expected an indicator code as a str"),
        ("$.default", "record.type", "expected an IndicatorResult"),
    ]


def test_report_refuses_results_of_another_day_and_repeated_codes() -> None:
    report = evaluate_summary(summarize([count(code="A"), count(code="B")], [], as_of=D(2025, 1, 1)))
    with pytest.raises(ValidationError) as error:
        Report(as_of=D(2025, 1, 2), results=report.results)
    assert problems(error) == [
        ("$.results[0].as_of", "report.as_of", "expected every result as of the report's day"),
        ("$.results[1].as_of", "report.as_of", "expected every result as of the report's day"),
    ]
    with pytest.raises(ValidationError) as error:
        Report(as_of=D(2025, 1, 1), results=(report[0], report[1], report[0]))
    assert problems(error) == [("$.results[2].code", "report.duplicate_code", "expected every indicator code once")]


# --------------------------------------------------------------------------- nothing dropped silently (I-2)


def test_i2_facts_of_no_indicator_are_reported_by_their_codes_and_number_never_their_subjects() -> None:
    data = [
        occurred("a", D(2025, 1, 1)),
        occurred("secret-1", D(2025, 1, 1), code="Z"),
        occurred("secret-2", D(2025, 1, 2), code="B"),
        occurred("secret-3", D(2025, 1, 3), code="Z"),
        occurred("secret-4", D(2026, 1, 3), code="Y"),  # after as_of: still no indicator of it
    ]
    summary = summarize([count(code="C")], data, as_of=D(2025, 6, 1))
    assert (summary.unmatched, summary.ignored) == (("B", "Y", "Z"), 4)
    report = evaluate_summary(summary)
    assert (report.unmatched, report.ignored) == (("B", "Y", "Z"), 4)
    assert "secret" not in repr(report) + repr(summary) + report._repr_html_() + summary._repr_html_()
    assert evaluate_summary(summarize([count(code="C")], data[:1], as_of=D(2025, 6, 1))).unmatched == ()


def test_i4_unmatched_codes_merge_exactly_in_any_split_and_from_a_stream() -> None:
    catalogue = [count(code="C")]
    data = [occurred(f"s{n}", D(2025, 1, 1 + n % 28), code=("C", "X", "Y", "Z")[n % 4]) for n in range(40)]
    whole = summarize(catalogue, data, as_of=D(2025, 6, 1))
    parts = [summarize(catalogue, data[k::3], as_of=D(2025, 6, 1)) for k in range(3)]
    assert Summary.merge_all(parts) == parts[2].merge(parts[0]).merge(parts[1]) == whole
    assert summarize(catalogue, iter(data), as_of=D(2025, 6, 1)) == whole
    assert (whole.unmatched, whole.ignored) == (("X", "Y", "Z"), 30)


def test_i4_more_unmatched_codes_than_a_catalogue_may_hold_are_refused_not_cut_short() -> None:
    too_many = [occurred("s", D(2025, 1, 1), code=f"X{n}") for n in range(MAX_INDICATORS + 1)]
    expected = [
        (
            "$",
            "summary.too_large",
            f"expected facts of at most {MAX_INDICATORS} indicator codes that are not in the catalogue",
        )
    ]
    for stream in (too_many, iter(too_many)):
        with pytest.raises(ValidationError) as error:
            summarize([count()], stream, as_of=D(2025, 1, 1))
        assert problems(error) == expected
    half = MAX_INDICATORS // 2 + 1
    a = summarize([count()], too_many[:half], as_of=D(2025, 1, 1))
    b = summarize([count()], too_many[half:], as_of=D(2025, 1, 1))
    with pytest.raises(ValidationError) as error:
        a.merge(b)
    assert problems(error) == expected


def test_i2_a_summary_and_a_report_refuse_unmatched_codes_that_do_not_fit() -> None:
    summary = summarize([count(code="C")], [occurred("a", D(2025, 1, 1), code="Z")], as_of=D(2025, 1, 1))
    order = ("summary.unmatched.order", "expected codes in sorted order, each once")
    known = ("summary.unmatched.known", "expected only codes of no indicator in the catalogue")
    ignored = ("$.ignored", "summary.ignored", "expected at least one ignored fact per unmatched code")
    cases: list[tuple[dict[str, object], list[tuple[str, str, str]]]] = [
        ({"unmatched": ("Z", "A"), "ignored": 2}, [("$.unmatched[1]", *order)]),
        ({"unmatched": ("A", "A"), "ignored": 2}, [("$.unmatched[1]", *order)]),
        ({"unmatched": ("C",)}, [("$.unmatched[0]", *known)]),
        ({"unmatched": ()}, [ignored]),
        ({"ignored": 0}, [ignored]),
        ({"unmatched": ("X", "Y")}, [ignored]),
    ]
    report = evaluate_summary(summary)
    for changes, expected in cases:
        for obj in (summary, report):
            with pytest.raises(ValidationError) as error:
                evolve(obj, **changes)
            assert problems(error) == expected
    assert evolve(summary, ignored=7).ignored == 7


# --------------------------------------------------------------------------- display (the notebook)


class _Texts(HTMLParser):
    """The texts of a page, in order; every element must be closed in order (well-formed)."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def page_text(page: str) -> list[str]:
    parser = _Texts()
    parser.feed(page)
    parser.close()
    assert parser.open == []
    return parser.texts


def display_badge(status: Status) -> str:
    return badge(status.label, status.value)


def test_i3_results_and_reports_render_their_cells_in_order() -> None:
    catalogue = [
        Indicator(code="<b>", title_lv="Skaits <script>", measure=Measure.COUNT, target=Decimal("2.50")),
        share("0.9", population=("a", "b")),
        Indicator(
            code="M", title_lv="Nodevums", title_en="Delivered & done", measure=Measure.MILESTONE, target=Decimal(1)
        ),
        Indicator(code="N", title_lv="Nodots", measure=Measure.MILESTONE, target=Decimal(1), population=("x", "y")),
        Indicator(code="L", title_lv="Griesti", measure=Measure.COUNT, target=Decimal(3), higher_is_better=False),
        Indicator(
            code="T", title_lv="Bez saucēja", measure=Measure.SHARE, target=Decimal("0.5"), deadline=D(2025, 1, 1)
        ),
    ]
    data = [
        Fact(indicator="S", on=D(2025, 1, 1), subject="a"),
        Fact(indicator="N", on=D(2025, 1, 1), subject="x"),
        Fact(indicator="N", on=D(2025, 1, 2), subject="y"),
        Fact(indicator="T", on=D(2025, 1, 1), subject="x"),
        Fact(indicator="Q", on=D(2025, 1, 1), subject="x"),
    ]
    report = evaluate_summary(summarize(catalogue, data, as_of=D(2025, 6, 1)))
    cells = page_text(report._repr_html_())
    heads = ["Kods", "Rādītājs", "Vērtība", "Mērķis", "Skaitītājs / saucējs", "Termiņš", "Sasniegts", "Statuss"]
    assert cells[:9] == ["Rādītāji uz 2025-06-01 · Indicators as of 2025-06-01 (6)", *heads]
    body = cells[9:]
    assert body[:8] == ["<b>", "Skaits <script>", "0", "2.5", "–", "–", "–", "vēl nav sasniegts (bez termiņa)"]
    assert body[8:16] == [
        "S",
        "Īpatsvars",
        "50.0\u00a0%",
        "90.0\u00a0%",
        "1 / 2",
        "–",
        "–",
        "vēl nav sasniegts (bez termiņa)",
    ]
    assert body[16:25] == [
        "M", "Nodevums", "Delivered & done", "nav nodots", "nodots", "–", "–", "–", "vēl nav sasniegts (bez termiņa)"
    ]  # fmt: skip
    assert body[25:33] == ["N", "Nodots", "nodots", "nodots", "2 / 2", "–", "2025-01-02", "sasniegts"]
    assert body[33:41] == ["L", "Griesti", "0", "≤ 3", "–", "–", "–", "vēl nav sasniegts (bez termiņa)"]
    assert body[41:49] == ["T", "Bez saucēja", "–", "50.0\u00a0%", "1 / –", "2025-01-01", "–", "nav sasniegts"]
    assert body[49:] == ["Fakti bez rādītāja · facts of no indicator in the catalogue: 1; to kodi · their codes (1): Q"]
    single = page_text(report[0]._repr_html_())
    assert single == ["Rādītājs uz 2025-06-01 · Indicator as of 2025-06-01", *heads, *body[:8]]


def test_i2_each_status_shows_as_a_badge_of_its_own_colour_with_its_latvian_label() -> None:
    seen = {}
    for status in Status:
        page = display_badge(status)
        seen[status] = page
        assert f'title="{status.value}">{status.label}</span>' in page
    assert len({page.split(";")[0] for page in seen.values()}) == len(Status)
