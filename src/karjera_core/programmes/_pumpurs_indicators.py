"""The PuMPuRS semester figures of P-6 as indicators (I-6); public through :mod:`karjera_core.programmes.pumpurs`.

:func:`pumpurs_indicators` defines the three figures of a semester --
learners receiving consultative support, meal compensation and
individual-use items -- and :func:`pumpurs_facts` turns support cases into
the :class:`~karjera_core.indicators.Fact` values they count, so that the
generic engine evaluates them as of any date and on any split of the cases
(I-2, I-4), with the same result as
:func:`~karjera_core.programmes.pumpurs.semester_figures`.

Each indicator counts distinct pseudonymous learner ids (P-7), only facts
dated in the semester, and is due by the semester's last day.  Its code
carries the semester, e.g. ``8.3.4-P6-consultative-2020/2021-I``, so the
indicators of several semesters fit in one catalogue and one pass.

Targets, and why: the seed reports figures, it sets no targets.  The targets
are therefore a parameter, ``(consultative, meals, items)``; the default is
"report against the published figure": the figures [004] reports for
Jelgava novads in semester I of 2020/2021, 310, 171 and 6
(:data:`JELGAVA_AUTUMN_2020_FIGURES`).  Pass a municipality's own figures or
plan for any other semester.

>>> from karjera_core.indicators import evaluate_summary, summarize
>>> from karjera_core.programmes._pumpurs_example import example_cases_jelgava_2020
>>> from karjera_core.time import SchoolYear
>>> autumn = Semester(school_year=SchoolYear(2020), number=1)
>>> facts = pumpurs_facts(example_cases_jelgava_2020(), autumn)
>>> report = evaluate_summary(summarize(pumpurs_indicators(autumn), facts, as_of=date(2021, 1, 1)))
>>> [(r.code, int(r.value or 0), r.status.name) for r in report]  # doctest: +NORMALIZE_WHITESPACE
[('8.3.4-P6-consultative-2020/2021-I', 310, 'MET'), ('8.3.4-P6-meals-2020/2021-I', 171, 'MET'),
 ('8.3.4-P6-items-2020/2021-I', 6, 'MET')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from itertools import chain
from typing import TYPE_CHECKING, cast

from karjera_core.errors import Problem, ValidationError
from karjera_core.indicators import Counting, Fact, Indicator, Measure, facts_from
from karjera_core.time import Semester

if TYPE_CHECKING:
    from karjera_core.programmes.pumpurs import SupportCase, SupportPlan

__all__ = ["JELGAVA_AUTUMN_2020_FIGURES", "pumpurs_facts", "pumpurs_indicators"]

#: The project's number (F-2); the same as ``karjera_core.reference.PUMPURS_834.number``.
_PROJECT = "8.3.4.0/16/I/001"

#: The P-6 figures [004] reports for Jelgava novads in semester I of 2020/2021:
#: learners with consultative support, with meal compensation, with individual-use items.
JELGAVA_AUTUMN_2020_FIGURES: tuple[Decimal, Decimal, Decimal] = (Decimal(310), Decimal(171), Decimal(6))

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
    """The codes of the three P-6 indicators of ``semester``: consultative, meals, items."""
    year = semester.school_year.start_year
    tag = f"{year}/{year + 1}-{'I' if semester.number == 1 else 'II'}"
    consultative, meals, items = (f"8.3.4-P6-{name}-{tag}" for name, _, _ in _FIGURES)
    return consultative, meals, items


def _semester_problems(semester: object) -> list[Problem]:
    if type(semester) is Semester:
        return []
    return [Problem(path="$.semester", code="pumpurs.semester", message="expected a Semester")]


def pumpurs_indicators(
    semester: Semester, *, targets: tuple[Decimal, Decimal, Decimal] | None = None
) -> tuple[Indicator, ...]:
    """The three P-6 figures of ``semester`` as indicators (I-6), in the order of P-6.

    Learners receiving consultative support, meal compensation and
    individual-use items: distinct pseudonymous learner ids (P-7) with a fact
    dated in the semester, due by its last day, of project 8.3.4.0/16/I/001.
    ``targets`` are ``(consultative, meals, items)``, each a Decimal above
    zero; the default, None, reports against the published figures of
    Jelgava novads in autumn 2020 (:data:`JELGAVA_AUTUMN_2020_FIGURES`: 310,
    171, 6) -- the seed sets no targets.

    >>> from karjera_core.time import SchoolYear
    >>> spring = Semester(school_year=SchoolYear(2020), number=2)
    >>> [(ind.code, ind.target) for ind in pumpurs_indicators(spring, targets=(Decimal(300), Decimal(150), Decimal(5)))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('8.3.4-P6-consultative-2020/2021-II', Decimal('300')), ('8.3.4-P6-meals-2020/2021-II', Decimal('150')),
     ('8.3.4-P6-items-2020/2021-II', Decimal('5'))]
    >>> pumpurs_indicators(spring, targets=(Decimal(300), Decimal(0), Decimal(5)))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.targets[1].target: expected a target above zero when higher is better [indicator.target.zero]
    """
    problems = _semester_problems(semester)
    if targets is None:
        targets = JELGAVA_AUTUMN_2020_FIGURES
    elif type(targets) is not tuple or len(targets) != len(_FIGURES):
        problems.append(
            Problem(
                path="$.targets",
                code="pumpurs_indicators.targets",
                message="expected None or a tuple of three targets: consultative, meals, items",
            )
        )
    if problems:
        raise ValidationError(problems)
    built = []
    for index, (code, (_, title_lv, title_en), target) in enumerate(
        zip(_codes(semester), _FIGURES, targets, strict=True)
    ):
        number = "I" if semester.number == 1 else "II"
        year = semester.school_year.start_year
        try:
            built.append(
                Indicator(
                    code=code,
                    title_lv=f"{title_lv}, {semester}",
                    title_en=f"{title_en}, semester {number} of {year}/{year + 1}",
                    measure=Measure.COUNT,
                    counting=Counting.DISTINCT,
                    target=target,
                    deadline=semester.end,
                    project=_PROJECT,
                    period=semester.period,
                )
            )
        except ValidationError as error:
            raise error.under(f"$.targets[{index}]") from None
    return tuple(built)


def pumpurs_facts(cases: Iterable[SupportCase], semester: Semester) -> Iterator[Fact]:
    """The facts of the indicators of :func:`pumpurs_indicators` for ``semester``, from support cases (I-6, P-6).

    For every plan of a case for ``semester``, one fact per kind of support
    it gives -- consultative support (any consultative measure), meal
    compensation, individual-use items -- with the learner's pseudonymous id
    as the subject (P-7: nothing else about the learner).  Plans count as
    recorded, as in :func:`~karjera_core.programmes.pumpurs.semester_figures`
    (run :func:`~karjera_core.programmes.pumpurs.check_cases` for plans that
    break the rules); a learner supported by two institutions counts once.

    A fact is dated the day the plan was drawn up (P-4).  Design choice: a
    plan drawn up before its semester starts (allowed, P-4) is dated the
    semester's first day, so that it counts in its own semester and only
    there; a plan is never drawn up after its semester ends.

    The arguments are checked at once; the facts are made as they are iterated.

    >>> from karjera_core.programmes._pumpurs_example import example_cases_jelgava_2020
    >>> from karjera_core.time import SchoolYear
    >>> first = next(pumpurs_facts(example_cases_jelgava_2020(), Semester(school_year=SchoolYear(2020), number=1)))
    >>> first.indicator, first.on, first.subject
    ('8.3.4-P6-consultative-2020/2021-I', datetime.date(2020, 9, 14), 'JN-L0001')
    """
    # Imported here: pumpurs imports this module to re-export its names.
    from karjera_core.programmes.pumpurs import EconomicKind, SupportCase

    problems: list[Problem] = []
    found: tuple[object, ...] = ()
    if isinstance(cases, (str, bytes, dict)) or not isinstance(cases, Iterable):
        problems.append(Problem(path="$.cases", code="pumpurs.cases", message="expected an iterable of SupportCase"))
    else:
        found = tuple(cases)
        problems += [
            Problem(path=f"$.cases[{index}]", code="pumpurs.cases", message="expected a SupportCase")
            for index, case in enumerate(found)
            if type(case) is not SupportCase
        ]
    problems += _semester_problems(semester)
    if problems:
        raise ValidationError(problems)
    plans = tuple(
        (case, plan)
        for case in cast("tuple[SupportCase, ...]", found)
        for plan in case.plans
        if plan.semester == semester
    )
    first, last = semester.start, semester.end

    def on(pair: tuple[SupportCase, SupportPlan]) -> date:
        return min(max(pair[1].drawn_up, first), last)

    def subject(pair: tuple[SupportCase, SupportPlan]) -> str:
        return pair[0].learner.value

    consultative, meals, items = _codes(semester)
    return chain(
        facts_from((p for p in plans if p[1].has_consultative), indicator=consultative, on=on, subject=subject),
        facts_from(
            (p for p in plans if p[1].has(EconomicKind.MEAL_COMPENSATION)), indicator=meals, on=on, subject=subject
        ),
        facts_from(
            (p for p in plans if p[1].has(EconomicKind.PERSONAL_ITEMS)), indicator=items, on=on, subject=subject
        ),
    )
