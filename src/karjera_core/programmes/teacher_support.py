"""The ESF+ teacher professional support project 4.2.2.3/1/24/I/001 and its eleven results (rules I-5, I-2, I-3, T-7).

"Pedagogu profesionālā atbalsta sistēmas izveide" [003]: VISC, 2024-10-01 -
2029-12-31.  :data:`TEACHER_SUPPORT_2024_INDICATORS` is the catalogue of the
eleven expected results in the seed's order; :func:`teacher_support_indicators`
builds it with other parameters.  Every indicator counts only facts dated in
the project period.

The facts of each item, and the helper that makes them:

====  ===========  ==============================  ===========================================
item  measure      subject of a fact               helper
====  ===========  ==============================  ===========================================
1     share        municipality name (O-2)         :func:`specialists_training_started`
2     share        institution registration no.    :func:`management_training_started`
2, 10 (denominator)                                :func:`institutions_total` (``TOTAL``)
3     milestone    group: methodologists, didact.  :func:`methodologists_training_started`
4     count        material id                     :func:`material_developed`
5-9   milestone    subject area / school level     :func:`materials_delivered`
10    share        institution registration no.    :func:`support_received` (also item 11)
11    count        institution registration no.    :func:`support_received`, :func:`performance_measured`
====  ===========  ==============================  ===========================================

Design choices, where the seed is silent (documented parameters, never
hidden constants):

* Item 1's denominator is the municipalities in force on its deadline,
  2025-08-31 (O-2): 42, Varakļāni having merged into Madona on 2025-07-01;
  a municipality counts when it is one of them.
* Items 2 and 10 divide by all education institutions (I-3): the
  ``institutions_total`` parameter, or else the latest :func:`institutions_total`
  fact as of the evaluation date.
* Item 3 is delivered when training has started for both methodologists and
  didacticians; items 5-9 when materials for every subject area and school
  level the item names are delivered.
* The seed gives no targets for items 4, 10 and 11.  The defaults are
  placeholders, to be replaced by the project's agreed values: item 4, 16
  materials (one for each subject area of items 5-9); item 10, 20 % (the
  share item 2 asks of institutions); item 11, one institution.
* Item 10 counts an institution that received support in every complete
  yearly window of the project period (windows from 2024-10-01, T-7); before
  the first window ends nobody counts.
* Item 11 counts an institution whose performance measured after its first
  support is higher than the last measurement on or before that day.

>>> [ind.code for ind in TEACHER_SUPPORT_2024_INDICATORS][:3], len(TEACHER_SUPPORT_2024_INDICATORS)
(['4.2.2.3-R1', '4.2.2.3-R2', '4.2.2.3-R3'], 11)
>>> item1 = TEACHER_SUPPORT_2024_INDICATORS[0]
>>> item1.target, item1.deadline, len(item1.population)
(Decimal('0.9'), datetime.date(2025, 8, 31), 42)
>>> report = evaluate_catalogue(generate_facts(20_000, seed=1), as_of=date(2026, 9, 30))
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
from typing import Any

from karjera_core.errors import ROOT, ValidationError, fail
from karjera_core.indicators import (
    Counting,
    Fact,
    FactKind,
    Indicator,
    Measure,
    Report,
    evaluate_summary,
    summarize,
)
from karjera_core.organisations import municipalities_on
from karjera_core.time import DateRange, yearly_windows

__all__ = [
    "CODES",
    "ITEM_COMPONENTS",
    "PROJECT_NUMBER",
    "PROJECT_PERIOD",
    "TEACHER_SUPPORT_2024_INDICATORS",
    "evaluate_catalogue",
    "generate_facts",
    "institutions_total",
    "management_training_started",
    "material_developed",
    "materials_delivered",
    "methodologists_training_started",
    "performance_measured",
    "specialists_training_started",
    "support_received",
    "teacher_support_indicators",
]

#: The project's number (F-2); the same as ``karjera_core.reference.TEACHER_SUPPORT_2024.number``.
PROJECT_NUMBER = "4.2.2.3/1/24/I/001"
#: The project's implementation period [003]: "2024.gada 1.oktobris - 2029.gada 31.decembris".
PROJECT_PERIOD = DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31))

#: The indicator code of each item, 1-11.
CODES: dict[int, str] = {item: f"4.2.2.3-R{item}" for item in range(1, 12)}

#: What must be delivered for each milestone item (3, 5-9), as fact subjects.
ITEM_COMPONENTS: dict[int, tuple[str, ...]] = {
    3: ("metodiķi", "didaktiķi"),
    5: (
        "fizika/vidusskola",
        "ķīmija/vidusskola",
        "bioloģija/vidusskola",
        "ģeogrāfija/vidusskola",
        "inženierzinības/pamatskola",
    ),
    6: ("matemātika/pamatskola", "matemātika/vidusskola", "programmēšana/vidusskola"),
    7: ("fizika/pamatskola", "ķīmija/pamatskola", "bioloģija/pamatskola", "datorika/pamatskola"),
    8: ("latviešu valoda/pamatskola", "latviešu valoda/vidusskola"),
    9: ("vēsture/vidusskola", "sociālās zinātnes/vidusskola"),
}

_DEADLINES = {
    1: date(2025, 8, 31),
    2: date(2025, 8, 31),
    3: date(2025, 8, 31),
    5: date(2025, 8, 31),
    6: date(2026, 3, 31),
    7: date(2026, 6, 30),
    8: date(2026, 8, 31),
    9: date(2026, 12, 31),
}

_TITLES: dict[int, tuple[str, str]] = {
    1: (
        "Līdz 2025.gada 31.augustam uzsāktas mācības izglītības speciālistiem vismaz 90 procentos pašvaldību "
        "(īpatsvars no pašvaldību kopskaita)",
        "By 2025-08-31, training started for education specialists in at least 90 % of municipalities",
    ),
    2: (
        "Līdz 2025.gada 31.augustam uzsāktas mācības izglītības iestāžu vadības komandu pārstāvjiem vismaz "
        "20 procentos izglītības iestāžu (īpatsvars no izglītības iestāžu kopskaita)",
        "By 2025-08-31, training started for management-team members in at least 20 % of education institutions",
    ),
    3: (
        "Līdz 2025.gada 31.augustam uzsāktas mācības metodiķu un didaktiķu sagatavošanai",
        "By 2025-08-31, training started to prepare methodologists and didacticians",
    ),
    4: (
        "Izstrādāto vai adaptēto metodiskā atbalsta materiālu skaits",
        "Number of methodological support materials developed or adapted",
    ),
    5: (
        "Līdz 2025.gada 31.augustam izstrādāti metodiskā atbalsta materiāli dabaszinātņu (fizika, ķīmija, "
        "bioloģija, ģeogrāfija) apguvei vidusskolā un inženierzinību apguvei pamatskolā",
        "By 2025-08-31, materials for natural sciences in secondary school and engineering in basic school",
    ),
    6: (
        "Līdz 2026.gada 31.martam izstrādāti metodiskā atbalsta materiāli matemātikas apguvei pamatskolā un "
        "vidusskolā un programmēšanas apguvei vidusskolā",
        "By 2026-03-31, materials for mathematics in basic and secondary school and programming in secondary school",
    ),
    7: (
        "Līdz 2026.gada 30.jūnijam izstrādāti metodiskā atbalsta materiāli fizikas, ķīmijas un bioloģijas apguvei "
        "pamatskolā un datorikas apguvei pamatskolā",
        "By 2026-06-30, materials for physics, chemistry and biology and for computing in basic school",
    ),
    8: (
        "Līdz 2026.gada 31.augustam izstrādāti metodiskā atbalsta materiāli latviešu valodas apguvei pamatskolā un "
        "vidusskolā",
        "By 2026-08-31, materials for Latvian language in basic and secondary school",
    ),
    9: (
        "Līdz 2026.gada 31.decembrim izstrādāti metodiskā atbalsta materiāli vēstures un sociālo zinātņu apguvei "
        "vidusskolā",
        "By 2026-12-31, materials for history and social sciences in secondary school",
    ),
    10: (
        "Regulāru (vismaz vienu reizi gadā) profesionālo atbalstu saņēmušo izglītības iestāžu īpatsvars to kopskaitā",
        "Share of education institutions that received regular professional support (at least once a year)",
    ),
    11: (
        "Izglītības iestāžu skaits, kuras pēc profesionālā atbalsta saņemšanas demonstrē pozitīvu izglītības "
        "iestādes snieguma dinamiku",
        "Number of education institutions showing positive performance dynamics after receiving professional support",
    ),
}

#: Placeholder targets for the items whose target the seed does not give (see the module's docstring).
DEFAULT_ITEM4_TARGET = Decimal(16)
DEFAULT_ITEM10_TARGET = Decimal("0.2")
DEFAULT_ITEM11_TARGET = Decimal(1)


def teacher_support_indicators(
    *,
    item4_target: Decimal = DEFAULT_ITEM4_TARGET,
    item10_target: Decimal = DEFAULT_ITEM10_TARGET,
    item11_target: Decimal = DEFAULT_ITEM11_TARGET,
    institutions_total: int | None = None,
    municipalities: tuple[str, ...] | None = None,
) -> tuple[Indicator, ...]:
    """The eleven results of [003] as indicators, in the seed's order (I-5).

    The seed gives no target for items 4, 10 and 11: ``item4_target`` (a
    number of materials, default 16), ``item10_target`` (a share, default
    ``Decimal("0.2")``) and ``item11_target`` (a number of institutions,
    default 1) are placeholders for the project's agreed values.
    ``institutions_total`` is the denominator of items 2 and 10 (I-3); None
    (the default) takes it from the latest :func:`institutions_total` fact.
    ``municipalities`` is item 1's denominator population; None (the default)
    means the municipalities in force on its deadline (O-2).

    >>> teacher_support_indicators(item4_target=Decimal(40))[3].target
    Decimal('40')
    >>> teacher_support_indicators(item10_target=Decimal(2))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.item10_target.target: expected a share target from 0 to 1, e.g. Decimal('0.9') for 90 % [indicator.target]
    """
    if municipalities is None:
        municipalities = tuple(m.name for m in municipalities_on(on=_DEADLINES[1]))
    built = []
    for item in range(1, 12):
        lv, en = _TITLES[item]
        common: dict[str, Any] = {"code": CODES[item], "title_lv": lv, "title_en": en, "project": PROJECT_NUMBER}
        deadline = _DEADLINES.get(item)
        try:
            if item == 1:
                ind = Indicator(
                    **common,
                    measure=Measure.SHARE,
                    target=Decimal("0.9"),
                    deadline=deadline,
                    period=PROJECT_PERIOD,
                    population=municipalities,
                )
            elif item in (2, 10):
                ind = Indicator(
                    **common,
                    measure=Measure.SHARE,
                    counting=Counting.DISTINCT if item == 2 else Counting.EVERY_YEAR,
                    target=Decimal("0.2") if item == 2 else item10_target,
                    deadline=deadline,
                    period=PROJECT_PERIOD,
                    denominator=institutions_total,
                )
            elif item == 4:
                ind = Indicator(**common, measure=Measure.COUNT, target=item4_target, period=PROJECT_PERIOD)
            elif item == 11:
                ind = Indicator(
                    **common,
                    measure=Measure.COUNT,
                    counting=Counting.IMPROVED,
                    target=item11_target,
                    period=PROJECT_PERIOD,
                )
            else:
                ind = Indicator(
                    **common,
                    measure=Measure.MILESTONE,
                    target=Decimal(1),
                    deadline=deadline,
                    period=PROJECT_PERIOD,
                    population=ITEM_COMPONENTS[item],
                )
        except ValidationError as error:
            where = {
                1: "$.municipalities",
                2: "$.institutions_total",
                4: "$.item4_target",
                10: "$.item10_target",
                11: "$.item11_target",
            }[item]
            raise error.under(where) from None
        built.append(ind)
    return tuple(built)


#: The catalogue of [003] with the default parameters (I-5).
TEACHER_SUPPORT_2024_INDICATORS: tuple[Indicator, ...] = teacher_support_indicators()


def evaluate_catalogue(
    facts: Iterable[Fact], *, as_of: date, indicators: tuple[Indicator, ...] = TEACHER_SUPPORT_2024_INDICATORS
) -> Report:
    """The [003] results as of ``as_of`` (I-2), evaluated from ``facts`` in one pass.

    ``indicators`` defaults to :data:`TEACHER_SUPPORT_2024_INDICATORS`; pass
    :func:`teacher_support_indicators` with other parameters to change it.
    """
    return evaluate_summary(summarize(indicators, facts, as_of=as_of))


# ---------------------------------------------------------------------------
# The facts of each item


def specialists_training_started(municipality: str, on: date) -> Fact:
    """Item 1: training for education specialists took place in ``municipality`` on ``on``.

    >>> specialists_training_started("Valmieras novads", date(2024, 11, 5)).indicator
    '4.2.2.3-R1'
    """
    return Fact(indicator=CODES[1], on=on, subject=municipality)


def management_training_started(institution: str, on: date) -> Fact:
    """Item 2: a management-team member of ``institution`` (its registration number) was in training on ``on``."""
    return Fact(indicator=CODES[2], on=on, subject=institution)


def institutions_total(count: int, on: date, *, source: str = "VIIS") -> tuple[Fact, Fact]:
    """Items 2 and 10: there were ``count`` education institutions as known on ``on`` (I-3).

    ``source`` names where the figure comes from (default the state
    education information system, VIIS).

    >>> [f.value for f in institutions_total(600, date(2024, 10, 1))]
    [Decimal('600'), Decimal('600')]
    """
    if type(count) is not int or count < 0:
        fail(ROOT, "teacher_support.total", "expected the number of institutions as an int of zero or more")
    return tuple(  # type: ignore[return-value]
        Fact(indicator=CODES[item], on=on, subject=source, value=Decimal(count), kind=FactKind.TOTAL)
        for item in (2, 10)
    )


def methodologists_training_started(group: str, on: date) -> Fact:
    """Item 3: training started for ``group``, one of ``"metodiķi"`` and ``"didaktiķi"``."""
    if group not in ITEM_COMPONENTS[3]:
        fail("$.group", "teacher_support.group", "expected 'metodiķi' or 'didaktiķi'")
    return Fact(indicator=CODES[3], on=on, subject=group)


def material_developed(material: str, on: date) -> Fact:
    """Item 4: methodological support material ``material`` (its id) was developed or adapted on ``on``."""
    return Fact(indicator=CODES[4], on=on, subject=material)


def materials_delivered(item: int, component: str, on: date) -> Fact:
    """Items 5-9: materials for ``component`` (one of ``ITEM_COMPONENTS[item]``) were delivered on ``on``.

    >>> materials_delivered(8, "latviešu valoda/pamatskola", date(2026, 5, 4)).subject
    'latviešu valoda/pamatskola'
    """
    if type(item) is not int or item not in (5, 6, 7, 8, 9):
        fail("$.item", "teacher_support.item", "expected a milestone item of materials: 5, 6, 7, 8 or 9")
    if component not in ITEM_COMPONENTS[item]:
        fail("$.component", "teacher_support.component", "expected one of the components the item names")
    return Fact(indicator=CODES[item], on=on, subject=component)


def support_received(institution: str, on: date) -> tuple[Fact, Fact]:
    """Items 10 and 11: ``institution`` received professional support on ``on``.

    >>> [f.indicator for f in support_received("4310900037", date(2025, 2, 3))]
    ['4.2.2.3-R10', '4.2.2.3-R11']
    """
    return (
        Fact(indicator=CODES[10], on=on, subject=institution),
        Fact(indicator=CODES[11], on=on, subject=institution),
    )


def performance_measured(institution: str, on: date, value: Decimal) -> Fact:
    """Item 11: ``institution``'s performance measure was ``value`` on ``on`` (higher is better)."""
    return Fact(indicator=CODES[11], on=on, subject=institution, value=value, kind=FactKind.MEASUREMENT)


