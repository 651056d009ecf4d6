"""What a notebook user sees: HTML displays that are well-formed, escaped and short; short reprs; the
tutorial's figures kept up to date; the hint for the ``strategies`` extra.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, TypeVar, cast

import attrs
import pytest

from karjera_core import (
    Counting,
    EventFigures,
    Fact,
    FactKind,
    GradeParticipants,
    Indicator,
    InstitutionFigures,
    LearnerRef,
    Measure,
    Project,
    SemesterFigures,
    Status,
    evaluate_summary,
    examples,
    pumpurs,
    summarize,
    timeline,
)
from karjera_core import _display as base
from karjera_core.education import Grade
from karjera_core.indicators import display
from karjera_core.reference import PUMPURS_834
from karjera_core.time import DateRange, Semester

T = TypeVar("T")
D = date
HOSTILE = '<script>alert("x")</script> & co'


def evolve(obj: T, **changes: object) -> T:
    return cast(T, attrs.evolve(cast(Any, obj), **changes))


class _Page(HTMLParser):
    """The texts and the cells (tag, style, text) of a page; every element closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, str]] = []
        self.texts: list[str] = []
        self.cells: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append((tag, dict(attrs).get("style") or ""))
        if tag in ("td", "th"):
            self.cells.append((tag, dict(attrs).get("style") or "", ""))

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop()[0] == tag

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self.cells and any(t in ("td", "th") for t, _ in self.open):
            tag, style, text = self.cells[-1]
            self.cells[-1] = (tag, style, text + data)


def parsed(page: str) -> _Page:
    """The page, read by an HTML parser and an XML parser: well-formed, no script, nothing unescaped."""
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.open == []
    ET.fromstring(f"<root>{page}</root>")  # strict: every element closed, only XML's own entities
    assert "<script" not in page
    return parser


def numbers_are_right_and_text_left(page: _Page) -> None:
    """Every cell of figures is right-aligned; codes (a registration number too) stay left, unbroken."""
    for tag, style, text in page.cells:
        if "monospace" in style:
            assert "text-align:left" in style
            assert "white-space:nowrap" in style
        elif tag == "td" and re.fullmatch(r"[\d\u00a0.,/ %–≤]+", text) and any(ch.isdigit() for ch in text):
            assert "text-align:right" in style, text


# --------------------------------------------------------------------------- indicators


def hostile_catalogue() -> list[Indicator]:
    return [
        Indicator(code="A&B", title_lv=HOSTILE, title_en=HOSTILE, measure=Measure.COUNT, target=Decimal(2)),
        Indicator(
            code="S",
            title_lv="Īpatsvars",
            measure=Measure.SHARE,
            target=Decimal("0.9"),
            population=("a", "b", "c"),
            deadline=D(2025, 3, 31),
        ),
        Indicator(code="M", title_lv="Nodevums", measure=Measure.MILESTONE, target=Decimal(1), population=("x", "y")),
        Indicator(code="N", title_lv="Nodevums", measure=Measure.MILESTONE, target=Decimal(1)),
        Indicator(code="L", title_lv="Griesti", measure=Measure.COUNT, target=Decimal(3), higher_is_better=False),
        Indicator(code="T", title_lv="No kopskaita", measure=Measure.SHARE, target=Decimal("0.5")),
        Indicator(
            code="Y",
            title_lv="Katru gadu",
            measure=Measure.SHARE,
            counting=Counting.EVERY_YEAR,
            target=Decimal("0.5"),
            population=("a", "b"),
            period=DateRange(start=D(2024, 1, 1), end=D(2025, 12, 31)),
        ),
    ]


HOSTILE_FACTS = [
    Fact(indicator="A&B", on=D(2025, 1, 1), subject="a"),
    Fact(indicator="S", on=D(2025, 1, 1), subject="a"),
    Fact(indicator="S", on=D(2025, 2, 1), subject="b"),
    Fact(indicator="S", on=D(2025, 4, 1), subject="c"),
    Fact(indicator="M", on=D(2025, 2, 1), subject="x"),
    Fact(indicator="N", on=D(2025, 3, 1), subject="n"),
    Fact(indicator="T", on=D(2025, 3, 1), subject="t"),
    Fact(indicator="T", on=D(2025, 2, 15), subject="VIIS", value=Decimal(4), kind=FactKind.TOTAL),
    Fact(indicator="<i>", on=D(2025, 1, 1), subject="secret-subject"),
]


