"""How indicator results look in a notebook: escaped HTML tables and inline SVG charts for ``_repr_html_`` (I-2, I-3).

* :func:`report_html`, :func:`result_html` -- a report's (a result's) table:
  codes and days unbroken, numbers right-aligned, the Latvian title with the
  English one beneath, shares as percentages beside their numerator and
  denominator (I-3), milestones as delivered or not, each status as a
  coloured badge with its Latvian label; the facts that matched no indicator
  beneath it.
* :func:`timeline_html` -- a timeline: one row per indicator with a small
  chart (:func:`timeline_svg`) of its value against its target, the deadline
  marked, and the first day the target was reached.
* :func:`summary_html` -- a summary's size, never its subjects.

Every text is escaped and every page is well-formed XML too; no plotting
library is needed.  Nothing here computes a figure.

>>> from karjera_core.indicators import Indicator, Measure, evaluate
>>> ind = Indicator(code="M", title_lv="Materiāli <jauni>", measure=Measure.COUNT, target=Decimal(2))
>>> page = result_html(evaluate(ind, [], as_of=date(2025, 1, 1)))
>>> page.startswith('<table class="karjera-report"'), "&lt;jauni&gt;" in page
(True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from karjera_core._display import (
    DASH,
    badge,
    cell,
    count,
    day,
    esc,
    heading,
    more,
    number,
    percent,
    short_repr,
    table,
    titles,
)
from karjera_core.indicators.definitions import Measure

if TYPE_CHECKING:
    from karjera_core.indicators.evaluation import IndicatorResult, Report
    from karjera_core.indicators.progress import Timeline
    from karjera_core.indicators.summary import Summary

__all__ = ["report_html", "result_html", "short_repr", "summary_html", "timeline_html", "timeline_svg"]

#: The column headings of a report, in Latvian with their English names.
HEADINGS = (
    ("Kods", "Code", "code"),
    ("Rādītājs", "Indicator", "text"),
    ("Vērtība", "Value", "number"),
    ("Mērķis", "Target", "number"),
    ("Skaitītājs / saucējs", "Numerator / denominator", "number"),
    ("Termiņš", "Deadline", "day"),
    ("Sasniegts", "Reached on", "day"),
    ("Statuss", "Status", "text"),
)
#: The most rows a report's table and a timeline's table show.
REPORT_ROWS, TIMELINE_ROWS = 50, 20


def _shown(result: IndicatorResult, value: Decimal | None) -> str:
    if value is None:
        return DASH
    if result.measure is Measure.SHARE:
        return percent(value)
    if result.measure is Measure.MILESTONE:
        return "nodots" if value == 1 else "nav nodots"
    return number(value)


def _target(result: IndicatorResult) -> str:
    return ("≤ " if not result.higher_is_better else "") + _shown(result, result.target)


def _parts(result: IndicatorResult) -> str:
    if result.numerator is None:
        return DASH
    return f"{count(result.numerator)} / {DASH if result.denominator is None else count(result.denominator)}"


def _status(result: IndicatorResult) -> str:
    return badge(result.status.label, result.status.value)


def _row(result: IndicatorResult) -> list[str]:
    return [
        cell(esc(result.code), "code"),
        cell(titles(result.title_lv, result.title_en), "title"),
        cell(esc(_shown(result, result.value)), "number"),
        cell(esc(_target(result)), "number"),
        cell(esc(_parts(result)), "number"),
        cell(esc(day(result.deadline)), "day"),
        cell(esc(day(result.reached_on)), "day"),
        cell(_status(result)),
    ]


def _unmatched(unmatched: Sequence[str], ignored: int) -> list[str]:
    if not unmatched:
        return []
    shown = ", ".join(unmatched[:10]) + (" …" if len(unmatched) > 10 else "")
    return [
        esc(
            f"Fakti bez rādītāja · facts of no indicator in the catalogue: {count(ignored)}; "
            f"to kodi · their codes ({count(len(unmatched))}): {shown}"
        )
    ]


def _report_table(results: Sequence[IndicatorResult], caption: str, notes: list[str]) -> str:
    rest = more(REPORT_ROWS, len(results), "indicators")
    return table(
        "karjera-report",
        caption,
        (heading(label, english, kind) for label, english, kind in HEADINGS),
        (_row(result) for result in results[:REPORT_ROWS]),
        [*([esc(rest)] if rest else []), *notes],
    )


def report_html(report: Report) -> str:
    """A report's table: one row per indicator (the first 50), then the facts that matched no indicator."""
    caption = f"Rādītāji uz {day(report.as_of)} · Indicators as of {day(report.as_of)} ({count(len(report))})"
    return _report_table(report.results, esc(caption), _unmatched(report.unmatched, report.ignored))


