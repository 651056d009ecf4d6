"""P-3: the risk assessment that identifies a learner at risk of leaving school early.

A :class:`RiskAssessment` lists at least one :class:`RiskFactor`, each in a
group named by its code.  Which codes are groups is a parameter, a
:class:`~karjera_core.programmes.pumpurs.parameters.RiskGroupSet` (default:
the four groups the project reports); :func:`~karjera_core.programmes.pumpurs.checks.check_risk_factors`
reports a factor whose group is not one of them.  Every free text here refuses
a personal code (P-7).

>>> assessment = RiskAssessment(assessed_on=date(2020, 9, 10), factors=(
...     RiskFactor(group="economic", description="ģimenei trūkst līdzekļu"),
...     RiskFactor(group="learning_and_institution", description="neattaisnoti kavējumi"),
...     RiskFactor(group="economic", description="trūkst piemērota apģērba"),
... ))
>>> assessment.groups
('economic', 'learning_and_institution')
"""

from __future__ import annotations

from datetime import date

from karjera_core import _fields as fields
from karjera_core._records import record
from karjera_core.programmes.pumpurs.parameters import RISK_GROUP_CODE

__all__ = ["RiskAssessment", "RiskFactor"]


def __dir__() -> list[str]:
    return sorted(__all__)


@record
class RiskFactor:
    """One risk factor of an assessment (P-3): the code of its group and a description.

    ``description`` is free text (the official factor list of MK No. 460 is
    not public); like every text, it refuses a personal code (P-7).

    >>> RiskFactor(group="family", description="bieža dzīvesvietas maiņa").group
    'family'
    """

    group: str = fields.code(RISK_GROUP_CODE, what="a risk group code such as 'economic'")
    description: str = fields.text(200, what="a description")


@record
class RiskAssessment:
    """The assessment that identifies a learner at risk of leaving school early (P-3).

    One to 50 factors; ``assessor_role`` (e.g. "klases audzinātājs") and
    ``note`` are optional text without personal codes (P-7).
    """

    assessed_on: date
    factors: tuple[RiskFactor, ...] = fields.items(min_size=1, max_size=50)
    assessor_role: str | None = fields.name(200, what="an assessor's role", default=None)
    note: str | None = fields.text(2000, what="a note", default=None)

    @property
    def groups(self) -> tuple[str, ...]:
        """The distinct group codes of the factors, in the order each first appears."""
        return tuple(dict.fromkeys(factor.group for factor in self.factors))
