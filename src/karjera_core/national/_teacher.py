"""The national data set's ESF+ teacher-support facts [003], made as columns (private; I-5).

The scenario of :func:`~karjera_core.programmes.teacher_support.examples.generate_facts`
over the national institutions: municipalities start training on a day and
train on, a third of the institutions send management teams, milestones
are delivered mostly in time, 400 materials, support visits whose
regularity varies by institution, half-yearly measurements of half the
institutions.  Most facts repeat what is known already (another session,
another visit), as real records do.  No ``Fact`` is built: the rows go
straight into the columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from karjera_core.indicators import FactKind
from karjera_core.national._base import MEASUREMENT, OCCURRED, TOTAL, Columns, stream
from karjera_core.organisations import municipalities_on
from karjera_core.programmes.teacher_support import CODES, DEADLINES, ITEM_COMPONENTS, PROJECT_PERIOD
from karjera_core.time import yearly_windows

_FIRST = PROJECT_PERIOD.start
_DAYS: tuple[date, ...] = tuple(_FIRST + timedelta(days=k) for k in range(PROJECT_PERIOD.days))
#: Where the denominators of items 2 and 10 come from (I-3).
SOURCE = "VIIS"


def _at(day: date) -> int:
    return (day - _FIRST).days


def teacher_support(seed: int, institutions: Sequence[str], count: int, facts: Columns) -> None:
    """``count`` facts of the eleven [003] results about ``institutions`` into ``facts``: first the two totals
    (all institutions, items 2 and 10), then the rest of the scenario."""
    rng = stream(seed, "teacher-support")
    r = rng.random
    late, deadline, last = _at(date(2026, 6, 30)), _at(DEADLINES[1]), len(_DAYS) - 1
    in_force = municipalities_on(on=_FIRST)
    municipalities = [m.name for m in in_force]
    until = [late if m.valid.end is None else min(late, _at(m.valid.end)) for m in in_force]
    m_start = [
        rng.randrange(0, min(deadline, u) + 1) if r() < 0.93 else rng.randrange(deadline + 1, late + 1) for u in until
    ]
    trained = [
        (inst, rng.randrange(30, deadline + 1) if r() < 0.75 else rng.randrange(deadline + 1, late))
        for inst in institutions
        if r() < 0.32
    ] or [(institutions[0], 30)]
    components = []
    for item, parts in ITEM_COMPONENTS.items():
        due = _at(DEADLINES[item])
        for part in parts:
            day = due - rng.randrange(0, 150) if r() < 0.85 else due + rng.randrange(1, 120)
            components.append((CODES[item], part, day))
    materials = [(f"MAT-{k:04d}", rng.randrange(0, len(_DAYS) - 200)) for k in range(1, 401)]
    windows = [(_at(w.start), _at(w.end) if w.end else last) for w in yearly_windows(PROJECT_PERIOD)]
    supported = []
    for inst in institutions:
        roll = r()
        if roll < 0.4:
            supported.append((inst, list(range(len(windows)))))
        elif roll < 0.85:
            supported.append((inst, [k for k in range(len(windows)) if r() < 0.7] or [0]))
    supported = supported or [(institutions[0], [0])]
    measured_on = [_at(date(2024 + (k + 1) // 2, 12 if k % 2 == 0 else 6, 31 if k % 2 == 0 else 30)) for k in range(10)]
    improving = []
    for inst in institutions[::2]:
        first = rng.randrange(_at(date(2025, 1, 1)), len(_DAYS) - 400)
        level, trend = rng.randrange(500, 800), rng.randrange(-20, 31)
        improving.append((inst, first, tuple(Decimal(level + trend * k) / 10 for k in range(10))))
    total = Decimal(len(institutions))
    Row = tuple[str, date, str, Decimal | None, FactKind]
    totals: list[Row] = [(code, _FIRST, SOURCE, total, TOTAL) for code in (CODES[2], CODES[10])[: max(0, count)]]
    rest = max(0, count - 2)
    shares = [int(rest * w) for w in (0.05, 0.15, 0.03, 0.02, 0.50, 0.15)]
    shares.append(rest - sum(shares))  # the measurements, about 10 %
    days, none, occurred = _DAYS, None, OCCURRED
    m1, m2, i4, i10, i11 = CODES[1], CODES[2], CODES[4], CODES[10], CODES[11]
    late_training = _at(date(2026, 12, 31))
    spans = [(inst, [windows[k] for k in chosen]) for inst, chosen in supported]
    picked = (int(r() * len(municipalities)) for _ in range(shares[0]))
    rows: list[Row] = [
        (
            m1,
            days[m_start[k] + int(r() * (max(until[k], m_start[k]) - m_start[k] + 1))],
            municipalities[k],
            none,
            occurred,
        )
        for k in picked
    ]
    rows += [
        (m2, days[start + int(r() * (late_training - start))], inst, none, occurred)
        for inst, start in (trained[int(r() * len(trained))] for _ in range(shares[1]))
    ]
    rows += [
        (code, days[min(last, start + int(r() * 200))], part, none, occurred)
        for code, part, start in (components[int(r() * len(components))] for _ in range(shares[2]))
    ]
    rows += [
        (i4, days[start + int(r() * (last - start))], material, none, occurred)
        for material, start in (materials[int(r() * len(materials))] for _ in range(shares[3]))
    ]
    rows += [
        (i10, days[low + int(r() * (high - low + 1))], inst, none, occurred)
        for inst, (low, high) in (
            (inst, chosen[int(r() * len(chosen))])
            for inst, chosen in (spans[int(r() * len(spans))] for _ in range(shares[4]))
        )
    ]
    rows += [
        (i11, days[first + int(r() * (last - first))], inst, none, occurred)
        for inst, first, _ in (improving[int(r() * len(improving))] for _ in range(shares[5]))
    ]
    rows += [
        (i11, days[measured_on[k]], inst, scores[k], MEASUREMENT)
        for (inst, _, scores), k in ((improving[int(r() * len(improving))], int(r() * 10)) for _ in range(shares[6]))
    ]
    rng.shuffle(rows)  # the kinds of facts mixed, as records come
    rows[:0] = totals
    if rows:
        indicator, on, subject, value, kind = zip(*rows, strict=True)
        facts.indicator += indicator
        facts.on += on
        facts.subject += subject
        facts.value += value
        facts.kind += kind
