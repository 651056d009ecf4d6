"""The PuMPuRS semester figures of P-6 as indicators, computed from support cases (rule I-6)."""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from karjera_core.education import Grade
from karjera_core.errors import ValidationError
from karjera_core.indicators import (
    Counting,
    Fact,
    IndicatorResult,
    Measure,
    Report,
    Status,
    Summary,
    evaluate,
    evaluate_summary,
    summarize,
)
from karjera_core.privacy import LearnerRef
from karjera_core.programmes._pumpurs_example import example_cases_jelgava_2020
from karjera_core.programmes.pumpurs import (
    JELGAVA_AUTUMN_2020_FIGURES,
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    PersonalItem,
    RiskAssessment,
    RiskFactor,
    RiskGroup,
    SupportCase,
    SupportPlan,
    pumpurs_facts,
    pumpurs_indicators,
    semester_figures,
)
from karjera_core.reference import PUMPURS_834
from karjera_core.strategies._pumpurs import PROJECT_SEMESTERS, support_cases
from karjera_core.time import SchoolYear, Semester

AUTUMN_2019 = Semester(school_year=SchoolYear(2019), number=1)
SPRING_2020 = Semester(school_year=SchoolYear(2019), number=2)
AUTUMN_2020 = Semester(school_year=SchoolYear(2020), number=1)
SPRING_2021 = Semester(school_year=SchoolYear(2020), number=2)
CONSULTATIVE = "8.3.4-P6-consultative-2020/2021-I"
MEALS = "8.3.4-P6-meals-2020/2021-I"
ITEMS = "8.3.4-P6-items-2020/2021-I"


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in error.value.problems]


def _paths(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.path for p in error.value.problems]


def _value(result: IndicatorResult) -> int:
    assert result.value is not None
    return int(result.value)


def _report(cases: Any, semester: Semester, *, as_of: date, **kwargs: Any) -> Report:
    catalogue = pumpurs_indicators(semester, **kwargs)
    return evaluate_summary(summarize(catalogue, pumpurs_facts(cases, semester), as_of=as_of))


def _values(report: Report) -> tuple[int, int, int]:
    consultative, meals, items = (_value(result) for result in report)
    return consultative, meals, items


def _plan(
    semester: Semester = AUTUMN_2020,
    drawn_up: date = date(2020, 9, 14),
    *,
    consultative: bool = True,
    economic: tuple[EconomicKind, ...] = (),
) -> SupportPlan:
    return SupportPlan(
        semester=semester,
        drawn_up=drawn_up,
        consultative=(ConsultativeMeasure(kind=ConsultativeKind.PSYCHOLOGIST),) if consultative else (),
        economic=tuple(
            EconomicMeasure(kind=kind, items=(PersonalItem.CLOTHING,) if kind is EconomicKind.PERSONAL_ITEMS else ())
            for kind in economic
        ),
    )


def _case(*plans: SupportPlan, learner: str = "L-0001", institution: str = "9000000001") -> SupportCase:
    return SupportCase(
        case_id=f"C-{learner}-{institution}",
        learner=LearnerRef(learner),
        institution=institution,
        grade=Grade(7),
        opened=date(2019, 9, 2),
        assessment=RiskAssessment(
            assessed_on=date(2019, 9, 2),
            factors=(RiskFactor(group=RiskGroup.ECONOMIC, description="ģimenei trūkst līdzekļu"),),
        ),
        plans=plans,
    )


# ================================================================ the definitions (P-6)


def test_i6_p6_three_indicators_of_a_semester_count_distinct_learners_of_project_8_3_4() -> None:
    catalogue = pumpurs_indicators(AUTUMN_2020)
    assert [ind.code for ind in catalogue] == [CONSULTATIVE, MEALS, ITEMS]
    for ind in catalogue:
        assert (ind.measure, ind.counting, ind.higher_is_better) == (Measure.COUNT, Counting.DISTINCT, True)
        assert ind.period == AUTUMN_2020.period
        assert ind.deadline == date(2020, 12, 31)
        assert ind.project == "8.3.4.0/16/I/001" == str(PUMPURS_834.number)
        assert "2020./2021. I semestris" in ind.title_lv
        assert ind.title_en is not None
        assert ind.title_en.endswith("semester I of 2020/2021")


