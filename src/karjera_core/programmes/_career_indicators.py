"""The 8.3.5 figures of C-9 and C-10 as indicators (I-6); public through :mod:`karjera_core.programmes.career_support`.

:func:`career_support_indicators` defines them; :func:`career_support_facts`
turns events, agreements, consultant assignments and training records into
the :class:`~karjera_core.indicators.Fact` values they count, so that the
generic engine (:func:`~karjera_core.indicators.evaluate`,
:func:`~karjera_core.indicators.summarize`, I-2, I-4) evaluates them as of any
date and on any split of the data.

======================================  ====  ========  ==========================  ==================================
code                                    rule  counting  a fact per                  dated
======================================  ====  ========  ==========================  ==================================
``8.3.5-C10-institutions``              C-10  distinct  pilot school, assignment    the first day it is supported
``8.3.5-C10-trained``                   C-10  distinct  training record             the record's last day
``8.3.5-C9-events-<year>``              C-9   facts     event                       the event's first day
``8.3.5-C9-participants-<year>``        C-9   sum       event (its participants)    the event's first day
``8.3.5-C9-non-pilot-<year>``           C-9   sum       event (from non-pilot)      the event's first day
======================================  ====  ========  ==========================  ==================================

``<year>`` is the school year the event starts in (T-3), e.g. ``2016/2017``,
so the indicators of several school years fit in one catalogue and one pass.

Targets, and why (documented parameters, never hidden constants):

* C-10: the national targets [pub], at least 328 institutions supported and
  656 teachers or specialists trained, due by ``deadline`` (default
  2020-12-31, the project's end in MK No. 359 point 4, as [000] states it;
  F-4 keeps the later extensions, so a later figure is "met late", not lost).
  Every fact counts, whenever it is dated: a school nominated after the
  deadline still counts, late.
* C-9: the seeds set no targets for events; they report figures.  The
  defaults are the figures [002] reports for 2016/2017 -- 14 events and
  "more than 900" participants (900, the published floor: the figure is met
  by any count of at least 900) -- and one participant from a non-pilot
  school ([002]: the events had pupils "from pilot and non-pilot schools").
  They are a reporting target ("report against the published figure"); pass
  others for other years (e.g. [002]'s "more than 25 events" planned for
  2017/2018).  The C-9 indicators count the events that start in the school
  year, as :func:`~karjera_core.programmes.career_support.event_figures`
  does, and are due by its last day.

>>> from karjera_core.indicators import evaluate_summary, summarize
>>> from karjera_core.programmes import _career_examples as ex
>>> facts = career_support_facts(events=ex.daugavpils_2016_events(), agreements=[ex.daugavpils_2017_agreement()],
...                              training_records=ex.daugavpils_2017_training())
>>> report = evaluate_summary(summarize(career_support_indicators(), facts, as_of=date(2017, 8, 31)))
>>> [(r.code, int(r.value or 0), r.status.name) for r in report]  # doctest: +NORMALIZE_WHITESPACE
[('8.3.5-C10-institutions', 10, 'PENDING'), ('8.3.5-C10-trained', 20, 'PENDING'),
 ('8.3.5-C9-events-2016/2017', 14, 'MET'), ('8.3.5-C9-participants-2016/2017', 904, 'MET'),
 ('8.3.5-C9-non-pilot-2016/2017', 204, 'MET')]
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeVar

from karjera_core.errors import Problem, ValidationError
from karjera_core.indicators import Counting, Fact, Indicator, Measure, facts_from
from karjera_core.programmes._career_events import CareerEvent
from karjera_core.programmes._career_fields import items
from karjera_core.time import SchoolYear, check_day

if TYPE_CHECKING:
    from karjera_core.programmes.career_support import Agreement, ConsultantAssignment, TrainingRecord

__all__ = ["career_event_id", "career_support_facts", "career_support_indicators"]

_T = TypeVar("_T")

#: The project's number (F-2); the same as ``karjera_core.reference.CAREER_SUPPORT_835.number``.
_PROJECT = "8.3.5.0/16/I/001"
#: The codes of the C-10 indicators: one each, the targets being national and for the whole project.
_INSTITUTIONS = "8.3.5-C10-institutions"
_TRAINED = "8.3.5-C10-trained"
#: The national targets of C-10 [pub].
_INSTITUTIONS_TARGET = Decimal(328)
_TRAINED_TARGET = Decimal(656)
#: The project's end as [000] states it ("2020.gada decembris"), MK No. 359 point 4.
_DEADLINE = date(2020, 12, 31)
#: The school year [002] reports events for: 2016/2017.
_SCHOOL_YEAR = SchoolYear(2016)
#: The reporting targets of the C-9 indicators: [002]'s figures for 2016/2017 (see the module docstring).
_EVENTS_TARGET = Decimal(14)
_PARTICIPANTS_TARGET = Decimal(900)
_NON_PILOT_TARGET = Decimal(1)


def _year_tag(start_year: int) -> str:
    return f"{start_year}/{start_year + 1}"


def _event_codes(start_year: int) -> tuple[str, str, str]:
    """The C-9 codes of the school year starting in ``start_year``: events, participants, non-pilot participants."""
    tag = _year_tag(start_year)
    return (f"8.3.5-C9-events-{tag}", f"8.3.5-C9-participants-{tag}", f"8.3.5-C9-non-pilot-{tag}")


def _school_year_of(day: date) -> int:
    """The start year of the school year containing ``day`` (T-3), without building a SchoolYear."""
    return day.year if day.month >= 9 else day.year - 1


def career_support_indicators(
    *,
    school_year: SchoolYear = _SCHOOL_YEAR,
    deadline: date = _DEADLINE,
    events_target: Decimal = _EVENTS_TARGET,
    participants_target: Decimal = _PARTICIPANTS_TARGET,
    non_pilot_target: Decimal = _NON_PILOT_TARGET,
) -> tuple[Indicator, ...]:
    """The 8.3.5 figures as indicators (I-6): the two C-10 national targets, then three C-9 event figures.

    * C-10, due by ``deadline`` (default 2020-12-31, MK No. 359 point 4):
      institutions supported, at least 328; teachers or specialists trained,
      at least 656 (distinct institutions and people).
    * C-9, for the events that start in ``school_year`` (default 2016/2017)
      and due by its last day: events held (every event counts), their
      participants (a sum) and the participants from non-pilot schools (a
      sum), with the reporting targets ``events_target`` (14),
      ``participants_target`` (900) and ``non_pilot_target`` (1) -- the
      figures [002] reports for 2016/2017 (see the module docstring).

    A bad argument is a ValidationError naming it.

    >>> [(ind.code, int(ind.target)) for ind in career_support_indicators(school_year=SchoolYear(2017))][1:3]
    [('8.3.5-C10-trained', 656), ('8.3.5-C9-events-2017/2018', 14)]
    >>> career_support_indicators(school_year=2016)
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.school_year: expected a SchoolYear [career_indicators.school_year]
    """
    problems: list[Problem] = []
    if type(school_year) is not SchoolYear:
        problems.append(
            Problem(path="$.school_year", code="career_indicators.school_year", message="expected a SchoolYear")
        )
    try:
        check_day(deadline, "$.deadline")
    except ValidationError as error:
        problems += error.problems
    if problems:
        raise ValidationError(problems)
    events, participants, non_pilot = _event_codes(school_year.start_year)
    year = _year_tag(school_year.start_year)
    built = [
        Indicator(
            code=_INSTITUTIONS,
            title_lv="Karjeras atbalstu saņēmušo izglītības iestāžu skaits",
            title_en="Number of education institutions supported",
            measure=Measure.COUNT,
            target=_INSTITUTIONS_TARGET,
            deadline=deadline,
            project=_PROJECT,
        ),
        Indicator(
            code=_TRAINED,
            title_lv="Tālākizglītībā piedalījušos pedagogu un karjeras atbalsta speciālistu skaits",
            title_en="Number of teachers and career-support specialists trained",
            measure=Measure.COUNT,
            target=_TRAINED_TARGET,
            deadline=deadline,
            project=_PROJECT,
        ),
    ]
    for code, counting, target, name, title_lv, title_en in (
        (
            events,
            Counting.FACTS,
            events_target,
            "events_target",
            f"Karjeras atbalsta pasākumu skaits {school_year} mācību gadā",
            f"Career events held in school year {year}",
        ),
        (
            participants,
            Counting.SUM,
            participants_target,
            "participants_target",
            f"Karjeras atbalsta pasākumu dalībnieku skaits {school_year} mācību gadā",
            f"Participants of career events in school year {year}",
        ),
        (
            non_pilot,
            Counting.SUM,
            non_pilot_target,
            "non_pilot_target",
            f"Karjeras atbalsta pasākumu dalībnieku skaits no skolām, kas nav pilotskolas, {school_year} mācību gadā",
            f"Participants of career events from schools that are not pilot schools in school year {year}",
        ),
    ):
        try:
            built.append(
                Indicator(
                    code=code,
                    title_lv=title_lv,
                    title_en=title_en,
                    measure=Measure.COUNT,
                    counting=counting,
                    target=target,
                    deadline=school_year.end,
                    project=_PROJECT,
                    period=school_year.period,
                )
            )
        except ValidationError as error:
            raise error.under(f"$.{name}") from None
    return tuple(built)


def career_event_id(event: CareerEvent) -> str:
    """A stable id of ``event``, derived from its start and title: the subject of its facts (C-9, I-6).

    The start day, then 16 hexadecimal digits of a BLAKE2b digest of the
    title: the same event gives the same id in every process and on every
    machine, and the id is short and holds no free text.  Two events with the
    same title and start share it, which is harmless: the event indicators
    count every fact, not distinct subjects.

    >>> from karjera_core.programmes._career_examples import daugavpils_2016_events
    >>> career_event_id(daugavpils_2016_events()[0])
    '2017-04-05/e431ee550104e804'
    """
    if type(event) is not CareerEvent:
        raise ValidationError.single("$.event", "input.type", "expected a CareerEvent")
    return _event_id(event)


def _event_id(event: CareerEvent) -> str:
    digest = hashlib.blake2b(event.title.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return f"{event.start.isoformat()}/{digest}"


def _checked(values: Iterable[Any], cls: type[_T], path: str, problems: list[Problem]) -> tuple[_T, ...]:
    """``values`` as a tuple of ``cls``; its problems are added to ``problems`` (and the tuple is empty)."""
    try:
        return items(values, cls, path)
    except ValidationError as error:
        problems += error.problems
        return ()


def career_support_facts(
    *,
    events: Iterable[CareerEvent] = (),
    assignments: Iterable[ConsultantAssignment] = (),
    agreements: Iterable[Agreement] = (),
    training_records: Iterable[TrainingRecord] = (),
) -> Iterator[Fact]:
    """The facts of the indicators of :func:`career_support_indicators`, from the career-support data (I-6).

    * each event gives three facts on the day it starts (the day
      :func:`~karjera_core.programmes.career_support.event_figures` gives it),
      with the codes of its school year and :func:`career_event_id` as the
      subject: one for "events held", one with its participants as the value
      and one with its participants from non-pilot schools;
    * each pilot school of an agreement gives an "institution supported"
      fact on the later of the agreement's signing and the school's first
      day as a pilot school -- the day
      :func:`~karjera_core.programmes.career_support.institutions_supported`
      first counts it; each consultant assignment gives one on its first day:
      a school with a consultant is supported whether or not the agreements
      given name it.  The subject is the school's registration number, and an
      institution counts once, from its earliest fact;
    * each training record gives a "teacher trained" fact on its last day
      (as :func:`~karjera_core.programmes.career_support.teachers_trained`
      counts it), the subject being the person's pseudonymous id (P-7).

    The arguments are checked at once (every problem in one ValidationError);
    the facts are then made as they are iterated.

    >>> from karjera_core.programmes._career_examples import daugavpils_2017_agreement
    >>> facts = list(career_support_facts(agreements=[daugavpils_2017_agreement()]))
    >>> len(facts), facts[0].indicator, facts[0].on, facts[0].subject
    (10, '8.3.5-C10-institutions', datetime.date(2017, 3, 1), '4500000001')
    """
    # Imported here: career_support imports this module to re-export its names.
    from karjera_core.programmes.career_support import Agreement, ConsultantAssignment, TrainingRecord

    problems: list[Problem] = []
    found_events = _checked(events, CareerEvent, "$.events", problems)
    found_assignments = _checked(assignments, ConsultantAssignment, "$.assignments", problems)
    found_agreements = _checked(agreements, Agreement, "$.agreements", problems)
    found_records = _checked(training_records, TrainingRecord, "$.training_records", problems)
    if problems:
        raise ValidationError(problems)
    pilots = ((agreement.signed, pilot) for agreement in found_agreements for pilot in agreement.pilot_schools)
    return chain(
        _event_facts(found_events),
        facts_from(
            pilots,
            indicator=_INSTITUTIONS,
            on=lambda pair: max(pair[0], pair[1].period.start),
            subject=lambda pair: pair[1].registration_number,
        ),
        facts_from(
            found_assignments,
            indicator=_INSTITUTIONS,
            on=lambda assignment: assignment.period.start,
            subject=lambda assignment: assignment.institution,
        ),
        facts_from(
            found_records,
            indicator=_TRAINED,
            on=lambda record: record.end,
            subject=lambda record: record.person_id,
        ),
    )


def _event_facts(events: tuple[CareerEvent, ...]) -> Iterator[Fact]:
    """Three facts per event, with the codes of the school year it starts in (C-9)."""
    for event in events:
        on, subject = event.start, _event_id(event)
        held, participants, non_pilot = _event_codes(_school_year_of(on))
        yield Fact(indicator=held, on=on, subject=subject)
        yield Fact(indicator=participants, on=on, subject=subject, value=Decimal(event.total_participants))
        yield Fact(indicator=non_pilot, on=on, subject=subject, value=Decimal(event.non_pilot_participants))
