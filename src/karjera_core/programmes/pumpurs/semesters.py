"""P-6: the figures of a semester -- distinct learners with consultative support, meal compensation and
individual-use items, per institution and in total -- mergeable across any split of the cases (I-4).

:func:`figures` computes a :class:`SemesterFigures` from the plans of support
cases.  Learners are kept, not only counted, so that figures of parts of the
cases merge exactly (``a + b``): a learner supported by two institutions counts
once in the total.  [004] reports for Jelgava novads in autumn 2020: 310, 171
and 6, in 12 institutions (reproduced by the synthetic
:func:`~karjera_core.programmes.pumpurs.examples.example_cases_jelgava_2020`).

>>> from karjera_core.programmes.pumpurs.examples import example_cases_jelgava_2020
>>> from karjera_core.time import SchoolYear
>>> autumn = figures(cases=example_cases_jelgava_2020(), semester=Semester(school_year=SchoolYear(2020), number=1))
>>> autumn.consultative, autumn.meals, autumn.items, autumn.institutions
(310, 171, 6, 12)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise

from karjera_core import _display
from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._records import record, rule
from karjera_core.errors import fail
from karjera_core.privacy import LearnerRef
from karjera_core.programmes.pumpurs.cases import SupportCase
from karjera_core.programmes.pumpurs.parameters import REGISTRATION_NUMBER
from karjera_core.programmes.pumpurs.plans import EconomicKind
from karjera_core.time import Semester

__all__ = ["InstitutionFigures", "SemesterFigures", "figures"]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The most learners one institution's figures hold in a semester.
MAX_LEARNERS = 100_000
_PARTS = ("consultative_learners", "meal_learners", "item_learners")


@record
class InstitutionFigures:
    """The learners one institution supported in a semester (P-6).

    Each tuple holds distinct :class:`~karjera_core.privacy.LearnerRef` values
    in increasing order.  ``supported_learners`` -- learners with any support
    (at least one); the others, each a part of it: consultative support, meal
    compensation, individual-use items.  The counts are :attr:`learners`,
    :attr:`consultative`, :attr:`meals` and :attr:`items`.

    >>> a, b = LearnerRef("a"), LearnerRef("b")
    >>> f = InstitutionFigures(institution="9000000001", supported_learners=(a, b),
    ...                        consultative_learners=(a,), meal_learners=(a, b))
    >>> f.learners, f.consultative, f.meals, f.items
    (2, 1, 2, 0)
    """

    institution: str = fields.code(REGISTRATION_NUMBER, what="an institution's registration number (10 digits, O-3)")
    supported_learners: tuple[LearnerRef, ...] = fields.items(min_size=1, max_size=MAX_LEARNERS)
    consultative_learners: tuple[LearnerRef, ...] = fields.items(max_size=MAX_LEARNERS, default=())
    meal_learners: tuple[LearnerRef, ...] = fields.items(max_size=MAX_LEARNERS, default=())
    item_learners: tuple[LearnerRef, ...] = fields.items(max_size=MAX_LEARNERS, default=())

    @rule("supported_learners", *_PARTS)
    def _distinct_in_order(self) -> Iterator[Flaw] | None:
        names = ("supported_learners", *_PARTS)
        bad = [name for name in names if not all(a.value < b.value for a, b in pairwise(getattr(self, name)))]
        if not bad:
            return None
        return (Flaw(f"$.{name}", "figures.learners", "expected distinct learners in increasing order") for name in bad)

    @rule("supported_learners", *_PARTS)
    def _parts_supported(self) -> Iterator[Flaw] | None:
        supported = set(self.supported_learners)
        bad = [name for name in _PARTS if not supported.issuperset(getattr(self, name))]
        if not bad:
            return None
        return (
            Flaw(f"$.{name}", "figures.not_supported", "expected only learners among the supported learners")
            for name in bad
        )

    @property
    def learners(self) -> int:
        """Distinct learners with any support."""
        return len(self.supported_learners)

    @property
    def consultative(self) -> int:
        """Distinct learners with consultative support."""
        return len(self.consultative_learners)

    @property
    def meals(self) -> int:
        """Distinct learners with meal compensation."""
        return len(self.meal_learners)

    @property
    def items(self) -> int:
        """Distinct learners with individual-use items."""
        return len(self.item_learners)

    def __repr__(self) -> str:
        return _display.short_repr(self)

    def _repr_html_(self) -> str:
        return _display.institution_figures_html(self)

    def merge(self, other: InstitutionFigures) -> InstitutionFigures:
        """The figures of both parts of the same institution's cases: learners are united, never double counted."""
        (other,) = _OTHER_INSTITUTION(other)
        if other.institution != self.institution:
            fail("$.other", "figures.institution_mismatch", "expected InstitutionFigures of the same institution")
        return _institution_figures(
            self.institution,
            *((*getattr(self, name), *getattr(other, name)) for name in ("supported_learners", *_PARTS)),
        )


_OTHER_INSTITUTION = arguments(other=InstitutionFigures)


def _distinct(refs: Iterable[LearnerRef]) -> tuple[LearnerRef, ...]:
    return tuple(sorted(set(refs), key=lambda ref: ref.value))