def test_i2_a_report_is_a_well_formed_escaped_table_with_numbers_right_and_status_badges() -> None:
    report = evaluate_summary(summarize(hostile_catalogue(), HOSTILE_FACTS, as_of=D(2025, 6, 1)))
    page = report._repr_html_()
    found = parsed(page)
    assert found.texts.count(HOSTILE) == 2  # the Latvian title and the English one, each whole after unescaping
    assert "A&amp;B" in page
    assert "&lt;i&gt;" in page  # an unmatched code, escaped
    assert "secret-subject" not in page  # never a subject
    numbers_are_right_and_text_left(found)
    styles = {text: style for _, style, text in found.cells}
    assert "white-space:nowrap" in styles["A&B"]  # a code is never broken across lines
    assert "white-space:nowrap" in styles["2025-03-31"]
    assert "text-align:left" in styles[HOSTILE + HOSTILE]
    row = found.texts[found.texts.index("Īpatsvars") + 1 :][:2]
    assert row == ["100.0\u00a0%", "90.0\u00a0%"]
    assert "3 / 3" in found.texts  # a share beside its numerator and denominator (I-3)
    for status in (Status.MET_LATE, Status.NOT_DUE, Status.MET):
        assert base.badge(status.label, status.value) in page


def test_i2_a_large_report_shows_its_first_rows_and_how_many_more() -> None:
    catalogue = [Indicator(code=f"C{n:03}", title_lv="x", measure=Measure.COUNT, target=Decimal(1)) for n in range(60)]
    page = evaluate_summary(summarize(catalogue, [], as_of=D(2025, 1, 1)))._repr_html_()
    parsed(page)
    assert page.count("<tr>") == 1 + 50 + 1  # the header, 50 rows, the note
    assert "… vēl 10 (… and 10 more indicators)" in page


@pytest.mark.parametrize(("unmatched", "more"), [(10, ""), (11, " …")])
def test_i2_a_report_names_the_first_10_unmatched_codes_and_marks_more(unmatched: int, more: str) -> None:
    catalogue = [Indicator(code="C", title_lv="x", measure=Measure.COUNT, target=Decimal(1))]
    facts = [Fact(indicator=f"U{n:02}", on=D(2025, 1, 1), subject="s") for n in range(unmatched)]
    found = parsed(evaluate_summary(summarize(catalogue, facts, as_of=D(2025, 6, 1)))._repr_html_())
    codes = ", ".join(f"U{n:02}" for n in range(10))
    assert found.texts[-1] == (
        f"Fakti bez rādītāja · facts of no indicator in the catalogue: {unmatched}; "
        f"to kodi · their codes ({unmatched}): {codes}{more}"
    )


def test_i2_a_timeline_shows_a_chart_per_indicator_with_target_and_deadline() -> None:
    progress = timeline(hostile_catalogue(), HOSTILE_FACTS, on=[D(2025, 1, 31), D(2025, 3, 31), D(2025, 5, 31)])
    page = progress._repr_html_()
    found = parsed(page)
    assert page.count("<svg") == len(hostile_catalogue())
    assert found.texts.count(HOSTILE) == 2
    numbers_are_right_and_text_left(found)
    chart = display.timeline_svg(progress["S"])
    assert chart in page
    root = ET.fromstring(chart)
    titles = [e.text for e in root.iter("{http://www.w3.org/2000/svg}title")]
    assert titles[:2] == ["Mērķis · target: 90.0\u00a0%", "Termiņš · deadline: 2025-03-31"]
    assert titles[2:] == [
        "2025-01-31: 33.3\u00a0% (1 / 3) — procesā",
        "2025-03-31: 66.7\u00a0% (2 / 3) — procesā",
        "2025-05-31: 100.0\u00a0% (3 / 3) — sasniegts pēc termiņa",
    ]
    assert len(root.findall("{http://www.w3.org/2000/svg}polyline")) == 1
    assert "Pirmoreiz sasniegts" in found.texts
    assert "2025-04-01" in found.texts  # S first reached


def test_i2_a_chart_breaks_its_line_where_a_share_has_no_value_and_marks_no_deadline_outside_its_days() -> None:
    ind = Indicator(code="T", title_lv="x", measure=Measure.SHARE, target=Decimal("0.5"), deadline=D(2030, 1, 1))
    data = [Fact(indicator="T", on=D(2025, 2, 1), subject="VIIS", value=Decimal(2), kind=FactKind.TOTAL)]
    chart = display.timeline_svg(timeline(ind, data, on=[D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1)])["T"])
    root = ET.fromstring(chart)
    assert len(root.findall("{http://www.w3.org/2000/svg}circle")) == 2  # no dot on the day without a value
    assert "deadline" not in chart
    single = display.timeline_svg(timeline(ind, data, on=[D(2025, 3, 1)])["T"])
    assert 'cx="146.0"' in single  # one day: in the middle
    assert "<polyline" not in single
    assert single.count("<text") == 3  # 0, the target, the one day -- no second day


