"""P-6 semester figures, and the same figures as indicators computed from support cases (rules P-6, I-4, I-6)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from karjera_core import structure, unstructure
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
from karjera_core.programmes.pumpurs import (
    JELGAVA_AUTUMN_2020_FIGURES,
    JELGAVA_AUTUMN_2020_INSTITUTIONS,
    PUMPURS_834,
    ConsultativeKind,
    ConsultativeMeasure,
    EconomicKind,
    EconomicMeasure,
    InstitutionFigures,
    PersonalItem,
    RiskAssessment,
    RiskFactor,
    SemesterFigures,
    SemesterTargets,
    SupportCase,
    SupportPlan,
    example_cases_jelgava_2020,
    facts,
    figures,
    indicator_codes,
    indicators,
)
from karjera_core.strategies._pumpurs import PROJECT_SEMESTERS, semester_targets, support_cases
from karjera_core.time import SchoolYear, Semester

AUTUMN_2019 = Semester(school_year=SchoolYear(2019), number=1)
SPRING_2020 = Semester(school_year=SchoolYear(2019), number=2)
AUTUMN_2020 = Semester(school_year=SchoolYear(2020), number=1)
SPRING_2021 = Semester(school_year=SchoolYear(2020), number=2)
CONSULTATIVE, MEALS, ITEMS = (
    "8.3.4-P6-consultative-2020/2021-I",
    "8.3.4-P6-meals-2020/2021-I",
    "8.3.4-P6-items-2020/2021-I",
)
ONES = SemesterTargets(semester=AUTUMN_2020, consultative=1, meals=1, items=1)
CASES = "expected an iterable (not text) of items, each a SupportCase"
A, B, C = LearnerRef("a"), LearnerRef("b"), LearnerRef("c")
INSTITUTION, OTHER_INSTITUTION = "9000000001", "9000000002"
REGISTRATION = "expected an institution's registration number (10 digits, O-3)"


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _problems(caught: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in caught.value.problems]


def _value(result: IndicatorResult) -> int:
    assert result.value is not None
    return int(result.value)


def _report(cases: Any, targets: SemesterTargets, *, as_of: date) -> Report:
    return evaluate_summary(summarize(indicators(targets), facts(cases=cases), as_of=as_of))


def _values(report: Report) -> tuple[int, int, int]:
    consultative, meals, items = (_value(result) for result in report)
    return consultative, meals, items


def _targets(semester: Semester, consultative: int = 1, meals: int = 1, items: int = 1) -> SemesterTargets:
    return SemesterTargets(semester=semester, consultative=consultative, meals=meals, items=items)


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


def _case(*plans: SupportPlan, learner: str = "L-0001", institution: str = INSTITUTION) -> SupportCase:
    return SupportCase(
        case_id=f"C-{learner}-{institution}",
        learner=LearnerRef(learner),
        institution=institution,
        grade=Grade(7),
        opened=date(2019, 9, 2),
        assessment=RiskAssessment(
            assessed_on=date(2019, 9, 2), factors=(RiskFactor(group="economic", description="ģimenei trūkst līdzekļu"),)
        ),
        plans=plans,
    )


# ================================================================ P-6 semester figures


def test_p6_jelgava_autumn_2020_figures_are_310_171_6_in_12_institutions() -> None:
    autumn = figures(cases=example_cases_jelgava_2020(), semester=AUTUMN_2020)
    assert (autumn.consultative, autumn.meals, autumn.items, autumn.institutions) == (310, 171, 6, 12)
    published = JELGAVA_AUTUMN_2020_FIGURES
    assert (published.semester, published.consultative, published.meals, published.items) == (AUTUMN_2020, 310, 171, 6)
    assert autumn.institutions == JELGAVA_AUTUMN_2020_INSTITUTIONS
    assert autumn.learners == 370


def test_p6_jelgava_example_counts_other_semesters_separately() -> None:
    cases = example_cases_jelgava_2020()
    earlier = [n for n in range(1, 376) if n % 7 == 0 or n > 370]
    spring = figures(cases=cases, semester=SPRING_2020)
    assert spring.learners == len(earlier)
    assert spring.consultative == len([n for n in earlier if n <= 310])
    assert spring.items == len([n for n in earlier if 365 <= n <= 370])
    assert figures(cases=cases, semester=SPRING_2021).institutions == 0


def test_p6_per_institution_figures_add_up_when_each_learner_has_one_institution() -> None:
    autumn = figures(cases=example_cases_jelgava_2020(), semester=AUTUMN_2020)
    parts = autumn.by_institution
    assert [part.institution for part in parts] == [f"90000000{n:02d}" for n in range(1, 13)]
    assert [sum(getattr(part, name) for part in parts) for name in ("consultative", "meals", "items", "learners")] == [
        310,
        171,
        6,
        370,
    ]
    first = autumn.institution("9000000001")
    assert first is not None
    assert first.learners == len(range(1, 371, 12))
    assert autumn.institution("9999999999") is None


def test_p6_a_learner_supported_by_two_institutions_counts_once_in_the_total() -> None:
    first = _case(_plan(economic=(EconomicKind.MEAL_COMPENSATION,)))
    second = _case(_plan(), institution=OTHER_INSTITUTION)
    both = figures(cases=[first, second], semester=AUTUMN_2020)
    assert (both.consultative, both.meals, both.learners, both.institutions) == (1, 1, 1, 2)
    assert sum(part.consultative for part in both.by_institution) == 2  # counts per institution do not add up
    merged = figures(cases=[first], semester=AUTUMN_2020) + figures(cases=[second], semester=AUTUMN_2020)
    assert merged == both


def test_p6_other_economic_support_counts_as_support_but_not_in_the_three_figures() -> None:
    case = _case(_plan(consultative=False, economic=(EconomicKind.PUBLIC_TRANSPORT,)))
    found = figures(cases=[case], semester=AUTUMN_2020)
    assert (found.learners, found.consultative, found.meals, found.items, found.institutions) == (1, 0, 0, 0, 1)


def test_p6_one_learner_with_two_plans_in_a_semester_counts_once() -> None:
    case = _case(_plan(economic=(EconomicKind.MEAL_COMPENSATION,)), _plan(AUTUMN_2020, date(2020, 11, 1)))
    found = figures(cases=iter([case, case]), semester=AUTUMN_2020)
    assert (found.learners, found.consultative, found.meals) == (1, 1, 1)


def test_i4_merging_figures_of_different_semesters_or_institutions_is_refused() -> None:
    autumn = figures(cases=[_case(_plan())], semester=AUTUMN_2020)
    with pytest.raises(ValidationError) as caught:
        autumn.merge(SemesterFigures(semester=SPRING_2021))
    assert _problems(caught) == [
        ("$.other", "figures.semester_mismatch", "expected SemesterFigures of the same semester")
    ]
    with pytest.raises(ValidationError) as caught:
        autumn + _any(1)
    assert _problems(caught) == [("$.other", "record.type", "expected a SemesterFigures")]
    part = autumn.by_institution[0]
    with pytest.raises(ValidationError) as caught:
        part.merge(InstitutionFigures(institution=OTHER_INSTITUTION, supported_learners=(A,)))
    assert _problems(caught) == [
        ("$.other", "figures.institution_mismatch", "expected InstitutionFigures of the same institution")
    ]
    with pytest.raises(ValidationError) as caught:
        part.merge(_any(None))
    assert _problems(caught) == [("$.other", "record.type", "expected an InstitutionFigures")]
    with pytest.raises(ValidationError) as caught:
        autumn.institution(_any(9000000001))
    assert _problems(caught) == [("$.registration_number", "text.type", f"{REGISTRATION} as a str")]


def test_i4_empty_figures_are_the_identity_of_merging() -> None:
    autumn = figures(cases=example_cases_jelgava_2020(), semester=AUTUMN_2020)
    empty = SemesterFigures(semester=AUTUMN_2020)
    assert empty + autumn == autumn == autumn + empty
    assert (empty.consultative, empty.meals, empty.items, empty.learners, empty.institutions) == (0, 0, 0, 0, 0)
    assert structure(unstructure(autumn), SemesterFigures) == autumn


ORDER = "expected distinct learners in increasing order"
SUPPORTED = "expected only learners among the supported learners"


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        (
            {"institution": "1"},
            [("$.institution", "text.format", REGISTRATION)],
        ),
        ({"supported_learners": (B, A)}, [("$.supported_learners", "figures.learners", ORDER)]),
        ({"supported_learners": (A, A)}, [("$.supported_learners", "figures.learners", ORDER)]),
        (
            {"supported_learners": [A, B]},
            [("$.supported_learners", "array.type", "expected a tuple of items, each a LearnerRef")],
        ),
        (
            {"supported_learners": (B, A), "meal_learners": (C,)},
            [
                ("$.supported_learners", "figures.learners", ORDER),
                ("$.meal_learners", "figures.not_supported", SUPPORTED),
            ],
        ),
        ({"supported_learners": ()}, [("$.supported_learners", "array.size", "expected 1 to 100000 items")]),
        ({"consultative_learners": (C,)}, [("$.consultative_learners", "figures.not_supported", SUPPORTED)]),
        ({"meal_learners": (B, A)}, [("$.meal_learners", "figures.learners", ORDER)]),
        ({"item_learners": ("a",)}, [("$.item_learners[0]", "record.type", "expected a LearnerRef")]),
    ],
)
def test_p6_institution_figures_refuse_inconsistent_learner_sets(
    changes: dict[str, Any], problems: list[tuple[str, str, str]]
) -> None:
    fields: dict[str, Any] = {"institution": INSTITUTION, "supported_learners": (A, B), "consultative_learners": (A,)}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        InstitutionFigures(**fields)
    assert _problems(caught) == problems


IN_ORDER = "expected one entry per institution, in increasing order of registration number"


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"semester": "autumn"}, [("$.semester", "record.type", "expected a Semester")]),
        (
            {"by_institution": [InstitutionFigures(institution=INSTITUTION, supported_learners=(A,))]},
            [("$.by_institution", "array.type", "expected a tuple of items, each an InstitutionFigures")],
        ),
        ({"by_institution": (None,)}, [("$.by_institution[0]", "record.type", "expected an InstitutionFigures")]),
        (
            {
                "by_institution": (
                    InstitutionFigures(institution=OTHER_INSTITUTION, supported_learners=(A,)),
                    InstitutionFigures(institution=INSTITUTION, supported_learners=(A,)),
                    InstitutionFigures(institution=INSTITUTION, supported_learners=(B,)),
                )
            },
            [
                ("$.by_institution[1].institution", "figures.institution_order", IN_ORDER),
                ("$.by_institution[2].institution", "figures.institution_order", IN_ORDER),
            ],
        ),
    ],
)
def test_p6_semester_figures_refuse_bad_fields(changes: dict[str, Any], problems: list[tuple[str, str, str]]) -> None:
    fields: dict[str, Any] = {"semester": AUTUMN_2020}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        SemesterFigures(**fields)
    assert _problems(caught) == problems


def test_p6_semester_figures_refuse_distinct_institutions_out_of_order() -> None:
    """Two institutions, each once, but the higher registration number first: refused at the second."""
    parts = (
        InstitutionFigures(institution=OTHER_INSTITUTION, supported_learners=(A,)),
        InstitutionFigures(institution=INSTITUTION, supported_learners=(B,)),
    )
    with pytest.raises(ValidationError) as caught:
        SemesterFigures(semester=AUTUMN_2020, by_institution=parts)
    assert _problems(caught) == [("$.by_institution[1].institution", "figures.institution_order", IN_ORDER)]
    in_order = SemesterFigures(semester=AUTUMN_2020, by_institution=parts[::-1])
    assert [part.institution for part in in_order.by_institution] == [INSTITUTION, OTHER_INSTITUTION]


# ================================================================ I-6 the definitions


def test_i6_p6_three_indicators_of_a_semester_count_distinct_learners_of_project_8_3_4() -> None:
    catalogue = indicators(JELGAVA_AUTUMN_2020_FIGURES)
    assert [ind.code for ind in catalogue] == [CONSULTATIVE, MEALS, ITEMS] == list(indicator_codes(AUTUMN_2020))
    assert [ind.target for ind in catalogue] == [Decimal(310), Decimal(171), Decimal(6)]
    for ind in catalogue:
        assert (ind.measure, ind.counting, ind.higher_is_better) == (Measure.COUNT, Counting.DISTINCT, True)
        assert (ind.period, ind.deadline) == (AUTUMN_2020.period, date(2020, 12, 31))
        assert ind.project == "8.3.4.0/16/I/001" == str(PUMPURS_834.number)
        assert "2020./2021. I semestris" in ind.title_lv
        assert ind.title_en is not None
        assert ind.title_en.endswith("semester I of 2020/2021")


def test_i6_p6_targets_are_one_record_supplied_by_the_caller_and_codes_carry_the_semester() -> None:
    catalogue = indicators(_targets(SPRING_2021, 300, 150, 5))
    assert [(ind.code, ind.target) for ind in catalogue] == [
        ("8.3.4-P6-consultative-2020/2021-II", Decimal(300)),
        ("8.3.4-P6-meals-2020/2021-II", Decimal(150)),
        ("8.3.4-P6-items-2020/2021-II", Decimal(5)),
    ]
    assert all(ind.deadline == date(2021, 8, 31) and ind.period == SPRING_2021.period for ind in catalogue)
    assert all(ind.title_en is not None and ind.title_en.endswith("semester II of 2020/2021") for ind in catalogue)
    assert structure(unstructure(JELGAVA_AUTUMN_2020_FIGURES), SemesterTargets) == JELGAVA_AUTUMN_2020_FIGURES


def test_i6_p6_targets_refuse_what_is_not_a_number_of_learners() -> None:
    number = "expected a target number of learners: an int (not a bool) from 1 to 10000000"
    with pytest.raises(ValidationError) as caught:
        SemesterTargets(semester=_any("autumn"), consultative=0, meals=_any(True), items=10**8)
    assert _problems(caught) == [
        ("$.semester", "record.type", "expected a Semester"),
        ("$.consultative", "integer.range", number),
        ("$.meals", "integer.type", number),
        ("$.items", "integer.range", number),
    ]


# ================================================================ the seed (P-6, [004])


def test_i6_p6_jelgava_autumn_2020_gives_310_171_and_6_met_as_of_2021_01_01() -> None:
    cases = example_cases_jelgava_2020()
    report = _report(cases, JELGAVA_AUTUMN_2020_FIGURES, as_of=date(2021, 1, 1))
    assert _values(report) == (310, 171, 6)
    found = figures(cases=cases, semester=AUTUMN_2020)
    assert _values(report) == (found.consultative, found.meals, found.items)
    assert [result.status for result in report] == [Status.MET] * 3
    assert [result.reached_on for result in report] == [date(2020, 9, 14)] * 3


def test_i6_p6_jelgava_figures_are_pending_the_day_before_the_plans_are_drawn_up() -> None:
    cases = example_cases_jelgava_2020()
    before = _report(cases, JELGAVA_AUTUMN_2020_FIGURES, as_of=date(2020, 9, 13))
    assert (_values(before), [r.status for r in before]) == ((0, 0, 0), [Status.PENDING] * 3)
    on = _report(cases, JELGAVA_AUTUMN_2020_FIGURES, as_of=date(2020, 9, 14))
    assert (_values(on), [r.status for r in on]) == ((310, 171, 6), [Status.MET] * 3)


def test_i6_p6_a_figure_below_its_target_is_missed_after_the_semester() -> None:
    report = _report(example_cases_jelgava_2020(), _targets(AUTUMN_2020, 400, 171, 6), as_of=date(2021, 1, 1))
    assert [result.status for result in report] == [Status.MISSED, Status.MET, Status.MET]


def test_i6_p6_jelgava_earlier_semesters_count_their_own_plans_only() -> None:
    cases = example_cases_jelgava_2020()
    for semester in (AUTUMN_2019, SPRING_2020):
        found = figures(cases=cases, semester=semester)
        assert _values(_report(cases, _targets(semester), as_of=date(2021, 1, 1))) == (
            found.consultative,
            found.meals,
            found.items,
        )
    assert _values(_report(cases, _targets(SPRING_2021), as_of=date(2021, 9, 1))) == (0, 0, 0)


# ================================================================ the facts


def test_i6_p6_one_fact_per_kind_of_support_dated_when_the_plan_was_drawn_up_with_the_learner_id_only() -> None:
    economic = (EconomicKind.MEAL_COMPENSATION, EconomicKind.PERSONAL_ITEMS, EconomicKind.PUBLIC_TRANSPORT)
    case = _case(_plan(drawn_up=date(2020, 9, 20), economic=economic))
    assert list(facts(cases=[case], semester=AUTUMN_2020)) == [
        Fact(indicator=CONSULTATIVE, on=date(2020, 9, 20), subject="L-0001"),
        Fact(indicator=MEALS, on=date(2020, 9, 20), subject="L-0001"),
        Fact(indicator=ITEMS, on=date(2020, 9, 20), subject="L-0001"),
    ]
    meals_only = _case(_plan(consultative=False, economic=(EconomicKind.MEAL_COMPENSATION,)), learner="L-0002")
    assert [(f.indicator, f.subject) for f in facts(cases=[meals_only])] == [(MEALS, "L-0002")]


def test_i6_p6_a_plan_drawn_up_before_its_semester_is_dated_the_semesters_first_day() -> None:
    days = (date(2020, 12, 31), date(2021, 1, 1), date(2021, 1, 2))
    cases = [_case(_plan(SPRING_2021, drawn_up=day)) for day in days]
    assert [[f.on for f in facts(cases=[case])] for case in cases] == [
        [date(2021, 1, 1)],
        [date(2021, 1, 1)],
        [date(2021, 1, 2)],
    ]
    case = _case(_plan(AUTUMN_2020), _plan(SPRING_2021, drawn_up=date(2020, 12, 18)))
    assert [f.on for f in facts(cases=[case], semester=SPRING_2021)] == [date(2021, 1, 1)]
    assert [f.on for f in facts(cases=[case], semester=AUTUMN_2020)] == [date(2020, 9, 14)]
    autumn = _report([case], ONES, as_of=date(2020, 12, 31))
    spring = _report([case], _targets(SPRING_2021), as_of=date(2020, 12, 31))
    assert (_value(autumn[CONSULTATIVE]), _value(spring[0])) == (1, 0)
    assert _value(_report([case], _targets(SPRING_2021), as_of=date(2021, 1, 1))[0]) == 1


def test_i6_p6_a_learner_supported_by_two_institutions_counts_once() -> None:
    cases = [_case(_plan()), _case(_plan(drawn_up=date(2020, 10, 1)), institution=OTHER_INSTITUTION)]
    assert len(list(facts(cases=cases, semester=AUTUMN_2020))) == 2
    report = _report(cases, ONES, as_of=date(2021, 1, 1))
    assert _value(report[CONSULTATIVE]) == 1 == figures(cases=cases, semester=AUTUMN_2020).consultative
    assert report[CONSULTATIVE].reached_on == date(2020, 9, 14)


def test_i6_p6_several_semesters_fit_in_one_catalogue_and_one_pass() -> None:
    cases = example_cases_jelgava_2020()
    catalogue = (*indicators(_targets(AUTUMN_2019)), *indicators(_targets(SPRING_2020)), *indicators(ONES))
    report = evaluate_summary(summarize(catalogue, facts(cases=cases), as_of=date(2021, 1, 1)))
    assert [_value(report[code]) for code in (CONSULTATIVE, MEALS, ITEMS)] == [310, 171, 6]
    spring = figures(cases=cases, semester=SPRING_2020)
    consultative, meals, _ = indicator_codes(SPRING_2020)
    assert (_value(report[consultative]), _value(report[meals])) == (spring.consultative, spring.meals)


def test_i6_p6_no_cases_give_no_facts() -> None:
    assert list(facts(cases=[], semester=AUTUMN_2020)) == []
    assert list(facts(cases=iter(()))) == []


# ================================================================ bad arguments


@pytest.mark.parametrize(
    ("call", "problems"),
    [
        (lambda: indicators(_any(AUTUMN_2020)), [("$.targets", "record.type", "expected a SemesterTargets")]),
        (lambda: indicators(_any((310, 171, 6))), [("$.targets", "record.type", "expected a SemesterTargets")]),
        (lambda: indicator_codes(_any(datetime(2020, 9, 1))), [("$.semester", "record.type", "expected a Semester")]),
        (lambda: facts(cases=_any("cases")), [("$.cases", "array.type", CASES)]),
        (lambda: facts(cases=_any({"C-1": None})), [("$.cases", "array.type", CASES)]),
        (lambda: facts(cases=_any(7)), [("$.cases", "array.type", CASES)]),
        (
            lambda: facts(cases=[_case(_plan()), _any("C-2"), _any(None)], semester=_any("2020./2021. I semestris")),
            [
                ("$.cases[1]", "record.type", "expected a SupportCase"),
                ("$.cases[2]", "record.type", "expected a SupportCase"),
                ("$.semester", "record.type", "expected a Semester"),
            ],
        ),
        (
            lambda: figures(cases=_any(b"cases"), semester=_any(SchoolYear(2020))),
            [("$.cases", "array.type", CASES), ("$.semester", "record.type", "expected a Semester")],
        ),
        (
            lambda: figures(cases=[_any(1)], semester=AUTUMN_2020),
            [("$.cases[0]", "record.type", "expected a SupportCase")],
        ),
    ],
)
def test_i6_p6_every_function_refuses_bad_arguments_with_their_paths(
    call: Callable[[], object], problems: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert _problems(caught) == problems


# ================================================================ properties (I-4, I-6)

_INSTITUTIONS = ("9000000001", "9000000002", "9000000003")
_LEARNERS = tuple(LearnerRef(f"L-{n:04d}") for n in range(6))


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


@settings(deadline=None)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS))
def test_i4_p6_property_per_institution_figures_merged_equal_the_total(data: st.DataObject, semester: Semester) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=8))
    total = figures(cases=cases, semester=semester)
    parts = [figures(cases=[c for c in cases if c.institution == key], semester=semester) for key in _INSTITUTIONS]
    assert functools.reduce(lambda a, b: a + b, parts, SemesterFigures(semester=semester)) == total
    for key, part in zip(_INSTITUTIONS, parts, strict=True):
        assert part.institutions <= 1
        assert total.institution(key) == part.institution(key)


@settings(deadline=None)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS))
def test_i4_p6_property_figures_of_any_split_merge_to_the_total(data: st.DataObject, semester: Semester) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=8))
    groups = data.draw(st.lists(st.integers(0, 2), min_size=len(cases), max_size=len(cases)))
    parts = [
        figures(cases=[c for c, g in zip(cases, groups, strict=True) if g == k], semester=semester) for k in range(3)
    ]
    assert parts[2] + (parts[0] + parts[1]) == figures(cases=cases, semester=semester)
    assert parts[1] + parts[0] + parts[2] == figures(cases=list(reversed(cases)), semester=semester)


@settings(deadline=None, max_examples=60)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS), days_after=st.integers(0, 400))
def test_i6_p6_property_the_engine_gives_the_figures_of_figures(
    data: st.DataObject, semester: Semester, days_after: int
) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=8))
    as_of = date.fromordinal(semester.end.toordinal() + days_after)
    found = figures(cases=cases, semester=semester)
    assert _values(_report(cases, _targets(semester), as_of=as_of)) == (found.consultative, found.meals, found.items)


@settings(deadline=None, max_examples=60)
@given(data=st.data(), semester=st.sampled_from(PROJECT_SEMESTERS))
def test_i6_p6_property_facts_lie_in_their_semester_and_name_only_learners_of_the_cases(
    data: st.DataObject, semester: Semester
) -> None:
    cases = data.draw(st.lists(_crowded_cases(semester), max_size=6))
    learners = {case.learner.value for case in cases}
    codes = set(indicator_codes(semester))
    for fact in facts(cases=cases, semester=semester):
        assert (fact.on in semester, fact.subject in learners, fact.value, fact.indicator in codes) == (
            True,
            True,
            None,
            True,
        )
    every = list(facts(cases=cases))
    assert [f for f in every if f.indicator in codes] == list(facts(cases=cases, semester=semester))


@settings(deadline=None, max_examples=40)
@given(
    data=st.data(),
    targets=semester_targets(),
    as_of=st.dates(min_value=date(2017, 1, 1), max_value=date(2024, 12, 31)),
)
def test_i4_i6_property_summaries_of_any_split_merge_to_the_whole(
    data: st.DataObject, targets: SemesterTargets, as_of: date
) -> None:
    cases = data.draw(st.lists(_crowded_cases(targets.semester), max_size=8))
    catalogue = indicators(targets)
    groups = data.draw(st.lists(st.integers(0, 2), min_size=len(cases), max_size=len(cases)))
    parts = [
        summarize(catalogue, facts(cases=[c for c, g in zip(cases, groups, strict=True) if g == k]), as_of=as_of)
        for k in range(3)
    ]
    merged = functools.reduce(Summary.merge, data.draw(st.permutations(parts)), Summary.empty(catalogue, as_of=as_of))
    whole = summarize(catalogue, facts(cases=cases), as_of=as_of)
    assert evaluate_summary(merged) == evaluate_summary(whole)
    every = list(facts(cases=cases))
    for ind in catalogue:
        assert evaluate(ind, every, as_of=as_of) == evaluate_summary(whole)[ind.code]