def result_html(result: IndicatorResult) -> str:
    """One result as a table of one row."""
    return _report_table((result,), esc(f"Rādītājs uz {day(result.as_of)} · Indicator as of {day(result.as_of)}"), [])


def summary_html(summary: Summary) -> str:
    """A summary's size per indicator -- subjects, days with facts, the latest total -- never its subjects (P-7)."""
    rows = [
        [
            cell(esc(ind.code), "code"),
            cell(titles(ind.title_lv, ind.title_en), "title"),
            cell(count(tally.seen.count), "number"),
            cell(count(len(tally.days)), "number"),
            cell(DASH if tally.total_value is None else esc(number(tally.total_value)), "number"),
        ]
        for ind, tally in zip(summary.indicators[:REPORT_ROWS], summary.tallies, strict=False)
    ]
    rest = more(REPORT_ROWS, len(summary.indicators), "indicators")
    caption = f"Kopsavilkums uz {day(summary.as_of)} · Summary as of {day(summary.as_of)}"
    return table(
        "karjera-summary",
        esc(caption),
        [
            heading("Kods", "Code", "code"),
            heading("Rādītājs", "Indicator", "text"),
            heading("Subjekti", "Subjects seen", "number"),
            heading("Dienas", "Days with counted facts", "number"),
            heading("Kopskaits", "Latest total", "number"),
        ],
        rows,
        [*([esc(rest)] if rest else []), *_unmatched(summary.unmatched, summary.ignored)],
    )


# ---------------------------------------------------------------- timelines

#: The chart's size and the plot area inside it, in pixels.
WIDTH, HEIGHT = 260, 92
LEFT, RIGHT, TOP, BOTTOM = 40, 252, 8, 70
VALUE, TARGET, DEADLINE, AXIS = "#1f6feb", "#1a7f37", "#cf222e", "#8c959f"


def _plotted(result: IndicatorResult) -> Decimal | None:
    """What the chart plots: the value, or for a milestone of components the share delivered."""
    if result.measure is Measure.MILESTONE and result.denominator:
        return Decimal(result.numerator or 0) / Decimal(result.denominator)
    return result.value


def _goal(result: IndicatorResult) -> Decimal:
    return Decimal(1) if result.measure is Measure.MILESTONE else result.target


def _label(result: IndicatorResult, value: Decimal) -> str:
    """A short axis label: 16, 1 000, 90 %, 12.5 %."""
    if result.measure is Measure.COUNT:
        return count(int(value)) if value == value.to_integral_value() else number(value)
    return f"{value * 100:.1f}".rstrip("0").rstrip(".") + "\u00a0%"


def _point_title(result: IndicatorResult) -> str:
    parts = _parts(result)
    shown = _shown(result, result.value)
    return f"{day(result.as_of)}: {shown}" + ("" if parts == DASH else f" ({parts})") + f" — {result.status.label}"


