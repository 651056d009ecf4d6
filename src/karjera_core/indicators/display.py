"""How indicator results look in a notebook: escaped HTML tables for ``_repr_html_`` (I-2, I-3).

Shares show as percentages beside their numerator and denominator (I-3),
milestones as delivered or not, statuses by their Latvian label; every text
is escaped.  Nothing here computes a figure.

>>> from karjera_core.indicators import Indicator, Measure, evaluate
>>> ind = Indicator(code="M", title_lv="Materiāli <jauni>", measure=Measure.COUNT, target=Decimal(2))
>>> page = html_table([evaluate(ind, [], as_of=date(2025, 1, 1))])
>>> page.startswith('<table class="karjera-report">'), "&lt;jauni&gt;" in page
(True, True)
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from karjera_core.indicators.definitions import Measure

if TYPE_CHECKING:
    from karjera_core.indicators.evaluation import IndicatorResult

__all__ = ["html_table"]

#: The column headings, in Latvian.
HEADINGS = ("Kods", "Rādītājs", "Vērtība", "Mērķis", "Skaitītājs / saucējs", "Termiņš", "Sasniegts", "Statuss")


def _shown(result: IndicatorResult, number: Decimal | None) -> str:
    if number is None:
        return "–"
    if result.measure is Measure.SHARE:
        return f"{number * 100:.1f} %"
    if result.measure is Measure.MILESTONE:
        return "nodots" if number == 1 else "nav nodots"
    return f"{number.normalize():f}"


def _day(day: date | None) -> str:
    return "–" if day is None else day.isoformat()


def html_table(results: Iterable[IndicatorResult]) -> str:
    """One table row per result, under a header row; every text escaped."""
    rows = []
    for r in results:
        cells = (
            r.code,
            r.title_lv,
            _shown(r, r.value),
            ("≤ " if not r.higher_is_better else "") + _shown(r, r.target),
            "–" if r.numerator is None else f"{r.numerator} / {'–' if r.denominator is None else r.denominator}",
            _day(r.deadline),
            _day(r.reached_on),
            r.status.label,
        )
        row = "".join(f"<td>{html.escape(cell)}</td>" for cell in cells)
        rows.append(f'<tr data-status="{html.escape(r.status.value)}">{row}</tr>')
    head = "".join(f"<th>{html.escape(h)}</th>" for h in HEADINGS)
    return f'<table class="karjera-report"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def __dir__() -> list[str]:
    return sorted(__all__)