def test_i6_p6_targets_default_to_the_published_jelgava_autumn_2020_figures() -> None:
    published = JELGAVA_AUTUMN_2020_FIGURES
    assert published == (Decimal(310), Decimal(171), Decimal(6))
    assert tuple(ind.target for ind in pumpurs_indicators(AUTUMN_2020)) == JELGAVA_AUTUMN_2020_FIGURES
    assert tuple(ind.target for ind in pumpurs_indicators(SPRING_2021)) == JELGAVA_AUTUMN_2020_FIGURES


def test_i6_p6_targets_are_a_parameter_and_codes_carry_the_semester() -> None:
    targets = (Decimal(300), Decimal(150), Decimal(5))
    catalogue = pumpurs_indicators(SPRING_2021, targets=targets)
    assert tuple(ind.target for ind in catalogue) == targets
    assert [ind.code for ind in catalogue] == [
        "8.3.4-P6-consultative-2020/2021-II",
        "8.3.4-P6-meals-2020/2021-II",
        "8.3.4-P6-items-2020/2021-II",
    ]
    assert all(ind.deadline == date(2021, 8, 31) and ind.period == SPRING_2021.period for ind in catalogue)
    assert all(ind.title_en is not None and ind.title_en.endswith("semester II of 2020/2021") for ind in catalogue)


# ================================================================ the seed (P-6, [004])


def test_i6_p6_jelgava_autumn_2020_gives_310_171_and_6_met_as_of_2021_01_01() -> None:
    cases = example_cases_jelgava_2020()
    report = _report(cases, AUTUMN_2020, as_of=date(2021, 1, 1))
    assert _values(report) == (310, 171, 6)
    figures = semester_figures(cases, AUTUMN_2020)
    assert _values(report) == (figures.consultative, figures.meals, figures.items)
    assert [result.status for result in report] == [Status.MET] * 3
    assert [result.reached_on for result in report] == [date(2020, 9, 14)] * 3


def test_i6_p6_jelgava_figures_are_pending_before_the_plans_are_drawn_up() -> None:
    report = _report(example_cases_jelgava_2020(), AUTUMN_2020, as_of=date(2020, 9, 13))
    assert _values(report) == (0, 0, 0)
    assert [result.status for result in report] == [Status.PENDING] * 3


def test_i6_p6_a_figure_below_its_target_is_missed_after_the_semester() -> None:
    targets = (Decimal(400), Decimal(171), Decimal(6))
    report = _report(example_cases_jelgava_2020(), AUTUMN_2020, as_of=date(2021, 1, 1), targets=targets)
    assert [result.status for result in report] == [Status.MISSED, Status.MET, Status.MET]


def test_i6_p6_jelgava_earlier_semesters_count_their_own_plans_only() -> None:
    cases = example_cases_jelgava_2020()
    for semester in (AUTUMN_2019, SPRING_2020):
        report = _report(cases, semester, as_of=date(2021, 1, 1))
        figures = semester_figures(cases, semester)
        assert _values(report) == (figures.consultative, figures.meals, figures.items)
    assert _values(_report(cases, SPRING_2021, as_of=date(2021, 9, 1))) == (0, 0, 0)


# ================================================================ the facts


def test_i6_p6_one_fact_per_kind_of_support_dated_when_the_plan_was_drawn_up_with_the_learner_id_only() -> None:
    economic = (EconomicKind.MEAL_COMPENSATION, EconomicKind.PERSONAL_ITEMS, EconomicKind.PUBLIC_TRANSPORT)
    case = _case(_plan(drawn_up=date(2020, 9, 20), economic=economic))
    assert list(pumpurs_facts([case], AUTUMN_2020)) == [
        Fact(indicator=CONSULTATIVE, on=date(2020, 9, 20), subject="L-0001"),
        Fact(indicator=MEALS, on=date(2020, 9, 20), subject="L-0001"),
        Fact(indicator=ITEMS, on=date(2020, 9, 20), subject="L-0001"),
    ]
    meals_only = _case(_plan(consultative=False, economic=(EconomicKind.MEAL_COMPENSATION,)), learner="L-0002")
    assert [(f.indicator, f.subject) for f in pumpurs_facts([meals_only], AUTUMN_2020)] == [(MEALS, "L-0002")]