# ---------------------------------------------------------------------------
# A scenario for demos, the split test and benchmarks

#: Registration numbers of the scenario's 600 education institutions (10 digits, O-3); made up.
INSTITUTIONS: tuple[str, ...] = tuple(f"{4310900000 + 37 * i:010d}" for i in range(600))
_MAX_FACTS = 10_000_000
_FIRST = PROJECT_PERIOD.start
_DAYS: tuple[date, ...] = tuple(_FIRST + timedelta(days=k) for k in range(PROJECT_PERIOD.days))


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
    records do; two ``TOTAL`` facts come first.

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
    if type(n) is not int or not 0 <= n <= _MAX_FACTS:
        fail("$.n", "generate.n", f"expected an int number of facts from 0 to {_MAX_FACTS}")
    if type(seed) is not int:
        fail("$.seed", "generate.seed", "expected an int seed")
    if type(parts) is not int or not 1 <= parts <= _MAX_PARTS or type(part) is not int or not 0 <= part < parts:
        fail("$.part", "generate.part", f"expected int parts from 1 to {_MAX_PARTS} and a part from 0 to parts - 1")
    scenario = _Scenario(seed)
    made: list[Fact] = []
    if part == 0:
        made.extend(institutions_total(600, _FIRST)[: min(n, 2)])
    rest = max(0, n - 2)
    for block in range(part, -(-rest // _BLOCK), parts):
        made.extend(scenario.block(seed, block, min(_BLOCK, rest - block * _BLOCK)))
    return tuple(made)


_BLOCK = 4096
_MAX_PARTS = 10_000


class _Scenario:
    """The made-up project behind :func:`generate_facts`: who starts when, who is supported in which years."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)  # noqa: S311 -- a reproducible scenario, not a secret
        late = _offset(date(2026, 6, 30))
        deadline = _offset(_DEADLINES[1])
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
            due = _offset(_DEADLINES[item])
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
