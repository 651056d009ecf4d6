"""Career events and their figures (rule C-9); public through :mod:`karjera_core.programmes.career_support`.

A :class:`CareerEvent` has dates, a kind, an organiser level, the schools
taking part (pilot and non-pilot), participants by grade and partners [002].
:func:`event_figures` counts events in a period, participants in total and
by grade, and the share of participants from non-pilot schools, as a
mergeable :class:`EventFigures` (I-4).

>>> from karjera_core.programmes._career_examples import daugavpils_2016_events
>>> spring = event_figures(daugavpils_2016_events(), DateRange(start=date(2017, 4, 1), end=date(2017, 8, 31)))
>>> spring.events, spring.participants > 900, spring.non_pilot_share
(14, True, (204, 904))
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from itertools import pairwise

import attrs

from karjera_core._enums import LabelledEnum
from karjera_core.education import Grade
from karjera_core.errors import Problem
from karjera_core.privacy import raise_problems, text_ok, text_problems
from karjera_core.programmes._career_fields import all_of, int_ok, int_problem, items, tuple_of, type_problem
from karjera_core.time import DateRange

#: The longest title or name accepted.
MAX_TEXT = 500
#: The most participants one event, or one grade of it, may count.
MAX_PARTICIPANTS = 10_000_000
#: The most participants :class:`EventFigures` may hold: room for decades of national figures.
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


@attrs.frozen(kw_only=True)
class EventPartner:
    """A partner of a career event: its kind and name (C-9)."""

    kind: PartnerKind
    name: str

    def __attrs_post_init__(self) -> None:
        if not (type(self.kind) is PartnerKind and text_ok(self.name, MAX_TEXT)):
            raise_problems(
                type_problem(self.kind, PartnerKind, "$.kind", "partner.kind")
                + text_problems(self.name, "$.name", "name", MAX_TEXT)
            )


@attrs.frozen(kw_only=True)
class GradeParticipants:
    """The number of participants of one grade (1-12) (C-9).

    >>> GradeParticipants(grade=Grade(9), count=25)
    GradeParticipants(grade=Grade(9), count=25)
    """

    grade: Grade
    count: int

    def __attrs_post_init__(self) -> None:
        if not (type(self.grade) is Grade and int_ok(self.count, 0, MAX_PARTICIPANTS)):
            raise_problems(
                type_problem(self.grade, Grade, "$.grade", "participants.grade")
                + int_problem(self.count, "$.count", "participants.count", 0, MAX_PARTICIPANTS, what="the count")
            )


def _school_ok(value: object) -> bool:
    return text_ok(value, MAX_TEXT)


@attrs.frozen(kw_only=True)
class CareerEvent:
    """A career event ("karjeras atbalsta pasākums") (C-9).

    * ``period`` -- its days (a closed range: an event has an end);
    * ``schools`` -- the schools taking part (registration numbers or names, none twice);
      ``pilot_schools`` -- those of them that are pilot schools (a subset);
    * ``participants`` -- learners by grade (no grade twice);
      ``non_pilot_participants`` -- how many of them came from non-pilot schools.

    When ``schools`` is given (not empty), the split must agree with it: no
    non-pilot participants if every school is a pilot school, and only
    non-pilot participants if none is.  ``schools`` left empty means "not
    recorded".

    >>> e = CareerEvent(title="Tikšanās ar profesiju pārstāvjiem", kind=EventKind.MEETING_WITH_PROFESSIONALS,
    ...     period=DateRange(start=date(2017, 4, 20), end=date(2017, 4, 20)), level=OrganiserLevel.CITY,
    ...     schools=("Daugavpils 9. vidusskola", "Daugavpils 3. pamatskola"),
    ...     pilot_schools=("Daugavpils 9. vidusskola",),
    ...     participants=(GradeParticipants(grade=Grade(9), count=40), GradeParticipants(grade=Grade(10), count=25)),
    ...     non_pilot_participants=15)
    >>> e.total_participants
    65
    """

    title: str
    kind: EventKind
    period: DateRange
    level: OrganiserLevel
    schools: tuple[str, ...] = ()
    pilot_schools: tuple[str, ...] = ()
    participants: tuple[GradeParticipants, ...] = ()
    non_pilot_participants: int = 0
    partners: tuple[EventPartner, ...] = ()

    def __attrs_post_init__(self) -> None:
        schools, pilots, participants = self.schools, self.pilot_schools, self.participants
        if not (
            text_ok(self.title, MAX_TEXT)
            and type(self.kind) is EventKind
            and type(self.period) is DateRange
            and self.period.end is not None
            and type(self.level) is OrganiserLevel
            and type(schools) is tuple
            and all(_school_ok(s) for s in schools)
            and len(set(schools)) == len(schools)
            and type(pilots) is tuple
            and all(_school_ok(s) for s in pilots)
            and len(set(pilots)) == len(pilots)
            and (not schools or set(pilots) <= set(schools))
            and all_of(participants, GradeParticipants)
            and len({p.grade for p in participants}) == len(participants)
            and int_ok(self.non_pilot_participants, 0, MAX_PARTICIPANTS)
            and self.non_pilot_participants <= self.total_participants
            and _split_agrees(self)
            and all_of(self.partners, EventPartner)
        ):
            _reject_event(self)

    @property
    def total_participants(self) -> int:
        """All participants, over every grade."""
        return sum(p.count for p in self.participants)

    @property
    def start(self) -> date:
        """The event's first day: the day it is attributed to in figures."""
        return self.period.start


