"""PuMPuRS, ESF 8.3.4.0/16/I/001: support for learners at risk of leaving school early (rules P-1 ... P-7).

Where each rule is, by file and name:

* P-1 who may be supported -- ``parameters.py``: :data:`ELIGIBILITY_SCHEDULE` (each step with its
  source), :class:`EligibleLevels`, :class:`EligibilityRules`, :data:`DEFAULT_ELIGIBILITY`,
  :func:`eligible`; ``checks.py``: :func:`check_eligibility`.
* P-2 where -- ``participation.py``: :class:`ParticipatingInstitution`, :func:`participating_on`;
  ``checks.py``: :func:`check_participation`.
* P-3 risk assessment -- ``parameters.py``: :class:`RiskGroup`, :class:`RiskGroupSet`,
  :data:`DEFAULT_RISK_GROUPS`; ``assessment.py``: :class:`RiskFactor`, :class:`RiskAssessment`;
  ``checks.py``: :func:`check_risk_factors`.
* P-4 support plans -- ``parameters.py``: :class:`PlanTiming`, :data:`DEFAULT_PLAN_TIMING`;
  ``plans.py``: :class:`SupportPlan`, :class:`ConsultativeMeasure`, :class:`EconomicMeasure`,
  :class:`ConsultativeKind`, :class:`EconomicKind`, :class:`PersonalItem`; ``checks.py``: :func:`check_plans`.
* P-5 case lifecycle -- ``cases.py``: :class:`SupportCase`, :class:`CaseOutcome`; ``parameters.py``:
  :data:`PUMPURS_834` (the project and its end-date history, F-4), :data:`MK_460_2016`;
  ``checks.py``: :func:`check_cases`, and :func:`check`, which runs every check of P-1 ... P-5.
* P-6 semester figures -- ``semesters.py``: :func:`figures`, :class:`SemesterFigures`,
  :class:`InstitutionFigures`; ``catalogue.py`` (I-6): :func:`indicators`, :func:`facts`,
  :func:`indicator_codes`, :class:`SemesterTargets`, :data:`JELGAVA_AUTUMN_2020_FIGURES`,
  :data:`JELGAVA_AUTUMN_2020_INSTITUTIONS`; ``examples.py``: the synthetic Jelgava novads cases of
  [004], :func:`example_cases_jelgava_2020`, :func:`example_participation_jelgava_2020`.
* P-7 privacy -- every text field of every record refuses a personal code by its declaration;
  learners are :class:`~karjera_core.privacy.LearnerRef` pseudonyms.

The programme's interface, the same verbs as every programme package:
:func:`check` (every violation of the cases and participation),
:func:`facts` (the indicator facts), :func:`indicators` (the catalogue for one
:class:`SemesterTargets`) and :func:`figures` (the semester figures).

>>> from datetime import date
>>> from karjera_core.education import Grade
>>> from karjera_core.time import SchoolYear, Semester
>>> eligible(Grade(4), on=date(2021, 8, 31)), eligible(Grade(4), on=date(2021, 9, 1))
(False, True)
>>> cases = example_cases_jelgava_2020()
>>> check(cases=cases, participation=example_participation_jelgava_2020(), as_of=date(2021, 1, 1))
()
>>> autumn = figures(cases=cases, semester=Semester(school_year=SchoolYear(2020), number=1))
>>> autumn.consultative, autumn.meals, autumn.items, autumn.institutions
(310, 171, 6, 12)
"""

from __future__ import annotations

from karjera_core.programmes.pumpurs.assessment import RiskAssessment, RiskFactor
from karjera_core.programmes.pumpurs.cases import CaseOutcome, SupportCase
from karjera_core.programmes.pumpurs.catalogue import (
    JELGAVA_AUTUMN_2020_FIGURES,
    JELGAVA_AUTUMN_2020_INSTITUTIONS,
    SemesterTargets,
    facts,
    indicator_codes,
    indicators,
)
from karjera_core.programmes.pumpurs.checks import (
    check,
    check_cases,
    check_eligibility,
    check_participation,
    check_plans,
    check_risk_factors,
)
from karjera_core.programmes.pumpurs.examples import example_cases_jelgava_2020, example_participation_jelgava_2020
from karjera_core.programmes.pumpurs.parameters import (
    DEFAULT_ELIGIBILITY,
    DEFAULT_PLAN_TIMING,
    DEFAULT_RISK_GROUPS,
    ELIGIBILITY_SCHEDULE,
    MK_460_2016,
    PUMPURS_834,
    EligibilityRules,
    EligibleLevels,
    PlanTiming,
    RiskGroup,
    RiskGroupSet,
    eligible,
)
from karjera_core.programmes.pumpurs.participation import ParticipatingInstitution, participating_on
from karjera_core.programmes.pumpurs.plans import (
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    PersonalItem,
    SupportPlan,
)
from karjera_core.programmes.pumpurs.semesters import InstitutionFigures, SemesterFigures, figures

__all__ = [
    "DEFAULT_ELIGIBILITY",
    "DEFAULT_PLAN_TIMING",
    "DEFAULT_RISK_GROUPS",
    "ELIGIBILITY_SCHEDULE",
    "JELGAVA_AUTUMN_2020_FIGURES",
    "JELGAVA_AUTUMN_2020_INSTITUTIONS",
    "MK_460_2016",
    "PUMPURS_834",
    "CaseOutcome",
    "ConsultativeKind",
    "ConsultativeMeasure",
    "EconomicKind",
    "EconomicMeasure",
    "EligibilityRules",
    "EligibleLevels",
    "InstitutionFigures",
    "ParticipatingInstitution",
    "PersonalItem",
    "PlanTiming",
    "RiskAssessment",
    "RiskFactor",
    "RiskGroup",
    "RiskGroupSet",
    "SemesterFigures",
    "SemesterTargets",
    "SupportCase",
    "SupportPlan",
    "check",
    "check_cases",
    "check_eligibility",
    "check_participation",
    "check_plans",
    "check_risk_factors",
    "eligible",
    "example_cases_jelgava_2020",
    "example_participation_jelgava_2020",
    "facts",
    "figures",
    "indicator_codes",
    "indicators",
    "participating_on",
]


def __dir__() -> list[str]:
    return sorted(__all__)
