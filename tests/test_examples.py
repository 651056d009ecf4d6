"""The example scenarios reproduce the published figures of the seeds (C-5, C-9, C-2, P-6)."""

from __future__ import annotations

from datetime import date

from karjera_core import SchoolYear, Semester, check_loads, check_pilot_set, event_figures, examples, pumpurs


def test_c5_daugavpils_2017_fits_the_cap_and_a_21st_consultant_breaks_it() -> None:
    agreement = examples.daugavpils_2017_agreement()
    day = date(2017, 10, 2)
    assert check_loads(agreement, examples.daugavpils_2017_assignments(), on=day) == ()
    assert [v.code for v in check_loads(agreement, examples.daugavpils_2017_assignments(21), on=day)] == [
        "load.total_above_cap"
    ]


def test_c9_daugavpils_2016_events_match_the_seed() -> None:
    figures = event_figures(examples.daugavpils_2016_events(), SchoolYear(2016).period)
    assert figures.events == 14
    assert figures.participants > 900
    assert 0 < figures.non_pilot_participants < figures.participants


def test_c2_jelgava_pilot_set_met_and_broken() -> None:
    institutions = examples.jelgava_institutions()
    day = date(2017, 3, 1)
    assert check_pilot_set(examples.jelgava_agreement(met=True), institutions, on=day) == ()
    assert {v.rule for v in check_pilot_set(examples.jelgava_agreement(met=False), institutions, on=day)} == {"C-2"}


def test_p6_jelgava_autumn_2020_figures() -> None:
    autumn = Semester(school_year=SchoolYear(2020), number=1)
    figures = pumpurs.figures(cases=examples.example_cases_jelgava_2020(), semester=autumn)
    assert (figures.consultative, figures.meals, figures.items, figures.institutions) == (310, 171, 6, 12)