def _split_agrees(event: CareerEvent) -> bool:
    schools = event.schools
    if not schools:
        return True
    non_pilot = event.non_pilot_participants
    if len(event.pilot_schools) == len(schools):
        return non_pilot == 0
    if not event.pilot_schools:
        return non_pilot == event.total_participants
    return True


def _reject_event(event: CareerEvent) -> None:
    problems = text_problems(event.title, "$.title", "title", MAX_TEXT)
    problems += type_problem(event.kind, EventKind, "$.kind", "event.kind")
    period_problems = type_problem(event.period, DateRange, "$.period", "event.period")
    if not period_problems and event.period.end is None:
        period_problems.append(
            Problem(path="$.period.end", code="event.open_period", message="expected an event with an end")
        )
    problems += period_problems
    problems += type_problem(event.level, OrganiserLevel, "$.level", "event.level")
    school_problems: list[Problem] = []
    for name in ("schools", "pilot_schools"):
        values = getattr(event, name)
        if type(values) is not tuple:
            school_problems.append(Problem(path=f"$.{name}", code="event.schools", message="expected a tuple of str"))
            continue
        for index, value in enumerate(values):
            school_problems += text_problems(value, f"$.{name}[{index}]", "school", MAX_TEXT)
        if len(set(values)) != len(values):
            school_problems.append(
                Problem(path=f"$.{name}", code="event.schools_twice", message="expected no school twice")
            )
    if not school_problems and event.schools and not set(event.pilot_schools) <= set(event.schools):
        school_problems.append(
            Problem(
                path="$.pilot_schools",
                code="event.pilot_not_taking_part",
                message="expected pilot schools among the schools",
            )
        )
    problems += school_problems
    participant_problems = tuple_of(event.participants, GradeParticipants, "$.participants", "event.participants")
    if not participant_problems and len({p.grade for p in event.participants}) != len(event.participants):
        participant_problems.append(
            Problem(path="$.participants", code="event.grade_twice", message="expected each grade at most once")
        )
    problems += participant_problems
    count_problems = int_problem(
        event.non_pilot_participants,
        "$.non_pilot_participants",
        "event.non_pilot",
        0,
        MAX_PARTICIPANTS,
        what="the count",
    )
    if not count_problems and not participant_problems:
        if event.non_pilot_participants > event.total_participants:
            count_problems.append(
                Problem(
                    path="$.non_pilot_participants",
                    code="event.non_pilot_above_total",
                    message="expected non-pilot participants at most the participants of all grades",
                )
            )
        elif not school_problems and not _split_agrees(event):
            count_problems.append(
                Problem(
                    path="$.non_pilot_participants",
                    code="event.split_disagrees",
                    message="expected no non-pilot participants when every school is a pilot school, "
                    "and only non-pilot participants when none is",
                )
            )
    problems += count_problems
    problems += tuple_of(event.partners, EventPartner, "$.partners", "event.partners")
    raise_problems(problems)


