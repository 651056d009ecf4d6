"""The national synthetic data set (#13): its sizes, valid by construction, deterministic for a seed, its facts
exactly what the programmes' own ``facts()`` give, usable as rows and as columns."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

import karjera_core.national
from karjera_core import ValidationError, career_support, examples, pumpurs, structure, unstructure
from karjera_core.indicators import Fact, evaluate_summary, summarize
from karjera_core.indicators.columns import FactColumns
from karjera_core.national import National, catalogue, national
from karjera_core.organisations import municipalities_on
from karjera_core.records import to_records

SIZES = {"institutions": 60, "learners": 3_000, "cases": 400, "facts": 30_000}


@pytest.fixture(scope="module")
def data() -> National:
    return national(seed=7, **SIZES)


def test_the_examples_module_offers_the_national_data_set() -> None:
    assert examples.national is national
    assert dir(karjera_core.national) == ["National", "catalogue", "national"]


def test_the_sizes_asked_for_are_the_sizes_made(data: National) -> None:
    assert len(data.institutions) == 60
    assert sum(count.learners for count in data.learner_counts) == 3_000
    assert len(data.cases) == 400
    assert len(data.facts) == 30_000
    assert len(data.participation) == 60
    assert repr(data).startswith("National(seed=7, institutions=60, learner_counts=")


def test_o2_every_one_of_the_43_municipalities_has_institutions_and_an_agreement(data: National) -> None:
    names = tuple(m.name for m in municipalities_on(on=date(2024, 9, 1)))
    assert data.municipalities == names
    assert len(names) == 43
    assert {school.municipality for school in data.institutions} == set(names)
    assert [agreement.municipality for agreement in data.agreements] == list(names)


def test_the_same_seed_gives_equal_data_and_another_seed_other_data(data: National) -> None:
    assert national(seed=7, **SIZES) == data
    other = national(seed=8, **SIZES)
    assert other != data
    assert other.facts != data.facts
    assert other.cases != data.cases


def test_every_record_is_valid_as_the_validating_constructors_see_it(data: National) -> None:
    # The data set is built with the trusted builders; structure() runs every check of every field and rule.
    again = structure(unstructure(data), National)
    assert again == data
    assert FactColumns.of(data.facts.as_dict()) == data.facts


def test_p1_to_p5_the_cases_keep_every_pumpurs_rule(data: National) -> None:
    assert pumpurs.check(cases=data.cases, participation=data.participation, as_of=date(2024, 1, 1)) == ()


def test_c1_the_consultants_work_in_their_municipalitys_pilot_schools(data: National) -> None:
    where = {school.registration_number: school.municipality for school in data.institutions}
    assert len(data.assignments) == 10 * sum(len(agreement.pilot_schools) for agreement in data.agreements) > 0
    for agreement in data.agreements:
        own = [a for a in data.assignments if where[a.institution] == agreement.municipality]
        for on in (date(2017, 3, 1), date(2021, 10, 1), date(2025, 5, 4)):
            assert career_support.check_parties(agreement, data.institutions, own, on=on) == ()


def _rows(facts: object) -> Counter[tuple[object, ...]]:
    return Counter((f.indicator, f.on, f.subject, f.value, f.kind) for f in facts)  # type: ignore[attr-defined]


def test_i6_the_facts_are_exactly_the_programmes_own_and_the_teacher_support_results(data: National) -> None:
    rows = data.facts.rows()
    by_programme = Counter(f.indicator.split("-")[0] for f in rows)
    assert set(by_programme) == {"8.3.4", "8.3.5", "4.2.2.3"}
    assert _rows(f for f in rows if f.indicator.startswith("8.3.4-")) == _rows(pumpurs.facts(cases=data.cases))
    career = career_support.facts(
        events=data.events,
        assignments=data.assignments,
        agreements=data.agreements,
        training_records=data.training_records,
    )
    assert _rows(f for f in rows if f.indicator.startswith("8.3.5-")) == _rows(career)


def test_the_catalogue_counts_every_fact_and_evaluates(data: National) -> None:
    summary = summarize(catalogue(), data.facts, as_of=date(2026, 9, 30))
    assert summary.unmatched == ()
    report = evaluate_summary(summary)
    assert len(report.results) == len(catalogue()) == len({ind.code for ind in catalogue()})


def test_the_facts_are_usable_as_rows_and_as_columns(data: National) -> None:
    facts = data.facts.rows()
    assert all(type(fact) is Fact for fact in facts)
    as_of = date(2026, 9, 30)
    assert summarize(catalogue(), facts, as_of=as_of) == summarize(catalogue(), data.facts.as_dict(), as_of=as_of)
    rows = to_records(data.cases[:3])
    assert [row["case_id"] for row in rows] == ["C-000001", "C-000002", "C-000003"]
    assert len(to_records(data.institutions)) == 60


def test_fewer_facts_asked_for_than_the_programmes_give_gives_just_theirs() -> None:
    few = national(seed=1, institutions=43, learners=0, cases=30, facts=0)
    assert {f.split("-")[0] for f in few.facts.indicator} == {"8.3.4", "8.3.5"}
    assert sum(count.learners for count in few.learner_counts) == 0
    theirs = len(national(seed=1, institutions=43, learners=10, cases=0, facts=0).facts)
    exact = national(seed=1, institutions=43, learners=10, cases=0, facts=theirs)
    one = national(seed=1, institutions=43, learners=10, cases=0, facts=theirs + 1)
    assert (len(exact.facts), len(one.facts)) == (theirs, theirs + 1)
    assert [f for f in exact.facts.indicator if f.startswith("4.2.2.3")] == []
    assert [f for f in one.facts.indicator if f.startswith("4.2.2.3")] == ["4.2.2.3-R2"]


def test_bad_sizes_and_seeds_are_refused_with_their_paths() -> None:
    with pytest.raises(ValidationError) as err:
        national(seed="1", institutions=42, facts=-1)  # type: ignore[arg-type]
    assert [(p.path, p.code) for p in err.value.problems] == [
        ("$.seed", "integer.type"),
        ("$.institutions", "integer.range"),
        ("$.facts", "integer.range"),
    ]
