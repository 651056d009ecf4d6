"""Erasmus+ partnerships: coordinator and partners, meetings, training events, outputs (rules E-1 ... E-3).

* :class:`Partnership` -- a coordinator (lead partner) and partners, each an
  organisation with a country (E-1), in a :class:`PartnershipFormat`, with
  its transnational meetings, training events and outputs (E-3).
* :class:`PartnershipRules` -- the eligibility rules of a format (E-2), as a
  parameter object: :meth:`PartnershipFormat.default_rules` gives the
  documented defaults; supply another to check against other rules.
* :func:`check_partnership` -- every E-2 / E-3 rule a partnership breaks.

The seeds give no period for "S.O.S. karjera panākumiem" and date its
meeting "18. un 19.maijā" of an unstated year: such dates stay unknown
(``None``) rather than guessed (T-6).

>>> from datetime import date
>>> from karjera_core.organisations import Organisation, OrganisationKind
>>> def board(name: str, country: str) -> Organisation:
...     return Organisation(name=name, kind=OrganisationKind.EDUCATION_BOARD, country=country)
>>> small = Partnership(title="Karjera", format=PartnershipFormat.SMALL_SCALE_2021_2027,
...                     coordinator=board("Jelgavas novada pašvaldības Izglītības pārvalde", "LV"),
...                     partners=(board("Aradas apgabala Izglītības pārvalde", "RO"),),
...                     period=DateRange(start=date(2022, 9, 1), end=date(2023, 8, 31)))
>>> small.countries, check_partnership(small)
(('LV', 'RO'), ())
>>> [v.code for v in check_partnership(small, rules=PartnershipFormat.COOPERATION_2021_2027.default_rules)]
['partnership.too_few_organisations', 'partnership.too_few_countries']
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

import attrs
from dateutil.relativedelta import relativedelta

from karjera_core._enums import LabelledEnum
from karjera_core._iso3166 import ALPHA_2
from karjera_core.errors import ROOT, Problem, ValidationError, Violation, fail
from karjera_core.funding import (
    ERASMUS_PLUS_2014_2020,
    ERASMUS_PLUS_2021_2027,
    MAX_TEXT,
    ProgrammingPeriod,
)
from karjera_core.organisations import Organisation
from karjera_core.time import DateRange

__all__ = [
    "Meeting",
    "Output",
    "OutputKind",
    "Partnership",
    "PartnershipFormat",
    "PartnershipRules",
    "TrainingEvent",
    "TrainingScope",
    "check_partnership",
]


def _is_text(value: object, limit: int = MAX_TEXT) -> bool:
    return type(value) is str and 0 < len(value) <= limit and not value.isspace()


def _is_country(value: object) -> bool:
    return type(value) is str and value in ALPHA_2


def _optional_text_ok(value: object) -> bool:
    return value is None or _is_text(value)


def _text_problem(path: str, code: str, *, optional: bool) -> Problem:
    prefix = "None or " if optional else ""
    return Problem(path=path, code=code, message=f"expected {prefix}non-blank text of at most {MAX_TEXT} characters")


def _country_problem(path: str, code: str) -> Problem:
    return Problem(path=path, code=code, message="expected an ISO 3166-1 alpha-2 country code such as 'LV'")


# ---------------------------------------------------------------- formats and their rules (E-2)


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
        return _DEFAULT_RULES[self]


@attrs.frozen(kw_only=True)
class PartnershipRules:
    """The eligibility rules a partnership is checked against (E-2), as data.

    * ``min_organisations`` -- organisations (coordinator included);
    * ``min_countries`` -- different countries among them;
    * ``min_months`` / ``max_months`` -- the duration, when the period is
      known: a period lasts at least N months when its day after the end is
      on or after its start plus N months (dateutil's ``relativedelta``);
    * ``eligible_countries`` -- when given, only organisations from these
      countries count towards both minimums (the programme / associated
      countries changed over time; the library does not ship the lists).
      ``None`` (the default): every country counts.

    Defaults [pub, SOURCES §7]: strategic partnerships (2014-2020) and
    cooperation partnerships (2021-2027) need 3 organisations from 3
    countries and last 12-36 months; small-scale partnerships need 2 from 2
    and last 6-24 months.

    >>> PartnershipFormat.SMALL_SCALE_2021_2027.default_rules
    PartnershipRules(min_organisations=2, min_countries=2, min_months=6, max_months=24, eligible_countries=None)
    """

    min_organisations: int
    min_countries: int
    min_months: int
    max_months: int
    eligible_countries: tuple[str, ...] | None = None

    def __attrs_post_init__(self) -> None:
        if not _rules_ok(self):
            _reject_rules(self)


def _positive(value: object) -> bool:
    return type(value) is int and 1 <= value <= 1000


def _rules_ok(rules: PartnershipRules) -> bool:
    countries = rules.eligible_countries
    return (
        _positive(rules.min_organisations)
        and _positive(rules.min_countries)
        and _positive(rules.min_months)
        and _positive(rules.max_months)
        and rules.min_months <= rules.max_months
        and (countries is None or (type(countries) is tuple and all(_is_country(c) for c in countries)))
    )


def _reject_rules(rules: PartnershipRules) -> None:
    problems: list[Problem] = []
    for name in ("min_organisations", "min_countries", "min_months", "max_months"):
        if not _positive(getattr(rules, name)):
            problems.append(
                Problem(path=f"$.{name}", code=f"partnership_rules.{name}", message="expected an int 1-1000")
            )
    if not problems and rules.min_months > rules.max_months:
        problems.append(
            Problem(
                path="$.max_months", code="partnership_rules.months_order", message="expected max_months >= min_months"
            )
        )
    countries = rules.eligible_countries
    if countries is not None and (type(countries) is not tuple or not all(_is_country(c) for c in countries)):
        problems.append(
            Problem(
                path="$.eligible_countries",
                code="partnership_rules.eligible_countries",
                message="expected None or a tuple of ISO 3166-1 alpha-2 country codes",
            )
        )
    raise ValidationError(problems)


_DEFAULT_RULES = {
    PartnershipFormat.STRATEGIC_2014_2020: PartnershipRules(
        min_organisations=3, min_countries=3, min_months=12, max_months=36
    ),
    PartnershipFormat.COOPERATION_2021_2027: PartnershipRules(
        min_organisations=3, min_countries=3, min_months=12, max_months=36
    ),
    PartnershipFormat.SMALL_SCALE_2021_2027: PartnershipRules(
        min_organisations=2, min_countries=2, min_months=6, max_months=24
    ),
}


# ---------------------------------------------------------------- activities (E-3)


@attrs.frozen(kw_only=True)
class Meeting:
    """A transnational project meeting (E-3).

    ``dates`` stays ``None`` when the source does not give them in full:
    [001] dates the Arad meeting "18. un 19.maijā" without a year, which is
    kept in ``note`` and never completed with a guessed year.

    >>> Meeting(place="Arada", country="RO", note="šā gada 18. un 19.maijā").dates is None
    True
    """

    place: str
    country: str
    dates: DateRange | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if (
            not _is_text(self.place)
            or not _is_country(self.country)
            or (self.dates is not None and type(self.dates) is not DateRange)
            or not _optional_text_ok(self.note)
        ):
            problems: list[Problem] = []
            if not _is_text(self.place):
                problems.append(_text_problem("$.place", "meeting.place", optional=False))
            if not _is_country(self.country):
                problems.append(_country_problem("$.country", "meeting.country"))
            if self.dates is not None and type(self.dates) is not DateRange:
                problems.append(Problem(path="$.dates", code="meeting.dates", message="expected None or a DateRange"))
            if not _optional_text_ok(self.note):
                problems.append(_text_problem("$.note", "meeting.note", optional=True))
            raise ValidationError(problems)


class TrainingScope(LabelledEnum):
    """Whether a training event is for local participants or international (E-3)."""

    LOCAL = "local", "vietēja mēroga"
    INTERNATIONAL = "international", "starptautiska"


@attrs.frozen(kw_only=True)
class TrainingEvent:
    """A training event hosted by a partner (E-3).

    ``month`` (1-12) may be known without the year or day ([001]: Jelgava
    novads hosts the first international training "šā gada oktobrī");
    ``dates`` when they are known in full.  When both are given, ``dates``
    must start in ``month``.

    >>> from karjera_core.organisations import OrganisationKind
    >>> host = Organisation(name="Jelgavas novada IP", kind=OrganisationKind.EDUCATION_BOARD, country="LV")
    >>> TrainingEvent(host=host, scope=TrainingScope.INTERNATIONAL, country="LV", month=10).scope.label
    'starptautiska'
    """

    host: Organisation
    scope: TrainingScope
    country: str
    month: int | None = None
    dates: DateRange | None = None
    title: str | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        month, dates = self.month, self.dates
        if (
            type(self.host) is not Organisation
            or type(self.scope) is not TrainingScope
            or not _is_country(self.country)
            or (month is not None and (type(month) is not int or not 1 <= month <= 12))
            or (dates is not None and type(dates) is not DateRange)
            or (month is not None and dates is not None and dates.start.month != month)
            or not _optional_text_ok(self.title)
            or not _optional_text_ok(self.note)
        ):
            _reject_training(self)


def _reject_training(event: TrainingEvent) -> None:
    problems: list[Problem] = []
    month, dates = event.month, event.dates
    if type(event.host) is not Organisation:
        problems.append(Problem(path="$.host", code="training.host", message="expected an Organisation"))
    if type(event.scope) is not TrainingScope:
        problems.append(Problem(path="$.scope", code="training.scope", message="expected a TrainingScope"))
    if not _is_country(event.country):
        problems.append(_country_problem("$.country", "training.country"))
    month_ok = month is None or (type(month) is int and 1 <= month <= 12)
    dates_ok = dates is None or type(dates) is DateRange
    if not month_ok:
        problems.append(Problem(path="$.month", code="training.month", message="expected None or an int month 1-12"))
    if not dates_ok:
        problems.append(Problem(path="$.dates", code="training.dates", message="expected None or a DateRange"))
    if month_ok and dates_ok and month is not None and dates is not None and dates.start.month != month:
        problems.append(
            Problem(
                path="$.month", code="training.month_mismatch", message="expected the dates to start in the given month"
            )
        )
    if not _optional_text_ok(event.title):
        problems.append(_text_problem("$.title", "training.title", optional=True))
    if not _optional_text_ok(event.note):
        problems.append(_text_problem("$.note", "training.note", optional=True))
    raise ValidationError(problems)


class OutputKind(LabelledEnum):
    """What a partnership produces (E-3)."""

    TRAINING_PROGRAMME = "training_programme", "apmācību programma"
    TRAINING_MATERIAL = "training_material", "mācību materiāls"
    ONLINE_PLATFORM = "online_platform", "tiešsaistes platforma"
    CAREER_GUIDE = "career_guide", "karjeras ceļvedis"
    COUNSELLING_EVENT = "counselling_event", "profesionālās konsultēšanas pasākums"
    LOCAL_SEMINAR = "local_seminar", "vietēja mēroga seminārs"
    FINAL_CONFERENCE = "final_conference", "noslēguma konference"
    OTHER = "other", "cits rezultāts"


@attrs.frozen(kw_only=True)
class Output:
    """A result a partnership delivers (E-3); ``details`` lists its parts, e.g. a platform's contents.

    >>> Output(kind=OutputKind.CAREER_GUIDE, title="Ko darīsi rīt?").kind.label
    'karjeras ceļvedis'
    """

    kind: OutputKind
    title: str
    details: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        details = self.details
        if (
            type(self.kind) is not OutputKind
            or not _is_text(self.title)
            or type(details) is not tuple
            or not all(_is_text(d) for d in details)
        ):
            problems: list[Problem] = []
            if type(self.kind) is not OutputKind:
                problems.append(Problem(path="$.kind", code="output.kind", message="expected an OutputKind"))
            if not _is_text(self.title):
                problems.append(_text_problem("$.title", "output.title", optional=False))
            if type(details) is not tuple:
                problems.append(Problem(path="$.details", code="output.details", message="expected a tuple of text"))
            else:
                problems.extend(
                    _text_problem(f"$.details[{i}]", "output.details", optional=False)
                    for i, d in enumerate(details)
                    if not _is_text(d)
                )
            raise ValidationError(problems)


# ---------------------------------------------------------------- the partnership (E-1)


@attrs.frozen(kw_only=True)
class Partnership:
    """An Erasmus+ partnership (E-1 ... E-3).

    ``coordinator`` leads it; ``partners`` are the other organisations, each
    at most once and never the coordinator again.  ``period``, when known, is
    a closed range (E-2 checks its length); the seeds do not always give it.
    """

    title: str
    format: PartnershipFormat
    coordinator: Organisation
    partners: tuple[Organisation, ...]
    period: DateRange | None = None
    aim: str | None = None
    meetings: tuple[Meeting, ...] = ()
    trainings: tuple[TrainingEvent, ...] = ()
    outputs: tuple[Output, ...] = ()

    def __attrs_post_init__(self) -> None:
        if (
            not _is_text(self.title)
            or type(self.format) is not PartnershipFormat
            or type(self.coordinator) is not Organisation
            or not _partners_ok(self.coordinator, self.partners)
            or (self.period is not None and (type(self.period) is not DateRange or self.period.end is None))
            or not _optional_text_ok(self.aim)
            or not _all_of(self.meetings, Meeting)
            or not _all_of(self.trainings, TrainingEvent)
            or not _all_of(self.outputs, Output)
        ):
            _reject_partnership(self)

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        """The coordinator, then the partners."""
        return (self.coordinator, *self.partners)

    @property
    def countries(self) -> tuple[str, ...]:
        """The distinct countries of the organisations, in alphabetical order."""
        return tuple(sorted({org.country for org in self.organisations}))

    @property
    def programming_period(self) -> ProgrammingPeriod:
        """The Erasmus+ generation of the partnership's format."""
        return self.format.programming_period


def _partners_ok(coordinator: object, partners: object) -> bool:
    return (
        type(partners) is tuple
        and all(type(p) is Organisation for p in partners)
        and len(set(partners)) == len(partners)
        and coordinator not in partners
    )


def _all_of(items: object, cls: type) -> bool:
    return type(items) is tuple and all(type(item) is cls for item in items)


def _reject_partnership(p: Partnership) -> None:
    problems: list[Problem] = []
    if not _is_text(p.title):
        problems.append(_text_problem("$.title", "partnership.title", optional=False))
    if type(p.format) is not PartnershipFormat:
        problems.append(Problem(path="$.format", code="partnership.format", message="expected a PartnershipFormat"))
    if type(p.coordinator) is not Organisation:
        problems.append(
            Problem(path="$.coordinator", code="partnership.coordinator", message="expected an Organisation")
        )
    problems.extend(_partner_problems(p.coordinator, p.partners))
    if p.period is not None and (type(p.period) is not DateRange or p.period.end is None):
        problems.append(
            Problem(path="$.period", code="partnership.period", message="expected None or a closed DateRange")
        )
    if not _optional_text_ok(p.aim):
        problems.append(_text_problem("$.aim", "partnership.aim", optional=True))
    for name, cls in (("meetings", Meeting), ("trainings", TrainingEvent), ("outputs", Output)):
        problems.extend(_item_problems(getattr(p, name), cls, name))
    raise ValidationError(problems)


def _partner_problems(coordinator: object, partners: object) -> Iterable[Problem]:
    if type(partners) is not tuple:
        yield Problem(path="$.partners", code="partnership.partners", message="expected a tuple of Organisation")
        return
    seen: set[Organisation] = set()
    for index, partner in enumerate(partners):
        path = f"$.partners[{index}]"
        if type(partner) is not Organisation:
            yield Problem(path=path, code="partnership.partners", message="expected an Organisation")
        elif partner == coordinator:
            yield Problem(
                path=path,
                code="partnership.coordinator_as_partner",
                message="expected the coordinator not to be listed as a partner",
            )
        elif partner in seen:
            yield Problem(path=path, code="partnership.duplicate_partner", message="expected each partner at most once")
        else:
            seen.add(partner)


def _item_problems(items: object, cls: type, name: str) -> Iterable[Problem]:
    if type(items) is not tuple:
        yield Problem(path=f"$.{name}", code=f"partnership.{name}", message=f"expected a tuple of {cls.__name__}")
        return
    for index, item in enumerate(items):
        if type(item) is not cls:
            yield Problem(path=f"$.{name}[{index}]", code=f"partnership.{name}", message=f"expected a {cls.__name__}")


# ---------------------------------------------------------------- the check (E-2, E-3)


def check_partnership(partnership: Partnership, *, rules: PartnershipRules | None = None) -> tuple[Violation, ...]:
    """Every E-2 / E-3 rule ``partnership`` breaks; empty when it complies.

    ``rules`` defaults to ``partnership.format.default_rules``.

    * E-2 ``partnership.too_few_organisations`` / ``partnership.too_few_countries``
      -- below the minimums (counting only eligible countries, when the
      rules name them);
    * E-2 ``partnership.too_short`` / ``partnership.too_long`` -- the
      duration, checked only when the period is known;
    * E-3 ``partnership.training_host_not_member`` -- a training hosted by an
      organisation that is neither the coordinator nor a partner;
    * E-3 ``partnership.meeting_outside_period`` /
      ``partnership.training_outside_period`` -- known dates outside a known period.
    """
    if type(partnership) is not Partnership:
        fail(ROOT, "partnership.type", "expected a Partnership")
    if rules is None:
        rules = partnership.format.default_rules
    elif type(rules) is not PartnershipRules:
        fail("$.rules", "partnership.rules", "expected None or PartnershipRules")
    found: list[Violation] = []
    found.extend(_membership_violations(partnership, rules))
    if partnership.period is not None:
        found.extend(_duration_violations(partnership.period, rules))
    found.extend(_activity_violations(partnership))
    return tuple(found)


def _membership_violations(partnership: Partnership, rules: PartnershipRules) -> Iterable[Violation]:
    eligible = rules.eligible_countries
    counted = [org for org in partnership.organisations if eligible is None or org.country in eligible]
    among = "" if eligible is None else " eligible"  # organisations from eligible countries, and those countries
    if len(counted) < rules.min_organisations:
        yield Violation(
            code="partnership.too_few_organisations",
            rule="E-2",
            message=f"expected at least {rules.min_organisations}{among} organisations, coordinator included",
            path="$.partners",
        )
    if len({org.country for org in counted}) < rules.min_countries:
        yield Violation(
            code="partnership.too_few_countries",
            rule="E-2",
            message=f"expected organisations from at least {rules.min_countries} different{among} countries",
            path="$.partners",
        )


def _duration_violations(period: DateRange, rules: PartnershipRules) -> Iterable[Violation]:
    assert period.end is not None
    after_end = period.end + timedelta(days=1)
    if after_end < period.start + relativedelta(months=rules.min_months):
        yield Violation(
            code="partnership.too_short",
            rule="E-2",
            message=f"expected a duration of at least {rules.min_months} months",
            path="$.period",
        )
    if after_end > period.start + relativedelta(months=rules.max_months):
        yield Violation(
            code="partnership.too_long",
            rule="E-2",
            message=f"expected a duration of at most {rules.max_months} months",
            path="$.period",
        )


def _activity_violations(partnership: Partnership) -> Iterable[Violation]:
    members = set(partnership.organisations)
    period = partnership.period
    for index, meeting in enumerate(partnership.meetings):
        if period is not None and meeting.dates is not None and not period.covers(meeting.dates):
            yield Violation(
                code="partnership.meeting_outside_period",
                rule="E-3",
                message="expected the meeting within the partnership's period",
                path=f"$.meetings[{index}].dates",
            )
    for index, training in enumerate(partnership.trainings):
        if training.host not in members:
            yield Violation(
                code="partnership.training_host_not_member",
                rule="E-3",
                message="expected a training hosted by the coordinator or a partner",
                path=f"$.trainings[{index}].host",
            )
        if period is not None and training.dates is not None and not period.covers(training.dates):
            yield Violation(
                code="partnership.training_outside_period",
                rule="E-3",
                message="expected the training within the partnership's period",
                path=f"$.trainings[{index}].dates",
            )
