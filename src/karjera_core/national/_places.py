"""The national data set's municipalities, institutions and learners by grade (private; O-2 ... O-5)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from karjera_core.education import (
    Founder,
    Grade,
    Institution,
    InstitutionKind,
    LearnerCount,
    Programme,
    VocationalCourse,
    VocationalLearnerCount,
)
from karjera_core.national._base import builder, stream
from karjera_core.organisations import municipalities_on
from karjera_core.time import SchoolYear

#: The day whose municipalities the data set has: 43 (7 state cities, 36 novadi), in force 2021-07-01 ... 2025-06-30.
MUNICIPALITIES_ON = date(2024, 9, 1)
#: The school year of the learner counts.
COUNTED_YEAR = SchoolYear(2024)
GRADES = tuple(Grade(n) for n in range(1, 13))
COURSES = tuple(VocationalCourse(n) for n in range(1, 5))

_BASIC = Programme(
    code="21011111", title="Pamatizglītības programma", basic=True, general_secondary=False, vocational=False,
    special=False, minority=False,
)  # fmt: skip
_MINORITY = Programme(
    code="21011121", title="Pamatizglītības mazākumtautību programma", basic=True, general_secondary=False,
    vocational=False, special=False, minority=True,
)  # fmt: skip
_SECONDARY = Programme(
    code="31011011", title="Vispārējās vidējās izglītības vispārizglītojošā virziena programma", basic=False,
    general_secondary=True, vocational=False, special=False, minority=False,
)  # fmt: skip
_SPECIAL = Programme(
    code="21015611", title="Speciālās pamatizglītības programma", basic=True, general_secondary=False,
    vocational=False, special=True, minority=False,
)  # fmt: skip
_VOCATIONAL = Programme(
    code="33811011", title="Profesionālās vidējās izglītības programma", basic=False, general_secondary=False,
    vocational=True, special=False, minority=False,
)  # fmt: skip
_INSTITUTION = builder(Institution)
_COUNT, _VOCATIONAL_COUNT = builder(LearnerCount), builder(VocationalLearnerCount)


def municipality_names() -> tuple[str, ...]:
    """The 43 municipalities of :data:`MUNICIPALITIES_ON`, in Latvian alphabetical order (O-2)."""
    return tuple(m.name for m in municipalities_on(on=MUNICIPALITIES_ON))


def _shares(rng: random.Random, total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split by ``weights`` into whole numbers that add up to it exactly, each at least one when it can."""
    scale = sum(weights)
    shares = [max(1, int(total * w / scale)) for w in weights] if total >= len(weights) else [0] * len(weights)
    rest = total - sum(shares)
    while rest:
        index = rng.randrange(len(shares))
        step = 1 if rest > 0 else -1
        if shares[index] + step >= 1:
            shares[index] += step
            rest -= step
    return shares


def institutions(seed: int, count: int) -> tuple[Institution, ...]:
    """``count`` made-up institutions across the 43 municipalities, a city's share by its size (O-3, O-4).

    Registration numbers ``4311000000`` on (ten digits, never a personal
    code); about 85 % general schools (a fifth also minority, two thirds with
    secondary education), 10 % vocational, 5 % special.
    """
    rng = stream(seed, "institutions")
    names = municipality_names()
    weights = [30.0 if name == "Rīga" else 6.0 if "novads" not in name else 1.0 + rng.random() for name in names]
    made: list[Institution] = []
    for municipality, many in zip(names, _shares(rng, count, weights), strict=True):
        for k in range(1, many + 1):
            number = f"{4311000000 + len(made):010d}"
            roll = rng.random()
            if roll < 0.85:
                kind, programmes = InstitutionKind.GENERAL, [_BASIC]
                if rng.random() < 0.65:
                    programmes.append(_SECONDARY)
                if rng.random() < 0.2:
                    programmes.append(_MINORITY)
                title = f"{municipality} vispārizglītojošā skola Nr. {k}"
            elif roll < 0.95:
                kind, programmes, title = InstitutionKind.VOCATIONAL, [_VOCATIONAL], f"{municipality} tehnikums Nr. {k}"
            else:
                kind, programmes, title = InstitutionKind.SPECIAL, [_SPECIAL], f"{municipality} speciālā skola Nr. {k}"
            made.append(_INSTITUTION(number, title, Founder.MUNICIPALITY, municipality, kind, tuple(programmes)))
    return tuple(made)


def learner_counts(
    seed: int, schools: Sequence[Institution], learners: int
) -> tuple[LearnerCount | VocationalLearnerCount, ...]:
    """``learners`` learners of :data:`COUNTED_YEAR` by grade (general and special schools) and by course
    (vocational schools), adding up to exactly ``learners`` (O-5)."""
    rng = stream(seed, "learners")
    slots = []
    for school in schools:
        vocational = school.kind is InstitutionKind.VOCATIONAL
        size = rng.uniform(0.3, 2.0)
        levels = COURSES if vocational else GRADES if school.implements_general_secondary else GRADES[:9]
        slots += [(school.registration_number, level, size) for level in levels]
    counts = _shares(rng, learners, [size for _, _, size in slots])
    return tuple(
        _VOCATIONAL_COUNT(number, COUNTED_YEAR, many, level)
        if type(level) is VocationalCourse
        else _COUNT(number, COUNTED_YEAR, many, level)
        for (number, level, _), many in zip(slots, counts, strict=True)
    )
