"""C-9: career events, planned or held, city-wide or in a school, and their mergeable figures.

A :class:`CareerEvent` has its days, a kind, a status (planned or held), an
organiser level (the city or a school), the schools taking part (pilot and
non-pilot), participants by grade and partners [002].  Planned and held
events are different facts, and so are city-wide and school events:
:func:`tally_events` counts the events of one status (and, if asked, one
level) that start in a period, their participants in total and by grade,
and those from non-pilot schools, as mergeable :class:`EventFigures` (I-4).
[002]'s two figures are each one call:

>>> from karjera_core.programmes.career_support import examples
>>> from karjera_core.time import SchoolYear
>>> held = tally_events(examples.daugavpils_2016_events(), status=EventStatus.HELD, level=OrganiserLevel.CITY,
...                     period=DateRange(start=date(2017, 4, 1), end=date(2017, 8, 31)))
>>> held.events, held.participants > 900, held.non_pilot_share
(14, True, (204, 904))
>>> planned = tally_events(examples.daugavpils_2017_planned_events(), status=EventStatus.PLANNED,
...                        period=SchoolYear(2017).period)
>>> planned.events > 25
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import pairwise

from karjera_core import _display
from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.education import Grade
from karjera_core.time import DateRange

__all__ = [
    "CareerEvent",
    "EventFigures",
    "EventKind",
    "EventPartner",
    "EventStatus",
    "GradeParticipants",
    "OrganiserLevel",
    "PartnerKind",
    "tally_events",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The most participants one grade of one event, or of a set of figures, may count.
MAX_PARTICIPANTS = 10**12
#: The most events or participants :class:`EventFigures` may hold: room for decades of national figures.
MAX_FIGURE = 10**15


class EventKind(LabelledEnum):
    """The kinds of career events [002] names (C-9)."""

    WORKSHOP = "workshop", "profesionālās jomas darbnīca"
    MASTERCLASS = "masterclass", "meistarklase"
    MEETING_WITH_PROFESSIONALS = "meeting_with_professionals", "tikšanās un diskusija ar profesiju pārstāvjiem"
    EDUCATIONAL_SESSION = "educational_session", "izglītojoša nodarbība"
    EXCURSION = "excursion", "mācību ekskursija"
    CAREER_WEEK = "career_week", "karjeras nedēļa"
    EXHIBITION = "exhibition", "izstāde"
    COMPETITION = "competition", "konkurss"
    THEMATIC_CLASS_HOUR = "thematic_class_hour", "tematiskā audzināšanas stunda"
    PARENTS_EVENT = "parents_event", "pasākums vecākiem"
    SELF_ASSESSMENT = "self_assessment", "pašizpēte un profesionālās piemērotības noteikšana"


class EventStatus(LabelledEnum):
    """Whether an event is planned or was held (C-9): [002] reports both, and they are different facts."""

    PLANNED = "planned", "ieplānots"
    HELD = "held", "īstenots"


class OrganiserLevel(LabelledEnum):
    """Who organised an event: the city (municipality) or a school (C-9)."""

    CITY = "city", "pilsētas pasākums"
    SCHOOL = "school", "skolas pasākums"


class PartnerKind(LabelledEnum):
    """The kinds of partners [002] names for career events (C-9)."""

    VOCATIONAL_INSTITUTION = "vocational_institution", "profesionālās izglītības iestāde"
    HIGHER_EDUCATION_INSTITUTION = "higher_education_institution", "augstākās izglītības iestāde"
    EMPLOYER = "employer", "darba devējs"
    PUBLIC_COMPANY = "public_company", "valsts vai pašvaldības uzņēmums"
    CULTURAL_INSTITUTION = "cultural_institution", "kultūras iestāde"
    NGO = "ngo", "biedrība"


@record
class EventPartner:
    """A partner of a career event: its kind and name (C-9)."""

    kind: PartnerKind
    name: str = fields.name(500, what="a partner's name")


@record
class GradeParticipants:
    """The number of participants of one grade (1-12) (C-9).

    >>> GradeParticipants(grade=Grade(9), count=25)
    GradeParticipants(grade=Grade(9), count=25)
    """

    grade: Grade
    count: int = fields.count(MAX_PARTICIPANTS, what="a number of participants")


def _twice(values: tuple[object, ...]) -> list[int]:
    """The positions of values seen before them in ``values``."""
    if len(set(values)) == len(values):
        return []
    seen: set[object] = set()
    found = []
    for index, value in enumerate(values):
        if value in seen:
            found.append(index)
        seen.add(value)
    return found


@record
class CareerEvent:
    """A career event ("karjeras atbalsta pasākums") (C-9).

    * ``period`` -- its days (a closed range: an event has an end); ``status`` -- planned or held;
      ``level`` -- organised by the city or by a school;
    * ``schools`` -- the schools taking part (registration numbers or names, none twice);
      ``pilot_schools`` -- those of them that are pilot schools;
    * ``participants`` -- learners by grade, no grade twice (expected ones for a planned event);
      ``non_pilot_participants`` -- how many of them came from non-pilot schools.

    When ``schools`` is given (not empty) the pilot schools are among them and
    the split agrees with them: no non-pilot participants if every school is
    a pilot school, only non-pilot participants if none is.  ``schools`` left
    empty means "not recorded".

    >>> e = CareerEvent(title="Tikšanās ar profesiju pārstāvjiem", kind=EventKind.MEETING_WITH_PROFESSIONALS,
    ...     status=EventStatus.HELD, period=DateRange(start=date(2017, 4, 20), end=date(2017, 4, 20)),
    ...     level=OrganiserLevel.CITY, schools=("Daugavpils 9. vidusskola", "Daugavpils 3. pamatskola"),
    ...     pilot_schools=("Daugavpils 9. vidusskola",),
    ...     participants=(GradeParticipants(grade=Grade(9), count=40), GradeParticipants(grade=Grade(10), count=25)),
    ...     non_pilot_participants=15)
    >>> e.total_participants, e.start
    (65, datetime.date(2017, 4, 20))
    """

    title: str = fields.name(500, what="a title")
    kind: EventKind
    status: EventStatus
    period: DateRange
    level: OrganiserLevel
    schools: tuple[str, ...] = fields.items(fields.Text(500, "a school"), max_size=1000, default=())
    pilot_schools: tuple[str, ...] = fields.items(fields.Text(500, "a school"), max_size=1000, default=())
    participants: tuple[GradeParticipants, ...] = fields.items(max_size=12, default=())
    non_pilot_participants: int = fields.count(MAX_PARTICIPANTS, what="a number of participants", default=0)
    partners: tuple[EventPartner, ...] = fields.items(max_size=100, default=())

    @rule("period")
    def _closed(self) -> Flaw | None:
        if self.period.end is not None:
            return None
        return Flaw("$.period.end", "event.open_period", "expected an event with an end")

    @rule("schools", "pilot_schools")
    def _schools_once(self) -> Iterator[Flaw] | None:
        schools, pilot_schools = self.schools, self.pilot_schools
        found = [("schools", index) for index in _twice(schools)]
        found += [("pilot_schools", index) for index in _twice(pilot_schools)]
        taking_part = set(schools)
        if taking_part and not taking_part.issuperset(pilot_schools):
            outside = [index for index, school in enumerate(pilot_schools) if school not in taking_part]
        else:
            outside = []
        if not found and not outside:
            return None
        return iter(
            [
                *(
                    Flaw(f"$.{name}[{index}]", "event.school_twice", "expected no school twice")
                    for name, index in found
                ),
                *(
                    Flaw(f"$.pilot_schools[{index}]", "event.pilot_not_taking_part", "expected a school taking part")
                    for index in outside
                ),
            ]
        )

    @rule("participants")
    def _grades_once(self) -> Iterator[Flaw] | None:
        twice = _twice(tuple(p.grade.number for p in self.participants))
        if not twice:
            return None
        return (Flaw(f"$.participants[{i}]", "event.grade_twice", "expected each grade at most once") for i in twice)

    @rule("schools", "pilot_schools", "participants", "non_pilot_participants")
    def _split_agrees(self) -> Flaw | None:
        non_pilot, total, schools = self.non_pilot_participants, self.total_participants, self.schools
        if non_pilot > total:
            return Flaw(
                "$.non_pilot_participants",
                "event.non_pilot_above_total",
                "expected non-pilot participants at most the participants of all grades",
            )
        if schools and (
            (set(schools) <= set(self.pilot_schools) and non_pilot != 0)
            or (not self.pilot_schools and non_pilot != total)
        ):
            return Flaw(
                "$.non_pilot_participants",
                "event.split_disagrees",
                "expected no non-pilot participants when every school is a pilot school, "
                "and only non-pilot participants when none is",
            )
        return None

    @property
    def total_participants(self) -> int:
        """All participants, over every grade."""
        return sum(p.count for p in self.participants)

    @property
    def start(self) -> date:
        """The event's first day: the day it is attributed to in figures."""
        return self.period.start


