"""A made-up but plausible run of the [003] project, as facts: for the demo, the split test and benchmarks.

:func:`generate_facts` is seeded and pure (no clock): the same ``n`` and
``seed`` give the same facts.  It uses :mod:`random` to vary the scenario,
which is why it lives here and not beside the catalogue.  The institutions
(:data:`INSTITUTIONS`) are invented; the municipalities are the real ones in
force at the time (O-2).  Nothing in it is a reference value: the figures it
adds up to are the scenario's, not the project's.

>>> from datetime import date
>>> from karjera_core.programmes.teacher_support import PUBLISHED_TARGETS, evaluate, indicators
>>> report = evaluate(indicators(PUBLISHED_TARGETS), generate_facts(20_000, seed=1), as_of=date(2026, 9, 30))
>>> item1 = report["4.2.2.3-R1"]
>>> item1.numerator, item1.denominator, item1.reached_on, item1.status.name
(42, 42, datetime.date(2025, 9, 10), 'MET_LATE')
>>> report["4.2.2.3-R9"].status.name
'PENDING'
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core.errors import fail
from karjera_core.indicators import Fact, FactKind
from karjera_core.organisations import municipalities_on
from karjera_core.programmes.teacher_support.builders import institutions_total
from karjera_core.programmes.teacher_support.parameters import CODES, DEADLINES, ITEM_COMPONENTS, PROJECT_PERIOD
from karjera_core.time import yearly_windows

__all__ = ["INSTITUTIONS", "generate_facts"]


def __dir__() -> list[str]:
    return sorted(__all__)


#: Registration numbers of the scenario's 600 education institutions (10 digits, O-3); made up.
INSTITUTIONS: tuple[str, ...] = tuple(f"{4310900000 + 37 * i:010d}" for i in range(600))
MAX_FACTS = 10_000_000
MAX_PARTS = 10_000
_BLOCK = 4096
_FIRST = PROJECT_PERIOD.start
_DAYS: tuple[date, ...] = tuple(_FIRST + timedelta(days=k) for k in range(PROJECT_PERIOD.days))

_GENERATE = arguments(
    n=fields.Integer(0, MAX_FACTS, "a number of facts"),
    seed=fields.Integer(-(2**63), 2**63 - 1, "a seed"),
    part=fields.Integer(0, MAX_PARTS - 1, "a part number"),
    parts=fields.Integer(1, MAX_PARTS, "a number of parts"),
)


def _offset(day: date) -> int:
    return (day - _FIRST).days


def generate_facts(n: int, *, seed: int, part: int = 0, parts: int = 1) -> tuple[Fact, ...]:
    """``n`` realistic facts for the eleven items, the same for the same ``n`` and ``seed`` (pure; no clock).

    A made-up but plausible project: trainings in the municipalities in
    force at the time (43, then 42 from 2025-07-01) and in 600 institutions,
    milestone deliveries mostly before and sometimes after their deadlines,
    400 materials, support visits whose regularity varies by institution,
    and half-yearly performance measurements.  Most facts repeat what is
    already known (another training session, another visit), as real
    records do; two ``TOTAL`` facts (600 institutions) come first.

    The facts are made in blocks of 4,096, each from its own random stream,
    so a worker can make just its share: ``part`` (0 ... ``parts`` - 1) of
    ``parts`` is every ``parts``-th block from block ``part`` on.  The parts
    together are exactly the ``parts=1`` facts, in another order.

    >>> facts = generate_facts(1000, seed=7)
    >>> len(facts), facts == generate_facts(1000, seed=7), facts == generate_facts(1000, seed=8)
    (1000, True, False)
    >>> halves = generate_facts(10_000, seed=7, part=0, parts=2) + generate_facts(10_000, seed=7, part=1, parts=2)
    >>> sorted(halves, key=repr) == sorted(generate_facts(10_000, seed=7), key=repr)
    True
    """
    n, seed, part, parts = _GENERATE(n, seed, part, parts)
    if part >= parts:
        fail("$.part", "generate.part", "expected a part number from 0 to parts - 1")
    scenario = _Scenario(seed)
    made: list[Fact] = []
    if part == 0:
        made.extend(institutions_total(600, on=_FIRST)[: min(n, 2)])
    rest = max(0, n - 2)
    for block in range(part, -(-rest // _BLOCK), parts):
        made.extend(scenario.block(seed, block, min(_BLOCK, rest - block * _BLOCK)))
    return tuple(made)


class _Scenario:
    """The made-up project behind :func:`generate_facts`: who starts when, who is supported in which years."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)  # noqa: S311 -- a reproducible scenario, not a secret
        late = _offset(date(2026, 6, 30))
        deadline = _offset(DEADLINES[1])
        # Item 1: each municipality in force when the project starts begins training on a day, and
        # trains on until mid-2026 or until it ceases to exist (Varakļāni: 2025-06-30, O-2).
        in_force = municipalities_on(on=_FIRST)
        self.municipalities = [m.name for m in in_force]
        self.m_until = [late if m.valid.end is None else min(late, _offset(m.valid.end)) for m in in_force]
        self.m_start = [
            rng.randrange(0, min(deadline, until) + 1) if rng.random() < 0.93 else rng.randrange(deadline + 1, late + 1)
            for until in self.m_until
        ]
        # Item 2: about a third of institutions send management teams, most before the deadline.
        self.trained = [
            (inst, rng.randrange(30, deadline + 1) if rng.random() < 0.75 else rng.randrange(deadline + 1, late))
            for inst in INSTITUTIONS
            if rng.random() < 0.32
        ]
        # Milestones: a delivery day per component, now and then late.
        self.components = []
        for item, parts in ITEM_COMPONENTS.items():
            due = _offset(DEADLINES[item])
            for part in parts:
                day = due - rng.randrange(0, 150) if rng.random() < 0.85 else due + rng.randrange(1, 120)
                self.components.append((CODES[item], part, day))
        # Item 4: materials, first developed across the project.
        self.materials = [(f"MAT-{k:04d}", rng.randrange(0, len(_DAYS) - 200)) for k in range(1, 401)]
        # Item 10: the windows of the project period each institution is supported in.
        windows = yearly_windows(PROJECT_PERIOD)
        self.windows = [(_offset(w.start), _offset(w.end) if w.end else len(_DAYS) - 1) for w in windows]
        self.supported = []
        for inst in INSTITUTIONS:
            roll = rng.random()
            if roll < 0.4:
                chosen = list(range(len(windows)))
            elif roll < 0.85:
                chosen = [k for k in range(len(windows)) if rng.random() < 0.7] or [0]
            else:
                continue
            self.supported.append((inst, chosen))
        # Item 11: 300 institutions, a first support day, a level and a trend of their half-yearly measure.
        self.measured_on = [
            _offset(date(2024 + (k + 1) // 2, 12 if k % 2 == 0 else 6, 31 if k % 2 == 0 else 30)) for k in range(10)
        ]
        self.improving = []
        for inst in INSTITUTIONS[::2]:
            first = rng.randrange(_offset(date(2025, 1, 1)), len(_DAYS) - 400)
            level, trend = rng.randrange(500, 800), rng.randrange(-20, 31)
            scores = tuple(Decimal(level + trend * k) / 10 for k in range(10))
            self.improving.append((inst, first, scores))

    def block(self, seed: int, block: int, count: int) -> Iterable[Fact]:
        """The ``count`` facts of block number ``block``, from the block's own random stream."""
        rng = random.Random(f"{seed}/{block}")  # noqa: S311 -- a reproducible scenario, not a secret
        days, last = _DAYS, len(_DAYS) - 1
        r = rng.random
        m1, m2, i4, i10, i11 = CODES[1], CODES[2], CODES[4], CODES[10], CODES[11]
        measurement = FactKind.MEASUREMENT
        munis, m_start, trained = self.municipalities, self.m_start, self.trained
        components, materials, supported, windows, improving = (
            self.components,
            self.materials,
            self.supported,
            self.windows,
            self.improving,
        )
        m_until, measured_on = self.m_until, self.measured_on
        late_training = _offset(date(2026, 12, 31))
        for _ in range(count):
            pick = r()
            if pick < 0.05:
                k = int(r() * len(munis))
                start = m_start[k]
                yield Fact(
                    indicator=m1, on=days[start + int(r() * (max(m_until[k], start) - start + 1))], subject=munis[k]
                )
            elif pick < 0.20:
                inst, start = trained[int(r() * len(trained))]
                yield Fact(indicator=m2, on=days[start + int(r() * (late_training - start))], subject=inst)
            elif pick < 0.23:
                code, part, start = components[int(r() * len(components))]
                yield Fact(indicator=code, on=days[min(last, start + int(r() * 200))], subject=part)
            elif pick < 0.25:
                material, start = materials[int(r() * len(materials))]
                yield Fact(indicator=i4, on=days[start + int(r() * (last - start))], subject=material)
            elif pick < 0.75:
                inst, chosen = supported[int(r() * len(supported))]
                low, high = windows[chosen[int(r() * len(chosen))]]
                yield Fact(indicator=i10, on=days[low + int(r() * (high - low + 1))], subject=inst)
            elif pick < 0.90:
                inst, first, _scores = improving[int(r() * len(improving))]
                yield Fact(indicator=i11, on=days[first + int(r() * (last - first))], subject=inst)
            else:
                inst, _first, scores = improving[int(r() * len(improving))]
                k = int(r() * len(measured_on))
                yield Fact(indicator=i11, on=days[measured_on[k]], subject=inst, value=scores[k], kind=measurement)
