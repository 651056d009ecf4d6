"""Erasmus+ partnership formats and the eligibility rules of each (rule E-2), each beside its source.

* :class:`PartnershipFormat` -- the kind of KA2 partnership, which fixes its
  generation and its default rules;
* :class:`PartnershipRules` -- the rules a partnership is checked against, as
  a replaceable parameter object;
* :data:`DEFAULT_RULES` and :data:`RULE_SOURCES` -- the documented defaults of
  each format and where they come from.

The rules do not change by date within a format (the format names its
generation), so they are a table by format rather than a dated
:class:`~karjera_core.schedule.Schedule`; each entry still names its source.

>>> PartnershipFormat.SMALL_SCALE_2021_2027.default_rules
PartnershipRules(min_organisations=2, min_countries=2, min_months=6, max_months=24, eligible_countries=None)
>>> PartnershipFormat.STRATEGIC_2014_2020.source.citation
'[pub] SOURCES §7: Erasmus+ 2014-2020 Strategic Partnerships (KA2), Programme Guide'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from karjera_core import _fields as fields
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._iso3166 import ALPHA_2
from karjera_core._records import record, rule
from karjera_core.funding import ERASMUS_PLUS_2014_2020, ERASMUS_PLUS_2021_2027, ProgrammingPeriod
from karjera_core.schedule import Source

__all__ = ["DEFAULT_RULES", "RULE_SOURCES", "PartnershipFormat", "PartnershipRules"]


def __dir__() -> list[str]:
    return sorted(__all__)


#: An ISO 3166-1 alpha-2 country code, as a field kind (for the records of this package).
COUNTRY = fields.Choice(ALPHA_2, "an ISO 3166-1 alpha-2 country code such as 'LV'")


class PartnershipFormat(LabelledEnum):
    """The kind of Erasmus+ KA2 partnership, which fixes its eligibility rules (E-2)."""

    STRATEGIC_2014_2020 = "strategic_2014_2020", "stratēģiskā partnerība"
    COOPERATION_2021_2027 = "cooperation_2021_2027", "sadarbības partnerība"
    SMALL_SCALE_2021_2027 = "small_scale_2021_2027", "maza mēroga partnerība"

    @property
    def programming_period(self) -> ProgrammingPeriod:
        """The Erasmus+ generation the format belongs to."""
        if self is PartnershipFormat.STRATEGIC_2014_2020:
            return ERASMUS_PLUS_2014_2020
        return ERASMUS_PLUS_2021_2027

    @property
    def default_rules(self) -> PartnershipRules:
        """The documented default rules of the format (E-2); see :class:`PartnershipRules`."""
        return DEFAULT_RULES[self]

    @property
    def source(self) -> Source:
        """Where the format's default rules come from."""
        return RULE_SOURCES[self]


@record
class PartnershipRules:
    """The eligibility rules a partnership is checked against (E-2), as data.

    * ``min_organisations`` -- organisations (coordinator included);
    * ``min_countries`` -- different countries among them;
    * ``min_months`` / ``max_months`` -- the duration, when the period is
      known: a period lasts at least N months when its day after the end is
      on or after its start plus N months (dateutil's ``relativedelta``);
      ``max_months`` is never below ``min_months``;
    * ``eligible_countries`` -- when given, only organisations from these
      countries count towards both minimums (the programme / associated
      countries changed over time; the library does not ship the lists).
      ``None`` (the default): every country counts.

    Defaults (:data:`DEFAULT_RULES`) [pub, SOURCES §7]: strategic partnerships
    (2014-2020) and cooperation partnerships (2021-2027) need 3 organisations
    from 3 countries and last 12-36 months; small-scale partnerships need 2
    from 2 and last 6-24 months.
    """

    min_organisations: int = fields.integer(1, 1000, what="a number of organisations")
    min_countries: int = fields.integer(1, 1000, what="a number of countries")
    min_months: int = fields.integer(1, 1000, what="a number of months")
    max_months: int = fields.integer(1, 1000, what="a number of months")
    eligible_countries: tuple[str, ...] | None = fields.items(COUNTRY, max_size=len(ALPHA_2), default=None)

    @rule("min_months", "max_months")
    def _months_in_order(self) -> Flaw | None:
        if self.max_months < self.min_months:
            return Flaw("$.max_months", "partnership_rules.months_order", "expected max_months of at least min_months")
        return None


_CALL_3_IN_3 = PartnershipRules(min_organisations=3, min_countries=3, min_months=12, max_months=36)

#: The default rules of each format (E-2).
DEFAULT_RULES: Mapping[PartnershipFormat, PartnershipRules] = MappingProxyType(
    {
        PartnershipFormat.STRATEGIC_2014_2020: _CALL_3_IN_3,
        PartnershipFormat.COOPERATION_2021_2027: _CALL_3_IN_3,
        PartnershipFormat.SMALL_SCALE_2021_2027: PartnershipRules(
            min_organisations=2, min_countries=2, min_months=6, max_months=24
        ),
    }
)

#: Where each format's default rules come from (the brief's SOURCES §7, with the pages it cites).
RULE_SOURCES: Mapping[PartnershipFormat, Source] = MappingProxyType(
    {
        PartnershipFormat.STRATEGIC_2014_2020: Source(
            citation="[pub] SOURCES §7: Erasmus+ 2014-2020 Strategic Partnerships (KA2), Programme Guide"
        ),
        PartnershipFormat.COOPERATION_2021_2027: Source(
            citation="[pub] SOURCES §7: Erasmus+ 2021-2027 Cooperation Partnerships (KA220), Programme Guide"
        ),
        PartnershipFormat.SMALL_SCALE_2021_2027: Source(
            citation="[pub] SOURCES §7: Erasmus+ 2021-2027 Small-scale Partnerships (KA210), Programme Guide"
        ),
    }
)
