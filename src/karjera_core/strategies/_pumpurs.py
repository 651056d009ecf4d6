"""Strategies for PuMPuRS parameters, assessments, plans, cases, participation and figures (P-1 ... P-7).

Every value is valid by construction (no ``.filter()``), and each strategy is
named for its type (``support_cases()`` for ``SupportCase``).  Learner ids and
all generated text hold no digit runs long enough to be a personal code (P-7):
a learner id is a letter prefix and at most nine digits; free text has no
digits.  :func:`support_cases` goes further: its cases comply with
:func:`karjera_core.pumpurs.check` under the default parameters, as the
project's end is known once every amendment is public (``as_of`` on or after
:data:`KNOWN_FROM`), because dates, levels and plans are drawn inside what
those rules allow.  Values shrink toward the simplest: learner ``L-0000``,
the project's first day, one factor, one measure.
"""

from __future__ import annotations

import bisect
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from karjera_core.education import Grade, VocationalCourse
from karjera_core.money import Money
from karjera_core.privacy import LearnerRef
from karjera_core.programmes.pumpurs import (
    DEFAULT_ELIGIBILITY,
    DEFAULT_PLAN_TIMING,
    DEFAULT_RISK_GROUPS,
    PUMPURS_834,
    CaseOutcome,
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    EligibilityRules,
    EligibleLevels,
    InstitutionFigures,
    ParticipatingInstitution,
    PersonalItem,
    PlanTiming,
    RiskAssessment,
    RiskFactor,
    RiskGroup,
    RiskGroupSet,
    SemesterFigures,
    SemesterTargets,
    SupportCase,
    SupportPlan,
)
from karjera_core.schedule import Schedule, Source, Step
from karjera_core.strategies import _draw
from karjera_core.strategies._draw import builder, count, day, integers, size
from karjera_core.strategies._education import registration_numbers
from karjera_core.strategies._money import money
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._time import date_ranges, dates
from karjera_core.time import Semester

__all__ = [
    "KNOWN_FROM",
    "PROJECT_SEMESTERS",
    "case_ids",
    "consultative_measures",
    "economic_measures",
    "eligibility_rules",
    "eligible_levels",
    "institution_figures",
    "learner_refs",
    "participating_institutions",
    "plan_timings",
    "pumpurs_semesters",
    "risk_assessments",
    "risk_factors",
    "risk_group_sets",
    "risk_groups",
    "semester_figures",
    "semester_targets",
    "support_cases",
    "support_plans",
]

_PROJECT_START = PUMPURS_834.period.start
#: The project's last day under every amendment; the default project was only ever extended.
_PROJECT_END = PUMPURS_834.end_on(as_of=date(2199, 12, 31)) or date(2199, 12, 31)
#: The day by which every amendment of the default project was public: from it on, drawn cases comply.
KNOWN_FROM = max(amendment.announced for amendment in PUMPURS_834.amendments)
_LATENESS = timedelta(days=DEFAULT_PLAN_TIMING.lateness_days)

_SUBJECTS = ("matemātika", "latviešu valoda", "angļu valoda", "fizika", "vēsture")


def _semesters_between(first: date, last: date) -> tuple[Semester, ...]:
    """Every semester that shares a day with ``first`` ... ``last``, in order."""
    found = []
    semester = Semester.containing(first)
    while semester.start <= last:
        found.append(semester)
        semester = Semester.containing(semester.end + timedelta(days=1))
    return tuple(found)


#: The semesters the default project overlaps: 2016./2017. II ... 2023./2024. I.
PROJECT_SEMESTERS = _semesters_between(_PROJECT_START, _PROJECT_END)
_PROJECT_DAYS = dates(min_value=_PROJECT_START, max_value=_PROJECT_END)
_SEMESTER_ENDS = [semester.end for semester in PROJECT_SEMESTERS]
_SEMESTER_STARTS = [semester.start for semester in PROJECT_SEMESTERS]
_LEARNER = builder(LearnerRef)
_PREFIXES = ("L", "S", "JN-L", "IZGL")
_LEARNER_NUMBERS = integers(0, len(_PREFIXES) * 10**9 - 1)
_CASE_NUMBERS = integers(0, 999_999_999)
_REGISTRATIONS = registration_numbers()
_CASE = builder(SupportCase)
_PLAN = builder(SupportPlan)
_ASSESSMENT = builder(RiskAssessment)
_FACTOR = builder(RiskFactor)
_FIGURES = builder(SemesterFigures)
_INSTITUTION_FIGURES = builder(InstitutionFigures)
_OUTCOMES = st.sampled_from(CaseOutcome)
_BOOLEANS = st.booleans()