def test_i2_a_chart_labels_the_highest_value_only_when_clear_of_the_target() -> None:
    ind = Indicator(code="C", title_lv="x", measure=Measure.COUNT, target=Decimal(1))
    data = [Fact(indicator="C", on=D(2025, 1, 1), subject=f"s{n}") for n in range(5)]
    chart = display.timeline_svg(timeline(ind, data, on=[D(2025, 1, 1)])["C"])
    assert [e.text for e in ET.fromstring(chart).iter("{http://www.w3.org/2000/svg}text")] == [
        "0",
        "1",
        "2025-01-01",
        "5",
    ]
    fraction = Indicator(code="C", title_lv="x", measure=Measure.COUNT, target=Decimal("2.5"))
    labels = ET.fromstring(display.timeline_svg(timeline(fraction, [], on=[D(2025, 1, 1)])["C"]))
    assert [e.text for e in labels.iter("{http://www.w3.org/2000/svg}text")][1] == "2.5"


def test_i2_a_chart_of_a_zero_ceiling_at_zero_draws_everything_on_the_axis() -> None:
    # No line above zero leaves no height to scale by: the chart still draws (no division by zero), every line on
    # the axis, whichever height it falls back to.
    ceiling = Indicator(code="C", title_lv="x", measure=Measure.COUNT, target=Decimal(0), higher_is_better=False)
    chart = display.timeline_svg(timeline(ceiling, [], on=[D(2025, 1, 1), D(2025, 2, 1)])["C"])
    root = ET.fromstring(chart)
    assert [c.get("cy") for c in root.iter("{http://www.w3.org/2000/svg}circle")] == ["70.0", "70.0"]
    target = root.findall("{http://www.w3.org/2000/svg}line")[1]
    assert (target.get("y1"), target.get("y2")) == ("70.0", "70.0")


def test_i4_a_summary_shows_its_size_never_its_subjects() -> None:
    summary = summarize(hostile_catalogue(), HOSTILE_FACTS, as_of=D(2025, 6, 1))
    page = summary._repr_html_()
    found = parsed(page)
    assert "secret-subject" not in page
    assert found.texts.count(HOSTILE) == 2
    assert "4" in found.texts  # the latest total of T
    numbers_are_right_and_text_left(found)
    many = summarize(
        [Indicator(code=f"C{n}", title_lv="x", measure=Measure.COUNT, target=Decimal(1)) for n in range(51)],
        [],
        as_of=D(2025, 1, 1),
    )
    assert "… vēl 1 (… and 1 more indicators)" in many._repr_html_()


def test_reprs_of_large_objects_are_short_and_of_small_ones_evaluable() -> None:
    big = [Fact(indicator="A&B", on=D(2025, 1, 1), subject=f"s{n:03}") for n in range(200)]
    summary = summarize(hostile_catalogue(), big, as_of=D(2025, 6, 1))
    assert repr(summary) == (
        "Summary(indicators=<7 Indicator>, as_of=datetime.date(2025, 6, 1), tallies=<7 Tally>, ignored=0, unmatched=())"
    )
    report = evaluate_summary(summary)
    assert (
        repr(report) == "Report(as_of=datetime.date(2025, 6, 1), results=<7 IndicatorResult>, unmatched=(), ignored=0)"
    )
    one = evaluate_summary(summarize([hostile_catalogue()[1]], [], as_of=D(2025, 6, 1)))
    assert repr(one) == f"Report(as_of={one.as_of!r}, results=({one[0]!r},), unmatched=(), ignored=0)"  # whole


# --------------------------------------------------------------------------- projects and programme figures


def test_f3_a_project_is_a_table_of_its_fields_with_each_list_counted_and_cut_short() -> None:
    project = evolve(PUMPURS_834, title=HOSTILE, target_groups=tuple(f"grupa {n}" for n in range(12)))
    page = project._repr_html_()
    found = parsed(page)
    assert HOSTILE in found.texts
    assert "12: grupa 0, grupa 1, grupa 2, grupa 3, grupa 4 … vēl 7 (… and 7 more target groups)" in found.texts
    assert "8.3.4.0/16/I/001" in found.texts
    assert "2017-03-16 – 2022-12-31" in found.texts
    assert "1: 2021-04-30: beigas 2023-12-31" in found.texts[found.texts.index("Grozījumi") + 1]
    assert len(repr(project)) < 600
    assert "<12 str>" in repr(project)
    bare = Project(
        number=PUMPURS_834.number,
        title="x",
        programming_period=PUMPURS_834.programming_period,
        period=DateRange(start=D(2017, 1, 1)),
    )
    texts = parsed(bare._repr_html_()).texts
    assert "2017-01-01 – –" in texts
    assert texts.count("–") == 7  # no amendments, roles, regulation, objective, groups, activities, budget
    assert repr(bare).startswith("Project(number=ProjectNumber.parse('8.3.4.0/16/I/001'), title='x', ")
    assert "programming_period=ProgrammingPeriod(code='esf_2014_2020'" in repr(bare)  # small: every field in full


