"""The seeds' projects and partnership as ready-made values: every figure reproduced (F-1 ... F-5, M-2, E-1 ... E-3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from karjera_core import reference
from karjera_core.funding import ESF_2014_2020, ESF_PLUS_2021_2027, Budget, FundingSource, ProjectNumber
from karjera_core.money import Money
from karjera_core.notation import parse_lv_period
from karjera_core.organisations import IKVD, VIAA, VISC
from karjera_core.programmes import teacher_support
from karjera_core.programmes.erasmus import OutputKind, Partnership, PartnershipFormat, TrainingScope, check_partnership
from karjera_core.projects import Project, ProjectStatus, Role, check_project
from karjera_core.reference import (
    CAREER_SUPPORT_835,
    JELGAVA_NOVADS_EDUCATION_BOARD,
    PUMPURS_834,
    SOS_CAREER_PARTNERSHIP,
    TEACHER_SUPPORT_2024,
    VALMIERA_NOVADS_EDUCATION_BOARD,
)
from karjera_core.serialization import structure, unstructure
from karjera_core.time import DateRange

PLANNED, ACTIVE, CLOSED = ProjectStatus.PLANNED, ProjectStatus.ACTIVE, ProjectStatus.CLOSED
PROJECTS = (CAREER_SUPPORT_835, PUMPURS_834, TEACHER_SUPPORT_2024)
CHECK_DAYS = (date(2016, 9, 30), date(2018, 1, 15), date(2021, 6, 1), date(2023, 6, 1))


def budget_of(project: Project) -> Budget:
    assert project.budget is not None
    return project.budget


# ---------------------------------------------------------------- F-2, F-3 identity


@pytest.mark.parametrize(
    ("project", "number", "title"),
    [
        (CAREER_SUPPORT_835, "8.3.5.0/16/I/001", "Karjeras atbalsts vispārējās un profesionālās izglītības iestādēs"),
        (PUMPURS_834, "8.3.4.0/16/I/001", "Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai"),
        (TEACHER_SUPPORT_2024, "4.2.2.3/1/24/I/001", "Pedagogu profesionālā atbalsta sistēmas izveide"),
    ],
)
def test_f2_numbers_and_titles_of_the_seeds(project: Project, number: str, title: str) -> None:
    assert str(project.number) == number
    assert project.title == title


def test_f2_the_8_3_4_number_as_typed_in_the_wild_is_the_same_number() -> None:
    assert ProjectNumber.parse("8.3.4.0/16/1/001") == PUMPURS_834.number


def test_f3_governing_regulations() -> None:
    expected = {
        CAREER_SUPPORT_835: (359, date(2016, 6, 7)),
        PUMPURS_834: (460, date(2016, 7, 12)),
        TEACHER_SUPPORT_2024: (358, date(2024, 6, 11)),
    }
    for project, (number, adopted) in expected.items():
        assert project.regulation is not None
        assert (project.regulation.number, project.regulation.adopted) == (number, adopted)
    assert TEACHER_SUPPORT_2024.regulation is not None
    assert TEACHER_SUPPORT_2024.regulation.title is None


def test_f3_roles_of_the_seeds() -> None:
    assert CAREER_SUPPORT_835.organisations_with(Role.SUBMITTER) == (VIAA,)
    assert Role.COOPERATION_PARTNER in CAREER_SUPPORT_835.roles_of(VISC)
    assert PUMPURS_834.roles_of(IKVD) == (Role.SUBMITTER, Role.IMPLEMENTER)
    assert TEACHER_SUPPORT_2024.organisations_with(Role.SUBMITTER) == (VISC,)
    assert TEACHER_SUPPORT_2024.organisations_with(Role.INITIATOR) == (VALMIERA_NOVADS_EDUCATION_BOARD,)
    assert VALMIERA_NOVADS_EDUCATION_BOARD.name == "Valmieras novada Izglītības pārvalde"


def test_f3_target_groups_and_activities_of_003() -> None:
    assert len(TEACHER_SUPPORT_2024.target_groups) == 4
    assert TEACHER_SUPPORT_2024.target_groups[-1] == "Izglītojamie"
    assert TEACHER_SUPPORT_2024.target_groups[0].startswith("Pašvaldības un valsts pārvaldes iestādes")
    assert len(TEACHER_SUPPORT_2024.activities) == 6
    assert TEACHER_SUPPORT_2024.activities[0].startswith("Profesionālā atbalsta nodrošināšana visās mācību jomās")
    assert "MK noteikumos Nr.358" in TEACHER_SUPPORT_2024.activities[1]
    assert TEACHER_SUPPORT_2024.activities[5].startswith("3.3. izglītojamo dalības nodrošināšana")


def test_f3_target_groups_of_004() -> None:
    assert PUMPURS_834.target_groups == (
        "vispārizglītojošo skolu skolēni no 5. līdz 12. klasei",
        "profesionālās izglītības iestāžu audzēkņi no 1. līdz 4. kursam",
    )


# ---------------------------------------------------------------- F-1 periods


def test_f1_periods_as_first_approved() -> None:
    assert CAREER_SUPPORT_835.period == parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris")
    assert CAREER_SUPPORT_835.period == DateRange(start=date(2016, 10, 1), end=date(2020, 12, 31))
    assert PUMPURS_834.period == DateRange(start=date(2017, 3, 16), end=date(2022, 12, 31))
    assert TEACHER_SUPPORT_2024.period == DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31))


def test_f1_programming_periods_and_eligibility() -> None:
    assert CAREER_SUPPORT_835.programming_period is ESF_2014_2020
    assert PUMPURS_834.programming_period is ESF_2014_2020
    assert TEACHER_SUPPORT_2024.programming_period is ESF_PLUS_2021_2027
    assert TEACHER_SUPPORT_2024.period.end == ESF_PLUS_2021_2027.eligibility.end
    for project in PROJECTS:
        assert check_project(project) == ()


# ---------------------------------------------------------------- M-2 budgets


def test_m2_835_budget_23_million() -> None:
    budget = budget_of(CAREER_SUPPORT_835)
    assert budget.total == Money(23_080_688)
    assert budget.part(FundingSource.EU_FUND) == Money(19_618_584)
    assert budget.part(FundingSource.STATE_BUDGET) == Money(3_462_104)
    assert budget.part(FundingSource.MUNICIPAL) == Money(0)
    assert Money(19_618_584) + Money(3_462_104) == budget.total
    assert budget.complete


def test_m2_834_eligible_total() -> None:
    budget = budget_of(PUMPURS_834)
    assert budget.total == Money(39_812_376)
    assert budget.part(FundingSource.EU_FUND) == Money(33_840_519)
    assert budget.part(FundingSource.STATE_BUDGET) == Money(5_971_857)
    assert Money(33_840_519) + Money(5_971_857) == Money(39_812_376)


def test_m2_003_budget_gives_only_some_parts() -> None:
    budget = budget_of(TEACHER_SUPPORT_2024)
    assert budget.total == Money(49_731_514)
    assert budget.part(FundingSource.EXTERNAL) == Money(0)
    assert budget.part(FundingSource.MUNICIPAL) == Money(0)
    assert budget.part(FundingSource.EU_FUND) is None
    assert budget.part(FundingSource.STATE_BUDGET) is None
    assert not budget.complete
    assert budget.unallocated == Money(49_731_514)


# ---------------------------------------------------------------- F-4 amendments, F-5 status


def test_f4_pumpurs_end_as_known_before_and_after_the_2021_extension() -> None:
    assert PUMPURS_834.end_on(as_of=date(2020, 10, 1)) == date(2022, 12, 31)
    assert PUMPURS_834.end_on(as_of=date(2021, 5, 1)) == date(2023, 12, 31)
    (amendment,) = PUMPURS_834.amendments
    assert amendment.announced == date(2021, 4, 30)
    assert "līdz 2023. gada 31. decembrim" in amendment.source
    assert "delfi.lv" in amendment.source


def test_f4_career_support_history() -> None:
    first, second = CAREER_SUPPORT_835.amendments
    assert (first.announced, first.end) == (date(2020, 12, 31), date(2022, 12, 31))
    assert (second.announced, second.end) == (date(2022, 12, 1), date(2023, 5, 31))
    assert "marupe.lv" in first.source
    assert "2023. gada maijā" in second.source
    assert CAREER_SUPPORT_835.end_on(as_of=date(2020, 12, 30)) == date(2020, 12, 31)
    assert CAREER_SUPPORT_835.end_on(as_of=date(2021, 6, 1)) == date(2022, 12, 31)
    assert CAREER_SUPPORT_835.end_on(as_of=date(2022, 6, 1)) == date(2022, 12, 31)
    assert CAREER_SUPPORT_835.end_on(as_of=date(2025, 1, 1)) == date(2023, 5, 31)


def test_f4_teacher_support_has_no_amendments() -> None:
    assert TEACHER_SUPPORT_2024.amendments == ()
    assert TEACHER_SUPPORT_2024.end_on(as_of=date(2025, 1, 1)) == date(2029, 12, 31)


@pytest.mark.parametrize(
    ("project", "expected"),
    [
        (CAREER_SUPPORT_835, (PLANNED, ACTIVE, ACTIVE, CLOSED)),
        (PUMPURS_834, (PLANNED, ACTIVE, ACTIVE, ACTIVE)),
        (TEACHER_SUPPORT_2024, (PLANNED, PLANNED, PLANNED, PLANNED)),
    ],
)
def test_f5_status_of_each_project_on_the_check_days(project: Project, expected: tuple[ProjectStatus, ...]) -> None:
    assert tuple(project.status(on=day) for day in CHECK_DAYS) == expected


def test_f5_career_support_ran_without_a_break_into_2021() -> None:
    # C-10: the reach peaked in 2020/21, so the extension was known by the original end.
    assert CAREER_SUPPORT_835.status(on=date(2021, 6, 1), as_of=date(2020, 12, 30)) is CLOSED
    assert CAREER_SUPPORT_835.status(on=date(2021, 6, 1)) is ACTIVE
    assert CAREER_SUPPORT_835.status(on=date(2021, 10, 1)) is ACTIVE
    assert CAREER_SUPPORT_835.status(on=date(2023, 5, 31)) is ACTIVE


def test_f5_pumpurs_closes_after_2023() -> None:
    assert PUMPURS_834.status(on=date(2023, 12, 31)) is ACTIVE
    assert PUMPURS_834.status(on=date(2024, 1, 1)) is CLOSED


def test_f5_teacher_support_runs_to_the_end_of_the_window() -> None:
    assert TEACHER_SUPPORT_2024.status(on=date(2024, 10, 1)) is ACTIVE
    assert TEACHER_SUPPORT_2024.status(on=date(2029, 12, 31)) is ACTIVE
    assert TEACHER_SUPPORT_2024.status(on=date(2030, 1, 1)) is CLOSED


# ---------------------------------------------------------------- E-1 ... E-3 the partnership of [001]


def test_e1_sos_has_seven_organisations_in_seven_countries() -> None:
    p = SOS_CAREER_PARTNERSHIP
    assert p.title == "S.O.S. karjera panākumiem"
    assert len(p.organisations) == 7
    assert p.countries == ("ES", "FI", "IT", "LV", "PT", "RO", "TR")
    assert p.coordinator.name == "Aradas apgabala Izglītības pārvalde"
    assert p.coordinator.country == "RO"
    assert JELGAVA_NOVADS_EDUCATION_BOARD in p.partners
    assert p.period is None


def test_e2_sos_passes_under_either_generation_rules() -> None:
    assert SOS_CAREER_PARTNERSHIP.format is PartnershipFormat.STRATEGIC_2014_2020
    assert check_partnership(SOS_CAREER_PARTNERSHIP) == ()
    rules = PartnershipFormat.COOPERATION_2021_2027.default_rules
    assert check_partnership(SOS_CAREER_PARTNERSHIP, rules=rules) == ()


def test_e3_arad_meeting_has_no_guessed_year() -> None:
    (meeting,) = SOS_CAREER_PARTNERSHIP.meetings
    assert meeting.country == "RO"
    assert meeting.dates is None
    assert meeting.note is not None
    assert "18. un 19.maijā" in meeting.note


def test_e3_trainings_jelgava_first_in_october_then_spain_and_finland() -> None:
    first, spain, finland = SOS_CAREER_PARTNERSHIP.trainings
    assert first.host == JELGAVA_NOVADS_EDUCATION_BOARD
    assert first.scope is TrainingScope.INTERNATIONAL
    assert (first.month, first.dates, first.country) == (10, None, "LV")
    assert (spain.country, finland.country) == ("ES", "FI")
    assert (spain.host.country, finland.host.country) == ("ES", "FI")


def test_e3_outputs_include_the_guide_ko_darisi_rit() -> None:
    by_kind = {output.kind: output for output in SOS_CAREER_PARTNERSHIP.outputs}
    assert by_kind[OutputKind.CAREER_GUIDE].title == "Ko darīsi rīt?"
    assert set(by_kind) == {
        OutputKind.TRAINING_PROGRAMME,
        OutputKind.TRAINING_MATERIAL,
        OutputKind.ONLINE_PLATFORM,
        OutputKind.CAREER_GUIDE,
        OutputKind.COUNSELLING_EVENT,
        OutputKind.LOCAL_SEMINAR,
        OutputKind.FINAL_CONFERENCE,
    }
    assert by_kind[OutputKind.TRAINING_MATERIAL].title == (
        "Inovatīvas karjeras atbalsta un konsultēšanas stratēģija veiksmīgai karjerai"
    )
    assert len(by_kind[OutputKind.ONLINE_PLATFORM].details) == 4


# ---------------------------------------------------------------- every value is a public, serializable value


def test_reference_values_round_trip_through_serialization() -> None:
    for project in PROJECTS:
        assert structure(unstructure(project), Project) == project
    assert structure(unstructure(SOS_CAREER_PARTNERSHIP), Partnership) == SOS_CAREER_PARTNERSHIP


def test_reference_exports_every_name_it_lists() -> None:
    for name in reference.__all__:
        assert getattr(reference, name) is not None
    assert reference.VIAA is VIAA


def test_reference_lists_its_names_and_dir_shows_them() -> None:
    assert reference.__dir__() == sorted(reference.__all__)
    assert "TEACHER_SUPPORT_2024_INDICATORS" not in reference.__all__


def test_f3_the_003_project_is_the_programmes_own_and_re_exported_here() -> None:
    assert reference.TEACHER_SUPPORT_2024 is teacher_support.TEACHER_SUPPORT_2024
    assert reference.VALMIERA_NOVADS_EDUCATION_BOARD is teacher_support.VALMIERA_NOVADS_EDUCATION_BOARD
    assert reference.MK_358_2024 is teacher_support.MK_358_2024
    assert TEACHER_SUPPORT_2024.period == teacher_support.PROJECT_PERIOD
    assert str(TEACHER_SUPPORT_2024.number) == teacher_support.PROJECT_NUMBER


def test_i5_the_targets_003_publishes_are_a_reference_value() -> None:
    targets = reference.TEACHER_SUPPORT_2024_TARGETS
    assert targets is teacher_support.PUBLISHED_TARGETS
    # "vismaz 90 procentos pašvaldību", "vismaz 20 procentos izglītības iestāžu"; nothing for items 4, 10, 11.
    assert (targets.item1, targets.item2) == (Decimal("0.9"), Decimal("0.2"))
    assert (targets.item4, targets.item10, targets.item11) == (None, None, None)
    catalogue = teacher_support.indicators(targets)
    assert [(item.code, item.deadline) for item in catalogue] == [
        ("4.2.2.3-R1", date(2025, 8, 31)),
        ("4.2.2.3-R2", date(2025, 8, 31)),
        ("4.2.2.3-R3", date(2025, 8, 31)),
        ("4.2.2.3-R5", date(2025, 8, 31)),
        ("4.2.2.3-R6", date(2026, 3, 31)),
        ("4.2.2.3-R7", date(2026, 6, 30)),
        ("4.2.2.3-R8", date(2026, 8, 31)),
        ("4.2.2.3-R9", date(2026, 12, 31)),
    ]
    assert [item.target for item in catalogue[:2]] == [Decimal("0.9"), Decimal("0.2")]
    assert {item.project for item in catalogue} == {str(TEACHER_SUPPORT_2024.number)}