def pumpurs_semesters() -> st.SearchStrategy[Semester]:
    """The semesters that overlap the PuMPuRS project, as amended."""
    return st.sampled_from(PROJECT_SEMESTERS)


def learner_refs() -> st.SearchStrategy[LearnerRef]:
    """Pseudonymous learner ids, never a personal code by construction (P-7): a letter prefix, a hyphen,
    and four to nine digits (``L-0042``)."""
    return _LEARNERS


def _learner(number: int) -> LearnerRef:
    return _LEARNER(f"{_PREFIXES[number // 10**9]}-{number % 10**9:04d}")


_LEARNERS = _LEARNER_NUMBERS.map(_learner)


def case_ids() -> st.SearchStrategy[str]:
    """Case ids such as ``C-00042``: a letter prefix and at most nine digits."""
    return _CASE_NUMBERS.map(_case_id)


def _case_id(number: int) -> str:
    return f"C-{number:05d}"


def participating_institutions(*, institution: str | None = None) -> st.SearchStrategy[ParticipatingInstitution]:
    """Participating institutions (P-2) with a pseudonymous coordinator (``koord-0042``), of ``institution``
    when it is given."""
    Narrowing("participating_institutions").registration_number("institution", institution)
    return st.builds(
        ParticipatingInstitution,
        institution=registration_numbers() if institution is None else st.just(institution),
        coordinator=st.integers(min_value=0, max_value=999_999_999).map(lambda number: f"koord-{number:04d}"),
        period=date_ranges(),
    )


def _texts(max_size: int = 16) -> st.SearchStrategy[str]:
    """Non-blank free text without digits, one choice."""
    return _draw.texts(max_size)


def risk_groups() -> st.SearchStrategy[RiskGroup]:
    """Risk groups (P-3): a code of lower-case letters and underscores, and a label."""
    return st.builds(
        RiskGroup,
        code=st.builds(
            lambda first, rest: first + rest,
            st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", max_size=20),
        ),
        label=st.sampled_from(("ekonomiskie riski", "ar ģimeni saistītie riski", "citi riski")),
    )


def risk_group_sets() -> st.SearchStrategy[RiskGroupSet]:
    """Sets of one to five risk groups with distinct codes (P-3), each set with a source."""
    return st.builds(
        RiskGroupSet,
        groups=st.lists(risk_groups(), min_size=1, max_size=5, unique_by=lambda group: group.code).map(tuple),
        source=st.just(DEFAULT_RISK_GROUPS.source),
    )


def risk_factors(*, group: str | None = None) -> st.SearchStrategy[RiskFactor]:
    """Risk factors (P-3) in one of the default risk groups, or in ``group`` (a code) when it is given."""
    if group is not None and group not in DEFAULT_RISK_GROUPS:
        Narrowing("risk_factors").fail("group", "the code of one of the default risk groups, or None", group)
    groups = st.sampled_from(DEFAULT_RISK_GROUPS.codes) if group is None else st.just(group)
    return st.builds(RiskFactor, group=groups, description=_texts())


_NOTES = _draw.optional_texts(16)
_DESCRIPTIONS = _texts()
_GROUPS = st.sampled_from(DEFAULT_RISK_GROUPS.codes)
_ROLES = st.none() | st.sampled_from(("klases audzinātājs", "psihologs", "projekta koordinators"))


def _assessment(draw: st.DrawFn, assessed_on: date) -> RiskAssessment:
    """An assessment on ``assessed_on``: a count of one to four factors, then each factor's group and text."""
    factors = tuple(_FACTOR(draw(_GROUPS), draw(_DESCRIPTIONS)) for _ in range(size(draw, 1, 4)))
    return _ASSESSMENT(assessed_on, factors, draw(_ROLES), draw(_NOTES))