def timeline_svg(results: Sequence[IndicatorResult]) -> str:
    """A small chart of one indicator's results over the timeline's days (in day order, at least one):
    the value as a line with a dot per day, the target as a dashed line, the deadline as a dashed upright."""
    first, last = results[0], results[-1]
    start, span = first.as_of.toordinal(), max(1, last.as_of.toordinal() - first.as_of.toordinal())
    goal = _goal(first)
    values = [_plotted(result) for result in results]
    highest = max([goal, *(v for v in values if v is not None)])
    top = highest * Decimal("1.1") or Decimal(1)  # room above the highest line

    def x(on: date) -> float:
        if len(results) == 1:
            return (LEFT + RIGHT) / 2
        return LEFT + (on.toordinal() - start) / span * (RIGHT - LEFT)

    def y(value: Decimal) -> float:
        return BOTTOM - float(value / top) * (BOTTOM - TOP)

    goal_y = f"{y(goal):.1f}"
    parts = [
        f'<rect x="{LEFT}" y="{TOP}" width="{RIGHT - LEFT}" height="{BOTTOM - TOP}" fill="#f6f8fa"/>',
        f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="{AXIS}"/>',
        _text(LEFT - 4, BOTTOM, "0", "end"),
        _text(LEFT - 4, y(goal) + 3, _label(first, goal), "end", TARGET),
        _text(LEFT, HEIGHT - 6, day(first.as_of), "start"),
    ]
    if y(goal) - y(highest) > 12:  # the highest value, when its label stays clear of the target's
        parts.append(_text(LEFT - 4, y(highest) + 3, _label(first, highest), "end"))
    if len(results) > 1:
        parts.append(_text(RIGHT, HEIGHT - 6, day(last.as_of), "end"))
    parts.append(
        f'<line x1="{LEFT}" y1="{goal_y}" x2="{RIGHT}" y2="{goal_y}" stroke="{TARGET}" stroke-dasharray="4 3">'
        f"<title>{esc(f'Mērķis · target: {_target(first)}')}</title></line>"
    )
    deadline = first.deadline
    if deadline is not None and first.as_of <= deadline <= last.as_of:
        dx = f"{x(deadline):.1f}"
        parts.append(
            f'<line x1="{dx}" y1="{TOP}" x2="{dx}" y2="{BOTTOM}" stroke="{DEADLINE}" stroke-dasharray="3 2">'
            f"<title>{esc(f'Termiņš · deadline: {day(deadline)}')}</title></line>"
        )
    run: list[str] = []
    for result, value in zip(results, values, strict=True):
        if value is None:
            parts.extend(_line(run))
            run = []
            continue
        point = f"{x(result.as_of):.1f},{y(value):.1f}"
        run.append(point)
        cx, cy = point.split(",")
        parts.append(
            f'<circle cx="{cx}" cy="{cy}" r="2" fill="{VALUE}"><title>{esc(_point_title(result))}</title></circle>'
        )
    parts.extend(_line(run))
    label = f"{first.code}: {_shown(last, last.value)} / {_target(last)}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{esc(label)}">{"".join(parts)}</svg>'
    )


def _text(at_x: float, at_y: float, text: str, anchor: str, colour: str = "#57606a") -> str:
    return (
        f'<text x="{at_x:.1f}" y="{at_y:.1f}" font-size="9" fill="{colour}" text-anchor="{anchor}" '
        f'font-family="sans-serif">{esc(text)}</text>'
    )


def _line(run: list[str]) -> list[str]:
    if len(run) < 2:
        return []
    return [f'<polyline fill="none" stroke="{VALUE}" stroke-width="1.5" points="{" ".join(run)}"/>']


def timeline_html(timeline: Timeline) -> str:
    """A timeline's table: per indicator (the first 20) its chart, the value and status on the last day,
    the target, the deadline and the first day the target was reached."""
    codes = timeline.keys()
    reached = timeline.first_reached
    rows = []
    for code in codes[:TIMELINE_ROWS]:
        results = timeline[code]
        last = results[-1]
        rows.append(
            [
                cell(esc(code), "code"),
                cell(titles(last.title_lv, last.title_en), "title"),
                cell(timeline_svg(results)),
                cell(esc(_shown(last, last.value)), "number", title=_parts(last)),
                cell(esc(_target(last)), "number"),
                cell(esc(day(last.deadline)), "day"),
                cell(esc(day(reached[code])), "day"),
                cell(_status(last)),
            ]
        )
    days = timeline.days
    caption = (
        f"Rādītāju gaita · Progress: {count(len(codes))} rādītāji · indicators, {count(len(days))} dienas · days, "
        f"{day(days[0])} … {day(days[-1])}"
    )
    rest = more(TIMELINE_ROWS, len(codes), "indicators")
    return table(
        "karjera-timeline",
        esc(caption),
        [
            heading("Kods", "Code", "code"),
            heading("Rādītājs", "Indicator", "text"),
            heading("Gaita", "Value against target; the deadline in red", "text"),
            heading("Vērtība", f"Value on {day(days[-1])}", "number"),
            heading("Mērķis", "Target", "number"),
            heading("Termiņš", "Deadline", "day"),
            heading("Pirmoreiz sasniegts", "First reached on", "day"),
            heading("Statuss", f"Status on {day(days[-1])}", "text"),
        ],
        rows,
        [*([esc(rest)] if rest else []), *_unmatched(timeline.unmatched, timeline.ignored)],
    )


def __dir__() -> list[str]:
    return sorted(__all__)
