"""The figures of C-9 and C-10 as indicators (I-6): the programme's catalogue and the facts it counts.

:func:`indicators` builds the catalogue from the caller's targets, one
:class:`CareerSupportTargets`; :func:`facts` turns events, agreements,
consultant assignments and training records into the
:class:`~karjera_core.indicators.Fact` values it counts, so that the generic
engine (:func:`~karjera_core.indicators.evaluate`,
:func:`~karjera_core.indicators.summarize`; I-2, I-4) evaluates them as of
any day and on any split of the data.

====================================  ====  ========  ==========================  ===============================
code                                  rule  counting  a fact per                  dated
====================================  ====  ========  ==========================  ===============================
``8.3.5-C10-institutions``            C-10  distinct  pilot school, assignment    the first day it is supported
``8.3.5-C10-trained``                 C-10  distinct  training record             the record's last day
``8.3.5-C9-[<level>-]events-<year>``  C-9   facts     held event                  the event's first day
``8.3.5-C9-[<level>-]participants-…`` C-9   sum       held event (participants)   the event's first day
``8.3.5-C9-[<level>-]non-pilot-…``    C-9   sum       held event (non-pilot)      the event's first day
====================================  ====  ========  ==========================  ===============================

``<year>`` is the school year the event starts in (T-3), e.g. ``2016/2017``;
``<level>`` is ``city`` or ``school`` for the events of one organiser
level, left out for events of both.  A held event gives its facts under
both codes; a planned event gives none (nothing has happened yet).

Targets are the caller's, never a silent default.  The published values are
offered as :data:`REPORTED_TARGETS_2016_2017`: the national C-10 targets
[pub: IZM, 2016-06-07: "328 izglītības iestādes", "papildizglītība 656
pedagogiem"], due by the project's end in [000] (2020-12-31; F-4 keeps the
later extensions, so a later figure is "met late", not lost), and the
figures [002] reports for Daugavpils in 2016/2017 -- 14 city-wide events
held, with "vairāk nekā 900" (more than 900: exactly 900 does not meet it)
participants, from pilot and non-pilot schools (more than none).  A
:class:`CountTarget` says "at least" or "more than"; for counts, "more than
N" is the indicator target N + 1, exactly.

>>> from karjera_core.indicators import evaluate_summary, summarize
>>> from karjera_core.programmes.career_support import examples as ex
>>> found = facts(events=ex.daugavpils_2016_events(), agreements=[ex.daugavpils_2017_agreement()],
...               training_records=ex.daugavpils_2017_training())
>>> report = evaluate_summary(summarize(indicators(REPORTED_TARGETS_2016_2017), found, as_of=date(2017, 8, 31)))
>>> [(r.code, int(r.value or 0), r.status.name) for r in report]  # doctest: +NORMALIZE_WHITESPACE
[('8.3.5-C10-institutions', 10, 'PENDING'), ('8.3.5-C10-trained', 20, 'PENDING'),
 ('8.3.5-C9-city-events-2016/2017', 14, 'MET'), ('8.3.5-C9-city-participants-2016/2017', 904, 'MET'),
 ('8.3.5-C9-city-non-pilot-2016/2017', 204, 'MET')]
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from itertools import chain

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._records import record, rule
from karjera_core.indicators import Counting, Fact, Indicator, Measure
from karjera_core.privacy import looks_like_personal_code
from karjera_core.programmes.career_support.agreement import Agreement
from karjera_core.programmes.career_support.events import CareerEvent, EventStatus, OrganiserLevel
from karjera_core.programmes.career_support.parameters import PROJECT_NUMBER
from karjera_core.programmes.career_support.people import ConsultantAssignment, TrainingRecord
from karjera_core.time import SchoolYear

__all__ = [
    "REPORTED_TARGETS_2016_2017",
    "CareerSupportTargets",
    "CountTarget",
    "event_id",
    "facts",
    "indicators",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The largest count a target may name.
MAX_TARGET = 10**12
#: The codes of the C-10 indicators: one each, the targets being national and for the whole project.
_INSTITUTIONS = "8.3.5-C10-institutions"
_TRAINED = "8.3.5-C10-trained"


@record
class CountTarget:
    """A target for a count: ``at_least`` N, or ``more_than`` N -- exactly one of the two.

    [002] writes "vairāk nekā 900" (more than 900): 900 does not meet it, 901 does.

    >>> more = CountTarget(more_than=900)
    >>> str(more), more.minimum, more.met_by(900), more.met_by(901)
    ('vairāk nekā 900', 901, False, True)
    >>> str(CountTarget(at_least=14)), CountTarget(at_least=14).met_by(14)
    ('vismaz 14', True)
    """

    at_least: int | None = fields.integer(1, MAX_TARGET, what="a count", default=None)
    more_than: int | None = fields.integer(0, MAX_TARGET - 1, what="a count", default=None)

    @rule("at_least", "more_than")
    def _exactly_one(self) -> Flaw | None:
        if (self.at_least is None) != (self.more_than is None):
            return None
        return Flaw("$", "target.at_least_or_more_than", "expected exactly one of at_least and more_than")

    @property
    def minimum(self) -> int:
        """The least count that meets the target."""
        if self.at_least is not None:
            return self.at_least
        assert self.more_than is not None
        return self.more_than + 1

    def met_by(self, count: int) -> bool:
        """True when ``count`` meets the target."""
        (count,) = _COUNT(count)
        return count >= self.minimum

    def __str__(self) -> str:
        return f"vismaz {self.at_least}" if self.at_least is not None else f"vairāk nekā {self.more_than}"


_COUNT = arguments(count=fields.Integer(0, 10**15, "a count"))


@record
class CareerSupportTargets:
    """The targets of the career-support catalogue (I-6), supplied by the caller.

    * C-10, due by ``deadline``: ``institutions`` supported and people ``trained`` (distinct);
    * C-9, for the events held that start in ``school_year``, of organiser ``level`` (``None``: both
      levels), due by the year's last day: ``events`` held, their ``participants`` and their
      ``non_pilot_participants``.

    The published values are :data:`REPORTED_TARGETS_2016_2017`, to be passed explicitly.
    """

    deadline: date
    institutions: CountTarget
    trained: CountTarget
    school_year: SchoolYear
    level: OrganiserLevel | None
    events: CountTarget
    participants: CountTarget
    non_pilot_participants: CountTarget


#: The published figures as targets (see the module's docstring): the national C-10 targets, at least 328
#: institutions and 656 people trained by 2020-12-31, and [002]'s report for Daugavpils in 2016/2017, at least
#: 14 city-wide events held with more than 900 participants, more than none of them from non-pilot schools.
#: Reference values of those reports -- pass your own for other years and municipalities.
REPORTED_TARGETS_2016_2017 = CareerSupportTargets(
    deadline=date(2020, 12, 31),
    institutions=CountTarget(at_least=328),
    trained=CountTarget(at_least=656),
    school_year=SchoolYear(2016),
    level=OrganiserLevel.CITY,
    events=CountTarget(at_least=14),
    participants=CountTarget(more_than=900),
    non_pilot_participants=CountTarget(more_than=0),
)


def _event_codes(start_year: int, level: OrganiserLevel | None) -> tuple[str, str, str]:
    """The C-9 codes of a school year and level: events held, participants, non-pilot participants."""
    tag = f"{start_year}/{start_year + 1}"
    part = "" if level is None else f"{level.value}-"
    return (f"8.3.5-C9-{part}events-{tag}", f"8.3.5-C9-{part}participants-{tag}", f"8.3.5-C9-{part}non-pilot-{tag}")


#: How the C-9 titles name the events of a level, in Latvian and in English.
_LEVEL_WORDS: dict[OrganiserLevel | None, tuple[str, str]] = {
    None: ("", ""),
    OrganiserLevel.CITY: ("pilsētas ", "city-wide "),
    OrganiserLevel.SCHOOL: ("skolu ", "school "),
}


def indicators(targets: CareerSupportTargets) -> tuple[Indicator, ...]:
    """The career-support catalogue (I-6): the two C-10 national figures, then the three C-9 event figures.

    * C-10, due by ``targets.deadline``: institutions supported and teachers or specialists trained
      (distinct institutions and people; measured as by
      :func:`~karjera_core.programmes.career_support.reach.institutions_supported` and
      :func:`~karjera_core.programmes.career_support.reach.teachers_trained`);
    * C-9, for the held events of ``targets.level`` that start in ``targets.school_year``, due by its
      last day: events held (every event counts), their participants and their participants from
      non-pilot schools (sums) -- the figures of
      :func:`~karjera_core.programmes.career_support.events.tally_events`.

    A "more than N" target is the indicator target N + 1.

    >>> [(ind.code, int(ind.target)) for ind in indicators(REPORTED_TARGETS_2016_2017)][2:4]
    [('8.3.5-C9-city-events-2016/2017', 14), ('8.3.5-C9-city-participants-2016/2017', 901)]
    """
    (targets,) = _INDICATORS(targets)
    year = targets.school_year
    events, participants, non_pilot = _event_codes(year.start_year, targets.level)
    lv, en = _LEVEL_WORDS[targets.level]
    tag = f"{year.start_year}/{year.start_year + 1}"
    built = [
        Indicator(
            code=_INSTITUTIONS,
            title_lv="Karjeras atbalstu saņēmušo izglītības iestāžu skaits",
            title_en="Number of education institutions supported",
            measure=Measure.COUNT,
            target=Decimal(targets.institutions.minimum),
            deadline=targets.deadline,
            project=PROJECT_NUMBER,
        ),
        Indicator(
            code=_TRAINED,
            title_lv="Tālākizglītībā piedalījušos pedagogu un karjeras atbalsta speciālistu skaits",
            title_en="Number of teachers and career-support specialists trained",
            measure=Measure.COUNT,
            target=Decimal(targets.trained.minimum),
            deadline=targets.deadline,
            project=PROJECT_NUMBER,
        ),
    ]
    for code, counting, target, title_lv, title_en in (
        (
            events,
            Counting.FACTS,
            targets.events,
            f"Īstenoto {lv}karjeras atbalsta pasākumu skaits {year} mācību gadā",
            f"{en}career events held in school year {tag}",
        ),
        (
            participants,
            Counting.SUM,
            targets.participants,
            f"Īstenoto {lv}karjeras atbalsta pasākumu dalībnieku skaits {year} mācību gadā",
            f"Participants of {en}career events held in school year {tag}",
        ),
        (
            non_pilot,
            Counting.SUM,
            targets.non_pilot_participants,
            f"Īstenoto {lv}karjeras atbalsta pasākumu dalībnieku skaits no skolām, kas nav pilotskolas, "
            f"{year} mācību gadā",
            f"Participants from schools that are not pilot schools of {en}career events held in school year {tag}",
        ),
    ):
        built.append(
            Indicator(
                code=code,
                title_lv=title_lv,
                title_en=title_en[0].upper() + title_en[1:],
                measure=Measure.COUNT,
                counting=counting,
                target=Decimal(target.minimum),
                deadline=year.end,
                project=PROJECT_NUMBER,
                period=year.period,
            )
        )
    return tuple(built)


_INDICATORS = arguments(targets=CareerSupportTargets)


#: Hexadecimal digits written as letters: ``0`` ... ``9`` as ``g`` ... ``p``.
_LETTERS = str.maketrans("0123456789", "ghijklmnop")


def _event_id(event: CareerEvent) -> str:
    digest = hashlib.blake2b(event.title.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    found = f"{event.start.isoformat()}/{digest}"
    if looks_like_personal_code(found):  # about one digest in ten thousand has eleven digits that read as one (P-7)
        return f"{event.start.isoformat()}/{digest.translate(_LETTERS)}"
    return found


def event_id(event: CareerEvent) -> str:
    """A stable id of ``event``, derived from its start and title: the subject of its facts (C-9, I-6).

    The start day, then 16 hexadecimal digits of a BLAKE2b digest of the
    title: the same event gives the same id in every process and on every
    machine, and the id is short and holds no free text.  When the digits
    would read as a personal code (P-7: eleven digits in a row, a day and a
    number), the digest's digits are written as the letters ``g`` ... ``p``
    instead, so that the id is always a valid subject.  Two events with the
    same title and start share it, which is harmless: the event indicators
    count every fact, not distinct subjects.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> event_id(ex.daugavpils_2016_events()[0])
    '2017-04-05/e431ee550104e804'
    """
    (event,) = _EVENT(event)
    return _event_id(event)


_EVENT = arguments(event=CareerEvent)


def _event_facts(events: tuple[CareerEvent, ...]) -> Iterator[Fact]:
    """Three facts per held event under the codes of both levels, three under its level's (C-9)."""
    for event in events:
        if event.status is not EventStatus.HELD:
            continue
        on, subject = event.start, _event_id(event)
        year = on.year if on.month >= 9 else on.year - 1
        for level in (None, event.level):
            held, participants, non_pilot = _event_codes(year, level)
            yield Fact(indicator=held, on=on, subject=subject)
            yield Fact(indicator=participants, on=on, subject=subject, value=Decimal(event.total_participants))
            yield Fact(indicator=non_pilot, on=on, subject=subject, value=Decimal(event.non_pilot_participants))


