"""Write the HTML table and the SVG chart the tutorial shows, from the code itself.

Run ``python docs/make_figures.py`` after changing a display; ``tests/test_notebook.py`` fails while the
files in ``docs/_static`` differ from what this writes, so they never go stale.  The scenario is the
tutorial's: the [003] catalogue with item 4 (16 materials) and item 10 (50 %), 10 000 synthetic facts.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

STATIC = Path(__file__).parent / "_static"


def figures() -> dict[str, str]:
    """The name and the text of each file under ``docs/_static``."""
    from karjera_core import TeacherSupportTargets, examples, month_ends, teacher_support, timeline
    from karjera_core.indicators.display import timeline_svg

    targets = TeacherSupportTargets.published(item4=16, item10=Decimal("0.5"), item11=None)
    catalogue = teacher_support.indicators(targets)
    facts = examples.teacher_support_facts(10_000, seed=1)
    report = teacher_support.evaluate(catalogue, facts, as_of=date(2025, 9, 1))
    progress = timeline(catalogue, facts, on=month_ends(start=date(2024, 10, 1), end=date(2026, 12, 31)))
    return {
        "teacher_support_report.html": report._repr_html_() + "\n",
        "teacher_support_timeline.html": progress._repr_html_() + "\n",
        "teacher_support_r1.svg": timeline_svg(progress["4.2.2.3-R1"]) + "\n",
    }


def main() -> None:
    STATIC.mkdir(exist_ok=True)
    for name, text in figures().items():
        (STATIC / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