@st.composite
def _assessments(draw: st.DrawFn, on: date | None) -> RiskAssessment:
    return _assessment(draw, day(draw, _PROJECT_START, _PROJECT_END) if on is None else on)


def risk_assessments(*, on: date | None = None) -> st.SearchStrategy[RiskAssessment]:
    """Risk assessments (P-3) of one to four factors, made on ``on`` when it is given (default: a day of the
    project)."""
    return _assessments(Narrowing("risk_assessments").day("on", on))


@st.composite
def _consultative(draw: st.DrawFn) -> ConsultativeMeasure:
    kind = _CONSULTATIVE_KINDS[count(draw, 0, len(_CONSULTATIVE_KINDS) - 1)]
    subject = draw(_OPTIONAL_SUBJECTS) if kind is ConsultativeKind.SUBJECT_TEACHER else None
    return _CONSULTATIVE_MEASURE(kind, subject, draw(_NOTES))


_CONSULTATIVE_KINDS = tuple(ConsultativeKind)
_OPTIONAL_SUBJECTS = st.none() | st.sampled_from(_SUBJECTS)
_CONSULTATIVE_MEASURE = builder(ConsultativeMeasure)


_CONSULTATIVE = _consultative()


def consultative_measures() -> st.SearchStrategy[ConsultativeMeasure]:
    """Consultative measures (P-4); a subject only for a subject teacher."""
    return _CONSULTATIVE


_AMOUNTS = st.none() | money(min_value=Money("0.01"), max_value=Money("500.00"))


@st.composite
def _economic(draw: st.DrawFn) -> EconomicMeasure:
    kind = _ECONOMIC_KINDS[count(draw, 0, len(_ECONOMIC_KINDS) - 1)]
    items: tuple[PersonalItem, ...] = ()
    if kind is EconomicKind.PERSONAL_ITEMS:
        items = tuple(draw(_ITEM_LISTS))
    return _ECONOMIC_MEASURE(kind, draw(_AMOUNTS), items, draw(_NOTES))


_ECONOMIC_KINDS = tuple(EconomicKind)
_ITEM_LISTS = st.lists(st.sampled_from(PersonalItem), unique=True, max_size=3)
_ECONOMIC_MEASURE = builder(EconomicMeasure)


_ECONOMIC = _economic()


def economic_measures() -> st.SearchStrategy[EconomicMeasure]:
    """Economic measures (P-4); items only for individual-use items, amounts 0.01-500.00 euros."""
    return _ECONOMIC


def _plan(draw: st.DrawFn, semester: Semester, opened: date, last: date) -> SupportPlan:
    """A plan of ``semester``, drawn up from the later of its start and ``opened`` for at most the default
    lateness, and not after ``last`` or the semester's end; at least one measure."""
    low = max(semester.start, opened)
    drawn_up = day(draw, low, min(semester.end, last, low + _LATENESS))
    consultative = tuple(draw(_CONSULTATIVE) for _ in range(size(draw, 0, 2)))
    economic = tuple(draw(_ECONOMIC) for _ in range(size(draw, 0 if consultative else 1, 2)))
    return _PLAN(semester, drawn_up, consultative, economic, draw(_NOTES))


@st.composite
def _plans(draw: st.DrawFn, semester: Semester | None) -> SupportPlan:
    return _plan(draw, draw(pumpurs_semesters()) if semester is None else semester, date.min, date.max)


def support_plans(*, semester: Semester | None = None) -> st.SearchStrategy[SupportPlan]:
    """Support plans (P-4) for ``semester`` (default: any semester of the project), drawn up at its start
    (within the default plan timing), with at least one measure."""
    return _plans(Narrowing("support_plans").value("semester", semester, Semester))