def test_i6_p6_a_plan_drawn_up_before_its_semester_is_dated_the_semesters_first_day() -> None:
    case = _case(_plan(AUTUMN_2020), _plan(SPRING_2021, drawn_up=date(2020, 12, 18)))
    assert [f.on for f in pumpurs_facts([case], SPRING_2021)] == [date(2021, 1, 1)]
    assert [f.on for f in pumpurs_facts([case], AUTUMN_2020)] == [date(2020, 9, 14)]
    autumn = _report([case], AUTUMN_2020, as_of=date(2020, 12, 31))
    spring = _report([case], SPRING_2021, as_of=date(2020, 12, 31))
    assert (_value(autumn[CONSULTATIVE]), _value(spring[0])) == (1, 0)
    assert _value(_report([case], SPRING_2021, as_of=date(2021, 1, 1))[0]) == 1


def test_i6_p6_a_learner_supported_by_two_institutions_counts_once() -> None:
    cases = [
        _case(_plan(), institution="9000000001"),
        _case(_plan(drawn_up=date(2020, 10, 1)), institution="9000000002"),
    ]
    assert len(list(pumpurs_facts(cases, AUTUMN_2020))) == 2
    report = _report(cases, AUTUMN_2020, as_of=date(2021, 1, 1), targets=(Decimal(1), Decimal(1), Decimal(1)))
    assert _value(report[CONSULTATIVE]) == 1 == semester_figures(cases, AUTUMN_2020).consultative
    assert report[CONSULTATIVE].reached_on == date(2020, 9, 14)


def test_i6_p6_several_semesters_fit_in_one_catalogue() -> None:
    cases = example_cases_jelgava_2020()
    catalogue = pumpurs_indicators(AUTUMN_2019) + pumpurs_indicators(SPRING_2020) + pumpurs_indicators(AUTUMN_2020)
    facts = [fact for semester in (AUTUMN_2019, SPRING_2020, AUTUMN_2020) for fact in pumpurs_facts(cases, semester)]
    report = evaluate_summary(summarize(catalogue, facts, as_of=date(2021, 1, 1)))
    assert [_value(report[code]) for code in (CONSULTATIVE, MEALS, ITEMS)] == [310, 171, 6]
    spring = semester_figures(cases, SPRING_2020)
    assert _value(report["8.3.4-P6-consultative-2019/2020-II"]) == spring.consultative
    assert _value(report["8.3.4-P6-meals-2019/2020-II"]) == spring.meals


def test_i6_p6_no_cases_give_no_facts() -> None:
    assert list(pumpurs_facts([], AUTUMN_2020)) == []
    assert list(pumpurs_facts(iter(()), AUTUMN_2020)) == []


# ================================================================ bad arguments


def test_i6_p6_pumpurs_indicators_refuse_a_semester_and_targets_that_are_not_one_together() -> None:
    with pytest.raises(ValidationError) as caught:
        pumpurs_indicators(_any(SchoolYear(2020)), targets=_any([Decimal(1), Decimal(1), Decimal(1)]))
    assert _paths(caught) == ["$.semester", "$.targets"]
    assert _codes(caught) == ["pumpurs.semester", "pumpurs_indicators.targets"]


def test_i6_p6_pumpurs_indicators_refuse_a_wrong_number_of_targets() -> None:
    with pytest.raises(ValidationError) as caught:
        pumpurs_indicators(AUTUMN_2020, targets=_any((Decimal(310), Decimal(171))))
    assert _codes(caught) == ["pumpurs_indicators.targets"]