def _institution_figures(
    institution: str,
    supported: Iterable[LearnerRef],
    consultative: Iterable[LearnerRef],
    meals: Iterable[LearnerRef],
    items: Iterable[LearnerRef],
) -> InstitutionFigures:
    return InstitutionFigures(
        institution=institution,
        supported_learners=_distinct(supported),
        consultative_learners=_distinct(consultative),
        meal_learners=_distinct(meals),
        item_learners=_distinct(items),
    )


@record
class SemesterFigures:
    """PuMPuRS figures of one semester (P-6): distinct learners per kind of support, in total and per institution.

    ``by_institution`` -- one :class:`InstitutionFigures` per institution with
    any support, in increasing order of registration number.  The totals
    (:attr:`consultative`, :attr:`meals`, :attr:`items`, :attr:`learners`)
    count each learner once, even one supported by two institutions in the
    semester; :attr:`institutions` counts institutions with any support.

    Mergeable (I-4): ``a + b`` (or ``a.merge(b)``) gives the figures of the
    cases of both, for any split of the cases, because learners are united,
    not counts added.  Both must be of the same semester.

    >>> from karjera_core.time import SchoolYear
    >>> empty = SemesterFigures(semester=Semester(school_year=SchoolYear(2020), number=1))
    >>> empty.consultative, empty.meals, empty.items, empty.institutions
    (0, 0, 0, 0)
    """

    semester: Semester
    by_institution: tuple[InstitutionFigures, ...] = fields.items(max_size=10_000, default=())

    @rule("by_institution")
    def _institutions_in_order(self) -> Iterator[Flaw] | None:
        parts = self.by_institution
        if all(a.institution < b.institution for a, b in pairwise(parts)):
            return None
        return (
            Flaw(
                f"$.by_institution[{index + 1}].institution",
                "figures.institution_order",
                "expected one entry per institution, in increasing order of registration number",
            )
            for index, (a, b) in enumerate(pairwise(parts))
            if not a.institution < b.institution
        )

    def _total(self, name: str) -> int:
        learners: set[LearnerRef] = set()
        for part in self.by_institution:
            learners.update(getattr(part, name))
        return len(learners)

    @property
    def learners(self) -> int:
        """Distinct learners with any support."""
        return self._total("supported_learners")

    @property
    def consultative(self) -> int:
        """Distinct learners with consultative support."""
        return self._total("consultative_learners")

    @property
    def meals(self) -> int:
        """Distinct learners with meal compensation."""
        return self._total("meal_learners")

    @property
    def items(self) -> int:
        """Distinct learners with individual-use items."""
        return self._total("item_learners")

    @property
    def institutions(self) -> int:
        """Distinct institutions with any support."""
        return len(self.by_institution)

    def institution(self, registration_number: str) -> InstitutionFigures | None:
        """The figures of one institution; ``None`` when it gave no support in the semester."""
        (registration_number,) = _REGISTRATION(registration_number)
        for part in self.by_institution:
            if part.institution == registration_number:
                return part
        return None

    def merge(self, other: SemesterFigures) -> SemesterFigures:
        """The figures of the cases of both (I-4); a ValidationError unless both are of the same semester."""
        (other,) = _OTHER_SEMESTER(other)
        if other.semester != self.semester:
            fail("$.other", "figures.semester_mismatch", "expected SemesterFigures of the same semester")
        merged: dict[str, InstitutionFigures] = {part.institution: part for part in self.by_institution}
        for part in other.by_institution:
            mine = merged.get(part.institution)
            merged[part.institution] = part if mine is None else mine.merge(part)
        return SemesterFigures(semester=self.semester, by_institution=tuple(merged[key] for key in sorted(merged)))

    def __add__(self, other: SemesterFigures) -> SemesterFigures:
        return self.merge(other)

    def __repr__(self) -> str:
        return _display.short_repr(self)

    def _repr_html_(self) -> str:
        return _display.semester_figures_html(self)


_OTHER_SEMESTER = arguments(other=SemesterFigures)
_REGISTRATION = arguments(
    registration_number=fields.Text(
        10, "an institution's registration number (10 digits, O-3)", pattern=REGISTRATION_NUMBER
    )
)


def figures(*, cases: Iterable[SupportCase], semester: Semester) -> SemesterFigures:
    """The PuMPuRS figures of ``semester`` (P-6) from the plans of ``cases`` for that semester.

    A learner counts for consultative support when a plan of theirs for the
    semester has any consultative measure; for meals and items when it has
    meal compensation or individual-use items.  Plans count as recorded: run
    :func:`~karjera_core.programmes.pumpurs.checks.check` to find plans that break the rules.
    """
    found, semester = _FIGURES(cases, semester)
    tallies: dict[str, tuple[set[LearnerRef], set[LearnerRef], set[LearnerRef], set[LearnerRef]]] = {}
    for case in found:
        for plan in case.plans:
            if plan.semester != semester:
                continue
            supported, consultative, meals, items = tallies.setdefault(case.institution, (set(), set(), set(), set()))
            supported.add(case.learner)
            if plan.has_consultative:
                consultative.add(case.learner)
            if plan.has(EconomicKind.MEAL_COMPENSATION):
                meals.add(case.learner)
            if plan.has(EconomicKind.PERSONAL_ITEMS):
                items.add(case.learner)
    return SemesterFigures(
        semester=semester,
        by_institution=tuple(_institution_figures(key, *tallies[key]) for key in sorted(tallies)),
    )


_FIGURES = arguments(cases=tuple[SupportCase, ...], semester=Semester)
