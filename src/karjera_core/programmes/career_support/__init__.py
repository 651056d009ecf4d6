"""Career support in general and vocational schools: ESF project 8.3.5.0/16/I/001 (rules C-1 ... C-10).

VIAA runs the project; a municipality joins it by an agreement and nominates
pilot schools, whose consultants support the learners.  The rules, by id:

=====  ====================  ==================================================================================
rule   file                  names
=====  ====================  ==================================================================================
C-1    ``agreement.py``      :class:`Agreement`, :class:`PilotSchool`
       ``checks.py``         :func:`check_parties`
C-2    ``parameters.py``     :class:`PilotRequirements`, :class:`GeneralProgrammeKind`
       ``checks.py``         :func:`check_pilot_set`
C-3    ``parameters.py``     :data:`QUALIFICATION_SCHEDULE`, :class:`QualificationRule`, :data:`MK_662_2014`,
                             :data:`MK_569_2018`
       ``people.py``         :class:`Consultant`, :class:`QualificationRecord`, :func:`qualified_on`
       ``checks.py``         :func:`check_qualifications`
C-4    ``parameters.py``     :data:`RATIO_SCHEDULE`, :class:`Ratio`, :class:`RatioRule`, :class:`RatioPolicy`,
                             :class:`RoundingMode`, :data:`DEFAULT_RATIO_RULE`, :func:`required_load`
       ``checks.py``         :func:`check_required_loads`
C-5    ``parameters.py``     :class:`LoadBounds` (the parameter)
       ``people.py``         :class:`ConsultantAssignment` (0 < load <= 1.00 FTE), :func:`total_load`
       ``checks.py``         :func:`check_loads` (the rule)
C-6    ``parameters.py``     :class:`TrainingRequirement`
       ``people.py``         :class:`TrainingRecord`
       ``checks.py``         :func:`check_training`
C-7    ``plan.py``           :class:`CareerSupportPlan`, :class:`PlanAspect`
       ``checks.py``         :func:`check_plan`
C-8    ``plan.py``           :class:`Obligation`, :class:`ObligationEvidence`
       ``checks.py``         :func:`check_obligations`
C-9    ``events.py``         :class:`CareerEvent`, :class:`EventStatus`, :class:`OrganiserLevel`,
                             :class:`EventKind`, :class:`EventPartner`, :class:`PartnerKind`,
                             :class:`GradeParticipants`, :class:`EventFigures`, :func:`tally_events`
C-10   ``reach.py``          :class:`Reach`, :data:`NATIONAL_REACH_2020_2021`, :func:`figures`,
                             :func:`pilot_school_count`, :func:`consultant_count`, :func:`learners_reached`,
                             :func:`institutions_supported`, :func:`teachers_trained`
I-6    ``catalogue.py``      :func:`indicators`, :func:`facts`, :class:`CareerSupportTargets`,
                             :class:`CountTarget`, :data:`REPORTED_TARGETS_2016_2017`, :func:`event_id`
=====  ====================  ==================================================================================

The programme's interface is the same as every programme's: :func:`check`
(every violation of the inputs on a day; :data:`MESSAGES` lists every code
it reports, by rule), :func:`facts` (indicator facts), :func:`indicators`
(the catalogue, for the caller's targets) and :func:`figures` (the reach on
a day).  ``examples`` holds the seed scenarios.

>>> from datetime import date
>>> from karjera_core.programmes.career_support import examples as ex
>>> required_load(1000, on=date(2017, 10, 1))
Decimal('1.43')
>>> check(ex.daugavpils_2017_agreement(), on=date(2017, 12, 4), assignments=ex.daugavpils_2017_assignments(),
...       institutions=ex.daugavpils_2017_institutions(), consultants=ex.daugavpils_2017_consultants(),
...       learner_counts=ex.daugavpils_2017_learner_counts(), training_records=ex.daugavpils_2017_training(),
...       plans=[ex.daugavpils_2017_plan()], evidence=ex.daugavpils_2017_evidence())
()
"""

from __future__ import annotations

from karjera_core.programmes.career_support import examples
from karjera_core.programmes.career_support.agreement import Agreement, PilotSchool
from karjera_core.programmes.career_support.catalogue import (
    REPORTED_TARGETS_2016_2017,
    CareerSupportTargets,
    CountTarget,
    event_id,
    facts,
    indicators,
)
from karjera_core.programmes.career_support.checks import (
    MESSAGES,
    check,
    check_loads,
    check_obligations,
    check_parties,
    check_pilot_set,
    check_plan,
    check_qualifications,
    check_required_loads,
    check_training,
)
from karjera_core.programmes.career_support.events import (
    CareerEvent,
    EventFigures,
    EventKind,
    EventPartner,
    EventStatus,
    GradeParticipants,
    OrganiserLevel,
    PartnerKind,
    tally_events,
)
from karjera_core.programmes.career_support.parameters import (
    CAREER_SUPPORT_PERIOD,
    DEFAULT_RATIO_RULE,
    MK_569_2018,
    MK_662_2014,
    PROJECT_NUMBER,
    QUALIFICATION_SCHEDULE,
    RATIO_SCHEDULE,
    GeneralProgrammeKind,
    LoadBounds,
    PilotRequirements,
    QualificationRule,
    Ratio,
    RatioPolicy,
    RatioRule,
    RoundingMode,
    TrainingRequirement,
    required_load,
)
from karjera_core.programmes.career_support.people import (
    Consultant,
    ConsultantAssignment,
    QualificationRecord,
    TrainingRecord,
    qualified_on,
    total_load,
)
from karjera_core.programmes.career_support.plan import (
    CareerSupportPlan,
    Obligation,
    ObligationEvidence,
    PlanAspect,
)
from karjera_core.programmes.career_support.reach import (
    NATIONAL_REACH_2020_2021,
    Reach,
    consultant_count,
    figures,
    institutions_supported,
    learners_reached,
    pilot_school_count,
    teachers_trained,
)

__all__ = [
    "CAREER_SUPPORT_PERIOD",
    "DEFAULT_RATIO_RULE",
    "MESSAGES",
    "MK_569_2018",
    "MK_662_2014",
    "NATIONAL_REACH_2020_2021",
    "PROJECT_NUMBER",
    "QUALIFICATION_SCHEDULE",
    "RATIO_SCHEDULE",
    "REPORTED_TARGETS_2016_2017",
    "Agreement",
    "CareerEvent",
    "CareerSupportPlan",
    "CareerSupportTargets",
    "Consultant",
    "ConsultantAssignment",
    "CountTarget",
    "EventFigures",
    "EventKind",
    "EventPartner",
    "EventStatus",
    "GeneralProgrammeKind",
    "GradeParticipants",
    "LoadBounds",
    "Obligation",
    "ObligationEvidence",
    "OrganiserLevel",
    "PartnerKind",
    "PilotRequirements",
    "PilotSchool",
    "PlanAspect",
    "QualificationRecord",
    "QualificationRule",
    "Ratio",
    "RatioPolicy",
    "RatioRule",
    "Reach",
    "RoundingMode",
    "TrainingRecord",
    "TrainingRequirement",
    "check",
    "check_loads",
    "check_obligations",
    "check_parties",
    "check_pilot_set",
    "check_plan",
    "check_qualifications",
    "check_required_loads",
    "check_training",
    "consultant_count",
    "event_id",
    "examples",
    "facts",
    "figures",
    "indicators",
    "institutions_supported",
    "learners_reached",
    "pilot_school_count",
    "qualified_on",
    "required_load",
    "tally_events",
    "teachers_trained",
    "total_load",
]


def __dir__() -> list[str]:
    return sorted(__all__)
