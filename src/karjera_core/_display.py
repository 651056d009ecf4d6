"""How the library's objects look in a notebook and at a prompt (private; layer 1).

The building blocks of every ``_repr_html_``: escaped text, cells aligned by
what they hold (text left, numbers right, codes and days unbroken), status
badges in colour with their Latvian label, Latvian titles with the English one
beneath, counts with the first few items instead of walls; and
:func:`short_repr`, the plain ``repr`` of a large object.  The renderers of
projects and programme figures are here too, so that a record's display
method is one line.

Every text is escaped, and every page is well-formed XML as well as HTML
(each element closed, only XML's own entities), so any parser reads it.
Nothing here computes a figure.

>>> print(cell(esc("Valmieras <novads> & co")))
<td style="text-align:left;padding:3px 8px;vertical-align:top">Valmieras &lt;novads&gt; &amp; co</td>
>>> from datetime import date
>>> from karjera_core.indicators import DistinctCount
>>> short_repr(DistinctCount(subjects=("a", "b"), firsts=(date(2025, 1, 1),) * 2))
"DistinctCount(subjects=('a', 'b'), firsts=(datetime.date(2025, 1, 1), datetime.date(2025, 1, 1)))"
>>> many = [f"s-{n:03}" for n in range(300)]
>>> short_repr(DistinctCount(subjects=tuple(many), firsts=(date(2025, 1, 1),) * 300))
'DistinctCount(subjects=<300 str>, firsts=<300 date>)'
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from karjera_core.programmes.career_support.events import EventFigures
    from karjera_core.programmes.pumpurs.semesters import InstitutionFigures, SemesterFigures
    from karjera_core.projects import Project

__all__ = [
    "badge",
    "cell",
    "esc",
    "event_figures_html",
    "fields_table",
    "heading",
    "institution_figures_html",
    "more",
    "project_html",
    "semester_figures_html",
    "short_repr",
    "table",
    "titles",
]

#: The most items a display lists before it says how many more there are.
FEW = 5
#: The longest plain repr kept whole; a longer one shows large fields by their size.
LONG_REPR, LONG_FIELD = 800, 80
DASH = "–"

FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:13px;color:#1f2328"
ALIGN = {
    "text": "text-align:left;padding:3px 8px;vertical-align:top",
    "code": "text-align:left;padding:3px 8px;vertical-align:top;white-space:nowrap;font-family:monospace",
    "title": "text-align:left;padding:3px 8px;vertical-align:top;min-width:16em;max-width:36em",
    "day": "text-align:left;padding:3px 8px;vertical-align:top;white-space:nowrap",
    "number": "text-align:right;padding:3px 8px;vertical-align:top;white-space:nowrap;"
    "font-variant-numeric:tabular-nums",
}
#: Background and text colour of each status value (indicators, I-2; projects, F-5).
COLOURS = {
    "met": ("#d3f2dc", "#14532d"),
    "met_late": ("#fcebc7", "#713f12"),
    "pending": ("#dbe8fb", "#1e3a8a"),
    "missed": ("#fad4d4", "#7f1d1d"),
    "not_due": ("#ebebeb", "#3f3f46"),
    "planned": ("#dbe8fb", "#1e3a8a"),
    "active": ("#d3f2dc", "#14532d"),
    "closed": ("#ebebeb", "#3f3f46"),
}
_QUIET = "display:block;color:#57606a;font-size:92%"


def esc(text: object) -> str:
    """``text`` (any object, by its ``str``) escaped for HTML text and attribute values."""
    return html.escape(str(text), quote=True)


def cell(inner: str, kind: str = "text", *, title: str | None = None, tag: str = "td") -> str:
    """A table cell holding ``inner`` (HTML, already escaped), aligned as ``kind`` says."""
    hint = "" if title is None else f' title="{esc(title)}"'
    return f'<{tag} style="{ALIGN[kind]}"{hint}>{inner}</{tag}>'


def heading(label: str, english: str, kind: str = "text") -> str:
    """A column heading in Latvian, its English name as the tooltip."""
    style = ALIGN[kind] + ";border-bottom:1px solid #8c959f;font-weight:600;white-space:nowrap"
    return f'<th style="{style}" title="{esc(english)}">{esc(label)}</th>'


def badge(label: str, value: str) -> str:
    """A status as a coloured badge: its Latvian label, its value as the tooltip."""
    background, colour = COLOURS.get(value, ("#ebebeb", "#3f3f46"))
    return (
        f'<span style="background:{background};color:{colour};padding:1px 6px;border-radius:3px;'
        f'white-space:nowrap" title="{esc(value)}">{esc(label)}</span>'
    )


def titles(latvian: str, english: str | None) -> str:
    """The Latvian title, with the English one beneath it where there is one."""
    if english is None:
        return esc(latvian)
    return f'{esc(latvian)}<span style="{_QUIET}">{esc(english)}</span>'


def count(number: int) -> str:
    """A whole number with its thousands apart: 10 000."""
    return f"{number:,}".replace(",", "\u00a0")


def number(value: Decimal) -> str:
    """A Decimal in plain digits, without trailing zeros: 2.5, 16."""
    return f"{value.normalize():f}"


def percent(value: Decimal) -> str:
    """A fraction as a percentage to one decimal place: 85.7 %."""
    return f"{value * 100:.1f}\u00a0%"


def day(on: date | None) -> str:
    """A day as ISO text, or a dash."""
    return DASH if on is None else on.isoformat()


def more(shown: int, total: int, noun: str) -> str:
    """'… and N more' when only ``shown`` of ``total`` items are listed; empty otherwise."""
    if total <= shown:
        return ""
    return f"… vēl {count(total - shown)} (… and {count(total - shown)} more {noun})"


def listing(items: Sequence[str], noun: str, limit: int = FEW) -> str:
    """The count and the first ``limit`` items, escaped: '3: a, b, c'."""
    if not items:
        return DASH
    shown = ", ".join(esc(item) for item in items[:limit])
    rest = more(limit, len(items), noun)
    return f"{count(len(items))}: {shown}" + (f" {esc(rest)}" if rest else "")


def table(
    css_class: str,
    caption: str,
    headings: Iterable[str],
    rows: Iterable[Iterable[str]],
    notes: Iterable[str] = (),
) -> str:
    """A table: its caption (HTML), the heading cells, the rows of cells and notes beneath, each a line (HTML)."""
    heads = "".join(headings)
    body = "".join(f"<tr>{''.join(cells)}</tr>" for cells in rows)
    width = heads.count("<th")
    foot = "".join(
        f'<tr><td colspan="{width}" style="{ALIGN["text"]};color:#57606a">{note}</td></tr>' for note in notes
    )
    return (
        f'<table class="{css_class}" style="border-collapse:collapse;margin:4px 0;{FONT}">'
        f'<caption style="text-align:left;font-weight:600;padding:2px 8px;caption-side:top">{caption}</caption>'
        f"<thead><tr>{heads}</tr></thead><tbody>{body}</tbody>"
        + (f"<tfoot>{foot}</tfoot>" if foot else "")
        + "</table>"
    )


def fields_table(css_class: str, caption: str, rows: Iterable[tuple[str, str, str, str]]) -> str:
    """A two-column table of (Latvian label, English label, value HTML, kind of the value)."""
    body = [
        (cell(esc(label), "text", title=english, tag="th"), cell(value, kind)) for label, english, value, kind in rows
    ]
    return table(css_class, caption, (), body)


def short_repr(obj: Any) -> str:
    """``obj``'s attrs repr when it is short; else the same with each long field shown by its size or type.

    Small values keep a repr that ``eval`` reads back; a large one (a report,
    a semester's figures with hundreds of learners) prints one line instead
    of a wall: ``by_institution=<12 InstitutionFigures>``.
    """
    shown = [(field.name, repr(getattr(obj, field.name))) for field in attrs.fields(type(obj))]
    if sum(len(text) for _, text in shown) > LONG_REPR:
        shown = [(name, text if len(text) <= LONG_FIELD else _sized(getattr(obj, name), text)) for name, text in shown]
    return f"{type(obj).__name__}({', '.join(f'{name}={text}' for name, text in shown)})"


def _sized(value: Any, text: str) -> str:
    if isinstance(value, tuple):
        kinds = {type(item).__name__ for item in value}
        return f"<{len(value)} {kinds.pop() if len(kinds) == 1 else 'items'}>"
    if isinstance(value, str):
        return f"<text of {len(value)} characters>"
    return f"<{type(value).__name__}>"


# ---------------------------------------------------------------- projects (F-3, F-4)


def project_html(project: Project) -> str:
    """A project as a table of its fields: each list by its count and first few items."""
    roles = [f"{entry.organisation.name} — {entry.role.label}" for entry in project.roles]
    amendments = [f"{a.announced.isoformat()}: beigas {a.end.isoformat()}" for a in project.amendments]
    budget = project.budget
    rows = [
        ("Numurs", "Number", esc(project.number), "code"),
        ("Nosaukums", "Title", esc(project.title), "text"),
        ("Plānošanas periods", "Programming period", esc(project.programming_period.name), "text"),
        ("Īstenošanas periods", "Implementation period (as first approved)", _period(project), "day"),
        ("Grozījumi", "Amendments", listing(amendments, "amendments"), "text"),
        ("Lomas", "Roles", listing(roles, "roles"), "text"),
        ("Normatīvais akts", "Regulation", DASH if project.regulation is None else esc(project.regulation), "text"),
        (
            "Specifiskais atbalsta mērķis",
            "Specific objective",
            esc(project.specific_objective or DASH),
            "text",
        ),
        ("Mērķa grupas", "Target groups", listing(project.target_groups, "target groups"), "text"),
        ("Darbības", "Activities", listing(project.activities, "activities"), "text"),
        ("Budžets", "Budget", DASH if budget is None else esc(budget.total), "number"),
    ]
    return fields_table("karjera-project", f"Projekts · Project {esc(project.number)}", rows)


def _period(project: Project) -> str:
    period = project.period
    return f"{day(period.start)} – {DASH if period.end is None else day(period.end)}"


# ---------------------------------------------------------------- programme figures (P-6, C-9)

_KINDS = (
    ("Ar atbalstu", "Learners with any support", "learners"),
    ("Konsultatīvais atbalsts", "Consultative support", "consultative"),
    ("Ēdināšanas kompensācija", "Meal compensation", "meals"),
    ("Individuālie piederumi", "Individual-use items", "items"),
)
_LEARNER_HEADS = [heading(label, english, "number") for label, english, _ in _KINDS]


def semester_figures_html(figures: SemesterFigures) -> str:
    """A semester's figures: the totals, then the first institutions by count -- never a learner id (P-7)."""
    totals = [cell(count(getattr(figures, name)), "number") for _, _, name in _KINDS]
    parts = figures.by_institution
    rows = [[cell(count(figures.institutions), "number"), *totals]]
    caption = f"PuMPuRS: {esc(figures.semester)} · semester figures (P-6)"
    page = table(
        "karjera-semester-figures",
        caption,
        [heading("Iestādes", "Institutions", "number"), *_LEARNER_HEADS],
        rows,
    )
    limit = 10
    by_institution = [
        [cell(esc(part.institution), "code"), *(cell(count(getattr(part, name)), "number") for _, _, name in _KINDS)]
        for part in parts[:limit]
    ]
    rest = more(limit, len(parts), "institutions")
    return page + table(
        "karjera-institution-figures",
        "Pa iestādēm · By institution",
        [heading("Iestāde", "Institution (registration number)", "code"), *_LEARNER_HEADS],
        by_institution,
        [esc(rest)] if rest else (),
    )


def institution_figures_html(figures: InstitutionFigures) -> str:
    """One institution's figures: its counts of learners, never their ids (P-7)."""
    return table(
        "karjera-institution-figures",
        f"Iestāde · Institution {esc(figures.institution)}",
        _LEARNER_HEADS,
        [[cell(count(getattr(figures, name)), "number") for _, _, name in _KINDS]],
    )


def event_figures_html(figures: EventFigures) -> str:
    """Events' figures: how many, participants, the non-pilot share with its parts (I-3), then by grade."""
    non_pilot, total = figures.non_pilot_share
    share = DASH
    if total:
        share = f"{percent(Decimal(non_pilot) / Decimal(total))} ({count(non_pilot)} / {count(total)})"
    page = table(
        "karjera-event-figures",
        "Karjeras pasākumi · Career events (C-9)",
        [
            heading("Pasākumi", "Events", "number"),
            heading("Dalībnieki", "Participants", "number"),
            heading("No citām skolām", "From non-pilot schools", "number"),
        ],
        [[cell(count(figures.events), "number"), cell(count(figures.participants), "number"), cell(share, "number")]],
    )
    if not figures.by_grade:
        return page
    return page + table(
        "karjera-event-grades",
        "Pa klasēm · By grade",
        [heading(str(g.grade), f"Grade {g.grade.number}", "number") for g in figures.by_grade],
        [[cell(count(g.count), "number") for g in figures.by_grade]],
    )