def _reach_facts(
    agreements: tuple[Agreement, ...],
    assignments: tuple[ConsultantAssignment, ...],
    records: tuple[TrainingRecord, ...],
) -> Iterator[Fact]:
    for agreement in agreements:
        for pilot in agreement.pilot_schools:
            on = max(agreement.signed, pilot.period.start)
            yield Fact(indicator=_INSTITUTIONS, on=on, subject=pilot.registration_number)
    for assignment in assignments:
        yield Fact(indicator=_INSTITUTIONS, on=assignment.period.start, subject=assignment.institution)
    for record_ in records:
        yield Fact(indicator=_TRAINED, on=record_.end, subject=record_.person_id)


def facts(
    *,
    events: Iterable[CareerEvent] = (),
    assignments: Iterable[ConsultantAssignment] = (),
    agreements: Iterable[Agreement] = (),
    training_records: Iterable[TrainingRecord] = (),
) -> Iterator[Fact]:
    """The facts the catalogue of :func:`indicators` counts, from the career-support data (I-6).

    * each held event gives its C-9 facts on the day it starts (the day
      :func:`~karjera_core.programmes.career_support.events.tally_events`
      gives it), with :func:`event_id` as the subject: "held", its
      participants and its participants from non-pilot schools, under the
      codes of its level and of both levels;
    * each pilot school of an agreement gives an "institution supported"
      fact on the later of the agreement's signing and the school's first day
      as a pilot school, and each consultant assignment one on its first day
      (a school with a consultant is supported whether or not the agreements
      given name it); an institution counts once, from its earliest fact;
    * each training record gives a "trained" fact on its last day, the
      subject being the person's pseudonymous id (P-7).

    The arguments are checked at once; the facts are made as they are iterated.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> found = list(facts(agreements=[ex.daugavpils_2017_agreement()]))
    >>> len(found), found[0].indicator, found[0].on, found[0].subject
    (10, '8.3.5-C10-institutions', datetime.date(2017, 3, 1), '4500000001')
    """
    found_events, found_assignments, found_agreements, records = _FACTS(
        events, assignments, agreements, training_records
    )
    return chain(_event_facts(found_events), _reach_facts(found_agreements, found_assignments, records))


_FACTS = arguments(
    events=tuple[CareerEvent, ...],
    assignments=tuple[ConsultantAssignment, ...],
    agreements=tuple[Agreement, ...],
    training_records=tuple[TrainingRecord, ...],
)
