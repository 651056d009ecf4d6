"""The example scenarios reproduce the published figures of the seeds (C-5, C-9, C-2, P-6); the [003] scenario (I-5)."""

from __future__ import annotations

from datetime import date

from karjera_core import SchoolYear, Semester, career_support, examples, pumpurs, teacher_support


def test_c5_daugavpils_2017_fits_the_cap_and_a_21st_consultant_breaks_it() -> None:
    agreement = examples.daugavpils_2017_agreement()
    day = date(2017, 10, 2)
    assert career_support.check_loads(agreement, examples.daugavpils_2017_assignments(), on=day) == ()
    assert [
        v.code for v in career_support.check_loads(agreement, examples.daugavpils_2017_assignments(21), on=day)
    ] == ["load.total_above_cap"]


def test_c9_daugavpils_2016_events_match_the_seed() -> None:
    figures = career_support.tally_events(
        examples.daugavpils_2016_events(),
        period=SchoolYear(2016).period,
        status=career_support.EventStatus.HELD,
        level=career_support.OrganiserLevel.CITY,
    )
    assert figures.events == 14
    assert figures.participants > 900
    assert 0 < figures.non_pilot_participants < figures.participants


def test_c2_jelgava_pilot_set_met_and_broken() -> None:
    institutions = examples.jelgava_institutions()
    day = date(2017, 3, 1)
    assert career_support.check_pilot_set(examples.jelgava_agreement(met=True), institutions, on=day) == ()
    assert {
        v.rule for v in career_support.check_pilot_set(examples.jelgava_agreement(met=False), institutions, on=day)
    } == {"C-2"}


def test_p6_jelgava_autumn_2020_figures() -> None:
    autumn = Semester(school_year=SchoolYear(2020), number=1)
    figures = pumpurs.figures(cases=examples.example_cases_jelgava_2020(), semester=autumn)
    assert (figures.consultative, figures.meals, figures.items, figures.institutions) == (310, 171, 6, 12)


def test_i5_the_teacher_support_scenario_is_the_programmes_generator() -> None:
    assert examples.teacher_support_facts is teacher_support.examples.generate_facts
    made = examples.teacher_support_facts(5000, seed=2)
    catalogue = teacher_support.indicators(teacher_support.PUBLISHED_TARGETS)
    report = teacher_support.evaluate(catalogue, made, as_of=date(2026, 9, 30))
    assert (report["4.2.2.3-R1"].numerator, report["4.2.2.3-R1"].denominator) == (42, 42)


def test_examples_list_their_names_and_dir_shows_them() -> None:
    assert examples.__dir__() == sorted(examples.__all__)
    assert all(callable(getattr(examples, name)) for name in examples.__all__)
