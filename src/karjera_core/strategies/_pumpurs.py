"""Strategies for PuMPuRS learners, assessments, plans, cases and figures (P-1 ... P-7).

Every value is valid by construction (no ``.filter()``).  Learner ids and all
generated text hold no digits runs long enough to be a personal code (P-7): a
learner id is a letter prefix and at most nine digits; free text has no digits.
:func:`support_cases` goes further: its cases comply with
:func:`~karjera_core.programmes.pumpurs.check_case` under the default rules
(:data:`~karjera_core.programmes.pumpurs.DEFAULT_ELIGIBILITY`), because dates,
levels and plans are drawn inside what those rules allow.  Values shrink
toward the simplest: learner ``L-0000``, the project's first day, one factor,
one measure.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.education import Grade, VocationalCourse, is_registration_number
from karjera_core.money import Money
from karjera_core.privacy import LearnerRef
from karjera_core.programmes.pumpurs import (
    DEFAULT_ELIGIBILITY,
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
    RiskAssessment,
    RiskFactor,
    RiskGroup,
    SemesterFigures,
    SupportCase,
    SupportPlan,
    semester_figures,
)
from karjera_core.reference import PUMPURS_834
from karjera_core.strategies._education import registration_numbers
from karjera_core.strategies._money import money
from karjera_core.strategies._time import date_ranges, dates
from karjera_core.time import Semester

__all__ = [
    "case_ids",
    "consultative_measures",
    "economic_measures",
    "eligibility_rules",
    "eligible_levels",
    "institution_figures",
    "learner_refs",
    "participating_institutions",
    "pumpurs_semesters",
    "risk_assessments",
    "risk_factors",
    "semester_figures_values",
    "support_cases",
    "support_plans",
]

_PROJECT_START = DEFAULT_ELIGIBILITY.project.period.start
#: The project's last day under every amendment; the default project was only ever extended.
_PROJECT_END = DEFAULT_ELIGIBILITY.project.end_on(as_of=date(2199, 12, 31)) or date(2199, 12, 31)

_LETTERS = "abcdefghijklmnopqrstuvwxyzāčēģīķļņšūž"
_PHRASES = (
    "grūtības apgūt mācību saturu",
    "neattaisnoti kavējumi",
    "ģimenei trūkst līdzekļu",
    "bieža dzīvesvietas maiņa",
    "veselības problēmas",
    "uzvedības grūtības",
)
_SUBJECTS = ("matemātika", "latviešu valoda", "angļu valoda", "fizika", "vēsture")


def _semesters_between(first: date, last: date) -> tuple[Semester, ...]:
    """Every semester that shares a day with ``first`` ... ``last``, in order."""
    found = []
    semester = Semester.containing(first)
    while semester.start <= last:
        found.append(semester)
        following = semester.end + timedelta(days=1)
        semester = Semester.containing(following)
    return tuple(found)


#: The semesters the default project overlaps: 2016./2017. II ... 2023./2024. I.
PROJECT_SEMESTERS = _semesters_between(_PROJECT_START, _PROJECT_END)


def pumpurs_semesters() -> st.SearchStrategy[Semester]:
    """The semesters that overlap the PuMPuRS project, as amended."""
    return st.sampled_from(PROJECT_SEMESTERS)


def learner_refs() -> st.SearchStrategy[LearnerRef]:
    """Pseudonymous learner ids, never a personal code by construction (P-7): a letter prefix, a hyphen,
    and four to nine digits (``L-0042``)."""
    return st.builds(
        lambda prefix, number: LearnerRef(f"{prefix}-{number:04d}"),
        st.sampled_from(("L", "S", "JN-L", "IZGL")),
        st.integers(min_value=0, max_value=999_999_999),
    )


def case_ids() -> st.SearchStrategy[str]:
    """Case ids such as ``C-00042``: a letter prefix and at most nine digits."""
    return st.integers(min_value=0, max_value=999_999_999).map(lambda number: f"C-{number:05d}")


def participating_institutions(*, institution: str | None = None) -> st.SearchStrategy[ParticipatingInstitution]:
    """Participating institutions (P-2) with a pseudonymous coordinator (``koord-0042``), of ``institution``
    when it is given."""
    if institution is not None and not is_registration_number(institution):
        raise InvalidArgument("institution must be None or a registration number of 10 digits")
    return st.builds(
        ParticipatingInstitution,
        institution=registration_numbers() if institution is None else st.just(institution),
        coordinator=st.integers(min_value=0, max_value=999_999_999).map(lambda number: f"koord-{number:04d}"),
        period=date_ranges(),
    )


def _texts(max_size: int = 60) -> st.SearchStrategy[str]:
    """Non-blank free text without digits: a phrase, or a letter followed by letters and spaces."""
    return st.one_of(
        st.sampled_from(_PHRASES),
        st.builds(
            lambda first, rest: first + rest,
            st.sampled_from(_LETTERS),
            st.text(alphabet=_LETTERS + " ", max_size=max_size - 1),
        ),
    )


def risk_factors(*, group: RiskGroup | None = None) -> st.SearchStrategy[RiskFactor]:
    """Risk factors (P-3), of ``group`` when it is given."""
    if group is not None and type(group) is not RiskGroup:
        raise InvalidArgument("group must be a RiskGroup or None")
    groups = st.sampled_from(RiskGroup) if group is None else st.just(group)
    return st.builds(RiskFactor, group=groups, description=_texts())


def risk_assessments(*, assessed_on: date | None = None) -> st.SearchStrategy[RiskAssessment]:
    """Risk assessments (P-3) of one to four factors, on ``assessed_on`` when it is given."""
    if assessed_on is not None and type(assessed_on) is not date:
        raise InvalidArgument("assessed_on must be a date or None")
    days = dates(min_value=_PROJECT_START, max_value=_PROJECT_END) if assessed_on is None else st.just(assessed_on)
    return st.builds(
        RiskAssessment,
        assessed_on=days,
        factors=st.lists(risk_factors(), min_size=1, max_size=4).map(tuple),
        assessor_role=st.none() | st.sampled_from(("klases audzinātājs", "psihologs", "projekta koordinators")),
        note=st.none() | _texts(),
    )


@st.composite
def _consultative(draw: st.DrawFn) -> ConsultativeMeasure:
    kind = draw(st.sampled_from(ConsultativeKind))
    subject = None
    if kind is ConsultativeKind.SUBJECT_TEACHER:
        subject = draw(st.none() | st.sampled_from(_SUBJECTS))
    return ConsultativeMeasure(kind=kind, subject=subject, note=draw(st.none() | _texts()))


def consultative_measures() -> st.SearchStrategy[ConsultativeMeasure]:
    """Consultative measures (P-4); a subject only for a subject teacher."""
    return _consultative()


@st.composite
def _economic(draw: st.DrawFn) -> EconomicMeasure:
    kind = draw(st.sampled_from(EconomicKind))
    items: tuple[PersonalItem, ...] = ()
    if kind is EconomicKind.PERSONAL_ITEMS:
        items = tuple(draw(st.lists(st.sampled_from(PersonalItem), unique=True, max_size=3)))
    amount = draw(st.none() | money(min_value=Money("0.01"), max_value=Money("500.00")))
    return EconomicMeasure(kind=kind, amount=amount, items=items, note=draw(st.none() | _texts()))


def economic_measures() -> st.SearchStrategy[EconomicMeasure]:
    """Economic measures (P-4); items only for individual-use items, amounts 0.01-500.00 euros."""
    return _economic()


@st.composite
def _plans(draw: st.DrawFn, semesters: st.SearchStrategy[Semester], not_before: date, not_after: date) -> SupportPlan:
    semester = draw(semesters)
    low = max(semester.start, not_before)
    high = min(semester.end, not_after)
    drawn_up = low + timedelta(days=draw(st.integers(min_value=0, max_value=(high - low).days)))
    consultative = tuple(draw(st.lists(consultative_measures(), max_size=2)))
    economic = tuple(draw(st.lists(economic_measures(), min_size=0 if consultative else 1, max_size=2)))
    return SupportPlan(
        semester=semester,
        drawn_up=drawn_up,
        consultative=consultative,
        economic=economic,
        note=draw(st.none() | _texts()),
    )


def support_plans(*, semester: Semester | None = None) -> st.SearchStrategy[SupportPlan]:
    """Support plans (P-4) for ``semester`` (default: any semester of the project), drawn up within it,
    with at least one measure."""
    if semester is not None and type(semester) is not Semester:
        raise InvalidArgument("semester must be a Semester or None")
    semesters = pumpurs_semesters() if semester is None else st.just(semester)
    return _plans(semesters, date.min, date.max)


@st.composite
def _cases(
    draw: st.DrawFn,
    semester: Semester | None,
    institution: str | None,
    learner: LearnerRef | None,
    closed: bool | None,
) -> SupportCase:
    last_open = _PROJECT_END if semester is None else min(semester.end, _PROJECT_END)
    opened = draw(dates(min_value=_PROJECT_START, max_value=last_open))
    step = DEFAULT_ELIGIBILITY.levels_on(opened)
    assert step is not None
    vocational = draw(st.booleans())
    grade = None if vocational else Grade(draw(st.integers(min_value=step.first_grade, max_value=step.last_grade)))
    course = (
        VocationalCourse(draw(st.integers(min_value=step.first_course, max_value=step.last_course)))
        if vocational
        else None
    )
    is_closed = draw(st.booleans()) if closed is None else closed
    end: date | None = None
    if is_closed:
        earliest = opened if semester is None else max(opened, semester.start)
        end = earliest + timedelta(days=draw(st.integers(min_value=0, max_value=900)))
    last_plan_day = _PROJECT_END if end is None else min(end, _PROJECT_END)
    candidates = [s for s in _semesters_between(opened, last_plan_day) if s != semester]
    chosen = draw(st.lists(st.sampled_from(candidates), unique=True, max_size=3)) if candidates else []
    if semester is not None:
        chosen.append(semester)
    plans = tuple(
        draw(_plans(st.just(s), opened, s.end if end is None else end)) for s in sorted(chosen, key=lambda s: s.start)
    )
    assessed_on = opened - timedelta(days=draw(st.integers(min_value=0, max_value=60)))
    return SupportCase(
        case_id=draw(case_ids()),
        learner=draw(learner_refs()) if learner is None else learner,
        institution=draw(registration_numbers()) if institution is None else institution,
        grade=grade,
        course=course,
        opened=opened,
        assessment=draw(risk_assessments(assessed_on=assessed_on)),
        plans=plans,
        closed=end,
        outcome=draw(st.sampled_from(CaseOutcome)) if is_closed else None,
    )


def support_cases(
    *,
    semester: Semester | None = None,
    institution: str | None = None,
    learner: LearnerRef | None = None,
    closed: bool | None = None,
) -> st.SearchStrategy[SupportCase]:
    """Support cases (P-5) that comply with ``check_case`` under the default rules, by construction.

    ``semester``: every case has a plan for it (it must overlap the project).
    ``institution`` (10 digits) and ``learner``: fixed values instead of drawn
    ones.  ``closed``: True for closed cases only, False for open ones, None
    (default) for both.
    """
    if semester is not None and (type(semester) is not Semester or semester not in PROJECT_SEMESTERS):
        raise InvalidArgument("semester must be None or a Semester that overlaps the project")
    if institution is not None and not (
        type(institution) is str and len(institution) == 10 and institution.isascii() and institution.isdigit()
    ):
        raise InvalidArgument("institution must be None or a registration number of 10 digits")
    if learner is not None and type(learner) is not LearnerRef:
        raise InvalidArgument("learner must be None or a LearnerRef")
    if closed is not None and type(closed) is not bool:
        raise InvalidArgument("closed must be None or a bool")
    return _cases(semester, institution, learner, closed)


@st.composite
def _eligible_levels(draw: st.DrawFn, since: date | None) -> EligibleLevels:
    first_grade = draw(st.integers(min_value=1, max_value=12))
    first_course = draw(st.integers(min_value=1, max_value=4))
    return EligibleLevels(
        since=draw(dates()) if since is None else since,
        first_grade=first_grade,
        last_grade=draw(st.integers(min_value=first_grade, max_value=12)),
        first_course=first_course,
        last_course=draw(st.integers(min_value=first_course, max_value=4)),
    )


def eligible_levels() -> st.SearchStrategy[EligibleLevels]:
    """Steps of an eligibility schedule (P-1): any valid grade and course ranges from any day."""
    return _eligible_levels(None)


def eligibility_rules() -> st.SearchStrategy[EligibilityRules]:
    """Eligibility rules (P-1) with one to three steps on distinct days, for the PuMPuRS project."""
    return st.builds(
        EligibilityRules,
        schedule=st.lists(eligible_levels(), min_size=1, max_size=3, unique_by=lambda step: step.since).map(tuple),
        project=st.just(PUMPURS_834),
    )


@st.composite
def _figures(draw: st.DrawFn, semester: Semester | None) -> SemesterFigures:
    chosen = draw(pumpurs_semesters()) if semester is None else semester
    cases = draw(st.lists(support_cases(semester=chosen), max_size=3))
    return semester_figures(cases, chosen)


def semester_figures_values(*, semester: Semester | None = None) -> st.SearchStrategy[SemesterFigures]:
    """Semester figures (P-6) computed from drawn cases, of ``semester`` (default: any of the project)."""
    if semester is not None and (type(semester) is not Semester or semester not in PROJECT_SEMESTERS):
        raise InvalidArgument("semester must be None or a Semester that overlaps the project")
    return _figures(semester)


@st.composite
def _institution_figures(draw: st.DrawFn) -> InstitutionFigures:
    supported = sorted(set(draw(st.lists(learner_refs(), min_size=1, max_size=8))))

    def part() -> tuple[LearnerRef, ...]:
        return tuple(learner for learner in supported if draw(st.booleans()))

    return InstitutionFigures(
        institution=draw(registration_numbers()),
        supported_learners=tuple(supported),
        consultative_learners=part(),
        meal_learners=part(),
        item_learners=part(),
    )


def institution_figures() -> st.SearchStrategy[InstitutionFigures]:
    """One institution's figures (P-6): distinct learners, each kind of support a subset of them."""
    return _institution_figures()


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    LearnerRef: learner_refs(),
    RiskFactor: risk_factors(),
    RiskAssessment: risk_assessments(),
    ConsultativeMeasure: consultative_measures(),
    EconomicMeasure: economic_measures(),
    SupportPlan: support_plans(),
    SupportCase: support_cases(),
    EligibleLevels: eligible_levels(),
    EligibilityRules: eligibility_rules(),
    InstitutionFigures: institution_figures(),
    ParticipatingInstitution: participating_institutions(),
    SemesterFigures: semester_figures_values(),
}
