"""PuMPuRS parameters: the project, the dated eligibility table and the replaceable defaults (P-1, P-3, P-4, F-4).

Every rule of the programme that a public source could set differently, or
that changed over time, is data here, each value beside the source it rests on:

* :data:`PUMPURS_834` -- the project ESF 8.3.4.0/16/I/001 with its end-date
  history (F-4): 2022-12-31 as first approved [004], 2023-12-31 after the 2021
  amendment;
* :data:`ELIGIBILITY_SCHEDULE` -- who may be supported from when (P-1), a
  :class:`~karjera_core.schedule.Schedule` of :class:`EligibleLevels` whose
  every step names its source; :class:`EligibilityRules` pairs it with the
  project, and :func:`eligible` answers the question for a learner on a day;
* :data:`DEFAULT_RISK_GROUPS` -- the four groups of risk factors the project
  reports (P-3), the default of a :class:`RiskGroupSet` a caller may replace
  (the official list of MK No. 460 is not public, BRIEF §9);
* :data:`DEFAULT_PLAN_TIMING` -- how late after the semester's start a support
  plan may be drawn up (P-4), a :class:`PlanTiming`.

The eligibility schedule follows the one policy of every dated table
(:mod:`karjera_core.schedule`): its steps are in strictly increasing order and
are never re-ordered, and a day before the first step has no value --
:meth:`EligibilityRules.levels_on` refuses it (``schedule.before_start``), and
nobody is eligible on it (:meth:`EligibilityRules.admits` and :func:`eligible`
answer False).

>>> from karjera_core.education import Grade, VocationalCourse
>>> eligible(Grade(5), on=date(2018, 1, 15)), eligible(Grade(4), on=date(2018, 1, 15))
(True, False)
>>> eligible(Grade(4), on=date(2021, 9, 1)), eligible(VocationalCourse(4), on=date(2024, 3, 1))
(True, False)
>>> [step.start.isoformat() for step in ELIGIBILITY_SCHEDULE]
['2016-07-12', '2021-09-01']
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import attrs

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw, Kind, Scope
from karjera_core._records import record, rule
from karjera_core.education import Grade, VocationalCourse
from karjera_core.errors import fail
from karjera_core.funding import ESF_2014_2020, Budget, BudgetLine, FundingSource, ProjectNumber, Regulation
from karjera_core.money import Money
from karjera_core.notation import parse_lv_date, parse_lv_period
from karjera_core.organisations import IKVD, Organisation, OrganisationKind
from karjera_core.projects import Amendment, Project, ProjectRole, ProjectStatus, Role
from karjera_core.schedule import Schedule, Source, Step

__all__ = [
    "DEFAULT_ELIGIBILITY",
    "DEFAULT_PLAN_TIMING",
    "DEFAULT_RISK_GROUPS",
    "ELIGIBILITY_SCHEDULE",
    "MK_460_2016",
    "PUMPURS_834",
    "REGISTRATION_NUMBER",
    "RISK_GROUP_CODE",
    "EligibilityRules",
    "EligibleLevels",
    "PlanTiming",
    "RiskGroup",
    "RiskGroupSet",
    "eligible",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The pattern of an institution's registration number: exactly ten ASCII digits (O-3).
REGISTRATION_NUMBER = "[0-9]{10}"


# ---------------------------------------------------------------- the project (F-3, F-4)

#: MK No. 460 of 2016-07-12, implementing rules of specific objective 8.3.4
#: [pub: https://www.r93vs.lv/esf-projekts-atbalsts-priekslaicigas-macibu-partrauksanas-samazinasanai-pumpurs/].
MK_460_2016 = Regulation(
    number=460,
    adopted=date(2016, 7, 12),
    title=(
        'Darbības programmas "Izaugsme un nodarbinātība" 8.3.4. specifiskā atbalsta mērķa "Samazināt '
        'priekšlaicīgu mācību pārtraukšanu, īstenojot preventīvus un intervences pasākumus" īstenošanas noteikumi'
    ),
)

#: Jelgava novads, which runs PuMPuRS in its 12 institutions [004] (the project's cooperation partner here).
_JELGAVA_NOVADS = Organisation(name="Jelgavas novada pašvaldība", kind=OrganisationKind.MUNICIPALITY, country="LV")

#: ESF project 8.3.4.0/16/I/001 "Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai" (PuMPuRS).
#:
#: * Start 2017-03-16 [pub: "Projekta īstenošanas laiks: 16.03.2017.-31.12.2023."
#:   (Liepājas Liedaga vidusskola, liedagavsk.liepaja.edu.lv), the day IKVD's
#:   agreement with CFLA was signed (pumpurs.izm.gov.lv); IKVD gives "03.2017.";
#:   r93vs.lv gives "2017. gada 1.marts" instead -- the sources disagree].
#: * End as first approved "līdz 2022. gada 31. decembrim" [004].
#: * Roles: IKVD implementer [004] and submitter (it signed the agreement with
#:   CFLA [pub]); Jelgava novads as cooperation partner [004].
#: * Target groups as first approved [004] (grades 1-4 were added from
#:   2021/2022: :data:`ELIGIBILITY_SCHEDULE`, rule P-1).
#: * Budget [pub: pumpurs.izm.gov.lv]: eligible total EUR 39,812,376 = ESF
#:   33,840,519 + state budget 5,971,857.
#: * Amendment: extended by 12 months to 2023-12-31, public in April 2021
#:   (Delfi; the day is not given, so 2021-04-30, the latest day it can have
#:   been public by, is recorded).
PUMPURS_834 = Project(
    number=ProjectNumber.parse("8.3.4.0/16/I/001"),
    title="Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai",
    programming_period=ESF_2014_2020,
    period=parse_lv_period("16.03.2017. - 2022. gada 31. decembris"),
    roles=(
        ProjectRole(organisation=IKVD, role=Role.SUBMITTER),
        ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER),
        ProjectRole(organisation=_JELGAVA_NOVADS, role=Role.COOPERATION_PARTNER),
    ),
    regulation=MK_460_2016,
    specific_objective="Samazināt priekšlaicīgu mācību pārtraukšanu, īstenojot preventīvus un intervences pasākumus",
    target_groups=(
        "vispārizglītojošo skolu skolēni no 5. līdz 12. klasei",
        "profesionālās izglītības iestāžu audzēkņi no 1. līdz 4. kursam",
    ),
    activities=(
        "individuāls atbalsts izglītojamajiem, kuriem ir risks priekšlaicīgi pamest mācības: konsultācijas mācību "
        "priekšmetos, psihologa, logopēda, speciālās izglītības pedagoga, sociālā pedagoga un citu speciālistu "
        "konsultatīvais atbalsts",
        "ekonomiskais atbalsts individuālās lietošanas priekšmetiem vai ēdināšanas kompensācija",
        "izglītojoši semināri un pieredzes apmaiņas braucieni izglītības iestāžu projekta koordinatoriem",
    ),
    budget=Budget(
        total=Money(39_812_376),
        parts=(
            BudgetLine(source=FundingSource.EU_FUND, amount=Money(33_840_519)),
            BudgetLine(source=FundingSource.STATE_BUDGET, amount=Money(5_971_857)),
        ),
    ),
    amendments=(
        Amendment(
            announced=date(2021, 4, 30),
            end=parse_lv_date("2023. gada 31. decembrim"),
            source=(
                "Delfi, April 2021, https://www.delfi.lv/calis/enciklopedija/no-20212022-macibu-gada-projekta-pumpurs-"
                'atbalsts-bus-pieejams-ari-1-4-klases-skoleniem.d?id=53119233: "projekta īstenošanas laiks pagarināts '
                'par 12 mēnešiem un ilgs līdz 2023. gada 31. decembrim"; IKVD project page "03.2017. - 12.2023."; '
                "the day of April not given, 2021-04-30 recorded"
            ),
        ),
    ),
)


# ---------------------------------------------------------------- P-1 eligibility


@attrs.frozen
class _Level(Kind):
    """A function argument that is a :class:`Grade` or a :class:`VocationalCourse` (O-5)."""

    what = "a Grade or a VocationalCourse"
    code = "record.type"

    def check(self, v: str, scope: Scope) -> str:
        return f"(type({v}) is {scope.add(Grade, 'cls')} or type({v}) is {scope.add(VocationalCourse, 'cls')})"


_LEVEL = _Level()


@record
class EligibleLevels:
    """Learners of grades ``first_grade`` ... ``last_grade`` and of vocational courses ``first_course`` ...
    ``last_course`` may be supported (P-1): the value of one step of the eligibility schedule.

    >>> EligibleLevels(first_grade=1, last_grade=12).admits(Grade(4))
    True
    >>> EligibleLevels(first_grade=6, last_grade=5)
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.last_grade: expected the last grade on or after the first [eligible_levels.grade_order]
    """

    first_grade: int = fields.integer(1, 12, what="a first grade")
    last_grade: int = fields.integer(1, 12, what="a last grade")
    first_course: int = fields.integer(1, 4, what="a first vocational course", default=1)
    last_course: int = fields.integer(1, 4, what="a last vocational course", default=4)

    @rule("first_grade", "last_grade")
    def _grades_in_order(self) -> Flaw | None:
        if self.first_grade > self.last_grade:
            return Flaw("$.last_grade", "eligible_levels.grade_order", "expected the last grade on or after the first")
        return None

    @rule("first_course", "last_course")
    def _courses_in_order(self) -> Flaw | None:
        if self.first_course > self.last_course:
            return Flaw(
                "$.last_course", "eligible_levels.course_order", "expected the last course on or after the first"
            )
        return None

    def admits(self, level: Grade | VocationalCourse) -> bool:
        """True when this step admits ``level``, a :class:`Grade` or a :class:`VocationalCourse`."""
        (level,) = _ADMITS(level)
        if type(level) is VocationalCourse:
            return self.first_course <= level.number <= self.last_course
        return self.first_grade <= level.number <= self.last_grade


_ADMITS = arguments(level=_LEVEL)

#: Who may be supported from when (P-1), each step with its source:
#:
#: * from 2016-07-12 (MK No. 460 adopted): general education grades 5-12 and
#:   vocational courses 1-4 [004];
#: * from 2021-09-01 (school year 2021/2022): grades 1-4 as well, by the
#:   amendments to MK No. 460 adopted on 2021-04-08 [pub: IKVD; Delfi, April 2021].
ELIGIBILITY_SCHEDULE: Schedule[EligibleLevels] = Schedule(
    steps=(
        Step(
            start=MK_460_2016.adopted,
            value=EligibleLevels(first_grade=5, last_grade=12),
            source=Source(
                citation=(
                    "MK noteikumi Nr. 460 (2016-07-12); [004]: vispārizglītojošo skolu skolēni no 5. līdz 12. klasei, "
                    "profesionālās izglītības iestāžu audzēkņi no 1. līdz 4. kursam"
                )
            ),
        ),
        Step(
            start=date(2021, 9, 1),
            value=EligibleLevels(first_grade=1, last_grade=12),
            source=Source(
                citation=(
                    "Grozījumi MK 2016. gada 12. jūlija noteikumos Nr. 460, pieņemti 2021-04-08: atbalsts arī "
                    "1.-4. klases skolēniem no 2021. gada 1. septembra (2021./2022. mācību gada) "
                    "[pub: https://ikvd.gov.lv/category/uncategorized-lv/; https://www.delfi.lv/calis/enciklopedija/"
                    "no-20212022-macibu-gada-projekta-pumpurs-atbalsts-bus-pieejams-ari-1-4-klases-skoleniem.d?id=53119233]"
                )
            ),
        ),
    )
)


@record
class EligibilityRules:
    """Who may be supported, and when (P-1, F-4): a parameter object.

    ``schedule`` -- the dated :class:`EligibleLevels` (default
    :data:`ELIGIBILITY_SCHEDULE`); a day before its first step has no levels,
    and nobody is eligible on it.  ``project`` -- the project whose period, as
    its end was known on a day (F-4), bounds eligibility and support (P-5);
    default :data:`PUMPURS_834`.

    >>> rules = EligibilityRules()
    >>> rules.levels_on(on=date(2020, 10, 1)).first_grade, rules.levels_on(on=date(2021, 10, 1)).first_grade
    (5, 1)
    >>> rules.admits(Grade(7), on=date(2016, 1, 1))
    False
    >>> rules.levels_on(on=date(2016, 1, 1))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.on: expected a day on or after the first step of the schedule [schedule.before_start]
    """

    schedule: Schedule[EligibleLevels] = fields.field(default=ELIGIBILITY_SCHEDULE)
    project: Project = fields.field(default=PUMPURS_834)

    def levels_on(self, *, on: date) -> EligibleLevels:
        """The levels in force ``on`` the day; a ValidationError (``schedule.before_start``) before the first step."""
        return self.schedule.value_on(on=on)

    def admits(self, level: Grade | VocationalCourse, *, on: date) -> bool:
        """True when the step in force ``on`` the day admits ``level``; False before the first step."""
        level, on = _LEVEL_ON(level, on)
        return self.schedule.in_force(on=on) and self.schedule.value_on(on=on).admits(level)

    def project_active(self, *, on: date, as_of: date | None = None) -> bool:
        """True when the project is active ``on`` the day, as its end was known on ``as_of`` (default: ``on``, F-4)."""
        on, as_of = _ON_AS_OF(on, as_of)
        return self.project.status(on=on, as_of=as_of) is ProjectStatus.ACTIVE


_LEVEL_ON = arguments(level=_LEVEL, on=date)
_ON_AS_OF = arguments(on=date, as_of=date | None)

#: The default rules: :data:`ELIGIBILITY_SCHEDULE` and :data:`PUMPURS_834`.
DEFAULT_ELIGIBILITY = EligibilityRules()


def eligible(
    level: Grade | VocationalCourse, *, on: date, as_of: date | None = None, rules: EligibilityRules | None = None
) -> bool:
    """True when a learner of ``level`` may be supported ``on`` the day (P-1).

    The step of the schedule in force ``on`` the day must admit the grade or
    vocational course, and the project must be active that day, as its end was
    known on ``as_of`` (default: ``on`` itself, F-4).  Before the schedule's
    first step nobody is eligible.  ``rules`` default to
    :data:`DEFAULT_ELIGIBILITY`.

    >>> eligible(Grade(12), on=date(2017, 3, 15)), eligible(Grade(12), on=date(2017, 3, 16))
    (False, True)
    >>> eligible(Grade(12), on=date(2023, 12, 31)), eligible(Grade(12), on=date(2024, 1, 1))
    (True, False)
    >>> eligible(Grade(12), on=date(2023, 6, 1), as_of=date(2021, 1, 1))  # the extension not yet known
    False
    """
    level, on, as_of, rules = _ELIGIBLE(level, on, as_of, rules)
    chosen = DEFAULT_ELIGIBILITY if rules is None else rules
    return chosen.admits(level, on=on) and chosen.project_active(on=on, as_of=as_of)


_ELIGIBLE = arguments(level=_LEVEL, on=date, as_of=date | None, rules=EligibilityRules | None)


# ---------------------------------------------------------------- P-3 risk-factor groups

#: The pattern of a risk group's code: lower-case ASCII letters, digits and underscores, a letter first.
RISK_GROUP_CODE = "[a-z][a-z0-9_]{0,63}"


@record
class RiskGroup:
    """A group of risk factors (P-3): a stable ``code`` (what a :class:`RiskFactor` names) and its Latvian label.

    >>> RiskGroup(code="economic", label="ekonomiskie riski").code
    'economic'
    """

    code: str = fields.code(RISK_GROUP_CODE, what="a risk group code such as 'economic'")
    label: str = fields.name(200, what="a label")


@record
class RiskGroupSet:
    """The groups risk factors are listed in (P-3), with the source that defines them: a replaceable parameter.

    At least one group; each code at most once.  Default:
    :data:`DEFAULT_RISK_GROUPS`, the four groups the project reports.

    >>> "economic" in DEFAULT_RISK_GROUPS, DEFAULT_RISK_GROUPS.label("family")
    (True, 'ar ģimeni saistītie riski')
    """

    groups: tuple[RiskGroup, ...] = fields.items(min_size=1, max_size=100)
    source: Source

    @rule("groups")
    def _codes_once(self) -> Iterator[Flaw] | None:
        codes = [group.code for group in self.groups]
        if len(set(codes)) == len(codes):
            return None
        return (
            Flaw(f"$.groups[{index}].code", "risk_groups.repeated_code", "expected each code at most once")
            for index, code in enumerate(codes)
            if code in codes[:index]
        )

    @property
    def codes(self) -> tuple[str, ...]:
        """The groups' codes, in order."""
        return tuple(group.code for group in self.groups)

    def __contains__(self, code: object) -> bool:
        return any(group.code == code for group in self.groups)

    def label(self, code: str) -> str:
        """The label of the group with ``code``; a ValidationError (``risk_groups.unknown_code``) for no such group."""
        (code,) = _CODE(code)
        for group in self.groups:
            if group.code == code:
                return group.label
        fail("$.code", "risk_groups.unknown_code", "expected the code of one of the groups")


