"""Synthetic scenarios shaped to reproduce the published figures of the source documents.

For the demo tour, the tutorial and your own experiments.  The people and
schools in them are invented (pseudonymous ids, made-up registration numbers);
the figures they add up to are the ones the documents publish:

* Daugavpils 2017/2018 [002]: 10 pilot schools and 20 teacher career
  consultants at 0.3 FTE each -- exactly the 6-FTE cap of C-5
  (:func:`daugavpils_2017_assignments`; pass ``21`` for one consultant too many);
* Daugavpils 2016/2017 [002]: 14 city-wide career events from April to
  August with more than 900 pupils of grades 1-12 from pilot and non-pilot
  schools (:func:`daugavpils_2016_events`);
* Jelgava city's pilot set [000], meeting the C-2 requirements or not
  (:func:`jelgava_agreement`, :func:`jelgava_institutions`);
* Jelgava novads, autumn 2020 [004]: 310 learners with consultative support,
  171 with meal compensation and 6 with individual-use items, in 12
  institutions (:func:`example_cases_jelgava_2020`), each taking part with its
  coordinator (:func:`example_participation_jelgava_2020`, P-2);
* the ESF+ teacher professional support project [003]: a seeded, made-up run
  of its eleven results as facts (:func:`teacher_support_facts`, the same as
  :func:`karjera_core.programmes.teacher_support.examples.generate_facts`).
  The seed reports targets, not results, so its figures are the scenario's own;
* the whole country, seeded (:func:`national`, from :mod:`karjera_core.national`):
  about 600 institutions across the 43 municipalities, 200,000 learners by
  grade, 50,000 PuMPuRS cases with their plans, a decade of career support
  and a million indicator facts as columns, in a few seconds.

>>> from datetime import date
>>> from karjera_core import pumpurs, Semester, SchoolYear
>>> autumn = Semester(school_year=SchoolYear(2020), number=1)
>>> figures = pumpurs.figures(cases=example_cases_jelgava_2020(), semester=autumn)
>>> figures.consultative, figures.meals, figures.items, figures.institutions
(310, 171, 6, 12)
>>> len(teacher_support_facts(1000, seed=1))
1000
"""

from __future__ import annotations

from karjera_core.national import national
from karjera_core.programmes.career_support.examples import (
    daugavpils_2016_events,
    daugavpils_2017_agreement,
    daugavpils_2017_assignments,
    daugavpils_2017_consultants,
    daugavpils_2017_evidence,
    daugavpils_2017_institutions,
    daugavpils_2017_learner_counts,
    daugavpils_2017_plan,
    daugavpils_2017_training,
    jelgava_agreement,
    jelgava_institutions,
)
from karjera_core.programmes.pumpurs.examples import example_cases_jelgava_2020, example_participation_jelgava_2020
from karjera_core.programmes.teacher_support.examples import generate_facts as teacher_support_facts

__all__ = [
    "daugavpils_2016_events",
    "daugavpils_2017_agreement",
    "daugavpils_2017_assignments",
    "daugavpils_2017_consultants",
    "daugavpils_2017_evidence",
    "daugavpils_2017_institutions",
    "daugavpils_2017_learner_counts",
    "daugavpils_2017_plan",
    "daugavpils_2017_training",
    "example_cases_jelgava_2020",
    "example_participation_jelgava_2020",
    "jelgava_agreement",
    "jelgava_institutions",
    "national",
    "teacher_support_facts",
]


def __dir__() -> list[str]:
    return sorted(__all__)
