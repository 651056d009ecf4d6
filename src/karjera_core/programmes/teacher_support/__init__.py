"""ESF+ teacher professional support, project 4.2.2.3/1/24/I/001 [003]: the eleven results as a catalogue (I-5).

"Pedagogu profesionālā atbalsta sistēmas izveide": VISC, initiated by
Valmiera novads education board, 2024-10-01 - 2029-12-31.  The programme
has the verbs of every programme package:

* :func:`facts` -- the facts the catalogue counts, from the project's
  records (or one at a time with the builders below);
* :func:`indicators` -- the ready catalogue, from ONE
  :class:`TeacherSupportTargets` the caller gives (:data:`PUBLISHED_TARGETS`
  holds what the seed publishes);
* :func:`evaluate` -- the catalogue's results as of a date (I-2).

There is no ``check``: the results are evaluated, they are not rules a
record can break.

Where each rule is (file and name; files are modules of this package):

============  =========================================  =============  ====================
rule          what                                       file           name
============  =========================================  =============  ====================
I-5 item 1    training for education specialists in      catalogue.py   ``indicators`` (item 1: ``_share_of``)
              90 % of municipalities by 2025-08-31       builders.py    ``specialists_training_started``
O-2           item 1's denominator: the municipalities   catalogue.py   ``_in_force_on_deadline``
              in force on its deadline (42)
I-5 item 2    management-team training in 20 % of        catalogue.py   ``indicators`` (item 2: ``_share_of``)
              institutions by 2025-08-31                 builders.py    ``management_training_started``
I-3           items 2 and 10 divide by all institutions  builders.py    ``institutions_total``
I-5 item 3    methodologists' and didacticians'          catalogue.py   ``_milestone`` (item 3)
              training started by 2025-08-31             builders.py    ``methodologists_training_started``
I-5 item 4    materials developed or adapted             catalogue.py   ``_count_of`` (item 4)
              (no deadline)                              builders.py    ``material_developed``
I-5 5-9       materials per subject area and school      catalogue.py   ``_milestone`` (items 5-9)
              level, by 2025-08-31 ... 2026-12-31        builders.py    ``materials_delivered``
I-5 item 10   institutions supported at least once a     catalogue.py   ``_share_of`` (item 10)
              year (a share; no deadline)                builders.py    ``support_received``
T-7           item 10's yearly windows                   catalogue.py   ``Counting.EVERY_YEAR`` over ``PROJECT_PERIOD``
I-5 item 11   institutions with positive dynamics        catalogue.py   ``_count_of`` (item 11)
              after support (no deadline)                builders.py    ``support_received``, ``performance_measured``
I-1           codes, titles, deadlines, components       parameters.py  ``CODES``, ``TITLES``, ``DEADLINES``
                                                                        ``ITEM_COMPONENTS``
I-1           the targets, supplied by the caller        catalogue.py   ``TeacherSupportTargets``, ``PUBLISHED_TARGETS``
I-2           evaluation as of a date                    evaluation.py  ``evaluate``
F-1 ... F-3   the project, its period, its regulation    parameters.py  ``TEACHER_SUPPORT_2024``, ``PROJECT_PERIOD``
(records)     what the project records, as data          activities.py  ``TrainingSession``, ``SupportMaterial``, ...
(demo)        a seeded synthetic scenario                examples.py    ``generate_facts``
============  =========================================  =============  ====================

>>> from datetime import date
>>> from decimal import Decimal
>>> targets = TeacherSupportTargets.published(item4=16, item10=Decimal("0.2"), item11=1)
>>> made = facts(trainings=[TrainingSession(audience=TrainingAudience.METHODOLOGISTS, on=date(2025, 3, 1)),
...                         TrainingSession(audience=TrainingAudience.DIDACTICIANS, on=date(2025, 9, 2))])
>>> item3 = evaluate(indicators(targets), made, as_of=date(2025, 12, 31))["4.2.2.3-R3"]
>>> item3.numerator, item3.denominator, item3.reached_on, item3.status.name
(2, 2, datetime.date(2025, 9, 2), 'MET_LATE')
"""

from __future__ import annotations

from karjera_core.programmes.teacher_support import examples
from karjera_core.programmes.teacher_support.activities import (
    InstitutionCount,
    PerformanceMeasurement,
    SupportMaterial,
    SupportVisit,
    TrainingAudience,
    TrainingSession,
)
from karjera_core.programmes.teacher_support.builders import (
    facts,
    institutions_total,
    management_training_started,
    material_developed,
    materials_delivered,
    methodologists_training_started,
    performance_measured,
    specialists_training_started,
    support_received,
)
from karjera_core.programmes.teacher_support.catalogue import PUBLISHED_TARGETS, TeacherSupportTargets, indicators
from karjera_core.programmes.teacher_support.evaluation import evaluate
from karjera_core.programmes.teacher_support.parameters import (
    CODES,
    DEADLINES,
    ITEM_COMPONENTS,
    MATERIAL_COMPONENTS,
    MK_358_2024,
    PROJECT_NUMBER,
    PROJECT_PERIOD,
    TEACHER_SUPPORT_2024,
    TITLES,
    VALMIERA_NOVADS_EDUCATION_BOARD,
)

__all__ = [
    "CODES",
    "DEADLINES",
    "ITEM_COMPONENTS",
    "MATERIAL_COMPONENTS",
    "MK_358_2024",
    "PROJECT_NUMBER",
    "PROJECT_PERIOD",
    "PUBLISHED_TARGETS",
    "TEACHER_SUPPORT_2024",
    "TITLES",
    "VALMIERA_NOVADS_EDUCATION_BOARD",
    "InstitutionCount",
    "PerformanceMeasurement",
    "SupportMaterial",
    "SupportVisit",
    "TeacherSupportTargets",
    "TrainingAudience",
    "TrainingSession",
    "evaluate",
    "examples",
    "facts",
    "indicators",
    "institutions_total",
    "management_training_started",
    "material_developed",
    "materials_delivered",
    "methodologists_training_started",
    "performance_measured",
    "specialists_training_started",
    "support_received",
]


def __dir__() -> list[str]:
    return sorted(__all__)