@record
class EventFigures:
    """The figures of a set of events (C-9): how many, participants in total and by grade, non-pilot participants.

    ``by_grade`` lists each grade with participants once, in grade order
    (grades without participants are left out) and adds up to
    ``participants``; ``non_pilot_participants`` is at most ``participants``.
    Figures merge (I-4): :meth:`merge` is associative and commutative with
    :meth:`empty` as its identity, so figures computed on parts add up to
    those of the whole.

    >>> ninth = (GradeParticipants(grade=Grade(9), count=30),)
    >>> a = EventFigures(events=1, participants=30, by_grade=ninth, non_pilot_participants=10)
    >>> (a + EventFigures.empty()) == a, (a + a).non_pilot_share
    (True, (20, 60))
    """

    events: int = fields.count(MAX_FIGURE, what="a number of events", default=0)
    participants: int = fields.count(MAX_FIGURE, what="a number of participants", default=0)
    by_grade: tuple[GradeParticipants, ...] = fields.items(max_size=12, default=())
    non_pilot_participants: int = fields.count(MAX_FIGURE, what="a number of participants", default=0)

    @rule("by_grade")
    def _grades_in_order(self) -> Iterator[Flaw] | None:
        grades = self.by_grade
        bad = [index for index, g in enumerate(grades) if g.count == 0]
        bad += [index + 1 for index, (a, b) in enumerate(pairwise(grades)) if not a.grade < b.grade]
        if not bad:
            return None
        return (
            Flaw(
                f"$.by_grade[{index}]",
                "figures.by_grade_order",
                "expected grades with participants, each once, in grade order",
            )
            for index in sorted(set(bad))
        )

    @rule("participants", "by_grade", "non_pilot_participants")
    def _totals_agree(self) -> Iterator[Flaw] | None:
        found = []
        if sum(g.count for g in self.by_grade) != self.participants:
            found.append(
                Flaw("$.by_grade", "figures.by_grade_sum", "expected the grades to add up to the participants")
            )
        if self.non_pilot_participants > self.participants:
            found.append(
                Flaw(
                    "$.non_pilot_participants",
                    "figures.non_pilot_above_total",
                    "expected non-pilot participants at most the participants",
                )
            )
        return iter(found) if found else None

    @classmethod
    def empty(cls) -> EventFigures:
        """The figures of no events: the identity of :meth:`merge`."""
        return cls()

    def merge(self, other: EventFigures) -> EventFigures:
        """The figures of both sets of events together (I-4)."""
        (other,) = _OTHER(other)
        counts: Counter[Grade] = Counter()
        for g in (*self.by_grade, *other.by_grade):
            counts[g.grade] += g.count
        return EventFigures(
            events=self.events + other.events,
            participants=self.participants + other.participants,
            by_grade=tuple(GradeParticipants(grade=grade, count=counts[grade]) for grade in sorted(counts)),
            non_pilot_participants=self.non_pilot_participants + other.non_pilot_participants,
        )

    def __add__(self, other: EventFigures) -> EventFigures:
        if type(other) is not EventFigures:
            return NotImplemented
        return self.merge(other)

    def _repr_html_(self) -> str:
        return _display.event_figures_html(self)

    @property
    def non_pilot_share(self) -> tuple[int, int]:
        """The share of participants from non-pilot schools as (numerator, denominator) (I-3)."""
        return (self.non_pilot_participants, self.participants)


