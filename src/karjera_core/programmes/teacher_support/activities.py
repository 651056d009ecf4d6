"""What the project records: trainings, materials, support and measurements (the data behind I-5's results).

Each record says one thing that happened, in the project's own terms;
:func:`karjera_core.programmes.teacher_support.builders` turns them into the
facts the catalogue counts.  They are declared records: ``structure(data,
TrainingSession)`` takes them from JSON (a web form, an export) with every
problem at its path, and ``json_schema`` describes them.

====================  ==========================================  ==============
record                says                                        counts for
====================  ==========================================  ==============
TrainingSession       training took place for an audience         items 1, 2, 3
SupportMaterial       a material was developed or adapted         item 4, 5-9
SupportVisit          an institution received professional help   items 10, 11
PerformanceMeasurement  an institution's performance was measured  item 11
InstitutionCount      how many education institutions there are   items 2, 10
====================  ==========================================  ==============

Institutions are named by their 10-digit registration number (O-3),
municipalities by their official name (O-2).

>>> from datetime import date
>>> TrainingSession(audience=TrainingAudience.SPECIALISTS, on=date(2025, 3, 4), municipality="Valmieras novads")
... # doctest: +ELLIPSIS
TrainingSession(audience=<TrainingAudience.SPECIALISTS: 'specialists'>, on=datetime.date(2025, 3, 4), ...)
>>> try:
...     TrainingSession(audience=TrainingAudience.MANAGEMENT, on=date(2025, 3, 4))
... except ValueError as error:
...     print(error.problems[0].path, error.problems[0].code)
$.institution training_session.institution_missing
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.programmes.teacher_support.parameters import ITEM_COMPONENTS, MATERIAL_COMPONENTS

__all__ = [
    "InstitutionCount",
    "PerformanceMeasurement",
    "SupportMaterial",
    "SupportVisit",
    "TrainingAudience",
    "TrainingSession",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: An education institution's registration number: 10 digits (O-3).
_REGISTRATION = r"[0-9]{10}"
_INSTITUTION = fields.Text(10, "an institution's registration number of 10 digits (O-3)", pattern=_REGISTRATION)
_MUNICIPALITY = fields.Text(200, "a municipality's name (O-2)")
_MATERIAL = fields.Text(64, "a material id")
_COMPONENT = fields.Choice(frozenset(MATERIAL_COMPONENTS), "a component items 5-9 name, such as 'fizika/vidusskola'")
#: A performance measure: any finite number, up to four decimal places.
_MEASURE = fields.Dec(Decimal(-(10**12)), Decimal(10**12), 4, "a performance measure")
#: How many education institutions there can be: far more than Latvia's few thousand, far below any overflow.
_INSTITUTIONS = fields.Integer(0, 1_000_000, "a number of education institutions")
_SOURCE = fields.Text(200, "a source")


class TrainingAudience(LabelledEnum):
    """Who a training is for: each audience counts for one result.

    * ``SPECIALISTS`` -- a municipality's education specialists (item 1);
    * ``MANAGEMENT`` -- an institution's management team (item 2);
    * ``METHODOLOGISTS``, ``DIDACTICIANS`` -- the preparation of methodologists
      and didacticians (item 3, due when both have started).
    """

    SPECIALISTS = "specialists", "izglītības speciālisti"
    MANAGEMENT = "management", "izglītības iestāžu vadības komandu pārstāvji"
    METHODOLOGISTS = "methodologists", "metodiķi"
    DIDACTICIANS = "didacticians", "didaktiķi"

    @property
    def group(self) -> str | None:
        """The item-3 component the audience stands for ("metodiķi", "didaktiķi"), or None."""
        return _GROUPS.get(self)


_GROUPS = {
    TrainingAudience.METHODOLOGISTS: ITEM_COMPONENTS[3][0],
    TrainingAudience.DIDACTICIANS: ITEM_COMPONENTS[3][1],
}


@record
class TrainingSession:
    """Training took place for ``audience`` on the day ``on`` (items 1-3).

    ``municipality`` names the municipality whose education specialists were
    trained (required for ``SPECIALISTS``); ``institution`` the institution
    whose management team was (required for ``MANAGEMENT``).  Each may also be
    given for the other audiences, for the record; only these two count.
    """

    audience: TrainingAudience
    on: date
    municipality: str | None = fields.field(_MUNICIPALITY, default=None)
    institution: str | None = fields.field(_INSTITUTION, default=None)

    @rule("audience", "municipality", "institution")
    def _who(self) -> Flaw | None:
        if self.audience is TrainingAudience.SPECIALISTS and self.municipality is None:
            return Flaw(
                "$.municipality",
                "training_session.municipality_missing",
                "expected the municipality whose education specialists were trained (item 1)",
            )
        if self.audience is TrainingAudience.MANAGEMENT and self.institution is None:
            return Flaw(
                "$.institution",
                "training_session.institution_missing",
                "expected the institution whose management team was trained (item 2)",
            )
        return None


@record
class SupportMaterial:
    """Methodological support material ``material`` (its id) was developed or adapted on the day ``on`` (item 4).

    ``component``, when given, is the subject area and school level of items
    5-9 it serves ("fizika/vidusskola"): it then also counts as delivered for
    the item naming that component.
    """

    material: str = fields.field(_MATERIAL)
    on: date
    component: str | None = fields.field(_COMPONENT, default=None)

    @property
    def item(self) -> int | None:
        """The item (5-9) whose component the material serves, or None."""
        return None if self.component is None else MATERIAL_COMPONENTS[self.component]


@record
class SupportVisit:
    """``institution`` (its registration number) received professional support on the day ``on`` (items 10, 11)."""

    institution: str = fields.field(_INSTITUTION)
    on: date


@record
class PerformanceMeasurement:
    """``institution``'s performance measure was ``value`` on the day ``on``, higher being better (item 11)."""

    institution: str = fields.field(_INSTITUTION)
    on: date
    value: Decimal = fields.field(_MEASURE)


@record
class InstitutionCount:
    """There were ``count`` education institutions as known on the day ``on`` (the denominator of items 2, 10; I-3).

    ``source`` names where the figure comes from (default the state education
    information system, VIIS).
    """

    count: int = fields.field(_INSTITUTIONS)
    on: date
    source: str = fields.field(_SOURCE, default="VIIS")
