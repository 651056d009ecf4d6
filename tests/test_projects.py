"""Projects, roles, amendments, status on a date and the cross-field checks (rules F-1 ... F-5)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.errors import ValidationError
from karjera_core.funding import (
    ERASMUS_PLUS_2021_2027,
    ESF_2014_2020,
    ESF_PLUS_2021_2027,
    Budget,
    ProjectNumber,
    Regulation,
)
from karjera_core.money import Money
from karjera_core.organisations import Organisation, OrganisationKind
from karjera_core.projects import Amendment, Project, ProjectRole, ProjectStatus, Role, check_project
from karjera_core.serialization import structure, unstructure
from karjera_core.strategies import _projects
from karjera_core.strategies._projects import amendments, project_roles, projects
from karjera_core.strategies._time import dates
from karjera_core.time import DateRange

IKVD = Organisation(name="Izglītības kvalitātes valsts dienests", kind=OrganisationKind.NATIONAL_AGENCY, country="LV")
JELGAVA = Organisation(name="Jelgavas novada pašvaldība", kind=OrganisationKind.MUNICIPALITY, country="LV")
ORDER = {ProjectStatus.PLANNED: 0, ProjectStatus.ACTIVE: 1, ProjectStatus.CLOSED: 2}


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [problem.code for problem in error.value.problems]


def pumpurs(**changes: Any) -> Project:
    """A PuMPuRS-like project: 2017-03-16 .. 2022-12-31, ESF 2014-2020."""
    fields: dict[str, Any] = {
        "number": ProjectNumber.parse("8.3.4.0/16/I/001"),
        "title": "Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai",
        "programming_period": ESF_2014_2020,
        "period": DateRange(start=date(2017, 3, 16), end=date(2022, 12, 31)),
        "roles": (ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER),),
    }
    fields.update(changes)
    return Project(**fields)


EXTENSION = Amendment(announced=date(2021, 4, 30), end=date(2023, 12, 31), source="IKVD: 03.2017. - 12.2023.")


# ---------------------------------------------------------------- F-3 the project and its roles


def test_f3_a_project_holds_its_fields() -> None:
    budget = Budget(total=Money(10), complete=False)
    regulation = Regulation(number=460, adopted=date(2016, 7, 12))
    project = pumpurs(
        regulation=regulation,
        specific_objective="Samazināt priekšlaicīgu mācību pārtraukšanu",
        target_groups=("5.-12. klašu skolēni",),
        activities=("individuāls atbalsts",),
        budget=budget,
    )
    assert project.number == ProjectNumber.parse("8.3.4.0/16/1/001")
    assert project.regulation == regulation
    assert project.budget == budget
    assert project.target_groups == ("5.-12. klašu skolēni",)
    assert project.amendments == ()


def test_f3_one_organisation_may_hold_several_roles() -> None:
    project = pumpurs(
        roles=(
            ProjectRole(organisation=IKVD, role=Role.SUBMITTER),
            ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER),
            ProjectRole(organisation=JELGAVA, role=Role.COOPERATION_PARTNER),
        )
    )
    assert project.roles_of(IKVD) == (Role.SUBMITTER, Role.IMPLEMENTER)
    assert project.roles_of(JELGAVA) == (Role.COOPERATION_PARTNER,)
    assert project.organisations_with(Role.IMPLEMENTER) == (IKVD,)
    assert project.organisations_with(Role.LEAD_PARTNER) == ()
    other = Organisation(name="VISC", kind=OrganisationKind.NATIONAL_AGENCY, country="LV")
    assert project.roles_of(other) == ()


def test_f3_role_queries_refuse_wrong_arguments() -> None:
    project = pumpurs()
    with pytest.raises(ValidationError) as error:
        project.organisations_with(untyped("implementer"))
    assert codes(error) == ["project.role"]
    with pytest.raises(ValidationError) as error:
        project.roles_of(untyped("IKVD"))
    assert codes(error) == ["project.organisation"]


def test_f3_every_role_and_status_has_a_latvian_label() -> None:
    for enumeration in (Role, ProjectStatus):
        for member in enumeration:
            assert member.label.strip()
    assert Role.COOPERATION_PARTNER.label == "sadarbības partneris"


def test_f3_project_role_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        ProjectRole(organisation=untyped("IKVD"), role=untyped("implementer"))
    assert codes(error) == ["project_role.organisation", "project_role.role"]
    with pytest.raises(ValidationError) as error:
        ProjectRole(organisation=IKVD, role=untyped(None))
    assert codes(error) == ["project_role.role"]
    with pytest.raises(ValidationError) as error:
        ProjectRole(organisation=untyped(None), role=Role.PARTNER)
    assert codes(error) == ["project_role.organisation"]


def test_f3_project_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        Project(
            number=untyped("8.3.4.0/16/I/001"),
            title=" ",
            programming_period=untyped(None),
            period=untyped((date(2017, 3, 16), date(2022, 12, 31))),
            roles=untyped([]),
            regulation=untyped("MK 460"),
            specific_objective="",
            target_groups=untyped(["a"]),
            activities=untyped(None),
            budget=untyped(Money(10)),
            amendments=untyped([EXTENSION]),
        )
    assert codes(error) == [
        "project.number",
        "project.title",
        "project.programming_period",
        "project.period",
        "project.roles",
        "project.regulation",
        "project.specific_objective",
        "project.target_groups",
        "project.activities",
        "project.budget",
        "project.amendments",
    ]
    assert "8.3.4.0/16/I/001" not in str(error.value)


def test_f3_project_refuses_bad_entries_with_their_paths() -> None:
    role = ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER)
    with pytest.raises(ValidationError) as error:
        pumpurs(
            roles=untyped((role, "IKVD", role)),
            target_groups=untyped(("skolēni", " ", 5)),
            activities=("atbalsts",),
            amendments=untyped((EXTENSION, "2023-12-31")),
        )
    assert [(p.code, p.path) for p in error.value.problems] == [
        ("project.roles", "$.roles[1]"),
        ("project.duplicate_role", "$.roles[2]"),
        ("project.target_groups", "$.target_groups[1]"),
        ("project.target_groups", "$.target_groups[2]"),
        ("project.amendments", "$.amendments[1]"),
    ]


def test_f4_no_two_amendments_on_the_same_day() -> None:
    twin = Amendment(announced=EXTENSION.announced, end=date(2023, 6, 30), source="other")
    with pytest.raises(ValidationError) as error:
        pumpurs(amendments=(EXTENSION, twin))
    assert codes(error) == ["project.amendments_same_day"]
    with pytest.raises(ValidationError) as error:
        pumpurs(amendments=(EXTENSION,)).with_amendment(twin)
    assert codes(error) == ["project.amendments_same_day"]


# ---------------------------------------------------------------- F-4 amendments are history


def test_f4_amendment_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        Amendment(announced=untyped(datetime(2021, 4, 30)), end=untyped("2023-12-31"), source="")
    assert codes(error) == ["amendment.announced", "amendment.end", "amendment.source"]
    with pytest.raises(ValidationError) as error:
        Amendment(announced=date(2021, 4, 30), end=date(2023, 12, 31), source=untyped(None))
    assert codes(error) == ["amendment.source"]
    with pytest.raises(ValidationError) as error:
        Amendment(announced=date(2021, 4, 30), end=untyped(None), source="IKVD")
    assert codes(error) == ["amendment.end"]


def test_f4_amendments_must_be_a_tuple() -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs(amendments=untyped([EXTENSION]))
    assert [(p.code, p.path) for p in error.value.problems] == [("project.amendments", "$.amendments")]


def test_f4_amendments_are_kept_in_the_order_they_were_announced() -> None:
    later = Amendment(announced=date(2022, 6, 1), end=date(2023, 6, 30), source="later")
    project = pumpurs(amendments=(later, EXTENSION))
    assert project.amendments == (EXTENSION, later)
    assert project == pumpurs(amendments=(EXTENSION, later))


def test_f4_end_as_known_before_amendment() -> None:
    project = pumpurs(amendments=(EXTENSION,))
    assert project.end_on(as_of=date(2020, 10, 1)) == date(2022, 12, 31)
    assert project.end_on(as_of=date(2021, 4, 29)) == date(2022, 12, 31)


def test_f4_end_as_known_on_and_after_amendment() -> None:
    project = pumpurs(amendments=(EXTENSION,))
    assert project.end_on(as_of=date(2021, 4, 30)) == date(2023, 12, 31)
    assert project.end_on(as_of=date(2021, 5, 1)) == date(2023, 12, 31)


def test_f4_latest_amendment_known_wins_even_when_it_shortens() -> None:
    shorter = Amendment(announced=date(2022, 1, 10), end=date(2023, 6, 30), source="shortened")
    project = pumpurs(amendments=(EXTENSION, shorter))
    assert project.end_on(as_of=date(2021, 12, 31)) == date(2023, 12, 31)
    assert project.end_on(as_of=date(2022, 1, 10)) == date(2023, 6, 30)


def test_f4_open_period_has_no_end_until_amended() -> None:
    project = pumpurs(period=DateRange(start=date(2017, 3, 16)))
    assert project.end_on(as_of=date(2030, 1, 1)) is None
    assert project.status(on=date(2040, 1, 1)) is ProjectStatus.ACTIVE
    assert project.period_on(as_of=date(2030, 1, 1)) == DateRange(start=date(2017, 3, 16))


def test_f4_period_on_a_day() -> None:
    project = pumpurs(amendments=(EXTENSION,))
    assert project.period_on(as_of=date(2021, 5, 1)) == DateRange(start=date(2017, 3, 16), end=date(2023, 12, 31))
    cancelled = pumpurs(amendments=(Amendment(announced=date(2017, 1, 5), end=date(2017, 1, 31), source="x"),))
    assert cancelled.period_on(as_of=date(2017, 2, 1)) is None


@pytest.mark.parametrize("value", ["2021-05-01", datetime(2021, 5, 1), None, date(1899, 12, 31)])
def test_f4_end_on_needs_a_plain_date(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs().end_on(as_of=untyped(value))
    assert codes(error) == ["date.type"]
    assert error.value.problems[0].path == "$.as_of"


def test_f4_with_amendment_returns_a_new_project_and_leaves_the_original() -> None:
    original = pumpurs()
    amended = original.with_amendment(EXTENSION)
    assert original.amendments == ()
    assert original.end_on(as_of=date(2021, 5, 1)) == date(2022, 12, 31)
    assert amended.amendments == (EXTENSION,)
    assert amended.end_on(as_of=date(2021, 5, 1)) == date(2023, 12, 31)
    assert attrs.evolve(amended, amendments=()) == original


def test_f4_with_amendment_needs_an_amendment() -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs().with_amendment(untyped((date(2021, 4, 30), date(2023, 12, 31))))
    assert codes(error) == ["project.amendment"]


# ---------------------------------------------------------------- F-5 status on a date


def test_f5_status_before_on_and_after_the_period() -> None:
    project = pumpurs()
    assert project.status(on=date(2017, 3, 15)) is ProjectStatus.PLANNED
    assert project.status(on=date(2017, 3, 16)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2022, 12, 31)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2023, 1, 1)) is ProjectStatus.CLOSED


def test_f5_closed_after_the_end_as_amended_by_that_day() -> None:
    project = pumpurs(amendments=(EXTENSION,))
    assert project.status(on=date(2023, 6, 1)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2024, 1, 1)) is ProjectStatus.CLOSED


def test_f5_late_extension_reopens_and_hindsight_sees_it() -> None:
    late = Amendment(announced=date(2023, 3, 1), end=date(2023, 12, 31), source="announced after the end")
    project = pumpurs(amendments=(late,))
    assert project.status(on=date(2023, 2, 1)) is ProjectStatus.CLOSED
    assert project.status(on=date(2023, 3, 1)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2023, 2, 1), as_of=date(2023, 3, 1)) is ProjectStatus.ACTIVE


def test_f5_status_needs_plain_dates() -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs().status(on=untyped("2020-01-01"))
    assert [(p.code, p.path) for p in error.value.problems] == [("date.type", "$.on")]
    with pytest.raises(ValidationError) as error:
        pumpurs().status(on=date(2020, 1, 1), as_of=untyped(datetime(2020, 1, 1)))
    assert [(p.code, p.path) for p in error.value.problems] == [("date.type", "$.as_of")]


@given(projects(extensions_only=True), dates(), dates())
def test_f5_status_never_goes_back_when_amendments_only_extend_in_time(project: Project, one: date, two: date) -> None:
    early, late = sorted((one, two))
    assert ORDER[project.status(on=early)] <= ORDER[project.status(on=late)]
    assert (project.end_on(as_of=early) or date.max) <= (project.end_on(as_of=late) or date.max)


@given(projects(), dates(), dates(), dates())
def test_f5_status_never_goes_back_for_a_fixed_history(project: Project, one: date, two: date, known: date) -> None:
    early, late = sorted((one, two))
    assert ORDER[project.status(on=early, as_of=known)] <= ORDER[project.status(on=late, as_of=known)]


@given(projects(), amendments())
def test_f4_with_amendment_never_changes_the_project(project: Project, amendment: Amendment) -> None:
    before = unstructure(project)
    if amendment.announced in {a.announced for a in project.amendments}:
        with pytest.raises(ValidationError):
            project.with_amendment(amendment)
    else:
        amended = project.with_amendment(amendment)
        assert amendment in amended.amendments
        assert len(amended.amendments) == len(project.amendments) + 1
        assert amended.end_on(as_of=amendment.announced) == amendment.end
    assert unstructure(project) == before


# ---------------------------------------------------------------- check_project (F-1 ... F-4)


def test_f1_a_compliant_project_has_no_violations() -> None:
    assert check_project(pumpurs(amendments=(EXTENSION,))) == ()


def test_f1_period_outside_the_eligibility_window() -> None:
    project = pumpurs(period=DateRange(start=date(2017, 3, 16), end=date(2024, 3, 31)))
    violations = check_project(project)
    assert [(v.code, v.rule, v.path) for v in violations] == [("project.outside_eligibility", "F-1", "$.period")]


def test_f1_open_period_is_never_inside_a_closed_window() -> None:
    project = pumpurs(period=DateRange(start=date(2017, 3, 16)))
    assert [v.code for v in check_project(project)] == ["project.outside_eligibility"]


def test_f1_amended_end_outside_the_window() -> None:
    late = Amendment(announced=date(2023, 6, 1), end=date(2024, 6, 30), source="too late")
    violations = check_project(pumpurs(amendments=(EXTENSION, late)))
    assert [(v.code, v.rule, v.path) for v in violations] == [
        ("project.amendment_outside_eligibility", "F-1", "$.amendments[1].end")
    ]


def test_f4_amendment_announced_after_the_end_it_replaces_is_fine() -> None:
    late = Amendment(announced=date(2023, 3, 1), end=date(2023, 12, 31), source="after the end")
    assert check_project(pumpurs(amendments=(late,))) == ()


def test_f4_amendment_ending_before_the_start_is_a_violation() -> None:
    early = Amendment(announced=date(2016, 12, 1), end=date(2017, 1, 31), source="cancelled")
    violations = check_project(pumpurs(amendments=(early,)))
    assert [(v.code, v.rule, v.path) for v in violations] == [
        ("project.amendment_before_start", "F-4", "$.amendments[0].end")
    ]


def test_f2_number_style_must_match_the_programming_period() -> None:
    with_round = pumpurs(number=ProjectNumber.parse("8.3.4.0/1/16/I/001"))
    assert [(v.code, v.rule) for v in check_project(with_round)] == [("project.number_period_mismatch", "F-2")]
    without_round = pumpurs(
        number=ProjectNumber.parse("4.2.2.3/24/I/001"),
        programming_period=ESF_PLUS_2021_2027,
        period=DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31)),
    )
    violations = check_project(without_round)
    assert [v.code for v in violations] == ["project.number_period_mismatch"]
    assert "with a selection round" in violations[0].message


def test_f2_selection_year_outside_the_window_years() -> None:
    project = pumpurs(number=ProjectNumber.parse("8.3.4.0/12/I/001"))
    assert [(v.code, v.path) for v in check_project(project)] == [("project.number_year_outside_period", "$.number")]


def test_f3_a_project_needs_a_responsible_organisation() -> None:
    project = pumpurs(roles=(ProjectRole(organisation=JELGAVA, role=Role.COOPERATION_PARTNER),))
    assert [(v.code, v.rule, v.path) for v in check_project(project)] == [
        ("project.no_responsible_organisation", "F-3", "$.roles")
    ]


def test_f1_erasmus_programme_years_do_not_bind_the_period() -> None:
    project = pumpurs(
        programming_period=ERASMUS_PLUS_2021_2027,
        period=DateRange(start=date(2027, 9, 1), end=date(2030, 8, 31)),
        number=ProjectNumber.parse("1.1.1.1/1/27/I/001"),
        amendments=(Amendment(announced=date(2030, 1, 1), end=date(2031, 8, 31), source="x"),),
    )
    assert check_project(project) == ()


def test_f1_every_violation_is_reported_at_once() -> None:
    project = pumpurs(
        number=ProjectNumber.parse("8.3.4.0/1/12/I/001"),
        period=DateRange(start=date(2013, 1, 1), end=date(2024, 1, 1)),
        roles=(),
        amendments=(Amendment(announced=date(2012, 1, 1), end=date(2012, 6, 30), source="x"),),
    )
    assert [v.code for v in check_project(project)] == [
        "project.outside_eligibility",
        "project.number_period_mismatch",
        "project.number_year_outside_period",
        "project.no_responsible_organisation",
        "project.amendment_outside_eligibility",
        "project.amendment_before_start",
    ]


def test_check_project_refuses_what_is_not_a_project() -> None:
    with pytest.raises(ValidationError) as error:
        check_project(untyped({"number": "8.3.4.0/16/I/001"}))
    assert codes(error) == ["project.type"]


@given(projects())
def test_f1_drawn_projects_comply(project: Project) -> None:
    assert check_project(project) == ()
    assert structure(unstructure(project), Project) == project


@given(projects(programming_period=ESF_PLUS_2021_2027))
def test_f1_projects_of_a_period_lie_inside_its_window(project: Project) -> None:
    window = ESF_PLUS_2021_2027.eligibility
    assert project.programming_period == ESF_PLUS_2021_2027
    assert window.covers(project.period)
    assert all(a.end in window for a in project.amendments)


@given(st.data())
def test_every_project_type_round_trips_through_serialization(data: st.DataObject) -> None:
    for cls, strategy in _projects.TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert type(value) is cls
        assert structure(unstructure(value), cls) == value


@given(
    project_roles(role=Role.PARTNER, organisation=IKVD),
    amendments(within=DateRange(start=date(2020, 1, 1), end=date(2020, 12, 31))),
)
def test_narrowed_role_and_amendment_strategies(role: ProjectRole, amendment: Amendment) -> None:
    assert role == ProjectRole(organisation=IKVD, role=Role.PARTNER)
    assert date(2020, 1, 1) <= amendment.announced <= date(2020, 12, 31)
    assert date(2020, 1, 1) <= amendment.end <= date(2020, 12, 31)


@pytest.mark.parametrize(
    "build",
    [
        lambda: project_roles(role=untyped("partner")),
        lambda: project_roles(organisation=untyped("IKVD")),
        lambda: amendments(within=DateRange(start=date(2020, 1, 1))),
        lambda: amendments(within=untyped("2020")),
        lambda: projects(programming_period=untyped("esf_2014_2020")),
        lambda: projects(extensions_only=untyped(None)),
    ],
)
def test_project_strategies_refuse_bad_arguments(build: Any) -> None:
    with pytest.raises(InvalidArgument):
        build()