@st.composite
def _cases(
    draw: st.DrawFn,
    semester: Semester | None,
    institution: str | None,
    learner: LearnerRef | None,
    closed: bool | None,
) -> SupportCase:
    last_open = _PROJECT_END if semester is None else min(semester.end, _PROJECT_END)
    opened = day(draw, _PROJECT_START, last_open)
    step = DEFAULT_ELIGIBILITY.levels_on(on=opened)
    vocational = draw(_BOOLEANS)
    grade = None if vocational else Grade(count(draw, step.first_grade, step.last_grade))
    course = VocationalCourse(count(draw, step.first_course, step.last_course)) if vocational else None
    is_closed = draw(_BOOLEANS) if closed is None else closed
    end: date | None = None
    if is_closed:
        earliest = opened if semester is None else max(opened, semester.start)
        end = earliest + timedelta(days=count(draw, 0, 900))
    last_plan_day = _PROJECT_END if end is None else min(end, _PROJECT_END)
    # The project's semesters from the one holding ``opened`` to the one holding the last plan day.
    first, stop = bisect.bisect_left(_SEMESTER_ENDS, opened), bisect.bisect_right(_SEMESTER_STARTS, last_plan_day)
    candidates = [s for s in PROJECT_SEMESTERS[first:stop] if s != semester]
    # A count of plans, then each one's semester after the one before (distinct and in order by construction).
    chosen, after = [], -1
    wanted = size(draw, 0, min(3, len(candidates)))
    for index in range(wanted):
        after = count(draw, after + 1, len(candidates) - wanted + index)
        chosen.append(candidates[after])
    if semester is not None:
        chosen.append(semester)
    plans = tuple(_plan(draw, s, opened, last_plan_day) for s in sorted(chosen, key=lambda s: s.start))
    assessed_on = opened - timedelta(days=count(draw, 0, 60))
    return _CASE(
        _case_id(draw(_CASE_NUMBERS)),
        draw(_LEARNERS) if learner is None else learner,
        draw(_REGISTRATIONS) if institution is None else institution,
        grade,
        course,
        opened,
        _assessment(draw, assessed_on),
        plans,
        end,
        draw(_OUTCOMES) if is_closed else None,
    )


def support_cases(
    *,
    semester: Semester | None = None,
    institution: str | None = None,
    learner: LearnerRef | None = None,
    closed: bool | None = None,
) -> st.SearchStrategy[SupportCase]:
    """Support cases (P-5) that comply with ``check`` under the default parameters, by construction
    (``as_of`` on or after :data:`KNOWN_FROM`; P-2 aside, since participation is not drawn).

    ``semester``: every case has a plan for it (it must overlap the project).
    ``institution`` (10 digits) and ``learner``: fixed values instead of drawn
    ones.  ``closed``: True for closed cases only, False for open ones, None
    (default) for both.
    """
    check = Narrowing("support_cases")
    return _cases(
        _project_semester(check, semester),
        _institution(check, institution),
        check.value("learner", learner, LearnerRef),
        check.flag("closed", closed),
    )


def _project_semester(check: Narrowing, semester: Any) -> Semester | None:
    chosen = check.value("semester", semester, Semester)
    if chosen is not None and chosen not in PROJECT_SEMESTERS:
        check.fail("semester", "a Semester that overlaps the project, or None", chosen)
    return chosen


def _institution(check: Narrowing, institution: Any) -> str | None:
    return check.registration_number("institution", check.value("institution", institution, str))


@st.composite
def _eligible_levels(draw: st.DrawFn) -> EligibleLevels:
    return _levels(draw)


def _levels(draw: st.DrawFn) -> EligibleLevels:
    first_grade = count(draw, 1, 12)
    first_course = count(draw, 1, 4)
    return _LEVELS(first_grade, count(draw, first_grade, 12), first_course, count(draw, first_course, 4))


def eligible_levels() -> st.SearchStrategy[EligibleLevels]:
    """Values of an eligibility schedule's steps (P-1): any valid grade and course ranges."""
    return _eligible_levels()


@st.composite
def _eligibility_rules(draw: st.DrawFn) -> EligibilityRules:
    starts = sorted({day(draw, _FIRST_START, _LAST_START) for _ in range(size(draw, 1, 3))})
    steps = tuple(_STEP(start, _levels(draw), _DRAWN_RULE) for start in starts)
    return _ELIGIBILITY_RULES(_SCHEDULE(steps), PUMPURS_834)