@attrs.frozen(kw_only=True)
class EventFigures:
    """The figures of a set of events (C-9): how many, participants in total and by grade, non-pilot participants.

    ``by_grade`` lists each grade with participants once, in grade order
    (grades without participants are left out).  Figures merge (I-4):
    :meth:`merge` is associative and commutative with :meth:`empty` as its
    identity, so figures computed on parts add up to those of the whole.

    >>> ninth = (GradeParticipants(grade=Grade(9), count=30),)
    >>> a = EventFigures(events=1, participants=30, by_grade=ninth, non_pilot_participants=10)
    >>> (a + EventFigures.empty()) == a, (a + a).non_pilot_share
    (True, (20, 60))
    """

    events: int = 0
    participants: int = 0
    by_grade: tuple[GradeParticipants, ...] = ()
    non_pilot_participants: int = 0

    def __attrs_post_init__(self) -> None:
        grades = self.by_grade
        if not (
            int_ok(self.events, 0, MAX_FIGURE)
            and int_ok(self.participants, 0, MAX_FIGURE)
            and all_of(grades, GradeParticipants)
            and all(a.grade < b.grade for a, b in pairwise(grades))
            and all(g.count > 0 for g in grades)
            and sum(g.count for g in grades) == self.participants
            and int_ok(self.non_pilot_participants, 0, self.participants)
        ):
            _reject_figures(self)

    @classmethod
    def empty(cls) -> EventFigures:
        """The figures of no events: the identity of :meth:`merge`."""
        return cls()

    def merge(self, other: EventFigures) -> EventFigures:
        """The figures of both sets of events together (I-4)."""
        if type(other) is not EventFigures:
            raise_problems([Problem(path="$.other", code="input.type", message="expected EventFigures")])
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

    @property
    def non_pilot_share(self) -> tuple[int, int]:
        """The share of participants from non-pilot schools as (numerator, denominator) (I-3)."""
        return (self.non_pilot_participants, self.participants)


def _reject_figures(figures: EventFigures) -> None:
    problems = int_problem(figures.events, "$.events", "figures.events", 0, MAX_FIGURE, what="the events")
    problems += int_problem(
        figures.participants, "$.participants", "figures.participants", 0, MAX_FIGURE, what="the participants"
    )
    grade_problems = tuple_of(figures.by_grade, GradeParticipants, "$.by_grade", "figures.by_grade")
    if not grade_problems:
        grades = figures.by_grade
        if not all(a.grade < b.grade for a, b in pairwise(grades)) or not all(g.count > 0 for g in grades):
            grade_problems.append(
                Problem(
                    path="$.by_grade",
                    code="figures.by_grade",
                    message="expected grades with participants, each once, in grade order",
                )
            )
        elif not problems and sum(g.count for g in grades) != figures.participants:
            grade_problems.append(
                Problem(
                    path="$.by_grade",
                    code="figures.by_grade_sum",
                    message="expected the grades to add up to the participants",
                )
            )
    problems += grade_problems
    if not problems:
        problems += int_problem(
            figures.non_pilot_participants,
            "$.non_pilot_participants",
            "figures.non_pilot",
            0,
            figures.participants,
            what="the non-pilot participants (at most the participants)",
        )
    else:
        problems += int_problem(
            figures.non_pilot_participants,
            "$.non_pilot_participants",
            "figures.non_pilot",
            0,
            MAX_FIGURE,
            what="the count",
        )
    raise_problems(problems)


def event_figures(events: Iterable[CareerEvent], period: DateRange) -> EventFigures:
    """The figures of the events that start in ``period`` (C-9).

    Design choice: an event belongs to the day it starts, so an event that
    spans the boundary of two periods counts in the first only, and figures
    over adjacent periods add up (by :meth:`EventFigures.merge`) to the
    figures over their union.  Linear in the events.

    >>> event_figures([], DateRange(start=date(2017, 4, 1), end=date(2017, 8, 31))) == EventFigures.empty()
    True
    """
    found = items(events, CareerEvent, "$.events")
    if type(period) is not DateRange:
        raise_problems([Problem(path="$.period", code="input.type", message="expected a DateRange")])
    counts: Counter[Grade] = Counter()
    events_in = participants = non_pilot = 0
    for event in found:
        if event.period.start in period:
            events_in += 1
            non_pilot += event.non_pilot_participants
            for p in event.participants:
                counts[p.grade] += p.count
                participants += p.count
    return EventFigures(
        events=events_in,
        participants=participants,
        by_grade=tuple(GradeParticipants(grade=g, count=counts[g]) for g in sorted(counts) if counts[g]),
        non_pilot_participants=non_pilot,
    )