_CODE = arguments(code=fields.Text(64, "a risk group code", pattern=RISK_GROUP_CODE))

#: The four groups of risk factors the project's own reports use (P-3) [pub: pumpurs.lv, "Lai palīdzētu
#: skolēniem nepamest mācības, trīs gadu laikā projektā iesaistījušās jau 507 izglītības iestādes", 2019/20].
#: The official list of MK No. 460 is not public (BRIEF §9): pass another :class:`RiskGroupSet` to replace it.
DEFAULT_RISK_GROUPS = RiskGroupSet(
    groups=(
        RiskGroup(code="learning_and_institution", label="mācību darba un izglītības iestādes riski"),
        RiskGroup(code="economic", label="ekonomiskie riski"),
        RiskGroup(code="family", label="ar ģimeni saistītie riski"),
        RiskGroup(code="social_environment_and_health", label="sociālās vides un veselības riski"),
    ),
    source=Source(
        citation=(
            "pumpurs.lv, http://www.pumpurs.lv/lv/lai-palidzetu-skoleniem-nepamest-macibas-tris-gadu-laika-projekta-"
            "iesaistijusas-jau-507-izglitibas (2019/20): the four risk groups the project reports"
        )
    ),
)


# ---------------------------------------------------------------- P-4 when a plan is drawn up

_PLAN_TIMING_SOURCE = Source(
    citation=(
        "Jēkabpils pašvaldība, https://www.jekabpils.lv/lv/projekts/projekts-atbalsts-priekslaicigas-macibu-"
        "partrauksanas-samazinasanai-pumpurs: the plan is drawn up 'semestra sākumā' (at the semester's start); "
        "no number of days is published, so 30 days is the library's design choice"
    )
)


@record
class PlanTiming:
    """How late a support plan may be drawn up (P-4): a parameter object.

    A plan is drawn up at its semester's start [pub]: at most
    ``lateness_days`` days after the later of the semester's first day and the
    day its case opened (a learner found at risk mid-semester gets a plan when
    the case opens).  A plan may always be drawn up before its semester starts.
    No public source gives the number of days; the default, 30 (about the
    semester's first month), is a design choice, stated in ``source``.

    >>> DEFAULT_PLAN_TIMING.lateness_days
    30
    """

    lateness_days: int = fields.integer(0, 365, what="a number of days", default=30)
    source: Source = fields.field(default=_PLAN_TIMING_SOURCE)


#: The default plan timing: 30 days (see :class:`PlanTiming`).
DEFAULT_PLAN_TIMING = PlanTiming()