@pytest.mark.parametrize(
    ("targets", "path", "code"),
    [
        ((Decimal(310), Decimal(0), Decimal(6)), "$.targets[1].target", "indicator.target.zero"),
        ((Decimal(310), Decimal(171), 6), "$.targets[2].target", "indicator.target"),
        ((Decimal("NaN"), Decimal(171), Decimal(6)), "$.targets[0].target", "indicator.target"),
    ],
)
def test_i6_p6_pumpurs_indicators_name_a_bad_target(targets: tuple[Any, Any, Any], path: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        pumpurs_indicators(AUTUMN_2020, targets=targets)
    assert (_paths(caught), _codes(caught)) == ([path], [code])


@pytest.mark.parametrize("cases", ["cases", b"cases", {"C-1": None}, 7, None])
def test_i6_p6_pumpurs_facts_refuse_cases_that_are_not_an_iterable_of_cases(cases: object) -> None:
    with pytest.raises(ValidationError) as caught:
        pumpurs_facts(_any(cases), AUTUMN_2020)
    assert (_paths(caught), _codes(caught)) == (["$.cases"], ["pumpurs.cases"])


def test_i6_p6_pumpurs_facts_report_every_bad_argument_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        pumpurs_facts([_case(_plan()), _any("C-2"), _any(None)], _any("2020./2021. I semestris"))
    assert _paths(caught) == ["$.cases[1]", "$.cases[2]", "$.semester"]
    assert _codes(caught) == ["pumpurs.cases", "pumpurs.cases", "pumpurs.semester"]


# ================================================================ properties (I-4, I-6)

_INSTITUTIONS = ("9000000001", "9000000002")
_LEARNERS = tuple(LearnerRef(f"L-{n:04d}") for n in range(5))


@st.composite
def _crowded_cases(draw: st.DrawFn, semester: Semester) -> SupportCase:
    """Cases of few institutions and few learners, so that both repeat; some have a plan for ``semester``."""
    return draw(
        support_cases(
            semester=semester if draw(st.booleans()) else None,
            institution=draw(st.sampled_from(_INSTITUTIONS)),
            learner=draw(st.sampled_from(_LEARNERS)),
        )
    )


@settings(deadline=None, max_examples=60)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS), days_after=st.integers(0, 400))
def test_i6_p6_property_the_engine_gives_the_figures_of_semester_figures(
    data: st.DataObject, semester: Semester, days_after: int
) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=8))
    as_of = date.fromordinal(semester.end.toordinal() + days_after)
    figures = semester_figures(cases, semester)
    assert _values(_report(cases, semester, as_of=as_of)) == (figures.consultative, figures.meals, figures.items)


@settings(deadline=None, max_examples=60)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS))
def test_i6_p6_property_facts_lie_in_the_semester_and_name_only_learners_of_the_cases(
    data: st.DataObject, semester: Semester
) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=6))
    learners = {case.learner.value for case in cases}
    for fact in pumpurs_facts(cases, semester):
        assert fact.on in semester
        assert fact.subject in learners
        assert fact.value is None


@settings(deadline=None, max_examples=40)
@given(
    data=st.data(),
    semester=st.sampled_from(PROJECT_SEMESTERS),
    as_of=st.dates(min_value=date(2017, 1, 1), max_value=date(2024, 12, 31)),
)
def test_i4_i6_property_summaries_of_any_split_merge_to_the_whole(
    data: st.DataObject, semester: Semester, as_of: date
) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=8))
    catalogue = pumpurs_indicators(semester)
    groups = data.draw(st.lists(st.integers(0, 2), min_size=len(cases), max_size=len(cases)))
    parts = [
        summarize(
            catalogue, pumpurs_facts([c for c, g in zip(cases, groups, strict=True) if g == k], semester), as_of=as_of
        )
        for k in range(3)
    ]
    merged = functools.reduce(Summary.merge, data.draw(st.permutations(parts)), Summary.empty(catalogue, as_of=as_of))
    whole = summarize(catalogue, pumpurs_facts(cases, semester), as_of=as_of)
    assert evaluate_summary(merged) == evaluate_summary(whole)
    facts = list(pumpurs_facts(cases, semester))
    for ind in catalogue:
        assert evaluate(ind, facts, as_of=as_of) == evaluate_summary(whole)[ind.code]


def test_i6_p6_a_datetime_is_not_a_semester() -> None:
    with pytest.raises(ValidationError) as caught:
        pumpurs_indicators(_any(datetime(2020, 9, 1)))
    assert _codes(caught) == ["pumpurs.semester"]
