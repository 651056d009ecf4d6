"""Erasmus+ KA2 partnerships: members, eligibility and activities (rules E-1 ... E-3).

Where each rule is:

====  ==========================================  ================================================
rule  file                                        names
====  ==========================================  ================================================
E-1   ``partnership.py``                          :class:`Partnership` (a coordinator, distinct
                                                  partners other than it, each an organisation
                                                  with a country: by construction)
E-2   ``parameters.py``                           :class:`PartnershipFormat`,
                                                  :class:`PartnershipRules`, :data:`DEFAULT_RULES`
                                                  (3 from 3, 12-36 months; small-scale 2 from 2,
                                                  6-24 months), :data:`RULE_SOURCES`
E-2   ``checks.py``                               :func:`check_eligibility`
E-3   ``partnership.py``                          :class:`Meeting`, :class:`TrainingEvent` with
                                                  its :class:`TrainingScope`, :class:`Output` with
                                                  its :class:`OutputKind`
E-3   ``checks.py``                               :func:`check_activities`
all   ``checks.py``                               :func:`check` (E-2 then E-3);
                                                  :func:`check_partnership`, the same under its
                                                  earlier name
seed  ``examples.py``                             :data:`SOS_CAREER_PARTNERSHIP` [001]
====  ==========================================  ================================================

The programme interface: ``check(partnership, *, rules=None)`` returns every
violation, with paths into the ``partnership`` argument
(``$.partnership.trainings[0].host``).  The seeds report no Erasmus+ figures
or indicators, so the package has no ``facts``, ``indicators`` or ``figures``.

>>> from karjera_core.programmes import erasmus
>>> erasmus.check(erasmus.SOS_CAREER_PARTNERSHIP)
()
>>> erasmus.PartnershipFormat.SMALL_SCALE_2021_2027.default_rules.max_months
24
"""

from __future__ import annotations

from karjera_core.programmes.erasmus.checks import check, check_activities, check_eligibility, check_partnership
from karjera_core.programmes.erasmus.examples import SOS_CAREER_PARTNERSHIP
from karjera_core.programmes.erasmus.parameters import (
    DEFAULT_RULES,
    RULE_SOURCES,
    PartnershipFormat,
    PartnershipRules,
)
from karjera_core.programmes.erasmus.partnership import (
    Meeting,
    Output,
    OutputKind,
    Partnership,
    TrainingEvent,
    TrainingScope,
)

__all__ = [
    "DEFAULT_RULES",
    "RULE_SOURCES",
    "SOS_CAREER_PARTNERSHIP",
    "Meeting",
    "Output",
    "OutputKind",
    "Partnership",
    "PartnershipFormat",
    "PartnershipRules",
    "TrainingEvent",
    "TrainingScope",
    "check",
    "check_activities",
    "check_eligibility",
    "check_partnership",
]


def __dir__() -> list[str]:
    return sorted(__all__)