_OTHER = arguments(other=EventFigures)


def tally_events(
    events: Iterable[CareerEvent],
    *,
    period: DateRange,
    status: EventStatus,
    level: OrganiserLevel | None = None,
) -> EventFigures:
    """The figures of the events of ``status`` (and of ``level``, or of both levels) that start in ``period`` (C-9).

    Planned and held events are never counted together: ``status`` is
    required.  Design choice: an event belongs to the day it starts, so an
    event that spans the boundary of two periods counts in the first only,
    and figures over adjacent periods add up (by :meth:`EventFigures.merge`)
    to the figures over their union.  Linear in the events.

    >>> tally_events([], period=DateRange(start=date(2016, 9, 1)), status=EventStatus.HELD) == EventFigures.empty()
    True
    """
    found, period, status, level = _TALLY(events, period, status, level)
    counts: Counter[Grade] = Counter()
    held = participants = non_pilot = 0
    for event in found:
        if event.status is status and (level is None or event.level is level) and event.period.start in period:
            held += 1
            non_pilot += event.non_pilot_participants
            for p in event.participants:
                counts[p.grade] += p.count
                participants += p.count
    return EventFigures(
        events=held,
        participants=participants,
        by_grade=tuple(GradeParticipants(grade=g, count=counts[g]) for g in sorted(counts) if counts[g]),
        non_pilot_participants=non_pilot,
    )


_TALLY = arguments(events=tuple[CareerEvent, ...], period=DateRange, status=EventStatus, level=OrganiserLevel | None)