_LEVELS = builder(EligibleLevels)
_STEP = builder(Step)
_SCHEDULE = builder(Schedule)
_ELIGIBILITY_RULES = builder(EligibilityRules)
_DRAWN_RULE = Source(citation="a drawn rule")
#: Steps of drawn eligibility rules start in these years (those of :func:`dates`).
_FIRST_START, _LAST_START = date(2000, 1, 1), date(2040, 12, 31)


def eligibility_rules() -> st.SearchStrategy[EligibilityRules]:
    """Eligibility rules (P-1): a schedule of one to three steps in increasing order, for the PuMPuRS project."""
    return _eligibility_rules()


def plan_timings() -> st.SearchStrategy[PlanTiming]:
    """Plan timings (P-4): 0 to 365 days of allowed lateness."""
    return st.builds(PlanTiming, lateness_days=st.integers(min_value=0, max_value=365))


def semester_targets(*, semester: Semester | None = None) -> st.SearchStrategy[SemesterTargets]:
    """Targets of the P-6 indicators (I-6), of ``semester`` (default: any of the project)."""
    Narrowing("semester_targets").value("semester", semester, Semester)
    counts = st.integers(min_value=1, max_value=10_000)
    return st.builds(
        SemesterTargets,
        semester=pumpurs_semesters() if semester is None else st.just(semester),
        consultative=counts,
        meals=counts,
        items=counts,
    )


_SEMESTER_INDEX = integers(0, len(PROJECT_SEMESTERS) - 1)


@st.composite
def _figures(draw: st.DrawFn, semester: Semester | None) -> SemesterFigures:
    """Figures of 0-3 institutions: a count, then distinct registration numbers in increasing order (each
    drawn above the one before), then each institution's learners."""
    chosen = PROJECT_SEMESTERS[draw(_SEMESTER_INDEX)] if semester is None else semester
    parts, low = [], 0
    wanted = size(draw, 0, 3)
    for index in range(wanted):
        number = count(draw, low, 10**10 - wanted + index)
        parts.append(_institution_part(draw, f"{number:010d}"))
        low = number + 1
    return _FIGURES(chosen, tuple(parts))


def semester_figures(*, semester: Semester | None = None) -> st.SearchStrategy[SemesterFigures]:
    """Semester figures (P-6) of ``semester`` (default: any of the project): institutions in increasing order
    of registration number, each with its learners, as ``figures`` would count them."""
    return _figures(_project_semester(Narrowing("semester_figures"), semester))


def _institution_part(draw: st.DrawFn, institution: str) -> InstitutionFigures:
    """One institution's figures: 1-8 distinct learners in increasing order, each kind of support a subset."""
    supported = sorted({draw(_LEARNERS) for _ in range(size(draw, 1, 8))}, key=lambda ref: ref.value)
    masks = [count(draw, 0, 7) for _ in supported]  # one choice per learner: which kinds of support
    parts = [tuple(ref for ref, bits in zip(supported, masks, strict=True) if bits >> kind & 1) for kind in range(3)]
    return _INSTITUTION_FIGURES(institution, tuple(supported), *parts)


@st.composite
def _institution_figures(draw: st.DrawFn) -> InstitutionFigures:
    return _institution_part(draw, draw(_REGISTRATIONS))


def institution_figures() -> st.SearchStrategy[InstitutionFigures]:
    """One institution's figures (P-6): distinct learners, each kind of support a subset of them."""
    return _institution_figures()


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    LearnerRef: learner_refs(),
    RiskGroup: risk_groups(),
    RiskGroupSet: risk_group_sets(),
    RiskFactor: risk_factors(),
    RiskAssessment: risk_assessments(),
    ConsultativeMeasure: consultative_measures(),
    EconomicMeasure: economic_measures(),
    SupportPlan: support_plans(),
    SupportCase: support_cases(),
    EligibleLevels: eligible_levels(),
    EligibilityRules: eligibility_rules(),
    PlanTiming: plan_timings(),
    SemesterTargets: semester_targets(),
    InstitutionFigures: institution_figures(),
    ParticipatingInstitution: participating_institutions(),
    SemesterFigures: semester_figures(),
}
