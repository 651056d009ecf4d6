"""The Erasmus+ checks, one per rule in rule order, and :func:`check` running them all (rules E-2, E-3).

E-1 (a coordinator and distinct partners, each with a country) holds by
construction of :class:`~karjera_core.programmes.erasmus.partnership.Partnership`.

Every check returns a tuple of :class:`~karjera_core.errors.Violation`, in
rule order, with paths into its ``partnership`` argument as
:func:`~karjera_core.serialization.unstructure` lays it out
(``$.partnership.trainings[0].host``).  None of them depends on a day: the
rules look at the partnership's own dates only.

>>> from datetime import date
>>> from karjera_core.organisations import Organisation, OrganisationKind
>>> from karjera_core.programmes.erasmus import PartnershipFormat
>>> from karjera_core.time import DateRange
>>> def board(name: str, country: str) -> Organisation:
...     return Organisation(name=name, kind=OrganisationKind.EDUCATION_BOARD, country=country)
>>> small = Partnership(title="Karjera", format=PartnershipFormat.SMALL_SCALE_2021_2027,
...                     coordinator=board("Jelgavas novada pašvaldības Izglītības pārvalde", "LV"),
...                     partners=(board("Aradas apgabala Izglītības pārvalde", "RO"),),
...                     period=DateRange(start=date(2022, 9, 1), end=date(2023, 8, 31)))
>>> check(small)
()
>>> for violation in check(small, rules=PartnershipFormat.COOPERATION_2021_2027.default_rules):
...     print(violation)
$.partnership.partners: expected at least 3 organisations, coordinator included [E-2 partnership.too_few_organisations]
$.partnership.partners: expected organisations from at least 3 different countries [E-2 partnership.too_few_countries]
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from karjera_core._arguments import arguments
from karjera_core.errors import Violation
from karjera_core.programmes.erasmus.parameters import PartnershipRules
from karjera_core.programmes.erasmus.partnership import Partnership
from karjera_core.time import DateRange

__all__ = ["check", "check_activities", "check_eligibility", "check_partnership"]


def __dir__() -> list[str]:
    return sorted(__all__)


_PARTNERSHIP_RULES = arguments(partnership=Partnership, rules=PartnershipRules | None)
_PARTNERSHIP = arguments(partnership=Partnership)


# ---------------------------------------------------------------- E-2 eligibility


def check_eligibility(partnership: Partnership, *, rules: PartnershipRules | None = None) -> tuple[Violation, ...]:
    """E-2: enough organisations from enough countries, and a known period of an allowed length.

    ``rules`` defaults to ``partnership.format.default_rules``.

    * ``partnership.too_few_organisations`` / ``partnership.too_few_countries``
      (at ``$.partnership.partners``) -- below the minimums, counting only
      eligible countries when the rules name them;
    * ``partnership.too_short`` / ``partnership.too_long`` (at
      ``$.partnership.period``) -- checked only when the period is known.
    """
    partnership, rules = _PARTNERSHIP_RULES(partnership, rules)
    return tuple(_eligibility(partnership, _rules_for(partnership, rules)))


def _rules_for(partnership: Partnership, rules: PartnershipRules | None) -> PartnershipRules:
    return partnership.format.default_rules if rules is None else rules


def _eligibility(partnership: Partnership, rules: PartnershipRules) -> Iterator[Violation]:
    eligible = rules.eligible_countries
    counted = [org for org in partnership.organisations if eligible is None or org.country in eligible]
    among = "" if eligible is None else " eligible"  # organisations from eligible countries, and those countries
    if len(counted) < rules.min_organisations:
        yield Violation(
            code="partnership.too_few_organisations",
            rule="E-2",
            message=f"expected at least {rules.min_organisations}{among} organisations, coordinator included",
            path="$.partnership.partners",
        )
    if len({org.country for org in counted}) < rules.min_countries:
        yield Violation(
            code="partnership.too_few_countries",
            rule="E-2",
            message=f"expected organisations from at least {rules.min_countries} different{among} countries",
            path="$.partnership.partners",
        )
    if partnership.period is not None:
        yield from _duration(partnership.period, rules)


def _duration(period: DateRange, rules: PartnershipRules) -> Iterator[Violation]:
    assert period.end is not None  # a partnership's known period is closed
    after_end = period.end + timedelta(days=1)
    if after_end < period.start + relativedelta(months=rules.min_months):
        yield Violation(
            code="partnership.too_short",
            rule="E-2",
            message=f"expected a duration of at least {rules.min_months} months",
            path="$.partnership.period",
        )
    if after_end > period.start + relativedelta(months=rules.max_months):
        yield Violation(
            code="partnership.too_long",
            rule="E-2",
            message=f"expected a duration of at most {rules.max_months} months",
            path="$.partnership.period",
        )


# ---------------------------------------------------------------- E-3 activities


def check_activities(partnership: Partnership) -> tuple[Violation, ...]:
    """E-3: trainings hosted by members, and known activity dates inside a known period.

    * ``partnership.meeting_outside_period`` (at ``$.partnership.meetings[i].dates``);
    * ``partnership.training_host_not_member`` (at ``$.partnership.trainings[i].host``) --
      hosted by an organisation that is neither the coordinator nor a partner;
    * ``partnership.training_outside_period`` (at ``$.partnership.trainings[i].dates``).
    """
    (partnership,) = _PARTNERSHIP(partnership)
    return tuple(_activities(partnership))


def _activities(partnership: Partnership) -> Iterator[Violation]:
    members = set(partnership.organisations)
    period = partnership.period
    for index, meeting in enumerate(partnership.meetings):
        if period is not None and meeting.dates is not None and not period.covers(meeting.dates):
            yield Violation(
                code="partnership.meeting_outside_period",
                rule="E-3",
                message="expected the meeting within the partnership's period",
                path=f"$.partnership.meetings[{index}].dates",
            )
    for index, training in enumerate(partnership.trainings):
        if training.host not in members:
            yield Violation(
                code="partnership.training_host_not_member",
                rule="E-3",
                message="expected a training hosted by the coordinator or a partner",
                path=f"$.partnership.trainings[{index}].host",
            )
        if period is not None and training.dates is not None and not period.covers(training.dates):
            yield Violation(
                code="partnership.training_outside_period",
                rule="E-3",
                message="expected the training within the partnership's period",
                path=f"$.partnership.trainings[{index}].dates",
            )


# ---------------------------------------------------------------- all of them


def check(partnership: Partnership, *, rules: PartnershipRules | None = None) -> tuple[Violation, ...]:
    """Every violation of ``partnership`` under ``rules`` (default: its format's), E-2 then E-3.

    The programme's ``check`` verb: :func:`check_eligibility` and
    :func:`check_activities` together, the arguments validated once.
    """
    partnership, rules = _PARTNERSHIP_RULES(partnership, rules)
    return (*_eligibility(partnership, _rules_for(partnership, rules)), *_activities(partnership))


def check_partnership(partnership: Partnership, *, rules: PartnershipRules | None = None) -> tuple[Violation, ...]:
    """:func:`check` under its earlier, unique name (``karjera_core.check_partnership``, where a bare
    ``check`` cannot stand): every E-2 / E-3 violation of ``partnership``."""
    return check(partnership, rules=rules)
