"""Erasmus+ partnerships and their activities: the records (rules E-1, E-3).

* :class:`Partnership` -- a coordinator (lead partner) and partners, each an
  organisation with a country (E-1), in a
  :class:`~karjera_core.programmes.erasmus.parameters.PartnershipFormat`, with
  its transnational meetings, training events and outputs (E-3).
* :class:`Meeting`, :class:`TrainingEvent`, :class:`Output` -- the activities (E-3).

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
>>> small.countries, small.programming_period.code
(('LV', 'RO'), 'erasmus_plus_2021_2027')
"""

from __future__ import annotations

from collections.abc import Iterator

from karjera_core import _fields as fields
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.funding import ProgrammingPeriod
from karjera_core.organisations import Organisation
from karjera_core.programmes.erasmus.parameters import COUNTRY, PartnershipFormat
from karjera_core.time import DateRange

__all__ = ["Meeting", "Output", "OutputKind", "Partnership", "TrainingEvent", "TrainingScope"]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The longest text of a title, place, note or aim.
MAX_TEXT = 2000
#: The largest number of partners, and of meetings, trainings and outputs, a partnership holds.
MAX_ITEMS = 1000


# ---------------------------------------------------------------- activities (E-3)


@record
class Meeting:
    """A transnational project meeting (E-3).

    ``dates`` stays ``None`` when the source does not give them in full:
    [001] dates the Arad meeting "18. un 19.maijā" without a year, which is
    kept in ``note`` and never completed with a guessed year.

    >>> Meeting(place="Arada", country="RO", note="šā gada 18. un 19.maijā").dates is None
    True
    """

    place: str = fields.name(MAX_TEXT, what="a place")
    country: str = fields.field(COUNTRY)
    dates: DateRange | None = None
    note: str | None = fields.text(MAX_TEXT, what="a note", default=None)


class TrainingScope(LabelledEnum):
    """Whether a training event is for local participants or international (E-3)."""

    LOCAL = "local", "vietēja mēroga"
    INTERNATIONAL = "international", "starptautiska"


@record
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
    country: str = fields.field(COUNTRY)
    month: int | None = fields.integer(1, 12, what="a month", default=None)
    dates: DateRange | None = None
    title: str | None = fields.name(MAX_TEXT, what="a title", default=None)
    note: str | None = fields.text(MAX_TEXT, what="a note", default=None)

    @rule("month", "dates")
    def _dates_start_in_month(self) -> Flaw | None:
        if self.month is not None and self.dates is not None and self.dates.start.month != self.month:
            return Flaw("$.month", "training_event.month_mismatch", "expected the dates to start in the given month")
        return None


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


@record
class Output:
    """A result a partnership delivers (E-3); ``details`` lists its parts, e.g. a platform's contents.

    >>> Output(kind=OutputKind.CAREER_GUIDE, title="Ko darīsi rīt?").kind.label
    'karjeras ceļvedis'
    """

    kind: OutputKind
    title: str = fields.name(MAX_TEXT, what="a title")
    details: tuple[str, ...] = fields.items(
        fields.Text(MAX_TEXT, "a detail", lines=True, edges=True), max_size=100, default=()
    )


# ---------------------------------------------------------------- the partnership (E-1)


@record
class Partnership:
    """An Erasmus+ partnership (E-1 ... E-3).

    ``coordinator`` leads it; ``partners`` are the other organisations, each
    at most once and never the coordinator again (E-1).  ``period``, when
    known, is a closed range (E-2 checks its length); the seeds do not always give it.
    """

    title: str = fields.name(MAX_TEXT, what="a title")
    format: PartnershipFormat
    coordinator: Organisation
    partners: tuple[Organisation, ...] = fields.items(max_size=MAX_ITEMS)
    period: DateRange | None = None
    aim: str | None = fields.text(MAX_TEXT, what="an aim", default=None)
    meetings: tuple[Meeting, ...] = fields.items(max_size=MAX_ITEMS, default=())
    trainings: tuple[TrainingEvent, ...] = fields.items(max_size=MAX_ITEMS, default=())
    outputs: tuple[Output, ...] = fields.items(max_size=MAX_ITEMS, default=())

    @rule("coordinator", "partners")
    def _coordinator_not_a_partner(self) -> Iterator[Flaw] | None:
        if self.coordinator not in self.partners:
            return None
        return (
            Flaw(
                f"$.partners[{index}]",
                "partnership.coordinator_as_partner",
                "expected the coordinator not to be listed as a partner",
            )
            for index, partner in enumerate(self.partners)
            if partner == self.coordinator
        )

    @rule("coordinator", "partners")
    def _each_partner_once(self) -> Iterator[Flaw] | None:
        others = [partner for partner in self.partners if partner != self.coordinator]
        if len(set(others)) == len(others):
            return None
        return _repeated_partners(self.partners, self.coordinator)

    @rule("period")
    def _period_is_closed(self) -> Flaw | None:
        if self.period is not None and self.period.end is None:
            return Flaw("$.period.end", "partnership.open_period", "expected None or a closed period")
        return None

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


def _repeated_partners(partners: tuple[Organisation, ...], coordinator: Organisation) -> Iterator[Flaw]:
    seen: set[Organisation] = set()
    for index, partner in enumerate(partners):
        if partner in seen:
            yield Flaw(f"$.partners[{index}]", "partnership.duplicate_partner", "expected each partner at most once")
        elif partner != coordinator:
            seen.add(partner)
