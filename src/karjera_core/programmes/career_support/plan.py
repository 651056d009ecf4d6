"""C-7: the municipal career development support plan, and C-8: the municipality's obligations and their evidence.

A plan follows VIAA's template and must cover three aspects [000] 1a-1c; it
is per school year and submitted to VIAA on a day.  A municipality has five
obligations [000]; evidence, dated, says each was met.  Whether a plan is
complete and on time, and which obligations are outstanding on a day, is
for :mod:`~karjera_core.programmes.career_support.checks`.

>>> plan = CareerSupportPlan(municipality="Daugavpils", school_year=SchoolYear(2017),
...     aspects=(PlanAspect.COOPERATION,), submitted=date(2017, 9, 29), due=date(2017, 10, 2))
>>> [aspect.letter for aspect in plan.missing_aspects]
['a', 'b']
"""

from __future__ import annotations

from datetime import date

from karjera_core import _fields as fields
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.time import SchoolYear

__all__ = ["CareerSupportPlan", "Obligation", "ObligationEvidence", "PlanAspect"]


def __dir__() -> list[str]:
    return sorted(__all__)


class PlanAspect(LabelledEnum):
    """The three aspects the municipal career development support plan must cover (C-7, [000] 1a-1c)."""

    #: (a) the model for implementing career support in supervised general and vocational institutions,
    #: with its monitoring mechanism.
    IMPLEMENTATION_MODEL = (
        "implementation_model",
        "karjeras attīstības atbalsta pasākumu īstenošanas modelis un tā uzraudzības mehānisms",
    )
    #: (b) career support measures in supervised general institutions not in the project.
    NON_PROJECT_SCHOOLS = (
        "non_project_schools",
        "karjeras atbalsta pasākumi projektā neiesaistītajās vispārējās izglītības iestādēs",
    )
    #: (c) cooperation with vocational and higher education institutions, employers, their
    #: professional organisations and social partners.
    COOPERATION = (
        "cooperation",
        "sadarbība ar profesionālās un augstākās izglītības iestādēm, darba devējiem un sociālajiem partneriem",
    )

    @property
    def letter(self) -> str:
        """The aspect's letter in [000]: ``a``, ``b`` or ``c``."""
        return {"implementation_model": "a", "non_project_schools": "b", "cooperation": "c"}[self.value]


@record
class CareerSupportPlan:
    """A municipality's career development support plan for a school year (C-7).

    ``aspects`` are the aspects it covers (none twice); ``submitted`` the day
    it was submitted to VIAA and ``due`` the day it was due, both optional.
    """

    municipality: str = fields.name(200, what="a municipality's name")
    school_year: SchoolYear
    aspects: tuple[PlanAspect, ...] = fields.items(max_size=3)
    submitted: date | None = None
    due: date | None = None

    @rule("aspects")
    def _aspects_once(self) -> Flaw | None:
        for index, aspect in enumerate(self.aspects):
            if aspect in self.aspects[:index]:
                return Flaw(f"$.aspects[{index}]", "plan.aspect_twice", "expected each aspect at most once")
        return None

    @property
    def missing_aspects(self) -> tuple[PlanAspect, ...]:
        """The aspects the plan does not cover, in the order a, b, c."""
        return tuple(a for a in PlanAspect if a not in self.aspects)


class Obligation(LabelledEnum):
    """The five obligations of a municipality in the project (C-8, [000])."""

    NOMINATE_PILOT_SCHOOLS = (
        "nominate_pilot_schools",
        "izvirzīt izglītības iestādes, kuras piedalīsies projektā kā pilotskolas",
    )
    ENSURE_ACCESS = "ensure_access", "nodrošināt karjeras atbalsta pieejamību izglītojamajiem"
    SUBMIT_PLAN = "submit_plan", "izstrādāt un iesniegt VIAA karjeras attīstības atbalsta pasākumu plānu"
    ACCUMULATE_DATA = "accumulate_data", "nodrošināt datu uzkrāšanu par sasniegtajiem rezultātiem"
    PUBLISH_INFORMATION = "publish_information", "tīmekļa vietnē ievietot aktuālu informāciju par projekta īstenošanu"


@record
class ObligationEvidence:
    """Evidence that ``obligation`` was met, dated ``on``, with a short ``note`` (C-8).

    >>> ObligationEvidence(obligation=Obligation.SUBMIT_PLAN, on=date(2017, 9, 29), note="plāns iesniegts").on
    datetime.date(2017, 9, 29)
    """

    obligation: Obligation
    on: date
    note: str = fields.text(500, what="a note")
