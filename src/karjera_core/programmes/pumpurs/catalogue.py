"""The PuMPuRS semester figures of P-6 as indicators (I-6): the catalogue, its targets and its facts.

:func:`indicators` defines the three figures of a semester -- learners
receiving consultative support, meal compensation and individual-use items --
against the targets the caller supplies in one :class:`SemesterTargets`;
:func:`facts` turns support cases into the
:class:`~karjera_core.indicators.Fact` values they count, so that the generic
engine evaluates them as of any date and on any split of the cases (I-2, I-4),
with the figures of :func:`~karjera_core.programmes.pumpurs.semesters.figures`.

Each indicator counts distinct pseudonymous learner ids (P-7), only facts
dated in its semester, and is due by the semester's last day.  Its code
carries the semester, e.g. ``8.3.4-P6-consultative-2020/2021-I``, so the
indicators of several semesters fit in one catalogue and one pass.

Targets: the seed reports figures, it sets none.  So there is no default:
pass the municipality's own targets, or report against the published figures
by passing the reference values of [004] explicitly,
:data:`JELGAVA_AUTUMN_2020_FIGURES` (310, 171 and 6 in semester I of
2020/2021, in :data:`JELGAVA_AUTUMN_2020_INSTITUTIONS` = 12 institutions).

>>> from karjera_core.indicators import evaluate_summary, summarize
>>> from karjera_core.programmes.pumpurs.examples import example_cases_jelgava_2020
>>> catalogue = indicators(JELGAVA_AUTUMN_2020_FIGURES)
>>> report = evaluate_summary(summarize(catalogue, facts(cases=example_cases_jelgava_2020()), as_of=date(2021, 1, 1)))
>>> [(r.code, int(r.value or 0), r.status.name) for r in report]  # doctest: +NORMALIZE_WHITESPACE
[('8.3.4-P6-consultative-2020/2021-I', 310, 'MET'), ('8.3.4-P6-meals-2020/2021-I', 171, 'MET'),
 ('8.3.4-P6-items-2020/2021-I', 6, 'MET')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._records import record
from karjera_core.indicators import Counting, Fact, Indicator, Measure
from karjera_core.programmes.pumpurs.cases import SupportCase
from karjera_core.programmes.pumpurs.parameters import PUMPURS_834
from karjera_core.programmes.pumpurs.plans import EconomicKind
from karjera_core.time import SchoolYear, Semester

__all__ = [
    "JELGAVA_AUTUMN_2020_FIGURES",
    "JELGAVA_AUTUMN_2020_INSTITUTIONS",
    "SemesterTargets",
    "facts",
    "indicator_codes",
    "indicators",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The largest target accepted: more learners than Latvia has.
MAX_TARGET = 10_000_000


@record
class SemesterTargets:
    """The targets of the three P-6 indicators of one semester (I-6): numbers of learners, each at least one.

    >>> SemesterTargets(semester=Semester(school_year=SchoolYear(2021), number=2), consultative=300, meals=150,
    ...                 items=5).items
    5
    """

    semester: Semester
    consultative: int = fields.integer(1, MAX_TARGET, what="a target number of learners")
    meals: int = fields.integer(1, MAX_TARGET, what="a target number of learners")
    items: int = fields.integer(1, MAX_TARGET, what="a target number of learners")


#: The P-6 figures [004] reports for Jelgava novads in semester I of 2020/2021 -- learners with consultative
#: support, with meal compensation, with individual-use items -- as targets, for reporting against the
#: published figures.  Reference values of that report, not a default for any other semester or municipality.
JELGAVA_AUTUMN_2020_FIGURES = SemesterTargets(
    semester=Semester(school_year=SchoolYear(2020), number=1), consultative=310, meals=171, items=6
)
#: The number of participating institutions [004] reports for Jelgava novads in autumn 2020 (P-2, P-6).
JELGAVA_AUTUMN_2020_INSTITUTIONS = 12

_FIGURES = (
    ("consultative", "Konsultatīvo atbalstu saņēmušo izglītojamo skaits", "Learners receiving consultative support"),
    ("meals", "Ēdināšanas kompensāciju saņēmušo izglītojamo skaits", "Learners receiving meal compensation"),
    (
        "items",
        "Individuālās lietošanas priekšmetus saņēmušo izglītojamo skaits",
        "Learners receiving individual-use items",
    ),
)


def _codes(semester: Semester) -> tuple[str, str, str]:
    year = semester.school_year.start_year
    tag = f"{year}/{year + 1}-{'I' if semester.number == 1 else 'II'}"
    consultative, meals, items = (f"8.3.4-P6-{name}-{tag}" for name, _, _ in _FIGURES)
    return consultative, meals, items


def indicator_codes(semester: Semester) -> tuple[str, str, str]:
    """The codes of the three P-6 indicators of ``semester``: consultative support, meals, items.

    >>> indicator_codes(Semester(school_year=SchoolYear(2020), number=2))[0]
    '8.3.4-P6-consultative-2020/2021-II'
    """
    (semester,) = _SEMESTER(semester)
    return _codes(semester)


_SEMESTER = arguments(semester=Semester)


def indicators(targets: SemesterTargets) -> tuple[Indicator, ...]:
    """The three P-6 figures of ``targets.semester`` as indicators (I-6), in the order of P-6, with ``targets``.

    Learners receiving consultative support, meal compensation and
    individual-use items: distinct pseudonymous learner ids (P-7) with a fact
    dated in the semester, due by its last day, of project 8.3.4.0/16/I/001.

    >>> spring = SemesterTargets(semester=Semester(school_year=SchoolYear(2020), number=2),
    ...                          consultative=300, meals=150, items=5)
    >>> [(ind.code, ind.target) for ind in indicators(spring)]  # doctest: +NORMALIZE_WHITESPACE
    [('8.3.4-P6-consultative-2020/2021-II', Decimal('300')), ('8.3.4-P6-meals-2020/2021-II', Decimal('150')),
     ('8.3.4-P6-items-2020/2021-II', Decimal('5'))]
    """
    (targets,) = _TARGETS(targets)
    semester = targets.semester
    number = "I" if semester.number == 1 else "II"
    year = semester.school_year.start_year
    values = (targets.consultative, targets.meals, targets.items)
    return tuple(
        Indicator(
            code=code,
            title_lv=f"{title_lv}, {semester}",
            title_en=f"{title_en}, semester {number} of {year}/{year + 1}",
            measure=Measure.COUNT,
            counting=Counting.DISTINCT,
            target=Decimal(target),
            deadline=semester.end,
            project=str(PUMPURS_834.number),
            period=semester.period,
        )
        for code, (_, title_lv, title_en), target in zip(_codes(semester), _FIGURES, values, strict=True)
    )


_TARGETS = arguments(targets=SemesterTargets)


def facts(*, cases: Iterable[SupportCase], semester: Semester | None = None) -> Iterator[Fact]:
    """The facts of the P-6 indicators from support cases (I-6): of ``semester``, or of every semester (None).

    For every plan (of ``semester``, when given), one fact per kind of support
    it gives -- consultative support (any consultative measure), meal
    compensation, individual-use items -- with the code of the plan's semester
    and the learner's pseudonymous id as the subject (P-7: nothing else about
    the learner).  Plans count as recorded, as in
    :func:`~karjera_core.programmes.pumpurs.semesters.figures` (run
    :func:`~karjera_core.programmes.pumpurs.checks.check` for plans that break
    the rules); a learner supported by two institutions counts once.

    A fact is dated the day the plan was drawn up (P-4).  Design choice: a
    plan drawn up before its semester starts is dated the semester's first
    day, so that it counts in its own semester and only there (a plan is never
    drawn up after its semester ends).

    The arguments are checked at once; the facts are made as they are iterated.

    >>> from karjera_core.programmes.pumpurs.examples import example_cases_jelgava_2020
    >>> autumn = Semester(school_year=SchoolYear(2020), number=1)
    >>> first = next(facts(cases=example_cases_jelgava_2020(), semester=autumn))
    >>> first.indicator, first.on, first.subject
    ('8.3.4-P6-consultative-2020/2021-I', datetime.date(2020, 9, 14), 'JN-L0001')
    """
    found, semester = _FACTS(cases, semester)
    return _facts(found, semester)


_FACTS = arguments(cases=tuple[SupportCase, ...], semester=Semester | None)


def _facts(cases: tuple[SupportCase, ...], semester: Semester | None) -> Iterator[Fact]:
    codes: dict[Semester, tuple[str, str, str]] = {}
    for case in cases:
        subject = case.learner.value
        for plan in case.plans:
            plan_semester = plan.semester
            if semester is not None and plan_semester != semester:
                continue
            found = codes.get(plan_semester)
            if found is None:
                found = codes[plan_semester] = _codes(plan_semester)
            consultative, meals, items = found
            on: date = max(plan.drawn_up, plan_semester.start)
            if plan.has_consultative:
                yield Fact(indicator=consultative, on=on, subject=subject)
            if plan.has(EconomicKind.MEAL_COMPENSATION):
                yield Fact(indicator=meals, on=on, subject=subject)
            if plan.has(EconomicKind.PERSONAL_ITEMS):
                yield Fact(indicator=items, on=on, subject=subject)
