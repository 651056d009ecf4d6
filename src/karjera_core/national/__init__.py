"""A national synthetic data set, seeded: Latvia's schools, learners, PuMPuRS cases, career support and a million facts.

:func:`national` makes, for a seed, the same :class:`National` every time
(no clock; every random draw from a stream of the seed):

* the 43 municipalities in force from 2021-07-01 to 2025-06-30 (O-2) and
  about 600 made-up education institutions across them, a city's share by
  its size (O-3, O-4);
* 200,000 learners by grade (and vocational course) in school year 2024/2025 (O-5);
* 50,000 PuMPuRS cases of pseudonymous learners with their risk
  assessments and semester plans, 2017-2023, each institution taking part
  with its coordinator (P-1 ... P-5);
* a decade of career support, school years 2016/2017 ... 2025/2026: each
  municipality's agreement and pilot schools, qualified consultants and
  their yearly assignments, their training, city-wide and school events
  (C-1 ... C-9);
* at least 1,000,000 indicator facts (:attr:`National.facts`, a
  :class:`~karjera_core.indicators.columns.FactColumns`): those the PuMPuRS
  and career-support catalogues count, exactly what their ``facts()`` give
  of the records above, and the ESF+ teacher-support results [003] about
  the same institutions to make up the number; :func:`catalogue` gives
  the indicators they feed.

Everything is valid by construction, and built without checking it again
(the library's trusted builders), so that it takes seconds.  The records
are ordinary library objects -- ``to_records(data.cases)`` gives rows for
pandas -- and the facts are columns: ``summarize(catalogue, data.facts,
as_of=...)``, ``data.facts.to_polars()``, ``data.facts.rows()``.  Nothing in
it is real: the institutions, people and events are invented, only the
municipalities are the real ones.

>>> from datetime import date
>>> from karjera_core import pumpurs
>>> from karjera_core.indicators import evaluate_summary, summarize
>>> small = national(seed=1, institutions=60, learners=2_000, cases=500, facts=20_000)
>>> len(small.institutions), sum(count.learners for count in small.learner_counts), len(small.cases), len(small.facts)
(60, 2000, 500, 20000)
>>> small == national(seed=1, institutions=60, learners=2_000, cases=500, facts=20_000)
True
>>> report = evaluate_summary(summarize(catalogue(), small.facts, as_of=date(2026, 9, 30)))
>>> len(report.results) == len(catalogue()), summarize(catalogue(), small.facts, as_of=date(2026, 9, 30)).unmatched
(True, ())
>>> sample = small.cases[:50]
>>> pumpurs.check(cases=sample, participation=small.participation, as_of=date(2024, 1, 1))
()
"""

from __future__ import annotations

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._records import plan_of, record
from karjera_core.education import Institution, LearnerCount, VocationalLearnerCount
from karjera_core.indicators.columns import FactColumns
from karjera_core.national import _career, _places, _pumpurs, _teacher
from karjera_core.national._base import Columns
from karjera_core.national._catalogue import catalogue
from karjera_core.programmes.career_support import (
    Agreement,
    CareerEvent,
    Consultant,
    ConsultantAssignment,
    TrainingRecord,
)
from karjera_core.programmes.pumpurs import ParticipatingInstitution, SupportCase

__all__ = ["National", "catalogue", "national"]

#: The most of anything the data set holds: a generous ten times the national figures.
MAX_INSTITUTIONS, MAX_LEARNERS, MAX_CASES, MAX_FACTS = 6_000, 2_000_000, 500_000, 50_000_000
_MANY = 10_000_000


@record
class National:
    """The national synthetic data set :func:`national` makes (see the module's docstring).

    ``seed`` is the seed it was made from; the rest are the records, in the
    order they were made, and the indicator ``facts`` as columns.
    """

    seed: int = fields.integer(-(2**63), 2**63 - 1, what="a seed")
    municipalities: tuple[str, ...] = fields.items(fields.Text(200, "a municipality's name"), max_size=1000)
    institutions: tuple[Institution, ...] = fields.items(max_size=MAX_INSTITUTIONS)
    learner_counts: tuple[LearnerCount | VocationalLearnerCount, ...] = fields.items(max_size=_MANY)
    participation: tuple[ParticipatingInstitution, ...] = fields.items(max_size=MAX_INSTITUTIONS)
    cases: tuple[SupportCase, ...] = fields.items(max_size=MAX_CASES)
    agreements: tuple[Agreement, ...] = fields.items(max_size=1000)
    consultants: tuple[Consultant, ...] = fields.items(max_size=_MANY)
    assignments: tuple[ConsultantAssignment, ...] = fields.items(max_size=_MANY)
    training_records: tuple[TrainingRecord, ...] = fields.items(max_size=_MANY)
    events: tuple[CareerEvent, ...] = fields.items(max_size=_MANY)
    facts: FactColumns = FactColumns()

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name)):,}" for name in _SIZED)
        return f"National(seed={self.seed}, {sizes})"


_SIZED = ("institutions", "learner_counts", "cases", "events", "assignments", "facts")
_BUILD, _FACTS = plan_of(National).build, plan_of(FactColumns).build
_NATIONAL = arguments(
    seed=fields.Integer(-(2**63), 2**63 - 1, "a seed"),
    institutions=fields.Integer(43, MAX_INSTITUTIONS, "a number of institutions (at least one per municipality)"),
    learners=fields.Integer(0, MAX_LEARNERS, "a number of learners"),
    cases=fields.Integer(0, MAX_CASES, "a number of cases"),
    facts=fields.Integer(0, MAX_FACTS, "a number of facts"),
)


def national(
    *, seed: int, institutions: int = 600, learners: int = 200_000, cases: int = 50_000, facts: int = 1_000_000
) -> National:
    """The national synthetic data set of ``seed``: the same seed (and sizes) give an equal data set.

    ``institutions`` (at least 43, one per municipality), ``learners``,
    PuMPuRS ``cases`` and indicator ``facts`` set its size; the career
    support follows from the institutions.  ``facts`` is the number of rows
    of :attr:`National.facts` when the PuMPuRS and career-support facts are
    fewer (the teacher-support results make up the rest); otherwise the
    facts are just theirs.  About a second per 400,000 facts on one core.
    """
    seed, institutions, learners, cases, facts = _NATIONAL(seed, institutions, learners, cases, facts)
    municipalities = _places.municipality_names()
    schools = _places.institutions(seed, institutions)
    counts = _places.learner_counts(seed, schools, learners)
    columns = Columns()
    participation = _pumpurs.participation(schools)
    made_cases = _pumpurs.cases(seed, schools, max(learners, 1), cases, columns)
    career = _career.career(seed, schools, municipalities, columns)
    _teacher.teacher_support(seed, [s.registration_number for s in schools], facts - len(columns), columns)
    table = _FACTS(*(tuple(getattr(columns, name)) for name in ("indicator", "on", "subject", "value", "kind")))
    built: National = _BUILD(
        seed, municipalities, schools, counts, participation, made_cases, tuple(career.agreements),
        tuple(career.consultants), tuple(career.assignments), tuple(career.training_records), tuple(career.events),
        table,
    )  # fmt: skip
    return built


def __dir__() -> list[str]:
    return sorted(__all__)