def test_p6_semester_figures_show_counts_and_the_first_institutions_never_a_learner_id() -> None:
    autumn = Semester.containing(D(2020, 10, 1))
    figures = pumpurs.figures(cases=examples.example_cases_jelgava_2020(), semester=autumn)
    page = figures._repr_html_()
    found = parsed(page)
    assert "JN-L" not in page and "LearnerRef" not in page  # noqa: PT018
    assert found.texts[found.texts.index("Individuālie piederumi") + 1 :][:5] == ["12", "370", "310", "171", "6"]
    assert len(re.findall(r">90000000\d\d<", page)) == 10
    assert "… vēl 2 (… and 2 more institutions)" in found.texts
    numbers_are_right_and_text_left(found)
    assert repr(figures) == (
        "SemesterFigures(semester=Semester(school_year=SchoolYear(2020), number=1), "
        "by_institution=<12 InstitutionFigures>)"
    )
    one = figures.by_institution[0]
    assert "JN-L" not in one._repr_html_()
    assert parsed(one._repr_html_()).texts[-4:] == ["31", "26", "14", "0"]
    assert "supported_learners=<31 LearnerRef>" in repr(one)
    empty = SemesterFigures(semester=autumn)
    assert "… vēl" not in empty._repr_html_()
    small = InstitutionFigures(institution="9000000001", supported_learners=(LearnerRef("L-1"),))
    namespace = {"InstitutionFigures": InstitutionFigures, "LearnerRef": LearnerRef}
    assert eval(repr(small), namespace) == small


def test_c9_event_figures_show_the_non_pilot_share_with_its_parts_and_the_grades() -> None:
    figures = EventFigures(
        events=14,
        participants=900,
        by_grade=(GradeParticipants(grade=Grade(5), count=400), GradeParticipants(grade=Grade(9), count=500)),
        non_pilot_participants=111,
    )
    found = parsed(figures._repr_html_())
    assert "12.3\u00a0% (111 / 900)" in found.texts
    assert found.texts[-4:] == ["5. klase", "9. klase", "400", "500"]
    numbers_are_right_and_text_left(found)
    nothing = parsed(EventFigures.empty()._repr_html_())
    assert "–" in nothing.texts
    assert "Pa klasēm · By grade" not in nothing.texts


# --------------------------------------------------------------------------- the tutorial's figures


def _make_figures() -> Any:
    path = Path(__file__).parent.parent / "docs" / "make_figures.py"
    spec = importlib.util.spec_from_file_location("make_figures", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tutorials_html_and_svg_are_what_the_code_writes_now() -> None:
    made = _make_figures()
    for name, text in made.figures().items():
        written = (made.STATIC / name).read_text(encoding="utf-8")
        assert written == text, f"docs/_static/{name} is stale: run python docs/make_figures.py"
        parsed(text)
    tutorial = (Path(__file__).parent.parent / "docs" / "tutorial.md").read_text(encoding="utf-8")
    assert all(f"_static/{name}" in tutorial for name in made.figures())


def test_make_figures_writes_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _make_figures()
    monkeypatch.setattr(made, "STATIC", tmp_path / "static")
    made.main()
    assert sorted(p.name for p in (tmp_path / "static").iterdir()) == sorted(made.figures())


# --------------------------------------------------------------------------- the strategies extra


def test_strategies_without_hypothesis_say_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in sys.modules if n == "karjera_core.strategies" or n.startswith("karjera_core.strategies.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    with pytest.raises(ImportError) as error:
        importlib.import_module("karjera_core.strategies")
    assert type(error.value) is ImportError
    assert 'pip install ".[strategies]" in a clone of karjera_core' in str(error.value)
    assert error.value.name == "karjera_core.strategies"
    assert isinstance(error.value.__cause__, ModuleNotFoundError)


def test_i2_a_chart_places_each_day_by_its_date_between_the_left_and_right_edges() -> None:
    ind = Indicator(code="C", title_lv="x", measure=Measure.COUNT, target=Decimal(3))
    days = [D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1)]  # 31 and 59 days after the first
    data = [Fact(indicator="C", on=on, subject=f"s{n}") for n, on in enumerate(days)]
    chart = display.timeline_svg(timeline(ind, data, on=days)["C"])
    circles = ET.fromstring(chart).iter("{http://www.w3.org/2000/svg}circle")
    assert [c.get("cx") for c in circles] == ["40.0", f"{40 + 31 / 59 * (252 - 40):.1f}", "252.0"]
